"""Dispatch: what the bot does with each update — questions, commands, buttons, inline queries.

Every handler reads ``state.current`` once and uses that Answerer for the whole update, so a
/reload landing in the middle cannot mix two bases in one reply. Handlers never raise on bad input
from users; Telegram errors propagate to the error handler in ``errors``. How a chat is talked to
(who is asking, in which language, sending HTML) is ``chat``; what a command's message looks like is
``views`` (and ``curation`` for the admin commands); the buttons are ``keyboards``.

``COMMANDS`` is the one table of commands: dispatch, the command menu (``menu``, set per language
by ``app``) and /help are all derived from it. Adding a command is one entry there, a method here
and its texts (``cmd_<name>`` and whatever it says) in ``bot/texts.py``.

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

The reply language: a person's /language choice (kept in their ``user_data``, which the
Application's persistence keeps across restarts) when they made one; else the language of the
question, and for the bot's own words their Telegram language.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final, Literal, cast

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, InlineQueryLimit
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, InlineQueryHandler, MessageHandler, filters

from bot.context import Conversations
from bot.models import Lang
from bot.replies import Reply, esc
from bot.texts import ui
from bot.tg.chat import (
    GROUP_CHATS,
    LANG_KEY,
    addressed_question,
    chosen_language,
    command_args,
    language_of,
    parse_command,
    respond,
    user_language,
)
from bot.tg.curation import SUMMARY_DAYS, SUMMARY_LIMIT, Curation, stats_lines, unanswered_items
from bot.tg.flood import FloodControl, Verdict
from bot.tg.keyboards import (
    AUTO,
    answer_keyboard,
    answered_context,
    language_keyboard,
    open_button,
    parse_callback,
    parse_language_choice,
    parse_start,
    popular_fact_ids,
    question_buttons,
)
from bot.tg.state import AnswererState
from bot.tg.views import fit, help_text, inline_result, reload_text, sources_text
from bot.timeline import timeline_text

log = logging.getLogger(__name__)

INLINE_RESULTS: Final = 5
INLINE_CACHE_SECONDS: Final = 60
"""Short, so that a /reload shows in inline answers within a minute. Results are cached per user
(is_personal) because their language follows the user's language_code."""

Context = ContextTypes.DEFAULT_TYPE


