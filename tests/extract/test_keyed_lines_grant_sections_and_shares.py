"""Pages read in held35 (session 45): a ministry's release whose numbered actions name their runner
after a dash, a council's decision table with a column of what each grant is for, a project page's
financing table, a Land office's grants set under each beneficiary's heading, a newsletter whose
contents line names a project by its short name, news that quotes people about "a project of life",
a parliamentary answer whose table gives a Land's share under its abbreviated name, and lines of who
pays that give a partner's share of the budget."""

from __future__ import annotations

from extract_helpers import AMIF, FUND, extractor, facts, names_of, org

NATIONAL = FUND + "NATIONAL"


def labels(ex) -> set[str]:
    """The labels of the projects an extractor holds, or of an extraction's (after its last checks)."""
    return {p.label for p in ex.projects}


def runners(ex, label_start: str) -> set[str]:
    found = [p for p in ex.projects if p.label.startswith(label_start)]
    assert len(found) == 1, (label_start, labels(ex))
    return names_of(ex, found[0].implementers)


# A ministry's release: numbered actions, each naming its runner after a dash ("– Implementing
# body: X – Budget: ...").
MINISTRY_ACTIONS_EN = (
    "Ministry of Social Cohesion: EUR 12 million for supported housing\n"
    "The Ministry announces three new accommodation actions under the national programme of the "
    "Asylum, Migration and Integration Fund (AMIF) 2021-2027.\n"
    "The actions approved are the following:\n"
    "1. Supported flats for young adults leaving care – Implementing body: Municipality of Larissa – "
    "Budget: EUR 5.1 million – 200 places\n"
    "2. Family accommodation in the urban fabric – Implementing body: Municipality of Kavala – "
    "Budget: EUR 4.2 million – 150 places\n"
    "3. Shelter for survivors of violence – Implementing body: Hellenic Care Network – "
    "Budget: EUR 2.7 million – 60 places\n"
    "The actions are co-financed by the European Union (75%) and by national resources through the "
    "Public Investment Programme (25%).\n"
)

# A Land office's list of local measures in German, the same layout: the runner keyed after a dash.
LOCAL_MEASURES_DE = (
    "Geförderte Maßnahmen im Landkreis Ostheide 2025\n"
    "Die folgenden Maßnahmen werden aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert:\n"
    "- Elterncafé für neu zugewanderte Familien – Träger: Nachbarschaftshilfe Ostheide e. V. – "
    "Laufzeit 2025 bis 2026\n"
    "- Sprachpaten an Berufsschulen – Träger: Bildungswerk Lüneburger Land – Laufzeit 2025 bis 2027\n"
)


def test_a_list_items_runner_keyed_after_a_dash_runs_the_item() -> None:
    ex = extractor(MINISTRY_ACTIONS_EN, "en", url="https://www.social-cohesion.example.gr/press/housing-actions")
    # (before: the three items made no project; the key was read only after a sentence's end)
    assert runners(ex, "Supported flats") == {"Municipality of Larissa"}
    assert runners(ex, "Family accommodation") == {"Municipality of Kavala"}
    assert runners(ex, "Shelter for survivors") == {"Hellenic Care Network"}
    de = extractor(LOCAL_MEASURES_DE, "de", url="https://www.landkreis-ostheide.example.de/integration/massnahmen")
    assert runners(de, "Elterncafé") == {"Nachbarschaftshilfe Ostheide e. V."}, labels(de)
    assert runners(de, "Sprachpaten") == {"Bildungswerk Lüneburger Land"}, labels(de)


