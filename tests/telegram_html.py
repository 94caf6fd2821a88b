"""Checks a message the way Telegram's HTML parse mode does, so tests can assert a reply would be
accepted: only Telegram's tags, balanced, attributes where allowed, entities valid, 1-4096 chars."""

from __future__ import annotations

import html
from html.parser import HTMLParser

ALLOWED = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "tg-spoiler": set(),
    "span": {"class"},
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-emoji": {"emoji-id"},
}
LIMIT = 4096


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            self.errors.append(f"tag <{tag}> not allowed")
            return
        for name, _ in attrs:
            if name not in ALLOWED[tag]:
                self.errors.append(f"attribute {name!r} not allowed on <{tag}>")
        if tag == "a" and not dict(attrs).get("href"):
            self.errors.append("<a> without href")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}>")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.errors.append(f"unescaped bracket in {data[:40]!r}")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.errors.append(f"entity &{name}; not supported")
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))


def html_errors(message: str) -> list[str]:
    """Problems Telegram would reject the message for; empty when it would be accepted."""
    if not message.strip():
        return ["empty message"]
    if len(message) > LIMIT:
        return [f"{len(message)} characters, over {LIMIT}"]
    parser = _Parser()
    parser.feed(message)
    parser.close()
    errors = list(parser.errors)
    if parser.stack:
        errors.append(f"unclosed tags {parser.stack}")
    if _bare_ampersand(message):
        errors.append("bare &")
    return errors


def _bare_ampersand(message: str) -> bool:
    i = message.find("&")
    while i != -1:
        j = message.find(";", i)
        ref = message[i + 1 : j] if j != -1 else ""
        if not ref or not (
            ref in {"lt", "gt", "amp", "quot"} or (ref.startswith("#") and ref[1:].lstrip("x").isalnum())
        ):
            return True
        i = message.find("&", i + 1)
    return False
