"""The bot's own words (not facts) in the three languages it speaks."""

from __future__ import annotations

from bot.models import Lang

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
        "ru": "Самое позднее сообщение в моих источниках датировано {date}; о событиях в оборонных отношениях "
        "России и Узбекистана после этой даты у меня сообщений нет.",
        "uz": "Mendagi eng so'nggi xabar {date} sanasiga tegishli; undan keyingi Rossiya–O'zbekiston mudofaa "
        "voqealari haqida xabarlarim yo'q.",
    },
    "timeline_title": {
        "en": "Timeline: dated events in my sources",
        "ru": "Хронология: датированные события по моим источникам",
        "uz": "Xronologiya: manbalarimdagi sanasi ma'lum voqealar",
    },
    "timeline_reported": {"en": "reported {date}", "ru": "сообщение от {date}", "uz": "{date} xabari"},
    "try": {"en": "Try asking:", "ru": "Попробуйте спросить:", "uz": "Masalan, so'rang:"},
    "evidence": {"en": "Evidence", "ru": "Цитаты", "uz": "Dalillar"},
    "text_only": {
        "en": "I answer text questions only.",
        "ru": "Я отвечаю только на текстовые вопросы.",
        "uz": "Men faqat matnli savollarga javob beraman.",
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
    "examples": {"en": "For example:", "ru": "Например:", "uz": "Masalan:"},
    "help_groups": {
        "en": "In a group, mention me ({bot}) or reply to my message. In any chat, type {bot} and a question "
        "to share an answer.",
        "ru": "В группе упомяните меня ({bot}) или ответьте на моё сообщение. В любом чате наберите {bot} "
        "и вопрос, чтобы поделиться ответом.",
        "uz": "Guruhda meni belgilang ({bot}) yoki xabarimga javob yozing. Istalgan chatda javobni ulashish "
        "uchun {bot} va savolni yozing.",
    },
    "help_commands": {
        "en": "/sources — the reports I cite\n/help — this message",
        "ru": "/sources — источники, на которые я ссылаюсь\n/help — эта справка",
        "uz": "/sources — men tayanadigan manbalar\n/help — ushbu yordam",
    },
    "cmd_start": {"en": "What I answer", "ru": "О боте", "uz": "Bot haqida"},
    "cmd_help": {"en": "How to ask, with examples", "ru": "Как спрашивать, примеры", "uz": "Qanday so'rash, misollar"},
    "cmd_sources": {"en": "The reports I cite", "ru": "Источники ответов", "uz": "Javoblar manbalari"},
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
        "oktabr",
        "noyabr",
        "dekabr",
    ),
}


def ui(key: str, lang: Lang) -> str:
    return UI[key][lang]
