"""What the bot remembers: only people's choices, written whole, and an unreadable file is no reason
not to start."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

from bot.settings import Settings
from bot.tg.app import build_application
from bot.tg.persistence import ChoicesPersistence, make_persistence
from tests.tg.conftest import feed
from tests.tg.fakes import FakeRequest
from tests.tg.telegram_fake import FakeTelegram

ANN = FakeTelegram.user(901, "Ann", "en")
BOB = FakeTelegram.user(902, "Bob", "ru")


def stored(path: Path) -> dict[int, dict[str, str]]:
    with path.open("rb") as fh:
        return dict(pickle.load(fh)["user_data"])


async def test_only_people_who_chose_a_language_are_stored_and_auto_forgets_them(settings: Settings, tmp_path, tg):
    settings = settings.model_copy(update={"data_dir": tmp_path / "data"})
    path = tmp_path / "data" / "persistence.pickle"
    app = build_application(settings, request=FakeRequest(tg))
    await app.initialize()
    for user in (ANN, BOB):
        await feed(app, tg.text(tg.private(user), user, "Who signed the agreement?"))
    await feed(app, tg.text(tg.private(ANN), ANN, "/language uz"))
    await app.update_persistence()
    assert stored(path) == {ANN["id"]: {"lang": "uz"}}
    await feed(app, tg.text(tg.private(ANN), ANN, "/language auto"))
    await app.update_persistence()
    assert stored(path) == {}
    await app.shutdown()
    assert not path.with_name("persistence.pickle.tmp").exists()  # written aside, then renamed over


async def test_an_unreadable_file_is_moved_aside_and_the_bot_starts_without_choices(
    settings: Settings, tmp_path, tg, caplog
):
    data = tmp_path / "data"
    data.mkdir()
    (data / "persistence.pickle").write_bytes(b"\x80\x05not a pickle at all")
    settings = settings.model_copy(update={"data_dir": data})
    app = build_application(settings, request=FakeRequest(tg))
    with caplog.at_level(logging.WARNING, logger="bot.tg.persistence"):
        await app.initialize()
    assert "cannot be read" in caplog.text
    assert [p.name.split("-")[0] for p in data.iterdir()] == ["persistence.pickle.unreadable"]
    await feed(app, tg.text(tg.private(ANN), ANN, "Who signed the agreement?"))
    assert tg.sent_to(ANN["id"])[-1].text.startswith("Russia's Defence Minister")
    await app.shutdown()


def test_without_a_usable_data_dir_the_bot_runs_without_persistence(settings: Settings, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    settings = settings.model_copy(update={"data_dir": blocker / "data"})
    with caplog.at_level(logging.WARNING, logger="bot.tg.persistence"):
        assert make_persistence(settings) is None
    assert "will not survive a restart" in caplog.text
    assert build_application(settings).persistence is None
    ok = settings.model_copy(update={"data_dir": tmp_path / "d"})
    assert isinstance(make_persistence(ok), ChoicesPersistence)