def test_a_funds_objective_before_a_keyed_item_is_not_its_name() -> None:
    text = (
        "AMIF-Projekte in Tirol\n"
        "Beispiele aus der laufenden Förderperiode des AMIF:\n"
        "• Spezifisches Ziel 3 (Rückkehr): „Heimkehr mit Plan“ – Projektträger: Verein Rückkehrhilfe Tirol\n"
        "• Spezifisches Ziel 2 (Integration): „Deutsch am Arbeitsplatz“ – Projektträger: Bildungsforum Inntal\n"
    )
    ex = extractor(text, "de", url="https://www.tirol-integration.example.at/amif-projekte")
    # (a regression the runner keyed after a dash brought: the item was named by its objective)
    assert not any(label.startswith("Spezifisches Ziel") for label in labels(ex)), labels(ex)
    assert any("Rückkehrhilfe Tirol" in n for n in runners(ex, "Heimkehr mit Plan"))


# A project page whose financing is a table: the project's cost, then each payer's row.
FINANCING_TABLE_NL = (
    "vzw Samen Noord\n"
    "Home / Projecten / Taalbrug Noord\n"
    "Taalbrug Noord\n"
    "Nieuwkomende ouders leren samen Nederlands terwijl hun kinderen op school zijn.\n"
    "Promotor\n"
    "vzw Samen Noord\n"
    "Looptijd: 1 september 2024 tot 31 augustus 2026\n"
    "Financiering\n"
    "Totale projectkost\t€ 240.000\n"
    "Asiel-, Migratie- en Integratiefonds (AMIF)\t€ 180.000 (75%)\n"
    "Vlaamse Gemeenschapscommissie (VGC)\t€ 60.000 (25%)\n"
)

FINANCING_TABLE_FR = (
    "Lire Ensemble asbl\n"
    "Accueil > Nos projets > Ateliers Cap Langues\n"
    "Ateliers Cap Langues\n"
    "Des ateliers de français pour les parents primo-arrivants, deux matinées par semaine.\n"
    "Porteur : asbl Lire Ensemble\n"
    "Période : de janvier 2025 à décembre 2026\n"
    "Financement\n"
    "Coût total\t96 000 €\n"
    "Fonds Asile, Migration et Intégration (FAMI)\t72 000 €\n"
    "Commission communautaire française\t24 000 €\n"
)


def test_a_funds_row_in_a_financing_table_says_who_pays_the_page() -> None:
    nl = extractor(
        FINANCING_TABLE_NL,
        "nl",
        url="https://www.samennoord.example.be/projecten/taalbrug",
        title="Taalbrug Noord | vzw Samen Noord",
    )
    # (before: the fund named only in a table's row was not the page's, and a page whose project
    # the rules found only by its title lost it)
    assert AMIF in nl.doc_funders
    taalbrug = [p for p in nl.projects if p.label == "Taalbrug Noord"]
    assert len(taalbrug) == 1 and AMIF in taalbrug[0].funders, labels(nl)
    fr = extractor(
        FINANCING_TABLE_FR,
        "fr",
        url="https://www.lire-ensemble.example.be/cap-langues",
        title="Ateliers Cap Langues | Lire Ensemble asbl",
    )
    assert AMIF in fr.doc_funders
    ateliers = [p for p in fr.projects if p.label == "Ateliers Cap Langues"]
    assert len(ateliers) == 1 and AMIF in ateliers[0].funders, labels(fr)


def test_a_plural_financing_key_names_each_payer_of_its_line() -> None:
    text = (
        "Nos financeurs\n"
        "► « Clés numériques » – ateliers d'accès aux droits en ligne\n"
        "Accompagnement aux démarches en ligne et prêt de tablettes.\n"
        "Année : 2025\n"
        "Financements : Fondation Solidaire du Nord : 10 000 € – Ville de Roubaix : 4 000 €\n"
    )
    ex = extractor(text, "fr", url="https://www.cles-numeriques.example.fr/financeurs")
    keys = [p for p in ex.projects if p.label.startswith("Clés numériques")]
    assert len(keys) == 1, labels(ex)
    # (before: only the first payer of the line; "Financements" was no key of who pays)
    assert {"Fondation Solidaire du Nord", "Ville de Roubaix"} <= names_of(ex, keys[0].funders)


