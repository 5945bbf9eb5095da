"""Tests for migkg.loaders.extract.amounts: money amounts, number parsing, percentages."""

from decimal import Decimal

import pytest

from migkg.loaders.extract.amounts import Amount, find_amounts, find_money_roles, find_percentages, parse_number

NBSP, NNBSP = "\u00a0", "\u202f"

# (text, lang, expected value, expected currency); each text is one whole mention.
WHOLE_MENTIONS = [
    # grouped numbers, both conventions
    ("€ 5,139,366.07", "en", "5139366.07", "EUR"),
    ("€5.139.366,07", "nl", "5139366.07", "EUR"),
    ("5 139 366,07 €", "fr", "5139366.07", "EUR"),
    (f"5{NNBSP}139{NNBSP}366,07{NBSP}€", "fr", "5139366.07", "EUR"),
    ("5.139.366,07 euro", "nl", "5139366.07", "EUR"),
    ("3.854.524,55 EUR", "de", "3854524.55", "EUR"),
    ("EUR 3,854,524.55", "en", "3854524.55", "EUR"),
    ("12.000 euro", "nl", "12000", "EUR"),
    ("12.000 Euro", "de", "12000", "EUR"),
    ("12.000 euros", "fr", "12000", "EUR"),
    ("12,000 euros", "en", "12000", "EUR"),
    ("€ 150.000", "nl", "150000", "EUR"),
    ("€ 150.000,-", "nl", "150000", "EUR"),
    ("150 000 €", "fr", "150000", "EUR"),
    (f"150{NNBSP}000 €", "fr", "150000", "EUR"),
    ("euro 500.000", "it", "500000", "EUR"),
    ("2025 euro's", "nl", "2025", "EUR"),
    # English scale abbreviations and words
    ("EUR 7.5m", "en", "7500000", "EUR"),
    ("EUR 7.5 million", "en", "7500000", "EUR"),
    ("€7.5m", "en", "7500000", "EUR"),
    ("€ 2.3bn", "en", "2300000000", "EUR"),
    ("USD 1.2 million", "en", "1200000", "USD"),
    ("$1.2 million", "en", "1200000", "USD"),
    ("£3m", "en", "3000000", "GBP"),
    # French
    ("24 millions d'euros", "fr", "24000000", "EUR"),
    ("24 millions d’euros", "fr", "24000000", "EUR"),
    ("24 millions €", "fr", "24000000", "EUR"),
    ("1,2 million d'euros", "fr", "1200000", "EUR"),
    ("2,5 millions\nd'euros", "fr", "2500000", "EUR"),
    ("1 milliard d'euros", "fr", "1000000000", "EUR"),
    ("24 M€", "fr", "24000000", "EUR"),
    # Dutch
    ("6,5 miljoen euro", "nl", "6500000", "EUR"),
    ("6,5 mio euro", "nl", "6500000", "EUR"),
    ("€ 6,5 miljoen", "nl", "6500000", "EUR"),
    ("233 miljoen euro", "nl", "233000000", "EUR"),
    ("10 miljard euro", "nl", "10000000000", "EUR"),
    # German
    ("14 Millionen Euro", "de", "14000000", "EUR"),
    ("14 Mio. Euro", "de", "14000000", "EUR"),
    ("1,5 Mrd. Euro", "de", "1500000000", "EUR"),
    ("2 Milliarden Euro", "de", "2000000000", "EUR"),
    ("CHF 2,5 Mio.", "de", "2500000", "CHF"),
    # Italian
    ("8 milioni di euro", "it", "8000000", "EUR"),
    ("2,3 milioni di euro", "it", "2300000", "EUR"),
]


