"""Pages read in held28 (session 38): a government's table whose money cells give the sum in euros
and, in brackets, in pounds, with a column of what a second body adds ("Swansea Council match"); a
prefecture's release whose projects stand under quoted headings, each with a "Porteur :" line and a
line of its money ("Crédits État (BOP 104) : 30 000 € pour l'année 2024"), and a closing sentence
saying a fund is not used."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, org, project

from migkg.loaders.document import Document
from migkg.loaders.extract.candidates import PairCandidate
from migkg.loaders.extract.context import Context
from migkg.loaders.extract.model import NATIONAL

ERDF = "https://w3id.org/migkg/id/fund/ERDF"
ESF = "https://w3id.org/migkg/id/fund/ESF"

# A government's list of a fund's projects: a tab-separated table, sums given twice.
CONVERTED_EN = (
    "Asylum, Migration and Integration Fund: projects in the region\n\n"
    "Projects that received money from the EU Asylum, Migration and Integration Fund (AMIF).\n\n"
    "Project\tLead organisation\tPeriod\tAMIF contribution\tSwansea Council match\n"
    "Harbour Welcome – housing advice for new arrivals\tNewport and Usk College\tApril 2019 to March 2021\t"
    "€300,000 (£262,000)\t€100,000 (£87,300)\n"
    "Bridges to Work\tDisplaced People Cymru\tJanuary 2020 to December 2021\t€450,000 (£393,000)\t–\n\n"
    "Contact: integration@example.gov.uk\n"
)


def test_a_money_cell_that_gives_the_sum_converted_in_brackets_is_read_in_euros() -> None:
    ex = extractor(CONVERTED_EN, "en", url="https://www.region.example.gov.uk/amif-projects")
    # (before: "€300,000 (£262,000)" was no amount, the rows got no money and no payer: no pair)
    p = project(ex, "Bridges to Work")
    assert AMIF in p.funders
    assert {int(v) for v, _c, _e in p.amounts.values()} == {450000}, p.amounts
    assert (p.start_year, p.end_year) == (2020, 2021)


def test_a_column_of_what_a_named_body_adds_makes_it_a_payer_of_its_rows() -> None:
    ex = extractor(CONVERTED_EN, "en", url="https://www.region.example.gov.uk/amif-projects")
    p = project(ex, "Harbour Welcome")
    council = org("Swansea Council")
    assert AMIF in p.funders and council in p.funders, names_of(ex, p.funders)
    assert int(p.amounts[council][0]) == 100000
    # a dash in the column: the body adds nothing to that row
    assert council not in project(ex, "Bridges to Work").funders


def test_a_table_cell_that_names_a_body_whole_is_that_body_not_the_end_of_its_name() -> None:
    ex = extractor(CONVERTED_EN, "en", url="https://www.region.example.gov.uk/amif-projects")
    # (before: "Usk College", the shape of names stopping at "and")
    assert names_of(ex, project(ex, "Harbour Welcome").implementers) == {"Newport and Usk College"}


# A prefecture's release: quoted headings over a runner's line, what the project does, and its money.
PREFECTURE_FR = (
    "Intégration des primo-arrivants : l'État soutient quatre projets dans le Rhône\n"
    "Lyon, le 3 mai 2024\n"
    "Le préfet a retenu les actions suivantes au titre du programme 104 du budget de l'État. Deux "
    "d'entre elles bénéficient aussi d'un financement du Fonds asile, migration et intégration (FAMI).\n"
    "« Parler ensemble » – ateliers de conversation\n"
    "Porteur : association Mots en partage (Lyon)\n"
    "Des ateliers hebdomadaires pour les adultes qui ont fini leur formation linguistique.\n"
    "Crédits État (BOP 104) : 30 000 € pour l'année 2024.\n"
    "« Cap Travail »\n"
    "Porteur : association Cap Rhône\n"
    "Un accompagnement vers l'emploi de soixante réfugiés.\n"
    "Financement : 200 000 € au titre du FAMI pour la période 2024-2026, complétés par 30 000 € de "
    "crédits du BOP 104.\n"
    "« Femmes actives »\n"
    "Porteur : centre social Le Lien, Vénissieux\n"
    "Des activités sportives et des permanences d'accès aux droits.\n"
    "Crédits État : 20 000 € (2024).\n"
    "« Étudiants d'ailleurs »\n"
    "Porteur : Université Lumière Lyon 2\n"
    "Une année de français intensif, puis la reprise d'études. Cette action reçoit 150 000 € du FAMI "
    "de 2023 à 2025.\n"
    "Les crédits FEDER du programme régional ne sont pas mobilisés.\n"
)


def test_a_records_runner_line_names_a_body_whose_name_goes_on_in_lower_case() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url="https://www.rhone.example.gouv.fr/communique")
    # (before: "Mots", the shape of names stopping at "en partage")
    assert names_of(ex, project(ex, "Parler ensemble").implementers) == {"Mots en partage"}


def test_a_records_money_line_with_words_in_brackets_in_its_key_says_who_pays_and_when() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url="https://www.rhone.example.gouv.fr/communique")
    p = project(ex, "Parler ensemble")
    # (before: "Crédits État (BOP 104)" was no key of a record: the lines were no project's)
    assert set(p.funders) == {NATIONAL}, p.funders
    assert (p.start_year, p.end_year) == (2024, 2024)


def test_the_year_in_brackets_after_a_records_sum_is_the_year_it_runs() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url="https://www.rhone.example.gouv.fr/communique")
    p = project(ex, "Femmes actives")
    assert (p.start_year, p.end_year) == (2024, 2024)


def test_a_heading_takes_no_payer_from_the_money_line_of_the_project_over_it() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url="https://www.rhone.example.gouv.fr/communique")
    # "« Femmes actives »" stands in the paragraph of "Financement : ... FAMI", Cap Travail's line:
    # the state's credits are its only money (before: the FAMI too)
    assert set(project(ex, "Femmes actives").funders) == {NATIONAL}
    assert AMIF in project(ex, "Cap Travail").funders


def test_a_fund_its_sentence_says_is_not_used_pays_nothing() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url="https://www.rhone.example.gouv.fr/communique")
    assert not [p.label for p in ex.projects if ERDF in p.funders]


def _ctx(text: str, lang: str) -> Context:
    return Context(Document(text=text, name="t.txt", raw=text.encode(), language=lang))


def test_a_fund_denied_after_it_only_as_its_sentences_subject() -> None:
    denied = {
        ("fr", "Les crédits FEDER du programme régional ne sont pas mobilisés."),
        ("de", "Mittel aus dem EFRE werden dafür nicht eingesetzt."),
        ("en", "ESF+ money is not used for these courses."),
    }
    for lang, text in denied:
        ctx = _ctx(text, lang)
        assert ctx.fund_names and not ctx.funds, (lang, text)
    used = {
        ("fr", "Les crédits FEDER sont mobilisés pour la rénovation du centre."),
        # (only: "n'est mobilisé que")
        ("fr", "Le FSE+ n'est mobilisé que pour la formation des bénévoles."),
        # (the fund inside a sentence on something else: its negation is the sentence's own)
        ("fr", "Le centre d'accueil de la ville, soutenu par le FEDER, ne ferme pas cet été."),
    }
    for lang, text in used:
        assert _ctx(text, lang).funds, (lang, text)


def test_a_body_paying_for_itself_names_no_new_project() -> None:
    text = (
        "Rapport au conseil départemental\n\n"
        "Le Département de la Somme soutient l'insertion des réfugiés. Le Département de la Somme "
        "finance ses propres actions d'accompagnement.\n"
    )
    ex = extractor(text, "fr")
    department = next(o.iri for o in ex.ctx.orgs if "Somme" in o.name)
    pair = PairCandidate(department, department, {}, 0.9)
    units = [ex.ctx.unit_index(o.start) for o in ex.ctx.orgs if o.iri == department]
    assert ex._new_project(pair, units) is None


def test_eu_funding_beside_the_states_share_in_a_projects_paragraph_pays_it_too() -> None:
    text = (
        "Two grant agreements signed for reception and integration\n\n"
        "The agreements are financed under the Asylum, Migration and Integration Fund (AMIF). In each "
        "case the EU contribution is complemented by national funds.\n\n"
        "The Integration Directorate will receive €1,200,000 to run the second phase of the Open Door "
        "programme between 2024 and 2026. The programme offers language courses. The project is paid "
        "with €900,000 of EU funding and €300,000 of national co-financing.\n"
    )
    ex = extractor(text, "en")
    p = project(ex, "Open Door")
    assert {AMIF, NATIONAL} <= set(p.funders), p.funders
    # (a guard: the paragraph fallback, which now skips other projects' lines, still reads this one)
    # the fund is read from the sentence that says "EU funding" beside the state's share
    said = text.index("The project is paid")
    assert ex.ctx.text[p.funders[AMIF].start : p.funders[AMIF].end].startswith("The project is paid"), said
