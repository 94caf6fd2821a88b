"""Configuration from the environment and a ``.env`` file, validated before anything starts.

The one place settings are read: every command (``run``, ``ask``, ``chat``, ``check``,
``unanswered``) calls ``load_settings`` and nothing else reads ``os.environ`` or ``.env`` for a
setting. Environment variables win over ``.env``, which is read from the working directory. This
module imports pydantic-settings only, never python-telegram-bot, so the console commands stay fast.

A bot that starts with a bad setting fails later and obscurely (a 404 from Telegram, a webhook that
never receives anything), so every setting is checked up front and a problem is reported as one
plain line that never contains the token itself. The token is optional here: only ``run`` needs it
(``load_settings(require_token=True)``).
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.knowledge import default_knowledge_dir

TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{30,}$")
"""A bot token as @BotFather issues it: the bot's numeric id, a colon, then the secret part."""
WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
"""Telegram's own rule for setWebhook's secret_token."""
HEALTH_PATH = "/healthz"
_PROCESS_SALT = secrets.token_hex(16)
"""The salt for hashing user ids when UNANSWERED_SALT is not set: new at every start, never stored."""

MISSING_TOKEN = "TELEGRAM_BOT_TOKEN is not set (get one from @BotFather and set it in the environment or .env)"
PERSISTENCE_FILE = "persistence.pickle"

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class ConfigError(Exception):
    """A setting is missing or wrong; the message is one line meant for the operator."""


