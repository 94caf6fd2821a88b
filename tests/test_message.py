"""Reading a message: the questions in it, without pleasantries, and the kind of each."""

from __future__ import annotations

import pytest

from bot.message import read
from bot.normalize import fold, uz_cyrillic_to_latin


def parts(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.text, p.kind, p.wh) for p in read(fold(text)).parts]


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Hi there 👋 I'm a student. Who signed the documents? Thanks in advance!", "who signed the documents?"),
        ("Здравствуйте! Меня зовут Алишер. Кто подписал документы? Спасибо!", "кто подписал документы?"),
        ("Assalomu alaykum! Men jurnalistman. Hujjatlarni kim imzoladi? Katta rahmat", "hujjatlarni kim imzoladi?"),
        ("Retired officer here, where did the ministers meet?", "where did the ministers meet?"),
        # an emoji ends a sentence
        ("I'm a student from Almaty writing about Central Asia 🙂 Who signed it?", "who signed it?"),
        # hearsay and "one more" lead-ins are filler
        (
            "thx!! one more — a friend sent me a link saying they met in Moscow, is that legit?",
            "they met in moscow, is that legit?",
        ),
        ("Друг скинул ссылку, что они встречались в Москве. Это правда?", "они встречались в москве, это правда?"),
        ("yo 😅 random q but who signed it?", "who signed it?"),
        # the writer's own verb, without "я", and who sent them to ask
        (
            "Плету кружево в Вологде, внук попросил разобраться: что такое «Хамкорлик-2025»?",
            "что такое «хамкорлик-2025»?",
        ),
    ],
)
def test_pleasantries_and_introductions_are_dropped(message: str, question: str):
    assert [p[0] for p in parts(message)] == [question]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who signed it, and where?", [("who signed it", "who"), ("where signed it", "where")]),
        ("When and where was it signed?", [("when was it signed", "when"), ("where was it signed", "where")]),
        ("кто и когда подписал?", [("кто подписал", "who"), ("когда подписал", "when")]),
        (
            "Belousov Toshkentga qaysi kuni keldi va hujjatlar qaysi kuni imzolandi?",
            [("belousov toshkentga qaysi kuni keldi", "when"), ("hujjatlar qaysi kuni imzolandi", "when")],
        ),
        (
            "Where were the documents signed, and how many joint events does the 2025 plan include?",
            [
                ("where were the documents signed", "where"),
                ("how many joint events does the 2025 plan include", "howmany"),
            ],
        ),
        (
            "who / when / where for the defence signing?",
            [
                ("who for the defence signing", "who"),
                ("when for the defence signing", "when"),
                ("where for the defence signing", "where"),
            ],
        ),
        # ", and" between two question words of one sentence ties them as "and" does
        (
            "On what date, and in which city, did the ministers next meet?",
            [
                ("on what date , did the ministers next meet", "when"),
                ("in which city, did the ministers next meet", "where"),
            ],
        ),
        # "or" between two questions joins two questions too
        (
            "Belousov yana kim bilan uchrashgan yoki qayerga borgan?",
            [("belousov yana kim bilan uchrashgan", "who"), ("qayerga borgan", "where")],
        ),
    ],
)
def test_compound_questions_are_split_into_parts(message: str, expected: list[tuple[str, str]]):
    assert [(text, wh) for text, _, wh in parts(message)] == expected


def test_a_claim_asked_after_truth_lead_keeps_its_when_clause():
    """ "Правда, что…" leads one claim: its "что" asks nothing, and ", когда…" is the claim's own clause."""
    whole = read(fold("Правда, что Халмухамедов был генерал-лейтенантом, когда подписывал документы?"))
    assert [p.kind for p in whole.parts] == ["yesno"]
    assert "подписывал" in whole.parts[0].text
    # an "и где?" after the claim is a second question still
    both = read(fold("правда, что они встретились в мае, и где это было?"))
    assert [p.kind for p in both.parts] == ["yesno", "wh"]


def test_uzbek_cyrillic_when_and_where_after_conversion():
    reading = read(uz_cyrillic_to_latin(fold("Ҳужжатлар қачон ва қаерда имзоланди?")))
    assert [p.wh for p in reading.parts] == ["when", "where"]
    assert all("imzolandi" in p.text for p in reading.parts)


def test_a_leading_yes_no_question_joined_to_a_wh_question():
    found = parts("Two things: is Uzbekistan in the CSTO, and what's its status with the Eurasian Economic Union?")
    assert [kind for _, kind, _ in found] == ["yesno", "wh"]


def test_a_yes_no_part_joined_to_a_wh_question():
    found = parts("When did Belousov arrive in Uzbekistan, and did he meet Mirziyoyev while he was there?")
    assert [kind for _, kind, _ in found] == ["wh", "yesno"]


@pytest.mark.parametrize(
    "message",
    [
        "Were the documents signed in Moscow?",
        "Did Putin sign it?",
        "And it happened in Tashkent, right?",
        "Подписали в пятницу?",
        "Подписывали ли документы президенты?",
        "Hujjatlar dushanba kuni imzolanganmi?",
        "So that was a Tuesday?",
        "Правда, что программа рассчитана до 2030 года?",  # "что" here is not a question word
        "А верно ли, что подписали два документа?",
        "and the 2025 plan has 100 joint events?",  # a claim asked with intonation alone
        "а в Москве потом что-то по ней подписывали?",  # "что-то", "когда-то" are no question words
        "а в ОДКБ он когда-то состоял?",
        "Toshkentda ikkita hujjat imzolanganmi, 2025-yil rejasi va 2026-2030 dasturi?",  # asked in its first clause
        "Hamkorlik-2025 mashqi Toshkent viloyatida o'tganmidi?",  # the past "-midi"
        # whether something was told, about a question inside it
        "А Минобороны уточнило, какие именно?",
        "Did the ministry say which ones?",
        "Vazirlik qaysilari ekanini aytdimi?",
        "Did the Uzbek defence ministry publish the full list of the 50 events?",  # whether, not the list
        # relative pronouns ask nothing
        "В 2025-м в Узбекистане продолжали судить тех, кто воевал за Россию?",
        "after the deal, did uzbek courts keep convicting people who went to fight for russia?",
        "Separate check: were Uzbek courts still convicting nationals who fought for Russia in 2025?",
        # the question word opens a clause of time; "too?" asks whether the same held then
        "А в январе 2025-го, когда бумаги подписывал, тоже?",
        # the question word starts a clause of its own after a claim asked with intonation
        "Белоусов и Халмухамедов что-то подписали, когда встречались в мае 2025?",
        # a membership asked in a noun or a place, with no verb
        "uzbekistan in csto rn?",
        "eaeu member then?",
        # whether a report says it right
        "То есть Caspian News корректно пишет, что Ташкент избегал вступления в ОДКБ?",
        # a topic named with "what about", then whether
        "what about the CSTO — was it ever a member?",
        # whether there is one too, typed without its mark
        "а у россии с белоруссией тоже есть план на 2026 год",
    ],
)
def test_yes_no_questions(message: str):
    assert [kind for _, kind, _ in parts(message)] == ["yesno"]


