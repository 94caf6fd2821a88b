"""The interface texts: every key in every language, the same placeholders in each."""

from __future__ import annotations

import pytest

from bot import texts
from bot.models import LANGS


def test_the_shipped_texts_are_complete():
    assert texts.problems() == []
    for key in texts.UI:
        for lang in LANGS:
            assert texts.ui(key, lang).strip()


def test_gaps_are_named_key_by_key():
    broken = {
        "fine": {"en": "a {n}", "ru": "б {n}", "uz": "c {n}"},
        "missing": {"en": "a", "ru": "б"},
        "empty": {"en": "a", "ru": " ", "uz": "c"},
        "placeholders": {"en": "{count} left", "ru": "осталось {n}", "uz": "{count} ta"},
        "foreign": {"en": "a", "ru": "б", "uz": "c", "de": "d"},
    }
    months = {lang: texts.MONTHS[lang] for lang in LANGS}
    months["uz"] = months["uz"][:11]
    found = texts.problems(broken, months)  # type: ignore[arg-type]
    assert found[0] == "UI['missing']: no text in uz"
    assert found[1] == "UI['empty']: no text in ru"
    assert found[2].startswith("UI['placeholders']: the placeholders differ between languages")
    assert found[3] == "UI['foreign']: languages the bot does not speak: de"
    assert found[4] == "MONTHS['uz']: expected the twelve month names"
    assert len(found) == 5


def test_the_error_carries_every_problem():
    with pytest.raises(ValueError, match="no text in uz") as caught:
        raise texts.TextsError(["UI['x']: no text in uz"])
    assert caught.value.problems == ["UI['x']: no text in uz"]
