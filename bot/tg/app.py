"""Building the Application and running it: long polling or webhook, stopped cleanly by signals.

``build_application`` is the one place the bot is assembled, so tests drive exactly what
production runs (with a fake transport in place of HTTP). ``run`` is what ``python -m bot run``
calls: it reads the settings, loads the fact base, and serves until SIGTERM or SIGINT.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable
from types import FrameType

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.answering import Answerer
from bot.context import Conversations
from bot.knowledge import KnowledgeError
from bot.models import LANGS
from bot.settings import ConfigError, Settings, load_settings
from bot.texts import ui
from bot.tg.curation import Curation
from bot.tg.drain import Tracker, TrackingProcessor, drain
from bot.tg.errors import on_error
from bot.tg.flood import INLINE_FLOOD_FACTOR, FloodControl
from bot.tg.handlers import ADMIN_COMMANDS, Handlers, menu
from bot.tg.logs import setup_logging
from bot.tg.persistence import make_persistence
from bot.tg.sending import ResilientRequest, RetryPolicy
from bot.tg.state import AnswererState
from bot.tg.webhook import WebhookLimits, WebhookServer
from bot.unanswered import UnansweredLog

log = logging.getLogger(__name__)

STATE_KEY = "state"
HANDLERS_KEY = "handlers"
REQUESTS_KEY = "requests"
TRACKER_KEY = "tracker"
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
"""Edited messages, channel posts and the rest are never answered, so they are not even fetched."""
POLL_TIMEOUT = 10
"""Long-poll seconds: short enough that a stop never waits long, long enough to stay idle cheaply."""
MAX_RETRIES = 3
"""AIORateLimiter retries a request Telegram refused with RetryAfter (flood control) this often."""
OVERALL_RATE = (1, 1 / 30)
"""Telegram allows about 30 messages per second overall. aiolimiter's bucket holds ``max_rate``
messages, so (30, 1) would let 30 go at once and 30 more within the same second; a bucket of one
refilled every 1/30 s keeps every one-second window at 30 or fewer."""
GROUP_RATE = (20, 60)
"""About 20 messages per minute in one group: the first 20 go at once, then one every 3 s."""
CONCURRENT_UPDATES = 64
"""Updates handled at once. Answering is quick; what takes time is waiting on Telegram (and on the
rate limiter), and one slow chat must not hold up the others."""
STOP_TIMEOUT = 8.0
"""Seconds a stop may take beyond the drain timeout (closing connections) before the bot exits."""
WATCH_INTERVAL = 2.0
"""Seconds between checks that polling is still alive."""
DEFAULTS = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
"""Every message is Telegram HTML, without link previews: answers cite several links, and a preview
of the first would bury the answer under one source."""


def state_of(application: Application) -> AnswererState:  # type: ignore[type-arg]
    state = application.bot_data[STATE_KEY]
    assert isinstance(state, AnswererState)
    return state


def handlers_of(application: Application) -> Handlers:  # type: ignore[type-arg]
    handlers = application.bot_data[HANDLERS_KEY]
    assert isinstance(handlers, Handlers)
    return handlers


def make_handlers(settings: Settings, state: AnswererState) -> Handlers:
    """The handlers with the configured flood control and log of declined questions."""
    if not settings.admins:
        log.warning(
            "ADMIN_IDS is empty: the admin commands (%s) are disabled", ", ".join(f"/{c}" for c in ADMIN_COMMANDS)
        )
    flood = FloodControl(settings.flood_max_messages, settings.flood_window_seconds)
    inline_flood = FloodControl(settings.flood_max_messages * INLINE_FLOOD_FACTOR, settings.flood_window_seconds)
    unanswered = None
    if settings.unanswered_log is not None:
        unanswered = UnansweredLog(
            settings.unanswered_log, max_bytes=settings.unanswered_max_bytes, salt=settings.salt()
        )
    conversations = Conversations(settings.context_ttl_seconds, settings.context_max_chats)
    return Handlers(
        state,
        settings.admins,
        flood=flood,
        inline_flood=inline_flood,
        curation=Curation(unanswered),
        conversations=conversations,
    )


async def set_commands(application: Application) -> None:  # type: ignore[type-arg]
    """The command menu (from the command table) in English — also the default for every other
    language — and in each language the bot speaks. A failure here is logged, not fatal: the bot
    answers without a menu too."""
    bot = application.bot
    for lang in (None, *LANGS):
        commands = [BotCommand(name, description) for name, description in menu(lang or LANGS[0])]
        try:
            await bot.set_my_commands(commands, language_code=lang)
        except TelegramError as exc:
            log.warning("could not set the command menu (%s): %s", lang or "default", exc)


async def set_descriptions(application: Application) -> None:  # type: ignore[type-arg]
    """The bot's profile: the description shown in an empty chat before the first message, and the
    short one on its profile page and in shared links, in English (the default) and in each language
    the bot speaks. Logged, not fatal, on failure."""
    bot = application.bot
    for lang in (None, *LANGS):
        text_lang = lang or LANGS[0]
        try:
            await bot.set_my_description(ui("help", text_lang), language_code=lang)
            await bot.set_my_short_description(ui("bot_short_description", text_lang), language_code=lang)
        except TelegramError as exc:
            log.warning("could not set the bot's description (%s): %s", lang or "default", exc)


async def on_start(application: Application) -> None:  # type: ignore[type-arg]
    """post_init: what Telegram shows of the bot before anyone talks to it."""
    await set_commands(application)
    await set_descriptions(application)


def build_application(
    settings: Settings,
    answerer: Answerer | None = None,
    request: BaseRequest | None = None,
    *,
    rate_limit: bool = True,
) -> Application:  # type: ignore[type-arg]
    """The bot, wired: settings, the fact base (loaded from KNOWLEDGE_DIR unless given), rate
    limiter, Defaults, persistence (DATA_DIR), flood control, handlers and error handler.
    ``request`` replaces the HTTP transport and ``rate_limit=False`` drops Telegram's pacing
    (tests that send a thousand messages)."""
    directory = settings.knowledge.resolve()
    state = AnswererState(answerer or Answerer.load(directory), directory)
    builder = ApplicationBuilder().token(settings.token)
    builder = builder.base_url(f"{settings.telegram_api_url}/bot").base_file_url(
        f"{settings.telegram_api_url}/file/bot"
    )
    if rate_limit:
        builder = builder.rate_limiter(
            AIORateLimiter(
                overall_max_rate=OVERALL_RATE[0],
                overall_time_period=OVERALL_RATE[1],
                group_max_rate=GROUP_RATE[0],
                group_time_period=GROUP_RATE[1],
                max_retries=MAX_RETRIES,
            )
        )
    tracker = Tracker(settings.max_pending_updates)
    builder = builder.defaults(DEFAULTS).concurrent_updates(TrackingProcessor(CONCURRENT_UPDATES, tracker))
    builder = builder.post_init(on_start)
    persistence = make_persistence(settings)
    if persistence is not None:
        builder = builder.persistence(persistence)
    # Every call goes through ResilientRequest (retries, fallbacks, poison updates set aside).
    policy = RetryPolicy(
        settings.send_retries, settings.send_backoff_seconds, 8.0, settings.send_max_retry_after_seconds
    )
    requests = (
        ResilientRequest(request or HTTPXRequest(connection_pool_size=256), policy),
        ResilientRequest(request or HTTPXRequest(connection_pool_size=1), policy),
    )
    requests[1].api = requests[0].api  # one view of the Bot API's health for both
    requests[1].tracker = tracker
    builder = builder.request(requests[0]).get_updates_request(requests[1])
    application = builder.build()
    application.bot_data[STATE_KEY] = state
    handlers = make_handlers(settings, state)
    application.bot_data[HANDLERS_KEY] = handlers
    application.bot_data[REQUESTS_KEY] = requests
    application.bot_data[TRACKER_KEY] = tracker
    handlers.register(application)
    application.add_error_handler(on_error)
    return application


class _Stopped(BaseException):
    """Raised by the early signal handler: a stop requested while the fact base was loading. A
    BaseException, like KeyboardInterrupt, so that no `except Exception` on the way swallows it."""


class _EarlySignals:
    """SIGTERM/SIGINT before the event loop installs its own handlers still mean a clean stop:
    while loading, by interrupting the load; after it, by remembering the request for ``serve``."""

    def __init__(self) -> None:
        self.requested = False
        self.interrupting = True

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True
        if self.interrupting:
            raise _Stopped(signal.Signals(signum).name)

    def install(self) -> dict[int, object]:
        """Installs itself; returns the handlers it replaced, for ``restore``."""
        return {sig: signal.signal(sig, self) for sig in (signal.SIGTERM, signal.SIGINT)}

    @staticmethod
    def restore(previous: dict[int, object]) -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]


async def serve(
    application: Application,  # type: ignore[type-arg]
    settings: Settings,
    webhook: bool,
    early: _EarlySignals | None = None,
) -> int:
    """Runs until SIGTERM or SIGINT; SIGHUP reloads the fact base (what /reload does, for operators)."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    state = state_of(application)

    def on_stop(sig: signal.Signals) -> None:
        log.info("%s received: stopping", sig.name)
        stop.set()

    async def reload_from_signal() -> None:
        outcome = await state.reload()
        log.info("SIGHUP reload: %s", "ok" if outcome.ok else f"failed with {len(outcome.problems)} problem(s)")

    tasks: set[asyncio.Task[None]] = set()

    def on_hup() -> None:
        task = loop.create_task(reload_from_signal())
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_stop, sig)
    if hasattr(signal, "SIGHUP"):
        loop.add_signal_handler(signal.SIGHUP, on_hup)
    if early is not None and early.requested:
        stop.set()

    fatal: list[str] = []

    def on_fatal(reason: str) -> None:
        if not fatal:
            log.error("the Bot API keeps refusing the token mid-run (%s): exiting so that the bot is restarted", reason)
        fatal.append(reason)
        stop.set()

    requests = application.bot_data[REQUESTS_KEY]
    requests[0].api.on_fatal = on_fatal
    if not await start_up(application, settings, stop):
        return 1

    server: WebhookServer | None = None
    code = 0
    try:
        if application.post_init is not None:  # what run_polling/run_webhook would do
            await application.post_init(application)
        await application.start()
        if webhook:
            assert settings.webhook_url is not None
            assert settings.webhook_secret is not None
            secret = settings.webhook_secret.get_secret_value()
            server = WebhookServer(
                application,
                state,
                secret,
                settings.webhook_path,
                settings.webhook_listen,
                settings.webhook_port,
                tracker=application.bot_data[TRACKER_KEY],
                limits=WebhookLimits.of(settings),
            )
            server.start()
            # Every replica sets the same URL and secret, so starting one more is harmless. If it
            # fails, keep serving: another replica (or the operator) may have set the webhook.
            try:
                await application.bot.set_webhook(
                    url=settings.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
                )
            except TelegramError as exc:
                log.error("could not set the webhook to %s: %s", settings.webhook_url, exc)
        else:
            assert application.updater is not None
            await application.updater.start_polling(timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES)
        log.info(
            "@%s is running (%s), serving %s",
            application.bot.username,
            "webhook" if webhook else "long polling",
            state.summary(),
        )
        await watch(application, stop, on_fatal, webhook)
        if fatal:
            code = 1
    except (OSError, TelegramError) as exc:
        log.error("could not start: %s", exc)
        code = 1
    finally:
        try:
            timeout = settings.drain_timeout_seconds
            await asyncio.wait_for(_shutdown(application, server, timeout, webhook), timeout + STOP_TIMEOUT)
        except TimeoutError:
            log.warning("stopping took over %.0f s; exiting without waiting for the rest", timeout + STOP_TIMEOUT)
        log.info("stopped")
    return code


