"""A fake Telegram: the Bot API's semantics without the network, shared by both test transports.

``FakeTelegram.call(method, params)`` answers a Bot API call the way Telegram does — realistic JSON
(dates in seconds, entities in UTF-16 offsets, reply_to_message filled in) or a Telegram-style
error — and checks what the bot sends as Telegram would: HTML with only Telegram's tags, balanced,
entities valid, 1-4096 characters after parsing, buttons with callback_data of at most 64 bytes.
Every refusal caused by the bot's own output is also kept in ``violations`` so a test can assert
there were none. The in-process transport (``fakes.FakeRequest``) calls it directly; the HTTP
server (``fake_server``) puts it behind aiohttp with long polling and webhook delivery.

The tests also play the users: ``text``, ``press``, ``inline`` and friends build the updates Telegram
would deliver for what a user did.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TOKEN = "7000000001:AAHfakeTOKENforTESTSonly_0123456789-xyz"
BOT_ID = 7000000001
BOT_USERNAME = "PactTestBot"
TEXT_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64
INLINE_QUERY_LIMIT = 256
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120
DEFAULT_ALLOWED = {
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "my_chat_member",
}

# tag -> (entity type, allowed attributes)
TAGS: dict[str, tuple[str, set[str]]] = {
    "b": ("bold", set()),
    "strong": ("bold", set()),
    "i": ("italic", set()),
    "em": ("italic", set()),
    "u": ("underline", set()),
    "ins": ("underline", set()),
    "s": ("strikethrough", set()),
    "strike": ("strikethrough", set()),
    "del": ("strikethrough", set()),
    "span": ("spoiler", {"class"}),
    "tg-spoiler": ("spoiler", set()),
    "a": ("text_link", {"href"}),
    "code": ("code", {"class"}),
    "pre": ("pre", set()),
    "blockquote": ("blockquote", {"expandable"}),
    "tg-emoji": ("custom_emoji", {"emoji-id"}),
}
_TAG = re.compile(
    r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9-]*)"
    r"(?P<attrs>(?:\s+[A-Za-z][A-Za-z0-9-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTR = re.compile(r"([A-Za-z][A-Za-z0-9-]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));")
_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w@])")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}(?!\w)")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class ApiError(Exception):
    """A Bot API error response: ``{"ok": false, "error_code", "description"}``."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Telegram's HTML parse mode: returns the plain text and its entities (UTF-16 offsets), or
    raises ApiError with Telegram's wording. Stricter than Telegram in one respect: a bare ``&``
    is refused, because in this bot's output it always means text that was not escaped."""
    out: list[str] = []
    length = 0  # in UTF-16 code units, as Telegram counts entity offsets
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict[str, Any]] = []
    pos = 0

    def byte_offset(index: int) -> int:
        return len(text[:index].encode("utf-8"))

    def cant_parse(message: str, index: int) -> ApiError:
        return bad(f"can't parse entities: {message} at byte offset {byte_offset(index)}")

    while pos < len(text):
        ch = text[pos]
        if ch == "<":
            found = _TAG.match(text, pos)
            if found is None:
                raise cant_parse("Unexpected character '<'; use &lt; instead", pos)
            name = found["name"].lower()
            if name not in TAGS:
                raise cant_parse(f'Unsupported start tag "{name}"', pos)
            if found["close"]:
                if not stack or stack[-1][0] != name:
                    raise cant_parse(f'Unexpected end tag "{name}"', pos)
                tag, start, attrs = stack.pop()
                if length > start:  # Telegram drops empty entities
                    entities.append(_entity(tag, start, length - start, attrs, stack))
            else:
                attrs = {
                    key.lower(): html.unescape(value.strip("\"'")) if value else ""
                    for key, value in _ATTR.findall(found["attrs"])
                }
                for key in attrs:
                    if key not in TAGS[name][1]:
                        raise cant_parse(f'Unsupported attribute "{key}" in tag "{name}"', pos)
                _check_nesting(name, attrs, stack, lambda message, at=pos: cant_parse(message, at))
                stack.append((name, length, attrs))
            pos = found.end()
            continue
        if ch == "&":
            found = _ENTITY.match(text, pos)
            if found is None:
                raise cant_parse("Unescaped '&' (write &amp;)", pos)
            if found[1]:
                char = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}[found[1]]
            else:
                char = chr(int(found[2]) if found[2] else int(found[3], 16))
            out.append(char)
            length += utf16_len(char)
            pos = found.end()
            continue
        out.append(ch)
        length += utf16_len(ch)
        pos += 1
    if stack:
        raise bad(f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1][0]}\"")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _check_nesting(
    name: str, attrs: dict[str, str], stack: list[tuple[str, int, dict[str, str]]], fail: Callable[[str], ApiError]
) -> None:
    open_tags = [tag for tag, _, _ in stack]
    if any(tag in {"pre", "code"} for tag in open_tags) and not (name == "code" and open_tags[-1:] == ["pre"]):
        raise fail(f'Unexpected start tag "{name}" inside pre or code')
    if name == "blockquote" and "blockquote" in open_tags:
        raise fail('Blockquote entities can\'t be nested: "blockquote"')
    if name == "a":
        if "a" in open_tags:
            raise fail('Unexpected start tag "a" inside a link')
        href = attrs.get("href", "")
        if not re.match(r"^(https?://|tg://|mailto:)\S+$", href):
            raise fail(f'Invalid URL "{href}" in tag "a"')
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise fail('Tag "span" must have class "tg-spoiler"')
    if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise fail('Tag "tg-emoji" must have attribute "emoji-id"')


