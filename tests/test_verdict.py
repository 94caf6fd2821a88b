"""Yes or no, from the typed values of the fact a question matched, on the shipped base."""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.normalize import fold


@pytest.mark.parametrize(
    ("question", "fact", "verdict"),
    [
        ("Were the documents signed in Moscow?", "signing-place", "no"),
        ("Was it signed in Tashkent?", "signing-place", "yes"),
        ("Was it signed on a Friday?", "signing-date", "no"),
        ("Подписали в среду?", "signing-date", "yes"),
        # the "что" of "правда, что…" joins the claim to its lead; it is no word of the claim
        ("Правда, что подписание было в среду?", "signing-date", "yes"),
        # what the question sets aside ("not one agreement") is no claim to deny
        ("Was it one single agreement?", "what-was-signed", "no"),
        ("Is the 2026-2030 programme the first of its kind?", "strategic-programme-2026-2030", "no"),
        ("Did the ministers meet a week after the parade?", "follow-up-may-2025", "no"),  # the day after
        ("Did Hamkorlik-2025 last a whole month?", "hamkorlik-2025", "no"),  # 15–21 July
        # an anniversary's ordinal is a claim: the parade marked the 80th
        ("That was the 75th anniversary parade, right?", "victory-parade-2025", "no"),
        ("Парад был в честь 80-летия Победы?", "victory-parade-2025", "yes"),
        # "avoided joining" says the joining did not happen
        ("Did Uzbekistan avoid joining the CSTO?", "csto", "yes"),
        # "no status at all" of the observer status the fact confirms
        ("А в ЕАЭС у Узбекистана никакого статуса нет?", "eaeu", "no"),
        ("У Узбекистана есть статус в ЕАЭС?", "eaeu", "yes"),
        # "one of the documents" picks one of the two: no count of one to deny ("biri" is not "birinchi")
        ("Is one of the documents for 2026–2030?", "what-was-signed", "yes"),
        ("Hujjatlardan biri 2026–2030 yillarga mo'ljallanganmi?", "strategic-programme-2026-2030", "yes"),
        ("Один из документов рассчитан на 2027–2031 годы?", "duration", "no"),
        ("Was it one document?", "what-was-signed", "no"),
        # going into blocs is joining them
        ("Новая доктрина это поменяет — пойдут в военные блоки?", "doctrine-2026", "no"),
        ("Yangi doktrina bilan O'zbekiston harbiy bloklarga kiradimi?", "doctrine-2026", "no"),
        # Kurbanov left the ministry for the State Security Service
        ("Kurbanov hozir ham mudofaa vazirimi?", "kholmukhamedov-predecessor", "no"),
        ("Курбанов сейчас министр обороны?", "kholmukhamedov-predecessor", "no"),
        ("Was Kurbanov defence minister before Kholmukhamedov?", "kholmukhamedov-predecessor", "yes"),
        # the talks in Tashkent were in January 2025, when he was a major general
        ("На переговорах в Ташкенте Халмухамедов уже был генерал-лейтенантом?", "kholmukhamedov-rank", "no"),
        ("Hamkorlik-2025 проходили в Узбекистане?", "hamkorlik-2025", "yes"),
        # he was a major general at the signing and a lieutenant general later, never a colonel general
        ("Был ли Холмухамедов генерал-полковником при подписании?", "kholmukhamedov-rank", "no"),
        ("Узбекистан избегает вступления в ОДКБ?", "csto", "yes"),
        # in 2021 he became chief of the General Staff and first deputy minister, not minister
        ("Халмухамедов был министром обороны ещё с 2021 года?", "kholmukhamedov-previous-post", "no"),
        ("Was Kholmukhamedov first deputy minister from 2021?", "kholmukhamedov-previous-post", "yes"),
        ("Was military-technical cooperation on the agenda of Belousov's visit?", "visit-agenda", "yes"),
        # not joining blocs is not joining: the doctrine keeps the non-bloc status
        (
            "Yangi mudofaa doktrinasida O'zbekiston harbiy bloklarga qo'shilmaslik maqomini saqlab qoladimi?",
            "doctrine-2026",
            "yes",
        ),
        # held in Uzbekistan (Termez), with troops from a base in Tajikistan
        ("Учения Хамкорлик проходили в Таджикистане?", "hamkorlik-2025", "no"),
        ("Hamkorlik-2025 Tojikistonda bo'lganmi?", "hamkorlik-2025", "no"),
        ("Did the Russian troops come from their base in Tajikistan?", "hamkorlik-2025", "yes"),
        # each rank in its month
        (
            "В октябрьских сообщениях Халмухамедов уже генерал-лейтенант, хотя в январе он был генерал-майором?",
            "kholmukhamedov-rank",
            "yes",
        ),
        ("Was he a lieutenant general in January?", "kholmukhamedov-rank", "no"),
        # …typed without the mark
        ("yangi doktrinada ham ozbekiston bloklarga qoshilmaslik qoidasi saqlanadimi?", "doctrine-2026", "yes"),
        ("Was the earlier 2021-2025 programme announced in Tashkent too?", "programme-2021-2025", "no"),  # Bukhara
        # one claim denied beside another confirmed is still false
        (
            "Samarqanddagi Markaziy Osiyo mudofaa vazirlari uchrashuvida Rossiya ham qatnashganmi?",
            "c5-defence-ministers",
            "no",
        ),
        ("Paradda o'zbek kolonnasini mudofaa vazirining o'zi boshlab borganmi?", "victory-parade-2025", "no"),
        # a ratio is a number, and a date may be written with points
        # the new doctrine is to keep the status of not joining military blocs
        ("Слышал, что в 2026 Узбекистан решил вернуться в ОДКБ. Это правда?", "doctrine-2026", "no"),
        ("Did the number of exercises increase 1.5 times?", "doctrine-2026", "yes"),
        ("Количество учений выросло вдвое?", "doctrine-2026", "no"),
        ("Документы подписали 22.01.2025?", "signing-date", "yes"),
        ("Документы подписали 21.01.2025?", "signing-date", "no"),
        # a year beside something happening is when it happened, not one the fact names
        ("Was the strategic partnership programme signed in 2026?", "strategic-programme-2026-2030", "no"),
        ("Did the ministers meet in Moscow in 2026?", "follow-up-may-2025", "no"),
        # …and a year that names the document is no claim
        ("That 2017 defence treaty — was it actually signed in Moscow?", "treaty-2017", "yes"),
        ("Putin bilan Mirziyoyev 2025-yil dekabr oxirida telefonda gaplashganmi?", "leaders-contacts-2025", "yes"),
        ("So it was signed in Tashkent, not in Moscow?", "signing-place", "yes"),
        ("Hujjatlar dushanba kuni imzolanganmi?", "signing-date", "no"),
        ("Документы подписали 22 января 2025 года?", "signing-date", "yes"),
        ("Are there 100 joint events in the 2025 plan?", "joint-activities-50", "no"),
        ("Программа действует до 2035 года?", "duration", "no"),
        ("Does the strategic partnership programme cover 2026 to 2030?", "strategic-programme-2026-2030", "yes"),
        ("Did Putin sign the programme?", "who-signed", "no"),
        ("Did Belousov personally sign the documents?", "who-signed", "yes"),
        (
            "Had Kholmukhamedov only recently become defence minister when he signed?",
            "kholmukhamedov-appointment",
            "yes",
        ),
        ("Did Putin personally sign the documents?", "who-signed", "no"),
        ("С узбекской стороны подписывал Курбанов?", "who-signed", "no"),
        ("Is Uzbekistan a member of the CSTO?", "csto", "no"),
        # a question that negates what the fact denies is answered yes
        ("Правда, что Ташкент не поддержал вторжение России в Украину?", "ukraine-stance", "yes"),
        ("Did Uzbekistan support the invasion of Ukraine?", "ukraine-stance", "no"),
        ("А в ОДКБ Узбекистан когда-то состоял?", "csto", "yes"),  # it was, until 2012
        ("Новая оборонная доктрина сохранит внеблоковый статус?", "doctrine-2026", "yes"),
        ("Xolmuhamedovning unvoni general-mayormi?", "who-is-kholmukhamedov", "yes"),
        ("Белоусов назвал Россию и Узбекистан давними друзьями?", "belousov-partners", "yes"),
        # "march" the verb is not the month: the parade was in May
        ("Did Uzbek troops march in the 2025 Victory Day parade in Moscow?", "victory-parade-2025", "yes"),
        ("Was the parade in March 2025?", "victory-parade-2025", "no"),
        ("O'zbek harbiylari 2025-yil may oyida paradda qatnashdimi?", "victory-parade-2025", "yes"),
        # "since 2020" is a claim in Uzbek too
        ("Xolmuhamedov 2020-yildan beri mudofaa vaziri bo'lib ishlayaptimi?", "kholmukhamedov-appointment", "no"),
        ("Xolmuhamedov 2024-yildan beri mudofaa vazirimi?", "kholmukhamedov-appointment", "yes"),
        # a curated denial matches words the base does not otherwise use
        ("Учения Хамкорлик-2025 шли целый месяц?", "hamkorlik-2025", "no"),
        ("Учения «Хамкорлик-2025» шли где-то месяц?", "hamkorlik-2025", "no"),
        # the year a plan is for, not the day it was signed
        ("в мае в Москве министры подписали план на 2025 год, так?", "follow-up-may-2025", "no"),
        ("в мае в Москве министры подписали план на 2026 год?", "follow-up-may-2025", "yes"),
        # a person the answer names beside its subject is no other person
        ("Belousov bilan hujjat imzolaganda Xolmuhamedov general-mayor edimi?", "who-is-kholmukhamedov", "yes"),
        ("Did Putin sign the documents with Kholmukhamedov?", "who-is-kholmukhamedov", "no"),
        # a past membership is not the present one
        ("Was Uzbekistan ever a member of the CSTO?", "csto", "yes"),
        # the moment a question is asked about, however long, is no claim about the meeting it names
        (
            "By the time of the Samarkand meeting of Central Asian defence ministers in October 2025, "
            "was Kholmukhamedov still a major general?",
            "kholmukhamedov-rank",
            "no",
        ),
        # "майская" is May's
        ("Майская встреча министров обороны в 2025-м тоже в Ташкенте проходила?", "follow-up-may-2025", "no"),
        ("was Uzbekistan ever in the CSTO though?", "csto", "yes"),
        ("has Uzbekistan ever actually been a CSTO member?", "csto", "yes"),
        ("Узбекистан когда-то состоял в ОДКБ?", "csto", "yes"),
        ("Were the 50 events ever listed publicly?", "joint-activities-50", "no"),
        ("Судят ли в Узбекистане граждан, воевавших за Россию?", "mercenary-trials-2025", "yes"),
        # taking part is no denial of taking part
        ("Did Uzbek troops take part in the Victory Day parade in Moscow?", "victory-parade-2025", "yes"),
        # the programme was signed in Tashkent; in Moscow, the plan implementing it
        ("программу до 2030 в москве подписывали?", "follow-up-may-2025", "no"),
        ("план реализации программы до 2030 подписали в Москве?", "follow-up-may-2025", "yes"),
        ("so tuesday was just the day he flew in?", "belousov-visit", "yes"),
        ("O'zbekiston 2025-yilda urushga borgan fuqarolarini sudlashni to'xtatdimi?", "mercenary-trials-2025", "no"),
        ("Hamkorlik-2025 o'n kun davom etganmi?", "hamkorlik-2025", "no"),
        ("Was it officially confirmed that 400 troops took part in Hamkorlik-2025?", "hamkorlik-2025", "no"),
        ("Was the earlier programme announced by Shoigu?", "programme-2021-2025", "yes"),
        ("Did the Central Asia–Russia summit in Dushanbe adopt a joint action plan?", "leaders-contacts-2025", "yes"),
        ("Хамкорлик-2025 ведь в Таджикистане проводили?", "hamkorlik-2025", "no"),
        ("Узбекистан собирается вернуться в ОДКБ по новой доктрине?", "doctrine-2026", "no"),
        ("Украина одобряла участие узбекских военных в параде?", "victory-parade-2025", "no"),
    ],
)
def test_claims_checked_against_values(answerer: Answerer, question: str, fact: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts[fact]) == verdict


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Did Belousov sign it with a smile?", "who-signed"),  # nothing the values can check
        ("Andrey Belousov Rossiya tashqi ishlar vaziri, to'g'rimi?", "kholmukhamedov-words"),  # a post it cannot check
        ("Was it a sunny day?", "signing-date"),
        # a first, only or largest no answer of the fact says is more than its confirmed words bear out
        ("Was Hamkorlik-2025 the first joint exercise since the signing?", "hamkorlik-2025"),
        ("Хамкорлик-2025 — крупнейшие совместные учения?", "hamkorlik-2025"),
    ],
)
def test_no_verdict_without_a_checkable_claim(answerer: Answerer, question: str, fact: str):
    assert answerer.checker.verdict(fold(question), answerer.facts[fact]) is None


