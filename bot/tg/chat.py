"""Chat plumbing: who is asking, in which language, whether a group message is meant for the bot,
and sending HTML into a chat.

Nothing here decides what to answer (that is ``handlers``) or how it reads (``views``); this is the
part every handler, and the error handler, needs to talk in a chat. Messages go out with the
Application's ``Defaults`` (HTML parse mode, no link previews: see ``app.DEFAULTS``), so no call here
sets them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any, Final, cast

from telegram import Bot, InlineKeyboardMarkup, MaybeInaccessibleMessage, Message, MessageEntity, ReplyParameters, User
from telegram.constants import ChatType

from bot.models import LANGS, Lang

GROUP_CHATS: Final = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})
LANG_KEY: Final = "lang"
"""Where a person's /language choice is kept in their ``user_data`` (persisted across restarts)."""
_LEADING_PUNCTUATION: Final = ",.:;!—–- \u00a0"
_COMMAND: Final = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,32}))?(?=\s|$)")


def user_language(user: User | None) -> Lang:
    """The user's Telegram interface language, when it is one the bot speaks; else English."""
    code = (user.language_code or "").lower().replace("_", "-").split("-")[0] if user else ""
    return cast(Lang, code) if code in LANGS else LANGS[0]


def chosen_language(user_data: Mapping[str, Any] | None) -> Lang | None:
    """The reply language the person chose with /language, if any."""
    chosen = user_data.get(LANG_KEY) if user_data is not None else None
    return cast(Lang, chosen) if chosen in LANGS else None


def language_of(user: User | None, user_data: Mapping[str, Any] | None) -> Lang:
    """The language of the bot's own words for this person: their choice, else Telegram's."""
    return chosen_language(user_data) or user_language(user)


def parse_command(text: str) -> tuple[str, str | None] | None:
    """``/help@SomeBot args`` -> ("help", "SomeBot"); None when the text is not a command."""
    found = _COMMAND.match(text)
    return (found[1].lower(), found[2]) if found else None


def command_args(text: str) -> str:
    """What follows the command: ``/start f_date_en`` -> "f_date_en"."""
    found = _COMMAND.match(text)
    return text[found.end() :].strip() if found else ""


def _remove_utf16_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Replaces spans given in UTF-16 code units (Telegram's entity offsets) with spaces."""
    data = text.encode("utf-16-le")
    for offset, length in sorted(spans, reverse=True):
        data = data[: 2 * offset] + " ".encode("utf-16-le") + data[2 * (offset + length) :]
    return data.decode("utf-16-le", errors="replace")


@functools.lru_cache(maxsize=8)
def _mention_pattern(username: str) -> re.Pattern[str]:
    # Not inside a word or an e-mail address, not a longer username: "@PactBotX" is someone else.
    return re.compile(rf"(?<![\w@]){re.escape('@' + username)}(?!\w)", re.IGNORECASE)


def addressed_question(message: Message, bot_id: int, username: str) -> str | None:
    """In a group: the question with the bot's mention removed, when the message is addressed to
    the bot (an @mention in any letter case anywhere, a text_mention of the bot, or a reply to one
    of its messages); None when it is not, and the bot must stay silent."""
    text = message.text or ""
    addressed = False
    spans = [
        (entity.offset, entity.length)
        for entity in message.entities
        if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot_id
    ]
    if spans:
        addressed = True
        text = _remove_utf16_spans(text, spans)
    pattern = _mention_pattern(username)
    if pattern.search(text):
        addressed = True
        text = pattern.sub(" ", text)
    replied = message.reply_to_message
    # In forum topics every message "replies" to the topic's creation notice; that is not a reply to the bot.
    if replied is not None and replied.from_user is not None and replied.forum_topic_created is None:
        addressed = addressed or replied.from_user.id == bot_id
    if not addressed:
        return None
    return " ".join(text.split()).lstrip(_LEADING_PUNCTUATION).strip()


async def send_html(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Every message the bot sends goes through here: HTML (the Defaults), optionally a reply."""
    return await bot.send_message(
        chat_id=chat_id,
        text=text,
        reply_parameters=ReplyParameters(message_id=reply_to, allow_sending_without_reply=True) if reply_to else None,
        message_thread_id=thread_id,
        reply_markup=markup,
    )


async def respond(message: MaybeInaccessibleMessage, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
    """Answers in a message's chat (a user's message, or the bot's own under a pressed button): as a
    reply in groups (where several people talk at once), as a plain message in a private chat; in a
    forum topic, in that topic."""
    group = message.chat.type in GROUP_CHATS
    topic = isinstance(message, Message) and message.is_topic_message
    return await send_html(
        message.get_bot(),
        message.chat.id,
        text,
        reply_to=message.message_id if group else None,
        thread_id=message.message_thread_id if topic and isinstance(message, Message) else None,
        markup=markup,
    )
