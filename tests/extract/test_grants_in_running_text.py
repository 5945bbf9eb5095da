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


LOCAL_NEWS_DE = (
    "Deutsch lernen, während die Kinder spielen\n\n"
    "Ein neues Angebot im Bezirk richtet sich an zugewanderte Frauen.\n\n"
    "Genau diese Frauen will der Verein Brückenhaus Ybbstal erreichen. Er begleitet seit 2015 Geflüchtete "
    "in der Region. Mit dem „Sprachgarten Ybbstal“ ist nun erstmals ein Angebot mit angestellten "
    "Trainerinnen dazugekommen.\n\n"
    "Geld aus Brüssel und St. Pölten\n\n"
    "Finanziert wird das Projekt, das von Jänner 2024 bis Ende Juni 2026 läuft, zum Großteil aus dem "
    "Asyl-, Migrations- und Integrationsfonds der EU (AMIF). Abgewickelt wird die EU-Förderung über das "
    "Bundeskanzleramt.\n\n"
    "Das Gesamtbudget beträgt 300.000 Euro. Rund 225.000 Euro kommen aus dem EU-Topf, das Land "
    "Niederösterreich steuert 45.000 Euro bei.\n"
)


def test_the_one_project_is_run_by_the_organisation_its_paragraph_introduces_by_a_role_noun() -> None:
    # "der Verein X" two sentences before "Mit dem „Name“ ist ein Angebot dazugekommen"; not the
    # federal office through which the fund's money goes ("abgewickelt über")
    title = "Sprachgarten Ybbstal: Deutsch lernen, während die Kinder spielen | Bezirksblatt"
    ext = facts(LOCAL_NEWS_DE, "de", title=title, url="https://www.bezirksblatt.example.at/ybbstal/sprachgarten")
    p = project(ext, "Sprachgarten")
    assert set(p.implementers) == {org("Brückenhaus Ybbstal")}
    # "das Land X steuert 45.000 Euro bei", in the paragraph after the one that names the fund
    assert set(p.funders) == {AMIF, org("Land Niederösterreich")}
