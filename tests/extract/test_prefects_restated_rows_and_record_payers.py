"""Pages read in held32 (session 42): a préfecture's list of grants under its prefect's name, with a
fund named for two rows after the table; an association's project records whose "Ente
finanziatore" lines name payers; a district's release whose second section gives its runner on a
record line; a council decision on an Interreg project; a Landtag answer's table; an annual report's
table; a news story on a repaid grant; a story whose project has a short name and a long one; an
MEP's page quoting the Commission's answer; a project page that lists its audience."""

from __future__ import annotations

from extract_helpers import AMIF, FUND, IOM, canonical, extractor, facts, mention_names, names_of, project

NATIONAL = FUND + "NATIONAL"
ERDF, INTERREG = FUND + "ERDF", FUND + "INTERREG"


# A prefecture's press release: the prefect selects the grants of the state's programme 104.
PREFECT_GRANTS_FR = (
    "Intégration des primo-arrivants : trois projets soutenus en 2025\n\n"
    "Le préfet de la Creuse a retenu trois projets à l'issue de l'appel à projets départemental. "
    "Ils sont financés sur les crédits du programme 104 du budget de l'État :\n"
    "- Association Trait d'Union Creuse : ateliers de français à Guéret – 14 000 €\n"
    "- Centre social Les Tilleuls : permanences numériques – 9 500 €\n"
    "- Mission locale de la Creuse : parcours vers l'emploi des jeunes réfugiés – 21 000 €\n"
)


def test_a_prefect_named_with_his_departement_grants_the_states_money() -> None:
    ex = extractor(PREFECT_GRANTS_FR, "fr", url="https://www.creuse.gouv.fr/actualites/integration-2025")
    prefecture = [o for o in ex.ctx.orgs if o.name == "Préfecture de la Creuse"]
    # (before: "le préfet de la Creuse" was a person's title, and no body paid the grants)
    assert prefecture, sorted(mention_names(ex))
    iri = prefecture[0].iri
    paid = [p for p in ex.projects if NATIONAL in p.funders]
    assert len(paid) == 3, [(p.label, list(p.funders)) for p in ex.projects]
    for p in paid:
        assert iri in p.funders, (p.label, list(p.funders))
        assert iri not in p.implementers, (p.label, list(p.implementers))


PREFECT_SIGNS_FAMI_FR = (
    "Trois conventions FAMI signées en préfecture\n\n"
    "Le préfet de la Creuse a signé trois conventions de financement au titre du Fonds asile, "
    "migration et intégration (FAMI), dont la gestion est confiée au préfet de région :\n"
    "- Association Trait d'Union Creuse : ateliers de français à visée professionnelle – 80 000 € de FAMI ;\n"
    "- Centre social Les Tilleuls : accompagnement des familles – 45 000 € de FAMI.\n"
    "Le cofinancement national complète chaque projet.\n"
)


def test_a_prefect_who_signs_fami_conventions_grants_nothing_of_his_own() -> None:
    # A guard: where national money is only a fund's co-financing, the préfecture passes the fund
    # on and pays no project (it passed before too: the prefect was no body then).
    ex = extractor(PREFECT_SIGNS_FAMI_FR, "fr", url="https://www.creuse.gouv.fr/actualites/fami")
    prefecture = {o.iri for o in ex.ctx.orgs if o.name.startswith("Préfecture")}
    assert not any(prefecture & set(p.funders) for p in ex.projects), [(p.label, list(p.funders)) for p in ex.projects]


# A table of the state's grants, then a fund named after it for two of its rows only.
FUND_AFTER_TABLE_FR = (
    "Les lauréats 2025\n\n"
    "Porteur de projet | Action | Montant attribué (BOP 104)\n"
    "Accueil Solidaire du Berry (ASB) | Ateliers sociolinguistiques du soir | 30 000 €\n"
    "Maison des Langues | Café des parents | 12 000 €\n"
    "Mission locale du Cher | Parcours Cap Avenir | 25 000 €\n\n"
    "Deux projets cofinancés par l'Union européenne\n"
    "Deux actions bénéficient aussi du Fonds asile, migration et intégration (FAMI) :\n"
    "• ASB – ateliers sociolinguistiques : 60 000 € de FAMI sur la période 2025-2027 ;\n"
    "• Mission locale du Cher – Cap Avenir : 40 000 € de FAMI sur la période 2025-2026.\n"
)


