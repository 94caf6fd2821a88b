"""Handlers in process: updates fed through Application.process_update, Bot API calls answered by
the fake Telegram (which refuses anything Telegram would refuse)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.answering import Answerer
from bot.tg.app import build_application, handlers_of, set_commands, state_of
from bot.tg.flood import INLINE_FLOOD_FACTOR, FloodControl
from bot.unanswered import UnansweredLog
from tests.tg.conftest import ADMIN_ID, feed
from tests.tg.fakes import FakeRequest
from tests.tg.telegram_fake import BOT_ID, BOT_USERNAME, FakeTelegram

pytestmark = pytest.mark.asyncio

ANN = FakeTelegram.user(101, "Ann", "en")
IVAN = FakeTelegram.user(102, "Ivan", "ru")
ADMIN = FakeTelegram.user(ADMIN_ID, "Admin", "en")
SIGNED_EN = "Russia's Defence Minister Andrei Belousov"
SIGNED_RU = "Подписали министр обороны России Андрей Белоусов"


async def test_private_question_in_english_is_answered_with_sources_buttons_and_no_preview(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith(SIGNED_EN)
    assert "Sources:" in sent.text
    assert '<a href="https://www.caspiannews.com/' in sent.html
    assert sent.params["parse_mode"] == "HTML"
    assert sent.message["link_preview_options"] == {"is_disabled": True}
    assert sent.reply_to is None  # a private chat needs no quoting
    data = [b.get("callback_data") for b in sent.buttons]
    assert data == ["f:date:en", "f:place:en", "f:documents:en", "e:signatories:en", None]
    assert [b["text"] for b in sent.buttons][-2:] == ["Evidence", "Share"]
    # Share: inline mode in a chat the person picks, with the question typed, offers this answer.
    assert sent.buttons[-1]["switch_inline_query"] == "Who signed the agreement?"
    assert sent.message["reply_markup"]["inline_keyboard"][-1] == sent.buttons[-2:]  # one row
    assert sent.buttons[0]["text"] == "When was the agreement signed?"


async def test_private_question_in_russian_is_answered_in_russian(app, tg):
    chat = tg.private(IVAN)
    await feed(app, tg.text(chat, IVAN, "кто подписал соглашение?"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith(SIGNED_RU)
    assert "Источники:" in sent.text
    assert [b["text"] for b in sent.buttons][-2:] == ["Цитаты", "Поделиться"]


async def test_question_language_wins_over_the_users_language_code(app, tg):
    chat = tg.private(IVAN)  # language_code ru, asks in English
    await feed(app, tg.text(chat, IVAN, "When was the agreement signed?"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith("On 22 January 2025")


async def test_text_without_a_language_falls_back_to_the_users_language(app, tg):
    chat = tg.private(IVAN)
    await feed(app, tg.text(chat, IVAN, "👍 ?"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith("На этот вопрос в моих источниках ответа нет")
    assert [b["callback_data"] for b in sent.buttons] == ["f:signatories:ru", "f:date:ru", "f:place:ru"]


async def test_unanswerable_question_in_private_gets_the_long_decline_with_suggestions(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "What did Belarus sign with Kazakhstan?"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith("I can't answer that from my sources.")
    assert "Try asking:" in sent.text


@pytest.mark.parametrize(
    "text",
    [
        "@PactTestBot who signed the agreement?",
        "@pacttestbot who signed the agreement?",
        "Who signed the agreement, @PACTTESTBOT?",
        "hey @pActTeStBoT who signed the agreement",
    ],
)
async def test_group_mention_anywhere_in_any_case_is_answered_as_a_reply(app, tg, text):
    group = tg.group(-1001)
    update = tg.text(group, ANN, text)
    await feed(app, update)
    [sent] = tg.replies_to(update)
    assert sent.text.startswith(SIGNED_EN)
    assert sent.message["reply_to_message"]["message_id"] == update["message"]["message_id"]


async def test_group_text_mention_of_the_bot_is_answered(app, tg):
    group = tg.group(-1002, kind="group")
    text = "Pact Test, when was the agreement signed?"
    mention = {
        "type": "text_mention",
        "offset": 0,
        "length": 9,
        "user": {"id": BOT_ID, "is_bot": True, "first_name": "Pact Test"},
    }
    update = tg.text(group, ANN, text, entities=[mention])
    await feed(app, update)
    [sent] = tg.replies_to(update)
    assert sent.text.startswith("On 22 January 2025")


async def test_group_reply_to_the_bot_is_answered_and_reply_to_a_person_is_not(app, tg):
    group = tg.group(-1003)
    first = tg.text(group, ANN, f"@{BOT_USERNAME} who signed it?")
    await feed(app, first)
    [bot_message] = tg.replies_to(first)
    follow_up = tg.text(group, IVAN, "а когда подписали соглашение?", reply_to=bot_message.message)
    await feed(app, follow_up)
    [answer] = tg.replies_to(follow_up)
    assert answer.text.startswith("22 января 2025 года")
    to_person = tg.text(group, ANN, "who signed the agreement?", reply_to=follow_up["message"])
    await feed(app, to_person)
    assert tg.replies_to(to_person) == []


@pytest.mark.parametrize(
    "text",
    [
        "who signed the agreement?",
        "@PactTestBotX who signed the agreement?",
        "mail me at news@PactTestBot.org: who signed?",
        "@OtherBot who signed the agreement?",
    ],
)
async def test_group_messages_not_addressed_to_the_bot_get_silence(app, tg, text):
    group = tg.group(-1004)
    await feed(app, tg.text(group, ANN, text))
    assert tg.sent == []


async def test_forum_topics_get_the_answer_in_the_same_topic(app, tg):
    forum = tg.group(-1012)
    forum["is_forum"] = True
    topic_start = {
        "message_id": 7,
        "date": 1737500000,
        "chat": forum,
        "from": ANN,
        "forum_topic_created": {"name": "Pact", "icon_color": 7322096},
    }
    plain = tg.text(forum, IVAN, "who signed the agreement?", reply_to=topic_start)
    asked = tg.text(forum, IVAN, "@PactTestBot who signed the agreement?", reply_to=topic_start)
    for update in (plain, asked):
        update["message"].update(message_thread_id=7, is_topic_message=True)
        await feed(app, update)
    assert tg.replies_to(plain) == []  # the topic's opening message is not the bot's: not addressed
    [sent] = tg.replies_to(asked)
    assert sent.params["message_thread_id"] == "7"


async def test_group_decline_is_one_short_line_without_buttons(app, tg):
    group = tg.group(-1005)
    update = tg.text(group, ANN, "@PactTestBot what did Belarus sign with Kazakhstan?")
    await feed(app, update)
    [sent] = tg.replies_to(update)
    assert sent.text == "I don't know that from my sources."
    assert sent.buttons == []


async def test_group_bare_mention_offers_example_questions(app, tg):
    group = tg.group(-1006)
    update = tg.text(group, IVAN, "@PactTestBot")
    await feed(app, update)
    [sent] = tg.replies_to(update)
    assert sent.text.startswith("Спросите меня")
    assert "Кто подписал соглашение?" in sent.text


async def test_help_and_start_in_the_users_language_with_examples(app, tg):
    chat = tg.private(IVAN)
    await feed(app, tg.text(chat, IVAN, "/start"))
    await feed(app, tg.text(chat, IVAN, "/help"))
    start, help_ = tg.sent_to(chat["id"])
    assert start.text == help_.text
    assert help_.text.startswith("Я отвечаю на вопросы")
    assert "• Кто подписал соглашение?" in help_.text
    assert "@PactTestBot" in help_.text
    assert help_.buttons[0]["callback_data"] == "f:signatories:ru"


async def test_group_commands_addressed_to_this_bot_work_and_to_another_bot_are_ignored(app, tg):
    group = tg.group(-1007)
    ours = tg.text(group, ANN, "/help@PactTestBot")
    theirs = tg.text(group, ANN, "/help@OtherBot")
    plain = tg.text(group, ANN, "/sources")
    for update in (ours, theirs, plain):
        await feed(app, update)
    assert len(tg.replies_to(ours)) == 1
    assert tg.replies_to(theirs) == []
    assert len(tg.replies_to(plain)) == 1


async def test_commands_are_recognised_without_a_bot_command_entity(app, tg):
    group = tg.group(-1010)
    ours = tg.text(group, ANN, "/help@pacttestbot", entities=[])
    theirs = tg.text(group, ANN, "/help@OtherBot please", entities=[])
    for update in (ours, theirs):
        await feed(app, update)
    [reply] = tg.replies_to(ours)
    assert reply.text.startswith("I answer questions about")
    assert tg.replies_to(theirs) == []


async def test_unknown_commands_in_groups_are_ignored(app, tg):
    group = tg.group(-1011)
    await feed(app, tg.text(group, ANN, "/whatever"))
    await feed(app, tg.text(group, ANN, "/whatever@PactTestBot"))
    assert tg.sent == []


async def test_sources_lists_every_source_escaped_with_links(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "/sources"))
    [sent] = tg.sent_to(chat["id"])
    assert "Example Wire &lt;test&gt;" in sent.html
    assert 'href="https://example.org/wire?id=1&amp;lang=en"' in sent.html
    assert "Caspian News" in sent.text
    assert sent.text.startswith("Sources (2)")


async def test_unknown_command_in_private_gets_help_unless_meant_for_another_bot(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "/whatever"))
    await feed(app, tg.text(chat, ANN, "/help@OtherBot"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith("I answer questions about")


async def test_reload_by_a_non_admin_is_refused_logged_and_changes_nothing(app, tg, kb_dir, caplog):
    state = state_of(app)
    before = state.current
    (kb_dir / "facts" / "more.yaml").unlink()
    chat = tg.private(ANN)
    with caplog.at_level(logging.WARNING, logger="bot.tg"):
        await feed(app, tg.text(chat, ANN, "/reload"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text == "Sorry, only the bot's administrators can reload the fact base."
    assert state.current is before
    assert any("refused /reload from user 101" in r.getMessage() for r in caplog.records)


async def test_reload_by_an_admin_swaps_in_the_edited_base(app, tg, kb_dir):
    core = kb_dir / "facts" / "core.yaml"
    core.write_text(core.read_text().replace("On 22 January 2025, a Wednesday.", "On 22 January 2025 (edited)."))
    chat = tg.private(ADMIN)
    old_hash = state_of(app).current.kb.content_hash
    await feed(app, tg.text(chat, ADMIN, "/reload"))
    [report] = tg.sent_to(chat["id"])
    new_hash = state_of(app).current.kb.content_hash
    assert new_hash != old_hash
    assert report.text == f"Fact base reloaded: 6 facts, 2 sources, hash {new_hash} (was {old_hash})."
    await feed(app, tg.text(chat, ADMIN, "When was the agreement signed?"))
    assert tg.sent_to(chat["id"])[-1].text.startswith("On 22 January 2025 (edited).")


async def test_reload_failure_lists_problems_and_keeps_the_last_good_base(app, tg, kb_dir):
    (kb_dir / "facts" / "more.yaml").write_text("- id: activities\n  answer: [unclosed\n")
    core = kb_dir / "facts" / "core.yaml"
    core.write_text(
        core.read_text().replace(
            'source: caspian-news, quote: "The agreement', 'source: nowhere, quote: "The agreement'
        )
    )
    before = state_of(app).current
    chat = tg.private(ADMIN)
    await feed(app, tg.text(chat, ADMIN, "/reload"))
    [report] = tg.sent_to(chat["id"])
    assert report.text.startswith("Reload failed: ")
    assert "Still serving the previous base: 6 facts, 2 sources, hash " + before.kb.content_hash in report.text
    assert "kb/facts/more.yaml: line " in report.text
    assert "kb/facts/core.yaml: fact 'date' (entry 2): evidence[0]: unknown source 'nowhere'" in report.text
    assert state_of(app).current is before
    await feed(app, tg.text(chat, ADMIN, "How many joint military activities are planned for 2025?"))
    assert tg.sent_to(chat["id"])[-1].text.startswith("50 joint military activities")


async def test_reload_report_with_very_many_problems_stays_within_telegrams_limit(app, tg, kb_dir):
    broken = [f"- id: broken-{n}\n  answer: {{en: x}}\n" for n in range(400)]
    (kb_dir / "facts" / "broken.yaml").write_text("".join(broken))
    chat = tg.private(ADMIN)
    await feed(app, tg.text(chat, ADMIN, "/reload"))
    [report] = tg.sent_to(chat["id"])
    assert len(report.html) <= 4096
    assert report.text.rstrip().endswith(("more", "more problem(s) not listed"))
    assert "&lt;" not in report.text


async def test_non_text_gets_a_short_reply_in_private_and_silence_in_groups(app, tg):
    chat = tg.private(IVAN)
    await feed(app, tg.sticker(chat, IVAN))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text == "Я отвечаю только на текстовые вопросы."
    group = tg.group(-1008)
    await feed(app, tg.sticker(group, ANN))
    assert tg.sent_to(group["id"]) == []


async def test_edited_messages_and_channel_posts_are_not_answered(app, tg):
    chat = tg.private(ANN)
    update = tg.text(chat, ANN, "hello")
    await feed(app, tg.edit(update, "Who signed the agreement?"))
    channel = tg.channel(-1009)
    await feed(app, tg.text(channel, None, "@PactTestBot who signed the agreement?", kind="channel_post"))
    assert tg.sent == []


async def test_messages_sent_through_the_bots_inline_mode_are_not_questions(app, tg):
    chat = tg.private(ANN)
    update = tg.text(chat, ANN, "Who signed the agreement?")
    update["message"]["via_bot"] = tg.bot
    await feed(app, update)
    assert tg.sent == []


async def test_related_question_button_answers_it_and_answers_the_callback(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    [answer] = tg.sent_to(chat["id"])
    query = tg.press(ANN, answer.message, "f:place:en")
    await feed(app, tg.updates[-1])
    assert tg.callback_queries[query] is True
    follow = tg.sent_to(chat["id"])[-1]
    assert follow.text.startswith("In Tashkent")
    assert follow.buttons[-2]["callback_data"] == "e:place:en"
    assert follow.buttons[-1]["switch_inline_query"] == "Where was the agreement signed?"


async def test_evidence_button_shows_the_exact_quotes_with_links(app, tg):
    chat = tg.private(IVAN)
    await feed(app, tg.text(chat, IVAN, "Узбекистан член ОДКБ?"))
    [answer] = tg.sent_to(chat["id"])
    tg.press(IVAN, answer.message, "e:csto:ru")
    await feed(app, tg.updates[-1])
    evidence = tg.sent_to(chat["id"])[-1]
    assert evidence.text.startswith("Цитаты")
    assert "Uzbekistan suspended its membership of the Collective Security Treaty Organization in 2012" in evidence.text
    kinds = {e["type"] for e in evidence.message["entities"]}
    assert {"blockquote", "text_link", "bold"} <= kinds


async def test_stale_or_foreign_button_is_answered_without_a_message(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    [answer] = tg.sent_to(chat["id"])
    for data in ("f:no-such-fact:en", "garbage", "e:date:xx"):
        query = tg.press(ANN, answer.message, data)
        await feed(app, tg.updates[-1])
        assert tg.callback_queries[query] is True
    assert tg.callback_answers[-3]["text"] == "That answer is no longer in the fact base."
    assert len(tg.sent_to(chat["id"])) == 1


async def test_inline_query_offers_the_answer_with_its_source(app, tg):
    query = tg.inline(ANN, "who signed the agreement")
    await feed(app, tg.updates[-1])
    [answer] = tg.inline_answers
    assert answer["inline_query_id"] == query
    [result] = answer["results"]
    content = result["input_message_content"]
    assert content["message_text"].startswith(SIGNED_EN)
    assert "caspiannews.com" in content["message_text"]
    assert content["parse_mode"] == "HTML"
    assert content["link_preview_options"] == {"is_disabled": True}
    assert result["title"] == "Who signed the agreement?"


async def test_empty_or_unanswerable_inline_query_offers_popular_questions(app, tg):
    tg.inline(IVAN, "")
    await feed(app, tg.updates[-1])
    tg.inline(ANN, "what did Belarus sign")
    await feed(app, tg.updates[-1])
    empty, unanswerable = tg.inline_answers
    assert [r["title"] for r in empty["results"]][:2] == ["Кто подписал соглашение?", "Когда подписали соглашение?"]
    assert len(empty["results"]) == 5
    assert unanswerable["results"][0]["title"] == "Who signed the agreement?"


async def test_command_menus_are_set_in_english_russian_and_uzbek(app, tg):
    await set_commands(app)
    assert set(tg.commands) == {"default:", "default:en", "default:ru", "default:uz"}
    assert [c["command"] for c in tg.commands["default:ru"]] == ["start", "help", "sources", "timeline", "language"]
    assert tg.commands["default:ru"][2]["description"] == "Источники ответов"
    assert tg.commands["default:uz"][0]["description"] == "Bot haqida"


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # raised inside AIORateLimiter
async def test_flood_control_is_retried_by_the_rate_limiter(app, tg):
    tg.floods["sendMessage"] = [1]
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert [c.method for c in tg.calls].count("sendMessage") == 2
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith(SIGNED_EN)


async def test_an_error_in_a_handler_is_logged_the_user_told_and_the_bot_goes_on(app, tg, caplog, monkeypatch):
    chat = tg.private(ANN)
    state = state_of(app)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(state.current, "answer", broken)
    with caplog.at_level(logging.ERROR, logger="bot.tg"):
        await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert tg.sent_to(chat["id"])[-1].text == "Sorry, something went wrong. Please try again."
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)
    monkeypatch.undo()
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert tg.sent_to(chat["id"])[-1].text.startswith(SIGNED_EN)


async def test_a_reply_comes_from_one_base_even_if_a_reload_lands_mid_question(app: Application, tg, kb_dir: Path):  # type: ignore[type-arg]
    state = state_of(app)
    old = state.current
    core = kb_dir / "facts" / "core.yaml"
    core.write_text(core.read_text().replace("When was the agreement signed?", "NEW: when was it signed?"))
    new = Answerer.load(kb_dir)
    original = old.answer

    def answer_then_swap(*args, **kwargs):  # the reload lands after the answer, before the buttons
        reply = original(*args, **kwargs)
        state.current = new
        return reply

    object.__setattr__(old, "answer", answer_then_swap)
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.buttons[0]["text"] == "When was the agreement signed?"  # the old base's, like the answer
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert tg.sent_to(chat["id"])[-1].buttons[0]["text"] == "NEW: when was it signed?"


# -- flood control, the log of declined questions, /unanswered, /stats (issue 5) -----------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def limit_flood(app: Application, max_messages: int, window: float = 30.0) -> Clock:  # type: ignore[type-arg]
    """Swaps in flood control with a small limit on a clock the test moves."""
    clock = Clock()
    handlers = handlers_of(app)
    handlers.flood = FloodControl(max_messages, window, clock=clock)
    handlers.inline_flood = FloodControl(max_messages * INLINE_FLOOD_FACTOR, window, clock=clock)
    return clock


def unanswered_log(app: Application) -> UnansweredLog:  # type: ignore[type-arg]
    log = handlers_of(app).curation.unanswered
    assert log is not None
    return log


SLOW_DOWN_EN = "You are sending messages too fast. Please wait 30 seconds, then ask again."


async def test_the_configured_flood_control_and_log_are_wired_in(app, settings):
    handlers = handlers_of(app)
    assert (handlers.flood.max_messages, handlers.flood.window) == (
        settings.flood_max_messages,
        settings.flood_window_seconds,
    )
    assert handlers.inline_flood.max_messages == settings.flood_max_messages * INLINE_FLOOD_FACTOR
    assert unanswered_log(app).path == Path("data") / "unanswered.jsonl"  # relative to the working directory


async def test_flood_one_notice_then_silence_until_the_window_has_passed_other_users_unaffected(app, tg):
    clock = limit_flood(app, 3)
    chat, other = tg.private(ANN), tg.private(IVAN)
    for _ in range(6):
        await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    await feed(app, tg.text(other, IVAN, "кто подписал соглашение?"))
    texts = [s.text for s in tg.sent_to(chat["id"])]
    assert len(texts) == 4
    assert all(t.startswith(SIGNED_EN) for t in texts[:3])
    assert texts[3] == SLOW_DOWN_EN
    assert tg.sent_to(other["id"])[0].text.startswith(SIGNED_RU)
    clock.now += 29.0
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert len(tg.sent_to(chat["id"])) == 4
    clock.now += 1.0
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert tg.sent_to(chat["id"])[-1].text.startswith(SIGNED_EN)
    stats = handlers_of(app).curation.stats
    assert (stats.answered, stats.declined) == (5, 0)  # the ignored ones were never questions answered


async def test_flood_notice_in_the_users_language_and_as_a_reply_in_groups(app, tg):
    limit_flood(app, 1)
    group = tg.group(-1101)
    not_addressed = [tg.text(group, IVAN, "просто разговор") for _ in range(5)]
    for update in not_addressed:
        await feed(app, update)  # what is not addressed to the bot does not count
    first = tg.text(group, IVAN, "@PactTestBot кто подписал соглашение?")
    second = tg.text(group, IVAN, "@PactTestBot когда подписали соглашение?")
    third = tg.text(group, IVAN, "@PactTestBot где подписали соглашение?")
    for update in (first, second, third):
        await feed(app, update)
    assert tg.replies_to(first)[0].text.startswith(SIGNED_RU)
    [notice] = tg.replies_to(second)
    assert notice.text == "Вы отправляете сообщения слишком часто. Подождите 30 с и спросите снова."
    assert tg.replies_to(third) == []


async def test_flood_counts_commands_and_button_presses_with_one_toast_then_silence(app, tg):
    limit_flood(app, 2)
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    [answer] = tg.sent_to(chat["id"])
    first = tg.press(ANN, answer.message, "f:place:en")
    await feed(app, tg.updates[-1])
    over = tg.press(ANN, answer.message, "f:date:en")
    await feed(app, tg.updates[-1])
    ignored = tg.press(ANN, answer.message, "e:date:en")
    await feed(app, tg.updates[-1])
    await feed(app, tg.text(chat, ANN, "/help"))
    assert tg.callback_queries[first] is True
    assert tg.callback_queries[over] is True
    assert tg.callback_answers[-1]["text"] == SLOW_DOWN_EN
    assert tg.callback_queries[ignored] is False  # ignored: not even answered
    assert len(tg.sent_to(chat["id"])) == 2  # the answer and the first press; no notice message


async def test_inline_queries_get_a_wider_allowance_then_go_unanswered(app, tg):
    limit_flood(app, 2)
    ids = []
    for n in range(2 * INLINE_FLOOD_FACTOR + 3):
        ids.append(tg.inline(ANN, "who signed the agreement"[: 5 + n]))
        await feed(app, tg.updates[-1])
    answered = {a["inline_query_id"] for a in tg.inline_answers}
    assert answered == set(ids[: 2 * INLINE_FLOOD_FACTOR])
    chat = tg.private(ANN)  # inline queries have their own window: the chat still works
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert tg.sent_to(chat["id"])[0].text.startswith(SIGNED_EN)


async def test_admins_admin_commands_are_never_held_back_by_flood_control(app, tg):
    limit_flood(app, 1)
    chat = tg.private(ADMIN)
    for _ in range(3):
        await feed(app, tg.text(chat, ADMIN, "Who signed the agreement?"))
    assert tg.sent_to(chat["id"])[-1].text == SLOW_DOWN_EN
    await feed(app, tg.text(chat, ADMIN, "/stats"))
    await feed(app, tg.text(chat, ADMIN, "/reload"))
    stats, reload = tg.sent_to(chat["id"])[-2:]
    assert stats.text.startswith("Statistics")
    assert "flood notices: 1" in stats.text
    assert reload.text.startswith("Fact base reloaded")


async def test_a_strangers_admin_commands_count_against_flood_control(app, tg):
    limit_flood(app, 2)
    chat = tg.private(ANN)
    for command in ("/stats", "/unanswered", "/reload", "/stats"):
        await feed(app, tg.text(chat, ANN, command))
    texts = [s.text for s in tg.sent_to(chat["id"])]
    assert texts == [
        "Sorry, this command is for the bot's administrators only.",
        "Sorry, this command is for the bot's administrators only.",
        SLOW_DOWN_EN,
    ]


async def test_declined_questions_are_recorded_private_and_group_with_the_mention_stripped(app, tg):
    private, group = tg.private(ANN), tg.group(-1102)
    await feed(app, tg.text(private, ANN, "What did Belarus sign with Kazakhstan?"))
    await feed(app, tg.text(group, IVAN, "@PactTestBot что подписала Беларусь с Казахстаном?"))
    await feed(app, tg.text(group, IVAN, "что подписала Беларусь?"))  # not addressed: not a question
    await feed(app, tg.text(private, ANN, "Who signed the agreement?"))  # answered: not recorded
    entries = unanswered_log(app).entries()
    assert [(e["text"], e["language"]) for e in entries] == [
        ("What did Belarus sign with Kazakhstan?", "en"),
        ("что подписала Беларусь с Казахстаном?", "ru"),
    ]
    assert all(set(e) >= {"time", "best_fact", "best_score", "user"} for e in entries)
    assert entries[0]["user"] != entries[1]["user"]
    raw = unanswered_log(app).path.read_text(encoding="utf-8")
    for user in (ANN, IVAN):
        # (as a number of its own: a salted hash in hex may hold "101" by chance)
        assert re.search(rf"(?<![0-9a-f]){user['id']}(?![0-9a-f])", raw) is None
        assert user["first_name"] not in raw


async def test_unanswered_lists_the_most_frequent_declined_questions_for_an_admin(app, tg):
    users = [FakeTelegram.user(700 + n, f"U{n}", "en") for n in range(4)]
    for n, user in enumerate(users):
        chat = tg.private(user)
        await feed(app, tg.text(chat, user, "What did Belarus sign with Kazakhstan?"))
        if n < 2:
            await feed(app, tg.text(chat, user, "<b>Is</b> %s {bot} the weather & fine?"))
    chat = tg.private(ADMIN)
    await feed(app, tg.text(chat, ADMIN, "/unanswered"))
    [sent] = tg.sent_to(chat["id"])
    lines = sent.text.splitlines()
    assert lines[0] == "Unanswered questions, last 30 days"
    assert lines[2].startswith("• 4× What did Belarus sign with Kazakhstan? (en")
    assert lines[3].startswith("• 2× <b>Is</b> %s {bot} the weather & fine? (en")
    assert "&lt;b&gt;Is&lt;/b&gt; %s {bot} the weather &amp; fine?" in sent.html


async def test_unanswered_when_nothing_was_declined_and_when_the_log_is_off(app, tg):
    chat = tg.private(IVAN)
    handlers_of(app).admins = frozenset({IVAN["id"]})
    await feed(app, tg.text(chat, IVAN, "/unanswered"))
    handlers_of(app).curation.unanswered = None
    await feed(app, tg.text(chat, IVAN, "/unanswered"))
    empty, off = tg.sent_to(chat["id"])
    assert empty.text == "За последние 30 дн. вопросов без ответа не записано."
    assert off.text == "Журнал вопросов без ответа отключён."


async def test_unanswered_stays_within_telegrams_limit(app, tg):
    log = unanswered_log(app)
    for n in range(60):
        text = f"{n} " + "<&>" * 150  # escaping makes each line several times longer
        for _ in range(60 - n):
            log.record(text, "en", "signatories", 0.5, user_id=n)
    chat = tg.private(ADMIN)
    await feed(app, tg.text(chat, ADMIN, "/unanswered"))
    [sent] = tg.sent_to(chat["id"])
    assert len(sent.html) <= 4096
    assert sent.text.splitlines()[2].startswith("• 60× 0 <&><&>")
    assert sent.text.rstrip().endswith("more")


async def test_stats_for_an_admin(app, tg):
    ann = tg.private(ANN)
    await feed(app, tg.text(ann, ANN, "Who signed the agreement?"))
    await feed(app, tg.text(ann, ANN, "What did Belarus sign with Kazakhstan?"))
    await feed(app, tg.text(tg.group(-1103), IVAN, "@PactTestBot когда подписали соглашение?"))
    chat = tg.private(ADMIN)
    await feed(app, tg.text(chat, ADMIN, "/stats"))
    [sent] = tg.sent_to(chat["id"])
    kb = state_of(app).current.kb
    lines = sent.text.splitlines()
    assert lines[0] == "Statistics"
    assert lines[1].startswith("Up 00:00:")
    assert lines[2] == "Questions since start: 2 answered, 1 declined"
    assert (
        lines[4] == f"Fact base: 6 facts, 2 sources, hash {kb.content_hash}, loaded {kb.loaded_at:%Y-%m-%d %H:%M} UTC"
    )
    assert lines[5] == "Reloads since start: 0 succeeded, 0 failed"
    assert lines[6] == "Unanswered log: data/unanswered.jsonl (1 recorded since start, 0 write failures)"


@pytest.mark.parametrize("command", ["/reload", "/unanswered", "/stats"])
async def test_admin_commands_are_refused_for_others_and_in_groups_even_for_admins(app, tg, caplog, command):
    before = state_of(app).current
    private = tg.private(ANN)
    group = tg.group(-1104)
    with caplog.at_level(logging.WARNING, logger="bot.tg"):
        await feed(app, tg.text(private, ANN, command))
        by_admin = tg.text(group, ADMIN, f"{command}@PactTestBot")
        by_other = tg.text(group, ANN, command)
        for update in (by_admin, by_other):
            await feed(app, update)
    [refusal] = tg.sent_to(private["id"])
    assert refusal.text.startswith("Sorry, ")
    assert "administrators" in refusal.text
    for update in (by_admin, by_other):  # the same words for everyone: nothing tells who is an admin
        [reply] = tg.replies_to(update)
        assert reply.text == "Admin commands work only in a private chat with me."
    assert state_of(app).current is before
    messages = [r.getMessage() for r in caplog.records]
    assert any(f"refused {command} from user 101" in m for m in messages)
    assert any(f"refused {command} in a supergroup chat from user {ADMIN_ID}" in m for m in messages)


async def test_without_admin_ids_admin_commands_are_disabled_with_a_warning(settings, tg, caplog):
    settings = settings.model_copy(update={"admin_ids": ""})
    with caplog.at_level(logging.WARNING, logger="bot.tg"):
        application = build_application(settings, request=FakeRequest(tg))
    assert any(
        "ADMIN_IDS is empty: the admin commands (/reload, /unanswered, /stats) are disabled" in r.getMessage()
        for r in caplog.records
    )
    await application.initialize()
    try:
        chat = tg.private(ADMIN)
        for command in ("/reload", "/unanswered", "/stats"):
            await feed(application, tg.text(chat, ADMIN, command))
        assert [s.text.startswith("Sorry, ") for s in tg.sent_to(chat["id"])] == [True] * 3
    finally:
        await application.shutdown()


HOSTILE = [
    "%s %d %(x)s %n {0} {bot} {__class__} <b>bold</b> </i> &amp; & <script>alert(1)</script>",
    "@PactTestBot %(levelname)s {facts} <a href='x'>who signed</a>?",
    "\u202e\u200b\x00 /reload@PactTestBot?",
]


async def test_user_text_is_never_html_or_a_format_string_in_replies_or_logs(app, tg, caplog):
    chat, group = tg.private(ANN), tg.group(-1105)
    with caplog.at_level(logging.DEBUG):
        for text in HOSTILE:
            await feed(app, tg.text(chat, ANN, text))
            await feed(app, tg.text(group, IVAN, f"@PactTestBot {text}"))
        tg.inline(ANN, HOSTILE[0])
        await feed(app, tg.updates[-1])
    assert len(tg.sent_to(chat["id"])) == len(HOSTILE)
    assert len(tg.sent_to(group["id"])) == len(HOSTILE)
    for record in caplog.records:
        message = record.getMessage()  # would raise if a user's text had become a format string
        if record.name.startswith("bot."):  # the bot's own lines never carry a user's text at all
            assert "alert(1)" not in message
            assert "{__class__}" not in message
    admin = tg.private(ADMIN)
    await feed(app, tg.text(admin, ADMIN, "/unanswered"))
    listing = tg.sent_to(admin["id"])[-1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in listing.html
    assert "<script>" in listing.text