def test_a_fact_without_values_gives_no_verdict(answerer: Answerer):
    fact = next(f for f in answerer.kb.facts if f.values is None)
    assert answerer.checker.verdict(fold("Is it true?"), fact) is None


@pytest.mark.parametrize(
    ("question", "lead", "detail"),
    [
        ("Did they sign it in Samarkand?", "No — ", "Tashkent"),
        ("Was Kholmukhamedov appointed defence minister in November 2024?", "Yes — ", "November"),
        ("Подписали в пятницу?", "Нет — ", "среду"),
        ("Kelishuv Buxoroda imzolanganmi?", "Yo'q — ", "Toshkent"),
        ("2025 йилги ҳамкорлик режасида 100 та қўшма тадбир борми?", "Йўқ — ", "50"),
        # Uzbek past questions in "-midi"
        ("Hamkorlik-2025 mashqi Toshkent viloyatida o'tganmidi?", "Yo'q — ", "Termiz"),
        # "year" and "really" claim nothing the answer must say
        ("Россия и Узбекистан в 2025 году реально проводили совместные учения?", "Да — ", "Хамкорлик"),
        # "-siz" is "without": no misspelt "ishtiroki" (participation)
        ("Birlik-2025 mashg'ulotlari Rossiya ishtirokisiz o'tganmi?", "Ha — ", "Qozog'iston"),
        # a longer express denial in one close fact outweighs a shorter express confirmation in another
        (
            "Kholmukhamedov was still a major general when he chaired the Central Asian defence ministers"
            " in October 2025, yes?",
            "No — ",
            "Lieutenant General",
        ),
        ("Did the ministry say which ones of the 50 events it planned?", "No — ", "50"),
        # a lead-in's number alone ("…, on the 21st?") is no subject to read the question by
        ("Did the Russian defence minister arrive the day before the signing, on the 21st?", "Yes — ", "21 January"),
        ("Так называемый договор 2017 года на самом деле подписан в 2016-м?", "Да — ", "2016"),  # "actually"
        # a small count of documents is a claim; "when" in a yes/no question joins a clause
        ("Подписали два документа?", "Да — ", "2026"),
        ("Was it a Wednesday when they signed?", "Yes — ", "22 January"),
        # the treaty was signed in November 2016 and ratified in April 2017: a ratification "in 2016" is wrong
        ("А Совфед ратифицировал договор 2017 года ещё в 2016-м?", "Нет — ", "2017"),
        # …and the day of the ratification is not the day of the signing (29 November 2016)
        ("Did the Federation Council ratify the 2017 treaty on 12 April 2017?", "Yes — ", "12 April 2017"),
        ("Совет Федерации ратифицировал договор 2017 года 15 апреля 2017?", "Нет — ", "12 апреля"),
        # Belousov's visit was an official one, not a working one
        ("Was Belousov's trip to Tashkent a working visit?", "No — ", "official visit"),
        # "ever" asks about the past: Uzbekistan was in the CSTO until 2012
        ("Узбекистан никогда там и не состоял, в ОДКБ?", "Нет — ", "2012"),
        ("Узбекистан когда-нибудь был в ОДКБ?", "Да — ", "2012"),
        ("Узбекистан когда-то был членом ОДКБ?", "Да — ", "2012"),
        # Belousov spoke of the price the Uzbek SSR paid for the Victory at the May meeting ("ССР" is "SSR")
        ("Белоусов в мае 2025 года в Москве вспоминал Узбекскую ССР?", "Да — ", "ССР"),
        # United24 Media calls Uzbekistan's stance on the invasion neutral; no source calls it anything else
        ("Is Uzbekistan neutral on the war?", "Yes — ", "neutral stance"),
        # being taken into a bloc is joining one, which the new doctrine must rule out
        ("will the new doctrine take uzbekistan into a military bloc?", "No — ", "bloc"),
        ("was uzbekistan once a member of the csto?", "Yes — ", "2012"),
        # "никогда не…": the "а не" of a contrast ("в Ташкенте, а не в Москве") is no ending of "никогда"
        ("Узбекистан никогда не был в ОДКБ?", "Нет — ", "2012"),
        # a prime minister (or the presidents) is another post than the defence ministers who signed
        ("the documents were signed by the prime ministers, right?", "No — ", "Defence Minister"),
        ("Hujjatlarni bosh vazirlar imzolaganmi?", "Yo'q — ", "mudofaa vaziri"),
        ("Документы подписали президенты?", "Нет — ", "министр обороны"),
        # of equally strong facts, the one that tells of a signing (not the exercise held elsewhere)
        ("Was the Russia–Uzbekistan defence plan signed in Samarkand?", "No — ", "Tashkent"),
        ("Ўзбекистонда хорижда ёлланма бўлиб урушган фуқаролар жазоланадими?", "Ҳа — ", "154"),
        # of the close facts, the one that checks most of the claim; "korishgan" without its apostrophe
        ("Belousov Toshkentga kelganda prezidentimiz bilan xam korishganmi?", "Ha — ", "Mirziyoyev"),
        ("Did the Russian troops in Hamkorlik-2025 come straight from Russia?", "No — ", "201"),
        # a fact that expressly confirms the claim keeps it, though it names other years than the question
        ("Программа на 2026–2030 — это уже вторая такая программа?", "Да — ", "2021"),
    ],
)
def test_a_yes_no_reply_leads_with_the_word_then_the_detail(answerer: Answerer, question: str, lead: str, detail: str):
    reply = answerer.answer(question)
    assert reply.answered
    assert reply.text.startswith(lead)
    assert detail in reply.text


