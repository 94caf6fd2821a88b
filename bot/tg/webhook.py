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
from typing import Any

import tornado.web
from telegram.ext import Application
from tornado.httpserver import HTTPServer

from bot.tg.poison import RecentIds, parse_update
from bot.tg.settings import HEALTH_PATH
from bot.tg.state import AnswererState

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024
"""Updates are a few kilobytes; refusing larger bodies early costs nothing and limits abuse."""


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
    def initialize(self, bot_app: Application, secret: str, recent: RecentIds) -> None:  # type: ignore[type-arg,override]
        self.bot_app = bot_app
        self.secret = secret.encode()
        self.recent = recent

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
        update = parse_update(data, self.bot_app.bot)
        if update is None:  # a poison update: 200, or Telegram would deliver it again and again
            self.reply(200, {"ok": True})
            return
        if not self.recent.add(update.update_id):
            log.info("update %d delivered again: already taken, not answered twice", update.update_id)
            self.reply(200, {"ok": True})
            return
        # Queue and return at once: Telegram waits for this response before sending more updates.
        await self.bot_app.update_queue.put(update)
        self.reply(200, {"ok": True})


class HealthHandler(_JsonHandler):
    def initialize(self, bot_app: Application, state: AnswererState) -> None:  # type: ignore[type-arg,override]
        self.bot_app = bot_app
        self.state = state

    def get(self) -> None:
        kb = self.state.current.kb
        running = self.bot_app.running
        self.reply(
            200 if running else 503,
            {
                "status": "ok" if running else "stopping",
                "facts": len(kb.facts),
                "sources": len(kb.sources),
                "hash": kb.content_hash,
                "loaded_at": kb.loaded_at.isoformat(timespec="seconds"),
            },
        )

    def head(self) -> None:
        self.set_status(200 if self.bot_app.running else 503)
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
    ) -> None:
        self.listen, self.port = listen, port
        self.recent = RecentIds()
        self.app = tornado.web.Application(
            [
                (path, UpdateHandler, {"bot_app": application, "secret": secret, "recent": self.recent}),
                (HEALTH_PATH, HealthHandler, {"bot_app": application, "state": state}),
            ],
        )
        self.server: HTTPServer | None = None

    def start(self) -> None:
        # xheaders: behind a load balancer, log the client's address, not the balancer's.
        self.server = HTTPServer(self.app, xheaders=True, max_body_size=MAX_BODY)
        self.server.listen(self.port, address=self.listen)
        log.info("webhook server listening on %s:%d", self.listen, self.port)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            await self.server.close_all_connections()
            self.server = None