def test_uzbek_may_is_a_month_not_an_english_modal():
    assert [kind for _, kind, _ in parts("May oyida vazirlar qayerda uchrashdi?")] == ["wh"]


@pytest.mark.parametrize(
    "message",
    [
        "summary please",
        "what's this deal about?",
        "расскажи вкратце",
        "qisqacha tushuntiring",
        "tl;dr of the deal",
        "give me a quick summary: who signed what, when and where?",  # one overview, not three parts
        "Можно краткую сводку — что подписали, кто и где?",
        "Give me 3 bullet points on the Jan 2025 defence documents",
        "Что это вообще за программа военного партнёрства?",
        "Rossiya–O'zbekiston harbiy kelishuvining mohiyati nimada?",
        "What was this about? In a nutshell.",  # brevity asked for in a sentence of its own
    ],
)
def test_requests_for_an_overview(message: str):
    assert [kind for _, kind, _ in parts(message)] == ["overview"]


@pytest.mark.parametrize(
    "message", ["Когда подписали? Коротко.", "Who signed it? Briefly please", "Что за договор 2017 года?"]
)
def test_brevity_or_what_is_it_about_one_thing_is_no_overview(message: str):
    assert [kind for _, kind, _ in parts(message)] == ["wh"]


def test_a_list_of_wh_words_about_what_followed_is_no_overview():
    # "a brief" is the writer's own piece; the ministers' meeting after the signing is what is asked
    kinds = [
        kind
        for _, kind, _ in parts(
            "before i push a brief: after the signing the ministers met again. where and what date?"
        )
    ]
    assert "overview" not in kinds


@pytest.mark.parametrize(
    ("message", "wh"),
    [
        ("Who signed?", "who"),
        ("how many joint events?", "howmany"),
        ("2025 plan: number of events?", "howmany"),
        ("Hamkorlik-2025, # of troops?", "howmany"),
        ("Сколько мероприятий?", "howmany"),
        ("Где подписали?", "where"),
        ("А простые узбеки как к этому относятся?", "how"),
        ("а чего он ездил в Ташкент?", "why"),
        ("qachon imzolandi?", "when"),
        ("на сколько лет программа?", "howlong"),
        # "how much did they give" of a court asks the length of the sentences, not a count
        ("а сколько давали тем, кто воевал?", "howlong"),
        ("whereabouts?", "where"),
        ("what dates?", "when"),
    ],
)
def test_question_words_tell_what_is_asked(message: str, wh: str):
    assert parts(message)[0][2] == wh


def test_core_is_the_question_after_a_lead_in():
    (part,) = read(fold("yo my dad keeps asking me — who's the uzbek defence minister?")).parts
    assert part.core.startswith("who's the uzbek defence minister")


def test_a_filler_before_a_colon_leaves_the_colon_ending_the_lead_in():
    (part,) = read(
        fold("I build log saunas near Kuopio so excuse the basic question: who signed for Uzbekistan?")
    ).parts
    assert part.core == "who signed for uzbekistan?"


@pytest.mark.parametrize(
    "message",
    [
        "according to whom did the 2025 plan include 50 joint events?",
        "по чьим данным в плане 50 мероприятий?",
        "kimning ma'lumotiga ko'ra rejada 50 ta tadbir bor?",
    ],
)
def test_whose_report_it_is_asks_no_who(message: str):
    assert parts(message)[0][2] == "what"


def test_a_segment_asking_only_what_someone_holds_borrows_the_person():
    assert [p for p, _, _ in parts("who is Belousov, what position?")] == [
        "who is belousov",
        "what position is belousov",
    ]


def test_a_pronoun_or_a_bare_follow_up_leans_on_context():
    assert read(fold("What did he say?")).parts[0].refers
    assert read(fold("and where?")).parts[0].refers
    assert read(fold("Rossiya tomonidan-chi?")).parts[0].refers
    assert not read(fold("Who signed the documents?")).parts[0].refers


def test_at_most_three_parts_and_an_empty_message_has_none():
    assert len(read(fold("who? when? where? why? how many?")).parts) == 3
    assert read("").parts == ()


@pytest.mark.parametrize(
    "message",
    [
        "I read that Belousov signed the deal in Samarkand. Is that true?",
        "Говорят, по программе будут совместно использовать военные объекты. Это правда?",
        "Hujjatlar Moskvada imzolangan. Rostmi?",
    ],
)
def test_is_that_true_asks_about_the_sentence_before_it(message: str):
    parts = read(fold(message)).parts
    assert len(parts) == 1
    assert parts[0].kind == "yesno"
    assert len(parts[0].text.split()) >= 4  # the claim came with the tag
    assert not parts[0].future  # "будут" in a report asked about is no request for a forecast


def test_a_question_without_a_topic_takes_the_statement_before_it():
    parts = read(fold("Слышал, Узбекистан хочет менять российские истребители. На чьи?")).parts
    assert len(parts) == 1
    assert "истребители" in parts[0].text


def test_is_that_certain_after_a_question_is_not_a_question_of_its_own():
    parts = read(fold("Uzbekistan is buying new fighter jets, from which country? Is that confirmed?")).parts
    assert len(parts) == 1
    assert "fighter" in parts[0].text


@pytest.mark.parametrize(
    ("message", "second"),
    [
        ("В каком городе подписывали и встречался ли Белоусов с президентом?", "встречался ли белоусов с президентом"),
        (
            "Hujjatlar qayerda imzolangan va Belousov Prezident bilan uchrashganmi?",
            "belousov prezident bilan uchrashganmi",
        ),
    ],
)
def test_a_yes_no_question_joined_to_a_wh_question_is_a_part_of_its_own(message: str, second: str):
    found = read(fold(message)).parts
    assert [p.kind for p in found] == ["wh", "yesno"]
    assert found[1].text == second


@pytest.mark.parametrize(
    "message",
    [
        "Can you list all 50 events one by one?",
        "Перечисли все мероприятия",
        "50 ta tadbirning to'liq ro'yxatini bering",
        "which ones exactly?",
        "Which exactly are the 50 events in the 2025 plan?",
        "а какие именно?",
        "qaysilari?",
    ],
)
def test_a_request_to_enumerate_is_a_list_question(message: str):
    assert parts(message)[0][1:] == ("wh", "list")


def test_a_question_without_its_mark_after_another_question_is_one_too():
    found = parts("was uzbekistan ever in the csto, and when did it leave? also what's its status with the eaeu")
    # the first sentence is a yes/no and a wh-question; the unmarked second sentence is a question too
    assert [kind for _, kind, _ in found] == ["yesno", "wh", "wh"]
    assert found[2][0].endswith("eaeu")
    # …but an unmarked sentence that does not open like a follow-on question is not promoted
    assert len(parts("Как оформить визу в Японию? какие документы нужны")) == 1


def test_an_aux_after_a_lead_in_makes_a_yes_no_question():
    assert parts("after the russia deal did uzbekistan stop putting people on trial?")[0][1] == "yesno"