def test_a_fund_named_after_a_table_pays_only_the_row_it_names() -> None:
    ex = facts(FUND_AFTER_TABLE_FR, "fr", url="https://www.cher.gouv.fr/laureats-2025")
    ateliers = project(ex, "Ateliers sociolinguistiques")
    cafe = project(ex, "Café des parents")
    # (before: the page's FAMI paid every row, and the bullet made a project "FAMI sur la période")
    assert AMIF in ateliers.funders and AMIF not in cafe.funders, (list(ateliers.funders), list(cafe.funders))
    assert (ateliers.start_year, ateliers.end_year) == (2025, 2027)
    assert ateliers.amounts[AMIF][0] == 60000
    assert not any("période" in p.label for p in ex.projects), [p.label for p in ex.projects]
    assert len(ex.projects) == 3, [p.label for p in ex.projects]


# A prefect's list of grants, then one line's runner named again with a fund of its own.
FUND_OF_ONE_ITEM_FR = (
    "Intégration des primo-arrivants : quatre projets retenus en 2025\n\n"
    "À l'issue de l'appel à projets départemental, le préfet du Cantal a retenu quatre projets "
    "portés par des associations. Ils bénéficieront en 2025 d'un financement de 80 000 euros, au "
    "titre des crédits du programme 104 du budget de l'État.\n\n"
    "Ces projets s'inscrivent dans les priorités fixées par la circulaire ministérielle : "
    "apprentissage du français, accès à l'emploi et au logement.\n\n"
    "Quelques exemples de projets soutenus :\n\n"
    "- Association Langues Partagées : ateliers de conversation à Aurillac – 15 000 €\n"
    "- Association Habitat Solidaire : colocations pour jeunes réfugiés – 22 000 €\n\n"
    "Le projet de l'Association Habitat Solidaire bénéficie en outre d'un cofinancement européen de "
    "30 000 € au titre du Fonds asile, migration et intégration (FAMI).\n"
)


def test_a_fund_said_after_a_list_of_one_lines_runner_is_not_the_other_lines() -> None:
    ex = facts(FUND_OF_ONE_ITEM_FR, "fr", url="https://www.cantal.gouv.fr/integration")
    langues = project(ex, "ateliers de conversation")
    # (before: the page's only fund, FAMI, paid every line that named no payer of its own)
    assert AMIF not in langues.funders, list(langues.funders)
    assert any(AMIF in p.funders for p in ex.projects), [(p.label, list(p.funders)) for p in ex.projects]


# An association's project records: "Ente finanziatore" names who pays, not who runs.
RECORD_PAYERS_IT = (
    "Progetti\n\n"
    "PONTI DI LINGUA\n"
    "Corsi di italiano per madri con bambini piccoli.\n"
    "Ente finanziatore: Fondazione Cassa di Risparmio di Lucca\n"
    "Durata: 2024\n"
    "Contributo: € 18.000\n\n"
    "LAVORO IN RETE\n"
    "Orientamento al lavoro per giovani migranti.\n"
    "Ente finanziatore: Regione Toscana – Programma FSE+ 2021-2027\n"
    "Durata: gennaio 2023 – dicembre 2024\n"
    "Contributo: € 120.000\n\n"
    "CASA COMUNE\n"
    "Accoglienza e orientamento per neomaggiorenni.\n"
    "Ente finanziatore: Fondo Asilo, Migrazione e Integrazione (FAMI) – Ministero dell'Interno, Autorità "
    "Responsabile\n"
    "Durata: 2020 – 2022\n"
    "Costo totale: € 150.000\n"
)


