"""A prefecture's release of several projects in running text: a lead partner named before its
role; a closing sentence that gives all the projects' period; a national programme of an EU fund
named in quotes is no project; the fund's programming period in the lead is not the projects'
(texts written for these tests)."""

from __future__ import annotations

from extract_helpers import facts, org, project

RELEASE = (
    "Fondo Asilo Migrazione e Integrazione 2021-2027: finanziati tre progetti in provincia\n\n"
    "Con decreto dell'Autorità di Gestione del Programma nazionale FAMI 2021-2027 sono stati ammessi "
    "a finanziamento tre progetti che interesseranno il territorio, per un valore complessivo di 3 "
    "milioni di euro.\n\n"
    "Il Comune di Brindisi realizzerà il progetto «Porta Aperta», al quale sono destinati 900.000 "
    "euro, per uno sportello di orientamento ai servizi.\n\n"
    "Il finanziamento più consistente, pari a 1.500.000 euro, è stato riconosciuto al progetto "
    "«Terre Giuste», presentato in partenariato dal Consorzio Solidale Adriatico, in qualità di "
    "capofila, insieme all'Università di Bari.\n\n"
    "Infine, la Prefettura di Brindisi è beneficiaria del progetto «Sportello Veloce», finanziato con "
    "600.000 euro.\n\n"
    "Le attività prenderanno avvio nel mese di settembre 2024 e dovranno concludersi entro il 30 "
    "giugno 2026. I progetti sono finanziati per il 75% con risorse dell'Unione europea.\n\n"
    "Le iniziative si affiancano a quelle finanziate dal Programma nazionale «Sicurezza per la "
    "legalità» 2021-2027.\n"
)


def test_the_organisation_named_before_a_lead_role_runs_the_project() -> None:
    # regression: "presentato dal Consorzio X, in qualità di capofila" (held8 798) left the project
    # to the site's owner
    p = project(facts(RELEASE, "it"), "Terre Giuste")
    assert list(p.implementers) == [org("Consorzio Solidale Adriatico")]


def test_a_closing_sentence_on_all_the_activities_gives_each_project_its_years() -> None:
    ext = facts(RELEASE, "it")
    for name in ("Porta Aperta", "Terre Giuste", "Sportello Veloce"):
        p = project(ext, name)
        assert (p.start_year, p.end_year) == (2024, 2026), name


def test_a_national_programme_named_in_quotes_is_no_project() -> None:
    labels = [p.label for p in facts(RELEASE, "it").projects]
    assert not any("Sicurezza" in label for label in labels)
