"""What the bot does with each update: questions, commands, buttons, inline queries.

Every handler reads ``state.current`` once and uses that Answerer for the whole update, so a
/reload landing in the middle cannot mix two bases in one reply. Handlers never raise on bad input
from users; Telegram errors propagate to the error handler in ``errors``.

Users' text is only ever escaped into HTML or passed as a logging argument: it is never a format
string, in a message or in a log line (the log lines here do not carry it at all).

Flood control: questions, commands, non-text messages and button presses count against one window
per sender; a sender over the limit gets one notice and then silence until the window has passed.
Inline queries count against a separate, wider window (clients send one per pause in typing) and
are dropped silently over it: there is no chat to put a notice in. Admins' admin commands are never
held back.

Admin commands (/reload, /unanswered, /stats) act only for ADMIN_IDS and only in a private chat. In
a group they do nothing and get the same one-line answer for everyone ("admin commands work only in
a private chat"), so the group learns nothing about who is an admin.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
from collections.abc import Awaitable, Callable
from typing import Final

from telegram import (
    Bot,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.answering import Answerer
from bot.models import Lang
from bot.replies import TELEGRAM_LIMIT, Reply, esc, shorten, source_line, to_plain
from bot.texts import ui
from bot.tg.curation import SUMMARY_DAYS, SUMMARY_LIMIT, Curation, stats_lines, unanswered_items
from bot.tg.flood import FloodControl, Verdict
from bot.tg.keyboards import answer_keyboard, parse_callback, popular_fact_ids, question_buttons
from bot.tg.state import AnswererState, ReloadOutcome

log = logging.getLogger(__name__)

NO_PREVIEW: Final = LinkPreviewOptions(is_disabled=True)
"""Answers cite several links; a preview of the first would bury the answer under one source."""
GROUP_CHATS: Final = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})
HELP_EXAMPLES: Final = 5
INLINE_RESULTS: Final = 5
INLINE_CACHE_SECONDS: Final = 60
"""Short, so that a /reload shows in inline answers within a minute. Results are cached per user
(is_personal) because their language follows the user's language_code."""
DESCRIPTION_LIMIT: Final = 120
_LEADING_PUNCTUATION: Final = ",.:;!—–- \u00a0"
_COMMAND: Final = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,32}))?(?=\s|$)")
ADMIN_COMMANDS: Final = ("reload", "unanswered", "stats")
INLINE_FLOOD_FACTOR: Final = 4
"""Inline queries allowed per window, as a multiple of the message limit: clients send a query at
every pause while someone types, so a few questions make many queries."""

Context = ContextTypes.DEFAULT_TYPE


def user_language(user: User | None) -> Lang:
    """The user's Telegram interface language, when it is one the bot speaks; else English."""
    code = (user.language_code or "").lower().replace("_", "-").split("-")[0] if user else ""
    return "ru" if code == "ru" else "uz" if code == "uz" else "en"