def test_an_ente_finanziatore_line_names_payers_not_runners() -> None:
    ex = extractor(RECORD_PAYERS_IT, "it", url="https://www.associazioneponti.example.it/progetti/")
    ponti = next(p for p in ex.projects if p.label.startswith("PONTI"))
    lavoro = next(p for p in ex.projects if p.label.startswith("LAVORO"))
    casa = next(p for p in ex.projects if p.label.startswith("CASA"))
    # (before: the foundation ran its own grant, and the page's funds paid it)
    assert names_of(ex, ponti.funders) == {"Fondazione Cassa di Risparmio di Lucca"}, names_of(ex, ponti.funders)
    assert not names_of(ex, ponti.implementers) & {"Fondazione Cassa di Risparmio di Lucca"}
    # the region whose programme passes the ESF+ on, and the fund's authority, pay nothing
    assert not any("Regione" in n for n in names_of(ex, lavoro.funders)), names_of(ex, lavoro.funders)
    assert not any("Ministero" in n for n in names_of(ex, casa.funders)), names_of(ex, casa.funders)
    assert AMIF in casa.funders


# A district's release: two numbered projects, the second's record lines after its paragraph.
RUNNER_RECORD_LINE_DE = (
    "Zwei neue Förderprojekte für Geflüchtete\n\n"
    "Landkreis Nordheide. Zwei Förderzusagen aus europäischen Programmen sind in den vergangenen "
    "Wochen im Kreishaus eingegangen.\n\n"
    "„Mit den beiden Projekten schließen wir Lücken“, sagt Kreisrätin Dr. Anja Berg.\n\n"
    "1) Netzwerk „Arbeit im Norden“\n"
    "Das Netzwerk begleitet Geflüchtete auf dem Weg in Ausbildung und Beschäftigung.\n\n"
    "Träger: Bildungswerk Küste gGmbH (Verbundkoordination)\n"
    "Kooperationspartner: Jobcenter Nordheide\n"
    "Laufzeit: 01.10.2023 – 30.09.2026\n"
    "Fördervolumen: rund 1,2 Mio. Euro aus Mitteln des ESF Plus\n\n"
    "Das Vorhaben wird durch die Europäische Union über den Europäischen Sozialfonds Plus (ESF Plus) "
    "gefördert.\n\n"
    "2) „Beratung vor Ort“\n"
    "Statt Ratsuchende ins Kreishaus zu schicken, kommt die Beratung zu ihnen. Ein digitaler "
    "Terminkalender ergänzt das Angebot.\n\n"
    "Träger: Verein Brücke Nord e.V.\n"
    "Laufzeit: 01.01.2024 – 31.12.2026\n"
    "Gesamtvolumen: 400.000 Euro\n"
    "davon AMIF-Zuschuss: 300.000 Euro (75 %)\n"
    "Kofinanzierung Landkreis Nordheide: 50.000 Euro\n\n"
    "Die Mittel stammen aus dem Asyl-, Migrations- und Integrationsfonds (AMIF). Den verbleibenden "
    "Anteil trägt der Verein Brücke Nord aus Eigenmitteln.\n"
)


def test_a_traeger_line_after_the_last_sections_paragraph_names_its_runner() -> None:
    ex = extractor(RUNNER_RECORD_LINE_DE, "de", url="https://www.landkreis-nordheide.example.de/presse/214")
    beratung = next(p for p in ex.projects if p.label.startswith("Beratung vor Ort"))
    # (before: the last section ended at its paragraph, and the runner, who also pays its own
    # share, was no subject that runs)
    assert canonical(ex, beratung.implementers) == {"Brücke Nord e.V."}, canonical(ex, beratung.implementers)
    assert (beratung.start_year, beratung.end_year) == (2024, 2026)


