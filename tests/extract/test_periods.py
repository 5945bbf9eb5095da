"""Tests for migkg.loaders.extract.periods: year ranges, until/from, durations, lone years."""

import pytest

from migkg.loaders.extract.periods import PeriodMention, find_periods

# (text, lang, kind, start_year, end_year); each text is one whole mention.
WHOLE_MENTIONS = [
    # ranges written with punctuation
    ("2022-2025", None, "range", 2022, 2025),
    ("2022–2025", None, "range", 2022, 2025),
    ("2022 — 2025", None, "range", 2022, 2025),
    ("2022/23", None, "range", 2022, 2023),
    ("2022-23", None, "range", 2022, 2023),
    ("2021–27", None, "range", 2021, 2027),
    ("1999/00", None, "range", 1999, 2000),
    ("01/01/2022 - 31/12/2024", None, "range", 2022, 2024),
    ("01/2022 - 12/2024", None, "range", 2022, 2024),
    ("01.01.2023 – 31.12.2025", "de", "range", 2023, 2025),
    # from ... to
    ("1.1.2022 bis 31.12.2024", "de", "range", 2022, 2024),
    ("du 1er janvier 2022 au 31 décembre 2024", "fr", "range", 2022, 2024),
    ("from January 2022 to December 2024", "en", "range", 2022, 2024),
    ("January 1, 2022 to December 31, 2024", "en", "range", 2022, 2024),
    ("van 1 januari 2022 tot 31 december 2024", "nl", "range", 2022, 2024),
    ("vom 1. Januar 2022 bis 31. Dezember 2024", "de", "range", 2022, 2024),
    ("vom 1. Januar 2022 bis zum 31. Dezember 2024", "de", "range", 2022, 2024),
    ("dal 1° gennaio 2022 al 31 dicembre 2024", "it", "range", 2022, 2024),
    ("dal 2021 al 2027", "it", "range", 2021, 2027),
    ("van 2021 tot 2027", "nl", "range", 2021, 2027),
    ("from 2021 to 2027", "en", "range", 2021, 2027),
    ("de 2021 à 2027", "fr", "range", 2021, 2027),
    ("von 2021 bis 2027", "de", "range", 2021, 2027),
    ("van begin 2022 tot eind 2024", "nl", "range", 2022, 2024),
    # between ... and
    ("entre 2024 et 2025", "fr", "range", 2024, 2025),
    ("between 2021 and 2027", "en", "range", 2021, 2027),
    ("tussen 2021 en 2027", "nl", "range", 2021, 2027),
    ("zwischen 2021 und 2027", "de", "range", 2021, 2027),
    ("tra il 2021 e il 2027", "it", "range", 2021, 2027),
    # two close years joined by "and"
    ("2026 et 2027", "fr", "range", 2026, 2027),
    ("2026 en 2027", "nl", "range", 2026, 2027),
    ("2026 and 2027", "en", "range", 2026, 2027),
    ("2026 und 2027", "de", "range", 2026, 2027),
    ("2026 e 2027", "it", "range", 2026, 2027),
    ("2024, 2025 et 2026", "fr", "range", 2024, 2026),
    # until
    ("fin 2025", "fr", "until", None, 2025),
    ("fin décembre 2025", "fr", "until", None, 2025),
    ("eind 2025", "nl", "until", None, 2025),
    ("end of 2025", "en", "until", None, 2025),
    ("Ende 2025", "de", "until", None, 2025),
    ("until 2025", "en", "until", None, 2025),
    ("jusqu'en 2025", "fr", "until", None, 2025),
    ("jusqu’en 2025", "fr", "until", None, 2025),
    ("jusqu'à fin 2025", "fr", "until", None, 2025),
    ("tot 2025", "nl", "until", None, 2025),
    ("bis 2025", "de", "until", None, 2025),
    ("tot eind 2025", "nl", "until", None, 2025),
    ("bis Ende 2025", "de", "until", None, 2025),
    ("until 31 December 2025", "en", "until", None, 2025),
    ("fino al 2025", "it", "until", None, 2025),
    ("entro la fine del 2025", "it", "until", None, 2025),
    # from
    ("depuis 2022", "fr", "from", 2022, None),
    ("sinds 2022", "nl", "from", 2022, None),
    ("since 2022", "en", "from", 2022, None),
    ("seit 2022", "de", "from", 2022, None),
    ("à partir de 2024", "fr", "from", 2024, None),
    ("vanaf 2024", "nl", "from", 2024, None),
    ("ab 2024", "de", "from", 2024, None),
    ("starting in 2024", "en", "from", 2024, None),
    ("a partire dal 2024", "it", "from", 2024, None),
    ("depuis le 1er janvier 2022", "fr", "from", 2022, None),
    # durations: the end is the year of the last month covered
    ("für 24 Monate ab Januar 2023", "de", "duration", 2023, 2024),  # Jan 2023 .. Dec 2024
    ("pour une durée de 36 mois à partir de 2022", "fr", "duration", 2022, 2024),  # Jan 2022 .. Dec 2024
    ("voor 2 jaar vanaf 2023", "nl", "duration", 2023, 2024),
    ("for 18 months from March 2022", "en", "duration", 2022, 2023),  # Mar 2022 .. Aug 2023
    ("three years from 2022", "en", "duration", 2022, 2024),
    ("à partir de 2022 pour une durée de trois ans", "fr", "duration", 2022, 2024),
    ("per 24 mesi a partire da gennaio 2023", "it", "duration", 2023, 2024),
    ("for 12 months from July 2024", "en", "duration", 2024, 2025),  # Jul 2024 .. Jun 2025
    # lone years
    ("2025", None, "year", 2025, 2025),
    ("mars 2024", "fr", "year", 2024, 2024),
]