def test_a_lead_role_then_is_names_the_runner_and_those_that_are_partners() -> None:
    text = (
        "Notiziario della Caritas di Valdora – ottobre 2025\n"
        'Progetto "Ponti": partono i corsi\n'
        'Riprendono i corsi di italiano del progetto "Ponti – percorsi di autonomia per famiglie straniere".\n'
        '"Ponti" è finanziato dal FAMI – Fondo Asilo, Migrazione e Integrazione 2021-2027 con 210.000 euro.\n'
        "Capofila è il Comune di Valdora, mentre la cooperativa sociale Il Faro e l'associazione Lumen sono partner.\n"
    )
    ex = extractor(text, "it", url="https://www.caritasvaldora.example.it/notiziario-ottobre")
    # (before: "Ponti" and its full name were two projects, and the Comune ran neither)
    ponti = [p for p in ex.projects if p.label.startswith("Ponti")]
    assert len(ponti) == 1, labels(ex)
    assert "Comune di Valdora" in names_of(ex, ponti[0].implementers)
    assert "associazione Lumen" in {n for n in names_of(ex, ponti[0].partners)} or any(
        "Lumen" in n for n in names_of(ex, ponti[0].partners)
    ), names_of(ex, ponti[0].partners)
    fr = extractor(
        "Le projet « Passerelles » est cofinancé par le FAMI. Chef de file du projet est l'association "
        "Horizon Partagé, qui coordonne quatre antennes.\n",
        "fr",
        url="https://www.passerelles.example.fr/projet",
    )
    assert runners(fr, "Passerelles") == {"Horizon Partagé"}, labels(fr)


def test_a_subsidy_scheme_is_a_call_not_a_project() -> None:
    text = (
        "Subsidieregeling Samen Meedoen Zaanmond 2025-2026\n"
        "Met deze subsidieregeling ondersteunt de gemeente Zaanmond activiteiten voor nieuwkomers.\n"
        "Aanvragen kunnen tot 1 maart 2025 worden ingediend. Projecten kunnen ook een bijdrage uit het "
        "Europese AMIF aanvragen.\n"
    )
    ex = facts(
        text,
        "nl",
        url="https://www.zaanmond.example.nl/subsidies/samen-meedoen",
        title="Subsidieregeling Samen Meedoen Zaanmond 2025-2026 | Gemeente Zaanmond",
    )
    # (before: the scheme's title was a project the municipality ran, paid by the ESF or AMIF)
    assert not any(label.startswith("Subsidieregeling") for label in labels(ex)), labels(ex)


def test_a_compound_of_the_project_noun_heads_a_section_no_project() -> None:
    text = (
        "Beschlussvorlage: Kofinanzierung des Projekts „Wegbegleiter Nord“\n"
        "Projektinhalt\n"
        "Der Verein Brückenschlag Nord e. V. begleitet Neuzugewanderte zu Behörden. Das Projekt wird aus "
        "dem AMIF gefördert.\n"
        "Projektbeschreibung\n"
        "Die Begleitung dauert bis zu zwölf Monate.\n"
    )
    ex = extractor(text, "de", url="https://ratsinfo.nordstadt.example.de/vorlage-2025-114")
    # (before: "Projektinhalt" and "Projektbeschreibung" were projects)
    assert not any(label.startswith("Projekt") for label in labels(ex)), labels(ex)
    nl = extractor(
        "Projectbeschrijving\nHet project Samen Thuis wordt gefinancierd door het AMIF.\n",
        "nl",
        url="https://www.samenthuis.example.nl/over",
    )
    assert "Projectbeschrijving" not in labels(nl), labels(nl)


def test_a_project_of_life_in_someones_quoted_words_is_no_project() -> None:
    text = (
        "Le programme de retour de l'agence Retour Digne est cofinancé par le FAMI.\n"
        "« Nous travaillons avec des partenaires qui peuvent repérer à temps quand un projet de vie "
        "risque de capoter », explique une conseillère.\n"
    )
    ex = extractor(text, "fr", url="https://www.journal-du-centre.example.be/retour")
    # (before: "projet de vie risque de capoter" was a project, read in the quote)
    assert not any("vie" in label for label in labels(ex)), labels(ex)


