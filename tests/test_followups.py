"""What followed the signing, as users ask it: events, "now"/"latest", later dates, unanswerables.
Each question is answered by the right fact, or declined with a reply that says how far the sources
reach; none gets the nearest fact of January 2025."""

from __future__ import annotations

import pytest

from bot.answering import Answerer

LATEST = {
    "en": "The latest report I have is dated 4 March 2026; I have no reports of Russia–Uzbekistan defence events after it.",
    "ru": "Самое позднее сообщение в моих источниках датировано 4 марта 2026",
    "uz": "Mendagi eng so'nggi xabar 2026-yil 4-mart sanasiga tegishli",
}

ANSWERED = [
    ("what happened after the signing?", "what-followed"),
    ("Что было после подписания соглашения?", "what-followed"),
    ("Imzolangandan keyin nima bo'ldi?", "what-followed"),
    ("What's the latest?", "latest-reports"),
    ("Что сейчас с военным сотрудничеством России и Узбекистана?", "latest-reports"),
    ("2026-yilda nima bo'ldi?", "latest-reports"),
    ("Did Uzbek troops march in the Victory Parade?", "victory-parade-2025"),
    ("Что подписали Белоусов и Халмухамедов 10 мая?", "follow-up-may-2025"),
    ("Учения Хамкорлик-2025 где проходили?", "hamkorlik-2025"),
    ("Termizda qo'shma mashg'ulot bo'ldimi?", "hamkorlik-2025"),
    ("Were the 50 events actually held?", "fifty-events-outcome"),
    ("What is Birlik-2025?", "birlik-2025"),
    ("Встреча министров обороны Центральной Азии в Самарканде", "c5-defence-ministers"),
    ("Is Kholmukhamedov a lieutenant general now?", "kholmukhamedov-rank"),
    ("Узбекистан сохранит внеблоковый статус?", "doctrine-2026"),
    ("Did Uzbekistan sign a 2026 military plan with Turkey?", "turkey-plan-2026"),
    ("Узбекистан покупает китайские истребители?", "china-fighters"),
    ("What was the 2021-2025 programme?", "programme-2021-2025"),
    # a request for the timeline, whatever else it names
    ("Could you give me a timeline of the contacts after the signing, in order?", "timeline"),
    ("Хронология военных контактов после января 2025, пожалуйста", "timeline"),
    # news since the signing is what followed it, however the signing is named
    ("latest developments in uzbek defence since the documents were signed?", "what-followed"),
    ("Что изменилось с тех пор, как подписали документы в январе 2025?", "what-followed"),
    # slang, and the news of a year: the signing's year is what followed it, the newest report's the latest
    ("короче, чё было дальше после январского подписания?", "what-followed"),
    ("что было в 2025 году?", "what-followed"),
    ("а что по теме было уже в 2026-м?", "latest-reports"),
    ("а с кем из турков Халмухамедов подписывал план на 2026-й?", "turkey-plan-2026"),
    # what followed an event the clause names, loosely
    ("после Хамкорлика летом 25-го что ещё было у узбеков по обороне?", "timeline"),
]


