"""The Telegram layer: the transport that carries questions from Telegram to the answering core.

Everything that imports python-telegram-bot lives in this package, so the core (and ``python -m bot
ask/chat/check``) never pays for it. Split by concern: ``settings`` (configuration), ``logs``
(logging that never shows the token), ``state`` (the current fact base and /reload), ``keyboards``
(inline buttons and their callback data), ``handlers`` (what the bot does with each update),
``errors`` (the error handler), ``webhook`` (the webhook and health HTTP server) and ``app``
(building the Application and running it).
"""