@pytest.mark.parametrize(
    "message",
    ["When will Belousov come back to Tashkent?", "Когда Белоусов снова приедет?", "Belousov yana qachon keladi?"],
)
def test_when_will_asks_about_the_future(message: str):
    assert read(fold(message)).parts[0].future


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("The article mentions a 2017 defence treaty. When was it really signed?", "2017 defence treaty"),
        ("Слышал, что в мае 2025 Белоусов и Халмухамедов снова встречались. А где это было?", "встречались"),
    ],
)
def test_a_question_about_it_takes_the_statement_before_it(message: str, kept: str):
    found = read(fold(message)).parts
    assert len(found) == 1
    assert kept in found[0].text


def test_a_question_with_its_own_statement_before_a_dash_does_not_take_the_sentence_before():
    message = (
        "Writing my weekly column on hedging. Russia and Uzbekistan ran a joint exercise in 2025 — what was it called?"
    )
    found = read(fold(message)).parts
    assert len(found) == 1
    assert "column" not in found[0].text
    assert "joint exercise" in found[0].text


def test_a_piece_saying_a_claim_leaves_the_claim_to_check():
    found = read(fold("A channel posted a piece saying the plan was signed in Moscow. Is that true?")).parts
    assert found[0].kind == "yesno"
    assert found[0].text.startswith("the plan was signed in moscow")


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Yana bir savol, boshqa mavzu: qaysi modda bo'yicha javob beradi?", "qaysi modda bo'yicha javob beradi?"),
        ("Другой вопрос, на другую тему: кто подписал?", "кто подписал?"),
        ("Different topic: who signed?", "who signed?"),
        ("Boshqa savol: hujjatlarni kim imzolagan?", "hujjatlarni kim imzolagan?"),
        ("Switching topics completely: who signed?", "who signed?"),
        ("Смена темы. Кто подписал?", "кто подписал?"),
        ("Fact-check request: who signed?", "who signed?"),
        ("A small detail: who signed?", "who signed?"),
        ("amakim taksida ishlaydi, u so'radi: hujjatlarni kim imzolagan?", "hujjatlarni kim imzolagan?"),
        ("Внучка моя, студентка, спросила, а я и не знаю: кто подписал?", "кто подписал?"),
        ("Apart from his Uzbek counterpart, whom did he meet?", "whom did he meet?"),
        (
            "Прочитал в одной статье, что документы подписали в Москве. Это так?",
            "документы подписали в москве, это так?",
        ),
    ],
)
def test_an_announced_change_of_subject_is_no_part_of_the_question(message: str, question: str):
    assert read(fold(message)).parts[0].text == question


def test_a_claim_a_piece_makes_is_checked_without_who_says_it_but_a_wh_question_keeps_the_outlet():
    checked = read(
        fold("A stringer filed a piece saying the programme allows joint use of bases. Is that backed by anything?")
    )
    assert checked.parts[0].text.startswith("the programme allows joint use of bases")
    asked = read(fold("Times of Central Asia ran a piece saying Tashkent is turning to someone else. Turning to who?"))
    assert asked.parts[0].text.startswith("times of central asia")


def test_what_was_talked_of_asks_about_the_statement_before_it():
    found = read(fold("Путин с Мирзиёевым под Новый год созванивались, в конце 2025-го. О чём говорили?")).parts
    assert len(found) == 1
    assert "созванивались" in found[0].text


def test_a_word_ending_like_thanks_is_not_thanks():
    assert (
        "treaty" in read(fold("The article mentions a 2017 defence treaty. When was it really signed?")).parts[0].text
    )
    assert read(fold("I am a student. Who signed it?")).parts[0].text == "who signed it?"


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Salam from Bishkek 🇰🇬 do you happen to know which day Belousov arrived?", "which day belousov arrived?"),
        ("Ребят, всем привет 🇺🇿 Куда съездила делегация?", "куда съездила делегация?"),
        ("Добрый день. Позвольте поинтересоваться: где прошли учения?", "где прошли учения?"),
        # a closing bracket without an opening one is a smiley, which ends the chatter before it
        ("привет, вопрос на обеде) сколько мероприятий в плане?", "сколько мероприятий в плане?"),
        # how the writer addresses the reader is part of the greeting
        ("Assalomu alaykum, farzandlarim. Kim imzolagan?", "kim imzolagan?"),
        ("Друзья, кто подписал?", "кто подписал?"),
        ("Folks, who signed it?", "who signed it?"),
        ("Добрый день, коллеги! Где подписали?", "где подписали?"),
        ("спасибо)) а кто подписал (с нашей стороны)?", "а кто подписал (с нашей стороны)?"),
        ("And in which city, if you would be so good?", "in which city, ?"),
        ("Would you be so kind as to tell me which years it covers?", "which years it covers?"),
        # people arguing over the answer are no part of the question
        ("у нас гости на ресепшене спорят, когда подписали программу?", "когда подписали программу?"),
        ("my brother and I are arguing about where the deal was signed", "where the deal was signed"),
        (
            "zavodda ofisda gap talashib qoldik: qaysi davlat bilan reja imzolagan?",
            "qaysi davlat bilan reja imzolagan?",
        ),
        # what the writer failed to note down or forgot
        ("I have the exercise in my notes, but I didn't write down where it was held", "where it was held"),
        ("I forgot when the plan was signed", "when the plan was signed"),
        # where the writer met a quoted term
        ("The BBC piece mentions a 'roadmap'. What is it?", "a 'roadmap', what is it?"),
        # the room asked, not a "who" question
        ("а кто в курсе, сколько мероприятий в плане?", "сколько мероприятий в плане?"),
        ("does anyone know where it was signed?", "where it was signed?"),
        # what the answer is for, or where it is to come from
        ("For comparison purposes: how many events, according to your sources?", "how many events, ?"),
        # the writer's trade and manners
        (
            "i carve amber for a living so forgive the dumb question - which russian minister flew to uzbekistan?",
            "which russian minister flew to uzbekistan?",
        ),
        # how far the answer may reach
        ("when did the ministers last meet, as far as reports go?", "when did the ministers last meet, ?"),
        ("Насколько известно, когда министры встречались?", "когда министры встречались?"),
        # a greeting asked, in British English, before the real question without its question mark
        (
            "alright? pasty baker from Redruth here. who was uzbekistan's defence minister before Kholmukhamedov",
            "who was uzbekistan's defence minister before kholmukhamedov",
        ),
        # a place set aside at the end of a question that already asks for another one
        ("а где ещё он побывал в Ташкенте, кроме минобороны", "а где еще он побывал в ташкенте"),
    ],
)
def test_more_greetings_and_fillers(message: str, question: str):
    assert read(fold(message)).parts[0].text.endswith(question)


@pytest.mark.parametrize(
    ("message", "future"),
    [
        ("2030-yildan keyin nima bo'ladi?", True),
        ("что будет после 2030 года?", True),
        ("O'zbekiston 2027-yilda Rossiyadan Su-35 sotib oladimi?", True),
        # a year of the past with the same verb, or the programme's own end, asks of no time ahead
        ("2025-yilda ular uchrashganmi?", False),
        ("dastur 2030-yilgacha amal qiladimi?", False),
    ],
)
def test_a_time_past_the_programme_or_a_year_ahead_is_the_future(message: str, future: bool):
    assert read(fold(message)).parts[0].future is future