def test_an_uncheckable_yes_no_question_is_answered_without_yes_or_no(answerer: Answerer):
    reply = answerer.answer("Did Belousov sign the documents with a smile?")
    assert reply.answered
    assert not reply.text.startswith(("Yes", "No"))
    assert reply.verdict is None


@pytest.mark.parametrize(
    "question",
    [
        "After the signing in January, when did the ministers meet again?",
        "Yanvardagi imzolashdan keyin vazirlar qachon yana uchrashgan?",
    ],
)
def test_what_a_question_measures_from_is_not_its_claim(answerer: Answerer, question: str):
    # "January" names the signing the question counts from, not the month of the meeting it asks about
    assert not answerer.checker.wrong_year(fold(question), answerer.facts["follow-up-may-2025"])


@pytest.mark.parametrize(
    "question",
    [
        "На момент подписания в январе 2025 Холмухамедов был генерал-майором?",
        "At the time of the signing in January 2025 was Kholmukhamedov a major general?",
        "Yanvardagi imzolash paytida Xolmuhamedov general-mayor edimi?",
    ],
)
def test_the_moment_a_question_asks_about_is_not_its_claim(answerer: Answerer, question: str):
    # "January 2025" is when he held the rank, not a wrong month for his November 2024 appointment
    assert answerer.checker.verdict(fold(question), answerer.facts["who-is-kholmukhamedov"]) == "yes"


