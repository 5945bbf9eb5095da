"""Pages read in held34 (session 44): a CPAS's annual report chapter with numbered sub-sections,
a préfecture's yearly review whose items name their runner in a keyed sentence, a status badge and a
count line set as headings, a project record's financing table with payers at zero, a cooperative's
report whose table says its role in each project and names the lead in brackets, Italian bodies
named before their kind ("X Cooperativa Sociale")."""

from __future__ import annotations

from extract_helpers import AMIF, FUND, canonical, extractor, names, org

from migkg.loaders.extract.projects import _title_heads

NATIONAL = FUND + "NATIONAL"


# A CPAS's report chapter: numbered sub-sections (context, projects, outlook); the projects are the
# headings under "5.2 Projets et actions", each over prose that says who pays.
REPORT_CHAPTER_FR = (
    "CPAS de Waremme-sur-Geer\n"
    "Rapport annuel 2024 — Chapitre 4 Intégration\n"
    "Ce chapitre présente le service et ses projets.\n"
    "4.1 Contexte\n"
    "En 2024, le service Intégration a suivi 640 personnes, contre 590 en 2023.\n"
    "Deux postes sont financés par des projets décrits ci-dessous.\n"
    "4.2 Projets et actions\n"
    "Pont vers l'emploi\n"
    "Pont vers l'emploi accompagne les réfugiés reconnus vers un premier contrat depuis 2023.\n"
    "Le projet est cofinancé par le Fonds Asile, Migration et Intégration (FAMI).\n"
    "Tables de conversation\n"
    "Des tables de conversation réunissent chaque semaine une quarantaine d'adultes.\n"
    "Les tables sont subventionnées par la Région wallonne au titre de la cohésion sociale.\n"
    "4.3 Perspectives 2025\n"
    "• répondre au prochain appel FAMI ;\n"
    "• évaluer les tables de conversation.\n"
    "Financement\n"
    "Les actions du chapitre 4 sont soutenues par le FAMI et la Région wallonne.\n"
)


def test_a_reports_numbered_outline_is_no_list_of_projects_its_projects_section_is() -> None:
    ex = extractor(REPORT_CHAPTER_FR, "fr", url="https://www.cpas-waremme.example.be/rapport-2024/integration")
    labels = {p.label for p in ex.projects}
    # (before: "Perspectives 2025", the outline's last sub-section, was a project, since its line
    # named the FAMI; the headings under "4.2 Projets et actions" were none, its number kept it
    # from reading as a heading of projects)
    assert not any(label.startswith("Perspectives") for label in labels), labels
    assert {"Pont vers l'emploi", "Tables de conversation"} <= labels, labels
    bridge = next(p for p in ex.projects if p.label == "Pont vers l'emploi")
    assert AMIF in bridge.funders


def test_a_clause_after_a_bodys_acronym_is_no_part_of_its_name() -> None:
    # "le CPAS organise avec la Maison de quartier X": the CPAS, then what it does; the name found
    # is the Maison's, not "CPAS organise avec la Maison"
    found = names("Depuis 2019, le CPAS organise avec la Maison de quartier Chambéry des ateliers.", "fr")
    assert "Maison de quartier Chambéry" in found, found
    assert not any("organise" in n for n in found), found
    # (an adjective after a head still belongs to the name)
    found = names("All'Azienda sanitaria locale di Lecce vanno 780.000 euro.", "it")
    assert "Azienda sanitaria locale di Lecce" in found, found


# A préfecture's yearly review: numbered themes over items, each item naming its runner in a keyed
# sentence of its own after what it does.
YEARLY_REVIEW_FR = (
    "Bilan 2024 de la politique d'intégration dans l'Ardèche\n"
    "Les actions de proximité sont financées par l'État au titre du programme 104 (BOP 104).\n"
    "Les principales actions soutenues en 2024\n"
    "1. Apprendre le français\n"
    "- Ateliers de français à Privas et Aubenas : 9 groupes hebdomadaires. Porteur : Centre social Le Lien.\n"
    "- Cours du soir « Dire et écrire », à Annonay, pour les salariés. Porteur : association Alpha Vivarais.\n"
    "2. Accéder à l'emploi\n"
    "- Programme Cap Travail (accompagnement de 12 mois) : lancé en 2024. Opérateur retenu : Coallia. "
    "Le programme est cofinancé par le FAMI.\n"
    "- Permanences emploi au Teil pour les jeunes réfugiés. Porteur : Mission locale Rhône Ardèche.\n"
)