def test_a_short_name_in_brackets_after_the_full_name_is_that_project() -> None:
    text = (
        "L'agence lance un nouveau volet de son programme, baptisé « Retour et réintégration durable » "
        "(R2D), pour 2024-2026. Budget : 12,6 millions d'euros sur trois ans, dont 9,45 millions apportés "
        "par le Fonds Asile, Migration et Intégration (FAMI). Le solde, soit 3,15 millions, provient du "
        "budget fédéral.\n"
        "Le projet R2D est cofinancé dans le cadre du programme belge du FAMI.\n"
    )
    ex = extractor(text, "fr", url="https://www.quotidien-belge.example.be/retour-r2d")
    # (before: "R2D" was a second project, and the federal budget's share no one's)
    found = [p for p in ex.projects if "R2D" in p.label or "Retour et réintégration" in p.label]
    assert len(found) == 1, labels(ex)
    assert NATIONAL in found[0].funders and AMIF in found[0].funders


def test_a_bodys_short_name_after_a_project_noun_names_no_project() -> None:
    text = (
        "ANCI Marche – Associazione dei Comuni\n"
        "Home › Aree tematiche › Immigrazione\n"
        "In questa sezione sono raccolte le schede dei progetti di cui ANCI Marche è capofila o partner.\n"
        "Titolo: COMUNI ACCOGLIENTI – Servizi per l'integrazione\n"
        "Fondo: FAMI 2021-2027\n"
        "Capofila: ANCI Marche\n"
        "Vedi anche\n"
        "• Accoglienza minori: il sistema SAI nelle Marche (pagina informativa, non progetto ANCI)\n"
    )
    ex = extractor(text, "it", url="https://www.ancimarche.example.it/progetti")
    # (before: "ANCI" was a project, the body's short name after "progetto")
    assert "ANCI" not in labels(ex), labels(ex)
    assert any(label.startswith("COMUNI ACCOGLIENTI") for label in labels(ex)), labels(ex)


def test_a_headings_page_word_before_its_dash_names_no_project() -> None:
    text = (
        "Schede progetto – Immigrazione e asilo\n"
        "In questa sezione sono raccolte le schede dei progetti finanziati dal FAMI.\n"
        "Titolo: RETE SPORTELLI – Servizi per cittadini di Paesi terzi\n"
        "Fondo: FAMI 2021-2027\n"
        "Capofila: Unione dei Comuni Valle Verde\n"
    )
    ex = extractor(text, "it", url="https://www.unionevalleverde.example.it/schede-progetto")
    # (before: "Schede progetto – Immigrazione e asilo" was a project)
    assert not any(label.startswith("Schede") for label in labels(ex)), labels(ex)
    fr = extractor(
        "Fiches projets – Intégration\n"
        "Retrouvez ici les fiches des projets cofinancés par le FAMI.\n"
        "Titre : PASSERELLE EMPLOI – accompagnement vers l'emploi\n"
        "Fonds : FAMI 2021-2027\n"
        "Porteur : Mission locale du Val d'Aure\n",
        "fr",
        url="https://www.valdaure-agglo.example.fr/fiches-projets",
    )
    assert not any(label.startswith("Fiches projets") for label in labels(fr)), labels(fr)


def test_a_partners_share_of_the_budget_is_what_it_gets_not_what_it_pays() -> None:
    text = (
        "Titolo: PAROLE VICINE – Piano regionale di formazione linguistica\n"
        "Fondo: FAMI 2021-2027\n"
        "Capofila: Regione Ombria\n"
        "Partner: ANCI Ombria; CPIA 2 Perugia\n"
        "Importo complessivo: € 1.800.000,00\n"
        "Quota di budget ANCI Ombria: € 146.000,00\n"
    )
    ex = extractor(text, "it", url="https://www.anciombria.example.it/schede/parole-vicine")
    found = [p for p in ex.projects if p.label.startswith("PAROLE VICINE")]
    assert len(found) == 1, labels(ex)
    # (before: ANCI Ombria paid the project, its share of the budget read as a contribution)
    assert "ANCI Ombria" not in names_of(ex, found[0].funders), names_of(ex, found[0].funders)