@pytest.mark.parametrize(("question", "fact_id"), ANSWERED)
def test_what_followed_is_answered_by_the_right_fact(answerer: Answerer, question, fact_id):
    reply = answerer.answer(question)
    assert reply.answered, question
    assert reply.fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("any news lately?", "en"),
        ("Что нового по военному сотрудничеству России и Узбекистана в последнее время?", "ru"),
        ("So'nggi oylarda Rossiya bilan harbiy hamkorlikda nima yangilik?", "uz"),
    ],
)
def test_news_asked_for_lately_gets_the_latest_report(answerer: Answerer, question, lang):
    # ("I have lately been reading about the programme…" is no question about a time at all)
    # "any news lately?" names no time: the newest report there is, with how far the sources reach,
    # is the answer
    reply = answerer.answer(question)
    assert reply.answered, question
    assert reply.fact_id == "latest-reports"
    assert reply.text.startswith(LATEST[lang])


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # a time named after the newest report: no report reaches it, however general the question
        ("What happened this autumn?", "en"),
        ("What happened in November 2026?", "en"),
        ("Anything new with the Russia–Uzbekistan military partnership in summer 2026?", "en"),
        ("Было ли что-то летом 2026 по военному сотрудничеству России и Узбекистана?", "ru"),
        ("2026-yil noyabrida nima bo'ldi?", "uz"),
        ("а летом 2026 что было между минобороны РФ и Узбекистана?", "ru"),
        ("2026-yil sentabr-oktabr oylarida Rossiya bilan harbiy sohada nima yangilik bo'ldi?", "uz"),
        ("Были какие-то новости по военному сотрудничеству России и Узбекистана после апреля 2026?", "ru"),
        ("Did Belousov visit Tashkent again this autumn?", "en"),
        # a visit no report has, in a year after the fact's: its own topic, and what it goes on to ask too
        ("Has Belousov been back to Tashkent since, say sometime in 2026? What was on the agenda?", "en"),
        ("What did the defence ministers discuss in summer 2026?", "en"),
        ("Что обсуждали министры на встрече осенью 2026 года?", "ru"),
        ("Were there joint exercises in 2026?", "en"),
        ("Did Russia deliver weapons to Uzbekistan after the deal?", "en"),
        ("Will Russia open a military base in Uzbekistan?", "en"),
        ("Вернётся ли Узбекистан в ОДКБ?", "ru"),
        # what was agreed at a meeting after the newest report: that meeting is not in the reports
        ("О чём Белоусов и Халмухамедов договорились на встрече в сентябре 2026?", "ru"),
        ("What did the ministers agree at the meeting in October 2026?", "en"),
        ("what came out of the defence ministers' talks in june 2026?", "en"),
        ("Каковы итоги переговоров министров в августе 2026?", "ru"),
    ],
)
def test_later_or_unreported_events_are_declined_with_the_reach_of_the_sources(answerer: Answerer, question, lang):
    reply = answerer.answer(question)
    assert not reply.answered, question
    assert LATEST[lang] in reply.text


@pytest.mark.parametrize("lang", ["en", "ru", "uz"])
def test_latest_answer_leads_with_the_reach_of_the_sources(answerer: Answerer, lang):
    reply = answerer.answer_fact("latest-reports", lang)
    assert reply.text.startswith(LATEST[lang])


@pytest.mark.parametrize(
    "question",
    [
        "How many of the 50 events were actually carried out?",
        "Сколько из 50 мероприятий реально провели?",
        "When was Kholmukhamedov promoted to lieutenant general?",
        "Can you list all 50 events in the 2025 plan one by one?",
        "Перечисли все 50 мероприятий плана на 2025 год",
        "can u list all 50 things they planned for 2025 and say how many actually got done?",
        "Which specific exercises are included in the 50 activities?",  # the list was never published
        "Какие именно мероприятия входят в план?",
    ],
)
def test_asking_for_what_the_sources_do_not_give_is_declined_with_what_they_do(answerer: Answerer, question):
    reply = answerer.answer(question)
    assert not reply.answered, question
    assert reply.sources  # the reply still says what is known, with its sources
    # the 50 events' own fact says, as the outcome's does, that no report lists them
    assert reply.fact_id in ("fifty-events-outcome", "joint-activities-50", "which-activities", "kholmukhamedov-rank")


@pytest.mark.parametrize("question", ["How many joint events are planned for 2025?", "Сколько совместных мероприятий?"])
def test_a_count_the_sources_give_is_still_answered(answerer: Answerer, question):
    reply = answerer.answer(question)
    assert reply.answered
    assert reply.fact_id == "joint-activities-50"


def test_a_claim_resting_on_an_aggregator_says_so_in_the_answer(answerer: Answerer):
    reply = answerer.answer("Did anyone object to Uzbek troops marching in the Moscow parade?")
    assert "Ukraine" in reply.text
    assert "not confirmed by official sources" in reply.text