async def start_up(application: Application, settings: Settings, stop: asyncio.Event) -> bool:  # type: ignore[type-arg]
    """Initializes the application (getMe), retrying with backoff for STARTUP_RETRY_SECONDS while the
    Bot API cannot be reached: a deploy during a Telegram hiccup should wait, not crash-loop. False
    when it never could (or a stop was requested meanwhile)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.startup_retry_seconds
    delay = 1.0
    while True:
        try:
            await application.initialize()
            return True
        except InvalidToken:  # 401, or 404 from a wrong TELEGRAM_API_URL: either way a setting to fix
            raise ConfigError(
                f"TELEGRAM_BOT_TOKEN was rejected by the Bot API at {settings.telegram_api_url} "
                "(check the token with @BotFather, and TELEGRAM_API_URL)"
            ) from None
        except TelegramError as exc:
            remaining = deadline - loop.time()
            if remaining <= 0 or stop.is_set():
                log.error("cannot reach the Bot API at %s: %s", settings.telegram_api_url, exc)
                return False
            wait = min(delay, remaining)
            log.warning(
                "cannot reach the Bot API at %s yet (%s); retrying in %.0f s", settings.telegram_api_url, exc, wait
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), wait)
            delay = min(delay * 2, 10.0)


async def watch(
    application: Application,  # type: ignore[type-arg]
    stop: asyncio.Event,
    on_fatal: Callable[[str], None],
    webhook: bool,
) -> None:
    """Waits for a stop; meanwhile checks that polling is still alive: python-telegram-bot's polling
    loop gives up for good on some errors, and a process that no longer polls must not look alive."""
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), WATCH_INTERVAL)
        if webhook or stop.is_set() or application.updater is None:
            continue
        task = getattr(application.updater, "_Updater__polling_task", None)
        if task is not None and task.done():
            on_fatal("polling stopped")


async def _shutdown(
    application: Application,  # type: ignore[type-arg]
    server: WebhookServer | None,
    drain_timeout: float,
    webhook: bool,
) -> None:
    """Stop taking updates, answer the ones taken (bot.tg.drain), then close connections. The
    webhook server keeps answering meanwhile: 503 for updates (Telegram delivers them again) and for
    /healthz (the balancer sends traffic elsewhere). In webhook mode the webhook is left set: other
    replicas behind the same URL keep serving."""
    tracker = application.bot_data[TRACKER_KEY]
    requests = application.bot_data[REQUESTS_KEY]
    confirm_from = None
    if not webhook:
        confirm_from = max(tracker.max_accepted + 1, requests[1].poison.skip_to)
    await drain(application, tracker, drain_timeout, confirm_from if tracker.max_accepted else None)
    if server is not None:
        await server.stop()
    if application.running:
        await application.stop()
    await application.shutdown()


def run(webhook: bool = False) -> int:
    """``python -m bot run``: 0 after a requested stop, 1 when the bot cannot start, 2 on bad settings."""
    early = _EarlySignals()
    previous = early.install()
    try:
        return _run(webhook, early)
    finally:
        _EarlySignals.restore(previous)


def _run(webhook: bool, early: _EarlySignals) -> int:
    try:
        try:
            settings = load_settings(require_token=True)
            use_webhook = settings.webhook_mode(webhook)
            if use_webhook:
                settings.check_webhook()
        except ConfigError as exc:
            print(f"pactbot: {exc}", file=sys.stderr)
            return 2
        setup_logging(settings.log_level, settings.secrets)
        log.info("loading the fact base from %s", settings.knowledge)
        try:
            application = build_application(settings)
        except KnowledgeError as exc:
            log.error("the fact base is not valid (%d problem(s)); run `python -m bot check`:", len(exc.problems))
            for problem in exc.problems:
                log.error("  %s", problem)
            return 1
        early.interrupting = False
    except _Stopped:
        return 0
    if early.requested:
        return 0
    try:
        return asyncio.run(serve(application, settings, use_webhook, early))
    except ConfigError as exc:
        print(f"pactbot: {exc}", file=sys.stderr)
        return 2
