"""Command line: the same core the Telegram bot uses, for people, scripts, tests and benchmarks.

``ask``, ``chat`` and ``check`` never import python-telegram-bot, so they start fast; ``run`` (and
the bare command when a token is configured) imports the Telegram layer only then. Every command
reads the same settings (``bot.settings``: the environment, then ./.env); a malformed one stops it
with one line naming it, exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

from bot.knowledge import KnowledgeError, load_knowledge
from bot.models import LANGS, Lang
from bot.settings import ConfigError, load_settings

if TYPE_CHECKING:
    from bot.answering import Answerer

GO_LIVE = (
    "No TELEGRAM_BOT_TOKEN set: this is the console chat. To go live, put the token from @BotFather "
    "in TELEGRAM_BOT_TOKEN (environment or .env) and run `python -m bot run`."
)


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _lines(stream: BinaryIO) -> Iterator[str]:
    """One question per '\\n'-separated line, decoded leniently. str.splitlines would also split on
    form feeds, U+2028 and the like, and the contract is exactly one reply per input line."""
    for raw in stream:
        yield raw.rstrip(b"\n").rstrip(b"\r").decode("utf-8", errors="replace")


def _load_answerer() -> Answerer | None:
    """The fact base from KNOWLEDGE_DIR, or None once every problem in it has been printed."""
    from bot.answering import Answerer

    directory = load_settings().knowledge
    try:
        return Answerer.load(directory)
    except KnowledgeError as exc:
        print(f"The fact base in {directory} is not valid:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return None


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.context import Conversations
    from bot.replies import to_plain

    answerer = _load_answerer()
    if answerer is None:
        return 1
    lang: Lang | None = args.lang
    conversations = Conversations()

    def emit(question: str, chat: str | None = None) -> None:
        context = conversations.get(chat) if chat is not None else None
        reply = answerer.answer(question, lang=lang, context=context)
        if chat is not None and reply.context is not None:
            conversations.put(chat, reply.context)
        if args.json:
            sys.stdout.write(json.dumps(reply.as_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(to_plain(reply.text) + "\n\n")

    if args.question:
        emit(" ".join(args.question))
    else:
        for line in _lines(sys.stdin.buffer):
            if args.chats:
                chat, question = _chat_line(line)
                emit(question, chat)
            else:
                emit(line)
            sys.stdout.flush()
    sys.stdout.flush()
    return 0


def _chat_line(line: str) -> tuple[str, str]:
    """One line of ``ask --chats``: {"chat": id, "text": message}. A line that is not such an object
    is read as a message of its own chat ("-"), so it still gets exactly one reply."""
    try:
        data = json.loads(line)
    except ValueError:
        return "-", line
    if not isinstance(data, dict):
        return "-", line
    text = data.get("text")
    return str(data.get("chat", "-")), text if isinstance(text, str) else ""


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.context import Conversations
    from bot.replies import to_plain

    answerer = _load_answerer()
    if answerer is None:
        return 1
    if args.intro:
        print(args.intro)
    print("Ask about the Russia–Uzbekistan defence documents of 22 January 2025 (Ctrl-D or 'quit' to leave).")
    interactive = sys.stdin.isatty()
    conversations = Conversations()
    for question in _lines(sys.stdin.buffer) if not interactive else _prompted():
        if question.strip().casefold() in {"quit", "exit", "/quit", "/exit"}:
            break
        if not question.strip():
            continue
        reply = answerer.answer(question, lang=args.lang, context=conversations.get("console"))
        if reply.context is not None:
            conversations.put("console", reply.context)
        print(to_plain(reply.text))
        print(flush=True)
    return 0


def _prompted() -> Iterator[str]:
    while True:
        try:
            yield input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return


def _texts_problems() -> list[str]:
    """The interface texts' problems: bot.texts refuses to import with any (TextsError, a ValueError)."""
    try:
        from bot import texts
    except ValueError as exc:
        return [str(problem) for problem in getattr(exc, "problems", [exc])]
    return texts.problems()