def test_between_two_equally_close_facts_the_more_specific_claim_decides(answerer: Answerer):
    # both facts name the rank, and both tell that by October 2025 he was a lieutenant general
    reply = answerer.answer("А сейчас Холмухамедов всё ещё генерал-майор?")
    assert reply.fact_id in ("kholmukhamedov-rank", "who-is-kholmukhamedov")
    assert reply.text.startswith("Нет — ")


@pytest.mark.parametrize(
    ("question", "fact", "verdict"),
    [
        ("Did Uzbekistan host a regional exercise without Russia in autumn 2025?", "birlik-2025", "yes"),
        ("Was the Uzbekistan–Turkey deal for 2026 signed in Istanbul?", "turkey-plan-2026", "no"),
        ("В Анкаре Халмухамедов подписал план на 2026 год с Россией?", "turkey-plan-2026", "no"),
        ("Was the Uzbek column at the Moscow parade led by a general?", "victory-parade-2025", "no"),
        # a span of years the question claims, against the years the fact states
        ("Strategik hamkorlik dasturi 2025–2035 yillarga mo'ljallanganmi?", "strategic-programme-2026-2030", "no"),
        ("Is the strategic partnership programme for 2026-2030?", "strategic-programme-2026-2030", "yes"),
        ("Did Uzbekistan sign its 2026 plan with Russia in Ankara?", "turkey-plan-2026", "no"),
        # "after the parade" is a reference for claims, but the fact itself states "the day after the parade"
        ("Did the ministers meet the day after the Victory Day parade?", "follow-up-may-2025", "yes"),
        # "Rossiyasiz" is "without Russia": a question "with Russia" is not confirmed by it
        ("Birlik-2025 Rossiya bilan o'tkazilganmi?", "birlik-2025", None),
    ],
)
def test_seasons_partners_and_ranks_are_claims_too(answerer: Answerer, question: str, fact: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts[fact]) == verdict


