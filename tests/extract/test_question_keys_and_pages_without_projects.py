"""Pages read in held38 and held36 (session 49): a commune's plan of actions whose record lines ask their keys
("Où ? ...", "Quand ? ..."); a Landkreis's release on a call whose key facts give its deadline as a
date in figures; a network's FAQ; an integration office's guide titled with a question; an
intermunicipal body's explainer that says what the fund supports "bij asiel, legale migratie ...";
a council team's page of what it "can help with". None of the last five names a project."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, project

from migkg.loaders.document import Document
from migkg.loaders.extract.context import Context
from migkg.loaders.extract.cues import cues_for
from migkg.loaders.extract.projects import not_a_project

PLAN_FR = (
    "Plan local d'intégration 2022-2025\n\n"
    "Vous trouverez ci-dessous les principales actions du plan.\n\n"
    "▸ Action 1 — Ateliers de conversation\n"
    "Porteur : asbl Parlons Ensemble\n"
    "Où ? Maison de quartier des Tilleuls, rue des Tilleuls\n"
    "Financement : Commission communautaire française (COCOF), 30 000 € par an\n"
    "Public : adultes primo-arrivants\n\n"
    "▸ Action 2 — « Cap Métiers » : accompagnement vers l'emploi\n"
    "Porteur : asbl Tremplin Nord\n"
    "Quand ? Le jeudi de 9h à 12h, au centre administratif\n"
    "Cofinancement : Fonds Asile, Migration et Intégration (FAMI) – 75 % ; commune – 25 %\n"
    "Durée : du 1er janvier 2023 au 31 décembre 2025\n"
)


def test_a_line_whose_key_is_a_question_is_a_record_line() -> None:
    ctx = Context(Document(text=PLAN_FR, name="t.txt", raw=PLAN_FR.encode(), language="fr"))
    where = next(u for u in ctx.units if "Maison de quartier" in u.text)
    # (before: "Où ? Maison de quartier ..." was a heading, the next action's records under it)
    assert (where.kind, where.key) == ("kv", "Où"), (where.kind, where.key)
    assert where.text == "Maison de quartier des Tilleuls, rue des Tilleuls"


def test_record_lines_asked_as_questions_name_no_project() -> None:
    ext = facts(PLAN_FR, "fr", url="https://www.commune-exemple.be/plan-local-integration")
    labels = [p.label for p in ext.projects]
    assert not [label for label in labels if label.startswith(("Où", "Quand"))], labels
    cap = project(ext, "Cap Métiers")
    assert AMIF in cap.funders
    assert (cap.start_year, cap.end_year) == (2023, 2025)


CALL_DE = (
    "Integrationslotsen: Neuer Förderaufruf – Träger können sich bis 15. November bewerben\n"
    "Vereine und Initiativen können ab sofort Fördermittel beantragen. Das Programm wird aus Mitteln "
    "des Europäischen Sozialfonds Plus (ESF Plus) und aus Landesmitteln finanziert.\n\n"
    "Das Wichtigste in Kürze\n"
    "• Förderzeitraum: 01.01.2025 bis 31.12.2027\n"
    "• Antragsfrist: 15.11.2024 (Eingang bei der Förderbank Nord)\n"
    "• Höchstbetrag: 45.000 Euro je Projekt und Jahr\n"
)


def test_a_list_line_keyed_to_a_date_in_figures_is_no_project() -> None:
    ext = facts(CALL_DE, "de", url="https://www.landkreis-beispiel.de/presse/integrationslotsen")
    # (before: "Antragsfrist: 15.11.2024", a deadline, was a project run by its brackets' words)
    assert not [p.label for p in ext.projects if "Antragsfrist" in p.label]


FAQ_NL = (
    "Veelgestelde vragen: het AMIF voor gemeenten\n\n"
    "Wat is het AMIF?\n"
    "Het Asiel-, Migratie- en Integratiefonds (AMIF) steunt projecten rond integratie van "
    "nieuwkomers. Het Stedennetwerk Noord helpt gemeenten bij hun aanvraag.\n\n"
    "Hoeveel geld is er?\n"
    "Voor de periode 2021-2027 is er in totaal 11,4 miljoen euro beschikbaar.\n"
)


def test_a_faq_page_is_an_overview_without_a_project_of_its_own() -> None:
    ext = facts(
        FAQ_NL,
        "nl",
        title="Veelgestelde vragen: het AMIF voor gemeenten",
        url="https://www.stedennetwerknoord.example.nl/faq-amif",
    )
    # (before: the FAQ's title was the project, run by the network that answers the questions)
    assert not [p.label for p in ext.projects if p.label.startswith("Veelgestelde")], [p.label for p in ext.projects]


def test_a_title_that_asks_a_question_names_no_project() -> None:
    title = "Neu in Lindenau? Integrationsparcours und Anlaufstellen"
    text = (
        f"{title}\n\n"
        f"Die Broschüre {title} erklärt, wo Neuzugewanderte Hilfe finden. "
        "Das Projekt der Stadt Lindenau wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert.\n"
    )
    ex = extractor(text, "de", title=title, url="https://www.lindenau.example.de/neu-in-lindenau")
    # (before: a title the text repeats, on a page that speaks of "das Projekt", was its name)
    assert not ex._title_project(title)
    assert not [p for p in ex.projects if p.label == title]


def test_what_a_fund_supports_after_a_preposition_is_no_project() -> None:
    text = (
        "Nieuwe AMIF-oproep open\n\n"
        "Het Asiel-, Migratie- en Integratiefonds is het Europese fonds dat de lidstaten ondersteunt bij "
        "asiel, legale migratie, integratie en terugkeer. Intercommunale Rivierland helpt gemeenten bij "
        "hun aanvraag.\n"
    )
    ext = facts(text, "nl", url="https://www.rivierland.example.be/nieuws/amif-oproep")
    # (before: "Bij asiel" was a project described as what the fund supports)
    assert not [p.label for p in ext.projects if p.label.lower().startswith("bij ")], [p.label for p in ext.projects]


def test_a_runner_set_after_an_actions_number_keeps_its_action() -> None:
    ext = facts(PLAN_FR, "fr", url="https://www.commune-exemple.be/plan-local-integration")
    assert names_of_runner(ext, "Cap Métiers") == {"Tremplin Nord"}


def names_of_runner(ext, *words: str) -> set[str]:
    p = project(ext, *words)
    return {ext.new_orgs[o].name for o in p.implementers if o in ext.new_orgs}


def test_what_a_team_can_help_with_lists_its_offer_not_projects() -> None:
    text = (
        "Local Integration Team\n"
        "The Council's Local Integration Team supports refugees to settle into life in the county.\n"
        "What we can help with\n"
        "* Understanding local services - GP registration, schools, libraries\n"
        "* Referral to English language classes (ETB) and employment supports (Intreo)\n"
        "* Moving out of accommodation centres and finding a home\n"
        "How is the team funded?\n"
        "The team is co-funded by the European Union through the Asylum, Migration and Integration Fund (AMIF).\n"
    )
    ex = extractor(text, "en", url="https://www.eastshire.example.ie/community/integration-team")
    listed = [p.label for p in ex.projects if p.rule == "find_list_items"]
    # (before: "Referral to English language classes (ETB) ...", run by the body in its brackets)
    assert not listed, listed


def test_a_sites_section_and_its_topic_name_no_project() -> None:
    # (held18: "Projekte | Migration und Flucht", a page's title, labelled the pairs of its list)
    assert not_a_project("Projekte | Migration und Flucht", cues_for("de"))
    assert not not_a_project("Wegweiser | Migrationsberatung im ländlichen Raum", cues_for("de"))
