"""A news article's project that "A guidarlo è l'associazione X" runs (the Italian fronted runner
with its object pronoun), whose sum is its own and not that of the call it came from ("L'avviso
Fami da cui nasce ... aveva una dotazione di 35 milioni"), and the headlines a "Leggi anche" line
lists under the article, which are other articles and not projects."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org

ITALIAN_ARTICLE = (
    'Accoglienza, i posti restano fino al 2028. E per i ragazzi soli arriva "Ponte 21"\n'
    "Il Comune di Vallerana resterà nella rete di accoglienza anche nel triennio 2026-2028, con 60 posti.\n"
    'Per i ragazzi arrivati soli è partito "Ponte 21", un progetto cofinanziato dall\'Unione europea con il '
    'Fondo asilo, migrazione e integrazione (Fami) 2021-2027. L\'avviso Fami da cui nasce "Ponte 21" aveva '
    "una dotazione complessiva di 20 milioni di euro a livello nazionale.\n"
    "A guidarlo è l'associazione Terra Comune Aps, attiva da anni nel quartiere, in partenariato con il Comune "
    "e l'Azienda sanitaria locale. Il progetto, avviato nel 2025, si chiuderà nel 2026 e può contare su "
    "312.000 euro.\n"
    "Leggi anche\n"
    "Nuovo parcheggio, via libera al progetto per la stazione\n"
    "Scuole, in arrivo 12 nuove aule\n"
)


def _ponte(text: str = ITALIAN_ARTICLE):
    ext = facts(text, "it", url="https://www.cittanotizie-example.it/attualita/ponte-21", title="Ponte 21")
    ponte = next((p for p in ext.projects if p.label == "Ponte 21"), None)
    assert ponte is not None, [p.label for p in ext.projects]
    return ext, ponte


def test_a_fronted_infinitive_with_its_pronoun_names_the_runner() -> None:
    _, ponte = _ponte()
    assert org("Terra Comune Aps") in ponte.implementers, ponte.implementers


def test_the_envelope_of_the_call_a_project_came_from_is_not_the_projects_amount() -> None:
    _, ponte = _ponte()
    values = {v for v, _c, _e in ponte.amounts.values()}
    assert 20_000_000 not in values, ponte.amounts
    assert values == {312_000}, ponte.amounts
    assert AMIF in ponte.funders, ponte.funders


def test_headlines_listed_under_read_also_are_not_projects() -> None:
    ext, _ = _ponte()
    assert not any("parcheggio" in p.label for p in ext.projects), [p.label for p in ext.projects]


def test_a_second_payer_after_and_by_pays_its_share_of_the_rest() -> None:
    text = (
        "Lancement du projet « Cap Emploi 41 »\n"
        "Porté par l'association Horizons Solidaires, le projet « Cap Emploi 41 » accompagne 120 personnes "
        "réfugiées de 2024 à 2026. Il est cofinancé à hauteur de 240 000 € par le Fonds asile, migration et "
        "intégration (FAMI).\n"
        "Le solde est couvert par des crédits de l'État (40 000 €) et par le Conseil départemental de "
        "Loir-et-Cher (30 000 €).\n"
    )
    ext = facts(text, "fr", url="https://www.loir-et-cher-example.gouv.fr/cap-emploi", title="Cap Emploi 41")
    cap = next((p for p in ext.projects if p.label == "Cap Emploi 41"), None)
    assert cap is not None, [p.label for p in ext.projects]
    assert org("Conseil départemental de Loir-et-Cher") in cap.funders, cap.funders
    assert AMIF in cap.funders, cap.funders


def test_a_menu_of_words_three_spaces_apart_is_no_organisation() -> None:
    text = (
        "Ministerium des Landes\n"
        "Themen   Services   Ministerium   Presse   Kontakt\n"
        "Das Projekt „Brücke Süd“ des Vereins Lotsenhaus wird aus dem Asyl-, Migrations- und "
        "Integrationsfonds (AMIF) gefördert.\n"
    )
    ex = extractor(text, "de", url="https://www.land-example.de/presse/1", title="Brücke Süd")
    assert not any("Services" in o.name for o in ex.ctx.orgs), [o.name for o in ex.ctx.orgs]


def test_a_states_envelope_from_the_fund_is_not_the_projects_share() -> None:
    text = (
        "Projekt „Neustart Plus“ startet\n"
        "Mit 1. Juli 2025 startet das Projekt „Neustart Plus“ des Vereins Brückenbau, kofinanziert aus dem "
        "Asyl-, Migrations- und Integrationsfonds (AMIF).\n"
        "Hintergrund\n"
        "Aus dem AMIF stehen Österreich in dieser Periode rund 150 Mio. Euro zur Verfügung.\n"
    )
    ext = facts(text, "de", url="https://www.ministerium-example.at/presse/2", title="Neustart Plus")
    p = next((p for p in ext.projects if "Neustart Plus" in p.label), None)
    assert p is not None, [p.label for p in ext.projects]
    assert 150_000_000 not in {v for v, _c, _e in p.amounts.values()}, p.amounts
