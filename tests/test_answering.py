"""The answering core on the shipped base: messages as people write them, and conversations."""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.context import Context
from bot.matcher import Tuning
from bot.models import Lang
from bot.normalize import fold


def chat(answerer: Answerer, *messages: str, lang: Lang | None = None):
    """The replies to a conversation, each message read with the context the previous reply left."""
    context: Context | None = None
    replies = []
    for message in messages:
        reply = answerer.answer(message, lang=lang, context=context)
        context = reply.context or context
        replies.append(reply)
    return replies


def test_compound_question_answers_every_part_with_one_source_list(answerer: Answerer):
    reply = answerer.answer("Where were the documents signed, and how many joint events does the 2025 plan include?")
    assert reply.fact_ids == ("signing-place", "joint-activities-50")
    assert reply.fact_id == "signing-place"
    for message in (
        "Привет 👋 спасибо что так быстро отвечаешь) а кто подписывал документы с узбекской стороны?",
        "Rahmat, juda foydali bo'ldi 👍 Endi bilmoqchiman: hujjatlarni O'zbekiston tomonidan kim imzolagan?",
    ):
        assert answerer.answer(message).fact_id == "who-signed", message  # the praise is no question
    assert "Tashkent" in reply.text
    assert "50" in reply.text
    assert reply.text.count("<b>Sources:</b>") == 1
    assert len({s.id for s in reply.sources}) == len(reply.sources)


def test_a_part_that_cannot_be_answered_is_named(answerer: Answerer):
    reply = answerer.answer("Who signed the documents, and how much money does Russia pay?")
    assert reply.answered
    assert reply.fact_ids == ("who-signed",)
    assert "can't answer this part" in reply.text


def test_chatty_message_is_answered(answerer: Answerer):
    reply = answerer.answer("Hello from Kazan! I blog about Central Asia. Who signed the documents? Thanks so much!")
    assert reply.fact_id == "who-signed"
    reply = answerer.answer(
        "Good morning! I'm a student from Almaty writing a paper on Central Asian security 🙂 "
        "could you remind me which city the Jan 2025 Russia–Uzbek defence docs were signed in? thanks a lot!"
    )
    assert reply.fact_id == "signing-place"


@pytest.mark.parametrize(
    "message",
    [
        "summary please",
        "расскажи вкратце",
        "qisqacha tushuntiring",
        "what's the gist?",
        "tl;dr of the russia–uzbekistan military partnership thing?",
        "I keep seeing headlines about a military partnership. Explain it like I'm 5",
        "What's this whole Russia–Uzbekistan military partnership thing about? Short version please.",
        "I'm a policy analyst, new to Central Asia. What's this whole thing about? Short summary please.",
        "Объясните простыми словами, что за документы подписали в Ташкенте, я человек не военный",
        # a think tank is no tank, and "this time" points at a time, not at the sentence before
        "I work at a think tank in Berlin and need a concise overview of what Moscow and Tashkent agreed on defence",
        # how short, in sentences
        "Explain in 3-4 sentences what Russia and Uzbekistan agreed on militarily in January 2025",
        "Сделай выжимку по подписанию в Ташкенте, буквально пару предложений",
        "Белоусов ташрифининг асосий натижалари нима бўлди? Қисқа қилиб ёзинг",
        "I need 3–4 sentences for our newsletter summarising what Russia and Uzbekistan signed in Tashkent",
        "Belousovning Toshkentga tashrifi bo'yicha qisqa ma'lumot kerak, faqat asosiylari",
        "Can you give me the big picture on the Russia-Uzbekistan defence deal?",
        "Give me the key facts about the Tashkent signing",
        "Write a short paragraph about the agreement",
        "Расскажи в общих чертах про военное соглашение России и Узбекистана",
        "Дай справку по военному сотрудничеству России и Узбекистана",
    ],
)
def test_overview(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "overview"
    assert "Belousov" in reply.text or "Белоусов" in reply.text


def test_an_overview_of_something_the_summary_never_names_is_that_fact(answerer: Answerer):
    reply = answerer.answer("Unrelated, but what's the story with Uzbekistan buying Chinese fighter jets?")
    assert reply.fact_id == "china-fighters"


def test_a_yes_no_naming_a_programme_by_its_years_is_checked_against_that_programme(answerer: Answerer):
    # Shoigu signed the 2021–2025 programme, not the 2026–2030 one
    reply = answerer.answer("Did Sergei Shoigu sign the 2026–2030 programme for Russia?")
    assert reply.fact_id == "strategic-programme-2026-2030"
    assert reply.text.startswith("No — ")


def test_russian_typed_in_latin_is_answered_in_russian(answerer: Answerer):
    reply = answerer.answer("kto podpisal dokumenty")
    assert reply.language == "ru"
    assert reply.fact_id == "who-signed"
    assert "Белоусов" in reply.text


def test_uzbek_cyrillic_is_answered_in_cyrillic_with_quotes_as_written(answerer: Answerer):
    reply = answerer.answer("Ҳужжатларни ким имзолаган?")
    assert reply.language == "uz"
    assert reply.fact_id == "who-signed"
    first_line = reply.text.split("\n")[0]
    assert "Белоусов" in first_line
    assert "Ҳужжатлар" in first_line
    fact = answerer.facts["who-signed"]
    assert any(f"«{ev.quote[:40]}" in reply.text for ev in fact.evidence)  # evidence is not converted


@pytest.mark.parametrize(
    "message",
    [
        "How did Washington react to the signing?",
        "Will this make Uzbekistan safer?",
        "Are there any secret clauses in the documents?",
        "Which hotel did Belousov stay in?",
        "Какие подарки министры вручили друг другу?",  # the topic's example says "подарками"
        "What did Putin personally say about the Tashkent documents?",
        "Will they extend the partnership beyond 2030?",
        "What did Belousov do before he became defence minister?",  # that is Kholmukhamedov's career
        "Belousov Rossiya mudofaa vaziri etib qachon tayinlangan?",
        "What did Kholmukhamedov say about the war in Ukraine during the Tashkent talks?",
        "Which generals were in Belousov's delegation in Tashkent? I need their names for my article.",
        "What did Uzbekistan's foreign ministry say about the Tashkent deal?",
        # a declined question's own follow-up is declined with it, not read as a question of its own
        "Rossiya O'zbekistonda dron zavodini qurdimi? Qaysi shaharda?",
        "so is russia building a drone factory in uzbekistan now? how far along is it?",
        "Как зовут жену Белоусова?",
        "how much is the deal worth? any $ figure?",
        "Какое новое российское оружие Узбекистан купит по этой программе? Су-35, С-400?",
        "how much is uzbekistan actually paying under the 2026-2030 military programme?",
    ],
)
def test_near_misses_are_declined(answerer: Answerer, message: str):
    assert not answerer.answer(message).answered


def test_between_sure_and_out_of_scope_the_reply_asks_did_you_mean(answerer: Answerer):
    """A base whose answer threshold is set above a good match puts that match in the band."""
    strict = Answerer(answerer.kb, Tuning(answer_threshold=0.95, far_margin=0.0))
    reply = strict.answer("belousov agenda")
    assert not reply.answered
    assert reply.clarify
    assert answerer.facts["visit-agenda"].questions.en[0] in reply.suggestions
    assert "Did you mean" in reply.text
    assert reply.as_json()["clarify"] is True


@pytest.mark.parametrize(
    "message",
    ["Can you recommend a good plov recipe?", "Аргентина президенти ким?", "Сколько сейчас времени в Москве?"],
)
def test_far_off_questions_are_declined_without_did_you_mean(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert not reply.answered
    assert not reply.clarify


# --- conversations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["When were the documents signed?", "and where?"], "signing-place"),
        (["Где подписали документы?", "А когда?"], "signing-date"),
        (["Harbiy sohadagi strategik hamkorlik dasturi necha yilga mo'ljallangan?", "Hamkorlik rejasi-chi?"], None),
    ],
)
def test_ellipsis_is_read_with_the_last_topic(answerer: Answerer, messages: list[str], expected: str | None):
    replies = chat(answerer, *messages)
    assert replies[-1].answered
    if expected:
        assert replies[-1].fact_id == expected


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        ("Who signed for the Uzbek side?", "What did he say?", "kholmukhamedov-words"),
        ("Who headed the Russian delegation?", "What did he say about Central Asia?", "belousov-central-asia"),
        ("Кто подписал со стороны Узбекистана?", "А до него кто был министром?", "kholmukhamedov-predecessor"),
        ("O'zbekiston tomonidan kim imzoladi?", "U qachon vazir etib tayinlangan?", "kholmukhamedov-appointment"),
    ],
)
def test_pronouns_resolve_to_the_person_of_the_last_answer(
    answerer: Answerer, first: str, follow_up: str, expected: str
):
    assert chat(answerer, first, follow_up)[-1].fact_id == expected


def test_one_bare_word_asks_about_the_last_answer_when_that_answer_speaks_of_it(answerer: Answerer):
    # "where was it signed?" after the Turkey plan is about the Turkey plan, though the words alone
    # are the Tashkent signing's
    turkey = "O'zbekiston Turkiya bilan 2026-yil uchun harbiy hamkorlik rejasini imzolaganmi?"
    assert chat(answerer, turkey, "qayerda imzolangan?")[-1].fact_id == "turkey-plan-2026"
    # …while a word the last answer never uses starts a topic of its own
    exercise = "Hamkorlik-2025 mashqlari qayerda o'tkazilgan?"
    assert chat(answerer, exercise, "parad qachon bo'lgan?")[-1].fact_id != "hamkorlik-2025"


def test_a_complete_new_question_does_not_inherit_the_context(answerer: Answerer):
    replies = chat(answerer, "Who signed the documents on the Russian side?", "Is Uzbekistan a member of the CSTO?")
    assert replies[-1].fact_id == "csto"


def test_an_unanswerable_follow_up_is_declined(answerer: Answerer):
    replies = chat(answerer, "What's in the 2025 cooperation plan?", "and how much money is behind it?")
    assert not replies[-1].answered


def test_yes_no_follow_up_leads_with_yes_or_no(answerer: Answerer):
    replies = chat(
        answerer, "What date did the signing take place?", "So that was a Tuesday?", "And in Tashkent, right?"
    )
    assert replies[1].text.startswith("No — ")
    assert replies[2].text.startswith("Yes — ")


def test_what_a_follow_up_itself_denies_outweighs_what_its_topic_confirms(answerer: Answerer):
    # the first Central Asian meeting is confirmed by the topic; Russia taking part is denied by the question
    replies = chat(
        answerer,
        "Where was the first meeting of Central Asian defence ministers held?",
        "Did Russia take part too?",
        "Rossiya ham qatnashganmi?",
    )
    assert replies[1].text.startswith("No — ")
    assert replies[2].text.startswith("Yo'q — ")


@pytest.mark.parametrize("follow_up", ["which ones exactly?", "а какие именно?", "qaysilari?"])
def test_which_ones_after_a_count_no_report_itemises_is_declined(answerer: Answerer, follow_up: str):
    replies = chat(answerer, "How many joint military activities were planned for 2025?", follow_up)
    assert replies[0].answered
    assert not replies[1].answered


@pytest.mark.parametrize("follow_up", ["what did they sign that time?", "что тогда подписали?"])
def test_that_time_is_the_time_of_the_last_answer(answerer: Answerer, follow_up: str):
    replies = chat(answerer, "When did the defence ministers meet again after the signing?", follow_up)
    assert replies[1].answered
    assert replies[1].fact_id == "follow-up-may-2025"


def test_the_other_side_asks_the_last_question_again_of_the_same_fact(answerer: Answerer):
    replies = chat(
        answerer,
        "Where was the 2021–2025 strategic partnership programme signed?",
        "Who signed it for Russia?",
        "o'zbek tomondan-chi?",
    )
    assert replies[2].fact_id == "programme-2021-2025"
    assert "Kurbanov" in replies[2].text
    # …but not where the last answer never speaks of that side
    replies = chat(answerer, "When was Kholmukhamedov appointed?", "Rossiya tomonidan-chi?")
    assert replies[1].fact_id != "kholmukhamedov-appointment"


def test_a_bare_claim_with_as_well_is_checked_against_the_last_answer(answerer: Answerer):
    replies = chat(
        answerer, "What did the defence ministers sign in Moscow on 10 May 2025?", "Was that in Tashkent as well?"
    )
    assert replies[1].fact_id == "follow-up-may-2025"
    assert replies[1].text.startswith("No — ")


def test_a_declined_turn_keeps_the_context_before_it(answerer: Answerer):
    replies = chat(answerer, "Who signed for the Uzbek side?", "How is the weather?", "When was he appointed?")
    assert not replies[1].answered
    assert replies[1].context is None
    assert replies[2].fact_id == "kholmukhamedov-appointment"


def test_context_for_a_fact_is_what_a_button_sets(answerer: Answerer):
    context = answerer.context_for("who-is-kholmukhamedov", "en")
    assert context is not None
    assert context.person == "kholmukhamedov"
    assert answerer.answer("when was he appointed?", context=context).fact_id == "kholmukhamedov-appointment"
    assert answerer.context_for("no-such-fact", "en") is None


@pytest.mark.parametrize("follow_up", ["which city?", "where?", "qaysi shaharda?"])
def test_a_bare_question_word_asks_about_the_last_answer(answerer: Answerer, follow_up: str):
    # the words alone read best as the Tashkent signing; the conversation is about the May meeting
    replies = chat(answerer, "When did the defence ministers meet after the signing?", follow_up)
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert "Moscow" in replies[-1].text or "Moskva" in replies[-1].text


def test_he_after_who_was_the_minister_is_the_side_the_question_named_first(answerer: Answerer):
    replies = chat(
        answerer,
        "Who was Uzbekistan's defence minister when the January 2025 documents with Russia were signed?",
        "when did he get the job?",
        "who did he replace?",
        "and what was he doing before that?",
    )
    assert "November 2024" in replies[1].text
    assert replies[2].fact_id == "kholmukhamedov-predecessor"
    # "who did he replace?" names Kurbanov, but "he" is still the minister the conversation is about
    assert replies[3].fact_id == "kholmukhamedov-previous-post"


def test_a_follow_up_naming_its_own_people_is_read_on_its_own_words(answerer: Answerer):
    # "that day" points back, but Belousov and Mirziyoyev say what the question is about: not a "No"
    # from the signatories' fact
    replies = chat(
        answerer, "Where were the documents signed in January 2025?", "did Belousov also see Mirziyoyev that day?"
    )
    assert replies[-1].fact_id == "mirziyoyev-meeting"
    assert not replies[-1].text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "O'zbekiston KXShTdan qaysi yili chiqib ketgan?",
        "В каком году Узбекистан вышел из ОДКБ?",
        "In which year did Uzbekistan leave the CSTO?",
    ],
)
def test_which_year_asks_when(answerer: Answerer, question: str):
    # "qaysi yili" must not pull towards the examples that ask the year of the signing
    assert answerer.answer(question).fact_id == "csto"


def test_a_compound_part_about_the_memorial_is_answered(answerer: Answerer):
    reply = answerer.answer("С кем ещё встречался Белоусов в Ташкенте и какое памятное место посетила делегация?")
    assert reply.fact_ids == ("mirziyoyev-meeting", "victory-park")


@pytest.mark.parametrize(
    "message",
    [
        "Слышал, Узбекистан хочет менять российские истребители. На чьи?",
        "O'zbekiston yangi qiruvchi samolyotlarni Rossiyadan emas, boshqa davlatdan olarkan, qaysi davlatdan? bu aniqmi?",
    ],
)
def test_a_short_question_after_its_topic_is_read_with_it(answerer: Answerer, message: str):
    # the tail alone ("на чьи?", "qaysi davlatdan?") reads as another fact, or as none
    assert answerer.answer(message).fact_id == "china-fighters"


def test_a_bare_claim_is_checked_against_the_last_answer(answerer: Answerer):
    # "в Ташкенте?" alone reads as the place of signing; after the May meeting it asks about that meeting
    replies = chat(answerer, "Белоусов и Холмухамедов встречались ещё раз в 2025 году?", "в Ташкенте?")
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert replies[-1].text.startswith("Нет — ")


@pytest.mark.parametrize(
    ("first", "follow_up", "expected", "shown"),
    [
        ("What did the ministers sign at their May 2025 meeting?", "exact date?", "follow-up-may-2025", "10 May"),
        ("«Ҳамкорлик-2025» машқи қаерда бўлди?", "қачон бошланган?", "hamkorlik-2025", "15"),
        ("Кто вёл узбекский расчёт на параде Победы в Москве?", "а годовщина какая была?", "victory-parade-2025", "80"),
    ],
)
def test_a_follow_up_asking_for_a_date_or_a_detail_stays_on_the_last_answer(
    answerer: Answerer, first: str, follow_up: str, expected: str, shown: str
):
    reply = chat(answerer, first, follow_up)[-1]
    assert reply.fact_id == expected
    assert shown in reply.text


def test_a_follow_up_naming_a_new_topic_beside_a_pronoun_switches_to_it(answerer: Answerer):
    replies = chat(
        answerer,
        "Какие два документа подписали Россия и Узбекистан 22 января 2025 года?",
        "Другой вопрос — когда Узбекистан вышел из ОДКБ?",
        "а в ЕАЭС у него какой статус?",
    )
    assert "наблюдател" in replies[-1].text  # observer status, not the documents of the first question


def test_an_official_the_fact_mentions_is_answered(answerer: Answerer):
    # Putin is no subject of the base, except where a fact reports him: the presidents' calls
    reply = answerer.answer("When did Putin and Mirziyoyev talk in 2025?")
    assert reply.answered
    assert "Putin" in reply.text


def test_where_was_that_one_signed_asks_about_the_last_answer(answerer: Answerer):
    replies = chat(
        answerer,
        "Who signed the military strategic partnership programme for 2026-2030?",
        "when was its implementation plan signed?",
        "where was that one signed?",
    )
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert "Moscow" in replies[-1].text


def test_how_many_took_part_after_the_parade_is_about_the_parade(answerer: Answerer):
    # alone, "how many soldiers took part?" reads as the July exercise; after the parade it asks about the
    # parade, whose reports give no count: a decline that says so
    replies = chat(answerer, "Кто вёл узбекский расчёт на параде Победы в Москве?", "сколько военных участвовало?")
    assert replies[-1].fact_id == "victory-parade-2025"
    assert not replies[-1].answered


def test_a_follow_up_the_last_answer_cannot_answer_keeps_its_own_reading(answerer: Answerer):
    replies = chat(answerer, "Сколько мероприятий в плане сотрудничества на 2025 год?", "а кто его подписывал?")
    assert replies[-1].fact_id == "who-signed"


@pytest.mark.parametrize(
    ("question", "fact_id", "lead"),
    [
        ("Was the signing ceremony held on a Tuesday?", "signing-date", "No — "),
        ("did belousov sign it himself", "who-signed", "Yes — "),  # "himself": the minister signing in person
        ("Шу йил ёзда Россия билан қўшма машғулот ўтказилдими?", None, None),  # "this summer": after the reports
    ],
)
def test_yes_no_reaches_the_fact_that_can_check_it(answerer: Answerer, question: str, fact_id, lead):
    reply = answerer.answer(question)
    if fact_id is None:
        assert not reply.answered
    else:
        assert reply.fact_id == fact_id
        assert reply.text.startswith(lead)


def test_a_recognised_unanswerable_is_not_traded_for_its_tail(answerer: Answerer):
    # the tail after "2026–2030" is no lead-in's question; ratification is not reported
    assert not answerer.answer("Ратифицировал ли Олий Мажлис программу на 2026–2030 годы?").answered


def test_a_two_word_switch_to_a_new_subject_is_read_alone(answerer: Answerer):
    replies = chat(
        answerer, "Кто был министром обороны Узбекистана до Холмухамедова?", "С какого года Узбекистан не в ОДКБ?"
    )
    assert replies[-1].fact_id == "csto"


def test_until_a_year_is_a_claim_a_fact_can_check(answerer: Answerer):
    reply = answerer.answer("Программа рассчитана до 2030 года, верно?")
    assert reply.text.startswith("Да — ")


def test_he_after_who_signed_with_belousov_is_the_uzbek_minister(answerer: Answerer):
    replies = chat(
        answerer,
        "who's the uzbek defence minister who signed with Belousov in Tashkent?",
        "when was he appointed?",
        "what was his job before that?",
    )
    assert replies[1].fact_id == "kholmukhamedov-appointment"
    assert replies[2].fact_id == "kholmukhamedov-previous-post"


@pytest.mark.parametrize(
    "message",
    [
        "What did Belousov say about Central Asia?",
        "What did Belousov say about the two countries?",
        "каторый министр обороны узбекистана падписал документы",
        "Xolmuxamedov imzolash paytda qaysi unvonda edi",
    ],
)
def test_what_the_sources_do_report_is_still_answered(answerer: Answerer, message: str):
    assert answerer.answer(message).answered


def test_her_is_a_document_since_everyone_named_is_a_man(answerer: Answerer):
    replies = chat(answerer, "Какая программа была до программы на 2026–2030 годы?", "где её подписывали?")
    assert replies[-1].fact_id == "programme-2021-2025"


def test_facts_that_read_equally_well_are_told_apart_by_their_answers(answerer: Answerer):
    # the visit's facts all read alike; the one whose answer speaks of the agenda is the answer
    reply = answerer.answer("What was on the agenda of Belousov's official visit?")
    assert reply.fact_id == "visit-agenda"


def test_russian_that_finds_nothing_is_not_read_as_uzbek(answerer: Answerer):
    # Uzbek in Cyrillic without its own letters is tried when Russian finds nothing, but only if its
    # words are Uzbek ones
    reply = answerer.answer("а в 2026 они ещё встречались?")
    assert reply.language == "ru"
    assert "йил" not in reply.text


def test_a_yes_no_part_answered_by_the_same_fact_as_a_wh_part_leads_with_its_verdict(answerer: Answerer):
    reply = answerer.answer("Where was Birlik-2025 held, and did Russia take part in it?")
    assert reply.fact_ids == ("birlik-2025",)
    assert reply.text.startswith("No — ")
    assert "Kattakurgan" in reply.text


def test_within_one_message_he_is_whom_the_last_question_named(answerer: Answerer):
    reply = answerer.answer("Who did Kholmukhamedov replace as defence minister? And what job did he have before?")
    assert reply.fact_ids == ("kholmukhamedov-predecessor", "kholmukhamedov-previous-post")


def test_he_who_also_met_someone_is_still_the_one_he_was(answerer: Answerer):
    replies = chat(
        answerer,
        "Who was the Russian defence minister who came to Tashkent in January 2025?",
        "Did he also meet President Mirziyoyev that day?",
        "Which memorial did his delegation visit?",
    )
    assert replies[2].fact_id == "victory-park"


def test_people_a_fact_never_mentions_are_not_answered_by_it(answerer: Answerer):
    reply = answerer.answer("О чём договорились Белоусов и Халмухамедов на встрече в декабре 2025?")
    assert reply.fact_id != "leaders-contacts-2025"


def test_this_time_does_not_join_a_question_to_the_introduction_before_it(answerer: Answerer):
    reply = answerer.answer(
        "good morning! retired army officer here, served near Termez back in the 80s 🙂 "
        "who signed for the Uzbek side this time?"
    )
    assert reply.answered
    assert "Kholmukhamedov" in reply.text


def test_a_yes_no_rerank_keeps_the_best_fact_when_it_is_not_among_the_top_scores(answerer: Answerer):
    # in a large base the best reading may fall outside the top few facts listed with the match
    from bot.matcher import Match
    from bot.message import read

    part = read("was it signed on a friday?").parts[0]
    found = Match("fact", "signing-date", 0.9, "match", top_facts=(("who-signed", 0.46),))
    assert answerer._rerank(part, found, part.text).item_id == "signing-date"


def test_a_yes_no_rerank_with_no_close_fact_that_checks_the_claim_keeps_the_match(answerer: Answerer):
    from bot.matcher import Match
    from bot.message import read

    part = read("was it a good deal?").parts[0]
    found = Match("fact", "purpose", 0.9, "match", top_facts=(("who-signed", 0.46),))
    assert answerer._rerank(part, found, part.text).item_id == "purpose"


def test_a_rundown_of_what_followed_is_no_overview_of_the_signing(answerer: Answerer):
    reply = answerer.answer("Give me a quick rundown of what followed the January 2025 documents?")
    assert reply.answered
    assert reply.fact_id != "overview"
    assert "10 May" in reply.text


@pytest.mark.parametrize(
    "question",
    ["What time was the deal signed?", "Во сколько по времени подписали документы в Ташкенте?"],
)
def test_a_question_of_a_kind_no_fact_answers_says_the_reports_give_no_such_detail(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert not reply.answered
    assert not reply.clarify
    assert reply.text.startswith(("The reports don't give", "Источники не сообщают"))


def test_a_page_is_no_country(answerer: Answerer):
    # "страниц" is not "стран" (country) with an ending; the page count is a detail no report gives
    reply = answerer.answer("Сколько страниц в программе на 2026–2030 годы?")
    assert not reply.answered


def test_the_penalty_is_a_count_the_fact_states_and_the_dead_are_not(answerer: Answerer):
    first, most, dead = chat(
        answerer,
        "По какой статье УК Узбекистана судят граждан за участие в чужих войнах?",
        "и сколько максимум могут дать?",
        "а сколько узбекских граждан погибло на этой войне?",
    )
    assert "154" in first.text
    assert most.answered
    assert "10" in most.text
    assert not dead.answered
    assert "нет данных о числе" in dead.text


@pytest.mark.parametrize(
    "question",
    [
        "Ратифицировал ли Олий Мажлис программу стратегического партнёрства на 2026–2030 годы?",
        "Did the Oliy Majlis ratify the 2026–2030 programme?",
    ],
)
def test_a_parliament_by_its_name_asks_about_a_ratification_no_report_gives(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert not reply.answered
    assert not reply.text.startswith(("Yes", "Да"))


def test_a_2026_plan_with_russia_is_not_denied_from_the_one_with_turkey(answerer: Answerer):
    # no report says whether Russia and Uzbekistan have a 2026 plan: no "No" from the Ankara plan…
    reply = answerer.answer("Is there a Russia–Uzbekistan military cooperation plan for 2026?")
    assert not reply.text.startswith("No")
    assert reply.fact_id != "turkey-plan-2026"
    # …which still refutes a claim about itself
    assert answerer.answer("в январе 2026 Халмухамедов в Анкаре подписал план на 2026 год с Россией?").text.startswith(
        "Нет"
    )


def test_a_month_beside_another_things_year_does_not_rule_a_fact_out(answerer: Answerer):
    # "the Jan 2025 deal" names the deal; the question is about the 2017 treaty, signed in November 2016
    reply = answerer.answer("Articles on the Jan 2025 deal mention a '2017 defense treaty' — when was that one signed?")
    assert reply.fact_id == "treaty-2017"
    assert "2016" in reply.text


def test_briefly_what_happened_next_is_what_followed(answerer: Answerer):
    reply = answerer.answer("В двух словах — что было дальше с этим военным сотрудничеством в 2025 году?")
    assert reply.fact_id == "what-followed"


def test_the_names_in_the_delegation_are_a_detail_no_report_gives(answerer: Answerer):
    reply = answerer.answer("Which Russian generals were in Belousov's delegation? I need their names.")
    assert not reply.answered
    assert reply.text.startswith("The reports don't give that detail")


@pytest.mark.parametrize(
    "question",
    [
        "How many of the 50 planned events actually happened in 2025?",
        "Сколько из 50 мероприятий провели?",
        "2025-yilgi 50 ta tadbirning nechtasi amalda o'tkazildi?",
    ],
)
def test_how_many_of_the_fifty_is_not_answered_by_a_count_of_something_else(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "fifty-events-outcome"
    assert not reply.answered


def test_a_bare_how_long_follow_up_is_the_last_answers_not_a_ministers_age(answerer: Answerer):
    first, follow_up = chat(
        answerer, "Когда Россия и Узбекистан подписали программу стратегического партнёрства?", "а на сколько лет?"
    )
    assert follow_up.answered
    assert follow_up.fact_id == first.fact_id
    assert "2030" in follow_up.text


@pytest.mark.parametrize(
    ("first", "follow_up", "lead"),
    [
        ("Belousov Toshkentga qachon kelgan?", "Hujjatlar ham o'sha kuni imzolanganmi?", "Yo'q — "),
        ("When did Belousov arrive in Uzbekistan?", "were the documents signed that same day?", "No — "),
        ("When were the documents signed?", "did Belousov also see Mirziyoyev that day?", "Yes — "),
    ],
)
def test_that_day_in_a_yes_no_follow_up_is_the_last_answers_day(answerer: Answerer, first, follow_up, lead):
    reply = chat(answerer, first, follow_up)[-1]
    assert reply.text.startswith(lead)
    assert "22" in reply.text


def test_a_bare_yes_no_follow_up_claims_what_the_last_question_asked(answerer: Answerer):
    # "Russia too?" after "which countries took part?" claims Russia took part
    reply = chat(answerer, "Birlik-2025 mashg'uloti qayerda o'tgan?", "qaysi davlatlar qatnashgan?", "Rossiya hammi?")[
        -1
    ]
    assert reply.fact_id == "birlik-2025"
    assert reply.text.startswith("Yo'q — ")


def test_a_paragraph_of_the_text_is_no_request_for_an_overview(answerer: Answerer):
    reply = answerer.answer("What does paragraph 3 of the programme say?")
    assert not reply.answered


def test_a_tie_without_a_year_goes_to_the_signing_not_the_earlier_programme(answerer: Answerer):
    reply = answerer.answer("Кто от России подписал программу военного партнёрства с Узбекистаном?")
    assert reply.fact_id in ("strategic-programme-2026-2030", "who-signed")  # the signing, by either fact
    assert "Белоусов" in reply.text
    # a year the question names still decides
    assert answerer.answer("Кто от России подписал программу на 2021–2025 годы?").fact_id == "programme-2021-2025"


@pytest.mark.parametrize(
    "question",
    ["Explain in simple words how a nuclear reactor works", "In a nutshell, how does photosynthesis work?"],
)
def test_an_overview_of_something_else_is_declined(answerer: Answerer, question: str):
    assert not answerer.answer(question).answered


def test_a_ministers_education_is_a_personal_detail_no_report_gives(answerer: Answerer):
    replies = chat(
        answerer, "Xolmuhamedov vazir bo'lishidan oldin qaysi lavozimda ishlagan?", "u qaysi akademiyani tamomlagan?"
    )
    assert replies[0].answered
    assert not replies[1].answered
    assert "ma'lumoti" in replies[1].text


def test_that_year_and_the_day_before_are_the_last_answers(answerer: Answerer):
    replies = chat(
        answerer,
        "How many joint events did the 2025 cooperation plan include?",
        "did any joint drill actually happen that year though?",
    )
    assert replies[1].fact_id == "hamkorlik-2025"
    assert replies[1].text.startswith("Yes")
    # "by the end of the year" is that year too: how many of the 2025 events were held, which no report says
    replies = chat(
        answerer,
        "how many joint military activities did russia and uzbekistan plan for 2025?",
        "how many of them actually happened by the end of the year",
    )
    assert replies[1].fact_id == "fifty-events-outcome"
    assert not replies[1].answered
    replies = chat(
        answerer,
        "When did the ministers meet in Moscow after the Victory Parade?",
        "did uzbek soldiers march in the parade the day before?",
    )
    assert replies[1].fact_id == "victory-parade-2025"
    assert replies[1].text.startswith("Yes")
    # a day the last answer does not give stays as written: no context, no date
    assert answerer.answer("did uzbek soldiers march in the parade the day before?").verdict != "no"


def test_a_pointer_back_at_that_meeting_is_not_answered_by_another_days_fact(answerer: Answerer):
    replies = chat(
        answerer,
        "When did the two defence ministers meet in Moscow after the Victory Parade?",
        "who else was sitting in on that meeting?",
    )
    assert replies[0].fact_id == "follow-up-may-2025"
    assert not replies[1].answered
    assert "mirziyoyev-meeting" not in replies[1].fact_ids


@pytest.mark.parametrize(
    ("first", "fact_id", "follow_up", "named"),
    [
        (
            "Belousov Toshkentda prezident bilan ham uchrashganmi?",
            "mirziyoyev-meeting",
            "keyin u yana O'zbekistonga kelganmi?",
            "Belousov",
        ),
        # the last answer names him, but a question the declines read whole asks nothing it tells
        (
            "who was uzbekistan's defence minister before kholmukhamedov?",
            "kholmukhamedov-predecessor",
            "how old is kholmukhamedov and where was he born?",
            "ages",
        ),
    ],
)
def test_a_follow_up_the_base_declines_with_the_person_named_is_declined(
    answerer: Answerer, first: str, fact_id: str, follow_up: str, named: str
):
    replies = chat(answerer, first, follow_up)
    assert replies[0].fact_id == fact_id
    assert not replies[1].answered
    assert named in replies[1].text


def test_who_led_it_is_not_read_as_another_fact_that_never_says_led(answerer: Answerer):
    replies = chat(answerer, "Where was Hamkorlik-2025 held?", "who led it?")
    assert replies[0].fact_id == "hamkorlik-2025"
    assert not replies[1].answered
    assert replies[1].fact_ids == ()


def test_the_fifty_events_listed_or_tallied_are_what_no_report_gives(answerer: Answerer):
    replies = chat(
        answerer,
        "what was in the 2025 cooperation plan between the two defence ministries?",
        "can you list them one by one?",
        "how many of them actually got done by the end of the year?",
    )
    assert replies[0].fact_id == "cooperation-plan-2025"
    assert not replies[1].answered
    assert not replies[2].answered
    assert replies[2].fact_id == "fifty-events-outcome"
    # how many were planned is still answered
    assert answerer.answer("How many joint events did the 2025 plan include?").answered
    # which ones and when, asked after the list, are the same list asked item by item
    listed = chat(
        answerer, "what was in the 2025 cooperation plan?", "can you list them? which exercises, on which dates?"
    )
    assert not listed[1].answered


def test_of_equally_strong_facts_a_count_goes_to_the_one_that_counts_it(answerer: Answerer):
    reply = answerer.answer("Were there actually two separate documents signed, not just one agreement?")
    assert reply.fact_id == "what-was-signed"
    assert reply.text.startswith("Yes")


def test_words_about_the_tashkent_signing_are_not_a_fact_that_never_speaks_of_it(answerer: Answerer):
    assert not answerer.answer("What did Ukraine's foreign ministry say about the Tashkent signing?").answered
    # a fact that does speak of it still answers
    assert answerer.answer("What did Belousov say about Uzbekistan at the meeting?").answered


def test_another_edition_of_an_exercise_is_not_the_one_reported(answerer: Answerer):
    for question in ("Where was Hamkorlik-2026 held?", "2026-yilda Hamkorlik-2026 mashqlari o'tkazildimi?"):
        reply = answerer.answer(question)
        assert not reply.answered, question
        assert "hamkorlik-2025" not in reply.fact_ids
    assert answerer.answer("Where was Hamkorlik-2025 held?").fact_id == "hamkorlik-2025"


def test_a_forecast_dated_after_the_newest_report_is_declined(answerer: Answerer):
    for question in ("Will Uzbekistan rejoin the CSTO by 2027?", "will uzbekistan go back into the CSTO?"):
        reply = answerer.answer(question)
        assert not reply.answered, question
    # …a future claim a fact settles is still checked
    assert answerer.answer("Will the new doctrine keep Uzbekistan's non-bloc status?").text.startswith("Yes")
    reply = answerer.answer("is it true uzbekistan decided to go back into the CSTO in 2026?")
    assert reply.fact_id == "csto"
    assert reply.text.startswith("No")


def test_a_bare_follow_up_asks_the_last_question_word_again(answerer: Answerer):
    replies = chat(answerer, "Белоусов Ўзбекистонга қачон келган эди?", "имзолаш маросими-чи?")
    assert replies[0].fact_id == "belousov-visit"
    assert replies[1].fact_id == "signing-date"
    # a side, or a time, stays the last question's business
    replies = chat(
        answerer, "O'zbekiston tomonidan kim imzoladi?", "U qachon vazir etib tayinlangan?", "Rossiya tomonidan-chi?"
    )
    assert "Belousov" in replies[2].text


def test_a_follow_up_opening_with_a_new_subject_is_read_alone(answerer: Answerer):
    replies = chat(
        answerer,
        "When did Uzbekistan get observer status in the Eurasian Economic Union?",
        "and the CSTO, since when is it out of that?",
    )
    assert replies[0].fact_id == "eaeu"
    assert replies[1].fact_id == "csto"
    assert "2012" in replies[1].text


def test_an_exercise_named_goes_to_the_fact_that_speaks_of_it(answerer: Answerer):
    assert answerer.answer("Hamkorlik-2025 qachon boshlangan edi?").fact_id == "hamkorlik-2025"
    assert answerer.answer("Birlik-2025 qachon boshlangan edi?").fact_id == "birlik-2025"


def test_a_year_a_decline_never_names_is_the_close_facts(answerer: Answerer):
    reply = answerer.answer("Какие совместные учения Россия с Узбекистаном провели в 2025 году?")
    assert reply.fact_id == "hamkorlik-2025"
    # …while 2026, which the decline names, is still declined
    assert not answerer.answer("Какие совместные учения Россия и Узбекистан провели в 2026 году?").answered


def test_a_city_the_fact_does_not_name_goes_to_the_fact_that_happened_there(answerer: Answerer):
    reply = answerer.answer("Когда в 2025-м министры обороны России и Узбекистана виделись в Москве?")
    assert reply.fact_id == "follow-up-may-2025"
    # a city after "after" only points at the signing
    reply = answerer.answer(
        "after the jan 2025 signing in tashkent, when did belousov and the uzbek minister meet again?"
    )
    assert "10 May" in reply.text


def test_a_claim_of_order_against_the_signing_is_checked_against_the_facts_days(answerer: Answerer):
    reply = answerer.answer("The Russian offer to make drones in Uzbekistan came after the January deal, didn't it?")
    assert reply.fact_id == "drone-production-offer"
    assert reply.text.startswith("No")
    reply = answerer.answer("Учения Хамкорлик-2025 прошли после подписания?")
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("Да")


def test_a_fact_far_ahead_of_the_rest_answers_below_the_threshold(answerer: Answerer):
    # words the examples never use, but no other fact comes near: 0.56 against 0.25
    question = "Ўзбекистон нега Хитой самолётларига қизиқиб қолди?"
    above = Answerer(answerer.kb, Tuning(answer_threshold=0.6))
    found, _ = above.match(question)
    assert found.kind == "none"
    assert above.answer(question).fact_id == "china-fighters"
    # …not without the margins, nor for a number the base never states
    assert (
        not Answerer(answerer.kb, Tuning(answer_threshold=0.6, leader_margin=0.0, far_margin=0.0))
        .answer(question)
        .answered
    )
    assert not answerer.answer("What does paragraph 3 of the programme say?").answered


def test_a_lead_in_naming_another_year_keeps_the_whole_question(answerer: Answerer):
    reply = answerer.answer("heard the uzbek defense minister flew to Ankara in january 2026, did anything get signed?")
    assert reply.fact_id == "turkey-plan-2026"
    # without a year in the lead-in the question itself decides
    assert answerer.answer("so, did anything get signed?").fact_id != "turkey-plan-2026"


@pytest.mark.parametrize(
    ("first", "then", "lead"),
    [
        ("who signed for uzbekistan in january 2025?", "was he a lieutenant general back then?", "No"),
        ("Кто подписал документы с узбекской стороны 22 января 2025?", "он тогда уже был генерал-лейтенантом?", "Нет"),
        ("who signed the 2026–2030 programme on the Uzbek side?", "was he a major general at the time?", "Yes"),
    ],
)
def test_then_in_a_yes_no_follow_up_is_the_last_answers_time(answerer: Answerer, first: str, then: str, lead: str):
    replies = chat(answerer, first, then)
    assert replies[1].fact_id in {"kholmukhamedov-rank", "who-is-kholmukhamedov"}
    assert replies[1].text.startswith(lead)


def test_a_bare_follow_up_about_the_day_before_is_that_days_event(answerer: Answerer):
    replies = chat(
        answerer, "2025-yil 10-may kuni Belousov bilan Xolmuhamedov qaysi shaharda uchrashgan?", "bir kun oldin-chi?"
    )
    assert replies[0].fact_id == "follow-up-may-2025"
    assert replies[1].fact_id == "victory-parade-2025"


def test_a_past_membership_follow_up_is_not_refuted_by_the_present(answerer: Answerer):
    replies = chat(answerer, "Is Uzbekistan a member of the CSTO?", "was it ever a member?")
    assert replies[0].text.startswith("No")
    assert replies[1].fact_id == "csto"
    assert replies[1].text.startswith("Yes")


def test_a_chatty_deadline_is_no_question_about_the_dead(answerer: Answerer):
    reply = answerer.answer("quick one, on deadline: where did they sign the military partnership docs?")
    assert reply.answered
    assert "Tashkent" in reply.text


def test_the_same_count_for_another_year_is_not_another_facts_number(answerer: Answerer):
    replies = chat(
        answerer, "Сколько совместных мероприятий Россия и Узбекистан запланировали на 2025 год?", "а на 2026 сколько?"
    )
    assert replies[0].fact_id == "joint-activities-50"
    assert not replies[1].answered


def test_a_commission_is_declined_only_when_a_commission_is_asked_about(answerer: Answerer):
    reply = answerer.answer("Где впервые собирались министры обороны стран Центральной Азии?")
    assert reply.fact_id == "c5-defence-ministers"
    assert not answerer.answer("Когда собиралась межправкомиссия по военно-техническому сотрудничеству?").answered


def test_slang_and_year_endings_read_as_words(answerer: Answerer):
    # "по военке" is military, "в 2026-м" the year 2026
    assert answerer.answer("что нового у Узбекистана с Россией по военке в 2026-м?").answered
    replies = chat(answerer, "Где Белоусов и Холмухамедов встречались 10 мая 2025?", "Это опять было в Ташкенте?")
    assert replies[1].fact_id == "follow-up-may-2025"
    assert replies[1].text.startswith("Нет")


def test_a_close_fact_that_expressly_denies_wins_under_the_threshold_too(answerer: Answerer):
    reply = answerer.answer(
        "Kholmukhamedov was still a major general when he hosted the Central Asian defence ministers in Samarkand "
        "in October 2025, isn't it?"
    )
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.startswith("No")


def test_asking_again_for_what_the_reports_leave_open_is_declined(answerer: Answerer):
    # when he was promoted is not reported; the decree's date is the same question, not the appointment's
    reply = answerer.answer("Когда Халмухамедову дали генерал-лейтенанта? Какого числа был указ?")
    assert not reply.answered
    assert "kholmukhamedov-appointment" not in reply.fact_ids


def test_a_named_day_picks_the_fact_of_that_day(answerer: Answerer):
    replies = chat(
        answerer,
        "What came out of the Russian and Uzbek defence ministers' meeting on 10 May 2025?",
        "which city?",
        "and the day before, anything involving uzbek troops?",
    )
    assert [r.fact_id for r in replies] == ["follow-up-may-2025", "follow-up-may-2025", "victory-parade-2025"]


def test_when_someone_arrived_is_the_fact_that_tells_of_the_arrival(answerer: Answerer):
    reply = answerer.answer("белоусов когда в узбекистан прилетел, в январе 25го?")
    assert reply.fact_id == "belousov-visit"


def test_a_new_subject_put_first_is_not_read_with_the_last_topic(answerer: Answerer):
    replies = chat(answerer, "ташкент вообще в одкб состоит?", "а раньше был в ней?", "а с еаэс у него что?")
    assert replies[1].text.startswith("Да")
    assert replies[2].fact_id == "eaeu"


def test_was_someone_there_asks_about_the_last_answers_occasion(answerer: Answerer):
    replies = chat(
        answerer,
        "Did Uzbek troops march in the Victory Parade in Moscow in 2025?",
        "was president mirziyoyev there as well?",
    )
    assert replies[1].fact_id == "victory-parade-2025"
    assert "Mirziyoyev" in replies[1].text


def test_a_brief_for_a_reader_is_no_request_for_an_overview(answerer: Answerer):
    reply = answerer.answer(
        "Separate point for the brief: when did Mirziyoyev order a rewrite of the defence doctrine, and what status "
        "is it supposed to keep?"
    )
    assert reply.fact_id == "doctrine-2026"


def test_the_day_after_the_parade_is_not_the_parade_day(answerer: Answerer):
    replies = chat(
        answerer,
        "Did Belousov and Kholmukhamedov meet again after the January 2025 signing?",
        "Was it on the same day as the Victory Parade?",
        "Did they sign anything there?",
    )
    assert [r.fact_id for r in replies] == ["follow-up-may-2025"] * 3
    assert [r.text.split(" ")[0] for r in replies] == ["Yes", "No", "Yes"]


def test_such_things_in_a_later_year_are_not_the_last_answers(answerer: Answerer):
    replies = chat(
        answerer, "Россия и Узбекистан в 2025 году проводили совместные учения?", "а в этом 2026 году такие были?"
    )
    assert replies[0].text.startswith("Да")
    assert not replies[1].answered


def test_when_they_meet_next_is_a_forecast(answerer: Answerer):
    reply = answerer.answer("when are belousov and kholmukhamedov meeting next? is anything on the calendar for 2026?")
    assert not reply.answered
    assert "4 March 2026" in reply.text


def test_that_same_day_is_checked_before_any_day(answerer: Answerer):
    replies = chat(
        answerer,
        "What day of the week were the documents signed?",
        "Did Belousov arrive in Uzbekistan on that same day?",
    )
    assert replies[1].fact_id == "belousov-visit"
    assert replies[1].text.startswith("No")


def test_a_claim_about_that_meeting_is_checked_against_it(answerer: Answerer):
    replies = chat(
        answerer, "Did Belousov and Kholmukhamedov meet again in 2025?", "Was that meeting in Tashkent as well?"
    )
    assert replies[1].fact_id == "follow-up-may-2025"
    assert replies[1].text.startswith("No")


@pytest.mark.parametrize(
    ("first", "then", "fact_id"),
    [
        ("Где проходили учения Хамкорлик-2025?", "В какие сроки?", "hamkorlik-2025"),
        ("Когда подписали документы в Ташкенте?", "а число какое", "signing-date"),
    ],
)
def test_russian_ways_to_ask_when(answerer: Answerer, first: str, then: str, fact_id: str):
    assert chat(answerer, first, then)[1].fact_id == fact_id


def test_or_not_makes_a_yes_no_question(answerer: Answerer):
    reply = answerer.answer("кстати узбекские военные маршировали на красной площади в 2025 или нет")
    assert reply.text.startswith("Да")


def test_the_person_a_message_names_stays_he_after_its_last_part(answerer: Answerer):
    replies = chat(
        answerer,
        "Who is Shukhrat Kholmukhamedov, and what was his role in the January 2025 signing with Russia?",
        "When was he appointed to that job?",
        "Who did he take over from?",
    )
    assert [r.fact_id for r in replies[1:]] == ["kholmukhamedov-appointment", "kholmukhamedov-predecessor"]


def test_colloquial_russian_follow_ups_about_the_exercise(answerer: Answerer):
    replies = chat(answerer, "че за учения хамкорлик 2025", "а откуда там взялись русские военные")
    assert replies[1].fact_id == "hamkorlik-2025"
    assert "201" in replies[1].text


def test_a_two_word_claim_after_a_meeting_is_checked_against_it(answerer: Answerer):
    replies = chat(
        answerer, "Belousov va Xolmuhamedov 2025-yilda yana bir marta uchrashganmi?", "Toshkentda uchrashishganmi?"
    )
    assert replies[1].fact_id == "follow-up-may-2025"
    assert replies[1].text.startswith("Yo'q")


def test_did_he_come_again_after_his_visit_is_the_visit_no_report_has(answerer: Answerer):
    replies = chat(
        answerer,
        "2025 yanvarda Toshkentga kelgan Rossiya mudofaa vaziri kim edi?",
        "Undan keyin u yana O'zbekistonga kelganmi?",
    )
    assert replies[0].answered
    assert not replies[1].answered
    assert "10-may" in replies[1].text  # what the reports do give: the ministers met again in Moscow


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        # wire-style abbreviations: RU, UZ, TR, mil, coop, "# of"
        # ("# of" reads as "how many": the fifty events' own fact answers it as well as the plan's)
        ("RU-UZ mil coop plan for 2025: # of events?", "joint-activities-50", "50"),
        # details asked in nouns alone, after a statement that names what they are of
        ("UZ-TR mil coop plan for 2026 was signed in Jan. Venue?", "turkey-plan-2026", "Ankara"),
        ("Hamkorlik-2025 was held in July. Location and dates?", "hamkorlik-2025", "Termez"),
    ],
)
def test_terse_wire_style_questions(answerer: Answerer, message: str, fact_id: str, said: str):
    reply = answerer.answer(message)
    assert reply.fact_id == fact_id
    assert said in reply.text


def test_they_in_a_complete_question_are_the_sides_not_the_last_answer(answerer: Answerer):
    replies = chat(
        answerer,
        "is uzbekistan a member of the csto?",
        "does the new defence doctrine they started in 2026 plan on joining any bloc?",
    )
    assert replies[0].fact_id == "csto"
    assert replies[1].fact_id == "doctrine-2026"


def test_a_fact_with_an_event_answers_when_and_a_leader_must_answer_the_kind_asked(answerer: Answerer):
    # the day of the event a fact reports answers "when"
    reply = answerer.answer(
        "When did the reports first surface that China had okayed a fighter jet sale to Uzbekistan?"
    )
    assert reply.fact_id == "china-fighters"
    # …but an arrival no close fact tells of is not that fact's
    assert not answerer.answer("what date did the J-10CE jets arrive in Uzbekistan?").answered
    # a fact far ahead of the rest that cannot answer "how many" is no reading of the question
    replies = chat(
        answerer,
        "Коллеги, подскажите, каков был сценарий учений «Хамкорлик-2025»?",
        "Сколько военнослужащих было задействовано с каждой стороны?",
    )
    assert replies[1].fact_id != "who-signed"


def test_he_after_who_is_someone_is_the_one_asked_about(answerer: Answerer):
    replies = chat(answerer, "Кто такой Андрей Белоусов и зачем он ездил в Ташкент?", "а когда он прилетел?")
    assert replies[1].fact_id == "belousov-visit"
    # …while "who signed with Belousov?" asks about the other one
    replies = chat(
        answerer, "who was the uzbek defence minister that signed with Belousov?", "when did he get the job?"
    )
    assert "November 2024" in replies[1].text


def test_a_question_that_names_no_topic_takes_it_from_the_statement_before_it(answerer: Answerer):
    reply = answerer.answer(
        "Putin bilan Mirziyoyev 2025-yil noyabr oyida telefonda gaplashgan ekan. Asosan qaysi mavzular muhokama "
        "qilingan, mudofaa masalasi ham bormidi?"
    )
    assert reply.answered
    assert "energ" in reply.text.casefold()


def test_an_acknowledgement_before_a_follow_up_is_no_part_of_it(answerer: Answerer):
    replies = chat(
        answerer,
        "what did Belousov and Kholmukhamedov sign in Moscow in May 2025?",
        "Splendid. Did they sign anything further on that occasion?",
    )
    assert replies[1].fact_id == "follow-up-may-2025"
    assert replies[1].text.startswith("Yes")


def test_a_day_named_in_full_goes_to_the_fact_of_that_days_event(answerer: Answerer):
    replies = chat(
        answerer, "Что узбекские военные делали в Москве 9 мая 2025 года?", "а министры на следующий день встречались?"
    )
    assert replies[0].fact_id == "victory-parade-2025"
    assert replies[1].fact_id == "follow-up-may-2025"
    # …but not away from a fact that states that day itself
    programme = answerer.answer(
        "22 январда Тошкентда имзоланган стратегик шериклик дастури қайси йилларга мўлжалланган?"
    )
    assert "2026" in programme.text


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        # "он" is the man the last question named, and "who is he?" asks who he is
        (("Белоусов в Ташкенте чего там подписал-то?", "А он кто такой вообще?"), "министр обороны России"),
        # "с каких пор?" asks when, of the last answer's man: since his appointment
        (("Халмухамедов — это кто?", "С каких пор?"), "ноябре 2024"),
    ],
)
def test_who_he_is_and_since_when_after_a_question_about_him(answerer: Answerer, messages, expected: str):
    assert expected in chat(answerer, *messages)[-1].text


