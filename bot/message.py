"""Reading a message before it is matched: which questions it holds and what kind each one is.

People in Telegram wrap a question in greetings, thanks and introductions, ask two things at once
("who signed it, and where?"), ask for a summary, or ask yes or no ("Was it in Samarkand?"). The
matcher scores words; it cannot tell a pleasantry from a question, nor one question from two. This
step does, on folded text (``normalize.fold``), with word lists for the three languages, so that
every part the matcher sees is one question and the reply knows whether it must start with yes/no.

Rules rather than a model: the lists are short, each rule is tested, and a wrong split costs only a
retry on the whole message (``Answerer`` falls back to it).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Literal

from bot.normalize import tokens

QuestionKind = Literal["wh", "yesno", "overview", "opinion"]


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string: word lists stay readable."""
    return frozenset(words.split())


MAX_PARTS = 3

# Question words, longest phrases first within a language; each maps to the kind of answer it asks for.
_WH_PHRASES: dict[str, str] = {
    # English
    "how many": "howmany",
    "how much": "howmany",
    # terse: "2026 plan: number of events?", "# of troops?"
    "number of": "howmany",
    "#": "howmany",
    "how long": "howlong",
    "what date": "when",
    "exact date": "when",
    "the date": "when",
    "date": "when",
    "dates": "when",
    # "а по датам?": the dates asked for
    "по датам": "when",
    "which day": "when",
    "which dates": "when",
    "what dates": "when",
    "which days": "when",
    "what day": "when",
    # a weekday is a date's: "which weekday was it?" after the plan is the day it was signed
    "which weekday": "when",
    "what weekday": "when",
    "what year": "when",
    # the hour of a day: no source gives one ("во сколько подписали?")
    "what time": "hour",
    "at what hour": "hour",
    "в котором часу": "hour",
    "soat nechada": "hour",
    "soat nechchida": "hour",
    "qaysi soatda": "hour",
    "which city": "where",
    "what city": "where",
    # where something stands is its state, not a place
    "where do things stand": "what",
    "where does it stand": "what",
    "where do we stand": "what",
    "where things stand": "what",
    "where does that stand": "what",
    "what for": "why",
    "by whom": "who",
    # whose report it is: any fact's answer says so, with its sources, and no "who" fact is asked for
    "according to whom": "what",
    "по чьим данным": "what",
    "по чьей информации": "what",
    "со ссылкой на кого": "what",
    "kimning ma'lumotiga ko'ra": "what",
    "kimning ma'lumotlariga ko'ra": "what",
    "kimning aytishicha": "what",
    "кто об этом сообщил": "what",
    "кто об этом сообщает": "what",
    "кто об этом писал": "what",
    "кто об этом написал": "what",
    "кто это сообщил": "what",
    "кто сообщил об этом": "what",
    "kim xabar bergan": "what",
    "kim xabar qilgan": "what",
    "who": "who",
    # a name asks who
    "what was his name": "who",
    "what's his name": "who",
    "what is his name": "who",
    "как его зовут": "who",
    "как его звали": "who",
    "как зовут": "who",
    "как звали": "who",
    "как фамилия": "who",
    "как его фамилия": "who",
    "какая фамилия": "who",
    "какая у него фамилия": "who",
    "familiyasi nima": "who",
    "ismi nima": "who",
    "ismi nima edi": "who",
    "whom": "who",
    "whose": "who",
    "whos": "who",
    "who's": "who",
    "what's": "what",
    "where's": "where",
    "when's": "when",
    "how's": "how",
    "when": "when",
    "where": "where",
    "wher": "where",
    "whereabouts": "where",
    "why": "why",
    "what": "what",
    "whats": "what",
    "wat": "what",
    "which": "what",
    "how": "how",
    # Russian
    "какого числа": "when",
    "какие даты": "when",
    "в какие дни": "when",
    "дата": "when",
    "даты": "when",
    "дату": "when",
    "точная дата": "when",
    "с какого года": "when",
    "с какого времени": "when",
    "с каких пор": "when",
    "qachondan beri": "when",
    "qaysi yildan beri": "when",
    "qaysi yildan buyon": "when",
    "since which year": "when",
    "since when": "when",
    "since what year": "when",
    "в какой день": "when",
    "в каком году": "when",
    "в какие сроки": "when",
    "какие сроки": "when",
    # a place or time asked in a noun: "А место проведения?", "И сроки?"
    "место проведения": "where",
    "место подписания": "where",
    "сроки проведения": "when",
    "сроки": "when",
    "число какое": "when",
    "какое число": "when",
    "в каком городе": "where",
    "какой министр": "who",
    "какой российский министр": "who",
    "какой узбекский министр": "who",
    "какой русский министр": "who",
    "which russian minister": "who",
    "which uzbek minister": "who",
    "qaysi rossiya vaziri": "who",
    "qaysi rus vaziri": "who",
    "который министр": "who",
    "каторый министр": "who",
    "which minister": "who",
    "which defence minister": "who",
    "which defense minister": "who",
    "which russian defence minister": "who",
    "which russian defense minister": "who",
    "which uzbek defence minister": "who",
    "which uzbek defense minister": "who",
    "qaysi vazir": "who",
    "qaysi rahbar": "who",
    "в каком месте": "where",
    "в каком месяце": "when",
    "what place": "where",
    "which place": "where",
    "what month": "when",
    "which month": "when",
    "which year": "when",
    "на сколько": "howlong",
    "как долго": "howlong",
    "на какой срок": "howlong",
    "до какого": "howlong",
    "до какого звания": "what",  # to which rank he rose, not until when
    "до какой должности": "what",
    "для чего": "why",
    "с кем": "who",
    "кто": "who",
    "кем": "what",
    "кого": "who",
    "кому": "who",
    "на чьи": "what",  # "заменить на чьи?": for which country's, not who
    "на чей": "what",
    "чей": "what",  # "чьи истребители?", "чьи подразделения?": which country's or unit's, as a rule
    "чья": "what",
    "чьи": "what",
    "когда": "when",
    "када": "when",
    "где": "where",
    "куда": "where",
    "откуда": "where",
    "сколько": "howmany",
    "сколко": "howmany",  # Latin "skolko" without its soft sign, and as it is said
    "скока": "howmany",
    "скоко": "howmany",
    "почему": "why",
    "зачем": "why",
    # colloquial "why": "чего он ездил в Ташкент?" (not the genitive "чего ожидать")
    "чего он": "why",
    "чего они": "why",
    "что": "what",
    "че": "what",
    "што": "what",  # "что" as it is said and often typed
    "шо": "what",
    "чо": "what",
    "чем": "what",
    "какой": "what",
    "какая": "what",
    "какое": "what",
    "какие": "what",
    "каких": "what",
    "каким": "what",
    "какими": "what",
    "какую": "what",
    "каком": "what",
    "каков": "what",
    "какова": "what",
    "каково": "what",
    "как": "how",
    # Uzbek (Latin; Cyrillic is converted before this step). Apostrophes are kept by fold().
    "nima uchun": "why",
    "qaysi kuni": "when",
    "qaysi sana": "when",
    "sanasi": "when",
    "aniq sana": "when",
    "qaysi shahar": "where",
    "qaysi shaharda": "where",
    "qaysi shaharga": "where",
    "qaysi shahardan": "where",
    "qaysi joyda": "where",
    "qaysi kunda": "when",
    "qaysi sanada": "when",
    # the days of a span: "qaysi sanalarda?" after the exercise
    "qaysi sanalarda": "when",
    "qaysi sanalar": "when",
    "qaysi kunlarda": "when",
    "sanalari": "when",
    "qaysi yili": "when",
    "qaysi yilda": "when",
    "qaysi oyda": "when",
    "qaysilari": "what",
    "в какие числа": "when",
    "во сколько раз": "howmany",
    "во сколько": "hour",
    "какие числа": "when",
    # "подписывал с кем-нибудь…?" asks with whom, though "что-то", "когда-то" ask no question word
    "с кем-нибудь": "who",
    "с кем-то": "who",
    "qaysilar": "what",
    "necha yil": "howlong",
    "necha yilga": "howlong",
    "necha yilgacha": "howlong",
    "necha yillik": "howlong",
    "qancha muddatga": "howlong",
    # "qancha davom etgan?": how long it lasted, not how many
    "qancha davom": "howlong",
    "қанча давом": "howlong",
    "qancha vaqtga": "howlong",
    "сколько лет": "howlong",
    "на сколько лет": "howlong",
    # "сколько давали тем, кто воевал?": how long a sentence was, not how many of something
    "сколько давали": "howlong",
    "сколько дали": "howlong",
    "сколько получили": "howlong",
    "сколько присудили": "howlong",
    "how many years": "howlong",
    "qancha muddat": "howlong",
    "kim deb": "what",
    "kim": "who",
    "kimlar": "who",
    "kimga": "who",
    "kimni": "who",
    "kimning": "who",
    "kimdan": "who",
    "kimlarni": "who",
    "qachon": "when",
    "qachondan": "when",
    "qachongi": "when",
    "qachongacha": "howlong",
    "qay vaqtda": "when",
    "qayerda": "where",
    "qaerda": "where",
    "qayerga": "where",
    "qayer": "where",
    "qayerdan": "where",
    "nechta": "howmany",
    "nechtasi": "howmany",
    "qanchasi": "howmany",
    "сколько из них": "howmany",
    "necha": "howmany",
    "qancha": "howmany",
    "nega": "why",
    "nimaga": "why",
    "nima": "what",
    "nimalar": "what",
    "nimani": "what",
    "nimalarni": "what",
    "qaysi": "what",
    "nechanchi": "what",
    "nechanchi yil": "when",
    "nechanchi yilda": "when",
    "nechanchi yilgacha": "howlong",
    "qaysi yilgacha": "howlong",
    "qanday": "how",
    "qanaqa": "how",
}
_WH_RE = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in sorted(_WH_PHRASES, key=len, reverse=True)) + r")"
    r"(?![\w']|[-\s](?:то|нибудь|либо|ни?будь)\b)"  # "что-то", "чё то", "когда-то" are no question words
)