# A département's decision: a table of grants with a column of what each is for and no column of
# names; each row's project is named by its purpose's first words, in the years that purpose gives.
COUNCIL_TABLE_FR = (
    "Délibération n° CP-2025-03-041\n"
    "Article 1 : d'attribuer au titre de l'exercice 2025 les subventions suivantes :\n"
    "Bénéficiaire\tObjet\tMontant CD\tCofinancement FAMI\n"
    "Association Accueil Vallée (AAV) – Millau\tParcours d'accès au logement des réfugiés sur le bassin "
    "de Millau – du 1er janvier 2025 au 31 décembre 2026\t15 000 €\t60 000 €\n"
    "Atelier des Langues Rouergates – Rodez\tProjet « Parole d'Emploi » : ateliers de français à visée "
    "professionnelle – 2025-2027\t8 000 €\t30 000 €\n"
)


def test_a_grant_tables_purpose_column_names_each_project_and_its_years() -> None:
    ex = extractor(COUNCIL_TABLE_FR, "fr", url="https://www.aveyron-conseil.example.fr/deliberations/cp-2025-03-041")
    housing = [p for p in ex.projects if p.label.startswith("Parcours d'accès au logement")]
    # (before: each row was "Délibération ... (runner)", named by the line over the table, no years)
    assert len(housing) == 1, labels(ex)
    assert (housing[0].start_year, housing[0].end_year) == (2025, 2026)
    assert not any(label.startswith("Délibération") for label in labels(ex)), labels(ex)
    words = [p for p in ex.projects if "Parole d'Emploi" in p.label]
    assert len(words) == 1 and (words[0].start_year, words[0].end_year) == (2025, 2027), labels(ex)


# A Land office's release: its grants under a line that announces them, each under a heading that
# is the beneficiary's name, the project named in quotes in the prose that says what it gets.
GRANTS_BY_BENEFICIARY_DE = (
    "Bezirksregierung Talheim übergibt Förderbescheide an drei Kommunale Integrationszentren (KI)\n"
    "Die Mittel kommen aus dem Landeshaushalt des Landes Nordrhein-Westfalen.\n"
    "Die Förderungen im Einzelnen:\n"
    "Kreis Talheim\n"
    "Das KI Kreis Talheim erhält 120.000 Euro für das Projekt „Elternlotsen in Kitas“. Laufzeit: 2024 bis 2025.\n"
    "Stadt Bergheide\n"
    "Mit 98.000 Euro unterstützt das Land das Integrationszentrum der Stadt. Gefördert werden "
    "„Quartierslotsen Bergheide“, die Zugewanderte zu Ämtern begleiten.\n"
    "Stadt Auenfeld\n"
    "Das KI Auenfeld erhält 76.000 Euro für „Ankommen im Beruf“, eine Beratung für junge Geflüchtete.\n"
    "Hintergrund\n"
    "In Nordrhein-Westfalen gibt es 54 Kommunale Integrationszentren.\n"
)


def test_grants_under_each_beneficiarys_heading_are_its_projects() -> None:
    ex = extractor(GRANTS_BY_BENEFICIARY_DE, "de", url="https://www.bezreg-talheim.example.de/presse/foerderbescheide")
    # (before: "Kommunale Integrationszentren", a counted group, ran the projects; the headings' bodies
    # ran none)
    assert runners(ex, "Elternlotsen in Kitas") == {"Kreis Talheim"}
    assert runners(ex, "Quartierslotsen Bergheide") == {"Stadt Bergheide"}
    assert runners(ex, "Ankommen im Beruf") == {"Stadt Auenfeld"}
    assert not any("Integrationszentren" in o.name for o in ex.ctx.orgs)