def test_uzbek_when_again_is_future_only_with_a_future_verb():
    assert read(fold("Belousov yana qachon keladi?")).parts[0].future
    assert not read(fold("yana qachon uchrashishgan?")).parts[0].future


def test_a_yes_no_question_keeps_its_lead_when_the_rest_is_no_question():
    # the core after a comma is only taken when it is itself the question
    (part,) = read(fold("Toshkentda ikkita hujjat imzolanganmi, 2025-yil rejasi va 2026-2030 dasturi?")).parts
    assert part.core == ""
    (part,) = read(fold("my dad keeps asking — was it signed in Tashkent?")).parts
    assert part.core == "was it signed in tashkent?"


def test_a_point_between_digits_ends_no_sentence():
    assert len(read(fold("Did exercises increase 1.5 times? Were the documents signed on 22.01.2025?")).parts) == 2


def test_a_request_for_news_is_no_yes_no_question():
    assert [kind for _, kind, _ in parts("any updates on those 50 joint events since they were agreed?")] == ["wh"]


def test_a_bare_and_between_two_names_does_not_split_a_question():
    assert len(parts("what did putin and mirziyoyev discuss when they spoke on the phone in november 2025?")) == 1
    assert len(parts("who signed it and where?")) == 2


def test_can_i_have_a_quote_is_a_request_not_a_yes_no_question():
    assert [kind for _, kind, _ in parts("что сказал Белоусов на встрече? цитату можно?")] == ["wh", "wh"]


@pytest.mark.parametrize(
    ("message", "wh"),
    [
        ("Какие именно мероприятия?", "list"),
        ("can you list all 50 events and say which ones happened?", "list"),  # a request, not whether
        ("What time was it signed?", "hour"),
        ("Во сколько подписали?", "hour"),
        ("А программа на 2026–2030, когда её подписали?", "when"),  # a topic put first, then the question
        ("што было после подписания уже в 2026 году, есть новости?", "what"),  # "што" is "что"
        ("who are those who signed?", "who"),
        ("what was his name again?", "who"),  # a name asks who
        ("can you list all 50 events?", "list"),  # a request for the list
        ("сколко мероприятий запланировано на 2025 год?", "howmany"),  # "skolko" without its soft sign
        ("Как зовут министра обороны России?", "who"),
    ],
)
def test_wh_questions_near_yes_no_ones(message: str, wh: str):
    assert parts(message)[0][1:] == ("wh", wh)


def test_a_dash_inside_a_quoted_name_is_no_lead_in():
    # the leading « goes with the lead-in punctuation; the name still holds its dash
    [part] = read(fold("«Markaziy Osiyo – Rossiya» ikkinchi sammiti qaysi shaharda bo'ldi?")).parts
    assert part.core == ""
    [part] = read(fold("the 2017 treaty — when was it signed?")).parts
    assert part.core == "when was it signed?"


def test_a_request_for_an_overview_needs_no_question_mark_and_can_you_help_is_filler():
    assert [
        (p.kind, p.wh) for p in read(fold("I need a 30-second summary of what was signed. Can you help?")).parts
    ] == [("overview", None)]


@pytest.mark.parametrize(
    "message",
    [
        "the first C5 defence ministers meeting was in Astana wasnt it",
        "they signed it in tashkent, didnt they",
    ],
)
def test_tag_questions_without_apostrophes_ask_yes_or_no(message: str):
    assert parts(message)[0][1] == "yesno"


def test_a_list_asked_point_by_point_is_a_request_to_enumerate():
    assert parts("can you list point by point what's inside the implementation plan?")[0][1:] == ("wh", "list")
    assert parts("Перечень мероприятий по пунктам можно?")[0][1:] == ("wh", "list")


def test_a_short_question_made_of_the_statements_words_reads_with_it():
    [part] = read(fold("Tashkent is turning to someone else militarily. Turning to who?")).parts
    assert "tashkent" in part.text
    [part] = read(fold("Mirziyoyev told his Security Council some documents needed redoing. Which ones?")).parts
    assert "security council" in part.text
    # a question of its own after a statement is read alone
    [part] = read(fold("My dad says it was signed in summer. What was the exact date?")).parts
    assert "dad" not in part.text


@pytest.mark.parametrize(
    "message",
    [
        "wait, was it Shoigu who signed for the Russian side?",
        "russia took part in birlik-2025 too?",
        "so with the new defence doctrine uzbekistan is heading back into the csto?",
        "Узбекистан что, с Турцией подписал военный план на 2026-й?",
    ],
)
def test_statements_and_clefts_ask_yes_or_no(message: str):
    assert parts(message)[0][1] == "yesno"


def test_where_things_stand_asks_a_state_and_a_preposition_is_no_topic():
    assert parts("where do things stand now in 2026?")[0][1:] == ("wh", "what")
    [part] = read(fold("saw something about uzbekistan shopping for new fighter jets. from whom?")).parts
    assert "fighter" in part.text


@pytest.mark.parametrize(
    ("message", "kinds"),
    [
        # two question words joined through a preposition share the rest of the sentence
        (
            "after the signing, when and in which city did Belousov and Kholmukhamedov next meet?",
            [("wh", "when"), ("wh", "where")],
        ),
        # a request to confirm or deny, or "правильно ли понимаю, что…", is a yes/no question
        ("confirm or deny: russian units took part in birlik-2025.", [("yesno", None)]),
        ("Правильно ли понимаю, что Узбекистан вернётся в ОДКБ?", [("yesno", None)]),
        ("Could you confirm whether Mirziyoyev attended the parade?", [("yesno", None)]),
        ("Я правильно помню, что документы подписали во вторник?", [("yesno", None)]),
        # "что ли" alone is a particle; beside another question word it is a guess at the answer
        ("Халмухамедов сейчас генерал-лейтенант, что ли?", [("yesno", None)]),
        ("a где вообще это все подписывали, в москве что ли?", [("wh", "where"), ("yesno", None)]),
        # a terse English claim in the present tense asks whether
        ("New doctrine keeps non-bloc status?", [("yesno", None)]),
        ("and tashkent supports russia's war in ukraine?", [("yesno", None)]),
        # "что и" after "the same" compares
        ("в тот же день что и парад?", [("yesno", None)]),
        # a time put before "did"
        ("so in may 2025 did belousov fly to tashkent again to see the uzbek minister?", [("yesno", None)]),
        ("And Uzbek troops did march on Red Square that May?", [("yesno", None)]),
        # a person's name asked in a noun after a statement about him
        ("Russian defmin in Tashkent, Jan 2025. Name?", [("wh", "who")]),
        ("Прошу подтвердить либо опровергнуть информацию о проведении учений в июле 2025 года.", [("yesno", None)]),
        ("Говорят, документы подписали во вторник. Так и было?", [("yesno", None)]),
        ("Maqolada hujjatlar Samarqandda imzolangan deyilgan. Shunday ekanmi?", [("yesno", None)]),
        ("Подтвердите, пожалуйста: в октябре 2025 года он уже упоминается как генерал-лейтенант?", [("yesno", None)]),
        # a statement joined to the question that ends its sentence is that question's topic
        ("ok so they signed this defence thing in jan 2025 — what actually happened after that?", [("wh", "what")]),
        # formal courtesy around a question: what it asks whether is the question
        (
            "Good day to you. I should be most grateful to learn whether the ministers met again.",
            [("yesno", None)],
        ),
        ("Good morning. May I enquire what the ministers signed in Moscow?", [("wh", "what")]),
        ("кстати они маршировали на красной площади или нет", [("yesno", None)]),
        # the full list of something, with its dates, is still a list
        ("Can you give me the full list of the 50 joint events, with dates for each?", [("wh", "list")]),
    ],
)
def test_joined_questions_and_requests_to_check(message: str, kinds: list):
    assert [(p.kind, p.wh) for p in read(fold(message)).parts] == kinds


