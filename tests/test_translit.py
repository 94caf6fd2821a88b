"""Russian typed in Latin letters, as people type it, back to Cyrillic."""

from __future__ import annotations

import pytest

from bot.translit import ru_latin_to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("kto podpisyval dokumenty", "кто подписывал документы"),
        ("gde eto bylo", "где это было"),
        ("kogda belousov priletel v uzbekistan", "когда белоусов прилетел в узбекистан"),
        ("rossiyskaya delegaciya", "российская делегация"),
        ("ministr kotoryi podpisyval", "министр который подписывал"),  # -ый typed "yi"
        ("kotoryj", "который"),
        ("novyy ministr oborony", "новый министр обороны"),
        ("s kem vstrechalsya", "с кем встречался"),
        ("zhurnalist khalmukhamedov shchit", "журналист халмухамедов щит"),
        ("podpisali v pyatnicu?", "подписали в пятницу?"),
        ("4lenom odkb", "членом одкб"),  # a 4 inside a word is ч
        ("voenno-tehni4eskom", "военно-техническом"),
    ],
)
def test_informal_latin_to_cyrillic(latin: str, cyrillic: str):
    assert ru_latin_to_cyrillic(latin) == cyrillic


def test_digits_and_punctuation_are_kept():
    assert ru_latin_to_cyrillic("plan na 2025 god, 50 meropriyatiy!") == "план на 2025 год, 50 мероприятий!"
