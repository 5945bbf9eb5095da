"""Pages read in held40 (session 50): a partnership's table whose last row bears a star and whose
footnote ("* Not AMIF. ... paid for by ... from the national budget") says who paid it; a written
answer's table whose short cells ("gemeente Den Haag", years, a sum) read like a site's menu; a
province's own programme named in the answer ("het provinciale programma X"); an NGO's "Funding
guide: ..." on the fund, which reports no project; a Land's money in the genitive ("aus Landesmitteln
des Freistaats X")."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.orgshape import find_org_names

TABLE_EN = (
    "Projects in the region\n"
    "Amounts are the grant as reported by the lead organisation.\n\n"
    "Project | Lead organisation | Dates | Funding\n"
    "Harbour Welcome Hub | Carriers of Light | 2017–2020 | AMIF £612,450\n"
    "Pathways to Work | Northfield City Council | 2019–2022 | AMIF £1,480,000\n"
    "Cohesion Champions* | Westbury Borough Council | 2018–2020 | £389,000\n"
    "* Not AMIF. Cohesion Champions was paid for from the national budget.\n\n"
    "Notes on the table\n"
    "The figures come from the lead organisations.\n"
)


def test_a_starred_rows_footnote_names_its_payer_and_no_project() -> None:
    ext = facts(TABLE_EN, "en", url="https://www.regional-partnership.example.org.uk/amif-projects")
    labels = [p.label for p in ext.projects]
    # (before: "Not AMIF" was a project, and the starred row had no payer)
    assert not [label for label in labels if label.lower().startswith("not amif")], labels
    p = project(ext, "Cohesion Champions")
    assert NATIONAL in p.funders, p.funders
    assert AMIF not in p.funders, p.funders
    assert AMIF in project(ext, "Pathways to Work").funders


ANSWER_NL = (
    "Antwoord 2\n"
    "Ons zijn de volgende lopende projecten bekend:\n\n"
    "Project | Begunstigde | Looptijd | EU-bijdrage AMIF\n"
    "Taal en Werk Zuidrand | gemeente Zuidrand | 2023 – 2026 | € 1.245.000\n"
    "Haagse Startbaan | gemeente Den Haag | 2022 – 2025 | € 987.400\n\n"
    "Antwoord 3\n"
    "Vanuit het provinciale programma Arbeidsmarkt en Onderwijs hebben wij een eenmalige bijdrage van "
    "€ 150.000 verleend aan het project “Statushouders aan de slag” van de Sociale Dienst Waalstreek.\n"
)


def test_short_cells_with_years_and_sums_are_a_tables_row_not_a_menu() -> None:
    ext = facts(ANSWER_NL, "nl", url="https://www.provincie-zuidrand.example.nl/statenvragen/2023-41")
    # (before: "Haagse Startbaan | gemeente Den Haag | 2022 – 2025 | € 987.400" read as a menu line
    # of short items, and its runner was no organisation)
    assert org("gemeente Den Haag") in project(ext, "Haagse Startbaan").implementers


def test_a_provinces_own_programme_is_no_project() -> None:
    ext = facts(ANSWER_NL, "nl", url="https://www.provincie-zuidrand.example.nl/statenvragen/2023-41")
    labels = [p.label for p in ext.projects]
    assert "Arbeidsmarkt en Onderwijs" not in labels, labels


GUIDE_EN = (
    "HARBOURNET\n"
    "About | What we do | Resources | Get involved | Donate\n\n"
    "Funding guide: the Asylum, Migration and Integration Fund in Malta, 2021-2027\n"
    "Posted on 18 June 2024 by our policy team\n\n"
    "What is AMIF?\n"
    "The Asylum, Migration and Integration Fund (AMIF) is the EU fund that supports asylum systems and "
    "the integration of third-country nationals.\n\n"
    "How does co-financing work?\n"
    "The EU normally pays up to 75% of eligible costs. The rest comes from national co-financing.\n\n"
    "The current call\n"
    "Indicative budget: €4,500,000\n"
    "Deadline for applications: 30 September 2024\n"
)


def test_a_funding_guide_reports_no_project_of_its_sites_name() -> None:
    ext = facts(
        GUIDE_EN,
        "en",
        title="Funding guide: the Asylum, Migration and Integration Fund in Malta, 2021-2027 – HARBOURNET",
        url="https://www.harbournet.example.mt/resources/amif-guide",
    )
    labels = [p.label for p in ext.projects]
    # (before: the site's name at the title's end was the page's project)
    assert "HARBOURNET" not in labels, labels


def test_a_land_in_the_genitive_is_a_name() -> None:
    text = "Die Kofinanzierung erfolgt aus Landesmitteln des Freistaats Sachsen."
    names = [n.name for n in find_org_names(text, "de")]
    assert "Freistaats Sachsen" in names, names


NEWS_IT = (
    "Comune della Pieve\n"
    "Home > Notizie > Servizi sociali\n\n"
    "Al via “Spazi Aperti”: sportelli e corsi di italiano\n\n"
    "Apre lunedì il primo dei tre sportelli del progetto “SPAZI APERTI – Servizi di prossimità”, di cui "
    "il Comune della Pieve è capofila. Il progetto, finanziato con il Fondo Asilo, Migrazione e "
    "Integrazione 2021-2027, si svolgerà dal 1° aprile 2024 al 30 giugno 2026.\n\n"
    "Partner del Comune è l'associazione ARCI Levante, che gestirà i corsi di italiano.\n\n"
    "Responsabile unico del procedimento: dott. Marco Neri, dirigente del Servizio Politiche Sociali.\n"
)


def test_the_sites_short_name_does_not_cut_a_longer_name_at_its_start() -> None:
    ex = extractor(NEWS_IT, "it", url="https://www.comune.lapieve.example.it/notizie/spazi-aperti")
    at = NEWS_IT.index("Comune della Pieve è capofila")
    mention = next(o for o in ex.ctx.orgs if o.start == at)
    # (before: the site's owner "Comune" (the host's first word) took the start of "il Comune di
    # Portovenere è capofila", and the lead role found no name right before it)
    assert mention.end == at + len("Comune della Pieve"), mention
    p = next(p for p in ex.projects if p.label.startswith("SPAZI APERTI"))
    assert org("Comune della Pieve") in p.implementers, p.implementers