def test_a_yes_no_question_opening_the_sentence_is_not_a_lead_in():
    (part,) = read(
        fold("Продолжал ли Узбекистан судить своих граждан, несмотря на подписанные с Москвой документы?")
    ).parts
    assert part.core == ""
    (part,) = read(fold("a draft of ours has it wrong, did they sign it in Tashkent?")).parts
    assert part.core == "did they sign it in tashkent?"


def test_a_question_for_a_detail_reads_with_the_statement_before_it():
    parts = read(fold("We're about to say the drills took place at the Termez range. What were the exact dates?")).parts
    assert len(parts) == 1
    assert "termez" in parts[0].text


def test_a_longer_question_about_it_reads_with_the_statement_before_it():
    parts = read(
        fold(
            "In January 2026 the Uzbek minister concluded a military cooperation document with Turkey. "
            "In which city was it signed, and which year does it cover?"
        )
    ).parts
    assert "turkey" in parts[0].text
    assert parts[0].wh == "where"


def test_a_bracketed_aside_is_no_part_of_the_question():
    (part,) = read(fold("Where was the 2017 treaty signed (Caspian News mentions it, among others)?")).parts
    assert "caspian" not in part.text
    # a short bracket may be part of it
    (part,) = read(fold("Birlik-2025 (Oct) – which training ground?")).parts
    assert "oct" in part.text


def test_kak_deep_in_its_clause_before_a_role_is_as():
    assert parts("Узбекистан входит в ЕАЭС как полноправный член?")[0][1] == "yesno"


@pytest.mark.parametrize(
    "question", ["Но в ОДКБ-то они ведь состоят, как положено союзнику?", "Узбекистан, как известно, вышел из ОДКБ?"]
)
def test_kak_before_a_set_phrase_is_no_question_word(question: str):
    assert parts(question)[0][1] == "yesno"


@pytest.mark.parametrize("question", ["imzolangan dastur 2035 gacha mi?", "u ham vazir edi mikan?"])
def test_the_uzbek_question_particle_written_apart_asks_yes_or_no(question: str):
    assert parts(question)[0][1] == "yesno"


@pytest.mark.parametrize(
    "message",
    ["а узбеки своих кто за россию воевал до сих пор сажают?", "наших, кто воевал, судят в Узбекистане?"],
)
def test_kto_after_svoikh_or_nashikh_is_a_relative_pronoun(message: str):
    assert [wh for _, _, wh in parts(message)] != ["who"]


def test_where_before_a_subject_and_its_verb_is_relative():
    (part,) = read(fold("I need the Belousov quote from Tashkent, where he calls Russia a friend, please")).parts
    assert part.wh != "where"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Kholmukhamedov was a major general when he signed in Tashkent. Is that still his rank?", "yesno"),
        ("Was he a major general when he signed?", "yesno"),
        ("I forgot when they signed it", "wh"),
        ("when was he appointed?", "wh"),
    ],
)
def test_when_after_a_statement_of_that_time_joins_its_clause(message: str, kind: str):
    (part,) = read(fold(message)).parts
    assert part.kind == kind


@pytest.mark.parametrize(
    "message",
    [
        "checking a line before I send it: the ministers met in Moscow the day after the parade — correct?",
        "проверяю фразу перед публикацией: министры встретились в Москве на следующий день после парада?",
    ],
)
def test_the_writers_own_task_before_a_claim_is_no_part_of_it(message: str):
    (part,) = read(fold(message)).parts
    assert part.kind == "yesno"
    assert not any(word in part.text for word in ("send", "line", "публикац", "фраз"))


@pytest.mark.parametrize(
    "message",
    [
        "Rossiya bilan emas, lekin boshqa davlat bilan 2026 yilga harbiy hamkorlik rejasi imzolanganmi?",
        "Не с Россией, а с другой страной Узбекистан подписал план на 2026 год?",
        "not with russia, but did uzbekistan sign a 2026 plan with another country?",
    ],
)
def test_russia_set_aside_is_no_word_of_the_question(message: str):
    (part,) = read(fold(message)).parts
    assert not any(word in part.text for word in ("russia", "росси", "rossiya"))


def test_the_dot_of_a_title_ends_no_sentence():
    (part,) = read(fold("I read an article. Who was the Uzbek minister who signed together with Mr. Belousov?")).parts
    assert part.wh == "who"
    assert "uzbek minister" in part.text


@pytest.mark.parametrize(
    "message",
    [
        "new question: what penalty does Uzbek law set for those who fight in a foreign war, e.g. in Ukraine?",
        "какое наказание грозит гражданам за участие в чужой войне, т.е. наёмникам?",
    ],
)
def test_the_dots_of_an_abbreviation_end_no_sentence(message: str):
    (part,) = read(fold(message)).parts
    assert part.kind == "wh"
    assert "penalty" in part.text or "наказание" in part.text


def test_a_choice_between_the_statements_number_and_another_asks_about_the_statement():
    message = (
        "В одной немецкой статье пишут про «более 50 мероприятий» в плане на 2025 год. Так всё-таки 50 или больше?"
    )
    (part,) = read(fold(message)).parts
    assert "мероприятий" in part.text


def test_kakoy_to_is_some_not_which():
    assert parts("Значит, Узбекистан собирается вступить в какой-то военный блок?")[0][1] == "yesno"


def test_a_heading_with_a_year_before_a_question_is_its_topic():
    reading = read("belousov–kholmukhamedov, may 2025. what got signed?")
    assert len(reading.parts) == 1
    assert "may 2025" in reading.parts[0].text
    # a longer statement stays what the writer says, not the question's heading
    long = read("i am writing a long essay about the defence ties of 2025. who signed it?")
    assert "essay" not in long.parts[0].text


@pytest.mark.parametrize(("message", "wh"), [("А место проведения?", "where"), ("И сроки?", "when")])
def test_a_place_or_time_asked_in_a_noun(message: str, wh: str):
    assert [w for _, _, w in parts(message)] == [wh]


@pytest.mark.parametrize("message", ["asalomu alekum, qachon imzolangan?", "Assalomu alaykum! Qachon imzolangan?"])
def test_uzbek_greetings_as_people_type_them_are_dropped(message: str):
    assert read(fold(message)).parts[0].text == "qachon imzolangan?"