def cmd_check(args: argparse.Namespace) -> int:
    directory = args.dir or load_settings().knowledge
    texts = _texts_problems()
    if texts:
        print(f"{len(texts)} problem(s) in the interface texts (bot/texts.py):", file=sys.stderr)
        for line in texts:
            print(f"  {line}", file=sys.stderr)
        return 1
    try:
        kb = load_knowledge(directory)
    except KnowledgeError as exc:
        print(f"{len(exc.problems)} problem(s) in {directory}:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    from bot.analysis import Analyzer
    from bot.verdict import claim_problems

    claims = claim_problems(kb.facts, Analyzer(kb.lexicon))
    if claims:
        print(f"{len(claims)} problem(s) in {directory}:", file=sys.stderr)
        for problem in claims:
            print(f"  {problem}", file=sys.stderr)
        return 1
    examples = sum(len(f.questions.get(lang)) for f in kb.facts for lang in LANGS)
    print(f"OK: {kb.summary()}, {examples} example questions, {len(kb.declines)} decline topics ({directory})")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from bot.replies import to_plain
    from bot.timeline import timeline_text

    answerer = _load_answerer()
    if answerer is None:
        return 1
    print(to_plain(timeline_text(answerer.kb, args.lang)))
    return 0


def cmd_unanswered(args: argparse.Namespace) -> int:
    from bot.unanswered import UnansweredLog, format_summary

    # The same settings as the bot's, so this lists the file the bot writes.
    path = args.path or load_settings().unanswered_log
    if path is None:
        print("The log of unanswered questions is turned off (UNANSWERED_LOG=off).")
        return 0
    log = UnansweredLog(path)
    print(format_summary(log.summary(limit=args.limit, days=args.days)))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    try:
        from bot.tg.app import run
    except ImportError as exc:  # pragma: no cover - only without the Telegram layer installed
        print(f"The Telegram layer is not available: {exc}", file=sys.stderr)
        return 2
    return run(webhook=args.webhook)


def cmd_default(args: argparse.Namespace) -> int:
    if load_settings().has_token:
        args.webhook = False
        return cmd_run(args)
    args.lang = None
    args.intro = GO_LIVE
    return cmd_chat(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="pactbot: answers with sources about the Russia–Uzbekistan defence documents of 22 January 2025.",
    )
    sub = parser.add_subparsers(dest="command")
    langs = list(LANGS)

    ask = sub.add_parser("ask", help="answer questions (arguments, or one per line on standard input)")
    ask.add_argument("--json", action="store_true", help="one JSON object per reply, one per line")
    ask.add_argument("--lang", choices=langs, help="reply in this language instead of the question's")
    ask.add_argument(
        "--chats",
        action="store_true",
        help='conversations: each line is {"chat": id, "text": message}; context is kept per chat',
    )
    ask.add_argument("question", nargs="*")
    ask.set_defaults(func=cmd_ask)

    chat = sub.add_parser("chat", help="an interactive console conversation")
    chat.add_argument("--lang", choices=langs)
    chat.set_defaults(func=cmd_chat, intro=None)

    check = sub.add_parser("check", help="validate the fact base (exit code 1 on any problem)")
    check.add_argument("--dir", help="fact base folder (default: KNOWLEDGE_DIR or ./knowledge)")
    check.set_defaults(func=cmd_check)

    timeline = sub.add_parser("timeline", help="the dated events of the fact base, oldest first")
    timeline.add_argument("--lang", choices=langs, default="en")
    timeline.set_defaults(func=cmd_timeline)

    unanswered = sub.add_parser("unanswered", help="the most frequent recent questions the bot declined")
    unanswered.add_argument("--path", help="log file (default: UNANSWERED_LOG or data/unanswered.jsonl)")
    unanswered.add_argument("--limit", type=int, default=20)
    unanswered.add_argument("--days", type=int, default=30)
    unanswered.set_defaults(func=cmd_unanswered)

    run = sub.add_parser("run", help="run the Telegram bot (long polling, or --webhook)")
    run.add_argument("--webhook", action="store_true", help="serve a webhook instead of long polling")
    run.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    _utf8_stdio()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_default)
    try:
        return func(args)
    except ConfigError as exc:
        print(f"pactbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