def test_a_polite_uzbek_request_to_tell_leaves_the_question(answerer: Answerer):
    reply = answerer.answer(
        "Iltimos, aniqlashtirib bersangiz: 2025-yil 10-may kuni Moskvada O'zbekiston va Rossiya mudofaa vazirlari "
        "qanday hujjatni imzolagan?"
    )
    assert reply.answered
    assert "rejasini" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Were more than 50 joint events planned for 2025?", "No"),
        ("2025-yil rejasida 50 tadan ortiq tadbir bormi?", "Yo'q"),
        ("Were 50 joint events planned for 2025?", "Yes"),
    ],
)
def test_more_or_fewer_than_the_count_stated_is_not_it(answerer: Answerer, question: str, lead: str):
    assert answerer.answer(question).text.startswith(lead)


def test_was_it_ever_one_after_the_csto_asks_about_the_past_membership(answerer: Answerer):
    replies = chat(answerer, "Is Uzbekistan a CSTO member today?", "Was it ever one?")
    assert replies[0].text.startswith("No")
    assert replies[1].text.startswith("Yes")


@pytest.mark.parametrize("question", ["Когда прибыл Белоусов?", "Когда прилетел Белоусов?"])
def test_when_belousov_arrived_is_the_visit_not_an_unreported_detail(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.answered
    assert "21 января 2025" in reply.text


@pytest.mark.parametrize(
    "question", ["Пятьдесят мероприятий — это всё учения, что ли?", "Were all fifty events military exercises?"]
)
def test_a_count_in_words_is_the_count(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.text.startswith(("Нет", "No"))
    assert "50" in reply.text


def test_a_new_subject_after_a_when_question_is_asked_the_same_of_it(answerer: Answerer):
    replies = chat(
        answerer,
        "В какой день недели были подписаны документы в Ташкенте?",
        "Другой вопрос: с какого года Узбекистан не является членом ОДКБ?",
        "А в ЕАЭС?",
    )
    assert replies[-1].fact_id == "eaeu"


def test_a_name_asked_in_wire_shorthand_is_who_and_his_is_that_man(answerer: Answerer):
    replies = chat(answerer, "Russian defmin in Tashkent, Jan 2025. Name?", "His quote on the relationship?")
    assert "Belousov" in replies[0].text
    assert "long-standing friends" in replies[1].text


@pytest.mark.parametrize(
    "question",
    [
        "Which documents did the Russian and Uzbek defence ministries sign in January 2025?",
        "What did the defence ministries sign?",
    ],
)
def test_what_the_ministries_signed_is_the_documents_not_the_signatories(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "what-was-signed"


def test_a_fact_far_ahead_that_speaks_of_the_subjects_named_answers_a_loosely_worded_question(answerer: Answerer):
    reply = answerer.answer(
        "Xitoy O'zbekistonga qiruvchi samolyotlar sotishga rozi bo'lgani haqida o'qidim, bu qanchalik aniq?"
    )
    assert reply.answered
    assert reply.fact_id == "china-fighters"


def test_a_fact_far_ahead_on_one_shared_word_is_no_reading(answerer: Answerer):
    assert not answerer.answer("How do I apply for a Schengen visa from Uzbekistan?").answered


def test_was_it_ever_in_the_csto_after_the_eaeu_is_about_the_csto(answerer: Answerer):
    replies = chat(answerer, "is uzbekistan a member of the eaeu?", "was it ever in the csto though?")
    assert replies[-1].fact_id == "csto"
    assert replies[-1].text.startswith("Yes")


def test_here_names_nothing_new_in_a_follow_up(answerer: Answerer):
    replies = chat(
        answerer,
        "is uzbekistan a member of the eaeu?",
        "what does observer status mean here, since when do they have it",
    )
    assert replies[-1].answered
    assert "2020" in replies[-1].text


def test_so_they_were_never_in_it_is_denied_by_the_past_membership(answerer: Answerer):
    replies = chat(answerer, "Is Uzbekistan in the CSTO?", "so they were never in it?")
    assert replies[-1].fact_id == "csto"
    assert replies[-1].text.startswith("No")
    assert "2012" in replies[-1].text


@pytest.mark.parametrize(
    ("first", "follow_up", "lead"),
    [
        ("rossiya bilan ozbekiston 2025 yanvarda nima imzolagan", "oldin ham shunaqa dastur bo'lganmi?", "Ha"),
        (
            "Что это за программа партнерства России и Узбекистана на 2026-2030?",
            "а до неё такая же программа была?",
            "Да",
        ),
        ("What is the 2026–2030 programme?", "Was it the first programme of this kind between the two?", "No"),
    ],
)
def test_an_earlier_one_of_the_same_kind_is_another_occasion(answerer: Answerer, first, follow_up, lead):
    """ "such a programme before?" asks about the earlier programme, not the last answer's."""
    reply = chat(answerer, first, follow_up)[-1]
    assert reply.fact_id == "programme-2021-2025"
    assert reply.text.startswith(lead)


def test_a_question_that_reads_exactly_after_a_dated_statement_is_the_question(answerer: Answerer):
    """The statement before it ("they signed some paperwork in January 2025") is background: its date
    pulls toward who signed, but the question asks what was signed."""
    message = (
        "Hey! I'm prepping a podcast episode on Central Asian security. Russia and Uzbekistan signed some "
        "defence paperwork back in January 2025 — what exactly got signed?"
    )
    assert answerer.answer(message).fact_id == "what-was-signed"
    assert answerer.answer("The 2017 treaty — when was it signed?").fact_id == "treaty-2017"


def test_a_brief_question_about_what_he_said_is_about_the_last_answers_man(answerer: Answerer):
    """ "in one line" asks for brevity, not for the overview of the deal, when "he" is the one just named."""
    reply = chat(
        answerer,
        "Who signed it on the Russian side?",
        "Thank you. What did he say about the relationship, in one line?",
    )[-1]
    assert reply.fact_id != "overview"
    assert "Belousov" in reply.text
    assert "partners" in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("С кем Белоусов встречался в Москве 10 мая 2025 года?", "А что подписали по итогам?"),
        (
            "2025-yil 10-may kuni Moskvada Belousov O'zbekistonning qaysi vaziri bilan uchrashgan?",
            "u bilan qanaqa hujjat imzolashdi?",
        ),
    ],
)
def test_what_was_signed_after_another_occasion_is_what_was_signed_there(answerer: Answerer, first, follow_up):
    """After the May meeting, "what did they sign?" is the May plan, not the January documents."""
    assert chat(answerer, first, follow_up)[-1].fact_id == "follow-up-may-2025"
    # after the signing itself it stays the January documents, and "signed the same day?" asks of the day
    assert chat(answerer, "Who signed the documents?", "And what did they sign?")[-1].fact_id == "what-was-signed"


def test_a_follow_up_after_a_list_answer_is_asked_of_the_item_the_question_named(answerer: Answerer):
    """ "Which joint exercises followed the signing?" gets the list of what followed; "and where?" next is
    the exercise's place (Termez), not the list's first event."""
    first, where, when = chat(
        answerer,
        "Какие совместные учения Россия и Узбекистан провели в 2025 году после подписания январских документов?",
        "А место проведения?",
        "И сроки?",
    )
    assert first.fact_id == "what-followed"
    assert where.fact_id == "hamkorlik-2025"
    assert "Термез" in where.text
    assert when.fact_id == "hamkorlik-2025"
    assert "июля" in when.text
    # a question that names no item keeps the list as it stands
    plain = chat(answerer, "What happened after the signing?", "and then?")
    assert plain[0].context is not None
    assert plain[0].context.fact_ids == ("what-followed",)


def test_that_day_in_a_follow_up_about_him_names_no_topic(answerer: Answerer):
    """ "в тот день" is the last answer's day: the follow-up is about him and the president."""
    reply = chat(
        answerer,
        "Кто подписал документы 22 января 2025 года с российской стороны?",
        "с президентом Узбекистана он в тот день тоже встречался?",
    )[-1]
    assert reply.fact_id == "mirziyoyev-meeting"
    assert reply.text.startswith("Да")


def test_near_a_place_in_uzbek_names_the_place_not_a_side(answerer: Answerer):
    """ "Samarqand tomonlarda" is "around Samarkand": asked of the exercise just answered (Birlik-2025)."""
    reply = chat(
        answerer,
        "2025-yil oktyabrda O'zbekistonda o'tgan «Birlik-2025» mashg'ulotida qaysi davlatlar qatnashdi?",
        "mashg'ulot Samarqand tomonlarda bo'lganmi?",
    )[-1]
    assert reply.fact_id == "birlik-2025"
    assert reply.text.startswith("Ha")


def test_the_side_a_follow_up_names_is_no_topic_of_its_own(answerer: Answerer):
    """ "а с российской стороны чьи подразделения были?" after the exercise asks whose units came, of it."""
    reply = chat(
        answerer, "где проходили учения Хамкорлик-2025?", "а когда?", "а с российской стороны чьи подразделения были?"
    )[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert "201" in reply.text
    # a complete question that names a side and a topic of its own is still read on its own
    assert chat(answerer, "где проходили учения Хамкорлик-2025?", "Who signed the documents for the Russian side?")[
        -1
    ].fact_id in ("who-signed", "what-was-signed")


def test_a_long_message_is_answered_by_the_question_at_its_end(answerer: Answerer):
    """The question of a long polite message comes after its introduction and is read whole."""
    message = (
        "Assalomu alaykum. Men Toshkentdagi oliy ta'lim muassasasida xalqaro munosabatlar fanidan dars "
        "beraman. 2025-yil 10-may kuni Moskvada mudofaa vazirlari Andrey Belousov va Shuhrat Xolmuhamedov "
        "o'rtasida bo'lib o'tgan uchrashuv yakunida qanday hujjat imzolanganini aniqlashtirib bersangiz, "
        "minnatdor bo'lardim."
    )
    reply = answerer.answer(message)
    assert reply.answered
    assert reply.fact_id == "follow-up-may-2025"


def test_two_questions_after_a_statement_take_their_topic_from_it(answerer: Answerer):
    message = (
        "Уважаемые товарищи! В июле 2025 года на полигоне под Термезом прошли совместные российско-узбекские "
        "учения «Хамкорлик-2025». Откуда был направлен российский контингент? Не с базы ли в Таджикистане?"
    )
    reply = answerer.answer(message)
    assert reply.answered
    assert "201" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "rosiya bilan ozbekiston mudofa vazirlari qachon hujjat imzolashgan?",
        "когда министры обороны подписали документы?",
    ],
)
def test_when_the_ministers_signed_is_the_signing_date_not_the_earlier_programme(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "signing-date"
    assert "22" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Could you give me a short overview of how Russia–Uzbekistan defence ties looked before this deal?",
        "Rossiya va O'zbekiston harbiy hamkorligining qisqacha tarixini aytib bering",
        "Кратко: история военного сотрудничества России и Узбекистана",
    ],
)
def test_an_overview_of_the_history_is_the_dated_events_not_the_signing_summary(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.answered
    assert "2016" in reply.text
    assert "2021" in reply.text


def test_an_overview_of_what_followed_is_not_the_history(answerer: Answerer):
    reply = answerer.answer("Give me a short overview of what happened after the signing")
    assert reply.answered
    assert "2016" not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "At the May 10 talks, what did Belousov say about Uzbekistan's role in WWII?",
        "Что Белоусов сказал о Великой Отечественной войне на встрече в мае?",
    ],
)
def test_the_war_by_any_of_its_names_is_what_belousov_spoke_of_in_may(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "follow-up-may-2025"


def test_words_on_a_subject_the_reported_words_never_touch_are_still_declined(answerer: Answerer):
    assert not answerer.answer("What did Kholmukhamedov say about the war in Ukraine?").answered


@pytest.mark.parametrize(
    "message",
    ["What status is the new doctrine meant to preserve?", "What status must the new doctrine retain?"],
)
def test_keeping_a_status_by_any_verb_is_the_doctrine_fact(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "doctrine-2026"
    assert "bloc" in reply.text


def test_what_they_talked_about_in_uzbek_is_the_meeting_just_named(answerer: Answerer):
    _, reply = chat(answerer, "Belousov Mirziyoyev bilan uchrashganmi?", "Nimalarni gaplashishgan ular?")
    assert reply.fact_id == "mirziyoyev-meeting"


def test_a_neighbour_the_last_answer_speaks_of_may_be_named_in_a_follow_up(answerer: Answerer):
    _, reply = chat(answerer, "Hamkorlik-2025 drills. Dates?", "Held in Tajikistan?")
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("No")
    assert "Termez" in reply.text


def test_a_neighbour_named_alone_is_still_not_covered(answerer: Answerer):
    assert not answerer.answer("What happened in Tajikistan?").answered


@pytest.mark.parametrize(
    "messages",
    [
        ("Что известно про учения Бирлик-2025?", "а Россия участвовала?", "где проходили?"),
        ("What was Birlik-2025?", "where was it held?"),
    ],
)
def test_where_it_took_place_is_asked_of_the_last_exercise_not_another(answerer: Answerer, messages: tuple[str, ...]):
    assert chat(answerer, *messages)[-1].fact_id == "birlik-2025"


@pytest.mark.parametrize("message", ["когда был парад?", "parad qachon bo'lgan?"])
def test_when_the_parade_was_is_the_parade_not_the_meeting_the_day_after(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "victory-parade-2025"


def test_a_programme_that_came_with_the_deal_arrived_nowhere(answerer: Answerer):
    reply = answerer.answer("And the big long-term programme that came with it — runs till when?")
    assert reply.fact_id == "strategic-programme-2026-2030"
    assert "2030" in reply.text


def test_a_question_pointing_back_at_its_lead_in_is_about_the_lead_in(answerer: Answerer):
    reply = answerer.answer("assalomu alaykum, Birlik-2025 degan katta mashq bogan ekan, qayerda otgan u?")
    assert reply.fact_id == "birlik-2025"


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [("ruslar ham qatnashganmi?", "Yo'q"), ("oktabrda bogandi-a?", "Ha"), ("sentabrda bo'lgandi-a?", "Yo'q")],
)
def test_uzbek_yes_no_follow_ups_on_an_exercise(answerer: Answerer, follow_up: str, lead: str):
    reply = chat(answerer, "Birlik-2025 qayerda o'tgan?", follow_up)[-1]
    assert reply.fact_id == "birlik-2025"
    assert reply.text.startswith(lead)


def test_when_it_kicked_off_is_when_it_started(answerer: Answerer):
    reply = chat(answerer, "what even was birlik-2025?", "when did it kick off?")[-1]
    assert reply.fact_id == "birlik-2025"
    assert "14 October" in reply.text


@pytest.mark.parametrize(
    "messages",
    [
        ("Where did the defence ministers meet in May 2025?", "and what did Belousov say there?"),
        ("mudofaa vazirlari 2025 yil mayda qaysi shaharda uchrashgan?", "bizning vazir u yerda nima depti?"),
    ],
)
def test_what_was_said_there_is_said_at_the_last_answers_occasion(answerer: Answerer, messages: tuple[str, ...]):
    assert chat(answerer, *messages)[-1].fact_id == "follow-up-may-2025"


def test_a_long_time_in_office_is_denied_of_the_minister_appointed_before_the_signing(answerer: Answerer):
    reply = answerer.answer("bizning vazir xolmuhamedov o'shanda ko'p yillardan beri vazirmidi?")
    assert reply.fact_id == "who-is-kholmukhamedov"
    assert reply.text.startswith("Yo'q")


def test_a_yes_no_follow_up_after_the_overview_is_the_specific_facts(answerer: Answerer):
    reply = chat(
        answerer, "One-line summary of what Russia and Uzbekistan signed in January 2025?", "Was that signed in Moscow?"
    )[-1]
    assert reply.fact_id == "signing-place"
    assert reply.text.startswith("No")


def test_a_stated_end_asked_with_intonation_is_checked(answerer: Answerer):
    reply = answerer.answer("the programme runs until 2035?")
    assert reply.answered
    assert reply.text.startswith("No")
    assert "2030" in reply.text


def test_whether_the_governments_confirmed_it_is_asked_of_the_last_report(answerer: Answerer):
    first = "2025 da xitoy ozbekistonga qiruvchi samolyot sotishga rozi boldi degan xabar chiqqan edi, qaysi oyda?"
    reply = chat(answerer, first, "ikki hukumat buni rasman tasdiqlaganmi?")[-1]
    assert reply.fact_id == "china-fighters"
    assert reply.text.startswith("Yo'q")


def test_for_reference_is_no_request_for_a_summary(answerer: Answerer):
    replies = chat(
        answerer,
        "Коллеги, для справки: какая программа военного сотрудничества действовала у России и Узбекистана до "
        "программы на 2026–2030 годы?",
        "Кто тогда был министром обороны РФ?",
        "А переговоры с ним вёл кто с узбекской стороны?",
    )
    assert [r.fact_id for r in replies] == ["programme-2021-2025"] * 3
    assert "Курбанов" in replies[-1].text


def test_who_dealt_with_a_person_named_is_the_fact_that_speaks_of_him(answerer: Answerer):
    assert answerer.answer("кто вел переговоры с шойгу с узбекской стороны?").fact_id == "programme-2021-2025"


@pytest.mark.parametrize("message", ["Hamkorlik-2025. Location and dates?"])
def test_a_lead_in_naming_the_subject_keeps_it_under_bare_question_words(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "hamkorlik-2025"
    assert "Termez" in reply.text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Belousov Tashkent visit, Jan 2025. Agenda per Russian MoD?", "visit-agenda"),
        ("what rank did kholmukhamedov have when he signed the deal in jan 2025?", "kholmukhamedov-rank"),
        ("Что конкретно сказал Халмухамедов на встрече с Белоусовым 22 января 2025?", "kholmukhamedov-words"),
    ],
)
def test_the_moment_or_day_a_question_names_does_not_pull_it_to_the_signing(
    answerer: Answerer, message: str, fact_id: str
):
    assert answerer.answer(message).fact_id == fact_id


@pytest.mark.parametrize(
    "message",
    [
        "Эшитишимча, президентимиз янги мудофаа доктринасини тайёрлашни буюрибди. Унда ҳам Ўзбекистон ҳеч қандай ҳарбий "
        "блокка кирмайди, шундайми?",
        "Президентимиз янги мудофаа доктринасини ёздиряпти дейишди, унда ҳам ҳеч қайси ҳарбий блокка кирмаймиз деб "
        "қолдирилганми?",
    ],
)
def test_in_it_after_a_statement_asks_about_the_statement(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith("Ҳа")


@pytest.mark.parametrize(
    ("message", "lead"),
    [("а россия в бирлик 2025 участвовала вообще", "Нет"), ("Birlik-2025 ucheniyasida Rossiya ham bormidi?", "Yo'q")],
)
def test_whether_russia_was_at_birlik_is_no(answerer: Answerer, message: str, lead: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "birlik-2025"
    assert reply.text.startswith(lead)


def test_a_claim_followed_by_can_you_confirm_that_is_a_yes_no_question(answerer: Answerer):
    reply = answerer.answer(
        "my notes say Belousov flew back out to Tashkent in May 2025 right after Victory Day and that's where the two "
        "of them signed the implementation plan for the 2026–2030 program. can you confirm that bit before I record?"
    )
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith("No")


def test_a_quick_one_for_the_show_notes_is_filler(answerer: Answerer):
    reply = answerer.answer("ok quick one for the show notes — that joint drill they did in summer 2025, what dates?")
    assert reply.fact_id == "hamkorlik-2025"


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "Ўша Тошкентда Россия билан имзоланган ҳарбий ҳужжатлардан кейин ҳозиргача нималар бўлди, қисқача айтиб бер.",
            "what-followed",
        ),
        ("есть чо новое по россии и узбекистану по армейке в 2026", "latest-reports"),
    ],
)
def test_what_happened_in_plain_chat_words(answerer: Answerer, message: str, fact_id: str):
    assert answerer.answer(message).fact_id == fact_id


def test_a_time_put_as_a_claim_is_a_yes_no_question(answerer: Answerer):
    reply = chat(
        answerer, "What did Belousov and Kholmukhamedov sign on 10 May 2025?", "Day after the Victory Parade?"
    )[-1]
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith("Yes")


@pytest.mark.parametrize(("claim", "lead"), [("Tuesday", "Yes"), ("Wednesday", "No")])
def test_a_claim_called_wrong_turns_the_verdict(answerer: Answerer, claim: str, lead: str):
    reply = chat(answerer, "When were the documents signed?", f"So the {claim} claim is wrong?")[-1]
    assert reply.fact_id == "signing-date"
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("message", "fact_id", "lead"),
    [
        ("Hujjatlarni podpisat qilganda Xolmuhamedov general-leytenant edimi?", "kholmukhamedov-rank", "Yo'q"),
        ("2025-yil yanvarda Rossiya bilan O'zbekiston qanaqa dokumentlarni podpisat qilgan?", "what-was-signed", ""),
    ],
)
def test_the_russian_loan_podpisat_qilmoq_is_signing(answerer: Answerer, message: str, fact_id: str, lead: str):
    reply = answerer.answer(message)
    assert reply.fact_id == fact_id
    assert reply.text.startswith(lead)


def test_latest_chooses_the_newest_of_close_readings(answerer: Answerer):
    reply = answerer.answer("What's the latest military cooperation deal Uzbekistan has signed with another country?")
    assert reply.fact_id == "turkey-plan-2026"


@pytest.mark.parametrize(
    "messages",
    [
        ("Кто вёл колонну узбекских военных на параде 9 мая 2025 года?", "а звание?"),
        ("2025 yil moskvadagi galaba paradida ozbek harbiylar kolonnasini kim boshqargan?", "unvoni qanaqa?"),
    ],
)
def test_a_bare_rank_follow_up_is_the_rank_the_last_answer_gives(answerer: Answerer, messages: tuple[str, ...]):
    reply = chat(answerer, *messages)[-1]
    assert reply.fact_id == "victory-parade-2025"


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            (
                "Uzbekistan is a full member of the Eurasian Economic Union, correct?",
                "and it has never been in the CSTO, right?",
            ),
            "csto",
        ),
        (("Бошқа савол: Ўзбекистон ЕОИИда аъзоми ёки кузатувчими?", "қачондан бери?"), "eaeu"),
        # the CSTO named beside "он" (the country) is the part's own subject, not the EAEU's
        (("Какой у Узбекистана статус в ЕАЭС?", "а из ОДКБ он когда вышел?"), "csto"),
    ],
)
def test_a_follow_up_after_the_eaeu_reads_its_own_subject_or_the_eaeu(
    answerer: Answerer, messages: tuple[str, ...], expected: str
):
    first, second = chat(answerer, *messages)
    assert first.fact_id == "eaeu"
    assert second.fact_id == expected


def test_a_lead_in_naming_its_own_subject_is_what_the_cores_it_stands_for(answerer: Answerer):
    replies = chat(
        answerer,
        "In spring 2025, from which country did Uzbekistan reportedly want fighter jets?",
        "were those reports officially confirmed?",
        "I read the J-10CE jets arrived on July 3. On what date did the Uzbek minister announce that?",
        "and the new russian arms contract with tashkent after the january signing, how much was it worth?",
    )
    assert replies[2].fact_id == "china-fighters"
    assert not replies[-1].answered
    assert "arms contract" in replies[-1].text


def test_coming_back_after_the_moscow_meeting_is_another_visit_no_report_tells_of(answerer: Answerer):
    replies = chat(
        answerer,
        "after the Tashkent signing, when did the two ministers meet again?",
        "did Belousov ever come back to Uzbekistan after that?",
    )
    assert replies[0].fact_id == "follow-up-may-2025"
    assert not replies[-1].answered
    assert "another visit" in replies[-1].text


def test_a_message_that_changes_the_subject_leaves_the_old_topics_behind(answerer: Answerer):
    replies = chat(
        answerer,
        "Какое звание было у Халмухамедова, когда он подписывал документы с Белоусовым?",
        "Другой вопрос: с какой страной Узбекистан в январе 2026 подписал план военного сотрудничества?",
        "кто подписал с их стороны?",
        "где?",
    )
    assert [r.fact_id for r in replies[1:]] == ["turkey-plan-2026"] * 3
    assert replies[1].context is not None
    assert not any("белоусов" in t for t in replies[1].context.topics)


def test_where_a_statement_was_made_is_checked_against_the_meeting_it_was_made_at(answerer: Answerer):
    replies = chat(
        answerer, "How did Belousov assess cooperation between Moscow and Tashkent?", "Did he say that in Moscow?"
    )
    assert replies[-1].fact_id == "belousov-partners"
    assert replies[-1].text.startswith("No — At the bilateral meeting in Tashkent")


@pytest.mark.parametrize(
    "messages",
    [
        ("what was the 2025 cooperation plan?", "and the second document?"),
        ("2025-yil uchun hamkorlik rejasi nima?", "ikkinchisi-chi?"),
    ],
)
def test_the_second_one_after_one_signed_document_is_the_other(answerer: Answerer, messages: tuple[str, ...]):
    replies = chat(answerer, *messages)
    assert replies[0].fact_id == "cooperation-plan-2025"
    assert replies[-1].fact_id == "strategic-programme-2026-2030"


def test_the_current_one_after_a_changed_subject_is_the_last_answers(answerer: Answerer):
    replies = chat(
        answerer,
        "what was on the agenda of Belousov's official visit?",
        "Switching topics completely: what did Mirziyoyev order in January 2026 about the defence documents?",
        "the current one is from which year?",
    )
    assert [r.fact_id for r in replies[1:]] == ["doctrine-2026", "doctrine-2026"]


def test_uzbekistans_ratification_gives_both_dates_the_notes_record(answerer: Answerer):
    reply = answerer.answer("When did Uzbekistan ratify the 2016 military-technical agreement with Russia?")
    assert reply.fact_id == "treaty-2017"
    assert "29 March 2017 (UzDaily)" in reply.text
    assert "3 April 2017 (Trend)" in reply.text
    assert "treaty-2017-notes" in [s.id for s in reply.sources]


