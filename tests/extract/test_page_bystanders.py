"""On a page about one named project whose runner the text gives, the pairs the model accepts for
the site's own name, a fund's authority or a contact line make no second project (texts written for
these tests)."""

from __future__ import annotations

import math

import pytest
from extract_helpers import AMIF, facts, org

from migkg.loaders.extract import decide
from migkg.loaders.extract.decide import PairModel


def _accept_every_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that accepts every candidate pair: what the page's rules do with them is tested."""
    model = PairModel((), (), (), (), math.log(0.5 / 0.5), 0.4)
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: model)


TITLE = "Neuer Sprachkurs „Brücke Süd“ startet in Prüm – Eifel Aktuell"

# A portal's press release on one project: the portal's name heads the page, the fund's authority
# and a contact line come at the end.
PORTAL_RELEASE = (
    "Eifel Aktuell\n\n"
    "Neuer Sprachkurs „Brücke Süd“ startet in Prüm\n\n"
    "Das Projekt „Brücke Süd“ der Kreisvolkshochschule Bitburg-Prüm wird aus dem Asyl-, "
    "Migrations- und Integrationsfonds (AMIF) der Europäischen Union und vom Land Rheinland-Pfalz "
    "gefördert. Laufzeit: 2024 bis 2026.\n\n"
    "Zuständige Behörde für den AMIF in Deutschland ist das Bundesamt für Migration und "
    "Flüchtlinge (BAMF).\n\n"
    "Pressekontakt\n\n"
    "Kreisverwaltung Bitburg-Prüm, Pressestelle, Trierer Straße 1, Bitburg\n"
)


def test_the_authority_and_the_contact_run_no_second_project(monkeypatch) -> None:
    # every pair accepted: the fund's authority and the contact block's press office get no
    # project of their own beside the page's one named project (held8 796, 816)
    _accept_every_pair(monkeypatch)
    ext = facts(PORTAL_RELEASE, "de", title=TITLE)
    named = [q for q in ext.projects if q.label == "Brücke Süd"]
    assert len(named) == 1 and AMIF in named[0].funders
    others = [q for q in ext.projects if q is not named[0]]
    for bystander in ("Bundesamt für Migration und Flüchtlinge", "Pressestelle"):
        assert all(org(bystander) not in q.implementers for q in others), [q.label for q in others]
    assert not any("kontakt" in q.label.lower() for q in ext.projects)


NEWS_FR = (
    "À Soyaux, des réfugiés retrouvent le chemin du travail\n\n"
    "Par Jean-Marc Delcourt\n"
    "Publié le 12/03/2025 à 18h15\n\n"
    "L'action « Cap Emploi » est cofinancée par le Fonds asile, migration et intégration (FAMI). "
    "Le Département finance aussi un atelier de français confié au centre social de Crouin.\n\n"
    "© Charente Matin\n"
)


def test_a_byline_over_a_time_of_publishing_makes_a_newspapers_page_whose_name_runs_nothing() -> None:
    from extract_helpers import extractor

    ex = extractor(NEWS_FR, "fr", url="https://www.charentematin.fr/soyaux/refugies-maraichage.php")
    assert ex.ctx.is_media_site
    assert ex.ctx.site_owner is None


NEWS_IT = (
    "Il Grifone\n"
    "Cronaca   Sport   Cultura\n\n"
    "Apre lo sportello per le famiglie straniere\n"
    "Il progetto è finanziato dal Fondo asilo, migrazione e integrazione e lo gestirà la cooperativa Arcobaleno.\n"
    "di Maria Serra\n"
    "05 ottobre 2024\n\n"
    "VALMORA. Lo sportello apre lunedì in via Roma.\n"
)


def test_a_lower_case_byline_over_a_bare_date_makes_a_newspapers_page_whose_masthead_runs_nothing() -> None:
    # regression: "di Francesca Murru" over "05 ottobre 2024" (held14 983) left the masthead as the
    # site's owner, and so a runner
    from extract_helpers import extractor

    ex = extractor(NEWS_IT, "it", url="https://www.ilgrifone.it/valmora/2024/10/05/sportello")
    assert ex.ctx.is_media_site
    assert ex.ctx.site_owner is None


