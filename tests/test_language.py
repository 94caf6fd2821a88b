import pytest

from bot.answering import Answerer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Who signed the agreement?", "en"),
        ("when wuz it signd", "en"),
        ("Кто подписал соглашение?", "ru"),
        ("что за договор 2017?", "ru"),
        ("Kelishuvni kim imzoladi?", "uz"),
        ("Qachon imzolandi?", "uz"),
        ("O'zbekiston ODKBga kiradimi?", "uz"),
        ("Ким имзолади?", "uz"),
        ("Келишув қачон имзоланди?", "uz"),
    ],
)
def test_detects_language_and_script(answerer: Answerer, text: str, lang: str):
    assert answerer.detect(text) == lang


def test_no_letters_falls_back(answerer: Answerer):
    assert answerer.detect("2030?", fallback="ru") == "ru"
    assert answerer.detect("🙂🙂", fallback="uz") == "uz"


def test_a_letter_alone_is_no_english_word(answerer: Answerer):
    assert answerer.detect("oktabrda bogandi-a?") == "uz"


def test_as_many_words_of_each_language_leave_it_to_the_fallback(answerer: Answerer):
    # "iyunda" and "bogan" are in no vocabulary, the year in both: the digits tell nothing
    assert answerer.detect("2025 iyunda bogan-a?", fallback="uz") == "uz"
    assert answerer.detect("2025 iyunda bogan-a?") == "en"