def _entity(
    tag: str, offset: int, length: int, attrs: dict[str, str], stack: list[tuple[str, int, dict[str, str]]]
) -> dict[str, Any]:
    kind = TAGS[tag][0]
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if tag == "a":
        href = attrs["href"]
        user = re.match(r"^tg://user\?id=(\d+)$", href)
        if user:
            entity = {"type": "text_mention", "offset": offset, "length": length, "user": {"id": int(user[1])}}
        else:
            entity["url"] = href
    elif tag == "code" and stack and stack[-1][0] == "pre" and attrs.get("class", "").startswith("language-"):
        entity = {"type": "pre", "offset": offset, "length": length, "language": attrs["class"][9:]}
    elif tag == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif tag == "tg-emoji":
        entity["custom_emoji_id"] = attrs["emoji-id"]
    return entity


def check_text(text: Any, parse_mode: Any) -> tuple[str, list[dict[str, Any]]]:
    """A message text as sendMessage and InputTextMessageContent take it."""
    if not isinstance(text, str) or not text.strip():
        raise bad("message text is empty")
    if parse_mode is None:
        plain, entities = text, []
    elif str(parse_mode).lower() == "html":
        plain, entities = parse_html(text)
    else:
        raise bad(f"unsupported parse_mode {parse_mode!r} (the bot should send HTML)")
    if not plain.strip():
        raise bad("message text is empty")
    if utf16_len(plain) > TEXT_LIMIT:
        raise bad("message is too long")
    return plain, entities