def test_what_a_clause_since_or_after_measures_from_is_no_claim(answerer: Answerer):
    # "since he signed the documents in January 2025" dates nothing the question asks about
    reply = answerer.answer("Has Kholmukhamedov been promoted since he signed the documents in January 2025?")
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.startswith("Yes — ")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("На встрече 10 мая 2025 подписали план сотрудничества на 2025 год, верно?", "follow-up-may-2025"),
        ("«Ҳамкорлик-2025» машғулотлари Россия ҳудудида ўтказилганми?", "hamkorlik-2025"),
    ],
)
def test_wrong_premises_about_what_followed_are_denied(answerer: Answerer, question: str, fact: str):
    reply = answerer.answer(question)
    assert reply.fact_id == fact
    assert reply.verdict == "no"


@pytest.mark.parametrize(
    ("first", "follow_up", "verdict"),
    [
        ("When were the documents signed?", "so they signed just one agreement?", "no"),
    ],
)
def test_wrong_premises_in_follow_ups_are_denied(answerer: Answerer, first: str, follow_up: str, verdict: str):
    context = answerer.answer(first).context
    assert answerer.answer(follow_up, context=context).verdict == verdict


def test_the_parade_column_was_not_led_by_the_minister(answerer: Answerer):
    reply = answerer.answer("Узбекский расчёт на параде 9 мая вёл сам министр Халмухамедов?")
    assert reply.fact_id == "victory-parade-2025"
    assert reply.text.startswith("Нет — ")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Белоусов подписывал документы во время визита в Бухару?", "Нет — "),  # the visit's place is a claim
        ("Rossiya tomonidan hujjatlarni tashqi ishlar vaziri imzolaganmi?", "Yo'q — "),
        ("Andrey Belousov Rossiya tashqi ishlar vaziri, to'g'rimi?", "Yo'q — "),  # right man, wrong post
        ("Is it right that Uzbekistan is just an observer in the EAEU rather than a full member?", "Yes — "),
    ],
)
def test_more_wrong_and_right_premises(answerer: Answerer, question: str, lead: str):
    assert answerer.answer(question).text.startswith(lead)


def test_all_on_paper_is_no_claim_that_they_were_all_exercises(answerer: Answerer):
    # "all" and "military exercise" in one question are not the claim "all 50 were military exercises"
    reply = answerer.answer(
        "Was there actually a joint Russia–Uzbekistan military exercise in 2025 or was it all on paper?"
    )
    assert not reply.text.startswith("No — ")


def test_uzbek_marta_is_times_unless_beside_a_number(answerer: Answerer):
    # "oxirgi marta" (the last time) claims no month; "4 marta 2026" (Russian in Latin letters) is March
    assert "month" not in answerer.checker.claims(fold("Vazirlar oxirgi marta qachon uchrashgan?"))
    assert answerer.checker.claims(fold("chto bylo 4 marta 2026?")).get("month") == {"#month/march"}
    assert answerer.answer("Vazirlar oxirgi marta qachon uchrashgan?").fact_id == "follow-up-may-2025"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did the Russian minister chair the first meeting of Central Asian defence ministers?", "no"),
        ("Markaziy Osiyo mudofaa vazirlarining birinchi uchrashuviga Rossiya vaziri raislik qilganmi?", "no"),
        ("Did the Uzbek defence minister chair the first meeting of Central Asian defence ministers?", "yes"),
    ],
)
def test_a_post_claims_someone_of_its_country(answerer: Answerer, question: str, verdict: str):
    # the meeting was chaired by Uzbekistan's minister; "the Russian minister" is whoever held that post
    assert answerer.checker.verdict(fold(question), answerer.facts["c5-defence-ministers"]) == verdict


def test_a_question_about_a_person_is_not_refuted_by_a_fact_about_no_one(answerer: Answerer):
    # the date of the signing says nothing of when Kholmukhamedov became minister
    reply = answerer.answer("Xolmuhamedov 2024-yil noyabrda mudofaa vaziri bo'lganmi?")
    assert reply.fact_id != "signing-date"
    assert not reply.text.startswith("Yo'q")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Was the Russian unit in Hamkorlik-2025 drawn from the 201st base in Kazakhstan?", "no"),
        ("Did the Russian troops for Hamkorlik-2025 come from a base in Kyrgyzstan?", "no"),
        ("Was the Russian unit in Hamkorlik-2025 from the 201st base in Tajikistan?", "yes"),
    ],
)
def test_a_claim_naming_another_neighbour_than_the_fact_is_answered_no(answerer: Answerer, question, verdict):
    # Kazakhstan and Kyrgyzstan are covered only around Birlik-2025; here they are a wrong claim, not a
    # question about something the sources do not cover
    reply = answerer.answer(question)
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.verdict == verdict


def test_since_a_month_and_year_and_what_happened_then_is_a_reference(answerer: Answerer):
    # "since the January 2025 signing" says what the question measures from, not what it claims
    assert answerer.checker.claims(fold("Has Kholmukhamedov been promoted since the January 2025 signing?")) == {
        "person": {"kholmukhamedov"}
    }