def _remove_utf16_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Replaces spans given in UTF-16 code units (Telegram's entity offsets) with spaces."""
    data = text.encode("utf-16-le")
    for offset, length in sorted(spans, reverse=True):
        data = data[: 2 * offset] + " ".encode("utf-16-le") + data[2 * (offset + length) :]
    return data.decode("utf-16-le", errors="replace")


def parse_command(text: str) -> tuple[str, str | None] | None:
    """``/help@SomeBot args`` -> ("help", "SomeBot"); None when the text is not a command."""
    found = _COMMAND.match(text)
    return (found[1].lower(), found[2]) if found else None


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
    """Every message the bot sends goes through here: HTML, no link previews, optionally a reply."""
    return await bot.send_message(
        chat_id=chat_id,
        text=text,
        parse_mode=ParseMode.HTML,
        link_preview_options=NO_PREVIEW,
        reply_parameters=ReplyParameters(message_id=reply_to, allow_sending_without_reply=True) if reply_to else None,
        message_thread_id=thread_id,
        reply_markup=markup,
    )


async def respond(message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
    """Answers a message in its chat: as a reply in groups (where several people talk at once), as
    a plain message in a private chat; in a forum topic, in that topic."""
    group = message.chat.type in GROUP_CHATS
    return await send_html(
        message.get_bot(),
        message.chat_id,
        text,
        reply_to=message.message_id if group else None,
        thread_id=message.message_thread_id if message.is_topic_message else None,
        markup=markup,
    )


def fit(head: list[str], items: list[str], lang: Lang, limit: int = TELEGRAM_LIMIT) -> str:
    """Joins a heading and list lines, dropping the tail of the list (with "…and N more") so the
    message stays within Telegram's limit however large the fact base grows."""
    lines = list(head)
    for index, item in enumerate(items):
        rest = len(items) - index
        more = esc(ui("more", lang).format(n=rest))
        candidate = "\n".join([*lines, item])
        if len(candidate) + (len(more) + 1 if rest > 1 else 0) > limit:
            lines.append(more)
            break
        lines.append(item)
    return "\n".join(lines)


def help_text(answerer: Answerer, lang: Lang, username: str) -> str:
    handle = f"@{username}"
    examples = [f"• {esc(q)}" for q in answerer.popular(lang, HELP_EXAMPLES)]
    parts = [
        esc(ui("help", lang)),
        "\n".join([esc(ui("examples", lang)), *examples]),
        esc(ui("help_groups", lang).format(bot=handle)),
        esc(ui("help_commands", lang)),
    ]
    return "\n\n".join(parts)


def sources_text(answerer: Answerer, lang: Lang) -> str:
    sources = list(answerer.kb.sources.values())
    head = [f"<b>{esc(ui('sources', lang))}</b> ({len(sources)})", ""]
    items = [f"{source_line(source, lang)} — {esc(source.title)}" for source in sources]
    return fit(head, items, lang)


def reload_text(outcome: ReloadOutcome, lang: Lang) -> str:
    numbers = {"facts": outcome.facts, "sources": outcome.sources, "hash": outcome.content_hash}
    if outcome.ok:
        return esc(ui("reload_ok", lang).format(previous=outcome.previous_hash, **numbers))
    head = [esc(ui("reload_failed", lang).format(count=len(outcome.problems), **numbers)), ""]
    return fit(head, [f"• {esc(str(problem))}" for problem in outcome.problems], lang)


def _inline_result(answerer: Answerer, reply: Reply) -> InlineQueryResultArticle:
    assert reply.fact_id is not None
    title = answerer.facts[reply.fact_id].questions.get(reply.language)[0]
    answer = to_plain(reply.text).split("\n\n", 1)[0]
    # The id only has to be unique within one answer and at most 64 bytes; a digest always fits.
    result_id = hashlib.sha256(f"{reply.fact_id}:{reply.language}".encode()).hexdigest()[:32]
    return InlineQueryResultArticle(
        id=result_id,
        title=shorten(title, 100),
        description=shorten(" ".join(answer.split()), DESCRIPTION_LIMIT),
        input_message_content=InputTextMessageContent(
            reply.text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )


class Handlers:
    """The bot's behaviour, bound to the state it answers from and the admins it obeys.

    ``flood`` (messages and buttons) and ``inline_flood`` (inline queries) default to off, and
    ``curation`` to counters without a log of declined questions; ``build_application`` passes
    the configured ones."""

    def __init__(
        self,
        state: AnswererState,
        admins: frozenset[int],
        *,
        flood: FloodControl | None = None,
        inline_flood: FloodControl | None = None,
        curation: Curation | None = None,
    ) -> None:
        self.state = state
        self.admins = admins
        self.flood = FloodControl(0, 1.0) if flood is None else flood
        self.inline_flood = FloodControl(0, 1.0) if inline_flood is None else inline_flood
        self.curation = Curation(None) if curation is None else curation
        self.commands: dict[str, Callable[[Update, Context], Awaitable[None]]] = {
            "start": self.on_help,
            "help": self.on_help,
            "sources": self.on_sources,
        }
        self.admin_commands: dict[str, Callable[[Message, Lang], Awaitable[None]]] = {
            "reload": self.do_reload,
            "unanswered": self.do_unanswered,
            "stats": self.do_stats,
        }

    def register(self, application: Application) -> None:  # type: ignore[type-arg]
        # Only new messages: edited messages and channel posts are not questions to answer again.
        new = filters.UpdateType.MESSAGE
        application.add_handler(MessageHandler(new & filters.TEXT, self.on_text))
        application.add_handler(
            MessageHandler(new & filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, self.on_non_text)
        )
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(InlineQueryHandler(self.on_inline))

    # -- flood control ---------------------------------------------------------------------------------

    def _verdict(self, update: Update, flood: FloodControl) -> Verdict:
        sender = update.effective_sender  # the user, or the chat an anonymous admin speaks for
        if sender is None:
            return Verdict.ALLOW
        verdict = flood.check(sender.id)
        if verdict is Verdict.NOTIFY:
            chat = update.effective_chat
            log.info(
                "flood control: a sender went over %d messages in %.0f s%s; one notice, then silence",
                flood.max_messages,
                flood.window,
                f" in a {chat.type} chat" if chat else "",
            )
        return verdict

    def slow_down(self, lang: Lang) -> str:
        """The notice, as plain text (HTML-escape it for a message)."""
        return ui("slow_down", lang).format(seconds=math.ceil(self.flood.window))

    async def admit(self, update: Update) -> bool:
        """Counts a message against its sender's window: True to act on it; otherwise the one
        notice has been sent (or the sender was already told) and the message is dropped."""
        verdict = self._verdict(update, self.flood)
        if verdict is Verdict.ALLOW:
            return True
        message = update.message
        if verdict is Verdict.NOTIFY and message is not None:
            await respond(message, esc(self.slow_down(user_language(update.effective_user))))
        return False

    # -- messages and commands -------------------------------------------------------------------------

    async def on_command(self, update: Update, context: Context, name: str, target: str | None) -> None:
        """``/name`` or ``/name@target``. Read from the text rather than from the bot_command entity
        (which is what CommandHandler needs), so a command is recognised however it was sent; one
        addressed to another bot is ignored, an unknown one gets the help in a private chat."""
        message = update.message
        if message is None:
            return
        if target is not None and target.lower() != context.bot.username.lower():
            log.debug("command for another bot: ignored")
            return
        if name in self.admin_commands:
            await self.on_admin_command(update, name)
            return
        handler = self.commands.get(name)
        if handler is None and message.chat.type != ChatType.PRIVATE:
            return  # an unknown command in a group may well be another bot's
        if not await self.admit(update):
            return
        await (handler or self.on_help)(update, context)

    async def on_text(self, update: Update, context: Context) -> None:
        """A text message: in a private chat always a question; in a group only when addressed."""
        message = update.message
        if message is None or message.text is None:
            return
        bot = context.bot
        if message.via_bot is not None and message.via_bot.id == bot.id:
            return  # an answer someone shared through inline mode, not a question
        command = parse_command(message.text)
        if command is not None:
            await self.on_command(update, context, *command)
            return
        if message.chat.type == ChatType.PRIVATE:
            question: str | None = message.text
            group = False
        elif message.chat.type in GROUP_CHATS:
            question = addressed_question(message, bot.id, bot.username)
            group = True
        else:
            return
        if question is None:
            log.debug("group message not addressed to the bot: ignored")
            return
        if not await self.admit(update):
            return
        answerer = self.state.current  # once: the whole reply comes from this base
        lang = user_language(message.from_user)  # only when the question itself does not tell
        if group and not re.search(r"\w", question):
            examples = [f"• {esc(q)}" for q in answerer.popular(lang)]
            markup = InlineKeyboardMarkup(question_buttons(answerer, popular_fact_ids(answerer), lang))
            await respond(message, "\n".join([esc(ui("mention_only", lang)), *examples]), markup)
            return
        reply = answerer.answer(question, fallback=lang, short=group)
        self.curation.stats.count(reply)
        log.info(
            "question in %s chat: %s (fact=%s, lang=%s, confidence=%.2f)",
            message.chat.type,
            "answered" if reply.answered else "declined",
            reply.fact_id,
            reply.language,
            reply.confidence,
        )
        try:
            # In a group a decline stays one short line: no list of suggestions under it.
            await respond(message, reply.text, answer_keyboard(answerer, reply, suggest=not group))
        finally:  # recorded even when Telegram refused the reply: the question was still declined
            if not reply.answered:
                user = message.from_user
                await self.curation.record_decline(answerer, question, reply, lang, user.id if user else None)

    async def on_help(self, update: Update, context: Context) -> None:
        """/start and /help: what the bot answers and example questions, in the user's language."""
        message = update.message
        if message is None:
            return
        answerer = self.state.current
        lang = user_language(update.effective_user)
        markup = InlineKeyboardMarkup(question_buttons(answerer, popular_fact_ids(answerer), lang))
        await respond(message, help_text(answerer, lang, context.bot.username), markup)

    async def on_sources(self, update: Update, context: Context) -> None:
        """/sources: every report the base cites, with links."""
        message = update.message
        if message is None:
            return
        await respond(message, sources_text(self.state.current, user_language(update.effective_user)))

    async def on_admin_command(self, update: Update, name: str) -> None:
        """/reload, /unanswered, /stats: for ADMIN_IDS, in a private chat; refused otherwise (and
        the refusal logged). Admins are never flood-limited here; others are, like any message."""
        message = update.message
        user = update.effective_user
        if message is None:
            return
        lang = user_language(user)
        is_admin = user is not None and user.id in self.admins
        if message.chat.type != ChatType.PRIVATE:
            log.warning(
                "refused /%s in a %s chat from user %s: admin commands work only in a private chat",
                name,
                message.chat.type,
                user.id if user else "unknown",
            )
            if is_admin or await self.admit(update):
                await respond(message, esc(ui("admin_private_only", lang)))
            return
        if user is None or not is_admin:
            log.warning("refused /%s from user %s: not in ADMIN_IDS", name, user.id if user else "unknown")
            if await self.admit(update):
                await respond(message, esc(ui("reload_refused" if name == "reload" else "admin_only", lang)))
            return
        log.info("/%s by admin %s", name, user.id)
        await self.admin_commands[name](message, lang)

    async def do_reload(self, message: Message, lang: Lang) -> None:
        """/reload: loads the base off the event loop, swaps it in whole or not at all."""
        outcome = await self.state.reload()
        await respond(message, reload_text(outcome, lang))

    async def do_unanswered(self, message: Message, lang: Lang) -> None:
        """/unanswered: the most frequent declined questions of the last 30 days, with counts."""
        if self.curation.unanswered is None:
            await respond(message, esc(ui("unanswered_off", lang)))
            return
        rows = await self.curation.frequent(SUMMARY_LIMIT, SUMMARY_DAYS)
        if not rows:
            await respond(message, esc(ui("unanswered_none", lang).format(days=SUMMARY_DAYS)))
            return
        head = [f"<b>{esc(ui('unanswered_title', lang).format(days=SUMMARY_DAYS))}</b>", ""]
        await respond(message, fit(head, unanswered_items(rows, lang), lang))

    async def do_stats(self, message: Message, lang: Lang) -> None:
        """/stats: uptime, questions answered and declined, the fact base's hash and load time."""
        reloads = (self.state.reloads_ok, self.state.reloads_failed)
        flood = self.flood.notices
        lines = stats_lines(self.curation, self.state.current, reloads, flood, lang)
        await respond(message, fit(lines[:1], lines[1:], lang))

    async def on_non_text(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice in a private chat: say what the bot can do (groups: nothing)."""
        message = update.message
        if message is None or not await self.admit(update):
            return
        await respond(message, esc(ui("text_only", user_language(update.effective_user))))

    # -- buttons and inline mode -----------------------------------------------------------------------

    async def on_button(self, update: Update, context: Context) -> None:
        """A press on a related question or on Evidence: always answer the callback query, so the
        client stops its spinner, then post the answer or the quotes in the chat. Over the flood
        limit: the notice as the callback's toast, once; then presses go unanswered."""
        query = update.callback_query
        if query is None:
            return
        verdict = self._verdict(update, self.flood)
        if verdict is not Verdict.ALLOW:
            if verdict is Verdict.NOTIFY:
                await query.answer(self.slow_down(user_language(query.from_user)))
            return
        self.curation.stats.buttons += 1
        answerer = self.state.current
        press = parse_callback(query.data)
        if press is None or press.fact_id not in answerer.facts:
            await query.answer(ui("fact_gone", press.lang if press else user_language(query.from_user)))
            return
        await query.answer()
        message = query.message
        if message is None:  # a button on an inline-mode message: there is no chat to post in
            return
        if press.kind == "f":
            reply = answerer.answer_fact(press.fact_id, press.lang)
            text, markup = reply.text, answer_keyboard(answerer, reply)
        else:
            text, markup = answerer.evidence_text(press.fact_id, press.lang) or "", None
        if not text:
            return
        group = message.chat.type in GROUP_CHATS
        thread = getattr(message, "message_thread_id", None) if getattr(message, "is_topic_message", False) else None
        await send_html(
            context.bot,
            message.chat.id,
            text,
            reply_to=message.message_id if group else None,
            thread_id=thread,
            markup=markup,
        )

    async def on_inline(self, update: Update, context: Context) -> None:
        """``@bot question`` in any chat: the answer with its sources; empty or unanswerable query:
        the popular questions, each with its answer. Over the inline flood limit: no answer."""
        query = update.inline_query
        if query is None:
            return
        if self._verdict(update, self.inline_flood) is not Verdict.ALLOW:
            return
        self.curation.stats.inline += 1
        answerer = self.state.current
        text = query.query.strip()
        lang = user_language(query.from_user)
        replies: list[Reply] = []
        if text:
            reply = answerer.answer(text, fallback=lang)
            lang = reply.language
            if reply.answered:
                replies.append(reply)
        if not replies:
            replies = [answerer.answer_fact(fact_id, lang) for fact_id in popular_fact_ids(answerer, INLINE_RESULTS)]
        await query.answer(
            [_inline_result(answerer, reply) for reply in replies], cache_time=INLINE_CACHE_SECONDS, is_personal=True
        )
