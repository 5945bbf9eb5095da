"""Relations: which funder goes with which project, co-funders, amount shares, partners versus
implementers, organisations mentioned in passing, and periods in every language."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import (
    AMIF,
    CARITAS,
    CGRS,
    CROIX_ROUGE,
    ESF,
    FEDASIL,
    IOM,
    RED_CROSS_FLANDERS,
    facts,
    org,
    project,
)

from migkg.loaders.document import Document
from migkg.loaders.extract.pipeline import NATIONAL, extract_facts

# ---------------------------------------------------------------------------------------------
# Each project its own funder


def test_national_and_amif_projects_fr() -> None:
    text = (
        "Deux nouveaux dispositifs d'accueil ouvrent à Namur. "
        "Le projet BOUSSOLE est financé par le budget fédéral et mené par Fedasil. "
        "Le projet TREMPLIN, lui, est financé par le FAMI et porté par Caritas International."
    )
    ext = facts(text, "fr")
    boussole = project(ext, "BOUSSOLE")
    tremplin = project(ext, "TREMPLIN")
    assert set(boussole.funders) == {NATIONAL}
    assert set(tremplin.funders) == {AMIF}
    assert set(boussole.implementers) == {FEDASIL}
    assert set(tremplin.implementers) == {CARITAS}


def test_national_and_amif_projects_en() -> None:
    text = (
        "Two projects for unaccompanied minors started this spring. "
        "The HARBOUR project is financed by the national budget and run by Fedasil. "
        "The LANTERN project is funded by AMIF and run by the IOM."
    )
    ext = facts(text, "en")
    assert set(project(ext, "HARBOUR").funders) == {NATIONAL}
    assert set(project(ext, "LANTERN").funders) == {AMIF}
    assert set(project(ext, "HARBOUR").implementers) == {FEDASIL}
    assert set(project(ext, "LANTERN").implementers) == {IOM}


def test_national_and_amif_projects_in_separate_paragraphs_nl() -> None:
    text = (
        "Het project ‘Veilig Thuis’ wordt geleid door Fedasil en betaald uit de federale begroting.\n"
        "\n"
        "Het project ‘Sterke Start’ wordt geleid door Caritas International en gefinancierd door het AMIF.\n"
    )
    ext = facts(text, "nl")
    assert set(project(ext, "Veilig Thuis").funders) == {NATIONAL}
    assert set(project(ext, "Sterke Start").funders) == {AMIF}


def test_two_funds_two_projects_de() -> None:
    text = (
        "Das Projekt „Sprachbrücke“ wird aus Mitteln des AMIF gefördert. "
        "Das Projekt „Jobstart“ wird dagegen aus Mitteln des ESF+ finanziert."
    )
    ext = facts(text, "de")
    assert set(project(ext, "Sprachbrücke").funders) == {AMIF}
    assert set(project(ext, "Jobstart").funders) == {ESF}


def test_fund_of_one_project_does_not_leak_to_the_next_sentence() -> None:
    text = (
        "Le projet TREMPLIN est financé par le FAMI et mené par Caritas International. "
        "Le projet BOUSSOLE, financé par le FSE+, est mené par Fedasil."
    )
    ext = facts(text, "fr")
    assert set(project(ext, "TREMPLIN").funders) == {AMIF}
    assert set(project(ext, "BOUSSOLE").funders) == {ESF}


# ---------------------------------------------------------------------------------------------
# Co-funders


def test_cofunded_by_fedasil_en() -> None:
    text = "The KEYSTONE project is funded by AMIF and co-funded by Fedasil; it is run by Open Doors NGO in Liège."
    ext = facts(text, "en")
    p = project(ext, "KEYSTONE")
    assert set(p.funders) == {AMIF, FEDASIL}
    assert set(p.implementers) == {org("Open Doors")}


def test_cofinance_par_fedasil_fr() -> None:
    text = "Le projet ESCALE, financé par le FAMI et cofinancé par Fedasil, est mené par Caritas International."
    ext = facts(text, "fr")
    p = project(ext, "ESCALE")
    assert set(p.funders) == {AMIF, FEDASIL}
    assert set(p.implementers) == {CARITAS}


def test_funded_via_fedasil_fr() -> None:
    text = "Le projet ABRI est financé par le gouvernement belge via Fedasil et mené par la Croix-Rouge."
    ext = facts(text, "fr")
    p = project(ext, "ABRI")
    assert set(p.funders) == {NATIONAL, FEDASIL}
    assert set(p.implementers) == {CROIX_ROUGE}


def test_implementer_named_after_funder_is_not_a_funder_en() -> None:
    text = "The BEACON project is funded by AMIF and implemented by Fedasil from 2023 to 2024."
    p = project(facts(text, "en"), "BEACON")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {FEDASIL}


# ---------------------------------------------------------------------------------------------
# Amounts


def test_amount_split_between_funders_en() -> None:
    text = (
        "Project title: Safe Return Desk\n"
        "Project leader: Caritas International\n"
        "Project duration: 01/01/2022 - 31/12/2024\n"
        "Budget: € 500.000 (€ 375.000 by AMIF & € 125.000 by the national budget)\n"
    )
    p = project(facts(text, "en"), "Safe Return Desk")
    assert set(p.funders) == {AMIF, NATIONAL}
    assert p.amounts[AMIF][:2] == (Decimal("375000"), "EUR")
    assert p.amounts[NATIONAL][:2] == (Decimal("125000"), "EUR")
    assert p.amounts[None][:2] == (Decimal("500000"), "EUR")
    assert set(p.implementers) == {CARITAS}


def test_amount_split_between_funders_nl() -> None:
    text = (
        "Projecttitel: Warm Onthaal\n"
        "Promotor: Thuisbasis vzw\n"
        "Looptijd: 01/01/2022 - 31/12/2023\n"
        "Budget: € 200.000 (€ 150.000 door het AMIF en € 50.000 door de nationale middelen)\n"
    )
    p = project(facts(text, "nl"), "Warm Onthaal")
    assert set(p.funders) == {AMIF, NATIONAL}
    assert p.amounts[AMIF][0] == Decimal("150000")
    assert p.amounts[NATIONAL][0] == Decimal("50000")


def test_single_amount_goes_to_the_project_fr() -> None:
    text = "Le projet TREMPLIN, financé par le FAMI à hauteur de 180 000 euros, est mené par Caritas International."
    p = project(facts(text, "fr"), "TREMPLIN")
    assert set(p.funders) == {AMIF}
    ((value, currency, _),) = p.amounts.values()
    assert (value, currency) == (Decimal("180000"), "EUR")


# ---------------------------------------------------------------------------------------------
# Partners versus implementers


def test_partner_fr() -> None:
    text = "Le projet PASSERELLE, financé par le FAMI, est mené par Fedasil en partenariat avec la Croix-Rouge."
    p = project(facts(text, "fr"), "PASSERELLE")
    assert set(p.implementers) == {FEDASIL}
    assert set(p.partners) == {CROIX_ROUGE}
    assert CROIX_ROUGE not in p.funders


def test_partner_nl() -> None:
    text = (
        "Het project ‘Eerste Stap’ wordt geleid door Caritas International in samenwerking met het Rode Kruis "
        "en gefinancierd door het AMIF."
    )
    p = project(facts(text, "nl"), "Eerste Stap")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {CARITAS}
    assert set(p.partners) == {RED_CROSS_FLANDERS}


def test_partner_nl_in_follow_up_sentence() -> None:
    text = (
        "Het project ‘Eerste Stap’ wordt gefinancierd door het AMIF. "
        "Het wordt geleid door Caritas International in samenwerking met het Rode Kruis."
    )
    p = project(facts(text, "nl"), "Eerste Stap")
    assert set(p.funders) == {AMIF}
    assert set(p.implementers) == {CARITAS}
    assert set(p.partners) == {RED_CROSS_FLANDERS}


def test_partner_en() -> None:
    text = "The HOMEWARD project, funded by AMIF, is led by the IOM in partnership with Caritas International."
    p = project(facts(text, "en"), "HOMEWARD")
    assert set(p.implementers) == {IOM}
    assert set(p.partners) == {CARITAS}


@pytest.mark.parametrize(
    ("lang", "text", "label", "partner"),
    [
        pytest.param(
            "de",
            "Das Projekt „Brückenbau“ wird aus Mitteln des AMIF gefördert und in Kooperation mit der IOM umgesetzt.",
            "Brückenbau",
            IOM,
        ),
        pytest.param(
            "fr",
            "Le projet TREMPLIN, financé par le FAMI et réalisé en partenariat avec la Croix-Rouge, démarre en mars.",
            "TREMPLIN",
            CROIX_ROUGE,
        ),
    ],
    ids=["de", "fr"],
)
def test_partner_only_is_not_an_implementer(lang: str, text: str, label: str, partner: str) -> None:
    p = project(facts(text, lang), label)
    assert set(p.partners) == {partner}
    assert partner not in p.implementers


# ---------------------------------------------------------------------------------------------
# Organisations in passing


def test_organisation_in_another_paragraph_is_not_an_implementer() -> None:
    text = (
        "Le projet BOUSSOLE, financé par le FAMI, est mené par Caritas International à Liège.\n"
        "\n"
        "Par ailleurs, le CGRA a publié lundi ses chiffres annuels sur les demandes d'asile.\n"
    )
    p = project(facts(text, "fr"), "BOUSSOLE")
    assert set(p.implementers) == {CARITAS}
    assert CGRS not in p.partners and CGRS not in p.funders


def test_no_implementer_rather_than_a_passing_organisation() -> None:
    text = (
        "Le projet BOUSSOLE est financé par le FAMI et démarre en septembre.\n"
        "\n"
        "Le CGRA a publié lundi ses chiffres annuels sur les demandes d'asile.\n"
    )
    p = project(facts(text, "fr"), "BOUSSOLE")
    assert p.implementers == {}


def test_organisation_commenting_in_the_same_paragraph_is_not_an_implementer() -> None:
    text = (
        "Le projet TREMPLIN est financé par le FAMI depuis 2022. "
        "« C'est une bonne nouvelle pour les demandeurs », estime le CGRA dans un communiqué."
    )
    p = project(facts(text, "fr"), "TREMPLIN")
    assert CGRS not in p.implementers


def test_organisation_quoted_before_the_project_in_its_sentence() -> None:
    text = "Selon l'OIM, le projet TREMPLIN, financé par le FAMI, est mené par Caritas International."
    p = project(facts(text, "fr"), "TREMPLIN")
    assert set(p.implementers) == {CARITAS}


def test_site_owner_runs_a_project_with_no_named_implementer() -> None:
    text = "Le projet TREMPLIN, financé par le FAMI, accueille des familles à Liège depuis 2023."
    doc = Document(
        text=text,
        name="t.html",
        raw=text.encode(),
        url="https://www.fedasil.be/fr/actualites/tremplin",
        language="fr",
    )
    p = project(extract_facts(doc), "TREMPLIN")
    assert set(p.implementers) == {FEDASIL}


def test_organisation_quoted_in_passing_en() -> None:
    text = (
        "The LANTERN project, funded by AMIF, is run by Open Doors NGO in Antwerp.\n"
        "\n"
        "According to the IOM, arrivals by sea fell by a third last year.\n"
    )
    p = project(facts(text, "en"), "LANTERN")
    assert set(p.implementers) == {org("Open Doors")}
    assert IOM not in p.partners


# ---------------------------------------------------------------------------------------------
# Periods


@pytest.mark.parametrize(
    ("lang", "text", "label", "span"),
    [
        (
            "fr",
            "Le projet TREMPLIN, financé par le FAMI pour 2022-2025, est mené par Fedasil.",
            "TREMPLIN",
            (2022, 2025),
        ),
        (
            "fr",
            "Le projet TREMPLIN, financé par le FAMI, est mené par Fedasil entre 2024 et 2025.",
            "TREMPLIN",
            (2024, 2025),
        ),
        (
            "fr",
            "Le projet TREMPLIN, financé par le FAMI, est mené par Fedasil de 2021 à 2023.",
            "TREMPLIN",
            (2021, 2023),
        ),
        (
            "nl",
            "Het project ‘Samen Sterk’ wordt van 2021 tot 2027 geleid door Fedasil en gefinancierd door het AMIF.",
            "Samen Sterk",
            (2021, 2027),
        ),
        (
            "de",
            "Das Projekt „Brückenbau“ wird von 2023 bis 2025 aus Mitteln des AMIF gefördert.",
            "Brückenbau",
            (2023, 2025),
        ),
        (
            "en",
            "The BRIDGE project, funded by AMIF, runs from 2022 to 2024 and is led by Fedasil.",
            "BRIDGE",
            (2022, 2024),
        ),
        ("en", "The BRIDGE project (2022-2025) is funded by AMIF and led by Fedasil.", "BRIDGE", (2022, 2025)),
    ],
    ids=["fr-dash", "fr-entre", "fr-de-a", "nl-van-tot", "de-von-bis", "en-from-to", "en-brackets"],
)
def test_period_forms(lang: str, text: str, label: str, span: tuple[int, int]) -> None:
    p = project(facts(text, lang), label)
    assert (p.start_year, p.end_year) == span
    assert set(p.funders) == {AMIF}


def test_period_of_the_next_sentence_belongs_to_the_project() -> None:
    text = "The BRIDGE project is funded by AMIF and led by Fedasil. It runs from 2022 to 2024."
    p = project(facts(text, "en"), "BRIDGE")
    assert (p.start_year, p.end_year) == (2022, 2024)


def test_single_year_is_not_a_period() -> None:
    # "in 2019" dates an event, not the project's run.
    text = "The BRIDGE project, founded in 2019 by Fedasil, is funded by AMIF."
    p = project(facts(text, "en"), "BRIDGE")
    assert (p.start_year, p.end_year) == (None, None)


def test_years_of_one_project_do_not_go_to_another() -> None:
    text = (
        "Le projet TREMPLIN, financé par le FAMI, est mené par Fedasil entre 2022 et 2023.\n"
        "\n"
        "Le projet BOUSSOLE, financé par le FAMI, est mené par Caritas International de 2024 à 2026.\n"
    )
    ext = facts(text, "fr")
    assert (project(ext, "TREMPLIN").start_year, project(ext, "TREMPLIN").end_year) == (2022, 2023)
    assert (project(ext, "BOUSSOLE").start_year, project(ext, "BOUSSOLE").end_year) == (2024, 2026)


def test_an_organisation_named_paying_beside_the_fund_is_not_the_lead_runner(monkeypatch) -> None:
    """A project page names no runner; its only organisation is in the budget paragraph, named as
    paying beside the fund ("door het AMIF en ... door de Vereniging X"). The rules' last resort,
    the organisation of the first paragraph that speaks of funds, does not take a payer for the
    runner (it made such a co-funder implement the project, paid by itself)."""
    from migkg.loaders.extract import decide

    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: None)  # the rules alone
    text = (
        "Project Brugwerk\n\nHet project\n\nMet dit project begeleiden we nieuwkomers naar werk in de regio.\n\n"
        "Budget\n\nHet totale projectbudget bedraagt 90.000 euro en wordt voor 20.000 euro gefinancierd door het "
        "Europees Fonds voor Asiel, Migratie en Integratie (AMIF) en voor 10.000 euro door de Vereniging Samen Verder."
    )
    p = project(facts(text, "nl"), "Brugwerk")
    assert AMIF in p.funders
    assert org("Samen Verder") not in p.implementers


def test_the_organisation_acting_in_a_project_sentence_is_the_one_named_just_before_it(monkeypatch) -> None:
    """Nothing names the runner but the sentence itself: the organisation named last before the
    project, its clause's subject, runs it; one named earlier is where it happened (it had taken
    the first organisation of the sentence)."""
    from migkg.loaders.extract import decide

    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: None)  # the rules alone
    text = (
        "Mardi 4 juin 2019, au cours d'une visite des locaux de l'OFII à Marseille, l'association Horizon "
        "Partagé a présenté le programme Passerelle, financé par le FAMI."
    )
    p = project(facts(text, "fr"), "Passerelle")
    assert set(p.implementers) == {org("Horizon Partagé")}


def test_the_commission_portal_that_reports_a_project_does_not_run_it(monkeypatch) -> None:
    """A page of a Commission portal names a project and its fund, not its runner: the portal's
    owner, a directorate-general, is no fallback implementer (an NGO's own site is)."""
    from migkg.loaders.extract import decide

    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: None)  # the rules alone
    text = "New AMIF projects\n\nThe project Welcome Steps, funded by AMIF, offers language lessons to newcomers."
    portal = facts(text, "en", url="https://migrant-integration.ec.europa.eu/news/welcome-steps_en")
    assert project(portal, "Welcome Steps").implementers == {}
    own_site = facts(text, "en", url="https://www.caritasinternational.be/en/news/welcome-steps")
    assert set(project(own_site, "Welcome Steps").implementers) == {CARITAS}