def test_a_towns_social_centre_in_lower_case_is_an_organisation() -> None:
    from extract_helpers import extractor

    assert "centre social de Crouin" in {o.name for o in extractor(NEWS_FR, "fr").ctx.orgs}


def test_a_host_that_writes_the_sites_name_short_still_names_the_pages_owner() -> None:
    from extract_helpers import extractor

    from migkg.loaders.extract.context import abbreviates

    assert abbreviates({"caritascarpi"}, "Caritas diocesana di Carpi")  # a word left out
    assert abbreviates({"vwregiozwolle"}, "VluchtelingenWerk regio Zwolle")  # a compound by its initials
    assert not abbreviates({"diocesanacarpi"}, "Caritas diocesana di Carpi")  # the first word must be written
    ex = extractor(
        "Jaarverslag 2023\n\n"
        "Startklaar! begon op 1 januari 2022. Het project wordt betaald uit het Asiel-, Migratie- en "
        "Integratiefonds (AMIF).\n\n"
        "VluchtelingenWerk regio Veldhoven · Postbus 12 · info@vwregioveldhoven.nl\n",
        "nl",
        url="https://www.vwregioveldhoven.nl/jaarverslag-2023",
        title="Jaarverslag 2023 | VluchtelingenWerk regio Veldhoven",
    )
    assert ex.ctx._org_name(ex.ctx.site_owner or "") == "VluchtelingenWerk regio Veldhoven"


def test_a_byline_over_a_dateline_heads_nothing() -> None:
    from migkg.loaders.extract.structure import layout

    text = (
        "Veertig taalbuddy's helpen nieuwkomers over de drempel\n\n"
        "Lien Van den Broeck\n"
        "do 14 maart 2024 om 06.45 uur\n\n"
        "Een uur per week samen koffiedrinken: meer is het niet, en toch werkt het. In de stad zijn intussen "
        "veertig duo's gevormd van een vrijwilliger en een nieuwkomer.\n"
    )
    kinds = {u.text: u.kind for u in layout(text, "nl")[0].units}
    assert kinds["Lien Van den Broeck"] != "heading"
    assert kinds["do 14 maart 2024 om 06.45 uur"] != "heading"


def test_a_newsrooms_byline_under_a_long_dateline_heads_nothing_and_makes_a_news_page() -> None:
    from extract_helpers import extractor

    from migkg.loaders.extract.structure import layout

    text = (
        "Retour volontaire : un partenariat inédit à Charleroi\n\n"
        "Publié le 12/03/2024 à 17:42 – Mis à jour le 13/03/2024 à 08:15\n"
        "Par la rédaction\n\n"
        "L'OIM et Fedasil lancent « Horizon Retour », un projet cofinancé par le Fonds Asile, Migration et "
        "Intégration (FAMI).\n"
    )
    kinds = {u.text: u.kind for u in layout(text, "fr")[0].units}
    assert kinds["Par la rédaction"] != "heading"
    assert kinds["Publié le 12/03/2024 à 17:42 – Mis à jour le 13/03/2024 à 08:15"] != "heading"
    ex = extractor(text, "fr", url="https://www.telecharleroi.be/info/retour-volontaire")
    assert ex.ctx.is_media_site


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        # the parts of a council's paper
        ("de", "Ausgangslage"),
        ("de", "Finanzielle Auswirkungen"),
        ("en", "EXECUTIVE SUMMARY"),
        ("en", "Recommendations"),
        ("nl", "Beslispunten"),
        ("fr", "Exposé des motifs"),
        # an annual report's foreword, its figures and its results
        ("fr", "Mot de la présidente"),
        ("fr", "Quelques chiffres"),
        ("nl", "Voorwoord"),
        ("en", "Results"),
        ("de", "Vorwort"),
        ("it", "Risultati"),
    ],
)
def test_the_parts_of_a_councils_paper_or_an_annual_report_are_generic_headings(lang: str, heading: str) -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import generic_heading

    assert generic_heading(heading, cues_for(lang))