@pytest.mark.parametrize(
    "messages",
    [
        ("what was the joint russia–uzbekistan exercise in summer 2025 called?", "was there a 2026 edition too? when?"),
        ("2025 yilda Rossiya bilan qo'shma mashg'ulot qayerda bo'lgan?", "2026 yilda ham bo'lganmi?"),
    ],
)
def test_a_later_edition_of_the_last_occasion_is_declined(answerer: Answerer, messages: tuple[str, ...]):
    first, second = chat(answerer, *messages)
    assert first.fact_id == "hamkorlik-2025"
    assert not second.answered


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "spent 30 yrs" is the writer's working life, not money spent
        (
            "Spent 30 yrs underground so forgive the bluntness: before this 2026-2030 thing, Russia and Uzbekistan"
            " had an earlier military partnership programme, right?",
            "programme-2021-2025",
        ),
        # what the writer is reading about is no topic over the question's own clear reading
        (
            "hola!! guitarist from Guadalajara, between gigs I'm reading about this Russia–Uzbekistan pact. the"
            " article mentions a '2017 defense cooperation treaty' — when was that thing actually signed?",
            "treaty-2017",
        ),
    ],
)
def test_the_writers_own_story_is_no_topic(answerer: Answerer, message: str, expected: str):
    assert answerer.answer(message).fact_id == expected


def test_them_held_near_another_city_is_checked_against_the_exercise_just_answered(answerer: Answerer):
    replies = chat(
        answerer,
        "а совместные учения с россией в 2025-м вообще были?",
        "их проводили на полигоне под самаркандом?",
    )
    assert replies[0].fact_id == "hamkorlik-2025"
    assert replies[1].fact_id == "hamkorlik-2025"
    assert replies[1].text.startswith("Нет — ")


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        # a bare rank asked "then" after who signed is the rank of the one the last answer names
        (
            (
                "2025 yil yanvarda Rossiya bilan imzolangan harbiy hujjatlarga Ozbekiston tomonidan kim qol qoygan?",
                "unvoni qanaqa edi o'shanda?",
            ),
            "kholmukhamedov-rank",
        ),
        # the newest report asked after a topic is the newest there is, not the topic's
        (
            (
                "Кто из аналитиков оценивал учения Хамкорлик-2025?",
                "ну а самое свежее сообщение по теме, которое вообще есть, — от какого оно числа?",
            ),
            "latest-reports",
        ),
    ],
)
def test_a_follow_up_ends_on_the_fact_it_asks_for(answerer: Answerer, messages: tuple[str, ...], expected: str):
    assert chat(answerer, *messages)[-1].fact_id == expected


def test_that_one_in_russian_refers_to_the_last_answers_document(answerer: Answerer):
    replies = chat(answerer, "А прежняя такая программа была? На какие годы?", "А подписывали ту где, в каком городе?")
    assert replies[-1].fact_id == "programme-2021-2025"


def test_the_count_of_another_years_plan_does_not_answer_for_that_plan(answerer: Answerer):
    replies = chat(
        answerer,
        "What did Belousov and the Uzbek minister sign when they met in Moscow in May 2025?",
        "how many events are in that plan?",
    )
    assert not replies[-1].answered


def test_has_belousov_been_back_is_the_decline_that_names_the_moscow_meeting(answerer: Answerer):
    reply = answerer.answer("has belousov been back to uzbekistan since?")
    assert not reply.answered
    assert "Moscow" in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up", "fact_id"),
    [
        ("What did Belousov say about the two countries?", "And what did his counterpart say?", "kholmukhamedov-words"),
        (
            "what did belousov say about russia and uzbekistan?",
            "and what did his uzbek counterpart say?",
            "kholmukhamedov-words",
        ),
        ("что сказал белоусов?", "а что сказал его узбекский коллега?", "kholmukhamedov-words"),
        ("Что сказал Холмухамедов на подписании?", "А что сказал его коллега?", "belousov-partners"),
    ],
)
def test_his_counterpart_is_the_other_signatory(answerer: Answerer, first: str, follow_up: str, fact_id: str):
    assert chat(answerer, first, follow_up)[-1].fact_id == fact_id


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("moskvadagi galaba paradida 2025 da ozbek askarlarini kim boshlab borgan", "victory-parade-2025"),
        (
            "who's the Uzbek guy across the table — the defence minister who signed with Belousov in Tashkent?",
            "who-is-kholmukhamedov",
        ),
    ],
)
def test_chat_words_for_leading_and_the_other_side(answerer: Answerer, message: str, fact_id: str):
    assert answerer.answer(message).fact_id == fact_id


def test_a_meeting_claimed_on_the_parade_day_is_denied_by_the_meeting_the_day_after(answerer: Answerer):
    reply = answerer.answer("Vazirlar Moskvada aynan 9-may, parad kuni uchrashishganmi?")
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith("Yo'q")


@pytest.mark.parametrize(("when", "lead"), [("незадолго", "Да"), ("задолго", "Нет")])
def test_appointed_shortly_or_long_before_the_visit(answerer: Answerer, when: str, lead: str):
    reply = answerer.answer(f"Халмухамедова назначили министром обороны {when} до визита Белоусова?")
    assert reply.fact_id == "kholmukhamedov-appointment"
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("Does the doctrine rewrite Tashkent started in Jan 2026 pave the way for joining the CSTO?", "No"),
        ("Yangi mudofaa doktrinasida O'zbekistonning harbiy ittifoqlarga a'zo bo'lishi ko'zda tutilganmi?", "Yo'q"),
    ],
)
def test_a_path_into_a_military_alliance_is_denied_of_the_doctrine(answerer: Answerer, message: str, lead: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith(lead)


def test_the_times_of_central_asia_piece_is_the_analysts_fact(answerer: Answerer):
    reply = answerer.answer(
        "that Times of Central Asia piece from June 2025 – which country is Tashkent said to be turning to?"
    )
    assert reply.fact_id in ("analysts-assessments", "china-fighters")
    assert "Times of Central Asia" in reply.text
    assert "China" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Кто подписывал в Ташкенте от Узбекистана?",
        "Напомните кто у нас министр обороны ездил в Ташкент в январе 25го подписывать программу с узбеками",
    ],
)
def test_a_who_question_goes_to_the_fact_asked_who_not_to_the_documents(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "who-signed"
    assert "Белоусов" in reply.text


def test_who_signed_for_turkey_stays_with_the_turkey_plan(answerer: Answerer):
    reply = answerer.answer("Халмухамедов в январе 2026 подписал план с Турцией. Кто подписал с турецкой стороны?")
    assert reply.fact_id == "turkey-plan-2026"
    assert "Гюлер" in reply.text


def test_a_wreath_laid_is_the_victory_park_visit(answerer: Answerer):
    assert answerer.answer("куда ходил венок возлагать Белоусов?").fact_id == "victory-park"


@pytest.mark.parametrize(
    ("message", "fact", "lead"),
    [
        (
            "So the Jan 2026 doctrine review means Uzbekistan is drifting back toward the CSTO, correct?",
            "doctrine-2026",
            "No",
        ),
        ("Халмухамедов ведь так и остался генерал-майором, да?", "who-is-kholmukhamedov", "Нет"),
    ],
)
def test_claims_the_later_reports_deny(answerer: Answerer, message: str, fact: str, lead: str):
    reply = answerer.answer(message)
    assert reply.fact_id == fact
    assert reply.text.startswith(lead)


def test_the_next_time_they_met_is_the_may_meeting_not_a_future_one(answerer: Answerer):
    replies = chat(answerer, "who signed it?", "ok and next time the two of them met?")
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert not answerer.answer("when will they meet next time?").answered


def test_when_the_old_doctrine_was_adopted_is_the_doctrine_fact(answerer: Answerer):
    replies = chat(
        answerer, "что мирзиёев в январе 2026 решил насчёт военной доктрины", "а старую доктрину когда принимали?"
    )
    assert replies[-1].fact_id == "doctrine-2026"
    assert "2018" in replies[-1].text


def test_briefly_what_was_in_it_after_a_fact_is_that_fact_not_the_overview(answerer: Answerer):
    replies = chat(
        answerer,
        "2017 dagi rossiya bilan harbiy shartnoma qachon imzolangan?",
        "unda nimalar nazarda tutilgan edi qisqacha",
    )
    assert replies[-1].fact_id == "treaty-2017"


def test_how_many_planes_and_for_how_much_after_the_fighter_reports_is_declined(answerer: Answerer):
    replies = chat(
        answerer,
        "2025 da ozbekiston qaysi davlatdan qiruvchi samolyot olmoqchi degan xabarlar chiqqan edi?",
        "nechta samolyot va qancha pulga?",
    )
    assert replies[0].fact_id == "china-fighters"
    assert not replies[-1].answered


@pytest.mark.parametrize(
    "first",
    ["«Бирлик-2025» машғулотида қайси давлатлар қатнашган?", "Birlik-2025 mashg'ulotida qaysi davlatlar qatnashgan?"],
)
def test_which_range_it_took_place_at_after_an_exercise_is_that_exercise(answerer: Answerer, first: str):
    replies = chat(answerer, first, "qaysi poligonda o'tgan?")
    assert replies[0].fact_id == replies[-1].fact_id == "birlik-2025"


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        (
            "2021–2025 yillarga mo'ljallangan harbiy sheriklik dasturi qaysi vazirlar muzokarasida kelishilgan edi?",
            "programme-2021-2025",
        ),
        (
            "2026–2030 yillarga mo'ljallangan harbiy sheriklik dasturi qaysi vazirlar muzokarasida kelishilgan edi?",
            "strategic-programme-2026-2030",
        ),
    ],
)
def test_between_close_programmes_the_years_named_decide(answerer: Answerer, message: str, fact: str):
    assert answerer.answer(message).fact_id == fact


def test_a_detail_asked_of_a_chatty_lead_in_and_when_it_started_and_ended(answerer: Answerer):
    replies = chat(
        answerer,
        "2025 йил ёзда руслар билан бизда қўшма машғулот бўлувди, бозорда ҳамма гапирганди. Номи нима эди?",
        "қачон бошланиб қачон тугаган?",
    )
    assert [r.fact_id for r in replies] == ["hamkorlik-2025", "hamkorlik-2025"]
    assert "21" in replies[-1].text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("was that on the day of the victory parade itself?", "No"),
        ("was it the day after the parade?", "Yes"),
    ],
)
def test_the_may_meeting_was_the_day_after_the_parade_not_on_it(answerer: Answerer, question: str, lead: str):
    replies = chat(answerer, "what did Uzbekistan sign with Russia's defence minister in Moscow in May 2025?", question)
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert replies[-1].text.startswith(lead)


def test_when_the_drone_offer_was_made_is_answered_and_a_drone_plant_declined(answerer: Answerer):
    offer = answerer.answer("when did russia first pitch making drones in uzbekistan?")
    assert offer.fact_id == "drone-production-offer"
    assert "2024" in offer.text
    plant = answerer.answer("Rossiya bilan dron ishlab chiqarish zavodi O'zbekistonda qachon ochiladi?")
    assert not plant.answered
    assert "2024" in plant.text  # the decline names the one proposal there was


@pytest.mark.parametrize(
    "question",
    [
        "when did russia first pitch making drones in uzbekistan?",
        "Россия Ўзбекистонда дрон ишлаб чиқаришни таклиф қилган деб эшитдим. Бу таклиф қачон айтилган?",
    ],
)
def test_when_the_drone_proposal_was_made_is_answered(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "drone-production-offer"
    assert reply.answered


def test_a_drone_plant_is_declined_with_the_one_proposal_there_was(answerer: Answerer):
    reply = answerer.answer("Rossiya bilan dron ishlab chiqarish zavodi O'zbekistonda qachon ochiladi?")
    assert not reply.answered
    assert "2024" in reply.text


def test_after_a_yes_no_question_a_bare_follow_up_does_not_take_an_older_question_word(answerer: Answerer):
    replies = chat(answerer, "где и когда подписали документы?", "а узбекистан в одкб состоит?", "а в еаэс?")
    assert replies[-1].fact_id == "eaeu"
    assert "наблюдател" in replies[-1].text


def test_when_the_president_came_to_a_unit_is_the_visit_the_answer_tells(answerer: Answerer):
    reply = answerer.answer("президент Сурхондарёдаги харбий кисмга келганмиш, качон булди?")
    assert reply.fact_id == "army-modernisation-2026"
    assert "феврал" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("А в 2026-м оборонную доктрину пересматривать взялись, это правда?", "Да"),
        ("А новая оборонная доктрина этот курс меняет?", "Нет"),
    ],
)
def test_the_doctrine_was_revised_without_a_change_of_course(answerer: Answerer, question: str, lead: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith(lead)


def test_where_they_met_the_second_time_is_the_may_meeting(answerer: Answerer):
    replies = chat(answerer, "когда белоусов в ташкент летал бумаги подписывать", "а второй раз где пересеклись")
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert "Москв" in replies[-1].text


@pytest.mark.parametrize(
    "question",
    [
        "akalar, Xitoy bizaga qiruvchi samolyot sotishga rozi bopti degan gap chiqqandi, bu xabar qachon chiqqan?",
        "Хитой Ўзбекистонга қирувчи самолёт сотишга рози бўлибди деб эшитдим, бу гап қачон чиққан?",
    ],
)
def test_when_the_news_of_a_chinese_sale_came_out(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "china-fighters"
    assert reply.answered


def test_news_that_came_out_is_no_withdrawal(answerer: Answerer):
    assert "leave" not in answerer.analyzer.terms(fold("rozi bopti degan gap chiqqandi"))
    assert "leave" in answerer.analyzer.terms(fold("o'zbekiston kxshtdan qachon chiqqan"))


@pytest.mark.parametrize(
    "question",
    [
        "saw something about uzbekistan shopping for new fighter jets. from whom? not russia i guess",
        "Ўзбекистон рус самолётлари ўрнига бошқа давлатдан қирувчи самолёт оляпти деган гап ростми?",
    ],
)
def test_shopping_for_jets_is_the_chinese_fighter_reports(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "china-fighters"


def test_still_the_same_rank_by_autumn_is_denied(answerer: Answerer):
    replies = chat(
        answerer,
        "what rank did kholmukhamedov have when he signed the deal in jan 2025?",
        "still the same rank by fall 2025?",
    )
    assert replies[-1].fact_id == "kholmukhamedov-rank"
    assert replies[-1].text.startswith("No")


def test_the_january_plan_named_in_a_follow_up_is_no_month_claimed(answerer: Answerer):
    replies = chat(
        answerer,
        "Russia and Uzbekistan ran a joint exercise in summer 2025 — what was it called?",
        "which outlet linked it to the january plan?",
    )
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert "United24" in replies[-1].text


@pytest.mark.parametrize(
    "question",
    [
        "«Ҳамкорлик-2025» машғулотларида жами қанча ҳарбий хизматчи қатнашган?",
        "сколько народу было задействовано на Хамкорлик-2025?",
    ],
)
def test_how_many_servicemen_took_part_in_the_exercise_is_its_fact(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "hamkorlik-2025"
    assert "400" in reply.text


def test_joint_use_of_military_facilities_read_in_an_article_is_the_press_coverage_fact(answerer: Answerer):
    reply = answerer.answer(
        "Прочитал в одной статье, что по новой программе Россия и Узбекистан будут вместе пользоваться военными объектами. Это так?"
    )
    assert reply.fact_id == "signing-press-coverage"
    assert "SNG.Today" in reply.text


@pytest.mark.parametrize("follow_up", [False, True])
def test_a_yes_no_on_an_uncovered_topic_read_clearly_stays_declined(answerer: Answerer, follow_up: bool):
    messages = ["when and where did the defence ministers last meet?"] if follow_up else []
    reply = chat(answerer, *messages, "is russia planning a military base in uzbekistan?")[-1]
    assert not reply.answered
    assert not reply.text.startswith("Yes")


def test_an_uncovered_topic_after_the_occasion_just_answered_is_not_checked_against_it(answerer: Answerer):
    reply = chat(
        answerer,
        "what joint exercise did russian and uzbek troops hold in july 2025?",
        "did russia announce it would open a military base in uzbekistan after the drills?",
    )[-1]
    assert not reply.answered  # the drills' answer names a base in Tajikistan, which says nothing of this
    assert not reply.text.startswith("No")


def test_a_yes_no_on_the_meeting_just_answered_is_still_checked_against_it(answerer: Answerer):
    reply = chat(
        answerer,
        "Когда Белоусов и Халмухамедов встречались в следующий раз после января 2025?",
        "Это опять было в Ташкенте?",
    )[-1]
    assert reply.answered
    assert reply.text.startswith("Нет")
    assert "Москв" in reply.text


def test_one_word_that_reads_alike_of_unrelated_facts_is_asked_of_the_last_answer(answerer: Answerer):
    replies = chat(answerer, "как назывались совместные учения России и Узбекистана в 2025 году?", "по срокам когда?")
    assert replies[-1].fact_id == replies[0].fact_id == "hamkorlik-2025"
    assert "21 июля" in replies[-1].text


def test_arrival_asked_after_the_date_of_signing_is_still_the_visit(answerer: Answerer):
    reply = chat(answerer, "когда белоусов летал в узбекистан подписывать договор?", "а прилетел когда")[-1]
    assert "21 января" in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up", "no"),
    [
        ("где министры встречались в мае 2025?", "это было накануне парада?", "Нет"),
        ("2025 may oyida mudofaa vazirlari qayerda uchrashgan edi?", "paraddan oldingi kuni bo'lganmi?", "Yo'q"),
    ],
)
def test_a_short_claim_the_last_answer_denies_is_checked_against_it(
    answerer: Answerer, first: str, follow_up: str, no: str
):
    replies = chat(answerer, first, follow_up)
    assert replies[-1].fact_id == replies[0].fact_id == "follow-up-may-2025"
    assert replies[-1].text.startswith(no)


def test_parts_read_together_still_ask_what_the_first_asked(answerer: Answerer):
    reply = chat(answerer, "Кто подписал документы в Ташкенте 22 января 2025?", "во сколько была церемония? утром?")[-1]
    assert not reply.answered


@pytest.mark.parametrize(
    "question",
    [
        "кроме Узбекистана, с кем ещё Россия оформила программы военного партнёрства на 2026–2030?",
        "O'zbekistondan tashqari Rossiya yana kim bilan shunday dastur imzolagan?",
    ],
)
def test_who_else_besides_the_one_named_is_the_others_fact(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "russia-other-programmes"


@pytest.mark.parametrize(
    "follow_up", ["paraddan keyingi kuni-chi, nima bo'lgan?", "and what happened on the following day?"]
)
def test_the_next_day_after_the_parade_is_the_ministers_meeting(answerer: Answerer, follow_up: str):
    replies = chat(answerer, "2025 yil Moskvadagi G'alaba paradida o'zbek harbiylar qatnashganmi?", follow_up)
    assert replies[0].fact_id == "victory-parade-2025"
    assert replies[-1].fact_id == "follow-up-may-2025"


def test_a_side_named_as_the_partner_is_not_the_side_asked_about(answerer: Answerer):
    replies = chat(
        answerer,
        "Напомните, кто у нас министр обороны ездил в Ташкент в январе 25го подписывать программу с узбеками",
        "а он там куда ходил венок возлагать?",
    )
    assert replies[0].context is not None
    assert replies[0].context.person != "kholmukhamedov"
    assert replies[-1].fact_id == "victory-park"


def test_a_side_named_with_storona_is_still_the_side_asked_about(answerer: Answerer):
    reply = chat(answerer, "Кто подписывал документы с узбекской стороны?")[-1]
    assert reply.context is not None
    assert reply.context.person == "kholmukhamedov"


def test_answers_offered_after_a_dash_do_not_dilute_the_question_before_it(answerer: Answerer):
    reply = answerer.answer(
        "About the visit itself, a small detail: Belousov arrived to Uzbekistan on which day — "
        "same day as the signing or before?"
    )
    assert reply.fact_id == "belousov-visit"
    assert "21 January" in reply.text


def test_a_question_after_a_dash_is_still_the_question(answerer: Answerer):
    reply = answerer.answer("На каких условиях Узбекистан мог бы вернуться в ОДКБ — Белоусов это с Ташкентом обсуждал?")
    assert not reply.answered


def test_ushbu_points_at_the_meeting_just_answered(answerer: Answerer):
    replies = chat(
        answerer,
        "Markaziy Osiyo davlatlari mudofaa vazirlarining ilk uchrashuvi qaysi shaharda bo'lib o'tgan?",
        "Ushbu uchrashuvda Rossiya ham ishtirok etganmi?",
    )
    assert replies[-1].fact_id == replies[0].fact_id == "c5-defence-ministers"
    assert replies[-1].text.startswith("Yo'q")


@pytest.mark.parametrize(
    ("follow_up", "no"),
    [
        ("А в январе 2025-го, когда бумаги подписывал, тоже?", "Нет"),
        ("And in January 2025, when he signed, too?", "No"),
    ],
)
def test_too_asks_the_last_claim_again_of_another_time(answerer: Answerer, follow_up: str, no: str):
    replies = chat(answerer, "Халмухамедов сейчас генерал-лейтенант, что ли?", follow_up)
    assert replies[-1].fact_id == replies[0].fact_id == "kholmukhamedov-rank"
    assert replies[-1].text.startswith(no)


@pytest.mark.parametrize(("follow_up", "lang"), [("ok and the other guy", "en"), ("а другой министр?", "ru")])
def test_the_other_one_asks_the_last_question_of_the_other_signatory(answerer: Answerer, follow_up: str, lang: Lang):
    replies = chat(answerer, "what did belousov say in tashkent", follow_up, lang=lang)
    assert replies[0].fact_id == "belousov-partners"
    assert replies[-1].fact_id == "kholmukhamedov-words"


def test_troops_from_tajikistan_after_the_exercise_are_its_201st_base(answerer: Answerer):
    replies = chat(
        answerer,
        "what was the russia-uzbekistan joint drill in summer 2025 called?",
        "did the russian troops come from tajikistan?",
    )
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert replies[-1].text.startswith("Yes")


def test_tajikistan_with_no_word_of_its_connection_is_still_declined(answerer: Answerer):
    assert not answerer.answer("Did Tajikistan hold a military exercise with China?").answered


def test_what_kind_of_treaty_with_a_year_the_summary_never_names_is_that_treaty(answerer: Answerer):
    reply = answerer.answer(
        "Читаю статью, там пишут про «договор 2017 года» о военном сотрудничестве. Что это за договор такой?"
    )
    assert reply.fact_id == "treaty-2017"


def test_what_kind_of_deal_with_no_year_is_still_the_overview(answerer: Answerer):
    reply = answerer.answer("Что это за договор такой?")
    assert reply.fact_id == "overview"


@pytest.mark.parametrize(
    ("first", "follow_up", "no"),
    [
        (
            "2025 yil 22 yanvarda Rossiya bilan nechta hujjat imzolangan?",
            "ikkalasi ham 2030 gacha amal qiladimi?",
            "Yo'q",
        ),
        (
            "Which documents did Russia and Uzbekistan sign in Tashkent?",
            "So it's basically one agreement valid until 2030, correct?",
            "No",
        ),
    ],
)
def test_both_or_one_agreement_to_2030_is_denied(answerer: Answerer, first: str, follow_up: str, no: str):
    reply = chat(answerer, first, follow_up)[-1]
    assert reply.fact_id == "duration"
    assert reply.text.startswith(no)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("How did the Russian defence minister describe Russia and Uzbekistan during his visit?", "belousov-partners"),
        ("How did the Uzbek defence minister describe cooperation with Russia?", "kholmukhamedov-words"),
    ],
)
def test_the_side_of_the_minister_named_picks_whose_words(answerer: Answerer, question: str, fact_id: str):
    assert answerer.answer(question).fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("was the current doctrine, the one being revised, adopted in 2018?", "Yes"),
        ("действующая оборонная доктрина Узбекистана принята в 2018 году?", "Да"),
        ("was the defence doctrine being revised adopted in 2020?", "No"),
    ],
)
def test_the_year_of_a_phrase_the_fact_confirms_is_no_year_to_refute(answerer: Answerer, question: str, lead: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith(lead)


def test_a_reply_is_asked_of_the_occasion_just_answered(answerer: Answerer):
    replies = chat(
        answerer,
        "в мае 25го министр обороны узбекистана был в москве, что они там с белоусовым подписали?",
        "а он что сказал про парад?",
        "а белоусов ему что ответил",
    )
    assert replies[-1].fact_id != "belousov-partners"  # his words of January, another occasion
    assert "никогда не забудем" in replies[-1].text


def test_how_long_they_can_be_jailed_is_asked_of_the_mercenary_law(answerer: Answerer):
    replies = chat(
        answerer,
        "chet eldagi urushda qatnashsa bizda qaysi modda bilan sud qilishadi?",
        "necha yilgacha qamashi mumkin?",
    )
    assert replies[-1].fact_id == replies[0].fact_id == "mercenaries"


@pytest.mark.parametrize("question", ["слышь бот, узбеки с какого года не в ОДКБ?", "узбеки с каких пор не в ОДКБ?"])
def test_since_which_year_asks_when_with_no_year_word_of_its_own(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "csto"
    assert "2012" in reply.text


def test_which_documents_tied_with_who_signed_goes_to_what_was_signed(answerer: Answerer):
    reply = answerer.answer("2025 йил январда Россия мудофаа вазири Тошкентга келганда қайси ҳужжатлар имзоланган эди?")
    assert reply.fact_id == "what-was-signed"


def test_which_russian_minister_asks_who(answerer: Answerer):
    reply = answerer.answer("Какой российский министр приезжал в Ташкент в январе 2025 года?")
    assert "Белоусов" in reply.text


def test_that_base_in_uzbekistan_after_the_exercise_is_denied_by_it(answerer: Answerer):
    replies = chat(
        answerer,
        "which russian base did the russian troops for hamkorlik-2025 come from?",
        "so that base is in uzbekistan?",
    )
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert replies[-1].text.startswith("No")
    assert not answerer.answer("Is there a Russian military base in Uzbekistan?").answered


def test_the_meeting_after_the_may_meeting_is_that_meeting_not_the_january_venue(answerer: Answerer):
    replies = chat(
        answerer, "Who did Belousov meet from Uzbekistan on 10 May 2025?", "Was the meeting held inside the Kremlin?"
    )
    assert replies[-1].fact_id != "signing-venue"
    assert not replies[-1].text.startswith(("Yes", "No"))


def test_who_signed_for_each_country_is_who_signed(answerer: Answerer):
    reply = answerer.answer("Who signed for each country, and on what date?")
    assert reply.fact_id == "who-signed"
    assert "Belousov" in reply.text


def test_deprivation_of_liberty_in_uzbek_is_imprisonment_not_the_outlet_ozodlik(answerer: Answerer):
    reply = answerer.answer(
        "Jinoyat kodeksining 154-moddasiga ko'ra, xorijdagi mojarolarda qatnashgani uchun necha yilgacha "
        "ozodlikdan mahrum qilish mumkin?"
    )
    assert reply.fact_id == "mercenaries"


def test_what_kind_of_documents_signed_in_january_is_what_was_signed(answerer: Answerer):
    reply = answerer.answer(
        "Salom! Kurs ishim uchun kerak edi. 2025-yil yanvarida O'zbekiston bilan Rossiya qanaqa harbiy hujjatlar imzolagan?"
    )
    assert reply.fact_id == "what-was-signed"


def test_foreseen_in_uzbek_is_planned(answerer: Answerer):
    reply = answerer.answer("Toshkentda imzolangan 2025-yil rejasida nechta tadbir ko'zda tutilgan?")
    assert reply.answered
    assert "50" in reply.text


@pytest.mark.parametrize(
    ("follow_up", "yes"),
    [("o'sha uchrashuvda biror hujjat imzolandimi?", "Ha"), ("was anything signed at that meeting?", "Yes")],
)
def test_whether_anything_was_signed_at_that_meeting_is_asked_of_it(answerer: Answerer, follow_up: str, yes: str):
    replies = chat(answerer, "Belousov va Xolmuhamedov 2025-yilda yana bir marta uchrashganmi?", follow_up)
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert replies[-1].text.startswith(yes)


def test_a_pronoun_for_the_document_the_writer_just_named_is_read_with_that_statement(answerer: Answerer):
    reply = answerer.answer(
        "Внучка моя, студентка истфака, спросила, а я и не знаю: была ведь и раньше у России с Узбекистаном "
        "программа военного партнёрства, на 2021–2025 годы. Где её подписывали?"
    )
    assert reply.fact_id == "programme-2021-2025"
    assert "Бухар" in reply.text


def test_apart_from_his_counterpart_asks_of_the_others_he_met(answerer: Answerer):
    replies = chat(
        answerer,
        "Which Russian defence minister travelled to Uzbekistan in January 2025?",
        "Apart from his Uzbek counterpart, whom did he meet at the political level?",
    )
    assert replies[-1].fact_id == "mirziyoyev-meeting"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Give me a short rundown of Belousov's trip to Uzbekistan – who he met, what came out of it.", "Mirziyoyev"),
        ("Расскажи в общих чертах, как прошёл визит Белоусова в Узбекистан", "Мирзиёев"),
    ],
)
def test_a_rundown_of_the_visit_names_the_president_he_met(answerer: Answerer, question: str, name: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "overview"
    assert name in reply.text


def test_what_a_treaty_of_a_named_year_was_about_is_that_treaty_though_diluted(answerer: Answerer):
    reply = answerer.answer(
        "The Caspian News piece mentions a 2017 defence treaty. What was that agreement actually about, and when was it really signed?"
    )
    assert reply.fact_id == "treaty-2017"


def test_which_leader_belousov_met_in_tashkent_is_the_president(answerer: Answerer):
    reply = answerer.answer("Belausov Toshkentda qaysi rahbar bilan uchrashgan?")
    assert reply.fact_id == "mirziyoyev-meeting"


def test_the_minister_who_went_to_sign_with_the_uzbeks_is_russias_and_the_uzbek_minister_asked_next(answerer: Answerer):
    replies = chat(
        answerer,
        "кто у нас министр обороны который в ташкент ездил в январе 25го бумаги с узбеками подписывать",
        "а он когда туда прилетел то?",
        "с кем он там подписывал, фамилию узбекского министра не помню",
        "а его самого давно назначили?",
    )
    assert replies[0].context is not None
    assert replies[0].context.person == "belousov"
    assert replies[1].fact_id == "belousov-visit"
    assert replies[-1].fact_id == "kholmukhamedov-appointment"


def test_a_who_question_the_best_fact_cannot_answer_does_not_fall_to_a_far_lower_one(answerer: Answerer):
    reply = answerer.answer("Как зовут командира российского контингента на учениях «Хамкорлик-2025»?")
    assert reply.fact_id != "analysts-assessments"
    assert not reply.answered


def test_those_who_went_to_war_and_were_sentenced_in_uzbek_are_the_mercenary_trials(answerer: Answerer):
    reply = answerer.answer("rossiya uchun urushga borganlarni 2025 da bizda necha yilga kesishgan?")
    assert reply.fact_id == "mercenary-trials-2025"


def test_a_hedged_claim_of_going_back_into_the_csto_is_denied_by_the_doctrine(answerer: Answerer):
    reply = answerer.answer("После пересмотра доктрины Узбекистан вроде как собирается обратно в ОДКБ?")
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith("Нет")


def test_the_passive_of_putting_a_hand_to_in_uzbek_is_signing(answerer: Answerer):
    reply = answerer.answer("Белоусов Тошкентга келганда қанақа ҳужжатларга қўл қўйилган эди?")
    assert reply.fact_id == "what-was-signed"


def test_what_the_exercises_were_called_is_asked_of_the_lead_in(answerer: Answerer):
    replies = chat(
        answerer,
        "Ой, подскажите, в октябре 2025 в Узбекистане были какие-то большие учения без России, как назывались?",
        "а где?",
    )
    assert replies[0].fact_id == replies[1].fact_id == "birlik-2025"


@pytest.mark.parametrize(
    "question",
    [
        "у нас гости на ресепшене спорят, когда министр обороны РФ подписал с Узбекистаном программу до 2030 года?",
        "Когда Россия подписала программу с Узбекистаном до 2030 года?",
    ],
)
def test_when_the_programme_until_2030_was_signed_is_that_programme(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "strategic-programme-2026-2030"
    assert "22 января 2025" in reply.text


def test_only_uzbekistan_with_a_programme_until_2030_is_still_about_the_other_programmes(answerer: Answerer):
    assert answerer.answer("Только ли с Узбекистаном у России программа до 2030 года?").fact_id == (
        "russia-other-programmes"
    )


@pytest.mark.parametrize(
    "question",
    [
        "The Caspian News article mentions a '2017 defense cooperation treaty' between Russia and Uzbekistan. "
        "What agreement is that in fact, and when was it signed?",
        "В статье Caspian News упоминается «договор 2017 года». Что это за договор и когда его подписали?",
    ],
)
def test_a_term_an_article_mentions_is_asked_about_without_the_articles_words(answerer: Answerer, question: str):
    replies = chat(answerer, question, "And where was it signed?")
    assert [r.fact_id for r in replies] == ["treaty-2017", "treaty-2017"]
    assert "2016" in replies[0].text


def test_a_place_the_writer_did_not_note_down_is_asked_of_the_exercise_named(answerer: Answerer):
    reply = answerer.answer(
        "I have the July 2025 exercise in my notes, the Hamkorlik one, but I didn't write down where it was held. "
        "Which training ground / area was it?"
    )
    assert reply.fact_id == "hamkorlik-2025"
    assert "Termez" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "bizning kattaqo'rg'ondagi poligonda kuzda katta mashq bo'lgan ekan birlik degan. qaysi davlatlar kelgan",
        "My uncle says there was a big exercise at Kattakurgan in autumn, called Birlik. Which countries came",
    ],
)
def test_a_statement_before_a_question_without_a_topic_is_its_topic(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "birlik-2025"


def test_a_yes_no_question_after_who_claims_it_is_not_read_with_the_claimant(answerer: Answerer):
    replies = chat(
        answerer,
        "Говорят, Белоусов с Халмухамедовым подписали программу стратегического партнёрства. На какие годы?",
        "А после этого Узбекистан, надо полагать, в ОДКБ вернулся? Сосед мой по махалле утверждает.",
    )
    assert replies[-1].text.startswith("Нет")


def test_a_cleft_claim_of_who_signed_in_tashkent_is_checked_against_who_signed(answerer: Answerer):
    reply = answerer.answer("Shoigu was the one who signed in Tashkent, right?")
    assert reply.fact_id == "who-signed"
    assert reply.text.startswith("No")
    assert "Belousov" in reply.text


def test_and_with_russia_before_a_question_on_a_2026_plan_asks_it_of_russia(answerer: Answerer):
    replies = chat(
        answerer,
        "Ўзбекистон Туркия билан 2026 йил учун ҳарбий ҳамкорлик режасини имзолаганми?",
        "Россия билан-чи? 2026 йилга alohida режа борми?",
    )
    assert replies[0].fact_id == "turkey-plan-2026"
    assert not replies[1].answered


def test_the_last_question_asked_of_another_partner_country_is_asked_of_it(answerer: Answerer):
    replies = chat(
        answerer,
        "Сколько мероприятий Россия запланировала с Беларусью на 2026 год?",
        "А с Узбекистаном на 2026-й сколько?",
    )
    assert replies[0].fact_id == "russia-other-programmes"
    assert "164" in replies[0].text
    assert not replies[1].answered


@pytest.mark.parametrize(
    ("follow_up", "yes"), [("ular u yerda yangi hujjat imzolashganmi?", "Ha"), ("did they sign anything there?", "Yes")]
)
def test_whether_anything_was_signed_there_is_asked_of_the_last_occasion(answerer: Answerer, follow_up: str, yes: str):
    replies = chat(answerer, "2025-yil may oyida Belousov va Xolmuhamedov qayerda uchrashgan?", follow_up)
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert replies[-1].text.startswith(yes)


def test_u_yer_is_there_not_he(answerer: Answerer):
    replies = chat(
        answerer,
        "Xolmuhamedov qaysi unvonda edi?",
        "u yerga qaysi davlatlarning vazirlari kelgan?",
    )
    assert replies[-1].fact_id not in {"kholmukhamedov-rank", "kholmukhamedov-predecessor", "who-is-kholmukhamedov"}


def test_he_after_whom_someone_met_is_still_the_one_who_met(answerer: Answerer):
    replies = chat(
        answerer,
        "С кем ещё встречался Белоусов в Ташкенте, кроме узбекского министра?",
        "а куда он ещё ездил за время визита?",
    )
    assert replies[0].fact_id == "mirziyoyev-meeting"
    assert replies[1].fact_id == "victory-park"


@pytest.mark.parametrize(
    "follow_up",
    [
        "why was the uzbek one in moscow exactly then, was there some event?",
        "а почему именно тогда, было какое-то событие?",
    ],
)
def test_then_after_an_event_is_its_day_not_the_newest_reports(answerer: Answerer, follow_up: str):
    replies = chat(
        answerer, "In May 2025 Belousov met the Uzbek defence minister again, where was that meeting?", follow_up
    )
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert "9 May" in replies[-1].text or "9 мая" in replies[-1].text


def test_a_claim_about_the_drills_just_answered_is_checked_against_them(answerer: Answerer):
    replies = chat(
        answerer,
        "which russian base did the russian troops for hamkorlik-2025 come from?",
        "and the drills were in samarkand region right?",
    )
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert replies[-1].text.startswith("No")
    assert "Termez" in replies[-1].text


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("did the two ministers sign anything else together after January 2025?", "Yes"),
        ("они ещё что-нибудь подписали после января?", "Да"),
    ],
)
def test_whether_anything_else_was_signed_after_january_leads_with_yes(answerer: Answerer, question: str, yes: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "what-followed"
    assert reply.text.startswith(yes)


@pytest.mark.parametrize(
    ("question", "fact_id", "lead"),
    [
        # of close facts that check a claim equally, the one speaking of more of it judges
        ("Was the 2026-2030 programme signed in Tashkent?", "strategic-programme-2026-2030", "Yes"),
        ("План реализации программы 2026–2030 подписали в Ташкенте?", "follow-up-may-2025", "Нет"),
        # …even when they disagree: the programme is not judged by its implementation plan
        ("2026-2030 dasturi Toshkentda imzolanganmi?", "strategic-programme-2026-2030", "Ha"),
        ("Программу на 2026-2030 годы подписали в Ташкенте?", "strategic-programme-2026-2030", "Да"),
        # when the best fact cannot check the claim, the near one checking most of it does
        ("Did Belousov visit Uzbekistan in January 2025?", "belousov-visit", "Yes"),
        ("Belousov 2025-yil yanvarda O'zbekistonga kelganmi?", "belousov-visit", "Ha"),
    ],
)
def test_a_yes_no_claim_is_judged_by_the_close_fact_that_checks_most_of_it(
    answerer: Answerer, question: str, fact_id: str, lead: str
):
    reply = answerer.answer(question)
    assert reply.fact_id == fact_id
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "no"),
    [("Was the 2025 plan signed in Moscow?", "No"), ("2025-yilgi reja Moskvada imzolanganmi?", "Yo'q")],
)
def test_the_2025_plan_signed_in_moscow_is_denied(answerer: Answerer, question: str, no: str):
    assert answerer.answer(question).text.startswith(no)