def check_keyboard(markup: Any) -> dict[str, Any]:
    if not isinstance(markup, dict) or not isinstance(markup.get("inline_keyboard"), list):
        raise bad("can't parse reply keyboard markup JSON object")
    count = 0
    for row in markup["inline_keyboard"]:
        if not isinstance(row, list):
            raise bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
        for button in row:
            count += 1
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise bad("BUTTON_TEXT_EMPTY")
            kinds = [k for k in button if k != "text"]
            if len(kinds) != 1:
                raise bad("can't parse inline keyboard button: exactly one of the optional fields must be used")
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
                    raise bad("BUTTON_DATA_INVALID")
            elif "url" in button:
                if not re.match(r"^(https?|tg)://\S+$", str(button["url"])):
                    raise bad("BUTTON_URL_INVALID")
            elif "switch_inline_query" in button:
                query = button["switch_inline_query"]
                if not isinstance(query, str) or len(query) > INLINE_QUERY_LIMIT:
                    raise bad("can't parse inline keyboard button: switch_inline_query is too long")
            else:
                raise bad(f"unsupported button kind in this fake: {kinds}")
    if count > 100:
        raise bad("too many buttons")
    return markup


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Sent:
    """A message the bot sent, as stored by the fake: the result returned and the raw request."""

    message: dict[str, Any]
    params: dict[str, Any]
    at: float

    @property
    def chat_id(self) -> int:
        return int(self.message["chat"]["id"])

    @property
    def html(self) -> str:
        return str(self.params["text"])

    @property
    def text(self) -> str:
        return str(self.message["text"])

    @property
    def reply_to(self) -> int | None:
        reply = self.message.get("reply_to_message")
        return int(reply["message_id"]) if reply else None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        markup = self.message.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]


