"""Uzbek answers in Cyrillic: the text converted, markup and quoted evidence kept as they are."""

from __future__ import annotations

from bot.script import CyrillicUzbek, outlet_names


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


def test_outlets_named_in_the_text_stay_latin_with_their_suffixes():
    # an outlet cited by another one's label is protected by itself, and an Uzbek suffix joined by an
    # apostrophe stays an apostrophe, not the hard sign
    convert = CyrillicUzbek(["Caspian Post (citing The Moscow Times)", "SNG.Today (summarising CentralAsia.news)"])
    out = convert("Caspian Post e'lon qilgan The Moscow Times materialida; SNG.Today'ning da'vosi")
    assert out == "Caspian Post эълон қилган The Moscow Times материалида; SNG.Today'нинг даъвоси"


def test_outlet_names_of_a_label():
    assert outlet_names("Caspian Post (citing The Moscow Times)") == ["Caspian Post", "The Moscow Times"]
    assert outlet_names("news-247.top (repost of a SIPRI-based article)") == ["news-247.top"]
    assert outlet_names("Pressa.uz (Telegram channel, via tgstat)") == ["Pressa.uz"]