_EN_AUX = word_set(
    "is are was were do does did has have had will would can could should shall may might isn't aren't wasn't "
    "weren't didn't doesn't don't hasn't haven't won't isnt arent wasnt werent didnt doesnt hasnt havent"
)
_EN_AUX_ASKING = word_set("did does do was were is are has have had didn't doesn't wasn't weren't isn't hasn't")
"""Auxiliaries that ask whether, not for something ("can you…", "would you…" ask for it)."""
_CLEFT = re.compile(
    r"(?:^|[,:;—–]\s*|\b(?:so|and|but|wait)\s+)(?:was|is|were|wasn't|isn't)\s+it\s+(?:[\w'-]+\s+){1,3}(?:who|that|which)\b"
)
"""A cleft yes/no question: "was it Shoigu who signed?", "is it Tashkent that hosted it?"."""
_EN_SUBJECTS = word_set("that it this he she they there")
_EN_CONTRACTED = word_set("it's that's he's she's there's they're he'd she'd it'd they'd")
_LEAD_FILLERS = word_set(
    "so and but ok okay well then also right hmm и а ну так то есть значит ok va ham xo'p xop endi unda demak"
)
_TAG_QUESTIONS = re.compile(
    r"(?:,|\s)\s*(?:right|correct|true|isn'?t it|is it|wasn'?t it|didn'?t they|didn'?t he|weren'?t they|aren'?t they|"
    r"yes|no|yeah|yep|eh|huh|верно|правда|да|так|не так ли|"
    r"ведь так|to'g'rimi|rostmi|shundaymi|ha|or not|или нет|yoki yo'qmi|yoki yo'q)\s*\??\s*$"
)
_UZ_TAG = re.compile(r"[a-z']-(?:a|ku|da)\s*\?+\s*$|\b(?:edi|ekan|bo'lgan|bo'lgandi|bolgan|bolgandi)\s+a\s*\?+\s*$")
"""Uzbek asks for agreement with a tag on the verb: "oktyabrda bo'lgandi-a?", "Moskvada edi-ku?", also
typed apart ("bag'ishlangan edi a?")."""
_OPINION = re.compile(
    r"\b(?:do you (?:personally |really |honestly |actually )?think|what do you think|in your (?:opinion|view)|your opinion"
    r"|would you say|should we (?:be )?worr"
    # (what someone thinks in private is no report either: "what does mirziyoyev privately think of it?")
    r"|(?:privately|secretly|deep down|really|actually|personally|honestly) (?:think|thinks|thought|feel|feels|felt) (?:of|about)"
    r"|(?:втайне|на самом деле|лично|по-честному) (?:думает|думал|думала|думали|думают)|(?:думает|думал|думали) на самом деле"
    r"|(?:aslida|shaxsan|ichida) (?:nima deb )?o'yla(?:ydi|gan|ganmi|ydimi)|(?:аслида|шахсан|ичида) (?:нима деб )?ўйла(?:йди|ган|ганми|йдими)"
    r"|(?:вы|ты) лично думаете|лично (?:вы|ты) думаете|shaxsan (?:siz )?(?:nima deb )?o'ylaysiz"
    r"|как (?:ты )?думаешь|как вы думаете|что вы думаете|что ты думаешь|по-вашему|по-твоему|на ваш взгляд|ваше мнение"
    r"|sizningcha|fikringizcha|sizning fikringiz|fikringiz qanday|nima deb o'ylaysiz|nima deysiz|qanday baho berasiz"
    r"|сизнингча|фикрингизча|сизнинг фикрингиз|фикрингиз қандай|нима деб ўйлайсиз|нима дейсиз|қандай баҳо берасиз)\b"
)
"""Asks for the bot's opinion or a forecast: the sources give neither."""
NEXT_YEAR = re.compile(
    r"\b(?:next year|в следующем году|keyingi yil|kelgusi yil|kelasi yil|кейинги йил|келгуси йил|келаси йил)"
)
"""A year ahead of now: a question about the future, which no fact dated before the newest report settles
("will Belousov come to Tashkent next year?" is not answered by the visit of 2025)."""
_FUTURE = re.compile(
    r"^(?:\W*(?:so|and|but|ok)\s+)?(?:will|won't|is (?:it )?going to|are (?:they )?going to)\b"
    r"|^\W*(?:when|where|how)\s+(?:will|is \w+ (?:coming|going)|are \w+ (?:coming|going))\b"
    # "when's belousov going to visit tashkent next?"
    r"|^\W*(?:when|where|how)'s\s+\w+\s+(?:coming|going)\b"
    # "who will be the minister in 2028?", "what will they sign?"
    r"|^(?:\W*(?:so|and|but|ok)\s+)?(?:who|what)\s+will\b"
    # "which weapons is russia going to supply under it?"
    r"|\b(?:which|what)\s+(?:[\w'-]+\s+){0,2}?(?:is|are)\s+(?:[\w'-]+\s+){0,2}?(?:going to|gonna)\b"
    # "Belousov 2026-yilda yana keladimi?": a verb of coming or meeting in the future, asked
    r"|\b(?:keladimi|qaytadimi|uchrashadimi|imzolaydimi|boradimi|келадими|қайтадими|учрашадими|имзолайдими|борадими)\b"
    r"|\b(?:будет|будут|станет|станут|вступит|вернётся|вернется|выйдет|приедет|приедут|собирается|собираются)\b"
    # (not a condition: "…наказание, если они поедут туда воевать?")
    r"|(?<!если )(?<!если они )(?<!если он )\b(?:поедет|поедут|полетит|полетят|встретятся|подпишут|проведут|купит|купят|закупит|закупят)\b"
    r"|\bqachon\s+(?:[\w']+\s+){0,3}?(?:keladi|qaytadi|boradi|bo'ladi|o'tkaziladi|uchrashadi|imzolaydi|buyuradi)\b"
    # "is anything on the calendar for 2026?", "what's scheduled next?", "что запланировано на 2026?"
    r"|\bon the (?:calendar|agenda) for\b|\b(?:coming up|upcoming)\b|\bв планах на\b"
    r"|\b(?:are|is)\s+(?:[\w-]+\s+){1,4}?\w+ing\s+next\b"  # "when are Belousov and Kholmukhamedov meeting next?"
    # "when is his next trip to uzbekistan planned?", "is the next drill scheduled?": a plan asked of now
    r"|\b(?:is|are)\s+(?:[\w'-]+\s+){0,3}?next\s+(?:trip|visit|meeting|exercise|drill|talks)s?\b"
    r"|\bwhen\s+(?:is|are)\s+(?:[\w'-]+\s+){1,6}?(?:planned|scheduled|expected|due)\b"
    # a time ahead named outright: "keyingi yil … keladimi?", "в следующем году", "kelajakda", "tuzilarmikan?"
    r"|" + NEXT_YEAR.pattern + r"|\b(?:in the future|в будущем|kelajakda|келажакда)"
    r"|\b[\w']+(?:armikan|ajakmi|армикан|ажакми)\b"
    # a time past the newest report and past the programme's end: "после 2030 года", "2030-yildan keyin"
    r"|\b(?:after|beyond|после)\s+(?:20[3-9]\d|202[7-9])\b|\b(?:20[3-9]\d|202[7-9])[\s-]*(?:yil|йил)\w*\s+(?:keyin|кейин)\b"
    # "O'zbekiston 2027-yilda Su-35 sotib oladimi?": a year ahead with a verb of the present-future asked
    r"|\b(?:20[3-9]\d|202[7-9])[\s-]*(?:yil|йил)(?:da|да)\b(?=.*\b[\w']+(?:adimi|aydimi|ydimi|адими|айдими|йдими|iladi|илади)\b)"
)
"""A question about the future: checked against what the facts state, and otherwise a forecast."""
_REQUEST = re.compile(
    r"^(?:\W*(?:so|and|ok|okay)\s+)?(?:can|could|would|will) (?:you|u|ya)\b|\b(?:можете|можешь|не могли бы|сможете)\b"
    r"|\b(?:bera|ayta|ko'rsata|tushuntira|yubora) ?olasizmi\b|\bbilasizmi\b"
    r"|\bможно\W*$|\bmumkinmi\W*$"  # "цитату можно?": a request, not a question to answer yes
)
_LIST = re.compile(
    r"\b(?:list (?:all|them|every|each|the \d+|of all|what|which)|(?:the |a )?full list|one by one|enumerate|itemi[sz]e|"
    r"point by point|по пунктам|(?:detailed|specific|exact|concrete) points|конкретные пункты|"
    r"which (?:exactly )?(?:are|were) (?:they|those|these|the \d+)|which ones|what (?:exactly )?(?:are|were) the \d+|"
    r"какие (?:именно|конкретно)|какие это (?:были )?мероприятия|qaysilari|qaysi tadbirlar ekan|"
    r"перечисл\w*|(?:полный |весь )?список (?:всех|этих)|дай(?:те)? список|"
    r"(?:to'liq )?ro'yxat(?:i|ini)? (?:(?:aytib|keltirib|yozib|sanab) )?(?:bering|ber|bera olasizmi|ayting)|"
    r"ro'yxatini\W*$|sanab (?:bering|ber|chiq\w*)|give (?:me )?(?:the |a )?list\b)"
)
"""A request to enumerate: the reply must be a list the sources hold, or none."""
_TRUE_THAT = re.compile(
    r"^\W*(?:(?:а|и|так|ну)\s+)?(?:это\s+)?(?:правда|верно|действительно|точно)(?:\s+ли)?\s*,?\s*(?:что|будто)\b|"
    # "Правильно ли понимаю, что…?", "я правильно понял, что…?"
    r"^\W*(?:(?:а|и|так|ну)\s+)?(?:я\s+)?(?:правильно|верно)(?:\s+ли)?(?:\s+я)?\s+(?:понимаю|понял|поняла|помню|запомнил\w*)\s*,?\s*(?:что)\b|"
    # "Прошу подтвердить либо опровергнуть информацию о проведении…"
    r"^\W*(?:прошу|просим)\s+подтвердить(?:\s+(?:либо|или)\s+опровергнуть)?(?:\s+информацию)?\s*(?:,?\s*что\b|о\b|об\b|:)|"
    # "Confirm or deny: Russian units took part…", "true or false:", "подтвердите или опровергните:"
    r"^\W*(?:(?:could|can) you (?:please )?(?:confirm|check|verify) (?:whether|if|that)|please (?:confirm|check) (?:whether|if|that))\b|"
    # "Подтвердите, пожалуйста: в октябре он уже генерал-лейтенант?", "please confirm: …"
    r"^\W*(?:please\s+)?(?:confirm|verify|подтверди(?:те)?|tasdiqlang)(?:,?\s*(?:please|пожалуйста|iltimos))?\s*:|"
    r"^\W*(?:please\s+)?(?:confirm or deny|confirm or refute|true or false|подтверди(?:те)? или опровергни(?:те)?|"
    r"правда или нет|tasdiqlang yoki rad eting|rostmi yoki yo'qmi)\b|"
    # "То есть Caspian News корректно пишет, что…?": whether a report says it right
    r"^\W*(?:(?:а|и|так|то есть|ну)\s+)?[^?,]{0,40}?\b(?:корректно|верно|правильно|точно)\s+(?:пишет|пишут|сообщает|сообщают|"
    r"говорит|говорят|утверждает|утверждают)\s*,?\s*(?:что|будто)\b"
)
""""Правда, что…?", "Верно ли, что…?": a yes/no question, though "что" reads as a question word."""
_CONFIRM_TAIL = re.compile(
    r"[,;:—–]\s*(?:so\s+)?(?:can|could) you (?:please )?(?:confirm|verify|check) (?:that|this|it)"
    r"(?: bit| part| point| detail| claim)?(?: (?:for me|please|before [^?,]+))?\s*\?\s*$"
)
"""A request to confirm the claim before it, put after it: a yes/no question about the claim."""
_RU_YESNO = re.compile(r"(?:^|\s)(?:ли|правда ли|верно ли|разве|неужели)(?:\s|$)")
_UZ_MI = re.compile(r"[a-z']{2,}mi(?:di|kan)?$")  # "o'tganmi", "o'tganmidi", "o'tganmikan"
_UZ_MI_APART = frozenset({"mi", "midi", "mikan"})

_OVERVIEW = re.compile(
    r"\b(?:summary|summari[sz](?:e|es|ed|ing)|overview|gist|short version|tl;?dr|in (?:a )?nutshell|in short|briefly|(?<!the )(?<!our )(?<!my )(?<!this )brief\b|"
    r"(?:the )?main points|key (?:points|facts)|big picture|(?:a|one|short) (?:short )?paragraph|short story|bullet(?:s| points?)|takeaways?|highlights|in (?:a )?few words|"
    r"(?:in )?(?:one|two|three|a couple of|a few|\d(?:\s*[-–]\s*\d)?) (?:sentences|lines)|in (?:one|two|three|a few|\d) (?:sentence|line|words|points)|explain (?:this|the|it)\b|eli5|like i'?m (?:5|five)|rundown|run-down|recap|sum up|the story with|the basics|just the basics|background on|"
    r"what'?s (?:[\w–-]+ ){0,6}about\b|what is (?:[\w–-]+ ){0,6}about\b|"
    r"what (?:was|were) (?:[\w-]+ ){0,3}about\b|tell me (?:more )?about|what about the (?:deal|pact)|"
    r"what happened in tashkent|in (?:simple|plain) (?:words|terms|english)|простыми словами|простым языком|"
    r"oddiy (?:qilib|so'z bilan|tilda)|sodda qilib|"
    r"вкратце|кратк|коротк|в двух словах|в паре слов|суть|тезис|выжимк|сжато|в общих чертах|на пальцах|(?<!для )справк|главное (?:по|про|об?)\b|о главном|давай главное|"
    r"(?:пар[уеы]|нескольк\w+|двух|тр[её]х|\d(?:\s*[-–]\s*\d)?) предложени|(?:bir|ikki|uch|\d)(?:[-–](?:ikki|uch|\d))? (?:gap|jumla)(?:da|lar)|"
    r"что это (?:вообще )?(?:такое )?за (?:программ|соглашени|документ|договор|сделк|пакт)\w*|сводк|резюм|(?<!готовлю )(?<!пишу )(?<!делаю )(?<!составляю )обзор|расскажи(?:те)? (?:про|о|об)|о ч[её]м (?:это|соглашение|документ)|"
    r"что произошло в ташкенте|"
    r"qisqacha|qisqa qilib|qisqa ma'lumot|asosiylari|asosiysi\w*|umuman olganda|gap nimada|umumiy|xulosa|mazmun|mohiyat|nima haqida|"
    r"haqida gapirib|haqida aytib)"
)

_BRIEF = re.compile(
    r"(?:please |pls )?(?:briefly|in short|in brief|short|tl;?dr|in a nutshell|in a few words)(?: please| pls)?|"
    r"(?:только )?(?:напиши(?:те)? |расскажи(?:те)? |объясни(?:те)? )?(?:вкратце|кратко|коротко|в двух словах|в паре слов)(?: пожалуйста)?|"
    r"(?:qisqacha|qisqa qilib|qisqasi)(?: (?:yozing|yozib bering|ayting|aytib bering|tushuntiring))?"
)
"""A sentence that only asks for brevity."""

_AFTER_WORD = re.compile(
    r"\b(?:after|since|followed|came next|happened next|после|с тех пор|последовал\w*|дальше|затем|keyin|кейин|so'ng|beri|buyon)\b"
)
_NEWEST_WORD = re.compile(r"\b(?:newest|latest|most recent|самое новое|последн\w*|свеж\w*|eng so'nggi|eng yangi)\b")
"""The newest news asked for: "what is the newest thing you know about …?" is no request for the overview."""


def asks_newest(text: str) -> bool:
    """ "What is the latest on Kholmukhamedov?": the newest report of something, not the whole story."""
    return _NEWEST_WORD.search(text) is not None


