"""Logging: the token and configured secrets are masked in every record on every handler."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator

import pytest

from bot.tg.logs import MASK, SecretFilter, setup_logging
from tests.tg.telegram_fake import TOKEN

OTHER_TOKEN = "123456789:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789_-"


@pytest.fixture
def root_logging() -> Iterator[None]:
    """setup_logging rewires the root logger; put pytest's handlers back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    yield
    logging.captureWarnings(False)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name, value in levels.items():
        logging.getLogger(name).setLevel(value)


def render(record: logging.LogRecord, secret_filter: SecretFilter) -> str:
    assert secret_filter.filter(record)
    return logging.Formatter("%(message)s").format(record)


def make_record(msg: str, *args: object, exc_info: object = None) -> logging.LogRecord:
    return logging.LogRecord("httpx", logging.INFO, __file__, 1, msg, args, exc_info)  # type: ignore[arg-type]


def test_filter_masks_tokens_in_message_arguments_and_tracebacks():
    secret_filter = SecretFilter([TOKEN, "webhook-secret"])
    url = f"https://api.telegram.org/bot{TOKEN}/getMe"
    assert render(make_record("POST %s", url), secret_filter) == f"POST https://api.telegram.org/bot{MASK}/getMe"
    assert MASK in render(make_record(f"any token {OTHER_TOKEN} too"), secret_filter)
    assert OTHER_TOKEN not in render(make_record(f"any token {OTHER_TOKEN} too"), secret_filter)
    assert render(make_record("secret=%s", "webhook-secret"), secret_filter) == f"secret={MASK}"
    try:
        raise ValueError(f"failed on {url}")
    except ValueError:
        import sys

        text = render(make_record("boom", exc_info=sys.exc_info()), secret_filter)
    assert "Traceback" in text
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text


def test_filter_survives_a_bad_format_string():
    text = render(make_record(f"{TOKEN} %s %s", "only one"), SecretFilter([TOKEN]))
    assert TOKEN not in text


def test_setup_puts_the_filter_on_every_handler_and_quiets_http_logs(root_logging, capsys):
    setup_logging("DEBUG", [TOKEN])
    root = logging.getLogger()
    assert root.handlers
    assert all(any(isinstance(f, SecretFilter) for f in h.filters) for h in root.handlers)
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() == logging.WARNING
    logging.getLogger("telegram.ext.Updater").debug("polling %s", f"/bot{TOKEN}/getUpdates")
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    warnings.warn(f"a library warning about {TOKEN}", UserWarning, stacklevel=1)
    err = capsys.readouterr().err
    assert f"/bot{MASK}/getUpdates" in err
    assert "HTTP Request" not in err
    assert "a library warning about" in err
    assert TOKEN not in err


def test_a_handler_added_with_the_filter_masks_records_from_any_logger():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(SecretFilter([TOKEN]))
    logger = logging.getLogger("tests.tg.logs.child")
    logger.addHandler(handler)
    try:
        logger.error("token %s", TOKEN)
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue().strip() == f"token {MASK}"


def test_the_libraries_suppressed_shutdown_cleanup_error_is_a_one_line_warning(root_logging, capsys):
    setup_logging("DEBUG")
    logger = logging.getLogger("telegram.ext.Updater")
    try:
        raise TimeoutError("the Bot API did not answer")
    except TimeoutError:
        logger.exception(
            "Error while calling `get_updates` one more time to mark all fetched updates. Suppressing error "
            "to ensure graceful shutdown."
        )
    logger.error("something else failed")
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "WARNING telegram.ext.Updater: at shutdown, marking the fetched updates as read failed (TimeoutError)" in err
    assert "ERROR telegram.ext.Updater: something else failed" in err
