"""Organisations that pay beside a fund (cofunders.py), names introduced by naming words ("the
project entitled: ...") and headings and short forms that are not projects or organisations (texts
written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import AMIF, ESF, FUND, extractor, facts, org, project

from migkg.loaders.extract.cofunders import cofunding_orgs

ISF = FUND + "ISF"


def context(text: str, lang: str):
    return extractor(text, lang).ctx


@pytest.mark.parametrize(
    ("lang", "text", "payer"),
    [
        (
            "fr",
            "Le projet Passerelle est soutenu par le Fonds social européen et la Province de Namurois, "
            "et mené par l'asbl Horizon Neuf.",
            "Province de Namurois",
        ),
        (
            "nl",
            "Het project Brugwerk wordt voor 20.000 euro gefinancierd door het ESF en voor 10.000 euro "
            "door de Stad Wervelaar.",
            "Stad Wervelaar",
        ),
        (
            "de",
            "Das Projekt „Brückenschlag“ wird durch den Europäischen Sozialfonds und die Stadt Kleinbrunn "
            "kofinanziert.",
            "Stadt Kleinbrunn",
        ),
        (
            "en",
            "The Harbour project is co-funded by the Riverton City Council and the European Social Fund.",
            "Riverton City Council",
        ),
    ],
    ids=["fr", "nl", "de", "en"],
)
def test_organisation_listed_with_a_fund_in_a_funding_sentence_pays_beside_it(lang, text, payer) -> None:
    found = cofunding_orgs(context(text, lang))
    assert {name: funds for name, funds in found.items()} == {org(payer): {ESF}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # who runs it, in a clause of its own
        ("nl", "Het project Kompas wordt gefinancierd door het AMIF en uitgevoerd door de Stad Wervelaar."),
        # a list of payers in other clauses, after a comma
        ("fr", "Il est cofinancé par le FAMI via le ministère de l'Intérieur, et par la Province de Namurois."),
        # the fund's name inside the name of a call
        ("nl", "Het ESF-oproep 'Werk en Stad Wervelaar' steunt nieuwkomers."),
        # no funding said at all
        ("en", "The Riverton City Council and the AMIF managing authority met on Tuesday."),
    ],
    ids=["other-clause", "comma", "compound", "no-funding"],
)
def test_organisation_named_near_a_fund_otherwise_pays_nothing(lang: str, text: str) -> None:
    assert cofunding_orgs(context(text, lang)) == {}


def test_cofunder_funds_the_funds_project_and_its_implementer() -> None:
    text = (
        "Het project ‘Brugwerk’ wordt uitgevoerd door vzw De Overzet. "
        "Het wordt voor 20.000 euro gefinancierd door het ESF en voor 10.000 euro door de Stad Wervelaar."
    )
    p = project(facts(text, "nl"), "Brugwerk")
    assert org("Stad Wervelaar") in p.funders
    assert ESF in p.funders
    assert org("Stad Wervelaar") not in p.implementers


def test_quoted_name_after_naming_words_is_the_project() -> None:
    text = (
        'The project entitled: "Building bridges for newcomers in Riverton - stage II" is co-financed by '
        "the Asylum, Migration and Integration Fund. The project is implemented by the Riverton Labour Office."
    )
    p = project(facts(text, "en"), "Building bridges")
    assert p.label == "Building bridges for newcomers in Riverton - stage II"
    assert AMIF in p.funders


def test_name_on_the_line_after_entitled_as_follows_takes_the_earlier_sentences() -> None:
    text = (
        "The responsible authority approved one project of the Riverton Customs Office, valued at EUR 1.2 "
        "million, under the Internal Security Fund.\n\n"
        "The project is entitled as follows:\n\n"
        "Mobile scanners for border crossings.\n\n"
        "Two other projects will follow next year."
    )
    p = project(facts(text, "en"), "Mobile scanners")
    assert p.label == "Mobile scanners for border crossings"
    assert ISF in p.funders
    assert p.amounts, "the amount of the sentence that introduced the project is its own"


def test_national_budget_heading_is_not_a_project() -> None:
    text = (
        "National budget\n\n"
        "The Harbour project is co-financed by the Asylum, Migration and Integration Fund and the national "
        "budget. It is run by the Riverton Labour Office."
    )
    labels = {p.label for p in facts(text, "en").projects}
    assert "National budget" not in labels
    assert any("Harbour" in label for label in labels)


def test_fund_short_form_in_parentheses_is_not_an_organisation() -> None:
    # "ISS" does not spell "Internal Security Fund", yet it is that fund's short form here.
    text = "EUR 2 million come from the Internal Security Fund (ISS) for the Riverton Border Guard Service."
    ctx = context(text, "en")
    assert "ISS" not in {m.name for m in ctx.orgs}


def test_quoted_name_that_begins_with_a_project_noun_is_the_project() -> None:
    text = (
        "Le ministère et l'Union européenne ont lancé en 2019 le « Programme d'accueil solidaire », "
        "cofinancé par le FAMI."
    )
    labels = {p.label for p in facts(text, "fr").projects}
    assert "Programme d'accueil solidaire" in labels


def test_record_line_lists_every_implementer_and_partner() -> None:
    text = (
        "Projekt Brückenschlag\n\n"
        "Projektträger: Caritas Kleinbrunn und Diakonie Kleinbrunn\n"
        "Partner: Verein Lichtblick, Verein Nordstern\n"
        "Laufzeit: 2021 - 2023\n\n"
        "Das Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds gefördert."
    )
    ext = facts(text, "de", title="Projekt Brückenschlag")
    p = project(ext, "Brückenschlag")
    assert set(p.implementers) == {org("Caritas Kleinbrunn"), org("Diakonie Kleinbrunn")}
    assert set(p.partners) == {org("Lichtblick"), org("Nordstern")}
    assert (p.start_year, p.end_year) == (2021, 2023)


def test_record_lines_without_a_title_key_belong_to_the_project_the_title_names() -> None:
    # Two projects are named (the page's project and one of its parts); the title says which one the
    # page's record lines describe.
    text = (
        "Das Projekt „NORDLICHT“ wird aus dem Fonds für die innere Sicherheit gefördert. "
        "Ein Teilprojekt, das Projekt „Kompass“, richtet sich an Schulen.\n\n"
        "In Kürze\n\n"
        "Volumen: 3 Mio. €\n"
        "Laufzeit: 01/2022 - 12/2024\n"
    )
    ext = facts(text, "de", title="EU-Projekt: NORDLICHT")
    main = project(ext, "NORDLICHT")
    assert (main.start_year, main.end_year) == (2022, 2024)
    assert main.amounts
    assert not project(ext, "Kompass").amounts


def test_label_never_starts_with_and() -> None:
    text = "Das Projekt „Brückenschlag“ wird durch den AMIF gefördert. Und läuft vom 1. Mai 2021 bis 2023."
    labels = {p.label for p in facts(text, "de").projects}
    assert not any(label.lower().startswith("und ") for label in labels)


def test_clause_that_says_who_runs_it_is_no_projects_label() -> None:
    # The clause before "(FIRC)" says who pilots the project, not what the project does; the clause
    # before "(GAMV)" says what is done.
    from migkg.loaders.extract.decide import _clause_before

    text = (
        "Le projet, financé par le FAMI, est piloté par une fédération de Namur (FIRC). "
        "Il soutient aussi les victimes de violences conjugales (GAMV)."
    )
    ex = extractor(text, "fr")
    ctx = ex.ctx
    clauses = {}
    for name in ("FIRC", "GAMV"):
        m = next(m for m in ctx.orgs if m.name == name)
        clauses[name] = _clause_before(ctx, m.iri, ctx.units[ctx.unit_index(m.start)])
    assert clauses == {"FIRC": "", "GAMV": "Il soutient aussi les victimes de violences conjugales"}


def test_authority_named_beside_its_role_gets_no_pair_with_its_fund() -> None:
    from migkg.loaders.extract.authorities import CLOSE

    text = (
        "De FOD Binnenlandse Zaken wordt aangesteld als verantwoordelijke autoriteit voor het Fonds voor "
        "Asiel, Migratie en Integratie (AMIF). Het budget van het AMIF bedraagt 233 miljoen euro."
    )
    result = facts(text, "nl")
    close = [(f, o) for f, o, ev in result.authorities if ev.confidence >= CLOSE]
    assert close, "the authority is named beside its role"
    pairs = {(f, o) for p in result.projects for f in p.funders for o in p.implementers}
    assert not pairs & set(close)


@pytest.mark.parametrize(
    ("lang", "text", "name", "runner"),
    [
        (
            "it",
            "Il progetto “Ponte”, presentato ieri dal Comune di Marsala, è finanziato dal FAMI e gestito dal "
            "Consorzio Arcobaleno di Trapani.",
            "Ponte",
            "Consorzio Arcobaleno di Trapani",
        ),
        (
            "de",
            "Das Projekt „Brückenschlag“ stellte die Stadt Kleinbrunn gestern vor. Es wird aus dem AMIF "
            "gefördert, durchgeführt vom Verein Lichtblick.",
            "Brückenschlag",
            "Lichtblick",
        ),
    ],
    ids=["it-dal", "de-vom"],
)
def test_role_cue_with_a_contracted_article_names_who_runs_it(lang: str, text: str, name: str, runner: str) -> None:
    p = project(facts(text, lang), name)
    assert org(runner) in p.implementers


def test_model_pair_with_another_fund_needs_the_organisations_own_sentence(monkeypatch) -> None:
    # The rules read who pays for the Croix-Rouge project (the section's Fedasil); a model that
    # accepts every fund's pair (and the rules' own) must not add the AMIF of other projects, named in
    # other sentences.
    from migkg.loaders.extract import decide
    from migkg.loaders.extract.decide import PairModel

    funds_and_rules = PairModel(("funder_fund", "rule_pair"), (0.0, 0.0), (1.0, 1.0), (6.0, 12.0), -3.0, 0.5)
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: funds_and_rules)
    text = (
        "13 gesubsidieerde projecten\n\nFedasil opvang\n\n"
        "Elk jaar financiert Fedasil specifieke projecten rond de opvang voor asielzoekers. "
        "Andere projecten krijgen steun van het AMIF.\n\n"
        "Fedasil beschikt elk jaar over een budget om projecten te ondersteunen. Zo heeft een project van "
        "Croix-Rouge het vorig jaar 431 bewoners begeleid.\n\n"
        "Ondersteuning van AMIF\n\nVoor de periode 2020-2022 zijn er zo 10 projecten die steun krijgen van AMIF."
    )
    result = facts(text, "nl", url="https://www.fedasil.be/nl/nieuws/projecten")
    runs = {o: set(p.funders) for p in result.projects for o in p.implementers}
    croix_rouge = next(o for o in runs if "red-cross" in o)
    assert AMIF not in runs[croix_rouge]


def test_project_list_line_with_an_organisation_names_who_runs_it() -> None:
    text = (
        "The managing authority signed grant agreements for the following AMIF projects:\n"
        "- Language Courses for Adult Newcomers in partnership with the Riverton Learning Centre. The project "
        "offers evening classes.\n"
        "- Operation of a Shelter for Unaccompanied Minors with the Safe Harbour Foundation. It hosts 40 minors.\n"
        "- Legal Aid for Asylum Seekers with the support of volunteers from the Riverton Law Clinic."
    )
    ext = facts(text, "en")
    courses = project(ext, "Language Courses")
    shelter = project(ext, "Shelter for Unaccompanied")
    assert courses.label == "Language Courses for Adult Newcomers"
    assert set(courses.implementers) == {org("Riverton Learning Centre")}
    assert set(shelter.implementers) == {org("Safe Harbour Foundation")}
    # "with the support of volunteers from X" does not say X runs it
    assert not any(org("Riverton Law Clinic") in p.implementers and "Legal Aid" in p.label for p in ext.projects)


def test_mangled_european_fund_name_is_not_an_organisation() -> None:
    from migkg.loaders.extract.orgshape import is_not_organisation

    for name in ("Fonds européen Asile", "Europees Fonds voor Integratie", "European Refugee Fund"):
        assert is_not_organisation(name), name
    for name in ("Fonds Roi Baudouin", "Vlaams Cofinancieringsfonds", "European Migration Network"):
        assert not is_not_organisation(name), name


def test_spelt_out_project_name_is_not_an_organisation() -> None:
    text = (
        "The project SHINE (Support Hub for Integration of Newcomers in Europe) is co-funded by the AMIF. "
        "It is run by Caritas International."
    )
    ctx = context(text, "en")
    assert {m.name for m in ctx.orgs} == {"Caritas International"}


def test_names_further_down_a_partner_list_are_partners_too() -> None:
    from migkg.loaders.extract.candidates import listed_as_partner

    text = (
        "Le programme Passerelle, cofinancé par le FAMI, est porté par l'asbl Horizon Neuf en partenariat "
        "avec l'asbl Lumière, Adoma, la Province de Namurois et le Département du Nord. "
        "Les partenaires de Horizon Neuf se réunissent chaque année."
    )
    ctx = context(text, "fr")
    assert listed_as_partner(ctx, org("Province de Namurois"))
    assert listed_as_partner(ctx, org("Département du Nord"))
    # "les partenaires de X" speaks of X's partners in general: a noun, not a partner cue over X
    assert not listed_as_partner(ctx, org("Horizon Neuf"))


def test_possessive_of_the_union_is_not_an_organisation() -> None:
    from migkg.loaders.extract.orgshape import is_not_organisation

    assert is_not_organisation("European Union’s")
    assert is_not_organisation("the European Union's")


def test_state_ministry_paying_beside_a_fund_brings_national_money() -> None:
    from migkg.loaders.extract.model import NATIONAL

    text = (
        "Das Projekt „Heimkehr“ wird von der Beratungsstelle Nordwind durchgeführt, welches durch den "
        "Asyl-, Migrations- und Integrationsfonds (AMIF) und das Bundesministerium für Arbeit kofinanziert wird."
    )
    p = project(facts(text, "de"), "Heimkehr")
    assert {AMIF, org("Bundesministerium für Arbeit"), NATIONAL} <= set(p.funders)


def test_regional_ministry_paying_beside_a_fund_is_no_national_money() -> None:
    from migkg.loaders.extract.context import _is_state_ministry

    assert _is_state_ministry("Bundesministerium für Inneres")
    assert _is_state_ministry("Ministry of Interior of the Slovak Republic")
    assert not _is_state_ministry("Ministerium für Soziales des Landes Hessen")
    assert not _is_state_ministry("Ministry for Health")  # no sign of which state's


def test_state_named_as_national_money_is_no_funding_organisation() -> None:
    from migkg.loaders.extract.candidates import candidates

    text = (
        "Financé par le gouvernement belge via Fedasil et mis en œuvre par Caritas International, le programme "
        "de réintégration aide les personnes qui rentrent."
    )
    ex = extractor(text, "fr")
    government = {m.iri for m in ex.ctx.orgs if "gouvernement" in m.name.lower() or "government" in m.name.lower()}
    funders = {c.funder for c in candidates(ex)}
    assert not government & funders


def test_italian_and_is_taken_out_where_it_stands_not_inside_an_earlier_word() -> None:
    # "e" also stands inside "dell'Unione": only the "and" between the names is list glue.
    text = "Il progetto Ponte è cofinanziato dal FAMI dell'Unione europea e il Comune di Trapani."
    assert cofunding_orgs(context(text, "it")) == {org("Comune di Trapani"): {AMIF}}


def test_names_one_letter_apart_in_what_tells_them_apart_stay_two_organisations() -> None:
    """Regression: "Stichting Beta Werk" and "Stichting Zeta Werk" (or "gemeente Genk" and "gemeente
    Gent") were merged as one organisation with a typo: 90% alike as wholes."""
    from migkg.loaders.extract.relations import within_a_typo

    assert not within_a_typo("stichting beta werk", "stichting zeta werk")
    assert not within_a_typo("gemeente genk", "gemeente gent")
    assert within_a_typo("stichting refuigio", "stichting refugio")
    # the words they share at the end tell them apart no more than those at the start
    assert not within_a_typo("northvale municipality", "southvale municipality")
    assert not within_a_typo("valga municipality", "valka municipality")
    assert within_a_typo("refuigio foundation", "refugio foundation")
    text = (
        "Subsidie is toegekend aan Stichting Beta Werk en aan Stichting Zeta Werk voor het project Brug, "
        "gefinancierd door het AMIF.\n"
    )
    names = {o.name for o in extractor(text, "nl").ctx.orgs}
    assert {"Stichting Beta Werk", "Stichting Zeta Werk"} <= names


NEWS_FR = (
    "Chaque mardi, une dizaine de femmes exilées prennent leurs cours de français en ville.\n\n"
    "Le dispositif, baptisé « Parler en marchant », a démarré en 2022. Il bénéficie d'une enveloppe de "
    "60 000 € jusqu'à fin 2024, financée en grande partie par le FAMI et complétée par la Ville de Saint-Aubin.\n\n"
    "« On a vingt noms sur liste d'attente », regrette la coordinatrice de l'association Les Mots Partagés, "
    "qui porte le projet depuis ses débuts.\n"
)


def test_a_name_given_between_commas_names_the_project() -> None:
    assert project(facts(NEWS_FR, "fr"), "Parler en marchant").rule == "_named"


def test_money_completed_by_a_city_makes_it_a_cofunder_not_the_runner() -> None:
    p = project(facts(NEWS_FR, "fr", url="https://www.journal-exemple.fr/a"), "Parler en marchant")
    assert {AMIF, org("Ville de Saint-Aubin")} <= set(p.funders)
    assert org("Ville de Saint-Aubin") not in p.implementers


def test_organisation_that_carries_the_project_runs_the_pages_one_project() -> None:
    # "l'association X, qui porte le projet", far from the project's name, on a newspaper's page
    p = project(facts(NEWS_FR, "fr", url="https://www.journal-exemple.fr/a"), "Parler en marchant")
    assert set(p.implementers) == {org("Les Mots Partagés")}


NEWS_IT = (
    "Il progetto InfoCasa è finanziato con 1,4 milioni di euro del Fami per il triennio 2024-2026. "
    "A questi si aggiungono 45 mila euro della Fondazione Val Serena.\n\n"
    "Il progetto ha come capofila la cooperativa sociale Aurora, in partenariato con il Comune di Vallebella.\n"
)


def test_lead_role_announced_before_the_head_noun_and_name_it_introduces() -> None:
    # "ha come capofila la cooperativa sociale X"
    ext = facts(NEWS_IT, "it")
    runners = {o for p in ext.projects for o in p.implementers}
    assert org("Aurora") in runners
    assert org("Comune di Vallebella") not in runners


def test_the_fund_written_as_a_word_in_the_italian_press_is_the_fund() -> None:
    # "1,4 milioni di euro del Fami": the acronym written as a word
    assert AMIF in project(facts(NEWS_IT, "it"), "InfoCasa").funders


def test_a_sum_of_an_organisation_makes_it_a_funder() -> None:
    ex = extractor(NEWS_IT, "it")
    assert org("Fondazione Val Serena") in ex.doc_org_funders  # "45 mila euro della Fondazione X"


def test_site_name_after_a_bar_is_no_part_of_the_title_label() -> None:
    from migkg.loaders.extract.projects import title_without_site

    assert title_without_site("BRIDGE – Access to Work | Women's Association Valletta") == "BRIDGE – Access to Work"
    assert title_without_site("Info centre gets a million (The Daily, 2019)") == "Info centre gets a million"


PROJECT_PAGE_EN = (
    "BRIDGE – Access to Work\n\nAbout the project\n\n"
    "BRIDGE helps migrant women find work. The project is co-funded by the Asylum, Migration and "
    "Integration Fund (AMIF) and runs from 2023 to 2025.\n"
)


def test_about_the_project_heading_names_no_project() -> None:
    ext = facts(
        PROJECT_PAGE_EN,
        "en",
        title="BRIDGE – Access to Work | Women's Association Valletta",
        url="https://www.womenvalletta.org/bridge",
    )
    assert not [p for p in ext.projects if p.label.lower().startswith("about")]


def test_words_of_a_fund_after_a_possessive_are_no_organisation() -> None:
    text = "The two-year project is financed from the EU's Asylum, Migration and Integration Fund."
    ex = extractor(text, "en")
    assert not [o for o in ex.ctx.orgs if "Asylum" in o.name]
    assert [m for m in ex.ctx.funds if m.entity.iri == AMIF]


CALL_PAGE_IT = """Avviso pubblico "Percorsi di inclusione" – FAMI 2021-2027

La Prefettura di Valcastello informa gli enti del territorio che è aperto l'avviso pubblico finanziato dal
Fondo Asilo, Migrazione e Integrazione (FAMI) per percorsi di inclusione dei cittadini stranieri.

Allegato 2 – Piano finanziario (xlsx)

Le proposte devono pervenire entro il 30 settembre 2024. La dotazione complessiva è di 2 milioni di euro.
"""


def test_a_call_for_proposals_reports_no_project() -> None:
    # a call asks for projects: neither its attachments' headings nor its issuer's pairs are projects
    ext = facts(CALL_PAGE_IT, "it", title="Avviso pubblico Percorsi di inclusione - Prefettura di Valcastello")
    assert not ext.projects