@pytest.mark.parametrize(
    "message",
    [
        "the ministers met again in may 2025 in tashkent. would that be correct, or have i got that wrong?",
        "the ministers met again in may 2025 in tashkent, or am i wrong?",
        "министры снова встретились в мае 2025 года в ташкенте, или я ошибаюсь?",
    ],
)
def test_a_writer_doubting_themselves_asks_whether_their_statement_holds(message: str):
    reading = read(message)
    assert len(reading.parts) == 1
    part = reading.parts[0]
    assert part.kind == "yesno"
    assert "ташкент" in part.text or "tashkent" in part.text
    # the doubt's own words are no topic to match
    assert "wrong" not in reading.text
    assert "ошибаюсь" not in reading.text


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "thank you. sorry if this is a silly question, but had he been in the post for long?",
            "had he been in the post for long?",
        ),
        ("i'm so sorry to bother you, but who signed?", "who signed?"),
        ("прошу прощения, если вопрос глупый, но он долго был министром?", "он долго был министром?"),
        ("kechirasiz, u qachon tayinlangan?", "u qachon tayinlangan?"),
        ("was he pardoned?", "was he pardoned?"),
    ],
)
def test_an_apology_before_the_question_is_not_part_of_it(message: str, question: str):
    assert [part.text for part in read(message).parts] == [question]


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("учения с русскими летом у нас были, или это болтовня?", "учения с русскими летом у нас были?"),
        (
            "министр с турками тоже подписал план на 2026 год или гонят",
            "министр с турками тоже подписал план на 2026 год?",
        ),
        ("did they hold joint drills in 2025, or is that just a rumour?", "did they hold joint drills in 2025?"),
        (
            "an article says uzbekistan left the csto — is that accurate or whats the real story",
            "an article says uzbekistan left the csto — is that accurate?",
        ),
        ("учения были в термезе, или как на самом деле?", "учения были в термезе?"),
    ],
)
def test_a_doubt_at_the_end_asks_whether_the_rest_holds(message: str, question: str):
    reading = read(message)
    assert [part.text for part in reading.parts] == [question]
    assert reading.parts[0].kind == "yesno"


def test_a_truth_tag_after_a_lead_in_asks_of_the_lead_in():
    # the claim is what comes before "is that accurate?", not the tag itself
    part = read("an article says uzbekistan left the csto — is that accurate?").parts[0]
    assert part.core == ""
    assert part.kind == "yesno"


@pytest.mark.parametrize(
    "message",
    [
        "my neighbour says uzbekistan rejoined the csto. i doubt it. was it so or not?",
        "сосед утверждает, что узбекистан снова вступил в одкб. я в этом сильно сомневаюсь. так было это или нет?",
    ],
)
def test_is_that_so_after_a_doubt_asks_about_the_claim_before_it(message: str):
    reading = read(message)
    assert len(reading.parts) == 1
    assert reading.parts[0].kind == "yesno"
    assert "csto" in reading.parts[0].text or "одкб" in reading.parts[0].text


def test_who_says_a_claim_is_not_part_of_the_claim_asked_about():
    reading = read("my neighbour, who is no expert, insists that uzbekistan rejoined the csto in 2025. is that true?")
    assert reading.parts[0].text == "uzbekistan rejoined the csto in 2025, is that true?"


@pytest.mark.parametrize(
    "message",
    ["russia sign the same kind of programme with kyrgyzstan? y/n + when.", "узбекистан в одкб, да или нет?"],
)
def test_an_explicit_request_for_yes_or_no_makes_a_yes_no_question(message: str):
    reading = read(message)
    assert [part.kind for part in reading.parts] == ["yesno"]
    assert "y/n" not in reading.text
    assert "да или нет" not in reading.text


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("if you know, where was hamkorlik-2025 held?", "where was hamkorlik-2025 held?"),
        ("bilsangiz, hamkorlik-2025 qayerda bo'lgan?", "hamkorlik-2025 qayerda bo'lgan?"),
        ("iloji bo'lsa, hamkorlik-2025 qayerda bo'lgan?", "hamkorlik-2025 qayerda bo'lgan?"),
    ],
)
def test_a_condition_of_courtesy_is_not_part_of_the_question(message: str, question: str):
    assert [part.text for part in read(message).parts] == [question]


@pytest.mark.parametrize(
    "message", ["oktyabrda bo'lgandi-a?", "moskvada edi-ku?", "parad 75 yilligiga bag'ishlangan edi a?"]
)
def test_uzbek_tags_on_the_verb_ask_yes_or_no(message: str):
    assert parts(message)[0][1] == "yesno"


def test_hech_makes_a_question_word_a_negation():
    assert parts("yangi doktrinada ham hech qaysi blokka kirmaymiz deb qoldirilganmi?")[0][1] == "yesno"
    assert parts("qaysi blokka kiradi?")[0][1] == "wh"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("а россия в бирлик 2025 участвовала вообще", "yesno"),
        # a past in -ял and a present in -ает/-яет state a claim just as well
        ("белоусов поздравлял его с назначением", "yesno"),
        ("новая доктрина оставляет узбекистан вне блоков", "yesno"),
        ("расскажи как прошли учения", "wh"),
        ("а что лично министр думает о войне", "wh"),
        ("и что, кого-то за это реально сажали", "yesno"),
    ],
)
def test_a_russian_claim_without_its_question_mark_asks_whether(message: str, kind: str):
    assert parts(message)[0][1] == kind


def test_a_closing_li_question_makes_the_claim_before_it_a_yes_no_question():
    message = (
        "в заметках значится, что в январе 2026 года министры подписали план на 2026 год. корректна ли эта информация?"
    )
    assert parts(message)[-1][1] == "yesno"


def test_preparing_a_review_is_no_request_for_an_overview():
    assert [p[1] for p in parts("готовлю обзор для студентов. кто подписал документы?")] == ["wh"]
    assert [p[1] for p in parts("дай обзор. кто подписал документы?")] == ["overview", "wh"]


def test_a_short_question_about_there_is_read_with_the_statement_before_it():
    message = "on 10 may 2025 belousov met with the uzbek minister in moscow. what did they sign there?"
    assert len(parts(message)) == 1
    assert "moscow" in parts(message)[0][0]


@pytest.mark.parametrize(
    ("message", "text"),
    [
        ("shoigu was the one who signed in tashkent, right?", "shoigu was signed in tashkent, right?"),
        ("was shoigu the one who signed?", "was shoigu signed?"),
    ],
)
def test_the_one_who_of_a_cleft_asks_nothing(message: str, text: str):
    reading = read(message)
    assert reading.parts[0].text == text
    assert reading.parts[0].kind == "yesno"


@pytest.mark.parametrize(
    ("message", "text"),
    [
        ("rossiya bilan-chi? 2026 yilga alohida reja bormi?", "rossiya bilan, 2026 yilga alohida reja bormi?"),
        ("а с россией? на 2026 план есть?", "а с россией, на 2026 план есть?"),
    ],
)
def test_a_bare_subject_before_a_question_is_what_the_question_asks_about(message: str, text: str):
    assert [p.text for p in read(message).parts] == [text]


