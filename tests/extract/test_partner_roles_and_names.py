"""Pages read in held38, held36 and held37 (session 49): a council's decision to join a project,
whose list gives each partner and its role ("Vzw X – promotor, coördineert het project", "Stad Y –
partner, ..."), not one project per line; an interview that gives the project's name after "heet",
its last words in lower case; a release whose numbered lines give a body, then its programme's
quoted name; a reception centre's page whose "Focus" heading quotes a workshop's name over its record
and payer lines; a project sheet whose "Rolverdeling:" lists its partners' tasks; a quote from "one
of the project's legal officers"; a release's sub-headline with a sum; an annual report's list line
over "Lead: X."; an association's "Zoom sur deux actions financées" over two marked headings."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, names, names_of, org, project

from migkg.loaders.extract.model import NATIONAL

DECISION_NL = (
    "Uittreksel uit de notulen van de gemeenteraad\n\n"
    "12. Partnerschapsovereenkomst AMIF-project 'Bruggenbouwers' met vzw Kompas Dender – goedkeuring\n\n"
    "Aanleiding en context\n"
    "Vzw Kompas Dender diende een projectaanvraag in bij het Asiel-, Migratie- en Integratiefonds "
    "(AMIF). Het project 'Bruggenbouwers' werd geselecteerd.\n"
    "De projectpartners en hun rol:\n"
    "* Vzw Kompas Dender – promotor, werft de vrijwilligers en coördineert het project;\n"
    "* Stad Denderhoek – partner, zorgt voor doorverwijzing;\n"
    "* Stad Aalbeke – partner, zelfde rol voor het eigen grondgebied.\n"
    "Projectduur: 1 januari 2024 tot en met 31 december 2026.\n"
)


def test_a_list_of_partners_and_their_roles_is_one_projects_partnership() -> None:
    ext = facts(DECISION_NL, "nl", url="https://www.denderhoek.example.be/gemeenteraad/notulen")
    labels = [p.label for p in ext.projects]
    # (before: each line was a project, labelled by its role: "Partner, zorgt voor doorverwijzing")
    assert not [label for label in labels if label.lower().startswith(("partner", "promotor"))], labels
    p = project(ext, "Bruggenbouwers")
    assert AMIF in p.funders
    assert set(p.implementers) == {org("Kompas Dender")}, p.implementers
    assert {org("Stad Denderhoek"), org("Stad Aalbeke")} <= set(p.partners), p.partners


def test_a_name_after_naming_words_runs_to_the_sentences_end() -> None:
    text = (
        "Waarover gaat het precies?\n"
        "“Het project heet Thuis op maat. We begeleiden erkende vluchtelingen naar een eigen woning. "
        "Het geld komt uit het Asiel-, Migratie- en Integratiefonds (AMIF).”\n"
    )
    ex = extractor(text, "nl", url="https://www.krant.example.be/leuven/interview")
    labels = [p.label for p in ex.projects]
    # (before: "Thuis", the name cut at its first word in lower case)
    assert "Thuis op maat" in labels, labels


RELEASE_EN = (
    "Contracts signed for two AMIF-funded integration programmes\n\n"
    "The Office today signed contracts with two non-governmental organisations. Both programmes run from "
    "1 March 2024 to 31 December 2026 and are co-financed by the Asylum, Migration and Integration Fund "
    "(AMIF) and the national budget.\n\n"
    "Who will do what\n\n"
    '1) Baltic Welcome Centre (Baltijas Sagaidīšanas Centrs) – programme "Orientation for new residents"\n'
    "Contract value: EUR 410,000.00\n"
    "Individual integration plans and help with housing.\n\n"
    '2) Lingua Institute (Lingua institūts) – programme "Latvian for everyday life"\n'
    "Contract value: EUR 300,000.00\n"
    "Language learning linked to everyday situations.\n"
)


def test_a_numbered_lines_body_then_a_quoted_programme_name_runs_that_programme() -> None:
    ext = facts(RELEASE_EN, "en", url="https://www.integration.example.lv/news/contracts")
    # (before: a word between the dash and the quotes hid the name; the body's name was the project,
    # the bracket's the runner)
    p = project(ext, "Orientation for new residents")
    assert set(p.implementers) == {org("Baltic Welcome Centre")}, p.implementers
    assert AMIF in p.funders
    assert set(project(ext, "Latvian for everyday life").implementers) == {org("Lingua Institute")}


FOCUS_FR = (
    "CADA de Valbonne\n"
    "Le centre d'accueil géré par l'association Accueil Val accompagne les demandeurs d'asile.\n"
    "Focus – Atelier « Premiers pas chez soi »\n"
    "Depuis 2023, Accueil Val propose aux réfugiés qui quittent le centre un atelier collectif de dix séances.\n"
    "Durée : du 1er janvier 2023 au 31 décembre 2025\n"
    "Coût total : 90 000 €\n"
    "Cofinancement Union européenne – Fonds Asile, Migration et Intégration (FAMI) : 60 000 €\n"
    "Cofinancement État – BOP 104 « Intégration et accès à la nationalité française » : 20 000 €\n"
    "Le reste est financé sur les fonds propres de l'association.\n"
)


def test_a_heading_that_quotes_a_name_over_its_records_lines_names_the_project() -> None:
    ext = facts(FOCUS_FR, "fr", url="https://www.accueil-val.example.fr/cada-valbonne")
    # (before: described between its heading and its lines, the record had no name; no project)
    p = project(ext, "Premiers pas chez soi")
    assert (p.start_year, p.end_year) == (2023, 2025)
    # the payer lines after the record's, their keys too long for a record line, are its own
    assert {AMIF, NATIONAL} <= set(p.funders), p.funders


def test_a_funding_noun_opens_no_organisations_name() -> None:
    found = names(
        "Cofinancement Union européenne – FAMI : 64 320 €\nFinanzierung Caritasverband Köln: 10.000 Euro\n", "fr"
    )
    # (before: "Cofinancement Union", a payer's line read as a body's name)
    assert not [n for n in found if n.lower().startswith(("cofinancement", "finanzierung"))], found


SHEET_NL = (
    "Projecten › Lopende projecten › TaalKans Waasland\n"
    "TaalKans Waasland\n"
    "Projectfiche\n"
    "Promotor:\n"
    "Welzijnshuis Waasland\n"
    "Looptijd:\n"
    "01/09/2023 – 31/08/2026\n"
    "Fonds:\n"
    "Asiel-, Migratie- en Integratiefonds (AMIF) 2021-2027\n"
    "Rolverdeling:\n"
    "• Welzijnshuis Waasland – coördinatie, aanwerving taalcoaches, contacten met werkgevers\n"
    "• Stad Temse en Gemeente Kruibeke – toeleiding via de sociale dienst, lokale praattafels\n"
    "Dit project wordt medegefinancierd door de Europese Unie.\n"
)


def test_a_lists_role_intro_makes_its_lines_partners_tasks_and_a_funding_sentence_names_nothing() -> None:
    ext = facts(SHEET_NL, "nl", title="TaalKans Waasland", url="https://www.welzijnshuis.example.be/taalkans")
    labels = [p.label for p in ext.projects]
    # (before: each task line ("coördinatie, aanwerving ...") was a project run by the line's body, and
    # "Project wordt medegefinancierd door de Europese Unie" was a project's name)
    assert not [
        label for label in labels if label.lower().startswith(("coördinatie", "toeleiding", "project wordt"))
    ], labels


def test_what_a_project_has_after_its_possessive_is_no_name() -> None:
    text = (
        "LEGAL LINK\n"
        "LEGAL LINK set out to change that. The project was co-financed by the Asylum, Migration and "
        "Integration Fund (AMIF).\n"
        '"Information is protection. People who understand the procedure are better able to tell their '
        'story," says Anna Borg, one of the project\'s legal officers. "Some of the people we met had never '
        'spoken to a lawyer."\n'
    )
    ex = extractor(text, "en", url="https://www.harbour.example.mt/projects/legal-link")
    labels = [p.label for p in ex.projects]
    # (before: "S legal officers", the words after "project's", was a project)
    assert not [label for label in labels if "legal officers" in label.lower()], labels


def test_a_headline_with_a_sum_names_no_project() -> None:
    text = (
        "Neue Migrationsberatung „Lotse“ startet im April\n"
        "Landkreis Nordheim beteiligt sich mit 100.000 Euro an EU-gefördertem Projekt\n\n"
        "Durchgeführt wird das Projekt „Lotse“ vom Caritasverband Nordheim e. V. Das Gesamtvolumen beläuft sich "
        "auf 500.000 Euro. Davon werden bis zu 400.000 Euro aus dem Asyl-, Migrations- und Integrationsfonds "
        "(AMIF) bereitgestellt.\n"
    )
    ex = extractor(text, "de", url="https://www.landkreis-nordheim.example.de/presse/lotse")
    labels = [p.label for p in ex.projects]
    # (before: the sub-headline with its sum was a project beside „Lotse“)
    assert not [label for label in labels if label.startswith("Landkreis")], labels


def test_a_runners_key_under_a_list_line_outranks_its_brackets() -> None:
    text = (
        "Projects funded by AMIF:\n\n"
        "* Baltic Integration Network (Baltijas Integrācijas Tīkls)\n"
        "  Lead: Gateway Riga. Partners: Riga City Council.\n"
        "  Information points and language classes for third-country nationals.\n"
        "  Co-financed 75% from the Asylum, Migration and Integration Fund and 25% from the state budget.\n"
    )
    ex = extractor(text, "en", url="https://www.gatewayriga.example.lv/annual-report-2023")
    p = project(ex, "Baltic Integration Network")
    # (before: the name in the other language, in brackets, ran the project)
    assert names_of(ex, p.implementers) == {"Gateway Riga"}, p.implementers


PARTNERS_FR = (
    "Nos partenaires financiers\n\n"
    "Horizon Solidaire accompagne chaque année 300 personnes exilées à Tours.\n\n"
    "Zoom sur deux actions financées\n\n"
    "▸ Passerelle Emploi\n\n"
    "Parcours de neuf mois associant français à visée professionnelle et stages en entreprise pour des "
    "personnes bénéficiaires d'une protection internationale.\n"
    "Période : du 1er janvier 2024 au 31 décembre 2026\n"
    "dont FAMI : 150 000 €\n\n"
    "▸ Parents d'ici\n\n"
    "Depuis 2021, des ateliers hebdomadaires réunissent parents primo-arrivants et parents du quartier autour "
    "de la scolarité des enfants. L'action est soutenue par la Région Centre-Val de Loire : 12 000 €.\n"
)


def test_a_marked_line_alone_over_prose_is_a_heading_and_a_heading_may_announce_its_count() -> None:
    ext = facts(PARTNERS_FR, "fr", url="https://www.horizon-solidaire.example.fr/partenaires")
    # (before: "▸ Passerelle Emploi" was a list's item, and the announcing heading stood past the
    # page's first lines: no project but the site's name)
    assert AMIF in project(ext, "Passerelle Emploi").funders
    assert org("Région Centre-Val de Loire") in project(ext, "Parents d'ici").funders