def test_how_many_of_them_after_the_fifty_events_is_declined_with_what_is_known(answerer: Answerer):
    first = answerer.answer("Rossiya va O'zbekistonning 2025-yilgi rejasida nechta qo'shma tadbir bor edi?")
    reply = answerer.answer("ulardan nechtasi amalga oshirildi?", context=first.context)
    assert not reply.answered
    assert reply.fact_id == "fifty-events-outcome"


@pytest.mark.parametrize(
    "question", ["When will Belousov come back to Tashkent?", "Белоусов яна қачон Ўзбекистонга келади?"]
)
def test_when_something_will_happen_again_is_a_forecast(answerer: Answerer, question):
    assert not answerer.answer(question).answered


def test_when_a_dated_future_the_sources_state_is_still_answered(answerer: Answerer):
    reply = answerer.answer("Until when will the strategic partnership programme run?")
    assert reply.answered
    assert "2030" in reply.text


def test_when_something_that_never_happened_began_is_declined_with_what_did(answerer: Answerer):
    reply = answerer.answer("When did Russia start military drone production in Uzbekistan?")
    assert not reply.answered
    assert "2024" in reply.text  # the one proposal there was, with its date


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Were the Russian troops in Hamkorlik-2025 from their base in Tajikistan?", "hamkorlik-2025"),
        ("Сколько мероприятий у России с Беларусью на 2026 год?", "russia-other-programmes"),
        ("Did Kazakhstan take part in Birlik-2025?", "birlik-2025"),
        ("Birlik-2025 da Ozarbayjon harbiylari ham qatnashganmi?", "birlik-2025"),
        ("Был ли Туркменистан на встрече министров обороны Центральной Азии?", "c5-defence-ministers"),
        ("Did Kazakhstan's minister attend the defence ministers' meeting in Samarkand?", "c5-defence-ministers"),
    ],
)
def test_a_country_covered_in_one_connection_is_answered_in_it(answerer: Answerer, question, fact_id):
    reply = answerer.answer(question)
    assert reply.answered, question
    assert reply.fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "What did Russia and Tajikistan sign in 2025?",
        "What did Russia and Belarus agree in their security guarantees treaty?",
        "Did Kyrgyzstan sign a defence deal with Russia in 2025?",
        "did azerbaijan sign anything with uzbekistan?",
        "What did Turkmenistan buy from Russia?",
    ],
)
def test_the_same_country_elsewhere_is_declined(answerer: Answerer, question):
    assert not answerer.answer(question).answered


@pytest.mark.parametrize(
    "question",
    ["By how much did the number of exercises grow?", "Во сколько раз выросло число учений?"],
)
def test_a_ratio_the_reports_give_is_answered(answerer: Answerer, question):
    reply = answerer.answer(question)
    assert reply.answered
    assert "1.5" in reply.text or "1,5" in reply.text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("ok and right after the may 9 parade, did the ministers do anything?", "10 May 2025"),
        ("После учений в Термезе было ещё что-нибудь между Россией и Узбекистаном?", "9 октября 2025"),
    ],
)
def test_anything_after_an_event_is_what_followed_it(answerer: Answerer, question, first):
    reply = answerer.answer(question)
    assert reply.fact_id == "timeline"
    assert first in reply.text


def test_anything_after_the_signing_is_not_counted_from_the_may_plan(answerer: Answerer):
    # "the signing" is the one in Tashkent, not the implementation plan signed in May
    assert "10 May 2025, my sources" not in answerer.answer("after the signing, did they do anything?").text
    assert answerer.answer("После подписания что было дальше?").fact_id == "what-followed"


@pytest.mark.parametrize(
    "question",
    [
        "Post-signing implementation so far. List.",
        "Что произошло в военном сотрудничестве с момента подписания в январе 2025 года?",
        "Once the 2026–2030 programme was signed, what was the next concrete step taken on it?",
        "What, if anything, has been reported on the programme since it was signed in Tashkent?",
        "Расскажите о мероприятиях, реализованных после подписания документов.",
    ],
)
def test_what_was_done_since_the_signing_is_what_followed(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "what-followed"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What did Belousov say about the Uzbek SSR at the May 2025 meeting?", "never forget"),
        ("Что Белоусов сказал на встрече с Халмухамедовым в мае 2025 года?", "никогда не забудем"),
        # colloquial: "чё" asks what, "задвигал" is "said"
        ("Чё там Белоусов в мае задвигал про Узбекскую ССР? Цитату киньте", "никогда не забудем"),
    ],
)
def test_what_the_ministers_said_at_the_may_meeting(answerer: Answerer, question: str, said: str):
    reply = answerer.answer(question)
    assert reply.answered
    assert said in reply.text