# A council decision on an Interreg project: the body named first after "dem", then on its lead
# partner's line; the money's source in the finance part, far from the project's name.
INFLECTED_NAME_DE = (
    "Beschlussvorlage\n"
    "Vorlage Nr.: 2024/112\n\n"
    "Betreff:\n"
    "Beteiligung der Stadt als Projektpartner am Interreg-Projekt „Lotsen am Fluss – "
    "grenzüberschreitende Integrationslotsen“ und Bereitstellung des städtischen "
    "Kofinanzierungsanteils\n\n"
    "Sachverhalt:\n\n"
    "1. Ausgangslage\n"
    "Das Sachgebiet Integration hat seit 2022 gemeinsam mit dem Regionalen Integrationsnetz Süd "
    "(RIS) ein Lotsenmodell entwickelt.\n\n"
    "2. Das Projekt\n"
    "Leadpartner: Regionales Integrationsnetz Süd (RIS)\n"
    "Projektpartner: Stadt Talheim, Volkshochschule Talheim\n"
    "Laufzeit: 01.01.2024 – 31.12.2026\n\n"
    "3. Finanzierung\n"
    "Gesamtkosten: 1.000.000 Euro\n"
    "davon Interreg-Förderung aus dem Europäischen Fonds für regionale Entwicklung (EFRE), "
    "Fördersatz 60 %: 600.000 Euro\n"
    "Eigenanteile der Partner: 400.000 Euro\n"
)


def test_a_name_an_article_inflects_takes_the_spelling_no_article_inflects() -> None:
    ex = extractor(INFLECTED_NAME_DE, "de", url="https://www.talheim.example.de/ris/vorlage-112")
    p = next(p for p in ex.projects if p.label.startswith("Lotsen am Fluss"))
    # (before: two bodies, "Regionalen Integrationsnetz Süd" running it under the dative's spelling)
    assert canonical(ex, p.implementers) == {"Regionales Integrationsnetz Süd"}, canonical(ex, p.implementers)


def test_interreg_money_from_the_erdf_is_paid_by_both() -> None:
    ex = extractor(INFLECTED_NAME_DE, "de", url="https://www.talheim.example.de/ris/vorlage-112")
    p = next(p for p in ex.projects if p.label.startswith("Lotsen am Fluss"))
    # (before: Interreg alone, though the page says its money comes from the ERDF)
    assert {INTERREG, ERDF} <= set(p.funders), list(p.funders)


# A Landtag answer's table: a body's name with "und" inside one cell.
AND_INSIDE_A_CELL_DE = (
    "Im Regierungsbezirk werden folgende Vorhaben aus dem AMIF gefördert:\n\n"
    "Nr. | Titel | Träger | Laufzeit | AMIF-Mittel (Euro)\n"
    "1 | Rückkehrwege Süd | Bayerisches Landesamt für Asyl und Rückführungen | 01.07.2022–30.06.2025 | 930.500\n"
    "2 | Mütter lernen Deutsch | Frauenhilfe Ostalb e. V. | 01.09.2022–31.08.2024 | 410.000\n"
)


def test_a_name_the_shapes_read_across_und_stays_one_body_in_a_cell() -> None:
    ex = extractor(AND_INSIDE_A_CELL_DE, "de", url="https://www.landtag.example.de/drucksache/19-1234")
    p = next(p for p in ex.projects if p.label.startswith("Rückkehrwege"))
    # (before: "Bayerisches Landesamt für Asyl" and "Rückführungen", two runners)
    assert names_of(ex, p.implementers) == {"Bayerisches Landesamt für Asyl und Rückführungen"}, names_of(
        ex, p.implementers
    )


# An Austrian association's table: a town's government as "Stadtgemeinde X", sums under "Summe".
STADTGEMEINDE_DE = (
    "Unsere Projekte im Überblick\n\n"
    "Projekt | Fördergeber | Laufzeit | Summe\n"
    "Deutsch im Park | AMIF | 01/2024 – 12/2025 | € 120.000,00\n"
    "Lernhilfe Sommer | Stadtgemeinde Rohrbach | 07/2024 – 08/2024 | € 6.200,00\n"
)


