"""End to end: ``python -m bot run`` as a process — clean stops on signals, exit codes, one-line
configuration errors, and the token absent from all output even at DEBUG."""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
import sys
from pathlib import Path

import pytest

from tests.tg.conftest import ROOT, SETTING_VARS, copy_kb, free_port, log_paths, start_bot
from tests.tg.fake_server import FakeBotApi
from tests.tg.telegram_fake import TOKEN, FakeTelegram

pytestmark = pytest.mark.asyncio


async def run_once(workdir: Path, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """Runs the bot to completion (for runs that must fail at once) and returns (code, stdout, stderr)."""
    log_paths(workdir)
    environ = {k: v for k, v in os.environ.items() if k not in SETTING_VARS}
    environ.update({"PYTHONPATH": str(ROOT), **env})
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        *args,
        cwd=workdir,
        env=environ,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_a_signal_stops_the_bot_cleanly_within_seconds(polling_bot, sig):
    api, bot, _ = polling_bot
    tg = api.tg
    user = FakeTelegram.user(501, "Ann")
    chat = tg.private(user)
    tg.text(chat, user, "Who signed the agreement?")
    await api.wait_for(lambda: tg.sent_to(chat["id"]), 10, "the answer", bot.alive)
    await api.wait_for(lambda: tg.methods().count("getUpdates") >= 2, 10, "the next long poll", bot.alive)
    code, seconds = await bot.stop(sig)
    assert code == 0
    assert seconds < 5
    output = bot.output()
    assert "Traceback" not in output
    assert "stopped" in output
    assert TOKEN not in output
    assert TOKEN.split(":")[1] not in output


async def test_a_signal_during_start_up_still_exits_cleanly(tmp_path: Path, api: FakeBotApi):
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"))
    # From the moment run() has started (its first log line), a stop is clean: before the event loop
    # runs, by the early handler; after, by the loop's own.
    await api.wait_for(lambda: "loading the fact base" in bot.output(), 20, "the first log line", bot.alive)
    code, _ = await bot.stop()
    assert code == 0
    assert "Traceback" not in bot.output()


async def test_missing_token_is_one_line_and_exit_code_2(tmp_path: Path):
    code, out, err = await run_once(tmp_path, {})
    assert code == 2
    assert err.strip().splitlines() == [
        "pactbot: TELEGRAM_BOT_TOKEN is not set (get one from @BotFather and set it in the environment or .env)"
    ]
    assert out == ""


async def test_malformed_token_is_reported_without_echoing_it(tmp_path: Path):
    bad = "12345:not-a-real-token-but-secret-anyway!"
    code, out, err = await run_once(tmp_path, {"TELEGRAM_BOT_TOKEN": bad})
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "TELEGRAM_BOT_TOKEN does not look like a bot token" in err
    assert "not-a-real" not in err + out


async def test_a_bad_setting_is_one_line_and_exit_code_2(tmp_path: Path):
    # Every other bad setting is checked in process (test_app.py); this proves the process behaves so.
    code, _, err = await run_once(tmp_path, {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_PORT": "eighty"})
    assert code == 2
    assert err.strip().splitlines() == [
        "pactbot: WEBHOOK_PORT: Input should be a valid integer, unable to parse string as an integer"
    ]


async def test_a_token_rejected_by_telegram_is_one_line_and_exit_code_2(tmp_path: Path, api: FakeBotApi):
    other = "7000000002:AAHanotherTOKENthatTELEGRAMrejects_0123"
    code, out, err = await run_once(
        tmp_path,
        {"TELEGRAM_BOT_TOKEN": other, "TELEGRAM_API_URL": api.url, "KNOWLEDGE_DIR": str(copy_kb(tmp_path / "kb"))},
    )
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        f"pactbot: TELEGRAM_BOT_TOKEN was rejected by the Bot API at {api.url} "
        "(check the token with @BotFather, and TELEGRAM_API_URL)"
    )
    assert "Traceback" not in err
    assert other.split(":")[1] not in out + err


async def test_an_unreachable_api_is_exit_code_1_without_the_token(tmp_path: Path):
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": f"http://127.0.0.1:{free_port()}",
        "KNOWLEDGE_DIR": str(copy_kb(tmp_path / "kb")),
        "LOG_LEVEL": "DEBUG",
        "STARTUP_RETRY_SECONDS": "1",  # it retries for a while first (test_faults_startup)
        "SEND_BACKOFF_SECONDS": "0.05",
    }
    code, out, err = await run_once(tmp_path, env)
    assert code == 1
    assert "cannot reach the Bot API" in err
    assert TOKEN.split(":")[1] not in out + err


async def test_an_invalid_fact_base_is_exit_code_1_with_its_problems(tmp_path: Path):
    kb = copy_kb(tmp_path / "kb")
    (kb / "sources.yaml").write_text("- id: Not A Slug\n")
    code, _, err = await run_once(tmp_path, {"TELEGRAM_BOT_TOKEN": TOKEN, "KNOWLEDGE_DIR": str(kb)})
    assert code == 1
    assert "the fact base is not valid" in err
    assert "kb/sources.yaml" in err
    assert "Traceback" not in err


async def test_a_language_choice_survives_a_restart(tmp_path: Path, api: FakeBotApi):
    """/language is remembered with python-telegram-bot's persistence in DATA_DIR: a person who chose
    Russian gets Russian answers to English questions after the bot was stopped and started again."""
    tg = api.tg
    kb = copy_kb(tmp_path / "kb")
    env = {"DATA_DIR": str(tmp_path / "data")}
    ann = FakeTelegram.user(601, "Ann", "en")
    chat = tg.private(ann)

    first = await start_bot(tmp_path / "run1", api.url, kb, env=env)
    try:
        await api.wait_for(lambda: "getUpdates" in tg.methods(), 20, "the first getUpdates", first.alive)
        tg.text(chat, ann, "/language")
        [prompt] = await api.wait_for(lambda: tg.sent_to(chat["id"]), 10, "the language buttons", first.alive)
        tg.press(ann, prompt.message, "l:ru")
        await api.wait_for(lambda: len(tg.sent_to(chat["id"])) == 2, 10, "the confirmation", first.alive)
        assert tg.sent_to(chat["id"])[-1].text.startswith("Теперь я отвечаю по-русски")
        bob = FakeTelegram.user(602, "Bob", "en")  # asks, chooses nothing: not stored
        bob_chat = tg.private(bob)
        tg.text(bob_chat, bob, "Who signed the agreement?")
        await api.wait_for(lambda: tg.sent_to(bob_chat["id"]), 10, "Bob's answer", first.alive)
    finally:
        code, _ = await first.stop()
    assert code == 0
    with (tmp_path / "data" / "persistence.pickle").open("rb") as fh:
        assert pickle.load(fh)["user_data"] == {601: {"lang": "ru"}}

    polls = tg.methods().count("getUpdates")
    second = await start_bot(tmp_path / "run2", api.url, kb, env=env)
    try:
        await api.wait_for(lambda: tg.methods().count("getUpdates") > polls, 20, "the restarted bot", second.alive)
        tg.text(chat, ann, "Who signed the agreement?")
        await api.wait_for(lambda: len(tg.sent_to(chat["id"])) == 3, 10, "the answer", second.alive)
        assert tg.sent_to(chat["id"])[-1].text.startswith("Подписали министр обороны России")
    finally:
        code, _ = await second.stop()
    assert code == 0
    assert TOKEN not in first.output() + second.output()
