from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from bot.unanswered import UnansweredLog, format_summary

ROOT = Path(__file__).resolve().parent.parent


def test_records_and_counts_declined_questions_without_raw_user_ids(tmp_path: Path):
    log = UnansweredLog(tmp_path / "u.jsonl", salt="pepper")
    for _ in range(3):
        log.record("How old is Belousov?", "en", "belousov", 0.41, user_id=123456789)
    log.record("  how old is belousov  ", "en", None, 0.0, user_id=42)
    log.record("Сколько стоит?", "ru", None, 0.1)
    raw = (tmp_path / "u.jsonl").read_text(encoding="utf-8")
    assert "123456789" not in raw
    assert '"user"' in raw
    rows = log.summary()
    assert rows[0].count == 4
    assert rows[0].language == "en"
    assert rows[1].question == "Сколько стоит?"
    assert "Сколько стоит?" in format_summary(rows)


def test_without_salt_no_user_is_stored(tmp_path: Path):
    log = UnansweredLog(tmp_path / "u.jsonl")
    log.record("q", "en", None, 0.0, user_id=7)
    assert "user" not in json.loads((tmp_path / "u.jsonl").read_text(encoding="utf-8"))


def test_rotation_caps_the_size_and_keeps_backups(tmp_path: Path):
    log = UnansweredLog(tmp_path / "u.jsonl", max_bytes=400, backups=2)
    for n in range(40):
        log.record(f"question number {n}", "en", None, 0.0)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["u.jsonl", "u.jsonl.1", "u.jsonl.2"]
    assert all(p.stat().st_size <= 400 for p in tmp_path.iterdir())
    assert any(row.question == "question number 39" for row in log.summary(limit=100))


def test_damaged_lines_and_old_entries_are_skipped(tmp_path: Path):
    path = tmp_path / "u.jsonl"
    log = UnansweredLog(path)
    log.record("old one", "en", None, 0.0, when=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n[1, 2]\n")
    log.record("new one", "en", None, 0.0)
    assert [row.question for row in log.summary(days=30)] == ["new one"]


def test_console_command_prints_the_summary(tmp_path: Path):
    path = tmp_path / "u.jsonl"
    UnansweredLog(path).record("What is the weather?", "en", None, 0.2)
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "unanswered", "--path", str(path)], capture_output=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == 0
    assert "What is the weather?" in proc.stdout.decode()