def test_a_stadtgemeinde_pays_its_row_and_the_summe_column_is_money() -> None:
    ex = extractor(STADTGEMEINDE_DE, "de", url="https://www.verein-perspektive.example.at/jahresbericht")
    p = next(p for p in ex.projects if p.label.startswith("Lernhilfe"))
    # (before: the row had no payer the shapes could read, and no project)
    assert names_of(ex, p.funders) == {"Stadtgemeinde Rohrbach"}, names_of(ex, p.funders)
    park = next(q for q in ex.projects if q.label.startswith("Deutsch im Park"))
    assert any(v == 120000 for v, _c, _e in park.amounts.values()), park.amounts


# A news story: a project must repay part of its grant; its sequel has no EU money planned.
SEQUEL_NL = (
    "Gemeente moet Europees geld terugbetalen voor taalproject\n\n"
    "Het gaat om het project Samen Praten, dat van 2019 tot eind 2022 liep.\n\n"
    "De Europese bijdrage uit het Asiel-, Migratie- en Integratiefonds (AMIF) bedroeg 180.000 euro.\n\n"
    "Een vervolg op Samen Praten met Europees geld staat voorlopig niet op de planning.\n"
)


def test_what_a_sequel_does_not_get_is_not_denied_to_the_project() -> None:
    ex = facts(SEQUEL_NL, "nl", url="https://www.dagblad-zuid.example.nl/regio/taalproject")
    p = project(ex, "Samen Praten")
    # (before: "niet ... Europees geld" in the sentence on its sequel denied the project its fund)
    assert AMIF in p.funders, list(p.funders)


# A regional daily on a project whose runner is named far from its name.
RUNNER_BEHIND_FR = (
    "À Differdange, une asbl mise sur le mentorat\n\n"
    "C'est le pari de « Cap Métier », un programme d'accompagnement lancé l'an dernier.\n\n"
    "Derrière le dispositif, Porte Ouverte, une petite asbl fondée en 2012 qui emploie dix salariés.\n\n"
    "Lancé en septembre 2023, « Cap Métier » court jusqu'en août 2026. Son budget total atteint "
    "300 000 euros, cofinancé à 75 % par le Fonds Asile, Migration et Intégration (FAMI).\n"
)


def test_a_running_cue_anywhere_names_the_runner_of_the_pages_project() -> None:
    ex = extractor(RUNNER_BEHIND_FR, "fr", url="https://www.quotidien-sud.example.lu/differdange-mentorat")
    p = next(p for p in ex.projects if "Cap Métier" in p.label)
    # (before: no runner; and "une petite asbl" was read as a body's name)
    assert names_of(ex, p.implementers) == {"Porte Ouverte"}, names_of(ex, p.implementers)
    assert not any("petite" in n for n in mention_names(ex)), sorted(mention_names(ex))


# An answer's numbered part that introduces a dashed list of the projects it points to.
NESTED_LIST_EN = (
    "Answer given on behalf of the European Commission\n\n"
    "1. The national AMIF programme amounts to EUR 40 million.\n"
    "2. The Ministry of the Interior is the responsible authority. Among the projects financed so far, "
    "the Commission would like to point to the following:\n"
    "— the renovation of the reception centre in Valdor, carried out by the Reception Agency between "
    "2022 and 2024, with an AMIF contribution of EUR 3.1 million;\n"
    "— the upgrade of border cameras, implemented by the National Border Guard from 2023 to 2026 with "
    "BMVI support of EUR 9.5 million.\n"
)


def test_funded_lines_in_lower_case_under_an_intro_about_projects_are_projects() -> None:
    ex = extractor(NESTED_LIST_EN, "en", url="https://www.mep-office.example.eu/written-questions")
    renovation = next((p for p in ex.projects if "renovation" in p.label.lower()), None)
    # (before: a line in lower case only went on from its intro, and the numbered part above it was
    # no intro)
    assert renovation is not None, [p.label for p in ex.projects]
    assert AMIF in renovation.funders
    assert names_of(ex, renovation.implementers) == {"Reception Agency"}, names_of(ex, renovation.implementers)