def test_a_hyphened_short_name_in_capitals_is_its_full_names_project() -> None:
    text = (
        "Harbour Refugee Council\n"
        "Home » Our work » Projects » SAFE-HOME\n"
        "SAFE-HOME\n"
        "Housing support for refugee families\n"
        "SAFE-HOME helps recognised refugees find and keep a home in the first year after reception.\n"
        "Project facts\n"
        "Project title: SAFE-HOME – Housing support for refugee families\n"
        "Coordinator: Harbour Refugee Council\n"
        "Duration: 1 March 2024 – 28 February 2026\n"
        "Funding: Asylum, Migration and Integration Fund (AMIF), 75%; national co-financing, 25%\n"
        "How SAFE-HOME fits with our other work\n"
        "SAFE-HOME complements our night shelter, which is supported by UNHCR under a separate agreement.\n"
    )
    ex = extractor(
        text,
        "en",
        url="https://www.harbourrefugee.example.mt/projects/safe-home",
        title="SAFE-HOME: Housing support for refugee families – Harbour Refugee Council",
    )
    # (before: "SAFE-HOME" was a second project beside its full name)
    assert [label for label in labels(ex) if label.startswith("SAFE-HOME")] == [
        "SAFE-HOME – Housing support for refugee families"
    ], labels(ex)


def test_a_quoted_name_right_after_a_launch_word_is_the_project_that_starts() -> None:
    text = (
        'Ospedale di Porto Sereno, arrivano i mediatori: "Adesso ci capiamo"\n'
        'È partito infatti "Parole in corsia", il servizio di mediazione linguistica che porta in reparto '
        "sei mediatori.\n"
        "Il progetto ha come capofila l'Azienda sanitaria di Porto Sereno ed è finanziato dal Fondo asilo "
        "migrazione e integrazione (FAMI) 2021-2027.\n"
    )
    ex = facts(
        text,
        "it",
        url="https://www.tvportosereno.example.it/mediatori-ospedale",
        title='Ospedale di Porto Sereno, arrivano i mediatori: "Adesso ci capiamo"',
    )
    # (before: the headline's quote "Adesso ci capiamo" was the project, the launched name none)
    assert "Parole in corsia" in labels(ex), labels(ex)
    assert "Adesso ci capiamo" not in labels(ex), labels(ex)
    de = facts(
        "Neues Angebot im Kreis Hohenau\n"
        "Gestartet ist nun „Brücken im Alltag“, eine Begleitung für neu zugewanderte Familien. Das Angebot wird "
        "aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert. Träger ist der Verein Hohenau "
        "hilft e. V.\n",
        "de",
        url="https://www.kreis-hohenau.example.de/aktuelles/bruecken",
    )
    assert "Brücken im Alltag" in labels(de), labels(de)
    # (not a programme named after a launch word that is a preposition: "finanziate dal Programma
    # nazionale «X»")
    it = facts(
        "Le iniziative si affiancano a quelle finanziate dal Programma nazionale «Sicurezza in città» "
        "2021-2027. Il progetto «Casa Aperta» del Comune di Borgoverde è finanziato dal FAMI.\n",
        "it",
        url="https://www.prefettura-borgoverde.example.it/comunicati/fami",
    )
    assert "Sicurezza in città" not in labels(it), labels(it)


def test_a_partners_line_under_the_partnerships_heading_is_no_project() -> None:
    text = (
        "Il progetto PONTE, finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027, ha come "
        "capofila la Regione Verdana.\n"
        "Partenariato e ripartizione del budget\n"
        "1. Regione Verdana (capofila) – coordinamento e comunicazione: € 210.000,00\n"
        "2. Cooperativa sociale Orizzonti (Vallerosa) – laboratori di comunità: € 180.500,00\n"
        "3. ANCI Verdana – diffusione nei piccoli comuni: € 95.000,00\n"
    )
    ex = extractor(text, "it", url="https://www.regioneverdana.example.it/progetti/ponte")
    # (before: "Cooperativa sociale Orizzonti" was a project that "Vallerosa" ran)
    assert not any(label.startswith("Cooperativa") for label in labels(ex)), labels(ex)


