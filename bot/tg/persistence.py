"""What the bot remembers across restarts: the reply language people chose with /language.

python-telegram-bot's own ``PicklePersistence``, in one file under DATA_DIR, storing ``user_data``
only (bot_data holds the live fact base and handlers, rebuilt at every start). Three changes to it,
for a bot that anyone can write to:

- only people who made a choice are stored: python-telegram-bot gives every user who writes an
  empty ``user_data``, and storing those would keep the Telegram id of everyone who ever asked a
  question; choosing "the question's language" again removes the entry;
- the file is written to a temporary name and renamed over the old one, so a crash mid-write leaves
  the previous file whole instead of a truncated one;
- an unreadable file (truncated by a full disk, written by something else) is moved aside with a
  warning and the bot starts with no choices remembered, rather than not starting at all.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from telegram.ext import PersistenceInput, PicklePersistence

from bot.settings import Settings

log = logging.getLogger(__name__)

PERSISTED = PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False)


class ChoicesPersistence(PicklePersistence):  # type: ignore[type-arg]
    """PicklePersistence of people's choices (see the module's docstring)."""

    def __init__(self, filepath: Path) -> None:
        super().__init__(filepath, store_data=PERSISTED, single_file=True)

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        if data:
            await super().update_user_data(user_id, data)
        elif self.user_data and user_id in self.user_data:
            await self.drop_user_data(user_id)

    # python-telegram-bot's own file handling (stable across v20-v22), made atomic and forgiving.

    def _dump_singlefile(self) -> None:
        final = self.filepath
        temporary = final.with_name(f"{final.name}.tmp")
        self.filepath = temporary
        try:
            super()._dump_singlefile()
        finally:
            self.filepath = final
        os.replace(temporary, final)

    def _load_singlefile(self) -> None:
        try:
            super()._load_singlefile()
        except TypeError as exc:  # what PicklePersistence raises for a file it cannot unpickle
            aside = self.filepath.with_name(f"{self.filepath.name}.unreadable-{int(time.time())}")
            log.warning(
                "%s cannot be read (%s); moved to %s, starting with no /language choices", self.filepath, exc, aside
            )
            self.filepath.replace(aside)
            super()._load_singlefile()  # the file is gone now: starts empty


def make_persistence(settings: Settings) -> ChoicesPersistence | None:
    """The persistence in DATA_DIR. Without a writable DATA_DIR the bot still runs, and forgets
    the choices at a restart."""
    path = settings.persistence_file.resolve()  # a later chdir must not move it
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("DATA_DIR %s is not usable (%s): /language choices will not survive a restart", path.parent, exc)
        return None
    return ChoicesPersistence(path)