# A Land office's list of local measures: the same layout in German, keyed "Träger:".
LOCAL_MEASURES_DE = (
    "Integrationsmaßnahmen im Landkreis Wesermünde 2025\n"
    "Gefördert werden die folgenden Maßnahmen aus Landesmitteln:\n"
    "– Sprachcafé im Stadtteil Lehe, jeden Dienstag. Träger: Verein Brückenschlag e. V.\n"
    "– Elternlotsen an Grundschulen: sechs Lotsinnen begleiten Familien. Träger: Caritasverband Wesermünde.\n"
)


def test_list_items_that_name_their_runner_in_a_keyed_sentence_are_its_projects() -> None:
    ex = extractor(YEARLY_REVIEW_FR, "fr", url="https://www.ardeche.example.gouv.fr/bilan-integration-2024")
    runners = {p.label: canonical(ex, p.implementers) for p in ex.projects}
    # (before: the numbered themes "Apprendre le français" and "Accéder à l'emploi" were the projects,
    # and the runners each item names were lost or given to a theme)
    assert not any(label.startswith(("Apprendre", "Accéder")) for label in runners), runners
    assert runners.get("Ateliers de français à Privas et Aubenas") == {"Centre social Le Lien"}, runners
    assert runners.get("Dire et écrire") is not None and any("Alpha Vivarais" in n for n in runners["Dire et écrire"])
    cap = next(p for p in ex.projects if p.label.startswith("Programme Cap Travail"))
    assert canonical(ex, cap.implementers) == {org("Coallia")}  # (a body of the reference data)
    assert any(label.startswith("Permanences emploi au Teil") for label in runners), runners

    de = extractor(LOCAL_MEASURES_DE, "de", url="https://www.lk-wesermuende.example.de/integration/massnahmen")
    runners = {p.label: canonical(de, p.implementers) for p in de.projects}
    assert any(n.endswith("Brückenschlag e. V.") for n in runners.get("Sprachcafé im Stadtteil Lehe", ())), runners
    assert runners.get("Elternlotsen an Grundschulen") == {"Caritasverband Wesermünde"}, runners


def test_a_project_status_badge_and_a_count_of_projects_are_no_projects() -> None:
    page = (
        "Rückkehrberatung Tirol\n"
        "PROJEKT ABGESCHLOSSEN\n"
        "Im Projekt „Rückkehrberatung Tirol“ berieten wir von 2019 bis 2020 Asylsuchende, "
        "gefördert aus dem Asyl-, Migrations- und Integrationsfonds (AMIF).\n"
    )
    ex = extractor(page, "de", url="https://www.beratung-tirol.example.at/projekte/rueckkehr")
    assert not any("ABGESCHLOSSEN" in p.label.upper() for p in ex.projects), [p.label for p in ex.projects]
    record = (
        "ORIENTA - percorsi di orientamento al lavoro per donne migranti\n"
        "Il progetto è finanziato dal Programma regionale FSE+ 2021-2027.\n"
        "Beneficiario: Agenzia Formativa Orizzonti\n"
        "Durata: 2024-2026\n"
        "Altri progetti dello stesso programma nel comune di Lucca: 215\n"
    )
    ex = extractor(record, "it", url="https://www.opendati.example.it/progetti/orienta")
    assert not any(p.label.startswith("Altri progetti") for p in ex.projects), [p.label for p in ex.projects]


def test_a_financing_tables_payer_at_zero_pays_nothing() -> None:
    record = (
        "Scheda progetto\n"
        "Titolo progetto: INSIEME AL LAVORO - tirocini per cittadini di paesi terzi\n"
        "Beneficiario: Agenzia Formativa Orizzonti\n"
        "Durata: 2024-2026\n"
        "Il progetto offre tirocini e corsi di lingua a 60 cittadini di paesi terzi.\n"
        "FINANZIAMENTO\n"
        "Fonte\tImporto\t%\n"
        "UE (FSE+)\t80.000,00 €\t40,0\n"
        "Stato - Fondo di rotazione\t84.000,00 €\t42,0\n"
        "Regione Toscana\t36.000,00 €\t18,0\n"
        "Comune di Pistoia\t0,00 €\t0,0\n"
        "Totale finanziamento pubblico\t200.000,00 €\n"
    )
    ex = extractor(record, "it", url="https://www.opendati.example.it/progetti/insieme")
    # (the page's one project, whatever names it: the record's lines or the pair decisions)
    assert len(ex.projects) == 1, [p.label for p in ex.projects]
    p = ex.projects[0]
    payers = canonical(ex, p.funders)
    # (before: "Comune di Pistoia | 0,00 €" made the town a payer)
    assert "Regione Toscana" in payers, payers
    assert "Comune di Pistoia" not in payers, payers


