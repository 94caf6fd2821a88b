"""Fixtures for the Telegram layer's tests: the fixture fact base, the fake Telegram, an Application
wired to it in process, the fake Bot API server and the real bot process."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from telegram import Update
from telegram.ext import Application

from bot.answering import Answerer
from bot.settings import Settings
from bot.tg.app import build_application
from tests.telegram_html import html_errors
from tests.tg.fake_server import FakeBotApi
from tests.tg.fakes import FakeRequest
from tests.tg.telegram_fake import TOKEN, FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"
ADMIN_ID = 4242
SETTING_VARS = (
    "TELEGRAM_BOT_TOKEN",
    "ADMIN_IDS",
    "KNOWLEDGE_DIR",
    "TELEGRAM_API_URL",
    "LOG_LEVEL",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "WEBHOOK_LISTEN",
    "WEBHOOK_PORT",
    "WEBHOOK_PATH",
    "FLOOD_MAX_MESSAGES",
    "FLOOD_WINDOW_SECONDS",
    "UNANSWERED_LOG",
    "UNANSWERED_MAX_BYTES",
    "UNANSWERED_SALT",
    "DATA_DIR",
    "SEND_RETRIES",
    "SEND_BACKOFF_SECONDS",
    "SEND_MAX_RETRY_AFTER_SECONDS",
    "STARTUP_RETRY_SECONDS",
    "DRAIN_TIMEOUT_SECONDS",
    "MAX_PENDING_UPDATES",
    "HEALTH_STALL_SECONDS",
    "WEBHOOK_MAX_CONNECTIONS",
    "WEBHOOK_IDLE_SECONDS",
    "WEBHOOK_BODY_SECONDS",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def copy_kb(target: Path) -> Path:
    shutil.copytree(FIXTURE_KB, target)
    return target


def assert_clean(tg: FakeTelegram) -> None:
    """Telegram would have accepted everything the bot sent."""
    assert tg.violations == []
    for sent in tg.sent:
        assert sent.params.get("parse_mode") == "HTML", sent.params
        assert html_errors(sent.html) == [], sent.html
    for answer in tg.inline_answers:
        for result in answer["results"]:
            assert html_errors(result["input_message_content"]["message_text"]) == []


@pytest.fixture(scope="session")
def fixture_answerer() -> Answerer:
    return Answerer.load(FIXTURE_KB)


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A private copy of the fixture base that a test may edit or break."""
    return copy_kb(tmp_path / "kb")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No setting leaks in from the developer's environment or a .env in the working directory."""
    for name in SETTING_VARS:
        monkeypatch.delenv(name, raising=False)
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    return workdir


@pytest.fixture
def settings(kb_dir: Path, clean_env: Path) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,  # type: ignore[arg-type]
        admin_ids=str(ADMIN_ID),
        knowledge_dir=kb_dir,
        telegram_api_url="http://127.0.0.1:9",
        _env_file=None,  # type: ignore[call-arg]
    )


@pytest.fixture
def tg() -> Iterator[FakeTelegram]:
    fake = FakeTelegram()
    yield fake
    assert_clean(fake)


@pytest_asyncio.fixture
async def app(settings: Settings, tg: FakeTelegram) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The production Application (build_application), talking to the fake through FakeRequest."""
    application = build_application(settings, request=FakeRequest(tg))
    await application.initialize()
    yield application
    await application.shutdown()


async def feed(application: Application, update: dict[str, Any]) -> None:  # type: ignore[type-arg]
    """Delivers one update the way the Application's update fetcher does."""
    await application.process_update(Update.de_json(update, application.bot))


# -- the real process against the fake server --------------------------------------------------------


@pytest_asyncio.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(FakeTelegram())
    await server.start()
    yield server
    await server.stop()
    assert_clean(server.tg)


@dataclass
class BotProcess:
    proc: asyncio.subprocess.Process
    out_path: Path
    err_path: Path
    started: float = field(default_factory=time.monotonic)

    def output(self) -> str:
        return self.out_path.read_text(errors="replace") + self.err_path.read_text(errors="replace")

    def alive(self) -> None:
        if self.proc.returncode is not None:
            raise AssertionError(f"the bot exited with {self.proc.returncode}:\n{self.output()[-4000:]}")

    async def stop(self, sig: int = signal.SIGTERM, within: float = 10.0) -> tuple[int, float]:
        """Sends ``sig`` and returns (exit code, seconds it took to exit)."""
        begin = time.monotonic()
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            code = await asyncio.wait_for(self.proc.wait(), within)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise AssertionError(f"the bot did not stop within {within} s:\n{self.output()[-4000:]}") from None
        return code, time.monotonic() - begin


def log_paths(workdir: Path) -> tuple[Path, Path]:
    workdir.mkdir(parents=True, exist_ok=True)
    return workdir / "stdout.log", workdir / "stderr.log"


async def start_bot(
    workdir: Path,
    api_url: str,
    kb: Path,
    *args: str,
    env: dict[str, str] | None = None,
    token: str = TOKEN,
) -> BotProcess:
    """``python -m bot run`` in its own working directory (so no developer .env is read)."""
    out_path, err_path = log_paths(workdir)
    environ = {k: v for k, v in os.environ.items() if k not in SETTING_VARS}
    environ.update(
        {
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_API_URL": api_url,
            "KNOWLEDGE_DIR": str(kb),
            "ADMIN_IDS": f"{ADMIN_ID}, 4343",
            "LOG_LEVEL": "DEBUG",  # the most verbose level, to prove the token never reaches a log line
            **(env or {}),
        }
    )
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", *args, cwd=workdir, env=environ, stdout=out, stderr=err
        )
    return BotProcess(proc, out_path, err_path)


@contextlib.asynccontextmanager
async def serving(api: FakeBotApi, bot: BotProcess, stop_within: float | None = None) -> AsyncIterator[None]:
    """The bot from its first poll to a clean stop (exit 0, within ``stop_within`` seconds when given);
    killed, and the fake API stopped, whatever happened, so that no test leaves a process behind."""
    try:
        await api.wait_for(lambda: "getUpdates" in api.tg.methods(), 20, "the first getUpdates", bot.alive)
        yield
        code, seconds = await bot.stop()
        assert code == 0
        if stop_within is not None:
            assert seconds < stop_within
    finally:
        if bot.proc.returncode is None:
            bot.proc.kill()
            await bot.proc.wait()
        await api.stop()


@pytest_asyncio.fixture
async def polling_bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[tuple[FakeBotApi, BotProcess, Path]]:
    """A running bot in long-polling mode on a private copy of the fixture base."""
    kb = copy_kb(tmp_path / "kb")
    bot = await start_bot(tmp_path / "run", api.url, kb)
    try:
        await api.wait_for(lambda: "getUpdates" in api.tg.methods(), 20, "the first getUpdates", bot.alive)
        yield api, bot, kb
    finally:
        if bot.proc.returncode is None:
            await bot.stop()
        assert TOKEN not in bot.output()