class FakeTelegram:
    """One bot's view of Telegram. Not thread-safe; all use is from one event loop."""

    def __init__(self, token: str = TOKEN, bot_id: int = BOT_ID, username: str = BOT_USERNAME) -> None:
        self.token = token
        self.bot = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Pact Test",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.violations: list[str] = []
        self.updates: list[dict[str, Any]] = []
        self.allowed_updates: set[str] = set(DEFAULT_ALLOWED)
        self.chats: dict[int, dict[str, Any]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.callback_queries: dict[str, bool] = {}
        self.callback_answers: list[dict[str, Any]] = []
        self.inline_queries: dict[str, bool] = {}
        self.inline_answers: list[dict[str, Any]] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.descriptions: dict[str, str] = {}
        """setMyDescription per language_code ("" for the default)."""
        self.short_descriptions: dict[str, str] = {}
        self.webhook: dict[str, Any] | None = None
        self.floods: dict[str, list[int]] = {}
        self.listeners: list[Callable[[], None]] = []
        self._update_ids = itertools.count(100_000)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._query_ids = itertools.count(5_000_000_000_000_000)

    # -- the Bot API ------------------------------------------------------------------------------

    def call(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answers one Bot API call: (HTTP status, JSON body)."""
        self.calls.append(Call(method, params))
        try:
            flood = self.floods.get(method)
            if flood:
                retry_after = flood.pop(0)
                raise ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})
            handler = getattr(self, f"api_{method.lower()}", None)
            if handler is None:
                raise bad("method not found")
            result = handler(params)
        except ApiError as exc:
            if exc.code == 400 and method != "getUpdates":
                self.violations.append(f"{method}: {exc.description}")
            self.changed()
            return exc.code, exc.payload()
        self.changed()
        return 200, {"ok": True, "result": result}

    def changed(self) -> None:
        for listener in list(self.listeners):
            listener()

    def api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return dict(self.bot)

    def api_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = _json(params, "commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad("commands must be a list of at most 100 BotCommand")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        language = self._language_code(params)
        scope = _json(params, "scope") or {"type": "default"}
        self.commands[f"{scope['type']}:{language}"] = commands
        return True

    @staticmethod
    def _language_code(params: dict[str, Any]) -> str:
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad("invalid language code specified")
        return language

    def api_setmydescription(self, params: dict[str, Any]) -> bool:
        return self._set_description(self.descriptions, str(params.get("description") or ""), DESCRIPTION_LIMIT, params)

    def api_setmyshortdescription(self, params: dict[str, Any]) -> bool:
        text = str(params.get("short_description") or "")
        return self._set_description(self.short_descriptions, text, SHORT_DESCRIPTION_LIMIT, params)

    def _set_description(self, store: dict[str, str], text: str, limit: int, params: dict[str, Any]) -> bool:
        if len(text) > limit:
            raise bad("BOT_DESCRIPTION_INVALID")
        store[self._language_code(params)] = text
        return True

    def api_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        if _bool(params, "drop_pending_updates"):
            self.updates.clear()
        return True

    def api_setwebhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if not url:
            self.webhook = None
            return True
        if not re.match(r"^https?://", url):
            raise bad("invalid webhook URL specified")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET.match(str(secret)):
            raise bad("secret token contains unallowed characters")
        allowed = _json(params, "allowed_updates")
        if allowed is not None:
            self.allowed_updates = set(allowed) or set(DEFAULT_ALLOWED)
        self.webhook = {"url": url, "secret_token": secret, "allowed_updates": allowed}
        return True

    def api_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    def take_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """getUpdates without the waiting: confirm everything below ``offset``, return the rest."""
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            )
        offset = _int(params, "offset")
        limit = max(1, min(_int(params, "limit") or 100, 100))
        allowed = _json(params, "allowed_updates")
        if allowed is not None:  # like Telegram: remembered until changed
            self.allowed_updates = set(allowed) or set(DEFAULT_ALLOWED)
        if offset is not None and offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset is not None and offset < 0:
            self.updates = self.updates[offset:]
        self.updates = [u for u in self.updates if _kind(u) in self.allowed_updates]
        return self.updates[:limit]

    def api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.take_updates(params)

    def api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        plain, entities = check_text(params.get("text"), params.get("parse_mode"))
        message = self._new_message(chat, self.bot, plain)
        if entities:
            message["entities"] = entities
        reply = _json(params, "reply_parameters")
        if reply is not None:
            target = self.messages.get((chat["id"], int(reply["message_id"])))
            if target is None and not reply.get("allow_sending_without_reply"):
                raise bad("message to be replied not found")
            if target is not None:
                message["reply_to_message"] = {k: v for k, v in target.items() if k != "reply_to_message"}
        markup = _json(params, "reply_markup")
        if markup is not None:
            message["reply_markup"] = check_keyboard(markup)
        preview = _json(params, "link_preview_options")
        if preview is not None:
            message["link_preview_options"] = preview
        thread = _int(params, "message_thread_id")
        if thread is not None:
            message["message_thread_id"] = thread
        self.messages[(chat["id"], message["message_id"])] = message
        self.sent.append(Sent(message, dict(params), time.monotonic()))
        return message

    def api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if self.callback_queries.get(query_id) is not False:
            raise bad("query is too old and response timeout expired or query ID is invalid")
        if len(str(params.get("text") or "")) > 200:
            raise bad("MESSAGE_TOO_LONG")
        self.callback_queries[query_id] = True
        self.callback_answers.append(dict(params))
        return True

    def api_answerinlinequery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id", ""))
        if self.inline_queries.get(query_id) is not False:
            raise bad("query is too old and response timeout expired or query ID is invalid")
        results = _json(params, "results")
        if not isinstance(results, list) or len(results) > 50:
            raise bad("RESULTS_TOO_MUCH")
        ids = set()
        for result in results:
            result_id = str(result.get("id", ""))
            if not 1 <= len(result_id.encode()) <= 64:
                raise bad("RESULT_ID_INVALID")
            if result_id in ids:
                raise bad("RESULT_ID_DUPLICATE")
            ids.add(result_id)
            if result.get("type") != "article" or not str(result.get("title", "")).strip():
                raise bad("RESULT_TYPE_INVALID or empty title")
            content = result.get("input_message_content") or {}
            check_text(content.get("message_text"), content.get("parse_mode"))
            if "reply_markup" in result:
                check_keyboard(result["reply_markup"])
        self.inline_queries[query_id] = True
        self.inline_answers.append({**params, "results": results})
        return True

    # -- playing the users ------------------------------------------------------------------------

    @staticmethod
    def user(
        user_id: int, first_name: str = "User", language_code: str | None = "en", username: str | None = None
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def private(self, user: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        if "username" in user:
            chat["username"] = user["username"]
        self.chats[chat["id"]] = chat
        return chat

    def group(self, chat_id: int, title: str = "Newsroom", kind: str = "supergroup") -> dict[str, Any]:
        chat = {"id": chat_id, "type": kind, "title": title}
        self.chats[chat_id] = chat
        return chat

    def channel(self, chat_id: int, title: str = "Channel") -> dict[str, Any]:
        chat = {"id": chat_id, "type": "channel", "title": title}
        self.chats[chat_id] = chat
        return chat

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), kind: payload}
        self.updates.append(update)
        self.changed()
        return update

    def text(
        self,
        chat: dict[str, Any],
        user: dict[str, Any] | None,
        text: str,
        reply_to: dict[str, Any] | None = None,
        entities: list[dict[str, Any]] | None = None,
        kind: str = "message",
    ) -> dict[str, Any]:
        """A user's text message (entities found as Telegram finds them); returns the update."""
        message = self._new_message(chat, user, text)
        found = entities if entities is not None else auto_entities(text)
        if found:
            message["entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
        self.messages[(chat["id"], message["message_id"])] = message
        return self.push(kind, message)

    def sticker(self, chat: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
        message = self._new_message(chat, user, None)
        message["sticker"] = {
            "file_id": "CAACAgIAAxkBAAEfake",
            "file_unique_id": "AgADfake",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        return self.push("message", message)

    def edit(self, update: dict[str, Any], new_text: str) -> dict[str, Any]:
        message = dict(update["message"])
        message["text"] = new_text
        message["edit_date"] = int(time.time())
        message.pop("entities", None)
        found = auto_entities(new_text)
        if found:
            message["entities"] = found
        return self.push("edited_message", message)

    def press(self, user: dict[str, Any], message: dict[str, Any], data: str) -> str:
        """A user presses an inline button under ``message`` (one the bot sent)."""
        query_id = str(next(self._query_ids))
        self.callback_queries[query_id] = False
        self.push(
            "callback_query",
            {
                "id": query_id,
                "from": user,
                "message": message,
                "chat_instance": str(-abs(hash((message["chat"]["id"], "instance")))),
                "data": data,
            },
        )
        return query_id

    def inline(self, user: dict[str, Any], query: str) -> str:
        query_id = str(next(self._query_ids))
        self.inline_queries[query_id] = False
        self.push("inline_query", {"id": query_id, "from": user, "query": query, "offset": "", "chat_type": "sender"})
        return query_id

    # -- what the bot did -------------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id]

    def replies_to(self, update: dict[str, Any]) -> list[Sent]:
        message = update.get("message") or update.get("edited_message") or {}
        return [s for s in self.sent_to(message["chat"]["id"]) if s.reply_to == message["message_id"]]

    def methods(self) -> list[str]:
        return [call.method for call in self.calls]

    # -- internals --------------------------------------------------------------------------------

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        try:
            chat = self.chats.get(int(chat_id))
        except (TypeError, ValueError):
            chat = None
        if chat is None:
            raise bad("chat not found")
        return chat

    def _new_message(self, chat: dict[str, Any], sender: dict[str, Any] | None, text: str | None) -> dict[str, Any]:
        counter = self._message_ids.setdefault(chat["id"], itertools.count(1))
        message: dict[str, Any] = {"message_id": next(counter), "date": int(time.time()), "chat": chat}
        if sender is not None:
            message["from"] = sender
        if text is not None:
            message["text"] = text
        return message


def auto_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram's clients mark in a typed message: bot commands and @mentions."""
    found = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for match in pattern.finditer(text):
            found.append({"type": kind, "offset": utf16_len(text[: match.start()]), "length": utf16_len(match.group())})
    return sorted(found, key=lambda e: e["offset"])


def _kind(update: dict[str, Any]) -> str:
    return next(key for key in update if key != "update_id")


def _json(params: dict[str, Any], name: str) -> Any:
    value = params.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise bad(f"can't parse {name} JSON object") from None
    return value


def _int(params: dict[str, Any], name: str) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad(f"invalid {name}") from None


def _bool(params: dict[str, Any], name: str) -> bool:
    value = params.get(name)
    return value is True or str(value).lower() == "true"
