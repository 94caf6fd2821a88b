"""The fake Telegram itself: the checks the end-to-end tests rely on must refuse what Telegram refuses."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import ClientSession

from bot.answering import Answerer
from tests.tg.telegram_fake import ApiError, FakeTelegram, auto_entities, check_keyboard, check_text, parse_html


def test_parse_html_gives_plain_text_and_utf16_entities():
    plain, entities = parse_html('👍 <b>bold &amp; <i>both</i></b> <a href="https://x.example/?a=1&amp;b=2">link</a>')
    assert plain == "👍 bold & both link"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 11},
        {"type": "italic", "offset": 10, "length": 4},
        {"type": "text_link", "offset": 15, "length": 4, "url": "https://x.example/?a=1&b=2"},
    ]


def test_all_of_telegrams_tags_are_accepted():
    text = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>"
        '<span class="tg-spoiler">p</span><tg-spoiler>t</tg-spoiler><a href="tg://user?id=1">m</a><code>c</code>'
        '<pre><code class="language-python">x</code></pre><blockquote>q</blockquote>'
        '<blockquote expandable>e</blockquote><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    _, entities = parse_html(text)
    kinds = {e["type"] for e in entities}
    assert kinds >= {"bold", "italic", "underline", "strikethrough", "spoiler", "text_mention", "code", "pre"}
    assert {"blockquote", "expandable_blockquote", "custom_emoji"} <= kinds


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("<p>para</p>", 'Unsupported start tag "p"'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unexpected end tag "b"'),
        ("a < b", "Unexpected character '<'"),
        ("fish & chips", "Unescaped '&'"),
        ('<a href="javascript:alert(1)">x</a>', "Invalid URL"),
        ("<a>no href</a>", "Invalid URL"),
        ('<b class="x">x</b>', 'Unsupported attribute "class"'),
        ("<span>x</span>", 'must have class "tg-spoiler"'),
        ("<code><b>x</b></code>", "inside pre or code"),
        ("<blockquote><blockquote>x</blockquote></blockquote>", "can't be nested"),
    ],
)
def test_what_telegram_refuses_is_refused(text, error):
    with pytest.raises(ApiError) as caught:
        parse_html(text)
    assert caught.value.code == 400
    assert error in caught.value.description


def test_text_length_and_emptiness_are_checked_after_parsing():
    check_text("<b>" + "x" * 4096 + "</b>", "HTML")
    for text in ("x" * 4097, "<b> </b>", "", "   "):
        with pytest.raises(ApiError):
            check_text(text, "HTML")
    with pytest.raises(ApiError):
        check_text("😀" * 2049, "HTML")  # 4098 UTF-16 code units


def test_buttons_are_checked():
    check_keyboard({"inline_keyboard": [[{"text": "a", "callback_data": "x" * 64}]]})
    for markup in (
        {"inline_keyboard": [[{"text": "a", "callback_data": "x" * 65}]]},
        {"inline_keyboard": [[{"text": "", "callback_data": "x"}]]},
        {"inline_keyboard": [[{"text": "a"}]]},
        {"keyboard": []},
    ):
        with pytest.raises(ApiError):
            check_keyboard(markup)


def test_unknown_methods_and_bad_chats_get_telegram_style_errors():
    tg = FakeTelegram()
    assert tg.call("sendPigeon", {}) == (
        400,
        {"ok": False, "error_code": 400, "description": "Bad Request: method not found"},
    )
    status, body = tg.call("sendMessage", {"chat_id": "1", "text": "hi"})
    assert (status, body["description"]) == (400, "Bad Request: chat not found")
    assert tg.violations == ["sendPigeon: Bad Request: method not found", "sendMessage: Bad Request: chat not found"]


def test_sent_messages_are_realistic():
    tg = FakeTelegram()
    user = tg.user(1, "Ann")
    chat = tg.private(user)
    question = tg.text(chat, user, "/help@PactTestBot and @someone")
    assert question["message"]["entities"] == [
        {"type": "bot_command", "offset": 0, "length": 17},
        {"type": "mention", "offset": 22, "length": 8},
    ]
    status, body = tg.call(
        "sendMessage",
        {"chat_id": "1", "text": "<b>hi</b>", "parse_mode": "HTML", "reply_parameters": '{"message_id": 1}'},
    )
    assert status == 200
    message = body["result"]
    assert isinstance(message["date"], int)
    assert message["from"]["is_bot"] is True
    assert message["reply_to_message"]["message_id"] == 1
    assert message["entities"] == [{"type": "bold", "offset": 0, "length": 2}]


def test_auto_entities_follow_telegram():
    assert auto_entities("mail a@b.cd or /start") == [{"type": "bot_command", "offset": 15, "length": 6}]


def test_every_reply_of_the_fixture_base_passes(fixture_answerer: Answerer):
    for fact in fixture_answerer.kb.facts:
        for lang in ("en", "ru", "uz"):
            check_text(fixture_answerer.answer_fact(fact.id, lang).text, "HTML")
            check_text(fixture_answerer.evidence_text(fact.id, lang), "HTML")


async def test_the_fake_server_long_polls_confirms_by_offset_and_refuses_like_telegram(api):
    tg = api.tg
    base = f"{api.url}/bot{tg.token}"
    async with ClientSession() as http:

        async def call(method: str, **params: object) -> tuple[int, dict]:
            async with http.post(f"{base}/{method}", data={k: str(v) for k, v in params.items()}) as response:
                return response.status, await response.json()

        async with http.post(f"{api.url}/bot123:wrong/getMe") as response:
            assert (response.status, (await response.json())["description"]) == (401, "Unauthorized")
        assert await call("getPigeons") == (
            400,
            {"ok": False, "error_code": 400, "description": "Bad Request: method not found"},
        )
        assert (await call("getMe"))[1]["result"]["username"] == "PactTestBot"

        began = time.monotonic()
        assert (await call("getUpdates", timeout=1))[1]["result"] == []
        assert time.monotonic() - began >= 0.9  # held for the long-poll timeout

        user = tg.user(9, "Ann")
        waiting = asyncio.ensure_future(call("getUpdates", timeout=5))
        await asyncio.sleep(0.1)
        update = tg.text(tg.private(user), user, "hi")
        _, body = await asyncio.wait_for(waiting, 2)  # answered as soon as the update arrives
        assert [u["update_id"] for u in body["result"]] == [update["update_id"]]
        assert isinstance(body["result"][0]["message"]["date"], int)

        assert len((await call("getUpdates", offset=update["update_id"]))[1]["result"]) == 1  # not confirmed yet
        assert (await call("getUpdates", offset=update["update_id"] + 1))[1]["result"] == []  # confirmed, gone

        first = asyncio.ensure_future(call("getUpdates", timeout=5))
        await asyncio.sleep(0.1)
        second = asyncio.ensure_future(call("getUpdates", timeout=0))
        assert (await first)[0] == 409  # Telegram: terminated by other getUpdates request
        assert (await second)[0] == 200
    tg.violations.clear()  # the deliberate unknown method above