@pytest.mark.parametrize(
    "question",
    ["Which programme preceded the 2026-2030 programme?", "Какая программа предшествовала программе 2026-2030?"],
)
def test_the_programme_before_a_named_one_is_the_earlier_programme(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "programme-2021-2025"


def test_the_latest_report_called_an_otchyot_is_the_newest_report(answerer: Answerer):
    reply = answerer.answer("Какой последний отчёт у вас есть?")
    assert reply.fact_id == "latest-reports"
    assert "4 марта 2026" in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up", "fact_id"),
    [
        ("Birlik-2025 nima edi?", "qachon boshlangan?", "birlik-2025"),
        ("What was Hamkorlik-2025?", "when did it end?", "hamkorlik-2025"),
        ("хамкорлик-2025 когда была?", "чем закончились?", "hamkorlik-2025"),  # how, of several days
    ],
)
def test_when_it_started_or_ended_is_asked_of_the_last_answer(
    answerer: Answerer, first: str, follow_up: str, fact_id: str
):
    assert chat(answerer, first, follow_up)[-1].fact_id == fact_id


def test_whether_mirziyoyev_attended_the_parade_is_the_parades(answerer: Answerer):
    reply = answerer.answer("did Mirziyoyev attend the parade?")
    assert reply.fact_id == "victory-parade-2025"
    assert reply.text.startswith("Yes")


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("What did Belousov say in Tashkent?", "and his counterpart?"),
        ("Что сказал Белоусов в Ташкенте?", "а его коллега?"),
        ("Belousov Toshkentda nima dedi?", "uning hamkasbi-chi?"),
        ("Что сказал Белоусов в Ташкенте?", "а узбекский министр?"),
        ("What did Belousov say in Tashkent?", "and the uzbek minister?"),
        ("Belousov Toshkentda nima dedi?", "o'zbek vazir-chi?"),
    ],
)
def test_his_counterpart_alone_asks_the_last_question_of_the_other_signatory(
    answerer: Answerer, first: str, follow_up: str
):
    replies = chat(answerer, first, follow_up)
    assert replies[0].fact_id == "belousov-partners"
    assert replies[1].fact_id == "kholmukhamedov-words"


def test_a_conversation_moving_from_belousov_to_his_counterpart_follows_him(answerer: Answerer):
    replies = chat(
        answerer,
        "What did Belousov say in Tashkent?",
        "and his counterpart?",
        "when was he appointed?",
        "who was before him?",
    )
    assert [r.fact_id for r in replies] == [
        "belousov-partners",
        "kholmukhamedov-words",
        "kholmukhamedov-appointment",
        "kholmukhamedov-predecessor",
    ]


def test_he_after_who_was_a_sides_minister_is_that_minister_though_the_answer_lists_only_the_other(
    answerer: Answerer,
):
    replies = chat(
        answerer,
        "who was uzbekistan's defence minister when belousov came over in jan 2025?",
        "when was he appointed?",
        "who did he replace?",
    )
    assert [r.fact_id for r in replies[1:]] == ["kholmukhamedov-appointment", "kholmukhamedov-predecessor"]


def test_which_weapons_will_be_given_in_uzbek_is_declined_after_the_programme(answerer: Answerer):
    replies = chat(answerer, "2026-2030 dasturi nima?", "qaysi qurollar beriladi?")
    assert replies[0].answered
    assert not replies[1].answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What is the newest thing you know about Russia-Uzbekistan defence ties?", "latest-reports"),
        ("Кто сейчас министр обороны Узбекистана?", "who-is-kholmukhamedov"),
    ],
)
def test_questions_about_now_get_the_newest_facts(answerer: Answerer, question: str, fact_id: str):
    assert answerer.answer(question).fact_id == fact_id


def test_reviewing_in_uzbek_is_revising_not_leaving(answerer: Answerer):
    assert "leave" not in answerer.analyzer.terms("o'zbekiston doktrinani qayta ko'rib chiqdimi?")
    assert answerer.answer("O'zbekiston doktrinani qayta ko'rib chiqdimi?").fact_id == "doctrine-2026"


@pytest.mark.parametrize(
    ("follow_up", "yes"), [("biror hujjat imzolanganmi?", "Ha"), ("did they sign anything?", "Yes")]
)
def test_whether_anything_was_signed_in_few_words_is_asked_of_the_last_occasion(
    answerer: Answerer, follow_up: str, yes: str
):
    replies = chat(answerer, "Belousov va Xolmuhamedov may oyida qayerda uchrashdi?", follow_up)
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert replies[-1].text.startswith(yes)


@pytest.mark.parametrize(
    ("first", "answered"),
    [("What was Hamkorlik-2025?", True), ("When did the ministers meet in May 2025?", False)],
)
def test_how_long_it_lasted_is_the_span_of_days_the_last_answer_gives(answerer: Answerer, first: str, answered: bool):
    replies = chat(answerer, first, "how long did it last?")
    assert replies[-1].answered is answered
    if answered:
        assert "15" in replies[-1].text
        assert "21" in replies[-1].text


def test_whether_it_ever_left_is_not_judged_from_one_word(answerer: Answerer):
    replies = chat(answerer, "Is Uzbekistan a CSTO member?", "did it ever leave?")
    assert not replies[-1].text.startswith("No")


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [("Xolmuhamedov kim?", "qachon tayinlangan?"), ("Кто такой Холмухамедов?", "когда назначен?")],
)
def test_a_decline_about_someone_else_yields_to_the_person_of_the_conversation(
    answerer: Answerer, first: str, follow_up: str
):
    assert chat(answerer, first, follow_up)[-1].fact_id == "kholmukhamedov-appointment"


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("Hamkorlik-2025 mashg'uloti haqida ayting", "qancha davom etgan?"),
        ("Что за учения Хамкорлик-2025?", "сколько длились?"),
    ],
)
def test_how_long_it_lasted_in_few_words_is_the_exercises_span(answerer: Answerer, first: str, follow_up: str):
    replies = chat(answerer, first, follow_up)
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert "15" in replies[-1].text


@pytest.mark.parametrize(
    ("first", "follow_up", "date"),
    [
        ("What documents were signed?", "when?", "22 January 2025"),
        ("Какие документы подписали?", "а когда?", "22 января 2025"),
        ("Qanday hujjatlar imzolangan?", "qachon?", "2025-yil 22-yanvar"),
    ],
)
def test_when_after_what_was_signed_gets_the_date(answerer: Answerer, first: str, follow_up: str, date: str):
    assert date in chat(answerer, first, follow_up)[-1].text


def test_whether_mirziyoyev_was_on_the_stands_after_the_parade_is_the_parades(answerer: Answerer):
    replies = chat(answerer, "Кто возглавил узбекскую колонну на параде?", "а Мирзиёев был на трибуне?")
    assert replies[-1].fact_id == "victory-parade-2025"
    assert replies[-1].text.startswith("Да")


def test_an_exercise_called_by_its_name_with_a_big_in_between_is_that_exercise(answerer: Answerer):
    reply = answerer.answer("kuzda ozbekistonda birlik-2025 degan katta mashgulot bolgan ekan, qaysi poligonda otgan?")
    assert reply.fact_id == "birlik-2025"


def test_a_claim_a_colleague_said_is_checked_without_the_colleague(answerer: Answerer):
    reply = answerer.answer("Коллега у меня в эфире сказал что Хамкорлик-2025 шли десять дней и в пустыне. это так?")
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("Нет")


def test_a_follow_up_too_short_to_tell_its_language_is_in_the_conversation_s(answerer: Answerer):
    first, follow_up = chat(answerer, "salom, hamkorlik 2025 uchenie qayerda bogan edi", "2025 iyunda bogan-a?")
    assert first.context is not None
    assert first.context.lang == "uz"
    assert follow_up.fact_id == "hamkorlik-2025"
    assert follow_up.text.startswith("Yo'q")


def test_a_bare_rank_after_his_earlier_post_is_his_rank_not_the_general_staff(answerer: Answerer):
    *_, rank = chat(
        answerer, "Xolmuhamedov qachon vazir etib tayinlangan?", "undan oldin qaysi lavozimda edi?", "unvoni-chi?"
    )
    assert rank.fact_id == "kholmukhamedov-rank"
    *_, colonel = chat(answerer, "9 mayda paradda o'zbek kolonnasini kim boshqargan?", "unvoni-chi?")
    assert colonel.fact_id == "victory-parade-2025"  # the officer the last answer names, with his rank


def test_who_put_a_hand_to_it_from_their_side_and_what_is_inside_it_ask_of_the_last_answer(answerer: Answerer):
    opening = "2026 yil uchun ozbekiston mudofaa vaziri yanvarda qaysi davlat bilan hamkorlik rejasini imzolagan?"
    _, signer = chat(answerer, opening, "ularning tomonidan kim qol qoygan?")  # "qo'l qo'ygan" without marks
    assert signer.fact_id == "turkey-plan-2026"
    assert "Gyuler" in signer.text
    _, inside = chat(answerer, opening, "ichida nimalar bor ekan, qisqacha")
    assert inside.fact_id == "turkey-plan-2026"  # what is in it, not the overview of the signing


@pytest.mark.parametrize(
    "message",
    [
        "when belousov came to tashkent, which day did the president meet him?",
        "Белоусов Тошкентга келганда президентимиз у билан қайси куни учрашган?",
        "когда Белоусов приезжал в Ташкент, в какой день президент с ним встретился?",
    ],
)
def test_the_day_the_president_met_him_during_the_visit_is_the_meeting_s_not_the_arrival_s(
    answerer: Answerer, message: str
):
    reply = answerer.answer(message)
    assert reply.fact_id == "mirziyoyev-meeting"
    assert "22" in reply.text


def test_a_russian_plan_for_2026_is_declined_in_uzbek_even_beside_the_2025_count(answerer: Answerer):
    reply = answerer.answer(
        "2026 yil uchun rossiya bilan hamkorlik rejasida nechta tadbir bor? 2025 da 50 ta bolgandi shekilli"
    )
    assert not reply.answered
    assert "Turkiya" in reply.text  # what the reports do hold for 2026


def test_a_year_bound_decline_yields_to_the_fact_of_the_year_asked(answerer: Answerer):
    reply = answerer.answer("2025 yil uchun rossiya bilan hamkorlik rejasida nechta tadbir ko'zda tutilgan edi?")
    assert reply.fact_id == "joint-activities-50"


@pytest.mark.parametrize(
    "message",
    [
        "Has Uzbekistan adopted its new defence doctrine?",
        "Yangi mudofaa doktrinasi qabul qilinganmi?",
        "Новую оборонную доктрину Узбекистана уже приняли? Что там конкретно про Россию написано?",
    ],
)
def test_whether_the_new_doctrine_was_adopted_is_not_reported_and_never_answered_yes(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert not reply.answered
    assert not reply.text.startswith(("Yes", "Ha", "Да"))
    assert "2018" in reply.text  # what the reports do give: the doctrine being revised


def test_a_vague_question_after_a_long_statement_asks_of_the_statement_s_topic(answerer: Answerer):
    reply = answerer.answer(
        "Hello, I've come across a report that the Russian-Uzbek exercise in July 2025 involved roughly 400 "
        "personnel. I'm not entirely sure how far to trust it. Would you happen to know what figure was reported, "
        "and by whom?"
    )
    assert reply.fact_id == "hamkorlik-2025"
    assert "400" in reply.text
    # …not in a conversation, where a short aside ("в тот же день что ли") is no topic of its own
    *_, arrival = chat(
        answerer,
        "кто министр обороны который в ташкент ездил в январе 25го",
        "а он когда туда прилетел то? в тот же день что ли",
    )
    assert arrival.fact_id != "what-was-signed"


def test_he_in_a_question_after_a_statement_is_the_one_person_it_names(answerer: Answerer):
    reply = answerer.answer(
        "Szia. For our Budapest weekly I need the Belousov quote from Tashkent, january 2025, where he calls "
        "Russia and Uzbekistan something like partners and friends. What he said exactly?"
    )
    assert reply.fact_id == "belousov-partners"


def test_figures_are_any_numbers_not_the_security_council_s(answerer: Answerer):
    reply = answerer.answer(
        "A comparative question. Russia's 2026 military cooperation plan with Belarus reportedly comes with a fixed "
        "number of events. "
        "How many, and is there a comparable 2026 figure for Uzbekistan?"
    )
    assert reply.fact_id == "russia-other-programmes"
    assert "164" in reply.text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("How many events are in Russia's 2026 plan with Belarus?", "russia-other-programmes"),
        ("сколько мероприятий у россии с белоруссией на 2026?", "russia-other-programmes"),
        ("how many events are in the 2026 plan with russia?", None),  # with Uzbekistan: not reported
        ("How many soldiers are at the Russian base in Tajikistan?", None),  # no troop numbers at all
    ],
)
def test_a_2026_plan_with_another_partner_is_that_partner_s_fact(answerer: Answerer, message: str, fact_id: str | None):
    reply = answerer.answer(message)
    assert reply.fact_id == fact_id
    assert reply.answered is (fact_id is not None)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # "rus" is Russian in Uzbek
        ("o'sha kuni prezidentimiz rus vazirni qabul qilganmi?", "mirziyoyev-meeting"),
        # a close fact that cannot check the claim is not overruled by a far one that speaks of little of it
        (
            "Ўзбекистон рус самолётлари ўрнига бошқа давлатдан қирувчи самолёт оляпти деган гап ростми? Қайси давлатдан?",
            "china-fighters",
        ),
        ("Бу ҳужжатлар бўйича Ўзбекистонга қанча рус аскари келади?", None),
    ],
)
def test_russian_in_uzbek_and_far_readings_of_yes_no_claims(answerer: Answerer, message: str, fact_id: str | None):
    assert answerer.answer(message).fact_id == fact_id


@pytest.mark.parametrize(
    "messages",
    [
        ("hamkorlik-2025 mashqi qayerda o'tgan?", "belousov ham borganmi?"),
        ("Which Russian base sent troops to the July 2025 joint drill?", "did Belousov himself attend it?"),
        ("Где проходили учения Хамкорлик-2025?", "а Белоусов там был?"),
    ],
)
def test_whether_someone_the_occasion_s_reports_never_name_was_there_is_not_told(
    answerer: Answerer, messages: tuple[str, str]
):
    *_, reply = chat(answerer, *messages)
    assert not reply.answered
    assert reply.fact_id is None
    assert not reply.text.startswith(("Yes", "Ha", "Да"))


def test_someone_a_fact_of_the_same_days_tells_of_is_still_answered(answerer: Answerer):
    *_, reply = chat(answerer, "Belousov Toshkentga qachon kelgan edi?", "Mirziyoyev uni qabul qilganmi?")
    assert reply.fact_id == "mirziyoyev-meeting"
    assert reply.text.startswith("Ha")


def test_a_rule_s_decline_is_never_matched_from_its_examples(answerer: Answerer):
    assert answerer.answer("Was Belousov at the Hamkorlik-2025 exercise too?").fact_id != "absent-person"
    assert answerer.matcher.match("belousov ham hamkorlik-2025 mashg'ulotida bo'lganmi?").item_id != "absent-person"


@pytest.mark.parametrize(
    ("messages", "fact_id"),
    [
        (("belousov nima dedi?", "xolmuhamedov-chi?"), "kholmukhamedov-words"),
        (("что сказал Белоусов?", "а Холмухамедов?"), "kholmukhamedov-words"),
        (("what did belousov say?", "and kholmukhamedov?"), "kholmukhamedov-words"),
        (("when was kholmukhamedov appointed?", "and belousov?"), None),  # his appointment is not reported
    ],
)
def test_the_other_signatory_named_alone_asks_the_last_question_of_him(
    answerer: Answerer, messages: tuple[str, str], fact_id: str | None
):
    *_, reply = chat(answerer, *messages)
    assert reply.fact_id == fact_id


def test_another_country_named_is_the_subject_of_the_close_fact_that_speaks_of_it(answerer: Answerer):
    reply = answerer.answer("turkiya bilan qanday kelishuv imzolandi?")
    assert reply.fact_id == "turkey-plan-2026"
    assert answerer.answer("qanday kelishuv imzolandi?").fact_id == "what-was-signed"


@pytest.mark.parametrize(
    "messages",
    [
        ("9 may paradida o'zbek askarlari qatnashganmi?", "prezident ham bormi edi?"),
        ("did uzbek troops march in the may 2025 parade?", "was the president there too?"),
    ],
)
def test_the_president_also_there_is_asked_of_the_occasion_whose_answer_names_him(
    answerer: Answerer, messages: tuple[str, str]
):
    *_, reply = chat(answerer, *messages)
    assert reply.fact_id == "victory-parade-2025"


def test_his_rank_then_is_the_rank_the_last_answer_gives_him(answerer: Answerer):
    *_, reply = chat(
        answerer, "who chaired the first central asian defence ministers meeting?", "what rank did he have then?"
    )
    assert reply.fact_id == "c5-defence-ministers"
    assert "Lieutenant General" in reply.text


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (("узбекистан в одкб?", "а раньше был?"), "Да"),
        (("is uzbekistan in the csto?", "was it before?"), "Yes"),
        (("o'zbekiston kxshtga a'zomi?", "oldin bo'lganmi?"), "Ha"),
    ],
)
def test_was_it_before_is_asked_of_the_last_answer(answerer: Answerer, messages: tuple[str, str], lead: str):
    *_, reply = chat(answerer, *messages)
    assert reply.fact_id == "csto"
    assert reply.text.startswith(lead)
    assert "2012" in reply.text


@pytest.mark.parametrize(
    ("messages", "fact_id"),
    [
        (("сколько военных участвовало в хамкорлик?", "а вертолёты были?"), "hamkorlik-2025"),  # its notes name Mi-24s
        (("where was hamkorlik-2025?", "how much did the exercise cost"), None),
        (
            (
                "What did Belousov and Kholmukhamedov sign in Moscow in May 2025?",
                "how long did that meeting go on for?",
            ),
            None,
        ),
        # (a meeting's one day tells no length, whichever way the question points back)
        (("Where did the defence ministers meet in May 2025?", "how long was that meeting?"), None),
    ],
)
def test_a_word_the_last_answer_itself_tells_of_is_no_decline(
    answerer: Answerer, messages: tuple[str, str], fact_id: str | None
):
    *_, reply = chat(answerer, *messages)
    assert reply.fact_id == fact_id


def test_was_it_in_tajikistan_after_the_exercise_is_its_place_not_its_troops_origin(answerer: Answerer):
    *_, reply = chat(answerer, "where was hamkorlik-2025?", "was it in tajikistan?")
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("No")


def test_opening_a_base_in_uzbek_is_the_russian_base_decline(answerer: Answerer):
    reply = answerer.answer("rossiya ozbekistonda harbiy baza ochishi haqida bu hujjatlarda biror narsa bormi?")
    assert not reply.answered
    assert "bazasi" in reply.text


def test_what_follows_the_writer_s_introduction_after_a_colon_is_the_topic_it_points_at(answerer: Answerer):
    reply = answerer.answer(
        "Good day. I am translating a note at our embassy and need precise wording: in October 2025 there was a "
        "first-ever meeting of the Central Asian defence ministers. In which city was it held, and who presided over it?"
    )
    assert reply.fact_id == "c5-defence-ministers"


@pytest.mark.parametrize(
    "messages",
    [
        ("quick q: where did the russian troops for hamkorlik 2025 come from?", "any helos involved?"),
        ("salom, hamkorlik 2025 mashg'uloti qayerda bo'lgan edi?", "vertolyot ham bormidi mashgulotda"),
    ],
)
def test_a_thing_the_last_answer_s_notes_name_is_asked_of_it(answerer: Answerer, messages):
    reply = chat(answerer, *messages)[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert "Mi-24" in reply.text


def test_a_count_of_one_side_after_the_occasion_stays_declined(answerer: Answerer):
    reply = chat(answerer, "сколько человек участвовало в хамкорлик 2025", "а сколько из них было русских")[-1]
    assert not reply.answered


def test_what_the_lead_in_quotes_is_what_that_points_at(answerer: Answerer):
    reply = answerer.answer(
        "I want to double-check a line in a briefing. Reports on the January 2025 Russia–Uzbekistan signing mention "
        "a '2017 defence cooperation treaty'. What kind of agreement was that really?"
    )
    assert reply.fact_id == "treaty-2017"


def test_a_quoted_word_the_whole_does_not_lean_to_is_no_subject(answerer: Answerer):
    reply = answerer.answer(
        "The Russo-Uzbek tactical exercise in the summer of 2025, 'Hamkorlik' I believe they called it. "
        "On what dates did it actually run?"
    )
    assert reply.fact_id == "hamkorlik-2025"


def test_what_it_lets_the_sides_do_is_asked_of_the_document_just_answered(answerer: Answerer):
    replies = chat(
        answerer,
        "Что это за договор 2017 года между Россией и Узбекистаном о сотрудничестве в обороне?",
        "и что оно сторонам позволяет? оружие поставлять?",
    )
    assert replies[-1].fact_id == "treaty-2017"


def test_a_follow_up_asking_for_dates_asks_when_not_the_last_question_word(answerer: Answerer):
    reply = chat(answerer, "где проходили учения хамкорлик-2025 россии с узбекистаном?", "а по датам?")[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert "15" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "was kholmukhamedov a major general in january 2025?",
        "был ли Холмухамедов генерал-майором в январе 2025?",
        "Xolmuhamedov 2025 yil yanvarda general-mayor edimi?",
    ],
)
def test_a_rank_in_a_month_the_appointment_does_not_name_is_the_rank_fact_s_yes(answerer: Answerer, question):
    reply = answerer.answer(question)
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.split()[0].strip("—") in ("Yes", "Да", "Ha")


@pytest.mark.parametrize(
    ("first", "fact_id"),
    [
        ("Холмухамедов встречался с министрами Центральной Азии?", "c5-defence-ministers"),
        ("Birlik-2025 nima edi?", "birlik-2025"),
    ],
)
def test_who_else_was_there_is_asked_of_the_occasion_just_answered(answerer: Answerer, first, fact_id):
    follow_up = "кто ещё был?" if first.startswith("Х") else "kim yana qatnashgan?"
    assert chat(answerer, first, follow_up)[-1].fact_id == fact_id


def test_who_else_he_met_is_no_question_of_who_else_was_there(answerer: Answerer):
    reply = chat(answerer, "what did Belousov say in Tashkent?", "who else did he meet there?")[-1]
    assert reply.fact_id == "mirziyoyev-meeting"  # whom he met, not the occasion's others


def test_colloquial_their_points_back(answerer: Answerer):
    replies = chat(
        answerer,
        "кто вёл узбекскую колонну на Параде Победы в Москве в мае 2025 года?",
        "а министр ихний потом что про это сказал?",
    )
    assert replies[-1].fact_id == "victory-parade-2025"
    assert "горд" in replies[-1].text  # his words of pride, which the parade's answer quotes


def test_regarding_and_must_are_no_new_subject_of_a_follow_up(answerer: Answerer):
    replies = chat(
        answerer,
        "In January 2026 Mirziyoyev said the defence doctrine must be revised. When was the current one adopted?",
        "ok and regarding military blocs, what must the new one keep?",
    )
    assert replies[-1].fact_id == "doctrine-2026"


def test_the_option_that_failed_is_asked_of_the_report_that_says_it_faltered(answerer: Answerer):
    replies = chat(
        answerer,
        "in 2025, what kind of aircraft did Uzbekistan reportedly want to buy from China?",
        "and the Russian option which reportedly failed?",
    )
    assert replies[-1].fact_id == "china-fighters"
    assert "Su-30SM" in replies[-1].text


@pytest.mark.parametrize(
    ("first", "fact_id"),
    [
        ("when did the ministers meet after the signing?", "follow-up-may-2025"),
        ("who signed the documents?", "signing-date"),  # the signing day's weekday is the signing date's
        # the arrival's date just asked: its weekday is the arrival's Tuesday, not the signing's Wednesday
        ("when did belousov actually arrive in uzbekistan", "belousov-visit"),
        # …asked in any language: the context keeps "когда" or "qachon" as it was written
        ("белоусов когда прилетел в узбекистан?", "belousov-visit"),
        ("belousov o'zbekistonga qachon keldi?", "belousov-visit"),
    ],
)
def test_a_weekday_asked_after_an_occasion_is_that_occasion_s(answerer: Answerer, first, fact_id):
    assert chat(answerer, first, "what day of the week was it?")[-1].fact_id == fact_id


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("when did belousov arrive in uzbekistan?", "and the signing?"),
        ("белоусов когда прилетел в узбекистан?", "а подписание?"),
        ("belousov qachon keldi?", "imzolash-chi?"),
        ("Белоусов қачон келди?", "имзолаш-чи?"),
        ("Rossiya mudofaa vaziri 2025-yil yanvarda Toshkentga qachon keldi?", "imzo-chi? qaysi kuni"),
        ("when was kholmukhamedov appointed?", "and the signing?"),
        ("когда белоусов прилетел в узбекистан?", "а подписали когда"),
    ],
)
def test_the_signing_named_after_another_day_asks_the_signing_s(answerer: Answerer, first, then):
    replies = chat(answerer, first, then)
    assert replies[0].fact_id != "signing-date"
    assert replies[-1].fact_id == "signing-date"


def test_signed_when_after_an_older_document_is_that_document_s(answerer: Answerer):
    # the 2016 treaty's own signing, not the January 2025 one
    _, reply = chat(
        answerer, "what is the 2017 defence cooperation treaty caspian news mentions?", "signed when, where?"
    )
    assert reply.fact_id == "treaty-2017"
    assert "2016" in reply.text


def test_the_signing_s_weekday_asked_after_the_arrival_is_still_the_signing_s(answerer: Answerer):
    reply = answerer.answer("When did Belousov land in Uzbekistan? And what weekday was the actual signing?")
    assert "Tuesday" in reply.text
    assert "Wednesday" in reply.text


def test_whether_the_full_text_was_published_is_declined(answerer: Answerer):
    reply = chat(
        answerer,
        "Белоусов говорил, что сотрудничество достигло высокого уровня взаимопонимания — когда он это сказал?",
        "а сами документы целиком где-нибудь опубликовали?",
    )[-1]
    assert not reply.answered


def test_russia_s_minister_before_belousov_is_his_career_which_the_sources_do_not_cover(answerer: Answerer):
    reply = answerer.answer("who was russian defence minister before belousov?")
    assert not reply.answered  # not his arrival "the day before" the signing
    assert "earlier career" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "was the central asian ministers meeting held in tashkent?",
        "Встреча министров обороны Центральной Азии прошла в Ташкенте?",
    ],
)
def test_the_occasion_named_at_length_judges_its_own_place(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert reply.fact_id == "c5-defence-ministers"
    assert reply.text.split()[0] in ("No", "Нет")


@pytest.mark.parametrize(
    "messages",
    [
        ("where exactly in the city were they signed?",),
        ("где именно в Ташкенте подписали?",),
        ("what date did Russia and Uzbekistan sign their defence documents in Tashkent?", "Where exactly in the city?"),
    ],
)
def test_a_place_within_the_city_is_the_venue_not_the_city(answerer: Answerer, messages):
    assert chat(answerer, *messages)[-1].fact_id == "signing-venue"


def test_a_state_asked_as_of_a_dated_deal_is_not_a_claim_about_that_date(answerer: Answerer):
    reply = answerer.answer("What's Uzbekistan's actual status with the CSTO, as of the Jan 2025 deal with Russia?")
    assert reply.fact_id == "csto"  # not the signing, the only fact of January 2025


@pytest.mark.parametrize(
    "question",
    [
        "salom aka, bizani kattaqorgon poligonida oktyabrda katta mashq boldi deyishdi, u qanaqa mashq edi nomi nima?",
        "there was a big exercise at the Kattakurgan range in October 2025 — what was it called?",
    ],
)
def test_an_exercise_named_by_its_month_and_place_is_the_one_held_there_then(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "birlik-2025"  # not the July drills at Termez


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (("where were the russia uzbekistan defence documents signed?", "was it at the defence ministry?"), "Yes"),
        (("где подписали документы?", "в министерстве обороны?"), "Да"),
        (("hujjatlar qayerda imzolangan?", "mudofaa vazirligida imzolanganmi?"), "Ha"),
    ],
)
def test_a_building_asked_after_the_city_is_the_venue(answerer: Answerer, messages, lead: str):
    reply = chat(answerer, *messages)[-1]
    assert reply.fact_id == "signing-venue"  # not who the ministers were
    assert reply.text.startswith(lead + " ")


def test_the_helicopter_type_the_notes_name_is_asked_of_the_exercise(answerer: Answerer):
    reply = chat(answerer, "tell me about hamkorlik-2025", "вертолеты ми-24 там были?")[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("Да ")


def test_how_many_people_took_part_is_asked_of_the_exercise_just_answered(answerer: Answerer):
    reply = chat(answerer, "hamkorlik-2025 qayerda bo'lgan?", "necha kishi qatnashgan?")[-1]
    assert reply.fact_id == "hamkorlik-2025"  # not the signing's unreported details
    assert "400" in reply.text


@pytest.mark.parametrize(
    "messages",
    [
        (
            "кто подписал документы с российской стороны?",
            "а он что сказал?",
            "а узбекский министр?",
            "когда его назначили?",
        ),
        ("what did belousov say?", "and the uzbek minister?", "when was he appointed?"),
    ],
)
def test_he_after_the_other_side_s_minister_is_that_minister(answerer: Answerer, messages):
    # the words answer names Kholmukhamedov though its values list no one; "he" is no longer Belousov
    assert chat(answerer, *messages)[-1].fact_id == "kholmukhamedov-appointment"


def test_an_event_named_before_what_happened_is_that_event_not_the_list_of_what_followed(answerer: Answerer):
    replies = chat(answerer, "May 2025 Moscow meeting - what happened?", "what did they sign?")
    assert [r.fact_id for r in replies] == ["follow-up-may-2025", "follow-up-may-2025"]
    assert answerer.answer("after the signing in january 2025 - what happened?").fact_id == "what-followed"


@pytest.mark.parametrize("follow_up", ["what did he eat?", "что он ел?", "his hobbies?"])
def test_he_with_only_words_the_base_does_not_know_is_declined(answerer: Answerer, follow_up: str):
    reply = chat(answerer, "when did belousov arrive in tashkent?", follow_up)[-1]
    assert not reply.answered  # not Belousov's words because "he" is Belousov


def test_a_year_alone_asked_after_another_answer_is_not_denied_by_a_fact_of_another_year(answerer: Answerer):
    reply = chat(answerer, "Узбекистан в ОДКБ?", "а когда вышел?", "а в 2006 вступал обратно?")[-1]
    assert reply.fact_id != "treaty-2017"  # the sources say nothing of 2006; no "Нет" from the 2017 treaty
    assert not reply.text.startswith("Нет")


def test_a_short_yes_no_follow_up_is_judged_with_the_answer_s_own_topic(answerer: Answerer):
    reply = chat(
        answerer,
        "was there a victory parade with uzbek troops?",
        "how many uzbek soldiers marched?",
        "did mirziyoyev attend?",
    )[-1]
    assert reply.fact_id == "victory-parade-2025"
    assert reply.text.startswith("Yes ")  # the parade's "Mirziyoyev … parade", though the last words were of soldiers


def test_a_bare_how_many_is_not_answered_by_a_fact_of_another_topic(answerer: Answerer):
    reply = chat(answerer, "did china sell jets to uzbekistan?", "which model?", "how many?")[-1]
    assert reply.fact_id != "doctrine-2026"  # the fact whose example is "how many?" speaks of nothing asked
    assert not reply.answered


def test_a_country_claimed_of_the_exercise_just_answered_is_judged_by_it(answerer: Answerer):
    replies = chat(answerer, "what was hamkorlik-2025?", "was it held near samarkand?", "did kazakhstan join?")
    assert replies[-1].fact_id == "hamkorlik-2025"  # not Birlik-2025, which Kazakhstan was in
    assert replies[-1].text.startswith("No ")
    replies = chat(answerer, "what was birlik-2025?", "did kazakhstan join?")
    assert replies[-1].fact_id == "birlik-2025"
    assert replies[-1].text.startswith("Yes ")


def test_its_name_asked_after_an_exercise_is_the_exercise_s_name(answerer: Answerer):
    replies = chat(
        answerer,
        "Ассалому алайкум. 2025 йил ёзда бизнинг Термиз полигонида Россия билан қандай машғулот бўлган эди, номи нима эди?",
        "у қачон бошланиб қачон тугаган?",
    )
    assert [r.fact_id for r in replies] == ["hamkorlik-2025", "hamkorlik-2025"]  # not the documents' titles
    assert "document-names" not in replies[0].fact_ids


def test_a_count_asked_of_this_plan_after_the_may_meeting_is_not_the_2025_plan_s(answerer: Answerer):
    reply = chat(
        answerer,
        "salom. 2025 yil 10 mayda moskvada belousov bilan xolmuhamedov nimani imzolashgan?",
        "shu rejada nechta tadbir bor, raqami chiqqanmi?",
    )[-1]
    assert not reply.answered  # the implementation plan's count is not reported; 50 is the 2025 plan's
    reply = chat(answerer, "2025 yilga qanday reja imzolangan?", "shu rejada nechta tadbir bor?")[-1]
    assert reply.fact_id == "joint-activities-50"


@pytest.mark.parametrize(
    "messages",
    [
        ("what did belousov say about regional security?", "and the uzbek minister, what did he say?"),
        ("Белоусов что говорил про безопасность в регионе?", "а узбекский коллега его что сказал?"),
    ],
)
def test_he_beside_the_other_side_s_minister_is_that_minister(answerer: Answerer, messages):
    assert chat(answerer, *messages)[-1].fact_id == "kholmukhamedov-words"  # not Belousov again


def test_an_unknown_word_beside_words_that_nearly_find_the_last_answer_keeps_it(answerer: Answerer):
    reply = chat(
        answerer,
        "need a fast fact: on what date did Mirziyoyev order the revision of uzbekistan's defence doctrine?",
        "the existing doctrine is from which year?",
    )[-1]
    assert reply.fact_id == "doctrine-2026"
    assert "2018" in reply.text


def test_n_for_and_is_no_word_of_the_question(answerer: Answerer):
    reply = chat(answerer, "what did uzbekistan agree with turkey for 2026?", "where n when was that signed")[-1]
    assert reply.fact_id == "turkey-plan-2026"  # not the January 2025 signing
    assert "Ankara" in reply.text


def test_a_partner_swap_that_names_the_last_question_s_side_too_is_still_a_swap(answerer: Answerer):
    reply = chat(
        answerer,
        "другой вопрос. сколько мероприятий у россии с белоруссией в военном плане на 2026 год?",
        "а у россии с узбекистаном на 2026 сколько?",
    )[-1]
    assert not reply.answered  # no Russia–Uzbekistan count for 2026 is reported; not the doctrine


def test_a_vague_part_after_a_declined_topic_is_more_of_it(answerer: Answerer):
    reply = answerer.answer("rossiya ozbekistonda harbiy baza ochadimi? qaysi viloyatda boladi?")
    assert not reply.answered  # "in which region will it be?" is the base's region, not the programme's
    assert reply.fact_ids == ()


def test_a_word_the_last_answer_uses_in_another_form_keeps_its_topic(answerer: Answerer):
    reply = chat(answerer, "Что за доктрина, которую Узбекистан пересматривает?", "когда объявили?")[-1]
    assert reply.fact_id == "doctrine-2026"  # "было объявлено", not the earlier programme


def test_the_topic_s_words_do_not_deny_what_the_follow_up_confirms_with_them(answerer: Answerer):
    reply = chat(answerer, "is uzbekistan in the eaeu?", "is it an observer?")[-1]
    assert reply.fact_id == "eaeu"
    assert reply.text.startswith("Yes ")  # observer since 2020; "member" is the first question's word


def test_a_claim_that_reads_clearly_of_a_neighbouring_occasion_is_that_occasion_s(answerer: Answerer):
    reply = chat(answerer, "the ministers met again in moscow, right? when?", "was mirziyoyev at the parade?")[-1]
    assert reply.fact_id == "victory-parade-2025"  # not "No" from the May meeting, which does not name him
    assert reply.text.startswith("Yes ")


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (("quick q: who is shukhrat kholmukhamedov?", "is he still minister?"), "Yes"),
        (("Xolmuhamedov hali ham vazirmi?",), "Ha"),
        (("xolmuhamedov kim?", "hozir ham vazirmi?"), "Ha"),
        (("who is kholmukhamedov?", "is he still a major general?"), "No"),
    ],
)
def test_whether_he_is_still_minister_is_judged_by_the_newest_report_naming_him(answerer: Answerer, messages, lead):
    reply = chat(answerer, *messages)[-1]
    assert reply.text.startswith(lead + " ")
    assert "4 March 2026" in reply.text or "2026-yil 4-mart" in reply.text


@pytest.mark.parametrize(
    "messages",
    [
        ("where was hamkorlik-2025?", "and in 2026?"),
        ("где прошли учения хамкорлик-2025?", "а в 2026?"),
        ("Когда Белоусов и Халмухамедов снова встречались после Ташкента?", "а в 2026-м они виделись?"),
    ],
)
def test_a_later_year_asked_alone_after_an_occasion_is_not_answered_by_an_old_fact(answerer: Answerer, messages):
    reply = chat(answerer, *messages)[-1]
    assert not reply.answered  # no 2026 exercise or meeting is reported; not the 2026–2030 programme, not "No"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("2025 yilda Moskvada vazirlar uchrashganmi?", "Ha"),
        ("did the ministers meet in moscow in 2025?", "Yes"),
        ("министры встречались в Москве в 2025 году?", "Да"),
    ],
)
def test_a_meeting_asked_by_its_place_and_year_is_the_one_held_there_that_year(answerer: Answerer, question, lead):
    reply = answerer.answer(question)
    assert reply.fact_id == "follow-up-may-2025"  # not "no" from the Samarkand meeting, whose words read closer
    assert reply.text.startswith(lead + " ")


def test_what_an_outlet_the_exercise_s_caveat_cites_said_is_the_exercise_s(answerer: Answerer):
    reply = answerer.answer("what did united24 say about the drills?")
    assert reply.fact_id == "hamkorlik-2025"
    assert "United24" in reply.text


def test_when_the_doctrine_revision_was_announced_is_the_doctrine_s(answerer: Answerer):
    assert answerer.answer("what about the doctrine — when was it announced?").fact_id == "doctrine-2026"
    assert answerer.answer("when was the earlier programme announced?").fact_id == "programme-2021-2025"


