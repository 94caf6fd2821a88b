"""Slips of typing put right before matching, and only where the word as typed is no known word."""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.slips import fix_question_words, fix_transpositions, fix_uzbek_letters, switch_layout

VOCABULARY = {"договор", "where", "где", "подписали", "signed"}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("кто подписал ljujdjh?", "кто подписал договор?"),  # Russian typed with the Latin layout on
        ("цруку was it signed", "where was it signed"),  # English typed with the Russian layout on
        ("ult gjlgbcfkb", "где подписали"),
    ],
)
def test_a_word_in_the_other_layout_is_switched_back(typed: str, meant: str):
    assert switch_layout(typed, VOCABULARY.__contains__) == meant


@pytest.mark.parametrize("typed", ["where was it signd", "kto podpisal", "gde", "ok"])
def test_known_misspelt_or_short_words_are_left_alone(typed: str):
    # a word the vocabulary holds, or whose switch it does not hold, stays as typed
    assert switch_layout(typed, VOCABULARY.__contains__) == typed


def test_the_bot_reads_a_word_typed_in_the_wrong_layout(answerer: Answerer):
    reply = answerer.answer("кто подписал ljujdjh с узбекистаном в январе?")
    assert reply.answered
    assert reply.fact_id == "who-signed"
    assert "Белоусов" in reply.text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("whre was it signed", "where was it signed"),
        ("hwo signed it?", "who signed it?"),
        ("wen?", "when?"),
        ("wht was on the agenda", "what was on the agenda"),  # a letter left out, not "who"
        ("whn was it", "when was it"),
    ],
)
def test_a_misspelt_question_word_is_put_right(typed: str, meant: str):
    assert fix_question_words(typed, VOCABULARY.__contains__) == meant


def test_a_real_word_near_a_question_word_is_left_alone():
    vocabulary = {"were", "that", "show"}
    assert fix_question_words("were they there? show that", vocabulary.__contains__) == "were they there? show that"
    # inside a clause a near word is no question word: "the whole deal" is not "the whose deal"
    assert fix_question_words("what's the whole deal about?", set().__contains__) == "what's the whole deal about?"


def test_two_swapped_letters_are_put_right_only_when_one_swap_makes_a_known_word():
    vocabulary = {"year", "what", "signed", "form", "from"}
    assert fix_transpositions("untill what yaer", vocabulary.__contains__) == "untill what year"
    assert fix_transpositions("when was it sigend", vocabulary.__contains__) == "when was it signed"
    assert fix_transpositions("from what", vocabulary.__contains__) == "from what"  # known words stay
    # two swaps that make two known words: which was meant is unknown, so the word is kept
    assert fix_transpositions("abdcef", {"badcef", "abcdef", "abdcfe"}.__contains__) == "abdcef"
    assert fix_transpositions("abdcef", {"abcdef"}.__contains__) == "abcdef"


def test_the_bot_reads_a_phrase_with_a_swapped_word(answerer: Answerer):
    # "what yaer" is "what year", which the lexicon reads as a "when" question
    reply = answerer.answer("untill what yaer does the programm go")
    assert reply.answered
    assert "2030" in reply.text


UZBEK = {"o'tgan", "mashq", "qachon", "ham", "qatnashganmi", "o'zbek", "yili"}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # Uzbek Cyrillic typed without ў, қ, ғ, ҳ ("утган", "машк", "качон"), converted to Latin
        ("utgan yili mashk qachon", "o'tgan yili mashq qachon"),
        ("kachon katnashganmi", "qachon qatnashganmi"),
        # Latin typed without the apostrophe
        ("ozbek", "o'zbek"),
    ],
)
def test_uzbek_letters_a_keyboard_lacks_are_put_back(typed: str, meant: str):
    assert fix_uzbek_letters(typed, UZBEK.__contains__) == meant


@pytest.mark.parametrize("typed", ["yili", "kelishuv", "kuni"])
def test_uzbek_words_known_or_without_a_known_respelling_stay(typed: str):
    assert fix_uzbek_letters(typed, UZBEK.__contains__) == typed


def test_uzbek_cyrillic_without_its_own_letters_is_understood(answerer: Answerer):
    reply = answerer.answer(
        "Ассалому алайкум. Утган йили ёзда Термиз полигонида руслар билан бирга машк булганийди, шу машкнинг "
        "номи нима эди?"
    )
    assert reply.answered
    assert "Ҳамкорлик-2025" in reply.text
    assert "Термиз" in reply.text