@pytest.mark.parametrize(("text", "lang", "kind", "start_year", "end_year"), WHOLE_MENTIONS)
@pytest.mark.parametrize("use_lang", [True, False], ids=["lang", "nolang"])
def test_whole_mention(
    text: str, lang: str | None, kind: str, start_year: int | None, end_year: int | None, use_lang: bool
) -> None:
    found = find_periods(text, lang if use_lang else None)
    assert len(found) == 1, found
    period = found[0]
    assert (period.kind, period.start_year, period.end_year) == (kind, start_year, end_year)
    assert (period.start, period.end, period.text) == (0, len(text), text)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "expected"),
    [
        ("the 2014-2020 programming period", "en", "2014-2020", ("range", 2014, 2020)),
        ("Les projets arrivent à terme fin 2025.", "fr", "fin 2025", ("until", None, 2025)),
        ("Le FAMI 2021-2027 soutient 22 projets.", "fr", "2021-2027", ("range", 2021, 2027)),
        ("Das Projekt läuft bis Ende 2025.", "de", "bis Ende 2025", ("until", None, 2025)),
        ("Het project loopt sinds 2022.", "nl", "sinds 2022", ("from", 2022, None)),
        (
            "Il progetto si svolge tra il 2021 e il 2027.",
            "it",
            "tra il 2021 e il 2027",
            ("range", 2021, 2027),
        ),
        ("In 2025, 22 projects were funded.", "en", "2025", ("year", 2025, 2025)),
    ],
)
def test_offsets_in_sentence(text: str, lang: str, mention: str, expected: tuple) -> None:
    (period,) = find_periods(text, lang)
    assert text[period.start : period.end] == period.text == mention
    assert period.start == text.index(mention)
    assert (period.kind, period.start_year, period.end_year) == expected


def test_sentence_with_everything() -> None:
    text = (
        "Publié le 17/12/2025. Le projet, financé à 75 % par le FAMI (2021-2027), "
        "bénéficie de 1,2 million d'euros jusqu'en 2025. Contact : 02 205 20 19."
    )
    found = find_periods(text, "fr")
    assert [(p.kind, p.start_year, p.end_year, p.text) for p in found] == [
        ("range", 2021, 2027, "2021-2027"),
        ("until", None, 2025, "jusqu'en 2025"),
    ]
    assert all(isinstance(p, PeriodMention) and text[p.start : p.end] == p.text for p in found)


def test_sorted_by_start() -> None:
    text = "Seit 2022 wurden 22 Projekte finanziert; das Programm läuft bis Ende 2027."
    found = find_periods(text, "de")
    assert [(p.kind, p.start_year, p.end_year) for p in found] == [
        ("from", 2022, None),
        ("until", None, 2027),
    ]
    assert found[0].start < found[1].start


@pytest.mark.parametrize(
    "text",
    [
        "2022/2025",  # slash + four digits: ambiguous, rejected
        "Regulation (EU) 2021/1147",  # an act number
        "Regulation (EU) No 516/2014",
        "17/12/2025",  # a publication date alone
        "Publié le 17 décembre 2025",
        "2019-2045",  # span over 15 years
        "1000 Brussel",
        "2000 Antwerpen",
        "B-2000 Antwerpen",
        "Postbus 1, 2011 VA Haarlem",
        "Tel. +32 2 209 2019",
        "pp. 2010-2015",
        "€ 2025",
        "2025 €",
        "2020 %",
        "22 projets",
        "Horizon 2020",
        "1234 5678",
    ],
)
def test_no_period(text: str) -> None:
    assert find_periods(text) == []


def test_far_apart_years_are_two_years() -> None:
    found = find_periods("2016 and 2027", "en")
    assert [(p.kind, p.start_year) for p in found] == [("year", 2016), ("year", 2027)]


def test_range_rejected_when_backwards() -> None:
    assert all(p.kind != "range" for p in find_periods("from 2025 to 2021", "en"))


def test_unknown_language_falls_back_to_all() -> None:
    assert find_periods("tot eind 2025", "xx")[0].kind == "until"
    assert find_periods("tot eind 2025", "nl-BE")[0].kind == "until"