@pytest.mark.parametrize("message", ["министр тоже чё то подписал на 2026 год или гонят", "они что нибудь подписали?"])
def test_something_written_apart_asks_no_question_word(message: str):
    part = read(fold(message)).parts[0]
    assert part.kind == "yesno"


@pytest.mark.parametrize(
    "message",
    [
        "а узбеки своих кто за россию воевал до сих пор сажают даже после договора этого",
        "белоусов сам подписывал в ташкенте",
        # a present that states a standing, not only a past
        "а узбекистан сейчас в одкб состоит",
        "а в еаэс он входит",
    ],
)
def test_a_russian_claim_typed_without_its_mark_asks_whether(message: str):
    assert read(fold(message)).parts[0].kind == "yesno"


@pytest.mark.parametrize("message", ["визит белоусова в ташкент", "расскажи про его визит"])
def test_a_noun_in_it_is_no_russian_claim(message: str):
    assert read(fold(message)).parts[0].kind != "yesno"


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("evening all, who signed the documents?", "who signed the documents?"),
        ("Morning! which russian minister flew to uzbekistan?", "which russian minister flew to uzbekistan?"),
        # the evening as a time asked about stays
        ("evening of 21 january, what happened?", "evening of 21 january, what happened?"),
    ],
)
def test_the_time_of_day_alone_is_a_greeting(message: str, question: str):
    """ "Evening all, …" is how a pub greets; left in, the evening reads as a time asked about."""
    assert read(fold(message)).parts[0].text == question


def test_a_russian_request_without_its_mark_is_no_yes_no_question():
    assert read(fold("расскажи, как прошли учения и кто в них участвовал")).parts[0].kind != "yesno"


def test_the_newest_thing_known_about_the_deal_is_no_request_for_the_overview():
    newest = read(fold("What is the newest thing you know about Russia-Uzbekistan defence ties?")).parts[0]
    assert newest.kind != "overview"
    assert read(fold("tell me about this deal")).parts[0].kind == "overview"


def test_qancha_davom_asks_how_long():
    assert read(fold("qancha davom etgan?")).parts[0].wh == "howlong"


def test_several_clauses_introducing_the_writer_are_dropped_before_the_statement():
    found = read(
        fold(
            "kitobdanman, o'rik bog'im bor, radioda eshitdim 2025 yil oktyabrda mashg'ulot bo'lgan ekan. nomi nima edi?"
        )
    )
    assert not found.parts[0].text.startswith("kitobdanman")
    assert "bog'im" not in found.parts[0].text


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "when belousov came to tashkent, which day did the president meet him?",
            "belousov  to tashkent, which day did the president meet him?",
        ),
        (
            "belousov toshkentga kelganda prezident u bilan qaysi kuni uchrashgan?",
            "belousov toshkentga  prezident u bilan qaysi kuni uchrashgan?",
        ),
        ("when did belousov come to tashkent?", "when did belousov come to tashkent?"),
        ("when belousov came to tashkent?", "when belousov came to tashkent?"),
    ],
)
def test_a_leading_when_he_came_clause_sets_the_time_not_the_question(message: str, question: str):
    assert [part.text for part in read(message).parts] == [question]


@pytest.mark.parametrize(
    ("message", "kind"),
    [("any drone teams?", "yesno"), ("any joint drill actually happen that year?", "yesno"), ("any news?", "wh")],
)
def test_any_asks_whether_there_was_any_but_any_news_asks_for_it(message: str, kind: str):
    assert [k for _, k, _ in parts(message)] == [kind]


def test_a_bare_opener_and_the_question_it_leads_to_are_one_question():
    parts = read("undan oldin-chi? qaysi lavozimda edi").parts
    assert len(parts) == 1
    assert "oldin" in parts[0].text
    assert "lavozimda" in parts[0].text
    # …but a question of its own is no opener: its unmarked follow-on sentence is no question to join
    assert len(read("xitoy samolyotlari qancha turadi? ozbekiston nechtasini sotib oldi").parts) == 1


@pytest.mark.parametrize(
    ("question", "future"),
    [
        ("а когда Мирзиёев в следующий раз поедет в Москву?", True),
        ("Грозит ли узбекам наказание, если они поедут туда воевать?", False),
    ],
)
def test_a_russian_perfective_of_going_asks_about_the_future_unless_it_is_a_condition(question: str, future: bool):
    assert read(fold(question)).parts[-1].future is future


@pytest.mark.parametrize("question", ["qaysi sanalarda", "which dates?", "в какие дни?"])
def test_the_dates_of_a_span_ask_when(question: str):
    assert read(fold(question)).parts[0].wh == "when"


@pytest.mark.parametrize(
    ("message", "fresh"),
    [
        ("Ладно, другой вопрос: с какого года Узбекистан не состоит в ОДКБ?", True),
        ("Different question: is Uzbekistan in the EAEU?", True),
        ("Boshqa savol: Turkiya bilan reja qayerda imzolangan?", True),
        ("Теперь другое: как назывались учения без России?", True),
        ("Сменю тему: у какой страны Узбекистан собирался покупать истребители?", True),
        ("Totally different thing: did Uzbekistan host an exercise without Russia?", True),
        ("a separate matter, who led the parade?", True),
        ("and since when?", False),
    ],
)
def test_a_change_of_subject_announced_starts_afresh(message: str, fresh: bool):
    assert read(fold(message)).fresh is fresh


def test_a_yes_no_question_and_its_alternative_are_one_question():
    parts = read(fold("Она первая такая? Или до неё уже была подобная?")).parts
    assert len(parts) == 1
    assert parts[0].kind == "yesno"
    assert "первая" in parts[0].text
    assert "подобная" in parts[0].text


def test_a_request_for_the_full_list_beside_a_which_question_asks_for_the_list():
    reading = read("ok which specific events were they? give me the full list")
    assert [(p.kind, p.wh) for p in reading.parts] == [("wh", "list")]
    assert read("which events were held?").parts[0].wh != "list"


@pytest.mark.parametrize(
    "message",
    [
        "my nephew who lives in Tashkent says the russians did army drills with uzbekistan in summer 2025. "
        "what was that exercise called?",
        "i run a furnace line near Antofagasta and my nephew says the russians did army drills with uzbekistan "
        "in summer 2025. what was that exercise called?",
    ],
)
def test_the_writer_s_people_and_trade_ask_nothing(message: str):
    # "who lives" after "nephew" is a relative clause, and the writer's trade before "and my nephew" is no topic
    parts = read(fold(message)).parts
    assert len(parts) == 1
    assert parts[0].wh == "what"
    assert "furnace" not in parts[0].text
    assert "drills" in parts[0].text


def test_what_then_after_a_question_asks_it_again():
    parts = read(fold("так что это был за документ, не очередная же программа, а что тогда?")).parts
    assert len(parts) == 1
    assert "документ" in parts[0].text