def test_lately_in_a_statement_about_the_reader_asks_about_no_time(answerer: Answerer):
    reply = answerer.answer(
        "I have lately been reading about the strategic partnership programme Russia and Uzbekistan signed "
        "in January 2025. Would you be so kind as to tell me which years it covers?"
    )
    assert reply.answered
    assert "2026–2030" in reply.text


@pytest.mark.parametrize(
    "question",
    ["How many minutes did the May meeting last?", "Uchrashuv necha daqiqa davom etgan va qaysi zalida o'tgan?"],
)
def test_how_long_a_meeting_lasted_or_in_which_hall_is_a_detail_no_report_gives(answerer: Answerer, question):
    assert not answerer.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "When did Belousov and Kholmukhamedov next meet after the 22 January 2025 signing?",
        "For my dataset: on what date, and in which city, did the ministers next meet after the 22 January 2025 signing?",
    ],
)
def test_the_day_a_question_measures_from_is_not_its_answer(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.answered
    assert "10 May 2025" in reply.text
    assert "Moscow" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Just to confirm: the ministers' follow-up meeting was held in Moscow the day after the Victory Parade?",
            "Yes",
        ),
        ("Говорят, документы подписали во вторник, 21 января. Так и было?", "Нет"),
    ],
)
def test_a_follow_up_meeting_or_a_claim_said_before_its_tag_is_checked(answerer: Answerer, question: str, lead: str):
    assert answerer.answer(question).text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Does the new doctrine drop Uzbekistan's non-bloc status?", "No"),
        ("Did the January 2026 doctrine review change that non-bloc line?", "No"),
        ("Новая доктрина изменила внеблоковый статус?", "Нет"),
        ("Does the new doctrine keep the non-bloc status?", "Yes"),
        ("Will the new doctrine keep Uzbekistan out of military blocs?", "Yes"),
    ],
)
def test_the_doctrine_keeps_the_non_bloc_status_whatever_verb_asks(answerer: Answerer, question: str, lead: str):
    assert answerer.answer(question).text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Uzbek troops march in the parade?", "Yes"),
        ("а узбекские военные шли на параде?", "Да"),
        ("o'zbek harbiylari paradda qatnashganmi?", "Ha"),
        ("Did Kholmukhamedov lead the troops in the parade?", "No"),
        ("Did Uzbek troops march in the parade in 2024?", "No"),
    ],
)
def test_whether_uzbek_troops_marched_in_the_parade(answerer: Answerer, question: str, lead: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "victory-parade-2025"
    assert reply.text.startswith(lead)


def test_a_question_that_reads_as_nothing_is_read_without_the_month_it_measures_from(answerer: Answerer):
    reply = answerer.answer(
        "After the documents were signed in Tashkent in January 2025, did the two defence ministers meet again, "
        "and if so, on what date?"
    )
    assert reply.answered
    assert "10 May 2025" in reply.text


def test_the_time_a_question_asks_about_is_not_measured_from(answerer: Answerer):
    reply = answerer.answer("who was uzbekistan's defence minister at the time of the jan 2025 deal with russia?")
    assert "Kholmukhamedov" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "When did Belousov come to Uzbekistan again after the January visit?",
        "Belousov O'zbekistonga yana qachon kelgan?",
    ],
)
def test_when_the_visit_happened_again_is_not_the_visit_of_the_signing(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert not reply.answered
    assert "21 January" not in reply.text


def test_when_the_ministers_met_again_is_the_may_meeting(answerer: Answerer):
    assert answerer.answer("When did the defence ministers meet again?").fact_id == "follow-up-may-2025"


def test_an_again_that_ends_the_question_is_remind_me(answerer: Answerer):
    reply = answerer.answer("sorry, when were the documents signed again?")
    assert reply.answered
    assert "22 January 2025" in reply.text


@pytest.mark.parametrize(
    "question", ["RU–UZ defence cooperation plan for 2026: number of events?", "2026 plan with Russia: # of events?"]
)
def test_a_count_asked_in_a_noun_is_asked_as_how_many(answerer: Answerer, question: str):
    """ "number of" is "how many": the 2026 plan the reports do not give, not Belarus's 164 events."""
    reply = answerer.answer(question)
    assert not reply.answered
    assert "plan for 2026" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Uzbekistan end up joining the CSTO after this deal?", "No"),
        ("Вступил ли Узбекистан в ОДКБ после соглашения?", "Нет"),
    ],
)
def test_whether_uzbekistan_joined_the_csto_since_is_answered_no(answerer: Answerer, question: str, lead: str):
    """What happened is answered (not a member, the doctrine keeps it out of blocs); only the future is a forecast."""
    reply = answerer.answer(question)
    assert reply.fact_id == "csto"
    assert reply.text.startswith(lead)
    assert not answerer.answer("Will Uzbekistan rejoin the CSTO?").answered


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (("What did Uzbek troops do in Moscow on 9 May 2025?", "Was Mirziyoyev there as well?"), "Yes"),
        (("Что узбекские военные делали в Москве 9 мая 2025 года?", "А Мирзиёев там тоже был?"), "Да"),
        (("Mirziyoyev paradda bo'lganmi?",), "Ha"),
    ],
)
def test_mirziyoyev_at_the_parade_rests_on_the_research_notes_and_says_so(answerer: Answerer, messages, lead):
    """The notes on the Kursiv report say he watched from the stands; its quoted sentences do not, and the
    answer says both."""
    context = None
    for message in messages:
        reply = answerer.answer(message, context=context)
        context = reply.context or context
    assert reply.fact_id == "victory-parade-2025"
    assert reply.text.startswith(lead)
    assert any(word in reply.text for word in ("stands", "трибуны", "tribunadan"))
    assert any(word in reply.text for word in ("do not say so", "этого нет", "o'zi yo'q"))