@pytest.mark.parametrize(("text", "lang", "value", "currency"), WHOLE_MENTIONS)
@pytest.mark.parametrize("use_lang", [True, False], ids=["lang", "nolang"])
def test_whole_mention(text: str, lang: str, value: str, currency: str, use_lang: bool) -> None:
    found = find_amounts(text, lang if use_lang else None)
    assert len(found) == 1, found
    amount = found[0]
    assert amount.value == Decimal(value)
    assert amount.currency == currency
    # The span covers the whole mention: currency, number and scale word.
    assert (amount.start, amount.end) == (0, len(text))
    assert amount.text == text


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        ("Le projet reçoit 24 millions d'euros du FAMI.", "fr", "24 millions d'euros", "24000000"),
        ("The EU allocated EUR 7.5 million in 2024.", "en", "EUR 7.5 million", "7500000"),
        ("Het project krijgt € 6,5 miljoen uit AMIF.", "nl", "€ 6,5 miljoen", "6500000"),
        ("Insgesamt 1,5 Mrd. Euro für 2021-2027.", "de", "1,5 Mrd. Euro", "1500000000"),
        ("En 2024, 150 000 € pour 22 projets.", "fr", "150 000 €", "150000"),
        ("Il progetto vale euro 500.000 in tutto.", "it", "euro 500.000", "500000"),
    ],
)
def test_offsets_in_sentence(text: str, lang: str, mention: str, value: str) -> None:
    (amount,) = find_amounts(text, lang)
    assert text[amount.start : amount.end] == amount.text == mention
    assert amount.start == text.index(mention)
    assert amount.value == Decimal(value)


def test_several_amounts_sorted() -> None:
    text = "Total: € 5,139,366.07, of which EUR 3,854,524.55 from AMIF and $1.2 million from others."
    found = find_amounts(text, "en")
    assert [a.value for a in found] == [Decimal("5139366.07"), Decimal("3854524.55"), Decimal("1200000")]
    assert [a.currency for a in found] == ["EUR", "EUR", "USD"]
    assert all(text[a.start : a.end] == a.text for a in found)
    assert isinstance(found[0], Amount)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # One separator + three digits + scale word: thousands unless it is the language's
        # decimal separator (see the module docstring).
        ("1,500 million euros", None, "1500000000"),
        ("1,500 million euros", "en", "1500000000"),
        ("1,500 million d'euros", "fr", "1500000"),
        ("1,5 million d'euros", "fr", "1500000"),
        ("EUR 2.125 million", "en", "2125000"),
        ("€2.125m", None, "2125000"),  # "m" is English only, so "." is decimal
        ("2,125 miljoen euro", None, "2125000"),  # "miljoen" is Dutch only, so "," is decimal
        ("€ 2.125 miljoen", "nl", "2125000000"),  # Dutch "." groups thousands
    ],
)
def test_separator_rule_with_scale(text: str, lang: str | None, value: str) -> None:
    (amount,) = find_amounts(text, lang)
    assert amount.value == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "2025",
        "En 2025, 22 projets ont été soutenus.",
        "75 %",
        "Le FAMI finance 75 % du coût.",
        "24 millions de personnes",
        "article 2021",
        "Regulation (EU) 2021/1147",
        "1000 Brussel",
        "17/12/2025",
        "Euro 2024",
        "tel. 02 205 20 19",
    ],
)
def test_no_amount(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("token", "lang", "value"),
    [
        ("5,139,366.07", None, "5139366.07"),
        ("5.139.366,07", None, "5139366.07"),
        ("6,5", None, "6.5"),
        ("7.5", None, "7.5"),
        ("1 234 567", None, "1234567"),
        (f"1{NNBSP}234{NNBSP}567", None, "1234567"),
        (f"1{NBSP}234{NBSP}567", None, "1234567"),
        ("5 139 366,07", None, "5139366.07"),
        ("24", None, "24"),
        ("12.000", "de", "12000"),
        ("12,000", "en", "12000"),
        ("12.000", "en", "12000"),  # no scale word: three digits group thousands everywhere
        ("12,000", "fr", "12000"),
        ("1,25", None, "1.25"),
        ("0,500", "fr", "0.5"),
        ("1,2345", None, "1.2345"),
        ("1.234.567", None, "1234567"),
        ("1'234'567", None, "1234567"),
    ],
)
def test_parse_number(token: str, lang: str | None, value: str) -> None:
    assert parse_number(token, lang) == Decimal(value)