def test_a_count_the_fact_does_not_state_is_a_claim_it_refutes(answerer: Answerer):
    # the closest fact cannot judge the count; the one that states 50 can, and says no
    reply = answerer.answer("2025 йилги ҳамкорлик режасида 30 та тадбир кўзда тутилганми?")
    assert reply.fact_id == "joint-activities-50"
    assert reply.text.startswith("Йўқ")


def test_equally_strong_facts_that_disagree_leave_the_claim_to_the_one_it_reads_as(answerer: Answerer):
    # appointed minister in November 2024; chief of the General Staff from March 2021
    reply = answerer.answer("Халмухамедова назначили министром обороны ещё в 2021 году?")
    assert reply.text.startswith("Нет")
    assert "2024" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Will the new doctrine keep the non-bloc status?", "Yes — "),
        ("Will Uzbekistan join a military bloc under the new doctrine?", "No — "),
    ],
)
def test_a_forecast_a_fact_expressly_settles_is_answered(answerer: Answerer, question: str, lead: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith(lead)


def test_after_an_event_in_a_month_is_a_reference(answerer: Answerer):
    claims = answerer.checker.claims(fold("after that Tashkent signing in Jan 2025, when did they meet next?"))
    assert "month" not in claims
    assert answerer.checker.claims(fold("was it signed in January 2025?"))["month"] == {"january"}


def test_a_clause_after_after_with_its_own_verb_is_a_reference(answerer: Answerer):
    # what the question measures from is no claim: the later meeting was in Moscow, in May
    text = "After the documents were signed in Tashkent in January 2025, did the two defence ministers meet again?"
    assert answerer.checker.claims(fold(text)) == {}
    reply = answerer.answer(text)
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith("Yes")


def test_a_visit_back_in_a_later_year_is_no_claim_about_the_earlier_one(answerer: Answerer):
    reply = answerer.answer("Did Belousov come back to Uzbekistan in 2026?")
    assert not reply.answered
    assert not reply.text.startswith("No —")  # no verdict on the January visit…
    assert "another visit" in reply.text  # …but the topic that says no report has one


def test_a_rejoin_is_answered_but_a_forecast_of_one_is_not(answerer: Answerer):
    # a state ("not a member since 2012") answers whether it changed; it makes no forecast
    assert answerer.answer("Did Uzbekistan rejoin the CSTO as part of this deal with Russia?").text.startswith("No")
    assert not answerer.answer("Will Uzbekistan rejoin the CSTO?").answered
    # the new doctrine states an intention: that settles a question about the future
    assert answerer.answer("Will Uzbekistan join a military bloc under the new doctrine?").text.startswith("No")


def test_months_abbreviated_are_months(answerer: Answerer):
    assert answerer.checker.claims(fold("was Birlik opened on 14 Oct 2025?"))["month"] == {"#month/october"}
    # …and an abbreviation is no unknown word that would send the question to its last clause alone
    assert answerer.answer("Birlik-2025 (Oct) – which training ground?").fact_id == "birlik-2025"


def test_a_claim_of_the_answers_own_words_alone_is_a_yes(answerer: Answerer):
    # no date, place or name to check, but every word asked about is the answer's own
    assert answerer.answer("Did the delegation visit any memorial?").text.startswith("Yes")
    # …not a word it does not say, nor one of which the fact expressly denies something
    assert not answerer.answer("Did the delegation visit the Kremlin?").text.startswith("Yes")
    assert not answerer.answer("was russia in birlik-2025 too").text.startswith("Yes")


def test_one_in_a_later_year_is_another_one(answerer: Answerer):
    replies = [
        answerer.answer("which countries took part in Birlik-2025?"),
    ]
    replies.append(answerer.answer("and did they do one in 2026", context=replies[0].context))
    assert not replies[1].answered
    assert not replies[1].text.startswith("No —")


def test_a_follow_ups_own_claim_that_holds_is_not_refuted_by_the_topics_words(answerer: Answerer):
    first = answerer.answer("Hamkorlik-2025 mashg'ulotiga rus askarlari to'g'ridan-to'g'ri Rossiyadan kelganmi?")
    assert first.text.startswith("Yo'q")
    reply = answerer.answer("mashg'ulot Termizda bo'lganmi?", context=first.context)
    assert reply.text.startswith("Ha")


@pytest.mark.parametrize(
    ("question", "fact_id", "wrong"),
    [
        # a year that bounds the time asked
        ("what programme did the two countries have before 2026?", "programme-2021-2025", False),
        ("2026-yildan oldin qanday dastur bo'lgan?", "programme-2021-2025", False),
        ("what was in the 2026 programme?", "programme-2021-2025", True),
        # the year of the deal whose coverage is asked about
        ("which blocs did the coverage of the january 2025 deal say uzbekistan stays out of?", "csto", False),
        ("which blocs did uzbekistan stay out of in 2025?", "csto", True),
    ],
)
def test_a_year_that_only_places_the_question_is_no_year_the_answer_must_state(
    answerer: Answerer, question: str, fact_id: str, wrong: bool
):
    assert answerer.checker.wrong_year(fold(question), answerer.facts[fact_id]) is wrong


@pytest.mark.parametrize(
    ("question", "later"),
    [
        ("one article refers to a '2017 defence cooperation treaty', was that actually signed in 2017?", False),
        ("did they sign one again in 2026?", True),
    ],
)
def test_one_article_names_a_source_not_another_occurrence(answerer: Answerer, question: str, later: bool):
    assert answerer.checker.later_year(fold(question), answerer.facts["treaty-2017"]) is later


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did the dushanbe summit sign a joint action plan until 2030?", "No"),
        ("is the strategic partnership programme valid until 2030?", "Yes"),
        ("is the strategic partnership programme valid until 2035?", "No"),
    ],
)
def test_the_end_a_question_claims_is_checked_against_the_last_year_stated(
    answerer: Answerer, question: str, lead: str
):
    assert answerer.answer(question).text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("«Birlik — 2025» mashg'ulotlarida Rossiya Qurolli Kuchlari ham ishtirok etganmi?", "birlik-2025"),
        ("Россия принимала участие в учениях Бирлик-2025?", "birlik-2025"),
    ],
)
def test_russian_participation_in_uzbek_words_is_denied_of_birlik(answerer: Answerer, question: str, fact_id: str):
    reply = answerer.answer(question)
    assert reply.fact_id == fact_id
    assert reply.text.startswith(("Yo'q", "Нет"))


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (
            (
                "Where did the first meeting of Central Asian defence ministers take place?",
                "by the time of that meeting, was Kholmukhamedov still a major general?",
            ),
            "No",
        ),
        (
            (
                "What did Uzbekistan announce about its defence doctrine in January 2026?",
                "did the doctrine review drop the no-military-blocs line?",
            ),
            "No",
        ),
    ],
)
def test_claims_the_last_answer_refutes_are_denied(answerer: Answerer, messages: tuple[str, str], lead: str):
    context = answerer.answer(messages[0]).context
    assert answerer.answer(messages[1], context=context).text.startswith(lead)


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (
            (
                "Who was Uzbekistan's defence minister at the signing?",
                "so he'd been minister for only about two months when he signed with Belousov?",
            ),
            "Yes",
        ),
        (("Who was Uzbekistan's defence minister at the signing?", "had he been in the job for years by then?"), "No"),
    ],
)
def test_how_long_he_had_been_minister_when_he_signed(answerer: Answerer, messages: tuple[str, str], lead: str):
    context = answerer.answer(messages[0]).context
    assert answerer.answer(messages[1], context=context).text.startswith(lead)