@pytest.mark.parametrize(
    ("title", "start"),
    [
        ("Subsidies voor projecten in 2023", 2023),
        # a bilingual page's title dated in the other language: the publication's date
        ("Koninklijk besluit tot toekenning van subsidies voor projecten, de 10 janvier 2021", None),
    ],
)
def test_a_title_year_is_a_projects_year_but_not_a_dates(title: str, start: int | None) -> None:
    # The year the page's money is for: the project's start and end (where its own words give none).
    text = 'Het project "Brugwerk" wordt gefinancierd door het AMIF en uitgevoerd door de Stichting Nieuwe Buren.'
    p = project(facts(text, "nl", title=title), "Brugwerk")
    assert (p.start_year, p.end_year) == (start, start)


@pytest.mark.parametrize(
    ("text", "lang", "runner"),
    [
        (
            "Progetto Ponte\n\nL'Associazione Vela presenta il progetto Ponte. Il progetto è finanziato dal FAMI "
            "2021-2027 e ha, come soggetto capofila, la Regione Alta, in partenariato con l'Associazione Vela.",
            "it",
            "Regione Alta",
        ),
        (
            "Progetto Ponte\n\nL'Associazione Mare, insieme al Comune Alto in qualità di capofila, Fondazione Sole "
            "e dieci scuole, avvia il progetto Ponte, finanziato dal FAMI.",
            "it",
            "Comune Alto",
        ),
        (
            "The Harbour project, funded by AMIF, helps newcomers find work. The Northern Migrant Support Centre is "
            "the lead partner; two colleges take part.",
            "en",
            "Northern Migrant Support Centre",
        ),
    ],
)
def test_the_organisation_a_sentence_gives_the_lead_role_runs_the_page_project(
    text: str, lang: str, runner: str, monkeypatch
) -> None:
    """ "come soggetto capofila, la X", "Y in qualità di capofila, Z e ...", "X is the lead partner":
    on a page about one project, the organisation in the lead role runs it (the role said of a name
    before it wins over the name that follows the role)."""
    from migkg.loaders.extract import decide

    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: None)  # the rules alone
    projects = facts(text, lang).projects
    assert len(projects) == 1
    assert org(runner) in projects[0].implementers


