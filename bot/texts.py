"""The bot's own words (not facts) in every language it speaks (``models.LANGS``).

``UI`` maps a key to its text per language; ``ui(key, lang)`` reads it. The texts are checked when
this module is imported (and by ``python -m bot check``): every key in every language, nothing
empty, and the same ``{placeholders}`` in every language, so a missing translation fails at start-up
instead of as a KeyError in the middle of a chat. To add a text: one entry here, in every language.
"""

from __future__ import annotations

import string

from bot.models import LANGS, Lang

UI: dict[str, dict[Lang, str]] = {
    "sources": {"en": "Sources", "ru": "Источники", "uz": "Manbalar"},
    "note": {"en": "Sources differ", "ru": "Источники расходятся", "uz": "Manbalarda farq bor"},
    "decline": {
        "en": "I can't answer that from my sources. I answer questions about the Russia–Uzbekistan "
        "defence documents signed in Tashkent on 22 January 2025: who signed what, when, where and why.",
        "ru": "На этот вопрос в моих источниках ответа нет. Я отвечаю на вопросы о документах "
        "о военном сотрудничестве России и Узбекистана, подписанных в Ташкенте 22 января 2025 года: "
        "кто, что, когда, где и зачем подписал.",
        "uz": "Bu savolga manbalarimda javob yo'q. Men 2025-yil 22-yanvarda Toshkentda imzolangan "
        "Rossiya–O'zbekiston mudofaa hujjatlari haqidagi savollarga javob beraman: kim, nimani, qachon, "
        "qayerda va nima uchun imzolagan.",
    },
    "decline_short": {
        "en": "I don't know that from my sources.",
        "ru": "Об этом в моих источниках ничего нет.",
        "uz": "Bu haqda manbalarimda ma'lumot yo'q.",
    },
    "caveat": {"en": "Caveat", "ru": "Оговорка", "uz": "Eslatma"},
    "timeline_latest": {
        "en": "The latest report I have is dated {date}; I have no reports of Russia–Uzbekistan defence events after it.",
        "ru": "Самое позднее сообщение в моих источниках датировано {date}; у меня нет сведений о событиях в "
        "оборонных отношениях России и Узбекистана после этой даты.",
        "uz": "Mendagi eng so'nggi xabar {date} sanasiga tegishli; undan keyingi Rossiya–O'zbekiston mudofaa "
        "voqealari haqida menda xabar yo'q.",
    },
    "timeline_title": {
        "en": "Timeline: dated events in my sources",
        "ru": "Хронология: датированные события по моим источникам",
        "uz": "Xronologiya: manbalarimdagi sanasi ma'lum voqealar",
    },
    "timeline_after_title": {
        "en": "After {date}, my sources report these dated events",
        "ru": "После {date} мои источники сообщают о таких датированных событиях",
        "uz": "{date} sanasidan keyin manbalarimda qayd etilgan voqealar",
    },
    "timeline_after_none": {
        "en": "My sources report no dated events after {date}.",
        "ru": "О датированных событиях после {date} в моих источниках сообщений нет.",
        "uz": "Manbalarimda {date} sanasidan keyingi voqealar qayd etilmagan.",
    },
    "timeline_reported": {"en": "reported {date}", "ru": "сообщение от {date}", "uz": "{date} xabari"},
    "try": {"en": "Try asking:", "ru": "Попробуйте спросить:", "uz": "Masalan, so'rang:"},
    "weekday_monday": {"en": "Monday", "ru": "Понедельник", "uz": "Dushanba"},
    "weekday_tuesday": {"en": "Tuesday", "ru": "Вторник", "uz": "Seshanba"},
    "weekday_wednesday": {"en": "Wednesday", "ru": "Среда", "uz": "Chorshanba"},
    "weekday_thursday": {"en": "Thursday", "ru": "Четверг", "uz": "Payshanba"},
    "weekday_friday": {"en": "Friday", "ru": "Пятница", "uz": "Juma"},
    "weekday_saturday": {"en": "Saturday", "ru": "Суббота", "uz": "Shanba"},
    "weekday_sunday": {"en": "Sunday", "ru": "Воскресенье", "uz": "Yakshanba"},
    "yes": {"en": "Yes", "ru": "Да", "uz": "Ha"},
    "no": {"en": "No", "ru": "Нет", "uz": "Yo'q"},
    "part_unanswered": {
        "en": "I can't answer this part from my sources:",
        "ru": "На эту часть вопроса в моих источниках ответа нет:",
        "uz": "Savolning bu qismiga manbalarimda javob yo'q:",
    },
    "clarify": {
        "en": "I'm not sure what you are asking.",
        "ru": "Я не уверен, что правильно понял вопрос.",
        "uz": "Savolingizni to'g'ri tushunganimga ishonchim komil emas.",
    },
    "did_you_mean": {
        "en": "Did you mean:",
        "ru": "Возможно, вы имели в виду:",
        "uz": "Balki siz shuni so'ramoqchisiz:",
    },
    "evidence": {"en": "Evidence", "ru": "Цитаты", "uz": "Dalillar"},
    "share": {"en": "Share", "ru": "Поделиться", "uz": "Ulashish"},
    "open_in_bot": {"en": "Open in the bot", "ru": "Открыть в боте", "uz": "Botda ochish"},
    "language_name": {"en": "English", "ru": "Русский", "uz": "O'zbekcha"},
    "language_auto": {"en": "The question's language", "ru": "Язык вопроса", "uz": "Savol tili"},
    "text_only": {
        "en": "I answer text questions only.",
        "ru": "Я отвечаю только на текстовые вопросы.",
        "uz": "Men faqat matnli savollarga javob beraman.",
    },
    "language_set": {
        "en": "From now on I answer in English, whatever the language of the question.",
        "ru": "Теперь я отвечаю по-русски, на каком бы языке ни был задан вопрос.",
        "uz": "Endi savol qaysi tilda bo'lishidan qat'i nazar, o'zbek tilida javob beraman.",
    },
    # The Telegram layer's words: /help, /sources, /reload, group mentions, buttons and errors.
    "help": {
        "en": "I answer questions about the Russia–Uzbekistan defence documents signed in Tashkent on "
        "22 January 2025 — who signed what, when, where and why — and cite the source of every claim. "
        "Ask in English, Russian or Uzbek.",
        "ru": "Я отвечаю на вопросы о документах о военном сотрудничестве России и Узбекистана, подписанных "
        "в Ташкенте 22 января 2025 года: кто, что, когда, где и зачем подписал — и указываю источник "
        "каждого утверждения. Спрашивайте по-русски, по-английски или по-узбекски.",
        "uz": "Men 2025-yil 22-yanvarda Toshkentda imzolangan Rossiya–O'zbekiston mudofaa hujjatlari haqidagi "
        "savollarga javob beraman: kim, nimani, qachon, qayerda va nima uchun imzolagan — har bir ma'lumotning "
        "manbasini ko'rsataman. O'zbek, rus yoki ingliz tilida so'rang.",
    },
    # setMyShortDescription (up to 120 characters); setMyDescription shows "help" (up to 512).
    "bot_short_description": {
        "en": "Answers about the Russia–Uzbekistan defence documents of 22 January 2025, with sources.",
        "ru": "Ответы о документах России и Узбекистана о военном сотрудничестве от 22.01.2025, с источниками.",
        "uz": "2025-yil 22-yanvardagi Rossiya–O'zbekiston mudofaa hujjatlari haqida manbali javoblar.",
    },
    "examples": {"en": "For example:", "ru": "Например:", "uz": "Masalan:"},
    "admin_commands": {"en": "For administrators:", "ru": "Для администраторов:", "uz": "Administratorlar uchun:"},
    "help_groups": {
        "en": "In a group, mention me ({bot}) or reply to my message. In any chat, type {bot} and a question "
        "to share an answer.",
        "ru": "В группе упомяните меня ({bot}) или ответьте на моё сообщение. В любом чате наберите {bot} "
        "и вопрос, чтобы поделиться ответом.",
        "uz": "Guruhda meni belgilang ({bot}) yoki xabarimga javob yozing. Istalgan chatda javobni ulashish "
        "uchun {bot} va savolni yozing.",
    },
    "cmd_start": {"en": "What I answer", "ru": "О боте", "uz": "Bot haqida"},
    "cmd_help": {"en": "How to ask, with examples", "ru": "Как спрашивать, примеры", "uz": "Qanday so'rash, misollar"},
    "cmd_sources": {"en": "The reports I cite", "ru": "Источники ответов", "uz": "Javoblar manbalari"},
    "cmd_language": {"en": "Choose the reply language", "ru": "Выбрать язык ответов", "uz": "Javob tilini tanlash"},
    "cmd_timeline": {
        "en": "What happened, date by date, with sources",
        "ru": "Хронология событий с источниками",
        "uz": "Voqealar xronologiyasi, manbalari bilan",
    },
    "cmd_reload": {"en": "Reload the fact base", "ru": "Перезагрузить базу фактов", "uz": "Bazani qayta yuklash"},
    "cmd_unanswered": {"en": "Questions I could not answer", "ru": "Вопросы без ответа", "uz": "Javobsiz savollar"},
    "cmd_stats": {"en": "Statistics since start", "ru": "Статистика с запуска", "uz": "Statistika"},
    "more": {"en": "…and {n} more", "ru": "…и ещё {n}", "uz": "…va yana {n} ta"},
    "mention_only": {
        "en": "Ask me about the Russia–Uzbekistan defence documents of 22 January 2025, for example:",
        "ru": "Спросите меня о документах России и Узбекистана о военном сотрудничестве от 22 января 2025 года, "
        "например:",
        "uz": "Mendan 2025-yil 22-yanvardagi Rossiya–O'zbekiston mudofaa hujjatlari haqida so'rang, masalan:",
    },
    "reload_refused": {
        "en": "Sorry, only the bot's administrators can reload the fact base.",
        "ru": "Извините, перезагружать базу фактов могут только администраторы бота.",
        "uz": "Kechirasiz, faktlar bazasini faqat bot administratorlari qayta yuklay oladi.",
    },
    "reload_ok": {
        "en": "Fact base reloaded: {facts} facts, {sources} sources, hash {hash} (was {previous}).",
        "ru": "База фактов перезагружена: фактов — {facts}, источников — {sources}, хеш {hash} (был {previous}).",
        "uz": "Faktlar bazasi qayta yuklandi: {facts} ta fakt, {sources} ta manba, xesh {hash} (avval {previous}).",
    },
    "reload_failed": {
        "en": "Reload failed: {count} problem(s). Still serving the previous base: {facts} facts, "
        "{sources} sources, hash {hash}.",
        "ru": "Перезагрузка не удалась, проблем: {count}. Бот работает на прежней базе: фактов — {facts}, "
        "источников — {sources}, хеш {hash}.",
        "uz": "Qayta yuklash amalga oshmadi: {count} ta muammo. Bot avvalgi baza bilan ishlayapti: {facts} ta fakt, "
        "{sources} ta manba, xesh {hash}.",
    },
    "fact_gone": {
        "en": "That answer is no longer in the fact base.",
        "ru": "Этого ответа больше нет в базе фактов.",
        "uz": "Bu javob endi faktlar bazasida yo'q.",
    },
    "language_auto_set": {
        "en": "From now on I answer in the language of each question.",
        "ru": "Теперь я отвечаю на том языке, на котором задан вопрос.",
        "uz": "Endi har bir savolga u berilgan tilda javob beraman.",
    },
    "error": {
        "en": "Sorry, something went wrong. Please try again.",
        "ru": "Извините, что-то пошло не так. Попробуйте ещё раз.",
        "uz": "Kechirasiz, nimadir noto'g'ri ketdi. Qaytadan urinib ko'ring.",
    },
    # Flood control, and the admin commands /unanswered and /stats.
    "slow_down": {
        "en": "You are sending messages too fast. Please wait {seconds} seconds, then ask again.",
        "ru": "Вы отправляете сообщения слишком часто. Подождите {seconds} с и спросите снова.",
        "uz": "Siz juda tez xabar yuboryapsiz. {seconds} soniya kutib, qaytadan so'rang.",
    },
    "admin_only": {
        "en": "Sorry, this command is for the bot's administrators only.",
        "ru": "Извините, эта команда только для администраторов бота.",
        "uz": "Kechirasiz, bu buyruq faqat bot administratorlari uchun.",
    },
    "admin_private_only": {
        "en": "Admin commands work only in a private chat with me.",
        "ru": "Команды администратора работают только в личном чате со мной.",
        "uz": "Administrator buyruqlari faqat men bilan shaxsiy chatda ishlaydi.",
    },
    "unanswered_title": {
        "en": "Unanswered questions, last {days} days",
        "ru": "Вопросы без ответа за последние {days} дн.",
        "uz": "Javobsiz savollar, so'nggi {days} kun",
    },
    "unanswered_none": {
        "en": "No unanswered questions recorded in the last {days} days.",
        "ru": "За последние {days} дн. вопросов без ответа не записано.",
        "uz": "So'nggi {days} kunda javobsiz savollar qayd etilmagan.",
    },
    "unanswered_off": {
        "en": "The log of unanswered questions is turned off.",
        "ru": "Журнал вопросов без ответа отключён.",
        "uz": "Javobsiz savollar jurnali o'chirilgan.",
    },
    "closest": {"en": "closest", "ru": "ближе всего", "uz": "eng yaqini"},
    "language_prompt": {
        "en": "Choose my reply language:",
        "ru": "Выберите язык ответов:",
        "uz": "Javob tilini tanlang:",
    },
    "stats_title": {"en": "Statistics", "ru": "Статистика", "uz": "Statistika"},
    "stats_uptime": {
        "en": "Up {uptime} (since {since})",
        "ru": "Работает {uptime} (с {since})",
        "uz": "Ishlayapti: {uptime} ({since} dan beri)",
    },
    "stats_questions": {
        "en": "Questions since start: {answered} answered, {declined} declined",
        "ru": "Вопросов с запуска: с ответом — {answered}, без ответа — {declined}",
        "uz": "Ishga tushgandan beri savollar: {answered} ta javob berildi, {declined} ta javobsiz",
    },
    "stats_other": {
        "en": "Buttons pressed: {buttons}; inline queries: {inline}; flood notices: {flood}",
        "ru": "Нажатий кнопок: {buttons}; inline-запросов: {inline}; предупреждений о флуде: {flood}",
        "uz": "Tugma bosishlar: {buttons}; inline so'rovlar: {inline}; tez yozish ogohlantirishlari: {flood}",
    },
    "stats_base": {
        "en": "Fact base: {facts} facts, {sources} sources, hash {hash}, loaded {loaded}",
        "ru": "База фактов: фактов — {facts}, источников — {sources}, хеш {hash}, загружена {loaded}",
        "uz": "Faktlar bazasi: {facts} ta fakt, {sources} ta manba, xesh {hash}, yuklangan: {loaded}",
    },
    "stats_reloads": {
        "en": "Reloads since start: {ok} succeeded, {failed} failed",
        "ru": "Перезагрузок с запуска: успешных — {ok}, неудачных — {failed}",
        "uz": "Ishga tushgandan beri qayta yuklashlar: {ok} ta muvaffaqiyatli, {failed} ta muvaffaqiyatsiz",
    },
    "stats_log": {
        "en": "Unanswered log: {path} ({recorded} recorded since start, {failed} write failures)",
        "ru": "Журнал вопросов без ответа: {path} (записано с запуска — {recorded}, ошибок записи — {failed})",
        "uz": "Javobsiz savollar jurnali: {path} (ishga tushgandan beri {recorded} ta yozildi, {failed} ta yozish xatosi)",
    },
}

