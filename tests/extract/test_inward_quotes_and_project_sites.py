"""German quotes that point inwards (»Name«) name projects as « » do; a fund's manager named in a
clause whose verb comes last is its authority; a project's own site, whose first line is the
project's name, is no organisation's, and the lead role it gives says who runs the project its
title names; a headline's name in quotes after a project noun is the project's name."""

from __future__ import annotations

from extract_helpers import AMIF, FUND, extractor, facts, org, project

from migkg.loaders.extract.context import outward_quotes

ORG = "https://w3id.org/migkg/id/org/"
BAMF = ORG + "federal-office-for-migration-and-refugees"

PORTRAIT = (
    "Lokales › Kreis Fulda\n"
    "Zwanzig Jahre Migrationsarbeit: Ein Rückblick\n"
    "Von Jana Roth\n"
    "Fulda. »Ohne Fördergeld aus Europa hätten wir die Hälfte nie anbieten können«, sagt die Leiterin. "
    "Von 2016 bis 2019 lief das Beratungsangebot »Brückenschlag« für junge Geflüchtete, finanziert aus dem "
    "Asyl-, Migrations- und Integrationsfonds (AMIF), den in Deutschland das Bundesamt für Migration und "
    "Flüchtlinge verwaltet.\n"
    "»Wir machen weiter«, sagt sie zum Abschied.\n"
)


def test_inward_guillemets_turn_outward_character_for_character() -> None:
    text = "Das Angebot »Brückenschlag« lief bis 2019, sagt sie: »Wir machen weiter.«"
    turned = outward_quotes(text)
    assert turned == "Das Angebot «Brückenschlag» lief bis 2019, sagt sie: «Wir machen weiter.»"
    assert len(turned) == len(text)


def test_a_text_that_pairs_guillemets_outward_is_left_as_it_is() -> None:
    # French spacing and a menu's separator: nothing to turn
    text = "Accueil » Actualités\nLe projet « Pas à Pas » et le projet «Tandem» démarrent."
    assert outward_quotes(text) == text


def test_a_name_in_inward_quotes_after_a_compound_project_noun_is_a_project() -> None:
    ext = facts(PORTRAIT, "de", title="Zwanzig Jahre Migrationsarbeit: Ein Rückblick")
    assert AMIF in project(ext, "Brückenschlag").funders


def test_the_manager_a_verb_last_clause_names_after_the_fund_is_its_authority_not_a_runner() -> None:
    ex = extractor(PORTRAIT, "de", title="Zwanzig Jahre Migrationsarbeit: Ein Rückblick")
    assert (AMIF, BAMF) in {(f, o) for f, o, _ev in ex.authorities}
    assert all(BAMF not in p.implementers for p in ex.projects)


SITE = (
    "PASSAGES\n"
    "Des chemins vers l'emploi\n"
    "Accueil\n"
    "Le projet\n"
    "Contact\n"
    "À propos\n"
    "Nous sommes une équipe de cinq salariés de Forum réfugiés, chef de file du projet, installée à Lyon. "
    "Nous accompagnons des réfugiés statutaires vers un emploi qualifié.\n"
    "PASSAGES prolonge le programme Accelair, que nous menons dans le Rhône depuis 2002.\n"
    "Le projet PASSAGES se déroule du 1er mars 2024 au 28 février 2027. Il est cofinancé par le Fonds "
    "Asile, Migration et Intégration (FAMI).\n"
    "© 2024 PASSAGES – Forum réfugiés\n"
)
SITE_TITLE = "À propos – PASSAGES | Des chemins vers l'emploi"
SITE_URL = "https://www.passages-lyon.fr/a-propos/"


def test_a_project_sites_first_line_is_the_projects_name_not_its_owner() -> None:
    ex = extractor(SITE, "fr", url=SITE_URL, title=SITE_TITLE)
    # (the site is the project's own: its owner is the body its copyright line names after the
    # project's name, "© 2024 PASSAGES – Forum réfugiés")
    assert ex.ctx.site_owner == ORG + "forum-refugies"
    assert org("PASSAGES") not in {o for p in ex.projects for o in p.implementers}


def test_the_lead_role_names_who_runs_the_project_the_title_names_among_several() -> None:
    ex = extractor(SITE, "fr", url=SITE_URL, title=SITE_TITLE)
    forum = ORG + "forum-refugies"
    passages = next(p for p in ex.projects if p.label == "PASSAGES")
    assert set(passages.implementers) == {forum}
    assert FUND + "AMIF" in passages.funders


def test_an_about_page_title_names_no_project() -> None:
    ex = extractor(SITE, "fr", url=SITE_URL, title=SITE_TITLE)
    assert not any("propos" in p.label.lower() for p in ex.projects)


NEWS = (
    "Comune di Terracina\n"
    'Minori stranieri soli, al via il progetto "Rotte Nuove"\n'
    'È stato presentato oggi in sala consiliare il progetto "Rotte Nuove – percorsi di autonomia per '
    'neomaggiorenni", finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027.\n'
    "A guidare il progetto è la cooperativa sociale Il Faro, che gestisce due comunità per minori.\n"
    "Le attività si svolgeranno dal 1° aprile 2024 al 31 dicembre 2026.\n"
)


def test_a_headlines_quoted_name_after_a_project_noun_is_the_projects_name() -> None:
    ext = facts(NEWS, "it", title='Minori stranieri soli, al via il progetto "Rotte Nuove" - Comune di Terracina')
    rotte = [p for p in ext.projects if "rotte nuove" in p.label.lower()]
    assert len(rotte) == 1, [p.label for p in ext.projects]
    assert not any("minori stranieri" in p.label.lower() for p in ext.projects)
    assert AMIF in rotte[0].funders