PROJECT_PAGE_OF_A_CPAS = """Accueil > Nos services > Projets

Projet PASSERELLE

Un accompagnement vers l'emploi pour les réfugiés reconnus.

Depuis janvier 2024, le CPAS de Val-sur-Lys propose aux personnes reconnues réfugiées un suivi renforcé.
Le projet PASSERELLE est cofinancé par le Fonds Asile, Migration et Intégration (FAMI).
"""


def test_page_owner_named_as_its_host_spells_it_runs_the_pages_project() -> None:
    # cpasvalsurlys.be spells "CPAS de Val-sur-Lys": the reference data does not know it, its site does
    ext = facts(
        PROJECT_PAGE_OF_A_CPAS, "fr", url="https://www.cpasvalsurlys.be/projets/passerelle", title="Projet PASSERELLE"
    )
    p = project(ext, "PASSERELLE")
    assert AMIF in p.funders
    assert org("CPAS de Val-sur-Lys") in p.implementers


def test_site_owner_needs_the_whole_name_spelled_not_one_word() -> None:
    from extract_helpers import extractor

    ex = extractor(PROJECT_PAGE_OF_A_CPAS, "fr", url="https://www.valsurlys.be/projets/passerelle")
    assert ex.ctx.site_owner is None  # "valsurlys" spells the town, not "CPAS de Val-sur-Lys"