def test_research_notes_are_no_report_and_never_the_latest(answerer: Answerer):
    notes = answerer.kb.sources["kursiv-uz-notes"]
    assert notes.date is None
    assert answerer.kb.latest_report == max(s.date for s in answerer.kb.sources.values() if s.date)


@pytest.mark.parametrize(
    "question",
    [
        "were there helicopters at hamkorlik 2025? what type",
        "Какая техника была задействована на учениях «Хамкорлик-2025»?",
        "Hamkorlik-2025 mashg'ulotlarida qanday vertolyotlar ishlatilgan?",
    ],
)
def test_the_exercise_equipment_rests_on_research_notes_and_says_so(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "hamkorlik-2025"
    assert "Mi-24" in reply.text or "Ми-24" in reply.text
    assert any(
        w in reply.text for w in ("no official report confirms", "официально не подтверждено", "rasman tasdiqlanmagan")
    )
    assert not answerer.answer("Will Uzbekistan get helicopters?").answered


def test_a_yes_no_question_naming_the_month_and_place_of_a_meeting_is_about_that_meeting(answerer: Answerer):
    reply = answerer.answer("2025-yil may oyida Moskvada Xolmuhamedov rossiyalik hamkasbi bilan uchrashganmi?")
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith("Ha")
    # a wrong premise naming another fact's month and place stays with the fact that refutes it
    reply = answerer.answer("План реализации программы на 2026–2030 годы подписали ещё в январе 2025 в Ташкенте?")
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith("Нет")


def test_the_last_programme_in_russian_is_the_earlier_one(answerer: Answerer):
    """ "прошлую программу" (the last, i.e. previous, programme) is the 2021–2025 one, whose Russian
    signatory was Shoigu; "прошли учения" (the drills went) is no such word."""
    reply = answerer.answer("А прошлую программу военного партнёрства с Узбекистаном кто подписывал от России?")
    assert reply.fact_id == "programme-2021-2025"
    assert "Шойгу" in reply.text


def test_the_times_of_central_asia_piece_is_named_by_its_headline(answerer: Answerer):
    """Its headline ("Tashkent Turns to Beijing") says which country it was about; the answer quotes it."""
    reply = answerer.answer(
        "Times of Central Asia ran a piece in June 2025 saying Tashkent is turning to someone else militarily. Turning to who?"
    )
    assert reply.fact_id == "analysts-assessments"
    assert "Tashkent Turns to Beijing" in reply.text
    assert "China" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Russia gave Uzbekistan new Su-30SM fighters in 2025 after this deal, yes?", "No"),
        ("Rossiya postavila Uzbekistanu novye istrebiteli posle podpisaniya?", "Нет"),
    ],
)
def test_russian_fighters_for_uzbekistan_are_denied_by_the_chinese_fighter_reports(answerer: Answerer, question, lead):
    reply = answerer.answer(question)
    assert reply.fact_id == "china-fighters"
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("«Хамкорлик-2025» — это же были десятидневные учения в пустыне, верно?", "Нет"),
        ("Was Hamkorlik-2025 a desert warfare drill?", "No"),
        ("Hamkorlik-2025 o'n kunlik mashq bo'lganmi?", "Yo'q"),
    ],
)
def test_united24s_ten_days_in_the_desert_is_denied(answerer: Answerer, question: str, lead: str):
    """The reports citing the Russian ministry give 15–21 July and mountain and assault units."""
    assert answerer.answer(question).text.startswith(lead)


