"""The command line as users and the scorer run it: real processes, real files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.telegram_html import html_errors

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | bytes = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "KNOWLEDGE_DIR")}
    full_env.update(env or {})
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=data, capture_output=True, cwd=ROOT, env=full_env, timeout=60
    )


def test_ask_json_one_reply_per_line_in_order_including_empty_and_hostile_lines():
    lines = [
        "Who signed the agreement?",
        "",
        "Кто подписал?",
        "x" * 20_000,
        "\x00\x01\x1b[31m control \x7f",
        "<b>bold</b> & <script>alert(1)</script>",
        "🙂🇺🇿 emoji",
        "\u200b\u200f\u202e zero-width and rtl \u2028 line separator \x0c form feed",
        "What is the capital of Japan?",
    ]
    proc = run("ask", "--json", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    replies = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(replies) == len(lines)
    for reply in replies:
        assert set(reply) == {
            "answered",
            "text",
            "language",
            "fact_id",
            "fact_ids",
            "clarify",
            "confidence",
            "sources",
            "suggestions",
        }
        assert reply["language"] in ("en", "ru", "uz")
        assert 0.0 <= reply["confidence"] <= 1.0
        assert html_errors(reply["text"]) == []
        assert reply["answered"] == (reply["fact_id"] is not None) == bool(reply["sources"])
    assert replies[0]["answered"]
    assert replies[2]["answered"]
    assert replies[2]["language"] == "ru"
    assert not replies[1]["answered"]
    assert not replies[-1]["answered"]
    source = replies[0]["sources"][0]
    assert set(source) == {"id", "outlet", "title", "url", "date"}


def test_ask_invalid_utf8_gets_a_reply():
    proc = run("ask", "--json", stdin=b"\xff\xfe broken \xc3\n")
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1


def test_ask_with_arguments_and_forced_language():
    proc = run("ask", "--lang", "uz", "Who", "signed", "the", "agreement?")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "Belousov" in out
    assert "Manbalar" in out
    assert "<b>" not in out


def test_check_passes_on_shipped_base_and_fails_on_broken_copy(kb_copy: Path):
    ok = run("check")
    assert ok.returncode == 0
    assert b"OK:" in ok.stdout
    fact_file = sorted((kb_copy / "facts").glob("*.yaml"))[0]
    fact_file.write_text("- id: [broken\n", encoding="utf-8")
    bad = run("check", env={"KNOWLEDGE_DIR": str(kb_copy)})
    assert bad.returncode == 1
    assert fact_file.name in bad.stderr.decode()
    assert b"Traceback" not in bad.stderr


def test_check_refuses_a_claim_of_several_words_that_reads_as_one(kb_copy: Path):
    # "back" is a stop word: "back csto" would deny every question naming the CSTO
    path = kb_copy / "facts" / "06-context.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("denies: [rejoin csto,", "denies: [back csto, rejoin csto,", 1), encoding="utf-8")
    bad = run("check", env={"KNOWLEDGE_DIR": str(kb_copy)})
    assert bad.returncode == 1
    assert "'back csto' reads as one word (csto)" in bad.stderr.decode()


def test_check_refuses_a_claim_that_loses_its_negation(kb_copy: Path):
    # "not" is a stop word: "did not take part" would deny every question whether they took part
    path = kb_copy / "facts" / "06-context.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("denies: [rejoin csto,", "denies: [did not join csto, rejoin csto,", 1), encoding="utf-8"
    )
    bad = run("check", env={"KNOWLEDGE_DIR": str(kb_copy)})
    assert bad.returncode == 1
    assert "'did not join csto' reads without its 'not'" in bad.stderr.decode()


def test_ask_on_broken_base_is_a_clear_error(kb_copy: Path):
    (kb_copy / "lexicon.yaml").write_text("stopwords: 3\n", encoding="utf-8")
    proc = run("ask", "hello", env={"KNOWLEDGE_DIR": str(kb_copy)})
    assert proc.returncode == 1
    assert b"lexicon.yaml" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_bare_command_without_token_opens_the_console_chat():
    proc = run(stdin="Who signed the agreement?\nquit\n")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "TELEGRAM_BOT_TOKEN" in out
    assert "Belousov" in out


def test_chat_answers_each_question():
    proc = run("chat", stdin="Кто подписал?\n\nWhat is the capital of Japan?\n")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert "Белоусов" in out
    assert "I can't answer" in out


def test_ask_and_check_do_not_import_telegram():
    for argv in (["check"], ["ask", "Who signed?"]):
        code = (
            "import runpy, sys\n"
            f"sys.argv = ['bot', *{argv!r}]\n"
            "try:\n    runpy.run_module('bot', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('telegram imported:', 'telegram' in sys.modules)"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60)
        assert proc.stdout.decode().strip().endswith("telegram imported: False"), argv


def test_unanswered_reads_the_log_path_from_dotenv_like_the_bot(tmp_path: Path):
    from bot.unanswered import UnansweredLog

    UnansweredLog(tmp_path / "logs" / "declined.jsonl").record("What is the weather?", "en", None, 0.2)
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=\nUNANSWERED_LOG=logs/declined.jsonl\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("UNANSWERED_LOG", "TELEGRAM_BOT_TOKEN")}
    env["PYTHONPATH"] = str(ROOT)

    def unanswered(extra: dict[str, str] | None = None) -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "bot", "unanswered"],
            capture_output=True,
            cwd=tmp_path,
            env={**env, **(extra or {})},
            timeout=60,
            text=True,
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert "What is the weather?" in unanswered()
    assert unanswered({"UNANSWERED_LOG": "elsewhere.jsonl"}).strip() == "No unanswered questions recorded."
    assert "turned off" in unanswered({"UNANSWERED_LOG": "off"})


def test_ask_chats_keeps_context_per_chat_with_interleaved_lines():
    lines = [
        {"chat": "a", "text": "Who signed for the Uzbek side?"},
        {"chat": "b", "text": "Who headed the Russian delegation?"},
        {"chat": "a", "text": "What did he say?"},
        {"chat": "b", "text": "What did he say about Central Asia?"},
        {"chat": "c", "text": "What did he say?"},
        {"chat": "a", "text": "and when was he appointed?"},
    ]
    stdin = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines) + "]]] {{{\n"
    proc = run("ask", "--json", "--chats", stdin=stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    replies = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(replies) == len(lines) + 1
    assert replies[2]["fact_id"] == "kholmukhamedov-words"
    assert replies[3]["fact_id"] == "belousov-central-asia"
    assert replies[4]["fact_id"] != "kholmukhamedov-words"  # chat c has no "he" yet
    assert replies[5]["fact_id"] == "kholmukhamedov-appointment"
    assert replies[6]["answered"] is False


def test_ask_json_lists_every_fact_of_a_compound_question():
    proc = run("ask", "--json", stdin="Who signed it, and where?\n")
    (reply,) = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert reply["fact_ids"] == ["who-signed", "signing-place"]
    assert reply["fact_id"] == "who-signed"
    assert reply["clarify"] is False


def in_folder(folder: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m bot ...`` run from ``folder`` (its .env is the settings file), none of the
    settings inherited from this environment."""
    names = ("TELEGRAM_BOT_TOKEN", "KNOWLEDGE_DIR", "LOG_LEVEL", "UNANSWERED_LOG", "DATA_DIR")
    full_env = {k: v for k, v in os.environ.items() if k not in names}
    full_env.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, cwd=folder, env=full_env, timeout=60, text=True
    )


