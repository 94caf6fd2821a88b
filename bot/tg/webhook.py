"""The webhook HTTP server: Telegram's updates in, a health endpoint for load balancers.

python-telegram-bot's own ``run_webhook`` serves only the update path, and a load balancer needs a
health check on every replica, so this is a small tornado app (tornado comes with the ``webhooks``
extra) that does both and feeds the Application's update queue exactly as the built-in server does.
Every update request must carry the secret given to setWebhook; anything else gets 403, so a
stranger who finds the URL cannot make the bot talk.
"""

from __future__ import annotations

import hmac
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import tornado.web
from telegram.ext import Application
from tornado import iostream
from tornado.httpserver import HTTPServer

from bot.tg.drain import Tracker
from bot.tg.poison import RecentIds, clean_text, may_hold_surrogates, parse_update
from bot.tg.settings import HEALTH_PATH

if TYPE_CHECKING:
    from bot.tg.settings import Settings
from bot.tg.state import AnswererState

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024
"""Updates are a few kilobytes; refusing larger bodies early costs nothing and limits abuse."""
MAX_HEADERS = 16 * 1024


@dataclass(frozen=True)
class WebhookLimits:
    """What one client can hold: a connection idle (or still sending its headers) at most
    ``idle_seconds``, a body at most ``body_seconds``, and ``max_connections`` at once (beyond it a
    new connection is closed at once, so the process never runs out of file descriptors)."""

    max_connections: int = 500
    idle_seconds: float = 30.0
    body_seconds: float = 10.0
    stall_seconds: float = 60.0

    @classmethod
    def of(cls, settings: Settings) -> WebhookLimits:
        return cls(
            settings.webhook_max_connections,
            settings.webhook_idle_seconds,
            settings.webhook_body_seconds,
            settings.health_stall_seconds,
        )


def _access_log(handler: tornado.web.RequestHandler) -> None:
    """tornado logs every 5xx at ERROR; a 503 while stopping or busy is the bot doing its job."""
    status = handler.get_status()
    request = handler.request
    level = logging.WARNING if status >= 500 and status != 503 else logging.DEBUG
    log.log(level, "%d %s %s (%s)", status, request.method, request.path, request.remote_ip)


class _CappedServer(HTTPServer):
    def initialize(self, *args: Any, max_connections: int = 500, **kwargs: Any) -> None:  # type: ignore[override]
        super().initialize(*args, **kwargs)
        self.max_connections = max_connections
        self.refused = 0

    def handle_stream(self, stream: iostream.IOStream, address: tuple[Any, ...]) -> None:
        if len(self._connections) >= self.max_connections:
            self.refused += 1
            if self.refused in (1, 10, 100) or self.refused % 1000 == 0:
                log.warning(
                    "webhook: %d connection(s) refused over the limit of %d", self.refused, self.max_connections
                )
            stream.close()
            return
        super().handle_stream(stream, address)


class _JsonHandler(tornado.web.RequestHandler):
    def reply(self, status: int, payload: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        # tornado's default error page is HTML and, with debug on, a traceback; neither belongs here.
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"ok": False, "error": self._reason}))


class UpdateHandler(_JsonHandler):
    def initialize(self, bot_app: Application, secret: str, recent: RecentIds, tracker: Tracker) -> None:  # type: ignore[type-arg,override]
        self.bot_app = bot_app
        self.secret = secret.encode()
        self.recent = recent
        self.tracker = tracker

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        # compare_digest: the time taken must not tell an attacker how much of the secret matched.
        if not hmac.compare_digest(given, self.secret):
            log.warning("webhook request without the right secret token from %s: refused", self.request.remote_ip)
            self.reply(403, {"ok": False, "error": "forbidden"})
            return
        try:
            data = json.loads(self.request.body)
        except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            # Only Telegram knows the secret, so this is a bug or an API change: say so, do not crash.
            log.warning("webhook request that is not an update: refused")
            self.reply(400, {"ok": False, "error": "malformed update"})
            return
        if may_hold_surrogates(self.request.body):
            data = clean_text(data)
        update = parse_update(data, self.bot_app.bot)
        if update is None:  # a poison update: 200, or Telegram would deliver it again and again
            self.reply(200, {"ok": True})
            return
        if self.tracker.stopping or self.tracker.full or not self.bot_app.running:
            # Not taken: Telegram delivers it again, to this replica later or to another one now.
            self.reply(503, {"ok": False, "error": "stopping" if self.tracker.stopping else "busy"})
            return
        if not self.recent.add(update.update_id):
            log.info("update %d delivered again: already taken, not answered twice", update.update_id)
            self.reply(200, {"ok": True})
            return
        # Queue and return at once: Telegram waits for this response before sending more updates.
        self.tracker.accept(update.update_id)
        await self.bot_app.update_queue.put(update)
        self.reply(200, {"ok": True})


class HealthHandler(_JsonHandler):
    def initialize(self, bot_app: Application, state: AnswererState, tracker: Tracker, stall: float) -> None:  # type: ignore[type-arg,override]
        self.bot_app = bot_app
        self.state = state
        self.tracker = tracker
        self.stall = stall

    def status(self) -> str:
        if not self.bot_app.running or self.tracker.stopping:
            return "stopping"
        if self.tracker.stalled(self.stall):
            return "stalled"  # updates are waiting and none was answered for a while
        return "ok"

    def get(self) -> None:
        kb = self.state.current.kb
        status = self.status()
        self.reply(
            200 if status == "ok" else 503,
            {
                "status": status,
                "facts": len(kb.facts),
                "sources": len(kb.sources),
                "hash": kb.content_hash,
                "loaded_at": kb.loaded_at.isoformat(timespec="seconds"),
            },
        )

    def head(self) -> None:
        self.set_status(200 if self.status() == "ok" else 503)
        self.finish()


class WebhookServer:
    """Listens on ``listen:port``: POST ``path`` takes updates, GET /healthz reports health."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        state: AnswererState,
        secret: str,
        path: str,
        listen: str,
        port: int,
        tracker: Tracker | None = None,
        limits: WebhookLimits | None = None,
    ) -> None:
        self.listen, self.port = listen, port
        self.limits = limits or WebhookLimits()
        self.tracker = tracker or Tracker()
        self.recent = RecentIds()
        self.app = tornado.web.Application(
            log_function=_access_log,
            handlers=[
                (
                    path,
                    UpdateHandler,
                    {"bot_app": application, "secret": secret, "recent": self.recent, "tracker": self.tracker},
                ),
                (
                    HEALTH_PATH,
                    HealthHandler,
                    {
                        "bot_app": application,
                        "state": state,
                        "tracker": self.tracker,
                        "stall": self.limits.stall_seconds,
                    },
                ),
            ],
        )
        self.server: _CappedServer | None = None

    def start(self) -> None:
        # xheaders: behind a load balancer, log the client's address, not the balancer's.
        limits = self.limits
        self.server = _CappedServer(
            self.app,
            xheaders=True,
            max_body_size=MAX_BODY,
            max_header_size=MAX_HEADERS,
            idle_connection_timeout=limits.idle_seconds,
            body_timeout=limits.body_seconds,
            max_connections=limits.max_connections,
        )
        self.server.listen(self.port, address=self.listen)
        log.info("webhook server listening on %s:%d", self.listen, self.port)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            await self.server.close_all_connections()
            self.server = None