NEWS_OF_A_BILINGUAL_ASSOCIATION = (
    "Verein Zusammen – Associazione Assieme · Brixen/Bressanone\n\n"
    "Danke, „Brücken bauen“!\n\n"
    "Am 31. Dezember geht unser Projekt „Brücken bauen“ zu Ende. Das Projekt wurde aus dem Asyl-, "
    "Migrations- und Integrationsfonds (AMIF) finanziert.\n\n"
    "Verein Zusammen – Associazione Assieme · Brixen\n"
)


def test_the_site_owner_is_the_titles_bilingual_name_whose_first_part_the_host_spells() -> None:
    from extract_helpers import extractor

    ex = extractor(
        NEWS_OF_A_BILINGUAL_ASSOCIATION,
        "de",
        url="https://www.zusammen-brixen.org/aktuelles/danke",
        title="Danke, „Brücken bauen“! | Verein Zusammen – Associazione Assieme",
    )
    owner = ex.ctx.site_owner
    assert owner is not None and ex.ctx.new_orgs[owner].name == "Zusammen"


COUNCIL_DECISION_DE = (
    "Beschluss: einstimmig beschlossen\n\n"
    "Der Landkreis Nordtal beteiligt sich an dem AMIF-Projekt „Ankommen“ des Vereins Brückenbau e. V. "
    "mit 5.000 Euro pro Jahr.\nDer Verein stellte das Projekt vor.\n"
)


