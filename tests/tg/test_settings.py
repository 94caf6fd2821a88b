"""Settings: every variable read from the environment or .env, checked, and reported in one line
that never contains the token."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.tg.settings import ConfigError, Settings, load_settings
from tests.tg.telegram_fake import TOKEN


@pytest.fixture(autouse=True)
def _isolated(clean_env: Path) -> None:
    """No developer environment or .env leaks in (clean_env also moves into an empty directory)."""


def test_defaults_with_only_a_token(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    settings = load_settings()
    assert settings.token == TOKEN
    assert settings.admins == frozenset()
    assert settings.knowledge_dir is None
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.log_level == "INFO"
    assert settings.webhook_url is None
    assert (settings.webhook_listen, settings.webhook_port, settings.webhook_path) == ("0.0.0.0", 8080, "/telegram")
    assert settings.webhook_mode(False) is False
    assert settings.webhook_mode(True) is True


def test_every_variable_from_a_dotenv_file(clean_env: Path):
    (clean_env / ".env").write_text(
        "\n".join(
            [
                f"TELEGRAM_BOT_TOKEN={TOKEN}",
                "ADMIN_IDS=1, 22 ,333",
                "KNOWLEDGE_DIR=/srv/knowledge",
                "TELEGRAM_API_URL=http://127.0.0.1:8081/",
                "LOG_LEVEL=debug",
                "WEBHOOK_URL=https://bot.example.org/telegram",
                "WEBHOOK_SECRET=s3cret-Value_1",
                "WEBHOOK_LISTEN=127.0.0.1",
                "WEBHOOK_PORT=8443",
                "WEBHOOK_PATH=/tg",
                "SOMETHING_ELSE=ignored",
                "",
            ]
        )
    )
    settings = load_settings()
    assert settings.admins == frozenset({1, 22, 333})
    assert settings.knowledge_dir == Path("/srv/knowledge")
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.log_level == "DEBUG"
    assert settings.webhook_mode(False) is True  # WEBHOOK_URL alone selects webhook mode
    settings.check_webhook()
    assert (settings.webhook_listen, settings.webhook_port, settings.webhook_path) == ("127.0.0.1", 8443, "/tg")
    assert settings.secrets == (TOKEN, "s3cret-Value_1")


def test_environment_wins_over_dotenv_and_empty_values_count_as_unset(clean_env: Path, monkeypatch):
    (clean_env / ".env").write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nLOG_LEVEL=ERROR\nWEBHOOK_URL=\n")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    settings = load_settings()
    assert settings.log_level == "WARNING"
    assert settings.webhook_url is None


def test_the_token_never_shows_in_repr_or_errors(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert TOKEN not in repr(load_settings())
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:short-secret-value")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "short-secret-value" not in str(caught.value)
    assert str(caught.value).startswith("TELEGRAM_BOT_TOKEN does not look like a bot token")


def test_missing_token():
    with pytest.raises(ConfigError, match=r"^TELEGRAM_BOT_TOKEN is not set \(get one from @BotFather"):
        load_settings()


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("ADMIN_IDS", "42,alice", "ADMIN_IDS: expected comma-separated Telegram user ids, got 'alice'"),
        ("WEBHOOK_PORT", "70000", "WEBHOOK_PORT: Input should be less than or equal to 65535"),
        ("WEBHOOK_PORT", "http", "WEBHOOK_PORT: Input should be a valid integer"),
        ("LOG_LEVEL", "chatty", "LOG_LEVEL: Input should be 'DEBUG', 'INFO', 'WARNING', 'ERROR' or 'CRITICAL'"),
        ("TELEGRAM_API_URL", "api.telegram.org", "TELEGRAM_API_URL: expected an http(s) URL"),
        ("TELEGRAM_API_URL", "https://api.telegram.org/bot", "TELEGRAM_API_URL: give the API root without /bot"),
        ("WEBHOOK_URL", "bot.example.org", "WEBHOOK_URL: expected the public https URL"),
        ("WEBHOOK_SECRET", "no spaces allowed", "WEBHOOK_SECRET must be 1-256 characters"),
        ("WEBHOOK_PATH", "telegram", "WEBHOOK_PATH must start with /"),
        ("WEBHOOK_PATH", "/healthz", "WEBHOOK_PATH must start with / and differ from the health endpoint"),
    ],
)
def test_bad_settings_are_named_in_one_line(monkeypatch, name, value, message):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_several_problems_are_all_named_on_the_same_line(monkeypatch):
    monkeypatch.setenv("ADMIN_IDS", "x")
    monkeypatch.setenv("WEBHOOK_PORT", "y")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.count("; ") == 2
    for name in ("TELEGRAM_BOT_TOKEN", "ADMIN_IDS", "WEBHOOK_PORT"):
        assert name in message


def test_webhook_mode_needs_a_url_and_a_secret():
    settings = Settings(telegram_bot_token=TOKEN, _env_file=None)  # type: ignore[arg-type,call-arg]
    with pytest.raises(ConfigError, match="WEBHOOK_URL is required"):
        settings.check_webhook()
    settings = Settings(telegram_bot_token=TOKEN, webhook_url="https://x.example/t", _env_file=None)  # type: ignore[arg-type,call-arg]
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET is required"):
        settings.check_webhook()


def test_env_example_documents_every_setting_and_loads_once_the_token_is_filled_in(clean_env: Path):
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    lines = example.splitlines()
    names = [line.split("=", 1)[0] for line in lines if line and not line.startswith("#")]
    assert sorted(names) == sorted(name.upper() for name in Settings.model_fields)
    for index, line in enumerate(lines):
        if line and not line.startswith("#"):
            assert lines[index - 1].startswith("#"), f"{line} has no comment above it"
    (clean_env / ".env").write_text(example.replace("TELEGRAM_BOT_TOKEN=", f"TELEGRAM_BOT_TOKEN={TOKEN}"))
    settings = load_settings()
    assert settings.token == TOKEN
    assert settings.webhook_mode(False) is False


def test_flood_and_unanswered_defaults(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    settings = load_settings()
    assert (settings.flood_max_messages, settings.flood_window_seconds) == (30, 60.0)
    assert settings.unanswered_log == Path("data") / "unanswered.jsonl"
    assert settings.unanswered_max_bytes == 1_000_000
    assert settings.unanswered_salt is None


def test_without_a_salt_a_random_one_per_process_and_never_the_same_as_another_start(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    first = load_settings().salt()
    assert len(first) >= 32
    assert load_settings().salt() == first  # one per process ...
    code = "from bot.tg.settings import _PROCESS_SALT; print(_PROCESS_SALT)"
    root = str(Path(__file__).resolve().parents[2])  # this checkout's bot, not whichever one is installed
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    ).stdout.strip()
    assert other
    assert other != first  # ... and another at the next start


def test_flood_and_unanswered_from_the_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("FLOOD_MAX_MESSAGES", "0")
    monkeypatch.setenv("FLOOD_WINDOW_SECONDS", "12.5")
    monkeypatch.setenv("UNANSWERED_LOG", str(tmp_path / "u.jsonl"))
    monkeypatch.setenv("UNANSWERED_MAX_BYTES", "20000")
    monkeypatch.setenv("UNANSWERED_SALT", "  a-long-enough-salt-value  ")
    settings = load_settings()
    assert (settings.flood_max_messages, settings.flood_window_seconds) == (0, 12.5)
    assert settings.unanswered_log == tmp_path / "u.jsonl"
    assert settings.unanswered_max_bytes == 20_000
    assert settings.salt() == "a-long-enough-salt-value"
    assert "a-long-enough-salt-value" in settings.secrets  # masked in every log line, like the token
    assert "a-long-enough-salt-value" not in repr(settings)
    monkeypatch.setenv("UNANSWERED_LOG", "off")
    assert load_settings().unanswered_log is None


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("FLOOD_MAX_MESSAGES", "-1", "FLOOD_MAX_MESSAGES: Input should be greater than or equal to 0"),
        ("FLOOD_MAX_MESSAGES", "many", "FLOOD_MAX_MESSAGES: Input should be a valid integer"),
        ("FLOOD_WINDOW_SECONDS", "0", "FLOOD_WINDOW_SECONDS: Input should be greater than 0"),
        ("UNANSWERED_MAX_BYTES", "100", "UNANSWERED_MAX_BYTES: Input should be greater than or equal to 1024"),
        ("UNANSWERED_SALT", "short", "UNANSWERED_SALT must be at least 16 characters"),
    ],
)
def test_bad_flood_and_unanswered_settings_are_named_in_one_line(monkeypatch, name, value, message):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value).startswith(message)
    if name == "UNANSWERED_SALT":
        assert value not in str(caught.value)  # a secret, even when too short