def test_when_he_signed_with_someone_is_the_moment_asked_about_not_a_claim_about_him(answerer: Answerer):
    question = fold("он тогда был министром всего пару месяцев, когда подписывал с белоусовым?")
    assert "person" not in answerer.checker.claims(question)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did five countries take part in birlik-2025?", "yes"),
        ("в бирлик-2025 участвовали четыре страны?", "no"),
        ("birlik-2025 da besh davlat qatnashganmi?", "yes"),
    ],
)
def test_a_small_count_of_countries_in_words_is_a_claim(answerer: Answerer, question: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["birlik-2025"]) == verdict


@pytest.mark.parametrize(
    "question",
    [
        "а невступление в блоки она отменяет?",
        "does it scrap non-bloc status?",
        "doktrina bloklarga qo'shilmaslikni bekor qiladimi?",
    ],
)
def test_cancelling_what_the_doctrine_keeps_is_denied(answerer: Answerer, question: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["doctrine-2026"]) == "no"


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (("was the meeting on a Tuesday?",), "No"),
        (("Was the signing ceremony on a Tuesday?",), "No"),
        (("did belousov arrive on tuesday?",), "Yes"),
        (("он в ташкент во вторник прилетел?", "и подписали тоже во вторник?"), "Нет"),
    ],
)
def test_the_tuesday_was_the_arrival_and_the_wednesday_the_talks_and_signing(answerer: Answerer, messages, lead):
    context = None
    for message in messages:
        reply = answerer.answer(message, context=context)
        context = reply.context or context
    assert reply.text.startswith(lead)


@pytest.mark.parametrize("question", ["were mi-24s used?", "ми-24 были?", "were j-10c jets sold?", "su-30sm option?"])
def test_a_type_designation_claims_no_count(answerer, question: str):
    # "Mi-24" names a helicopter: 24 is no number the exercise's 400 troops could deny
    assert "number" not in answerer.checker.claims(fold(question))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did they sign the 2026-2030 programme in moscow?", "no"),  # that was signed in Tashkent in January
        ("в мае подписали программу на 2026-2030?", "no"),
        ("did they sign the implementation plan of the 2026-2030 programme?", "yes"),
        ("2026-2030 dasturini amalga oshirish rejasini imzolashganmi?", "yes"),
    ],
)
def test_the_may_meeting_signed_the_programme_s_plan_not_the_programme(answerer, question: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["follow-up-may-2025"]) == verdict


@pytest.mark.parametrize(
    "question",
    [
        "а она запрещает вступать в блоки?",
        "does the new doctrine forbid joining military blocs?",
        "yangi doktrina bloklarga qo'shilishni taqiqlaydimi?",
    ],
)
def test_forbidding_to_join_blocs_is_what_the_doctrine_keeps(answerer, question: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["doctrine-2026"]) == "yes"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "did belousov arrive the day the documents were signed?",
            "no",
        ),  # the Tuesday; they were signed on the Wednesday
        ("did he arrive the day before the signing?", "yes"),
        ("imzolash kuni kelganmi?", "no"),
        ("imzolashdan bir kun oldin kelganmi?", "yes"),
        ("Белоусов прилетел в Узбекистан за день до подписания?", "yes"),
    ],
)
def test_belousov_arrived_the_day_before_the_signing(answerer, question: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["belousov-visit"]) == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Узбекистан купил Су-30СМ?", "no"),  # the Su-30SM proposals faltered
        ("did uzbekistan buy su-30s from russia?", "no"),
        ("did uzbekistan consider buying the su-30sm?", "yes"),
    ],
)
def test_the_su_30sm_was_considered_not_bought(answerer, question: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["china-fighters"]) == verdict


