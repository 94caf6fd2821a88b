"""The sending policy's pieces, in process: splitting long texts."""

from __future__ import annotations

from bot.tg.sending import split_text, utf16_len


def test_a_too_long_text_is_split_at_line_ends_within_the_limit():
    text = "\n".join(f"line {n} " + "ж" * 50 for n in range(400))
    parts = list(split_text(text, 4000))
    assert len(parts) > 1
    assert all(utf16_len(part) <= 4000 for part in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())
    emoji = "😀" * 5000  # two UTF-16 code units each, no spaces at all
    parts = list(split_text(emoji, 4000))
    assert all(utf16_len(part) <= 4000 for part in parts)
    assert "".join(parts) == emoji


def test_poison_offset_is_moved_past_poison_capped_while_stopping_and_limited_by_room():
    from telegram.request import RequestData
    from telegram.request._requestparameter import RequestParameter

    from bot.tg.poison import PoisonFilter

    def data(**params: object) -> RequestData:
        return RequestData([RequestParameter.from_input(k, v) for k, v in params.items()])

    poison = PoisonFilter()
    batch = b'{"ok": true, "result": [{"update_id": 5, "message": {"message_id": 1, "date": 1, "chat": {"id": 1, "type": "private"}, "text": "a"}}, {"update_id": 6, "message": {"date": 100000000000000000000}}]}'
    payload, ids = poison.screen(batch)
    assert ids == [5]
    assert b'"update_id": 6' not in payload
    assert poison.skip_to == 7
    assert poison.adjust_offset(data(offset=6, timeout=10)).parameters["offset"] == 7
    assert poison.adjust_offset(data(offset=6), cap=5).parameters["offset"] == 5  # stopping: 5 not answered
    assert poison.adjust_offset(data(offset=8, limit=100), room=3).parameters == {"offset": 8, "limit": 3}


def test_recent_ids_remember_a_bounded_window():
    from bot.tg.poison import RecentIds

    recent = RecentIds(size=3)
    assert [recent.add(n) for n in (1, 2, 1, 3, 4)] == [True, True, False, True, True]
    assert recent.add(1)  # forgotten: the window holds 2, 3, 4


def test_lone_surrogates_become_one_replacement_character_each():
    from bot.tg.poison import clean_text

    cleaned = clean_text({"text": "a\ud800b", "entities": [{"offset": 1}], "n": 3})
    assert cleaned == {"text": "a\ufffdb", "entities": [{"offset": 1}], "n": 3}
    assert utf16_len(cleaned["text"]) == 3


def test_the_tracker_confirms_only_up_to_the_first_unanswered_update_when_stopping():
    from bot.tg.drain import Tracker

    tracker = Tracker(max_pending=3)
    tracker.accept_all([10, 11, 12])
    assert tracker.full
    assert tracker.confirm_offset() is None  # running: no cap
    tracker.finish(10)
    tracker.finish(12)
    tracker.stopping = True
    assert tracker.confirm_offset() == 11
    tracker.finish(11)
    assert tracker.confirm_offset() is None
