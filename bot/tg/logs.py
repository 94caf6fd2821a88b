"""Logging for the bot process: readable, quiet about HTTP, and unable to print a bot token.

The token is the bot's password and it sits in every Bot API URL (``/bot<token>/<method>``), so any
library that logs a URL or an exception leaks it. httpx and httpcore are held at WARNING (at INFO
httpx logs every request URL), and a filter on every handler masks anything shaped like a token, and
the configured secrets verbatim, in the message, its arguments, tracebacks and stack traces.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

TOKEN_PATTERN = re.compile(r"\d+:[A-Za-z0-9_-]{30,}")
MASK = "<redacted>"
QUIET_LOGGERS = ("httpx", "httpcore", "tornado.access", "hpack")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SecretFilter(logging.Filter):
    """Rewrites every record so that it no longer contains a token or a configured secret.

    Attached to handlers rather than loggers: a logger's filters do not see records propagated from
    its children, a handler's filters see every record it is about to write.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._formatter = logging.Formatter()

    def mask(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return TOKEN_PATTERN.sub(MASK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the pieces, masked, rather than let logging print them raw
            message = f"{record.msg!s} {record.args!r}"
        record.msg = self.mask(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            # Formatters reuse exc_text when it is set, so the raw traceback is never rendered.
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


SHUTDOWN_CLEANUP = "Error while calling `get_updates` one more time"
"""How python-telegram-bot reports that its last ``getUpdates`` at shutdown (marking fetched updates as
read) failed, which it suppresses: the updates are fetched again by the next process."""


class ShutdownCleanupFilter(logging.Filter):
    """Turns python-telegram-bot's suppressed shutdown clean-up error into a one-line warning.

    The library logs it with ``exception()``, so a slow Bot API at SIGTERM put a traceback in the log of
    a bot that stopped cleanly and lost nothing; what an admin needs is the line that says so.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram.ext") and str(record.msg).startswith(SHUTDOWN_CLEANUP):
            error = record.exc_info[1] if record.exc_info else None
            record.msg = (
                "at shutdown, marking the fetched updates as read failed"
                f"{f' ({type(error).__name__})' if error else ''}; the next start fetches them again"
            )
            record.args = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
        return True


def setup_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> SecretFilter:
    """Configures the root logger (stderr) and puts the secret filter on every handler it has."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    secret_filter = SecretFilter(secrets)
    for each in root.handlers:
        each.addFilter(ShutdownCleanupFilter())  # before the secret filter renders any traceback
        each.addFilter(secret_filter)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    # Library warnings (PTBUserWarning and the like) go through logging too, and so through the filter.
    logging.captureWarnings(True)
    return secret_filter