@pytest.mark.parametrize("question", ["were the 50 events published?", "были ли опубликованы 50 мероприятий?"])
def test_the_fifty_events_were_never_published(answerer, question: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["fifty-events-outcome"]) == "no"


@pytest.mark.parametrize("question", ["was hamkorlik-2025 reported by TASS?", "ТАСС писал об учениях Хамкорлик-2025?"])
def test_no_tass_report_of_the_exercise_is_held(answerer, question: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["hamkorlik-2025"]) == "no"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did they sign a new programme?", "no"),
        ("министры подписали новую программу?", "no"),
        ("did they sign a plan for the new programme?", "yes"),
    ],
)
def test_in_may_a_plan_was_signed_not_a_new_programme(answerer, question: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["follow-up-may-2025"]) == verdict


@pytest.mark.parametrize(
    "question",
    ["Was Russia among the participants of the Birlik-2025 exercise?", "Россия была среди участников Бирлик-2025?"],
)
def test_russia_was_not_among_birlik_s_participants(answerer, question: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["birlik-2025"]) == "no"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("mudofaa doktrinasini qayta ko'rib chiqishni xolmuhamedov buyurganmi?", "no"),  # the president did
        ("did mirziyoyev order the doctrine revision?", "yes"),
    ],
)
def test_the_president_ordered_the_doctrine_revision(answerer, question: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts["doctrine-2026"]) == verdict


@pytest.mark.parametrize(
    ("fact", "question", "verdict"),
    [
        # staying outside blocs is the non-bloc status the revision keeps; giving it up is denied
        ("doctrine-2026", "а по новой оборонной доктрине 2026 года они так и остаются вне военных союзов?", "yes"),
        ("doctrine-2026", "а в новой оборонной доктрине это неучастие сохранят?", "yes"),
        ("doctrine-2026", "will uzbekistan stay outside military blocs under the new doctrine?", "yes"),
        ("doctrine-2026", "2026 yilda o'zbekiston harbiy bloklarga qo'shilmaslik siyosatidan voz kechdimi?", "no"),
        ("doctrine-2026", "will uzbekistan join a military bloc?", "no"),
        # some status in the union is the observer status; membership is denied
        ("eaeu", "but it does have some kind of formal status in the eurasian economic union, right?", "yes"),
        ("eaeu", "у узбекистана есть статус в еаэс?", "yes"),
        ("eaeu", "does uzbekistan have full member status in the eaeu?", "no"),
    ],
)
def test_a_claim_in_other_words_is_judged_by_what_the_fact_keeps(answerer, fact: str, question: str, verdict: str):
    assert answerer.checker.verdict(fold(question), answerer.facts[fact]) == verdict


def test_what_a_follow_up_sets_aside_is_not_its_own_claim(answerer: Answerer):
    first = answerer.answer("what did they sign on 22 jan 2025? some sites say 'one agreement until 2030'")
    reply = answerer.answer("so it was 2 separate documents then, not one?", context=first.context)
    assert reply.verdict == "yes"  # two documents; "not one" is what it sets aside, which the topic denies


@pytest.mark.parametrize(
    "question", ["did tashkent back russia's invasion of ukraine?", "and tashkent supports russia's war in ukraine?"]
)
def test_backing_the_war_is_supporting_it_and_is_denied(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "ukraine-stance"
    assert reply.text.startswith("No")


def test_neutrality_or_joining_no_alliance_in_uzbek_is_the_non_bloc_status(answerer: Answerer):
    reply = answerer.answer(
        "yangi doktrinada betaraflik, ya'ni hech qanday harbiy ittifoqqa kirmaslik saqlanib qoladimi?"
    )
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith("Ha")


@pytest.mark.parametrize(
    "question",
    [
        "after that jan 2025 signing in tashkent, when did the two defence ministers next meet?",
        "after the tashkent signing on jan 22, when and where did belousov and kholmukhamedov next meet?",
    ],
)
def test_the_time_a_question_counts_from_is_no_time_the_answer_must_state(answerer: Answerer, question: str):
    assert not answerer.checker.wrong_year(fold(question), answerer.facts["follow-up-may-2025"])


def test_a_count_in_words_is_no_day_of_the_month(answerer: Answerer):
    # "the two countries' ministers … on 10 May": two is how many countries, not the 2nd of the month
    claims = answerer.checker.claims(fold("did the two countries' defence ministers meet in moscow on 10 may 2025?"))
    assert claims["day"] == {"10"}
    assert answerer.checker.claims(fold("did they meet on 2 may 2025?"))["day"] == {"2"}


def test_the_plan_for_the_new_programme_is_not_a_new_programme(answerer: Answerer):
    fact = answerer.facts["follow-up-may-2025"]
    assert answerer.checker.verdict(fold("В мае 2025 под новую программу подписали план реализации?"), fact) == "yes"
    assert answerer.checker.verdict(fold("В мае 2025 подписали новую программу?"), fact) == "no"