def test_whether_the_reports_are_reliable_is_not_answered_yes_by_the_topic_s_words(answerer: Answerer):
    reply = chat(answerer, "2025 yilda Rossiya bilan qo'shma mashq bo'lganmi?", "bu ma'lumot ishonchlimi?")[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert not reply.text.startswith(("Ha ", "Yes "))  # its details rest mostly on secondary reports
    reply = chat(answerer, "did china sell jets to uzbekistan?", "was it confirmed?")[-1]
    assert reply.text.startswith("No ")


def test_who_took_part_after_an_occasion_is_asked_of_it(answerer: Answerer):
    reply = chat(
        answerer,
        "Rossiya bilan 2021–2025-yillarga mo'ljallangan harbiy strategik sheriklik dasturi qayerda imzolangan edi?",
        "kimlar ishtirokida?",
    )[-1]
    assert reply.fact_id == "programme-2021-2025"  # Shoigu and Kurbanov in Bukhara, not the January meeting


def test_one_word_the_own_reading_s_fact_never_speaks_of_is_asked_of_the_last_answer(answerer: Answerer):
    reply = chat(
        answerer,
        "who was uzbekistan's defence minister when the deal with russia was signed?",
        "in the job since when?",
    )[-1]
    assert reply.fact_id == "kholmukhamedov-appointment"  # not the CSTO's "since when", which speaks of no job


def test_that_same_day_is_judged_by_a_fact_near_the_occasion_just_answered(answerer: Answerer):
    reply = chat(answerer, "а Мирзиёев на параде победы был?", "министры обороны в тот же день встречались?")[-1]
    assert reply.fact_id == "follow-up-may-2025"  # the day after the parade, not the Samarkand meeting
    assert reply.text.startswith("Нет ")


def test_a_follow_up_the_last_answer_itself_answers_is_not_given_to_a_related_fact(answerer: Answerer):
    reply = chat(answerer, "а программа партнёрства на какие годы?", "подписывали где?")[-1]
    assert reply.fact_id == "strategic-programme-2026-2030"  # Tashkent; not the May plan signed in Moscow
    assert "Ташкент" in reply.text


def test_what_he_said_of_that_parade_is_said_at_that_occasion(answerer: Answerer):
    reply = chat(
        answerer,
        "узбекские военные были на параде победы?",
        "Понятно. А участие наших ребят в том параде, как его Белоусов оценил? Что сказал?",
    )[-1]
    assert reply.fact_id == "victory-parade-2025"  # "закономерным", not his January words


def test_a_claim_of_the_last_question_does_not_deny_a_new_follow_up(answerer: Answerer):
    reply = chat(answerer, "What's hamkorlik-2025?", "did it last 10 days?", "were drones used?")[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert not reply.text.startswith("No ")  # the ten days were denied, not the drones (FPV operators took part)


def test_a_fact_that_expressly_judges_the_claim_beats_a_topic_reading_that_cannot(answerer: Answerer):
    reply = chat(answerer, "Кто подписал документы в Ташкенте?", "они подписали один документ?")[-1]
    assert reply.fact_id == "what-was-signed"
    assert reply.text.startswith("Нет ")  # two documents


@pytest.mark.parametrize(
    "messages",
    [
        ("what's the 2021-2025 programme and who signed it?", "and the new one, where was it signed?"),
        ("предыдущая программа где подписана?", "а новая?"),
    ],
)
def test_the_new_one_after_the_earlier_programme_is_the_2026_2030_one(answerer: Answerer, messages):
    assert chat(answerer, *messages)[-1].fact_id == "strategic-programme-2026-2030"


def test_he_after_a_side_alone_is_the_one_of_that_side_the_answer_names(answerer: Answerer):
    reply = chat(
        answerer,
        "I'm writing about the tashkent signing. who was there from russia?",
        "and from uzbekistan?",
        "what rank did he hold?",
    )[-1]
    assert reply.fact_id in ("who-is-kholmukhamedov", "kholmukhamedov-rank")  # not Belousov any more


def test_the_same_asked_of_another_partner_is_not_confirmed_by_the_last_answer(answerer: Answerer):
    reply = chat(
        answerer,
        "totally different q – who did the uzbek defence minister sign a military cooperation deal for 2026 with, in ankara?",
        "is there one like that with russia for 2026 as well?",
    )[-1]
    assert not reply.answered  # no Russia–Uzbekistan plan for 2026 is reported; not "Yes" from Turkey's


def test_his_name_asked_of_the_side_s_minister_who_signed_with_belousov_is_not_belousov(answerer: Answerer):
    replies = chat(
        answerer,
        "my prof keeps mentioning the uzbek defence minister who signed with belousov in jan 2025, whats his name?",
        "who was before him?",
    )
    assert replies[-1].fact_id == "kholmukhamedov-predecessor"


def test_what_his_counterpart_replied_is_the_counterpart_s_words(answerer: Answerer):
    reply = chat(
        answerer,
        "Что Белоусов говорил в Ташкенте про отношения России и Узбекистана, какими словами?",
        "а его узбекский коллега что ответил?",
    )[-1]
    assert reply.fact_id == "kholmukhamedov-words"


def test_whether_they_met_in_the_newest_year_is_declined_with_the_reports_reach(answerer: Answerer):
    reply = chat(
        answerer,
        "когда министры обороны России и Узбекистана снова встречались после январского визита Белоусова в Ташкент?",
        "а в 2026 году они встречались?",
    )[-1]
    assert not reply.answered  # no meeting is reported; the reply says how far the reports reach
    assert "2026" in reply.text


def test_a_partner_country_the_last_answer_never_names_is_a_new_subject(answerer: Answerer):
    reply = chat(
        answerer,
        "2026 yil yanvarida prezident qaysi hujjatlarni qayta ko'rib chiqishni topshirgan edi?",
        "o'sha oyda turkiya bilan ham 2026 yilga harbiy hamkorlik rejasi imzolandimi?",
    )[-1]
    assert reply.fact_id == "turkey-plan-2026"  # not the doctrine of that month
    assert reply.text.startswith("Ha ")


def test_the_programme_before_the_2026_2030_one_is_the_earlier_programme(answerer: Answerer):
    for question in (
        "на основе какой программы строилось военное сотрудничество рф и узбекистана до программы на 2026-2030?",
        "what programme did they have before the 2026-2030 programme?",
    ):
        assert answerer.answer(question).fact_id == "programme-2021-2025"


def test_is_it_right_that_leads_a_claim_and_points_back_at_nothing(answerer: Answerer):
    reply = chat(
        answerer,
        "Did belousov also meet President Mirziyoyev during that trip?",
        "Is it right that Russia agreed a similar 2026–2030 military programme with another neighbouring country "
        "later in 2025?",
    )[-1]
    assert reply.fact_id == "russia-other-programmes"  # Kyrgyzstan; not "Yes" from the meeting with the president


@pytest.mark.parametrize("when", ["У қачон бўлган, аниқ санаси?", "u qachon bo'lib o'tgan?"])
def test_uzbek_u_with_happened_is_the_occasion_not_the_minister(answerer: Answerer, when):
    reply = chat(
        answerer,
        "2025 йил май ойида Белоусов билан Холмуҳамедов қайси шаҳарда учрашишган?",
        "Улар ўша учрашувда нимани имзолашди?",
        when,
    )[-1]
    assert reply.fact_id == "follow-up-may-2025"  # the meeting's day, not Kholmukhamedov's appointment
    assert "10" in reply.text


def test_uzbek_u_with_a_word_of_its_own_is_still_the_minister(answerer: Answerer):
    reply = chat(answerer, "Холмуҳамедов ким?", "u qachon vazir bo'lgan?")[-1]
    assert reply.fact_id == "kholmukhamedov-appointment"


def test_what_that_occasion_s_answer_tells_is_asked_of_it_not_of_the_last_question_s_words(answerer: Answerer):
    reply = chat(
        answerer,
        "2025 yil yozida termiz poligonida rossiya bilan qoshma mashg'ulot bo'lgandi, uning nomi nima edi?",
        "u qachon boshlanib qachon tugagan?",
        "o'sha mashqda rossiya tomondan qanaqa bo'linmalar qatnashgan?",
    )[-1]
    assert reply.fact_id == "hamkorlik-2025"  # its mountain and assault units; not Birlik-2025 ("start", "end")
    assert "tog'" in reply.text


def test_what_that_occasion_s_answer_never_tells_is_still_declined(answerer: Answerer):
    reply = chat(answerer, "where was hamkorlik-2025 held?", "what did they eat at that exercise?")[-1]
    assert not reply.answered


def test_there_leaves_a_question_complete_whose_own_reading_is_clear(answerer: Answerer):
    reply = chat(
        answerer,
        "who were the two ministers who signed the russia-uzbekistan military papers in jan 2025?",
        "and in which city?",
        "what weekday was it?",
        "and the russian one got there when exactly?",
    )[-1]
    assert reply.fact_id == "belousov-visit"  # he arrived on 21 January; not the signing's day again
    assert "21 January" in reply.text


@pytest.mark.parametrize(
    ("text", "fact_id"),
    [
        ("when did the russian one get there?", "belousov-visit"),
        ("and the uzbek one, who is he?", "who-is-kholmukhamedov"),
    ],
)
def test_the_russian_or_uzbek_one_is_that_side_s_minister(answerer: Answerer, text, fact_id):
    assert answerer.answer(text).fact_id == fact_id


def test_two_words_that_read_as_well_of_several_facts_are_asked_of_the_last_answer(answerer: Answerer):
    reply = chat(
        answerer,
        "2025 oktabrda markaziy osiyo mudofaa vazirlarining birinchi uchrashuvi qaysi shaharda bolgandi?",
        "kim raislik qilgan?",
        "qaysi davlatlardan kelishgan?",
    )[-1]
    assert reply.fact_id == "c5-defence-ministers"  # Kazakhstan, Kyrgyzstan…; not Russia's other programmes
    assert "Qozog'iston" in reply.text


@pytest.mark.parametrize("side", ["Россия томонидан ким?", "and who from the russian side?"])
def test_a_side_with_a_question_the_last_answer_cannot_answer_is_asked_anew(answerer: Answerer, side):
    # ("аниқ", exactly, is no word of a subject: the middle question names the documents to ask of their day)
    turns = ("2025 йил январида Тошкентда қандай ҳужжатлар имзоланган?", "Ҳужжатлар аниқ қайси куни имзоланган?", side)
    assert chat(answerer, *turns)[1].fact_id == "signing-date"
    reply = chat(answerer, *turns)[-1]
    assert reply.fact_id == "who-signed"  # Belousov; the day of signing tells no one


def test_an_unknown_word_beside_words_the_last_answer_uses_is_asked_of_it_when_alone_it_reads_as_a_tie(
    answerer: Answerer,
):
    reply = chat(
        answerer,
        "Весной 2025 писали что Узбекистан хочет покупать истребители не у нас. У какой страны?",
        "какие модели называли?",
    )[-1]
    assert reply.fact_id == "china-fighters"  # J-10C, JF-17 and J-35 as guesses; not the presidents' contacts
    assert "J-10C" in reply.text


def test_the_weekday_after_an_earlier_occasion_whose_answer_names_it_is_that_occasion_s(answerer: Answerer):
    reply = chat(
        answerer,
        "who publicly announced kholmukhamedov's appointment as defence minister in nov 2024?",
        "what day of the week did he announce it",
    )[-1]
    assert reply.fact_id == "kholmukhamedov-appointment"
    assert "Sunday" in reply.text


def test_the_weekday_after_the_visit_is_still_the_signing_s(answerer: Answerer):
    reply = chat(answerer, "ҳужжатлар-чи? қачон имзоланган?", "ҳафтанинг қайси куни эди?")[-1]
    assert "чоршанба" in reply.text.lower()


def test_as_regards_is_no_new_subject(answerer: Answerer):
    reply = chat(
        answerer,
        "what did President Mirziyoyev instruct in January 2026 concerning the country's defence doctrine?",
        "And what must it preserve as regards alliances?",
    )[-1]
    assert reply.fact_id == "doctrine-2026"  # not joining military blocs


def test_a_question_asked_only_if_an_unanswered_one_holds_is_unanswered(answerer: Answerer):
    reply = chat(
        answerer,
        "what did President Mirziyoyev instruct in January 2026 concerning the country's defence doctrine?",
        "Has it been adopted already? If so, on what date?",
    )[-1]
    assert not reply.answered  # the adoption is not reported; not the signing's date


def test_a_question_asked_if_an_answered_one_holds_is_answered(answerer: Answerer):
    reply = answerer.answer("Was Hamkorlik-2025 held at the Termez range? If so, when?")
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("Yes")


def test_a_year_the_base_never_names_is_a_claim_to_check_not_a_new_subject(answerer: Answerer):
    reply = chat(
        answerer, "what is uzbekistan's status in the eurasian economic union?", "and it has been like that since 2020?"
    )[-1]
    assert reply.fact_id == "eaeu"
    assert reply.text.startswith("Yes")


def test_a_closing_eto_pravda_points_at_nothing(answerer: Answerer):
    reply = chat(
        answerer,
        "Узбекистан в ОДКБ?",
        "А после этого Узбекистан в ОДКБ вернулся?",
        "А в 2026-м у нас вроде оборонную доктрину пересматривать взялись, это правда?",
    )[-1]
    assert reply.fact_id == "doctrine-2026"  # the doctrine's revision, a question of its own; not the CSTO


def test_a_place_claimed_beside_words_the_base_does_not_know_is_checked_against_the_last_answer(answerer: Answerer):
    reply = chat(
        answerer,
        "2025 iyuldagi rossiya bn qoshma mashqda rossiya askarlari qaysi harbiy bazadan kelgan?",
        "mashq buxoro tarafdagi chollarda bolganmi?",
    )[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("Yo'q")  # at the Termez range


@pytest.mark.parametrize("again", ["when did they meet again after that?", "Ундан кейин улар яна қачон учрашишган?"])
def test_when_the_occasion_just_answered_happened_again_is_declined_with_the_reports_reach(answerer: Answerer, again):
    reply = chat(answerer, "when did the defence ministers meet in may 2025?", again)[-1]
    assert not reply.answered  # the May meeting is the last one reported; not that meeting again
    assert "2026" in reply.text


def test_words_asked_about_a_subject_within_a_word_the_answer_uses_are_those_words(answerer: Answerer):
    reply = answerer.answer("what did belousov say about the uzbek ssr and the war?")
    assert reply.fact_id == "follow-up-may-2025"  # "the war" of "the Great Patriotic War"
    assert not answerer.answer("what did Kholmukhamedov say about the war in Ukraine?").answered


def test_the_noun_a_which_asks_for_at_that_occasion_need_not_be_told(answerer: Answerer):
    reply = chat(
        answerer,
        "2025 йил 9 октябрда Душанбеда Россия билан қандай саммит бўлди?",
        "Ўша саммитда қайси соҳаларда ҳамкорликни кучайтиришга келишишди?",
    )[-1]
    assert reply.fact_id == "leaders-contacts-2025"  # terrorism, extremism, illegal migration, drugs
    assert "терроризм" in reply.text


def test_dismissed_is_a_word_for_the_predecessor_s_release(answerer: Answerer):
    reply = chat(answerer, "Кто был министром обороны Узбекистана до Халмухамедова?", "его просто сняли и всё?")[-1]
    assert reply.fact_id == "kholmukhamedov-predecessor"  # relieved and made head of the State Security Service
    assert "Службы государственной безопасности" in reply.text


@pytest.mark.parametrize(
    ("text", "fact_id"),
    [
        (
            "hi! student here. my teacher said the russian and uzbek defence ministers met again in spring 2025 "
            "after the january deal. which city was that in?",
            "follow-up-may-2025",
        ),
        ("с кем Халмухамедов встречался в Самарканде осенью 2025? с министрами каких стран", "c5-defence-ministers"),
    ],
)
def test_a_near_miss_dated_in_the_season_asked_is_that_fact(answerer: Answerer, text, fact_id):
    assert answerer.answer(text).fact_id == fact_id


def test_a_month_counted_from_names_no_fact_of_that_month(answerer: Answerer):
    reply = answerer.answer(
        "2025-yil may oyidagi Moskva uchrashuvidan so'ng Rossiya bilan harbiy yo'nalishda qanday amaliy tadbir o'tkazildi?"
    )
    assert reply.fact_id != "follow-up-may-2025"


def test_what_kind_of_is_a_question_word_not_the_kind_of_visit(answerer: Answerer):
    assert answerer.answer("what kind of helicopters?").fact_id != "belousov-visit"
    assert answerer.answer("what kind of visit was it?").fact_id == "belousov-visit"


def test_a_close_fact_that_expressly_denies_a_yes_no_claim_judges_it(answerer: Answerer):
    reply = answerer.answer("Was Kholmukhamedov already Uzbekistan's defence minister back in 2021?")
    assert reply.fact_id == "kholmukhamedov-previous-post"  # first deputy minister and chief of the General Staff
    assert reply.text.startswith("No")


def test_a_subject_put_first_with_his_is_not_read_as_the_carried_person_s(answerer: Answerer):
    reply = chat(
        answerer,
        "на основе какой программы строилось военное сотрудничество рф и узбекистана до программы на 2026-2030?",
        "где её подписали?",
        "кстати, другой вопрос: с какого года Узбекистан не состоит в ОДКБ?",
        "а в ЕАЭС какой у него статус?",
    )[-1]
    assert reply.fact_id == "eaeu"  # Uzbekistan's status, not the earlier programme Shoigu announced


def test_a_reply_cut_to_its_question_does_not_depend_on_what_was_asked_before():
    # an answer too long for one message is cut to the question's words; a reply composed for one
    # wording must not be served to the next (of any chat) that reaches the same facts
    first = "Imzolashdan keyin Rossiya va O'zbekiston o'rtasida harbiy sohada nimalar bo'ldi? Umumiy xulosa kerak edi"
    second = "Imzolangandan keyin, yani 2025 yanvardan beri Rossiya bilan amalda nimalar qilindi? qisqacha yozib bering iltimos"
    alone = Answerer.load().answer(second)
    shared = Answerer.load()
    before = shared.answer(first)
    after = shared.answer(second)
    assert before.fact_ids == after.fact_ids == alone.fact_ids
    assert before.text != alone.text  # the two wordings keep different sentences of the same answer
    assert after.text == alone.text
    assert shared.answer(first).text == before.text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Что последнее известно о Халмухамедове в 2026 году?", "army-modernisation-2026"),
        ("Xolmuhamedov haqida eng so'nggi xabar qanday?", "army-modernisation-2026"),
        ("what's the latest on Belousov?", "follow-up-may-2025"),
    ],
)
def test_the_latest_on_a_person_is_the_newest_dated_report_naming_him(answerer: Answerer, message: str, fact_id: str):
    reply = answerer.answer(message)
    assert reply.answered
    assert reply.fact_ids == (fact_id,)


def test_a_claim_pointing_back_is_judged_by_the_last_answer_that_can_judge_it(answerer: Answerer):
    overview, place = chat(
        answerer, "what did russia and uzbekistan sign in jan 2025, in a nutshell?", "was that in moscow?"
    )
    assert overview.fact_ids == ("overview",)
    assert place.fact_ids == ("overview",)
    assert place.text.startswith("No")
    assert "Tashkent" in place.text


def test_one_word_that_reads_of_several_facts_is_the_one_about_the_person_in_context(answerer: Answerer):
    # "предшественник" reads as well of his predecessor as of the predecessor programme
    _, before = chat(answerer, "Когда Холмухамедова назначили министром обороны?", "а предшественник кто?")
    assert before.fact_ids == ("kholmukhamedov-predecessor",)
    assert "Курбанов" in before.text


@pytest.mark.parametrize(
    ("messages", "fact_id", "lead"),
    [
        (["is uzbekistan in the csto?", "and is it at least an observer in the economic one?"], "eaeu", "Yes"),
        (["is uzbekistan in the eaeu?", "and the security one?"], "csto", None),
        (
            ["Did Uzbek soldiers march on Red Square in May 2025?", "was Kyiv ok with that?"],
            "victory-parade-2025",
            "No",
        ),
        (
            ["what did belousov sign in tashkent?", "did belousov also get to see the president while he was there?"],
            "mirziyoyev-meeting",
            "Yes",
        ),
        (
            ["Сколько совместных мероприятий было в плане на 2025 год?", "это всё учения были, да?"],
            "joint-activities-50",
            "Нет",
        ),
    ],
)
def test_follow_ups_in_everyday_words(answerer: Answerer, messages: list[str], fact_id: str, lead: str | None):
    # a bloc or a government named by what it is ("the economic one", "Kyiv"), a meeting as "seeing" someone
    reply = chat(answerer, *messages)[-1]
    assert reply.fact_ids == (fact_id,)
    if lead:
        assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "For a debate round tomorrow: did Uzbekistan really receive Chinese J-10CE fighter jets in 2025?",
            "china-fighters",
        ),
        ("whats the real story with uzbekistan and the CSTO?", "csto"),
        ("Who was the Uzbek minister who signed together with Mr. Belousov?", None),
    ],
)
def test_words_around_the_question_do_not_turn_it_away(answerer: Answerer, message: str, fact_id: str | None):
    reply = answerer.answer(message)
    assert reply.answered
    if fact_id:
        assert reply.fact_ids == (fact_id,)
    else:
        assert "Kholmukhamedov" in reply.text


def test_the_weather_is_still_declined(answerer: Answerer):
    for message in ("Will it rain tomorrow?", "какая погода завтра в ташкенте", "ertaga ob-havo qanday?"):
        assert not answerer.answer(message).answered


def test_a_question_naming_one_exercise_is_never_answered_with_another(answerer: Answerer):
    for message in ("when did Hamkorlik-2025 start and end?", "Hamkorlik-2025 — first day and last day?"):
        reply = answerer.answer(message)
        assert reply.fact_ids != ("birlik-2025",)
        assert not reply.answered or "Hamkorlik" in reply.text


def test_the_other_side_with_its_noun_left_out(answerer: Answerer):
    replies = chat(
        answerer,
        "До программы на 2026–2030 годы у России и Узбекистана была предыдущая программа?",
        "кто с российской стороны",
        "а с узбекской?",
    )
    assert replies[-1].fact_ids == ("programme-2021-2025",)
    assert "Курбанов" in replies[-1].text


@pytest.mark.parametrize(
    ("message", "fact_id", "lead"),
    [
        ("kxshtga ozbekiston umuman azo bolganmi ozi?", "csto", "Ha"),
        (
            "2025 yili bizni harbiylar moskvada paradda yurgan deyishdi, qachon edi u aniq sanasi?",
            "victory-parade-2025",
            None,
        ),
        ("Есть что-нибудь посвежее весны 2026? сейчас уже декабрь вообще-то", "latest-reports", None),
        # Uzbekistan's own 2026 plan was signed with Turkey, not one of Russia's other programmes
        ("А с какой страной Узбекистан подписал военный план на 2026 год?", "turkey-plan-2026", None),
        # "as the minister came…" is the moment asked at: not a question about an arrival
        ("Белоусов Тошкентга келганида Мирзиёев уни қачон қабул қилган?", "mirziyoyev-meeting", None),
        # Kurbanov was given another post
        ("Курбанова сняли без новой должности?", "kholmukhamedov-predecessor", "Нет"),
        # someone a time is measured from is not the one asked about
        ("who signed the military programme before Belousov did?", "programme-2021-2025", None),
        # a statement's point in other words
        ("а какое значение, по словам Белоусова, совместная работа имеет для региона?", "belousov-central-asia", None),
    ],
)
def test_words_of_everyday_writing(answerer: Answerer, message: str, fact_id: str, lead: str | None):
    reply = answerer.answer(message)
    assert reply.fact_ids == (fact_id,)
    if lead:
        assert reply.text.startswith(lead)


def test_a_surname_asked_for_is_a_who_question(answerer: Answerer):
    reply = answerer.answer("министр обороны Узбекистана, подписавший документы с Белоусовым, — как фамилия?")
    assert reply.answered
    assert "Холмухамедов" in reply.text


def test_a_false_premise_of_long_tenure_is_denied(answerer: Answerer):
    replies = chat(
        answerer,
        "как звали узбекского министра обороны, который подписывал документы с Белоусовым в январе 25?",
        "он ведь давно на этой должности был, лет пять наверное?",
    )
    assert replies[-1].fact_ids == ("kholmukhamedov-appointment",)
    assert replies[-1].text.startswith("Нет")


def test_which_of_the_fifty_events_are_documented_is_answered_from_what_the_reports_hold(answerer: Answerer):
    replies = chat(
        answerer,
        "How many joint events were in the 2025 Russia–Uzbekistan defence cooperation plan?",
        "and how many of them were actually carried out by year end?",
        "ok so which ones are documented at least?",
    )
    assert replies[-1].answered
    assert replies[-1].fact_ids == ("fifty-events-outcome",)
    assert "Hamkorlik-2025" in replies[-1].text
    # …while the list of all fifty stays declined
    assert not chat(answerer, "Can you list all 50 events of the 2025 plan?")[-1].answered


@pytest.mark.parametrize(
    ("turns", "expected", "shown"),
    [
        # Uzbek "X-chi?" puts a new subject first: the EAEU, not more of the CSTO
        (("O'zbekiston KXShTdan qachon chiqqan?", "YeOIIda-chi, qanday maqomi bor?"), {"eaeu"}, "2020"),
        # "the new one" is the doctrine just named, not a fresh question about status
        (
            (
                "Which documents did Mirziyoyev order revised in January 2026?",
                "and the new one must keep which status?",
            ),
            {"doctrine-2026"},
            "bloc",
        ),
        # "с кем?" after a question on Belousov makes his partner "he": the rank is the Uzbek minister's
        (
            ("Когда Белоусов подписал документы?", "а с кем?", "какое звание у него было на тот момент?"),
            {"kholmukhamedov-rank", "who-is-kholmukhamedov"},
            "генерал-майор",
        ),
        # a later time alone asks the last question again then, not what happened in it
        (
            ("What rank did Kholmukhamedov hold at the signing?", "and by autumn 2025?"),
            {"kholmukhamedov-rank"},
            "Lieutenant",
        ),
    ],
)
def test_a_follow_up_takes_its_subject_from_how_it_points_back(
    answerer: Answerer, turns: tuple[str, ...], expected: set[str], shown: str
):
    reply = chat(answerer, *turns)[-1]
    assert reply.fact_id in expected
    assert shown in reply.text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        # a question that denies what the fact denies is confirmed: "isn't in the CSTO, right?" — yes
        (("so uzbekistan isnt in the csto anymore, right?",), "Yes"),
        (("O'zbekiston KXShT a'zosi emas, to'g'rimi?",), "Ha"),
        (("Is Uzbekistan in the CSTO?",), "No"),
        # an ordinal day is a day: he arrived on the 21st, not the 20th
        (("Which Russian minister came to Tashkent in January 2025?", "he flew in on the 20th, right?"), "No"),
        # "u paytda" (at that time) is the month of the last answer: a major general in January 2025
        (("Belousov Toshkentga qachon kelgan?", "Xolmuhamedov u paytda general-leytenant bo'lganmi?"), "Yo'q"),
        # Kurbanov was given another post, not retired
        (("Курбанова, которого сменил Холмухамедов, отправили на пенсию?",), "Нет"),
    ],
)
def test_a_yes_no_question_leads_with_the_verdict_its_words_call_for(
    answerer: Answerer, turns: tuple[str, ...], lead: str
):
    assert chat(answerer, *turns)[-1].text.startswith(lead)


def test_an_exercise_named_with_a_spaced_dash_is_that_exercise(answerer: Answerer):
    reply = answerer.answer("“Birlik — 2025” mashg'ulotlari qaysi poligonda o'tkazilgan?")
    assert reply.fact_id == "birlik-2025"


def test_going_back_to_uzbekistan_later_is_a_visit_no_report_mentions(answerer: Answerer):
    reply = answerer.answer("did Belousov go back to uzbekistan later in 2025?")
    assert not reply.answered
    assert "10 May 2025" in reply.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # the people a yes/no follow-up names are its own reading's, not the last topic's
        (
            ("Where was the military programme to 2030 signed?", "but did Belousov see Mirziyoyev on that trip?"),
            "mirziyoyev-meeting",
        ),
        # "накануне," before more words is still the day before the last answer's day
        (
            ("Что подписали министры в Москве в мае 2025 года?", "а накануне, 9-го, что было с узбекскими военными?"),
            "victory-parade-2025",
        ),
        # a purpose of the trip is its agenda
        (("Who signed the deal in January 2025?", "what was the point of the trip, officially?"), "visit-agenda"),
        # "ertasiga" (the next day) and "undan bir kun oldin" (a day before that) count from the last answer's day
        (
            ("2025 yil 9 mayda Moskvadagi paradda bizning harbiylar qatnashganmi?", "ertasiga nima bo'lgan?"),
            "follow-up-may-2025",
        ),
        (
            (
                "Belousov va Xolmuhamedov 2025 yil 10 mayda qayerda uchrashgan?",
                "undan bir kun oldin o'zbek harbiylari nimada qatnashgan?",
            ),
            "victory-parade-2025",
        ),
        # …and "накануне" before the subject, or "bir kun oldin-chi," before the question, too
        (
            ("Где министры встретились в мае 2025 года?", "А накануне узбекские солдаты что в Москве делали?"),
            "victory-parade-2025",
        ),
        (
            (
                "Belousov va Xolmuhamedov 2025 yil may oyida qayerda uchrashgan?",
                "bir kun oldin-chi, o'zbek askarlari Moskvada nima qilgan?",
            ),
            "victory-parade-2025",
        ),
        # "the day before —" opens a question about that day
        (
            (
                "Where did Belousov and Kholmukhamedov meet in May 2025?",
                "The day before — what were Uzbek soldiers doing?",
            ),
            "victory-parade-2025",
        ),
        # "nechanchi yillik" asks which anniversary
        (
            (
                "2025-yil 9-mayda Moskvadagi paradda o'zbek harbiylari qatnashganmi?",
                "u parad nechanchi yillik g'alabaga bag'ishlangan?",
            ),
            "victory-parade-2025",
        ),
        # the others at the occasion just answered, asked with "yana" (else) in words its answer uses
        (
            (
                "2025 yil oktabrda Markaziy Osiyo mudofaa vazirlari qayerda uchrashgan?",
                "unda yana qaysi davlatlarning vazirlari qatnashgan?",
            ),
            "c5-defence-ministers",
        ),
        # "its" before subjects of the question's own reading is only the country, not the last answer
        (
            (
                "Is Uzbekistan an observer in the EAEU?",
                "did its 2026 defence doctrine review drop the non-bloc stance?",
            ),
            "doctrine-2026",
        ),
        # "из наших" (of ours) names no subject
        (
            ("Какая программа военного партнёрства была до 2026–2030?", "а кто из наших объявил о ней?"),
            "programme-2021-2025",
        ),
        # of readings tied, the last answer's: "ular" are the doctrine and concept, not the president's meeting
        (
            (
                "Mirziyoyev 2026 yil yanvarida qaysi hujjatlarni qayta ko'rib chiqishni buyurgan?",
                "ular qaysi yillarda qabul qilingan edi?",
            ),
            "doctrine-2026",
        ),
        # "bu haqda" (about this) is no word of an opinion: when this was said is the last answer's day
        (
            (
                "Mirziyoyev 2026 yil yanvarida qaysi hujjatlarni qayta ko'rib chiqishni buyurgan?",
                "bu haqda aniq qachon aytilgan?",
            ),
            "doctrine-2026",
        ),
        # "bizning tomonlarda" is "in our parts", no side of a signing: where the exercise just named was held
        (
            (
                "2025 yil kuzida O'zbekistonda qaysi katta xalqaro mashg'ulot o'tkazildi?",
                "qayerda o'tgan, bizning tomonlardami?",
            ),
            "birlik-2025",
        ),
        # "the previous one" asks for the earlier of two close facts, and its follow-ups stay on it
        (
            (
                "На какие годы была предыдущая программа стратегического партнёрства России и Узбекистана в военной области?",
                "а кто тогда был с российской стороны?",
            ),
            "programme-2021-2025",
        ),
        (
            ("2025 yil yanvarda Toshkentda qaysi dastur imzolandi?", "oldingisi-chi? u qayerda imzolangan edi?"),
            "programme-2021-2025",
        ),
        # "the one before that one" points at the earlier programme so plainly that its own words ask about it
        (
            ("what is the 2026-2030 programme?", "the one before that one, what period did it cover?"),
            "programme-2021-2025",
        ),
        (("Что за программа на 2026-2030 годы?", "а до неё какая была?"), "programme-2021-2025"),
        # who made the offer the last answer reports: its maker, not the visit's details
        (("Rossiya dron ishlab chiqarishni qachon taklif qilgan?", "kim taklif qilgan?"), "drone-production-offer"),
    ],
)
def test_a_follow_up_is_read_by_what_it_names(answerer: Answerer, turns: tuple[str, ...], expected: str):
    assert expected in chat(answerer, *turns)[-1].fact_ids


@pytest.mark.parametrize(
    ("turns", "expected", "shown"),
    [
        # years the topic names (the newer programme) do not pull a bare "which years?" away from the last answer
        (
            ("Была ли программа стратегического партнёрства до программы на 2026–2030 годы?", "На какие годы?"),
            "programme-2021-2025",
            "2021",
        ),
        # one telling word the last answer speaks of asks it of that answer: Birlik's countries
        (
            ("2025 yil kuzida O'zbekistonda qanday katta xalqaro mashg'ulot o'tkazildi?", "qaysi davlatlar?"),
            "birlik-2025",
            "Qozog",
        ),
        # a Russian stub and the question it leads to: the day after the parade, what the ministers signed
        (
            (
                "2025-yilda Moskvadagi G'alaba paradida o'zbek kolonnasini kim boshlab borgan?",
                "ertasiga-chi? vazirlar nima imzolashdi",
            ),
            "follow-up-may-2025",
            "10",
        ),
    ],
)
def test_a_short_follow_up_stays_on_the_last_answer_it_speaks_of(
    answerer: Answerer, turns: tuple[str, ...], expected: str, shown: str
):
    reply = chat(answerer, *turns)[-1]
    assert expected in reply.fact_ids
    assert shown in reply.text


def test_a_generic_word_alone_is_no_reason_to_stay_on_the_last_answer(answerer: Answerer):
    # "Signatories?" after the date: "sign" is in the date's answer too, but it asks who signed
    assert chat(answerer, "When were the documents signed?", "Signatories?")[-1].fact_id == "who-signed"


def test_a_short_word_one_letter_off_a_foreign_name_is_no_foreign_name(answerer: Answerer):
    # "spin" is not a misspelt "Spain": the question about the exercise is answered
    reply = answerer.answer(
        "Was that summer 2025 Termez exercise part of the plan with the 50 events, or is that just spin?"
    )
    assert reply.fact_id == "hamkorlik-2025"
    assert not reply.text.startswith("No")  # "the 50 events" names the plan; it is no count of the exercise


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Когда министры встретились после Ташкента?", "а накануне что было?"), "victory-parade-2025"),
        (
            (
                "Chet elda urushda qatnashgan o'zbekistonlik qaysi modda bilan javobgarlikka tortiladi?",
                "jazo necha yilgacha?",
            ),
            "mercenaries",
        ),
    ],
)
def test_a_follow_up_about_the_last_answers_detail_stays_on_it(
    answerer: Answerer, turns: tuple[str, ...], expected: str
):
    assert chat(answerer, *turns)[-1].fact_id == expected


def test_a_phrase_survives_the_pronoun_it_contains(answerer: Answerer):
    # "got there" is arriving: its "there" is no pointer to drop before the phrase is read
    analyzer = answerer.matcher.analyzer
    assert "arrive" in analyzer.with_phrases("and the russian side got there when")


def test_a_bare_question_word_and_a_word_the_last_answer_uses_stay_on_it(answerer: Answerer):
    replies = chat(answerer, "Was there a programme before the 2026–2030 one?", "signed where?")
    assert replies[-1].fact_id == "programme-2021-2025"
    assert "Bukhara" in replies[-1].text


@pytest.mark.parametrize(
    ("turns", "expected", "lead"),
    [
        # "the president too, did he go?" after the parade asks whether he was at it
        (
            ("2025 yil 9 mayda o'zbek harbiylari Moskvada nima qilgan?", "prezident ham borganmi"),
            "victory-parade-2025",
            "Ha",
        ),
        # Shoigu is named in the predecessor's answer (the 2021 talks) but was never Uzbekistan's minister
        (
            ("Кто подписывал документы от Узбекистана?", "а до него министром обороны был Шойгу?"),
            "kholmukhamedov-predecessor",
            "Нет",
        ),
        (
            ("Who signed the documents for Uzbekistan?", "was Shoigu the minister before him?"),
            "kholmukhamedov-predecessor",
            "No",
        ),
    ],
)
def test_a_yes_no_follow_up_is_judged_by_the_last_answer_it_asks_about(
    answerer: Answerer, turns: tuple[str, ...], expected: str, lead: str
):
    reply = chat(answerer, *turns)[-1]
    assert reply.fact_id == expected
    assert reply.text.startswith(lead)


def test_a_hedge_word_is_no_part_of_the_question(answerer: Answerer):
    # "вроде" (I think, sort of) asks nothing: the congratulation is what is asked about
    replies = chat(
        answerer,
        "Что Белоусов сказал в Ташкенте про отношения?",
        "а его узбекский коллега что говорил?",
        "он его ещё с чем-то поздравил вроде, с чем?",
    )
    assert replies[-1].fact_id == "belousov-congratulation"


def test_not_entering_blocs_in_uzbek_is_the_non_bloc_status(answerer: Answerer):
    reply = answerer.answer("Янги мудофаа доктринасида Ўзбекистоннинг ҳарбий блокларга кирмаслиги сақланиб қоладими?")
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith("Ҳа")


def test_a_year_beside_the_deal_s_own_is_a_request_about_that_year_s_fact(answerer: Answerer):
    reply = answerer.answer(
        "В статье про соглашение 2025 года упоминается «оборонный договор 2017 года». Что это за документ на самом деле?"
    )
    assert reply.fact_id == "treaty-2017"


