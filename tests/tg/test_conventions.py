"""The Telegram conventions, in process: the bot's description, deep links to an answer, the Share
button, /language, and the one command table behind dispatch, the menu and /help."""

from __future__ import annotations

import inspect

from bot.models import LANGS
from bot.texts import UI, ui
from bot.tg.app import on_start
from bot.tg.chat import LANG_KEY
from bot.tg.handlers import ADMIN_COMMANDS, COMMANDS, COMMANDS_BY_NAME, Handlers, menu
from tests.tg.conftest import ADMIN_ID, feed
from tests.tg.telegram_fake import FakeTelegram

ANN = FakeTelegram.user(801, "Ann", "en")
IVAN = FakeTelegram.user(802, "Ivan", "ru")
ADMIN = FakeTelegram.user(ADMIN_ID, "Admin", "en")


async def test_start_up_sets_the_description_and_short_description_in_every_language(app, tg):
    await on_start(app)
    assert set(tg.descriptions) == {"", *LANGS}
    assert set(tg.short_descriptions) == {"", *LANGS}
    assert tg.descriptions[""] == tg.descriptions["en"] == ui("help", "en")
    assert tg.descriptions["ru"].startswith("Я отвечаю на вопросы")
    assert tg.short_descriptions["uz"] == ui("bot_short_description", "uz")
    for lang in LANGS:
        assert len(ui("bot_short_description", lang)) <= 120
        assert len(ui("help", lang)) <= 512
    assert "source" in tg.descriptions[""]
    assert set(tg.commands) == {"default:", "default:en", "default:ru", "default:uz"}


async def test_a_deep_link_opens_the_bot_on_that_answer(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "/start f_place_ru"))
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith("В Ташкенте")
    assert sent.buttons[-1] == {"text": "Поделиться", "switch_inline_query": "Где подписали соглашение?"}


async def test_a_deep_link_to_a_fact_no_longer_there_says_so_then_helps(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "/start f_gone_en"))
    await feed(app, tg.text(chat, ANN, "/start something-else"))
    gone, help_, plain = tg.sent_to(chat["id"])
    assert gone.text == "That answer is no longer in the fact base."
    assert help_.text.startswith("I answer questions about")
    assert plain.text == help_.text


async def test_inline_answers_carry_a_deep_link_back_to_the_bot(app, tg):
    tg.inline(IVAN, "кто подписал соглашение")
    await feed(app, tg.updates[-1])
    [answer] = tg.inline_answers
    [result] = answer["results"]
    [[button]] = result["reply_markup"]["inline_keyboard"]
    assert button == {"text": "Открыть в боте", "url": "https://t.me/PactTestBot?start=f_signatories_ru"}


async def test_share_is_under_every_answer_and_not_under_a_decline(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "When was the agreement signed?"))
    await feed(app, tg.text(chat, ANN, "What is the capital of Japan?"))
    answer, decline = tg.sent_to(chat["id"])
    assert answer.buttons[-1]["switch_inline_query"] == "When was the agreement signed?"
    assert all("switch_inline_query" not in b for b in decline.buttons)


async def test_language_choice_with_buttons_decides_the_reply_language(app, tg):
    chat = tg.private(ANN)
    await feed(app, tg.text(chat, ANN, "/language"))
    [prompt] = tg.sent_to(chat["id"])
    assert prompt.text == "Choose my reply language:"
    assert [b["callback_data"] for b in prompt.buttons] == ["l:en", "l:ru", "l:uz", "l:auto"]
    assert prompt.buttons[-1]["text"] == "✓ The question's language"
    query = tg.press(ANN, prompt.message, "l:ru")
    await feed(app, tg.updates[-1])
    assert tg.callback_queries[query] is True
    assert tg.sent_to(chat["id"])[-1].text.startswith("Теперь я отвечаю по-русски")
    assert app.user_data[ANN["id"]][LANG_KEY] == "ru"
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    answer = tg.sent_to(chat["id"])[-1]
    assert answer.text.startswith("Подписали министр обороны России")
    assert answer.buttons[0]["callback_data"].endswith(":ru")
    await feed(app, tg.text(chat, ANN, "/help"))
    assert tg.sent_to(chat["id"])[-1].text.startswith("Я отвечаю на вопросы")
    await feed(app, tg.text(chat, ANN, "/language"))
    assert tg.sent_to(chat["id"])[-1].buttons[1]["text"] == "✓ Русский"
    # "The question's language": back to answering in the language asked.
    tg.press(ANN, prompt.message, "l:auto")
    await feed(app, tg.updates[-1])
    assert tg.sent_to(chat["id"])[-1].text == "From now on I answer in the language of each question."
    await feed(app, tg.text(chat, ANN, "Who signed the agreement?"))
    assert tg.sent_to(chat["id"])[-1].text.startswith("Russia's Defence Minister")


async def test_language_can_be_chosen_with_an_argument_and_applies_to_inline_mode(app, tg):
    chat = tg.private(IVAN)
    await feed(app, tg.text(chat, IVAN, "/language UZ"))
    assert tg.sent_to(chat["id"])[-1].text.startswith("Endi savol qaysi tilda")
    tg.inline(IVAN, "кто подписал соглашение")
    await feed(app, tg.updates[-1])
    [result] = tg.inline_answers[-1]["results"]
    assert result["title"] == "Kelishuvni kim imzoladi?"
    await feed(app, tg.text(chat, IVAN, "/language xx"))  # not a language: the buttons
    assert [b["callback_data"] for b in tg.sent_to(chat["id"])[-1].buttons][2] == "l:uz"


async def test_help_lists_the_menu_commands_and_the_admin_ones_only_for_admins(app, tg):
    for user in (ANN, ADMIN):
        await feed(app, tg.text(tg.private(user), user, "/help"))
    ann, admin = tg.sent_to(ANN["id"])[-1], tg.sent_to(ADMIN_ID)[-1]
    for name, description in menu("en"):
        assert f"/{name} — {description}" in ann.text
    assert "/language — Choose the reply language" in ann.text
    assert "/reload" not in ann.text
    assert "For administrators:\n/reload — Reload the fact base" in admin.text
    assert "/stats" in admin.text


def test_one_command_table_drives_dispatch_menu_and_help():
    assert [c.name for c in COMMANDS if c.menu] == ["start", "help", "sources", "timeline", "language"]
    assert ADMIN_COMMANDS == ("reload", "unanswered", "stats")
    assert COMMANDS_BY_NAME["reload"].refusal == "reload_refused"
    for command in COMMANDS:
        assert command.help in UI, command.name
        assert inspect.iscoroutinefunction(command.handler), command.name
        assert command.handler.__qualname__.startswith(f"{Handlers.__name__}."), command.name
        assert not (command.admin and command.menu), command.name
    assert [name for name, _ in menu("ru")] == ["start", "help", "sources", "timeline", "language"]
    assert menu("ru")[2] == ("sources", "Источники ответов")