def test_what_he_said_in_uzbek_nima_degan(answerer: Answerer):
    reply = answerer.answer(
        "Белоусов 2025 йил май ойидаги учрашувда Ўзбекистон ССРнинг Ғалабага қўшган ҳиссаси ҳақида нима деган?"
    )
    assert reply.fact_id in ("follow-up-may-2025", "victory-parade-2025")
    assert "унутмаймиз" in reply.text


def test_how_many_of_them_actually_happened_is_the_tally_no_report_gives(answerer: Answerer):
    first = answerer.answer("how many joint military activities were in the russia uzbekistan 2025 plan?")
    reply = answerer.answer("how many of them actually happened?", context=first.context)
    assert reply.fact_id == "fifty-events-outcome"
    assert not reply.answered


def test_the_german_outlets_tuesday_and_more_than_50_are_named_as_errors(answerer: Answerer):
    reply = answerer.answer("What did reports get wrong about the agreement?")
    assert reply.fact_id == "signing-report-errors"
    assert "mainstream.news" in reply.text
    assert "Tuesday" in reply.text
    assert "more than 50" in reply.text
    assert "https://mainstream.news/" in reply.text  # cited with its link, as an aggregator-grade source


@pytest.mark.parametrize(
    ("question", "named", "fact_id", "hedge"),
    [
        ("which chinese jets is uzbekistan buying?", "J-10C", "china-fighters", "None of these reports confirms"),
        (
            "What does Uzbekistan's 2026 agreement with Turkey contain?",
            "military medicine",
            "turkey-plan-2026",
            "do not",
        ),
    ],
)
def test_what_only_the_research_notes_name_is_said_to_rest_on_them(
    answerer: Answerer, question: str, named: str, fact_id: str, hedge: str
):
    reply = answerer.answer(question)
    assert reply.fact_id == fact_id
    assert named in reply.text
    assert "research notes" in reply.text
    assert hedge in reply.text  # …and that the quoted reports do not say it themselves


@pytest.mark.parametrize(
    "question",
    [
        "any news on russia-uzbekistan military cooperation after march 2026?",
        "hozir 2026 yil oxiri. mart oyidan keyin rossiya bilan harbiy hamkorlik boyicha yangi xabarlar bormi?",
        "что было после марта 2026?",
    ],
)
def test_news_after_the_newest_report_s_month_is_answered_with_how_far_the_reports_reach(
    answerer: Answerer, question: str
):
    reply = answerer.answer(question)
    assert reply.answered
    assert reply.fact_id == "latest-reports"


