"""The Telegram layer: the transport that carries questions from Telegram to the answering core.

Everything that imports python-telegram-bot lives in this package, so the core (and ``python -m bot
ask/chat/check``) never pays for it. Split by role: ``handlers`` (dispatch: what the bot does with
each update, and ``COMMANDS``, the one table of commands), ``chat`` (chat plumbing: who asks, in
which language, whether a group message is meant for the bot, sending HTML), ``views`` (pure
formatters of what commands show) beside ``curation`` (the unanswered log, /unanswered and /stats),
``keyboards`` (inline buttons, their callback data and deep links), ``flood`` (flood control),
``state`` (the current fact base and /reload), ``logs`` (logging that never shows the token),
``errors`` (the error handler), ``webhook`` (the webhook and health HTTP server) and ``app``
(building the Application — Defaults, persistence, the menu and description — and running it).
The settings are ``bot.settings``, shared with the console commands (``settings`` here re-exports
them).
"""
