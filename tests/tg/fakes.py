"""The in-process transport: a ``telegram.request.BaseRequest`` that answers from a FakeTelegram.

python-telegram-bot sends every Bot API call through its request object, so swapping this in
exercises the bot's real code down to the serialized parameters (the same JSON-encoded form fields
httpx would post) without a socket.
"""

from __future__ import annotations

import json

from telegram.request import BaseRequest, RequestData

from tests.tg.telegram_fake import FakeTelegram, bad


class FakeRequest(BaseRequest):
    def __init__(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        head, _, api_method = url.rpartition("/")
        if not head.endswith(f"/bot{self.telegram.token}"):
            status, body = 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        elif method != "POST":
            status, body = 400, bad("only POST in this fake").payload()
        else:
            params = request_data.json_parameters if request_data else {}
            status, body = self.telegram.call(api_method, dict(params))
        return status, json.dumps(body).encode()
