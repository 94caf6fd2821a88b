"""Assembling the Application and the ``run`` entry point's exit codes (in process)."""

from __future__ import annotations

import signal

import pytest
from telegram.ext import AIORateLimiter, CallbackQueryHandler, InlineQueryHandler, MessageHandler

from bot.settings import Settings
from bot.tg import app as app_module
from bot.tg.app import ALLOWED_UPDATES, build_application, handlers_of, run, state_of
from bot.tg.state import AnswererState
from tests.tg.telegram_fake import TOKEN


def test_build_application_points_the_bot_at_the_configured_api_root(settings: Settings):
    settings = settings.model_copy(update={"telegram_api_url": "http://127.0.0.1:8081"})
    application = build_application(settings)
    assert application.bot.base_url == f"http://127.0.0.1:8081/bot{TOKEN}"
    assert application.bot.base_file_url == f"http://127.0.0.1:8081/file/bot{TOKEN}"
    assert isinstance(application.bot.rate_limiter, AIORateLimiter)
    assert isinstance(state_of(application), AnswererState)
    assert len(state_of(application).current.kb.facts) == 6
    kinds = [type(h) for h in application.handlers[0]]
    assert kinds.count(MessageHandler) == 2  # text (questions and commands) and non-text
    assert CallbackQueryHandler in kinds
    assert InlineQueryHandler in kinds
    assert application.error_handlers
    assert ALLOWED_UPDATES == ["message", "callback_query", "inline_query"]


def test_build_application_takes_a_given_answerer(settings: Settings, fixture_answerer):
    application = build_application(settings, answerer=fixture_answerer)
    assert state_of(application).current is fixture_answerer


@pytest.mark.parametrize(
    ("env", "webhook", "message"),
    [
        ({}, False, "pactbot: TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "nope"}, False, "pactbot: TELEGRAM_BOT_TOKEN does not look like a bot token"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "ADMIN_IDS": "1;2"}, False, "pactbot: ADMIN_IDS: expected comma-separated"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "LOUD"}, False, "pactbot: LOG_LEVEL: Input should be"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "ftp://x"}, False, "pactbot: TELEGRAM_API_URL: expected"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN}, True, "pactbot: WEBHOOK_URL is required in webhook mode"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://b.example/t"},
            False,
            "pactbot: WEBHOOK_SECRET is required",
        ),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "a b"}, False, "pactbot: WEBHOOK_SECRET must be"),
    ],
)
def test_run_reports_a_bad_setting_in_one_line_with_exit_code_2(clean_env, monkeypatch, capsys, env, webhook, message):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    assert run(webhook=webhook) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith(message)
    assert {sig: signal.getsignal(sig) for sig in before} == before  # run() leaves the process as it found it


def test_the_cli_run_command_uses_this_entry_point(monkeypatch):
    from bot import cli

    calls = []
    monkeypatch.setattr(app_module, "run", lambda webhook: calls.append(webhook) or 0)
    assert cli.main(["run", "--webhook"]) == 0
    assert calls == [True]


def test_rate_limiting_can_be_left_out_for_load_tests(settings: Settings):
    assert build_application(settings, rate_limit=False).bot.rate_limiter is None


def test_flood_control_and_the_unanswered_log_follow_the_settings(settings: Settings, tmp_path):
    settings = settings.model_copy(
        update={"flood_max_messages": 3, "flood_window_seconds": 5.0, "unanswered_log": tmp_path / "u.jsonl"}
    )
    handlers = handlers_of(build_application(settings))
    assert (handlers.flood.max_messages, handlers.flood.window) == (3, 5.0)
    assert (handlers.inline_flood.max_messages, handlers.inline_flood.window) == (12, 5.0)
    log = handlers.curation.unanswered
    assert log is not None
    assert log.path == tmp_path / "u.jsonl"
    assert log.user_key(1) is not None  # a salt is always set: a random one when UNANSWERED_SALT is empty
    off = settings.model_copy(update={"unanswered_log": None, "flood_max_messages": 0})
    handlers = handlers_of(build_application(off))
    assert handlers.curation.unanswered is None
    assert not handlers.flood.enabled
    assert not handlers.inline_flood.enabled