@pytest.mark.parametrize(
    "question",
    [
        "Была ли у России и Узбекистана программа в военной области до той, что на 2026–2030?",
        "was there a military programme before the one for 2026-2030?",
    ],
)
def test_the_one_before_the_2026_2030_programme_is_the_earlier_programme(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "programme-2021-2025"


@pytest.mark.parametrize(
    ("question", "fact_id", "lead"),
    [
        # the exercise came in July 2025, after the plan: the moment measured from is no claim of January
        (
            "After that Jan 2025 cooperation plan, did Russia and Uzbekistan hold a joint exercise in 2025?",
            "hamkorlik-2025",
            "Yes",
        ),
        # the drone offer came in November 2024, before the deal it is asked to follow
        (
            "did russia offer to set up drone production in uzbekistan after the jan 2025 deal?",
            "drone-production-offer",
            "No",
        ),
        ("before the January 2025 signing, did they hold Hamkorlik-2025?", "hamkorlik-2025", "No"),
    ],
)
def test_a_moment_measured_from_is_checked_against_the_event_s_day(
    answerer: Answerer, question: str, fact_id: str, lead: str
):
    reply = answerer.answer(question)
    assert reply.fact_id == fact_id
    assert reply.text.startswith(lead)


def test_a_word_the_sources_never_answer_in_the_lead_in_vetoes_nothing_the_question_asks(answerer: Answerer):
    reply = answerer.answer(
        "Cocoa prices are crazy but I'm reading about something else tonight: who was the Russian defence "
        "minister that went to Tashkent in January 2025?"
    )
    assert reply.answered
    assert "Belousov" in reply.text
    # …while the same word in the question itself still declines it
    assert not answerer.answer("The budget is secret I guess, but how much did the plan cost?").answered


def test_again_after_a_meeting_dated_only_by_its_values_is_not_that_meeting(answerer: Answerer):
    replies = chat(
        answerer,
        "Кто из российских министров подписывал военные документы в Ташкенте в январе 2025?",
        "С кем из руководства Узбекистана он ещё встретился в тот же день?",
        "Когда он потом снова встречался со своим узбекским коллегой?",
    )
    assert replies[1].fact_id == "mirziyoyev-meeting"
    assert replies[-1].fact_id != "mirziyoyev-meeting"


def test_who_signed_for_a_side_makes_that_side_s_signer_he(answerer: Answerer):
    # "его" is the plan; "он" next is the Uzbek signer asked for, not Belousov named before
    replies = chat(
        answerer,
        "Что за план сотрудничества на 2025 год Белоусов подписал с узбеками?",
        "кто его подписывал с узбекской стороны и в каком звании он тогда был?",
    )
    assert "kholmukhamedov-rank" in replies[-1].fact_ids
    assert "генерал-майор" in replies[-1].text


def test_an_uzbek_yes_no_question_before_a_comma_is_no_lead_in(answerer: Answerer):
    # "did the ministers meet, what did they sign?" the next day after the parade: the May meeting
    replies = chat(
        answerer,
        "2025 йил 9 майда Москвадаги Ғалаба парадида бизнинг ҳарбийлар ҳам юрган экан. Колоннани ким бошқарган?",
        "эртасига-чи? вазирлар учрашишдими, нима имзолашди?",
        "қаерда?",
    )
    assert replies[1].fact_id == "follow-up-may-2025"
    assert replies[-1].fact_id == "follow-up-may-2025"


def test_a_clear_question_after_a_weakly_declined_one_is_answered(answerer: Answerer):
    reply = answerer.answer("ok but do they still train with russia? any joint drill in 2025?")
    assert reply.answered
    assert "hamkorlik-2025" in reply.fact_ids
    # …while more of a question the base recognises as not covered is still declined with it
    assert not answerer.answer(
        "what new weapons has russia delivered to uzbekistan since the deal? any fresh contracts?"
    ).answered


@pytest.mark.parametrize("hedge", ["When, roughly?", "А когда примерно?"])
def test_a_hedge_on_a_bare_question_word_is_no_word_of_its_own(answerer: Answerer, hedge: str):
    replies = chat(answerer, "Where was Hamkorlik-2025 held?", hedge)
    assert replies[-1].fact_id == "hamkorlik-2025"


def test_going_back_to_tashkent_is_returning(answerer: Answerer):
    reply = answerer.answer("Did Belousov go back to Tashkent at some point in 2026?")
    assert not reply.answered
    assert reply.fact_id != "victory-park"


def test_anything_on_a_year_is_the_news_of_that_year(answerer: Answerer):
    replies = chat(
        answerer,
        "What's the most recent Belousov–Kholmukhamedov meeting your sources know about?",
        "ok, anything at all on Uzbekistan's defence from 2026 then?",
    )
    assert replies[-1].fact_id != "follow-up-may-2025"


def test_where_that_base_stands_is_told_by_the_exercise_that_names_it(answerer: Answerer):
    replies = chat(
        answerer,
        "«Ҳамкорлик-2025» машқида Россиядан қайси ҳарбий база бўлинмалари қатнашган?",
        "у база қаерда жойлашган?",
    )
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert "Тожик" in replies[-1].text or "Таджик" in replies[-1].text


def test_by_then_is_no_claim_of_the_last_answer_s_month(answerer: Answerer):
    # appointed in November 2024, he was minister by January 2025: never "No"
    replies = chat(
        answerer,
        "what did the russian and uzbek defence ministers sign on 22 jan 2025?",
        "was kholmukhamedov already the minister by then?",
    )
    assert not replies[-1].text.startswith("No")
    assert "November 2024" in replies[-1].text


def test_since_when_after_a_switch_marker_stays_on_the_last_answer(answerer: Answerer):
    replies = chat(
        answerer,
        "How did Belousov describe Russia and Uzbekistan during his Tashkent visit?",
        "Different thing entirely: what's Uzbekistan's status in the Eurasian Economic Union?",
        "since when?",
    )
    assert replies[-1].fact_id == "eaeu"
    # …while "he" after a question naming a person still asks about him
    replies = chat(answerer, "Белоусов в Ташкенте чего там подписал-то?", "А он кто такой вообще?")
    assert replies[-1].fact_id == "who-is-belousov"


def test_a_country_alone_after_who_signed_for_the_other_is_that_side_s_signer(answerer: Answerer):
    replies = chat(answerer, "who signed the january 2025 deal for russia?", "and for the uzbeks?")
    assert replies[-1].fact_id == "who-signed"
    assert "Kholmukhamedov" in replies[-1].text


def test_a_core_pointing_back_at_a_lead_in_of_a_near_tie_is_read(answerer: Answerer):
    reply = answerer.answer(
        "hola from Arequipa, i breed alpacas, but my nephew wont stop talking about russia + uzbekistan signing some "
        "military thing in jan 2025. who actually put their signatures on it?"
    )
    assert reply.answered
    assert "Belousov" in reply.text


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "my aunt in Lima keeps talking about russia and uzbekistan signing some military thing. who signed it for uzbekistan?",
            "Kholmukhamedov",
        ),
        (
            "greetings from Oslo, we were talking about the russia uzbekistan military signing at dinner. where was it signed?",
            "Tashkent",
        ),
    ],
)
def test_a_core_pointing_back_at_a_lead_in_its_fact_speaks_of_is_read(answerer: Answerer, question: str, shown: str):
    # the lead-in names only what the core's fact speaks of (chatter aside): "it" is that fact's subject
    reply = answerer.answer(question)
    assert reply.answered
    assert shown in reply.text


def test_what_others_write_in_a_lead_in_is_no_claim_of_the_question(answerer: Answerer):
    reply = answerer.answer(
        "В западных статьях пишут, что Узбекистан «избегает вступления» в ОДКБ. А он там вообще когда-нибудь состоял?"
    )
    assert reply.fact_id == "csto"
    assert reply.text.startswith("Да")


@pytest.mark.parametrize(
    ("turns", "expected", "lead", "says"),
    [
        # "since when?" after the EAEU: its observer status of 2020, not the CSTO an older topic reads as
        (
            (
                "where in tashkent were the belousov talks held, which building?",
                "Different question: is Uzbekistan in the Eurasian Economic Union?",
                "since when?",
            ),
            "eaeu",
            "",
            "2020",
        ),
        # Kurbanov was moved to another post, not sent into retirement
        (
            ("Кто до Халмухамедова был министром обороны Узбекистана?", "Его просто отправили в отставку?"),
            "kholmukhamedov-predecessor",
            "Нет",
            "",
        ),
        # "in office since when?" after who was minister at the signing: his appointment, not the signing day
        (
            (
                "кто был министром обороны Узбекистана, когда в январе 2025 подписывали документы с Россией?",
                "а с какого времени в должности?",
            ),
            "kholmukhamedov-appointment",
            "",
            "",
        ),
        # one word the last answer never uses, which a fact related to it does: the law's article
        (
            (
                "Rossiya tomonida urushgani uchun O'zbekistonda fuqarolar sud qilinganmi? qancha muddat berilgan?",
                "qaysi modda bo'yicha?",
            ),
            "mercenaries",
            "",
            "154",
        ),
        # a yes/no follow-up about a later time is its own reading, not January's place
        (
            (
                "what exactly did russia and uzbekistan sign in tashkent in january 2025?",
                "did they sign anything else in moscow later that year?",
            ),
            "follow-up-may-2025",
            "Yes",
            "",
        ),
        # an event named that the last answer is not about is the subject
        (
            (
                "What joint Russia–Uzbekistan military event took place in July 2025?",
                "and did Russia take part in the Birlik-2025 drills in October too?",
            ),
            "birlik-2025",
            "No",
            "",
        ),
        (
            ("Что Мирзиёев в январе 2026 поручил сделать с оборонной доктриной?", "а концепция нацбезопасности?"),
            "doctrine-2026",
            "",
            "1997",
        ),
        # a word the base does not know, asked expressly of the reports the last answer cited
        (
            (
                "Когда появились сообщения, что Китай одобрил продажу истребителей Узбекистану?",
                "а какие российские машины, по тем же сообщениям, Ташкент хочет заменить?",
            ),
            "china-fighters",
            "",
            "",
        ),
        # the parade was on 9 May; the ministers' meeting of 10 May is not what "the parade" asks about
        (
            ("2025 йилда ўзбек ҳарбийлари Москвада қайси тадбирда қатнашган?", "парад 10 майда бўлганми?"),
            "victory-parade-2025",
            "Йўқ",
            "",
        ),
        # a change of subject announced is read without the last topic (the 2026 plan, declined)
        (
            (
                "А у России с Узбекистаном есть такой план на 2026, и сколько там мероприятий?",
                "Ладно, другой вопрос: с какого года Узбекистан не состоит в ОДКБ?",
            ),
            "csto",
            "",
            "",
        ),
        # "he" is Belousov, whom the 2021 programme (signed by Shoigu) refutes
        (
            (
                "Who signed for Russia in Tashkent back in Jan 2025?",
                "was he also the guy who signed the earlier 2021–2025 programme?",
            ),
            "programme-2021-2025",
            "No",
            "",
        ),
        # "aniq" (exactly) is no word of a subject: the day of the meeting just answered
        (
            ("2025 yil may oyida Belousov bilan Xolmuhamedov qaysi shaharda uchrashgan?", "Aniq qaysi kuni?"),
            "follow-up-may-2025",
            "",
            "10",
        ),
        # the one signed beside the 2025 plan (whose 50 events were just answered) is the programme
        (
            (
                "how many joint activities are in the 2025 cooperation plan?",
                "And the longer one they signed together with it — which years?",
            ),
            "strategic-programme-2026-2030",
            "",
            "2026",
        ),
        # "the old one" after the doctrine's revision is the old doctrine, not Uzbekistan's older CSTO membership
        (
            (
                "in January 2026 Uzbekistan decided to rewrite its defence doctrine. what status is the new one"
                " supposed to keep?",
                "when was the old one adopted?",
            ),
            "doctrine-2026",
            "",
            "2018",
        ),
        # "he'd" is "he had": the minister just answered, whose arrival on Tuesday the visit confirms
        (
            (
                "which russian minister arrived in uzbekistan in january 2025?",
                "but he'd already flown in by tuesday, right?",
            ),
            "belousov-visit",
            "Yes",
            "",
        ),
        # moved to a post is appointed to it, not an event held: the predecessor's next post
        (
            ("Xolmuhamedovdan oldingi vazir kim edi?", "keyin qaysi lavozimga o'tkazilgan?"),
            "kholmukhamedov-predecessor",
            "",
            "",
        ),
        # appointed by decree, not elected by parliament
        (("Xolmuhamedov qachon tayinlangan?", "уни парламент сайлаганми?"), "kholmukhamedov-appointment", "Йўқ", ""),
        # more of his words, on a subject the words just answered never speak of: his one statement on it
        (
            (
                "what did the Russian defence minister say about Russia and Uzbekistan in Tashkent?",
                "did he say anything about the wider region too?",
            ),
            "belousov-central-asia",
            "",
            "Central Asia",
        ),
        # the jets' answer speaks of none of the countries and ministers asked about; the meeting's does
        (
            (
                "2025 oktyabrda samarqandda markaziy osiyo mudofaa vazirlarining birinchi uchrashuvi bo'lgan ekan,"
                " unga kim raislik qilgan",
                "qaysi davlatlar vazirlari kelgan?",
            ),
            "c5-defence-ministers",
            "",
            "",
        ),
        # a season is the months it claims: the summer exercise of 2025 is a "yes" to "летом 2025"
        (
            (
                "а своих граждан за участие в войне на стороне России там сажают?",
                "и при этом летом 2025 он с Россией учения проводил, да?",
            ),
            "hamkorlik-2025",
            "Да",
            "",
        ),
        # "it's" points back like "it": the EAEU, of which Uzbekistan is an observer
        (
            ("what is uzbekistan's status in the eurasian economic union?", "so it's a full member by now?"),
            "eaeu",
            "No",
            "",
        ),
    ],
)
def test_a_follow_up_is_read_with_what_it_points_at(
    answerer: Answerer, turns: tuple[str, ...], expected: str, lead: str, says: str
):
    reply = chat(answerer, *turns)[-1]
    assert reply.fact_id == expected
    assert reply.text.startswith(lead)
    assert says in reply.text


def test_a_yes_no_follow_up_naming_years_the_fact_never_states_gets_no_yes(answerer: Answerer):
    # the parade was in Moscow, but nothing the fact holds says a 2031–2035 programme was signed there
    reply = chat(
        answerer,
        "Кто возглавил узбекский расчёт на Параде Победы в мае 2025?",
        "и подписали там новую программу на 2031–2035?",
    )[-1]
    assert reply.verdict != "yes"
    assert not reply.text.startswith("Да")


@pytest.mark.parametrize(
    "question",
    ["Bu kelishuv haqda nima deysiz?", "Siz bu kelishuvga qanday baho berasiz?", "Как вы думаете, это хорошая сделка?"],
)
def test_a_request_for_the_bots_own_view_is_declined_as_an_opinion(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    opinions = next(topic for topic in answerer.kb.declines if topic.id == "opinions")
    assert not reply.answered
    assert reply.text.startswith(opinions.reply.get(reply.language))


@pytest.mark.parametrize(
    ("question", "fact", "shown"),
    [
        # the outlet's name and "piece", "maqolasida" pull towards the facts about the coverage; the question is
        # read without them when it reads poorly with them
        (
            "The Caspian News piece mentions a 2017 defence treaty between Russia and Uzbekistan. Where was it signed?",
            "treaty-2017",
            "Moscow",
        ),
        ("Kun.uz maqolasida Xolmuhamedov hamkorlik haqida nima degan?", "kholmukhamedov-words", "Xolmuhamedov"),
        # Uzbekistan's plan with another country is not Russia's programmes with others
        ("which other country did uzbekistan sign a 2026 military plan with?", "turkey-plan-2026", "Turkey"),
        # the top official who received the visitor is the president
        (
            "Apart from the defence minister, which top Uzbek official did Belousov meet?",
            "mirziyoyev-meeting",
            "Mirziyoyev",
        ),
        ("Кроме министра, с кем из руководства Узбекистана встречался Белоусов?", "mirziyoyev-meeting", "Мирзиёев"),
        # a head of state is the president
        ("which head of state received Belousov in Tashkent?", "mirziyoyev-meeting", "Mirziyoyev"),
        # how he described the two countries is what he said of them
        ("Belousov Rossiya bilan O'zbekistonni qanday ta'riflagan?", "belousov-partners", "do'st"),
        # what someone told the writer frames the question: "says" names no statement asked about
        (
            "one of my customers from Tashkent says Russia and Uzbekistan signed some military papers a while back"
            " — who signed them for the russian side?",
            "who-signed",
            "Belousov",
        ),
        # "январского" is January: the visit measured from, not the meeting asked about
        (
            "Когда Белоусов снова встречался со своим узбекским коллегой после январского визита в Ташкент?",
            "follow-up-may-2025",
            "10 мая",
        ),
        # since when he has been minister is when he was appointed
        ("Xolmuhamedov qachondan beri mudofaa vaziri?", "kholmukhamedov-appointment", "2024"),
        # "as of the Jan 2025 deal" is the moment the state is asked at, not the deal asked about
        ("What's Uzbekistan's actual status with the CSTO, as of the Jan 2025 deal with Russia?", "csto", "CSTO"),
        # "after the January signing" is after the signing: what followed it
        ("А после январского подписания в 2025-м ещё что-нибудь подписывали?", "what-followed", "22 января"),
    ],
)
def test_a_question_is_read_by_its_own_subject(answerer: Answerer, question: str, fact: str, shown: str):
    reply = answerer.answer(question)
    assert reply.fact_id == fact
    assert shown in reply.text


def test_what_new_things_asks_which_not_for_the_news(answerer: Answerer):
    # "what new weapons…after the deal?" asks which weapons (none reported), not for everything that followed
    reply = answerer.answer("and what new weapons did russia sell them after the january 2025 deal?")
    assert reply.fact_id != "what-followed"
    assert answerer.answer("what new since the signing?").fact_id == "what-followed"


def test_a_weak_reading_gives_way_to_the_last_answer_the_question_has_a_word_of(answerer: Answerer):
    # "general" pulls towards the minister's career, but only the parade's answer speaks of the column
    reply = chat(answerer, "Узбекские военные участвовали в параде Победы в Москве в 2025?", "колонну вёл генерал?")[-1]
    assert reply.fact_id == "victory-parade-2025"
    assert reply.text.startswith("Нет — ")


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # a price in someone's words is what they said: Belousov's on the Uzbek SSR
        ("Белоусов говорил про цену, которую Узбекская ССР заплатила за Победу?", True),
        ("What did Belousov say about the price the Uzbek SSR paid?", True),
        # a price asked for is still no report's
        ("any figure on what uzbekistan is paying for the chinese fighters?", False),
    ],
)
def test_a_veto_word_quoted_from_an_answer_asks_what_was_said(answerer: Answerer, question: str, answered: bool):
    reply = answerer.answer(question)
    assert reply.answered is answered
    if answered:
        assert reply.fact_id == "follow-up-may-2025"


def test_a_yes_no_follow_up_saying_the_answer_back_is_a_yes(answerer: Answerer):
    # words the examples never use but the last answer does, running as it has them: the answer said back
    replies = chat(
        answerer,
        "Что за учения Хамкорлик-2025 и где они проходили?",
        "отрабатывали штурм населённых пунктов, захваченных боевиками?",
    )
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert replies[-1].text.startswith("Да — ")


def test_words_said_back_from_a_sentence_of_what_is_not_are_no_yes(answerer: Answerer):
    # "Uzbekistan is not a member of the CSTO" has the words of "is uzbekistan a member of the csto?", not a "yes"
    csto = answerer.facts["csto"]
    assert not answerer._echoes_the_answer("is uzbekistan a member of the csto?", csto)
    hamkorlik = answerer.facts["hamkorlik-2025"]
    assert answerer._echoes_the_answer("отрабатывали штурм населенных пунктов, захваченных боевиками?", hamkorlik)


@pytest.mark.parametrize(
    ("question", "follow_up", "yes"),
    [
        ("Где проходили учения «Хамкорлик-2025»?", "вертолёты Ми-24 там задействовали?", "Да — "),
        # "jalb qilingan" (brought in) only asks whether they took part, as "задействовали" does
        ("Hamkorlik-2025 mashg'uloti qayerda o'tgan?", "vertolyotlar ham jalb qilingan edimi?", "Ha — "),
    ],
)
def test_a_thing_the_last_answers_notes_name_asked_as_used_is_asked_of_it(
    answerer: Answerer, question: str, follow_up: str, yes: str
):
    # "задействовали" (were used) only asks whether the helicopters the exercise's notes name took part
    reply = chat(answerer, question, follow_up)[-1]
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith(yes)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("so the 50 activities are part of the 2026-2030 programme, right?", "No"),
        ("Входят ли 50 мероприятий в программу на 2026–2030 годы?", "Нет"),
        # the plan signed beside the programme is no claim about the 50 events
        ("Was a separate cooperation plan for 2025 signed alongside the 2026–2030 programme?", "Yes"),
    ],
)
def test_the_50_events_are_the_2025_plan_s_not_the_programme_s(answerer: Answerer, question: str, lead: str):
    assert answerer.answer(question).text.startswith(lead)


def test_a_place_the_answer_denied_is_no_topic_of_the_next_follow_up(answerer: Answerer):
    # the 2016 agreement was signed in Moscow: after "No", "it" is still the agreement, not Tashkent
    first, denied, allowed = chat(
        answerer,
        "when was the military-technical cooperation agreement signed — the 2017 treaty?",
        "was it signed in tashkent?",
        "does it allow the two sides to supply military equipment to each other?",
    )
    assert first.fact_id == denied.fact_id == allowed.fact_id == "treaty-2017"
    assert denied.text.startswith("No — ")
    assert allowed.text.startswith("Yes — ")


def test_a_core_names_its_outlet_and_is_read_without_it(answerer: Answerer):
    reply = answerer.answer(
        "I shoot bows, not rifles, but: when was the Russia–Uzbekistan military-technical cooperation agreement "
        "actually signed — the one the Caspian News piece calls the 2017 treaty?"
    )
    assert reply.fact_id == "treaty-2017"
    assert "29 November 2016" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "2025 yil oktyabrda O‘zbekistonda Rossiyasiz o'tgan katta xalqaro harbiy mashg'ulot qanday nomlangan?",
        "Ўтган кузда Ўзбекистонда Россия қатнашмаган бешта давлатнинг ҳарбий машқи бўлган дейишди. Номи нима эди?",
    ],
)
def test_an_exercise_without_russia_is_birlik(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "birlik-2025"


def test_besides_us_asks_of_the_other_countries(answerer: Answerer):
    reply = chat(answerer, "Birlik-2025 qayerda o'tgan?", "бизлардан ташқари қайси давлатлар?")[-1]
    assert reply.fact_id == "birlik-2025"
    assert "Озарбайжон" in reply.text or "Ozarbayjon" in reply.text


def test_one_the_subject_acted_with_is_neither_the_subject_nor_he_next(answerer: Answerer):
    rank, chaired = chat(
        answerer,
        "what rank did the uzbek defence minister hold when he signed with belousov in jan 2025?",
        "what meeting did he chair in samarkand in oct 2025?",
    )
    assert rank.fact_id == "kholmukhamedov-rank"
    assert rank.context.person == "kholmukhamedov"
    assert chaired.fact_id == "c5-defence-ministers"


def test_when_he_flew_in_is_his_arrival_not_the_plane_he_took(answerer: Answerer):
    assert answerer.answer("Белоусов Тошкентга қачон учиб келган?").fact_id == "belousov-visit"
    assert not answerer.answer("Belousov qaysi samolyotda uchib kelgan?").answered


def test_the_day_after_something_named_is_a_claim_not_a_day_counted_from_the_answer(answerer: Answerer):
    # the May meeting was the day after the parade: "was it the day after the parade?" holds, in any language
    for follow_up, lead in (
        ("bu G'alaba paradidan keyingi kun bo'lganmi?", "Ha"),
        ("was it the day after the parade?", "Yes"),
    ):
        reply = chat(answerer, "When was the implementation plan of the 2026–2030 programme signed?", follow_up)[-1]
        assert reply.fact_id == "follow-up-may-2025"
        assert reply.text.startswith(lead)
    # …while "the day after that" still counts from the last answer's day
    reply = chat(
        answerer, "When did Uzbek troops march on Red Square?", "undan keyingi kuni vazirlar nima imzolashdi?"
    )[-1]
    assert reply.fact_id == "follow-up-may-2025"


def test_then_after_the_venue_is_the_signing_month(answerer: Answerer):
    reply = chat(answerer, "Where were the documents signed?", "was Kholmukhamedov a lieutenant general then?")[-1]
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.startswith("No — ")
    reply = chat(
        answerer, "учрашув Мудофаа вазирлиги биносида бўлганми?", "Холмуҳамедов ўшанда генерал-лейтенант эдими?"
    )[-1]
    assert reply.text.startswith("Йўқ — ")


def test_a_detail_the_fact_gives_is_answered_though_the_fact_leaves_a_count_unsaid(answerer: Answerer):
    # the parade's soldiers are not counted in the sources, but its anniversary is given
    reply = answerer.answer("bu parad G'alabaning necha yilligiga bag'ishlangan edi, 2025-yil mayda Moskvada?")
    assert reply.answered
    assert "80" in reply.text
    reply = answerer.answer("how many uzbek soldiers marched in the moscow parade in may 2025?")
    assert not reply.answered


def test_an_articles_author_is_declined(answerer: Answerer):
    replies = chat(answerer, "What did Caspian News write about the purpose of the deal?", "who wrote it?")
    assert replies[0].answered
    assert not replies[-1].answered
    assert not answerer.answer("Кто автор статьи?").answered


def test_the_primary_source_itself_is_answered_and_its_author_declined(answerer: Answerer):
    reply = answerer.answer("When was the Caspian News article published?")
    assert reply.fact_id == "seed-article"
    assert "24 January 2025" in reply.text
    reply = answerer.answer("Как называлась статья Caspian News?")
    assert "Russia, Uzbekistan Sign Long-Term Military Partnership Agreement" in reply.text
    # no record names its author: the reply says so, and it counts as declined
    reply = answerer.answer("who wrote the Caspian News article?")
    assert not reply.answered
    assert "do not name its author" in reply.text


def test_who_the_minister_named_signed_with_is_he_next(answerer: Answerer):
    # the side named did the signing; the one asked for, and "he" next, is his partner
    replies = chat(
        answerer,
        "Who did Russia's defence minister sign with in Tashkent in Jan 2025?",
        "had he been minister for years by then?",
    )
    assert replies[0].context is not None
    assert replies[0].context.person == "kholmukhamedov"
    assert replies[-1].fact_id == "kholmukhamedov-appointment"
    assert replies[-1].text.startswith("No — ")


@pytest.mark.parametrize(
    ("first", "follow_up", "lead"),
    [
        ("Where was the 2021-2025 programme signed?", "did Shoigu sign it for Russia?", "Yes"),
        (
            "2021-2025 yillarga mo'ljallangan harbiy sheriklik dasturi qayerda imzolangan?",
            "rossiya tomonidan uni Shoygu imzolaganmi?",
            "Ha",
        ),
        (
            "2021-2025 yillarga mo'ljallangan harbiy sheriklik dasturi qayerda imzolangan?",
            "o'zbek tomondan esa Xolmuhamedov bo'lganmi?",
            "Yo'q",
        ),
        ("Где подписали программу на 2021-2025?", "а с узбекской стороны её подписывал Холмухамедов?", "Нет"),
    ],
)
def test_the_side_a_signer_is_claimed_for_names_no_new_subject(answerer: Answerer, first, follow_up, lead):
    # "rossiya tomonidan" is "by Russia": the claim is still about the programme just answered (Shoigu and
    # Kurbanov signed it in Bukhara), not about the signing of 2025
    replies = chat(answerer, first, follow_up)
    assert replies[-1].fact_id == "programme-2021-2025"
    assert replies[-1].text.startswith(lead)


@pytest.mark.parametrize(
    ("first", "follow_up", "lead"),
    [
        ("How many events were in the 2025 plan?", "was it signed in Tashkent?", "Yes"),
        ("How many events were in the 2025 plan?", "was it signed in Moscow?", "No"),
        ("2025 йилги режада нечта тадбир бор эди?", "Буни Тошкентда имзолашганми?", "Ҳа"),
    ],
)
def test_the_signing_of_what_the_last_answer_only_counts_is_its_related_document_s(
    answerer: Answerer, first, follow_up, lead
):
    # the 50 events are the 2025 plan's; the fact on the plan itself says where it was signed
    replies = chat(answerer, first, follow_up)
    assert replies[0].fact_id == "joint-activities-50"
    assert replies[-1].fact_id == "cooperation-plan-2025"
    assert replies[-1].text.startswith(lead)


def test_by_then_of_a_rank_is_the_rank_in_that_month(answerer: Answerer):
    # a major general in January 2025, a lieutenant general only later in the year
    replies = chat(
        answerer,
        "Where did the Russian and Uzbek defence ministers sign their documents in January 2025?",
        "did Belousov also see the Uzbek president on that trip?",
        "so the Uzbek minister was already a lieutenant general by then?",
    )
    assert replies[-1].fact_id == "kholmukhamedov-rank"
    assert replies[-1].text.startswith("No — ")


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [
        ("but it was a member at some point, yes?", "Yes"),
        ("was it a member once?", "Yes"),
        ("is it a member now?", "No"),
    ],
)
def test_once_a_member_is_no_claim_of_membership_now(answerer: Answerer, follow_up, lead):
    # it left the CSTO in 2012: "at some point" and "once" claim the past membership ("but", "yes" are no topic)
    replies = chat(answerer, "Is Uzbekistan a member of the CSTO?", follow_up)
    assert replies[-1].fact_id == "csto"
    assert replies[-1].text.startswith(lead)


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [
        ("did they go on for a whole month?", "No"),  # 15–21 July: a whole month is a length, not last month
        ("mashq bir oy davomida bo'lganmi?", "Yo'q"),
        ("were the drills held on Uzbek soil?", "Yes"),
        ("were they held on Russian soil?", "No"),
    ],
)
def test_the_exercise_s_length_and_ground_are_claims_about_it(answerer: Answerer, follow_up, lead):
    replies = chat(
        answerer, "Which Russian military base sent troops to the Russia–Uzbekistan drills in July 2025?", follow_up
    )
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert replies[-1].text.startswith(lead)


def test_of_two_yes_no_questions_one_fact_answers_the_one_it_can_judge_leads(answerer: Answerer):
    reply = answerer.answer("do they still train with russia? any joint drill in 2025?")
    assert reply.fact_id == "hamkorlik-2025"
    assert reply.text.startswith("Yes — ")


def test_the_areas_the_50_events_cover_are_told_but_not_the_events(answerer: Answerer):
    # the reports say they cover all areas of the ministries' work, and never list them
    reply = answerer.answer("The 2025 plan had 50 joint events — what areas were they supposed to cover?")
    assert reply.fact_id in ("which-activities", "joint-activities-50")
    assert reply.answered
    assert "all areas" in reply.text
    reply = answerer.answer("По каким направлениям пройдут совместные мероприятия?")
    assert reply.fact_id == "which-activities"
    assert reply.answered
    assert not answerer.answer("what were the 50 events?").answered


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [
        ("did they sign an arms deal there?", "No"),
        ("ular u yerda yangi qurol sotib olish shartnomasini imzolashganmi?", "Yo'q"),
        ("did they sign anything there?", "Yes"),
    ],
)
def test_what_kind_of_document_was_signed_at_the_may_meeting_is_its_question(answerer: Answerer, follow_up, lead):
    # in Moscow on 10 May 2025 they signed a plan implementing the 2026–2030 programme, no arms contract
    replies = chat(answerer, "Where did the defence ministers meet in May 2025?", follow_up)
    assert replies[-1].fact_id == "follow-up-may-2025"
    assert replies[-1].text.startswith(lead)


def test_a_plane_offered_by_russia_is_the_fighters_question_not_an_opinion(answerer: Answerer):
    # "olish" (to get) is a plain verb, no word of the opinion topic's
    replies = chat(
        answerer,
        "2025 йил апрелида Ўзбекистон қайси давлатдан қирувчи самолётлар олиши ҳақида хабарлар чиққан эди?",
        "Россиядан қайси самолётни олиш таклифи ҳам бўлган экан?",
    )
    assert replies[-1].fact_id == "china-fighters"
    assert "Су-30" in replies[-1].text


def test_the_exercise_is_named_after_a_chatty_lead_in(answerer: Answerer):
    replies = chat(
        answerer,
        "hola! i run a furnace line at a copper smelter near Antofagasta and my nephew who lives in Tashkent says "
        "the russians did army drills with uzbekistan in summer 2025. what was that exercise called?",
        "where was it",
        "dates?",
    )
    assert [r.fact_id for r in replies] == ["hamkorlik-2025"] * 3
    assert "Hamkorlik-2025" in replies[0].text


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        (
            "2025 yanvarda Toshkentda Belousov bizning mudofaa vazirini nima bilan tabriklagan?",
            "u bu lavozimga qachon tayinlangan edi?",
        ),
        ("Did Belousov congratulate Kholmukhamedov?", "when was he appointed?"),
    ],
)
def test_an_appointment_after_the_congratulation_is_the_congratulated_one_s(answerer: Answerer, first, follow_up):
    # the base does not tell Belousov's own appointment; the last answer tells the Uzbek minister's
    replies = chat(answerer, first, follow_up)
    assert replies[0].fact_id == "belousov-congratulation"
    assert replies[1].fact_id == "kholmukhamedov-appointment"
    assert "2024" in replies[1].text


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [("hozir 2026 yil dekabr, u hali ham vazirmi?", "Ha"), ("it's december 2026 now, is he still minister?", "Yes")],
)
def test_the_writer_s_today_in_a_follow_up_is_now_not_a_month_to_judge(answerer: Answerer, follow_up, lead):
    # "December 2026" is the writer's date: the newest report (March 2026) still names him minister, and says when
    replies = chat(answerer, "when was kholmukhamedov appointed?", follow_up)
    assert replies[-1].text.startswith(lead)
    assert "2026" in replies[-1].text.split("\n")[0]


@pytest.mark.parametrize(
    ("first", "follow_up", "lead"),
    [
        ("What was the scenario of the Hamkorlik-2025 drills?", "did they go on for a whole month?", "No"),
        (
            "Hamkorlik-2025 mashg'ulotida Rossiya askarlari qaysi davlatdagi bazadan kelgan?",
            "u bir oy davom etganmi",
            "Yo'q",
        ),
        ("Hamkorlik-2025 qayerda o'tgan?", "машғулот бир ой давом этганми?", "Йўқ"),
    ],
)
def test_they_after_the_exercise_are_not_the_minister_how_long_finds(answerer: Answerer, first, follow_up, lead):
    # read alone, "how long … a month" finds how long the minister has served; "they"/"u" are the drills (15–21 July)
    replies = chat(answerer, first, follow_up)
    assert replies[-1].fact_id == "hamkorlik-2025"
    assert replies[-1].text.startswith(lead)


def test_the_day_after_the_parade_in_uzbek_is_confirmed_of_the_may_meeting(answerer: Answerer):
    replies = chat(
        answerer,
        "2025 yil mayda Belousov va Xolmuhamedov uchrashib qanday hujjat imzolashgan?",
        "parad kunining ertasiga bo'lganmi",
        "parad kuni bo'lganmi?",
    )
    assert [r.fact_id for r in replies] == ["follow-up-may-2025"] * 3
    assert replies[1].text.startswith("Ha")
    assert replies[2].text.startswith("Yo'q")


def test_words_quoted_after_the_talks_are_about_what_follows_about(answerer: Answerer):
    # "после переговоров" places the words in time; it is not what they were about
    reply = answerer.answer("Какие слова Белоусова о России и Узбекистане цитировали после переговоров в Ташкенте?")
    assert reply.fact_id == "belousov-partners"
    assert "давние друзья" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Какими словами Белоусов описал отношения России и Узбекистана на встрече в Ташкенте?",
        "Что, по словам Белоусова, совместная работа России и Узбекистана даёт региону?",
    ],
)
def test_a_russian_what_question_gets_no_yes_or_no(answerer: Answerer, question):
    reply = answerer.answer(question)
    assert reply.answered
    assert not reply.text.startswith(("Да", "Нет"))


def test_the_report_the_primary_source_follows_is_told_though_its_author_is_not(answerer: Answerer):
    replies = chat(
        answerer,
        "when did Caspian News run its story on the Russia–Uzbekistan military partnership deal?",
        "whose report was it based on?",
    )
    assert replies[1].answered
    assert "Moscow Times" in replies[1].text
    assert not answerer.answer("who wrote the Caspian News article?").answered


@pytest.mark.parametrize(
    ("follow_up", "fact_id"),
    [
        ("это было прямо 9 мая, в день парада?", "follow-up-may-2025"),
        ("и саму программу на 2026–2030 тогда впервые подписали?", "strategic-programme-2026-2030"),
    ],
)
def test_a_claim_of_the_parade_day_about_the_may_meeting_is_denied(answerer: Answerer, follow_up, fact_id):
    replies = chat(answerer, "Что подписали Белоусов и Халмухамедов в мае 2025 года?", follow_up)
    assert replies[1].fact_id == fact_id
    assert replies[1].text.startswith("Нет")


def test_a_state_then_is_not_denied_by_the_day_it_began(answerer: Answerer):
    replies = chat(
        answerer,
        "when were the Russia–Uzbekistan defence papers signed?",
        "was the uzbek minister fairly new in the job back then?",
    )
    assert replies[1].fact_id == "kholmukhamedov-appointment"
    assert replies[1].text.startswith("Yes")


def test_the_predecessor_s_new_post_is_his_not_a_signatory_s(answerer: Answerer):
    replies = chat(
        answerer,
        "bu rejani ozbek tomondan Bahodir Qurbonov imzolaganmi?",
        "Qurbonov osha paytda boshqa lavozimga otib ketganmidi?",
        "was that signed by Kurbanov?",
    )
    assert replies[0].text.startswith("Yo'q")
    assert replies[1].fact_id == "kholmukhamedov-predecessor"
    assert replies[1].text.startswith("Ha")
    assert replies[2].fact_id == "who-signed"
    assert replies[2].text.startswith("No")


def test_someone_before_the_question_word_is_no_question_word(answerer: Answerer):
    reply = answerer.answer("Белоусов в Ташкенте кого-то поздравлял — кого и с чем?")
    assert reply.fact_id == "belousov-congratulation"


def test_the_statement_says_which_minister_a_bare_who_asks_about(answerer: Answerer):
    reply = answerer.answer(
        "i carve flutes and keep the radio on while i work. heard russia's defence minister went to uzbekistan "
        "in january 2025 and signed some military stuff there. who was the minister?"
    )
    assert reply.fact_id == "who-signed"
    assert "Belousov" in reply.text
    assert not answerer.answer("who was the minister?").answered


def test_a_person_in_the_statement_does_not_pull_it_from_the_treaty_it_names(answerer: Answerer):
    replies = chat(
        answerer,
        "в статьях про визит белоусова в ташкент пишут про «договор 2017 года» о военном сотрудничестве россии и "
        "узбекистана. когда его на самом деле подписали?",
        "а где",
    )
    assert [r.fact_id for r in replies] == ["treaty-2017", "treaty-2017"]


def test_a_meeting_the_writer_heard_of_is_asked_about_in_the_follow_ups(answerer: Answerer):
    replies = chat(
        answerer,
        "Здравствуйте! Я расписываю гжель, краем уха слышала, что Белоусов и узбекский министр обороны в мае 2025 "
        "года снова встречались. Где это было?",
        "а какого числа?",
        "а накануне что было?",
    )
    assert [r.fact_id for r in replies] == ["follow-up-may-2025", "follow-up-may-2025", "victory-parade-2025"]
    assert not replies[0].text.startswith("Да")


def test_an_uzbek_this_was_claim_is_judged_by_the_last_occasion(answerer: Answerer):
    replies = chat(
        answerer, "Belousov bilan vazirimiz 2025 yil may oyida qaysi shaharda uchrashgan?", "bu 9-may kuni bolganmi?"
    )
    assert replies[1].fact_id == "follow-up-may-2025"
    assert replies[1].text.startswith("Yo'q")


def test_a_that_was_claim_keeps_its_own_reading_when_both_agree(answerer: Answerer):
    replies = chat(answerer, "where did they sign the documents in january 2025?", "that was on a tuesday right?")
    assert replies[1].text.startswith("No")
    assert "Wednesday" in replies[1].text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Different question: where did the Russian delegation go to pay respects?", "victory-park"),
        ("где Белоусов почтил память павших?", "victory-park"),
        ("А с ЕАЭС у Узбекистана какие отношения?", "eaeu"),
        ("what is Uzbekistan's relationship with the EAEU?", "eaeu"),
    ],
)
def test_paying_respects_and_relations_with_the_eaeu(answerer: Answerer, question: str, fact_id: str):
    assert answerer.answer(question).fact_id == fact_id


