"""The answering core: one message in, one Reply out. No Telegram here.

text → normalize (fold; Uzbek Cyrillic to Latin; Russian typed in Latin to Cyrillic) → message
(pleasantries dropped, the questions found, each one's kind) → matcher (each question on its own, read
with the conversation's context where it leans on it) → verdict (yes/no) → replies.

An ``Answerer`` holds one whole fact base and the index built from it. It is immutable once built,
so the Telegram layer can swap a new one in with a single assignment on /reload and every message
is answered from one base, old or new, never a mix. Conversation state is not kept here: the caller
passes the context in and gets the next one back on the reply.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import threading
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from bot.analysis import Analyzer
from bot.context import Context
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.language import LanguageDetector
from bot.matcher import NO_MATCH, UNCOVERED, VETOED, Example, Match, Matcher, Tuning
from bot.message import (
    IN_IT,
    NEXT_YEAR,
    PRONOUNS,
    Part,
    Reading,
    asks_attribute,
    asks_newest,
    points_back,
    read,
    wh_words,
    without_overview_words,
    word_set,
)
from bot.models import LANGS, Fact, Lang
from bot.normalize import clean, fold, has_cyrillic, has_latin, spoken_years, tokens, truncate, uz_cyrillic_to_latin
from bot.replies import (
    Block,
    Reply,
    SourceRef,
    compose_answers,
    compose_decline,
    compose_evidence,
    esc,
    format_date,
)
from bot.script import CyrillicUzbek, outlet_names
from bot.slips import fix_question_words, fix_transpositions, fix_uzbek_letters, switch_layout
from bot.texts import ui
from bot.timeline import FOLLOWED_FACT, TIMELINE_FACT, timeline_text
from bot.translit import ru_latin_to_cyrillic
from bot.verdict import (
    MONTHS,
    NUMBER_WORDS,
    RELATION,
    YEAR_SPAN,
    ClaimChecker,
    Verdict,
    date_words,
    event_names,
    named_years,
    references,
    without_references,
)

SUGGESTIONS = 3
CLARIFY_FLOOR = 0.4
"""Below the answer threshold but at least this: "Did you mean…?" with the nearest questions."""
KEEP_OWN_READING = 0.62
CORE_EXACT = 0.95
CORE_EXACT_LEAD = 0.1
"""A question after a lead-in that reads this well alone, and this much better than the whole, is the question."""
"""A follow-up that matches this well on its own words is a new question: context is not consulted."""
CONTEXT_MARGIN = 0.08
"""How much lower a reading near the last answer may score and still be preferred."""
_AFTER = re.compile(
    r"\b(?:after|since|once|после|с тех пор как|с момента|keyin|so'ng|buyon|beri)\b|(?<=\w)dan\b|\bpost-(?=sign)"
)
_PART_OF = re.compile(
    r"\b(?:of|из)\s+(?:the\s+|these\s+|those\s+|этих\s+|тех\s+)?(\d+)\b|\b(\d+)\s*(?:ta\s+)?\w*(?:dan|ning)\s+nechta"
)
"""A count a "how many" question asks a part of: "how many of the 50", "сколько из 50", "50 tadan nechtasi"."""
_SIGNING_SIDE = re.compile(
    r"\b(after|before|после|до)\s+(?:the\s+)?(?:january\s+|январск\w+\s+)?(?:deal|signing|agreement|documents|"
    r"подписани\w*|соглашени\w*|сделк\w*)\b|\b(?:imzolash\w*|kelishuv\w*)(?:dan)?\s+(keyin|so'ng|oldin)\b"
)
"""A claim of order against the signing: "after the January deal", "до подписания", "imzolashdan oldin"."""
_SAID_THERE = re.compile(r"\b(?:there|там|u yerda|o'sha yerda|shu yerda|у ерда|ўша ерда|шу ерда)\b")
"""Where the last answer's occasion was: "what did he say there?", "что он там сказал?"."""
_ARTICLE_ABOUT = re.compile(
    r"\b(?:стат\w+|материал\w*|article|piece|story|maqola\w*|мақола\w*)\s+(?:про|о|об|about|on|haqida|ҳақида)\s+\S+"
)
"""The article a question names by whom it is about, which names no subject of the question."""
_ONLY_HAPPENED = re.compile(r"happen\w*|occur\w*|произош\w*|случил\w*|было|bo'l(?:gan|di)\w*|бўл(?:ган|ди)\w*|edi|эди")
"""A verb that only says something happened or was: "what happened the day before?"."""
_ABOUT_IT = re.compile(
    r"\babout (?:this|that|it)\b|\bоб? (?:этом|том)\b|\bпо этому поводу\b|"
    r"\b(?:bu|shu|u) haqda\b|\b(?:бу|шу|у) ҳақда\b|\bбу ҳақида\b"
)
"""Words on the thing just answered: "what did he say about this?", "что он об этом сказал?"."""
_REPLIED = re.compile(r"\b(?:ответил\w*|replied|responded|javob (?:berdi|bergan)|жавоб (?:берди|берган))")
"""A reply is given on the occasion of what it replies to: "а Белоусов ему что ответил?"."""
_THE_OCCASION = re.compile(r"\bthe (meeting|talks|visit|parade|exercise|drills?)\b")
_THAT_OCCASION = re.compile(
    r"\b(?:that|this|the same) (?:meeting|visit|trip|ceremony|signing|parade|exercise|drills?|talks|plan|summit)\b|"
    r"\b(?:в )?(?:том|этом) плане\b|\b(?:o'sha|shu|bu|u) rej\w*|\b(?:ўша|шу|бу|у) реж\w*|"
    r"\b(?:на|во время|в ходе|после) (?:той|этой) (?:встреч|визит|церемони|подписани|переговор|учени)\w*|"
    r"\b(?:на |в )?(?:том|этом) саммите\b|"
    r"\b(?:тот|этот) (?:визит|парад)\b|\b(?:в |на )?(?:том|этом) (?:визите|параде)\b|\bo'sha (?:uchrashuv|tashrif|marosim|parad|mashg'ulot|mashq|sammit)\w*|"
    r"\bўша (?:учрашув|ташриф|маросим|парад|машғулот|машқ|саммит)\w*"
)
"""A pointer back at the occasion of the last answer."""
_IS_IT_TRUE = re.compile(
    r"^(?:so |and |but )?(?:is it (?:right|true|correct|the case)|was it (?:true|the case)) that\b"
)
""""Is it right that Russia agreed…?": a lead-in to a claim, whose "it" points at nothing."""
_ALSO_AGAIN = re.compile(
    r"\b(?:as well|too|also|another|one like that|such|тоже|также|такой|такая|такое|ham|shunday)\b"
)
""""With Russia as well?": the same thing asked of another partner."""
_NEWER = re.compile(
    r"\b(?:the new one|the newer one|the current one|новая|новую|новой|нынешн\w*|yangisi|yangisini|янгиси)\b"
)
""""And the new one?": the later of two things of a kind, after the earlier one was answered."""
_OLDER = re.compile(
    r"\b(?:the (?:old|older|previous|earlier|former) one|предыдущ\w*|прежн\w*|oldingisi\w*|avvalgisi\w*|олдингиси\w*|"
    r"аввалгиси\w*)\b"
)
"""…and "the previous one?": the earlier of the two, after the later one was answered."""
_ONE_BEFORE_IT = re.compile(
    r"\bthe one (?:before|prior to) (?:it|that(?: one)?|this(?: one)?)\b|\bдо (?:неё|нее|этой|той)\b(?!,? что)"
)
""""The one before that one, what period did it cover?", "а до неё какая была?": a pointer at the earlier
one of the last answer's kind so plain that the rest of the message asks about it, whatever it reads of."""
_BEFORE_SPAN = re.compile(r"\b(?:before|prior to|preceding|до|перед)\s+(?:the\s+)?(\d{4})\s*[-–—]\s*(\d{4})\b")
""""The programme before the 2026–2030 one, what years did it cover?": the earlier one of a thing named by
its years, which the years alone would read as the named one."""
_RELIABILITY = re.compile(
    r"\b(?:reliable|trustworthy|credible|accurate|verified|confirmed|надежн\w*|надёжн\w*|достоверн\w*|подтвержд\w*|"
    r"правдив\w*|ishonchli\w*|tasdiqlan\w*|ишончли\w*|тасдиқлан\w*)"
)
""""Is this information reliable?": a question about the reports, not about what they report."""
_TRUST = re.compile(
    r"\b(?:reliab\w*|trust\w*|credib\w*|sure|certain\w*|надеж\w*|надёж\w*|достоверн\w*|верить|доверя\w*|"
    r"ishonchli\w*|ишончли\w*|ishon(?:sa|ish|ib)\w*|ишон(?:са|иш|иб)\w*)"
)
_REPORTS_ASKED = re.compile(
    r"^(?:reports?|sources?|information|info|news|насколько|можно|сообщени\w*|источник\w*|информаци\w*|данн\w*|сведени\w*|"
    r"qanchalik|haqdagi|ma'lumot\w*|manba\w*|xabar\w*|қанчалик|ҳақидаги|маълумот\w*|манба\w*|хабар\w*|"
    r"инфа|инфо|сообщ\w*|reported|this|that|it|это\w*|эта|bu|бу|o'zi|ўзи|bo'la\w*|бўла\w*|mumkin\w*|мумкин\w*|"
    # (the figure the last answer gave, "how reliable is that number?", and a "solid source")
    r"numbers?|figures?|цифр\w*|raqam\w*|рақам\w*|solid)$"
)
"""The words of "how reliable is that report?", "насколько этим сообщениям можно верить?": the trust in the
last answer's reports, which that answer's sources and caveats give."""
_ONLY_YEAR = re.compile(
    r"(?:(?:and|а|и|va)\s+)?(?:(?:in|в|во)\s+)?((?:19|20)\d\d)(?:-?(?:м|й|году|yilda|yil|da))?(?:-chi)?"
)
""""And in 2026?", "а в 2026-м?": a year alone, asked after an answer."""
_WITH_SOMEONE = re.compile(r"\b(?:with|alongside|(?:вместе )?со?)\s+([\w'-]+)|\b([\w'-]+)\s+bilan\b")
"""Someone the subject acted with ("signed with Belousov", "с Белоусовым", "Belousov bilan")."""
_ITS_NAME = re.compile(
    r"^(?:(?:and|а|и|ну|xo'sh)\s+)?(?:what(?:'s| is| was) (?:its|the|their) name|its name|the name|name|"
    r"как (?:он[оаи]? )?называ\w+|(?:а )?название|nomi(?: nima| qanday)?(?: edi| ekan)?|номи(?: нима| қандай)?(?: эди| экан)?)"
    r"\s*\??$"
)
""""Nomi nima edi?", "what was its name?": the name of the occasion just answered."""
_DONE = re.compile(
    r"\b(?:(?:got|were|was|been|actually) (?:done|held|carried out|completed|implemented)|took place|(?:actually|really) happen(?:ed)?|"
    r"провел\w*|проведен\w*|проведён\w*|состоял\w*|выполнен\w*|реализован\w*|"
    r"o'tkazil(?:di|gan)\w*|o'tkazdi\w*|bo'lib o'tdi\w*|bajaril(?:di|gan)\w*|амалга оширил\w*|ўтказил(?:ди|ган)\w*)"
)
"""Done, not planned: "how many of them were actually held?"."""
_TROOPS = re.compile(
    r"\b(?:soldiers?|troops|personnel|servicem[ae]n|солдат\w*|военнослужащ\w*|бойц\w*|человек|askar\w*|harbiylar\w*"
    r"|harbiy xizmatchi\w*|военн(?:ых|ые|ым)\b(?!\s+\w*(?:баз|учени|объект|программ|план|ведомств|сотрудничеств)))"
)
"""Words for troops as people counted (not "военного плана", "harbiy hamkorlik": military as an adjective)."""
_ONE_SIDE_COUNT = re.compile(
    r"\b(?:uzbek|russian|узбекск\w*|российск\w*|русск\w*|наших|o'zbek|rus|rossiya)\s+(?:soldiers?|troops|personnel"
    r"|servicem[ae]n|военн\w*|солдат\w*|военнослужащ\w*|askar\w*|harbiylar\w*)"
    r"|\b(?:from|on) (?:the |each )?(?:uzbek|russian|other|their|our) sides?\b|\beach side\b|\bboth sides\b"
    r"|\buzbekistan (?:itself|alone)\b|\bс (?:узбекской|российской|каждой|нашей|их) стороны\b"
    r"|\b(?:o'zbek|rossiya|rus|bizning|har bir) tomon\w*"
)
"""A count of one side's troops ("how many Uzbek soldiers took part?", "o'zbek tomondan nechta askar?"): the
one troop figure the reports give (United24's 400) is of both sides together, so it answers none of these."""
_DETACHED_CASE = re.compile(r"(\w) (da|dan|ga|ni)-chi\b")
"""A case ending written apart before "-chi" ("КХШТ да-чи?"): joined back, it reads as "ҚХШТда-чи?" does."""
_SAME_DAY = re.compile(
    r"\b(?:on )?(?:that|the same|that same) day\b(?!\s+as\b)|\b(?:в )?(?:тот же|этот же|тот) день\b(?!,?\s+что)"
    r"|\b(?:o'sha|shu) kun(?:i|iyoq|ning o'zida)\b"
)
"""The day of the last answer, named in a yes/no follow-up ("the same day?", "в тот же день?", "o'sha kuni?")."""
_SIGNING_DAY = re.compile(
    r"\b(?:on )?(?:the )?same day as (?:the |when )?(?:\w+(?:'s)? ){0,2}sign\w*(?: (?:of )?(?:the )?(?:documents?|deal|agreement|plan))?"
    r"|\b(?:в )?(?:тот же|этот же|тот|один) день,? (?:что|как|когда) и (?:\w+ )?подписа\w*(?: документ\w*)?"
    r"|\b(?:в )?один день с (?:\w+ )?подписани\w*(?: документ\w*)?"
    r"|\b(?:hujjatlar )?imzolangan kun(?:i|ning o'zida|da)?\b|\b(?:ҳужжатлар )?имзоланган кун(?:и|нинг ўзида|да)?(?!\w)"
)
"""The day of the signing, named in a yes/no question as another occasion's ("was that the same day as the
signing?", "это было в тот же день, что и подписание?"): the signing's date, a claim the fact asked of checks."""
PRESIDENT, MIRZIYOYEV = "president", "mirziyoyev"
_TITLES = frozenset({PRESIDENT, "minister", "general", "colonel"})
RANK = "rank"
_RANK_NAMED = re.compile(r"\b(?:major|lieutenant|brigadier|colonel)[ -]general\b|\bcolonel\b", re.IGNORECASE)
"""A rank an answer gives an officer: a bare "and his rank?" after it asks for that one (the "General Staff"
he headed is none)."""
_ARRIVALS = frozenset({"arrive", "appoint"})
"""Events a fact must tell of to answer a question about them: an arrival is not the signing a day later."""
_BEFORE_SOMEONE = re.compile(
    r"\b(?:до|перед|после|before|prior to|after)\s+\w+|\b\w+(?:dan|дан) (?:oldin|avval|keyin|олдин|аввал|кейин)\b"
)
"""Someone a time is measured from ("до Белоусова", "Belousovdan oldin"), not the one asked about."""
_WHEN_CLAUSE = re.compile(r"\b\w+(?:ganida|ganda|ганида|ганда)\b")
"""An Uzbek clause of "when …" ("kelganida", "when he came"): the moment of the question, not its subject."""
_SIDE = frozenset({"side", "counterpart"})
_SIDES = _SIDE | {"russia", "uzbekistan"}
_THEN = re.compile(r"\b(?:then|back then|at that time|тогда|в тот момент|в то время|o'shanda|ўшанда|o'sha paytda)\b")
"""A time pointing back at the last answer's day."""
_WHO_AS_OBJECT = re.compile(r"\b(?:с кем|кого|whom|who did|kim bilan|ким билан|kimni|кимни|kimlar bilan)\b")
"""A who-question asking whom someone met or saw, not who did something."""
_WHO_WAS_REPLACED = re.compile(
    r"\b(?:who did \w+ (?:replace|succeed)|whom did \w+ (?:replace|succeed)|кого (?:\w+ )?(?:сменил|заменил)"
    r"|kimning o'rniga|кимнинг ўрнига|kimni almashtir|кимни алмаштир)"
)
"""A who-question asking whom someone replaced: the answer brings in a new man, whom "he" next means
("what job did he get after that?" is the predecessor's new post)."""
_WHO_REPLACED_HIM = re.compile(
    r"\bwho (?:replaced|succeeded|took over from|came after) [\w']+"
    r"|кто (?:\w+ )?(?:сменил|заменил|пришёл на смену|пришел на смену)(?: \w+)?"
)
"""A who-question asking who replaced someone, his successor: the other way round from the one above."""
_MINISTER_ASKED = re.compile(
    r"\bwho(?:'s| was| is| were)? (?:the |then |back then )*(?:russia(?:n|'s)?|uzbek(?:istan(?:'s)?|i)?) "
    r"(?:defen[cs]e minister|minister of defen[cs]e)\b"
    r"|\bwho(?:'s| was| is)? (?:the )?minister of defen[cs]e (?:of|for) (?:russia|uzbekistan)\b"
    r"|\bкто (?:тогда |был |являлся |же )*(?:министр\w* обороны (?:росси\w*|рф|узбекистан\w*|руз)"
    r"|(?:российск|узбекск)\w* министр\w* обороны)"
    r"|\b(?:rossiya|o'?zbekiston)(?:ning)? mudofaa vaziri (?:kim|кim)|\bkim (?:edi )?(?:rossiya|o'?zbekiston) mudofaa vaziri"
    r"|\b(?:россия|ўзбекистон)(?:нинг)? мудофаа вазири ким|\bким (?:эди )?(?:россия|ўзбекистон) мудофаа вазири"
)
"""A question who held a side's defence ministry ("кто был министром обороны Узбекистана, когда…"): the
rest of it, if any, can only set the moment."""
_NOT_THAT_MOMENT = re.compile(
    r"\b(?:current\w*|first|last|new|next|later|future|acting|former|ex|today\W?s?|nowadays|befor\w*|after|до|перед|после"
    r"|oldin|keyin|avval|ilgari|олдин|кейин|аввал|илгари|текущ\w*|нынешн\w*"
    r"|перв\w*|последн\w*|следующ\w*|нов\w*|бывш\w*|сегодня|amaldagi|hozirgi|birinchi|keyingi|yangi|sobiq"
    r"|ҳозирги|биринчи|кейинги|янги|собиқ|those|these|that|тех|тот|этих|ўша|o'sha|u paytda|у пайтда)\b"
)
"""Words that ask of another holder than the one at the signing."""
_SIGNING_MOMENT = frozenset({"when", "arrive", "visit"})
"""Beside the summary's own words, those of the moment of the signing visit ("when Belousov came")."""
UZBEKISTAN = "uzbekistan"
_COUNTRIES = frozenset({"russia", UZBEKISTAN, "turkey", "china"})


def _is_country(term: str) -> bool:
    return term in _COUNTRIES or term.startswith("#foreign/")


"""A follow-up made of nothing but a side ("and the Uzbek side?") asks the last question again for it."""
_THAT_TIME = re.compile(
    r"\b(?:at |on )?(?:that|this|the same|that same) (?:time|day)\b|\b(?:в )?(?:тот же|этот же) день\b"
    r"|\b(?:o'sha|shu) kun(?:i|ning o'zida)\b|\b(?:o'sha|shu) (?:paytda|vaqtda)\b|\bв то время\b|\bв тот день\b|\bна (?:тот|этот|данный) момент\b"
    # "u yerga" is "there", a place, not "he"
    r"|\bu (?=yer)"
)
_SIGNING_NAMED = re.compile(r"\bsign|подпис|\bimzol")
"""The signing named: "and what weekday was the signing?" asks the signing's day, whatever was asked last."""
_THE_SIGNING = re.compile(r"\bsign|подпис|\bimzo|\bимзо")
"""The signing named, as an occasion or a verb ("and the signing?", "а подписали когда?", "imzo-chi?")."""
_THAT_YEAR = re.compile(
    r"\b(?:in )?(?:that|the same|that same) year\b|(?<=\bend of )the year\b|(?<=\bк концу )года\b|(?<=\bдо конца )года\b|"
    r"(?<![0-9] )\byil(?= oxir)|\bв (?:тот|том же|тот же) год\b|\bв том году\b|"
    r"\b(?:o'sha|shu) yil(?:i|da)\b|\b(?:ўша|шу) йил(?:и|да)\b"
)
"""The year of the last answer."""
_DAY_BEFORE = re.compile(
    r"\b(?:on )?the (?:day|evening) before(?= *[?.!,:—–-]| *$)|\b(?:on )?the previous day\b|\bнакануне\b(?!\s+(?:\d|подписани|визит|парад|встреч|учени|дн|праздник|саммит|заседани|переговор|приезд|прил[её]т|этого|того|него|нее|неё|и\b))|"
    r"\bза день до этого\b|\bbir kun oldin(?:mi|-?chi)?(?= *[?.!,]| *$)|\bбир кун олдин(?:ми|-?чи)?(?= *[?.!,]| *$)|"
    # "undan bir kun oldin …": a day before that, wherever it stands
    r"\b(?:undan|shundan|bundan|ундан|шундан|бундан) bir kun oldin\b|\b(?:ундан|шундан|бундан) бир кун олдин\b|"
    # "uning oldingi kuni nima bo'lgan edi?": the day before it
    r"\b(?:uning |undan )?oldingi kun(?:i|ida)?\b|\b(?:унинг |ундан )?олдинги кун(?:и|ида)?\b|"
    r"^\W*(?:bir kun oldin|бир кун олдин)\b"
)
_DAY_AFTER = re.compile(
    r"\b(?:on )?the (?:day|morning) after(?= *[?.!]| *$)|\b(?:on )?the next day\b|\bна следующий день\b(?! *после)|"
    r"\bна другой день\b|\bertasi(?:ga| kuni)?\b|\bэртаси(?:га| куни)?\b|\bkeyingi kuni?\b|\bкейинги куни?\b|"
    r"\b(?:on )?the following day\b"
)
"""A day counted from the last answer's day."""
_FROM_NAMED = re.compile(r"\b(?!(?:un|shun|bun|ун|шун|бун)(?:dan|дан)\b)[\w']{3,}(?:dan|дан|ning|нинг) $")
"""The day counted from something named ("paradidan keyingi kun", "paradning ertasiga"), not from "that"."""
_NAMED_BEFORE_NEXT = re.compile(r"\b(?!(?:u|bu|shu|у|бу|шу)(?:ni|ни)\b)[\w']{3,}(?:i|и) $")
"""In Uzbek, the next day of something named in the possessive ("G'alaba paradi ertasiga")."""
_BACK_THEN = re.compile(
    r"\b(?<!by )(?:back )?then(?= *[?.!,]| *$)|\bat (?:that|the) time\b|\bтогда\b|\bв то время\b|\bна тот момент\b|"
    r"\bo'shanda\b|\b(?:o'sha|u) (?:paytda|vaqtda)\b|\bўшанда\b|\b(?:ўша|у) (?:пайтда|вақтда)\b"
)
"""In a yes/no follow-up, the month of the last answer ("он тогда уже был генерал-лейтенантом?"); "by then"
asks whether something had happened before it, which that month alone would deny."""
_BY_THEN = re.compile(r"\bby then(?= *[?.!,]| *$)")
_PERFECT = re.compile(r"\b(?:had|has|have|been)\b")


def _back_then(text: str) -> re.Match[str] | None:
    """ "Then" of a yes/no follow-up; "by then" too where it asks of a state ("was he already a lieutenant
    general by then?"), not whether something had happened ("had he been appointed by then?")."""
    return _BACK_THEN.search(text) or (None if _PERFECT.search(text) else _BY_THEN.search(text))


_NEXT = re.compile(
    # ("the follow-up meeting" is a meeting, not a question about what followed)
    r"\b(?:follow-?ups?(?!\s+(?:meeting|visit|talks|session|trip|call)s?\b)|what came (?:next|after)|what next|what followed|(?:что|чё|че|чо|шо) (?:дальше|потом|последовало)|"
    r"keyin nima)\b|"
    r"\b(?:do|did|does|happen\w*) anything\b|\banything else\b|\bчто-(?:нибудь|то)(?: ещё| еще)?\b|"
    r"\b(?:yana|boshqa) (?:nima|biror)|"
    # "what was the next concrete step taken on it?", "следующий шаг", "keyingi qadam"
    r"\bnext (?:concrete |practical |real )?steps?\b|\bследующ\w* (?:конкретн\w* )?шаг\w*|\bkeyingi (?:amaliy )?qadam"
)
"""Words asking what came next, beside those of ``_WHAT_HAPPENED``."""
_WHAT_HAPPENED = re.compile(
    # ("what new weapons did they sell?" asks which weapons, not for news)
    r"\b(?:what(?:'s| has| have)? (?:happened|been happening|was new|is new|new(?!\s+(?!since|after|in|on|with|for|about|from|between|at)[a-z]))|any news|anything new|"
    r"anything(?: at all)? (?:on|about)|"
    r"(?:что|чё|че|чо|шо)(?: по теме| вообще)? (?:ещё |еще |уже )?(?:было|произошло|нового|новое|случилось)|какие новости|"
    r"nima(?:lar)? (?:bo'ldi|yangilik)|"
    r"qanday yangilik|yangilik bormi|"
    r"(?:latest|recent) (?:news|developments|changes|shifts|moves|updates)|what(?:'s| has) changed|"
    r"что (?:изменилось|поменялось)|последние (?:новости|события|изменения)|nima o'zgardi|so'nggi (?:yangilik|o'zgarish)|"
    # what was done or reported under it: "what, if anything, has been reported on it since…", "implementation
    # so far", "о мероприятиях, реализованных после подписания"
    r"what(?:, if anything,)? (?:has|have|had|was|were) been (?:done|reported|achieved|implemented)|what was done|"
    r"implementation so far|implemented so far|мероприяти\w* реализованн\w*|что (?:уже )?(?:сделано|сделали))"
)
"""A question that asks for any news of a time, not for one event."""
_SPAN_ENDS = frozenset({"start", "end"})
"""The lexicon's words for the ends of a span of days."""
_EARLIER_TERMS = frozenset({"before"})
"""The lexicon's words for an earlier time: alone in a yes/no follow-up, they ask it of the last answer."""
ABSENT_PERSON = "absent-person"
_CONFIRMATION_ASKED = re.compile(r"confirm|verif|official|подтвер|официальн|провер|tasdiq|тасдиқ|rasm|расм")
"""Words that ask whether something was confirmed, which an answer that says nobody did answers."""
_FIGHTER_NAMED = re.compile(
    r"\bj-?10|(?:chin|китай|xitoy|хитой)\w*\s+(?:\w+\s+)?(?:fighter|jet|истребит|самол|qiruvchi|қирувчи|samolyot)"
)
# "Got" asks after the jets' arrival only where they are named ("what had Uzbekistan got before?" does not).
_GOT = frozenset({"got", "gotten", "get", "gets"})
# The one claim of the fighters' delivery, the unverified blog's: asking whether *it* is confirmed asks after it.
_BLOG_DAY = re.compile(r"\b3\s*(?:-|rd\s+)?(?:july|июл|iyul)|july\s+3(?:rd)?\b")
"""The Chinese fighter type the delivery claim names, which a question may name without saying China."""
_TRUST_ASKED = re.compile(r"trust|reliab|solid|достовер|надежн|довер|ishonch|ишонч")
"""Words that ask how far a claim can be trusted, which the summary of who reported it answers."""
_BEING_THERE = frozenset({"visit", "arrive", "attend"})
"""What being at an occasion is called: "did he go there too?" asks nothing more of him."""
_WHAT_KIND = re.compile(r"\b(?:qanaqa|qanday)\s+(?!qilib\b|bo'l|o't|tarzda\b)[a-z']{3,}")
"""Uzbek "qanaqa"/"qanday" before a noun asks what kind of thing, not how."""
_QUOTED = re.compile(r"(?:(?<![\w])'([^'?]{6,80})'(?![\w])|\"([^\"?]{6,80})\"|«([^»?]{6,80})»|“([^”?]{6,80})”)")
"""A name the writer quotes ("a '2017 defence cooperation treaty'", «договор 2017 года»)."""
_WEEKDAY_ASKED = re.compile(r"\bday of (?:the )?week\b|\bweekday\b|день недели|hafta(?:ning)? qaysi kuni")
"""A weekday asked for ("what day of the week was it?", "какой это был день недели?")."""
_TRUE_TAIL = re.compile(
    r"\b(?:это|ведь) (?:правда|так|верно)\s*$|"
    r"\b(?:shu|bu) (?:to'g'rimi|rostmi)\s*$|\b(?:шу|бу) (?:тўғрими|ростми)\s*$"
)
"""A closing "это правда?", "shu to'g'rimi?": it asks whether the claim holds, and points at nothing."""
_WHICH_NOUN = re.compile(r"\b(?:which|what|qaysi|қайси|какие|каких|какой|какая|какое|каком|какую)\s+[\w'-]+")
"""A "which" and the noun it asks for: "qaysi sohalarda", "in which areas", "в каких областях"."""
_HEDGES = word_set("вроде типа походу кажется видимо наверное мол apparently reportedly supposedly shekilli chamasi")
"""Words that hedge a claim ("наблюдателем вроде в 2020 стал?"): no subject of their own."""
_IF_SO = re.compile(
    r"(?:and |but )?(?:if so|if yes|if it (?:has|was|did)|if they (?:have|did)|если да|если так|если было|"
    r"agar shunday bo'lsa|agar ha bo'lsa|agar bo'lgan bo'lsa)\b"
)
"""A question asked only if the one before it holds: "…adopted already? If so, on what date?"."""
_A_WEEK = dt.timedelta(days=7)
_A_YEAR = dt.timedelta(days=365)
_TIME_DIMS = frozenset({"month", "year", "day", "weekday"})
"""What a claim of when something happened names."""
_WEEKDAY_NAMED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
"""A weekday an English answer names: the other languages' answers say the same day."""
_FINER_PLACE = re.compile(
    r"\bwhere (?:exactly |precisely )?in (?:the city|the capital|town|tashkent)\b|\bwhere in the city\b|"
    r"где (?:именно |конкретно )?в (?:городе|столице|ташкенте)|shaharning qayerida|toshkentning qayerida"
)
"""A place within the city asked for: the city itself is no answer."""
_ELSE = word_set("else еще ещё yana")
"""Who else: asked after an occasion, of the others at it."""
_BEING_AT = re.compile(r"(?:qatnash|участв|attend|ishtirok|был|bor|present|take part|took part)")
"""Being at an occasion: "who else was there / took part?" asks nothing more of anyone."""
_GOING = frozenset({"visit", "arrive", "attend"})
"""Going to an occasion: asked with "too" of someone, whether they were at the last answer's occasion."""
_COUNTRY = "country"
_CAME = word_set("took part attended participated present there came")
"""Words of "which countries came / took part?": who was at an occasion, asked in countries."""
# "на какие годы программу подписали?", "for which years…": a span of years is asked
_YEARS_ASKED = re.compile(r"\b(?:на какие годы|for (?:which|what) years|qaysi yillar(?:ga| uchun))\b")
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\b")
_WHO_REPORTED = re.compile(
    r"\b(?:who|кто|kim|ким)\s+(?:(?:first|первым|об этом|about (?:it|this|that)|bu haqda|бу ҳақда)\s+)?(?:reported|wrote|said so|says so|сообщ\w*|писал\w*|написал\w*|"
    r"xabar\s+(?:qil|ber)\w*|yozgan\w*|ёзган\w*|хабар\s+(?:қил|бер)\w*)|"
    # "кто их источник?", "who's the source?": the reports' sources, named in every answer
    r"\b(?:кто|who(?:'s| is| are)?)\s+(?:(?:их|его|её|the|their|its)\s+)?(?:источник\w*|sources?)\b"
)
""""Кто сообщал?", "who reported it?": the sources of the last answer, which every answer names, not a person
the fact must be about."""
STATIONED = "stationed"
_TAKING_PART = word_set(
    "involved used bor bormi bormidi ishtirok ishlatilgan применялись участвовали задействованы задействован задействовали"
    " использовались использовали jalb qilinganmi qilingan qilinganmidi qatnashganmi qatnashgan"
)
"""Being part of an occasion: "any helos involved?", "vertolyot ham bormidi?" ask only whether the thing was."""
_BEING_PART = ("involved", "took part", "take part", "participat", "ishtirok", "qatnash", "участв", "қатнаш")
"""Taking part in an occasion, in any form: "qanaqa bo'linmalar qatnashgan?" asks only which units were."""
_ALSO = word_set("ham too also as well himself тоже также сам лично o'zi")
_MONTH_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|"
    r"yan|fev|iyun|iyul|avg|sen|okt|noy|dek)[^\W\d_]*"
)
"""A month named in any of the languages, as the writer's own date gives it ("Dec 2026", "декабрь 2026")."""
_TODAY_IS = re.compile(
    r"\b(?:as of (?:today|now)|today|now|it's|it is|сейчас|сегодня|на сегодня|на дворе|hozir|bugun)\b[\s(,:-]*"
    r"(?:(?:the )?(?:end|beginning|start) of )?(?:(?:late|early|mid|конец|начало|oxiri|boshi)\s+)?(?:"
    + _MONTH_WORD
    + r"\.?\s+)?(?:of\s+)?"
    r"20\d\d\b(?!\s*[-–—]\s*\d)"
    r"(?:\s*(?:yil|год|года|г\.)?\s*(?:oxiri|boshi|"
    + _MONTH_WORD  # "hozir 2026 yil dekabr": the Uzbek order, year then month
    + r")?)?\)?"
)
"""The writer's own date ("as of today (Dec 2026)", "hozir 2026 yil oxiri"): no time the question asks about."""
_LATELY = re.compile(
    r"\b(?:lately|recently|in recent (?:weeks|months)|в последн(?:ее время|ие (?:недели|месяцы))|недавно|"
    r"so'nggi (?:paytlarda|haftalarda|oylarda)|yaqinda)\b"
)
"""Recency without a time named: "any news lately?" asks for the newest report there is; "this
autumn" or "November 2026" names a time after it, and is declined with how far the sources reach."""
_TIMELINE = re.compile(r"\btime ?lines?\b|\bchronolog|\bхронолог|\bxronolog|\bтаймлайн|\bхронологи")
"""A request for the timeline, whatever else it names ("a timeline of contacts after the signing")."""
_LOCATED = frozenset({"stationed"})
# the occasions a yes/no question can name, as against words that only say something happened ("held")
_OCCASION_EVENTS = frozenset({"sign", "meeting", "member", "appoint", "visit", "arrive"})
"""The lexicon's word for where a thing stands ("joylashgan", "located"), which names no subject."""
_TOOK_PLACE = re.compile(
    r"проход\w*|прош[ле]\w*|состоял\w*|провод\w*|held|hold|happen\w*|o'tkaz\w*|o'tgan|o'tdi|start|end|"
    # "когда они шли?" after the exercise: it went on, as it took place
    r"шл[иао]|ш[её]л|ид[её]т|идут|went|ran|run"
)
"""A verb of taking place, starting or ending, which names no subject: "где проходили?", "qachon boshlangan?"
ask it of the last answer."""
_HEADCOUNT = word_set("человек людей people persons kishi киши")
"""Words counting people, not only soldiers: "сколько человек…?", "how many people…?"."""
_TOOK_PART = re.compile(r"\b(?:участвова\w*|took part|take part|taking part|participat\w*|qatnash\w*|ishtirok\w*)")
"""Taking part in an occasion, which makes the people counted its participants."""
_HISTORY = re.compile(
    r"\b(?:history|historical|before (?:this|the|that)|prior to|earlier (?:treaties|agreements|deals|documents)|"
    r"истори\w*|предыстори\w*|до (?:этого|этой|этих) (?:соглашени|договор|сделк|документ|подписани)\w*|"
    r"tarix\w*|(?:bundan|undan) (?:oldin|avval|ilgari))"
)
"""An overview of what came before the deal ("a short history of Russian–Uzbek military ties", "how did
ties look before this deal?") is the dated events from 2016, not the summary of the signing."""
_OUTCOME = re.compile(
    r"\b(?:agree\w*|договорил\w*|договор[её]нност\w*|kelishib olish\w*|kelishdi\w*|kelishuvga|келишди\w*)\b|"
    r"\b(?:at|during) (?:the|their|that) (?:meeting|talks)\b|\b(?:на|во время) (?:встрече|переговорах)\b|"
    r"\buchrashuvda\b|\bучрашувда\b|\bcame out of\b|\boutcomes?\b|\bresults? of\b|\bитог\w*|\bрезультат\w*|"
    r"\bnatija\w*|\bнатижа\w*"
)
"""What was agreed at one meeting: a question about an event, which news in general does not answer."""
ELLIPSIS_MARGIN = 0.12
"""…and a two-word follow-up read with the last answer's topic, when it finds that answer again."""
SPECIFIC_OVERVIEW = 0.8
"""A request for an overview gets the summary unless it matches one fact this well ("summary of the agenda")."""
SPECIFIC_OVERVIEW_LEAD = 0.25
"""Or leads the summary by this much: "what's the story with the Chinese jets?" asks about the jets…"""
SPECIFIC_OVERVIEW_FLOOR = 0.7
"""…and matches it well ("what's the gist of the agenda?")…"""
OVERVIEW_TIE = 0.01
"""…and not about as well as two others: words many facts share are the topic as a whole."""
COMPLETE_QUESTION = 3
OWN_READING_UNSAID = 0.75
"""Under this score, a reading whose answer uses none of the question's words is no reading of it."""
"""A question with this many words of its own (question words aside) and no pronoun is read alone."""
YESNO_MARGIN = 0.15
"""How much lower a fact may score and still be preferred for a yes/no question it can check."""
YESNO_FAR_MARGIN = 0.25
"""…and how much lower when the best one can check nothing the question claims."""
TIE = 0.02
"""Scores this close are a tie: the question's own words cannot tell the two facts apart."""
WEAK_READING = 0.7
"""A reading below this is kept as complete only when nothing near it reads the question as well."""
NEAR_LAST = 0.05
"""How far below a weak reading the last answer may score and still be the one meant, when it tells what is
asked in words it uses."""
LATEST_MARGIN = 0.05
"""How close facts must read for "latest" to choose the newest of them."""
LATEST = "latest"
_COMMON_TOPIC_TERMS = frozenset(
    {
        "defence",
        "military",
        "uzbekistan",
        "russia",
        "policy",
        "cooperation",
        "relation",
        "topic",
        "тема",
        "теме",
        "mavzu",
    }
)
"""Words that name the whole subject, not one topic of it: the latest on them is the reports' reach."""
_NEWS_WORDS = frozenset(
    {
        LATEST,
        "news",
        "новости",
        "yangilik",
        "yangiliklar",
        "xabar",
        "xabarlar",
        "doing",
        "eng",
        "самые",
        "самое",
        "most",
        "yangi",
        "new",
    }
)
"""Words of asking for news, beside the one person it is asked of."""
UNSAID_MARGIN = 0.1
"""How much lower a fact that answers may score and still win over one that says the sources do not tell."""
WH_MARGIN = 0.08
LEAD_MARGIN = 0.1
"""How far under the answer threshold a lead-in may read when the question after it only asks its detail."""
WH_RARE, WH_MAIN, WH_MAIN_MARGIN = 0.1, 0.3, 0.15
WH_FAR = 0.25
"""How far below the best fact one that answers the question's kind may be and still take it."""
STATED_TOPIC = 0.45
"""How well a statement before a question must read of a fact to be the topic the question asks about."""
STATEMENT_WORDS = 6
"""A statement that long says what a vague question after it is about."""
_DASH_TAIL = re.compile(r"\s+[—–-]{1,2}\s+")
_ALTERNATIVE = re.compile(r"\b(?:or|или|либо|yoki|ёки)\b")
_ALSO_END = re.compile(r"\b(?:тоже|также|too|as well|also|ham)\s*[?!.]*\s*$")
_WITH_PARTNER = re.compile(r"\b(?:с|со|with)\s+(?:the\s+)?(?!\w+\s+(?:сторон|side))\w+|\b\w+\s+(?:bilan|билан)\b")
"""A partner named with "with": the other side, not the one a question asks about."""
_IT_WAS = re.compile(
    r"\W*(?:(?:а|и|но|and|so|but|wait)\W+)?(?:это|оно|то|it|that|this)\s+(?:было|был|была|was|happened)\b"
    # Uzbek puts the verb last: "bu 9-may kuni bo'lganmi?"
    r"|\W*(?:bu|shu|бу|шу)\s+[^?]{0,40}?\b(?:bo'lgan|bolgan|bo'ldi|boldi|бўлган|бўлди)\w*\W*$"
)
"""The last occasion as the subject of a claim about it: "это было…?", "it was…?"."""
_IT = word_set("it its them её ее его их uni uning ularni ularning")
"""Pronouns that stand for a thing (a document, a meeting) the writer may have just named."""
_WHO_ELSE = re.compile(
    r"\b(?:кроме|помимо|besides|apart from|other than|except)\b|\bwho else\b|\bс кем ещ[её]\b|"
    r"\b(?:dan|дан) (?:tashqari|ташқари)\b|\byana kim bilan\b|\bkim bilan yana\b"
)
"""A fact asked a kind in under a tenth of its examples yields to one asked it in a third, reading up to
0.15 less."""
"""How far under the answer threshold a fact that answers the question's kind may be, when the best
fact does not answer that kind."""
NO_FACT_OF_KIND = "no fact answers this kind of question"
SPECIFIC_WH = {"who": "who", "when": "when", "howlong": "when", "where": "where", "howmany": "howmany", "hour": "hour"}
"""Question kinds precise enough to tell a fact that cannot answer them: "Who translated?" must not get
the fact that answers "Where did they meet?"."""
_DATING_CLAUSE = re.compile(
    r"когда\s+(?!это\b|то\b|же\b|именно\b)(?:[\w'-]+\s+){1,}?[а-яё]{3,}(?:ал|ял|ил|ел|ла|ли|лся|лась|лись)\b"
)
"""A Russian clause of time cut from the question it dates ("…, когда Белоусов подписывал документы")."""
_AGAIN_WHEN = re.compile(
    # (an English "again" that ends the question is "remind me": "when was it signed again?")
    r"\b(?:again(?!\W*$)|once more|next time|снова|опять|ещё раз|еще раз|повторно|yana(?!\s+(?:bir|bitta)\b)|qaytadan|takroran)\b"
)
"""When something happened again: another time than the one the base tells of."""
_VISIT = re.compile(
    r"\b(?:visit|come|travel|meet|keladimi|qaytadimi|uchrashadimi|boradimi|келадими|қайтадими|учрашадими|борадими"
    r"|приедет|приедут|поедет|поедут|прилетит|посетит|встретятся|встретится)\b"
)
"""A verb of coming or meeting: what a forecast of a visit asks about."""
_ALLIANCES = frozenset({"csto", "eaeu"})
"""The blocs with a fact of their own, named by the term the lexicon reads their names as."""
_SUBJECTS = frozenset({"csto", "eaeu", "bloc", "ukraine", "west", "china", "turkey", "base", "drone", "fighter"})
"""Subjects a forecast may be about that a fact settles only if it speaks of them."""
_ANOTHER_TIME = re.compile(
    r"\b(?:again|another|back|later|once more|снова|опять|ещё раз|еще раз|повторно|позже|yana|qaytadan|keyinroq)\b"
)
""""Did Belousov fly back to Tashkent for another round later in 2025?": not the January visit of that year."""
_MEASURED_FROM = frozenset({"after", "since", "following", "после", "с"})
_AT_THE_MOMENT = frozenset({"when", "когда", "as", "по"})
"""A reference that names the moment a question asks about ("…when he signed the deal", "as of the Jan 2025
deal")."""
_WHO_IS = re.compile(r"\b(?:who(?:'s|\s+is|\s+was)|кто так(?:ой|ая|ие)|кто это)\b")
"""Who someone is: the person asked about is the one the question names."""
_OF_HIS = re.compile(r"\s+(?:\w+\s+)?\w+'s\s+(?:\w+\s+)?(?:counterpart|partner|colleague|opposite number)\b")
"""…unless it names him as the one whose partner is asked for: "who was Belousov's Uzbek counterpart?"."""
_THEY = word_set("they them their они их им ular ularning")
_EVENT_TERMS = frozenset({"meeting", "exercise", "sign"})
_NEWS_TERMS = frozenset({"new", LATEST})
"""What a question on the reports' reach asks happened: a meeting, an exercise or a signing."""
_A_THING = word_set("it its оно она u у")
"""A pronoun that may stand for a thing ("did it last a month?", Uzbek "u" for "it" as well as "he")."""
_THEM_DONE = re.compile(
    r"^\W*(?:а |и |ну )?их\s+(?:\w+(?:ли|ло|ла|л))\b|\b(?:were|are) they (?:held|signed|done|carried out)\b"
)
"""The things just answered as the object of the verb: "их проводили…?", "were they held…?"."""
_THEM = word_set("ularni ularga ulardan ularda ularning uni unga undan unda")
"""Uzbek pronouns in their cases: words every answer may use, which tell no answer's subject."""
"""Pronouns that stand for a country or the two sides as often as for the last answer's subject."""
_WEEKDAY_DAY = frozenset({"kuni"})  # Uzbek "on the day of": "shanba kuni" is "on Saturday"
_EARLIER_OF_KIND = re.compile(
    r"\b(?:such|similar|of (?:this|that|the same) kind|like (?:this|that|it)|такая же|такой же|такое же|такие же|"
    r"подобн\w*|похож\w*|shunaqa|shunday|xuddi shunday)\b"
    r".*\b(?:before|earlier|previous(?:ly)?|prior|раньше|ранее|прежде|oldin|avval|ilgari)\b"
    r"|\b(?:before|earlier|previous(?:ly)?|prior|раньше|ранее|прежде|oldin|avval|ilgari)\b"
    r".*\b(?:such|similar|of (?:this|that|the same) kind|like (?:this|that|it)|такая же|такой же|такое же|такие же|"
    r"подобн\w*|похож\w*|shunaqa|shunday|xuddi shunday)\b"
)
"""An earlier one of the same kind ("oldin ham shunaqa dastur bo'lganmi?", "а до неё такая же программа была?"):
another occasion, which the message names on its own, not the last answer's."""
_TIME_SUBJECTS = frozenset({"after", "before", "since", "latest", "new"})
"""Words that place a list question in time; they name no item of it."""
_SIGNED_WORDS = frozenset({"sign", "agreement", "plan", "programme", "new", "what"})
"""What a question about what was signed uses: "what new document did they sign?"."""
_SIGNERS_WORDS = frozenset({"sign", "side", "russia", "uzbekistan", "agreement", "plan", "programme", "document"})
"""What a question about who signed uses: "who signed it for the Russian side?"."""
_THERE = word_set("there там туда yerda yerga")
"""Pointers back at the last answer's place only."""
_HAPPENED = ("o'tgan", "o'tdi", "o'tkaz", "bo'l")
"""Uzbek for "took place", "was held", "happened": what an occasion does, and no person."""
_PERSON_PRONOUNS = word_set("he him his он его ему него нем им ним u uning unga uni undan")
"""Pronouns that stand for a person. Everyone the sources name is a man, so "she/её" is a document
("где её подписывали?" — the programme)."""


