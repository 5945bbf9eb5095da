"""A town's own news page (its host is the town's name) says "the town" pays: "Dit project wordt
volledig door de stad gefinancierd", "De stad kent een subsidie toe". The town is the payer, though
the page never writes "Stad X"; and "vzw X zorgt voor de werving" says who runs the project."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

TOWN_NEWS = (
    "Home > Nieuws > Samenleven\n"
    "College keurt subsidies goed voor twee projecten\n"
    "\n"
    "Het college van Hasselt keurde de toekenning goed van subsidies aan twee projecten voor nieuwkomers.\n"
    "\n"
    "Buurtbabbels\n"
    "Het eerste project, Buurtbabbels, koppelt nieuwkomers aan een buur die Nederlands spreekt. "
    "vzw Babbelhuis Hasselt zorgt voor de werving en de opvolging van de vrijwilligers.\n"
    "Het project loopt van 1 mei 2024 tot 30 april 2026. De stad kent een subsidie toe van € 9.500. "
    "Het project ontvangt daarnaast € 28.500 uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "\n"
    "Huiswerkhoek\n"
    "Het tweede project is een huiswerkklas voor kinderen uit de OKAN-klassen, georganiseerd door "
    "jeugdhuis De Kade vzw.\n"
    "Dit project wordt volledig door de stad gefinancierd: het college trekt er € 6.000 voor uit.\n"
    "\n"
    "Dienst Samenleven, Grote Markt 57, 3500 Hasselt\n"
)
URL = "https://www.hasselt.be/nieuws/subsidies-nieuwkomers"


def test_the_town_pays_on_its_own_site() -> None:
    ext = facts(TOWN_NEWS, "nl", url=URL)
    assert org("Hasselt") in project(ext, "Huiswerkhoek").funders
    assert AMIF not in project(ext, "Huiswerkhoek").funders


def test_zorgt_voor_says_who_runs_it() -> None:
    ext = facts(TOWN_NEWS, "nl", url=URL)
    assert org("Babbelhuis Hasselt") in project(ext, "Buurtbabbels").implementers


GOVERNMENT_RELEASE = (
    "Persbericht\n"
    "Nieuw project helpt slachtoffers van uitbuiting in de opvang\n"
    "Met het project SIGNAAL wil de federale regering ervoor zorgen dat medewerkers van opvangcentra signalen "
    "sneller herkennen. Het project loopt van 2025 tot 2027 en wordt voor 75 procent betaald uit het Asiel-, "
    "Migratie- en Integratiefonds (AMIF); de rest draagt de federale overheid.\n"
)


def test_the_states_government_runs_no_project() -> None:
    ext = facts(GOVERNMENT_RELEASE, "nl", url="https://www.belgium.be/nl/nieuws/signaal")
    government = "https://w3id.org/migkg/id/org/belgian-federal-government"
    assert not [p for p in ext.projects if government in p.implementers], [
        (p.label, list(p.implementers)) for p in ext.projects
    ]