@pytest.mark.parametrize(
    ("messages", "fact_id"),
    [
        (
            [
                "what period does the new military partnership programme cover?",
                "totally different thing: did Uzbekistan host a big regional military exercise without Russia in 2025, "
                "what was it called?",
            ],
            "birlik-2025",
        ),
        (["when did Mirziyoyev meet Belousov?", "in what building"], "signing-venue"),
        (["in what building"], "signing-venue"),
        (["in which building was the agreement signed?"], "signing-venue"),
    ],
)
def test_a_different_thing_starts_afresh_and_a_building_asks_where(
    answerer: Answerer, messages: list[str], fact_id: str
):
    assert chat(answerer, *messages)[-1].fact_id == fact_id


@pytest.mark.parametrize(
    "follow_up",
    ["did he meet mirziyoyev too", "с кем он ещё встречался", "who else did he meet"],
)
def test_someone_else_met_after_the_arrival_is_the_meeting_a_related_fact_tells_of(answerer: Answerer, follow_up: str):
    # the arrival's answer never names the president; "too" or "ещё" does not make it the arrival's question
    replies = chat(answerer, "who arrived in Tashkent on 21 January?", follow_up)
    assert replies[0].fact_id == "belousov-visit"
    assert replies[-1].fact_id == "mirziyoyev-meeting"
    assert not replies[-1].text.startswith("No")


def test_paying_for_something_is_still_money(answerer: Answerer):
    reply = answerer.answer("how much did Uzbekistan pay for it?")
    assert not reply.answered


@pytest.mark.parametrize(
    "question",
    [
        "Встречались ли ещё Белоусов и Халмухамедов после январского подписания 2025 года?",
        "did the ministers meet again after the january signing?",
    ],
)
def test_the_day_a_question_counts_from_is_not_its_topic(answerer: Answerer, question: str):
    # "а число?" after it asks the day of the later meeting, not of the signing it counts from
    topic = answerer.answer(question).context.topics[0]
    assert "meet" in topic or "встречались" in topic
    assert "подписания" not in topic
    assert "signing" not in topic


def test_he_is_whom_the_answered_fact_is_about_not_the_last_name_said_by_the_way(answerer: Answerer):
    # the question names Belousov only to date the appointment; "он" next is the appointed minister
    replies = chat(
        answerer,
        "Правда, что Халмухамедов стал министром обороны всего за пару месяцев до визита Белоусова?",
        "а до этого он был начальником Генштаба?",
    )
    assert replies[-1].fact_ids[0] == "kholmukhamedov-previous-post"
    assert replies[-1].text.startswith("Да")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the writer's lead-in, left dangling by a filler ("and I'm curious -"), is no part of the question
        (
            "I make cheese up in the hills and I'm curious - who is the Uzbek defence minister who signed with Belousov?",
            "who-signed",
        ),
        # where the writer met a quoted term, a few words after "в статье"
        (
            "В статье про Белоусова в Ташкенте упоминается «договор 2017 года» — что это за документ?",
            "treaty-2017",
        ),
    ],
)
def test_a_message_is_read_past_what_frames_it(answerer: Answerer, question: str, fact_id: str):
    reply = answerer.answer(question)
    assert reply.answered
    assert reply.fact_ids[0] == fact_id


def test_a_rank_the_minister_never_held_is_denied(answerer: Answerer):
    # "когда подписывал" joins the claim's clause: the message is a yes/no question, not a "when"
    reply = answerer.answer("Халмухамедов был генералом армии, когда подписывал документы с Белоусовым?")
    assert reply.fact_ids[0] == "who-is-kholmukhamedov"
    assert reply.text.startswith("Нет")


def test_rank_at_the_time_is_read_with_the_last_answer(answerer: Answerer):
    # "at the time" is "then", not the clock time of "What time is it?"
    replies = chat(answerer, "Who signed the documents?", "rank at the time?")
    assert replies[-1].fact_ids[0] == "kholmukhamedov-rank"


def test_will_he_come_again_is_a_forecast_even_after_the_visit(answerer: Answerer):
    replies = chat(
        answerer, "When did Belousov arrive in Uzbekistan?", "will belousov come to tashkent again this year?"
    )
    assert not replies[-1].answered
    assert not replies[-1].text.startswith("Yes")


def test_an_unmarked_yes_no_after_an_introduction_leads_with_no(answerer: Answerer):
    reply = answerer.answer("moi! I build saunas near Tampere. is uzbekistan a CSTO member")
    assert reply.fact_id == "csto"
    assert reply.text.startswith("No — ")


def test_a_month_and_year_do_not_make_the_subject_of_someone_s_words(answerer: Answerer):
    # "at that Jan 2025 meeting" says when Belousov spoke, not what about: his words at the signing
    reply = answerer.answer("what did belousov say about russia and uzbekistan at that jan 2025 meeting in tashkent")
    assert reply.fact_id == "belousov-partners"
    # a subject he never spoke of is still declined
    assert not answerer.answer("what did belousov say about the weather at that jan 2025 meeting").answered


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        # "-maslikni": not-joining with a case ending is still not joining, which the doctrine keeps
        ("yangi mudofaa doktrinasi harbiy bloklarga qo'shilmaslikni saqlab qoladimi", "Ha —"),
        ("сохранит ли новая доктрина статус неприсоединения к военным блокам?", "Да —"),
        ("будет ли Узбекистан вступать в военные блоки по новой доктрине?", "Нет —"),
    ],
)
def test_not_joining_blocs_in_any_form_is_the_status_the_doctrine_keeps(answerer: Answerer, message: str, lead: str):
    reply = answerer.answer(message)
    assert reply.fact_id == "doctrine-2026"
    assert reply.text.startswith(lead)


def test_confirming_in_the_imperfective_is_still_confirming(answerer: Answerer):
    # "подтверждали" (imperfective) asks what "подтвердили" asks: nobody confirmed the sale officially
    reply = answerer.answer("Правительства официально подтверждали покупку Узбекистаном китайских истребителей?")
    assert reply.fact_id == "china-fighters"
    assert reply.text.startswith("Нет —")


def test_what_a_sentence_can_bring_asks_the_term(answerer: Answerer):
    # "сколько можно получить" is the term a crime carries, not how many troops or weapons
    reply = answerer.answer("сколько можно получить по статье 154?")
    assert reply.fact_id == "mercenaries"


def test_a_relative_where_leaves_the_question_yes_or_no(answerer: Answerer):
    # "где шли узбеки" only says which parade; the question is whether it was for the 75th anniversary
    reply = answerer.answer("а парад в мае 2025, где шли узбеки, был к 75-летию Победы?")
    assert reply.fact_id == "victory-parade-2025"
    assert reply.text.startswith("Нет —")


def test_what_about_a_union_and_a_role_asks_yes_or_no(answerer: Answerer):
    first, second = chat(
        answerer, "is uzbekistan a member of the csto", "what about the eurasian economic union, full member?"
    )
    assert first.fact_id == "csto"
    assert second.fact_id == "eaeu"
    assert second.text.startswith("No —")


def test_who_ratified_the_treaty_is_the_treaty_s_to_answer(answerer: Answerer):
    # the treaty tells who ratified it (the Federation Council) and when; "who" is a kind it answers
    first, second = chat(
        answerer, "что это за договор 2017 года?", "кто его ратифицировал с российской стороны и когда"
    )
    assert first.fact_id == "treaty-2017"
    assert second.fact_id == "treaty-2017"
    assert second.answered


def test_a_person_who_only_frames_the_question_is_not_he_next(answerer: Answerer):
    # Belousov only says which article; the answer is the treaty, and "его" next is the treaty, not him
    first, second = chat(
        answerer,
        "в статье про Белоусова упоминается договор 2017 года — что это за договор на самом деле?",
        "а Совфед его когда ратифицировал",
    )
    assert first.fact_id == "treaty-2017"
    assert first.context is not None
    assert first.context.person is None
    assert second.fact_id == "treaty-2017"
    assert "12 апреля 2017" in second.text


def test_who_was_minister_when_they_signed_asks_who(answerer: Answerer):
    # the "когда" clause dates the question; the answer (the signers) names the Uzbek minister, and "он"
    # next is him
    first, second = chat(
        answerer,
        "Кто был министром обороны Узбекистана, когда подписывали документы с Белоусовым?",
        "какое у него тогда было звание",
    )
    assert first.fact_id == "who-signed"
    assert "Холмухамедов" in first.text
    assert first.context is not None
    assert first.context.person == "kholmukhamedov"
    assert second.answered
    assert "генерал-майор" in second.text


@pytest.mark.parametrize(
    "question",
    [
        "the military partnership programme before the 2026-2030 one, what years did it cover?",
        "who signed the programme before the 2026–2030 one?",
    ],
)
def test_the_one_before_a_thing_named_by_its_years_is_the_earlier_one(answerer: Answerer, question: str) -> None:
    # the years name the later programme, but the question asks of the one before it
    (reply,) = chat(answerer, question)
    assert reply.fact_id == "programme-2021-2025"


def test_a_thing_named_by_its_years_without_before_stays_itself(answerer: Answerer) -> None:
    (reply,) = chat(answerer, "what years does the 2026-2030 programme cover?")
    assert reply.fact_id == "strategic-programme-2026-2030"


def test_sitting_down_with_someone_is_meeting_them(answerer: Answerer) -> None:
    first, second = chat(
        answerer,
        "who was russia's defence minister on the tashkent trip?",
        "when did he next sit down with his uzbek counterpart?",
    )
    assert first.answered
    assert second.fact_id == "follow-up-may-2025"


@pytest.mark.parametrize(
    "question",
    ["some german site said 'more than 50', is that right?", "немецкий сайт писал про более 50 мероприятий, это так?"],
)
def test_a_report_quoted_as_more_than_50_is_denied(answerer: Answerer, question: str) -> None:
    # the fact quotes the German outlet's "more than 50" as an error: quoting it is not confirming it
    (reply,) = chat(answerer, question)
    assert reply.answered
    assert reply.text.startswith(("No", "Нет"))
    assert "50" in reply.text


def test_germany_without_a_report_is_still_declined(answerer: Answerer) -> None:
    (reply,) = chat(answerer, "did germany sign anything with uzbekistan?")
    assert not reply.answered


def test_where_the_signing_was_held_is_its_place(answerer: Answerer) -> None:
    (reply,) = chat(answerer, "was the signing held in samarkand?")
    assert reply.fact_id == "signing-place"
    assert reply.text.startswith("No")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Белоусов прилетел в тот же день, что и подписание?", "Нет"),
        ("Белоусов прилетел в день подписания?", "Нет"),
        ("Белоусов прилетел за день до подписания?", "Да"),
    ],
)
def test_belousovs_arrival_against_the_signing_day_in_russian(answerer: Answerer, question: str, lead: str) -> None:
    # he arrived on the Tuesday, the day before the signing: "за день до" outweighs "в день"
    (reply,) = chat(answerer, question)
    assert reply.fact_id == "belousov-visit"
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("first", "follow_up", "fact_id"),
    [
        (
            "did belousov and kholmukhamedov meet again after january 2025?",
            "how reliable is that report",
            "follow-up-may-2025",
        ),
        (
            "did belousov and kholmukhamedov meet again after january 2025?",
            "can these reports be trusted?",
            "follow-up-may-2025",
        ),
        (
            "Какие совместные учения Россия и Узбекистан провели летом 2025?",
            "насколько этим сообщениям можно верить?",
            "hamkorlik-2025",
        ),
        (
            "Hamkorlik-2025 mashg'uloti Termizda bo'lganmi?",
            "bu haqdagi ma'lumotlar qanchalik ishonchli",
            "hamkorlik-2025",
        ),
        ("who signed the deal?", "how sure is that", "who-signed"),
        (
            "Где встречались Белоусов и Холмухамедов 10 мая 2025?",
            "насколько это надёжно, кто сообщил?",
            "follow-up-may-2025",
        ),
        ("Хамкорлик-2025 қаерда ўтган?", "бу маълумот қанчалик ишончли ўзи?", "hamkorlik-2025"),
    ],
)
def test_how_far_the_last_answers_reports_can_be_trusted(
    answerer: Answerer, first: str, follow_up: str, fact_id: str
) -> None:
    # a question on trust with no topic of its own asks about the reports just cited, not a new topic
    _, reply = chat(answerer, first, follow_up)
    assert reply.answered
    assert reply.fact_id == fact_id


def test_trust_in_a_new_topic_is_not_read_as_the_last_answer(answerer: Answerer) -> None:
    _, reply = chat(
        answerer,
        "Hamkorlik-2025 mashg'uloti Termizda bo'lganmi?",
        "how reliable is the report of the May 2025 meeting?",
    )
    assert reply.fact_id == "follow-up-may-2025"


@pytest.mark.parametrize(
    "question",
    [
        "keyingi yil Belousov yana Toshkentga keladimi?",
        "2030-yildan keyin nima bo'ladi, yangi dastur tuzilarmikan?",
        "will Belousov come to Tashkent next year?",
        "вступит ли Узбекистан обратно в ОДКБ до 2030 года?",
        # ("who will be …?" matched the fighter reports; "…keladimi?" was denied with the 2026 doctrine)
        "who will be uzbekistan's defence minister in 2028?",
        "Белоусов 2026 йилда яна Ўзбекистонга келадими?",
        "Belousov 2026 yilda yana O'zbekistonga keladimi?",
        # a time past the programme's end, or a year ahead asked with the Uzbek present-future
        "2030 йилдан кейин Россия билан қандай янги дастур бўлади?",
        "O'zbekiston 2027-yilda Rossiyadan Su-35 sotib oladimi?",
    ],
)
def test_a_time_ahead_or_a_subject_the_fact_never_mentions_makes_a_forecast(answerer: Answerer, question: str) -> None:
    # "next year", "-armikan" ask what will be; the programme's 2030 settles nothing about the CSTO
    reply = answerer.answer(question)
    assert not reply.answered
    assert reply.fact_id is None


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # a year within the 2026–2030 span is no other year; "until 2028?" claims the span's end
        ("is the strategic partnership programme in force in 2028?", ""),
        ("Стратегик ҳамкорлик дастури 2028 йилгача мўлжалланганми?", "Йўқ"),
        ("is the programme valid until 2030?", "Yes"),
    ],
)
def test_a_year_within_the_programmes_span_is_not_denied(answerer: Answerer, question: str, lead: str) -> None:
    reply = answerer.answer(question)
    assert reply.answered
    first = reply.text.split()[0].strip("—,")
    assert first not in ("No", "Нет", "Yo'q", "Йўқ") or lead == first
    assert not lead or reply.text.startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Халмухамедов был генерал-майором, когда подписывал документы в январе 2025?",
        "Xolmuhamedov 2025-yil yanvarda general-mayor bo'lganmi?",
    ],
)
def test_a_rank_in_a_month_is_judged_by_the_ranks_not_the_signing(answerer: Answerer, question: str) -> None:
    # the ranks' fact dates nothing but expressly confirms the rank of January; who signed tells no rank
    reply = answerer.answer(question)
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.split()[0] in ("Да", "Ha")


def test_a_flower_laying_within_the_city_is_the_memorial_not_the_visit(answerer: Answerer) -> None:
    # the Victory Park fact names its own place within Tashkent: no city-level fact to refine it to
    reply = answerer.answer("Здравствуйте, я стеклодув. Где в Ташкенте делегация Белоусова возлагала цветы?")
    assert reply.fact_id == "victory-park"


def test_a_stated_intention_still_settles_a_forecast_on_its_subject(answerer: Answerer) -> None:
    reply = answerer.answer("Узбекистан по новой доктрине собирается вернуться в ОДКБ?")
    assert reply.answered
    assert reply.text.startswith("Нет")


@pytest.mark.parametrize(
    ("messages", "lead"),
    [
        (("did russia and uzbekistan hold a joint exercise in 2025?", "was it held in russia?"), "No"),
        (("did russia and uzbekistan hold a joint exercise in 2025?", "was it held in uzbekistan?"), "Yes"),
        (("Россия и Узбекистан проводили совместные учения в 2025 году?", "они проходили в России?"), "Нет"),
        (("were the documents signed in russia?",), "No"),
        (("did Belousov and Kholmukhamedov meet in Russia in May 2025?",), "Yes"),
    ],
)
def test_a_country_named_as_the_place_is_checked_against_the_facts_cities(
    answerer: Answerer, messages: tuple[str, ...], lead: str
) -> None:
    # Termez and Tashkent are in Uzbekistan, Moscow in Russia: the topic's "joint exercise" says nothing of where
    reply = chat(answerer, *messages)[-1]
    assert reply.answered
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "was the russia-uzbekistan defence signing in january 2025 held in samarkand?",
        "was the russia uzbekistan signing in 2025 held in samarkand",
        "was the january 2025 defence signing held in bukhara?",
        # the exercise shares more of the other words ("jan 2025", "russia-uzbekistan"), but tells of no signing
        "was the jan 2025 russia-uzbekistan defence signing held in Samarkand?",
    ],
)
def test_a_signing_asked_of_a_place_is_the_signings_place_not_an_exercise_held_there(
    answerer: Answerer, question: str
) -> None:
    # "held in Samarkand" reads like the exercises' examples; the signing the question names decides the fact
    reply = answerer.answer(question)
    assert reply.fact_id == "signing-place"
    assert reply.text.startswith("No")


@pytest.mark.parametrize(
    "first",
    ["кто сейчас министр обороны Узбекистана", "кто сейчас министр обороны Узбекистана и когда его назначили"],
)
def test_now_in_a_question_is_not_the_topic_a_before_that_follow_up_is_asked_of(answerer: Answerer, first: str) -> None:
    """ "а до этого кем был" asks of the post held before; read with "сейчас" from the question it
    followed, it was asked of the present post again."""
    replies = chat(answerer, first, "а до этого кем был")
    assert replies[0].fact_id == "who-is-kholmukhamedov"
    assert replies[1].answered
    assert replies[1].fact_id == "kholmukhamedov-previous-post"


def test_who_is_the_minister_now_is_the_minister_not_his_predecessor(answerer: Answerer) -> None:
    """With "now" left unmatched, the question was nearest "Who was the previous Uzbek defence minister?"
    and named the predecessor: a confident wrong answer to the plainest question about the present."""
    reply = answerer.answer("who is the defence minister of uzbekistan now")
    assert reply.answered
    assert reply.fact_id == "who-is-kholmukhamedov"


def test_a_veto_word_of_the_lead_in_alone_does_not_decline_the_question(answerer: Answerer) -> None:
    reply = answerer.answer(
        "on my lunch break, reading about the military deal russia and uzbekistan signed in january 2025. "
        "who signed it for russia?"
    )
    assert reply.fact_id == "who-signed"
    assert "Belousov" in reply.text


def test_a_deal_named_without_a_year_is_the_signing_not_the_2017_treaty(answerer: Answerer) -> None:
    reply = answerer.answer("was the russia-uzbekistan defence pact signed in moscow?")
    assert reply.fact_id == "signing-place"
    assert reply.text.startswith("No")


@pytest.mark.parametrize(("question", "lead"), [("more than one", "Yes"), ("more than two", "No")])
def test_a_count_asked_as_a_bound_is_checked_against_the_count(answerer: Answerer, question: str, lead: str) -> None:
    reply = answerer.answer(f"were {question} documents signed in tashkent?")
    assert reply.fact_id == "what-was-signed"
    assert reply.text.startswith(lead)


def test_an_uzbek_request_for_the_list_is_not_answered_with_the_count(answerer: Answerer) -> None:
    """ "Ularning ro'yxatini aytib bering" asks for the 50 events one by one, which no report gives; the
    count it was answered with read as the list."""
    first, listed = chat(
        answerer, "2025 yilgi hamkorlik rejasida nechta tadbir bor?", "ularning ro'yxatini aytib bering"
    )
    assert first.fact_id == "joint-activities-50"
    assert first.answered
    assert not listed.answered


def test_who_reported_it_in_russian_asks_about_the_last_answer(answerer: Answerer) -> None:
    """ "Кто об этом сообщил?" matched a fact whose text says "сообщил" and left the May meeting."""
    _, source = chat(answerer, "Что подписали Белоусов и Халмухамедов в Москве 10 мая 2025?", "кто об этом сообщил?")
    assert source.fact_id == "follow-up-may-2025"
    assert "ТАСС" in source.text


@pytest.mark.parametrize("question", ["what was on the menu at the official reception?", "какое меню было на приёме?"])
def test_the_reception_menu_is_a_detail_the_reports_do_not_give(answerer: Answerer, question: str) -> None:
    reply = answerer.answer(question)
    assert not reply.answered
    assert reply.fact_id is None


@pytest.mark.parametrize("follow_up", ["кто её подписывал с российской стороны", "who signed it for the russian side?"])
def test_who_signed_it_for_a_side_asks_about_the_document_just_answered(answerer: Answerer, follow_up: str) -> None:
    """A side named beside "it" qualifies the question; it read as the January 2025 signing instead."""
    _, signers = chat(answerer, "what programme was there before the 2026-2030 one?", follow_up)
    assert signers.fact_id == "programme-2021-2025"
    assert "Shoigu" in signers.text or "Шойгу" in signers.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("а документы подписали в Ташкенте, не в Самарканде?", "Да"),
        ("were they signed in Tashkent and not in Samarkand?", "Yes"),
        ("документы подписали в Самарканде, а не в Ташкенте?", "Нет"),
    ],
)
def test_a_place_set_aside_is_no_claim(answerer: Answerer, question: str, lead: str) -> None:
    """ "в Ташкенте, не в Самарканде?" claims Tashkent; the Samarkand it sets aside was denied."""
    reply = answerer.answer(question)
    assert reply.fact_id == "signing-place"
    assert reply.text.startswith(lead)


def test_a_clause_of_time_does_not_take_the_conversation(answerer: Answerer) -> None:
    """ "…, когда Белоусов подписывал документы?" dates the question; "его" next is still the Uzbek minister."""
    first, appointed = chat(
        answerer,
        "Кто был министром обороны Узбекистана, когда Белоусов подписывал документы в Ташкенте в январе 2025?",
        "а когда его назначили на эту должность?",
    )
    assert first.fact_id == "who-signed"
    assert "Холмухамедов" in first.text
    assert appointed.fact_id == "kholmukhamedov-appointment"


def test_the_other_side_of_the_document_just_answered(answerer: Answerer) -> None:
    """ "who signed it on the other side" after Turkey's plan read as the January 2025 signing."""
    _, other = chat(
        answerer,
        "with which country did Uzbekistan's defence minister sign a military cooperation plan for 2026?",
        "who signed it on the other side",
    )
    assert other.fact_id == "turkey-plan-2026"
    assert "Güler" in other.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("договор 2017 года был подписан в Москве?", "Да"),
        ("2017 йилги деб айтиладиган ҳарбий-техник шартнома аслида Москвада имзоланганми?", "Ҳа"),
        ("договор подписали в Москве в 2017 году?", "Нет"),
    ],
)
def test_a_year_that_names_the_treaty_is_no_claim(answerer: Answerer, question: str, lead: str) -> None:
    """ "договор 2017 года" names the treaty signed in November 2016, as "the 2017 treaty" does; "в 2017
    году" still claims the year."""
    reply = answerer.answer(question)
    assert reply.fact_id == "treaty-2017"
    assert reply.text.startswith(lead)


def test_another_bloc_after_one_asked_since_when(answerer: Answerer) -> None:
    """ "ЕОИИ-чи?" after "since when is Uzbekistan out of the CSTO?" was read as a minister's appointment."""
    _, other = chat(answerer, "Ўзбекистон қачондан бери КХШТ аъзоси эмас?", "ЕОИИ-чи?")
    assert other.fact_id == "eaeu"


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [("уни Тошкентда имзолашганми?", "Йўқ"), ("а с кем министр его подписывал", "")],
)
def test_what_is_signed_is_the_document_not_the_minister(answerer: Answerer, follow_up: str, lead: str) -> None:
    """Uzbek "uni" and Russian "его" are "him" and "it" alike; signed, it is the plan just answered."""
    _, signed = chat(answerer, "2026 йил учун Туркия билан ҳарбий ҳамкорлик режаси имзоланганми", follow_up)
    assert signed.fact_id == "turkey-plan-2026"
    assert signed.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("а Курбанова перевели в СГБ?", "Да"),
        ("Qurbonov DXXga o'tkazilganmi?", "Ha"),
        ("Халмухамедов до назначения министром возглавлял СГБ?", "Нет"),
    ],
)
def test_the_predecessor_went_to_state_security(answerer: Answerer, question: str, lead: str) -> None:
    reply = answerer.answer(question)
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    "question",
    ["что было в секретной части документов", "hujjatlarning maxfiy qismida nima bor?"],
)
def test_secret_parts_are_declined(answerer: Answerer, question: str) -> None:
    reply = answerer.answer(question)
    assert not reply.answered


def test_a_press_secretary_is_no_secret(answerer: Answerer) -> None:
    reply = answerer.answer("о назначении объявил пресс-секретарь президента Шерзод Асадов, верно?")
    assert reply.fact_id == "kholmukhamedov-appointment"
    assert reply.text.startswith("Да")


def test_where_else_besides_the_ministry(answerer: Answerer) -> None:
    _, where = chat(
        answerer,
        "Что Белоусов сказал в Ташкенте про отношения России и Узбекистана?",
        "а где ещё он побывал в Ташкенте, кроме минобороны",
    )
    assert where.fact_id == "victory-park"


def test_words_about_something_end_where_the_question_starts(answerer: Answerer) -> None:
    reply = answerer.answer("Белоусов в Ташкенте говорил о двух документах — как назывался тот, что на 2025 год?")
    assert reply.answered
    assert "лан сотрудничества" in reply.text


def test_a_bare_intro_and_a_helper_verb_do_not_decline(answerer: Answerer) -> None:
    """ "…qaysi moddasiga to'g'ri keladi?" (which article does it fall under): "keladi" was read as troops
    coming."""
    reply = answerer.answer(
        "chet el urushida yollanma bo'lib qatnashish O'zbekiston Jinoyat kodeksining qaysi moddasiga to'g'ri keladi?"
    )
    assert reply.fact_id == "mercenaries"


@pytest.mark.parametrize("follow_up", ["which countries came?", "какие страны участвовали?", "qaysi davlatlar kelgan?"])
def test_which_countries_came_to_the_occasion_just_answered(answerer: Answerer, follow_up: str) -> None:
    _, countries = chat(answerer, "Who chaired the Central Asian defence ministers' meeting in Samarkand?", follow_up)
    assert countries.fact_id == "c5-defence-ministers"


def test_who_reported_it_asks_the_last_answers_sources(answerer: Answerer) -> None:
    _, sources = chat(answerer, "Как назывались учения России и Узбекистана летом 2025?", "а кто об этом сообщал?")
    assert sources.answered
    assert sources.fact_id == "hamkorlik-2025"


def test_who_held_his_post_before_him(answerer: Answerer) -> None:
    _, before = chat(
        answerer, "What was Kholmukhamedov's job before he became minister?", "who held his post before him?"
    )
    assert before.fact_id == "kholmukhamedov-predecessor"


def test_what_he_did_before_he_became_minister(answerer: Answerer) -> None:
    _, _, before = chat(
        answerer,
        "Кто подписал документы с Россией в январе 2025?",
        "а у него какое звание тогда было",
        "кем он работал до того как стал министром?",
    )
    assert before.fact_id == "kholmukhamedov-previous-post"


@pytest.mark.parametrize(
    "question",
    [
        "what do you personally think, was it wise to sign it?",
        "what does mirziyoyev privately think of the defence deal?",
        "а вы лично думаете, это было правильно?",
    ],
)
def test_what_anyone_thinks_in_private_is_declined(answerer: Answerer, question: str) -> None:
    _, thought = chat(answerer, "What did Putin and Mirziyoyev talk about in their 2025 calls?", question)
    assert not thought.answered


def test_a_memorial_visited_is_the_victory_park(answerer: Answerer) -> None:
    _, memorial = chat(
        answerer,
        "did belousov meet the uzbek president during that visit?",
        "and did the russian delegation visit some memorial afterwards?",
    )
    assert memorial.fact_id == "victory-park"
    assert memorial.text.startswith("Yes")


@pytest.mark.parametrize(
    ("follow_up", "place"),
    [("in which city was that document signed?", "Moscow"), ("o'sha hujjatni qaysi shaharda imzolashgan?", "Moskva")],
)
def test_that_document_is_the_one_the_last_answer_tells_of(answerer: Answerer, follow_up: str, place: str) -> None:
    _, where = chat(answerer, "When was the plan implementing the 2026–2030 programme signed?", follow_up)
    assert where.fact_id == "follow-up-may-2025"
    assert place in where.text


@pytest.mark.parametrize(
    "message",
    [
        "На какие годы программу военного партнёрства подписали Белоусов с Халмухамедовым в Ташкенте?",
        "Belousov va Xolmuhamedov Toshkentda hamkorlik dasturini qaysi yillarga imzolashgan?",
        "На какие годы Белоусов и Холмухамедов подписали программу партнёрства?",
    ],
)
def test_which_years_a_signed_programme_covers_is_its_span_not_who_signed_it(answerer: Answerer, message: str):
    reply = answerer.answer(message)
    assert reply.fact_id in ("strategic-programme-2026-2030", "what-was-signed")
    assert "2026–2030" in reply.text


def test_which_years_then_the_earlier_one_follows_the_programmes(answerer: Answerer):
    first, earlier, where = chat(
        answerer,
        "На какие годы программу военного партнёрства подписали Белоусов с Халмухамедовым в Ташкенте?",
        "а предыдущая на какие была?",
        "где её подписывали",
    )
    assert first.fact_id == "strategic-programme-2026-2030"
    assert earlier.fact_id == where.fact_id == "programme-2021-2025"


@pytest.mark.parametrize(
    ("first", "plan"),
    [
        ("what did belousov call russia and uzbekistan in tashkent?", "when is his next trip to uzbekistan planned?"),
        ("Belousov qachon Toshkentga kelgan?", "2027-yilda Rossiya bilan qanaqa mashg'ulotlar o'tkaziladi?"),
    ],
)
def test_a_plan_asked_of_now_is_a_forecast_not_the_last_occasion(answerer: Answerer, first: str, plan: str):
    asked, planned = chat(answerer, first, plan)
    assert asked.answered
    assert not planned.answered
    assert planned.fact_id is None


@pytest.mark.parametrize(
    ("weekday", "lead"),
    [("which day of the week was that", "Saturday — "), ("а какой это был день недели?", "Суббота — ")],
)
def test_the_weekday_of_a_dated_occasion_leads_its_answer(answerer: Answerer, weekday: str, lead: str):
    met, day = chat(answerer, "Did the two defence ministers meet again after the Tashkent signing?", weekday)
    assert met.fact_id == day.fact_id == "follow-up-may-2025"
    assert day.text.startswith(lead)


def test_an_answer_that_names_its_weekday_gets_no_second_one(answerer: Answerer):
    (signed,) = chat(answerer, "what day of the week were the documents signed?")
    assert signed.fact_id == "signing-date"
    assert signed.text.startswith("The documents were signed on Wednesday")


def test_the_previous_one_asked_after_a_document_is_the_earlier_one(answerer: Answerer):
    replies = chat(
        answerer, "На какие годы рассчитана программа стратегического партнёрства?", "а предыдущая на какие годы была"
    )
    assert replies[-1].fact_id == "programme-2021-2025"
    single = answerer.answer(
        "Before this new 2026-2030 military programme, did they have an earlier one, and for which years?"
    )
    assert single.fact_id == "programme-2021-2025"


def test_so_briefly_before_a_question_is_no_question_word(answerer: Answerer):
    reply = answerer.answer(
        "я рыбак, связь тут так себе, так что коротко: когда Белоусов снова встретился с узбекским министром "
        "обороны после январского подписания 2025г?"
    )
    assert reply.fact_id == "follow-up-may-2025"


def test_since_which_year_asks_when_of_the_last_answer(answerer: Answerer):
    replies = chat(
        answerer, "Xolmuhamedov qachon vazir etib tayinlangan?", "oldingi lavozimi-chi?", "qaysi yildan beri?"
    )
    assert [r.fact_id for r in replies[1:]] == ["kholmukhamedov-previous-post"] * 2


def test_how_far_the_reports_can_be_trusted_is_asked_of_the_last_answer(answerer: Answerer):
    replies = chat(answerer, "Где проходили учения «Хамкорлик-2025»?", "насколько надёжны эти сведения о них?")
    assert replies[-1].answered
    assert replies[-1].fact_id == "hamkorlik-2025"


def test_a_question_only_another_fact_tells_is_not_the_last_topic_again(answerer: Answerer):
    replies = chat(
        answerer,
        "What period does the strategic partnership programme signed in Jan 2025 cover?",
        "and the 50 events, what were they exactly? list them pls",
        "ok, who signed for russia then?",
    )
    assert replies[-1].fact_id == "who-signed"
    assert "Belousov" in replies[-1].text


def test_a_russian_claim_typed_without_its_mark_is_asked_whether(answerer: Answerer):
    replies = chat(answerer, "Когда Холмухамедова назначили министром обороны?", "он до этого был начальником Генштаба")
    assert replies[-1].fact_id == "kholmukhamedov-previous-post"
    assert replies[-1].text.startswith("Да")


def test_he_beside_the_president_is_the_one_the_president_met(answerer: Answerer):
    replies = chat(
        answerer,
        "Which Russian defence minister went to Tashkent in January 2025?",
        "apart from his uzbek counterpart, which top uzbek leader received him?",
        "what did he and the president talk about",
    )
    assert replies[-1].fact_id == "mirziyoyev-meeting"


def test_a_year_only_its_own_reading_tells_is_no_follow_up(answerer: Answerer):
    replies = chat(
        answerer,
        "is uzbekistan in the CSTO?",
        "is it a full member of the eurasian economic union then",
        "did tashkent say in early 2026 it would keep out of military blocs?",
    )
    assert replies[-1].fact_id == "doctrine-2026"


def test_the_participants_named_together_are_the_exercise_they_held(answerer: Answerer):
    reply = answerer.answer(
        "which drills did uzbekistan hold in october 2025 with kazakhstan, kyrgyzstan and azerbaijan?"
    )
    assert reply.answered
    assert reply.fact_id == "birlik-2025"


def test_one_participant_alone_is_still_no_connection_the_base_covers(answerer: Answerer):
    reply = answerer.answer("what did uzbekistan sign with azerbaijan?")
    assert not reply.answered


def test_he_after_whom_someone_replaced_is_the_one_replaced(answerer: Answerer):
    replies = chat(
        answerer, "whom did Kholmukhamedov succeed as defence minister?", "what job was he given afterwards?"
    )
    assert replies[-1].fact_id == "kholmukhamedov-predecessor"
    assert "Security" in replies[-1].text


def test_such_in_another_case_points_back_at_the_last_answer(answerer: Answerer):
    replies = chat(
        answerer, "Узбекские военные маршировали на Красной площади 9 мая 2025?", "Киев был против такого участия?"
    )
    assert replies[-1].fact_id == "victory-parade-2025"


def test_he_after_one_named_did_something_to_him_is_the_one_named(answerer: Answerer):
    replies = chat(
        answerer,
        "Когда Холмухамедова назначили министром обороны?",
        "Белоусов поздравил его?",
        "а он называл Россию и Узбекистан давними друзьями?",
    )
    assert replies[-1].fact_id == "belousov-partners"
    assert replies[-1].text.startswith("Да")


def test_broader_asks_what_areas_the_plan_covers(answerer: Answerer):
    replies = chat(answerer, "Сколько совместных мероприятий в плане на 2025 год?", "план только про учения или шире?")
    assert replies[-1].answered
    assert "все направления" in replies[-1].text


def test_whose_counterpart_is_asked_is_not_he_next(answerer: Answerer):
    replies = chat(
        answerer, "who was belousov's uzbek counterpart when they signed in january 2025?", "when was he appointed?"
    )
    assert replies[0].answered
    assert "Kholmukhamedov" in replies[0].text
    assert "November 2024" in replies[-1].text


def test_who_replaced_the_one_who_replaced_another_is_untold(answerer: Answerer):
    assert not answerer.answer("who replaced Kholmukhamedov as chief of the General Staff?").answered
    assert not answerer.answer("кто сменил Холмухамедова?").answered


def test_whom_he_replaced_is_still_told(answerer: Answerer):
    assert answerer.answer("who replaced Kurbanov as defence minister?").fact_id == "kholmukhamedov-predecessor"
    assert answerer.answer("кого сменил Холмухамедов?").fact_id == "kholmukhamedov-predecessor"


def test_how_many_troops_after_the_exercise_is_its_count(answerer: Answerer):
    for question in ("how many troops?", "сколько солдат?", "nechta askar qatnashgan?"):
        replies = chat(answerer, "what was the joint Russia–Uzbekistan exercise in July 2025 called?", question)
        assert replies[-1].fact_id == "hamkorlik-2025", question
        assert "400" in replies[-1].text


def test_how_many_troops_is_still_declined_elsewhere(answerer: Answerer):
    assert not answerer.answer("how many troops?").answered
    assert not chat(answerer, "Who signed the agreement?", "how many troops?")[-1].answered
    after_the_exercise = ("how many tanks?", "сколько там народу покалечилось на тех учениях?")
    for question in after_the_exercise:
        replies = chat(answerer, "what was the joint Russia–Uzbekistan exercise in July 2025 called?", question)
        assert not replies[-1].answered, question


def test_latest_report_then_is_not_the_last_occasion(answerer: Answerer):
    replies = chat(
        answerer,
        "what did Mirziyoyev decide in January 2026 about Uzbekistan's defence doctrine?",
        "what is the most recent dated report you have on this then?",
    )
    assert replies[-1].fact_id == "latest-reports"


def test_a_claim_the_last_answer_expressly_denies_is_put_to_it(answerer: Answerer):
    # the words alone lean to the minister's "two months" in the job; the exercise's answer denies "a month"
    for opener, question, no in (
        ("Where was Hamkorlik-2025 held?", "шли целый месяц?", "Нет"),
        ("Hamkorlik-2025 mashg'uloti qayerda bo'lgan?", "bir oy davom etganmi", "Yo'q"),
    ):
        replies = chat(answerer, opener, question)
        assert replies[-1].fact_id == "hamkorlik-2025", question
        assert replies[-1].text.startswith(no), question


def test_a_claim_another_fact_expressly_judges_keeps_that_fact(answerer: Answerer):
    replies = chat(
        answerer,
        "2025-yil may oyida Belousov bilan Xolmuhamedov qaysi shaharda uchrashgan?",
        "bir kun oldin bizning harbiylar Qizil maydondagi paradda qatnashganmi?",
    )
    assert replies[-1].fact_id == "victory-parade-2025"
    replies = chat(answerer, "Where was Hamkorlik-2025 held?", "was kholmukhamedov new in the job?")
    assert replies[-1].fact_id == "kholmukhamedov-appointment"