_OBJECT_PRONOUNS = word_set("him его ему него нему uni unga")
"""Person pronouns that are no subject: the one the question names did something to him."""


def _signed_it(words: list[str]) -> bool:
    """Uzbek "u" and Russian "его" are "he" and "it" alike, but what is signed is a document: "uni
    Toshkentda imzolashganmi?" (did they sign it in Tashkent?), "u qayerda imzolangan?" (where was it
    signed?), "а с кем министр его подписывал?"."""
    if any(w in _PERSON_PRONOUNS for w in words if w not in ("u", "uni", "его")):
        return False
    signs = any(w.startswith(("imzola", "подпис")) for w in words)
    return (signs and ("uni" in words or "его" in words)) or (
        "u" in words and any(w.startswith("imzolan") for w in words)
    )


_US = re.compile(r"\bU\.?S\.?(?:A\.?)?(?![\w.])")
"""The United States written "US": folded, it would be the pronoun "us"."""
_PRONOUN_WORD = re.compile(r"[^\W\d_]+")
SAY = "say"
MANY_TIED = 3
"""How many facts must read a follow-up's words equally well for them to name none of them."""
FORMER = "former"
SOLDIER = "soldier"
"""The lexicon's term for "previous", "прежний", "oldingi": the earlier of two things."""
FORMER_MARGIN = 0.06
"""How much lower the earlier of two close facts may read and still be the one a "previous …" asks for."""
_EARLIER_ONE = frozenset({FORMER, "replace", "before", "до", "вместо", "oldin", "o'rniga", "avval"})
"""Words that ask of the one before: "the former minister", "who preceded him", "до Холмухамедова", "o'rniga"."""
"""The lexicon's word for saying: "what did he say about …?"."""
_WHEN_RELATIVE = frozenset({"after", "before"})
"""Words that place the words reported in time, not what they were about."""
_ABOUT = re.compile(r"\b(?:about|on|regarding|о|об|обо|про|насчет|haqida|to'g'risida|borasida)\b")
_CLAUSE_LEAD = 0.8
"""How far ahead of the next fact the one a "since…" clause names must be, when it matches poorly."""
_YEAR_WORDS = word_set("year году года год yil yilda yili йил йилда йили тема теме topic mavzu уже already allaqachon")
"""Words beside a year that ask nothing more of it ("что по теме было в 2025 году?")."""
_BROAD = word_set(
    "country russia uzbekistan tashkent relation cooperation agreement sign meeting defence military visit"
)
"""Words too broad to tell what someone's words were about ("about the two countries")."""
_FRAMING = word_set("say")
"""Words that frame what someone heard ("my customer says…") and name no subject of it."""
_NAGGING = re.compile(r"\bkeeps? (?:going on|talking|asking|banging on|harping on|bringing (?:it )?up|mentioning)\b")
"""Someone who "keeps going on about" a thing is a story's frame: the verb keeps no status."""
_OTHER_GUY = re.compile(r"\b(?:(other)|new) (?:guy|bloke|fellow|chap)\b")
""""The other guy", "the new bloke": a man set apart from the last answer's, who stays set apart when
"guy" and "bloke" are otherwise only noise (stopwords: "what job did that guy get after?")."""


def _set_apart(found: re.Match[str]) -> str:
    return "other man" if found.group(1) else "new one"


_NEW_SUBJECT = re.compile(
    r"(?:and|but|what about|how about|а|и|а как же|а что)\s+(?:the\s+|в\s+|во\s+|с\s+|про\s+)?([\w'-]+)"
    r"|([\w']+?)-?(?:chi|чи)\b"
)
"""A follow-up that opens with a new subject: "and the CSTO, …?", "а в ОДКБ …?", Uzbek "ЕОИИда-чи, …?"."""
_LOCATIVE = word_set("in at to в во")
TELLING_WEIGHT = 1.9
"""A term at least this rare (country, rank) names what it asks; "sign" or "agreement" names nothing."""
_BY_TIME = re.compile(
    r"(?:(?:and|а|и|ну а|va)\s+)?(?:by|к|ко|до|until|till)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?:(?:началу|концу|середине|осени|весне|лету|зиме|autumn|fall|spring|summer|winter|[а-я]+(?:ря|ля|ая|та|ня)|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"(?:of\s+)?(?:19|20)\d\d(?:\s*(?:года|г|году|-?yil\w*))?"
)
"""A follow-up of a later time alone: "а к осени 2025?", "and by the end of 2025?" asks the last question then."""
_PARTNER_ASKED = re.compile(r"\bwho(?:m)?\b(?:\s+[\w'-]+){1,8}?\s+with(?:\s+(?:in|at|on|during|when)\b[^?]*)?\s*\??$")
""""Who did Russia's defence minister sign with?": the partner of the minister named is asked for (not "с кем
он подписывал, фамилию узбекского министра не помню", where the side named is the one asked for)."""
_WITH_WHOM = re.compile(r"\b(?:с кем|with whom|who with|kim bilan|ким билан)\b")
"""Asks who the person in context did it with: the next "he" is that partner."""
_REPORTED = re.compile(
    r"\b(?:пишут|писали|сообщают|сообщали|утверждают|говорят|(?:they |it |the \w+ )?(?:writes?|wrote|says?|said|reports?|"
    r"reported|claims?|claimed)|yozishicha|yozgan|deyishadi|deyilgan|"
    # (where it is written, once "пишут, что" is set aside: "в западных статьях …")
    r"в (?:\w+ )?(?:статьях|статье|сми|прессе)|in (?:the )?(?:\w+ )?(?:articles?|media|press)|maqola(?:lar)?da)\b"
)
"""A lead-in that reports what others say ("в статьях пишут, что…"): their claim, not the question's."""
_SAME_REPORTS = re.compile(
    r"\b(?:по тем же|по тем самым|(?:according to|in) the same|o'sha)\s+(?:сообщени|данн|источник|report|source|"
    r"xabar|manba)\w*"
)
""""по тем же сообщениям", "according to the same reports": the reports the last answer cited."""
_THAT_DOCUMENT = re.compile(
    r"\b(?:(?:that|this|the same)\s+(?:document|paper|plan)|(?:этот|тот|этого|того|этом|том|этим|тем)\s+документ\w*|"
    r"(?:o'sha|shu|o'sha)\s+hujjat\w*|(?:ўша|шу)\s+ҳужжат\w*)"
)
""""In which city was that document signed?" after the May meeting: the document its answer tells of, not
the January documents a reading of signing alone finds."""
_IN_THEM = re.compile(r"(?<!\w)(?:в|на|о|об) них\b")
"""Russian "в них": the things the last answer named ("из них" counts among them; "у них" is the country's)."""
_THE_ONE = re.compile(
    r"\b(?:the|that|this)\s+(?:new|old|same|current|existing|present)?\s*one\b|"
    + _IN_THEM.pattern
    + "|"
    + _SAME_REPORTS.pattern
)
"""English "the new one", "that one", "the same reports", Russian "в них": a pronoun for the thing the last answer
named ("из них" counts among them, "у них" is the country's: not the last answer)."""
_PIVOT_CLAUSE = re.compile(
    r"\b(?:after|since|после|с момента)\s+(?:the\s+|their\s+|this\s+|that\s+|этого\s+|того\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:signing|подписания|papers|documents|документов|deal|agreement)\b(?:\s+(?:in\s+)?(?:of\s+)?\d{4}(?:\s+года)?)?"
    r"|\b(?:[\w'-]+\s+){0,2}?(?:imzolashdan|imzolanganidan|imzolangandan|имзолашдан|имзоланганидан)\s+(?:keyin|so'ng|кейин|сўнг)\b"
)
"""An "after the signing" clause: the day a question counts from."""
_POINTERS = word_set("after since before following после с до перед keyin so'ng beri oldin")
_OCCASIONS = word_set("tashkent sign meeting visit")
"""…of which these still tell an occasion the fact must speak of ("about the Tashkent signing")."""
COUNTERPART = "counterpart"
"""The lexicon's word for a colleague on the other side."""
SIGNATORIES_FACT = "who-signed"
_COUNTERPART_OF = re.compile(
    r"\b(?:his|her|their|его|её|ее|uning)\s+(?:(?:uzbek|russian|узбекск\w*|российск\w*|o'zbek\w*|rossiyalik)\s+)?"
    r"(?:counterpart|colleague|opposite number|коллег\w*|визави|hamkasb\w*)"
    # "а узбекский коллега его что сказал?": the possessive after
    r"|\b(?:uzbek|russian|узбекск\w*|российск\w*|o'zbek\w*|rossiyalik)\s+(?:counterpart|colleague|коллег\w*|визави|hamkasb\w*)"
    r"\s+(?:его|её|ее|his|her|uning)\b"
)
""""His counterpart", "его коллега", "uning hamkasbi": the other of the two the last answer is about."""
_ATTRIBUTES = frozenset({"rank"})
"""What a person has rather than what happened: asked of alone, "and his rank?", it asks for itself."""
ANOTHER_EDITION = "asks about another edition"
A_LATER_YEAR = "asks about a later year than the fact's"
_MONTH_TERMS = frozenset(MONTHS)
SIGNED_DOCUMENTS = ("cooperation-plan-2025", "strategic-programme-2026-2030")
"""The two documents signed in Tashkent: after one of them, "the second one" is the other."""
_PART_OF_DOCUMENT = {"joint-activities-50": "cooperation-plan-2025", "which-activities": "cooperation-plan-2025"}
"""What one of the two documents holds: after the 50 events of the 2025 plan, "the other one" is the programme."""
_THE_OTHER_DOCUMENT = re.compile(
    r"\b(?:the second(?: one| document)?|the other (?:one|document)|второй(?: документ)?|другой документ|"
    r"ikkinchisi|ikkinchi hujjat|boshqa hujjat|"
    # the one signed beside it: "and the longer one they signed together with it?"
    r"the (?:longer|long-term|longer-term|bigger|larger|broader) one|(?:signed|inked) (?:together |along )?with it|"
    r"signed alongside it|(?:подписан\w*|подписали) (?:вместе|одновременно) с ним|(?:вместе|одновременно) с ним подписа\w*|"
    r"u bilan birga imzola\w*)"
)
"""The other of the two documents, asked after one: "иккинчиси 2021–2025 йилларга мўлжалланганми?"."""
_THE_OTHER = re.compile(
    r"(?:ok(?:ay)?,?\s+)?(?:and|what about|how about|а|ну а)?\s*(?:the other (?:guy|one|man|minister|side)|"
    r"(?:the )?(?:uzbek|russian) (?:guy|one)|другой(?: министр)?|boshqasi|boshqa vazir|"
    # "and his counterpart?" after Belousov's words: the same question of the other signatory
    r"(?:his|the) counterpart|его (?:коллега|визави)|uning hamkasbi|"
    # …or the minister of the other side named: "а узбекский министр?" after Belousov's words
    r"(?:the )?(?:uzbek|russian) minister|(?:узбекский|российский|русский) министр|(?:o'zbek|rus) vaziri?)(?:-chi|chi)?"
)
OFFICIAL = "#official"
"""The lexicon's class of officials the sources do not cover."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_NEGATION = re.compile(
    r"\b(?:no|not|never|none|nothing|neither|nor|without|n't|нет|не|ни|никак\w*|без|yo'q|emas|hech)\b|n't\b"
    r"|\w(?:magan|mas|may|maydi|masdan|masligi|maganini|maganligi)\b"
)
"""A sentence that says something did not happen or is not known."""
_PIECE = (
    r"(?:\s*(?:the|в|во|из|по|a|an)?\s*(?:piece|article|report|story|stat'ya|maqola\w*|стать\w+|материал\w*|заметк\w*"
    r"|mentions|mentioned|says|said|writes|wrote|yozishicha|yozgan|пишет|писал\w*|сообщ\w+)\b)*"
)
"""Words around an outlet's name that say it is the piece someone read ("the Caspian News piece mentions")."""
_TOPIC_SKIP = word_set(
    "and so ok okay right а и ну так ли да нет va chi ham mi what who when where why how which one ones"
)
"""Filler and question words a topic leaves out; pronouns are ``message.PRONOUNS``, skipped beside it."""

_NOW = word_set("now currently сейчас теперь hozir hozirda")
"""Not a topic either: "а до этого кем был" after "кто сейчас министр…" asks of before, not of now."""


@dataclass(frozen=True)
class _Answered:
    part: Part
    match: Match
    text: str
    """The words the match was made on: the part, or the part read with the context."""
    claim: str = ""
    """The part with "that day" put as the last answer's day, to check when the part as written
    claims nothing checkable."""


_CUT = "\x00cut"
"""Marks a combination whose answer is cut to each question's words (kept per wording)."""


