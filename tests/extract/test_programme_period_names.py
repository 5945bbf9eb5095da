"""A name that ends on one of the EU's programming periods names a fund's programme ("Beschäftigung
Musterland & JTF 2021–2027", "Vallonia 2021-2027"), and one that opens on a specific objective or a
measure and its number names the fund's aims ("Specifieke doelstelling 2 – Legale migratie"): not
projects; a name with a project's own years stays one. A call's numbered sections are its parts, no
projects (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor, facts

TEXT = "Het project Taalbrug wordt gesteund door het Asiel-, Migratie- en Integratiefonds.\n"


@pytest.mark.parametrize(
    ("name", "a_project"),
    [
        ("Beschäftigung Musterland & JTF 2021–2027", False),
        ("Vallonia 2021-2027", False),
        ("Programma Regionale 2014-2020", False),
        ("Taalbrug 2024-2025", True),
        ("Taalbrug 2021-2026", True),
        ("Specifieke doelstelling 2 – Legale migratie en integratie", False),
        ("Maatregel 2.c – Diensten voor integratie", False),
        ("Maatregel Taalbrug", True),
    ],
)
def test_a_name_ending_on_a_programming_period_is_no_project(name: str, a_project: bool) -> None:
    ex = extractor(TEXT, "nl", url="https://www.taalbrug-example.nl/project")
    assert (ex.add_project(name, 0, len(TEXT), 0, 0.7) is not None) is a_project


CALL = (
    "Avviso pubblico per la selezione di partner – Fondo Asilo, Migrazione e Integrazione (FAMI)\n\n"
    "La Regione Valbruna intende selezionare soggetti partner per la co-progettazione di progetti finanziati "
    "dal FAMI.\n\n"
    "1. Oggetto dell'avviso\n\n"
    "L'avviso individua i partner per interventi di inclusione dei cittadini di Paesi terzi.\n\n"
    "2. Soggetti ammessi\n\n"
    "Possono partecipare enti del terzo settore con sede nella regione.\n\n"
    "3. Dotazione finanziaria\n\n"
    "La dotazione complessiva è di 900.000 euro.\n\n"
    "4. Criteri di valutazione\n\n"
    "Le proposte sono valutate da una commissione nominata dalla Regione.\n"
)


def test_a_calls_numbered_sections_are_no_projects() -> None:
    title = CALL.splitlines()[0]
    ext = facts(CALL, "it", title=title, url="https://www.regione-valbruna-example.it/avvisi/partner-fami")
    labels = [p.label for p in ext.projects]
    assert not [lbl for lbl in labels if "Soggetti ammessi" in lbl or "Dotazione" in lbl], labels