@pytest.mark.parametrize(
    "question",
    [
        "did the defence ministers meet again in 2026?",
        "встречались ли министры обороны в 2026 году?",
        "vazirlar 2026-yilda yana uchrashganmi?",
    ],
)
def test_whether_an_event_happened_in_the_newest_year_is_declined_with_the_reports_reach(
    answerer: Answerer, question: str
):
    reply = answerer.answer(question)
    assert not reply.answered  # no 2026 meeting is reported: the reach of the reports is no yes and no no
    assert "2026" in reply.text


def test_whether_the_newest_report_is_of_that_year_is_still_answered(answerer: Answerer):
    reply = answerer.answer("is the latest report from 2026?")
    assert reply.answered
    assert reply.fact_id == "latest-reports"


@pytest.mark.parametrize(
    "question",
    ["Hamkorlik-2025 mashg'uloti qanchaga tushgan?", "xitoy qiruvchilari O'zbekistonga qanchaga tushgan"],
)
def test_what_a_thing_came_to_in_uzbek_asks_a_price_the_sources_do_not_give(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert not reply.answered


def test_a_day_before_the_signing_is_judged_by_the_arrival_of_that_day(answerer: Answerer):
    *_, reply = chat(answerer, "when was the deal signed", "and was belousov already in uzbekistan the day before?")
    assert reply.fact_id == "belousov-visit"  # he arrived on 21 January: a "yes", not the signing's "no"
    assert reply.text.startswith("Yes")


def test_a_date_asked_after_the_place_is_judged_by_the_fact_that_tells_the_date(answerer: Answerer):
    _, dated, weekday = chat(
        answerer,
        "was the russia-uzbekistan military deal signed in Samarkand?",
        "was it in january 2025 tho",
        "was it a tuesday",
    )
    assert dated.fact_id == "signing-date"  # the place's answer states no date to say yes or no by
    assert dated.text.startswith("Yes")
    assert weekday.fact_id == "signing-date"  # a day the date's own answer judges: no neighbour's Tuesday
    assert weekday.text.startswith("No")


def test_a_year_asked_after_the_date_stays_with_the_date(answerer: Answerer):
    reply = answerer.answer("when exactly did they sign it? was it really 2017?")
    assert reply.fact_id == "signing-date"
    assert "No" in reply.text


@pytest.mark.parametrize("question", ["how reliable is that number", "насколько эта цифра надёжная"])
def test_how_reliable_the_last_answers_figure_is_asked_of_that_answer(answerer: Answerer, question: str):
    _, reply = chat(answerer, "how many troops took part in Hamkorlik-2025?", question)
    assert reply.fact_id == "hamkorlik-2025"  # its caveat tells whose figure it is, not the 50 events' reports


def test_who_voiced_a_programme_for_one_side_is_asked_of_that_programme(answerer: Answerer):
    _, reply = chat(
        answerer,
        "Где и когда Россия и Узбекистан подписали программу военного партнёрства на 2021-2025 годы?",
        "а кто её озвучил с российской стороны",
    )
    assert reply.fact_id == "programme-2021-2025"
    assert "Шойгу" in reply.text


def test_the_rank_he_rose_to_is_asked_of_his_rank(answerer: Answerer):
    _, reply = chat(
        answerer, "какое звание было у Холмухамедова при подписании?", "а до какого звания его потом повысили"
    )
    assert reply.answered  # "до какого звания" asks which rank, not until when (which the fact does not tell)
    assert "генерал-лейтенант" in reply.text


@pytest.mark.parametrize("then", ["а потом его повысили?", "его позже повысили?", "он потом получил повышение?"])
def test_whether_he_was_promoted_later_leads_with_yes(answerer: Answerer, then):
    # a major general at the signing, a lieutenant general by October 2025: "later" is no claim of its own
    _, reply = chat(answerer, "кто такой Холмухамедов?", then)
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.startswith("Да")


def test_then_asked_first_is_the_time_of_the_signing(answerer: Answerer):
    reply = answerer.answer("was kholmukhamedov a lieutenant general then?")
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.startswith("No")  # a major general at the signing; a lieutenant general only by October


def test_how_far_the_reports_of_the_exercise_can_be_trusted_is_asked_of_that_answer(answerer: Answerer):
    _, reply = chat(
        answerer, "hamkorlik-2025 qayerda o'tgan?", "o'sha mashg'ulot haqidagi xabarlarga qanchalik ishonsa bo'ladi?"
    )
    assert reply.answered
    assert reply.fact_id == "hamkorlik-2025"


def test_whether_moscow_was_displeased_is_declined_not_answered_no(answerer: Answerer):
    _, reply = chat(
        answerer, "Markaziy Osiyo mudofaa vazirlari uchrashuvi qayerda bo'ldi?", "Rossiya bundan norozi bo'ldimi"
    )
    assert not reply.answered  # the reports give no government's reaction, so no "Yo'q" about the meeting


def test_whether_the_ministry_posted_about_the_visit_at_once_is_denied(answerer: Answerer):
    reply = answerer.answer("did the uzbek defence ministry's telegram channel post about the visit?")
    assert reply.fact_id == "which-activities"
    assert reply.text.startswith("No")  # nothing on its channel as of 13:00 that day


def test_that_year_after_an_undated_answer_is_the_signing_year(answerer: Answerer):
    _, reply = chat(
        answerer,
        "was uzbekistan's defence minister already a lieutenant general back then",
        "did the two ministers meet again later that year?",
    )
    assert reply.fact_id == "follow-up-may-2025"  # his rank is dated by no year: that year is 2025
    assert reply.text.startswith("Yes")


def test_what_the_minister_personally_thinks_of_a_matter_is_declined_as_an_opinion(answerer: Answerer):
    _, reply = chat(
        answerer,
        "что белоусов говорил в ташкенте про безопасность в регионе?",
        "а что он лично думает о том, что узбекистан вышел из одкб?",
    )
    assert not reply.answered  # the reports give what he said, not what he thinks; not the CSTO fact either


def test_a_month_claimed_of_it_is_judged_of_the_last_occasion(answerer: Answerer):
    _, reply = chat(answerer, "was hamkorlik-2025 held near termez?", "did it take place in august?")
    assert reply.fact_id == "hamkorlik-2025"  # not the signing's date, which "take place" alone finds
    assert reply.text.startswith("No")  # it was held in July


def test_a_weekday_asked_of_it_is_the_day_the_last_document_was_signed(answerer: Answerer):
    *_, reply = chat(answerer, "how many joint events are planned for 2025?", "signed where", "which weekday was it")
    assert "Wednesday" in reply.text  # not the fifty events of the first answer again


def test_his_it_is_the_post_the_last_answer_told_of_him(answerer: Answerer):
    *_, reply = chat(
        answerer, "who is shukhrat kholmukhamedov?", "what post did he hold before that", "since when had he held it"
    )
    assert reply.fact_id == "kholmukhamedov-previous-post"  # not his appointment as minister
    assert "2021" in reply.text


def test_since_when_in_the_post_after_who_signed_is_the_ministers_appointment(answerer: Answerer):
    *_, reply = chat(answerer, "кто подписал с узбекской стороны?", "а в должности с какого времени?")
    assert reply.fact_id == "kholmukhamedov-appointment"  # not the signing, which he is named in
    assert "2024" in reply.text


def test_when_after_an_offer_asks_the_day_of_the_offer(answerer: Answerer):
    *_, reply = chat(answerer, "what did mishustin offer uzbekistan about drones?", "and when exactly?")
    assert reply.answered  # the offer's day is told; only when drones will be made is not
    assert "September 2024" in reply.text


def test_a_meeting_on_the_same_day_as_the_signing_is_the_presidents(answerer: Answerer):
    *_, reply = chat(answerer, "who signed for Russia?", "did he meet mirziyoyev the same day?")
    assert reply.fact_id == "mirziyoyev-meeting"  # not the ministers' May meeting, a neighbour of the signing
    assert reply.text.startswith("Yes")


def test_a_claim_of_another_day_with_words_of_its_own_keeps_its_own_reading(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "встречался ли Белоусов с Мирзиёевым?",
        "а 10 мая 2025 года они с Холмухамедовым в Ташкенте встречались?",
    )
    assert reply.fact_id == "follow-up-may-2025"  # the May meeting, judged as in Moscow
    assert reply.text.startswith("Нет")


def test_a_weekday_denied_is_followed_by_the_day_it_was(answerer: Answerer):
    *_, reply = chat(answerer, "what did the ministers sign on 10 May 2025?", "was it on a Sunday?")
    assert reply.text.startswith("No (Saturday)")


def test_someone_who_keeps_going_on_about_the_deal_frames_the_question(answerer: Answerer):
    reply = answerer.answer(
        "hi, i bake bread in town and my cousin keeps going on about some russia uzbekistan military deal. "
        "when was that signed?"
    )
    assert reply.fact_id == "signing-date"  # not the doctrine, which must "keep" non-bloc status


def test_his_talks_are_the_ones_the_last_answer_tells_of_him(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "кто с российской стороны объявил о программе стратегического партнерства на 2021-2025 годы?",
        "а с кем он вел переговоры",
    )
    assert reply.fact_id == "programme-2021-2025"  # Shoigu's talks with Kurbanov in Bukhara
    assert "Курбанов" in reply.text


@pytest.mark.parametrize("follow_up", ["а его просто уволили?", "was he just fired?"])
def test_just_fired_is_denied_of_the_predecessor_given_another_post(answerer: Answerer, follow_up: str):
    *_, reply = chat(answerer, "Кто был министром обороны Узбекистана до Халмухамедова?", follow_up)
    assert reply.fact_id == "kholmukhamedov-predecessor"
    assert reply.text.startswith(("Нет", "No"))


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        ("iyul oyida qanday qo'shma mashg'ulot bo'lgan", "unda nechta o'zbek askari qatnashgan"),
        ("what was hamkorlik-2025", "how many troops did each side send?"),
        ("что за учения хамкорлик-2025", "сколько узбекских военных там было"),
    ],
)
def test_one_sides_troops_are_declined_as_no_report_counts_them(answerer: Answerer, opening: str, follow_up: str):
    *_, reply = chat(answerer, opening, follow_up)
    assert not reply.answered  # United24's 400 are both sides together


def test_people_taking_part_are_counted_by_the_exercise_just_answered(answerer: Answerer):
    *_, reply = chat(
        answerer, "были ли в 2025 совместные учения россии и узбекистана?", "а сколько человек участвовало"
    )
    assert reply.fact_id == "hamkorlik-2025"
    assert "400" in reply.text


def test_going_back_home_is_a_detail_the_visit_does_not_tell(answerer: Answerer):
    *_, reply = chat(answerer, "белоусов тошкентга қачон келган", "у ўзбекистондан қачон қайтиб кетган")
    assert not reply.answered  # not his arrival again


def test_the_uzbek_minister_met_with_belousov_is_the_one_asked_of(answerer: Answerer):
    reply = answerer.answer("2025 yanvarda belousov bilan uchrashuvda ozbek mudofaa vaziri nima degan")
    assert reply.fact_id != "belousov-partners"  # Belousov is the partner named, not the speaker
    *_, reply = chat(answerer, "что сказал белоусов про россию и узбекистан", "а узбекский министр что говорил")
    assert reply.fact_id == "kholmukhamedov-words"


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        ("что там с китайскими истребителями?", "а правда что узбекистан уже получил китайские истребители j-10?"),
        ("Xitoy qiruvchi samolyotlari haqida nima yozilgan?", "ular yetib keldimi?"),
    ],
)
def test_a_delivery_asked_after_the_chinese_fighters_is_not_confirmed(answerer: Answerer, opening: str, follow_up: str):
    first, reply = chat(answerer, opening, follow_up)
    assert first.fact_id == "china-fighters"
    assert not reply.answered  # the blog's J-10CE claim is no report to state
    assert "J-10CE" in reply.text


def test_whether_a_delivery_was_confirmed_is_answered_after_the_chinese_fighters(answerer: Answerer):
    *_, reply = chat(answerer, "что там с китайскими истребителями?", "а поставка J-10CE подтверждена?")
    assert reply.fact_id == "china-fighters"
    assert answerer.answer("did the J-10CE jets arrive in Uzbekistan?").answered  # alone: the summary


@pytest.mark.parametrize("follow_up", ["ғалаба паради эртасига бўлганми", "g'alaba paradi ertasiga bo'lganmi"])
def test_the_day_after_something_named_in_the_possessive_is_judged_by_the_fact(answerer: Answerer, follow_up: str):
    *_, reply = chat(answerer, "2025 йил май ойида белоусов ва холмуҳамедов нимани имзолашди", follow_up)
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith(("Ҳа", "Ha"))  # the meeting of 10 May was the parade's next day


def test_the_wreath_in_victory_park_is_told_with_its_notes_caveat(answerer: Answerer):
    reply = answerer.answer("в парке победы венок возлагали?")
    assert reply.fact_id == "victory-park"
    assert reply.text.startswith("Да")
    assert "Matonat madhiyasi" in reply.text
    assert "не говорит" in reply.text  # the quoted sentence itself does not say so


def test_a_month_put_to_the_visit_just_answered_is_judged_by_its_date(answerer: Answerer):
    *_, reply = chat(answerer, "when did belousov visit?", "was the visit in february?")
    assert reply.fact_id == "belousov-visit"  # not February 2026's army reform
    assert reply.text.startswith("No")


@pytest.mark.parametrize(
    ("opening", "follow_up", "lead"),
    [
        ("а учения хамкорлик-2025 где прошли", "российские военные приехали из таджикистана?", "Да"),
        ("hamkorlik-2025 qayerda o'tgan", "rossiya harbiylari tojikistondan kelganmi?", "Ha"),
    ],
)
def test_a_country_the_last_answer_names_is_asked_of_it(answerer: Answerer, opening: str, follow_up: str, lead: str):
    *_, reply = chat(answerer, opening, follow_up)
    assert reply.fact_id == "hamkorlik-2025"  # the 201st base in Tajikistan, no uncovered country
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    "question",
    ["did the J-10CE jets arrive in Uzbekistan?", "хитойнинг J-10 самолётлари аллақачон етиб келганми"],
)
def test_a_delivery_only_a_blog_claims_is_not_confirmed_inside_a_conversation(answerer: Answerer, question: str):
    *_, reply = chat(answerer, "когда подписали документы?", question)
    assert not reply.answered  # the plain "I can't confirm", not the summary read as an answer
    assert "J-10CE" in reply.text
    assert answerer.answer(question).fact_id == "china-fighters"  # alone: the summary, with its caveat
    trust = "how trustworthy is the claim that uzbekistan received chinese J-10CE fighters on july 3?"
    *_, reply = chat(answerer, "когда подписали документы?", trust)
    assert reply.fact_id == "china-fighters"  # how far to trust it is answered: no one confirmed it


def test_a_pronoun_with_a_name_the_last_answer_gives_is_put_to_it(answerer: Answerer):
    *_, reply = chat(answerer, "какая программа действовала до программы на 2026-2030", "её при шойгу подписали?")
    assert reply.fact_id == "programme-2021-2025"  # "it" is the earlier programme, which Shoigu announced
    assert reply.text.startswith("Да")


def test_them_in_russian_refers_to_the_last_answer(answerer: Answerer):
    *_, reply = chat(answerer, "когда были учения единство-2025", "и кто в них участвовал кроме узбекистана")
    assert reply.fact_id == "birlik-2025"


def test_a_weak_reading_yields_to_the_last_answer_that_tells_what_is_asked(answerer: Answerer):
    *_, reply = chat(answerer, "а предыдущая программа на какие годы была?", "подписывал кто с российской стороны")
    assert reply.fact_id == "programme-2021-2025"  # Shoigu announced it, not the January documents' signers


def test_a_reading_related_to_the_last_answer_is_kept_through_a_tie(answerer: Answerer):
    *_, reply = chat(answerer, "когда белоусов прилетел в узбекистан?", "а с президентом когда встречался")
    assert reply.fact_id == "mirziyoyev-meeting"  # not his arrival again


@pytest.mark.parametrize(
    "question",
    [
        "xitoy qiruvchi samolyotlari o'zbekistonga yetib keldimi",  # the Chinese fighters, not the J-10, named
        "so uzbekistan got its chinese jets already?",  # "got" asks after their arrival
        "i read the j-10ce jets landed on july 3, is that confirmed?",  # the blog's own claim put to be confirmed
    ],
)
def test_the_unverified_delivery_is_declined_however_it_is_put(answerer: Answerer, question: str):
    *_, reply = chat(answerer, "who signed the documents?", question)
    assert not reply.answered
    assert "J-10CE" in reply.text
    *_, reply = chat(answerer, "who signed the documents?", "were the chinese jets confirmed?")
    assert reply.fact_id == "china-fighters"  # whether a sale was confirmed is answered: no one confirmed it


def test_flying_in_the_same_morning_is_denied_by_the_arrival_the_day_before(answerer: Answerer):
    *_, reply = chat(answerer, "did belousov sign the documents himself?", "did he fly in that same morning")
    assert reply.fact_id == "belousov-visit"  # he arrived on the Tuesday, the day before the signing
    assert reply.text.startswith("No")


@pytest.mark.parametrize(
    ("opening", "question", "lead"),
    [
        # "paradidan keyingi kuni" is the day after the parade, as "paraddan keyingi kun" is
        (
            "2025-yil mayda belousov bilan xolmuhamedov qayerda uchrashgan",
            "bu g'alaba paradidan keyingi kuni bo'lganmi",
            "Ha",
        ),
        # "менять" the non-bloc status is what the new doctrine does not do, as "изменить" is
        (
            "а какие у узбекистана отношения с одкб?",
            "а новая доктрина 2026 года собирается менять внеблоковый статус?",
            "Нет",
        ),
    ],
)
def test_yes_no_follow_ups_judged_in_other_word_forms(answerer: Answerer, opening: str, question: str, lead: str):
    *_, reply = chat(answerer, opening, question)
    assert reply.text.startswith(lead)


@pytest.mark.parametrize("follow_up", ["КХШТ да-чи?", "ҚХШТ-чи?", "kxsht da-chi?"])
def test_a_new_subject_with_its_case_ending_apart_is_still_the_new_subject(answerer: Answerer, follow_up: str):
    *_, reply = chat(answerer, "Ўзбекистон Евроосиё иқтисодий иттифоқида қандай мақомда", "қачондан бери", follow_up)
    assert reply.fact_id == "csto"  # not the EAEU again


@pytest.mark.parametrize(
    ("opening", "question", "fact_id", "lead"),
    [
        # the arrival was the day before the signing; the May meeting months after: neither "yes"
        ("when did belousov arrive in tashkent", "was that the same day as the signing?", "belousov-visit", "No"),
        (
            "when did the ministers meet after tashkent",
            "was it on the same day as the signing?",
            "follow-up-may-2025",
            "No",
        ),
        # the president received him on the day of the signing
        (
            "с кем ещё встречался белоусов в ташкенте, кроме министра обороны узбекистана",
            "это было в тот же день, что и подписание документов?",
            "mirziyoyev-meeting",
            "Да",
        ),
        (
            "did belousov also meet president mirziyoyev on that trip?",
            "did he arrive on the same day as the signing",
            "belousov-visit",
            "No",
        ),
    ],
)
def test_the_same_day_as_the_signing_is_the_signing_date_judged_by_the_last_answer(
    answerer: Answerer, opening: str, question: str, fact_id: str, lead: str
):
    *_, reply = chat(answerer, opening, question)
    assert reply.fact_id == fact_id
    assert reply.text.startswith(lead)


def test_a_weekday_confirmed_is_named_as_one_denied_is(answerer: Answerer):
    opening = "когда белоусов и халмухамедов встречались после ташкента"
    *_, reply = chat(answerer, opening, "это была суббота?")
    assert reply.text.startswith("Да (суббота)")  # 10 May 2025, a Saturday the answer's date gives
    *_, reply = chat(answerer, opening, "это было в воскресенье?")
    assert reply.text.startswith("Нет (суббота)")


@pytest.mark.parametrize(
    "question",
    [
        "а следующая встреча министров когда запланирована",
        "when will the new doctrine be adopted?",
        "yangi doktrina qachon qabul qilinadi",
    ],
)
def test_plans_no_report_tells_are_declined(answerer: Answerer, question: str):
    *_, reply = chat(answerer, "когда белоусов и холмухамедов встречались в 2025", question)
    assert not reply.answered


def test_who_signed_after_an_earlier_signing_is_asked_of_that_signing(answerer: Answerer):
    opening = "когда россия и узбекистан приняли прошлую программу стратегического партнерства на 2021-2025"
    *_, russian, uzbek = chat(answerer, opening, "кто подписывал с российской стороны", "а с узбекской?")
    assert russian.fact_id == "programme-2021-2025"
    assert "Шойгу" in russian.text
    assert uzbek.fact_id == "programme-2021-2025"
    assert "Курбанов" in uzbek.text


def test_who_signed_after_a_question_on_the_january_plan_is_the_january_signatories(answerer: Answerer):
    *_, reply = chat(answerer, "что такое план сотрудничества на 2025 год?", "кто подписывал с российской стороны")
    assert reply.fact_id == "who-signed"


@pytest.mark.parametrize(
    ("opening", "question", "fact_id"),
    [
        # the man the last answer brought in, not the "he" it was about
        (
            "who did kholmukhamedov replace as defence minister?",
            "and what job did that guy get after",
            "kholmukhamedov-predecessor",
        ),
        # still the other one of the two, though "guy" is otherwise noise
        ("what did belousov say in tashkent", "ok and the other guy", "kholmukhamedov-words"),
    ],
)
def test_a_guy_pointed_at_is_read_as_the_follow_up_it_is(answerer: Answerer, opening: str, question: str, fact_id: str):
    *_, reply = chat(answerer, opening, question)
    assert reply.fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "lead"),
    [("в плане на 2025 год больше ста мероприятий?", "Нет"), ("2025-yil rejasida yuzdan ortiq tadbir bormi?", "Yo'q")],
)
def test_a_hundred_in_words_is_a_count_to_judge(answerer: Answerer, question: str, lead: str):
    *_, reply = chat(answerer, question)
    assert reply.text.startswith(lead)


def test_opened_in_the_past_tense_asks_of_the_last_exercise(answerer: Answerer):
    *_, reply = chat(answerer, "где проходили учения единство-2025 и кто в них участвовал", "а открыли когда")
    assert reply.fact_id == "birlik-2025"
    assert "14 октября" in reply.text


@pytest.mark.parametrize("question", ["узбекистан купит су-30?", "россия и узбекистан закупят новые истребители?"])
def test_a_purchase_to_come_is_a_forecast_declined(answerer: Answerer, question: str):
    *_, reply = chat(answerer, question)
    assert not reply.answered


def test_him_beside_a_person_named_is_told_apart_as_if_named(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "2025 yil yanvarda toshkentga kelgan rossiya mudofaa vaziri kim edi",
        "u toshkentga qachon kelgan",
        "prezident mirziyoyev u bilan qaysi kuni uchrashdi",
    )
    assert reply.fact_id == "mirziyoyev-meeting"


@pytest.mark.parametrize(
    ("opening", "question"),
    [
        ("Hamkorlik-2025 qayerda o'tgan?", "qaysi davlatda joylashgan"),
        ("Ҳамкорлик-2025 машғулотлари қаерда ўтган?", "қайси давлатдан келишган"),
        ("where was hamkorlik-2025 held?", "in which country is it located"),
    ],
)
def test_which_country_after_the_exercise_is_the_base_it_names(answerer: Answerer, opening: str, question: str):
    *_, reply = chat(answerer, opening, question)
    assert reply.fact_id == "hamkorlik-2025"


def test_deliveries_after_the_may_meeting_are_not_denied_by_older_reports(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "what did belousov and kholmukhamedov sign in moscow in may 2025",
        "did russia deliver any new fighter jets or other weapons to uzbekistan after that?",
    )
    assert not reply.answered
    assert "No report I have mentions a Russian arms" in reply.text


def test_words_the_last_answer_uses_all_of_are_asked_of_it(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "what came out of the central asia - russia summit in dushanbe in october 2025",
        "agreed to cooperate against what",
    )
    assert reply.fact_id == "leaders-contacts-2025"


def test_the_post_the_predecessor_moved_to(answerer: Answerer):
    *_, reply = chat(answerer, "а предшественник халмухамедова кто", "и на какую должность перешёл?")
    assert reply.fact_id == "kholmukhamedov-predecessor"
    assert "государственной безопасности" in reply.text


def test_when_they_went_on_is_asked_of_the_exercise(answerer: Answerer):
    *_, reply = chat(answerer, "какие совместные учения россия и узбекистан провели в 2025", "где?", "когда они шли")
    assert reply.fact_id == "hamkorlik-2025"


def test_who_took_part_in_them_is_the_exercise_just_answered(answerer: Answerer):
    *_, reply = chat(
        answerer, "что за учения хамкорлик-2025? где они были", "кто в них участвовал с российской стороны"
    )
    assert reply.fact_id == "hamkorlik-2025"
    assert "201" in reply.text


def test_a_verb_without_its_subject_is_the_man_the_conversation_is_about(answerer: Answerer):
    *_, reply = chat(answerer, "кто такой баходир курбанов", "а сейчас где работает")
    assert reply.fact_id == "kholmukhamedov-predecessor"


@pytest.mark.parametrize(
    ("after", "question"),
    [
        ("what sentences did uzbek courts give mercenaries in 2025?", "what did belousov say about this?"),
        ("2025 йилда суд қилинганларга қанча муддат берилган", "Белоусов бу ҳақда нима деган"),
    ],
)
def test_words_on_it_of_a_man_the_last_answer_never_names_are_declined(answerer: Answerer, after: str, question: str):
    *_, reply = chat(answerer, after, question)
    assert not reply.answered


def test_the_article_a_question_names_by_whom_it_is_about_names_no_subject(answerer: Answerer):
    first, reply = chat(
        answerer, "что за договор 2017 года упоминает caspian news в статье про белоусова", "а где подписан"
    )
    assert first.fact_id == "treaty-2017"
    assert reply.fact_id == "treaty-2017"
    assert "Москве" in reply.text


@pytest.mark.parametrize("question", ["uning oldingi kuni nima bo'lgan edi", "bir kun oldin nima bo'lgan"])
def test_the_day_before_the_may_meeting_in_uzbek_is_the_parade(answerer: Answerer, question: str):
    *_, reply = chat(answerer, "10 may 2025 da moskvada harbiy sohada kim bilan kim uchrashdi", question)
    assert reply.fact_id == "victory-parade-2025"


def test_what_happened_the_day_before_is_the_one_event_of_that_day(answerer: Answerer):
    *_, reply = chat(answerer, "who met in moscow on 10 may 2025?", "what happened the day before?")
    assert reply.fact_id == "victory-parade-2025"


def test_a_visit_to_come_asked_with_whens_is_declined(answerer: Answerer):
    *_, reply = chat(answerer, "when's belousov going to visit tashkent next")
    assert not reply.answered


def test_the_detailed_points_of_the_may_plan_are_not_reported(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "what did belousov and kholmukhamedov sign in moscow in may 2025",
        "whats actually in that plan, the detailed points",
    )
    assert not reply.answered


def test_the_parties_are_the_sides(answerer: Answerer):
    *_, reply = chat(answerer, "what did the parties sign in tashkent?")
    assert reply.fact_id == "what-was-signed"


def test_who_is_their_source_is_asked_of_the_last_answer(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "как назывались совместные учения России и Узбекистана в 2025",
        "насколько этим сообщениям можно верить, кто их источник?",
    )
    assert reply.fact_id == "hamkorlik-2025"


def test_who_took_part_in_the_signing_is_who_signed(answerer: Answerer):
    *_, reply = chat(answerer, "who took part in the signing?")
    assert reply.fact_id == "who-signed"


def test_swapped_letters_in_the_are_read_as_the(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "was there an earlier russia uzbekistan military programme before the 2026-2030 one",
        "and the uzbek minister at teh time",
    )
    assert reply.fact_id == "programme-2021-2025"


def test_a_plan_there_is_too_asked_without_a_mark_leads_with_yes(answerer: Answerer):
    *_, reply = chat(answerer, "а у россии с белоруссией тоже есть план военного сотрудничества на 2026 год")
    assert reply.text.startswith("Да")


@pytest.mark.parametrize(
    "follow_up",
    ["who else did he meet that day, someone higher up?", "с кем из руководства республики он ещё встречался"],
)
def test_whom_else_he_met_after_his_arrival_is_the_president(answerer: Answerer, follow_up: str):
    *_, reply = chat(answerer, "when did belousov arrive in uzbekistan", follow_up)
    assert reply.fact_id == "mirziyoyev-meeting"


def test_getting_the_chinese_jets_in_the_end_is_not_confirmed(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "did china approve selling fighter jets to uzbekistan",
        "did uzbekistan actually get those chinese j-10 jets in the end",
    )
    assert not reply.answered
    assert "can't confirm" in reply.text


def test_the_sides_plan_for_2026_is_not_another_allys(answerer: Answerer):
    *_, reply = chat(answerer, "какой план сотрудничества на 2026 с россией подписали")
    assert not reply.answered
    assert "2026" in reply.text
    assert "Белорус" not in reply.text


def test_an_exercise_that_wrapped_up_on_its_last_day_leads_with_yes(answerer: Answerer):
    *_, reply = chat(
        answerer, "what joint exercise did russia and uzbekistan hold in july 2025", "did it wrap up on the 21st"
    )
    assert reply.text.startswith("Yes")


def test_what_uzbekistan_is_in_the_eaeu_is_its_status(answerer: Answerer):
    *_, reply = chat(answerer, "с какого года узбекистан не член одкб", "а в еаэс он кто")
    assert reply.fact_id == "eaeu"


def test_an_uzbek_weekday_on_the_day_is_checked_against_the_last_answer(answerer: Answerer):
    *_, reply = chat(
        answerer, "2025 yil may oyida belousov va xolmuhamedov qayerda uchrashgan", "shanba kuni bo'lganmi o'zi"
    )
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith("Ha")


@pytest.mark.parametrize(
    "question", ["сколько узбеков воевало на стороне России", "how many uzbeks fought on russia's side in total"]
)
def test_how_many_uzbeks_fought_on_russias_side_is_not_counted(answerer: Answerer, question: str):
    *_, reply = chat(answerer, question)
    assert not reply.answered
    assert "154" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("it was signed in Moscow, not Tashkent, right?", "No"),
        ("Toshkentda imzolanganmi, Moskvada emasmi?", "Ha"),
        ("Это было в Ташкенте, а не в Москве?", "Да"),
    ],
)
def test_the_place_set_aside_is_not_judged_as_the_claim(answerer: Answerer, question: str, lead: str):
    *_, reply = chat(answerer, question)
    assert reply.fact_id == "signing-place"
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "signer"),
    [
        ("кто был министром обороны узбекистана когда белоусов приезжал в ташкент в январе 2025?", "Холмухамедов"),
        ("who was the uzbek defence minister when belousov came to tashkent?", "Kholmukhamedov"),
        ("who was russia's defence minister when the documents were signed", "Belousov"),
    ],
)
def test_the_minister_at_the_signing_is_its_signer(answerer: Answerer, question: str, signer: str):
    *_, reply = chat(answerer, question)
    assert reply.fact_id == "who-signed"
    assert signer in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "кто был министром обороны узбекистана до халмухамедова?",
        "who was the uzbek defence minister in 2021",
        "who was the uzbek defence minister before kholmukhamedov",
    ],
)
def test_a_minister_of_another_moment_is_not_the_signer(answerer: Answerer, question: str):
    *_, reply = chat(answerer, question)
    assert reply.fact_id != "who-signed"


def test_a_follow_up_on_the_uzbek_minister_at_the_signing_asks_of_him(answerer: Answerer):
    replies = chat(
        answerer,
        "кто был министром обороны узбекистана когда белоусов приезжал в ташкент в январе 2025?",
        "а с какого времени на посту",
        "а предшественник кто",
    )
    assert [r.fact_id for r in replies[1:]] == ["kholmukhamedov-appointment", "kholmukhamedov-predecessor"]


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("who is the uzbek defence minister", "whose place did he take?"),
        ("кто министр обороны узбекистана", "на чьё место он пришёл?"),
    ],
)
def test_whose_place_he_took_asks_his_predecessor(answerer: Answerer, question: str, follow_up: str):
    *_, reply = chat(answerer, question, follow_up)
    assert reply.fact_id == "kholmukhamedov-predecessor"


def test_a_question_of_the_russia_uzbekistan_signing_asks_its_place(answerer: Answerer):
    *_, reply = chat(answerer, "where was the russia uzbekistan defence signing")
    assert reply.fact_id == "signing-place"


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        ("what did belousov say in tashkent", "who did he congratulate"),
        ("что сказал белоусов в ташкенте", "а кого он поздравил"),
        ("rossiya mudofaa vaziri toshkentga kelganda nima degan", "u kimni tabrikladi"),
    ],
)
def test_whom_he_congratulated_is_the_congratulation(answerer: Answerer, opening: str, follow_up: str):
    *_, reply = chat(answerer, opening, follow_up)
    assert reply.fact_id == "belousov-congratulation"


def test_a_decline_about_another_man_is_no_answer_about_the_one_named(answerer: Answerer):
    *_, reply = chat(answerer, "а холмухамедова когда назначили")
    assert reply.fact_id == "kholmukhamedov-appointment"


def test_his_appointment_after_the_congratulation_is_the_congratulated_ministers(answerer: Answerer):
    *_, reply = chat(answerer, "что сказал белоусов в ташкенте", "а кого он поздравил", "а его когда назначили вообще")
    assert reply.fact_id == "kholmukhamedov-appointment"


def test_who_was_before_him_after_the_congratulation_is_his_predecessor(answerer: Answerer):
    *_, reply = chat(
        answerer, "с чем белоусов поздравил халмухамедова на встрече в ташкенте", "а кто был министром обороны до него"
    )
    assert reply.fact_id == "kholmukhamedov-predecessor"


def test_his_delegation_after_the_presidents_meeting_is_the_visitors(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "which russian defence minister went to uzbekistan in jan 2025",
        "who did he meet there apart from the uzbek minister?",
        "where did his delegation go after the official reception",
    )
    assert reply.fact_id == "victory-park"


def test_where_the_base_the_exercise_names_stands_is_asked_of_the_exercise(answerer: Answerer):
    *_, reply = chat(answerer, "расскажи про учения хамкорлик-2025", "а она где стоит, эта база?")
    assert reply.fact_id == "hamkorlik-2025"
    assert "Таджикистан" in reply.text


def test_a_spoken_question_word_reads_as_the_written_one(answerer: Answerer):
    *_, reply = chat(answerer, "когда белоусов прилетел в узбекистан?", "а программа на скока лет")
    assert reply.fact_id == "duration"


def test_whether_he_was_moved_after_his_predecessor_leads_with_yes(answerer: Answerer):
    *_, reply = chat(answerer, "кто возглавлял минобороны узбекистана до холмухамедова", "а его куда-то перевели?")
    assert reply.fact_id == "kholmukhamedov-predecessor"
    assert reply.text.startswith("Да")


def test_a_first_deputy_written_short_is_his_previous_post(answerer: Answerer):
    *_, reply = chat(answerer, "холмухамедов до этого был первым замом министра?")
    assert reply.fact_id == "kholmukhamedov-previous-post"


def test_a_typed_soft_sign_does_not_lose_the_announcement(answerer: Answerer):
    *_, reply = chat(answerer, "что узбекистан решил с оборонной доктриной в 2026 году?", "а когда об этом обьявили")
    assert reply.fact_id == "doctrine-2026"


def test_a_yes_no_question_of_a_new_subject_leaves_the_last_topic(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "have uzbek courts really sentenced people who fought for russia",
        "is uzbekistan even in the csto",
    )
    assert reply.fact_id == "csto"
    assert reply.text.startswith("No")


def test_a_title_in_a_yes_no_follow_up_stays_with_the_last_topic(answerer: Answerer):
    *_, reply = chat(
        answerer,
        "did uzbek soldiers march in the moscow victory parade in 2025",
        "was the uzbek president there too?",
    )
    assert reply.fact_id != "csto"
    assert "Mirziyoyev" in reply.text


def test_a_name_missing_its_h_is_still_the_minister(answerer: Answerer):
    *_, reply = chat(answerer, "what rank was kolmukhamedov when the documents were signed in jan 2025")
    assert reply.fact_id == "kholmukhamedov-rank"


@pytest.mark.parametrize("message", ["ўзбекистон мудофаа вазири ким ҳозир", "o'zbekiston mudofaa vaziri kim hozir"])
def test_who_the_minister_is_now_is_not_his_predecessor(answerer: Answerer, message: str):
    *_, reply = chat(answerer, message)
    assert reply.fact_id == "who-is-kholmukhamedov"


def test_who_came_before_him_is_still_his_predecessor(answerer: Answerer):
    *_, reply = chat(answerer, "o'zbekiston mudofaa vaziri kim edi xolmuhamedovdan oldin")
    assert reply.fact_id == "kholmukhamedov-predecessor"


def test_he_after_a_refuted_name_is_still_the_man_talked_about(answerer: Answerer):
    *_, refuted, reply = chat(
        answerer,
        "кто такой шухрат холмухамедов",
        "а до него министром был шойгу",
        "он потом генерал-лейтенантом стал?",
    )
    assert refuted.text.startswith("Нет")
    assert reply.fact_id == "kholmukhamedov-rank"
    assert reply.text.startswith("Да")


def test_he_after_the_man_himself_is_still_checked_against_the_fact(answerer: Answerer):
    *_, reply = chat(answerer, "who is belousov", "was he also the guy who signed the earlier 2021-2025 programme?")
    assert reply.fact_id == "programme-2021-2025"
    assert reply.text.startswith("No")


@pytest.mark.parametrize(
    ("message", "lead"),
    [("бу 9 май парадидан кейинги кун бўлганми", "Ҳа"), ("bu 9 may paradidan oldingi kun bo'lganmi", "Yo'q")],
)
def test_the_day_a_parade_is_named_by_is_no_claim_of_the_meeting_day(answerer: Answerer, message: str, lead: str):
    *_, reply = chat(answerer, "Belousov va Kholmukhamedov 2025 yil may oyida qayerda uchrashgan?", message)
    assert reply.fact_id == "follow-up-may-2025"
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    "message",
    ["2027 йилда Белоусов Тошкентга келадими", "2027 yilda Belousov Toshkentga keladimi"],
)
def test_a_visit_in_a_year_past_every_report_is_a_forecast(answerer: Answerer, message: str):
    *_, reply = chat(answerer, message)
    assert not reply.answered
    assert not reply.text.startswith(("Ҳа", "Ha"))


@pytest.mark.parametrize(
    "turns",
    [
        ("was kholmukhamedov appointed in january 2025?",),
        ("who is uzbekistan's defence minister now", "was he appointed in january 2025?"),
    ],
)
def test_an_appointment_is_not_confirmed_by_a_signing_of_the_month_named(answerer: Answerer, turns: tuple[str, ...]):
    *_, reply = chat(answerer, *turns)
    assert reply.fact_id == "kholmukhamedov-appointment"
    assert reply.text.startswith("No")