def test_a_dutch_article_alone_between_two_names_parts_them() -> None:
    from extract_helpers import names

    # "startte X het Y": the subject, then the object; not one name "X het Y"
    found = names("In 2022 startte Stad Lommelaar het Integratiecentrum Lommelaar.", "nl")
    assert "Stad Lommelaar het Integratiecentrum Lommelaar" not in found, found
    assert {"Stad Lommelaar", "Integratiecentrum Lommelaar"} <= found, found
    # (after its preposition the article belongs to the name)
    assert "Huis van het Nederlands Lommelaar" in names("Het Huis van het Nederlands Lommelaar helpt.", "nl")


def test_a_share_of_column_headed_by_a_body_abbreviated_is_that_bodys_money() -> None:
    text = (
        "Anfragebeantwortung\n"
        "Das Land Nordmark beteiligt sich bei ausgewählten Projekten mit einer Kofinanzierung aus dem "
        "Integrationsbudget. Mit Landesmitteln kofinanziert werden derzeit folgende AMIF-Projekte:\n"
        "Projekt\tProjektträger\tLaufzeit\tGesamtkosten\tdavon AMIF\tdavon Land Nmk.\n"
        "Deutsch im Alltag\tVerein Brückenhaus Nordmark\t01.01.2024 – 31.12.2025\t400.000\t300.000\t60.000\n"
        "Wohnlotsen\tCaritas Nordmark\t01.07.2024 – 30.06.2026\t200.000\t150.000\t30.000\n"
    )
    ex = extractor(text, "de", url="https://www.landtag-nordmark.example.at/anfragebeantwortung-412")
    # (before: "davon Land Nmk." headed no column of money; and "Land Nmk" was a body of its own)
    for label in ("Deutsch im Alltag", "Wohnlotsen"):
        found = [p for p in ex.projects if p.label == label]
        assert len(found) == 1, labels(ex)
        assert org("Land Nordmark") in found[0].funders, found[0].funders


def test_a_related_links_line_behind_its_arrow_names_no_project() -> None:
    text = (
        "Taalhuis Heide\n"
        "Het Taalhuis Heide is een project van vzw Heidewerk. Het project wordt gefinancierd door het Asiel-, "
        "Migratie- en Integratiefonds (AMIF).\n"
        "Lees ook\n"
        "› Huisvesting voor jonge gezinnen: project Dakraam\n"
        "› Vacature: maatschappelijk werker (m/v/x)\n"
    )
    ex = extractor(text, "nl", url="https://www.heidewerk.example.be/projecten/taalhuis")
    # (before: "Dakraam", another page's project behind a link, was one of this page's)
    assert "Dakraam" not in labels(ex), labels(ex)


def test_quoted_words_are_told_apart_by_the_languages_marks() -> None:
    # German closes a quote with “, which opens one in English: a name quoted after someone's closed
    # words is no part of them, and a sentence that opens inside a quote ends it with its mark alone.
    de = extractor("Kurz.", "de")
    said = "„Das ist für uns sehr wichtig“, sagt die Leiterin. Das Projekt „Neue Wege“ läuft seit 2023."
    assert not de._in_speech(said, said.find("Projekt"))
    en = extractor("Short.", "en")
    named = "The city has launched “Welcome Home”, a service for newcomers with six advisers."
    assert not en._in_speech(named, named.find("launched"))
    fr = extractor("Court.", "fr")
    tail = "qui peuvent repérer à temps quand un projet de vie risque de capoter », explique une conseillère"
    assert fr._in_speech(tail, tail.find("projet"))