# A cooperative's social report: its role in each project, the lead in brackets where it is a partner.
SOCIAL_REPORT_IT = (
    "Girasole Cooperativa Sociale Onlus\n"
    "Chi siamo | Servizi | Bilancio sociale | Contatti\n"
    "Bilancio sociale 2024 – Progetti\n"
    "Nel 2024 la cooperativa ha lavorato su quattro progetti.\n"
    "Progetto | Ente finanziatore | Ruolo | Periodo\n"
    "CASA APERTA – accoglienza in famiglia | Fondazione Cassa di Risparmio di Lucca | capofila | 2023-2024\n"
    "PAROLE IN CAMMINO – italiano L2 per adulti | FAMI 2021-2027 (capofila: Comune di Lucca) | partner | 2024-2026\n"
    "ORTI IN RETE | Comune di Capannori | capofila | 2024\n"
    "Per i progetti FAMI l'Autorità Responsabile è il Ministero dell'Interno.\n"
    "Contatti\n"
    "Scrivici per collaborare ai nostri progetti.\n"
    "Privacy | Cookie\n"
    "Girasole Società Cooperativa Sociale Onlus – Via Roma 12, 55100 Lucca\n"
)


def test_a_cooperatives_role_column_and_the_lead_in_brackets_say_who_runs_each_row() -> None:
    ex = extractor(SOCIAL_REPORT_IT, "it", url="https://www.coopgirasole.example.it/bilancio-sociale-2024")
    rows = {p.label.split(" – ")[0]: p for p in ex.projects if p.rule == "find_table_rows"}
    assert set(rows) == {"CASA APERTA", "PAROLE IN CAMMINO", "ORTI IN RETE"}, list(rows)
    # the page's owner (named over the menu and, more fully, in the footer) leads where its role is "capofila"
    assert canonical(ex, rows["CASA APERTA"].implementers) == {"Girasole Cooperativa Sociale Onlus"}
    assert canonical(ex, rows["ORTI IN RETE"].implementers) == {"Girasole Cooperativa Sociale Onlus"}
    # where it is a partner, the lead the row names in brackets runs the project, and pays nothing
    fami = rows["PAROLE IN CAMMINO"]
    assert canonical(ex, fami.implementers) == {"Comune di Lucca"}, canonical(ex, fami.implementers)
    assert AMIF in fami.funders and not any(f in fami.implementers for f in fami.funders)
    assert "Girasole Cooperativa Sociale Onlus" in canonical(ex, fami.partners)


def test_an_italian_body_named_before_its_kind_keeps_its_name() -> None:
    # "Girasole Cooperativa Sociale": the name stands before the kind; "Cooperativa Sociale" alone
    # names no one
    found = names("Il servizio è gestito da Arcobaleno Cooperativa Sociale Onlus di Pisa.", "it")
    assert any(n.startswith("Arcobaleno Cooperativa Sociale Onlus") for n in found), found
    found = names("La Cooperativa Sociale Il Faro gestisce il centro.", "it")
    assert "Cooperativa Sociale Il Faro" in found, found


# A district government's release on a network's new phase: its title names the network in quotes
# around a dash, and the last paragraph says who runs its offices.
NETWORK_RELEASE_DE = (
    "Pressemitteilung Nr. 48/2025\n"
    "Netzwerk „WeBeR – Wegweiser Beratung Rottal“ geht in die dritte Runde\n"
    "Seit 2022 berät das Netzwerk WeBeR Zugewanderte im Landkreis Rottal-Inn. Für die dritte "
    "Projektphase fließen Mittel aus dem Asyl-, Migrations- und Integrationsfonds (AMIF).\n"
    "„Beratung wirkt, wenn sie nah bei den Menschen ist“, sagte die Sachgebietsleiterin.\n"
    "Träger der Beratungsstellen im Netzwerk sind der Caritasverband Rottal-Inn e. V. und "
    "das Diakonische Werk Eggenfelden e. V.\n"
)


def test_a_title_keeps_a_quoted_name_whole_and_a_keyed_sentence_names_all_its_runners() -> None:
    title = "Netzwerk „WeBeR – Wegweiser Beratung Rottal“ geht in die dritte Runde - Regierung von Rottal"
    ex = extractor(NETWORK_RELEASE_DE, "de", url="https://www.reg-rottal.example.de/presse/48-2025", title=title)
    # (before: the title's head was cut at the dash inside its quotes, "Netzwerk „WeBeR")
    heads = _title_heads(title)
    assert "Netzwerk „WeBeR" not in heads, heads
    assert "Netzwerk „WeBeR – Wegweiser Beratung Rottal“ geht in die dritte Runde" in heads, heads
    # "Träger ... sind A und B": each name after the verb is one that runs, as the pair model reads it
    runners = {ex.ctx.new_orgs[o.iri].name for o in ex.ctx.orgs if o.start in ex.ctx.fronted_runners}
    assert "Caritasverband Rottal-Inn e. V." in runners, runners
    assert any("Werk Eggenfelden" in name for name in runners), runners


