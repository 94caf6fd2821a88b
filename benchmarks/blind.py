"""Quality on the blind sets: their first-contact figures as recorded, and today's.

A blind set is written by someone who saw only ../shared/sources/ (never the fact base, the code or
earlier sets). It is scored once on first contact and that figure is recorded in
``benchmarks/blind/sets.json``; a set used for tuning afterwards keeps its label "tuning", and its
figure today is shown beside, not instead of, the first-contact one. Judged by score.py's rule,
including that a yes/no reply must lead with yes/no; conversations are interleaved as score.py does.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Config, Section, Table, judge, load_questions, must_answer
from bot.answering import Answerer
from bot.context import Conversations

BLIND = ROOT / "benchmarks" / "blind"
MANIFEST = BLIND / "sets.json"


def conversation_items(conversations: list[dict]) -> list[tuple[str, dict]]:
    """(chat id, turn) in score.py's interleaved order: every first turn, then every second, ..."""
    longest = max((len(c["turns"]) for c in conversations), default=0)
    return [
        (c["id"], {**c["turns"][t], "lang": c["lang"], "class": c.get("kind", "-")})
        for t in range(longest)
        for c in conversations
        if t < len(c["turns"])
    ]


def score(answerer: Answerer, path: Path, kind: str) -> dict[str, Any]:
    """The figures score.py prints, measured in process."""
    lines = load_questions(path)
    if kind == "conversations":
        chats = Conversations()
        pairs = []
        for chat, item in conversation_items(lines):
            reply = answerer.answer(item["q"], context=chats.get(chat))
            if reply.context is not None:
                chats.put(chat, reply.context)
            pairs.append((item, reply.as_json()))
    else:
        pairs = [(item, answerer.answer(item["q"].replace("\n", " ")).as_json()) for item in lines]
    out: dict[str, Any] = {"answered": [0, 0], "declined": [0, 0], "wrong": [0, len(pairs)], "classes": {}}
    classes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item, reply in pairs:
        ok = judge(item, reply)
        key = "answered" if must_answer(item) else "declined"
        out[key][0] += ok
        out[key][1] += 1
        classes[item.get("class", "-")][0] += ok
        classes[item.get("class", "-")][1] += 1
        lead_only = ok is False and must_answer(item) and judge({**item, "polarity": None}, reply)
        out["wrong"][0] += reply.get("answered") is True and not ok and not lead_only
    out["classes"] = dict(classes)
    return out


def pct(pair: list[int]) -> float:
    return 100.0 * pair[0] / pair[1] if pair[1] else float("nan")


def run(cfg: Config, answerer: Answerer) -> Section:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.is_file() else {"sets": []}
    summary = Table(
        "Blind sets: first contact and today",
        ["set", "label", "measured", "commit", "answered right %", "declined %", "confidently wrong %"],
        [],
        note="First-contact rows are as recorded when the set was first scored; 'today' is this run. Only "
        "first-contact figures of a set are a measurement; today's figure on a tuning set is optimistic.",
    )
    tables = [summary]
    data: dict[str, Any] = {"sets": {}}
    for entry in manifest["sets"]:
        path = BLIND / entry["file"]
        if not path.is_file():
            continue
        today = score(answerer, path, entry["kind"])
        data["sets"][entry["file"]] = today
        contacts = entry.get("first_contact", [])
        for contact in contacts:
            summary.rows.append(
                [
                    entry["file"],
                    "blind (first contact)",
                    contact["what"],
                    contact["commit"],
                    pct(contact["answered"]),
                    pct(contact["declined"]),
                    pct(contact["wrong"]),
                ]
            )
        summary.rows.append(
            [
                entry["file"],
                entry["label"],
                "today",
                "this run",
                pct(today["answered"]),
                pct(today["declined"]),
                pct(today["wrong"]),
            ]
        )
        first = contacts[-1] if contacts else None
        names = sorted(set(today["classes"]) | set(first["classes"] if first else ()))
        tables.append(
            Table(
                f"{entry['file']} by class ({entry['about']})",
                ["class", "first contact", "today"],
                [
                    [
                        name,
                        "/".join(map(str, first["classes"][name])) if first and name in first["classes"] else "–",
                        "/".join(map(str, today["classes"].get(name, [0, 0]))),
                    ]
                    for name in names
                ],
            )
        )
    return Section(
        "Blind sets",
        __doc__.split("\n\n", 1)[1],
        tables,
        data,
        [manifest.get("about", "")] if manifest.get("about") else [],
    )
