"""A town's project in a national reception network: "il progetto Sai (Sistema di accoglienza e
integrazione) del Comune di X". The network (an agency of the reference data, here named by its long
form in brackets after its acronym) names the kind of project; the town's government runs it, and
the sentence says who pays. Written in mixed case ("Sai"), the acronym was read as no name: the
project, its payer and its runner were lost, and its years went to the next project of the
sentence. Where the page gives the network's project a quoted name ("il progetto SAI «X»"), that
name is the project's, and the finder leaves it to the readers of names. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import facts, org

MINISTRY = "https://w3id.org/migkg/id/org/italian-ministry-of-the-interior"
NETWORK = "https://w3id.org/migkg/id/org/italian-reception-and-integration-system"

FABRIANO = """\
Accoglienza a Fabriano, confermati i posti

Il progetto {acronym} (Sistema di accoglienza e integrazione) del Comune di Fabriano è stato rinnovato per il \
triennio 2026-2028: è finanziato dal Ministero dell'Interno attraverso il Fondo nazionale per le politiche e i \
servizi dell'asilo, con 1,8 milioni di euro. Accanto all'accoglienza, l'associazione Ponti Aperti organizza il \
progetto «Parole in cammino», finanziato dal FAMI 2021-2027, con corsi di italiano per donne.
"""


@pytest.mark.parametrize("acronym", ["Sai", "SAI"])
def test_the_towns_network_project_is_run_by_the_town_and_paid_by_the_ministry(acronym: str) -> None:
    ext = facts(FABRIANO.format(acronym=acronym), "it", title="Accoglienza a Fabriano, confermati i posti")
    ran = [p for p in ext.projects if org("Comune di Fabriano") in p.implementers]
    assert len(ran) == 1
    p = ran[0]
    assert "Fabriano" in p.label and acronym in p.label
    assert MINISTRY in p.funders
    assert NETWORK not in p.implementers
    assert (p.start_year, p.end_year) == (2026, 2028)


def test_the_next_project_keeps_its_own_years() -> None:
    ext = facts(FABRIANO.format(acronym="Sai"), "it", title="Accoglienza a Fabriano, confermati i posti")
    other = next(p for p in ext.projects if p.label == "Parole in cammino")
    assert (other.start_year, other.end_year) == (None, None)


def test_a_quoted_name_of_the_networks_project_is_left_to_the_readers_of_names() -> None:
    text = FABRIANO.format(acronym="SAI").replace(
        "con 1,8 milioni di euro.", "con 1,8 milioni di euro. Il progetto SAI «Fabriano Accoglie» ospita 40 persone."
    )
    ext = facts(text, "it", title="Accoglienza a Fabriano, confermati i posti")
    assert not [p for p in ext.projects if p.rule == "find_network_projects_of_towns"]
