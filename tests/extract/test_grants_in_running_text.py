"""Grants told in running text: a sum given "for" a quoted name names a project, and the sentence
says who gets it; a sentence on each of the page's projects names payers of them all."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

REGION_RELEASE_IT = (
    "Integrazione, dal FAMI quasi 700 mila euro a tre ambiti territoriali\n\n"
    "Sono tre i progetti che partiranno a gennaio grazie alle risorse del Fondo Asilo Migrazione e "
    "Integrazione (FAMI) 2021-2027. Ogni progetto è finanziato per il 90 per cento con fondi europei e per "
    "il restante 10 per cento con risorse del bilancio regionale della Regione Valdora.\n\n"
    "Il contributo più alto, 310.000 euro, va al Comune di Pietrabianca, capofila dell'ambito 4, per "
    "\u00abCasa Aperta\u00bb: uno sportello unico nel quartiere della stazione. L'Unione dei Comuni della "
    "Val Serena riceve 220.000 euro per \u00abScuola Ponte\u00bb, un progetto di mediazione nelle scuole. "
    "Chiude la graduatoria il Comune di Roccalta con 160.000 euro per \u00abFili di Lavoro\u00bb, tirocini "
    "per donne straniere.\n\n"
    "Tutti gli interventi si svolgeranno dal 2025 al 2027.\n"
)
URL = "https://www.regione-valdora.example.it/comunicati/fami-ambiti"


def test_a_sum_given_for_a_quoted_name_names_a_project_run_by_whom_its_sentence_pays() -> None:
    ext = facts(REGION_RELEASE_IT, "it", url=URL)
    assert sorted(p.label for p in ext.projects) == ["Casa Aperta", "Fili di Lavoro", "Scuola Ponte"]
    assert set(project(ext, "Casa Aperta").implementers) == {org("Comune di Pietrabianca")}
    assert set(project(ext, "Fili di Lavoro").implementers) == {org("Comune di Roccalta")}


def test_a_sentence_on_each_project_names_payers_of_them_all() -> None:
    # "Ogni progetto è finanziato ... con risorse del bilancio regionale della Regione Valdora"
    ext = facts(REGION_RELEASE_IT, "it", url=URL)
    for p in ext.projects:
        assert set(p.funders) == {AMIF, org("Regione Valdora")}, (p.label, list(p.funders))
        assert (p.start_year, p.end_year) == (2025, 2027)