class Answerer:
    def __init__(self, kb: KnowledgeBase, tuning: Tuning | None = None) -> None:
        self.kb = kb
        self.facts = kb.facts_by_id
        answers = [fact.answer.get(lang) for fact in kb.facts for lang in LANGS]
        self.analyzer = Analyzer(kb.lexicon, Analyzer.numbers_in(answers))
        examples = [
            Example("fact", fact.id, lang, q) for fact in kb.facts for lang in LANGS for q in fact.questions.get(lang)
        ]
        examples += [
            Example("decline", topic.id, lang, q, veto=bool(topic.veto), veto_words=tuple(topic.veto_words))
            for topic in kb.declines
            if not topic.by_rule
            for lang in LANGS
            for q in topic.questions.get(lang)
        ]
        self.matcher = Matcher(examples, self.analyzer, tuning)
        self.detector = LanguageDetector(
            {
                lang: [
                    *(e.text for e in examples if e.lang == lang),
                    *(fact.answer.get(lang) for fact in kb.facts),
                    *kb.lexicon.stopwords.get(lang),
                ]
                for lang in LANGS
            }
        )
        self.declines = {topic.id: topic for topic in kb.declines}
        self._said: dict[str, frozenset[str]] = {}
        self._times_told: dict[str, frozenset[str]] = {}  # the dimensions of time each answer states
        self._names: dict[str, set[str]] = {}
        self._years_named: dict[str, set[int]] = {}
        self._related_both = {
            fact.id: [f.id for f in kb.facts if f.id != fact.id and (f.id in fact.related or fact.id in f.related)]
            for fact in kb.facts
        }
        self._fact_topics: dict[str, str] = {}
        self._told: dict[str, frozenset[str]] = {}
        self._told_term_sets: dict[str, frozenset[str]] = {}
        """Each fact's answer as terms, filled as follow-ups ask (a cache: the base itself never changes)."""
        self.vetoes = frozenset(topic.id for topic in kb.declines if topic.veto)
        places = {"tashkent", *(p for f in kb.facts if f.values for p in f.values.places)}
        self.checker = ClaimChecker(
            self.analyzer,
            places,
            kb.lexicon.people,
            weight=lambda term: float(bool(self.matcher.lookup(term))),
            resolve=self.matcher.canonical,
        )
        self.checker.prepare(kb.facts)
        self.people = {self._term(p): self._term(country) for p, country in kb.lexicon.people.items()}
        self.concepts = frozenset(self.analyzer.surfaces.values())
        """The lexicon's terms: a word that is one names a subject, a plain word does not."""
        self.summary_id = next((fact.id for fact in kb.facts if fact.summary), None)
        summary = self.facts.get(self.summary_id or "")
        dates = (
            [dt.date.fromisoformat(d) for d in summary.values.dates if len(d) == 10]
            if summary and summary.values
            else []
        )
        self.signed = max(dates, default=None)
        """The day of the signing the summary reports: what followed it is the what-followed fact's."""
        self.after_latest = next((topic.id for topic in kb.declines if topic.after_latest), None)
        self.opinion = next((topic.id for topic in kb.declines if topic.opinion), None)
        self.forecast = next((topic.id for topic in kb.declines if topic.forecast), self.opinion)
        self.others = next((topic.id for topic in kb.declines if topic.others), None)
        self.details = next((topic.id for topic in kb.declines if topic.details), None)
        opened = [topic.open_facts for topic in kb.declines if topic.id == self.after_latest]
        self._status_facts = frozenset([*(opened[0] if opened else []), FOLLOWED_FACT, TIMELINE_FACT])
        """The facts that tell how far the reports reach and what followed: no one day's event."""
        recent = [fold(p) for p in kb.lexicon.after_latest]
        self._recent = (
            re.compile(
                r"(?<![\w'])(?:" + "|".join(map(re.escape, sorted(recent, key=len, reverse=True))) + r")(?![\w'])"
            )
            if recent
            else None
        )
        self._vocabulary = frozenset().union(*self.detector.words.values())
        """Every word the base uses in any language: what a slip of typing is put right into."""
        self._answer_runs: dict[str, set[tuple[str, ...]]] = {}
        """Each fact's answer as runs of three long words, made when first asked."""
        self.cyrillic = CyrillicUzbek(s.outlet for s in kb.sources.values())
        outlets = sorted(
            {fold(name) for s in kb.sources.values() for name in outlet_names(s.outlet)}, key=len, reverse=True
        )
        self._outlets = (
            re.compile(_PIECE + r"\s*(?<!\w)(?:" + "|".join(re.escape(o) for o in outlets) + r")(?!\w)" + _PIECE)
            if outlets
            else None
        )
        """The outlets' names as a question writes them: where the writer read something, not what."""
        # Converting to Cyrillic takes about a millisecond a text: the texts a reply is made of are
        # converted once, in the background, so that neither start-up nor a question waits for them.
        pieces = [
            *(esc(fact.answer.uz) for fact in kb.facts),
            *(esc(fact.caveat.uz) for fact in kb.facts if fact.caveat),
            *(esc(fact.disagreement.note.uz) for fact in kb.facts if fact.disagreement),
            *(esc(format_date(source.date, "uz")) for source in kb.sources.values() if source.date),
            f"<b>{esc(ui('sources', 'uz'))}:</b>",
            f"<i>{esc(ui('note', 'uz'))}:</i>",
            *(esc(f"{ui(word, 'uz')} — ") for word in ("yes", "no")),
            *(esc(topic.reply.uz) for topic in kb.declines if topic.reply),
            *(esc(ui(key, "uz")) for key in ("decline", "decline_short", "try", "clarify", "did_you_mean")),
            *(esc(fact.questions.uz[0]) for fact in kb.facts),
        ]
        threading.Thread(target=self.cyrillic.warm, args=(pieces,), name="cyrillic-warm", daemon=True).start()
        asked = {fact.id: self._wh_counts(fact) for fact in kb.facts}
        self.fact_wh = {fact.id: self._wh_kinds(fact, asked[fact.id][0]) for fact in kb.facts}
        # "what was signed, and who signed it?" makes "who" one of the documents fact's kinds, but a fact
        # asked "who?" in a third of its examples is the one a who-question means
        self.fact_wh_share = {
            fact_id: {kind: n / total for kind, n in counts.items()}
            for fact_id, (counts, total) in asked.items()
            if total
        }
        # a fact asked of "the former/previous one" in two of five of its examples (the predecessor): a question
        # that does not ask of the former one is not about it, though it reads as well
        self.former_facts = frozenset(
            fact.id
            for fact in kb.facts
            if (asked_all := [q for lang in LANGS for q in fact.questions.get(lang)])
            and sum(bool(_EARLIER_ONE.intersection(self.analyzer.terms(fold(q)))) for q in asked_all) * 5
            >= len(asked_all) * 2
        )
        self._replies: dict[tuple[str, Lang], Reply] = {}
        self._said_of: dict[str, frozenset[str]] = {}
        self._texts: dict[tuple[object, ...], str] = {}

    @classmethod
    def load(cls, directory: Path | str | None = None, tuning: Tuning | None = None) -> Answerer:
        return cls(load_knowledge(directory), tuning)

    def _term(self, word: str) -> str:
        terms = self.analyzer.terms(fold(word))
        return terms[0] if terms else fold(word)

    @staticmethod
    def _wh_counts(fact: Fact) -> tuple[Counter[str], int]:
        """How many of a fact's example questions ask each kind (one without a question word asks
        "other"), and how many examples it has."""
        counts: Counter[str] = Counter()
        total = 0
        for lang in LANGS:
            for question in fact.questions.get(lang):
                total += 1
                counts.update({SPECIFIC_WH.get(kind, "other") for _, _, kind in wh_words(fold(question))} or {"other"})
        return counts, total

    @staticmethod
    def _wh_kinds(fact: Fact, counts: Counter[str]) -> frozenset[str]:
        """The kinds of wh-question a fact answers: learnt from its own example questions (``counts``), and
        implied by the values it states (a place answers "where", a date "when", a count "how many"; the
        people a fact names do not make it an answer to "who", since most facts name someone)."""
        implied = {"when"} if fact.event is not None else set()  # the day of the event it reports
        if fact.values:
            implied |= {"where"} if fact.values.places else set()
            implied |= {"when"} if fact.values.dates or fact.values.years else set()  # "which year…?"
            implied |= {"howmany"} if fact.values.numbers else set()
        learnt = {kind for kind, n in counts.items() if n >= 2}
        if fact.values is not None and not fact.values.numbers:
            learnt.discard("howmany")  # typed values without a count: "how many …?" is not this fact's
        return frozenset(implied | learnt)

    # --- what the caller uses -------------------------------------------------------------------

    def popular(self, lang: Lang, count: int = SUGGESTIONS) -> list[str]:
        """The opening questions of the first facts: the base's own order puts the core ones first."""
        return [fact.questions.get(lang)[0] for fact in self.kb.facts[:count]]

    def related(self, fact_id: str, lang: Lang, count: int = SUGGESTIONS) -> list[str]:
        fact = self.facts[fact_id]
        return [self.facts[r].questions.get(lang)[0] for r in fact.related[:count] if r in self.facts]

    def context_for(self, fact_id: str, lang: Lang) -> Context | None:
        """The context a button or a reply to an answer sets: that fact, read as its own first question."""
        fact = self.facts.get(fact_id)
        if fact is None:
            return None
        question = read(fold(fact.questions.get(lang)[0])).parts
        if not question:
            return Context((fact_id,), (), lang=lang)
        return Context(
            (fact_id,), (self._topic(question[0].text),), self._person_of(fact, question[0], None), lang=lang
        )

    def answer_fact(self, fact_id: str, lang: Lang, confidence: float = 1.0, cyrillic: bool = False) -> Reply:
        """The reply for a known fact: used by the matcher's result and by buttons that name a fact.
        Composed once per fact and language (the base never changes under an Answerer)."""
        key = (fact_id, lang)
        reply = self._replies.get(key)
        if reply is None:
            fact = self.facts[fact_id]
            reply = self._compose([Block(fact)], lang, ())
            self._replies[key] = reply
        if cyrillic and lang == "uz":
            reply = replace(reply, text=self._compose_text([Block(self.facts[fact_id])], lang, (), True))
        return replace(reply, confidence=confidence, context=self.context_for(fact_id, lang))

    def evidence_text(self, fact_id: str, lang: Lang) -> str | None:
        fact = self.facts.get(fact_id)
        return compose_evidence(fact, self.kb.sources, lang) if fact else None

    def detect(self, text: str, fallback: Lang = "en") -> Lang:
        return self._prepare(text, fallback)[1]

    def match(self, text: str, fallback: Lang = "en") -> tuple[Match, Lang]:
        """The best reading of the whole message: for logging what was declined and why."""
        prepared, lang, _ = self._prepare(text, fallback)
        return self.matcher.match(prepared), lang

    def answer(
        self,
        text: str,
        lang: Lang | None = None,
        fallback: Lang = "en",
        short: bool = False,
        context: Context | None = None,
    ) -> Reply:
        """``lang`` forces the reply language; ``fallback`` is used when the text does not tell
        (digits only, emoji); ``short`` asks for a one-line decline, as in a group chat; ``context``
        is the conversation's, and the reply carries the next one."""
        if context is not None and context.lang is not None:
            fallback = context.lang
        prepared, detected, cyrillic = self._prepare(text, fallback)
        reply_lang = lang or detected
        cyrillic = cyrillic and reply_lang == "uz"
        answered, unanswered, first, carried = self._answer_parts(prepared, context)
        if (
            not answered
            and first.kind == "none"
            and not first.final
            and has_cyrillic(prepared)
            and detected == "ru"
            and self._words_of(self._uzbek_latin(text), "uz") >= max(self._words_of(prepared, "ru"), 1)
        ):
            # Uzbek in Cyrillic without its own letters reads as Russian at first sight (but Russian that
            # found nothing is not Uzbek for that: its words must be Uzbek ones)
            as_uzbek = self._uzbek_latin(text)
            answered_uz, unanswered_uz, first_uz, carried_uz = self._answer_parts(as_uzbek, context)
            if answered_uz:
                answered, unanswered, first, carried = answered_uz, unanswered_uz, first_uz, carried_uz
                reply_lang, cyrillic = lang or "uz", (lang or "uz") == "uz"
        if answered:
            reply = self._reply(answered, unanswered, reply_lang, cyrillic, carried)
            if reply.context is not None and reply.context.lang != reply_lang:
                reply = replace(reply, context=replace(reply.context, lang=reply_lang))
            return reply
        return self._decline(first, reply_lang, short, cyrillic)

    # --- reading ---------------------------------------------------------------------------------

    def _prepare(self, text: str, fallback: Lang) -> tuple[str, Lang, bool]:
        """Folded text in the script the base is written in, its language, and whether it was Uzbek
        in Cyrillic (to answer in kind)."""
        folded = switch_layout(spoken_years(fold(_US.sub("USA", truncate(text)))), self._vocabulary.__contains__)
        folded = fix_question_words(
            fix_transpositions(folded, self._vocabulary.__contains__), self._vocabulary.__contains__
        )
        folded = _OTHER_GUY.sub(_set_apart, _NAGGING.sub("told me", folded))
        detected = self.detector.detect(folded, fallback)
        if detected.uz_cyrillic:
            latin = fix_uzbek_letters(self._uzbek_latin(text), self._uzbek_word)
            return _DETACHED_CASE.sub(r"\1\2-chi", latin), "uz", True
        if detected.lang == "uz" and has_latin(folded):
            folded = _DETACHED_CASE.sub(r"\1\2-chi", fix_uzbek_letters(folded, self._uzbek_word))
        if has_latin(folded) and not has_cyrillic(folded):
            latin = [w for w in tokens(folded) if not w.isdigit()]
            known = max(self.detector.hits(latin, "en"), self.detector.hits(latin, "uz"))
            if known < len(latin):  # some words the base's English and Uzbek do not use
                as_russian = ru_latin_to_cyrillic(folded)
                if self.detector.hits([w for w in tokens(as_russian) if not w.isdigit()], "ru") > max(known, 1):
                    return as_russian, "ru", False
        return folded, detected.lang, False

    def _words_of(self, text: str, lang: Lang) -> int:
        return self.detector.hits([w for w in tokens(text) if not w.isdigit()], lang)

    def _uzbek_word(self, word: str) -> bool:
        """A word of the base, or one the lexicon reads as one of its terms ("mashqning")."""
        return word in self._vocabulary or self.analyzer.term(word) in self.concepts

    @staticmethod
    def _uzbek_latin(text: str) -> str:
        """Uzbek Cyrillic in Latin letters, converted before folding: folding turns ё into е, and Uzbek
        "ёз" (summer) and "ёки" (or) would come out "yez" and "yeki"."""
        return fold(uz_cyrillic_to_latin(clean(_US.sub("USA", truncate(text))).casefold()))

    def _answer_parts(
        self, prepared: str, context: Context | None
    ) -> tuple[list[_Answered], list[str], Match, Context | None]:
        """The parts answered, those not, the first reading, and the context the reply goes on from (none
        after "другой вопрос:", whose message starts afresh: the next follow-up is not of the old topics)."""
        reading = read(prepared)
        answered: list[_Answered] = []
        unanswered: list[str] = []
        first: Match | None = None
        # ("Ладно, другой вопрос: с какого года Узбекистан не в ОДКБ?" is read alone, not with the last topic)
        ctx = carried = None if reading.fresh else context
        declined = topic_declined = False
        unsaid: str | None = None
        mentioned: str | None = None
        for part in reading.parts:
            # "…worth? any $ figure?", "…купит? Су-35, С-400?": a few words without a question word of
            # their own after a declined question are more of it
            own_words = self._own_words(part) if declined else []
            elaboration = part.wh is None and part.kind in ("wh", "yesno") and len(own_words) <= 3
            # "when was he promoted? what was the decree's date?": the same kind of question, asked again of
            # what the last fact says the reports leave open
            again = unsaid is not None and len(self._own_words(part)) <= 1
            # …or, after a list the reports never gave, which ones and when ("list them? which exercises,
            # on which dates?"): the same list asked item by item
            again = again and (
                SPECIFIC_WH.get(part.wh or "") == unsaid or (unsaid == "list" and part.wh in ("what", "when"))
            )
            # (or two words, one the base does not know: "…baza ochadimi? qaysi viloyatda bo'ladi?")
            # (after a topic the base recognises as one it does not cover, not after a question it misread)
            vague = topic_declined and len(own_words) <= 2 and bool(self.matcher.unknown(part.text))
            # (not a question of its own that reads clearly: "do they still train with russia? any joint drill
            # in 2025?" after the cadets the first half reads as, is the exercise)
            # (the first half declined only as it read weakly, not as a topic the base recognises)
            worded = [w for w in own_words if len(w) > 2 and not w.isdigit()]  # ("su-35?" is a model, no words)
            if elaboration and len(worded) >= 2 and not part.refers and not topic_declined:
                alone = self.matcher.match(part.text)
                elaboration = not (alone.kind == "fact" and alone.score >= KEEP_OWN_READING)
            if again or (declined and (len(own_words) <= 1 or part.refers or elaboration or vague)):
                # "did they exchange gifts? what were they?": a bare follow-up of a declined question
                unanswered.append(part.text)
                continue
            if _TODAY_IS.search(part.text):
                # "hozir 2026 yil dekabr, u hali ham vazirmi?": the writer's date is "now" for every step after,
                # the yes/no check too (not a December 2026 the fact does not date)
                part = replace(part, text=" ".join(_TODAY_IS.sub(" now ", part.text).split()), core="")
            part = self._on_the_signing_day(part)
            claim = self._same_day(part, ctx)
            part = self._that_year(self._asks_again(part, ctx), ctx)
            found, used = self._resolve(part, ctx)
            said_people = (
                {t for t in self.analyzer.terms(reading.said) if t in self.people}
                if reading.said and any(w in _PERSON_PRONOUNS for w in tokens(part.text))
                else set()
            )
            said_person = next(iter(said_people)) if len(said_people) == 1 else None
            if (
                said_person is not None
                and not set(self.analyzer.terms(part.text)) & set(self.people)
                and (found.kind != "fact" or said_person not in self._answer_terms(found.item_id or ""))
            ):
                # "…the Belousov quote where he calls them friends. What he said exactly?": "he" is whom the
                # writer has just named
                named = replace(part, text=self._with_person(part.text, said_person), core="")
                again, again_used = self._resolve(named, ctx)
                # (not where the person only ties the part's own reading with another: "…про визит Белоусова
                # … пишут про «договор 2017 года»… когда его на самом деле подписали?" is the treaty's)
                tied = found.kind == "fact" and any(
                    f == found.item_id and s >= again.score - TIE for f, s in again.top_facts
                )
                if again.kind == "fact" and again.score >= KEEP_OWN_READING and not tied:
                    found, used = again, again_used
            elif reading.said and any(w in _IT for w in tokens(part.text)):
                # "была ведь и раньше у России программа, на 2021–2025 годы. Где её подписывали?": "её" is the
                # programme the writer has just named, read with that statement
                joined = replace(part, text=f"{reading.said.rstrip('.! ')}, {part.text}", core="")
                again, again_used = self._resolve(joined, ctx)
                if (
                    again.kind == "fact"
                    and again.score >= self.matcher.tuning.answer_threshold
                    and again.item_id != found.item_id
                ):
                    found, used = again, again_used
            elif reading.said and found.kind == "fact" and part.kind != "yesno":
                # "…a big exercise called Birlik at our range in autumn. Which countries came, the Russians
                # too?": a statement that reads of one fact, and reads of it with the question, is the
                # question's topic (a question on its own words may land on another fact)
                topic = self.matcher.match(reading.said).top_facts[:1]
                if topic and topic[0][0] != found.item_id and topic[0][1] >= STATED_TOPIC:
                    joined = replace(part, text=f"{reading.said.rstrip('.! ')}, {part.text}", core="")
                    again, again_used = self._resolve(joined, ctx)
                    if (
                        again.kind == "fact"
                        and again.item_id == topic[0][0]
                        and again.score >= self.matcher.tuning.answer_threshold
                        # (not the state of things over a clear reading of the question itself: "…reading about
                        # this pact. the article mentions a '2017 defense cooperation treaty' — when was that thing
                        # signed?")
                        and (found.score < KEEP_OWN_READING or again.item_id not in self._status_facts)
                    ):
                        found, used = again, again_used
                    elif (
                        ctx is None
                        and found.score < KEEP_OWN_READING
                        and len(self._own_words(part)) <= 2
                        and len(tokens(reading.said)) >= STATEMENT_WORDS
                    ):
                        # "…the exercise in July involved 400 personnel. What figure was reported, and by
                        # whom?": a question of two vague words that reads poorly of anything asks of the
                        # statement's topic
                        found = replace(found, item_id=topic[0][0], score=topic[0][1], reason="the stated topic")
            first = first or found
            declined = found.kind != "fact"
            topic_declined = found.kind == "decline" and found.score >= self.matcher.tuning.answer_threshold
            asks_unsaid = not declined and self._asks_unsaid(_Answered(part, found, used, claim), ctx)
            unsaid = SPECIFIC_WH.get(part.wh or "", part.wh) if asks_unsaid else None
            if found.kind == "fact" and found.item_id is not None:
                same = [n for n, a in enumerate(answered) if a.match.item_id == found.item_id]
                if not same:
                    answered.append(_Answered(part, found, used, claim))
                elif part.kind == "yesno" and answered[same[0]].part.kind != "yesno":
                    # "where was Birlik held, and did Russia take part?": one fact answers both; its block
                    # leads with the yes or no
                    answered[same[0]] = _Answered(part, found, used, claim)
                elif (
                    part.kind == "yesno"
                    and self.checker.verdict(answered[same[0]].part.text, self.facts[found.item_id]) is None
                    and self.checker.verdict(part.text, self.facts[found.item_id]) is not None
                ):
                    # "do they still train with russia? any joint drill in 2025?": of two yes/no questions one
                    # fact answers, the one it can say yes or no to leads
                    answered[same[0]] = _Answered(part, found, used, claim)
                ctx, mentioned = self._person_in_message(
                    self._next_context(ctx, part, found.item_id, used), part, mentioned
                )
            elif found.kind == "none" or found.final:
                unanswered.append(part.text)
        # a question of a kind no fact answers may be a clause of a longer one ("When he visited…, what…?")
        recognised = first is not None and first.kind == "decline" and first.reason != NO_FACT_OF_KIND
        # ("has it been adopted? if so, on what date?": a part asked only if the one before holds is no clause
        # of a longer question; the first unanswered, it is unanswered too)
        recognised = recognised or any(_IF_SO.match(p.text) for p in reading.parts[1:])
        # ("was there a 2026 edition too? when?": the first part asks of an occasion the fact does not report,
        # which the whole message read as one would answer with the occasion it does)
        recognised = recognised or (first is not None and first.reason in (ANOTHER_EDITION, A_LATER_YEAR))
        if not answered and len(reading.parts) != 1 and not recognised:
            # parts that read poorly alone may read well together; not after one the base declines
            # (asking what the first part asked: "во сколько была церемония? утром?" still asks the hour)
            whole = Part(reading.text, "wh", wh=reading.parts[0].wh if reading.parts else None)
            found, used = self._resolve(whole, context)
            if found.kind == "fact" and found.item_id is not None:
                return [_Answered(whole, found, used)], [], found, carried
            first = found if first is None or first.kind == "none" else first
        if (
            not answered
            and reading.said
            and (not recognised or self._said_names_the_declined(reading))
            and reading.parts[0].kind != "overview"
        ):
            # "Putin and Mirziyoyev spoke by phone in November. What did they mainly discuss?": the question
            # alone names no topic; the statement before it does (and so for two questions after it:
            # "… the Hamkorlik-2025 drills. Where did the Russian unit come from? From the base in Tajikistan?")
            asked = reading.parts[0] if len(reading.parts) == 1 else Part(reading.text, "wh")
            whole = replace(asked, text=f"{reading.said.rstrip('.! ')}, {asked.text}", core="")
            found, used = self._resolve(whole, context)
            if found.kind == "fact" and found.item_id is not None:
                return [_Answered(whole, found, used)], [], found, carried
        return answered, unanswered if answered else [], first or Match("none", None, 0.0, "no words to match"), carried

    def _said_names_the_declined(self, reading: Reading) -> bool:
        """ "…heard russia's defence minister went to uzbekistan in january 2025 and signed some military stuff
        there. who was the minister?": a question of a word or two, declined alone as another official, whose
        words the statement before it names; the statement says which minister."""
        if len(reading.parts) != 1:
            return False
        own = self._own_words(reading.parts[0])
        said = set(self.analyzer.terms(reading.said))
        return 0 < len(own) <= 2 and all(t in said for t in own)

    def _asks_again(self, part: Part, ctx: Context | None) -> Part:
        """ "imzolash marosimi-chi?" after "when did Belousov arrive?": the last question word, asked of
        the new subject (a yes/no question such as "а Россия участвовала?" has a verb and stays one; a side,
        "Rossiya tomonidan-chi?", or a time, "and before that?", is the last question's own business; a
        person's attribute, "unvoni-chi?" after when he was appointed, asks for itself, not for a when)."""
        if ctx is not None and part.kind == "yesno" and _THE_OTHER.fullmatch(part.text.strip(" ?!.,")):
            # "а узбекский министр?" after Belousov's words asks what was asked of him, of the other one: no
            # yes or no (Russian intonation makes any "…?" one)
            return replace(part, kind="wh")
        if ctx is None or ctx.asked is None or part.wh is not None or not _BARE_FOLLOW_UP.match(part.text.strip()):
            return part
        last = self._last(ctx)
        event = self.facts[last].event if last in self.facts else None
        year = _ONLY_YEAR.fullmatch(part.text.strip(" ?!.,"))
        if year and event is not None and int(year.group(1)) > event.date.year:
            # "and in 2026?" after the 2025 exercise: whether there was one that year too, not where the
            # 2026–2030 programme was signed
            return replace(part, kind="yesno")
        terms = self.analyzer.terms(part.text)
        if RELATION.search(part.text) or _SIDES.intersection(terms) or _ATTRIBUTES.intersection(terms):
            return part
        if last in _ALLIANCES and _ALLIANCES.intersection(terms) - {last} and part.kind != "yesno":
            # "ЕОИИ-чи?" after "since when is Uzbekistan out of the CSTO?": the other bloc, whose own fact
            # tells its story (asked "since when", it would read as a minister's appointment)
            return part
        text = f"{ctx.asked} {part.text}"
        spans = wh_words(text)
        return replace(part, text=text, kind="wh", wh=spans[0][2] if spans else None)

    def _that_year(self, part: Part, ctx: Context | None) -> Part:
        """ "Did any drill happen that year?" after the 2025 plan: "that year" is the one year the last
        answer is about, written out, so that the question reads on its own."""
        found = _THAT_YEAR.search(part.text)
        last = self._last(ctx) if ctx is not None else None
        if last is None:
            return part
        fact = self.facts[last]
        if found is not None:
            years = self._years_of(fact)
            if not years and self.signed is not None:
                # "did the two ministers meet again later that year?" after his rank, which the base dates by
                # no year of its own: the year the conversation is about, the signing's
                years = {self.signed.year}
            if len(years) != 1:
                return part
            year = str(next(iter(years)))
            return replace(part, text=f"{part.text[: found.start()]} {year} {part.text[found.end() :]}")
        days = [str(d) for d in fact.values.dates if len(str(d)) == 10] if fact.values else []
        dates = [fact.event.date] if fact.event else [dt.date.fromisoformat(d) for d in days]
        # "the day before?" after the ministers' meeting of 10 May: 9 May, written out
        found = _DAY_BEFORE.search(part.text) or _DAY_AFTER.search(part.text)
        if found is None or len(dates) != 1:
            return part
        before = part.text[: found.start()]
        if part.kind == "yesno" and (
            _FROM_NAMED.search(before)
            or (found.group(0).startswith(("ertasi", "эртаси")) and _NAMED_BEFORE_NEXT.search(before))
        ):
            # "bu G'alaba paradidan keyingi kun bo'lganmi?" after the May meeting: a claim that it was the day
            # after something named, which the fact judges, not the day after the last answer's
            return part
        day = dates[0] + dt.timedelta(days=-1 if found.re is _DAY_BEFORE else 1)
        written = f"on {day.day} {day.strftime('%B').lower()} {day.year}"  # folded, as parts are
        that_day = [f.id for f in self.facts.values() if f.event is not None and f.event.date == day]
        rest = replace(part, text=f"{part.text[: found.start()]} {part.text[found.end() :]}")
        # (a verb that only says something happened asks nothing of its own: "what happened the day before?")
        own_words = [w for w in self._own_words(rest) if not _ONLY_HAPPENED.fullmatch(w)]
        if len(that_day) == 1 and not own_words:
            # "bir kun oldin-chi?" after the ministers' meeting: the one event of that day (the parade)
            written = f"{written} {self.fact_topic(that_day[0])}"
        # ("бир кун олдин-чи, ўзбек ҳарбийлари Москвада нима қилишган?": the day stood before the question, where
        # it would be dropped as a lead-in; it is the question's own)
        core = f"{part.core} {written}" if part.core and found.end() <= len(part.text) - len(part.core) else part.core
        return replace(part, text=f"{part.text[: found.start()]} {written} {part.text[found.end() :]}", core=core)

    def _on_the_signing_day(self, part: Part) -> Part:
        """ "Was that the same day as the signing?" after Belousov's arrival is "was it on 22 January 2025?":
        written out, the date is judged by the fact the question points to, not matched to another fact that
        speaks of some "same day" (the May meeting, the day after the parade)."""
        if part.kind != "yesno" or self.signed is None or not (found := _SIGNING_DAY.search(part.text)):
            return part
        rest = f"{part.text[: found.start()]} {part.text[found.end() :]}"
        if {*_ARRIVALS, "meeting", "visit"} & set(self.analyzer.terms(rest)):
            # ("did he arrive on the same day as the signing?": an occasion of its own, whose fact tells
            # how its day stood to the signing's, and which the date alone would not find)
            return part
        text = f"{part.text[: found.start()]} on {date_words(self.signed.isoformat())} {part.text[found.end() :]}"
        return replace(part, text=" ".join(text.split()), core="")

    def _same_day(self, part: Part, ctx: Context | None) -> str:
        """ "Hujjatlar ham o'sha kuni imzolanganmi?" after Belousov's arrival: "that day" is the day the
        last answer reports, a claim to check like any date (the part is still matched as written)."""
        if part.kind != "yesno":
            return ""
        last = self._last(ctx) if ctx is not None else None
        values = self.facts[last].values if last is not None else None
        if values is None and last is not None:
            return ""
        days = [d for d in values.dates if len(d) == 10] if values is not None else []
        if len(days) == 1 and _SAME_DAY.search(part.text):
            return _SAME_DAY.sub(f" on {date_words(days[0])} ", part.text, count=1)
        # "он тогда уже был генерал-лейтенантом?" after the signing: then is January 2025
        then = _back_then(part.text)
        if then is None:
            return ""
        if len(days) == 1:
            day = dt.date.fromisoformat(days[0])
        elif (values is None or not values.dates) and self.signed is not None:
            # "was Kholmukhamedov a lieutenant general then?" asked first, or after an answer that dates
            # nothing: the time the base is about, the signing
            day = self.signed
        else:
            return ""
        return f"{part.text[: then.start()]} in {day.strftime('%B').lower()} {day.year} {part.text[then.end() :]}"

    def _claim_on_another_country(self, part: Part, own: Match) -> Match:
        """ "Were the troops from a base in Kazakhstan?": a neighbour the base covers only in some
        contexts, named in a claim about a fact that names another neighbour, is a wrong claim to
        answer "no" to, not a question about something the base does not cover."""
        rest = self.analyzer.without_licensed(part.text)
        if rest == " ".join(tokens(part.text)):  # no neighbour named ("russia–uzbekistan" is only re-spaced)
            return own
        found = self.matcher.match(rest)
        fact = self.facts.get(found.item_id or "") if found.kind == "fact" else None
        if fact is None or self.checker.verdict(part.text, fact) != "no":
            return own
        return found

    def _overview_of_the_deal(self, part: Part) -> bool:
        """An overview asked of nothing ("summary please") or of something the summary speaks of."""
        rest = Part(without_overview_words(part.text), part.kind)
        content = [t for t in self._own_words(rest) if self.matcher.lookup(t)]
        unknown = self.matcher.unknown(rest.text)
        said = self._answer_terms(self.summary_id or "")
        return not unknown or any(t in said for t in content)

    def _names_more_than_summary(self, part: Part, own: Match) -> bool:
        """ "What's the story with the Chinese fighters?": words of its own the summary never uses and
        the fact it matched does — a request about that, not for the summary."""
        if own.score < self.matcher.tuning.answer_threshold or self.summary_id is None:
            return False
        summary = self._answer_terms(self.summary_id)
        beyond = [t for t in self._own_words(part) if t not in summary]
        return len(beyond) >= 2 and self._covers(own.item_id, beyond) >= 2

    def _minister_side(self, text: str) -> str | None:
        """The side of "the Russian defence minister", "министр обороны России", "O'zbekiston mudofaa
        vaziri": a side word next to "minister" (one side only)."""
        terms = self.analyzer.terms(text)
        sides = set(self.people.values())
        found: set[str] = set()
        for n, term in enumerate(terms):
            if term == "minister":
                found |= {t for t in terms[max(0, n - 2) : n + 3] if t in sides}
        return next(iter(found)) if len(found) == 1 else None

    def _minister_at_the_signing(self, part: Part) -> str | None:
        """ "Who was Uzbekistan's defence minister when Belousov came to Tashkent?": the signer of that
        side, told by the signers' fact; the moment named only sets the time, and its words (Belousov, the
        visit) would otherwise pull the question to the visit. Any other moment (a year, "before", "now",
        "then") is left to the matcher."""
        if part.kind == "yesno" or self.summary_id is None:
            return None
        head = _MINISTER_ASKED.search(part.text)
        if head is None or _NOT_THAT_MOMENT.search(part.text) or part.refers or _THEN.search(part.text):
            return None  # ("кто тогда был министром…?", "…at those talks": the moment of the last answer)
        side = self._minister_side(part.text)
        years = set(_YEAR.findall(part.text))
        summary = self.facts[self.summary_id]
        if side is None or self.signed is None or not years <= {str(self.signed.year)} or summary.values is None:
            return None
        told = self._answer_terms(self.summary_id) | _SIGNING_MOMENT
        rest = self.analyzer.terms(part.text[: head.start()] + " " + part.text[head.end() :])
        if any(t in self.concepts and t not in told and t != side for t in rest):
            return None
        if any(self.people.get(t) == side for t in rest):
            return None  # "…до Халмухамедова?": another holder than the one it names
        signers = [self._term(p) for p in summary.values.people if self.people.get(self._term(p)) == side]
        if len(signers) != 1:
            return None
        # the signers' fact, which holds the day that a later "then" means; its side's man is the person
        found = self.matcher.match("who signed the documents")
        if (
            found.kind != "fact"
            or found.score < KEEP_OWN_READING
            or signers[0] not in self._people_of(found.item_id or "")
        ):
            return None
        return found.item_id

    def _people_of(self, fact_id: str) -> list[str]:
        """The people a fact is about: its values', or else the people its answer names."""
        fact = self.facts.get(fact_id)
        if fact is None:
            return []
        if fact.values and fact.values.people:
            return [self._term(p) for p in fact.values.people if self._term(p) in self.people]
        return [p for p in self.people if p in self._answer_terms(fact_id)]

    def _names_other_years(self, part: Part, own: Match) -> bool:
        """ "там пишут про «договор 2017 года», что это за договор такой?": a year the summary never names
        and the fact read does: a request about that fact, not for the summary."""
        if own.score < CLARIFY_FLOOR or self.summary_id is None or own.item_id not in self.facts:
            return False
        # (the deal's own year beside it is the setting, not the subject: "в статье про соглашение 2025 года
        # упоминается «договор 2017 года» — что это?")
        beyond = {int(y) for y in _YEAR.findall(part.text)} - self._years_of(self.facts[self.summary_id])
        return bool(beyond) and beyond <= self._years_of(self.facts[own.item_id])

    def _of_an_earlier_time(self, part: Part, fact_id: str) -> bool:
        """A fact wholly of years before the summary's, where the part names no year: the deal asked of
        by default is the summary's, not an earlier one."""
        if self.summary_id is None or _YEAR.search(part.text):
            return False
        years, now = self._years_of(self.facts[fact_id]), self._years_of(self.facts[self.summary_id])
        return bool(years) and bool(now) and max(years) < min(now)

    def _years_of(self, fact: Fact) -> set[int]:
        values = fact.values
        return set(values.years) | {int(d[:4]) for d in values.dates} if values else set()

    def _named_span_elsewhere(self, text: str, found: Match) -> Match | None:
        """ "Did Shoigu sign the 2026–2030 programme?" names the programme by its years: a close fact
        about other years (the 2021–2025 one, which Shoigu did sign) is not the one to check it against."""
        spans = YEAR_SPAN.findall(text)
        if len(spans) != 1 or RELATION.search(text):  # "the programme before the 2026–2030 one"
            return None
        ends = {int(y) for y in re.findall(r"\d{4}", spans[0])}
        fact = self.facts[found.item_id or ""]
        years = self._years_of(fact)
        # …unless the fact expressly settles the claim ("is the 2026–2030 one already the second?")
        if not years or ends <= years or self.checker.settles(text, fact):
            return None
        floor = min(found.score - YESNO_MARGIN, self.matcher.tuning.answer_threshold)
        for fact_id, score in found.top_facts:
            if score >= floor and ends <= self._years_of(self.facts[fact_id]):
                return replace(found, item_id=fact_id, score=score)
        return None

    def _break_tie(self, found: Match, part: Part) -> Match:
        """Facts that read about as well (within ``TIE``) are told apart by how many of the question's
        own words their answers use; the matcher alone would take the first by score or name. A yes/no
        question is left to the claim check, which weighs what each fact can say of the claim."""
        if part.kind == "yesno":
            return found
        if found.kind != "fact" or len(found.top_facts) < 2 or found.top_facts[1][1] < found.score - TIE:
            return found
        content = self._own_words(part)
        tied = [f for f, s in found.top_facts if s >= found.score - TIE]
        # a question that names no year, between a fact of the signing day and one of days before it, is
        # about the signing ("who signed the programme?" is the 2026–2030 one, not the 2021–2025 one)
        signing = self.signed.isoformat() if self.signed is not None else ""
        undated = not self.checker.claims(part.text).get("year") and any(
            signing in (self.facts[f].values.dates if self.facts[f].values else []) for f in tied
        )
        # (and, when the question names a day, one not of another day: "what did he say at the meeting on
        # 22 January 2025?" is not the May meeting's, whatever words its answer shares)
        day = self._day_named(part.text)
        # (unless it asks for the earlier one: "на какие годы была предыдущая программа?")
        terms = self.analyzer.terms(part.text)
        former = FORMER in terms
        earlier = not _EARLIER_ONE.isdisjoint(terms)
        # (and, when it names a programme by its years, the fact of those years: "the 2021–2025 programme —
        # which ministers agreed it?" is not the 2026–2030 one, whatever words its answer shares)
        spans = YEAR_SPAN.findall(part.text)
        span = {int(y) for y in re.findall(r"\d{4}", spans[0])} if len(spans) == 1 else set()
        best = max(
            tied,
            key=lambda f: (
                day is None or not self.checker.wrong_year(part.text, self.facts[f]),
                not span or min(span) in self._years_of(self.facts[f]),  # a span's first year dates it
                self._before(f) if former else not (undated and self._before(f)),
                earlier or f not in self.former_facts,
                # (a "what" question, not a fact asked "who" as such: "қайси ҳужжатлар имзоланган?" is what
                # was signed, not who signed it)
                part.wh != "what" or self.fact_wh_share.get(f, {}).get("who", 0.0) < WH_MAIN,
                self._covers(f, content),
                # (and, between facts that use as many, a "who" question goes to a fact asked "who":
                # "o'zbekiston mudofaa vaziri kim hozir?" is who the minister is, not the earlier programme)
                part.wh != "who" or self.fact_wh_share.get(f, {}).get("who", 0.0) >= WH_MAIN,
                f == found.item_id,
            ),
        )
        return found if best == found.item_id else replace(found, item_id=best)

    def _former_of_close(self, found: Match, part: Part) -> Match:
        """ "на какие годы была предыдущая программа … в военной области?": the question asks for the earlier
        one, and a close fact of days all before the signing is it, though the newer one's examples share
        more of the question's other words."""
        if found.kind != "fact" or FORMER not in self.analyzer.terms(part.text) or self._before(found.item_id or ""):
            return found
        for fact_id, score in found.top_facts:
            if score >= found.score - FORMER_MARGIN and self._before(fact_id):
                return replace(found, item_id=fact_id, score=score)
        return found

    def _newest_of_close(self, found: Match, part: Part) -> Match:
        """ "What's the latest military cooperation deal Uzbekistan has signed with another country?": of
        the facts that read about as well, the newest, since "latest" asks for the newest report."""
        if found.kind != "fact" or part.kind != "wh" or LATEST not in self.analyzer.terms(part.text):
            return found
        close = [f for f, s in found.top_facts if s >= found.score - LATEST_MARGIN]
        dated = [(d, f) for f in close if (d := self._newest_day(self.facts[f])) is not None]
        if len(dated) < 2:
            return found
        _, newest = max(dated)
        return found if newest == found.item_id else replace(found, item_id=newest, score=dict(found.top_facts)[newest])

    def _of_country_named(self, found: Match, part: Part) -> Match:
        """ "turkiya bilan qanday kelishuv imzolandi?": another country the question names, which the best
        fact never speaks of and a close one does, is that one's subject."""
        if found.kind != "fact":
            return found
        named = {t for t in self.analyzer.terms(part.text) if _is_country(t) and t not in _SIDES}
        if not named or named <= self._answer_terms(found.item_id or ""):
            return found
        for fact_id, score in found.top_facts:
            if score >= found.score - WH_MARGIN and named <= self._answer_terms(fact_id):
                return replace(found, item_id=fact_id, score=score)
        return found

    def _newest_of_person(self, found: Match, part: Part) -> Match:
        """ "какие последние новости про Халмухамедова?": the latest asked of one person alone is the newest
        dated fact whose answer names him, however the rest of the words read."""
        if part.kind != "wh" or not (LATEST in self.analyzer.terms(part.text) or _LATELY.search(part.text)):
            return found
        content = self._own_words(part)
        named = [t for t in content if t in self.people]
        if len(named) != 1 or len([t for t in content if t not in _NEWS_WORDS]) > 1:
            return found
        dated = [
            (day, fact.id)
            for fact in self.facts.values()
            if named[0] in self._answer_terms(fact.id) and (day := self._newest_day(fact)) is not None
        ]
        if not dated:
            return found
        _, newest = max(dated)
        return Match("fact", newest, max(found.score, self.matcher.tuning.answer_threshold), "the newest of him")

    def _settles_undated(self, part: Part, fact_id: str) -> bool:
        """A fact that dates nothing but expressly judges the claim, months and all ("a major general in
        January?" of the minister's ranks): its own confirms settle the month asked."""
        fact = self.facts[fact_id]
        return fact.values is not None and not fact.values.dates and self.checker.settles(part.text, fact)

    def _month_elsewhere(self, part: Part, found: Match) -> Match | None:
        """ "Did Kholmukhamedov sign a 2026 plan with Russia in January 2026?": a person's month and year
        the best fact never dates (the January 2025 signing), which a close fact about him does (the plan
        with Turkey, January 2026), is that fact's to judge (with Belousov named beside him too)."""
        asked = self.checker.month_year(part.text)
        people = self.checker.claims(part.text).get("person", set())
        if asked is None or not people or found.item_id not in self.facts:
            return None
        if asked in self._months_of(self.facts[found.item_id or ""]):
            return None
        occasions = _OCCASION_EVENTS.intersection(self.analyzer.terms(part.text))
        threshold = self.matcher.tuning.answer_threshold
        floor = max(found.score - YESNO_FAR_MARGIN, threshold - WH_MARGIN)
        dated = [
            (fact_id, score)
            for fact_id, score in found.top_facts
            if fact_id != found.item_id
            and score >= floor
            and (asked in self._months_of(self.facts[fact_id]) or self._settles_undated(part, fact_id))
            and people & self._answer_terms(fact_id)
            # (and tells of the occasion asked: "was Kholmukhamedov appointed in January 2025?" is his
            # appointment's to deny, not the signing of that month's to confirm)
            and occasions <= self._answer_terms(fact_id)
        ]
        if not dated:
            return None
        # of those, the one telling more of the question ("Халмухамедов был генерал-майором, когда подписывал
        # документы в январе 2025?" is his rank's, not who signed, which the rank's reads a little under)
        words = self._own_words(part)
        fact_id, score = max(dated, key=lambda item: (self._covers(item[0], words), item[1]))
        return replace(found, item_id=fact_id, score=max(score, threshold))

    def _express_over_implied(self, part: Part, found: Match) -> Match:
        """ "so basically it was one big treaty until 2030, yeah?": a close fact that expressly denies the
        claim in two words or more ("one agreement") judges it, over the best reading, whose "yes" only
        follows from a year it names (Russia's other programmes to 2030)."""
        if part.kind != "yesno" or found.kind != "fact" or found.item_id not in self.facts:
            return found
        if max(self.checker.express(part.text, self.facts[found.item_id or ""])) >= 2:
            return found
        for fact_id, score in found.top_facts:
            if (
                fact_id != found.item_id
                and score >= found.score - YESNO_MARGIN
                and self.checker.express(part.text, self.facts[fact_id])[1] >= 2
            ):
                return replace(found, item_id=fact_id, score=max(score, self.matcher.tuning.answer_threshold))
        return found

    def _dated_near_miss(self, part: Part, found: Match) -> Match | None:
        """ "…the ministers met again in spring 2025 after the january deal. which city was that in?": a question
        read a little below the threshold whose month or season and year only the best fact near it is dated
        in names that fact; its many other words (the January deal) only diluted it."""
        threshold = self.matcher.tuning.answer_threshold
        if found.kind != "none" or found.final or found.reason != NO_MATCH or part.kind != "wh" or not found.top_facts:
            return None
        # (not a time it asks for: "…когда подписывали, уже был…?")
        if part.wh == "when":
            return None
        # (nor one it counts from: "may oyidagi uchrashuvdan so'ng…", "after the january deal")
        text = part.text
        pivot = _AFTER.search(text)
        if pivot is not None:
            uzbek = pivot.group(0) in ("keyin", "so'ng", "buyon", "beri", "dan")
            text = text[pivot.end() :] if uzbek else text[: pivot.start()]
        claims = self.checker.claims(text)
        years = claims.get("year", set())
        if len(years) != 1 or not claims.get("month"):
            return None
        year = int(next(iter(years)))
        asked = {(year, self.checker.month_number(m)) for m in claims["month"]}
        near = [(f, s) for f, s in found.top_facts if s >= threshold - WH_MARGIN]
        dated = [f for f, _ in near if asked & self._months_of(self.facts[f])]
        if len(dated) != 1 or dated[0] != found.top_facts[0][0]:
            return None
        if SPECIFIC_WH.get(part.wh or "", "") not in self.fact_wh[dated[0]] | {""}:
            return None
        return replace(found, kind="fact", item_id=dated[0], score=threshold, reason="the one dated as asked")

    @staticmethod
    def _months_of(fact: Fact) -> set[tuple[int, int]]:
        dates = [str(d) for d in (fact.values.dates if fact.values else [])]
        months = {(int(d[:4]), int(d[5:7])) for d in dates if len(d) >= 7}
        if fact.event is not None:
            months.add((fact.event.date.year, fact.event.date.month))
        return months

    def _finer_place(self, part: Part, found: Match) -> Match | None:
        """ "Where exactly in the city?", "where in Tashkent?": the city is known; the place within it is a
        related fact's, which names the same city and something in it (the ministry's headquarters)."""
        best = self.facts.get(found.item_id or "")
        if part.wh != "where" or best is None or best.values is None or not _FINER_PLACE.search(part.text):
            return None
        if best.values.confirms:
            # a fact with its own particulars is no city-level answer: "where in Tashkent did the delegation
            # lay flowers?" is Victory Park's own, not the visit's the park's fact relates to
            return None
        for fact_id in best.related:
            other = self.facts.get(fact_id)
            if (
                other is not None
                and other.values is not None
                and other.values.confirms
                and best.values.places
                and set(best.values.places) <= set(other.values.places)
                and "where" in self.fact_wh.get(fact_id, frozenset())
            ):
                return replace(found, item_id=fact_id, reason="a place within the city")
        return None

    def _quoted_subject(self, part: Part, own: Match) -> Match | None:
        """ "Reports on the January 2025 signing mention a '2017 defence cooperation treaty'. What kind of
        agreement was that?": what the writer quotes in the lead-in is what "that" points at, read with the
        question, however the lead-in's other words read."""
        if not part.core or not points_back(part.core):
            return None
        lead = part.text[: len(part.text) - len(part.core)] if part.text.endswith(part.core) else ""
        names = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(lead)]
        if len(names) != 1:
            return None
        found = self.matcher.match(f"{names[0].strip()}, {part.core}")
        if found.kind != "fact" or found.score < KEEP_OWN_READING or found.item_id == own.item_id:
            return None
        if found.item_id not in dict(own.top_facts[:3]) or (own.kind == "fact" and own.score >= found.score):
            # (the whole must lean to it too: "… 'Hamkorlik' I believe they called it. On what dates did it
            # run?" is the exercise's, not what "hamkorlik", cooperation, reads of alone)
            return None
        return replace(found, reason="what the lead-in quotes")

    def _newest_of_topic(self, found: Match, part: Part) -> Match:
        """ "what's the latest on the defence doctrine?": the latest asked of one topic is that topic's fact,
        when the question without its news words reads better of it than the whole reads of the reports'
        reach, and the fact tells of something after the signing (the signing day's own facts are no
        news; what followed them is the reach's answer)."""
        # (…or read no better than of the reports' reach and one other fact, neither well enough)
        reach = {found.item_id} if found.kind == "fact" else {f for f, _ in found.top_facts[:2]}
        if part.kind != "wh" or found.kind not in ("fact", "none") or not reach & self._status_facts:
            return found
        words = [w for w in tokens(part.text) if self._term(w) not in _NEWS_WORDS]
        if len(words) == len(tokens(part.text)):
            return found  # no news asked for: nothing to read without
        content = [t for t in self._own_words(Part(" ".join(words), part.kind)) if t not in _NEWS_WORDS]
        topic = self.matcher.match(" ".join(words) + "?")
        if topic.kind != "fact" or topic.item_id in self._status_facts or topic.score <= found.score:
            return found
        # the topic must be named by a word few facts tell of ("doctrine"), not by words every fact or none
        # does ("defence policy", "bu mavzu"): "the latest on Uzbekistan's defence" is the reports' reach
        named = [t for t in content if t in self._answer_terms(topic.item_id or "")]
        if not any(t not in _COMMON_TOPIC_TERMS for t in named):
            return found
        day = self._newest_day(self.facts[topic.item_id or ""])
        if day is None or self.signed is None or day <= self.signed:
            return found
        return replace(topic, reason="the newest of the topic asked")

    @staticmethod
    def _newest_day(fact: Fact) -> dt.date | None:
        days = [dt.date.fromisoformat(str(d)) for d in (fact.values.dates if fact.values else []) if len(str(d)) == 10]
        if fact.event is not None:
            days.append(fact.event.date)
        return max(days, default=None)

    @staticmethod
    def _leaned_to(own: Match) -> set[str]:
        """The facts a reading leans to: its first, and any within a tie of it."""
        top = own.top_facts[0][1] if own.top_facts else 0.0
        return {f for f, score in own.top_facts if score >= top - TIE}

    def _vetoed_by_the_lead_in(self, part: Part, own: Match) -> bool:
        """ "Cocoa prices are crazy but I'm reading about something else: who was the Russian minister…?":
        a word the sources never answer ("prices") that stands only in the lead-in vetoes nothing the
        question itself asks."""
        return own.kind == "decline" and own.reason == VETOED and not self.matcher.match(part.core or "").final

    def _own_words(self, part: Part) -> list[str]:
        """The part's terms once question words, pronouns and filler are gone: what it is about."""
        text = _THAT_TIME.sub(" ", part.text)  # "what did they sign that time?": the time of the last answer
        # (the phrases first, which may hold the question word: "где стоит" is where a unit is based)
        text = self.analyzer.with_phrases(text)
        for start, end, _ in reversed(wh_words(text)):
            text = text[:start] + " " + text[end:]
        return self.analyzer.terms(" ".join(w for w in tokens(text) if w not in _TOPIC_SKIP and w not in PRONOUNS))

    def _core_reads_exactly(self, part: Part, own: Match) -> bool:
        """A question after a lead-in that reads as one of the base's own questions, where the whole reads
        only well ("Russia and Uzbekistan signed some defence paperwork in January 2025 — what exactly got
        signed?"): the statement before it is background, and its words pull toward another fact."""
        core = self.matcher.match(part.core or "")
        return core.kind == "fact" and core.score >= CORE_EXACT and core.score - own.score >= CORE_EXACT_LEAD

    def _resolve(self, part: Part, ctx: Context | None) -> tuple[Match, str]:
        """The reading of the part, or, when nothing matched well enough, the fact far ahead of the rest."""
        found, used = self._read(part, ctx)
        found = self._successor_untold(part, found, ctx)
        if ctx is not None:
            found = self._the_newer_one(part, found, self._last(ctx))
        found = self._the_one_before_named(part, found)
        top = found.top_facts
        if (
            found.kind == "none"
            and not found.final
            and found.reason == NO_MATCH
            and top
            and (
                (
                    top[0][1] >= self.matcher.tuning.answer_threshold - self.matcher.tuning.leader_margin
                    and (len(top) < 2 or top[1][1] <= top[0][1] * self.matcher.tuning.leader_ratio)
                )
                or (
                    # further below, when the fact's own answer speaks of two of the subjects the question
                    # names ("Xitoy … qiruvchi samolyotlar …, bu qanchalik aniq?"): a visa question that only
                    # shares "apply" and "Uzbekistan" with the doctrine is no reading of it
                    top[0][1] >= self.matcher.tuning.answer_threshold - self.matcher.tuning.far_margin
                    and (len(top) < 2 or top[1][1] <= top[0][1] * self.matcher.tuning.far_ratio)
                    and len(self._subjects(used) & self._answer_terms(top[0][0])) >= self.matcher.tuning.far_subjects
                )
            )
            # a number the base never states is a detail it cannot have: "what does paragraph 3 say?"
            and not any(w[0].isdigit() for w in self.matcher.unknown(used))
            # …nor is a fact of other years for a forecast: "O'zbekiston 2027-yilda Su-35 sotib oladimi?"
            and not (part.future and self._year_ahead_untold(used, self.facts[top[0][0]]))
            # …and one that cannot answer the kind of question is no reading of it ("how many soldiers from
            # each side?" is not who signed for each side)
            and SPECIFIC_WH.get(part.wh or "", "") in self.fact_wh[top[0][0]] | {""}
        ):
            return replace(found, kind="fact", item_id=top[0][0], score=top[0][1], reason="far ahead of the rest"), used
        dated = self._dated_near_miss(part, found)
        if dated is not None:
            return dated, used
        found = self._express_over_implied(part, found)
        head, *tail = _DASH_TAIL.split(part.text, maxsplit=1)
        offers = bool(tail) and _ALTERNATIVE.search(tail[0]) is not None and not wh_words(tail[0])
        if found.kind == "none" and not found.final and offers and wh_words(head):
            # "Belousov arrived to Uzbekistan on which day — same day as the signing or before?": the
            # question is asked before the dash; what follows offers answers, whose words dilute it
            again, used_again = self._read(replace(part, text=f"{head.rstrip()}?", core=""), ctx)
            if again.kind == "fact" and again.score >= self.matcher.tuning.answer_threshold:
                return again, used_again
        return found, used

    def _replacers(self, fact_id: str) -> set[str]:
        """The people a fact tells whom they replaced, from its own questions ("Whom did Khalmukhamedov
        succeed?"): the fact names their predecessor, not a successor of theirs."""
        found: set[str] = set()
        for lang in LANGS:
            for question in self.facts[fact_id].questions.get(lang):
                asked = _WHO_WAS_REPLACED.search(fold(question))
                if asked is not None:
                    found.update(t for t in self.analyzer.terms(asked.group(0)) if t in self.people)
        return found

    def _successor_untold(self, part: Part, found: Match, ctx: Context | None) -> Match:
        """ "who replaced him as chief of the General Staff?" after Kholmukhamedov: the fact of whom he
        replaced reads the same words the other way round, and the sources name no successor of his."""
        asked = _WHO_REPLACED_HIM.search(part.text)
        if asked is None or found.kind != "fact" or found.item_id not in self.facts:
            return found
        words = tokens(asked.group(0))
        person = next((t for t in self.analyzer.terms(asked.group(0)) if t in self.people), None)
        if person is None and ctx is not None and _PERSON_PRONOUNS.intersection(words):
            person = ctx.person
        if person is None or person not in self._replacers(found.item_id):
            return found
        return replace(found, kind="none", item_id=None, reason=NO_MATCH, final=True)

    def _read(self, part: Part, ctx: Context | None) -> tuple[Match, str]:
        """The part on its own, or read with the context when it leans on it; then checked that the
        fact it found can answer this kind of question."""
        if _TODAY_IS.search(part.text):
            # "as of today (Dec 2026), where does the programme stand?": the writer's date is no time asked
            # about, and "now" is what the rest asks of
            part = replace(part, text=_TODAY_IS.sub(" now ", part.text).strip(), core="")
        if part.kind == "opinion" and self.opinion is not None:
            return Match("decline", self.opinion, 1.0, "asks for an opinion or a forecast", final=True), part.text
        reach = self._at_the_reach(part.text)
        if reach is not None:
            return Match("fact", reach, 1.0, "asks what came after the newest report's month"), part.text
        if self._after_latest(part.text):
            opened = self._open_after_latest(part.text) if _LATELY.search(part.text) else None
            if opened is not None:
                return Match("fact", opened, 1.0, "an open question about a time after the newest report"), part.text
            return Match(
                "decline", self.after_latest, 1.0, "asks about a time after the newest report", final=True
            ), part.text
        if self._after_pivot(part.text) is not None:
            return Match("fact", TIMELINE_FACT, 1.0, "asks what followed a day"), part.text
        if FOLLOWED_FACT in self.facts and self._after_pivot(part.text, signing=True) is not None:
            return Match("fact", FOLLOWED_FACT, 1.0, "asks what followed the signing"), part.text
        news = self._news_of_year(part)
        if news is not None:
            return Match("fact", news, 1.0, "asks for the news of a year"), part.text
        if (
            _TIMELINE.search(part.text)
            and part.kind != "yesno"
            # "восстановить хронологию визита: когда он прибыл…?" asks when, of the visit
            and SPECIFIC_WH.get(part.wh or "") is None
            and TIMELINE_FACT in self.facts
        ):
            return Match("fact", TIMELINE_FACT, 1.0, "asks for the timeline"), part.text
        held = self._minister_at_the_signing(part)
        if held is not None:
            return Match("fact", held, 1.0, "asks who held a side's ministry at the signing"), part.text
        # "what did they sign that time?" asks nothing about a time of day
        own = self._newest_of_close(self._break_tie(self.matcher.match(_THAT_TIME.sub(" ", part.text)), part), part)
        own = self._former_of_close(own, part)
        own = self._decline_of_someone_else(own, part)
        own = self._of_country_named(self._newest_of_topic(self._newest_of_person(own, part), part), part)
        if part.kind == "yesno" and own.final and own.kind == "none":
            own = self._claim_on_another_country(part, own)
        own = self._past_the_reference(own, part, part.text)
        own = self._at_the_moment(own, part)
        own = self._without_the_outlet(self._veto_the_answer_speaks_of(own, part), part)
        confident = own.kind == "fact" and own.score >= KEEP_OWN_READING
        answers = own.kind == "fact" and own.score >= self.matcher.tuning.answer_threshold
        # (matched once, and only when the whole already reads well enough for it to matter)
        exact = bool(part.core) and (confident or answers) and self._core_reads_exactly(part, own)

        last = self._last(ctx) if ctx is not None else None
        if last is not None and own.item_id != last and _ITS_NAME.match(part.text.strip()) and self._names_in(last):
            # "…Termiz poligonida qandaй mashg'ulot bo'lgan edi, nomi nima edi?": the name of the exercise the
            # message's first part found, which its answer gives, not the documents' titles
            return self._as_last(own, last, fact=True), part.text
        quoted = self._quoted_subject(part, own)
        if quoted is not None:
            return quoted, part.text
        whole = own
        # the question without its lead-in, when the whole reads poorly ("my dad keeps asking — who's …?");
        # a lead-in that names the topic ("the 2017 treaty — when was it signed?") keeps the whole
        if (
            part.core
            and part.kind != "overview"  # "tl;dr of the deal": the lead-in is the request
            and (not own.final or self._vetoed_by_the_lead_in(part, own))
            # (a veto word of the lead-in's alone does not count as a confident decline: "…on my lunch break
            # reading about … some military deal, who signed it for the russian side?")
            and not (
                own.kind == "decline"
                and own.score >= self.matcher.tuning.answer_threshold
                and not self._vetoed_by_the_lead_in(part, own)
            )
            # a core must say what it asks about, and more than one word of it when the whole already
            # reads well enough ("…, which country?")
            # (a number alone is no subject: "…, on the 21st?")
            and len([t for t in self._own_words(Part(part.core, part.kind)) if len(t) > 2 and not t[0].isdigit()])
            >= (2 if answers and not exact else 1)
            and (not confident or exact)
            and len(self.matcher.unknown(part.core)) < max(len(self.matcher.unknown(part.text)), 1)
        ):
            core = self._past_the_reference(self.matcher.match(part.core), part, part.core)
            # (read without an outlet it names, as the whole is: "…, but: when was the agreement signed — the one
            # the Caspian News piece calls the 2017 treaty?")
            core = self._without_the_outlet(core, replace(part, text=part.core, core=""))
            if (
                core.kind == "fact"
                and (own.kind != "fact" or core.score > own.score)
                # "heard the minister flew to Ankara in January 2026, did anything get signed?": the
                # lead-in's date is the question's, and a fact of another year does not answer it
                # (a month alone may be another clause's: "yanvarda, … imzolaganda ham shu unvonda edimi?")
                and not (_YEAR.search(part.text) and self.checker.wrong_year(part.text, self.facts[core.item_id or ""]))
                and not self._lead_in_names_own(part, own, core)
                # "Birlik-2025 degan mashq bo'lgan ekan, qayerda o'tgan u?": a core that points back at the
                # lead-in is about the lead-in's topic, so its fact must be the one the whole leans to
                # ("…doktrinasini yozdiryapti deyishdi, unda ham … qoldirilganmi?": "in it" starts the core)
                and not (
                    (
                        (points_back(part.core) and len(self._own_words(Part(part.core, part.kind))) <= 2)
                        or any(w in IN_IT for w in tokens(part.core)[:1])
                        or asks_attribute(part.core)  # "…qo'shma mashg'ulot bo'luvdi, nomi nima edi?"
                    )
                    # (or one of a near tie it leans to: "…talking about russia + uzbekistan signing some
                    # military thing in jan 2025, who actually put their signatures on it?")
                    and core.item_id not in self._leaned_to(own)
                    # (or one of those the whole reads near whose answer speaks of all the lead-in names:
                    # "…my nephew wont stop talking about russia and uzbekistan signing some military thing.
                    # who signed it for russia?")
                    and not (core.item_id in dict(own.top_facts) and self._lead_in_told_by(part, core))
                )
            ):
                own = core
            elif (
                own.kind == "none"
                and core.kind == "fact"
                and asks_attribute(part.core)
                and own.top_facts
                and own.top_facts[0][1] >= self.matcher.tuning.answer_threshold - LEAD_MARGIN
                and own.top_facts[0][0] != core.item_id
            ):
                # "…summer 2025 joint drill with the Russians, everyone at the bazaar talked of it. Its name?":
                # a detail asked of the lead-in, which leans to its fact nearly well enough on its own
                fact_id, score = own.top_facts[0]
                own = replace(own, kind="fact", item_id=fact_id, score=score, reason="a detail of the lead-in")
            elif own.kind == "none" and core.kind == "fact" and self._lead_in_names_own(part, own, core):
                # "Hamkorlik-2025. Location and dates?": the lead-in names what the whole leans to, and the
                # core alone would be another fact's; the fact leaned to is the reading
                fact_id, score = own.top_facts[0]
                own = replace(own, kind="fact", item_id=fact_id, score=score, reason="named by the lead-in")
        own = self._decline_of_other_partner(self._decline_of_other_years(own, part), part)
        own = self._unconfirmed_alone(own, part, ctx)
        if part.kind == "overview" and own.kind == "none" and own.top_facts and own.top_facts[0][1] >= CLARIFY_FLOOR:
            # "the piece mentions a 2017 defence treaty; what was it about?": an overview of the close fact
            # of a year the summary never names, though the words around dilute the reading
            fact_id, score = own.top_facts[0]
            if self._names_other_years(part, replace(own, kind="fact", item_id=fact_id, score=score)):
                own = replace(own, kind="fact", item_id=fact_id, score=score, reason="an overview of that year's fact")
        found, used = own, part.text
        summary_score = dict(own.top_facts).get(self.summary_id, 0.0) if self.summary_id else 0.0
        specific = (
            own.kind == "fact"
            and own.item_id != self.summary_id
            and (
                own.score >= SPECIFIC_OVERVIEW
                or (
                    own.score >= SPECIFIC_OVERVIEW_FLOOR
                    and own.score - summary_score >= SPECIFIC_OVERVIEW_LEAD
                    # words many facts share as well ("the Russia–Uzbekistan military partnership") are
                    # the topic as a whole, not one fact's
                    and sum(1 for _, s in own.top_facts if s >= own.score - OVERVIEW_TIE) < 3
                )
                or self._names_more_than_summary(part, own)
                or self._names_other_years(part, own)
            )
        )
        # "what did he say about the relationship, in one line?": brief, but about the last answer's man
        of_last = ctx is not None and bool(ctx.person) and any(w in _PERSON_PRONOUNS for w in tokens(part.text))
        # "unda nimalar nazarda tutilgan edi, qisqacha?" after the 2017 treaty: brief, but about what "it" is
        of_last = of_last or (ctx is not None and bool(ctx.fact_ids) and points_back(part.text))
        if part.kind == "overview" and self.summary_id is not None and not specific and not own.final and not of_last:
            if _HISTORY.search(part.text) and not _AFTER.search(part.text) and TIMELINE_FACT in self.facts:
                return Match("fact", TIMELINE_FACT, max(own.score, 0.6), "an overview of the history"), part.text
            if not self._overview_of_the_deal(part):
                # "explain in simple words how a nuclear reactor works": an overview of something else
                return replace(own, kind="none", item_id=None, reason="an overview of something else"), part.text
            return Match("fact", self.summary_id, max(own.score, 0.6), "overview"), part.text
        # a decline read from question words alone ("а на сколько лет?" is no "сколько лет Холмухамедову?")
        # yields to the context
        if ctx is not None and (
            not own.final
            or not self._own_words(part)
            or self._licensed_by_context(part, own, ctx)
            or self._declined_words_the_last_tells(part, own, ctx)
            or self._declined_count_the_last_tells(part, own, ctx)
            or self._last_judges_expressly(part, own, ctx).item_id != own.item_id
            or self._last_speaks_of_it(part, own, ctx)
            or self._last_tells_of(part, own, ctx)
        ):
            found, used = self._with_context(part, own, ctx)
            found = self._then_of_last(part, found, ctx)
            last = self._last(ctx)
            found = self._same_day_nearby(part, found, own, last)
            found = self._dated_nearby(part, found, last)
            found = self._expressly_judged(part, found, own)
            found = self._last_judges_expressly(part, found, ctx)
            named_last = False
            if (
                part.kind == "yesno"
                and last is not None
                and found.item_id != last
                and (points_back(part.text) or (named_last := self._names_the_last_subject(part, found, last)))
                # (a year is left to the steps that know how far the reports reach: "any meeting in 2026?")
                and bool(claims := self.checker.claims(part.text))
                and "year" not in claims
                and self.checker.verdict(part.text, self.facts[last]) is not None
                # (the fact read can judge it too, unless the part names the last answer's subject: "парад 10
                # майда бўлганми?" after the parade is the parade's day, not the meeting of 10 May)
                and (
                    found.kind != "fact"
                    or named_last
                    or self.checker.verdict(part.text, self.facts[found.item_id or ""]) is None
                )
                and not self._someone_elses_story(part, found, last)
            ):
                # "was that in moscow?" after the overview: "that" is the last answer, which can judge the
                # claim, not a fact of another occasion that the claim's words read like
                return self._as_last(found, last, fact=True), used
            if (
                part.kind == "yesno"
                and last is not None
                and found.item_id == last
                and points_back(part.text)
                # (of a document's signing, which the last answer does not date: not "was Mirziyoyev there as
                # well?" after the parade)
                and "sign" in self.analyzer.terms(part.text)
                and not self.facts[last].values.dates
                and self.checker.verdict(part.text, self.facts[last]) is None
            ):
                # "was it signed in Tashkent?" after the 2025 plan's 50 events: "it" is the plan, which the last
                # answer only speaks of; the fact it names as related (the plan itself) can check the claim
                judged = {
                    r: found_verdict
                    for r in self.facts[last].related
                    if r in self.facts and (found_verdict := self.checker.verdict(part.text, self.facts[r])) is not None
                }
                if judged and len(set(judged.values())) == 1:
                    return self._as_last(found, next(iter(judged)), fact=True), used
            if self._other_partner_of_last(part, found, last):
                return replace(found, kind="none", item_id=None, reason="nothing told of that partner"), used
            if (
                part.kind == "yesno"
                and last is not None
                and self._another_occasion(part, found, ctx)
                and self.checker.verdict(part.text, self.facts[last]) is not None
            ):
                # "and the drills were in Samarkand region, right?" after Hamkorlik-2025: a claim about the
                # occasion just answered, which that answer can check, not another exercise in Samarkand
                return self._as_last(found, last), used
            if (
                part.kind == "yesno"
                and last is not None
                and found.kind == "fact"
                and found.item_id != last
                and self.checker.claims(part.text).get("country")
                and len(self._own_words(part)) <= 2
                and not event_names(part.text)
                and self.checker.verdict(part.text, self.facts[last]) == "no"
            ):
                # "did Kazakhstan join?" after Hamkorlik-2025: a country claimed of the exercise just answered,
                # which names its own (the 201st base in Tajikistan), not the other exercise Kazakhstan was in
                return self._as_last(found, last), used
            if self._another_occasion(part, found, ctx) and self.details is not None:
                # "who else was sitting in on that meeting?" after the May meeting is about that meeting,
                # which tells no more; not about another meeting on another day
                return Match("decline", self.details, found.score, NO_FACT_OF_KIND, final=True), used
        if (
            part.kind == "yesno"
            and found.kind != "fact"
            and not found.final
            and found.top_facts
            # (a topic the sources never cover, read clearly above every fact, stays declined: "is there a
            # Russian military base in Uzbekistan?" is not checked against an exercise held there; "was it
            # in Tashkent again?" is still checked against the meeting just answered)
            and not (
                found.kind == "decline"
                and found.score >= self.matcher.tuning.answer_threshold
                and (
                    # "Belousov 2026-yilda yana keladimi?": a question about what will be, which the base knows
                    # it does not answer, is not denied by a fact of that year
                    part.future
                    or (
                        found.score - found.top_facts[0][1] >= YESNO_MARGIN
                        and (ctx is None or found.top_facts[0][0] != self._last(ctx))
                    )
                    # …nor is what came after the occasion just answered: "did Russia announce a base in
                    # Uzbekistan after the drills?" asks of no claim the drills' answer can check
                    or (ctx is not None and found.top_facts[0][0] == self._last(ctx) and _AFTER.search(part.text))
                    # …nor by a report from before it: "did Russia deliver any fighter jets after that?" after
                    # the May meeting is not denied by April's reports of Chinese jets
                    or (ctx is not None and _AFTER.search(part.text) and self._older(found.top_facts[0][0], ctx))
                )
            )
        ):
            # "Was it signed in Bukhara?" reads like a question about another agreement; the fact whose
            # values refute its claim answers it better than a decline
            # the claim must be more than a span of years, which any fact with those years can check; of
            # the close facts, the one that checks most of it ("…met our president too?" is the meeting's)
            claim = YEAR_SPAN.sub(" ", part.text)
            first = found.top_facts[0][1]
            close = [(f, s) for f, s in found.top_facts if s >= max(CLARIFY_FLOOR, first - TIE * 2)]
            # …and of equally strong ones, the last answer's ("did Russia take part in them?")
            last = self._last(ctx) if ctx is not None else None
            checked = [(self.checker.strength(claim, self.facts[f]), f == last, s, f) for f, s in close]
            _, _, score, fact_id = max(checked, default=(0, False, 0.0, ""))
            # (a year alone, asked after another answer, is checked by none of the facts of other years: "а в
            # 2006 вступал обратно?" after the CSTO is not denied by the 2017 treaty's year)
            year_only = last is not None and fact_id != last and set(self.checker.claims(claim)) == {"year"}
            if checked and checked[0][0] > 0 and not year_only:  # …as long as the first can check it at all
                found = replace(found, kind="fact", item_id=fact_id, score=score)
        if found.kind == "fact" and found.item_id == self.summary_id and part.kind != "overview" and found.score < 0.75:
            # the overview's examples are generic; a question that is not asking for one goes to the next fact
            others = [(f, sc) for f, sc in found.top_facts if f != self.summary_id]
            threshold = self.matcher.tuning.answer_threshold
            if not others or others[0][1] < threshold:
                return replace(found, kind="none", item_id=None, reason="a vague question"), used
            found = replace(found, item_id=others[0][0], score=others[0][1], top_facts=tuple(others))
        if found.kind == "fact" and found.item_id is not None:
            found = self._rerank(part, found, used)
        fact = self.facts.get(found.item_id or "") if found.kind == "fact" else None
        if fact is not None and part.kind == "wh" and part.wh != "who" and self._other_person(used, fact):
            # "When was Belousov appointed?" is not answered by Kholmukhamedov's appointment: the next close
            # fact about the person named, or none
            floor = max(self.matcher.tuning.answer_threshold - WH_MARGIN, found.score - YESNO_MARGIN)
            named = self._people_named(used)
            for fact_id, score in found.top_facts:
                about = (
                    {self._term(p) for p in self.facts[fact_id].values.people} if self.facts[fact_id].values else set()
                )
                if score >= floor and named & about and not self._other_person(used, self.facts[fact_id]):
                    return replace(found, item_id=fact_id, score=score), used
            newest = self._newest_about(named) if asks_newest(part.text) else None
            if newest is not None:
                # "what is the latest on Kholmukhamedov?": the newest dated report that speaks of him
                return replace(found, item_id=newest), used
            return replace(found, kind="none", item_id=None, reason="the fact is about another person"), used
        # (not one a time is measured from: "кто до Белоусова подписывал программу?" asks of someone else)
        named_people = (
            self._people_named(_BEFORE_SOMEONE.sub(" ", used)) if fact is not None and part.wh == "who" else set()
        )
        if fact is not None and named_people and not named_people & self._answer_terms(fact.id):
            # "who held talks with Shoigu for the Uzbek side?": the close fact whose answer speaks of the
            # person named, not the January signing that never mentions him
            floor = max(self.matcher.tuning.answer_threshold - WH_MARGIN, found.score - YESNO_MARGIN)
            for fact_id, score in found.top_facts:
                if score >= floor and named_people <= self._answer_terms(fact_id):
                    found, fact = replace(found, item_id=fact_id, score=score), self.facts[fact_id]
                    break
        # (the years the part itself names, when context read it as the last answer's: the topic may name
        # another document's, "на какие годы?" after "the one before the 2026–2030 programme")
        as_last = ctx is not None and fact is not None and fact.id == self._last(ctx)
        named = named_years(part.text if as_last else used) if fact is not None and part.kind == "wh" else set()
        if fact is not None and named and not named & self._years_of(fact):
            # "the 2017 treaty — when was it signed?": the close fact that states the year naming the document
            floor = max(self.matcher.tuning.answer_threshold - WH_MARGIN, found.score - YESNO_MARGIN)
            for fact_id, score in found.top_facts:
                if score >= floor and named & self._years_of(self.facts[fact_id]):
                    found, fact = replace(found, item_id=fact_id, score=score), self.facts[fact_id]
                    break
        if fact is not None and part.kind == "wh" and self._said_about_else(used, fact):
            return replace(found, kind="none", item_id=None, reason="the words reported are about other things"), used
        saying = part.kind == "yesno" and SAY in self.analyzer.terms(part.text)
        if fact is not None and (part.kind != "yesno" or saying) and self.others is not None:
            # …and "did Putin comment on it?": whether an official the fact never mentions said something
            officials = [t for t in self.analyzer.terms(part.text) if t.startswith(OFFICIAL)]
            if any(t not in self._answer_terms(fact.id) for t in officials):
                return Match("decline", self.others, 1.0, "asks about an official the fact does not mention"), used
        future = part.kind == "yesno" and part.future and self.forecast is not None
        if (
            fact is not None
            and future
            and (
                self.checker.verdict(part.text, fact) is None
                # "will Belousov come to Tashkent again this year?": another time than the one told of
                or ((_AGAIN_WHEN.search(part.text) or NEXT_YEAR.search(part.text)) is not None and self._past(fact))
                # "2027 йилда Белоусов Тошкентга келадими?": a visit in a year past every report is no visit told
                # of, even by a fact whose plan runs to that year (the summit's action plan for 2025–2027)
                or (_VISIT.search(part.text) is not None and self._year_ahead(part.text) and self._past(fact))
                # "вступит ли Узбекистан обратно в ОДКБ до 2030 года?": the programme's years settle no
                # forecast about a subject the fact never mentions (an intention stated, as the doctrine's, may)
                or (
                    (fact.values is None or not fact.values.intent)
                    and any(
                        t in _SUBJECTS and t not in self._answer_terms(fact.id) for t in self.analyzer.terms(part.text)
                    )
                )
                or not (
                    self._future_claims(part.text, fact)
                    or (fact.values.intent and self.checker.settles(part.text, fact))
                )
                or self._year_ahead_untold(part.text, fact)
            )
        ):
            # "Will Uzbekistan rejoin the CSTO?" is a forecast, which the sources do not make; a claim a
            # fact settles ("will the programme run until 2030?") is still checked
            return Match("decline", self.forecast, 1.0, "asks for a forecast", final=True), used
        if fact is not None and part.kind == "wh" and part.future and self.forecast is not None and self._past(fact):
            # "when will Belousov come back?" asks for a forecast; the fact reports only what was
            return Match("decline", self.forecast, 1.0, "asks when something will happen again", final=True), used
        if fact is not None and part.kind == "yesno":
            other = self._named_span_elsewhere(part.text, found)
            if other is not None:
                found, fact = other, self.facts[other.item_id or ""]
        if (
            fact is not None
            and part.kind == "wh"
            and part.wh == "when"
            and _AGAIN_WHEN.search(part.text)
            # (the day of the event, or the one day the fact states: the president's meeting of 22 January)
            and (day := self._newest_day(fact)) is not None
            and self.signed is not None
            # (or the occasion just answered: "undan keyin yana qachon uchrashishgan?" after the May meeting)
            and (day <= self.signed or (ctx is not None and found.item_id == self._last(ctx)))
        ):
            # "when did Belousov come to Uzbekistan again?": not the visit of the signing, which it counts from
            if day > self.signed and self.after_latest is not None:
                # (again after the newest occasion of its kind the reports hold: declined with how far they reach)
                return Match("decline", self.after_latest, 1.0, "asks when it happened again", final=True), used
            return replace(found, kind="none", item_id=None, reason="asks when it happened again"), used
        if fact is not None and self.checker.other_edition(part.text, fact):
            return replace(found, kind="none", item_id=None, reason=ANOTHER_EDITION), used
        if fact is not None and part.kind == "yesno" and self.checker.later_year(part.text, fact):
            if own.kind == "decline" and own.score >= self.matcher.tuning.answer_threshold:
                return own, used  # "has Belousov been back in 2026?": the topic that says no report has it
            return replace(found, kind="none", item_id=None, reason=A_LATER_YEAR), used
        if fact is not None and part.kind == "wh" and self._elsewhere(part.text, fact):
            # "when did the ministers meet in Moscow?" is not the meeting in Samarkand: the close fact
            # that happened there, or none
            floor = max(self.matcher.tuning.answer_threshold - WH_MARGIN, found.score - YESNO_MARGIN)
            for fact_id, score in found.top_facts:
                if score >= floor and not self._elsewhere(part.text, self.facts[fact_id]):
                    found, fact = replace(found, item_id=fact_id, score=score), self.facts[fact_id]
                    break
        if fact is not None and part.kind == "wh" and self.checker.wrong_year(part.text, fact):
            # "the 2026 plan", "on 10 May": the next close fact that is not about another date, or none
            untold = self._sides_plan_of_year_untold(part)
            if untold is not None:
                return untold, used
            claimed = {t for found_terms in self.checker.claims(part.text).values() for t in found_terms}
            if ctx is not None and set(self._own_words(part)) <= claimed:
                # "а на 2026 сколько?" after the 2025 plan's fifty: the same question of another year,
                # which no other fact's answer to another question settles
                return replace(found, kind="none", item_id=None, reason="the fact is about another year"), used
            # "…exercise at the Kattaqo'rg'on range in October, what was its name?": the fact of the month and
            # the place named, though its words read a little under the others'
            # (and that answers the question's kind: "…when he came to Tashkent in January, how many events…?")
            wanted = SPECIFIC_WH.get(part.wh or "")
            for fact_id, score in sorted(set(found.top_facts) | set(whole.top_facts), key=lambda x: -x[1]):
                if (
                    score >= CLARIFY_FLOOR - WH_MARGIN
                    and (wanted is None or wanted in self.fact_wh[fact_id])
                    and self.checker.holds_when_and_where(part.text, self.facts[fact_id])
                ):
                    return replace(found, item_id=fact_id, score=max(score, self.matcher.tuning.answer_threshold)), used
            floor = max(self.matcher.tuning.answer_threshold - WH_MARGIN, found.score - YESNO_MARGIN)
            # …and that speaks of the people the question names ("what did Belousov and Kholmukhamedov
            # agree in December 2025?" is not answered by the presidents' December call)
            named = self._people_named(used)
            right_year = [
                (f, s)
                for f, s in found.top_facts
                if s >= floor
                and not self.checker.wrong_year(part.text, self.facts[f])
                and named <= self._answer_terms(f)
            ]
            # one that also answers the question's kind first: "who signed the programme to 2030?"
            fitting = [(f, s) for f, s in right_year if wanted is None or wanted in self.fact_wh[f]]
            if not right_year and wanted == "who":
                # "who was Belousov's Uzbek counterpart when they signed in January 2025?": the man appointed
                # the year before is not of that year, but the fact of that day that names who was there is,
                # though its words read a little under
                fitting = [
                    (f, s)
                    for f, s in found.top_facts
                    if s >= CLARIFY_FLOOR
                    and "who" in self.fact_wh[f]
                    and not self.checker.wrong_year(part.text, self.facts[f])
                    and named <= self._answer_terms(f)
                ]
                fitting.sort(key=lambda x: -self.fact_wh_share.get(x[0], {}).get("who", 0.0))
            for fact_id, score in fitting or right_year:
                return replace(found, item_id=fact_id, score=score), used
            return replace(found, kind="none", item_id=None, reason="the fact is about another year"), used
        return found, used

    def _news_of_year(self, part: Part) -> str | None:
        """ "что было в 2025 году?", "what happened in 2026?": the news of the signing's year is what followed
        it; of the newest report's year, the latest reports (a question that names more is another one)."""
        found = _WHAT_HAPPENED.search(part.text)
        if found is None or _AFTER.search(part.text) or self.kb.latest_report is None or self.signed is None:
            return None
        claims = self.checker.claims(part.text)
        years = claims.get("year", set())
        if len(years) != 1 or "day" in claims or "month" in claims:
            return None
        rest = Part(part.text[: found.start()] + " " + part.text[found.end() :], part.kind)
        claimed = {t for terms in claims.values() for t in terms}
        if any(
            t not in claimed and t not in _BROAD and t not in _YEAR_WORDS and not t[0].isdigit()
            for t in self._own_words(rest)
        ):
            return None
        year = int(next(iter(years)))
        latest = self.declines[self.after_latest].open_facts[:1] if self.after_latest in self.declines else []
        if year == self.signed.year and FOLLOWED_FACT in self.facts:
            return FOLLOWED_FACT
        if year == self.kb.latest_report.year and latest and latest[0] in self.facts:
            return latest[0]
        return None

    def _after_pivot(self, text: str, signing: bool = False) -> dt.date | None:
        """The day a question about what followed counts from, when it is neither the signing (the
        what-followed fact) nor after the newest report: a month ("what happened after May 2025?") or a
        dated event ("any follow-up after the ministers' May meeting?"). With ``signing``, the day of
        the signing when it is the one counted from ("latest shifts since the programme got signed?")."""
        found = _AFTER.search(text)
        latest = self.kb.latest_report
        if found is None or latest is None or TIMELINE_FACT not in self.facts:
            return None
        if not (_WHAT_HAPPENED.search(text) or _NEXT.search(text)):
            return None
        # Uzbek puts what it counts from before its postposition ("Hamkorlikdan keyin", "maydan beri")
        uzbek = found.group(0) in ("keyin", "so'ng", "buyon", "beri", "dan")
        clause = text[: found.start()] if uzbek else text[found.end() :]
        clause = _NEXT.sub(" ", _WHAT_HAPPENED.sub(" ", clause))  # what it counts from, not what it asks
        claims = self.checker.claims(clause)
        named = self._month_year(claims)
        years = claims.get("year", set())
        months = {self.checker.month_number(m) for m in claims.get("month", set())}
        if named is None and not years and self.signed is not None and months == {self.signed.month}:
            return self.signed if signing else None  # "after January": after the signing
        clause_terms = set(self.analyzer.terms(clause))
        if (
            named is None
            and self.signed is not None
            and {"january", "sign"} <= clause_terms
            and years <= {str(self.signed.year)}
            and not months - {self.signed.month}
        ):
            return self.signed if signing else None  # "после январского подписания (в 2025-м)": the signing
        match = self.matcher.match(clause) if named is None else None
        top = match.top_facts if match is not None else ()
        # the event the clause names: a fact that matches it well, or one far ahead of the rest ("после
        # Хамкорлика летом 25-го … у узбеков по обороне")
        tuning = self.matcher.tuning
        ahead = bool(top) and top[0][1] >= CLARIFY_FLOOR and (len(top) < 2 or top[1][1] <= top[0][1] * _CLAUSE_LEAD)
        fact_id = match.item_id if match is not None and match.kind == "fact" else (top[0][0] if ahead else None)
        fact = self.facts.get(fact_id or "")
        event = (
            fact.event
            if fact is not None and (ahead or (match is not None and match.score >= tuning.answer_threshold))
            else None
        )
        if named is not None:
            # the whole month ("after the January 2025 signing" is the signing's month: what followed it)
            year, month = named
            pivot = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            if self.signed is not None and (year, month) == (self.signed.year, self.signed.month):
                return self.signed if signing else None
        elif event is not None:
            pivot = event.date
        elif len(years) == 1 and "month" not in claims and len(self._own_words(Part(clause, "wh"))) <= 1:
            pivot = dt.date(int(next(iter(years))), 12, 31)  # "after 2025"
        elif signing and set(claims) <= {"place"} and "sign" in self.analyzer.terms(clause):
            return self.signed  # "since the programme got signed (in Tashkent)": no other day named
        else:
            return None
        if signing:
            return pivot if pivot == self.signed else None
        if pivot >= latest or (self.signed is not None and pivot <= self.signed):
            return None
        return pivot

    def _open_after_latest(self, text: str) -> str | None:
        """The fact that answers "what happened this autumn?": the question without its time words reads
        as a general account of what followed, not as one event (see ``DeclineTopic.open_facts``)."""
        topic = self.declines.get(self.after_latest or "")
        if topic is None or not topic.open_facts or _OUTCOME.search(text):
            return None  # "what did they agree at the September 2026 meeting?" asks of a meeting no report has
        bare = self._recent.sub(" ", text) if self._recent is not None else text
        # without its years, months and seasons: "in November 2026", "летом 2026", "2026-yil kuzida"
        bare = " ".join(w for w in tokens(_YEAR.sub(" ", bare)) if not self.checker.claims(w))
        if _WHAT_HAPPENED.search(bare):
            return topic.open_facts[0]  # "а летом 2026 что было между минобороны?": news asked for, in general
        best = self.matcher.match(bare).top_facts[:1]
        # "any news on the deal lately?" reads as the deal in general: the overview is open too
        opened = (*topic.open_facts, self.summary_id)
        return topic.open_facts[0] if best and best[0][0] in opened else None

    def _said_about_else(self, text: str, fact: Fact) -> bool:
        """ "What did Kholmukhamedov say about the war in Ukraine?": a question about someone's words on a
        subject none of whose words the reported words use."""
        terms = self.analyzer.terms(text)
        if SAY not in terms:
            return False
        found = _ABOUT.search(text)
        if found is None:
            return False
        rest = text[found.end() :].strip()
        asks = wh_words(rest)
        if any(start == 0 for start, _, _ in asks):
            return False  # "о чём говорили?" asks what about
        # (what the words were about ends where the question starts: "говорил о двух документах — как
        # назывался тот, что на 2025 год?")
        rest = rest[: asks[0][0]] if asks else rest
        after = [t for t in self.analyzer.terms(rest) if t in self.concepts and t not in self.people]
        # "about the war in Ukraine", not "during the talks" (nor "after the talks": "о России … после переговоров")
        # (when the one who spoke is the fact's: an organisation's words after the documents are no one's here)
        speakers = self._people_named(text)
        if speakers and speakers <= self._answer_terms(fact.id):
            after = [t for t in after if t not in _WHEN_RELATIVE]
        # (a month or a year says when the words were said, not what about: "at that Jan 2025 meeting")
        subject = [t for t in after[:3] if t not in _BROAD and t not in _MONTH_TERMS and not t.isdigit()]
        # broad words still name the subject when the fact speaks of none of them ("about the Tashkent
        # signing" is not the parade's)
        subject = subject or [t for t in after[:1] if t in _OCCASIONS]
        # (a word within one the answer uses is its subject too: "the war" of "the Great Patriotic War")
        said = self._answer_terms(fact.id)
        return bool(subject) and not any(t in said or (len(t) >= 3 and any(t in w for w in said)) for t in subject)

    def _other_person(self, text: str, fact: Fact) -> bool:
        """The question names only people the fact, which is about one person, does not name."""
        text = _ARTICLE_ABOUT.sub(" ", text)  # (not the man an article it names is about: "…в статье про белоусова")
        people = [self._term(p) for p in fact.values.people] if fact.values else []
        named = self._people_named(text)
        # (one the subject acted with is not the subject: "what rank did the uzbek minister hold when he
        # signed with belousov?", "belousov bilan uchrashuvda o'zbek vaziri nima degan?")
        partners = self._partners_named(text)
        if not people:
            # a fact that lists no one: the people named must at least appear in its answer ("what did
            # Belousov and Kholmukhamedov agree in December?" is not the presidents' December call)
            return bool(named - partners) and not named & self._answer_terms(fact.id)
        if len(people) != 1 or COUNTERPART in self.analyzer.terms(text):
            return False  # "what rank did Belousov's counterpart hold?" asks about the other one
        named -= partners
        return bool(named) and people[0] not in named

    def _someone_elses_story(self, part: Part, found: Match, last: str) -> bool:
        """ "Qurbonov o'sha paytda boshqa lavozimga o'tib ketganmidi?" after who signed: a person the last
        answer never names, asked of in words it never uses (a post), is the clear reading's question; that
        the last answer names other signatories is no "no" to it."""
        if found.kind != "fact" or found.score < KEEP_OWN_READING:
            return False
        said, theirs = self._answer_terms(last), self._answer_terms(found.item_id or "")
        named = self._people_named(part.text)
        rest = [t for t in self._own_words(part) if t not in named and t not in self.people]
        return (
            bool(named)
            and all(t not in said and t in theirs for t in named)
            and any(t not in said and t in theirs for t in rest)
        )

    def _people_named(self, text: str) -> set[str]:
        return {t for t in self.analyzer.terms(text) if t in self.people}

    def _partners_named(self, text: str) -> set[str]:
        """The people named as ones someone acted with ("signed with Belousov"), who are not the subject."""
        return self._people_named(" ".join(m.group(1) or m.group(2) for m in _WITH_SOMEONE.finditer(text)))

    def _future_claims(self, text: str, fact: Fact) -> dict[str, set[str]]:
        """The claims of a question about the future that the fact could check: a year after the newest
        report that the fact does not state ("will it rejoin the CSTO by 2027?") only dates a forecast."""
        claims = self.checker.claims(text)
        latest = self.kb.latest_report
        if latest is not None and claims.get("year"):
            stated = self._years_of(fact)
            claims["year"] = {y for y in claims["year"] if int(y) <= latest.year or int(y) in stated}
        return {dim: found for dim, found in claims.items() if found}

    def _weekday_claimed(self, text: str, fact: Fact) -> str | None:
        """The weekday of the fact's one day, when a yes/no question claims a weekday and the answer does
        not name one."""
        if "weekday" not in self.checker.claims(fold(text)):
            return None
        return self._weekday_of(fact)

    def _weekday_untold(self, text: str, fact: Fact) -> str | None:
        """ "which day of the week was that?" of the May meeting: the weekday of the one day the fact dates,
        which its answer does not name. The day is the source's; its weekday is the calendar's, so it is
        told without a source of its own (an answer that names a weekday is left as its source words it)."""
        return self._weekday_of(fact) if _WEEKDAY_ASKED.search(text) else None

    @staticmethod
    def _weekday_of(fact: Fact) -> str | None:
        if fact.values is None or len(fact.values.dates) != 1 or _WEEKDAY_NAMED.search(fact.answer.en):
            return None
        try:
            day = dt.date.fromisoformat(str(fact.values.dates[0])[:10])
        except ValueError:
            return None  # (a month or a year alone has no weekday)
        return ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")[day.weekday()]

    def _past(self, fact: Fact) -> bool:
        """Everything the fact dates lies before the newest report: it cannot say when something will be."""
        latest = self.kb.latest_report
        if fact.values is None or latest is None:
            return False
        # the days it reports, or failing those its years (a programme's "2026–2030" is no event)
        years = [int(str(d)[:4]) for d in fact.values.dates] or list(fact.values.years)
        return bool(years) and max(years) < latest.year

    def _year_ahead_untold(self, text: str, fact: Fact) -> bool:
        """ "O'zbekiston 2027-yilda Rossiyadan Su-35 sotib oladimi?": a year after the newest report's that
        the fact's own years do not span is a forecast, not a "No" for a fact of other years (the programme's
        2026–2030 span does settle "is it still in force in 2028?")."""
        latest = self.kb.latest_report
        if latest is None or not any(ch.isdigit() for ch in text):
            return False
        ahead = {int(y) for y in re.findall(r"(?<!\d)(20[2-9]\d)(?!\d)", text) if int(y) > latest.year}
        years = self._years_of(fact)
        return bool(ahead) and not (years and all(min(years) <= y <= max(years) for y in ahead))

    def _year_ahead(self, text: str) -> bool:
        """A year named after the newest report's: no report can tell of an event in it."""
        latest = self.kb.latest_report
        years = re.findall(r"(?<!\d)(20[2-9]\d)(?!\d)", text)
        return latest is not None and any(int(y) > latest.year for y in years)

    def _after_latest(self, text: str) -> bool:
        """The question is about a time the sources do not reach: "this autumn", or a month and year
        after the newest report's (the writer's own today, "as of today (Dec 2026)", is read as "now" before)."""
        latest = self.kb.latest_report
        if self.after_latest is None or latest is None:
            return False
        if self._recent is not None and self._recent.search(text):
            return True
        if not any(ch.isdigit() for ch in text):
            return False  # a month and year, or a year after "after": no digits, neither
        named = self._month_year(self.checker.claims(text))
        if named is not None and named > (latest.year, latest.month):
            return True
        if named is None and _YEAR.search(text) and _AFTER.search(text):
            # "any news after April 2026?": the time it points after is itself after the newest report
            after = self._month_year(self.checker.claims(_AFTER.sub(" ", text)))
            return after is not None and after >= (latest.year, latest.month)
        return False

    def _at_the_reach(self, text: str) -> str | None:
        """ "any news after March 2026?", "mart oyidan keyin yangi xabarlar bormi?": what came after the
        newest report's own month is answered by the account of how far the reports reach (no report after
        it), not declined as a question about a later time."""
        latest = self.kb.latest_report
        topic = self.declines.get(self.after_latest or "")
        if latest is None or topic is None or not topic.open_facts or not _AFTER.search(text):
            return None
        claims = self.checker.claims(_AFTER.sub(" ", text))  # (a time after "after" is no claim of its own)
        months = {self.checker.month_number(m) for m in claims.get("month", set())}
        years = {int(y) for y in claims.get("year", set())}
        if months != {latest.month} or not years <= {latest.year} or set(claims) - {"month", "year"}:
            return None
        return topic.open_facts[0]

    def _month_year(self, claims: dict[str, set[str]]) -> tuple[int, int] | None:
        years, months = claims.get("year", set()), claims.get("month", set())
        if len(years) != 1 or not months:
            return None
        return int(next(iter(years))), min(self.checker.month_number(m) for m in months)

    def _rerank(self, part: Part, found: Match, used: str) -> Match:
        """The matcher ranks by words; the kind of question decides between close candidates. A
        "who" question goes to the best fact that answers "who" questions (or none: the sources do not
        say); a yes/no question to a close fact whose values can check its claim."""
        threshold = self.matcher.tuning.answer_threshold
        names = event_names(part.text)
        if names and not names & self._names_in(found.item_id or ""):
            # "Hamkorlik-2025 qachon boshlangan?" names the exercise: a close fact that speaks of it, not
            # the other exercise whose opening reads alike
            for fact_id, score in found.top_facts:
                if score >= found.score - YESNO_MARGIN and names & self._names_in(fact_id):
                    found = replace(found, item_id=fact_id, score=score)
                    break
            else:
                # (a fact that names another exercise only is no answer at all: "when did Hamkorlik-2025
                # start and end?" is never Birlik-2025's dates)
                others = self._names_in(found.item_id or "") - names
                known = any(names & self._names_in(f) for f in self.facts)  # (not a misspelt "Xamkorlik")
                if known and others:
                    return replace(found, kind="none", item_id=None, reason="a fact of another named event")
        side = self._minister_side(part.text)
        of_best = self._people_of(found.item_id or "") if side is not None else []
        if of_best and side not in {self.people[p] for p in of_best}:
            # "how did the Russian defence minister describe …?": the words of the minister of the side
            # named, not the close fact about the other side's minister
            for fact_id, score in found.top_facts:
                people = self._people_of(fact_id)
                if score >= found.score - WH_MARGIN and people and {self.people[p] for p in people} == {side}:
                    found = replace(found, item_id=fact_id, score=score)
                    break
        day = self._day_named(part.text)
        best_event = self.facts[found.item_id].event if found.item_id in self.facts else None
        best_days = (
            self.facts[found.item_id].values.dates
            if found.item_id in self.facts and self.facts[found.item_id].values
            else []
        )
        if day is not None and (best_event is None or best_event.date != day) and day.isoformat() not in best_days:
            # "the ministers' meeting on 10 May 2025": of close facts, the one whose event was that day
            for fact_id, score in found.top_facts:
                event = self.facts[fact_id].event
                if score >= found.score - WH_MARGIN and event is not None and event.date == day:
                    found = replace(found, item_id=fact_id, score=score)
                    break
        # (an arrival in a clause of "when he came" is the moment, not what is asked: "Белоусов Тошкентга
        # келганида Мирзиёев уни қачон қабул қилган?")
        asked = _WHEN_CLAUSE.sub(" ", part.text)
        events = _ARRIVALS.intersection(self.analyzer.terms(asked)) if part.wh == "when" else set()
        if (
            events
            and found.item_id in self.facts
            and not events <= self._answer_terms(found.item_id)
            # (a visit is an arrival: "президент … харбий қисмга келганмиш, қачон?" is the visit the answer tells)
            and not (events == {"arrive"} and "visit" in self._answer_terms(found.item_id))
        ):
            # "когда Белоусов прилетел в Узбекистан, в январе 25-го?": of close facts, one that tells of an
            # arrival, not the signing of the day after
            for fact_id, score in found.top_facts:
                if score >= found.score - WH_MARGIN and events <= self._answer_terms(fact_id):
                    found = replace(found, item_id=fact_id, score=score)
                    break
            else:
                # "what date did the J-10CE jets arrive?": no close fact tells of that arrival
                return replace(found, kind="none", item_id=None, reason="no fact tells of that arrival")
        candidates = [(f, s) for f, s in found.top_facts if s >= threshold] or [(found.item_id or "", found.score)]
        if part.kind == "wh" and part.wh == "list":
            # "list all 50 events": a close fact that says no list was published is the answer
            for fact_id, score in candidates:
                if score >= found.score - UNSAID_MARGIN and "list" in self.facts[fact_id].unsaid:
                    return replace(found, item_id=fact_id, score=score)
            # "the plan had 50 events — list them": a related fact about the same count that says no list
            # of them was published
            counts = self._counts_of(found.item_id or "") if found.item_id in self.facts else set()
            for fact_id in self.facts[found.item_id].related if counts else ():
                if fact_id in self.facts and "list" in self.facts[fact_id].unsaid and counts & self._counts_of(fact_id):
                    return replace(found, item_id=fact_id)
        finer = self._finer_place(part, found)
        if finer is not None:
            return finer
        if (
            part.wh in (None, "what", "howlong")
            and _YEARS_ASKED.search(part.text)
            and not self._spans(found.item_id or "")
        ):
            # "на какие годы программу подписали Белоусов с Халмухамедовым?": a span of years is asked,
            # which a fact of one day (who signed, on 22 January) does not give; a close one of years does
            near = [f for f, s in found.top_facts if s >= found.score - WH_FAR and self._spans(f)]
            if near:
                return replace(found, item_id=near[0], score=dict(found.top_facts)[near[0]])
        if part.kind == "wh" and part.wh in SPECIFIC_WH and not (part.wh == "who" and _WHO_REPORTED.search(part.text)):
            wanted = SPECIFIC_WH[part.wh]
            # the best fact shows the question is on topic; one that answers its kind may score a little less
            # (not one far below it: "как зовут командира российского контингента на учениях?" is a name the
            # exercise's reports never give, not the analysts who spoke of the exercise)
            near = [(f, s) for f, s in found.top_facts if s >= max(threshold - WH_MARGIN, found.score - WH_FAR)]
            # (who took part in an occasion its own answer tells: "кто в них участвовал?" after an exercise)
            took_part = wanted == "who" and _TOOK_PART.search(part.text) is not None
            fitting = [
                (f, s)
                for f, s in near
                if wanted in self.fact_wh.get(f, frozenset({wanted}))
                or (took_part and f in self.facts and self.facts[f].event is not None)
            ]
            best = self.facts.get(found.item_id or "")
            best_fact = self.facts.get(found.item_id or "")
            if wanted == "howmany" and best_fact is not None and _DONE.search(part.text):
                if "howmany" in best_fact.unsaid:
                    return found  # "how many were actually held?": the fact that says no tally was reported
                # "how many of them actually got done?" after the plan's fifty: a related fact that says no
                # tally was reported, when the best one counts what was planned
                for fact_id in self._neighbours(best_fact.id):
                    if "howmany" in self.facts[fact_id].unsaid:
                        return replace(found, item_id=fact_id)
            named = {a or b for a, b in _PART_OF.findall(part.text)} if wanted == "howmany" else set()
            if named:
                # "how many of the 50 events were held?": a count of something else (troops) is no answer
                fitting = [(f, s) for f, s in fitting if named <= self._counts_of(f)]
            if wanted == "howmany" and _ONE_SIDE_COUNT.search(part.text) and _TROOPS.search(part.text):
                fitting = []  # "how many Uzbek soldiers took part?": no report counts one side's troops
            # the best fact says the sources do not tell ("how many of the 50 were held?"); a fact that
            # does answer takes it only when it reads about as well ("how many joint events?")
            rivals = [s for _, s in fitting if s >= found.score - UNSAID_MARGIN]
            if best is not None and wanted in best.unsaid and not rivals:
                return found
            if not fitting:
                if self.details is not None and found.score >= threshold:
                    return Match("decline", self.details, found.score, NO_FACT_OF_KIND)
                return replace(found, kind="none", item_id=None, reason=NO_FACT_OF_KIND)
            if any(f == found.item_id for f, _ in fitting):
                # "кто подписывал в Ташкенте от Узбекистана?": the documents' fact is asked "who" only beside
                # "what"; a close fact asked "who" as such answers it
                if wanted == "who" and self.fact_wh_share.get(found.item_id or "", {}).get(wanted, 0.0) < WH_RARE:
                    mainly = [
                        (f, s)
                        for f, s in fitting
                        if s >= found.score - WH_MAIN_MARGIN
                        and self.fact_wh_share.get(f, {}).get(wanted, 0.0) >= WH_MAIN
                    ]
                    if mainly:
                        return replace(found, item_id=mainly[0][0], score=mainly[0][1])
                return found
            if wanted == "who" and _WHO_ELSE.search(part.text):
                # "кроме Узбекистана, с кем ещё Россия оформила такие программы?": who else, besides the one
                # named, is asked of the others, which the best fact tells, not of who signed this one
                return found
            fact_id, score = fitting[0]
            return replace(found, item_id=fact_id, score=score)
        if part.kind == "yesno":
            elsewhere = self._month_elsewhere(part, found)
            if elsewhere is not None:
                return elsewhere
            best_fact = self.facts[found.item_id or ""]
            if not self.checker.holds_when_and_where(part.text, best_fact):
                # the month and the place the question names are another close fact's: it is about that
                # occasion ("Xolmuhamedov May oyida Moskvada rossiyalik hamkasbi bilan uchrashganmi?" is the
                # May meeting in Moscow, not the October meeting in Samarkand whose example reads closer)
                # (and that speaks of more of its words: "was the implementation plan signed in Tashkent in
                # January?" is the plan's, whose answer says no, not the programme signed there then)
                words = [w for w in self._own_words(part) if not w[0].isdigit() and not self.checker.claims(w)]
                for fact_id, score in found.top_facts:
                    if (
                        fact_id != best_fact.id
                        and score >= found.score - YESNO_FAR_MARGIN
                        and self.checker.holds_when_and_where(part.text, self.facts[fact_id])
                        and self._covers(fact_id, words) > self._covers(best_fact.id, words)
                    ):
                        return replace(found, item_id=fact_id, score=max(score, threshold))
            claimed = self.checker.claims(part.text)
            if (
                not (claimed.get("month") or claimed.get("day"))
                and not _ANOTHER_TIME.search(part.text)
                and not self.checker.holds_when_and_where(part.text, best_fact, years=True)
            ):
                # …or the year and the place: "2025 yilda Moskvada vazirlar uchrashganmi?" is the May meeting
                # held in Moscow that year, which speaks of as much, not the Samarkand meeting that reads closer
                words = [w for w in self._own_words(part) if not w[0].isdigit() and not self.checker.claims(w)]
                for fact_id, score in found.top_facts:
                    if (
                        fact_id != best_fact.id
                        and score >= max(threshold - WH_MARGIN, found.score - 2 * YESNO_FAR_MARGIN)
                        and self.checker.holds_when_and_where(part.text, self.facts[fact_id], years=True)
                        and self._covers(fact_id, words) >= max(self._covers(best_fact.id, words), 1)
                        # (and tells of the occasion named: "was the signing in 2025 held in Samarkand?" is
                        # not a Samarkand exercise of that year)
                        and _OCCASION_EVENTS.intersection(self.analyzer.terms(part.text)) <= self._answer_terms(fact_id)
                    ):
                        return replace(found, item_id=fact_id, score=max(score, threshold))
            # a fact a little under the threshold may still check the claim ("held on a Tuesday?")
            candidates = [(f, s) for f, s in found.top_facts if s >= threshold - WH_MARGIN] or candidates
            close = [(f, s) for f, s in candidates if s >= found.score - YESNO_MARGIN]
            best = self.facts[found.item_id or ""]
            own = self.checker.strength(part.text, best)
            if own > 0:
                # the best fact can judge the claim itself, unless an equally close one judges more of it,
                # or a close one denies more of what it confirms ("still a major general?": the rank's
                # later change, not the appointment's rank)
                said = self.checker.verdict(part.text, best)
                words = self._own_words(part)
                # a question about a person is not judged by a fact about no one ("was Kholmukhamedov
                # minister in November 2024?" is not refuted by the date of the signing)
                named = bool(self.checker.claims(part.text).get("person")) and bool(best.values and best.values.people)
                mine = self._covers(found.item_id, words)
                rivals = [(own, mine, found.score, best.id)]  # the best itself, whether or not it is in the top
                asked = _OCCASION_EVENTS.intersection(self.analyzer.terms(part.text))
                told = any(asked <= self._answer_terms(f) for f in [best.id, *(f for f, _ in close)])
                for fact_id, score in close:
                    if fact_id == best.id or (named and not self._has_people(fact_id)):
                        continue
                    if told and not asked <= self._answer_terms(fact_id):
                        # (nor one that never tells of the occasion asked when a close one does: "was
                        # Kholmukhamedov appointed in January 2025?" is not confirmed by that month's signing)
                        continue
                    strength = self.checker.strength(part.text, self.facts[fact_id])
                    if (
                        score >= found.score - TIE
                        or (said == "yes" and self.checker.verdict(part.text, self.facts[fact_id]) == "no")
                        or strength > own + 0.5  # checks more of the claim
                    ):
                        rivals.append((strength, self._covers(fact_id, words), score, fact_id))
                strength, covered, score, fact_id = max(rivals)
                # equally strong facts that disagree: the one the question reads best is the one it is about
                agrees = self.checker.verdict(part.text, self.facts[fact_id]) == said
                # (…unless they read alike and the other speaks of more of the question: "2026-2030 dasturi
                # Toshkentda imzolanganmi?" is the programme's, not the plan implementing it signed in Moscow)
                tied = score >= found.score - TIE
                better = strength > own or (strength == own and covered > mine and (agrees or tied))
                if better and strength == own and not agrees and self._of_an_earlier_time(part, fact_id):
                    # (not a fact of years before the deal's that the question never names: "was the russia
                    # uzbekistan defence deal signed in moscow?" is the deal's place to deny, not the 2017
                    # treaty's, signed in Moscow, to confirm)
                    better = False
                occasions = _OCCASION_EVENTS.intersection(self.analyzer.terms(part.text))
                if (
                    better
                    and strength == own
                    and occasions
                    and occasions <= self._answer_terms(best.id)
                    and not occasions <= self._answer_terms(fact_id)
                ):
                    # (nor over a best that tells of the occasion named when the other does not, however many
                    # more of the other words it shares: "was the jan 2025 russia-uzbekistan defence signing held
                    # in Samarkand?" is the signing's place, not the exercise of that year "held" elsewhere)
                    better = False
                if better and not agrees and fact_id != best.id:
                    # …but not over a best that expressly names the occasion asked of, at more length than
                    # the other ("was the Central Asian ministers' meeting held in Tashkent?" is the Samarkand
                    # meeting's to deny, not the January signing's to confirm by its place)
                    named_best = self.checker.express(part.text, best)[0]
                    better = not (
                        named_best >= 3 and self.checker.express(part.text, self.facts[fact_id])[0] < named_best
                    )
                counts = self.checker.claims(part.text).get("number", set())
                if not better and counts and not counts & self._counts_of(best.id):
                    # "two documents, not one?": of equally strong facts, the one that counts that many
                    for rival in rivals:
                        if rival[0] == own and rival[2] >= found.score - TIE and counts & self._counts_of(rival[3]):
                            return replace(found, item_id=rival[3], score=rival[2])
                if not better and said == "yes":
                    # …unless one of them expressly denies more of the claim than the best confirms (one
                    # close to a best under the threshold too: "still a major general when he hosted …?")
                    confirmed = self.checker.express(part.text, best)[0]
                    below = [
                        (self.checker.strength(part.text, self.facts[f]), 0, s, f)
                        for f, s in found.top_facts
                        if found.score < threshold
                        and s >= found.score - YESNO_MARGIN
                        and f not in {r[3] for r in rivals}
                    ]
                    for rival in sorted([*rivals, *below], reverse=True):
                        denier = self.facts[rival[3]]
                        if rival[0] == own and self.checker.express(part.text, denier)[1] > confirmed:
                            return replace(found, item_id=denier.id, score=rival[2])
                if not better and said == "no":
                    # …nor one that denies on a date alone what a fact a little further down expressly
                    # confirms at more length ("a major general in January 2025?": the appointment's month
                    # is November 2024; the rank's own fact confirms the rank that January)
                    confirmed, denied = self.checker.express(part.text, best)
                    claims = self.checker.claims(part.text)
                    timed = bool(claims.get("month") or claims.get("year"))
                    for fact_id, score in found.top_facts:
                        if (
                            timed
                            and not denied
                            and fact_id != best.id
                            and score >= max(found.score - YESNO_FAR_MARGIN, threshold - WH_MARGIN)
                            and not (named and not self._has_people(fact_id))
                            and self.checker.express(part.text, self.facts[fact_id])[0] > max(confirmed, 2)
                            and self.checker.verdict(part.text, self.facts[fact_id]) == "yes"
                        ):
                            return replace(found, item_id=fact_id, score=max(score, threshold))
                events = self.checker.event_terms.intersection(self.analyzer.terms(part.text))
                if not better and events and not events <= self._answer_terms(best.id):
                    # "was the plan signed in Samarkand?": of equally strong facts, one that tells of a
                    # signing, not the exercise held near there
                    for rival in sorted(rivals, reverse=True):
                        if rival[0] == own and events <= self._answer_terms(rival[3]):
                            return replace(found, item_id=rival[3], score=rival[2])
                    # …or, further down, one that tells of it and expressly denies the claim ("vazirlar
                    # Moskvada 9-may, parad kuni uchrashishganmi?": the ministers met the day after the parade)
                    confirmed = self.checker.express(part.text, best)[0]
                    for fact_id, score in found.top_facts:
                        if (
                            fact_id != best.id
                            and score >= found.score - YESNO_FAR_MARGIN
                            and events <= self._answer_terms(fact_id)
                            and self.checker.express(part.text, self.facts[fact_id])[1] > confirmed
                        ):
                            return replace(found, item_id=fact_id, score=max(score, threshold))
                    # …or, when the best never tells of the occasion named at all, a close one that does and
                    # checks as much of the claim ("was the defence signing in January 2025 held in
                    # Samarkand?" is the signing's place, not the exercise whose examples were "held in
                    # Samarkand"; "held" only says it happened)
                    named_events = events & _OCCASION_EVENTS
                    if not better and named_events and not named_events & self._answer_terms(best.id):
                        for fact_id, score in found.top_facts:
                            if (
                                fact_id != best.id
                                and score >= found.score - YESNO_MARGIN
                                and named_events <= self._answer_terms(fact_id)
                                and self.checker.strength(part.text, self.facts[fact_id]) >= own
                            ):
                                return replace(found, item_id=fact_id, score=max(score, threshold))
                return replace(found, item_id=fact_id, score=score) if better else found
            # the best fact cannot check the claim: of those close to it that can (or further: "was it signed in
            # Bukhara?" is about the place of signing, however well Bukhara matches the 2021 talks held there),
            # the one that checks more of it, then speaks of more of its words ("did Belousov visit Uzbekistan
            # in January 2025?" is the visit's, not the May meeting's in Moscow)
            words = self._own_words(part)
            mine = self._covers(found.item_id, words)
            checked = [
                (self.checker.strength(part.text, self.facts[f], years=False), self._covers(f, words), s, f)
                for f, s in candidates
                # (not a list of what followed: its own claims are few, and the event asked of is in it)
                if s >= found.score - YESNO_FAR_MARGIN and f not in self._status_facts
            ]
            # (one further off must speak of as much of the question: "is Uzbekistan buying fighters from
            # another country instead of Russian ones?" is not the mercenaries' "country" and "Russia")
            checked = [c for c in checked if c[2] >= found.score - YESNO_MARGIN or c[1] >= mine]
            strength, _, score, fact_id = max(checked, default=(0, 0, 0.0, ""))
            if strength > 0:
                return replace(found, item_id=fact_id, score=score)
        return found

    def _subjects(self, text: str) -> set[str]:
        """The lexicon's terms the text names, but for the broad ones every question about the deal uses."""
        return {t for t in self.analyzer.terms(text) if t in self.concepts and t not in _BROAD}

    def _lead_fact(self, own: Match) -> str | None:
        """The fact the whole reads as: its match, or, just under the threshold, the fact it leans to
        ("Hamkorlik-2025. Location and dates?" leans to the exercise, which its question words dilute)."""
        if own.kind == "fact" and own.score >= self.matcher.tuning.answer_threshold and own.item_id:
            return own.item_id
        if own.kind == "none" and not own.final and own.top_facts:
            fact_id, score = own.top_facts[0]
            if score >= self.matcher.tuning.answer_threshold - self.matcher.tuning.leader_margin:
                return fact_id
        return None

    def _veto_the_answer_speaks_of(self, own: Match, part: Part) -> Match:
        """ "Белоусов на той встрече говорил про цену, которую Узбекская ССР заплатила за Победу?": "price"
        vetoes as a question of worth, but the question asks what was said, and the fact the words lean to
        far ahead quotes that price: a word its own answer speaks of asks what it says."""
        if own.kind != "decline" or own.reason != VETOED or not own.top_facts:
            return own
        (fact_id, score), *rest = own.top_facts
        if score < CLARIFY_FLOOR or (rest and rest[0][1] > score * _CLAUSE_LEAD):
            return own
        said = self._answer_terms(fact_id)
        terms = self.analyzer.terms(part.text)
        vetoing = [t for t in terms if self.matcher.vetoes(t)]
        # (only of what someone said: "what is Uzbekistan paying for the jets?" asks a price no report gives)
        if SAY not in terms or not vetoing or not all(t in said for t in vetoing):
            return own
        return replace(
            own, kind="fact", item_id=fact_id, score=score, reason="the veto word is the answer's own", final=False
        )

    def _without_the_outlet(self, own: Match, part: Part) -> Match:
        """ "Caspian News maqolasida Xolmuhamedov hamkorlik haqida nima degan?": the outlet says where the
        writer read it, and its words pull towards the facts about the coverage; read poorly with them, the
        question is read without them (and kept only if that reading is clear)."""
        if (own.kind == "fact" and own.score >= KEEP_OWN_READING) or own.final or self._outlets is None:
            return own
        bare = self._outlets.sub(" ", part.text)
        if bare == part.text:
            return own
        alone = self.matcher.match(bare)
        return alone if alone.kind == "fact" and alone.score >= KEEP_OWN_READING else own

    def _years_unsaid(self, text: str, fact_id: str) -> bool:
        """The text names years and the fact's answer speaks of none of them."""
        claimed = set(_YEAR.findall(text))
        return bool(claimed) and not claimed & self._answer_terms(fact_id)

    def _lead_in_told_by(self, part: Part, core: Match) -> bool:
        """The core's fact speaks of everything particular the lead-in names (words the base knows; chatter
        about alpacas names nothing, and "Russia", "signing" name no one fact): what the core's "it" points
        back at is that fact's subject."""
        lead = part.text[: len(part.text) - len(part.core)] if part.text.endswith(part.core) else ""
        named = {t for t in self._own_words(Part(lead, part.kind)) if t in self.concepts}
        return len(named) >= 2 and named - _BROAD <= self._answer_terms(core.item_id or "")

    def _lead_in_is_the_referent(self, part: Part) -> bool:
        """ "and the new russian arms contract after the january signing, how much was it worth?": the "it" of
        the core stands for the lead-in before it, which names a subject of its own in several words; the
        message is complete, and the last answer is no topic for it."""
        if not part.core or not part.text.endswith(part.core) or len(part.core) == len(part.text):
            return False
        lead = part.text[: len(part.text) - len(part.core)]
        if any(w in PRONOUNS for w in tokens(lead)):
            return False
        named = {t for t in self._own_words(Part(lead, part.kind)) if t in self.concepts and t not in _BROAD}
        return len(named) >= COMPLETE_QUESTION

    def _lead_in_names_own(self, part: Part, own: Match, core: Match) -> bool:
        """ "Last summer at the Termez range there was an exercise with the Russians, what was its
        name?": the lead-in names what the whole's fact tells of (Termez) and the core's does not;
        the core alone is no better reading."""
        own_id = self._lead_fact(own)
        if own_id is None:
            return False
        lead = part.text[: len(part.text) - len(part.core)] if part.text.endswith(part.core) else ""
        # (a month dates the background, it names no subject: "…signed some paperwork in January 2025 — what?")
        months = self.checker.claims(lead).get("month", set())
        # (nor does the frame of a story: "a customer says they signed some papers — who signed?")
        named = {
            t for t in self.analyzer.terms(lead) if t in self.concepts and t not in _BROAD and t not in months
        } - _FRAMING
        own_said, core_said = self._answer_terms(own_id), self._answer_terms(core.item_id or "")
        event = self.facts[own_id].event if own_id in self.facts else None
        if (
            core.item_id in (FOLLOWED_FACT, TIMELINE_FACT)
            and event is not None
            and self.signed
            and event.date > self.signed
        ):
            # "May 2025 Moscow meeting — what happened?": the list of what followed speaks of every event; the
            # one the lead-in names is what is asked about
            core_said = frozenset()
        return any(t in own_said and t not in core_said for t in named)

    def _past_the_reference(self, own: Match, part: Part, text: str) -> Match:
        """ "When did the ministers next meet after the 22 January 2025 signing?": the day a question
        measures from draws the fact of that day, which is where the question starts, not its answer;
        the question without it finds the answer."""
        if own.kind not in ("fact", "none") or part.kind != "wh" or not own.top_facts:
            return own
        # (the reference without its "after", which would make it one again), to the day or to the month
        # ("after the documents were signed in Tashkent in January 2025, did the ministers meet again?")
        # (a time measured from, not the moment asked about: "at the time of the Jan 2025 deal" is that time)
        refs = [r.partition(" ")[2] for r in references(text) if r.split()[0] in _MEASURED_FROM]
        days = {d for d in (self._day_named(r) for r in refs) if d is not None}
        months = {m for m in (self._month_year(self.checker.claims(r)) for r in refs) if m is not None}
        fact = self.facts.get(own.item_id or own.top_facts[0][0])
        if not (days or months) or fact is None:
            return own
        stated = {fact.event.date} if fact.event is not None else set()
        stated |= {
            dt.date.fromisoformat(str(d)) for d in (fact.values.dates if fact.values else []) if len(str(d)) == 10
        }
        rest = self.matcher.match(without_references(text))
        if not (days & stated or months & {(d.year, d.month) for d in stated}) and own.kind != "none":
            return own  # …or, when the whole reads as nothing, whatever fact it was drawn to
        return rest if rest.kind == "fact" and (rest.item_id != fact.id or own.kind == "none") else own

    def _at_the_moment(self, own: Match, part: Part) -> Match:
        """ "What rank did Kholmukhamedov have when he signed the deal?": the moment a question names
        ("when he signed…", "когда подписывал…") says when, not what it asks; its words draw the signing's
        facts, and the question without them finds the one it asks about."""
        if part.kind != "wh" or part.wh == "when" or own.kind not in ("fact", "none") or own.final:
            return own
        refs = [r for r in references(part.text) if r.split()[0] in _AT_THE_MOMENT]
        if not refs:
            return own
        rest = self.matcher.match(without_references(part.text))
        if (
            rest.kind == "fact"
            and rest.item_id != own.item_id
            and rest.score >= KEEP_OWN_READING
            and rest.score > own.score
        ):
            return rest
        return own

    def _day_named(self, text: str) -> dt.date | None:
        """The one day a question names in full ("on 10 May 2025"; the year of the events when left out)."""
        if not any(ch.isdigit() for ch in text):
            return None
        claims = self.checker.claims(text)
        days, months, years = claims.get("day", set()), claims.get("month", set()), claims.get("year", set())
        if len(days) != 1 or len(months) != 1 or len(years) > 1:
            return None
        year = int(next(iter(years))) if years else (self.signed.year if self.signed else 0)
        try:
            return dt.date(year, self.checker.month_number(next(iter(months))), int(next(iter(days))))
        except ValueError:
            return None

    def _with_context(self, part: Part, own: Match, ctx: Context) -> tuple[Match, str]:
        """The part read with the context, when it leans on it: a pronoun for the person of the last
        answer ("what did he say?"), or too few words of its own ("and where?", "а когда?"). A part
        that reads well alone, or asks about words the base does not know ("а какая техника?"), or is
        one the base recognises as a decline, is taken as it stands."""
        words = tokens(_THAT_TIME.sub(" ", part.text))  # "that day" points at a time, not at the last answer
        # ("is it right that …?": that "it" is the claim's lead, no pointer back)
        words = tokens(_TRUE_TAIL.sub(" ", _IS_IT_TRUE.sub(" ", " ".join(words))))
        content = self._own_words(part)  # the question words ask; they are not the topic
        person = ctx.person if ctx.person and any(w in _PERSON_PRONOUNS for w in words) else None
        if person and _signed_it(words):
            person = None
        if person and self._occasion_pronoun(part, words, content, self._last(ctx)):
            last_occasion = self._last(ctx) or ""
            return self._as_last(own, last_occasion, fact=True), f"{part.text} {self.fact_topic(last_occasion)}"
        side = self._minister_side(part.text) if person else None
        if person and side is not None and self.people.get(person) != side:
            # "and the uzbek minister, what did he say?" after Belousov: "he" is the minister the part names
            other_side = self._counterpart(person, self._last(ctx))
            person = other_side if other_side is not None and self.people.get(other_side) == side else None
        if person == MIRZIYOYEV and PRESIDENT in content:
            # "what did he and the president talk about?" after the president's meeting: "he" is the one
            # the president met, not the president the part names beside him
            person = self._counterpart(person, self._last(ctx)) or person
        words_refer = any(w in PRONOUNS for w in words) or _THE_ONE.search(part.text) is not None
        if words_refer and person is None and self._lead_in_is_the_referent(part):
            words_refer = False
        threshold = self.matcher.tuning.answer_threshold
        last = self._last(ctx)
        if (
            part.kind == "yesno"
            and last in self.facts
            and self.checker.later_year(part.text, self.facts[last])
            and all(t.isdigit() or t not in self.concepts for t in self._own_words(part))
        ):
            # "was there a 2026 edition too?" after Hamkorlik-2025: the same occasion in a later year, which the
            # last answer does not report (and no other fact is asked of)
            return self._as_last(own, last, fact=True), part.text
        if (
            own.kind == "fact"
            and own.item_id in self._status_facts
            and own.score >= threshold
            and LATEST in content
            and own.item_id != last
        ):
            # "ну а самое свежее сообщение по теме — от какого оно числа?": the newest report there is, which
            # no answer on one topic gives
            return own, part.text
        document = _PART_OF_DOCUMENT.get(last or "", last)
        if document in SIGNED_DOCUMENTS and _THE_OTHER_DOCUMENT.search(part.text):
            # "and the second one?" after one of the two documents signed (or what one of them holds): the
            # other one
            return self._as_last(own, next(d for d in SIGNED_DOCUMENTS if d != document), fact=True), part.text
        if self._told_of_the_occasion(part, ctx):
            return self._as_last(own, last or "", fact=True), part.text
        if self._words_of_another_on_it(part, content, last):
            # "Белоусов бу ҳақда нима деган?" after the mercenary trials: no report gives the words of a man the
            # last answer never names on what it tells; his words on something else are no answer
            return replace(own, kind="none", item_id=None, reason="no report gives his words on that"), part.text
        if self._a_later_occasion(part, own, last) or self._the_signing_after_another_day(part, own, last, words_refer):
            return own, part.text
        names = event_names(part.text)
        if (
            names
            and last is not None
            and own.kind == "fact"
            and not names & self._names_in(last)
            and names & self._names_in(own.item_id or "")
        ):
            # "and did Russia take part in the Birlik-2025 drills too?" after Hamkorlik-2025: an event named
            # that the last answer is not about, and the part's own reading is, is the subject
            return own, part.text
        counterpart = _COUNTERPART_OF.search(part.text)
        # (with something asked of him: "а его узбекский коллега?" alone is the last question again, for him)
        asked = [t for t in content if t != COUNTERPART and t not in _SIDES]
        other = self._counterpart(ctx.person, last) if counterpart and ctx.person and asked else None
        bare_other = _THE_OTHER.fullmatch(part.text.strip(" ?!.,"))
        # "xolmuhamedov-chi?", "а Холмухамедов?" after Belousov's words: the other one, by name
        named_other = self._bare_person(part)
        if (bare_other or named_other) and ctx.person and ctx.topics:
            # "ok and the other guy?" after Belousov's words: the last question, of the other signatory
            other_one = self._counterpart(ctx.person, last)
            if named_other is not None and named_other != other_one:
                other_one = None  # (someone else named is a question of its own)
            side = self._minister_side(part.text)
            if side is not None and other_one is not None and self.people.get(other_one) != side:
                other_one = None  # "а российский министр?" after Belousov's own words: no other one
            words = ctx.topics[0].split()
            if other_one is not None and any(self._term(w) == ctx.person for w in words):
                text = " ".join(other_one if self._term(w) == ctx.person else w for w in words)
                found = self.matcher.match(text)
                if found.kind == "fact" and found.score >= threshold:
                    # (of facts that read alike, one related to the last answer: his words after the other's)
                    near = self.facts[last].related if last in self.facts else []
                    tied = [(f, sc) for f, sc in found.top_facts if sc >= found.score - TIE and f in near]
                    if tied and found.item_id not in near:
                        found = replace(found, item_id=tied[0][0], score=tied[0][1])
                    return found, text
                if named_other is not None and found.kind == "decline" and found.score >= threshold:
                    return found, text  # "and Belousov?" after when Kholmukhamedov was appointed: not reported
        if (
            last is not None
            and content
            and set(content) <= _SPAN_ENDS
            and (values := self.facts[last].values) is not None
            and len(values.dates) >= 2
        ):
            # "чем закончились?", "qachon tugagan?" after the exercise: its span of days tells how it ended
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        if (
            part.wh == "who"
            and last is not None
            and content
            # ("kimlar ishtirokida?" after the 2021 programme's signing: who took part in it, without "else")
            and (_ELSE.intersection(content) or (len(content) == 1 and self.facts[last].event is not None))
            and all(t in _ELSE or _BEING_AT.match(t) for t in content)
            and "who" in self.fact_wh.get(last, frozenset())
        ):
            # "кто ещё был?", "kim yana qatnashgan?" after the Samarkand meeting: who else was at the occasion
            # just answered, which its answer tells, not who signed in January
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        if (
            part.kind == "wh"
            and last is not None
            and self.facts[last].event is not None
            and _COUNTRY in content
            and all(t == _COUNTRY or t in _GOING or t in _CAME or t in _ELSE or _BEING_AT.match(t) for t in content)
        ):
            # "which countries came?" after the Samarkand meeting: who was at the occasion just answered, asked
            # in countries, not the country of some other fact
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        if self._others_at_the_occasion(own, content, last):
            # "унда яна қайси давлатларнинг вазирлари бор эди?" after the Samarkand meeting: the others at the
            # occasion just answered, asked in words its answer uses, not Russia's other allies
            return self._as_last(own, last or "", fact=True), part.text
        if (
            part.kind == "wh"
            and last is not None
            and _WEEKDAY_ASKED.search(part.text)
            and (words_refer or len(content) <= 2)
            # (of an occasion after the signing: the signing day's weekday is the signing date's own answer)
            and (day := self._newest_day(self.facts[last])) is not None
            and self.signed is not None
            # (or well before it, when its answer names the weekday: the Sunday his appointment was announced;
            # the visit's arrival, the day before the signing, is part of the signing's story)
            and (
                day > self.signed
                or (
                    # (…or whose date was just asked, when its answer names the weekday: "when did he arrive?"
                    # then "what day of the week?" is the arrival's Tuesday)
                    (day < self.signed - _A_WEEK or (_asked_when(ctx) and not _SIGNING_NAMED.search(part.text)))
                    and _WEEKDAY_NAMED.search(self.facts[last].answer.en)
                )
            )
        ):
            # "what day of the week was it?" after the May meeting: the day of the occasion just answered,
            # whose date its answer gives, not the January signing's Wednesday
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        if last is not None and _BY_TIME.fullmatch(part.text.strip(" ?!.,")) and self._later_time_told(part, last):
            # "а к осени 2025?" after his rank at the signing: the last question again, at a later time the
            # last answer speaks of (not what happened that autumn)
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        if part.kind == "yesno" and last is not None and content and set(content) <= _EARLIER_TERMS:
            # "а раньше был?" after the CSTO: whether it held before, asked of the last answer (which the
            # earlier programme's "previous" does not answer)
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        absent = self._absent_person(part, content, ctx, words_refer)
        if absent is not None:
            return absent, part.text
        unconfirmed = self._unconfirmed_again(part, own, last)
        if unconfirmed is not None:
            return unconfirmed, part.text
        swapped = self._partner_swapped(part, content, ctx)
        if swapped is not None:
            return swapped
        of_other = self._decline_of_another_person(part, own, ctx)
        if of_other is not None:
            return of_other
        if last is not None and self._last_tells_of(part, own, ctx):
            # "а вертолёты были?" after the exercise, whose notes name Mi-24 helicopters: what the last answer
            # tells of is no weapons question to decline
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        if last is not None and self._last_speaks_of_it(part, own, ctx):
            # "how long did it last?" after the exercise: one word about "it", read with the last answer's topic
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        if counterpart is not None and other is not None:
            # "and what did his counterpart say?" after Belousov's words: the other signatory's words
            text = part.text[: counterpart.start()] + other + part.text[counterpart.end() :]
            # (…nor the side named beside him: "his uzbek counterpart" is the counterpart himself)
            text = " ".join(
                w for w in text.split() if w.strip("?,.!") not in _PERSON_PRONOUNS and self._term(w) not in _SIDES
            )  # "…, what did he say?"
            found = self.matcher.match(text)
            if found.kind == "fact" and found.score >= threshold:
                return found, text
        if (
            _EARLIER_OF_KIND.search(part.text)
            and own.kind == "fact"
            and own.item_id != last
            and self._before(own.item_id or "")
        ):
            return own, part.text  # the earlier one of its kind, which the part's own reading finds
        near = own.kind == "fact" and last is not None and own.item_id in self.facts[last].related
        if (
            last is not None
            and own.item_id != last
            and part.kind == "wh"
            and (_SAID_THERE.search(part.text) or _THAT_OCCASION.search(part.text) or _REPLIED.search(part.text))
            and (SAY in content or _REPLIED.search(part.text))
            and SAY in self._answer_terms(last)
            and all(t in self._answer_terms(last) for t in content if t in self.people or t in _SIDES)
            and self.facts[last].event is not None
            and self.facts[last].event.date != self.signed
        ):
            # "what did Belousov say there?", "bizning vazir u yerda nima depti?" after the May meeting: the
            # words said at the last answer's occasion, which its answer quotes, not his words of January
            return self._as_last(own, last, fact=True), part.text
        # (the overview is every fact's summary: "was that signed in Moscow?" after it is the place's question)
        summarised = last == self.summary_id and own.kind == "fact" and own.score >= threshold
        # (nor one that reads clearly as a fact naming the last as related: "was Mirziyoyev at the parade?" after
        # the May meeting, the day after it, is the parade's question)
        neighbour = own.kind == "fact" and own.score >= KEEP_OWN_READING and own.item_id in self._neighbours(last or "")
        if part.kind == "yesno" and last is not None and content and not person and not near and not summarised:
            claimed = {t for found in self.checker.claims(part.text).values() for t in found}
            if any(t.startswith("#weekday") for t in claimed):
                claimed |= _WEEKDAY_DAY  # "shanba kuni bo'lganmi?": the day of a weekday is the weekday's claim
            # …or a claim beside words the last answer uses, about "that": "was that meeting in Tashkent as well?"
            # (nor words the base does not know: "mashq buxoro tarafdagi chollarda bo'lganmi?" claims Bukhara)
            strange = set(self.matcher.unknown(part.text))
            # (nor the side a claim is made for: "rossiya tomonidan uni Shoygu imzolaganmi?", by Russia)
            words = {t for t in content if len(t) > 2 and t not in strange and t not in _SIDE}  # not "as" of "as well"
            # (or in two words: "Toshkentda uchrashishganmi?" after the ministers' meeting in Moscow)
            pointed = (
                not neighbour
                and (words_refer or len(words) <= 2)
                and bool(claimed & words)
                and words <= claimed | self._answer_terms(last)
            )
            # (nor one whose own clear reading is of the time it claims, which the last answer's is not: "а 10
            # мая 2025 они с Халмухамедовым в Ташкенте встречались?" after the president's January meeting)
            elsewhen = (
                # (not a bare claim: "с 2021 года?" after the EAEU is the EAEU's)
                any(t in self.concepts for t in words - claimed)
                and own.kind == "fact"
                and own.score >= KEEP_OWN_READING
                and own.item_id in self.facts
                and own.item_id != last
                and self.checker.wrong_year(part.text, self.facts[last])
                and not self.checker.wrong_year(part.text, self.facts[own.item_id or ""])
            )
            if (set(content) <= claimed or (pointed and not elsewhen)) and self.checker.strength(
                part.text, self.facts[last]
            ) > 0:
                # "в Ташкенте?", "on a Friday?": nothing but a claim, and the last answer can check it
                # (unless a fact related to it reads better: "on a Tuesday?" after the place is the date's)
                score = max(own.score if own.item_id == last else 0.0, self.matcher.tuning.answer_threshold)
                return replace(own, kind="fact", item_id=last, score=score, top_facts=((last, score),)), part.text
        if (
            part.kind == "yesno"
            and last is not None
            and (not person or person in self._answer_terms(last))
            and own.item_id != last
            and _ALSO_END.search(part.text)
        ):
            # "а в январе 2025-го, когда бумаги подписывал, тоже?" after his rank in October: the last question
            # asked again of another time, which the last answer speaks of
            claimed = {t for found in self.checker.claims(part.text).values() for t in found}
            said = self._answer_terms(last)
            # (not someone the last answer never names: "did he meet mirziyoyev too" after Belousov's arrival is
            # the meeting's question)
            unnamed = any(t in self.people and t not in said for t in claimed)
            if claimed and not unnamed and 2 * sum(t in said or t in claimed for t in content) > len(content):
                # (its claim is the last question's: "тоже" generalleytenant, checked for January)
                reading = f"{part.text} {ctx.topics[0]}" if ctx.topics else part.text
                return self._as_last(own, last, fact=True), reading
        if (
            part.kind == "yesno"
            and last is not None
            and not person
            and own.item_id != last
            and _IT_WAS.match(part.text) is not None
            and not (own.kind == "decline" and own.score >= threshold)
            and (judged := self.checker.verdict(part.text, self.facts[last])) is not None
            and (own.kind != "fact" or self.checker.verdict(part.text, self.facts[own.item_id or ""]) != judged)
        ):
            # "bu 9-may kuni bo'lganmi?" after the May meeting: "it" is the last occasion, and its answer can
            # judge the claim (a fact that merely shares the date, the presidents' 9 May, is not asked of)
            return self._as_last(own, last, fact=True), part.text
        if (
            part.kind == "yesno"
            and last is not None
            # (or a claim of few words the part's own reading cannot place: "paraddan oldingi kuni bo'lganmi?")
            and (words_refer or part.refers or (len(content) <= 3 and own.score < threshold))
            and not person
            and own.item_id != last
            # (not one the base declines with its own reading: "did Russia announce a base in Uzbekistan after
            # the drills?" is the unreported base, whatever the drills' answer says of bases elsewhere)
            and not (own.kind == "decline" and own.score >= threshold)
            and (
                self.checker.denies(part.text, self.facts[last])
                or max(self.checker.express(part.text, self.facts[last])) >= 2
            )
            and (
                own.kind != "fact"
                or self.checker.verdict(part.text, self.facts[own.item_id or ""]) is None
                # (or the last occasion is the subject and its answer denies the claim: "это было прямо 9 мая,
                # в день парада?" after the May meeting, the day after the parade, is not the parade's question)
                or (_IT_WAS.match(part.text) is not None and self.checker.denies(part.text, self.facts[last]))
            )
        ):
            # "were all of them military exercises?" after the fifty events: a claim about "them" the last
            # answer expressly denies and the part's own reading cannot judge; or one of two words or more
            # it expressly confirms ("это было на территории Узбекистана?" after the exercise)
            return self._as_last(own, last, fact=True), part.text
        named = [t for t in content if t in self.people]
        if not named and last is not None and PRESIDENT in content and MIRZIYOYEV in self._answer_terms(last):
            named = [MIRZIYOYEV]  # "prezident ham bormidi?" after the parade whose answer names him
        also = bool(_ALSO.intersection(tokens(part.text)))
        if (
            part.kind == "yesno"
            and last is not None
            and (words_refer or also)
            and named
            and own.item_id != last
            and all(
                (t in named and t in self._answer_terms(last))
                or t in _TITLES
                or len(t) <= 2
                or (also and t not in self.concepts and len(content) <= 2)  # "…bormi edi?": being there
                or (also and t in _GOING and len(content) <= 2)  # "prezident ham borganmi?": going there
                for t in content
            )
        ):
            # "was president Mirziyoyev there as well?" after the parade: whether someone the last answer
            # speaks of was at its occasion is asked of that answer, not of another day he was somewhere
            return self._as_last(own, last, fact=True), part.text
        if (
            last is not None
            and set(content) == {RANK}
            and (not person or person in self._answer_terms(last))  # ("what rank did he have then?")
            and own.item_id != last
            and _RANK_NAMED.search(self.facts[last].answer.en)
        ):
            # "а звание?", "unvoni qanaqa?" after the parade: the rank of the officer the last answer names
            return self._as_last(own, last, fact=True), part.text
        if (
            last is not None
            and set(content) == {RANK}
            and own.kind == "fact"
            and own.item_id != last
            and own.score >= KEEP_OWN_READING
            and {t for t in self._answer_terms(own.item_id or "") if t in self.people} & self._answer_terms(last)
        ):
            # "unvoni qanaqa edi o'shanda?" after who signed: the last answer names no rank, and the clear reading
            # is the rank of someone it names; "then" points at its time, not at a topic to add
            return own, part.text
        sides = set(content)
        if (
            last is not None
            and content
            and len(content) <= 3
            and sides <= _SIDES
            # (or a country alone in a few words: "and for the uzbeks?" after who signed for Russia)
            and (sides & _SIDE or (len(sides) == 1 and part.wh is None and len(tokens(part.text)) <= 4))
            and all(c in self._answer_terms(last) for c in sides - _SIDE)
            # (a question word the last answer cannot answer asks it anew: "Россия томонидан ким?" after the
            # day of signing is who signed for Russia)
            and (part.kind != "wh" or self._tells_kind(last, part.wh))
        ):
            # "and the Uzbek side?", "o'zbek tomondan-chi?", "а его узбекский коллега?": the same question
            # for the other side, which the last answer's fact tells as well
            reading = f"{part.text} {self.fact_topic(last)}"
            return self._as_last(own, last, fact=True), reading
        wanted = SPECIFIC_WH.get(part.wh or "")
        # nothing but the question word, or words the last answer itself uses beside "that"/"it"
        bare = (
            last is not None
            and (
                not content
                or (
                    words_refer
                    # ("was president Mirziyoyev there as well?": a title is no topic of its own)
                    # (or a side: "кто её подписывал с российской стороны?" after the 2021 programme)
                    # (not of a counterpart, who is someone else: "uning o'zbek hamkasbi kim edi?")
                    and all(
                        t in self._answer_terms(last)
                        or t in _TITLES
                        or (t in _SIDES and COUNTERPART not in content)
                        # ("who signed it on the other side?" after Turkey's plan: the partner of the one told)
                        or (t == "other" and "side" in content)
                        for t in content
                    )
                )
            )
            # "when was he appointed?" after who he is, "а он кто такой?" after what he signed: a fact
            # about him that answers it comes first
            and not (
                person
                and self._of_him(part, self.matcher.match(self._with_person(part.text, person)), person, content, last)
            )
        )
        if bare and last is not None and wanted in self.fact_wh[last] and not near:
            # "qaysi shaharda?", "and when?": nothing but the question word, and the last answer answers
            # that kind of question — it is asked about the last answer, unless a fact related to it is
            # the one that answers the word ("and where?" after the date of signing is its place)
            reading = f"{part.text} {self.fact_topic(last)}"
            score = dict(self.matcher.match(reading).top_facts).get(last, threshold)
            score = max(score, threshold)
            return replace(own, kind="fact", item_id=last, score=score, top_facts=((last, score),)), reading
        if (
            last is not None
            and own.item_id != last
            and _THAT_DOCUMENT.search(part.text)
            # (its place, day or signatories: what it is called is asked of the document itself)
            and (part.kind == "yesno" or part.wh in ("where", "when", "who"))
            and (last_event := self.facts[last].event) is not None
            and last_event.date != self.signed
            and "sign" in self._answer_terms(last)
            and (own_fact := self.facts.get(own.item_id or "")) is not None
            # (the January signing's own facts: its day's, or those of no day that tell of a signing)
            and (own_fact.event.date == self.signed if own_fact.event else "sign" in self._answer_terms(own_fact.id))
        ):
            # "o'sha hujjatni qaysi shaharda imzolashgan?" after the May plan: the document the last answer
            # tells of, signed on its own day, not the January documents
            return self._as_last(own, last, fact=True), part.text
        if (
            last is not None
            and (own.kind == "fact" or part.kind == "yesno")
            and own.item_id != last
            and self._signed_there(part, content, last)
        ):
            # "а что подписали по итогам?", "u bilan qanaqa hujjat imzolashdi?" after the May meeting: what
            # was signed on the last answer's occasion, which tells of a signing of its own
            return self._as_last(own, last), part.text
        if last is not None and own.item_id == SIGNATORIES_FACT and self._signers_there(part, content, last):
            # "кто подписывал с российской стороны?" after the 2021 programme: who signed the document the
            # last answer tells of, not the January documents the words read alone
            return self._as_last(own, last, fact=True), part.text
        # (a year or count the base never names is a claim to check, no new subject: "…в 2020 стал?")
        unknown = [
            w
            for w in self.matcher.unknown(part.text)
            if w not in PRONOUNS
            and w not in NUMBER_WORDS
            and not w.isdigit()
            and w not in _HEDGES
            # ("когда они шли?": a verb of taking place asks its question word of the last answer)
            and not (part.kind == "wh" and _TOOK_PLACE.fullmatch(w))
        ]
        if person is not None and content and unknown and len(unknown) >= len(content):
            # "what did he eat?", "что он ел?": every word it asks with is one the base does not know; "he"
            # does not make it a question about what he said
            return own, part.text
        if person is None:
            if (
                last is not None
                and _TRUST.search(part.text)
                and all(
                    _TRUST.match(w)
                    or _REPORTS_ASKED.match(w)
                    # ("o'sha mashg'ulot haqidagi xabarlarga qanchalik ishonsa bo'ladi?": the topic the last answer
                    # is about, named again, when nothing else is asked)
                    or (part.wh is None and w in self._answer_terms(last))
                    for w in content
                )
            ):
                # "how reliable is that report?", "bu haqdagi ma'lumotlar qanchalik ishonchli?": how far the last
                # answer's reports can be trusted, which its sources and caveats tell
                return self._as_last(own, last, fact=True), part.text
            if self._declined_words_the_last_tells(part, own, ctx) or self._declined_count_the_last_tells(
                part, own, ctx
            ):
                return self._as_last(own, last or "", fact=True), part.text
            if own.kind == "decline" and (own.score >= threshold or own.item_id in self.vetoes):
                return own, part.text  # a message the base recognises as one it does not answer
            if (
                unknown
                and own.top_facts
                and own.top_facts[0][0] == last
                and own.top_facts[0][1] >= threshold - WH_MARGIN
            ):
                # "the existing doctrine is from which year?" after the doctrine's revision: a word the base does
                # not know beside words that nearly find the last answer on their own is still about it
                taken = self._as_last(own, last, fact=True)
                if part.kind == "yesno":
                    # (its close rivals stay for the claim to be weighed: "was Belousov already in Uzbekistan the
                    # day before?" after the signing's date is his arrival on that day, not the signing)
                    taken = replace(taken, top_facts=own.top_facts)
                return taken, part.text
            if unknown and self._tie_the_last_answer_speaks_to(part, own, content, unknown, last):
                # "какие модели называли?" after the Chinese fighters: a word the base does not know beside
                # words the last answer uses, whose own reading is a tie of facts it names none of
                return self._as_last(own, last or "", fact=True), part.text
            if unknown and last is not None and _SAME_REPORTS.search(part.text):
                # "а какие российские машины, по тем же сообщениям, Ташкент хочет заменить?": a word the base
                # does not know, asked expressly of the reports the last answer cited
                return self._as_last(own, last, fact=True), part.text
            if unknown and self._last_says_the_new_words(own, unknown, last):
                # "отрабатывали штурм населённых пунктов, захваченных боевиками?" after Hamkorlik-2025: words the
                # examples never use, but the last answer does, and nothing else reads the question
                return self._as_last(own, last or "", fact=True), part.text
            if unknown:
                return own, part.text  # it asks about something new, not more of the last topic
            # (the side a question names qualifies it, it is no topic: "а с российской стороны чьи подразделения?")
            topical = [t for t in content if t not in _SIDES]
            if len(topical) >= COMPLETE_QUESTION and not words_refer:
                if (
                    own.reason == UNCOVERED
                    and last in self.facts
                    and any(t.startswith("#foreign/") for t in content)
                    and all(t in self._answer_terms(last) for t in content)
                ):
                    # "российские военные приехали из таджикистана?" after Hamkorlik-2025: a country no fact
                    # is about, but the last answer names it (the 201st base's), and every other word asked
                    return self._as_last(own, last, fact=True), part.text
                if self._weak_reading_the_last_speaks_to(own, content, last):
                    # "колонну вёл генерал?" after the parade: the general pulls towards the minister's career,
                    # but the column is the parade's, which the last answer tells of and the reading's does not
                    return self._as_last(own, last or "", fact=True), part.text
                if self._reading_speaks_of_none(own, content, last):
                    # "qaysi davlatlar vazirlari kelgan?" after the Samarkand meeting: the jets' answer speaks of
                    # none of the countries and ministers asked about; the last answer speaks of most of them
                    return self._as_last(own, last or "", fact=True), part.text
                return own, part.text  # a complete question of its own: a switch of topic, not a follow-up
            # (a long one is complete enough at any answering score: its many words weigh each less)
            keep = KEEP_OWN_READING if len(content) < 2 * COMPLETE_QUESTION else threshold
            if (
                len(content) >= COMPLETE_QUESTION
                and own.kind == "fact"
                and own.score >= keep
                and not [w for w in tokens(part.text) if w in PRONOUNS and w not in _THEY]
                and not _IN_THEM.search(part.text)  # ("и кто в них участвовал?": the exercise just answered)
                # ("их проводили под Самаркандом?": "их" before a verb is "them", the things last answered)
                and not (part.kind == "yesno" and _THEM_DONE.search(part.text))
            ):
                # "does the new doctrine they started in 2026 plan on joining any bloc?": "they" are the
                # country or the sides, not the last answer; the question is complete without it
                if last is not None and own.item_id != last and last in self._leaned_to(own):
                    # (…but of readings tied, the last answer's: "улар қайси йилларда қабул қилинган эди?"
                    # after the doctrine's revision ties with the president's meeting, and is the doctrine's)
                    return replace(own, item_id=last, score=dict(own.top_facts)[last]), part.text
                if (
                    last in self.facts
                    and own.item_id != last
                    and own.score < WEAK_READING
                    and dict(own.top_facts).get(last, 0.0) >= own.score - NEAR_LAST
                    and SPECIFIC_WH.get(part.wh or "") in self.fact_wh[last]
                    and all(t in self._answer_terms(last) for t in content if t not in _SIDE)
                ):
                    # (…or, of weak readings close together, the last answer's when it tells what is asked in
                    # words it uses: "подписывал кто с российской стороны" after the 2021–2025 programme)
                    return replace(own, item_id=last, score=dict(own.top_facts)[last]), part.text
                return own, part.text
            names = any(t in self.people for t in content)  # "did Belousov see Mirziyoyev that day?"
            months = [t for t in content if t.startswith("#month/")]
            if (
                part.kind == "yesno"
                and months
                and last in self.facts
                and self.facts[last].event is not None
                and own.item_id != last
                and not _YEAR.search(part.text)
                and 0 < len(content) - len(months) <= 2
                and all(
                    any(t in self._answer_terms(f) for f in (last, *self.facts[last].related))
                    for t in content
                    if t not in months
                )
            ):
                # "визит был в феврале вроде?" after his visit: a month put to the occasion just answered,
                # which its date judges, not the one fact that month alone finds (February 2026's)
                return self._as_last(own, last), part.text
            if (
                part.kind == "yesno"
                and words_refer
                and names
                and last in self.facts
                and own.kind == "fact"
                and own.item_id != last
                and all(t in self._answer_terms(last) for t in content)
                and any(t in self.people and t not in self._answer_terms(own.item_id or "") for t in content)
            ):
                # "её при Шойгу подписали?" after the 2021–2025 programme: "it" is the programme, whose answer
                # names Shoigu, not the January documents his name finds (whose answer never names him)
                return self._as_last(own, last), part.text
            if self._there_is_own_place(part, own, last):
                # "and the russian one got there when exactly?" after the day of signing: "there" is Tashkent,
                # where the visit the part reads clearly as took place too; it leaves the question complete
                return own, part.text
            if self._of_another_person_unnamed(part, own, content, ctx, names or words_refer):
                # "а сейчас где работает?" after who Kurbanov is: a verb without its subject is his, whom the
                # last answer tells of, not the one man "где работает" alone reads as (the minister)
                return self._as_last(own, last or "", fact=True), part.text
            if own.kind == "fact" and own.score >= KEEP_OWN_READING and content and (names or not words_refer):
                # "а подписание когда было?" says what it is about; between close readings, the one
                # near the last answer (itself or a fact related to it) is the one meant
                near = self._near_context(own, ctx)
                asked_kind = SPECIFIC_WH.get(part.wh or "")
                # (without a question word, words that read as well of many facts: "and the uzbek minister back
                # then?" after the 2021 programme is its minister, not one of the meetings they find)
                tied = [f for f, s in own.top_facts if s >= own.score - TIE]
                if (
                    near is not None
                    and near[0] != last
                    and last in self.facts
                    and (asked_kind in self.fact_wh[last] or (part.wh is None and len(tied) >= MANY_TIED))
                    and all(t in self._answer_terms(last) for t in content)
                ):
                    # "подписывали где?" after the 2026–2030 programme: the programme itself tells where it was
                    # signed, before the plan implementing it, which is only related
                    return self._as_last(own, last, fact=True), part.text
                if near is None and len(content) == 1:
                    # "qayerda imzolangan?" after the Turkey plan: one bare word asks about the last answer
                    # when, read with its topic, it still finds that answer
                    same = self._same_fact_reading(part.text, content, ctx)
                    if same is not None:
                        return same
                    wanted = SPECIFIC_WH.get(part.wh or "")
                    if (
                        last in self.facts
                        and wanted in self.fact_wh[last]
                        and content[0] in self.concepts
                        and content[0] not in self._told_terms(own.item_id or "")
                        and own.item_id not in self._neighbours(last)
                        and not names
                        # (the last answer speaks of the person the conversation is about: "а с какого времени в
                        # должности?" after who was minister at the signing is his, not the signing day's)
                        and (ctx.person is None or ctx.person in self._answer_terms(last))
                        # ("а на должности с какого времени?" after who signed, asked of the Uzbek minister: of the
                        # readings tied, one is about him alone and tells when; the signing is not his post)
                        and not (ctx.person is not None and self._tied_of_person(own, ctx.person, wanted, last))
                    ):
                        # "in the job since when?" after his appointment: the own reading found "since when" in
                        # the CSTO's example, whose answer never speaks of a job; the one word is the last topic's
                        return self._as_last(own, last, fact=True), part.text
                    if (
                        last in self.facts
                        and content[0] in self._answer_terms(last)
                        # (with a question word the last answer tells, any word it uses: "signed where?" after
                        # the 2021 programme; without one, a telling word: not "Signatories?" after the date)
                        and (
                            wanted in self.fact_wh[last]
                            if wanted
                            else self.matcher.term_weight(content[0]) >= TELLING_WEIGHT
                        )
                        and not names
                    ):
                        # "qaysi davlatlar?" after Birlik-2025: one word the last answer speaks of asks it of
                        # that answer (the five countries), not of another fact that lists countries
                        return self._as_last(own, last, fact=True), part.text
                    speaking = [
                        f
                        for f in (self.facts[last].related if last in self.facts else [])
                        if f in self.facts and content[0] in self._answer_terms(f)
                    ]
                    if (
                        len(speaking) == 1
                        and own.item_id not in {last, *speaking}
                        and own.item_id not in self._neighbours(last or "")
                        # (an own reading that speaks of the word is a reading: "unvoni-chi?" is his rank)
                        and content[0] not in self._answer_terms(own.item_id or "")
                        and self.matcher.term_weight(content[0]) >= TELLING_WEIGHT
                        and not names
                    ):
                        # "qaysi modda bo'yicha?" after the trials: the one word the last answer never uses
                        # and one fact related to it does (the law's article), not a fact it never touches
                        return self._as_last(own, speaking[0], fact=True), part.text
                    tied = [f for f, s in own.top_facts if s >= own.score - TIE]
                    of_person = [f for f in tied if ctx.person and ctx.person in self._people_of(f)]
                    if len(tied) >= 2 and len(of_person) == 1:
                        # "а предшественник кто?" after his appointment: of the facts the one word reads
                        # equally well (his predecessor, the predecessor programme), the one about him
                        return replace(own, item_id=of_person[0]), part.text
                    if (
                        last in self.facts
                        and wanted in self.fact_wh[last]
                        and len(tied) >= 2
                        and not {last, *self.facts[last].related} & set(tied)
                    ):
                        # "по срокам когда?" after the exercise: one word that reads as well of several
                        # unrelated facts names none of them; the question word asks it of the last answer
                        # ("а прилетел когда?" after the date of signing is the visit's, a fact related to it)
                        return self._as_last(own, last), part.text
                    if last in self.facts and wanted in self.fact_wh[last] and _TOOK_PLACE.fullmatch(content[0]):
                        # "где проходили?" after Birlik-2025: a question word and a plain verb name no subject;
                        # they ask it of the last answer, which tells it, not of another exercise
                        return self._as_last(own, last), part.text
                said = self._answer_terms(last) if last else frozenset()
                # ("qaysi davlatdan kelishgan?" after Hamkorlik-2025: a country the last answer names, Tajikistan)
                said = said | {_COUNTRY} if _COUNTRY in content and any(_is_country(t) for t in said) else said
                told = [t for t in content if not _TOOK_PLACE.fullmatch(t)]
                if (
                    near is None
                    and len(told) == 1 < len(content)
                    and self.matcher.canonical(told[0]) in said  # "poligonda" as the answer's "poligonida"
                    and told[0] not in self.concepts  # "где проходили переговоры?": talks are a subject
                    and last in self.facts
                ):
                    # "қайси полигонда ўтган?" after Birlik-2025: a plain verb and a word the last answer
                    # speaks of ask it of that answer, not of another exercise at another range
                    return self._as_last(own, last), part.text
                # …words the last answer uses, or plain words ("участвовало"); not a new subject ("ОДКБ")
                fits = all(t in said or t not in self.concepts for t in content) and any(t in said for t in content)
                if near is None and len(content) == 2 and not names and fits:
                    # "nechta harbiy qatnashgan?" after the parade: two words that, read with the last
                    # answer's own topic, find that answer about as well as they find another one alone
                    again = self._last_fact_reading(part.text, ctx, own.score - ELLIPSIS_MARGIN)
                    # (unless only the own reading tells what is asked: "ok, who signed for russia then?" after
                    # the fifty events no report lists is who signed)
                    if again is not None and (
                        self._tells_kind(last or "", part.wh) or not self._tells_kind(own.item_id or "", part.wh)
                    ):
                        return again
                    tied = [f for f, s in own.top_facts if s >= own.score - TIE]
                    if (
                        len(tied) >= 2
                        and last not in tied
                        and self._tells_kind(last or "", part.wh)
                        # (unless the reading is one the last answer is related to: "а с президентом когда
                        # встречался?" after his arrival is his meeting with the president, which ties with
                        # the presidents' contacts)
                        and not (last in self.facts and own.item_id in self.facts[last].related)
                    ):
                        # "qaysi davlatlardan kelishgan?" after the Samarkand meeting: two words that read as
                        # well of several facts name none of them; the last answer speaks of them and tells it
                        return self._as_last(own, last or "", fact=True), part.text
                return (replace(own, item_id=near[0], score=near[1]) if near else own), part.text
        if person and last is not None:
            person = self._the_other_meant(part, person, last) or person
        # (the last answer's day or time names no topic: "…в тот день тоже встречался?")
        text = self._with_person(_THAT_TIME.sub(" ", part.text), person) if person else part.text
        readings = [f"{text} {topic}" for topic in ctx.topics]
        # (the newest topic, or the last answer's own: "since when?" after "Different thing entirely: what's
        # Uzbekistan's status in the EAEU?", whose words as asked read as something else)
        newest = {readings[0], f"{text} {self.fact_topic(last)}"} if readings and last is not None else set()
        if person:
            readings.insert(0, text)
        best: tuple[Match, str] | None = None
        # a reading with the topic that drifts to a fact whose answer speaks of fewer of the part's own
        # words than the part's own reading does ("а в ЕАЭС какой статус?" is about the EAEU) is no reading
        covered = self._covers(own.item_id, content) if own.kind == "fact" and not person else 0
        covered = covered if covered >= 2 and part.kind == "wh" else 0  # one word ("run") proves nothing
        # ("кто в них участвовал с российской стороны?" after Hamkorlik-2025: "them" took part in the occasion just
        # answered, whose answer tells who did, in words of its own)
        took_part = (
            words_refer
            and _TOOK_PART.search(part.text) is not None
            and last in self.facts
            and self.facts[last].event is not None
        )
        covered = 0 if took_part else covered
        # …nor one to a fact that never speaks of a subject the part names and the last answer does not
        # ("and the CSTO, since when is it out of that?" after the EAEU)
        last_said = self._answer_terms(last) if last is not None else frozenset()
        own_said = self._answer_terms(own.item_id) if own.kind == "fact" and own.item_id else frozenset()
        own_topic = set(self.fact_topic(own.item_id).split()) if own.kind == "fact" and own.item_id else set()
        subjects = [
            t
            for t in content
            if t in self.concepts and t not in _BROAD and t not in last_said and t in own_said and t in own_topic
        ]
        # …the one put first, as a new subject is: "and the CSTO, …?", "а в ОДКБ …?" (not "what's his rank?")
        # (of the words the user wrote, not the last question word put before them: "с какого года а в ЕАЭС?")
        own_text = part.text[len(ctx.asked) + 1 :] if ctx.asked and part.text.startswith(f"{ctx.asked} ") else part.text
        opened = _NEW_SUBJECT.match(own_text)
        first = self.analyzer.terms(opened.group(1) or opened.group(2)) if opened else []
        subjects = [t for t in subjects if t in first] if person is None else []
        # (a partner country the last answer never names is a new subject wherever it stands: "o'sha oyda turkiya
        # bilan ham … reja imzolandimi?" after the doctrine is Turkey's plan of that month)
        subjects += [t for t in content if _is_country(t) and t not in _SIDES and t not in last_said and t in own_said]
        last_topic = set(self.fact_topic(last).split()) if last is not None else set()
        # "а с ЕАЭС у него что?" after the CSTO, whose answer names the EAEU in passing: a subject put first
        # that the last answer is not about, and that the part's own reading is about, is a new subject
        named_first = [
            t
            for t in first
            if t in content
            and t in self.concepts
            and t not in _BROAD
            and t not in last_topic
            and t in own_topic
            # (not a person the last answer names: "Xolmuhamedov-chi, u nima dedi?" after the May meeting)
            and not (t in self.people and t in last_said)
        ]
        subjects = subjects or (named_first if person is None else [])
        for n, reading in enumerate(readings):
            found = self.matcher.match(reading)
            if n == 0 and person and self._people_named(part.text) - {person}:
                # "prezident mirziyoyev u bilan qaysi kuni uchrashdi" after Belousov's arrival: with the person
                # put in beside the one named, facts that read as well are told apart as the question named in
                # full would be
                found = self._break_tie(found, replace(part, text=reading))
            if (
                subjects
                and found.kind == "fact"
                and not all(t in self._answer_terms(found.item_id or "") for t in subjects)
            ) or (
                named_first
                and found.kind == "fact"
                and not set(named_first) <= set(self.fact_topic(found.item_id or "").split())
            ):
                continue
            if n == 0 and person and found.kind == "decline" and found.score >= threshold:
                # "did he come to Uzbekistan again later?": with the person named, a question the base
                # knows it does not answer (or one the last answer tells of the other person it names:
                # "а его когда назначили?" after Belousov congratulated the Uzbek minister)
                other = self._the_other_one_told(part, person, content, last)
                if other is not None or len(content) >= 2:
                    return other or (found, reading)
            if found.kind != "fact" or self._covers(found.item_id, content) < covered:
                continue
            # (or a relation to him a fact about him tells: "who was before him?" is his predecessor)
            related = (
                bool(content)
                and RELATION.search(part.text) is not None
                and person in self._people_of(found.item_id or "")
            )
            # (or what he did that the last answer never speaks of: "who did he congratulate?" after Belousov's
            # words is the congratulation he gave, which names him, not his words read with the question's)
            done_else = (
                bool(content)
                and found.score >= threshold
                and person in self._people_of(found.item_id or "")
                and self._covers(found.item_id, content) == len(content)
                and last is not None
                and self._covers(last, content) == 0
            )
            if (
                n == 0
                and person
                and (len(content) >= 2 or (content and self._about(found, person)) or related or done_else)
            ):
                # "what did he say about the meeting?": the person is the context it needs, not the topic;
                # so is "what was his rank then?" when a fact about him answers it
                # (a fact that never names him keeps the words as written: "а в ЕАЭС какой у него статус?"
                # after the CSTO is Uzbekistan's status, not Shoigu's programme)
                stale = bool(named_first) and person not in self._answer_terms(found.item_id or "")
                best = (found, part.text if stale else reading)
                if self._his_it_is_the_last(found, person, words, content, last, wanted):
                    # "since when had he held it?" after his previous post: "it" is the post the last answer
                    # told of him, which that answer dates; his name alone reads as his appointment
                    best = (self._as_last(found, last or "", fact=True), reading)
                elif (
                    last is not None
                    and found.item_id != last
                    and person in last_said
                    and person not in self._answer_terms(found.item_id or "")
                    and self._covers(last, content) > self._covers(found.item_id, content)
                ):
                    # "а с кем он вёл переговоры?" after Shoigu's announcement of the old programme: the talks
                    # the last answer tells of him, not a fact that never names him (who signed in 2025)
                    best = (self._as_last(found, last, fact=True), reading)
                break
            # a reading whose fact answers the question's kind beats a closer one that cannot ("а на
            # сколько лет?" after what was signed: the term of the programme, not the list of documents)
            if best is None or (self._fits(found, wanted), found.score) > (self._fits(best[0], wanted), best[0].score):
                best = (found, reading)
            if (
                not content
                and not person
                and wanted is not None
                and reading in newest
                and found.item_id == last
                and found.score >= threshold
                and self._fits(found, wanted)
            ):
                # "since when?" after the EAEU: the last answer, read with a topic of its own, tells it; another
                # topic's reading ("…the CSTO") is no better reading of a question that names nothing
                best = (found, reading)
                break
        # "а кто его подписывал?" after the fifty events: their fact cannot say who, the part's own reading can
        own_answers = own.kind == "fact" and own.score >= threshold and wanted in self.fact_wh[own.item_id or ""]
        # (not one that says the sources do not tell: "when was he appointed?" is no question of his promotion)
        own_answers = own_answers and wanted not in self.facts[own.item_id or ""].unsaid
        # …when that reading speaks of what the part asks ("who led it?" is not the programme Shoigu signed)
        # (a bare "how many?" speaks of nothing, which any fact's example of the words covers)
        own_answers = own_answers and bool(content) and self._covers(own.item_id, content) == len(content)
        # …and not of who took part in the occasion just answered, which its answer tells
        own_answers = own_answers and not (took_part and best is not None and best[0].item_id == last)
        if best is not None and wanted and own_answers and wanted not in self.fact_wh[best[0].item_id or ""]:
            return own, part.text
        named_people = [t for t in content if t in self.people]
        if (
            best is not None
            and person is None
            and own.kind == "fact"
            and own.score >= threshold
            and named_people
            and all(t in own_said for t in named_people)
            and not all(t in self._answer_terms(best[0].item_id or "") for t in named_people)
        ):
            # "but did Belousov see Mirziyoyev on that trip?" after the programme: the people it names are
            # its own reading's (the meeting), not the last topic's, which never names the president
            return own, part.text
        asked_years = {int(t) for t in content if t.isdigit() and len(t) == 4}
        if (
            best is not None
            and person is None
            and own.kind == "fact"
            and own.score >= threshold
            and best[0].item_id != own.item_id
            and asked_years
            and own.item_id in self.facts
            and asked_years <= self._years_of(self.facts[own.item_id])
            and not any(asked_years & self._years_of(self.facts[f]) for f in (best[0].item_id, last) if f in self.facts)
        ):
            # "did tashkent say in early 2026 it would keep out of military blocs?" after the EAEU: the year it
            # names is its own reading's (the 2026 doctrine), which neither the last topic nor the reading
            # with it tells of
            return own, part.text
        if (
            best is not None
            and part.kind == "wh"
            and person is None
            and own.kind == "fact"
            and own.score >= KEEP_OWN_READING
            and best[0].score < own.score
            and best[0].item_id != own.item_id
        ):
            best_said = self._answer_terms(best[0].item_id or "")
            if any(
                t in own_topic and t in own_said and t not in last_said and t not in best_said
                for t in content
                # (a rank is no subject: "u qanday unvonda edi?" after the parade is its colonel's)
                if t in self.concepts and t not in _BROAD and t not in _SIDES and t != RANK
            ):
                # "а из ОДКБ он когда вышел?" after the EAEU: the part names a subject of its own reading that
                # neither the last answer nor the reading with its topic speaks of; "он" is only the country
                return own, part.text
        if (
            best is not None
            and person is None
            and own.kind == "fact"
            and own.score >= threshold
            and best[0].item_id != own.item_id
        ):
            best_said = self._answer_terms(best[0].item_id or "")
            subjects = [
                t
                for t in content
                if t in self.concepts
                and t not in _BROAD
                and t not in _SIDES
                and t in own_said
                and t not in last_said
                and t not in best_said
            ]
            # (or, asked yes/no, one: "is uzbekistan even in the csto?" after the mercenaries' trials)
            # (but not a title: "was the uzbek president there?" after the parade asks of the parade)
            one = part.kind == "yesno" and not _TITLES.intersection(subjects)
            if (len(subjects) >= 2 or one) and own_topic.intersection(subjects):
                # "did its January 2026 defence doctrine review drop the stay-out-of-blocs stance?" after the EAEU:
                # two subjects of its own reading that neither the last answer nor the reading with its topic
                # speaks of; "its" is only the country
                return own, part.text
        # (asked as more of his words: "…anything about the wider region too?")
        also = _ALSO_AGAIN.search(part.text) is not None
        statement = self._statement_on(content, person, best[0].item_id) if best is not None and also else None
        if statement is not None and best is not None:
            # "did he say anything about the wider region too?" after Belousov's words on the two countries:
            # the one statement of his that speaks of the region, not the words just answered
            return self._as_last(best[0], statement, fact=True), best[1]
        if best is not None and best[0].kind == "decline" and person:
            # ("when was he appointed?" after Belousov congratulated the Uzbek minister: the appointment told)
            best = self._the_other_one_told(part, person, content, last) or best
        if (
            best is not None
            and own.kind == "fact"
            and own.item_id != best[0].item_id
            and FORMER in self.analyzer.terms(part.text)
            and self._before(own.item_id or "")
            and not self._before(best[0].item_id or "")
            and best[0].item_id in self.facts
            and own.item_id in self.facts[best[0].item_id].related
        ):
            # "а предыдущая на какие годы была?" after the 2026–2030 programme: the earlier one of its own
            # reading, when the topic's fact names it as related, not the last topic again
            return own, part.text
        if best is not None and (own.kind != "fact" or person or best[0].score > own.score or len(content) <= 2):
            return best
        if best is not None and took_part and best[0].item_id == last and words_refer:
            # "кто в них участвовал с российской стороны?" after Hamkorlik-2025: "them" took part in the occasion
            # just answered, whose answer tells who did; another occasion's "participated" is not it
            return best
        if best is not None and part.kind == "yesno" and words_refer and len(self._unclaimed(part, content)) <= 2:
            # "did it take place in august?" after Hamkorlik-2025: the month is the claim to judge of "it",
            # not a topic, and "take place" alone finds the signing's date
            return best
        if best is not None and best[0].kind == "fact" and self._they_are_not_him(part, own, last):
            # "did they go on for a whole month?" after the exercise: "they" are what the last answer told, not
            # the one man a reading of "how long" without a subject finds (how long the minister has served)
            return best
        if (
            best is None
            and part.kind == "yesno"
            and last is not None
            and self.facts[last].event is not None
            and len(content) <= 2
            and self._licensed_by_context(part, own, ctx)
        ):
            # "did kazakhstan join?" after Hamkorlik-2025: a neighbour claimed of the occasion just answered,
            # which its answer judges (the topic's words alone do not license the country)
            return self._as_last(own, last, fact=True), f"{part.text} {self.fact_topic(last)}"
        return own, part.text

    def _unclaimed(self, part: Part, content: list[str]) -> list[str]:
        """The part's words that are not a claim the checker judges (a month, a date, a place)."""
        claimed = {t for terms in self.checker.claims(part.text).values() for t in terms}
        return [t for t in content if t not in claimed]

    def _statement_on(self, content: list[str], person: str | None, read: str | None) -> str | None:
        """The one fact of what ``person`` said that speaks of the subjects the question names, when the
        fact it was read as does not, among the facts of his words."""
        if person is None or read is None or SAY not in content:
            return None
        last = read
        last_said = self._answer_terms(read)
        subjects = [t for t in content if t in self.concepts and t not in _BROAD and t != SAY and t not in last_said]
        if not subjects:
            return None
        found = [
            f
            for f in self.facts
            if f != last
            and person in self._people_of(f)
            and SAY in self._answer_terms(f)
            and all(t in self._answer_terms(f) for t in subjects)
        ]
        return found[0] if len(found) == 1 else None

    def _his_it_is_the_last(
        self, found: Match, person: str, words: list[str], content: list[str], last: str | None, wanted: str | None
    ) -> bool:
        """ "he … it" after an answer about him: "it" is that answer's subject, when that answer tells what is
        asked and the part's own words speak of it no less than of the fact his name alone finds."""
        if last is None or found.item_id == last or last not in self.facts or wanted is None:
            return False
        # (English "it" alone: "его", "uni" are "him" as often as "it")
        if "it" not in words or person not in self._people_of(last):
            return False
        own = [t for t in content if t != person]
        # (and that answer speaks of a word the part asks: "when did he sign it?" is of the documents)
        covered = self._covers(last, own)
        return self._fits(replace(found, item_id=last), wanted) and covered >= max(1, self._covers(found.item_id, own))

    def _occasion_pronoun(self, part: Part, words: list[str], content: list[str], last: str | None) -> bool:
        """Uzbek "u" is "he" and "it" alike: "u qachon bo'lgan?" (when was it?) after the May meeting asks
        when the occasion happened, not when the minister the answer named did something."""
        return (
            last is not None
            and self.facts[last].event is not None
            and part.wh in ("when", "where")
            and self._tells_kind(last, part.wh)
            and "u" in words
            and not any(w in _PERSON_PRONOUNS for w in words if w != "u")
            and all(t.startswith(_HAPPENED) for t in content)
        )

    def _echoes_the_answer(self, text: str, fact: Fact) -> bool:
        """ "отрабатывали штурм населённых пунктов, захваченных боевиками?": three words running as the answer
        has them (long words, not names of the base's topics alone) are the answer said back, a "yes"; a claim
        the values can check has been judged before this."""
        asked = [w for w in tokens(text) if len(w) >= 4]
        if len(asked) < 3:
            return False
        runs = self._answer_runs.get(fact.id)
        if runs is None:
            runs = set()
            for lang in LANGS:
                for sentence in _SENTENCE.split(fold(fact.answer.get(lang))):
                    if _NEGATION.search(sentence):
                        continue  # "no report mentions an arms contract": said back, that is no "yes"
                    words = [w for w in tokens(sentence) if len(w) >= 4]
                    runs |= {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
            self._answer_runs[fact.id] = runs
        return any(tuple(asked[i : i + 3]) in runs for i in range(len(asked) - 2))

    def _last_says_the_new_words(self, own: Match, unknown: list[str], last: str | None) -> bool:
        """No fact reads the part, the nearest is the last answer, and it uses most (at least two) of the words
        the examples never do, inflected as they may be."""
        if last is None or own.kind == "fact" or own.final or not own.top_facts or own.top_facts[0][0] != last:
            return False
        said = self._answer_terms(last)
        stems = {t[:5] for t in said if len(t) >= 5}
        told = [w for w in unknown if w in said or (len(w) >= 5 and w[:5] in stems)]
        return len(told) >= 2 and 3 * len(told) >= 2 * len(unknown)

    def _tie_the_last_answer_speaks_to(
        self, part: Part, own: Match, content: list[str], unknown: list[str], last: str | None
    ) -> bool:
        """A word the base does not know beside words the last answer uses, where the part's own reading is a
        tie of facts that names none of them: the new word is the last answer's detail, not a new subject."""
        tied = [f for f, s in own.top_facts if s >= own.score - TIE]
        known = [t for t in content if t not in unknown]
        return (
            last is not None
            and part.kind == "wh"
            and own.score < KEEP_OWN_READING
            and len(tied) >= 2
            and last not in tied
            and bool(known)
            and all(t in self._answer_terms(last) for t in known)
            and self._tells_kind(last, part.wh)
        )

    def _there_is_own_place(self, part: Part, own: Match, last: str | None) -> bool:
        """The part points back only at a place ("there", "там", "u yerda"), a place of the fact its own
        words read clearly, and of the last answer's if it names one: nothing is left for the context to add."""
        pointers = [w for w in tokens(part.text) if w in PRONOUNS]
        if (
            last is None
            or own.kind != "fact"
            or own.item_id in (None, last)
            or own.score < KEEP_OWN_READING
            or not pointers
            or not all(w in _THERE for w in pointers)
            # (its words in full: "the russian one got there" is the Russian minister arriving)
            or len(self.analyzer.terms(part.text)) <= COMPLETE_QUESTION
        ):
            return False
        # (an answer with no place of its own gives "there" nothing to point at but an earlier one's)
        places, last_places = self.checker.places(self.facts[own.item_id or ""]), self.checker.places(self.facts[last])
        return bool(places) and (not last_places or bool(places & last_places))

    def _partner_swapped(self, part: Part, content: list[str], ctx: Context) -> tuple[Match, str] | None:
        """ "а с Узбекистаном на 2026-й сколько?" after Russia's 2026 plan with Belarus, "Rossiya bilan-chi?"
        after Uzbekistan's plan with Turkey: the last question asked again of another partner country."""
        if not ctx.topics:
            return None
        words = ctx.topics[0].split()
        terms = [self._term(w) for w in words]
        # (a country the last question named too is no new partner: "а у России с Узбекистаном на 2026?")
        content = [t for t in content if not (_is_country(t) and t in terms)]
        named = [t for t in content if _is_country(t)]
        if len(named) != 1 or len(content) - 1 > 2:
            return None
        partners = {t for t in terms if _is_country(t) and t not in _SIDES}
        if len(partners) != 1 or named[0] in terms:
            return None
        old = partners.pop()
        new = next((w for w in tokens(part.text) if self._term(w) == named[0]), None)
        if new is None:
            return None
        text = " ".join(new if t == old else w for w, t in zip(words, terms, strict=True))
        found = self.matcher.match(text)
        if found.score < self.matcher.tuning.answer_threshold or found.kind not in ("fact", "decline"):
            return None
        said = self._answer_terms(found.item_id or "") if found.kind == "fact" else frozenset()
        if old in said and named[0] not in said:
            # the old partner's fact still reads best: the sources tell nothing of the new one
            return replace(found, kind="none", item_id=None, reason="nothing told of that partner"), text
        return found, text

    def _counterpart(self, person: str, last: str | None) -> str | None:
        """The other one of the two people the last answer's fact, or else the signing, is about."""
        for fact_id in (last, SIGNATORIES_FACT):
            fact = self.facts.get(fact_id or "")
            people = [self._term(p) for p in fact.values.people] if fact is not None and fact.values else []
            if len(people) == 2 and person in people:
                return next(p for p in people if p != person)
        return None

    def _signers_there(self, part: Part, content: list[str], last: str) -> bool:
        """The part asks only who signed, for which side or document ("а кто подписывал с российской
        стороны?"), and the last answer is an occasion other than the January signing that tells of a
        signing and names its people."""
        fact = self.facts[last]
        return (
            part.wh == "who"
            and "sign" in content
            and all(t in _SIGNERS_WORDS for t in content)
            and fact.event is not None
            and fact.event.date != self.signed
            and fact.values is not None
            and len(fact.values.people) >= 2
            and "sign" in self._answer_terms(last)
        )

    def _signed_there(self, part: Part, content: list[str], last: str) -> bool:
        """The part asks what was signed and names nothing else (no day, place or new subject), and the
        last answer is an occasion other than the January signing whose answer tells of a signing."""
        fact = self.facts[last]
        # (or whether anything was signed at that meeting: "o'sha uchrashuvda biror hujjat imzolandimi?")
        # (or there: "ular u yerda yangi hujjat imzolashganmi?")
        occasion = _THAT_OCCASION.search(part.text) or _THE_OCCASION.search(part.text) or _SAID_THERE.search(part.text)
        # (or in a few words of signing alone: "biror hujjat imzolanganmi?" after the May meeting)
        # (not whether at another time: "hujjatlar ham o'sha kuni imzolanganmi?" after the arrival)
        few = len(content) <= 3 and not _THAT_TIME.search(part.text)
        pointed = part.kind == "yesno" and (occasion is not None or few)
        named = set(self.analyzer.terms(occasion.group(0))) if occasion is not None and pointed else set()
        return (
            (part.kind == "wh" or pointed)
            and part.wh in (None, "what", "which", "how")  # "qanaqa hujjat": what kind of document
            and "sign" in content
            and (
                all(t in _SIGNED_WORDS or t in named or t not in self.concepts for t in content)
                # (or a kind of document claimed signed there, which the last answer can judge: "ular u yerda
                # yangi qurol sotib olish shartnomasini imzolashganmi?" after the May meeting)
                or (occasion is not None and self.checker.verdict(part.text, fact) is not None)
            )
            and not self.checker.claims(part.text)
            and fact.event is not None
            and fact.event.date != self.signed
            and "sign" in self._answer_terms(last)
        )

    def _the_occasion_told(self, text: str, last: str) -> bool:
        """ "was the meeting held inside the Kremlin?" after the May meeting: "the meeting" is the one the
        last answer tells of."""
        named = _THE_OCCASION.search(text)
        return named is not None and all(t in self._answer_terms(last) for t in self.analyzer.terms(named.group(1)))

    def _a_later_occasion(self, part: Part, own: Match, last: str | None) -> bool:
        """ "did they sign anything else in moscow later that year?" after what was signed in January: a
        yes/no follow-up that asks about another, later time, which its own reading finds in a fact of a
        later day; the last answer, which would judge "Moscow" a wrong place, is not what it asks about."""
        if (
            part.kind != "yesno"
            or last not in self.facts
            or own.kind != "fact"
            or own.item_id in (None, last)
            or own.score < self.matcher.tuning.answer_threshold
            or not _ANOTHER_TIME.search(part.text)
        ):
            return False
        then, now = self._newest_day(self.facts[last]), self._newest_day(self.facts[own.item_id or ""])
        return then is not None and now is not None and now > then

    def _the_signing_after_another_day(self, part: Part, own: Match, last: str | None, words_refer: bool) -> bool:
        """ "and the signing?" after when he arrived: a short follow-up that names the signing, whose own reading
        is the signing's day, asks that of the signing, not again of the arrival (or his appointment) the last
        answer dated."""
        if (
            words_refer
            or last not in self.facts
            or own.kind != "fact"
            or own.item_id in (None, last)
            or own.score < self.matcher.tuning.answer_threshold
            or len(self._own_words(part)) > 2
            or not _THE_SIGNING.search(part.text)
            or self.signed is None
        ):
            return False
        then, event = self.facts[last].event, self.facts[own.item_id or ""].event
        # (of the months before it only: "signed when?" of the 2016 treaty or the 2021 programme asks their own
        # signing, and the May meeting signed a plan of its own)
        return (
            then is not None
            and event is not None
            and event.date == self.signed
            and self.signed - _A_YEAR < then.date < self.signed
        )

    def _another_occasion(self, part: Part, found: Match, ctx: Context) -> bool:
        """The part points back at the last answer's occasion ("that meeting", "на той встрече") and the
        fact found reports other days only."""
        last = self._last(ctx)
        if (
            last is None
            or found.kind != "fact"
            or found.item_id in (None, last)
            or not (_THAT_OCCASION.search(part.text) or self._the_occasion_told(part.text, last))
        ):
            return False
        days = {str(d)[:7] for d in self.facts[last].values.dates} if self.facts[last].values else set()
        other = self.facts[found.item_id or ""].values
        if bool(days) and other is not None and not other.dates and other.years:
            # "how many events are in that plan?" after the May plan for 2026–2030: the 2025 plan's count
            # is of another plan, told apart by the years each is for
            years = set(self.facts[last].values.years) if self.facts[last].values else set()
            return bool(years) and not years & set(other.years)
        if other is not None and not other.dates and other.places and self.facts[last].values:
            # (a fact of no day, but of another place: the January venue in Tashkent after the May meeting)
            places = set(self.facts[last].values.places)
            return bool(places) and not places & set(other.places)
        return bool(days) and other is not None and bool(other.dates) and not days & {str(d)[:7] for d in other.dates}

    def _neighbours(self, fact_id: str) -> list[str]:
        """The facts related to this one, either way round."""
        return self._related_both.get(fact_id, [])

    def _elsewhere(self, text: str, fact: Fact) -> bool:
        """The question sets what it asks in a city ("in Moscow", "в Москве", "Moskvada") that the fact,
        which names its places, does not name; a city after "after"/"since" only points at an event."""
        places = self.checker.places(fact)
        if not places:
            return False
        words = tokens(text)
        for i, word in enumerate(words):
            if not (i and words[i - 1] in _LOCATIVE) and not (len(word) > 4 and word.endswith("da")):
                continue
            term = self.checker.place(word)
            if term is None or term in places:
                continue
            if any(w in _POINTERS for w in words[max(0, i - 5) : i]):
                continue  # "after the signing in Tashkent, when did they meet again?"
            return True
        return False

    def _side_of_signing(self, text: str, fact: Fact) -> Verdict | None:
        """ "The drone offer came after the January deal, didn't it?": before or after the signing,
        against the days the fact reports."""
        found = _SIGNING_SIDE.search(text)
        days = [str(d) for d in fact.values.dates] if fact.values else []
        if found is None or not days or self.signed is None:
            return None
        signed = self.signed.isoformat()
        after = (found.group(1) or found.group(2)) in ("after", "после", "keyin", "so'ng")
        if max(days) < signed:
            return "no" if after else "yes"
        if min(days) > signed:
            return "yes" if after else "no"
        return None

    def _decline_of_other_years(self, own: Match, part: Part) -> Match:
        """ "Which joint exercises did they hold in 2025?" reads like the decline of exercises in 2026;
        a year its examples never name, which a close fact states, is that fact's."""
        if own.kind != "decline" or not own.top_facts or not any(ch.isdigit() for ch in part.text):
            return own
        years = {int(y) for y in self.checker.claims(part.text).get("year", set())}
        topic_years = self._topic_years(own.item_id or "")
        if not years or not topic_years or years & topic_years:
            return own
        # (a topic every example of which names its year is about that year alone: "2025-yil uchun … nechta
        # tadbir?" is the 2025 plan's, however like the 2026 one's it reads)
        floor = self.matcher.tuning.answer_threshold
        floor = floor if self._topic_year_bound(own.item_id or "") else max(floor, own.score - WH_MARGIN)
        for fact_id, score in own.top_facts:
            if score >= floor and years <= self._years_of(self.facts[fact_id]):
                return replace(own, kind="fact", item_id=fact_id, score=score, final=False)
        return own

    def _absent_person(self, part: Part, content: list[str], ctx: Context, words_refer: bool) -> Match | None:
        """ "belousov ham borganmi?", "did Belousov himself attend it?" after the exercise: whether someone
        was at the last answer's occasion, whose reports do not name him, is what they do not tell; no other
        day he was somewhere answers it."""
        last = self._last(ctx)
        if part.kind != "yesno" or last is None or ABSENT_PERSON not in self.declines:
            return None
        fact = self.facts[last]
        named = [t for t in content if t in self.people]
        if fact.event is None or fact.event.date == self.signed or len(named) != 1:
            return None
        day = fact.event.date
        same_occasion = [
            r
            for r in fact.related
            if r in self.facts
            and r not in self._status_facts  # (not a list of what followed, which names everyone)
            and ((other := self._newest_day(self.facts[r])) is None or abs((other - day).days) <= 3)
        ]
        if named[0] in self._answer_terms(last) or any(named[0] in self._answer_terms(r) for r in same_occasion):
            return None  # (…or a fact of the same days tells of him: the president received the visiting minister)
        rest = [t for t in content if t not in self.people]
        if not all(t not in self.concepts or t in _BEING_THERE for t in rest):
            return None  # it asks something more of him
        if not (words_refer or _ALSO.intersection(tokens(part.text))):
            return None
        return Match("decline", ABSENT_PERSON, 1.0, "asks whether someone the occasion's reports do not name was there")

    def _unconfirmed_again(self, part: Part, own: Match, last: str | None) -> Match | None:
        """ "Did the J-10s actually arrive?" after the Chinese fighters, whose answer has just said no report
        confirms a delivery: the topic that says so plainly, not the same summary again."""
        if last is None or (
            own.kind == "fact" and own.item_id != last and own.score >= self.matcher.tuning.answer_threshold
        ):
            return None  # (a new question of its own is read as it stands)
        if _CONFIRMATION_ASKED.search(fold(part.text)):
            return None  # "was the delivery confirmed?" is answered: no one confirmed it
        words = tokens(fold(part.text))
        text = " ".join(words)
        for topic in self.declines.values():
            starts = [fold(w) for w in topic.follow_words]
            if last in topic.follows and any(
                (" " in w and w in text) or any(t.startswith(w) for t in words) for w in starts
            ):
                return Match("decline", topic.id, 1.0, "asks again what the last answer says no report confirms")
        return None

    def _unconfirmed_alone(self, own: Match, part: Part, ctx: Context | None) -> Match:
        """ "Did the J-10s actually arrive?" put in a conversation about something else: the claim it asks
        after is one only an unverified blog makes, so the reply is the plain "I can't confirm" (which still
        tells what was reported) rather than the summary, which would read as an answer to it. Asked as a
        question of its own, the summary answers it, with the same caveat; "was it confirmed?" and "how
        trustworthy is it?" are answered too: no one confirmed it."""
        if ctx is None or not ctx.fact_ids:
            return own
        folded = fold(part.text)
        if not _FIGHTER_NAMED.search(folded) or _TRUST_ASKED.search(folded):
            return own
        if _CONFIRMATION_ASKED.search(folded) and not _BLOG_DAY.search(folded):
            return own
        words = tokens(folded)
        text = " ".join(words)
        for topic in self.declines.values():
            if not topic.follows:
                continue
            starts = [fold(w) for w in topic.follow_words]
            if _GOT.intersection(words) or any(
                (" " in w and w in text) or any(t.startswith(w) for t in words) for w in starts
            ):
                return Match("decline", topic.id, 1.0, "asks after what no report confirms")
        return own

    def _bare_person(self, part: Part) -> str | None:
        """The one person a part of a name alone names ("xolmuhamedov-chi?", "а Холмухамедов?", "and
        Kholmukhamedov?")."""
        words = [w for w in tokens(part.text) if w not in _TOPIC_SKIP]
        terms = [self._term(w.removesuffix("-chi").removesuffix("chi")) for w in words]
        return terms[0] if len(terms) == 1 and terms[0] in self.people else None

    def _decline_of_other_partner(self, own: Match, part: Part) -> Match:
        """ "How many events are in Russia's 2026 plan with Belarus?" reads like the decline of a 2026 plan
        with Uzbekistan; another partner, which a close fact's answer names, is that fact's."""
        if own.kind != "decline" or not own.top_facts:
            return own
        # (any country but the two sides: "turkiya bilan 2026 yilga reja imzolanganmi?" is Turkey's plan)
        partners = {t for t in self.analyzer.terms(part.text) if _is_country(t) and t not in _SIDES}
        topic = self.declines.get(own.item_id or "")
        if topic is not None and topic.only_uzbekistan and part.kind == "yesno" and not partners:
            # "the 2026 plan with Uzbekistan has 164 events, right?": a count only another partner's plan
            # has is that fact's to deny
            counts = self.checker.claims(part.text).get("number", set())
            for fact_id, score in own.top_facts:
                if (
                    counts
                    and score >= CLARIFY_FLOOR
                    and counts <= self._counts_of(fact_id)
                    and self.checker.verdict(part.text, self.facts[fact_id]) == "no"
                ):
                    return replace(
                        own,
                        kind="fact",
                        item_id=fact_id,
                        score=max(score, self.matcher.tuning.answer_threshold),
                        final=False,
                    )
        if not partners or topic is None:
            return own
        if not topic.only_uzbekistan or UZBEKISTAN in self.analyzer.terms(part.text):
            return own
        for fact_id, score in own.top_facts:
            if score >= self.matcher.tuning.answer_threshold and partners <= self._answer_terms(fact_id):
                return replace(own, kind="fact", item_id=fact_id, score=score, final=False)
        return own

    def _sides_plan_of_year_untold(self, part: Part) -> Match | None:
        """ "какой план сотрудничества на 2026 с россией подписали?": a year's plan of the two sides, which a
        topic bound to that year says no report has; another ally's plan of that year (a close fact) is no
        answer when the question names no other ally."""
        terms = self.analyzer.terms(part.text)
        if any(_is_country(t) and t not in _SIDES for t in terms):
            return None
        years = {int(y) for y in self.checker.claims(part.text).get("year", set())}
        if not years:
            return None
        for topic in self.declines.values():
            if not topic.only_uzbekistan or not self._topic_year_bound(topic.id):
                continue
            if not years <= self._topic_years(topic.id):
                continue
            score = self.matcher.score_of(part.text, topic.id)
            if score >= self.matcher.tuning.answer_threshold:
                return Match("decline", topic.id, score, "the two sides' plan of that year is not reported")
        return None

    def _topic_year_bound(self, topic_id: str) -> bool:
        topic = self.declines.get(topic_id)
        texts = [q for lang in LANGS for q in topic.questions.get(lang)] if topic is not None else []
        return bool(texts) and all(re.search(r"\b(?:19|20)\d\d\b", q) for q in texts)

    def _topic_years(self, topic_id: str) -> set[int]:
        known = self._years_named.get(topic_id)
        if known is None:
            topic = self.declines.get(topic_id)
            texts = [q for lang in LANGS for q in topic.questions.get(lang)] if topic is not None else []
            known = self._years_named[topic_id] = {int(y) for q in texts for y in re.findall(r"\b(?:19|20)\d\d\b", q)}
        return known

    @staticmethod
    def _with_person(text: str, person: str) -> str:
        """ "what did he say?" → "what did belousov say?": the name where the pronoun stood, so that word
        pairs ("belousov say") still count."""
        first = next((m for m in _PRONOUN_WORD.finditer(text) if m.group(0) in _PERSON_PRONOUNS), None)
        return text if first is None else text[: first.start()] + person + text[first.end() :]

    def _words_of_another_on_it(self, part: Part, content: list[str], last: str | None) -> bool:
        """ "what did Belousov say about this?" asked of an answer that never names him."""
        if last not in self.facts or SAY not in content or not _ABOUT_IT.search(part.text):
            return False
        named = self._people_named(part.text)
        said = self._answer_terms(last)
        return bool(named) and not named & said and not any(p in said for p in self._people_of(last))

    def _of_another_person_unnamed(self, part: Part, own: Match, content: list[str], ctx: Context, named: bool) -> bool:
        """A question with no subject that reads as about one man it never names, asked while the
        conversation is about another man the last answer tells of, asks about the conversation's man."""
        last = self._last(ctx)
        if named or ctx.person is None or last not in self.facts or own.kind != "fact" or part.wh is None:
            return False
        values = self.facts[own.item_id].values if own.item_id in self.facts else None
        people = [self._term(p) for p in values.people] if values is not None else []
        said = self._answer_terms(last)
        return (
            len(people) == 1
            and people[0] != ctx.person
            and not self._people_named(part.text)
            and ctx.person in self._people_of(last)
            and ctx.person in said
            and 0 < len(content) <= 2
            # (its time is no subject: "а сейчас…?")
            and all(t in said or t not in self.concepts or t == "now" for t in content)
        )

    def _about(self, found: Match, person: str) -> bool:
        """The fact found is about that one person."""
        values = self.facts[found.item_id or ""].values if found.item_id in self.facts else None
        return (
            found.score >= self.matcher.tuning.answer_threshold
            and values is not None
            and [self._term(p) for p in values.people] == [person]
        )

    def _of_him(self, part: Part, found: Match, person: str, content: list[str], last: str | None) -> bool:
        """The reading with the person put in is about him alone, or it asks a relation to him ("before
        him") that a fact of its own naming him tells, in as many of the words asked as the last answer
        ("а кто был министром обороны до него?" after Belousov congratulated him: his predecessor, not the
        congratulation again)."""
        if self._about(found, person):
            return True
        return (
            RELATION.search(part.text) is not None
            and found.kind == "fact"
            and found.item_id != last
            and found.score >= KEEP_OWN_READING
            and person in self._people_of(found.item_id or "")
            and self._covers(found.item_id, content) >= max(self._covers(last, content), 1)
        )

    def _tied_of_person(self, found: Match, person: str, wanted: str | None, last: str | None) -> bool:
        """Among the readings tied at the top, one other than the last answer is about that person
        alone and tells what is asked: a bare follow-up then asks about him, not the last event."""
        for fact_id, score in found.top_facts:
            if score < found.score - TIE or fact_id == last:
                continue
            if self._about(replace(found, item_id=fact_id, score=score), person) and self._fits(
                replace(found, item_id=fact_id), wanted
            ):
                return True
        return False

    def _fits(self, found: Match, wanted: str | None) -> bool:
        return wanted is None or wanted in self.fact_wh[found.item_id or ""]

    def _before(self, fact_id: str) -> bool:
        """The days the fact reports all lie before the signing (the earlier programme, signed in 2021)."""
        values = self.facts[fact_id].values
        signed = self.signed.isoformat() if self.signed is not None else None
        return signed is not None and values is not None and bool(values.dates) and max(values.dates) < signed

    def _counts_of(self, fact_id: str) -> set[str]:
        values = self.facts[fact_id].values
        return {str(int(n)) if float(n).is_integer() else str(n) for n in values.numbers} if values else set()

    def _has_people(self, fact_id: str) -> bool:
        values = self.facts[fact_id].values
        return values is not None and bool(values.people)

    def _covers(self, fact_id: str | None, content: list[str]) -> int:
        said = self._answer_terms(fact_id) if fact_id in self.facts else frozenset()
        return sum(1 for term in content if term in said)

    def _spoken_of_last(self, ctx: Context) -> bool:
        """Whether the context's person is one the last answer is about: a person only the question named,
        and the answer refuted ("а до него министром был шойгу?" — no, Kurbanov), is no referent of the
        next "he", which still means the man the talk is about ("он потом генерал-лейтенантом стал?")."""
        last = self._last(ctx)
        return last is None or ctx.person in self._people_of(last)

    def _last(self, ctx: Context) -> str | None:
        """The last answer's fact, if the base still has it."""
        return ctx.fact_ids[0] if ctx.fact_ids and ctx.fact_ids[0] in self.facts else None

    def _finds_last(self, text: str, topic: str, ctx: Context, floor: float = 0.0) -> tuple[Match, str] | None:
        """The part read with a topic, when that reading lands on the last answer's fact again."""
        reading = f"{text} {topic}"
        found = self.matcher.match(reading)
        if found.kind == "fact" and found.item_id in ctx.fact_ids[:1] and found.score >= floor:
            return found, reading
        return None

    def _last_fact_reading(self, text: str, ctx: Context, floor: float) -> tuple[Match, str] | None:
        last = self._last(ctx)
        return self._finds_last(text, self.fact_topic(last), ctx, floor) if last else None

    def _same_fact_reading(self, text: str, content: list[str], ctx: Context) -> tuple[Match, str] | None:
        """The part read with the last topic, when that reading lands on the last answer's fact again
        and the last answer speaks of the part's own word ("signed" yes; "parade" not, after the exercise)."""
        last = self._last(ctx)
        if last is None or not ctx.topics:
            return None
        said = self._answer_terms(last)
        # (in another form of the word: "когда объявили?" of a doctrine revision "было объявлено")
        told = self._told_words(last)
        if not all(t in said or (len(t) >= 6 and any(w.startswith(t[:5]) for w in told)) for t in content):
            return None
        return self._finds_last(text, ctx.topics[0], ctx)

    def _names_in(self, fact_id: str) -> set[str]:
        """The names with a year the fact's answer speaks of, in any language."""
        if fact_id not in self.facts:
            return set()
        known = self._names.get(fact_id)
        if known is None:
            answer = self.facts[fact_id].answer
            known = self._names[fact_id] = {n for lang in LANGS for n in event_names(fold(answer.get(lang)))}
        return known

    def _later_time_told(self, part: Part, last: str) -> bool:
        """The years a bare "by then?" names are all ones the last answer speaks of."""
        told = set(re.findall(r"(?:19|20)\d\d", self.facts[last].answer.en))
        return set(re.findall(r"(?:19|20)\d\d", part.text)) <= told

    def _weak_reading_the_last_speaks_to(self, own: Match, content: list[str], last: str | None) -> bool:
        """A reading under the confident score, and a word of the question that the last answer uses and
        none of the other facts the reading weighs does: that word is the last answer's."""
        if last is None or last not in self.facts or own.kind != "fact" or own.score >= KEEP_OWN_READING:
            return False
        others = [self._answer_terms(f) for f, _ in own.top_facts if f != last]
        last_said = self._answer_terms(last)
        return any(
            t in last_said and t not in _BROAD and t not in _THEM and not any(t in said for said in others)
            for t in content
        )

    def _reading_speaks_of_none(self, own: Match, content: list[str], last: str | None) -> bool:
        """A short question read, not confidently, as a fact whose answer uses none of its words, when the
        last answer uses all but one of them: the words are the last answer's, read as another's by chance."""
        if last is None or last not in self.facts or own.kind != "fact" or own.item_id == last:
            return False
        if own.score >= OWN_READING_UNSAID or len(content) > COMPLETE_QUESTION:
            return False
        mine, theirs = self._covers(own.item_id, content), self._covers(last, content)
        # (or barely any, when the last answer uses every one: "agreed to cooperate against what" after the
        # summit that agreed to cooperate against terrorism is not the trials of men who fought against Ukraine)
        return (mine == 0 and theirs >= len(content) - 1) or (theirs == len(content) >= 3 and mine <= theirs - 2)

    def _others_at_the_occasion(self, own: Match, content: list[str], last: str | None) -> bool:
        """ "Else" asked of an occasion just answered, every other word of which its answer uses, when the
        own reading is another fact and not a confident one."""
        if last is None or last not in self.facts or self.facts[last].event is None or own.item_id == last:
            return False
        if not _ELSE.intersection(content) or (own.kind == "fact" and own.score >= OWN_READING_UNSAID):
            return False
        if (
            own.kind == "fact"
            and own.score >= self.matcher.tuning.answer_threshold
            and own.item_id in self.facts[last].related
        ):
            # "с кем он ещё встречался" after his arrival: the meeting a related fact tells of, though the
            # arrival's answer uses its words too ("с кем из руководства республики…")
            return False
        rest = [t for t in content if t not in _ELSE and not _BEING_AT.match(t)]
        said, told = self._answer_terms(last), self._told_words(last)
        # (a word in another inflection of the answer's: "davlatlarning" beside its "davlatlari")
        return bool(rest) and all(t in said or (len(t) >= 6 and any(w.startswith(t[:6]) for w in told)) for t in rest)

    def _as_last(self, found: Match, last: str, fact: bool = False) -> Match:
        """The match taken as the last answer's fact, scored at least at the threshold: the many follow-ups
        the context settles ("and where?", "в Ташкенте?") are answered by it, however the words read."""
        score = max(dict(found.top_facts).get(last, 0.0), self.matcher.tuning.answer_threshold)
        kind = "fact" if fact else found.kind
        return replace(found, kind=kind, item_id=last, score=score, top_facts=((last, score),))

    def _last_tells_of(self, part: Part, own: Match, ctx: Context) -> bool:
        """A decline read from a word or two of a follow-up, each of which the last answer (or its caveat)
        itself uses: the helicopters its notes name, asked after it."""
        last = self._last(ctx)
        content = self._own_words(part)
        content = [t for t in content if t not in _TAKING_PART]
        # ("а она где стоит, эта база?" after the exercise: where a thing the last answer names stands asks
        # only its place, not of troops stationed)
        content = [t for t in content if t != STATIONED] if part.wh == "where" else content
        if own.kind not in ("decline", "none") or last is None or not content or len(content) > 2:
            return False
        if own.kind == "decline" and (
            all(t in self.people for t in content) or (own.final and any(t in self.people for t in content))
        ):
            # "how old is Kholmukhamedov?": a name the last answer says is no detail it tells, nor is the
            # rest of a question the declines read whole
            return False
        # ("qanaqa vertolyot", "qanday qurol": "how" before a noun asks what kind)
        wh = "what" if part.wh == "how" and _WHAT_KIND.search(part.text) else part.wh
        if part.kind == "wh" and not self._tells_kind(last, wh):
            return False  # "how long did that meeting go on?": what it asks the last answer does not tell
        words = [w for w in tokens(part.text) if not w.isdigit() and self._term(w) in content and w not in _TAKING_PART]
        told = self._told_words(last)
        # (a word's own term told, as "helos" is the notes' helicopters; not a side or the whole subject,
        # which every answer names: "а сколько из них было русских?" asks a count it does not give)
        said = self._told_terms(last)
        # (a term a phrase of several words makes, "qaytib ketgan" as leaving, has no one word to be told by:
        # when it is a word only declines use, the last answer must say it itself)
        by_words = {self._term(w) for w in words}
        if any(t not in by_words and t not in said and self.matcher.vetoes(t) for t in content):
            return False
        return bool(words) and all(
            len(w) >= 3 and (any(t.startswith(w[:6]) for t in told) or self._term(w) in said) for w in words
        )

    def _told_of_the_occasion(self, part: Part, ctx: Context) -> bool:
        """ "o'sha mashqda qanaqa bo'linmalar qatnashgan?" after Hamkorlik-2025: a question that points back
        at the occasion just answered ("that exercise") and whose every other word that answer tells is
        asked of it, whatever another fact's words (or the last question's) would make of it."""
        last = self._last(ctx)
        pointer = _THAT_OCCASION.search(part.text)
        if last is None or pointer is None or part.kind != "wh" or self.facts[last].event is None:
            return False
        wh = "what" if part.wh == "how" and _WHAT_KIND.search(part.text) else part.wh
        if not self._tells_kind(last, wh):
            return False
        content = set(self._own_words(part))
        rest = f"{part.text[: pointer.start()]} {part.text[pointer.end() :]}"
        # (the noun a "which" asks for is what is asked, no word to be told: "qaysi sohalarda", "which areas")
        rest = _WHICH_NOUN.sub(" ", rest)
        words = [
            w
            for w in tokens(rest)
            if not w.isdigit() and self._term(w) in content - _SIDES and not w.startswith(_BEING_PART)
        ]
        told, said = self._told_words(last), self._told_terms(last)
        return bool(words) and all(
            len(w) >= 3 and (any(t.startswith(w[:6]) for t in told) or self._term(w) in said) for w in words
        )

    def _told_terms(self, fact_id: str) -> frozenset[str]:
        """The terms of what the fact's answer and caveat tell, but the sides and the whole subject."""
        known = self._told_term_sets.get(fact_id)
        if known is None:
            told = {t for w in self._told_words(fact_id) if (t := self._term(w))}
            known = self._told_term_sets[fact_id] = frozenset(
                (self._answer_terms(fact_id) | told) - _SIDES - _COMMON_TOPIC_TERMS
            )
        return known

    def _told_words(self, fact_id: str) -> frozenset[str]:
        known = self._told.get(fact_id)
        if known is None:
            fact = self.facts[fact_id]
            texts = [fact.answer.get(lang) for lang in LANGS]
            texts += [fact.caveat.get(lang) for lang in LANGS] if fact.caveat is not None else []
            known = self._told[fact_id] = frozenset(w for text in texts for w in tokens(fold(text)) if len(w) >= 3)
        return known

    def _last_speaks_of_it(self, part: Part, own: Match, ctx: Context) -> bool:
        """ "how long did it last?" after the exercise: a decline read from one word ("how long did the talks
        last?") of a question about "it", when the last answer reads about as well."""
        last = self._last(ctx)
        words = self._own_words(part)
        return (
            own.kind == "decline"
            and part.kind == "wh"  # (a yes/no claim of one word is not checked on the strength of "it")
            and last is not None
            and self._tells_kind(last, part.wh)
            and len(words) == 1
            # (about "it", or too short to name a subject: "qancha davom etgan?", "сколько длились?")
            and (any(w in PRONOUNS for w in tokens(part.text)) or len(tokens(part.text)) <= 3)
            and dict(own.top_facts).get(last, 0.0) >= own.score - TIE
        )

    def _they_are_not_him(self, part: Part, own: Match, last: str | None) -> bool:
        """ "They" (or "it") and no person named, read alone as a fact about one person the last answer never
        names: the pronoun cannot be him."""
        if last is None or own.kind != "fact" or not any(w in _THEY or w in _A_THING for w in tokens(part.text)):
            return False
        topic = set(self.fact_topic(own.item_id or "").split())
        him = [p for p in self.people if p in topic]
        terms = set(self.analyzer.terms(part.text))
        return bool(him) and not terms & set(self.people) and not any(p in self._answer_terms(last) for p in him)

    def _the_other_meant(self, part: Part, person: str, last: str) -> str | None:
        """ "where did his delegation go after the reception?" after Belousov's talks with Mirziyoyev: "his"
        read as the president (the one the last answer brought in) finds what Belousov did, a fact that names
        him and not the president; the other man the last answer names is the one meant."""
        others = [p for p in self._people_of(last) if p != person]
        # (not when the message names someone, whom its "he" stands for: "what did belousov do before he…")
        if len(others) != 1 or not _PERSON_PRONOUNS & set(tokens(part.text)) or self._people_named(part.text):
            return None
        found = self.matcher.match(self._with_person(part.text, person))
        named = self._people_of(found.item_id or "") if found.kind == "fact" else []
        if found.score >= self.matcher.tuning.answer_threshold and others[0] in named and person not in named:
            return others[0]
        return None

    def _the_other_one_told(
        self, part: Part, person: str, content: list[str], last: str | None
    ) -> tuple[Match, str] | None:
        """ "u bu lavozimga qachon tayinlangan edi?" after Belousov congratulated our minister on his
        appointment: what the base does not tell of "he" as first read (Belousov's appointment) the last
        answer tells of the one other person it names, who is the one asked about."""
        if last not in self.facts:
            return None
        others = [p for p in self._people_of(last) if p != person]
        said = self._answer_terms(last)
        told = [t for t in content if t in said and t in self.concepts and t not in _BROAD]
        if len(others) != 1 or not told:
            return None
        text = self._with_person(part.text, others[0])
        found = self._decline_of_someone_else(self.matcher.match(text), replace(part, text=text))
        if (
            found.kind == "fact"
            and found.score >= self.matcher.tuning.answer_threshold
            and others[0] in self._people_of(found.item_id or "")
            and any(t in self._answer_terms(found.item_id or "") for t in told)
        ):
            return found, text
        return None

    def _decline_of_someone_else(self, own: Match, part: Part) -> Match:
        """ "а холмухамедова когда назначили?" read as "когда назначили Белоусова?", which the sources do not
        tell: a decline found by an example about another person than the one the message names is no
        answer about him; the fact about him that reads well enough is."""
        if own.kind != "decline" or not own.example:
            return own
        named = {t for t in self.analyzer.terms(part.text) if t in self.people}
        others = {t for t in self.analyzer.terms(fold(own.example)) if t in self.people}
        if not named or not others or named & others:
            return own
        for fact_id, score in own.top_facts:
            if score >= self.matcher.tuning.answer_threshold and named <= set(self._people_of(fact_id)):
                return replace(own, kind="fact", item_id=fact_id, score=score, reason="match", final=False)
        return own

    def _decline_of_another_person(self, part: Part, own: Match, ctx: Context) -> tuple[Match, str] | None:
        """ "qachon tayinlangan?" after who Kholmukhamedov is: a decline read from an example about someone
        else ("when was Belousov appointed?") is no answer for the person the conversation is about; the
        question is asked of him."""
        if own.kind != "decline" or part.kind != "wh" or not ctx.person or not own.example:
            return None
        named = {t for t in self.analyzer.terms(fold(own.example)) if t in self.people}
        if not named or ctx.person in named or named & set(self.analyzer.terms(part.text)):
            return None
        text = self._with_person(part.text, ctx.person)
        text = text if ctx.person in self.analyzer.terms(text) else f"{part.text} {ctx.person}"
        found = self.matcher.match(text)
        if found.kind == "fact" and found.score >= self.matcher.tuning.answer_threshold:
            return found, text
        return None

    def _spans(self, fact_id: str) -> bool:
        """The fact gives a span: years from one to another, or an occasion's days."""
        fact = self.facts.get(fact_id)
        if fact is None:
            return False
        values = fact.values
        spanned = values is not None and (len(values.years) >= 2 or len(values.dates) >= 2)
        return spanned or bool(_YEAR_SPAN.search(fact.answer.en))

    def _tells_kind(self, fact_id: str, wh: str | None) -> bool:
        """The fact answers that kind of question; "how long" only with a span of days (an exercise's
        dates, not a meeting's one day)."""
        if wh == "howlong":
            values = self.facts[fact_id].values
            return values is not None and len(values.dates) >= 2
        wanted = SPECIFIC_WH.get(wh or "")
        return wanted is None or wanted in self.fact_wh[fact_id]

    def _names_the_last_subject(self, part: Part, found: Match, last: str) -> bool:
        """ "парад 10 майда бўлганми?" after the parade: the part names the last answer's subject (the
        parade), which the fact it read as (the meeting of 10 May) is not about."""
        if found.kind != "fact":
            return False
        mine = set(self.fact_topic(last).split()) - set(self.fact_topic(found.item_id or "").split())
        return any(t in mine and t in self.concepts and t not in _BROAD for t in self._own_words(part))

    def _older(self, fact_id: str, ctx: Context) -> bool:
        """The fact reports an occasion before the last answer's."""
        last = self._last(ctx)
        mine = self.facts[fact_id].event if fact_id in self.facts else None
        theirs = self.facts[last].event if last in self.facts else None
        return mine is not None and theirs is not None and mine.date < theirs.date

    def _declined_words_the_last_tells(self, part: Part, own: Match, ctx: Context) -> bool:
        """ "у база қаерда жойлашган?" after the exercise: where "that base" the last answer names stands,
        which it tells, not the unreported deployment of troops the words read as alone."""
        last = self._last(ctx)
        content = self._own_words(part)
        # ("in which country is it located?" asks where, whatever its question word)
        wanted = SPECIFIC_WH.get(part.wh or "") or ("where" if _LOCATED & set(content) else None)
        if own.kind != "decline" or last not in self.facts or wanted not in self.fact_wh[last]:
            return False
        if not self._tells_kind(last, part.wh):
            return False  # "how long was that meeting?": one day tells no length
        words = tokens(_THAT_TIME.sub(" ", part.text))
        # ("qaysi davlatda joylashgan?": where a thing stands points at the thing the last answer named)
        if not (any(w in PRONOUNS for w in words) or _THE_ONE.search(part.text) or _LOCATED & set(content)):
            return False
        said = self._answer_terms(last)
        # ("in which country?": a country the last answer names, Tajikistan of the 201st base)
        said = said | {_COUNTRY} if _LOCATED & set(content) and any(_is_country(t) for t in said) else said
        # (a few words only: "and uzbekistan's 2026 plan with russia, how many events are in it?" names its subject)
        return 0 < len(content) <= 2 and all(t in said or t in _LOCATED or _TOOK_PLACE.fullmatch(t) for t in content)

    def _declined_count_the_last_tells(self, part: Part, own: Match, ctx: Context) -> bool:
        """ "how many troops?" after the exercise: how many took part in it, which its answer gives and which
        the words alone read as best of all facts, not the unreported troops in the country they read as
        when nothing was asked before (after the signing, the exercise reads better: still declined)."""
        last = self._last(ctx)
        if own.kind != "decline" or last not in self.facts or part.wh != "howmany":
            return False
        if "howmany" not in self.fact_wh[last] or not own.top_facts or own.top_facts[0][0] != last:
            return False
        content = self._own_words(part)  # (of people only: "how many tanks?", "how much money?" stay declined)
        # ("а сколько человек участвовало?": people counted as taking part are its troops too)
        headcount = any(t in _HEADCOUNT for t in content) and _TOOK_PART.search(part.text) is not None
        if (SOLDIER not in content and not headcount) or len(content) > 3:
            return False
        if any(t in self.people or _is_country(t) for t in content):
            return False
        return not self.matcher.unknown(part.text)  # ("сколько народу покалечилось?": what it never tells)

    def _last_judges_expressly(self, part: Part, found: Match, ctx: Context) -> Match:
        """ "bir oy davom etganmi?" after Hamkorlik-2025: the last answer expressly denies (or confirms) the
        claim in two words or more ("lasted a month"), more fully than the fact the words alone lean to (the
        minister's "two months" in the job), so the claim is put to the occasion just answered."""
        last = self._last(ctx)
        if part.kind != "yesno" or last not in self.facts or found.item_id == last:
            return found
        if self._people_named(part.text) - self._answer_terms(last):
            return found  # (a man the last answer does not speak of: a claim about him)
        if self.checker.claims(part.text):
            return found  # (a place, a day or a year the claim names is for the steps that weigh them)
        told = max(self.checker.express(part.text, self.facts[last]))
        if told < 2:
            return found
        if found.kind == "decline":
            return found  # ("…yangi qurol-yarog' sotib olish bo'yicha shartnoma tuzilganmi?": what no report tells)
        if found.kind == "fact":
            fact = self.facts[found.item_id or ""]
            # (a claim the fact read expressly judges too, "…paradda qatnashganmi?", or cannot judge at all,
            # which other steps weigh: only a weaker judgement of the same claim yields)
            if self.checker.verdict(part.text, fact) is None or max(self.checker.express(part.text, fact)) >= 2:
                return found
        return self._as_last(found, last, fact=True)

    def _licensed_by_context(self, part: Part, own: Match, ctx: Context) -> bool:
        """ "Held in Tajikistan?" after the Hamkorlik-2025 exercise: a neighbour the base covers only in
        some connections, in a follow-up to an answer that speaks of that connection."""
        last = self._last(ctx)
        if own.reason != UNCOVERED or last is None:
            return False
        terms = self.analyzer.terms(part.text)
        return self.analyzer.unlicensed(terms) and not self.analyzer.unlicensed([*terms, *self._answer_terms(last)])

    def _answer_terms(self, fact_id: str) -> frozenset[str]:
        known = self._said.get(fact_id)
        if known is None:
            answer = self.facts[fact_id].answer
            known = frozenset(t for lang in LANGS for t in self.analyzer.terms(fold(answer.get(lang))))
            self._said[fact_id] = known
        return known

    def _the_newer_one(self, part: Part, found: Match, last: str | None) -> Match:
        """ "and the new one, where was it signed?" after the 2021–2025 programme: the related fact of the
        same kind (the same subject in its topic) whose years all come after the last answer's; "oldingisi-chi?"
        after the 2026–2030 one, the one whose years all come before."""
        newer = last is not None and _NEWER.search(part.text) is not None
        earlier = last is not None and not newer
        plain = earlier and _ONE_BEFORE_IT.search(part.text) is not None
        older = plain or (earlier and _OLDER.search(part.text) is not None)
        if last is None or not (newer or older):
            return found
        if found.item_id != last and len(self._own_words(part)) > 1 and not plain:
            return found  # ("а новая?" alone asks it of the last answer whatever its words read of)
        years = self._years_of(self.facts[last])
        # (of a subject of its own: "the old one" after the doctrine's revision is the old doctrine, which that
        # answer tells, not Uzbekistan's older CSTO membership)
        kinds = (set(self.fact_topic(last).split()) & self.concepts) - _BROAD
        if not years or not kinds:
            return found
        for fact_id in self._neighbours(last):
            other = self._years_of(self.facts[fact_id])
            after = bool(other) and (min(other) > max(years) if newer else max(other) < min(years))
            if after and kinds & set(self.fact_topic(fact_id).split()):
                return replace(found, item_id=fact_id, score=max(found.score, self.matcher.tuning.answer_threshold))
        return found

    def _the_one_before_named(self, part: Part, found: Match) -> Match:
        """The earlier neighbour of the same kind when the part asks of the one before a thing it names by
        its years, and the reading found that named thing itself."""
        span = _BEFORE_SPAN.search(part.text)
        if span is None or found.kind != "fact" or found.item_id is None:
            return found
        years = self._years_of(self.facts[found.item_id])
        if not {int(span.group(1)), int(span.group(2))} <= years:
            return found
        kinds = (set(self.fact_topic(found.item_id).split()) & self.concepts) - _BROAD
        for fact_id in self._neighbours(found.item_id):
            other = self._years_of(self.facts[fact_id])
            if other and max(other) < min(years) and kinds & set(self.fact_topic(fact_id).split()):
                return replace(found, item_id=fact_id, score=max(found.score, self.matcher.tuning.answer_threshold))
        return found

    def _other_partner_of_last(self, part: Part, found: Match, last: str | None) -> bool:
        """ "is there one like that with Russia for 2026 as well?" after the plan with Turkey: a yes/no
        question of the last answer's occasion with another partner country than the one it confirms,
        which that answer does not tell of (it is no "yes" because the plan was with Turkey)."""
        if part.kind != "yesno" or last is None or found.item_id != last or self.facts[last].values is None:
            return False
        partners = {
            t for c in self.facts[last].values.confirms for t in self.analyzer.terms(fold(c)) if _is_country(t)
        } - {UZBEKISTAN}
        named = {t for t in self.analyzer.terms(part.text) if _is_country(t)} - {UZBEKISTAN}
        return bool(partners) and bool(named) and not named & partners and _ALSO_AGAIN.search(part.text) is not None

    def _expressly_judged(self, part: Part, found: Match, own: Match) -> Match:
        """ "они подписали один документ?" after who signed: the part's own reading finds a fact that
        expressly denies (or confirms) its claim in two words or more, where the reading with the topic
        found one that cannot judge it at all."""
        if part.kind != "yesno" or found.kind != "fact" or found.item_id == own.item_id:
            return found
        if self.checker.verdict(part.text, self.facts[found.item_id or ""]) is not None:
            return found
        for fact_id, score in own.top_facts:
            if score >= CLARIFY_FLOOR and max(self.checker.express(part.text, self.facts[fact_id])) >= 2:
                return replace(found, item_id=fact_id, score=max(score, self.matcher.tuning.answer_threshold))
        return found

    def _dated_nearby(self, part: Part, found: Match, last: str | None) -> Match:
        """ "was it in January 2025 tho?" after the signing's place: the place cannot judge a date, but the
        fact of that occasion that tells when it was can; of several, the one about the same thing."""
        if part.kind != "yesno" or last is None or found.kind != "fact" or found.item_id != last:
            return found
        claims = self.checker.claims(part.text)
        if not claims or not set(claims) <= _TIME_DIMS:
            return found
        told = self._times_told.get(last)
        if told is None:
            told = self._times_told[last] = frozenset(self.checker.claims(fold(self.facts[last].answer.en)))
        if set(claims) & told:
            return found  # (the last answer tells a time of its own, which judges the claim: "a Tuesday?")
        values = self.facts[last].values
        days = {d for d in values.dates if len(d) == 10} if values is not None else set()
        judging = [
            f
            for f in self._neighbours(last)
            if "when" in self.fact_wh[f]
            and (event := self.facts[f].event) is not None
            and event.date.isoformat() in days  # (the day of that occasion, not another of its neighbours)
            and self.checker.verdict(part.text, self.facts[f]) is not None
        ]
        if not judging:
            return found
        topic = set(self.fact_topic(last).split())
        fact_id = max(judging, key=lambda f: len(topic & set(self.fact_topic(f).split())))
        return self._as_last(found, fact_id, fact=True)

    def _on_the_day_of(self, found: Match, last: str) -> bool:
        """The occasion found, read clearly, took place on a day the last answer tells: "а с Мирзиёевым он
        встречался в тот же день?" after who signed is the president's meeting of that very day."""
        own = self.facts[found.item_id].values if found.item_id in self.facts else None
        values = self.facts[last].values
        days = {d for d in own.dates if len(d) == 10} if own is not None else set()
        return (
            found.score >= self.matcher.tuning.answer_threshold
            and bool(days)
            and values is not None
            and days <= set(values.dates)
        )

    def _same_day_nearby(self, part: Part, found: Match, own: Match, last: str | None) -> Match:
        """ "министры обороны в тот же день встречались?" after the parade: a fact of that occasion's
        neighbourhood (the ministers' meeting the day after) judges "that same day", not another meeting."""
        if part.kind != "yesno" or last is None or not _SAME_DAY.search(part.text):
            return found
        near = self._neighbours(last)
        if found.item_id == last or found.item_id in near or self._on_the_day_of(found, last):
            return found
        topic = self.fact_topic(last)
        for fact_id, score in sorted({*found.top_facts, *own.top_facts}, key=lambda x: -x[1]):
            if (
                fact_id in near
                and score >= CLARIFY_FLOOR
                and self.checker.verdict(part.text, self.facts[fact_id], topic) is not None
            ):
                return replace(
                    found, kind="fact", item_id=fact_id, score=max(score, self.matcher.tuning.answer_threshold)
                )
        return found

    def _then_of_last(self, part: Part, found: Match, ctx: Context) -> Match:
        """ "why was he in Moscow exactly then, was there some event?" after the May meeting: "then" is the
        last answer's day, not the newest reports the word "event" reads of."""
        last = self._last(ctx)
        if (
            found.kind != "fact"
            or found.item_id not in self._status_facts
            or last is None
            or last in self._status_facts
            or self.facts[last].event is None
            or not _THEN.search(part.text)
            # ("what is the most recent dated report you have on this then?": the newest there is, asked)
            or LATEST in self.analyzer.terms(part.text)
        ):
            return found
        return self._as_last(found, last)

    def _near_context(self, own: Match, ctx: Context) -> tuple[str, float] | None:
        """A close second reading that is the last answer's fact or related to it, when the best is neither."""
        around = set(ctx.fact_ids) | {r for f in ctx.fact_ids if f in self.facts for r in self.facts[f].related}
        if own.item_id in around:
            return None
        for fact_id, score in own.top_facts:
            if fact_id in around and score >= own.score - CONTEXT_MARGIN:
                return fact_id, score
        return None

    def _next_context(self, ctx: Context | None, part: Part, fact_id: str, used: str, denied: bool = False) -> Context:
        own = self._topic(part.text)
        previous = ctx.topics if ctx else ()
        # a follow-up too short to carry a topic of its own ("and where?") keeps the one it was read with;
        # so does a claim the answer denied of a place its fact does not state ("was it signed in Tashkent?"
        # "No…" of the 2016 agreement, signed in Moscow): "does it allow…?" next is not asked of Tashkent
        if denied:
            named = {self.checker.place(word) for word in own.split()} - {None}
            denied = bool(named - self.checker.places(self.facts[fact_id]))
        # …and the answer's own first question, which says what the fact is about without the user's
        # detours ("are those 50 all exercises?" is still about the fifty events)
        fact_topic = self.fact_topic(fact_id)
        topics = (own, *previous) if (len(own.split()) >= 2 and not denied) or not previous else previous
        # ("and the other one?" is asked of the other signatory, whom "he" means next)
        other = _THE_OTHER.fullmatch(part.text.strip(" ?!.,")) and used != part.text
        person = self._person_of(
            self.facts[fact_id], replace(part, text=used) if other else part, ctx.person if ctx else None
        )
        focus = self._list_focus(part, fact_id)
        if focus is not None:
            # "which joint exercises followed the signing?" is answered with the list of what followed; "and
            # where?" next is asked of the exercise in it, the item the question named
            topics = (self.fact_topic(focus), *topics)
            return Context((focus, fact_id), tuple(dict.fromkeys([*topics[:2], fact_topic])), person, _asked(part, ctx))
        return Context((fact_id,), tuple(dict.fromkeys([*topics[:2], fact_topic])), person, _asked(part, ctx))

    def _list_focus(self, part: Part, fact_id: str) -> str | None:
        """The item of a list answer (what followed, the timeline) that the question named: a dated event
        after the signing, among the question's close readings, whose answer speaks of every subject the
        question names beside its time words."""
        if fact_id not in (FOLLOWED_FACT, TIMELINE_FACT) or self.signed is None:
            return None
        months = self.checker.claims(part.text).get("month", set())
        subjects = {t for t in self._subjects(part.text) if t not in months and t not in _TIME_SUBJECTS}
        if not subjects:
            return None
        for item, score in self.matcher.match(part.text).top_facts:
            event = self.facts[item].event if item in self.facts else None
            if (
                item not in (FOLLOWED_FACT, TIMELINE_FACT)
                and score >= CLARIFY_FLOOR
                and event is not None
                and event.date > self.signed
                and subjects <= self._answer_terms(item)
            ):
                return item
        return None

    def _person_of(self, fact: Fact, part: Part, previous: str | None) -> str | None:
        """Who "he" will be next: for "who …?" the person the answer names and the question did not
        ("Who signed with Belousov?" → the Uzbek minister); otherwise the person the question named, or
        the one the fact is about, told apart by the side the question mentions."""
        terms = self.analyzer.terms(part.text)
        named = [t for t in terms if t in self.people]
        people = [self._term(p) for p in fact.values.people] if fact.values else []
        if part.wh == "who":
            # (not one set aside: "с кем он ещё встречался, кроме узбекского министра?")
            side = self._minister_side(part.text) if not _WHO_ELSE.search(part.text) else None
            if side is None and "side" in terms and not _WHO_ELSE.search(part.text):
                # "кто его подписывал с узбекской стороны?": the one of the side named, whatever "его" was
                countries = {t for t in terms if t in set(self.people.values())}
                side = next(iter(countries)) if len(countries) == 1 else None
            of_side = [p for p in people if self.people.get(p) == side] if side else []
            if side and _PARTNER_ASKED.search(part.text):
                # "who did Russia's defence minister sign with?": the side named did it; the one asked
                # for, "he" next, is his partner
                of_side = [p for p in people if self.people.get(p) not in (None, side)]
            elif side and not of_side:
                # (the answer names the minister of that side though its values do not list him: "who was
                # Uzbekistan's minister when Belousov came?" is answered by the visit, which names him)
                of_side = self._named_of_side(fact.id, side)
            if len(of_side) == 1 and of_side[0] != previous:
                return of_side[0]  # "с кем он подписывал, фамилию узбекского министра не помню": that minister
            if previous and any(w in _PERSON_PRONOUNS for w in tokens(part.text)):
                return previous  # "who did he replace?": the conversation is still about him
            if len(named) == 1 and _WHO_WAS_REPLACED.search(part.text):
                replaced = [p for p in people if p not in named]
                if len(replaced) == 1:
                    return replaced[0]
            if len(named) == 1 and _WHO_AS_OBJECT.search(part.text):
                # "с кем ещё встречался Белоусов?", "whom did Belousov meet?": the one named did it, and
                # "he" next is still him, not the one he met
                return named[0]
            asked = _WHO_IS.search(part.text)
            if asked and named:
                # "кто такой Андрей Белоусов?", "who is Belousov?": the one asked about is the one named
                # right after (not "who was the minister that signed with Belousov?")
                after = self.analyzer.terms(" ".join(part.text[asked.end() :].split()[:3]))
                asked_about = next((t for t in after if t in self.people), None)
                if asked_about is not None and not _OF_HIS.match(part.text[asked.end() :]):
                    return asked_about
            others = [p for p in people if p != previous]
            if previous in people and len(others) == 1 and _WITH_WHOM.search(part.text):
                return others[0]  # "а с кем именно?" after when Belousov signed: his partner is "he" next
            if not people:
                # the answer names the person asked for even when its values do not list them
                people = [p for p in self.people if p in self._answer_terms(fact.id)]
            people = [p for p in people if p not in named] or people
            if not [p for p in people if p not in named]:
                named = []  # who-questions name the person they ask about only by the other one
        elif named:
            pronouns = _PERSON_PRONOUNS.intersection(tokens(part.text))
            if (
                previous
                and previous not in named
                and pronouns
                and not (len(named) == 1 and pronouns <= _OBJECT_PRONOUNS)
            ):
                # "did he also meet Mirziyoyev?": "he" is still the one he was (but "Белоусов поздравлял его?"
                # makes the one named, who did it, "он" next)
                return previous
            # (not one the subject acted with: "what rank did the uzbek minister hold when he signed with
            # belousov?" is about the Uzbek minister, who "he" is next)
            partners = self._partners_named(part.text)
            subjects = [t for t in named if t not in partners]
            of_fact = [t for t in subjects or named if t in people]
            if len(named) > 1 and len(of_fact) == 1:
                # "Халмухамедов стал министром … до визита Белоусова?": the one the answered fact is about, not
                # the last one named by the way
                return of_fact[0]
            if not people and not any(p in self._answer_terms(fact.id) for p in named):
                # "в статье про Белоусова упоминается договор 2017 года — что это за договор?": the answer
                # speaks of no one named, who only framed the question; "его" next is the treaty
                return previous
            if subjects or len(people) != 1:
                return (subjects or named)[-1]
        named_sides = {t for t in terms if t in set(self.people.values())}
        if len(named_sides) == 1 and set(self._own_words(part)) <= _SIDES:
            # "and from uzbekistan?" after who came from Russia: the one of that side the answer names
            side = next(iter(named_sides))
            of_side = self._named_of_side(fact.id, side)
            if len(of_side) == 1:
                return of_side[0]
        if len(people) == 1:
            return people[0]
        # the side the question names first is the one it asks about: "Uzbekistan's minister … with Russia"
        # (not one named as the partner: "министр … ездил в Ташкент подписывать программу с узбеками")
        own_side = _WITH_PARTNER.sub(" ", part.text)
        sides = [t for t in self.analyzer.terms(own_side) if t in set(self.people.values())]
        partners = {
            t
            for m in _WITH_PARTNER.finditer(part.text)
            for t in self.analyzer.terms(m.group(0))
            if t in self.people.values()
        }
        if not sides and len(partners) == 1:
            # …whose own side is then the other one: "министр, который ездил подписывать с узбеками" is Russia's
            others = [p for p in people if self.people.get(p) not in partners]
            if len(others) == 1:
                return others[0]
        # (of the people the answer names when its values list none: "а узбекский министр?" after Belousov's
        # words is answered with Kholmukhamedov's, and "he" next is him)
        speakers = people or (
            [p for p in self.people if p in self._answer_terms(fact.id)]
            if sides and self._minister_side(part.text)
            else []
        )
        for side in dict.fromkeys(sides):
            chosen = [p for p in speakers if self.people.get(p) == side]
            if len(chosen) == 1:
                return chosen[0]
        return named[-1] if named else previous

    def _named_of_side(self, fact_id: str, side: str) -> list[str]:
        """The people of one side that the fact's answer names, whether or not its values list them."""
        said = self._answer_terms(fact_id)
        return [p for p, country in self.people.items() if country == side and p in said]

    def fact_topic(self, fact_id: str) -> str:
        """The topic of a fact's own first question: one string per fact, shared by every context that
        holds it (100,000 chats on one fact hold it once)."""
        known = self._fact_topics.get(fact_id)
        if known is None:
            known = self._fact_topics[fact_id] = self._topic(fold(self.facts[fact_id].questions.en[0]))
        return known

    def _topic(self, text: str) -> str:
        """The words of a question without its question words, pronouns and filler, at most twelve."""
        for start, end, _ in reversed(wh_words(text)):
            text = text[:start] + " " + text[end:]
        # what the question counts from is not its topic: "а число?" after "встречались ли они после
        # январского подписания?" asks the day of the later meeting, not of the signing
        text = _PIVOT_CLAUSE.sub(" ", text)
        text = _ARTICLE_ABOUT.sub(" ", text)  # (nor the man the article it names is about)
        words = [
            w
            for w in tokens(text)
            if w not in _TOPIC_SKIP and w not in _NOW and w not in PRONOUNS and self.analyzer.term(w)
        ]
        return " ".join(words[:12])

    # --- composing -------------------------------------------------------------------------------

    def _compose_text(self, blocks: list[Block], lang: Lang, unanswered: tuple[str, ...], cyrillic: bool) -> str:
        """Composed once per combination: answers with yes/no, several parts or in Cyrillic repeat too.
        An answer too long for one message is cut to the question's words, so it is kept per wording:
        a reply must not depend on what an earlier message (of anyone) asked."""
        key: tuple[object, ...] = (tuple((b.fact.id, b.lead, b.after) for b in blocks), lang, unanswered, cyrillic)
        text = self._texts.get(key)
        if text is _CUT:
            key = (*key, tuple(b.focus for b in blocks))
            text = self._texts.get(key)
        if text is None:
            convert = self.cyrillic if cyrillic else None
            cut = False
            if [(b.fact.id, b.lead) for b in blocks] == [(TIMELINE_FACT, None)] and not unanswered:
                # the timeline is composed from every dated fact, not written in its own answer
                text = timeline_text(self.kb, lang, after=blocks[0].after)
                text = convert(text) if convert else text
            else:
                text, cut = compose_answers(blocks, self.kb.sources, lang, unanswered, convert=convert)
            if len(self._texts) < 10_000:
                if cut and len(key) == 4:
                    self._texts[key] = _CUT
                    key = (*key, tuple(b.focus for b in blocks))
                self._texts[key] = text
        return text

    def _compose(self, blocks: list[Block], lang: Lang, unanswered: tuple[str, ...], cyrillic: bool = False) -> Reply:
        facts = [b.fact for b in blocks]
        cited = list(dict.fromkeys(ev.source for fact in facts for ev in fact.evidence))
        return Reply(
            answered=True,
            text=self._compose_text(blocks, lang, unanswered, cyrillic),
            language=lang,
            fact_id=facts[0].id,
            fact_ids=tuple(f.id for f in facts),
            sources=tuple(SourceRef.of(self.kb.sources[s]) for s in cited),
            suggestions=tuple(self.related(facts[-1].id, lang)),
            evidence=tuple((SourceRef.of(self.kb.sources[ev.source]), ev.quote) for f in facts for ev in f.evidence),
        )

    def _reply(
        self, answered: list[_Answered], unanswered: list[str], lang: Lang, cyrillic: bool, context: Context | None
    ) -> Reply:
        blocks = []
        verdict = None
        denied: set[int] = set()
        for n, item in enumerate(answered):
            fact = self.facts[item.match.item_id or ""]
            lead = None
            if item.part.kind == "yesno":
                read_with = item.text if item.text != item.part.text else ""
                if (
                    context is not None
                    and context.topics
                    and fact.id == self._last(context)
                    and len(self._own_words(item.part)) <= 2
                ):
                    # "Rossiya hammi?" after "which countries took part?": the last question's words say
                    # what is claimed of Russia
                    # (and the answer's own topic: "did Mirziyoyev attend?" after "how many soldiers marched?"
                    # about the parade)
                    read_with = f"{read_with} {context.topics[0]} {self.fact_topic(fact.id)}".strip()
                found = None
                same_day = (
                    bool(item.claim)
                    and context is not None
                    and bool(_SAME_DAY.search(item.part.text))
                    and fact.id != self._last(context)
                )
                if same_day:
                    # "did Belousov arrive on that same day?" after the signing: that day, not any day
                    found = self.checker.verdict(item.claim, fact, read_with)
                elif item.claim and _back_then(item.part.text) and self.checker.denies(item.claim, fact):
                    # "was he a lieutenant general then?": what the fact denies of that time ("a lieutenant
                    # general in January"), not what holds at some other time
                    found = self.checker.verdict(item.claim, fact, read_with)
                elif (
                    item.claim
                    and _back_then(item.part.text)
                    and "sign" in self.analyzer.terms(item.part.text)
                    and fact.values is not None
                    and len([d for d in fact.values.dates if len(d) == 10]) == 1
                    and context is not None
                    and fact.id != self._last(context)
                ):
                    # "и саму программу на 2026–2030 тогда подписали?" after the May meeting: a signing of
                    # another fact is checked against that time, which its own day can deny (a state, "new in
                    # the job then", is not)
                    found = self.checker.verdict(item.claim, fact, read_with)
                if found is None and read_with and _RELIABILITY.search(item.part.text):
                    # "bu ma'lumot ishonchlimi?", "is that confirmed?": whether the reports can be trusted, which
                    # only the fact's own claims settle ("officially confirmed?" of the jets: no), never the
                    # topic's words (the exercise's Russian troops do not make its reports reliable)
                    read_with = ""
                if (
                    found is None
                    and context is not None
                    and context.person
                    and any(w in _PERSON_PRONOUNS for w in tokens(item.part.text))
                    and not self._people_named(item.part.text)
                    and self._spoken_of_last(context)
                ):
                    # "was he also the guy who signed the earlier 2021–2025 programme?" after Belousov: "he" is a
                    # person the claim names, which the fact (Shoigu signed it) can refute
                    found = self.checker.verdict(self._with_person(item.part.text, context.person), fact, read_with)
                if found is None and item.part.core and _REPORTED.search(item.part.text[: -len(item.part.core)]):
                    # "в западных статьях пишут, что Узбекистан «избегает вступления» в ОДКБ, а он там вообще
                    # когда-нибудь состоял?": what others write leads in; the question is the core's own claim
                    found = self.checker.verdict(item.part.core, fact, read_with)
                found = found or self.checker.verdict(item.part.text, fact, read_with)
                if (
                    found is None
                    and item.claim
                    and fact.id != (self._last(context) if context else None)
                    # ("by then" only where the fact denies it of that month: "was he already the minister by
                    # then?" is not denied by his appointment in another month)
                    and (_BACK_THEN.search(item.part.text) or not _BY_THEN.search(item.part.text))
                ):
                    # "that day" as the last answer's day, where the part claims nothing checkable without it
                    found = self.checker.verdict(item.claim, fact, read_with)
                if found is None:
                    found = self._side_of_signing(item.part.text, fact)
                if found is None and self._echoes_the_answer(item.part.text, fact):
                    found = "yes"
                if found == "yes" and self._years_unsaid(item.part.text, fact.id):
                    # "и подписали там новую программу на 2031–2035?" after the parade of 2025: what the fact
                    # holds of that time is no "yes" to years it never states
                    found = None
                if found is not None:
                    lead = ui(found, lang)
                    if item.part.kind == "yesno" and (day := self._weekday_claimed(item.part.text, fact)):
                        # "это ведь было в воскресенье?" of the May meeting: "no" and the day it was, which
                        # the answer's date gives but does not name ("это была суббота?": "yes", and the day
                        # named, so the reader need not count the calendar to trust it)
                        weekday = ui(f"weekday_{day}", lang)
                        lead = f"{lead} ({weekday if lang == 'en' else weekday.lower()})"
                    verdict = verdict or found
                if found == "no":
                    denied.add(n)
            if lead is None and item.part.kind == "wh" and (day := self._weekday_untold(item.part.text, fact)):
                lead = ui(f"weekday_{day}", lang)
            after = self._after_pivot(item.part.text) if fact.id == TIMELINE_FACT else None
            focus = tuple(w for w in dict.fromkeys(tokens(item.part.text)) if w.isdigit() or len(w) >= 5)
            blocks.append(Block(fact, lead, after, focus))
        if len(blocks) == 1 and blocks[0].lead is None and blocks[0].after is None and not unanswered and not cyrillic:
            reply = self.answer_fact(blocks[0].fact.id, lang, answered[0].match.score)
        else:
            reply = replace(
                self._compose(blocks, lang, tuple(unanswered), cyrillic), confidence=answered[0].match.score
            )
        ctx = context
        mentioned: str | None = None
        for n, item in enumerate(answered):
            before = answered[n - 1].part if n else None
            if before is not None and before.wh not in (None, "when") and _DATING_CLAUSE.match(item.part.text):
                # "Кто был министром, когда Белоусов подписывал документы?": the clause dates the question
                # before it; "his rank?" next is asked of the one that question named
                continue
            next_ctx = self._next_context(ctx, item.part, item.match.item_id or "", item.text, n in denied)
            ctx, mentioned = self._person_in_message(next_ctx, item.part, mentioned, only_pronouns=True)
        if all(self._asks_unsaid(item, context) for item in answered):
            # every part asks for what its fact says the sources do not give, or is not answered: a decline
            # that explains
            reply = replace(reply, answered=False)
        return replace(reply, verdict=verdict, context=ctx)

    def _person_in_message(
        self, ctx: Context, part: Part, mentioned: str | None, only_pronouns: bool = False
    ) -> tuple[Context, str | None]:
        """Within one message "he" is whom the message last named ("Who did Kholmukhamedov replace? And
        what job did he have before?"), not whom an answer named, and stays him through it ("Who is
        Kholmukhamedov, and what was his role in the signing?" leaves him, not the other signatory).
        Returns the context and the person named so far."""
        named = [t for t in self.analyzer.terms(part.text) if t in self.people]
        side = self._minister_side(part.text)
        if side is not None:
            # "the uzbek defence minister who signed with belousov … whats his name?": the one named as the
            # partner of the side's minister is not whom "his" means
            partners = {t for m in _WITH_PARTNER.finditer(part.text) for t in self.analyzer.terms(m.group(0))}
            named = [t for t in named if not (t in partners and self.people.get(t) != side)]
        if named and ctx.person not in named and not only_pronouns:
            ctx = replace(ctx, person=named[0])
        elif not named and mentioned and any(w in _PERSON_PRONOUNS for w in tokens(part.text)):
            ctx = replace(ctx, person=mentioned)
        return ctx, named[0] if named else mentioned

    def _newest_about(self, people: set[str]) -> str | None:
        """The fact of the newest dated event whose answer names one of ``people``."""
        dated = [
            (fact.event.date, fact.id)
            for fact in self.facts.values()
            if fact.event is not None and people & self._answer_terms(fact.id)
        ]
        return max(dated)[1] if dated else None

    def _asks_of_an_event(self, text: str) -> bool:
        """Whether a message asks of a meeting, exercise or signing, and not of news in general ("anything
        new in 2026, an exercise or so?" asks for the newest reports, which answer it)."""
        terms = set(self.analyzer.terms(fold(text)))
        return not terms.isdisjoint(_EVENT_TERMS) and terms.isdisjoint(_NEWS_TERMS)

    def _asks_unsaid(self, item: _Answered, ctx: Context | None = None) -> bool:
        fact = self.facts[item.match.item_id or ""]
        topic = self.declines.get(self.after_latest or "")
        if (
            item.part.kind == "yesno"
            # ("they": the ministers just answered of; or an event asked after: "did the ministers meet in
            # 2026?", not the news in general: "is the latest report from 2026?")
            and (any(w in _THEY for w in tokens(item.part.text)) or self._asks_of_an_event(item.part.text))
            and self.checker.claims(item.part.text).get("year")
            and topic is not None
            and topic.open_facts
            and fact.id == topic.open_facts[0]
        ):
            # "а в 2026 году они встречались?": how far the reports reach is no yes and no no; it says what
            # the reports do not tell, and the question is declined
            return True
        wh = item.part.wh or ""
        if item.part.kind != "wh" or SPECIFIC_WH.get(wh, wh) not in fact.unsaid:
            return False
        told = self._said_of.get(fact.id)
        if told is None:
            told = self._said_of[fact.id] = frozenset(t for w in fact.said_of for t in self.analyzer.terms(fold(w)))
        asked = self.analyzer.terms(fold(item.part.text))
        if ctx is not None and ctx.fact_ids[:1] == (fact.id,) and not self._own_words(item.part):
            # "а когда именно?" after what Mishustin offered: a bare follow-up asks of what the last
            # question asked about, the offer, whose day the fact tells
            asked += [t for topic in ctx.topics[:1] for t in self.analyzer.terms(topic)]
        # (in any inflection: "taklifi", "предложили")
        return not any(t.startswith(w) for t in asked for w in told)

    def _decline(self, found: Match, lang: Lang, short: bool, cyrillic: bool) -> Reply:
        topic = self.declines.get(found.item_id or "") if found.kind == "decline" else None
        lead = topic.reply.get(lang) if topic and topic.reply else None
        clarify = (
            found.kind == "none"
            and not found.final
            and found.best_fact_score >= CLARIFY_FLOOR
            and bool(found.top_facts)
        )
        nearest = [f for f, s in found.top_facts if s >= CLARIFY_FLOOR * 0.75][:SUGGESTIONS] if clarify else []
        suggestions = [self.facts[f].questions.get(lang)[0] for f in nearest] if clarify else self.popular(lang)
        convert = self.cyrillic if cyrillic else None
        text = compose_decline(lang, lead, suggestions, short=short and lead is None, clarify=clarify, convert=convert)
        return Reply(
            answered=False,
            text=text,
            language=lang,
            confidence=found.best_fact_score,
            suggestions=tuple(suggestions),
            clarify=clarify,
            suggestion_ids=tuple(nearest),
        )


_CARRIED = frozenset({"when", "where", "who", "howmany", "howlong"})
_BARE_FOLLOW_UP = re.compile(
    r"^(?:and|а|и|ну а)\s+(?:the\s+)?[^\s?]+(?:\s+[^\s?]+)?\s*\?*$|^[^\s?]+(?:\s+[^\s?]+)?-chi\s*\?*$"
)
"""A follow-up of a noun or two and no verb: "and the signing ceremony?", "а церемония?", "marosimi-chi?"."""


def _asked(part: Part, ctx: Context | None) -> str | None:
    """The question word a follow-up without one of its own will ask again."""
    spans = wh_words(part.text)
    if spans:
        start, end, kind = spans[0]
        return sys.intern(part.text[start:end]) if kind in _CARRIED else None
    # (a yes/no question asks no question word: "а в ЕАЭС?" after "а в ОДКБ состоит?" asks that again)
    return ctx.asked if ctx is not None and part.wh is None and part.kind != "yesno" else None


def _asked_when(ctx: Context) -> bool:
    """Whether the last question asked a date, in whichever language it asked ("when", "когда", "qachon"):
    the context keeps the question word as it was written."""
    return ctx.asked is not None and any(kind == "when" for _, _, kind in wh_words(ctx.asked))