def test_news_after_a_later_month_is_declined_with_how_far_the_reports_reach(answerer: Answerer):
    reply = answerer.answer("any news after april 2026?")
    assert not reply.answered
    assert "4 March 2026" in reply.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("As of today (Dec 2026), where does the 2026-2030 programme stand? what has been done under it so far?", True),
        ("hozir 2026-2030 dastur amalda ishlayaptimi?", True),  # a span after "now" is the programme's name
        ("it's december 2026 now. what happened this autumn?", False),  # the autumn is still after the reports
        ("what happened in november 2026?", False),
    ],
)
def test_the_writer_s_own_date_is_no_time_asked_about(answerer: Answerer, question: str, answered: bool):
    reply = answerer.answer(question)
    assert reply.answered is answered


def test_a_year_after_now_with_no_month_between_is_the_year_asked_about(answerer: Answerer):
    reply = answerer.answer("As of now, which 2026 military cooperation plans has Tashkent signed?")
    assert reply.fact_id == "turkey-plan-2026"


def test_the_latest_news_of_one_person_is_the_newest_fact_naming_him(answerer: Answerer):
    reply = answerer.answer("какие последние новости про Халмухамедова? чем он в последнее время занимался")
    assert reply.fact_id == "army-modernisation-2026"
    assert "4 марта 2026" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what's the latest on the defence doctrine?", "doctrine-2026"),
        ("какие последние новости о китайских истребителях?", "china-fighters"),
        # the whole subject, or "this topic", is the reports' reach
        ("What's the latest you have on Uzbekistan's defence policy?", "latest-reports"),
        ("Бу мавзу бўйича энг янги хабар қачонги?", "latest-reports"),
        ("eng so'nggi yangiliklar nima?", "latest-reports"),
    ],
)
def test_the_latest_of_one_topic_is_its_fact_and_of_the_whole_the_reach(answerer: Answerer, question, fact_id):
    assert answerer.answer(question).fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "according to the latest reports, where does the doctrine revision stand?",
        "mudofaa doktrinasi yangilanayotganini eshitdim, bu ish qay holatda?",
        "Мудофаа доктринаси янгиланаётганини эшитдим. Энг сўнгги маълумотларга кўра бу иш қай ҳолатда?",
    ],
)
def test_where_a_matter_stands_is_its_state_not_a_place(answerer: Answerer, question):
    reply = answerer.answer(question)
    assert reply.fact_id == "doctrine-2026"


@pytest.mark.parametrize(
    "question", ["Turkiya bilan 2026 yilga reja imzolanganmi?", "Туркия билан 2026 йилга режа имзоланганми?"]
)
def test_a_2026_plan_with_another_partner_named_is_that_partner_s(answerer: Answerer, question):
    reply = answerer.answer(question)
    assert reply.fact_id == "turkey-plan-2026"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("в январе 2026 халмухамедов подписал с россией план сотрудничества на 2026 год, так?", "Нет"),
        ("did Kholmukhamedov sign a plan with Russia in January 2026?", "No"),
        ("did Kholmukhamedov sign a plan in January 2026?", "Yes"),
        (
            "в январе 2026 года министры обороны Халмухамедов и Белоусов подписали в Москве план военного "
            "сотрудничества России и Узбекистана на 2026 год. Корректна ли эта информация?",
            "Нет",
        ),
    ],
)
def test_a_month_of_his_the_signing_never_dates_is_judged_by_the_fact_of_that_month(answerer: Answerer, question, lead):
    reply = answerer.answer(question)
    assert reply.fact_id == "turkey-plan-2026"
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Верно ли, что план военного сотрудничества России и Узбекистана на 2026 год включает 164 мероприятия?",
            "Нет",
        ),
        ("does the 2026 plan with uzbekistan have 164 events?", "No"),
        ("does Russia's 2026 plan with Belarus have 164 events?", "Yes"),
    ],
)
def test_a_count_only_belarus_s_plan_has_is_denied_of_uzbekistan(answerer: Answerer, question, lead):
    reply = answerer.answer(question)
    assert reply.fact_id == "russia-other-programmes"
    assert reply.text.startswith(lead)