# A foundation's page of its programmes: an intro paragraph ("Hier stellen wir ... vor") under the
# group's heading, then each programme under a heading of its own; a link line among them.
PROGRAMMES_DE = (
    "Hallstein-Stiftung\n"
    "Unsere Programme\n"
    "Die Hallstein-Stiftung fördert seit 2001 Bildung und Teilhabe in Kassel. "
    "Hier stellen wir die laufenden Programme vor.\n"
    "Lesepaten in Kitas\n"
    "Ehrenamtliche lesen in zehn Kitas vor. Das Programm wird von der AWO Kassel e. V. umgesetzt. "
    "Die Stiftung finanziert es mit 20.000 Euro im Jahr.\n"
    "Brücke in Arbeit\n"
    "Projektträger: Diakonie Kassel gGmbH\n"
    "Förderung: Das Projekt wird aus Mitteln des AMIF mit 600.000 Euro gefördert.\n"
    "Mehr zum Projekt auf der Seite der Diakonie Kassel →\n"
)


def test_a_groups_intro_that_says_here_are_its_programmes_leads_to_their_headings() -> None:
    ex = extractor(PROGRAMMES_DE, "de", url="https://www.hallstein-stiftung.example.de/programme")
    labels = {p.label for p in ex.projects}
    assert {"Lesepaten in Kitas", "Brücke in Arbeit"} <= labels, labels
    # (a link to another page is no heading of a project)
    assert not any(label.startswith("Mehr zum Projekt") for label in labels), labels
    # "Die Hallstein-Stiftung" opening a sentence is the foundation named over the menu, one body
    assert len({o.iri for o in ex.ctx.orgs if "Hallstein" in o.name}) == 1


# A SAI project's site: a summary box of the page's own project, then a boxed record of a FAMI
# project whose name heading stands over the fund's and the objective's lines.
SAI_SITE_IT = (
    "SAI Pontremoli\n"
    "Chi siamo\n"
    "Il progetto SAI di Pontremoli fa parte del Sistema di Accoglienza e Integrazione.\n"
    "Il progetto in breve\n"
    "Ente titolare: Comune di Pontremoli\n"
    "Ente attuatore: Cooperativa Sociale Il Ponte\n"
    "Periodo di finanziamento: triennio 2023-2025\n"
    "Finanziamento: Ministero dell'Interno – Fondo Nazionale per le Politiche e i Servizi dell'Asilo (FNPSA)\n"
    "------------------------------------------\n"
    "PROGETTO FAMI «VOCI VICINE»\n"
    "Fondo Asilo, Migrazione e Integrazione 2021-2027\n"
    "OS2 – Migrazione legale/Integrazione\n"
    "Capofila: Cooperativa Sociale Il Ponte\n"
    "Partner: Comune di Pontremoli\n"
    "Durata: 01/03/2024 – 31/12/2026\n"
    "Importo finanziato: € 180.400,00\n"
    "------------------------------------------\n"
)


def test_a_records_name_stands_over_its_funds_lines_and_a_summary_box_names_no_project() -> None:
    ex = extractor(SAI_SITE_IT, "it", url="https://www.saipontremoli.example.it/chi-siamo")
    labels = [p.label for p in ex.projects]
    # (before: "Il progetto in breve" was a project, and the FAMI record was named after its
    # objective's line, "OS2 – Migrazione legale/Integrazione")
    assert not any("in breve" in label for label in labels), labels
    assert not any(label.startswith("OS2") for label in labels), labels
    fami = next(p for p in ex.projects if "VOCI VICINE" in p.label)
    # (a label that ends on its quoted name keeps the quote that closes it)
    assert fami.label.endswith("»"), fami.label
    assert AMIF in fami.funders and canonical(ex, fami.implementers) == {"Cooperativa Sociale Il Ponte"}


# An NGO's project page: its name with its legal form over the menu and in the footer, without it
# where the text says who coordinates.
RESETTLEMENT_PAGE_FR = (
    "Le Fil Mosan asbl\n"
    "Accueil | Nos projets | Contact\n"
    "Premiers Pas\n"
    "Le projet Premiers Pas accompagne des familles réinstallées dans la province de Liège.\n"
    "Le projet est coordonné par Le Fil Mosan et mené en partenariat avec le CPAS de Huy.\n"
    "Premiers Pas est cofinancé par l'Union européenne via le Fonds Asile, Migration et Intégration (AMIF).\n"
    "Le Fil Mosan asbl - Rue du Pont 3, 4500 Huy\n"
)


