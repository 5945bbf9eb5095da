"""Who leads a partnership, said with a role noun and a copula ("Capofila è la Regione X", "The lead
partner is X", "Projektträger ist X"), runs its project even on a partner's page; and "we kicked
off NAME, our new project" names the project."""

from __future__ import annotations

from extract_helpers import extractor, names_of

UNIVERSITY_NEWS = (
    "Mediatori nei servizi pubblici: al via PONTI.RE, l'Ateneo partner della Regione\n"
    "L'Università di Valdora entra nel partenariato del progetto PONTI.RE – Mediazione in rete, "
    "finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027. Capofila è la Regione "
    "Lombardia, che ha presentato la proposta nell'ambito del Programma nazionale FAMI.\n"
    "Il progetto si svolgerà da settembre 2023 a dicembre 2025.\n"
)


def test_capofila_e_names_who_runs_the_project() -> None:
    ex = extractor(UNIVERSITY_NEWS, "it", url="https://www.univaldora-example.it/notizie/1", title="PONTI.RE")
    project = next(p for p in ex.projects if p.label.startswith("PONTI.RE"))
    assert "Regione Lombardia" in names_of(ex, project.implementers), names_of(ex, project.implementers)


def test_the_lead_partner_is_names_who_runs_the_project() -> None:
    text = (
        "Harbour Bridges is a three-year project co-funded by the Asylum, Migration and Integration Fund. "
        "The lead partner is the Port City Council, with two NGOs as partners.\n"
    )
    ex = extractor(text, "en", url="https://www.ngo-example.org/harbour", title="Harbour Bridges")
    project = next(p for p in ex.projects if p.label == "Harbour Bridges")
    assert "Port City Council" in names_of(ex, project.implementers), names_of(ex, project.implementers)


def test_a_name_beside_our_project_is_the_project() -> None:
    text = (
        "And we're off! This week we officially kicked off CARE4NEW, our new project co-funded by the "
        "European Union through the Asylum, Migration and Integration Fund (AMIF).\n"
        "For the next three years (2025–2027) we will help refugee nurses back into their profession.\n"
    )
    ex = extractor(text, "en", url="https://www.socialsite-example.com/posts/1", title="Post")
    assert "CARE4NEW" in {p.label for p in ex.projects}, [p.label for p in ex.projects]