def test_parse_number_scaled() -> None:
    assert parse_number("1,500", "fr", scaled=True) == Decimal("1.5")
    assert parse_number("1,500", "en", scaled=True) == Decimal("1500")
    assert parse_number("1,500", None, scaled=True) == Decimal("1500")


@pytest.mark.parametrize("token", ["", "abc", "1.2.3", "1,23,456", "1.234,567.89", "12 34"])
def test_parse_number_malformed(token: str) -> None:
    assert parse_number(token) is None


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("75% AMIF, 25% national", "en", ["75", "25"]),
        ("75 % FAMI, 25 % national", "fr", ["75", "25"]),
        ("75 procent AMIF", "nl", ["75"]),
        ("75 pour cent", "fr", ["75"]),
        ("75 Prozent", "de", ["75"]),
        ("12,5 %", "fr", ["12.5"]),
        ("12.5 per cent", "en", ["12.5"]),
        ("90 per cento", "it", ["90"]),
        ("In 2025, 22 projets pour 150 000 €.", "fr", []),
    ],
)
def test_percentages(text: str, lang: str, values: list[str]) -> None:
    found = find_percentages(text, lang)
    assert [p.value for p in found] == [Decimal(v) for v in values]
    assert all(text[p.start : p.end] == p.text for p in found)


def test_percentage_span_and_fraction() -> None:
    text = "cofinancé à 75 % par l'UE"
    (pct,) = find_percentages(text, "fr")
    assert pct.text == "75 %"
    assert pct.start == text.index("75")
    assert pct.fraction == Decimal("0.75")


# -- money roles --------------------------------------------------------------------------------


def _roles(text: str, lang: str | None = None) -> dict[str, tuple[Decimal | None, str | None, Decimal | None]]:
    return {
        r.role: (
            r.amount.value if r.amount else None,
            r.amount.currency if r.amount else None,
            r.rate.value if r.rate else None,
        )
        for r in find_money_roles(text, lang)
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Total cost €636,000, EU €477,000",
            "en",
            {"total_cost": (Decimal(636000), "EUR", None), "eu_contribution": (Decimal(477000), "EUR", None)},
        ),
        ("EU contribution (50%)", "en", {"eu_contribution": (None, None, Decimal(50))}),
        (
            "Total budget: 2 450 612,00 €\nEU contribution: 1 225 306,00 € (50%)",
            "en",
            {"total_cost": (Decimal(2450612), "EUR", None), "eu_contribution": (Decimal(1225306), "EUR", Decimal(50))},
        ),
        (
            "The total cost is €636,000 (477 000 euros of EU funding, 159 000 euros of national co-financing)",
            "en",
            {
                "total_cost": (Decimal(636000), "EUR", None),
                "eu_contribution": (Decimal(477000), "EUR", None),
                "national_contribution": (Decimal(159000), "EUR", None),
            },
        ),
        ("Le coût total s'élève à 1,2 million d'euros.", "fr", {"total_cost": (Decimal(1200000), "EUR", None)}),
        (
            "De totale kosten bedragen 80.000 euro, eigen bijdrage 8.000 euro.",
            "nl",
            {"total_cost": (Decimal(80000), "EUR", None), "own_contribution": (Decimal(8000), "EUR", None)},
        ),
        (
            "Gesamtkosten: 250.000 Euro, Kofinanzierungssatz 75 %",
            "de",
            {"total_cost": (Decimal(250000), "EUR", None), "cofinancing_rate": (None, None, Decimal(75))},
        ),
        (
            "costo totale 100.000 euro, cofinanziamento nazionale 25.000 euro",
            "it",
            {"total_cost": (Decimal(100000), "EUR", None), "national_contribution": (Decimal(25000), "EUR", None)},
        ),
        # Another currency stays that currency.
        ("Total cost: CHF 200,000", "en", {"total_cost": (Decimal(200000), "CHF", None)}),
        # "EU" alone names a contribution only right before its amount.
        ("The EU gave Belgium €5 million", "en", {}),
    ],
)
def test_money_roles(text: str, lang: str, expected: dict) -> None:
    assert _roles(text, lang) == expected