def test_organisation_that_contributes_a_sum_funds_and_does_not_run_the_project() -> None:
    ext = facts(COUNCIL_DECISION_DE, "de", url="https://sitzungen.landkreis-nordtal.de/bi/top1")
    p = project(ext, "Ankommen")
    assert org("Landkreis Nordtal") in p.funders
    assert org("Landkreis Nordtal") not in p.implementers  # the site's owner pays here
    assert [o for o in p.implementers if "bruckenbau" in o]  # the association ("e. V.", spaced) runs it


ANSWER_DE = (
    "Deutscher Bundestag Drucksache 20/9954\n\nAntwort der Bundesregierung auf die Kleine Anfrage\n\n"
    "Das Programm StarthilfePlus wird aus Bundesmitteln finanziert. Die Beratung übernimmt die "
    "Internationale Organisation für Migration (IOM).\n"
)


def test_a_parliaments_site_runs_none_of_the_projects_its_answers_report() -> None:
    # dserver.bundestag.de spells "Bundestag", which the text names: the parliament publishes, it runs nothing
    ext = facts(ANSWER_DE, "de", url="https://dserver.bundestag.de/btd/20/099/2009954.pdf", title="Drucksache 20/9954")
    runners = {o for p in ext.projects for o in p.implementers}
    assert not [o for o in runners if "bundestag" in o]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le projet PASSERELLE est financé à 90 % par le FAMI. Les partenaires apportent le reste sur fonds propres",
        ),
        ("nl", "Het project Brug wordt voor 75 % gefinancierd door het AMIF. De rest komt uit eigen middelen."),
    ],
)
def test_a_beneficiarys_own_funds_are_no_national_money(lang: str, text: str) -> None:
    # the annotation convention: a beneficiary's own contribution is not funding ("fonds propres",
    # "eigen middelen"); the state's budget is
    from extract_helpers import extractor

    ex = extractor(text, lang)
    assert NATIONAL not in {f for f, _s, _e in ex.ctx.funders_in(0, len(text))}
    assert AMIF in {f for f, _s, _e in ex.ctx.funders_in(0, len(text))}