def test_knowledge_dir_in_dotenv_is_the_base_ask_and_check_use(tmp_path: Path):
    """A curator checks the base the bot serves: KNOWLEDGE_DIR only in ./.env, read by every command."""
    kb = tmp_path / "mybase"
    shutil.copytree(ROOT / "tests" / "fixtures" / "kb", kb)
    work = tmp_path / "work"
    work.mkdir()
    (work / ".env").write_text(f"KNOWLEDGE_DIR={kb}\n", encoding="utf-8")
    check = in_folder(work, "check")
    assert check.returncode == 0, check.stderr
    assert str(kb) in check.stdout
    assert "6 facts" in check.stdout  # the fixture base, not the shipped one
    ask = in_folder(work, "ask", "--json", "Who signed the agreement?")
    assert ask.returncode == 0, ask.stderr
    assert json.loads(ask.stdout)["answered"]
    (kb / "lexicon.yaml").write_text("stopwords: 3\n", encoding="utf-8")
    broken = in_folder(work, "check")
    assert broken.returncode == 1
    assert "lexicon.yaml" in broken.stderr
    assert "Traceback" not in broken.stderr
    broken_ask = in_folder(work, "ask", "hello")
    assert broken_ask.returncode == 1
    assert str(kb) in broken_ask.stderr
    # The environment wins over .env.
    shipped = in_folder(work, "check", env={"KNOWLEDGE_DIR": str(ROOT / "knowledge")})
    assert shipped.returncode == 0, shipped.stderr
    assert str(ROOT / "knowledge") in shipped.stdout


def test_a_malformed_setting_stops_every_command_in_one_line(tmp_path: Path):
    (tmp_path / ".env").write_text("LOG_LEVEL=chatty\n", encoding="utf-8")
    for args in (["ask", "Who signed?"], ["check"], ["unanswered"]):
        proc = in_folder(tmp_path, *args)
        assert proc.returncode == 2, args
        assert proc.stderr.strip().splitlines() == [
            "pactbot: LOG_LEVEL: Input should be 'DEBUG', 'INFO', 'WARNING', 'ERROR' or 'CRITICAL'"
        ]


def test_check_validates_the_interface_texts(tmp_path: Path):
    """bot.texts refuses to import with a missing translation; check names the gap."""
    code = (
        "import sys\n"
        "from bot import models\n"
        "models.LANGS = (*models.LANGS, 'kk')\n"
        "from bot.cli import main\n"
        "sys.exit(main(['check']))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60, text=True)
    assert proc.returncode == 1
    assert "problem(s) in the interface texts" in proc.stderr
    assert "UI['sources']: no text in kk" in proc.stderr
    assert "Traceback" not in proc.stderr
