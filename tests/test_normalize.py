import pytest

from bot.normalize import MAX_MATCH_CHARS, clean, fold, spoken_years, tokens, truncate, uz_cyrillic_to_latin


def test_uzbek_apostrophes_fold_to_one():
    forms = ["Oʻzbekiston", "O’zbekiston", "O‘zbekiston", "O`zbekiston", "O'zbekiston", "Oʼzbekiston"]
    assert {fold(f) for f in forms} == {"o'zbekiston"}


def test_yo_folds_to_ye_and_case_folds():
    assert fold("Объединённые ЁЛКИ") == "объединенные елки"


def test_a_pronoun_with_d_stands_alone_as_the_pronoun():
    assert fold("But he'd already flown in by Tuesday, right?") == "but he had already flown in by tuesday, right?"
    assert fold("They’d signed it") == "they had signed it"
    assert fold("I'd like to know") == "i'd like to know"  # the writer is no person asked about


def test_invisible_and_control_characters_are_dropped():
    text = "Who\u200b signed\u200f the\x00 deal\u202e?\t\n"
    assert clean(text) == "Who signed the deal?"


def test_uzbek_cyrillic_to_latin_letters_and_initial_ye():
    assert uz_cyrillic_to_latin("ким имзолади") == "kim imzoladi"
    assert uz_cyrillic_to_latin("ўзбекистон қачон ғалаба ҳақида") == "o'zbekiston qachon g'alaba haqida"
    assert uz_cyrillic_to_latin("ер") == "yer"


def test_tokens_split_digits_from_letters_and_keep_inner_apostrophes():
    assert tokens(fold("2030г ODKBga 22-yanvar g'alaba 'quoted'")) == [
        "2030",
        "г",
        "odkbga",
        "22",
        "yanvar",
        "g'alaba",
        "quoted",
    ]


def test_truncate_bounds_a_pasted_essay():
    assert truncate("x" * 10_000) == "x" * MAX_MATCH_CHARS


def test_truncate_keeps_a_short_message_whole():
    message = "Who signed it? Thanks."
    assert truncate(message) == message


def test_truncate_keeps_the_question_at_the_end_of_a_long_message():
    intro = "I served in the Turkestan military district for twenty years, so I know the ranges well. " * 8
    message = intro + "So who led our unit at that parade? I will write the name down."
    kept = truncate(message)
    assert len(kept) <= MAX_MATCH_CHARS
    assert kept.endswith("who led our unit at that parade?")
    # the window starts at a sentence, not in the middle of a word
    assert kept.startswith("I served") or kept.startswith("So who")


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("а мероприятий сколько на двадцать пятый?", "а мероприятий сколько на 2025?"),
        ("в двадцать шестом году", "в 2026 году"),
        ("в январе две тысячи двадцать пятого года", "в январе 2025 года"),
    ],
)
def test_years_said_in_russian_words_are_digits(spoken: str, written: str):
    assert spoken_years(spoken) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("в январе 25го подписывали", "в январе 2025 подписывали"),
        ("в мае 25-го года", "в мае 2025 года"),
        ("в 26-м году", "в 2026 году"),
        ("узбеки в 25м на параде маршировали?", "узбеки в 2025 на параде маршировали?"),
        ("а в 25-ом учения были?", "а в 2025 учения были?"),
        ("в 25м от штаба", "в 25м от штаба"),  # a distance in metres stays one
        ("25 января 2025", "25 января 2025"),  # a day before the month stays a day
        ("с 15 по 21 июля", "с 15 по 21 июля"),
    ],
)
def test_a_year_cut_to_two_digits_after_a_russian_month_is_a_year(typed: str, written: str):
    assert spoken_years(typed) == written


def test_other_numbers_in_words_stay_words():
    assert spoken_years("двадцать пять мероприятий") == "двадцать пять мероприятий"


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("the 2026-30 programme", "the 2026-2030 programme"),
        ("2021–25 yillar", "2021–2025 yillar"),
        ("signed 2025-01-22", "signed 2025-01-22"),
        ("the 2025-10 meeting", "the 2025-10 meeting"),
    ],
)
def test_a_range_of_years_cut_short_is_written_out(written: str, full: str):
    assert spoken_years(written) == full


def test_function_words_with_two_letters_swapped_are_read_as_meant():
    assert fold("And teh Uzbek minister at hte time, waht was his name?") == (
        "and the uzbek minister at the time, what was his name?"
    )
    assert fold("tehran") == "tehran"  # a word that only starts with one is left alone


@pytest.mark.parametrize(
    ("typed", "written"),
    [("на скока лет?", "на сколько лет?"), ("а скоко их", "а сколько их"), ("када подписали", "когда подписали")],
)
def test_russian_question_words_as_said_are_written_out(typed: str, written: str):
    assert fold(typed) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [("когда обьявили", "когда объявили"), ("подьезд", "подъезд"), ("сьездил", "съездил")],
)
def test_a_soft_sign_typed_after_a_prefix_is_the_hard_one(typed: str, written: str):
    assert fold(typed) == written


@pytest.mark.parametrize("word", ["семья", "статья", "вьюга", "скокарь"])
def test_words_with_a_rightful_soft_sign_or_like_a_spoken_word_stay(word: str):
    assert fold(word) == word


def test_a_two_digit_year_before_god_is_a_year():
    assert "2026" in spoken_years(fold("а на 26 год сколько"))