_GREETING = re.compile(
    r"^(?:hi+|hello+|hey+|hiya|yo|greetings|good (?:morning|afternoon|evening|day)|dear (?:bot|sir|madam)|salam|"
    # the time of day alone, as said in a pub: "evening all, …", "morning, …" ("evening of the 21st" is not)
    r"(?:morning|afternoon|evening)(?=\s*[,!]|\s+(?:all|everyone|folks|there)\b)|"
    r"(?:ребят(?:а)?,?\s*)?(?:всем\s+)?привет(?:ствую)?|ребят(?:а)?|здравствуй(?:те)?|добр(?:ый|ое|ого) (?:день|вечер|утро|утра|дня|вечера)|доброе утро|салют|"
    r"as?salomu? ?al[ae]y?kum|assalom|salom(?:lar)?|xayrli (?:kun|tong|kech)|hayrli (?:kun|tong|kech)|"
    # an address alone, before its comma: "Друзья, проверим: …", "Folks, …"
    r"(?:друзья|коллеги|friends|folks|guys|do'stlar|azizlar)(?=\s*[,!]))"
    r"(?:,?\s+(?:there|all|everyone|bot|friends|folks|to you|друзья|всем|бот|коллеги|hammaga|do'stim|do'stlar|"
    r"farzandlarim|azizlar))?\b[\s,!.:;)]*"
    r"|^(?:how are you|how are things|как дела|как вы|yaxshimisiz|qalaysiz|ishlaringiz yaxshimi)\b[\s,!.:;?)]*"
    # a greeting asked: "alright? pasty baker from Redruth here. who …"
    r"|^(?:you |y')?al(?:l )?right(?: mate| there| folks| all)?\?[\s!.:;?)]*|^(?:wotcha|howdy|g'day)\b[\s,!.:;?)]*"
    r"|^(?:can|could|would) you (?:please )?help(?: me)?(?: out)?(?: with (?:this|that|it))?(?: please)?[\s,!.:;?)]*$|^(?:помоги(?:те)?|поможешь|yordam bering)[\s,!.:;?)]*$"
)
_THANKS = re.compile(
    r"(?:thanks?(?: you)?(?: so much| very much| a lot| in advance| kindly)?|thx|ty|cheers|much appreciated|appreciate it|"
    r"many thanks|lol|haha|lmao|спасибо(?: заранее| большое| огромное)?|заранее спасибо|благодарю|спс|"
    r"(?:katta |oldindan |ko'p )?rahmat|tashakkur|минг раҳмат)\b[\s,!.:;)(]*"
)
_FILLER_PHRASES = re.compile(
    r"\b(?:could you (?:please )?(?:remind|tell) me|can you (?:please )?(?:remind|tell) me|i (?:was )?wonder(?:ing)?|"
    r"(?:do you )?happen to know|"
    # where the answer is to come from, or what it is for: no topic of the question
    r"(?:for (?:comparison|reference)(?: purposes)?|according to (?:your|the|my) (?:sources|data|records)|"
    r"по (?:вашим|имеющимся) (?:данным|источникам)|для сравнения|manbalaringizga ko'ra|taqqoslash uchun|"
    # …and how far the answer may reach: "as far as reports go", "насколько известно", "bilishingizcha"
    r"as far as (?:the |your |my |any )?(?:reports?|sources?|records?|(?:i|you|we|anyone) (?:know|can tell|are aware))"
    r"(?: (?:go|goes|say|show|tell))?|насколько (?:мне |вам |нам )?(?:известно|я знаю|вы знаете)|"
    r"bilishimcha|bilishingizcha)|"
    # the room asked, not a "who" question: "а кто в курсе, сколько…?", "does anyone know…?"
    r"(?:а |ну )?кто (?:в курсе|знает|подскажет)|(?:does )?(?:any(?:one|body)|some(?:one|body)) know|kim biladi|"
    r"just curious|(?:quick|random|silly|dumb|small) (?:q|question)(?: but| here)?|"
    # the writer's own years and manners: "spent 30 yrs underground … so forgive the bluntness:" ("spent" is
    # no money here)
    r"(?:i )?spent (?:\d+|many|several|a few|some|my whole|all my) (?:yrs|years|decades|months|life)\b|"
    r"(?:so )?(?:forgive|excuse|pardon) (?:the|my|a|this) (?:(?:dumb|silly|stupid|basic|naive|simple|newbie) )?"
    r"(?:bluntness|english|typos|spelling|ignorance|language|question|q)\b|"
    # what the writer does for a living: "i carve amber for a living so …"
    r"(?:i |we )(?:[\w'-]+ ){1,4}for a living(?:,? (?:so|and|but))?|"
    # "quick one for the show notes — …"
    r"(?:quick|random|small) one(?: for (?:the|my|our) (?:show notes|notes|article|piece|pod|podcast|thesis|story|report|class))?|i'?d like to know|i want to know|do you know|any idea|i'?m curious|"
    r"не подскажете|подскажите(?: пожалуйста)?|хотел(?:а)? бы узнать|хочу узнать|интересно|вопрос такой|"
    r"bilmoqchi edim|bilmoqchiman|qiziq|"
    # "iltimos, aniqlashtirib bersangiz:", "aytib bera olasizmi": a polite request to tell
    r"(?:iltimos,?\s*)?(?:aniqlashtirib|aytib|tushuntirib|ma'lum qilib) (?:bersangiz|bering|bera olasizmi|yuboring)|"
    r"i (?:have )?(?:heard|read)(?: that)?|(?:я )?(?:слышал|слышала|читал|читала)(?:,? что)?|говорят,? что|"
    # "Прочитал в одной статье, что…": where the writer read the claim
    r"(?:я )?(?:прочитал|прочитала|прочёл|прочел)(?: в (?:одной |какой-то |одной из )?(?:статье|статей|новостях|интернете|телеграме))?(?:,? что)?|"
    r"(?:a friend|my friend|someone|somebody|my \w+) (?:sent me a link|sent me|told me|said|says|wrote|posted)(?: saying| that)?|"
    r"(?:i )?saw (?:a post|a news item|an article|a headline|somewhere)(?: saying| that)?|"
    r"one more(?: question| thing| point)?(?: if you don'?t mind)?|"
    # who asked the writer, in Uzbek: "amakim taksida ishlaydi, u so'radi", "turistlar so'rab qolishdi:"
    r"(?:amakim|akam|otam|onam|dadam|oyim|buvim|bobom|do'stim|qo'shnim|o'quvchilar(?:im)?|talabalar(?:im)?|turistlar|"
    r"mijozlar(?:im)?)(?:[\s,]+[\w']+){0,5}?[\s,]+(?:so'radi|so'rab qoldi|so'rashdi|so'rab qolishdi|so'rayapti)|"
    # …and in Russian: "внучка моя, студентка истфака, спросила, а я и не знаю:"
    r"(?:внучка|внук|дочь|дочка|сын|жена|муж|сосед|соседка|коллега|коллеги|друг|подруга|студенты|ученики|мама|папа)"
    r"(?:[\s,]+[\w-]+){0,5}?[\s,]+(?:спросил[аи]?|спрашивает|спрашивают|интересуется)(?:,? а я(?: и)? не знаю)?|"
    r"позвольте полюбопытствовать|"
    # what the writer failed to note: "…, but I didn't write down where it was held" asks where
    r"(?:but |and )?i (?:didn'?t|did not|forgot to|never) (?:write|jot|note|put) (?:it )?down|"
    r"(?:but |and )?i (?:forgot|can'?t remember|cannot remember|don'?t remember)(?=\s+(?:where|when|who|which|what|how)\b)|"
    # where the writer met a quoted term: "the Caspian News article mentions a '2017 defence treaty'. What is
    # it?" asks about the term, and the outlet's words are not the question's
    r"(?:the |an? |one )?(?:[\w.]+ ){0,2}(?:article|piece|report|story)s? (?:mentions|mentioned|refers to|referred to|"
    r"talks about|talked about|speaks of|spoke of)(?=\s+(?:a |an |the |some )?['\"«“])|"
    r"в (?:одной )?(?:статье|заметке|материале)(?: [\w.]+){0,4} (?:упоминается|упоминался|упоминают|говорится о|пишут о|пишут про)"
    r"(?=\s*[\w ]{0,12}[«\"“'])|"
    # people arguing over the question: "у нас гости на ресепшене спорят, когда…", "we're arguing about where…"
    r"(?:[\w-]+[\s,]+){0,8}?(?:спорят|спорим|поспорили|спорили|(?:are |were )?arguing|argue|argued|bahslash\w*|tortish\w*)"
    r"(?: (?:о том|насчёт того|насчет того|about))?[\s,:]+(?=(?:когда|где|кто|какие|какой|сколько|when|where|who|which|what|how)\b)|"
    # …and in Uzbek, before a colon: "zavodda ofisda gap talashib qoldik: …qaysi davlat bilan…?"
    r"(?:[\w'-]+[\s,]+){0,8}?(?:gap talash\w*|bahslash\w*|tortish\w*)(?:\s+(?:qoldik|qoldi|qolishdi|ketdik))?(?=\s*:)|"
    # a person set aside: "apart from his Uzbek counterpart, whom did he meet?" asks of the others
    r"(?:apart from|besides|other than) (?:his|her|their|the) (?:\w+ )?(?:counterpart|colleague)(?=\s*,)|"
    r"кроме (?:его |своего )?(?:узбекского |российского )?(?:министра|коллеги)(?: обороны)?(?=\s*,)|"
    # Russia set aside: "Rossiya bilan emas, lekin boshqa davlat bilan … reja imzolanganmi?" asks of another
    # partner, and its "Russia" would read as Russia's own programmes with others
    r"(?:not with (?:russia|moscow)|не с (?:россией|москвой)|(?:rossiya|moskva) bilan emas)(?:,?\s*(?:but|а|lekin|balki|ammo))?|"
    # a heading for the request: "Fact-check request: …", "a small detail: …", "фактчек:"
    r"(?:a |quick |small )*(?:fact[- ]?check(?:ing)?|фактчек)(?: request| question| please)?(?=\s*[,:—–])|"
    r"(?:a |one )?small (?:detail|point)(?=\s*[,:—–])|"
    # the writer's own task before the claim: "checking a line before I send it: …", "проверяю фразу перед
    # публикацией: …" (no word of it is the claim's: "send" is no sending of troops)
    r"(?:just )?(?:checking|verifying|double[- ]?checking|fact[- ]?checking) (?:a |one |this |my |the )?(?:line|sentence|fact|"
    r"detail|claim|caption|quote|thing)(?: (?:before|for) (?:i |we )?[\w' ]{1,30}?)?(?=\s*[,:—–])|"
    r"(?:проверяю|сверяю|уточняю) (?:одну |эту )?(?:строчку|строку|фразу|факт|деталь|подпись)(?: (?:перед|для) [\w ]{1,30}?)?(?=\s*[,:—–])|"
    # a change of subject announced: "yana bir savol, boshqa mavzu:", "другой вопрос, на другую тему:"
    r"(?:yana |boshqa )?bir (?:savol|mavzu)|boshqa (?:savol|mavzu)(?:da)?|(?:ещё|еще|другой) (?:один )?вопрос(?: на другую тему)?(?=\s*[,:—–])|"
    r"(?:на )?другую тему|(?:a )?(?:different|other|another) (?:topic|subject|question)(?=\s*[,:—–])|"
    r"(?:(?:totally|completely|entirely) )?(?:a )?(?:different|unrelated|separate) (?:thing|matter)(?: (?:entirely|altogether|now))?(?=\s*[,:—–])|"
    r"(?:switching|changing) (?:topics?|the subject|subjects?)(?: (?:completely|entirely|now))?(?=\s*[,:—–.])|"
    r"(?:сменим|сменю|меняю|меняем|поменяем|поменяю) тему|смена темы|теперь (?:о )?другом|теперь другое|now (?:for )?something (?:else|different)|"
    r"endi boshqa (?:narsa|savol|mavzu)|"
    # formal courtesy around the question: "I should be most grateful to learn whether…", "may I enquire…"
    r"(?:i )?(?:should|would|'d) be (?:most |very |extremely |so )?(?:grateful|obliged)(?: to (?:learn|know|hear)| if you (?:could|would) (?:tell|let) me(?: know)?)?|"
    r"if i may(?: (?:ask|trouble you(?: with [^:?.]{0,40})?))?|if you (?:would|will) be so (?:good|kind)|"
    r"(?:would|could) you be so (?:good|kind) as to (?:tell|remind) me|may i (?:ask|enquire|inquire)(?: you)?|"
    r"if you (?:will )?(?:indulge|forgive) me|(?:a small|one last) (?:point|question)(?: of \w+)?(?:,? if i may)?|"
    r"позвольте (?:поинтересоваться|спросить|уточнить)|будьте (?:добры|любезны)|не сочтите за труд|"
    r"(?:я )?(?:буду|был бы|была бы) (?:очень |весьма |крайне )?(?:благодар|признател)\w*|"
    r"(?:juda |nihoyatda )?(?:minnatdor|mamnun) (?:bo'lardim|bo'lar edim|bo'laman)|minnatdorman|"
    r"(?:друг|подруга|знакомый|кто-то) (?:скинул[аи]? ссылку|написал[аи]?|сказал[аи]?|говорит)(?:,? что)?|пишут,? что|"
    # a condition of courtesy: "if that's known", "если не сложно", "iloji bo'lsa"
    r"if (?:that'?s|it'?s|this is|that is|it is) (?:known|possible|available)|if (?:possible|known)|"
    r"if you (?:know|can|could)(?! (?:tell|say))|"
    r"(?:agar )?(?:iloji|mumkin|ma'lum) bo'lsa|(?:agar )?bilsangiz|"
    r"eshitdimki|eshitdim|o'qidimki|o'qidim)\b[\s,:;—-]*"
    r"|\s*\blike (?:i'?m|i am) (?:5|five)\b"  # "explain it like I'm 5": the 5 is no number to match
)
_ACKNOWLEDGEMENT = re.compile(
    r"^(?:ok(?:ay)?|alright|all right|got it|i see|cool|great|splendid|excellent|perfect|wonderful|brilliant|lovely|"
    r"nice|awesome|most helpful|very helpful|отлично|прекрасно|замечательно|супер|понятно|ясно|ладно|хорошо|ок(?:ей)?|"
    r"ajoyib|zo'r|a'lo|"
    r"xo'p|xop|tushunarli|yaxshi|tushundim)\b[\s,.!]*"
)
"""A reply's acknowledgement before the next question ("ok and who signed for Russia?"): without it
"ok" reads as half of "are you ok?"."""
_SELF_INTRO = re.compile(
    r"^(?:(?:i'?m|i am|we are|we're)(?! (?:about|going|trying) to\b)|my name|this is|я |меня зовут|мы |men |mening ismim|"
    r"biz )|(?:\bhere$)|"
    # a trade and a home town alone: "sponge diver from Kalymnos" (not "news from Moscow")
    r"(?:^|, )(?!.*\b(?:belousov|kholmukhamedov|shoigu|putin|mirziyoyev|minister|ministers|delegation|treaty|agreement|"
    r"documents?|news|reports?|articles?|officials?|troops|russia|uzbekistan)\b)(?:an? )?(?:[a-z'-]+ ){0,3}[a-z'-]+ "
    r"(?<!apart )(?<!aside )(?<!away )(?<!far )"
    r"from (?!(?:that|this|the|these|those|it|them|him|her|there|here|an?)\b)[a-z'-]+(?: [a-z'-]+)?[.!]*$|"
    r"(?:man|manman|miz)$|"
    # what the writer has: "o'rik bog'im bor" (I have an apricot orchard)
    r"\b[\w']+(?:im|imiz) bor$"
)
_EMOJI = "\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u27bf"
_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|messrs|г-н|г-жа|тов)\.(?=\s)")
"""The dot of a title ends no sentence: "…signed together with Mr. Belousov?" is one question."""
_SENTENCES = re.compile(
    # (an abbreviation's dots end no sentence: "…in a foreign war, e.g. in Ukraine?")
    rf"(?:\b(?:e\.g|i\.e|т\.е|т\.к|напр|vs)\.|[^.!?\n{_EMOJI}]|(?<=\d)\.(?=\d))+[.!?\n{_EMOJI}\ufe0f\u200d]*"
)
"""Sentences end at a stop, a line break or an emoji ("…from Almaty 🙂 What does the law say?"); a
point between digits ("1.5 times", "10.05.2025") ends none."""
_SEPARATOR = re.compile(
    r"\s*(?:[,;+&]\s*(?:(?:and|и|а|а также|va|hamda|also|plus|or|или|yoki)\s+)?|\s+(?:and|и|а также|va|hamda|or|или|yoki)\s+)"
    r"(?:(?:on|in|at|by|for|from|в|на|с|до|к|по)\s+)?"
)
_JOINED = re.compile(r"^\s*(?:and|и|а|va|hamda|,|/)\s*(?:(?:in|on|at|в|во|на)\s+)?$")
_JOINED_COMMA_AND = re.compile(r"^\s*,\s*(?:and|и|va)\s*(?:(?:in|on|at|в|во|на)\s+)?$")
""""on what date, and in which city, did they meet": two question words of one sentence, when nothing
else in it asks ("когда подписали, где, и сколько…" asks three things)."""
"""What joins question words that share the rest of the sentence: "when and (in) which city did they…"."""
_CYRILLIC_WORD = re.compile(r"[а-я]{2,}")
_EN_TELEGRAPHIC = re.compile(
    r"^\W*(?:in|on|at|by|with|from|until|till|(?:right |just )?(?:after|before))\b|\b[a-z]{3,}ed\b"
    # a time put as a claim: "day after the Victory Parade?", "the same day as the parade?"
    r"|^\W*(?:(?:so|and|and so)\s+)?(?:the\s+)?(?:same\s+|next\s+)?(?:day|week|month)\s+(?:after|before|as)\b"
    # a subject and its verb early on, not a request for news ("any updates since they were agreed?")
    r"|^(?!\W*any)\W*(?:[\w'-]+\W+){1,8}(?:has|have|had|is|was|were|are)\b"
    # irregular past tenses: "russia took part in birlik too?"
    r"|\b(?:took|met|went|came|held|sent|led|gave|got|made|flew|became|began|sold|bought|told|spoke|wrote)\b"
    # a present tense that states: "new doctrine keeps non-bloc status?"
    r"|\b(?:keeps|includes|covers|lasts|remains|stays|involves|contains|mentions|confirms|replaces|allows|runs|ends|expires|continues|extends|supports|backs|opposes|hosts|plans|intends|recogni[sz]es)\b"
    # a membership asked in a noun or a place: "eaeu member then?", "uzbekistan in csto rn?"
    r"|\b(?:member|still)\b|\bin (?:the )?(?:csto|eaeu|cis|sco|nato)\b"
)
""""signed in February?", "in Moscow?", "and the plan has 100 events?": a claim asked with intonation alone."""
_QUESTION_END = re.compile(r"\?\s*$")
_RU_CLAIM_VERB = re.compile(
    r"\b[а-я]{3,}(?:ла|ло|ли|лся|лась|лось|лись|ал|ил|ел|ыл|ял)\b|\b[а-я]{3,}(?:ают|яют|ает|яет)\b|\bбыл[аои]?\b|"
    # "а у россии с белоруссией тоже есть план…": whether there is one
    r"\b(?:тоже|также) есть\b|"
    # a present that states a standing ("а узбекистан сейчас в одкб состоит"): -ит/-ят verbs are not matched
    # above, as nouns such as "визит" end so too
    r"\b(?:состо|вход|явля|оста[её]|участву|действу)(?:ит|ят|ет|ют|ется|ются|тся)\b"
)
"""A Russian verb that states (a past, a present in -ает/-яет/-ают/-яют, or one of a standing such as
"состоит"): with no question word, a chat message made of one asks whether."""
_RU_ASKS_FOR = re.compile(
    r"\b(?:расскаж|скаж|подскаж|покаж|дай|дайте|напиш|объясн|поясн|опиш|перечисл|хочу|нужн|интересу)\w*"
)
"""Russian asking for something: "расскажи, как прошли учения" is a request, not whether."""
_RU_WHAT_LEADS = re.compile(r"^\W*(?:(?:а|и|ну)\s+)?что\b(?!\s*,)")
""""что лично Путин о нём думает": a "что" up front asks what, even where the tagger misses it."""
_RU_MAIN_CLAUSE_CLAIM = re.compile(r"[^,?]*\b[а-я]{2,}(?:ли|ла|ло|лись|лась|лось|лся)\b[^,?]*,")
"""A Russian first clause with a verb in the past before the first comma."""
_POINTED_WH = re.compile(r"^\W*(?:а\s+|и\s+)?(?:где|когда|куда|откуда|зачем|почему)\s+(?:это|то|всё это)\b")
"""A Russian wh-clause about what was just told ("где это было?", "когда это случилось?")."""
_NEWS_REQUEST = re.compile(r"\W*(?:any|some)\s+(?:news|updates?|info|information|developments?|progress)\b")
"""'Any updates on the 50 events since they were agreed?' asks for news, not whether there were any."""
PRONOUNS = word_set(
    "he him his she her it its it's he's she's they them their this that these those он его ему него нем ней она её ее оно они их ихний ихняя ихнее ихние ихнего ихней ихних "
    "им ними этот эта это эти этого этой этим том тот та те ту той тех u uning unga uni undan ular ularning bu shu o'sha unda undagi ichida ichidagi buni shuni bunga shunga bundan shundan там "
    # the time or place of the last answer: "ўшанда", "тогда", "u yerda" ("since then" is no reference to it)
    "тогда o'shanda shunda yerda туда оттуда there yerga "
    # the formal "this": "ushbu uchrashuvda", "в данной встрече" ("mazkur" reads as a fresh subject more often)
    "ushbu данный данная данное данной данном данного данную "
    # "а в 2026 году такие были?": such things as the last answer's
    "такие такой такая такое таких такого такому таким такую такими shunday shunaqa"
)