def test_what_the_writer_heard_after_their_introduction_is_the_topic_of_the_question():
    reading = read(
        fold(
            "Здравствуйте! Я расписываю гжель, краем уха слышала, что Белоусов и узбекский министр обороны в мае "
            "2025 года снова встречались. Где это было?"
        )
    )
    assert len(reading.parts) == 1
    assert reading.parts[0].wh == "where"
    assert "мае 2025" in reading.parts[0].text
    assert "гжель" not in reading.parts[0].text


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("белоусов и министр в мае снова встречались, где это было?", "wh"),
        ("Белоусов и Халмухамедов что-то подписали, когда встречались в мае?", "yesno"),
    ],
)
def test_a_wh_clause_about_what_was_just_told_asks_it(message: str, kind: str):
    assert read(fold(message)).parts[0].kind == kind


@pytest.mark.parametrize(
    "message",
    ["Программу партнёрства подписывали в Бухаре, кто её подписал?", "Осенью в Узбекистане прошли учения, где именно?"],
)
def test_a_clause_that_opens_with_a_noun_is_not_the_writers_introduction(message: str):
    assert "в узбекистане" in read(fold(message)).parts[0].text or "в бухаре" in read(fold(message)).parts[0].text


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # a bare "the one who …" asks who he was
        ("and the uzbek guy who signed opposite him?", "wh"),
        # …but one with a verb of its own claims who he was
        ("and the uzbek guy who signed with him was their defence minister Kholmukhamedov?", "yesno"),
        # the writer's people are no question
        ("my friend's guy who lives in Tashkent says they met in Moscow, right?", "yesno"),
    ],
)
def test_the_guy_who_alone_asks_who(message: str, kind: str):
    assert read(fold(message)).parts[0].kind == kind


@pytest.mark.parametrize(
    ("message", "yes_no"),
    [
        ("moi! I build saunas near Tampere. is uzbekistan a CSTO member", "is uzbekistan a csto member"),
        ("i train sheepdogs up in Snowdonia. was the signing on a tuesday", "was the signing on a tuesday"),
    ],
)
def test_an_unmarked_yes_no_after_an_introduction_is_the_question(message: str, yes_no: str):
    (part,) = read(fold(message)).parts
    assert (part.text, part.kind) == (yes_no, "yesno")


def test_unmarked_sentences_without_an_auxiliary_stay_one_message():
    # no sentence opens with "is"/"was"/"did": nothing is picked out as the question
    assert len(read(fold("I build saunas near Tampere. the csto and uzbekistan")).parts) == 1


@pytest.mark.parametrize(
    ("message", "kind", "wh"),
    [
        # a "где" between commas with a main clause after it qualifies the noun before it
        ("а парад в мае 2025, где шли узбеки, был к 75-летию победы?", "yesno", None),
        ("а полигон, где проходили учения, был в термезе?", "yesno", None),
        # with no main clause of its own after the comma, "где" asks
        ("скажи, где подписали документы, пожалуйста", "wh", "where"),
        # "what about X, full member?" asks whether; "what about X?" asks what
        ("what about the eurasian economic union, full member?", "yesno", None),
        ("what about the eurasian economic union?", "wh", "what"),
        # a "когда" with its own past verb after "кто был …," dates the who-question
        ("кто был министром обороны узбекистана, когда подписывали документы?", "wh", "who"),
    ],
)
def test_a_question_word_inside_its_sentence_may_not_ask(message: str, kind: str, wh: str | None):
    parts = read(fold(message)).parts
    assert [(p.kind, p.wh) for p in parts] == [(kind, wh)]


def test_a_which_question_with_a_joining_when_still_asks_both():
    # "какое звание было у него, когда он подписывал" is answered best as the rank and the day apart
    parts = read(fold("какое звание было у халмухамедова, когда он подписывал документы?")).parts
    assert [(p.kind, p.wh) for p in parts] == [("wh", "what"), ("wh", "when")]


@pytest.mark.parametrize(
    "message",
    [
        "apart from that drill, which other event from the plan is documented for 2025?",
        "who else did he meet that day apart from the minister?",
        "а кроме ихнего министра с кем ещё встречался там",
    ],
)
def test_what_is_set_aside_stays_when_it_is_the_question(message: str):
    """ "apart from that drill" is no writer's home town, and a minister set aside is the who-else
    question's own business."""
    text = read(fold(message)).parts[0].text
    assert any(word in text for word in ("apart from", "кроме"))


def test_a_trade_and_a_home_town_introduce_the_writer():
    """ "sponge diver from Kalymnos." was joined to the question as its topic."""
    message = "yia sou, sponge diver from Kalymnos. articles mention a 2017 treaty, when was it signed?"
    assert read(fold(message)).parts[0].text == "articles mention a 2017 treaty, when was it signed?"


@pytest.mark.parametrize(
    "message",
    [
        "what do you personally think, was it wise to sign it?",
        "what does mirziyoyev privately think of the defence deal?",
        "а вы лично думаете, это было правильно?",
    ],
)
def test_what_anyone_thinks_in_private_asks_an_opinion(message: str) -> None:
    assert read(fold(message)).parts[0].kind == "opinion"


@pytest.mark.parametrize(
    "message",
    [
        "what did he really think about it?",
        "а что белоусов на самом деле думал о халмухамедове?",
        "belousov aslida nima deb o'ylagan?",
        "белоусов шахсан нима деб ўйлайди?",
    ],
)
def test_what_someone_really_or_personally_thinks_asks_an_opinion(message: str) -> None:
    assert read(fold(message)).parts[0].kind == "opinion"


def test_what_after_about_the_fact_that_opens_no_second_question() -> None:
    parts = read(fold("а что он лично думает о том, что узбекистан вышел из одкб?")).parts
    assert [p.kind for p in parts] == ["opinion"]  # one request for his thoughts, not also "what left the CSTO"


@pytest.mark.parametrize("message", ["which weekday was it", "what weekday was it signed?"])
def test_a_weekday_asked_is_a_date_asked(message: str) -> None:
    assert read(fold(message)).parts[0].wh == "when"


@pytest.mark.parametrize(
    ("message", "future"),
    [
        ("which weapons is russia going to supply under it", True),
        ("what equipment are they gonna buy", True),
        ("which weapons did russia supply under it", False),
    ],
)
def test_what_someone_is_going_to_do_is_the_future(message: str, future: bool):
    assert read(fold(message)).parts[0].future is future


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("and it was in Tashkent not Moscow, right?", "and it was in tashkent, right?"),
        ("Это было в Ташкенте, а не в Москве?", "это было в ташкенте?"),
        ("Toshkentda imzolanganmi, Moskvada emasmi?", "toshkentda imzolanganmi?"),
        # a count or a longer alternative is the claim itself, and stays
        ("so it was two separate documents, not one?", "so it was two separate documents, not one?"),
        ("Узбекистан наблюдатель, а не полноправный член?", "узбекистан наблюдатель, а не полноправный член?"),
        ("was it not in Tashkent?", "was it not in tashkent?"),
    ],
)
def test_a_one_word_alternative_set_aside_is_no_second_claim(message: str, kept: str) -> None:
    assert read(fold(message)).parts[0].text == kept
