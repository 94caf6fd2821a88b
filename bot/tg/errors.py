"""The error handler: log, tell a private-chat user something went wrong, keep running.

A bot serves many chats at once; one failing update (Telegram refusing a message, a network blip,
a bug on one odd question) must not stop the others. python-telegram-bot calls this handler for
every exception a handler raises, after which the application carries on.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.replies import esc
from bot.texts import ui
from bot.tg.chat import language_of, send_html

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs the failure with where it happened (never the message text: it is the user's), then
    apologises in a private chat unless the failure was in reaching Telegram itself."""
    error = context.error
    where = "no update"
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f"update {update.update_id}" + (f" in a {chat.type} chat" if chat else "")
    if isinstance(error, Forbidden):
        log.info("%s: the bot was blocked or removed (%s)", where, error)
        return
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):  # BadRequest is one too
        log.warning("%s: network problem talking to Telegram: %s", where, error)
        return
    log.error("%s: %s", where, type(error).__name__, exc_info=error)
    if not isinstance(update, Update) or update.message is None or update.message.chat.type != ChatType.PRIVATE:
        return
    try:
        lang = language_of(update.effective_user, context.user_data)
        await send_html(context.bot, update.message.chat_id, esc(ui("error", lang)))
    except TelegramError as exc:
        log.warning("could not tell the user about the error: %s", exc)