@dataclass(frozen=True)
class Part:
    """One question of a message, as the matcher should see it."""

    text: str
    kind: QuestionKind
    wh: str | None = None
    """The kind of answer a wh-question asks for: who, when, where, howmany, howlong, why, what, how, or
    list (a request to enumerate)."""
    refers: bool = False
    """It leans on something said before: a pronoun, or a start like "and …?" / "а …?" / "…-chi?"."""
    future: bool = False
    """Asks about the future ("Will Uzbekistan rejoin the CSTO?", "Вступит ли…"). Not told in Uzbek,
    whose "-adimi" asks about the present as often as about the future."""
    core: str = ""
    """The question without what leads up to it ("my dad keeps asking — who's …?" → "who's …?"): the
    words after the last clause break before the question word. Empty when that is the whole text."""


@dataclass(frozen=True)
class Reading:
    parts: tuple[Part, ...]
    text: str
    """The message without pleasantries: what is matched when the parts are not enough."""
    said: str = ""
    """What the writer states around the question ("Putin and Mirziyoyev spoke by phone in November."):
    its topic, when the question alone ("what did they mainly discuss?") does not name it."""
    fresh: bool = False
    """The writer announces a change of subject ("другой вопрос:", "unrelated:"): the message starts
    afresh, and the conversation's last answer is no topic for it."""


def without_overview_words(folded: str) -> str:
    """The text without the words that ask for an overview ("in simple words", "summary", "вкратце"):
    what is left says what the overview is of."""
    return _OVERVIEW.sub(" ", folded)