class Settings(BaseSettings):
    """Every setting the bot reads. Field names are the environment variable names."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        case_sensitive=False,
        frozen=True,
    )

    telegram_bot_token: SecretStr | None = None
    admin_ids: str = ""
    knowledge_dir: Path | None = None
    telegram_api_url: str = "https://api.telegram.org"
    log_level: LogLevel = "INFO"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_path: str = "/telegram"
    flood_max_messages: int = Field(default=30, ge=0, le=10_000)
    flood_window_seconds: float = Field(default=60.0, gt=0, le=86_400)
    unanswered_log: Path | None = Path("data") / "unanswered.jsonl"
    unanswered_max_bytes: int = Field(default=1_000_000, ge=1_024)
    unanswered_salt: SecretStr | None = None
    data_dir: Path = Path("data")
    # Faults (bot.tg.sending, bot.tg.app, bot.tg.webhook): retries, start-up, drain, webhook limits.
    send_retries: int = Field(default=4, ge=0, le=20)
    send_backoff_seconds: float = Field(default=0.5, gt=0, le=60)
    send_max_retry_after_seconds: float = Field(default=60.0, ge=0, le=3600)
    startup_retry_seconds: float = Field(default=60.0, ge=0, le=3600)
    drain_timeout_seconds: float = Field(default=60.0, ge=0, le=3600)
    max_pending_updates: int = Field(default=1500, ge=1, le=1_000_000)
    health_stall_seconds: float = Field(default=60.0, gt=0, le=3600)
    webhook_max_connections: int = Field(default=500, ge=1, le=100_000)
    webhook_idle_seconds: float = Field(default=30.0, gt=0, le=3600)
    webhook_body_seconds: float = Field(default=10.0, gt=0, le=3600)
    context_ttl_seconds: float = Field(default=900.0, gt=0, le=86_400)
    context_max_chats: int = Field(default=100_000, ge=1, le=10_000_000)

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        token = value.get_secret_value().strip()
        if not TOKEN_RE.match(token):
            # The message must not echo the value: it is a secret even when malformed.
            raise ValueError("does not look like a bot token (digits, a colon, then the secret from @BotFather)")
        return SecretStr(token)

    @field_validator("admin_ids")
    @classmethod
    def _admin_ids(cls, value: str) -> str:
        items = [item for item in re.split(r"[,\s]+", value.strip()) if item]
        for item in items:
            if not re.fullmatch(r"-?\d{1,20}", item):
                raise ValueError(f"expected comma-separated Telegram user ids, got {item!r}")
        return ",".join(items)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("telegram_api_url")
    @classmethod
    def _api_root(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
            raise ValueError("expected an http(s) URL such as https://api.telegram.org")
        if value.endswith("/bot"):
            raise ValueError("give the API root without /bot (the bot adds /bot<token>/<method> itself)")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"https?://\S+", value.strip()):
            raise ValueError("expected the public https URL Telegram should post updates to")
        return value.strip() if value else None

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not WEBHOOK_SECRET_RE.match(value.get_secret_value()):
            raise ValueError("must be 1-256 characters from A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return value

    @field_validator("unanswered_log", mode="before")
    @classmethod
    def _log_off(cls, value: object) -> object:
        """UNANSWERED_LOG=off turns the log of declined questions off."""
        return None if isinstance(value, str) and value.strip().lower() in {"off", "none", "false", "0"} else value

    @field_validator("unanswered_salt")
    @classmethod
    def _salt(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().strip()) < 16:
            raise ValueError("must be at least 16 characters (or empty: a random salt at every start)")
        return SecretStr(value.get_secret_value().strip()) if value is not None else None

    @field_validator("webhook_path")
    @classmethod
    def _webhook_path(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith("/") or value == HEALTH_PATH or any(ch.isspace() for ch in value):
            raise ValueError(f"must start with / and differ from the health endpoint {HEALTH_PATH}")
        return value

    @property
    def token(self) -> str:
        """The bot token; ConfigError when it is not set (only ``run`` needs it)."""
        if self.telegram_bot_token is None:
            raise ConfigError(MISSING_TOKEN)
        return self.telegram_bot_token.get_secret_value()

    @property
    def has_token(self) -> bool:
        return self.telegram_bot_token is not None

    @property
    def knowledge(self) -> Path:
        """KNOWLEDGE_DIR, else the shipped fact base."""
        return self.knowledge_dir if self.knowledge_dir is not None else default_knowledge_dir()

    @property
    def persistence_file(self) -> Path:
        """Where the bot keeps what people chose (their reply language), under DATA_DIR."""
        return self.data_dir / PERSISTENCE_FILE

    @property
    def admins(self) -> frozenset[int]:
        return frozenset(int(item) for item in self.admin_ids.split(",") if item)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never reach a log line."""
        found = [self.token] if self.has_token else []
        if self.webhook_secret is not None:
            found.append(self.webhook_secret.get_secret_value())
        if self.unanswered_salt is not None:
            found.append(self.unanswered_salt.get_secret_value())
        return tuple(found)

    def salt(self) -> str:
        """UNANSWERED_SALT, or when it is empty a random one for this process: hashed user ids can
        then be told apart within one run but not across restarts, and are never stored in clear."""
        if self.unanswered_salt is not None:
            return self.unanswered_salt.get_secret_value()
        return _PROCESS_SALT

    def webhook_mode(self, requested: bool) -> bool:
        """``--webhook`` or a configured WEBHOOK_URL selects webhook mode."""
        return requested or self.webhook_url is not None

    def check_webhook(self) -> None:
        """Webhook mode cannot work without a public URL, and must not run without a secret:
        anyone who finds the URL could otherwise post forged updates."""
        if self.webhook_url is None:
            raise ConfigError("WEBHOOK_URL is required in webhook mode (the public https URL Telegram posts to)")
        if self.webhook_secret is None:
            raise ConfigError("WEBHOOK_SECRET is required in webhook mode (1-256 characters: A-Z a-z 0-9 _ -)")


class BotSettings(Settings):
    """The same settings with the token required: what ``run`` reads, so that a missing token is
    reported together with any other problem."""

    telegram_bot_token: SecretStr  # type: ignore[assignment]


def _describe(exc: ValidationError) -> str:
    """One line naming each bad variable, without echoing any input value (it may be the token)."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False):
        name = str(err["loc"][0]).upper() if err["loc"] else "settings"
        if err["type"] == "missing":
            parts.append(MISSING_TOKEN if name == "TELEGRAM_BOT_TOKEN" else f"{name} is not set")
            continue
        message = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{name} {message}" if message.startswith(("does ", "must ")) else f"{name}: {message}")
    return "; ".join(parts)


def load_settings(env_file: Path | str | None = ".env", *, require_token: bool = False) -> Settings:
    """Reads the settings or raises ConfigError with one line saying what is wrong; with
    ``require_token`` (the bot itself), a missing token is one of the things wrong."""
    kind = BotSettings if require_token else Settings
    try:
        return kind(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None
    except Exception as exc:  # pydantic-settings' own parse errors (SettingsError)
        raise ConfigError(f"cannot read the settings: {str(exc).splitlines()[0]}") from None