MONTHS: dict[Lang, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "uz": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avgust",
        "sentabr",
        "oktyabr",  # as the facts and every blind writer spell it
        "noyabr",
        "dekabr",
    ),
}


def ui(key: str, lang: Lang) -> str:
    return UI[key][lang]


class TextsError(ValueError):
    """The interface texts are incomplete; ``problems`` lists every gap."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def problems(
    texts: dict[str, dict[Lang, str]] | None = None, months: dict[Lang, tuple[str, ...]] | None = None
) -> list[str]:
    """Every gap in the interface texts: a language missing or empty for a key, a language the bot
    does not speak, placeholders that differ between languages, a month list not of twelve."""
    texts = UI if texts is None else texts
    months = MONTHS if months is None else months
    found = []
    for key, by_lang in texts.items():
        missing = [lang for lang in LANGS if not str(by_lang.get(lang) or "").strip()]
        if missing:
            found.append(f"UI[{key!r}]: no text in {', '.join(missing)}")
        unknown = sorted(set(by_lang) - set(LANGS))
        if unknown:
            found.append(f"UI[{key!r}]: languages the bot does not speak: {', '.join(unknown)}")
        shapes = {lang: _placeholders(text) for lang, text in by_lang.items() if lang in LANGS and text}
        if len({frozenset(shape) for shape in shapes.values()}) > 1:
            listed = "; ".join(f"{lang}: {sorted(shape)}" for lang, shape in shapes.items())
            found.append(f"UI[{key!r}]: the placeholders differ between languages ({listed})")
    for lang in LANGS:
        if len(months.get(lang, ())) != 12:
            found.append(f"MONTHS[{lang!r}]: expected the twelve month names")
    return found


_PROBLEMS = problems()
if _PROBLEMS:
    raise TextsError(_PROBLEMS)
