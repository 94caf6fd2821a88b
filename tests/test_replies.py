from __future__ import annotations

import datetime as dt

from bot.models import Disagreement, Evidence, Fact, Localized, LocalizedList, Source
from bot.replies import (
    TELEGRAM_LIMIT,
    Block,
    compose_answer,
    compose_answers,
    compose_decline,
    compose_evidence,
    format_date,
    shorten_to,
    to_plain,
)
from tests.telegram_html import html_errors

SOURCE = Source(
    id="s1",
    outlet='Outlet <&> "Quotes"',
    title="T",
    url="https://example.org/a?x=1&y=<2>",
    date=dt.date(2025, 1, 22),
    language="en",
)
OTHER = Source(
    id="s2", outlet="Other", title="T2", url="https://example.org/b", date=None, date_note="late 2024", language="ru"
)


def _fact(answer: str, quote: str = "a <b>quote</b> & more", note: bool = False) -> Fact:
    return Fact(
        id="f",
        answer=Localized(en=answer, ru=answer, uz=answer),
        questions=LocalizedList(en=["q?"], ru=["в?"], uz=["s?"]),
        evidence=[Evidence(source="s1", quote=quote), Evidence(source="s2", quote="second")],
        disagreement=Disagreement(note=Localized(en="x < y", ru="x", uz="x"), sources=["s1", "s2"]) if note else None,
    )


def test_answer_escapes_text_and_is_valid_telegram_html():
    text = compose_answer(_fact("5 < 6 & <script>alert(1)</script>", note=True), {"s1": SOURCE, "s2": OTHER}, "en")
    assert html_errors(text) == []
    assert "&lt;script&gt;" in text
    assert "<script>" not in text
    assert 'href="https://example.org/a?x=1&amp;y=&lt;2&gt;"' in text
    assert "Sources differ" in text
    assert "x &lt; y" in text
    assert "22 January 2025" in text
    assert "late 2024" in text


def test_answer_never_exceeds_telegram_limit():
    text = compose_answer(_fact("word " * 2000, quote="q" * 3000), {"s1": SOURCE, "s2": OTHER}, "ru")
    assert len(text) <= TELEGRAM_LIMIT
    assert html_errors(text) == []


def test_evidence_lists_exact_quotes_with_links():
    text = compose_evidence(_fact("a"), {"s1": SOURCE, "s2": OTHER}, "en")
    assert html_errors(text) == []
    assert "a &lt;b&gt;quote&lt;/b&gt; &amp; more" in text
    assert "<blockquote>second</blockquote>" in text


def test_decline_suggests_questions_and_short_form_is_one_line():
    text = compose_decline("en", None, ["Who <signed>?", "When?"])
    assert html_errors(text) == []
    assert "Who &lt;signed&gt;?" in text
    assert "\n" not in compose_decline("ru", None, ["a"], short=True)


def test_dates_per_language():
    day = dt.date(2025, 1, 22)
    assert format_date(day, "en") == "22 January 2025"
    assert format_date(day, "ru") == "22 января 2025"
    assert format_date(day, "uz") == "2025-yil 22-yanvar"


def test_plain_form_keeps_links_readable():
    assert to_plain('<b>A</b> &amp; <a href="https://x.org/?a=1&amp;b=2">X</a>') == "A & X (https://x.org/?a=1&b=2)"


def test_caveat_is_said_after_the_answer_and_before_the_sources():
    fact = _fact("Drills were held.").model_copy(
        update={
            "caveat": Localized(en="Reported by <aggregators> only.", ru="Только агрегаторы.", uz="Faqat agregatorlar.")
        }
    )
    text = compose_answer(fact, {"s1": SOURCE, "s2": OTHER}, "en")
    assert html_errors(text) == []
    assert "<i>Caveat:</i> Reported by &lt;aggregators&gt; only." in text
    assert text.index("Drills were held.") < text.index("Caveat") < text.index("Sources")
    assert "<i>Оговорка:</i> Только агрегаторы." in compose_answer(fact, {"s1": SOURCE, "s2": OTHER}, "ru")
    assert "Caveat" not in compose_answer(_fact("No caveat."), {"s1": SOURCE, "s2": OTHER}, "en")


def test_shipped_weak_source_answers_carry_their_caveat(answerer):
    reply = answerer.answer("Did Uzbekistan buy Chinese fighter jets?")
    assert reply.fact_id == "china-fighters"
    assert "not confirmed by either government" in reply.text
    reply = answerer.answer("What was Hamkorlik-2025?")
    assert reply.fact_id == "hamkorlik-2025"
    assert "secondary reports" in reply.text
    assert "Sources differ" in reply.text
    assert "400" in reply.text


def test_a_shortened_answer_keeps_the_sentences_that_speak_of_what_was_asked():
    text = "Opening. The first call was about trade. The second was about gas. On 11 November they discussed energy."
    short = shorten_to(text, 70, ("november",))
    assert short.startswith("Opening.")
    assert "11 November" in short
    assert "gas" not in short
    assert len(short) <= 70
    # no focus: the front of the answer, cut
    assert shorten_to(text, 30, ()) == text[:29].rstrip() + "…"


def test_no_shipped_disagreement_note_repeats_the_label_the_reply_puts_before_it(answerer):
    """The reply writes "Sources differ:" itself; a note that starts with it again reads "Sources differ: Sources differ"."""
    from bot.texts import ui

    notes = [f.disagreement.note for f in answerer.facts.values() if f.disagreement is not None]
    assert notes
    for note in notes:
        for lang in ("en", "ru", "uz"):
            text = getattr(note, lang).casefold()
            assert not text.startswith(ui("note", lang).casefold()), text
            assert not text.startswith(("sources differ", "источники расходятся", "manbalar farq")), text


def test_a_long_reply_keeps_the_first_sources_quotes_before_dropping_them_all():
    """Over the limit, quotes are shortened, then dropped from the last source back: the first
    source's exact words stay, where before every quote went for the sake of the last one."""
    many = {f"s{n}": SOURCE.model_copy(update={"id": f"s{n}", "outlet": f"Outlet {n}"}) for n in range(1, 13)}
    fact = Fact(
        id="f",
        answer=Localized(en="word " * 300, ru="слово " * 300, uz="so'z " * 300),
        questions=LocalizedList(en=["q?"], ru=["в?"], uz=["s?"]),
        evidence=[Evidence(source=sid, quote=f"first words of {sid} " + "x" * 280) for sid in many],
    )
    text = compose_answer(fact, many, "en")
    assert len(text) <= TELEGRAM_LIMIT
    assert html_errors(text) == []
    assert "first words of s1 " in text
    assert "first words of s12 " not in text
    assert text.count("Outlet ") == 12  # every source is still listed


def test_in_cyrillic_only_a_sources_date_is_converted_not_its_outlet_or_english_date_note():
    from bot.script import CyrillicUzbek

    text, _ = compose_answers(
        [Block(_fact("Hujjatlar imzolandi."))], {"s1": SOURCE, "s2": OTHER}, "uz", convert=CyrillicUzbek()
    )
    assert "Ҳужжатлар имзоланди." in text
    assert "2025-йил 22-январ" in text
    assert ">Other</a>, late 2024" in text