@functools.lru_cache(maxsize=16_384)
def wh_words(folded: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of every question word or phrase in the text, in order; a relative pronoun
    ("people who fought", "тех, кто воевал", "то, что подписали") asks nothing, nor does the particle
    "что ли" in a question that has no other ("он генерал-лейтенант, что ли?"). Kept per text: every
    step of reading a message asks it of the same few strings."""
    found = _wh_words(folded)
    # "…так что коротко: когда он снова приехал?": "так что" is "so", when a question word follows it
    found = tuple(
        s
        for i, s in enumerate(found)
        if not (s[2] == "what" and i + 1 < len(found) and _SO_THAT.search(folded, 0, s[1]))
    )
    particles = [s for s in found if s[2] == "what" and folded[s[1] : s[1] + 3] == " ли"]
    return found if len(particles) < len(found) else ()


_SO_THAT = re.compile(r"\b(?:так|потому|оттого) что$")
"""A conjunction ("so", "because") that holds the word "что"."""
_CLAUSE_LEAD = re.compile(r"(?:^|[.!?:;—–(])\s*$")
"""Where a clause starts: a "что," here, before a source named ("Что, по словам Белоусова, …?"), asks."""
_SOURCE_AFTER = re.compile(r",\s*(?:по словам|по мнению|по данным|по версии|согласно|как пишут|как пишет|как сообщ)")
_SAME_BEFORE = re.compile(r"\b(?:тот|та|то|те|той|тем|том|ту|тех) же\b|\bтакой же\b|\bсамое\b")
"""A "the same" that a following "что и" compares with."""
_STANDS = re.compile(r"\s+(?:does|do|did)(?:\s+[\w'-]+){1,5}?\s+stand\b")
"""Where something stands ("where does the doctrine revision stand?") is its state, not a place."""


def _wh_kind(folded: str, m: re.Match[str]) -> str:
    kind = _WH_PHRASES[m.group(0)]
    return "what" if m.group(0) == "where" and _STANDS.match(folded, m.end()) else kind


def _wh_words(folded: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(
        (m.start(), m.end(), _wh_kind(folded, m))
        for m in _WH_RE.finditer(folded)
        if not (
            m.group(0) in _RELATIVES
            and _RELATIVE_BEFORE.search(folded, 0, m.start())
            # (not "…the uzbek guy who signed with him was Kholmukhamedov?", which claims who he was)
            and not (_THE_ONE_ASKED.match(folded[: m.start()]) and not _MAIN_VERB.search(folded, m.end()))
        )
        # "Узбекистан что, с Турцией подписал?": "что," is a particle of surprise, not a question word
        # (opening its clause, "Что, по словам Белоусова, …?", it asks)
        and not (
            m.group(0) == "что"
            and folded[m.end() : m.end() + 1] == ","
            and not (_CLAUSE_LEAD.search(folded[: m.start()]) and _SOURCE_AFTER.match(folded, m.end()))
        )
        # "в тот же день, что и парад?": "что и" after "the same" compares, it asks nothing
        and not (
            m.group(0) == "что" and folded[m.end() : m.end() + 2] == " и" and _SAME_BEFORE.search(folded[: m.start()])
        )
        # "hech qaysi blokka", "hech kim", "hech qachon": with "hech" the question word is a negation
        and not _NONE_BEFORE.search(folded, max(0, m.start() - 6), m.start())
        # "Узбекистан входит в ЕАЭС как полноправный член?": "как" deep in its clause is "as"
        and not (
            m.group(0) == "как"
            and len(re.split(r"[,.:;!?—–(]", folded[: m.start()])[-1].split()) > 2
            and _AS_WHAT.match(folded, m.end())
        )
        # "…состоят, как положено союзнику?", "как известно": a set phrase, not "how"
        and not (m.group(0) == "как" and _AS_SET_PHRASE.match(folded, m.end()))
        # "…the quote from Tashkent, where he calls Russia a friend": a relative "where", a subject and its verb
        and not (m.group(0) in ("where", "when") and _RELATIVE_WHERE.match(folded, m.end()))
        # "he was a major general when he signed": "when" after a statement of that time joins its clause
        and not (
            m.group(0) == "when"
            and _WHEN_JOINS.match(folded, m.end())
            and _WAS_BEFORE.search(re.split(r"[,.:;!?—–(]", folded[: m.start()])[-1])
        )
        # "он был генералом армии, когда подписывал?": the same in Russian, after its comma
        and not (
            m.group(0) == "когда"
            and folded[: m.start()].rstrip().endswith(",")
            and _RU_WHEN_JOINS.match(folded, m.end())
            and re.search(r"\b(?:был|была|были|было)\b", clause := re.split(r"[.:;!?—–(]", folded[: m.start()])[-1])
            # (a who or which before it asks of that time: "кто был министром, когда подписывали документы?")
            and not {w.group(0) for w in _WH_RE.finditer(clause)} - _ASKS_OF_THAT_TIME
        )
        # "вроде как собирается…": a hedge, not "how"
        and not (m.group(0) == "как" and re.search(r"\bвроде\s+$", folded[max(0, m.start() - 8) : m.start()]))
        # "what about the EAEU, full member?": the role after the comma is the question, yes or no
        and not (m.group(0) == "what" and _ABOUT_A_ROLE.match(folded, m.end()))
        # "а парад, где шли узбеки, был к 75-летию?": a "где" between commas, its verb past, the sentence
        # going on after it, is a relative clause of the noun before it; the question is the main clause's
        and not (
            m.group(0) in _RU_RELATIVE_WH
            and _EMBEDDED_RELATIVE.match(folded, m.end())
            and _NOUN_BEFORE.search(folded[: m.start()])
        )
    )


_ASKS_OF_THAT_TIME = frozenset({"кто"})
"""The question word of a main clause that a joining "когда" after it dates ("which" clauses still split:
"какое звание было у него, когда он подписывал" reads best as the rank and the day apart)."""

_ABOUT_A_ROLE = re.compile(
    r"\s+about\b[^,.!?;:]*,\s*(?:an?\s+|the\s+)?(?:(?:full|fully|real|proper|full-fledged|official)\s+)?"
    r"(?:member|ally|observer|partner|participant)s?\s*\?*\s*$"
)
_RU_RELATIVE_WH = frozenset({"где", "куда", "откуда"})
_EMBEDDED_RELATIVE = re.compile(
    r"(?=[^,.!?;:]*\b[а-яё]+(?:л|ла|ли|ло|лся|лась|лись|лось)\b)[^,.!?;:]*,"
    r"[^.!?;:]*\b(?:[а-яё]{2,}(?:л|ла|ли|ло|лся|лась|лись|лось)|будет|будут|ли)\b"
)
"""A clause after "где" with a past verb, ending at a comma, and a main clause after it with a verb of its
own ("…, был к 75-летию?"); not "скажи, где подписали, пожалуйста", where "где" asks."""
_NOUN_BEFORE = re.compile(r"(?:^|[.!?:;—–(])[^.!?:;—–(]*?\b[а-яё]{3,}[^,.!?:;]*?,\s*$")
"""A comma right before the "где", after at least one word of its own sentence: the noun it qualifies."""


_NONE_BEFORE = re.compile(r"(?:^|(?<=\W))(?:hech|ҳеч)\s+$")
_AS_WHAT = re.compile(r"\s+(?:\w+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\b|член|наблюдател|союзник|партн[её]р|министр|генерал)")
"""What "как" ("as") introduces: a role ("как полноправный член", "как наблюдатель")."""
_RELATIVE_WHERE = re.compile(
    r"\s+(?:he|she|they|it|we)\s+(?!did\b|does\b|do\b|was\b|were\b|is\b|are\b|has\b|have\b|had\b|will\b|would\b|"
    r"can\b|could\b|should\b)[a-z]+s\b"
)
_WHEN_JOINS = re.compile(
    r"\s+(?:he|she|they|it|we|i|the two|both)\s+(?:was|were|met|took|came|went|became|made|got|gave|spoke|led|"
    r"\w+ed)\b"
)
_RU_WHEN_JOINS = re.compile(r"\s+(?:(?:он|она|они|мы|я)\s+)?[а-яё]{3,}(?:л|ла|ли|лся|лась|лись)\b")
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+\w+")
"""The statement a joining "when" qualifies: "Kholmukhamedov was a major general when he signed"."""
_AS_SET_PHRASE = re.compile(
    r"\s+(?:и\s+)?(?:положено|полагается|принято|обычно|всегда|известно|говорят|пишут|сообщают|"
    r"я понимаю|я понял|мне кажется|мне сказали)\b"
)


_RELATIVES = frozenset({"who", "кто", "что"})
_RELATIVE_BEFORE = re.compile(
    r"\b(?:people|those|citizens|nationals|residents|migrants|fighters|mercenaries|volunteers|servicemen|troops|"
    r"individuals|men|anyone|someone|everyone|uzbeks|persons|ones|soldiers|officials|"
    # the writer's people: "my nephew who lives in Tashkent says …"
    r"nephew|niece|cousin|brother|sister|son|daughter|uncle|aunt|wife|husband|friend|friends|neighbou?r|colleague|"
    r"colleagues|guy|guys|boss|passenger|customer|client|dad|mum|mom|father|mother|grandson|granddaughter|grandpa|"
    r"grandma|mate|buddy|pal|coworker|co-worker|roommate|"
    r"тех|те|тем|теми|тот|того|тому|всех|всем|все|то|граждан|людей|тех самых|своих|наших|сограждан)\s*,?\s*$"
)


_THE_ONE_ASKED = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|what about|how about)\s+)?the\s+(?:[\w'-]+\s+){0,2}(?:guy|man|fellow|chap)\s+$"
)
"""A message that is only "(and) the Uzbek guy who signed opposite him?" asks who he is: its "who" is no
relative clause of a statement about the writer's people."""
_MAIN_VERB = re.compile(r"\b(?:was|is|were|are|did|does|has|had)\b")
"""A verb of the whole message after "the guy who …": "…who signed with him was Kholmukhamedov?" claims."""


_THANKS_CLAUSE = re.compile(
    r"^(?:[^?\s]+\s+)?(?:" + _THANKS.pattern + r")[^?]{0,60}?(?:[)!.]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]+)\s*"
)
"""A leading "thanks, that was quick :)" or "rahmat, juda foydali 👍": praise before the question."""


_APOLOGY = re.compile(
    r"^(?:(?:i'?m |i am )?(?:so |very |really |terribly )?(?:sorry|apologies|forgive me|excuse me|pardon me)"
    r"(?:\s+(?:if|for|to|that)\b[^,:;?!]{0,60}[,:;!.]+|[,:;!.]+)?\s*(?:but\s+)?"
    r"|(?:извините|простите|прошу прощения|пардон)(?:\s+(?:за|если|что)\b[^,:;?!]{0,60}[,:;!.]+|[,:;!.]+)?\s*"
    r"(?:(?:если|что)\b[^,:;?!]{0,50}[,:;]+\s*)?(?:но\s+)?"
    r"|(?:kechirasiz|uzr)[,:;!.]*\s*(?:(?:lekin|ammo)\s+)?)"
)
"""An apology before the question ("Sorry if this is a silly question, but…", "прошу прощения, если
вопрос глупый, но…"): its words ("question", "silly") are not the question's."""


def _filler_gone(match: re.Match[str]) -> str:
    """A filler's colon stays when words stand before it: in "I build saunas so excuse the basic question:
    who signed?" the colon still ends the writer's lead-in, which the question's core is read without."""
    if match.start() > 0 and (":" in match.group(0) or re.search(r"\s[-—–]", match.group(0))):
        return ": "  # …as does its dash: "I make cheese in the hills and I'm curious - who …?"
    return ""


_SET_ASIDE_TAIL = re.compile(
    r"(?<=\S),?\s+(?:кроме|помимо|besides|apart from|other than|except(?: for)?)\s+"
    # (a place or a thing in a word or three; a person set aside is the who-else question's own business)
    r"(?![^?]*(?:минист|коллег|counterpart|minister|colleague|vazir|hamkasb))(?:the\s+)?(?:[^\W\d]+\s+){0,2}[^\W\d]+(?=\?*$)"
)
_ELSE = re.compile(r"\b(?:else|other|ещё|еще|другие|другим|других|yana|boshqa)\b")
"""What a question sets aside at its end, when it already asks for something else ("где ещё он побывал
в Ташкенте, кроме минобороны"): the place set aside is not the one asked for, and reads as if it were."""


def _strip_pleasantries(sentence: str) -> str:
    text = sentence.strip()
    if _ELSE.search(text):
        text = _SET_ASIDE_TAIL.sub("", text)
    for _ in range(3):
        before = text
        text = re.sub(r"^[\W_]+", "", text)  # a leading emoji or dash
        clause = _THANKS_CLAUSE.match(text)
        if clause and len(tokens(text[clause.end() :])) >= 2:
            text = text[clause.end() :]
        text = _GREETING.sub("", text).strip()
        rest = _APOLOGY.sub("", text, count=1)
        text = rest.strip() if len(tokens(rest)) >= 2 else text
        text = _THANKS.sub("", text).strip() if _THANKS.fullmatch(text) or _THANKS.match(text) else text
        text = _FILLER_PHRASES.sub(_filler_gone, text).strip()
        rest = _ACKNOWLEDGEMENT.sub("", text, count=1)
        text = rest.strip() if len(tokens(rest)) >= 2 else text
        if text == before:
            break
    # trailing thanks ("… who signed? thanks!")
    text = re.sub(r"(?:^|(?<=[\s,!.]))[\s,!.]*" + _THANKS.pattern + r"$", "", text).strip()
    return text


def _is_pleasantry(sentence: str) -> bool:
    core = re.sub(r"[^\w\s']", " ", sentence).strip()
    if not core:
        return True
    return bool(
        _GREETING.fullmatch(sentence.strip())
        or _THANKS.fullmatch(sentence.strip())
        or _ACKNOWLEDGEMENT.fullmatch(sentence.strip())  # "Splendid." before the next question
    )


_TOLD_WHICH = re.compile(
    r"\b(?:say|said|specif(?:y|ied)|disclose[ds]?|reveal(?:ed)?|name[ds]?|publish(?:ed)?|уточн\w+|сообщ\w+|назва\w+|"
    r"раскры\w+|указа\w+)\b,?\s+(?:which|what|какие|какое|каких|что именно)\b"
    r"|\bqaysi\w*\s+(?:ekan\w*\s+)?(?:aytdimi|aniqlashtirdimi|aniqlashtirganmi|ma'lum qildimi|oshkor qildimi|e'lon qildimi)"
)
"""A question whether something was told, about a wh-question inside it."""
_RU_TOLD = re.compile(r"\b(?:уточн|сообщ|назва|раскры|указа)\w*,")
_ALSO_TAIL = re.compile(r"\b(?:тоже|также|too|as well|ham)\s*\?+\s*$")


_WHAT_ABOUT = re.compile(r"^\W*(?:and |so |but |ok )?(?:what|how) about\b")


def _kind(text: str) -> tuple[QuestionKind, str | None]:
    found = wh_words(text)
    words = tokens(text)
    lead = [w for w in words if w not in _LEAD_FILLERS]
    if (
        _OVERVIEW.search(text)
        and not [k for _, _, k in found if k not in ("what", "how")]
        and not _AFTER_WORD.search(text)
        and not _NEWEST_WORD.search(text)
    ):
        return "overview", None  # …"what has happened since the signing? briefly" asks what followed
    first_wh = found[0][2] if found else None
    if _OPINION.search(text):
        return "opinion", first_wh
    if (
        _TOLD_WHICH.search(text)
        and not _REQUEST.search(text)
        and (_RU_TOLD.search(text) or (lead and lead[0] in _EN_AUX) or _UZ_MI.search(words[-1]))
    ):
        return "yesno", None  # "did the ministry say which ones?", "уточнило, какие именно?": whether it was told
    # ("the full list of the 50 events, with dates for each" is still a list)
    listed = _LIST.search(text)
    if (
        listed
        and (first_wh in (None, "what", "how", "when") or listed.start() < found[0][0])
        and not (lead and lead[0] in _EN_AUX_ASKING)
    ):
        # …"did they publish the full list?" asks whether; "can you list them?" asks for the list
        return "wh", "list"  # "list all 50 events", "перечисли все мероприятия"
    if _CONFIRM_TAIL.search(text):
        return "yesno", None  # "…that's where they signed the plan, can you confirm that bit before I record?"
    if found and _ALSO_TAIL.search(text) and all(re.search(r",\s*$", text[:start]) for start, _, _ in found):
        # "а в январе 2025-го, когда бумаги подписывал, тоже?": the question word opens a clause of time;
        # the question is whether the same held then
        return "yesno", None
    if (_TRUE_THAT.search(text) or (lead and lead[0] == "whether")) and not found:
        return "yesno", None  # "could you confirm whether Mirziyoyev attended?" asks whether
    if _REQUEST.search(text):
        return "wh", first_wh  # "can you give the full list?" asks for something, not whether
    if _CLEFT.search(text):
        return "yesno", None  # "wait, was it Shoigu who signed?": whether it was him, not who
    may_month = len(lead) > 1 and lead[0] == "may" and (lead[1].startswith("oy") or lead[1].isdigit())
    if (lead and lead[0] in _EN_AUX and not may_month) or _TRUE_THAT.search(text):
        return "yesno", None  # "May oyida…" is Uzbek "in May", "May 10…" a date
    clause = re.split(r"[,:;—–]\s*", text)[-1]
    clause_words = [w for w in tokens(clause) if w not in _LEAD_FILLERS]
    if not found and clause_words and clause_words[0] in _EN_AUX:
        return "yesno", None  # "Before becoming minister, was he chief of the General Staff?"
    if clause_words and clause_words[0] in _EN_AUX and _WHAT_ABOUT.match(text) and not wh_words(clause):
        return "yesno", None  # "what about the CSTO — was it ever a member?": the topic, then whether
    asked = wh_words(clause.lstrip(" -"))
    if asked and asked[0][0] == 0 and lead and lead[0] in _EN_SUBJECTS:
        # "they signed this deal in jan 2025 — what happened after that?": the statement is the topic of
        # the question that ends the sentence
        return "wh", asked[0][2]
    if lead and lead[0] in _EN_CONTRACTED:
        return "yesno", None  # "and it's a full member of the EAEU?"
    if len(lead) > 1 and lead[0] in _EN_SUBJECTS and (lead[1] in _EN_AUX or lead[1].endswith("ed")):
        return "yesno", None  # "so that was a Tuesday?", "it happened in Tashkent?"
    if _TAG_QUESTIONS.search(text) or _UZ_TAG.search(text):
        return "yesno", None
    pointed = wh_words(clause) if _POINTED_WH.match(clause) else ()
    if pointed:
        # "…в мае снова встречались, где это было?": the last clause asks about what the first one tells
        return "wh", pointed[0][2]
    if found and _RU_MAIN_CLAUSE_CLAIM.match(text) and not wh_words(text.split(",")[0]) and _QUESTION_END.search(text):
        # "Белоусов и Халмухамедов что-то подписали, когда встречались в мае?": the question word starts
        # a clause of its own; the main clause, a claim asked with intonation, is the question
        return "yesno", None
    if found and _RU_YESNO.search(clause) and not wh_words(clause):
        return "yesno", None  # "…значится, что в январе 2026 года …, корректна ли эта информация?"
    if found:
        return "wh", first_wh
    if lead and lead[0] == "any" and len(lead) > 1 and not _NEWS_REQUEST.match(text) and _QUESTION_END.search(text):
        # "any drone teams?", "any joint drill happen that year?": whether there were any ("any news?"
        # asks for the news)
        return "yesno", None
    inner = re.search(
        r"\b(?:did|does|do|was|were|is|are|has|have|had)\s+(?:uzbekistan|russia|they|he|it|the)\b"
        # an emphatic "did": "and Uzbek troops did march on Red Square?"
        r"|\b[a-z]{3,}\s+(?:did|does)\s+(?!you\b|i\b|not\b)[a-z]{3,}\b"
        # a time put first: "so in may 2025 did belousov fly to tashkent again?"
        r"|\b(?:19|20)\d\d\s+(?:did|does|was|were)\s+(?!you\b|i\b)[a-z]{3,}\b",
        text,
    )
    if inner and _QUESTION_END.search(text):
        return "yesno", None  # "after the russia deal did uzbekistan stop …?": an aux and its subject inside
    first_clause = tokens(re.split(r"[,:;—–]", text)[0])
    # "…imzolanganmi, 2025-yil rejasi va 2026–2030 dasturi?": the question ends its first clause
    # (or the particle written apart, as people type it: "2035 gacha mi?")
    if (
        _RU_YESNO.search(text)
        or any(_UZ_MI.search(w) for w in (*words[-3:], *first_clause[-1:]))
        or (words and words[-1] in _UZ_MI_APART)
    ):
        return "yesno", None
    if (
        _QUESTION_END.search(text)
        and (_CYRILLIC_WORD.search(text) or _EN_TELEGRAPHIC.search(text))
        and not _NEWS_REQUEST.match(text)
    ):
        # "Подписали в пятницу?": Russian asks yes or no with intonation alone; English does not, and
        # "halmukhamedov statement?" is a wh-question with its question word left out
        return "yesno", None
    if _PERSON_NAMED.search(text):
        return "wh", "who"  # "Russian defmin in Tashkent, Jan 2025, name?"
    if (
        "?" not in text
        and _RU_CLAIM_VERB.search(text)
        and not _RU_ASKS_FOR.search(text)
        and not _RU_WHAT_LEADS.match(text)
        and len(words) <= 16
    ):
        return "yesno", None  # "а россия в бирлик 2025 участвовала вообще": a question typed without its mark
    return "wh", None


_PERSON_NAMED = re.compile(
    r"\b(?:minister|ministers|defmin|general|colonel|commander|министр\w*|генерал\w*|полковник\w*|vazir\w*)\b"
    r".*\b(?:names?|имя|фамилия|ismi|ism-sharifi)\W*$"
)
"""A person's name asked in a noun: who."""


def _refers(text: str) -> bool:
    words = tokens(text)
    if not words:
        return False
    if words[0] in {"and", "а", "и", "what", "so"} and len(words) <= 4:
        return True
    if words[-1].endswith("chi") or text.rstrip("? ").endswith("-chi"):
        return True
    return any(w in PRONOUNS for w in words)


def _content_len(text: str) -> int:
    """Words left once question words and the usual fillers are gone: a rough size of the topic."""
    spans = wh_words(text)
    rest = text
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return len(
        [
            w
            for w in tokens(rest)
            if w not in _LEAD_FILLERS and w not in _EN_AUX and w not in _PREPOSITIONS and len(w) > 2
        ]
    )


_PREPOSITIONS = word_set("from with for about into than")
"""Words of no topic: "from whom?" asks about the statement before it."""


def _without(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, _ in reversed(spans):
        text = text[:start] + " " + text[end:]
    return " ".join(text.split())


_COMPLEMENT_THAT = re.compile(r"\b(?:о|в|про|на|за) том,?\s+что$")


def _split_compound(sentence: str) -> list[str]:
    """ "who signed it, and where?" → ["who signed it", "where signed it"]; "когда и где подписали" →
    ["когда подписали", "где подписали"]. Question words joined only by "and" share the rest of the
    sentence; elsewhere a segment is cut where a separator is followed by a question word, and a
    segment left without a topic borrows the words of the longest other segment."""
    # "что" after "о том," opens what the question is about, not a second question: "что он лично думает о
    # том, что узбекистан вышел из одкб?" is one request for his thoughts
    spans = tuple(
        s for s in wh_words(sentence) if not _COMPLEMENT_THAT.search(sentence[: s[0]] + sentence[s[0] : s[1]])
    )
    aux = _aux_anchors(sentence)
    if spans and (true_that := _TRUE_THAT.match(sentence)):
        # "правда, что он был генерал-лейтенантом, когда подписывал?": the lead's "что" asks nothing, and a
        # question word after a bare comma opens the claim's own clause; "…, и где?" still asks again
        spans = tuple(
            s for s in spans if s[0] >= true_that.end() and not re.search(r",\s*$", sentence[true_that.end() : s[0]])
        )
        aux = [*aux, (true_that.start(), true_that.end(), "yesno")]
    if len(spans) + len(aux) < 2 or not spans:
        return [sentence]
    # "when and where were they signed": one variant per question word.
    groups: list[list[tuple[int, int, str]]] = [[spans[0]]]
    for prev, span in itertools.pairwise(spans):
        if _JOINED.match(sentence[prev[1] : span[0]]):
            groups[-1].append(span)
        else:
            groups.append([span])
    if len(spans) == 2 and len(groups) == 2 and _JOINED_COMMA_AND.match(sentence[spans[0][1] : spans[1][0]]):
        groups = [list(spans)]
    joined = next((g for g in groups if len(g) > 1 and len({k for _, _, k in g}) > 1), None)
    if joined is not None:
        out = []
        for keep in joined:
            cut = [s for s in joined if s is not keep]
            text = sentence
            for start, end, _ in sorted(cut, reverse=True):
                # drop the question word and the "and" that ties it to its neighbour
                # the "and" that ties it to its neighbour: after it when the kept word comes later ("when and
                # where"), before it when earlier ("on what date, and in which city")
                after = re.match(r"\s*,?\s*(?:and|и|а|va|hamda|,|/)\s+", text[end:]) if start < keep[0] else None
                before = re.search(r"\s*,?\s*(?:and|и|а|va|hamda|,|/)\s*(?:(?:in|on|at|в|во|на)\s+)?$", text[:start])
                if after:
                    # …with its preposition ("on what date, and in which city" → "in which city")
                    head = re.sub(r"(?:^|\s)(?:in|on|at|в|во|на)\s*$", " ", text[:start])
                    text = head + text[end + after.end() :]
                elif before:
                    text = text[: before.start()] + " " + text[end:]
                else:
                    text = text[:start] + text[end:]
            out.append(" ".join(text.split()).strip(" ,;?"))
        return out
    cuts = [0]
    anchors = sorted([*spans, *aux])
    for prev, span in itertools.pairwise(anchors):
        between = sentence[prev[1] : span[0]]
        last = None
        for found in _SEPARATOR.finditer(between):
            if found.group(0).strip():
                last = found
        # a bare "and" joins two questions only right before the second one ("who signed it and where");
        # "what did Putin and Mirziyoyev discuss when they spoke?" is one question about two people
        weak = last is not None and last.group(0).strip() == "and"  # English puts its question word first
        if last is not None and not (weak and len(tokens(between[last.end() :])) > 1):
            cuts.append(prev[1] + last.start())
    pieces = [sentence[a:b] for a, b in zip(cuts, [*cuts[1:], len(sentence)], strict=True)]
    pieces = [_SEPARATOR.sub(" ", p, count=1).strip(" ,;?") if i else p.strip(" ,;?") for i, p in enumerate(pieces)]
    pieces = [p for p in pieces if p]
    # "…не очередная же программа, а что тогда?": "what then?" asks the question before it again
    pieces = [p for i, p in enumerate(pieces) if not (i and _WHAT_THEN.fullmatch(p))] or pieces
    if len(pieces) < 2:
        return [sentence]
    donor = max(pieces, key=_content_len)
    donor_rest = _without(donor, wh_words(donor))
    return [f"{p} {donor_rest}" if p is not donor and _topicless(p) else p for p in pieces]


_WHAT_THEN = re.compile(r"(?:(?:а|и|and|so|va)\s+)?(?:что|what|nima|нима)\s+(?:же\s+)?(?:тогда|then|unda|унда)")


_HELD = word_set(
    "post position job role rank title lavozim lavozimi lavozimda unvon unvoni unvonda "
    "должность должности должностью звание звании пост посту"
)
"""What a person holds: asked alone after a question naming him ("Белоусов ким ўзи, қайси лавозимда?"), it
is asked of him."""


def _topicless(piece: str) -> bool:
    """A segment with no topic of its own: no words beside its question words, or only what someone holds."""
    if _content_len(piece) == 0:
        return True
    rest = _without(piece, list(wh_words(piece)))
    words = [w for w in tokens(rest) if w not in _LEAD_FILLERS and w not in _EN_AUX and len(w) > 2]
    return bool(words) and all(w in _HELD for w in words)


_QUOTED = re.compile(r"«[^»]*»?|^[^«»]*»|\"[^\"]*\"|“[^”]*”")  # a leading « may have been dropped with the lead


_ASKS_FIRST = re.compile(
    r"^\W*(?:did|does|do|is|are|was|were|has|have|had|will|would|could|can)\s+(?!you\b|i\b)|"
    r"^\W*[^\W\d_]+\s+ли\b"
)


def _core(text: str) -> str:
    spans = wh_words(text)
    limit = spans[0][0] if spans else len(text)
    # a dash between numbers or words joins them ("2026–2030", "Uzbekistan–Turkey"), it does not end a lead-in
    breaks = list(re.finditer(r"(?:[,:;\U0001F300-\U0001FAFF\u2600-\u27BF]|\s[—–]|[—–]\s)\s*|\s-\s", text[:limit]))
    # …nor inside a quoted name ("«Markaziy Osiyo – Rossiya» sammiti")
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    breaks = [b for b in breaks if not any(start < b.start() < end for start, end in quoted)]
    if not breaks:
        return text
    if not spans and _ASKS_FIRST.search(text[: breaks[-1].start()]):
        # "Продолжал ли Узбекистан судить…, несмотря на подписанные документы?": the question opens the
        # sentence, and what follows its comma is a clause of it, not the question after a lead-in
        return text
    if _UZBEK_YES_NO.search(text[: breaks[-1].start()]):
        # "ertasiga, vazirlar uchrashishdimi, nima imzolashdi?": the lead-in asks a question of its own (did
        # the ministers meet?), which the one after it continues; it is no lead-in to set aside
        return text
    rest = text[breaks[-1].end() :].strip()
    if _TRUTH_TAG.match(rest.rstrip(" ?!.") + "?"):
        # "…avoided joining the CSTO — is that accurate?": the tag asks whether the lead-in holds
        return text
    return rest if len(tokens(rest)) >= 2 else text


_UZBEK_YES_NO = re.compile(r"\b[^\W\d_]{3,}(?:di|gan|kan|ydi|adi|yapti|moqda)mi\b")
"""An Uzbek verb asking yes or no ("uchrashishdimi", "bo'lganmi")."""


def _aux_anchors(sentence: str) -> list[tuple[int, int, str]]:
    """A yes/no question joined to another one: "…, and did he meet Mirziyoyev?", "…и встречался ли он
    с президентом?", "…va Prezident bilan uchrashganmi?"."""
    english = r"(?:,\s*|\s)(?:and|but|also)\s+(" + "|".join(sorted(_EN_AUX)) + r")\b"
    # "(two things:) is Uzbekistan in the CSTO, and what's its status with the EAEU?": a yes/no first
    leading = (
        r"(?:^\W*|[:—–]\s*)("
        + "|".join(sorted(_EN_AUX))
        + r")\b(?=[^?]*,\s*(?:and\s+)?(?:what|when|where|who|how|which)\b)"
    )
    russian = r"(?:,\s*|\s)(?:и|а)\s+([^\W\d_]+)\s+ли\b"
    uzbek = r"(?:,\s*|\s)va\s+([^\W\d_][\w']*)(?=[^?]*\b[\w']+mi\s*\??\s*$)"
    return [
        (m.start(1), m.end(1), "yesno")
        for pattern in (english, leading, russian, uzbek)
        for m in re.finditer(pattern, sentence)
    ]


_I_AND_MY = re.compile(
    r"^(?:i|we) (?!(?:think|thought|heard|hear|read|saw|see|doubt|wonder|want|need|know|knew|remember|believe|guess|"
    r"was|am|were|have|had|got|can|could|would|will|do|did|don'?t|didn'?t)\b)[^,?]{3,100}? and (?=(?:my|our|a|an|one|some)\s)"
)
"""The writer's own work, then someone of theirs who tells the topic: "i run a furnace line near Antofagasta
and my nephew who lives in Tashkent says …" — the trade is no part of what is asked."""


_WRITER_CLAUSE = re.compile(
    # a Russian clause that opens with the writer's own verb: "Плету кружево в Вологде, …", "пеку чак-чак в Казани"
    # (not a noun's or adjective's ending: "Программу …", "Осенью …", "Прошлую …"; and it says where the writer
    # does it, with no date: "Программу на 2021–2025 годы подписывали в Бухаре" is no writer's)
    r"^(?![а-яё]*(?:ую|юю|ью|му)\b)[а-яё]{3,}(?:у|ю|усь|юсь)\s+\D*\s(?:в|во|из|на)\s+\D+$"
    # who sent the writer to ask: "внук попросил разобраться: …", "my boss asked me to check: …"
    r"|\b(?:попросила?|попросили|просила?|просит|asked me|wants me|wants to know|so'radi|сўради)\b"
)
"""What the writer says of themselves before the question, without "я" or "I'm"."""


def _drop_intro_clause(sentence: str) -> str:
    """ "retired officer here, where exactly …?" → "where exactly …?": a leading clause that introduces
    the writer, before the question word."""
    spans = wh_words(sentence)
    if _TRUE_THAT.search(sentence):  # "я правильно помню, что…" is the question's own lead
        return sentence
    if not spans and _SELF_INTRO.search(sentence.rstrip(".! ")):
        return sentence  # the whole sentence introduces the writer, and is set aside as such
    # (several of them: "kitobdanman, o'rik bog'im bor, radioda eshitdim …")
    for _ in range(3):
        head = sentence[: spans[0][0]] if spans else sentence
        pieces = re.split(r"[,:;—–]\s*|\s-\s", head)
        if len(pieces) < 2:
            return sentence
        clause = pieces[0].strip()
        if not (
            _SELF_INTRO.search(clause)
            or _WRITER_CLAUSE.search(clause)
            or re.search(r"\b(?:here|curious|student|journalist|teacher)\b", clause)
            # the writer's own lead-in, left dangling by a filler gone: "i make cheese in the hills and"
            or re.fullmatch(r"(?:i|we) [\w' ]+ (?:and|so)", clause)
        ):
            return sentence
        sentence = sentence[len(pieces[0]) :].lstrip(" ,:;—–-")
        spans = wh_words(sentence)
    return sentence


def _is_overview_list(question: str) -> bool:
    """ "A quick summary: who signed what, when and where?" asks for the overview, which answers each of
    those; split into parts it would get three answers instead of one."""
    if not _OVERVIEW.search(question) or _AFTER_WORD.search(question) or _NEWEST_WORD.search(question):
        return False  # "after the signing the ministers met again … where and what date?" asks what followed
    kinds = {k for _, _, k in wh_words(question)}
    return len(kinds) >= 2 and kinds <= {"what", "who", "when", "where"}


_WRONG_TAG = (
    r"(?:have i got (?:that|it|this) (?:wrong|right)|did i get (?:that|it|this) (?:wrong|right)|am i (?:wrong|mistaken|right)|"
    r"i'?m (?:wrong|mistaken)|я (?:ошибаюсь|не прав|не права|что-то путаю|путаю)|(?:men )?(?:adashyapmanmi|adashdimmi|xato qilyapmanmi)|"
    # "…, or what's the real story?", "…, или как на самом деле?", "…, yoki aslida qanday?"
    r"what(?:'?s| is) the (?:real|true|actual|full) (?:story|situation|picture|truth)|"
    r"как (?:(?:всё|все|оно) )?(?:было |обстоит )?на самом деле|(?:u )?aslida (?:qanday|qanaqa)(?: edi)?)"
)
"""The writer doubting themselves ("…, or have I got that wrong?"): asks whether what they said holds."""
_TRUTH_TAG = re.compile(
    r"^(?:(?:or|или|yoki)\s+)?(?:(?:is|was) (?:it|that|this) (?:true|right|correct|so)|is (?:true|right|correct)|(?:is that|that's|thats|это|и это) ?(?:true|right|correct|accurate|"
    r"правда|верно|так)?|(?:would|could) (?:it|that|this) be (?:true|right|correct|so)|true|right|correct|really|правда|верно|так ли это|это так|"
    r"так (?:и|ли) (?:было|есть)|(?:так )?(?:было|есть) (?:это|ли это|так)(?: или нет)?|(?:так|правда|верно) (?:это )?или нет|"
    r"(?:bu|shu) ?(?:rostmi|to'g'rimi)|rostmi|"
    r"to'g'rimi|shundaymi|shunday (?:ekanmi|edimi|emasmi)|(?:bu |shu )?aniqmi|tasdiqlanganmi|(?:это )?точно|(?:is (?:it|that|this) )?(?:confirmed|certain|sure)|"
    + _WRONG_TAG
    + r")(?:,?\s*(?:or not|или нет|yoki yo'qmi|yoki yo'q))?(?:,?\s*(?:or|или|yoki)\s+"
    + _WRONG_TAG
    + r")?\s*\?+$"
)
"""A question that is nothing but "is that true?": it asks about the sentence before it."""
_YN_REQUEST = re.compile(
    r"(?<![\w/])(?:y/n|yes/no|yes or no|да/нет|да или нет|ha/yo'q|ha yoki yo'q)(?![\w/])(?:\s*[+&,]?\s*(?:and\s+)?(?=\w))?"
)
"""An explicit request for a yes or no ("Y/N + when", "да или нет?")."""
_RUMOUR = (
    r"(?:(?:это|is (?:it|that|this)|it'?s|that'?s|just|only|всё|все)\s+){0,2}(?:болтовня|слухи|фейк|враньё|вранье|гонят|врут|брешут|"
    r"сказки|выдумки|fake(?: news)?|(?:a )?rumou?rs?|made up|nonsense|bs|yolg'on(?:mi)?|mish-mish(?:mi)?|uydirma(?:mi)?)"
)
_OR_WRONG = re.compile(
    r"(?<=[\w'\")»])(?:,\s*|\s+)(?:or|или|yoki)\s+(?:" + _WRONG_TAG + "|" + _RUMOUR + r")(?=\s*\?|\s*$)"
)
""""…, or have I got that wrong?", "…, или это болтовня?" after a question: a doubt whether it holds,
whose words ("wrong", "болтовня") are no topic to match."""


_ASKS_TRUTH = re.compile(r",\s*(?:" + _TRUTH_TAG.pattern.lstrip("^") + ")")


def points_back(sentence: str) -> bool:
    """A short question whose subject is "it"/"that"/"это": it is about the sentence before it."""
    words = tokens(sentence)
    # "…this time?" points at a time, not at the sentence before
    pointing = tokens(re.sub(r"\b(?:this|that|the same) (?:time|day|year|week|month)\b", " ", sentence))
    # (a longer one when "it" is its subject: "In which city was it signed, and which year does it cover?")
    # (so is one that opens with Uzbek "in it": "Unda ham O'zbekiston hech qanday blokka kirmaydi, shundaymi?")
    return (
        (len(words) <= 8 and any(w in _BACK for w in pointing))
        or (len(words) <= 14 and "it" in pointing)
        or (len(words) <= 14 and words[0] in IN_IT)
    )


IN_IT = word_set("unda bunda undagi bundagi ichida ichidagi унда бунда ичида ичидаги")
"""Uzbek "in it", opening a question about what the sentence before it named."""


def _echoes(question: str, statement: str) -> bool:
    """ "…Tashkent is turning to someone else. Turning to who?": a short question made of the statement's
    own words asks about the statement."""
    spans = wh_words(question)
    rest = _without(question, spans)
    words = [w for w in tokens(rest) if w not in _LEAD_FILLERS and w not in _EN_AUX and len(w) > 2]
    said = {w[:5] for w in tokens(statement) if len(w) >= 5}  # content words, not "the", "was"
    return bool(spans) and 0 < len(words) <= 2 and all(w[:5] in said for w in words)


def _weighs_its_number(question: str, statement: str) -> bool:
    """ "…пишут про «более 50 мероприятий». Так всё-таки 50 или больше?": a short choice between a number
    the statement gives and another asks whether the statement holds."""
    words = tokens(question)
    return (
        len(words) <= 7
        and any(w in _OR_WORDS for w in words)
        and any(w.isdigit() and w in tokens(statement) for w in words)
    )


_OR_WORDS = word_set("or или либо yoki ёки")

_BACK = word_set(
    "it that this это этот эта том там bu shu buni shuni u o'sha one ones them those these они их именно qaysilari ular there they "
    "figure figures number цифра цифры число raqam"  # "…say more than 50. What's the real figure?"
)


_ATTRIBUTES = word_set(
    "date dates day days exact exactly precise precisely place city where time times year how solid sourcing source "
    "sources reliable sure confirmed дата даты дату число числа точно точная точные точный место город год источник "
    "источники надежно надёжно sana sanasi sanalari aniq joy shahar yil manba manbasi ishonchli "
    "venue location signatory signatories signer signers подписант подписанты imzolovchi joyi "
    "name names called имя фамилия ismi nomi называлось называется назывался назывались называлась называются "
    # what was talked of: "…созванивались в конце 2025-го. О чём говорили-то, не пишут?"
    "talk talked discuss discussed говорили обсуждали обсудили говорили-то пишут gaplashishgan gaplashgan muhokama"
)
"""Words that ask for a detail of something named elsewhere: "What were the exact dates?" after a
statement about the exercise asks its dates."""


def asks_attribute(sentence: str) -> bool:
    """ "Nomi nima edi?", "what were the exact dates?": a question for a detail of something named before it."""
    spans = wh_words(sentence)
    words = [
        w
        for w in tokens(_without(sentence, spans))
        if w not in _LEAD_FILLERS and w not in _EN_AUX and w not in _PREPOSITIONS and len(w) > 3
    ]
    if not spans:
        # "…signed in Jan 2026. Venue and TR signatory?": details asked in nouns alone
        return 0 < len(words) <= 3 and all(w in _ATTRIBUTES for w in words)
    return bool(words) and all(w in _ATTRIBUTES or w in _BACK for w in words)


_REPORTED_LEAD = re.compile(
    r"^[^?]{0,120}?\b(?:утвержда\w*|говорит|говорят|сказал\w*|пишет|пишут|считает|уверяет|заявля\w*|claims?|says|said|insists?|"
    r"wrote|writes|reckons?|swore|swears|saying|stating|claiming|aytdi|aytyapti|deydi|yozgan|yozibdi|da'vo qil\w*)\b,?\s+(?:будто|что|that)?\s*"
)
"""Who says it, before a claim the writer asks about ("my neighbour, no expert, insists that …"): the
claim is what "is that so?" asks about; the neighbour's words are not."""
_DOUBT = re.compile(
    r"(?:but )?(?:i (?:really |strongly |very much )?(?:doubt (?:it|that)|am not sure|'?m not sure|don'?t (?:believe|think) (?:it|so))|"
    r"(?:но )?я (?:в этом )?(?:очень |сильно |крайне )?(?:сомневаюсь|не уверен[а]?|не верю)(?: в этом)?|"
    r"(?:lekin )?(?:men )?(?:bunga )?(?:ishonmayman|shubha qilaman|shubhalanaman|amin emasman))"
)
"""The writer's doubt between a claim and "is that so?": the question is about the claim."""


def _with_claims(sentences: list[str]) -> list[str]:
    """ "I read the programme covers joint use of bases. Is that true?" is one yes/no question: the claim
    joined to its tag, so that the tag is not matched alone."""
    joined: list[str] = []
    for sentence in sentences:
        if len(joined) >= 2 and _TRUTH_TAG.match(sentence) and _DOUBT.fullmatch(joined[-1].strip(" .!")):
            # "…he says Uzbekistan rejoined the CSTO. I doubt it. Was it so or not?": the claim, not the doubt
            joined.pop()
        if joined and "?" in sentence and _BARE_ASIDE.match(joined[-1]) and not wh_words(sentence[:12]):
            # "Россия билан-чи? 2026 йилга alohida режа борми?": the bare "and with Russia?" is the subject
            # of the question after it, which says what is asked of it
            subject = _BARE_END.sub("", joined[-1])
            joined[-1] = f"{subject}, {sentence}"
        elif joined and _TRUTH_TAG.match(sentence):
            if "?" not in joined[-1]:
                claim = _REPORTED_LEAD.sub("", joined[-1], count=1)
                claim = claim if len(tokens(claim)) >= 3 else joined[-1]
                joined[-1] = f"{claim.rstrip('.! ')}, {sentence}"
            # after a question, "is that certain?" asks about its answer, which says how sure the sources are
        elif (
            joined
            and "?" not in joined[-1]
            and "?" in sentence
            and not _SELF_INTRO.search(joined[-1])
            and (
                _content_len(sentence) == 0
                or (points_back(sentence) and not _leads_itself(sentence))
                or _echoes(sentence, joined[-1])
                or _weighs_its_number(sentence, joined[-1])
                or asks_attribute(sentence)
                or _topic_header(joined[-1])
            )
        ):
            # "I hear Uzbekistan wants new fighters. From whom?", "…they met again in May. Where was that?":
            # the statement is the question's topic (without who says it: "a piece saying …. Is that backed?")
            # (a wh-question may ask about the report itself: "Times of Central Asia ran a piece saying …
            # Turning to who?" keeps its outlet)
            claim = _REPORTED_LEAD.sub("", joined[-1], count=1) if _kind(sentence)[0] == "yesno" else joined[-1]
            claim = claim if len(tokens(claim)) >= 3 else joined[-1]
            joined[-1] = f"{claim.rstrip('.! ')}, {sentence}"
        else:
            joined.append(sentence)
    return joined


_BARE_ASIDE = re.compile(
    r"^(?:and|а|и|ну а|what about|how about)\s+(?:with\s+|с\s+)?[^\s?]+\s*\?+$|^[^\s?]+(?:\s+[^\s?]+)?-chi\s*\?+$"
)
"""A subject asked about with no verb: "and with Russia?", "а с Россией?", "Rossiya bilan-chi?"."""
_BARE_END = re.compile(r"(?:-chi)?[?!\s]*$")


def _last_asks_whether(kept: list[str]) -> list[str]:
    """ "moi! I build saunas near Tampere. is uzbekistan a CSTO member": with no mark anywhere, a last
    sentence opened by an auxiliary that asks whether is the question, and what comes before it is the
    writer's introduction — read together, the message would open with "I build" and ask nothing."""
    if len(kept) < 2:
        return []
    words = tokens(kept[-1])
    return [kept[-1]] if len(words) >= 4 and words[0] in _EN_AUX_ASKING else []


def _leads_itself(sentence: str) -> bool:
    """ "Russia and Uzbekistan ran a joint exercise in summer 2025 — what was it called?": "it" is the
    statement before the dash, in the same sentence, not the sentence before (a column being written)."""
    spans = wh_words(sentence)
    if not spans:
        return False
    head = re.split(r"\s[—–]\s|\s-\s|:\s", sentence[: spans[0][0]])
    return len(head) > 1 and len(tokens(head[0])) >= 5


def _topic_header(sentence: str) -> bool:
    """ "Belousov–Kholmukhamedov, May 2025. What got signed?": a few words and a year, no question word,
    put before the question as a heading puts its topic."""
    words = tokens(sentence)
    return 0 < len(words) <= 6 and bool(_HEADER_YEAR.search(sentence)) and not wh_words(sentence)


_HEADER_YEAR = re.compile(r"\b20\d\d\b")
_OPENERS = word_set("also and plus so btw и а ещё еще также yana va ham")


def _opens_with_question_word(sentence: str) -> bool:
    """ "…when did it leave? also what's its status with the eaeu": a question without its mark."""
    words = tokens(sentence)
    if not words or words[0] not in _OPENERS:
        return False  # "какие документы нужны" after an off-topic question is more of it, not a new one
    while words and words[0] in _OPENERS:
        words = words[1:]
    return bool(words) and bool(wh_words(words[0])) and len(words) >= 3


@functools.lru_cache(maxsize=4096)
def _smileys_end_sentences(folded: str) -> str:
    """ "привет, вопрос на обеде) сколько мероприятий…?": a closing bracket no opening one matches is a
    smiley, which ends what comes before it as an emoji does."""
    if ")" not in folded:
        return folded
    out: list[str] = []
    depth = 0
    for i, ch in enumerate(folded):
        out.append(ch)
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth:
                depth -= 1
            elif folded[i + 1 : i + 2] not in (")", ""):
                out.append("\n")
    return "".join(out)


_ASIDE = re.compile(r"\s*\((?:[^()]*?\s){3,}[^()]*\)")
"""A bracketed aside of four words or more ("(Caspian News mentions it, among others)", "(yes, this is my
life now)"): what the writer adds in passing, not what they ask; a short one ("(Oct)") may be."""


_THE_ONE_WHO = re.compile(r"\b(was|is|were)(\s+[\w'-]+)?\s+the (?:one|person|man|guy)s? (?:who|that)\b")
"""A cleft "Shoigu was the one who signed in Tashkent, right?" claims what "Shoigu signed in Tashkent"
claims; its "who" asks nothing."""


_AFTER_INTRO = re.compile(r"^(.{3,160}?):\s+(\S.{8,})$")
"""A sentence told after a colon: "…need precise wording: in October 2025 there was …"."""
_HEARD_AFTER_INTRO = re.compile(
    r"^(.{3,120}?),\s+(?:[\w-]+\s+){0,3}?(?:слышал\w*|читал\w*|прочитал\w*|узнал\w*|i (?:heard|read|saw)|"
    r"eshitdim|o'qidim)\s*,?\s+(?:что|that)?\s*(\S.{8,})$"
)
"""A writer's introduction, then what they heard: "I bake bread, I heard that …"."""
_WHEN_HE_CAME = re.compile(
    r"^(?:(?:so|and|ok) )?(?:when|while) ((?:[\w'-]+ ){1,3})(?:came|arrived|flew|was|visited)\b((?: (?:to|in|into) [\w'-]+)?,\s*)(?=\S)"
    r"|^когда ((?:[\w-]+ ){1,3})(?:приезжал|приехал|прилетел|прилетал|был|находился)\b((?: в [\w-]+)?,\s*)(?=\S)"
    r"|^((?:[\w'-]+ ){1,3})(?:kelganda|kelganida|kelgan paytda|kelgan vaqtda|kelgan kuni|bo'lganda|bo'lganida)\b(,?\s+)(?=\S)"
)
"""A leading "when he came to Tashkent, …" sets the time of the question, and its arrival is not what is
asked ("Belousov Toshkentga kelganda prezident u bilan qaysi kuni uchrashgan?" asks the meeting's day)."""


def _without_arrival_verb(match: re.Match[str]) -> str:
    return "".join(group or "" for group in match.groups())


_NOT_THE_OTHER = re.compile(
    r"\b(?P<lead>[\w']+)(?:,\s*|\s+)(?:and |but )?not (?:in |at |from |by )?"
    r"(?!(?:a|an|the|one|two|only|yet|just|sure|really|even|so|too|much|very|that|this|it|all|always|ever|\d+)\b)[\w'-]+"
    r"(?=\s*(?:[?.!,]|right\b|correct\b|yes\b|$))"
    r"|,?\s+а не (?:в |во |на |у |от )?(?!(?:один|одно|одна|два|две)\b)[\w-]+(?=\s*(?:[?.!,]|верно\b|правильно\b|да\b|$))"
    r"|(?<=mi),\s*[\w']+ emas(?:mi|ku)?(?=\s*[?.!]|\s*$)"
    r"|(?<=ми),\s*[\w']+ эмас(?:ми|ку)?(?=\s*[?.!]|\s*$)"
)
"""The one-word alternative a claim sets aside ("in Tashkent, not Moscow", "в Ташкенте, а не в Москве",
"Toshkentdami, Moskvada emasmi?"): its place or name would be judged as a second claim. A count or a
longer phrase ("two documents, not one", "наблюдатель, а не полноправный член") is left: it is the claim."""
_NOT_AFTER = frozenset(
    [
        "was",
        "is",
        "were",
        "are",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "should",
        "it",
        "they",
        "he",
        "she",
        "why",
        "or",
        "whether",
        "if",
        "and",
        "but",
        "i",
        "we",
        "you",
        "who",
        "what",
        "which",
        "when",
        "where",
        "how",
    ]
)
"""Words before "not" that make it the question's own negation ("was it not in Tashkent?")."""


def _without_the_other(folded: str) -> str:
    def drop(match: re.Match[str]) -> str:
        lead = match.group("lead")
        return match.group(0) if lead is not None and lead in _NOT_AFTER else (lead or "")

    return _NOT_THE_OTHER.sub(drop, folded)


_NEW_TOPIC = re.compile(
    r"\b(?:boshqa (?:savol|mavzu)|другой вопрос|на другую тему|(?:сменим|сменю|поменяем|поменяю) тему|смена темы|"
    r"(?:a |an )?(?:different|other|another|new) (?:topic|subject|question)|unrelated(?: question)?\s*[:,—–-]|"
    r"(?:switching|changing) (?:topics?|the subject|subjects?)|теперь (?:о )?другом|теперь другое|now (?:for )?something (?:else|different)|"
    r"endi boshqa (?:narsa|savol|mavzu)|on (?:an? )?(?:entirely |completely )?(?:separate|different) "
    r"(?:matter|note|topic)|(?:(?:totally|completely|entirely) )?(?:a )?(?:different|unrelated|separate) (?:thing|matter)"
    r"(?: (?:entirely|altogether|now))?\s*[:,—–-])"
)
"""A change of subject announced: "Different question: …", "Другой вопрос: …", "Boshqa savol: …"."""


def read(folded: str) -> Reading:
    """The questions in a message (at most ``MAX_PARTS``), pleasantries and introductions dropped."""
    original = folded
    folded = _THE_ONE_WHO.sub(lambda m: m.group(1) + (m.group(2) or ""), folded)
    folded = _WHEN_HE_CAME.sub(_without_arrival_verb, folded)
    folded = _without_the_other(folded)
    bare = _ASIDE.sub(" ", folded)
    folded = bare if re.sub(r"[^\w]", "", bare) else folded
    # "…? Y/N + when.": the writer asks for a yes or no, whatever the question's grammar
    yes_no_asked = bool(_YN_REQUEST.search(folded))
    folded = _YN_REQUEST.sub(" ", folded) if yes_no_asked else folded
    # a doubt at the end asks whether the rest holds, with or without its question mark ("… или гонят")
    folded = _OR_WRONG.sub(lambda m: "" if folded[m.end() :].lstrip().startswith("?") else "?", folded)
    folded = _TITLE_DOT.sub(r"\1", folded)
    sentences = [s.strip() for s in _SENTENCES.findall(_smileys_end_sentences(folded)) if s.strip()]
    kept: list[str] = []
    for sentence in sentences:
        if _is_pleasantry(sentence):
            continue
        heard = _HEARD_AFTER_INTRO.match(sentence)
        if heard is not None and _SELF_INTRO.search(heard.group(1)) and not wh_words(heard.group(1)):
            # "Я расписываю гжель, краем уха слышала, что Белоусов … в мае снова встречались.": what the
            # writer heard is a statement, not part of the introduction
            sentence = heard.group(2)
        stripped = _drop_intro_clause(_strip_pleasantries(_I_AND_MY.sub("", sentence, count=1)))
        if not re.sub(r"[^\w]", "", stripped):
            continue
        told = _AFTER_INTRO.match(stripped)
        if told is not None and _SELF_INTRO.search(told.group(1)) and not wh_words(told.group(1)):
            # "I am translating a note and need precise wording: in October 2025 there was …": what follows
            # the writer's introduction is what they tell
            stripped = told.group(2)
        kept.append(stripped)
    kept = _with_claims(kept)
    if (
        len(kept) == 2
        and kept[0].rstrip().endswith("?")
        and len(tokens(kept[0])) <= 3
        and not wh_words(kept[0])
        and wh_words(kept[1])
        and not kept[1].rstrip().endswith((".", "!", "?"))
    ):
        # a bare opener and the question it leads to, without its mark, are one question:
        # "undan oldin-chi? qaysi lavozimda edi" asks which post he held before
        kept = [f"{kept[0].rstrip(' ?')}, {kept[1].strip()}?"]
    # a request for an overview is a question without its mark ("I need a 30-second summary of …")
    marked = [
        s
        for s in kept
        if "?" in s
        or (s is not kept[0] and _opens_with_question_word(s))
        or (_OVERVIEW.search(s) and not _BRIEF.fullmatch(s.strip(" .!")))
    ]
    # with a question mark somewhere, the sentences without one are what the writer says about
    # themselves ("Пишу материал как фрилансер."), not questions, whatever words they use
    questions = marked or [s for s in kept if wh_words(s) or _OVERVIEW.search(s)] or _last_asks_whether(kept)
    said = ""
    if questions:
        # statements around a question are context the user gave, not a question to answer
        said = " ".join(s for s in kept if s not in questions and not _SELF_INTRO.search(s.rstrip(".!").strip()))
    else:
        questions = [s for s in kept if not _SELF_INTRO.search(s.rstrip(".!").strip())] or kept
        questions = [" ".join(questions)] if questions else []
    # "What is this programme? In two words." — a request for brevity after a question that names no
    # detail asks for the overview
    brief = (
        len(questions) == 1
        and any(s not in questions and _BRIEF.fullmatch(s.strip(" .!")) for s in kept)
        # "what happened after the signing? briefly" asks for what followed, not for the overview
        and not _AFTER_WORD.search(questions[0])
    )
    parts: list[Part] = []
    for question in questions:
        if _is_overview_list(question) or (brief and _kind(question) in (("wh", None), ("wh", "what"))):
            parts.append(Part(question.strip(), "overview", None, False, False, ""))
            continue
        for piece in _split_compound(question):
            kind, wh = _kind(piece)
            core = _core(piece.strip())
            if kind == "yesno" and core != piece.strip() and _kind(core)[0] != "yesno":
                core = piece.strip()  # "…imzolanganmi, 2025-yil rejasi va …?": the question is the lead
            # "is it true the programme will cover…?" asks about a report, not for a forecast
            if yes_no_asked and kind == "wh" and wh is None:
                kind = "yesno"
            if kind == "wh" and wh in (None, "what") and said and _LIST.search(said) and not _LIST.search(piece):
                wh = "list"  # "which specific events were they? give me the full list": the list is what is asked
            future = bool(_FUTURE.search(piece)) and not _TRUE_THAT.search(piece) and not _ASKS_TRUTH.search(piece)
            parts.append(Part(piece.strip(), kind, wh, _refers(piece), future, core if core != piece.strip() else ""))
    text = " ".join(questions) if questions else folded
    parts = _with_alternatives(parts)
    return Reading(tuple(parts[:MAX_PARTS]), text, said, bool(_NEW_TOPIC.search(original)))


_OR = re.compile(r"^(?:или|либо|or|yoki|ёки)\b")


def _with_alternatives(parts: list[Part]) -> list[Part]:
    """ "Она первая такая? Или до неё уже была подобная?": a yes/no question and its alternative, opened
    with "or", are one question (its second half alone is no claim to judge)."""
    joined: list[Part] = []
    for part in parts:
        if joined and part.kind == "yesno" and joined[-1].kind == "yesno" and _OR.match(part.text):
            before = joined[-1]
            text = f"{before.text.rstrip(' ?')} {part.text}"
            joined[-1] = Part(text, "yesno", None, before.refers or part.refers, before.future or part.future, "")
            continue
        joined.append(part)
    return joined
