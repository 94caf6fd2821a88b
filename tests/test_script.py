"""Uzbek answers in Cyrillic: the text converted, markup and quoted evidence kept as they are."""

from __future__ import annotations

from bot.script import CyrillicUzbek


def test_text_is_converted_but_tags_links_entities_and_quotes_are_not():
    convert = CyrillicUzbek(["Kun.uz"])
    html = (
        '<b>Manbalar:</b> • <a href="https://kun.uz/news">Kun.uz</a> &amp; '
        "Hujjatlar Toshkentda imzolandi. <i>«Подписи поставили в Ташкенте»</i>"
    )
    out = convert(html)
    assert out.startswith("<b>Манбалар:</b>")
    assert '<a href="https://kun.uz/news">Kun.uz</a>' in out
    assert "&amp;" in out
    assert "Ҳужжатлар Тошкентда имзоланди." in out
    assert "«Подписи поставили в Ташкенте»" in out


def test_yes_and_no_words():
    convert = CyrillicUzbek()
    assert convert("Ha — ") == "Ҳа — "
    assert convert("Yo'q — ") == "Йўқ — "


def test_uzbek_cyrillic_yo_survives_folding():
    from bot.answering import Answerer

    # folding turns Russian ё into е; Uzbek "ёз" (summer) and "ёки" (or) must stay "yoz" and "yoki"
    assert Answerer._uzbek_latin("Ёки ёзда келганми?") == "yoki yozda kelganmi?"
