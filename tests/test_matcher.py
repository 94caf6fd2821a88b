"""The matcher on the shipped base: it answers paraphrases, typos, each language and script, and
declines what the base cannot answer. Assertions read the reply text, as a user would."""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.normalize import fold

ANSWERED = [
    ("Who put their signatures on the deal?", ["Belousov"], ["Kholmukhamedov"]),
    ("who signed tha agrement", ["Belousov"], ["Kholmukhamedov"]),
    ("Which day was the pact signed?", ["22 January", "January 22"]),
    ("Was it signed in Moscow?", ["Tashkent"]),
    ("Does the agreement run until 2035?", ["2030"]),
    ("Was it signed on a Friday?", ["Wednesday"]),
    ("how many joint activities for 2025", ["50"]),
    ("What did Khalmukhamedov say?", ["bilateral"]),
    ("Is Uzbekistan part of the CSTO?", ["CSTO"]),
    ("Кто подписал документы?", ["Белоусов"], ["Холмухамедов", "Халмухамедов"]),
    ("Когда подписали?", ["22 января"]),
    ("где подписывали соглашение", ["Ташкент"]),
    ("Что сказал Халмухамедов?", ["двусторонн"]),
    ("Узбекистан входит в ЕАЭС?", ["ЕАЭС"]),
    ("Hujjatlarni kim imzoladi?", ["Belousov"]),
    ("Kelishuv qayerda imzolandi?", ["Toshkent"]),
    ("Қачон имзоланди?", ["yanvar", "январ"]),
    ("O‘zbekiston KXShTga a’zomi?", ["KXShT"]),
]

DECLINED = [
    "What is the capital of Japan?",
    "Who signed the Kazakhstan–China agreement?",
    "Did Belarus sign a treaty with Russia?",
    "How much money will Russia pay?",
    "How many soldiers will be deployed?",
    "How old is Belousov?",
    "Сколько лет Белоусову?",
    "Какая погода в Москве?",
    "hello",
    "Спасибо!",
    "Rahmat",
    "asdfghjkl",
    "",
    "   ",
    "🙂🙂🙂",
]


@pytest.mark.parametrize(("question", "groups"), [(q, groups) for q, *groups in ANSWERED])
def test_answers_with_the_right_fact(answerer: Answerer, question: str, groups: list[list[str]]):
    reply = answerer.answer(question)
    assert reply.answered, question
    assert reply.sources
    text = fold(reply.text)
    for alternatives in groups:
        assert any(fold(alt) in text for alt in alternatives), (question, alternatives, reply.text[:200])


@pytest.mark.parametrize("question", DECLINED)
def test_declines_what_the_base_cannot_answer(answerer: Answerer, question: str):
    reply = answerer.answer(question)
    assert not reply.answered, (question, reply.fact_id)
    assert reply.fact_id is None
    assert reply.sources == ()
    assert len(reply.suggestions) >= 2


def test_reply_language_follows_the_question(answerer: Answerer):
    assert answerer.answer("Who signed the agreement?").language == "en"
    assert answerer.answer("Кто подписал соглашение?").language == "ru"
    assert answerer.answer("Kelishuvni kim imzoladi?").language == "uz"
    assert answerer.answer("Ким имзолади?").language == "uz"


def test_forced_language(answerer: Answerer):
    reply = answerer.answer("Who signed the agreement?", lang="ru")
    assert reply.answered
    assert reply.language == "ru"
    assert "Белоусов" in reply.text


def test_all_spellings_of_the_uzbek_minister_reach_the_same_fact(answerer: Answerer):
    spellings = ["Kholmukhamedov", "Khalmukhamedov", "Halmukhamedov", "Холмухамедов", "Халмухамедов", "Xolmuhamedov"]
    facts = {answerer.answer(f"Who is {name}?").fact_id for name in spellings}
    assert len(facts) == 1
    assert None not in facts


def test_only_a_window_of_a_long_message_is_matched(answerer: Answerer):
    question = "Who signed the agreement? "
    padded = answerer.answer(question + "x" * 20_000)
    assert padded.fact_id == answerer.answer(question).fact_id
    # a question after a long introduction is the window's end…
    introduced = answerer.answer("I have been reading about this for a while. " * 20 + question)
    assert introduced.fact_id == answerer.answer(question).fact_id
    # …but one buried past the first few windows' worth of a pasted essay is not looked at
    buried = answerer.answer("blah " * 2_000 + question)
    assert not buried.answered


def test_confidence_is_a_probability_like_score(answerer: Answerer):
    strong = answerer.answer("Who signed the agreement?")
    weak = answerer.answer("Who signed the football club's weather report today?")
    assert 0.0 <= weak.confidence <= strong.confidence <= 1.0


def test_where_a_unit_stands_is_not_what_it_costs(answerer: Answerer):
    # "стоит" alone is "costs"; "где она стоит?" asks where the base is
    assert answerer.answer("что за 201 база участвовала в учениях, где она стоит?").fact_id == "hamkorlik-2025"
    assert not answerer.answer("сколько стоит программа?").answered


@pytest.mark.parametrize("quoted", ["'Hamkorlik-2025 involved 400 troops'", '"Hamkorlik-2025 involved 400 troops"'])
def test_a_name_in_quote_marks_is_still_the_name(answerer: Answerer, quoted: str):
    plain = answerer.analyzer.terms(fold("Hamkorlik-2025 involved 400 troops"))
    assert answerer.analyzer.terms(fold(quoted)) == plain
    reply = answerer.answer(f"Checking a claim going around: {quoted}. Is that figure solid?")
    assert reply.fact_id == "hamkorlik-2025"


def test_an_uzbek_without_is_without_what_it_names(answerer: Answerer):
    # "Rossiyasiz" reads as the English "without Russia", not as "Russia"; a word "-siz" of no known stem stays
    assert answerer.analyzer.terms(fold("mashg'ulot Rossiyasiz")) == answerer.analyzer.terms(
        fold("mashg'ulot without Russia")
    )
    assert "uchuvchisiz" in answerer.analyzer.terms(fold("uchuvchisiz"))


def test_a_count_after_which_is_no_number_to_match(answerer: Answerer):
    # "what 2 documents…?" asks which ones: the count is not matched as a day ("…signed on 25 January?")
    terms = answerer.analyzer.terms(fold("what 2 documents did russia and uzbekistan sign in january 2025?"))
    assert terms == answerer.analyzer.terms(fold("what documents did russia and uzbekistan sign in january 2025?"))
    assert (
        answerer.answer("what 2 documents did russia and uzbekistan sign in january 2025?").fact_id == "what-was-signed"
    )


def test_a_short_word_one_letter_off_a_veto_word_vetoes_nothing(answerer: Answerer):
    # "the salar" (a salt flat) is no "salary": a short word a letter off is another word as often as a slip
    assert not answerer.matcher.vetoes("salar")
    assert answerer.matcher.vetoes("salary")


def test_score_of_one_item_is_what_the_match_gives_the_best_and_less_for_others(answerer: Answerer):
    folded = fold("Who signed the documents in Tashkent?")
    found = answerer.matcher.match(folded)
    assert found.item_id is not None
    assert answerer.matcher.score_of(folded, found.item_id) == pytest.approx(found.score)
    assert answerer.matcher.score_of(folded, "weather") < found.score
    assert answerer.matcher.score_of(folded, "no-such-item") == 0.0
