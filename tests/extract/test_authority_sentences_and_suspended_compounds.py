"""Pages read in held38 and held36 (session 49): a Vienna NGO's project sheet whose disclaimer names
the page's owner in one sentence and the fund's authority in the next; a German name with a compound
whose head is held over a hyphen ("Folter- und Kriegsüberlebende"); an interview in which the
coordinator says which ministry "beheert dat fonds"; a daily's "FAMI 2021-2027 gestito dal
Ministero"; a newsletter whose ministry "het fonds in België beheert", an item's title ending on
"(EN BEDANKT!)"; a city state's "Senator für Inneres und Sport"."""

from __future__ import annotations

from extract_helpers import extractor, names, org

from migkg.loaders.extract.authorities import find_authorities


def authorities_of(text: str, lang: str, url: str) -> set[str]:
    """The organisations the text names as a fund's authority."""
    ex = extractor(text, lang, url=url)
    return {o for _f, o, _ev in find_authorities(ex.ctx, ex.doc_funders)}


SHEET_DE = (
    "Projektinfo\n"
    "WEGE FINDEN\n\n"
    "Projektträger: Zuflucht Wien\n"
    "Laufzeit: 01.01.2024 – 31.12.2026\n\n"
    "Das Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert.\n\n"
    "Hinweis: Die Verantwortung für den Inhalt liegt bei Zuflucht Wien. Die Europäische Union und die "
    "verantwortliche Behörde für den AMIF in Österreich, das Bundesministerium für Inneres, haften nicht "
    "für die Verwendung der Informationen.\n"
)


def test_an_authoritys_role_names_the_body_of_its_own_sentence_not_of_the_one_before() -> None:
    found = authorities_of(SHEET_DE, "de", "https://www.zuflucht-wien.example.at/projekte/wege-finden")
    # (before: the page's owner, named 35 characters before the role, was the nearer name)
    assert org("Zuflucht Wien") not in found, found
    assert any("bundesministerium" in o or "interior" in o for o in found), found


def test_a_compounds_part_held_over_a_hyphen_stays_in_the_name() -> None:
    found = names("Projektträger: Verein für Sprach- und Kulturvermittlung Linz\n", "de")
    # (before: "Verein für Sprach", the name cut at the hyphen)
    assert "Verein für Sprach- und Kulturvermittlung Linz" in found, found


def test_a_body_that_manages_that_fund_is_its_authority_and_runs_no_project() -> None:
    text = (
        "Hoe bent u hierin gerold?\n"
        "“Toen vzw Thuiskomst Leuven in 2023 iemand zocht om een nieuw woonproject op te starten, heb ik "
        "niet getwijfeld. We zijn gestart in oktober 2023 en het project loopt tot eind 2026.”\n\n"
        "Wie betaalt dat allemaal?\n"
        "“Het grootste deel komt uit het Asiel-, Migratie- en Integratiefonds. De FOD Binnenlandse Zaken "
        "beheert dat fonds in België, dus daar dienen we onze rapporten in.”\n"
    )
    ex = extractor(text, "nl", url="https://www.krant.example.be/leuven/interview-thuiskomst")
    # (before: only "beheert het fonds" was a manager's cue; the ministry ran the project)
    runners = {o for p in ex.projects for o in p.implementers}
    assert not [o for o in runners if "binnenlandse" in o or "home-affairs" in o or "interior" in o], runners


def test_a_fund_managed_by_a_ministry_after_its_period_and_bracket_names_its_authority() -> None:
    text = (
        "Passi Avanti, il progetto del consorzio\n"
        "Il progetto Passi Avanti del Consorzio Rete Solidale vale 500 mila euro: 400 mila arrivano dal Fondo "
        "Asilo, Migrazione e Integrazione (FAMI) 2021-2027 gestito dal Ministero dell'Interno.\n"
    )
    found = authorities_of(text, "it", "https://www.notizie-lago.example.it/passi-avanti")
    # (before: the bracket and the period between the fund's name and "gestito dal" hid the manager)
    assert any("interno" in o or "interior" in o for o in found), found


NEWSLETTER_NL = (
    "Nieuwsbrief nr. 12 – maart 2025\n\n"
    "1. ‘THUIS IN DE VALLEI’ GAAT VAN START\n\n"
    "Sinds 1 januari 2025 loopt ons nieuwe project ‘Thuis in de Vallei’ van vzw De Overstap. Het wordt voor "
    "75 % gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF). De FOD Binnenlandse Zaken, die "
    "het fonds in België beheert, keurde ons dossier in november goed.\n\n"
    "2. VRIJWILLIGERS GEZOCHT (EN BEDANKT!)\n\n"
    "Vorig jaar zetten 42 vrijwilligers zich in. Een dikke merci!\n"
)


def test_a_relative_clause_that_ends_on_managing_the_fund_names_its_authority() -> None:
    found = authorities_of(NEWSLETTER_NL, "nl", "https://www.deoverstap.example.be/nieuwsbrief-12")
    # (before: only "beheert het fonds" in that order was a manager's cue, not the verb last)
    assert any("home-affairs" in o or "binnenlandse" in o for o in found), found


def test_an_exclamation_in_brackets_is_no_organisation() -> None:
    ex = extractor(NEWSLETTER_NL, "nl", url="https://www.deoverstap.example.be/nieuwsbrief-12")
    # (before: "EN BEDANKT!" ran a project called "VRIJWILLIGERS GEZOCHT")
    assert not [o for o in ex.ctx.orgs if o.name.endswith("!")], [o.name for o in ex.ctx.orgs]


def test_a_city_states_senator_for_a_portfolio_is_its_ministry() -> None:
    found = names("Projektträger: Der Senator für Inneres und Sport (Migrationsamt)\n", "de")
    # (before: no head; "Der Senator für Inneres" and "Sport" were read apart by the pair stage)
    assert "Senator für Inneres und Sport" in found, found
    assert not names("Senator Müller sagte, die Stadt fördert das Projekt.\n", "de")