@dataclass(frozen=True)
class Call:
    """One command as it arrived: the message, its arguments, and the language to reply in."""

    update: Update
    context: Context
    message: Message
    lang: Lang
    args: str


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
        conversations: Conversations | None = None,
    ) -> None:
        self.state = state
        self.admins = admins
        self.conversations = Conversations() if conversations is None else conversations
        """Private chats' contexts. A group keeps none: a reply to an answer carries its own."""
        self.flood = FloodControl(0, 1.0) if flood is None else flood
        self.inline_flood = FloodControl(0, 1.0) if inline_flood is None else inline_flood
        self.curation = Curation(None) if curation is None else curation

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

    @staticmethod
    def language(update: Update, context: Context) -> Lang:
        """The language of the bot's own words for this person: their /language choice, else Telegram's."""
        return language_of(update.effective_user, context.user_data)

    # -- messages and commands -------------------------------------------------------------------------

    async def on_command(self, update: Update, context: Context, name: str, target: str | None) -> None:
        """``/name`` or ``/name@target``, looked up in ``COMMANDS``. Read from the text rather than
        from the bot_command entity (which is what CommandHandler needs), so a command is recognised
        however it was sent; one addressed to another bot is ignored, an unknown one gets the help
        in a private chat."""
        message = update.message
        if message is None or message.text is None:
            return
        if target is not None and target.lower() != context.bot.username.lower():
            log.debug("command for another bot: ignored")
            return
        command = COMMANDS_BY_NAME.get(name)
        if command is None and message.chat.type != ChatType.PRIVATE:
            return  # an unknown command in a group may well be another bot's
        call = Call(update, context, message, self.language(update, context), command_args(message.text))
        if command is not None and command.admin:
            await self.on_admin_command(call, command)
            return
        if not await self.admit(update):
            return
        await (command or COMMANDS_BY_NAME["help"]).handler(self, call)

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
        chosen = chosen_language(context.user_data)
        lang = chosen or user_language(message.from_user)  # without a choice, only when the question does not tell
        if group and not re.search(r"\w", question):
            examples = [f"• {esc(q)}" for q in answerer.popular(lang)]
            markup = InlineKeyboardMarkup(question_buttons(answerer, popular_fact_ids(answerer), lang))
            await respond(message, "\n".join([esc(ui("mention_only", lang)), *examples]), markup)
            return
        if group:  # a reply to one of the bot's answers is read in that answer's context; a mention starts fresh
            replied = message.reply_to_message
            conversation = answered_context(answerer, replied) if replied is not None else None
        else:
            conversation = self.conversations.get(message.chat.id)
        reply = answerer.answer(question, lang=chosen, fallback=lang, short=group, context=conversation)
        if not group and reply.context is not None:
            self.conversations.put(message.chat.id, reply.context)
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

    # -- commands (see COMMANDS) -------------------------------------------------------------------------

    async def on_start(self, call: Call) -> None:
        """/start: the help; from a deep link (``/start f_<fact>_<lang>``), that answer."""
        linked = parse_start(call.args)
        if linked is None:
            await self.on_help(call)
            return
        fact_id, link_lang = linked
        answerer = self.state.current
        lang = chosen_language(call.context.user_data) or link_lang
        if fact_id not in answerer.facts:
            log.info("deep link to a fact no longer in the base")
            await respond(call.message, esc(ui("fact_gone", lang)))
            await self.on_help(call)
            return
        reply = answerer.answer_fact(fact_id, lang)
        self.curation.stats.count(reply)
        log.info("deep link answered (fact=%s, lang=%s)", fact_id, lang)
        await respond(call.message, reply.text, answer_keyboard(answerer, reply))

    async def on_timeline(self, call: Call) -> None:
        """/timeline: the dated events from 2016 to the newest report, one line each with its source."""
        answerer = self.state.current
        lang = chosen_language(call.context.user_data) or call.lang
        await respond(call.message, timeline_text(answerer.kb, lang))

    async def on_help(self, call: Call) -> None:
        """/help: what the bot answers, example questions and the commands, in the person's language."""
        answerer = self.state.current
        lang = call.lang
        user = call.update.effective_user
        admin = user is not None and user.id in self.admins and call.message.chat.type == ChatType.PRIVATE
        markup = InlineKeyboardMarkup(question_buttons(answerer, popular_fact_ids(answerer), lang))
        text = help_text(answerer, lang, call.context.bot.username, menu(lang), menu(lang, admin=True) if admin else ())
        await respond(call.message, text, markup)

    async def on_sources(self, call: Call) -> None:
        """/sources: every report the base cites, with links."""
        await respond(call.message, sources_text(self.state.current, call.lang))

    async def on_language(self, call: Call) -> None:
        """/language: buttons to choose the reply language (``/language ru`` chooses at once)."""
        choice = parse_language_choice(f"l:{call.args.strip().lower()}") if call.args else None
        if choice is not None:
            await respond(call.message, esc(self.choose_language(call.update, call.context, choice)))
            return
        current = chosen_language(call.context.user_data)
        await respond(call.message, esc(ui("language_prompt", call.lang)), language_keyboard(current, call.lang))

    @staticmethod
    def choose_language(update: Update, context: Context, choice: Lang | Literal["auto"]) -> str:
        """Remembers (or, for "auto", forgets) a person's reply language; returns the confirmation."""
        user_data = context.user_data
        if choice == AUTO:
            if user_data is not None:
                user_data.pop(LANG_KEY, None)
            return ui("language_auto_set", user_language(update.effective_user))
        lang = cast(Lang, choice)
        if user_data is not None:
            user_data[LANG_KEY] = lang
        return ui("language_set", lang)

    async def on_admin_command(self, call: Call, command: Command) -> None:
        """/reload, /unanswered, /stats: for ADMIN_IDS, in a private chat; refused otherwise (and
        the refusal logged). Admins are never flood-limited here; others are, like any message."""
        message, update, name = call.message, call.update, command.name
        user = update.effective_user
        lang = call.lang
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
                await respond(message, esc(ui(command.refusal, lang)))
            return
        log.info("/%s by admin %s", name, user.id)
        await command.handler(self, call)

    async def do_reload(self, call: Call) -> None:
        """/reload: loads the base off the event loop, swaps it in whole or not at all."""
        outcome = await self.state.reload()
        await respond(call.message, reload_text(outcome, call.lang))

    async def do_unanswered(self, call: Call) -> None:
        """/unanswered: the most frequent declined questions of the last 30 days, with counts."""
        message, lang = call.message, call.lang
        if self.curation.unanswered is None:
            await respond(message, esc(ui("unanswered_off", lang)))
            return
        rows = await self.curation.frequent(SUMMARY_LIMIT, SUMMARY_DAYS)
        if not rows:
            await respond(message, esc(ui("unanswered_none", lang).format(days=SUMMARY_DAYS)))
            return
        head = [f"<b>{esc(ui('unanswered_title', lang).format(days=SUMMARY_DAYS))}</b>", ""]
        await respond(message, fit(head, unanswered_items(rows, lang), lang))

    async def do_stats(self, call: Call) -> None:
        """/stats: uptime, questions answered and declined, the fact base's hash and load time."""
        reloads = (self.state.reloads_ok, self.state.reloads_failed)
        flood = self.flood.notices
        lines = stats_lines(self.curation, self.state.current, reloads, flood, call.lang)
        await respond(call.message, fit(lines[:1], lines[1:], call.lang))

    async def on_non_text(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice in a private chat: say what the bot can do (groups: nothing)."""
        message = update.message
        if message is None or not await self.admit(update):
            return
        await respond(message, esc(ui("text_only", self.language(update, context))))

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
                await query.answer(self.slow_down(self.language(update, context)))
            return
        self.curation.stats.buttons += 1
        choice = parse_language_choice(query.data)
        if choice is not None:
            confirmation = self.choose_language(update, context, choice)
            await query.answer()
            if query.message is not None:
                await respond(query.message, esc(confirmation))
            return
        answerer = self.state.current
        press = parse_callback(query.data)
        if press is None or press.fact_id not in answerer.facts:
            await query.answer(ui("fact_gone", press.lang if press else self.language(update, context)))
            return
        await query.answer()
        message = query.message
        if message is None:  # a button on an inline-mode message: there is no chat to post in
            return
        if press.kind == "f":
            reply = answerer.answer_fact(press.fact_id, press.lang)
            text, markup = reply.text, answer_keyboard(answerer, reply)
            if message.chat.type == ChatType.PRIVATE and reply.context is not None:
                self.conversations.put(message.chat.id, reply.context)  # "and when?" now follows this answer
        else:
            text, markup = answerer.evidence_text(press.fact_id, press.lang) or "", None
        if text:
            await respond(message, text, markup)

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
        chosen = chosen_language(context.user_data)
        lang = chosen or user_language(query.from_user)
        replies: list[Reply] = []
        if text:
            reply = answerer.answer(text[: InlineQueryLimit.MAX_QUERY_LENGTH], lang=chosen, fallback=lang)
            lang = reply.language
            if reply.answered:
                replies.append(reply)
        if not replies:
            replies = [answerer.answer_fact(fact_id, lang) for fact_id in popular_fact_ids(answerer, INLINE_RESULTS)]
        username = context.bot.username
        results = [
            inline_result(answerer, reply, open_button(username, reply.fact_id or "", reply.language))
            for reply in replies
        ]
        await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=True)


CommandHandler = Callable[[Handlers, Call], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    """One entry of the command table. ``help`` is the texts key of its line in the menu and in
    /help; ``menu`` puts it in Telegram's command menu; ``admin`` restricts it to ADMIN_IDS in a
    private chat, where others get the ``refusal`` text."""

    name: str
    handler: CommandHandler
    help: str
    admin: bool = False
    menu: bool = True
    refusal: str = "admin_only"


COMMANDS: Final[tuple[Command, ...]] = (
    Command("start", Handlers.on_start, "cmd_start"),
    Command("help", Handlers.on_help, "cmd_help"),
    Command("sources", Handlers.on_sources, "cmd_sources"),
    Command("timeline", Handlers.on_timeline, "cmd_timeline"),
    Command("language", Handlers.on_language, "cmd_language"),
    Command("reload", Handlers.do_reload, "cmd_reload", admin=True, menu=False, refusal="reload_refused"),
    Command("unanswered", Handlers.do_unanswered, "cmd_unanswered", admin=True, menu=False),
    Command("stats", Handlers.do_stats, "cmd_stats", admin=True, menu=False),
)
COMMANDS_BY_NAME: Final = {command.name: command for command in COMMANDS}
ADMIN_COMMANDS: Final = tuple(command.name for command in COMMANDS if command.admin)


def menu(lang: Lang, *, admin: bool = False) -> list[tuple[str, str]]:
    """(name, description) of the menu's commands in ``lang``; with ``admin``, the admin commands."""
    chosen = [c for c in COMMANDS if c.admin] if admin else [c for c in COMMANDS if c.menu and not c.admin]
    return [(command.name, ui(command.help, lang)) for command in chosen]