# A story: a project's short name and its long form, then the short name alone.
SHORT_AND_LONG_EN = (
    "PROJECT STORY\n"
    "Coming home, starting over\n\n"
    "Nino is one of 900 people who received support through HOPE – Help On Return through Partner "
    "Employers, a partnership project that IOM implemented between 2022 and 2024 with funding from the "
    "Asylum, Migration and Integration Fund (AMIF).\n\n"
    "Why employers?\n"
    "Returnees often come back to towns with few jobs. The hubs brought employers in from the start.\n\n"
    "One project, three countries, several partners\n"
    "HOPE was led by the International Organization for Migration (IOM) with local employers.\n"
)


def test_a_short_name_and_its_long_form_are_one_project() -> None:
    ex = extractor(SHORT_AND_LONG_EN, "en", url="https://www.iom-stories.example.int/hope")
    labels = [p.label for p in ex.projects]
    # (before: "Partner Employers" alone, "HOPE", "PROJECT STORY" and the section heading)
    assert labels == ["HOPE – Help On Return through Partner Employers"], labels
    assert IOM in ex.projects[0].implementers


# A project page's list of whom it serves, under a question.
AUDIENCE_DE = (
    "WegWeiser\n"
    "Lotsen für Neuzugewanderte\n\n"
    "Mit WegWeiser begleiten wir neu zugewanderte Menschen in ihren ersten Jahren. Das Projekt wird "
    "aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert.\n"
    "Für wen ist WegWeiser?\n"
    "• Familien mit Kindern\n"
    "• Menschen mit Aufenthaltserlaubnis nach § 24 AufenthG (Geflüchtete aus der Ukraine)\n"
)


def test_lines_under_a_question_about_the_project_name_no_projects() -> None:
    ex = extractor(AUDIENCE_DE, "de", url="https://www.awo-sauerland.example.de/wegweiser")
    labels = [p.label for p in ex.projects]
    # (before: "Menschen mit Aufenthaltserlaubnis ..." run by "Geflüchtete aus der Ukraine")
    assert not any(label.startswith("Menschen") for label in labels), labels


def test_a_number_word_is_no_name() -> None:
    text = (
        "CASA APERTA\n"
        "Accoglienza in famiglia per neomaggiorenni usciti dal sistema di accoglienza.\n"
        "Ente finanziatore: Otto per mille della Chiesa Valdese (Unione delle Chiese metodiste e valdesi)\n"
        "Durata: 12 mesi, 2024\n"
        "Contributo: € 38.000\n"
    )
    ex = extractor(text, "it", url="https://www.radici.example.it/progetti/")
    # A guard for the payer lines read here: "Otto", the number eight, opening the line after its
    # key, was read as a payer's name once "Ente finanziatore" was a key of who pays.
    assert "Otto" not in mention_names(ex), sorted(mention_names(ex))


# An annual report's chapter on the funds, and an explainer: overviews that report no project.
REPORT_CHAPTER_NL = (
    "Stichting Wegwijs – Kenniscentrum Migratie\n"
    "Home > Publicaties > Jaarverslag Migratie 2024 > Hoofdstuk 6\n\n"
    "HOOFDSTUK 6\n"
    "Europese fondsen voor asiel en migratie\n\n"
    "België ontvangt voor de periode 2021-2027 middelen uit het Asiel-, Migratie- en Integratiefonds "
    "(AMIF). Het Kenniscentrum Migratie ontvangt zelf geen middelen uit dit fonds. De FOD Binnenlandse "
    "Zaken beheert het programma en selecteert de projecten via oproepen.\n"
)


def test_an_annual_reports_chapter_reports_no_project_of_its_title() -> None:
    title = "Jaarverslag Migratie 2024 – Hoofdstuk 6. Europese fondsen | Kenniscentrum Migratie"
    ex = facts(REPORT_CHAPTER_NL, "nl", url="https://www.wegwijs-migratie.example.be/jaarverslag/6", title=title)
    # (before: the pair decisions made a project of the chapter, run by its publisher)
    assert [p.label for p in ex.projects] == [], [(p.label, p.rule) for p in ex.projects]
