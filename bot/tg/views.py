"""Views: the Telegram HTML the bot's commands and inline mode show, as pure functions of what they
show (beside ``curation``'s formatters for /unanswered and /stats).

No I/O and no state here: the handlers decide what to show and send it; these only compose it, so
they are tested without a chat. Every piece of text is escaped, and a list is cut with "…and N more"
so that a message stays within Telegram's limit however large the fact base grows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Final

from telegram import InlineKeyboardMarkup, InlineQueryResultArticle, InputTextMessageContent
from telegram.constants import InlineQueryResultLimit, MessageLimit

from bot.answering import Answerer
from bot.models import Lang
from bot.replies import Reply, esc, shorten, source_line, to_plain
from bot.texts import ui
from bot.tg.state import ReloadOutcome

HELP_EXAMPLES: Final = 5
TITLE_LIMIT: Final = 100
"""Characters of an inline result's title: clients show one line of it."""
DESCRIPTION_LIMIT: Final = 120
"""Characters of an inline result's description: clients show two lines of it."""


def fit(head: list[str], items: list[str], lang: Lang, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> str:
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


def command_lines(commands: Sequence[tuple[str, str]]) -> str:
    """``/name — what it does``, one a line, from the command table (see ``handlers.COMMANDS``)."""
    return "\n".join(f"/{name} — {esc(description)}" for name, description in commands)


def help_text(
    answerer: Answerer,
    lang: Lang,
    username: str,
    commands: Sequence[tuple[str, str]],
    admin_commands: Sequence[tuple[str, str]] = (),
) -> str:
    """/help: what the bot answers, example questions, how to use it in groups, and its commands
    (with the admin commands for an admin)."""
    handle = f"@{username}"
    examples = [f"• {esc(q)}" for q in answerer.popular(lang, HELP_EXAMPLES)]
    parts = [
        esc(ui("help", lang)),
        "\n".join([esc(ui("examples", lang)), *examples]),
        esc(ui("help_groups", lang).format(bot=handle)),
        command_lines(commands),
    ]
    if admin_commands:
        parts.append("\n".join([esc(ui("admin_commands", lang)), command_lines(admin_commands)]))
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


def inline_result(
    answerer: Answerer, reply: Reply, markup: InlineKeyboardMarkup | None = None
) -> InlineQueryResultArticle:
    """An answer offered in inline mode: the fact's first question as the title, the start of the
    answer as the description, the whole sourced answer as the message (HTML, by the Defaults)."""
    assert reply.fact_id is not None
    title = answerer.facts[reply.fact_id].questions.get(reply.language)[0]
    answer = to_plain(reply.text).split("\n\n", 1)[0]
    # The id only has to be unique within one answer and fit Telegram's limit; a digest always fits.
    digest = hashlib.sha256(f"{reply.fact_id}:{reply.language}".encode()).hexdigest()
    return InlineQueryResultArticle(
        id=digest[: min(32, InlineQueryResultLimit.MAX_ID_LENGTH)],
        title=shorten(title, TITLE_LIMIT),
        description=shorten(" ".join(answer.split()), DESCRIPTION_LIMIT),
        input_message_content=InputTextMessageContent(reply.text),
        reply_markup=markup,
    )
