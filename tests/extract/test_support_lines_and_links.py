"""An association's project page: "Avec le soutien de :" over a line of payers set between bars
names each of them a payer beside the fund; Brussels' community commission (COCOF) is the region's,
no state money; the "Lire aussi :" links under the text are other pages' titles, no section of
this one; "© 2024 Atelier Horizon asbl" names "Atelier Horizon asbl"; the project named by the page's title
loses the site's name after its dash."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL

PAGE = (
    "Accueil | Qui sommes-nous ? | Nos projets | Contact\n"
    "Accueil > Nos projets > Pas à Pas\n"
    "Pas à Pas\n"
    "Un accompagnement vers l'emploi pour les jeunes primo-arrivants d'Ixelles\n"
    "Avec Pas à Pas, nous proposons un parcours d'un an vers une formation ou un emploi.\n"
    "En pratique\n"
    "Durée du projet : du 1er janvier 2024 au 31 décembre 2026\n"
    "Budget total : 254.300 €\n"
    "Lire aussi :\n"
    "Nos tables de conversation\n"
    "Notre fête de quartier 2024\n"
    "Avec le soutien de :\n"
    "Commission communautaire française (COCOF) – Cohésion sociale | Fonds Asile, Migration et Intégration "
    "de l'Union européenne (FAMI) | Commune d'Ixelles\n"
    "© 2024 Atelier Horizon asbl – Rue du Trône 98, 1050 Ixelles – info@atelier-horizon.be\n"
)
URL = "https://www.atelier-horizon.be/nos-projets/pas-a-pas"
TITLE = "Pas à Pas – Atelier Horizon"
COCOF = "https://w3id.org/migkg/id/org/french-community-commission"


def test_a_year_before_a_name_is_no_part_of_it() -> None:
    ex = extractor(PAGE, "fr", url=URL, title=TITLE)
    assert "Atelier Horizon asbl" in {o.name for o in ex.ctx.orgs}
    assert not [o for o in ex.ctx.orgs if o.name.startswith("2024")]


def test_the_payers_line_under_a_support_cue_pays_beside_the_fund() -> None:
    ext = facts(PAGE, "fr", url=URL, title=TITLE)
    funders = {f for p in ext.projects if org("Atelier Horizon") in p.implementers for f in p.funders}
    assert {AMIF, COCOF, org("Commune d'Ixelles")} <= funders, funders


def test_brussels_community_commission_is_no_state_money() -> None:
    ext = facts(PAGE, "fr", url=URL, title=TITLE)
    assert not [p for p in ext.projects if NATIONAL in p.funders]


def test_related_links_are_no_sections_and_the_title_names_the_project() -> None:
    ext = facts(PAGE, "fr", url=URL, title=TITLE)
    assert project(ext, "Pas à Pas").label == "Pas à Pas"
    assert not [p for p in ext.projects if "fête" in p.label]
