"""Names behind elided articles and generic nouns, runners announced at a sentence's start, list lines
that give a title and then their runner, and organisations that pay a sum or the rest beside a fund
(texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import AMIF, extractor, facts, names, names_of, org, project, runners_of

from migkg.loaders.extract.model import NATIONAL


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le diplôme est porté par l'Université de Valmont depuis 2023.", "Université de Valmont"),
        ("it", "Il corso è gestito dall'Istituto Marconi di Vallebruna.", "Istituto Marconi di Vallebruna"),
    ],
)
def test_a_head_noun_behind_an_elided_article_makes_a_name(lang: str, text: str, expected: str) -> None:
    assert expected in names(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les ateliers du centre social Jean Moulin reprennent.", "centre social Jean Moulin"),
        ("it", "A Vallebruna lavora la cooperativa sociale Arcobaleno.", "cooperativa sociale Arcobaleno"),
        ("nl", "Het project van de vzw Open Huis loopt twee jaar.", "vzw Open Huis"),
    ],
)
def test_a_lower_case_generic_noun_before_a_name_makes_a_name(lang: str, text: str, expected: str) -> None:
    assert expected in names(text, lang)


def test_a_german_genitive_compound_head_makes_a_name() -> None:
    text = "Anmeldung bei der Beratung des Diakonieverbands für die Stadt Kelsterbach am Markt."
    assert "Diakonieverbands für die Stadt Kelsterbach" in names(text, "de")


def test_an_organisation_named_for_the_town_it_serves_is_not_the_town() -> None:
    text = "Anmeldung bei der Beratung des Diakonieverbands für die Stadt Kelsterbach am Markt.\n"
    ex = extractor(text, "de")
    assert [o.name for o in ex.ctx.orgs] == ["Diakonieverbands für die Stadt Kelsterbach"]


def test_a_runner_after_a_fronted_cue_and_other_words_runs_the_project() -> None:
    text = (
        "Neues Projekt für geflüchtete Frauen\n\n"
        "Das Projekt „Brückenjahr“ startet im März 2025 und wird aus dem Asyl-, Migrations- und "
        "Integrationsfonds (AMIF) gefördert.\n\n"
        "Getragen wird „Brückenjahr“ vom Bildungswerk Talheim, das seit Jahren Sprachkurse anbietet.\n"
    )
    ex = extractor(text, "de", url="https://www.talbote-example.de/lokales/brueckenjahr")
    runs = runners_of(ex, AMIF)
    assert any("bildungswerk-talheim" in o for o in runs), runs


def test_a_sentence_opening_with_who_manages_names_the_runner_of_a_news_item() -> None:
    text = (
        "Vallebruna, apre lo sportello per i minori soli\n\n"
        "Lo sportello offre consulenza legale ai ragazzi arrivati senza famiglia. Il progetto «Approdo» vale "
        "300 mila euro: 260 mila arrivano dal Fondo Asilo, Migrazione e Integrazione (FAMI).\n\n"
        "A gestire lo sportello è la cooperativa sociale Arcobaleno, attiva in città da dieci anni.\n"
    )
    ex = extractor(text, "it", url="https://www.corriere-valle-example.it/cronaca/sportello")
    runs = runners_of(ex, AMIF)
    assert any("arcobaleno" in o for o in runs), runs


def test_a_list_line_with_a_title_then_its_runner_as_subject_is_a_project_run_by_it() -> None:
    text = (
        "Three projects approved under AMIF\n\n"
        "The approved projects are the following:\n"
        "1. Language cafés for newcomers. The Riverside Learning Centre will run weekly cafés in two "
        "libraries. Fund: AMIF.\n"
        "2. Housing advice desk. Northfield Housing Association will open a desk for recognised refugees. "
        "Fund: AMIF.\n"
        "3. Legal clinics. With the support of volunteers, the Eastbay Law Centre will hold monthly clinics. "
        "Fund: AMIF.\n"
    )
    ex = extractor(text, "en", url="https://www.home-office-example.gov/press/three-projects")
    cafes = project(ex, "Language cafés")
    assert any("riverside-learning-centre" in o for o in cafes.implementers), list(cafes.implementers)
    desk = project(ex, "Housing advice desk")
    assert any("northfield-housing-association" in o for o in desk.implementers), list(desk.implementers)
    # the third line's second sentence opens with another phrase than its subject: no title-then-runner
    assert not [p for p in ex.projects if p.label == "Legal clinics" and p.rule == "_title_then_runner"]


@pytest.mark.parametrize(
    ("lang", "text", "payer"),
    [
        (
            "de",
            "Jobstart für Frauen\n\nTräger des Projekts „Jobstart“ ist das Bildungswerk Talheim. Die Kosten von "
            "400.000 Euro werden zu 75 Prozent aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) finanziert. "
            "Den Rest trägt das Land Niederösterreich.\n",
            "land-niederosterreich",
        ),
        (
            "it",
            "Sportello minori\n\nIl progetto Approdo è gestito dalla cooperativa sociale Arcobaleno. Il progetto "
            "vale 300 mila euro: 260 mila euro arrivano dal Fondo Asilo, Migrazione e Integrazione (FAMI), mentre "
            "40 mila euro sono messi dal Comune di Vallebruna.\n",
            "comune-di-vallebruna",
        ),
    ],
)
def test_an_organisation_that_pays_a_sum_or_the_rest_beside_a_fund_cofunds_the_project(
    lang: str, text: str, payer: str
) -> None:
    ex = extractor(text, lang, url="https://www.lokalblatt-example.org/artikel")
    funded = [p for p in ex.projects if AMIF in p.funders and p.implementers]
    assert len(funded) == 1, [(p.label, list(p.funders)) for p in ex.projects]
    assert any(payer in f for f in funded[0].funders), list(funded[0].funders)
    assert not any(payer in o for o in funded[0].implementers), list(funded[0].implementers)


def test_a_dash_between_spaces_separates_a_name_from_what_follows() -> None:
    found = names("Northfield Housing Association – Family Support Hub, Leeds: €40,000", "en")
    assert "Northfield Housing Association" in found, found
    assert not [n for n in found if "–" in n], found
    # a dash without spaces stays inside a name
    assert "Anglo-Irish Refugee Council" in names("Funding goes to the Anglo-Irish Refugee Council.", "en")


def test_a_list_of_grants_whose_lines_begin_with_a_name_and_a_spaced_dash_gives_one_project_each() -> None:
    text = (
        "Minister announces AMIF grants\n\n"
        "The successful applicants and the AMIF amounts awarded are:\n"
        "- Northfield Housing Association – Family Support Hub, Leeds: €40,000\n"
        "- Eastbay Refugee Council – legal information clinics: €55,000\n"
        "- Riverside Learning Centre – language cafés for newcomers: €21,000\n"
    )
    ex = extractor(text, "en", url="https://www.home-office-example.gov/press/grants")
    runners = {o.rsplit("/", 1)[-1] for o in runners_of(ex, AMIF)}
    assert runners == {"northfield-housing-association", "eastbay-refugee-council", "riverside-learning-centre"}


def test_the_runner_named_after_its_role_noun_runs_the_project_and_a_payer_does_not() -> None:
    text = (
        "Werkfit Oost helpt statushouders aan werk\n\n"
        "Het project Werkfit Oost loopt sinds 2023 en kreeg 400.000 euro uit het Europese Asiel-, Migratie- en "
        "Integratiefonds (AMIF). De gemeente Hengelo legt er zelf 100.000 euro bij.\n\n"
        "Veel deelnemers wonen nog in het azc. De uitvoerder, Stichting Samen Verder, werkt samen met werkgevers "
        "uit de regio.\n"
    )
    ex = extractor(text, "nl", url="https://www.twentsekrant-example.nl/werkfit")
    p = project(ex, "Werkfit Oost")
    assert [o.rsplit("/", 1)[-1] for o in p.implementers] == ["stichting-samen-verder"]
    assert AMIF in p.funders and any("gemeente-hengelo" in f for f in p.funders), list(p.funders)


def test_list_lines_of_title_runner_and_money_between_dashes_give_each_title_its_runner() -> None:
    text = (
        "Goedgekeurde AMIF-projecten\n\n"
        "Na advies van het selectiecomité zijn de volgende projecten goedgekeurd:\n"
        "• Veilige Haven – Stichting Open Deur – € 412.560,00\n"
        "• Samen Sterk – Buurtwerk Noord vzw – € 298.740,00\n"
        "• Welkom Loket – Sociaal Huis Aalst – € 240.000,00\n"
        "De vermelde bedragen zijn de AMIF-bijdrage. De projecten lopen van 1 januari 2024 tot 31 december 2026.\n"
    )
    ex = extractor(text, "nl", url="https://www.agentschap-example.be/nieuws/amif")
    runs = {p.label: [o.rsplit("/", 1)[-1] for o in p.implementers] for p in ex.projects}
    assert runs == {
        "Veilige Haven": ["stichting-open-deur"],
        "Samen Sterk": ["buurtwerk-noord"],
        "Welkom Loket": ["sociaal-huis-aalst"],
    }, runs
    # the sentence about all the projects, two sentences after the list, gives each its years
    assert all((p.start_year, p.end_year) == (2024, 2026) for p in ex.projects)


def test_the_states_share_beside_the_unions_on_a_list_page_cofunds_every_line() -> None:
    text = (
        "Minister announces AMIF grants\n\n"
        "The successful applicants and the AMIF amounts awarded are:\n"
        "- Northfield Housing Association – Family Support Hub, Leeds: €40,000\n"
        "- Eastbay Refugee Council – legal information clinics: €55,000\n\n"
        "The amounts above are the EU contribution, which covers 75% of eligible costs. The remaining 25% "
        "is covered by the state budget.\n"
    )
    ex = extractor(text, "en", url="https://www.home-office-example.gov/press/grants")
    funded = [p for p in ex.projects if AMIF in p.funders]
    assert len(funded) == 2
    assert all(NATIONAL in p.funders for p in funded), [(p.label, list(p.funders)) for p in funded]


def test_the_rest_that_comes_from_an_organisation_cofunds_the_project() -> None:
    text = (
        "Samen Thuis\n\n"
        "Samen Thuis is een project van de vzw Open Huis voor erkende vluchtelingen.\n\n"
        "Samen Thuis wordt voor 75 % (€ 300.000) gefinancierd door het Asiel-, Migratie- en Integratiefonds. "
        "De overige 25 % (€ 100.000) komt van de provincie Oost-Vlaanderen.\n"
    )
    ex = extractor(text, "nl", url="https://www.openhuis-example.be/projecten/samen-thuis")
    p = project(ex, "Samen Thuis")
    assert any("provincie-oost-vlaanderen" in f for f in p.funders), list(p.funders)


def test_list_lines_in_lower_case_after_one_projects_intro_name_no_projects() -> None:
    text = (
        "Buddy Plus\n\n"
        "Buddy Plus wordt gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF). Het nieuwe project:\n"
        "• breidt uit naar Leuven en Mechelen;\n"
        "• voorziet een apart traject voor jongvolwassenen;\n"
        "• werkt met een brugfiguur per stad.\n"
    )
    ex = extractor(text, "nl", url="https://www.buddyplus-example.be/project")
    assert not [p.label for p in ex.projects if p.rule == "find_list_items"]


def test_an_organisation_on_a_line_of_a_breakdown_beside_a_funds_line_cofunds_the_project() -> None:
    text = (
        "Passerelle Emploi\n\n"
        "Depuis 2024, notre association Horizons Vivarais porte le projet Passerelle Emploi pour les réfugiés. "
        "Le projet est cofinancé par le Fonds Asile, Migration et Intégration.\n\n"
        "Financement\n"
        "- Fonds Asile, Migration et Intégration (FAMI) : 291 720 €\n"
        "- Département de la Drôme : 60 000 €\n"
        "- Fonds propres : 37 240 €\n"
    )
    ex = extractor(text, "fr", url="https://www.horizons-vivarais-example.fr/passerelle")
    funded = [p for p in ex.projects if AMIF in p.funders]
    assert len(funded) == 1
    assert any("departement-de-la-drome" in f for f in funded[0].funders), list(funded[0].funders)


def test_the_unions_funding_notice_as_a_heading_names_no_project() -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import not_a_project

    assert not_a_project("Projet cofinancé par l'Union européenne", cues_for("fr"))
    assert not_a_project("Co-funded by the European Union", cues_for("en"))
    assert not not_a_project("Werkstatt Zukunft, gefördert durch den AMIF", cues_for("de"))


def test_a_name_set_beside_an_indefinite_project_noun_names_the_project_and_its_later_sentences_are_its_own() -> None:
    text = (
        "New start in Kilbeg\n\n"
        "The group are all taking part in Fresh Start, a programme for people living in accommodation centres "
        "in the county. It offers English classes and work placements.\n\n"
        "Fresh Start began in January 2023. It received €300,000 from the EU's Asylum, Migration and "
        "Integration Fund (AMIF).\n\n"
        "Fresh Start is run by Kilbeg Community Partnership, the local development company.\n"
    )
    ex = extractor(text, "en", url="https://www.kilbeg-observer-example.ie/news/fresh-start")
    p = project(ex, "Fresh Start")
    assert AMIF in p.funders, list(p.funders)
    assert any("kilbeg-community-partnership" in o for o in p.implementers), list(p.implementers)


def test_a_members_party_in_parentheses_is_no_organisation() -> None:
    ex = extractor("Vragen van het lid Verhoef (GPN) aan de minister over het AMIF.\n", "nl")
    assert not [o.name for o in ex.ctx.orgs if o.name == "GPN"]


def test_an_official_gazettes_site_owns_nothing() -> None:
    text = "Officiële bekendmakingen\n\nAntwoord op vragen over het AMIF. Officiële bekendmakingen publiceert.\n"
    ex = extractor(text, "nl", url="https://zoek.officielebekendmakingen.nl/kv-2024-123.html")
    assert ex.ctx.site_owner is None


def test_a_short_name_a_news_page_quotes_twice_is_its_project() -> None:
    text = (
        "Geflüchtete Frauen finden den Weg in den Job\n\n"
        "Mit „WegWeiser“ sollen in den nächsten drei Jahren rund 100 Frauen in Talheim auf den Arbeitsmarkt "
        "vorbereitet werden. „Ich habe drei Kinder, und ohne Deutsch wollte mich niemand nehmen“, erzählt eine "
        "Teilnehmerin.\n\n"
        "„WegWeiser“ läuft bis 2027. Von den Kosten übernimmt der Asyl-, Migrations- und Integrationsfonds der EU "
        "rund 300.000 Euro.\n"
    )
    ex = extractor(text, "de", url="https://www.talbote-example.de/lokales/wegweiser")
    assert [p.label for p in ex.projects] == ["WegWeiser"]


def test_the_name_of_a_cleft_sentence_runs_the_project() -> None:
    # "C'est l'asbl X, née ..., qui coordonne l'ensemble": X runs the page's project
    text = (
        "Lancé en 2023, le projet Clé des Champs court jusqu'en 2025. Il est financé par le Fonds Asile, "
        "Migration et Intégration (FAMI). Le CPAS de Hamoir prête deux logements.\n\n"
        "C'est l'asbl Pierre d'Angle, née en 2015 d'un collectif citoyen, qui coordonne l'ensemble."
    )
    ex = extractor(text, "fr")
    p = project(ex, "Clé des Champs")
    assert names_of(ex, p.implementers) == {"Pierre d'Angle"}, names_of(ex, p.implementers)


def test_a_province_that_has_added_a_sum_pays() -> None:
    # "La Province de Namur a ajouté 20.000 euros": a past form of a contributing verb
    text = (
        "Le projet Clé des Champs de l'asbl Pierre d'Angle est budgété à 200.000 euros, dont 150.000 euros "
        "proviennent du FAMI. La Province de Namur a ajouté 20.000 euros, le solde étant couvert par des dons."
    )
    ex = extractor(text, "fr")
    p = project(ex, "Clé des Champs")
    assert org("Province de Namur") in p.funders, names_of(ex, p.funders)


PREFECTURE_RELEASE = (
    "Intégration des réfugiés : l'État soutient deux actions dans le Cantal\n\n"
    "Communiqué de presse\n\n"
    "Le préfet du Cantal a présenté mardi deux actions portées par des associations du département, l'une "
    "soutenue sur crédits nationaux, l'autre au titre du fonds européen Asile, migration et intégration.\n\n"
    "Parler pour agir\n\n"
    "À Aurillac, l'association Lien Cantal organise des ateliers de français. L'action bénéficie en 2024 "
    "d'une subvention de l'État de 30 000 €.\n\n"
    "Cap Emploi Cantal\n\n"
    "L'association Tremplin 15 accompagne les réfugiés vers l'emploi du 1er avril 2024 au 31 mars 2026. "
    "Le projet est cofinancé à hauteur de 90 000 € par le Fonds Asile, migration et intégration (FAMI). "
    "En France, le FAMI est géré par le ministère de l'Intérieur, autorité de gestion du programme.\n\n"
    "Chiffres clés 2024 dans le Cantal\n\n• 320 contrats d'intégration républicaine signés"
)


def test_a_prefectures_release_of_two_actions_under_their_headings() -> None:
    # "deux actions" announced, two headings after "Communiqué de presse" (the page's kind, no
    # project); each association runs its own; "Cantal" of cantal.gouv.fr is the territory the
    # state's site serves, no runner; the ministry that manages the fund runs nothing
    url = "https://www.cantal.gouv.fr/actualites/integration-deux-actions"
    title = "Intégration des réfugiés : l'État soutient deux actions dans le Cantal"
    ext = facts(PREFECTURE_RELEASE, "fr", url=url, title=title)
    assert {p.label for p in ext.projects} == {"Parler pour agir", "Cap Emploi Cantal"}
    assert set(project(ext, "Parler pour agir").implementers) == {org("Lien Cantal")}
    cap = project(ext, "Cap Emploi Cantal")
    assert set(cap.implementers) == {org("Tremplin 15")} and set(cap.funders) == {AMIF}
