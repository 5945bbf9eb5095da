"""A ministry's or a region's page about the fund names no project after the body.

Where the rules read no project's name, the pair decisions label a new project with the section
heading over the organisation's first mention, the page's title, or the beneficiary's name. On a
region's or a ministry's own page about the fund, its first mention is the site's header, a line of
its name alone, and the label is that name: the region became the runner of a project called
"Regione X" funded by the AMIF. Such a body passes the fund's money on or pays into it; a page about
the fund names no project of its own. A ministry named in a sentence as a beneficiary keeps its
project labelled by its name (the annotation convention for beneficiaries of unnamed projects).
Texts written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import AMIF, facts, org

UMBRIA = """\
Regione Umbria
Home › Sociale › Immigrazione
FAMI 2021-2027: come funziona il Fondo
Ultimo aggiornamento: 3 febbraio 2025

Cos'è il FAMI
Il Fondo Asilo, Migrazione e Integrazione (FAMI) è lo strumento con cui l'Unione europea sostiene gli \
Stati membri nelle politiche di asilo e di integrazione dei cittadini di Paesi terzi. In Italia il Fondo \
è attuato attraverso il Programma Nazionale FAMI 2021-2027.

Chi gestisce il Programma
L'Autorità di Gestione del Programma è il Ministero dell'Interno. Le Regioni, tra cui l'Umbria, possono \
partecipare agli avvisi nazionali come capofila di partenariati con Comuni ed enti del Terzo settore.

Le risorse
Il Programma Nazionale ha una dotazione di circa 1,16 miliardi di euro, ripartiti tra asilo, \
integrazione, rimpatrio e solidarietà. Per l'Umbria l'obiettivo più rilevante è l'integrazione: la \
Regione Umbria informa i Comuni e gli enti del Terzo settore sugli avvisi nazionali del FAMI.

Contatti
Regione Umbria – Servizio Programmazione sociale, Piazza Partigiani 1, Perugia
"""
TITLE = "FAMI 2021-2027: il Fondo Asilo, Migrazione e Integrazione — Regione Umbria"

NAMED = UMBRIA.replace(
    "Contatti\n",
    "Il progetto regionale\nLa Regione Umbria è capofila del progetto «Umbria Accoglie», finanziato dal FAMI con "
    "400.000 euro per corsi di lingua italiana nei Comuni della regione.\n\nContatti\n",
)


def test_a_regions_page_about_the_fund_names_no_project_after_the_region() -> None:
    ext = facts(UMBRIA, "it", title=TITLE)
    assert not [p for p in ext.projects if p.label == "Regione Umbria"]
    assert not [p for p in ext.projects if org("Regione Umbria") in p.implementers]


def test_a_project_the_region_runs_by_name_is_kept() -> None:
    ext = facts(NAMED, "it", title=TITLE)
    ran = [p for p in ext.projects if org("Regione Umbria") in p.implementers]
    assert [p.label for p in ran] == ["Umbria Accoglie"]
    assert AMIF in ran[0].funders


MINISTRIES = """\
Two ministries to benefit from EU funds for migrant integration

Parliamentary Secretary for EU Funds Dr. Anna Vella announced that the Ministry for Social Affairs as well as \
the Ministry for Housing will be benefiting from almost two million euro under the Asylum, Migration and \
Integration Fund 2014-2020, of which 75% will be borne by EU funding.

The Ministry for Social Affairs will offer language courses and mentoring to newly arrived migrants, while the \
Ministry for Housing will set up a support desk for tenants who have been granted international protection.
"""


def test_ministries_named_as_beneficiaries_in_a_sentence_keep_their_projects() -> None:
    ext = facts(MINISTRIES, "en", title=MINISTRIES.splitlines()[0])
    for body in ("Ministry for Social Affairs", "Ministry for Housing"):
        ran = [p for p in ext.projects if org(body) in p.implementers]
        assert len(ran) == 1
        assert AMIF in ran[0].funders
