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
    "try": {"en": "Try asking:", "ru": "Попробуйте спросить:", "uz": "Masalan, so'rang:"},
    "evidence": {"en": "Evidence", "ru": "Цитаты", "uz": "Dalillar"},
    "text_only": {
        "en": "I answer text questions only.",
        "ru": "Я отвечаю только на текстовые вопросы.",
        "uz": "Men faqat matnli savollarga javob beraman.",
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