def test_a_bodys_name_without_its_legal_form_is_that_body() -> None:
    ex = extractor(RESETTLEMENT_PAGE_FR, "fr", url="https://www.accueil-huy.example.be/nos-projets/premiers-pas")
    coordinated = RESETTLEMENT_PAGE_FR.index("Le Fil Mosan et mené")
    # (before: "coordonné par Le Fil Mosan" named no one, "Le Fil Mosan asbl" being the name found)
    owner = next(o.iri for o in ex.ctx.orgs if o.start == 0)
    assert any(coordinated <= o.start <= coordinated + 3 and o.iri == owner for o in ex.ctx.orgs)
    p = next(p for p in ex.projects if p.label == "Premiers Pas")
    assert AMIF in p.funders
    assert canonical(ex, p.implementers) == {"Le Fil Mosan asbl"}, canonical(ex, p.implementers)


def test_an_acronym_a_newspaper_writes_as_a_word_names_the_body_its_long_form_spells() -> None:
    found = names(
        "L'État, via la Délégation interministérielle à l'hébergement et à l'accès au logement (Dihal), "
        "apporte une subvention. Les familles ont vécu à Chartres (Eure) puis à Dreux.",
        "fr",
    )
    assert "Délégation interministérielle à l'hébergement et à l'accès au logement" in found, found
    # (a place in brackets is no acronym, whatever words stand before it)
    assert not any("Chartres" in n or "Eure" in n for n in found), found


def test_our_named_earlier_project_with_its_own_fund_is_a_project_of_its_own() -> None:
    page = (
        "Harbour Youth Trust\n"
        "FIRST KEYS\n"
        "FIRST KEYS supports young refugees leaving care. The project is co-financed by the Asylum, "
        "Migration and Integration Fund (AMIF).\n"
        "FIRST KEYS builds on our Evening School in Paola, which offered classes between 2018 and 2020 "
        "and was co-funded by the European Social Fund.\n"
    )
    ex = extractor(page, "en", url="https://www.harbouryouth.example.org.mt/projects/first-keys")
    school = next((p for p in ex.projects if p.label == "Evening School in Paola"), None)
    # (before: the earlier project had no name of its own, its fund went to the page's project only)
    assert school is not None, [p.label for p in ex.projects]
    assert FUND + "ESF" in school.funders and AMIF not in school.funders
    fr = (
        "Ce projet prolonge notre Atelier Couture de Molenbeek, qui a fonctionné de 2019 à 2021 et "
        "était cofinancé par le Fonds social européen.\n"
    )
    ex = extractor(fr, "fr", url="https://www.fil-rouge.example.be/projets/couture")
    assert any(p.label == "Atelier Couture de Molenbeek" for p in ex.projects), [p.label for p in ex.projects]


def test_an_acronym_after_and_opens_a_second_name() -> None:
    # "X en CAW Oost-Brabant": two partners, not one name joined over "en"
    found = names("Projectpartners: Huis van het Nederlands Vlaams-Brabant en CAW Oost-Brabant.", "nl")
    assert "Huis van het Nederlands Vlaams-Brabant" in found, found
    assert not any(n.endswith("CAW") or "en CAW" in n for n in found), found
    # (but a name's own "and" still joins its words: "Department of Justice and Equality")
    assert "Department of Justice and Equality" in names("The Department of Justice and Equality funds it.", "en")


def test_a_headline_led_by_a_funds_name_names_no_project() -> None:
    page = (
        "Landesamt für Zuwanderung Sachsen-Anhalt\n"
        "Europäischer Flüchtlingsfonds: Landesamt zieht Bilanz\n"
        "Von 2008 bis 2013 flossen Mittel aus dem Europäischen Flüchtlingsfonds an Träger im Land. "
        "Das Landesamt für Zuwanderung Sachsen-Anhalt erhielt aus dem Fonds insgesamt 1,2 Mio. Euro.\n"
    )
    ex = extractor(
        page,
        "de",
        url="https://www.lza.example.de/presse/eff-bilanz",
        title="Europäischer Flüchtlingsfonds: Landesamt zieht Bilanz | Landesamt für Zuwanderung",
    )
    assert not any(p.label.startswith("Europäischer Flüchtlingsfonds") for p in ex.projects), [
        p.label for p in ex.projects
    ]
