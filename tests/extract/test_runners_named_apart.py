"""Who runs a project when the page says so in ways the rules had not read:

- the subject of the project's own sentence runs it, even where a later sentence names it beside
  the council ("Het college onderzoekt samen met Stichting X of een vervolg ... mogelijk is");
- a runner's role, a clause between commas, then "is" and the name ("L'ente attuatore, individuato
  con procedura ad evidenza pubblica, è la Cooperativa sociale X");
- a "Lead Partner" heading over the line that names the lead partner;
- on a project's own site (its host the project's name), the body of the copyright line.

Pages read in held55 (session 67). Texts written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import AMIF, facts, org, project

COUNCIL_ANSWER = """\
Beantwoording schriftelijke vragen – Europese subsidies voor statushouders

Vraag 1
Welke projecten voor statushouders worden met Europees geld gefinancierd?

Antwoord 1
De gemeente is bij twee Europees gefinancierde projecten betrokken.

a. Route naar Werk Rivierenland (ESF+)
Binnen de arbeidsmarktregio Rivierenland heeft de gemeente Tiel namens de regiogemeenten een aanvraag \
ingediend in het kader van het Europees Sociaal Fonds Plus (ESF+ 2021-2027).

b. Buren voor Nieuwkomers (AMIF)
Stichting Nieuw Begin Rivierenland voert sinds 1 april 2023 het project "Buren voor Nieuwkomers" uit, in \
samenwerking met Bibliotheek Rivierenland. Vrijwillige maatjes ondersteunen statushouders in hun eerste jaren.
De totale projectbegroting bedraagt € 220.000. Hiervan wordt 75% gefinancierd uit het Fonds voor Asiel, \
Migratie en Integratie (AMIF) van de Europese Unie.

Vraag 2
Komt er een vervolg?

Antwoord 2
Het college onderzoekt samen met Stichting Nieuw Begin Rivierenland of een vervolg op "Buren voor Nieuwkomers" \
mogelijk is.
"""


def test_the_subject_of_the_projects_own_sentence_runs_it_though_named_later_beside_the_council() -> None:
    ext = facts(COUNCIL_ANSWER, "nl")
    p = project(ext, "Buren voor Nieuwkomers")
    assert AMIF in p.funders
    assert org("Stichting Nieuw Begin Rivierenland") in p.implementers


SAI_ANSWER = """\
Interrogazione n. 12/2024 – Risposta

1. Progetto SAI – Sistema di accoglienza e integrazione
Il Comune di Valfonda è titolare del progetto SAI "Valfonda Accoglie" (categoria ordinari, 30 posti), \
finanziato dal Ministero dell'Interno a valere sul Fondo nazionale per le politiche e i servizi dell'asilo \
(FNPSA) per il triennio 2023-2025. L'ente attuatore, individuato con procedura ad evidenza pubblica, è la \
Cooperativa sociale Orizzonte Verde. Nel 2023 sono state accolte 41 persone.
"""


def test_a_runners_role_then_a_clause_between_commas_then_is_names_the_runner() -> None:
    ext = facts(SAI_ANSWER, "it")
    p = project(ext, "Valfonda Accoglie")
    assert [o for o in p.implementers if o.endswith("/orizzonte-verde")]


INTERREG_PAGE = """\
MONTI APERTI | OFFENE BERGE
Progetto | Partner | Contatti

Il progetto
MONTI APERTI – Comunità di montagna che accolgono

Le vallate di confine perdono abitanti da decenni. Il progetto MONTI APERTI mette in rete enti pubblici e \
privato sociale dei due lati del confine per l'inclusione lavorativa di cittadini di Paesi terzi.

Scheda
Programma: Interreg VI-A Italia-Austria 2021-2027
Durata: 01/09/2023 – 31/08/2026
Contributo FESR (80%): € 800.000,00

Partenariato

Lead Partner
Provincia di Valmonte – Servizio Politiche sociali (IT)

Partner di progetto
- Unione Montana Alta Valle (IT)
- Caritas der Diözese Gurk (AT)

Il progetto è cofinanziato dall'Unione europea – Fondo europeo di sviluppo regionale (FESR) nell'ambito del \
Programma Interreg VI-A Italia-Austria.
"""


def test_a_lead_partner_heading_names_the_runner_on_the_line_under_it() -> None:
    ext = facts(INTERREG_PAGE, "it", url="https://www.montiaperti.eu/progetto")
    runners = {o for p in ext.projects for o in p.implementers}
    assert org("Provincia di Valmonte") in runners


PROJECT_SITE = """\
Home
Over het project
Partners
Contact

Samen aan Zet
Samen leren op de werkvloer in de Kempen

Samen aan Zet helpt anderstalige nieuwkomers in Geel en Olen sneller aan een duurzame job. Deelnemers leren \
Nederlands op de werkvloer, met een taalcoach naast zich.

Looptijd
Het project loopt van 1 september 2023 tot en met 31 augustus 2026.

Budget en financiering
Samen aan Zet wordt medegefinancierd door de Europese Unie via het Asiel-, Migratie- en Integratiefonds.

In samenwerking met
- VDAB – regio Kempen
- CVO Kempen

Contact
Projectcoördinator: Lies Peeters

© 2024 vzw Werkbrug Kempen – Markt 3, 2440 Geel
Privacyverklaring | Cookie-instellingen
"""


def test_on_a_projects_own_site_the_copyright_lines_body_runs_it() -> None:
    ext = facts(
        PROJECT_SITE, "nl", title="Over het project | Samen aan Zet", url="https://www.samenaanzet.be/over-het-project"
    )
    p = project(ext, "Samen aan Zet")
    assert AMIF in p.funders
    assert {o.rsplit("/", 1)[-1] for o in p.implementers} == {"werkbrug-kempen"}
