"""A site whose host adds its town to its name ("brueckenschlag-linz.at" for "Brückenschlag"): the
one-word name alone on the page's first line, or before a spaced dash and what it is, is the
owner, which runs the projects its annual report lists under numbered headings ("3.1 Name")."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, names, org, project

REPORT = (
    "Wegweiser\n"
    "Verein für Beratung und Begleitung\n"
    "Home | Über uns | Projekte | Kontakt\n"
    "\n"
    "Jahresbericht 2024\n"
    "\n"
    "Im Berichtsjahr haben wir zwei Projekte umgesetzt.\n"
    "\n"
    "3.1 Ankommen in Linz\n"
    "\n"
    "Unsere Beraterinnen begleiten neu zugewanderte Familien bei Behördenwegen.\n"
    "\n"
    "Laufzeit: 01.01.2024 – 31.12.2026\n"
    "Projektvolumen: € 320.000,–\n"
    "Finanziert von: Asyl-, Migrations- und Integrationsfonds (AMIF) und Land Oberösterreich\n"
    "\n"
    "3.2 Lernwerkstatt\n"
    "\n"
    "Nachhilfe für Schulkinder in zwei Stadtteilen.\n"
    "\n"
    "Laufzeit: 2023 – 2025\n"
    "Finanziert von: AMIF\n"
    "\n"
    "Wegweiser – Verein für Beratung und Begleitung\n"
    "Hauptplatz 5, 4020 Linz\n"
)
URL = "https://www.wegweiser-linz.at/jahresbericht/projekte"


def test_the_hosts_first_part_alone_on_the_first_line_is_the_owner() -> None:
    assert "Wegweiser" in names(REPORT, "de", URL)


def test_the_owner_runs_the_projects_of_its_report() -> None:
    ext = facts(REPORT, "de", url=URL)
    ankommen = project(ext, "Ankommen in Linz")
    assert org("Wegweiser") in ankommen.implementers
    assert AMIF in ankommen.funders


def test_a_section_number_is_no_part_of_a_projects_label() -> None:
    ext = facts(REPORT, "de", url=URL)
    assert project(ext, "Lernwerkstatt").label == "Lernwerkstatt"


def test_a_head_noun_first_in_the_host_is_no_owners_name() -> None:
    # "stadt-graz.at": "Stadt" alone on a line is a heading's word, not the city's name
    text = "Stadt\nGraz informiert\n\nDas Integrationsreferat fördert Sprachkurse.\n"
    assert "Stadt" not in names(text, "de", "https://www.stadt-graz.at/news")


def test_a_project_sites_name_before_its_long_form_is_no_owner() -> None:
    # "ROOTS – Rural Opportunities for Newcomers" on roots-northsea.eu: the project, not who runs it
    text = (
        "Home   About   Partners\n\nAbout ROOTS\n\n"
        "ROOTS – Rural Opportunities for Newcomers\n\nROOTS asks a question.\n"
    )
    assert "ROOTS" not in names(text, "en", "https://www.roots-northsea.eu/about/")
    # the same line with the kind of organisation after the dash names the owner
    text = text.replace("ROOTS – Rural Opportunities for Newcomers", "ROOTS – Association for Rural Newcomers")
    assert "ROOTS" in names(text, "en", "https://www.roots-northsea.eu/about/")


NEWSLETTER = (
    "PONTE NEWSLETTER\n"
    'News from the association "Ponte" – Centre for Arrivals, Tartu\n'
    "\n"
    "1. ESTONIAN CLASSES IN VALGA\n"
    "\n"
    'Our project "Keel lähemale" has opened a new group in Valga. The project is co-financed by the '
    "Asylum, Migration and Integration Fund.\n"
    "\n"
    "2. SAVE THE DATE: NEWCOMERS FORUM 2024\n"
    "\n"
    "Our annual forum will discuss housing.\n"
)


def test_a_short_name_and_a_dash_before_the_name_found_spell_the_host() -> None:
    ex = extractor(NEWSLETTER, "en", url="https://ponte-centre.ee/newsletter/3-2024")
    assert ex.ctx.site_owner == org("Centre for Arrivals")


def test_a_name_ending_in_a_year_is_an_event() -> None:
    ex = extractor(NEWSLETTER.replace("NEWCOMERS FORUM", "Newcomers Forum"), "en")
    assert "Newcomers Forum 2024" not in {o.name for o in ex.ctx.orgs}


def test_a_host_that_shortens_the_bodys_kind_before_its_name_spells_the_owner() -> None:
    # (held37, session 49: "Tessere Società Cooperativa Sociale Onlus" on coopsocialetessere.it, which
    # its own report calls "Tessere" alone; its table of projects names no runner)
    text = (
        "BILANCIO SOCIALE 2023\n"
        "Mosaico Società Cooperativa Sociale Onlus – Bari\n"
        "Nel 2023 Mosaico ha operato in tre aree. Le persone raggiunte da Mosaico sono state 612.\n"
        "Progetti attivi nel 2023 e fonti di finanziamento\n"
        "N.\tProgetto\tFonte di finanziamento\tPeriodo\tImporto (€)\n"
        "1\tPonti di lingua – italiano L2 per donne\tFondazione Puglia\t2023-2024\t30.000,00\n"
        "2\tSportello Orienta – orientamento legale\tOtto per mille della Chiesa Valdese\t2023\t24.500,00\n"
        "Mosaico ringrazia i volontari.\n"
    )
    ex = extractor(text, "it", url="https://www.coopsocialemosaico.it/bilancio-sociale-2023.pdf")
    owner = org("Mosaico Società Cooperativa Sociale Onlus")
    assert ex.ctx.site_owner == owner
    assert set(project(ex, "Ponti di lingua").implementers) == {owner}
