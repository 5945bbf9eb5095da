"""Pages read in held53 (session 60): a town's guide to funding, whose numbered sections are funds and
schemes; a county's table of a national scheme's grants, with the EU fund of another project named
only under a later heading; a cross-border project's own site, titled "Le projet NAME", with two
leads by side, a partner's own funds, a canton's contribution in francs and a financing plan under
its own heading; an Italian table whose fund cells name a programme's manager in brackets and a
regional project's lead; a council's answer whose lines "Projekt 1: ..." add payers to a numbered
table's rows; a town's release on an SAI project by its kind and by its name; a news story whose
intertitles do not end it."""

from __future__ import annotations

from extract_helpers import extractor, facts, org, project, runners_of

from migkg.loaders.extract.model import NATIONAL

FUND = "https://w3id.org/migkg/id/fund/"
AMIF, ESF, ERDF, INTERREG = FUND + "AMIF", FUND + "ESF", FUND + "ERDF", FUND + "INTERREG"
INTERIOR_IT = "https://w3id.org/migkg/id/org/italian-ministry-of-the-interior"

FUNDING_GUIDE = (
    "Stadt Neustadt\n"
    "Fördermöglichkeiten für Integrationsprojekte\n"
    "Für Vereine und Initiativen in Neustadt gibt es verschiedene Förderquellen – von kleinen "
    "städtischen Zuschüssen bis zu mehrjährigen EU-Projekten.\n"
    "1. Integrationsfonds der Stadt Neustadt\n"
    "Mit dem Integrationsfonds fördert die Stadt Neustadt kleine Projekte der Begegnung mit bis zu "
    "1.200 Euro.\n"
    "2. ESF Plus Sachsen\n"
    "Aus dem Europäischen Sozialfonds Plus (ESF Plus) werden Projekte zur Arbeitsmarktintegration "
    "gefördert. Anträge nimmt die Sächsische Aufbaubank entgegen.\n"
    "3. Landesprogramm Integration\n"
    "Der Freistaat Sachsen fördert aus Landesmitteln Beratungsangebote für Zugewanderte.\n"
    "4. Asyl-, Migrations- und Integrationsfonds (AMIF)\n"
    "Für den AMIF ist das Bundesamt für Migration und Flüchtlinge zuständig.\n"
    "5. Jugendmigrationsdienste (JMD)\n"
    "Die Jugendmigrationsdienste werden aus Bundesmitteln finanziert; in Neustadt berät der "
    "Caritasverband Neustadt junge Zugewanderte.\n"
)
FUNDING_GUIDE_TITLE = "Fördermöglichkeiten für Integrationsprojekte - Stadt Neustadt"

COUNTY_GRANTS = (
    "Three Kerry groups share Community Welcome Fund 2025 allocation\n"
    "Three community groups across County Kerry have been approved for funding under the Community "
    "Welcome Fund (CWF) 2025. The Community Welcome Fund is funded by the Department of Rural and "
    "Community Development.\n"
    "Successful applicants – CWF 2025, County Kerry\n"
    "Organisation | Location | Project | Grant\n"
    "Tralee Family Resource Centre | Tralee | Sailing taster days for new arrivals | €3,000\n"
    "Killarney Youth Service | Killarney | Bilingual story evenings for families | €2,400\n"
    "Listowel Community Development Association | Listowel | Woodwork mornings with newcomers | €1,900\n"
    "Other supports in Kerry\n"
    "The council's Resettlement Support Team, set up in 2023, helps people granted protection to find "
    "homes. The team is co-funded by the Government of Ireland and the European Union through the "
    "Asylum, Migration and Integration Fund (AMIF).\n"
)

CROSS_BORDER_SITE = (
    "Accueil › Le projet › Partenaires › Contact\n"
    "PONT'EMPLOI\n"
    "Des passerelles vers l'emploi de part et d'autre du Léman\n"
    "PONT'EMPLOI est né d'un constat partagé par les services de l'emploi des deux rives.\n"
    "Le projet en bref\n"
    "Programme : Interreg VI-A France-Suisse 2021-2027\n"
    "Durée : du 1er janvier 2024 au 31 décembre 2026\n"
    "Chef de file français : Maison de l'Emploi du Genevois\n"
    "Chef de file suisse : Ville de Nyon\n"
    "Financement\n"
    "PONT'EMPLOI est cofinancé par l'Union européenne à travers le Fonds européen de développement "
    "régional (FEDER), dans le cadre du programme Interreg VI France-Suisse. Le FEDER ne finance que "
    "les partenaires français.\n"
    "Côté suisse, le projet bénéficie de fonds fédéraux Interreg et d'une contribution du Canton de "
    "Vaud (CHF 80 000) ; la Ville de Nyon et le Centre Social Protestant Vaud apportent le solde en "
    "fonds propres.\n"
    "Plan de financement côté français\n"
    "Poste | Montant\n"
    "FEDER | 420 000 €\n"
    "Département de l'Ain | 90 000 €\n"
    "Total | 510 000 €\n"
    "Contact\n"
    "Coordination : Maison de l'Emploi du Genevois, contact@pont-emploi.eu\n"
)
CROSS_BORDER_URL = "https://www.pont-emploi.eu/fr/le-projet"
CROSS_BORDER_TITLE = "Le projet PONT'EMPLOI – Interreg France-Suisse | Léman"

REGIONAL_TABLE = (
    "Unione dei Comuni della Valdera\n"
    "Progetti finanziati – area immigrazione\n"
    "L'elenco dei progetti attivi nel distretto che ricevono finanziamenti europei o regionali.\n"
    "Progetto\tEnte titolare\tPartner\tFonte di finanziamento\tPeriodo\tImporto finanziato\n"
    '"Parole nuove" – italiano per il lavoro\tCooperativa sociale Arcobaleno\tCPIA Pisa\t'
    "FSE+ Toscana 2021-2027 (Regione Toscana)\t2023-2025\t€ 54.000,00\n"
    '"Ponti di cura" – mediazione nei servizi sanitari\tAzienda USL Toscana nord ovest\t'
    "Società della Salute Valdera\tFAMI 2021-2027 – progetto regionale con capofila la Regione Toscana\t"
    "2023-2026\t€ 180.000,00\n"
)

COUNCIL_ANSWER = (
    "Anfrage: EU-Fördermittel für Angebote für Geflüchtete in Rosenstadt – Antwort\n"
    "Zu Frage 1:\n"
    "In Rosenstadt werden derzeit zwei Projekte aus EU-Fonds gefördert. Zuständige Behörde für den "
    "AMIF ist das Bundesamt für Migration und Flüchtlinge; die ESF-Plus-Mittel des Bundes werden "
    "über das Bundesministerium für Arbeit und Soziales vergeben.\n"
    "Nr. | Projekt | Träger | Fonds | Laufzeit | EU-Mittel\n"
    "1 | „Sprachbrücke Familie“ | Diakonie Rosenstadt e. V. | AMIF | 2023 – 2025 | 240.000,00 €\n"
    "2 | „Arbeit finden“ | Bildungswerk Rosenstadt e. V. | ESF Plus | 2023 – 2026 | 410.000,00 €\n"
    "Weitere Geldgeber:\n"
    "- Projekt 1: Die Stadt Rosenstadt gewährt einen Zuschuss von 15.000 € jährlich; den Rest trägt "
    "der Träger selbst.\n"
    "- Projekt 2: Der Freistaat Bayern beteiligt sich über das Bayerische Staatsministerium für "
    "Familie, Arbeit und Soziales mit Landesmitteln von 60.000 €. Kooperationspartner im Netzwerk "
    "sind das Jobcenter Rosenstadt und die Agentur für Arbeit Rosenstadt.\n"
)

SAI_RELEASE = (
    'Accoglienza: confermato il SAI e al via il progetto "Strade Nuove"\n'
    "Il Ministero dell'Interno ha ammesso a finanziamento la prosecuzione del progetto SAI (Sistema "
    "di Accoglienza e Integrazione) del Comune di Ladispoli per il triennio 2026-2028.\n"
    "SAI Ladispoli: 25 posti\n"
    "Con decreto del Dipartimento per le Libertà civili e l'Immigrazione, il progetto SAI "
    '"Ladispoli Accoglie" (25 posti) è stato confermato dal 1° gennaio 2026 al 31 dicembre 2028. '
    "Il contributo assegnato, a valere sul Fondo nazionale per le politiche e i servizi dell'asilo "
    "(FNPSA), ammonta a 380.000 euro annui. Il Comune è ente titolare del progetto; la gestione "
    "dei servizi resta affidata all'ente attuatore Cooperativa sociale Il Faro.\n"
    '"Strade Nuove": lavoro per i cittadini stranieri\n'
    'Il progetto "Strade Nuove" è finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) '
    "2021-2027. Capofila è la Caritas diocesana di Porto-Santa Rufina.\n"
)

NEWS_STORY = (
    "Regio › Bree\n"
    "Nieuwkomers in Bree leren Nederlands op de werkvloer\n"
    "Dinsdag 4 juni 2024 – Door Els Martens\n"
    "Twaalf nieuwkomers zijn deze week in Bree begonnen aan een traject dat taal en werk combineert.\n"
    "Drie groepen\n"
    "Het traject heet 'Werkwoord' en moet veertig mensen naar een job leiden. Er starten drie "
    "groepen, telkens met een jobcoach.\n"
    "Europees geld\n"
    "Het project kost 240.000 euro. Het grootste deel, 200.000 euro, komt uit het Europees Sociaal "
    "Fonds Plus (ESF+). Het project is op 1 mei 2024 gestart en loopt tot 30 april 2026.\n"
    "Het Sociaal Huis van Bree trekt het project.\n"
    "Lees ook\n"
    "› Peer zoekt gastgezinnen voor jongeren\n"
    "› Bocholt opent nieuw Huis van het Kind\n"
)
NEWS_URL = "https://www.limburgnieuws.be/regio/bree/2024/06/04/werkwoord"


def test_a_funding_guides_numbered_sections_are_no_projects() -> None:
    # (before: "Integrationsfonds der Stadt Neustadt" and "Landesprogramm Integration" were projects)
    ext = facts(FUNDING_GUIDE, "de", title=FUNDING_GUIDE_TITLE, url="https://www.neustadt.de/foerderung")
    assert ext.projects == []


def test_a_page_not_titled_as_a_guide_keeps_its_numbered_projects() -> None:
    text = FUNDING_GUIDE.replace("Fördermöglichkeiten für Integrationsprojekte", "Geförderte Projekte 2025")
    ext = facts(text, "de", title="Geförderte Projekte 2025 - Stadt Neustadt", url="https://www.neustadt.de/projekte")
    assert ext.projects


def test_an_english_guide_titled_funding_for_projects_names_no_project() -> None:
    text = (
        "City of Tallow\n"
        "Funding for integration projects – information for organisations\n"
        "This page explains where money for integration activities can come from.\n"
        "1. Asylum, Migration and Integration Fund (AMIF)\n"
        "The national AMIF programme is managed by the Ministry of Interior, which publishes the calls.\n"
        "2. The City's own grant scheme\n"
        "The City of Tallow supports small community activities with grants of up to EUR 3,000.\n"
    )
    title = "Funding for integration projects – information for organisations | City of Tallow"
    ex = extractor(text, "en", url="https://www.tallow.example/funding", title=title)
    assert ex.ctx.is_funding_guide
    assert facts(text, "en", title=title, url="https://www.tallow.example/funding").projects == []
    # (a headline that reports funding for a named project is no guide; nor is its story, which does
    # not open by saying it explains where money comes from)
    news = "EU funding for Tallow Welcome Hub – City of Tallow"
    story = text.replace("This page explains where money for integration activities can come from.\n", "")
    assert not extractor(story, "en", url="https://www.tallow.example/news", title=news).ctx.is_funding_guide


def test_a_fund_named_only_under_a_later_heading_pays_no_row_of_the_table() -> None:
    # (before: each grant of the national scheme was also the AMIF's)
    ext = facts(COUNTY_GRANTS, "en", url="https://www.kerrycoco.ie/news/community-welcome-fund-2025")
    groups = {org(name) for name in ("Tralee Family Resource Centre", "Killarney Youth Service")}
    assert not groups & runners_of(ext, AMIF)


def test_the_host_spelt_name_the_title_calls_a_project_is_the_pages_project() -> None:
    # (before: the host's name was the site's organisation, and no project was found)
    ext = facts(CROSS_BORDER_SITE, "fr", title=CROSS_BORDER_TITLE, url=CROSS_BORDER_URL)
    p = project(ext, "PONT'EMPLOI")
    assert {ERDF, INTERREG} <= set(p.funders)


def test_each_sides_lead_of_a_record_runs_the_project() -> None:
    ext = facts(CROSS_BORDER_SITE, "fr", title=CROSS_BORDER_TITLE, url=CROSS_BORDER_URL)
    p = project(ext, "PONT'EMPLOI")
    assert {org("Maison de l'Emploi du Genevois"), org("Ville de Nyon")} <= set(p.implementers)


def test_bodies_that_bring_the_rest_from_their_own_funds_are_no_funders() -> None:
    ext = facts(CROSS_BORDER_SITE, "fr", title=CROSS_BORDER_TITLE, url=CROSS_BORDER_URL)
    p = project(ext, "PONT'EMPLOI")
    assert org("Ville de Nyon") not in p.funders
    assert org("Centre Social Protestant Vaud") not in p.funders


def test_a_contribution_in_francs_after_a_fronted_phrase_pays_the_project() -> None:
    ext = facts(CROSS_BORDER_SITE, "fr", title=CROSS_BORDER_TITLE, url=CROSS_BORDER_URL)
    p = project(ext, "PONT'EMPLOI")
    assert org("Canton de Vaud") in p.funders
    assert NATIONAL in p.funders  # "fonds fédéraux"


def test_a_financing_plan_under_its_own_heading_names_the_projects_payers() -> None:
    ext = facts(CROSS_BORDER_SITE, "fr", title=CROSS_BORDER_TITLE, url=CROSS_BORDER_URL)
    assert org("Département de l'Ain") in project(ext, "PONT'EMPLOI").funders


def test_a_fund_cells_bracketed_manager_pays_nothing_and_its_projects_lead_runs() -> None:
    # (before: the Regione was a funder of both rows)
    ext = facts(REGIONAL_TABLE, "it", url="https://www.unione.valdera.pi.it/progetti-finanziati")
    words = project(ext, "Parole nuove")
    care = project(ext, "Ponti di cura")
    assert ESF in words.funders and org("Regione Toscana") not in words.funders
    assert AMIF in care.funders and org("Regione Toscana") not in care.funders
    assert org("Regione Toscana") in care.implementers


def test_numbered_lines_under_the_table_add_payers_to_their_rows() -> None:
    # (before: the federal ESF money said over the table made every row national)
    ext = facts(COUNCIL_ANSWER, "de", url="https://www.rosenstadt.de/sessionnet/vo0050.php")
    family = project(ext, "Sprachbrücke Familie")
    work = project(ext, "Arbeit finden")
    assert set(family.funders) == {AMIF, org("Stadt Rosenstadt")}
    assert set(work.funders) == {ESF, org("Freistaat Bayern")}


def test_a_sum_assigned_from_a_fund_is_no_project() -> None:
    ext = facts(SAI_RELEASE, "it", url="https://www.comune.ladispoli.rm.it/notizie/sai")
    assert not any("contributo" in p.label.lower() for p in ext.projects)


def test_the_kind_of_project_by_its_short_name_is_the_named_project_of_that_kind() -> None:
    # (before: "SAI (Sistema ...)" and "Ladispoli Accoglie" were two projects, the first one paid by the AMIF)
    ext = facts(SAI_RELEASE, "it", url="https://www.comune.ladispoli.rm.it/notizie/sai")
    assert not any(p.label.startswith("SAI (") for p in ext.projects)
    p = project(ext, "Ladispoli Accoglie")
    assert AMIF not in p.funders and {NATIONAL, INTERIOR_IT} <= set(p.funders)


def test_the_holder_and_the_body_the_running_is_given_to_run_the_project() -> None:
    ext = facts(SAI_RELEASE, "it", url="https://www.comune.ladispoli.rm.it/notizie/sai")
    runners = set(project(ext, "Ladispoli Accoglie").implementers)
    assert org("Comune di Ladispoli") in runners
    assert any("il-faro" in iri for iri in runners)
    assert not any("dipartimento" in iri or "department" in iri for iri in runners)


def test_a_news_storys_intertitle_does_not_end_what_it_says_of_its_project() -> None:
    ext = facts(NEWS_STORY, "nl", url=NEWS_URL)
    p = project(ext, "Werkwoord")
    assert ESF in p.funders
    assert p.amounts and max(v for v, _c, _e in p.amounts.values()) == 240000


def test_arrowed_lines_under_read_also_are_all_links() -> None:
    ex = extractor(NEWS_STORY, "nl", url=NEWS_URL)
    links = [i for i, u in enumerate(ex.ctx.units) if u.text.lstrip().startswith("›")]
    assert len(links) == 2 and all(ex.ctx.is_related_link(i) for i in links)


COUNCIL_LETTERED_ANSWER = (
    "Beantwoording schriftelijke vragen over Europese subsidies voor statushouders\n"
    "Vraag 1\n"
    "Welke projecten voor statushouders in Zeewolde worden met Europees geld gefinancierd?\n"
    "Antwoord 1\n"
    "Op dit moment lopen in onze gemeente twee projecten met Europese financiering.\n"
    'a. "Zeewolds Vooruit" – Werkpunt Flevoland begeleidt statushouders via een duaal traject naar '
    "betaald werk. Het project ontvangt € 280.000 uit het Europees Sociaal Fonds Plus (ESF+). De "
    "looptijd is van 1 juli 2023 tot en met 30 juni 2025.\n"
    'b. "Thuis in de zorg" – een landelijk project van Pharos Kenniscentrum dat statushouders '
    "wegwijs maakt in de gezondheidszorg. Het project wordt gefinancierd uit het Asiel-, Migratie- "
    "en Integratiefonds (AMIF) en loopt van 2024 tot en met 2026. Het AMIF wordt in Nederland "
    "namens het ministerie van Justitie en Veiligheid uitgevoerd door de Rijksdienst voor "
    "Ondernemend Nederland (RVO).\n"
)

PARTY_ANSWERS = (
    "Antwoorden op onze schriftelijke vragen over Europese subsidies\n"
    "Vraag 1\n"
    "Om welk project gaat het en wie voert het uit?\n"
    "Antwoord 1\n"
    'Het gaat om het project "Werk en Taal", dat loopt van 2023 tot en met 2026. Het project '
    "wordt uitgevoerd door Stichting Nieuwe Buren en wordt medegefinancierd door het Asiel-, "
    "Migratie- en Integratiefonds (AMIF).\n"
    "Vraag 2\n"
    "Wat zijn de totale kosten van het project en welk deel betaalt de gemeente zelf?\n"
    "Antwoord 2\n"
    "De totale projectbegroting bedraagt € 400.000. De resterende € 100.000 komt voor rekening van "
    "de gemeente Meppel en is gedekt binnen de bestaande begroting voor het sociaal domein "
    "(programma Participatie).\n"
    "Vraag 3\n"
    "Zijn er nog andere Europese middelen?\n"
    "Antwoord 3\n"
    "Ja. De gemeente ontvangt een bijdrage uit het Europees Sociaal Fonds Plus (ESF+) voor het "
    'project "Werkfit Meppel", dat zij zelf uitvoert.\n'
)

ARCHIVED_PROJECT_SITE = (
    "Tees Welcome\n"
    "Home | About | Our work | Contact\n"
    "About Tees Welcome\n"
    "Tees Welcome was a three-year partnership that helped refugees settling in Middlesbrough to "
    "learn English and find work. This page is kept as an archive of the project.\n"
    "What we did\n"
    "1. ESOL classes at three levels;\n"
    '2. "Welcome Buddies" – volunteers matched with newly arrived families;\n'
    "3. drop-in advice sessions on housing and benefits.\n"
    "The partnership\n"
    "Lead partner: Tees Refugee Network\n"
    "Funding\n"
    "Total project budget: £980,000\n"
    "- Asylum, Migration and Integration Fund (AMIF) grant: £735,000 (75 %)\n"
    "- Match funding from Middlesbrough Council: £245,000\n"
    "Tees Welcome was co-financed by the European Union's Asylum, Migration and Integration Fund. "
    "In the UK, AMIF is managed by the Home Office, which monitored the project on its behalf.\n"
)


def test_an_items_fund_sentence_further_on_does_not_take_its_name() -> None:
    # (before: "Thuis in de zorg" was lost to the fund's "uitgevoerd door" two sentences on)
    ext = facts(COUNCIL_LETTERED_ANSWER, "nl", url="https://www.zeewolde.nl/raadsvragen/2025")
    p = project(ext, "Thuis in de zorg")
    assert AMIF in p.funders


def test_a_fund_carried_out_for_a_ministry_by_an_agency_names_no_runner() -> None:
    ext = facts(COUNCIL_LETTERED_ANSWER, "nl", url="https://www.zeewolde.nl/raadsvragen/2025")
    p = project(ext, "Thuis in de zorg")
    assert org("Rijksdienst voor Ondernemend Nederland") not in p.implementers
    assert org("Pharos Kenniscentrum") in p.implementers  # "een landelijk project van X"


def test_an_answer_under_a_question_about_the_project_is_the_last_named_ones() -> None:
    # (before: the answer on the costs and the town's share was no project's)
    ext = facts(PARTY_ANSWERS, "nl", url="https://www.lokaalmeppel.nl/nieuws/antwoorden")
    p = project(ext, "Werk en Taal")
    assert org("gemeente Meppel") in p.funders  # "komt voor rekening van de gemeente Meppel"
    assert p.amounts and max(v for v, _c, _e in p.amounts.values()) == 400000


def test_a_budget_programme_in_brackets_is_no_project() -> None:
    ext = facts(PARTY_ANSWERS, "nl", url="https://www.lokaalmeppel.nl/nieuws/antwoorden")
    assert not any(p.label == "Participatie" for p in ext.projects)


def test_a_project_sites_name_said_to_be_co_financed_is_the_projects() -> None:
    # (before: the host's name was the site's organisation; a list line and a scheme were projects)
    url = "https://www.tees-welcome.org.uk/about"
    ext = facts(ARCHIVED_PROJECT_SITE, "en", url=url, title="About Tees Welcome – the partnership | Tees Welcome")
    p = project(ext, "Tees Welcome")
    assert AMIF in p.funders and org("Middlesbrough Council") in p.funders
    assert org("Tees Refugee Network") in p.implementers
    assert not any("Buddies" in q.label or "behalf" in q.label for q in ext.projects)


def test_the_body_a_runners_role_names_anywhere_runs_the_pages_one_project() -> None:
    # (before: the prefecture, the subject of a sentence on the project, ran it)
    text = (
        "À Lens, des réfugiés retrouvent un emploi grâce à un dispositif européen\n"
        "Par Julie Martel – Publié le 14/03/2024\n"
        "Le dispositif s'appelle « Cap Métiers Gohelle ». Il a été lancé en janvier 2023 et doit courir "
        "jusqu'au 31 décembre 2025.\n"
        "La préfecture du Pas-de-Calais suit le projet de près mais ne le finance pas.\n"
        "Qui paie ?\n"
        "L'essentiel est financé par l'Union européenne, au titre du Fonds asile, migration et "
        "intégration (FAMI). Le reste est pris en charge par la structure porteuse, La Passerelle "
        "Active, bien connue dans le Pas-de-Calais.\n"
    )
    ext = facts(text, "fr", url="https://www.lavoixdugohelle.fr/lens/refugies-emploi")
    runners = project(ext, "Cap Métiers Gohelle").implementers
    assert any("passerelle-active" in iri for iri in runners)
    assert not any("prefecture" in iri for iri in runners)


PROJECT_PAGE_WITH_DENIAL = (
    "Consorzio Intercomunale Servizi Sociali Alto Novarese\n"
    "ALTO NOVARESE INCLUDE\n"
    "Percorsi di autonomia per cittadini di Paesi terzi\n"
    "Progetto cofinanziato dall'Unione europea – Fondo Asilo, Migrazione e Integrazione 2021-2027\n"
    "Il progetto\n"
    "ALTO NOVARESE INCLUDE accompagna titolari di protezione internazionale verso una piena autonomia.\n"
    "Soggetto capofila\n"
    "Consorzio Intercomunale Servizi Sociali Alto Novarese (CISSAN)\n"
    "Durata: dal 01/03/2024 al 31/12/2026\n"
    "Budget complessivo: € 400.000,00\n"
    "di cui contributo UE (75%): € 300.000,00\n"
    "e cofinanziamento nazionale a carico del Fondo di rotazione (25%): € 100.000,00\n"
    "Nota: ALTO NOVARESE INCLUDE non è finanziato dal PON Inclusione né dal Programma regionale FSE+ "
    "del Piemonte.\n"
)
PROJECT_PAGE_URL = "https://www.cissan.it/progetti/alto-novarese-include"
PROJECT_PAGE_TITLE = "ALTO NOVARESE INCLUDE | CISSAN"

RANKING_DECISION = (
    "Città di Trinitapoli\n"
    "OGGETTO: Avviso pubblico per progetti di inclusione di cittadini di Paesi terzi – PR Puglia "
    "FESR-FSE+ 2021-2027. Approvazione della graduatoria definitiva.\n"
    "DETERMINA\n"
    "1. di approvare la graduatoria definitiva delle proposte progettuali, come di seguito riportata:\n"
    "N.  Soggetto proponente  Titolo del progetto  Punteggio  Contributo FSE+ concesso\n"
    '1  Casa dei Popoli APS – Trinitapoli  "Parole in Piazza" – laboratori di italiano L2  86,00  € 36.000,00\n'
    "2  ATS Caritas diocesana di Trinitapoli (capofila) / ACLI provinciali BAT (mandante)  "
    '"Sportello Casa" – orientamento abitativo  80,00  € 31.500,00\n'
    '3  Associazione Terre Nuove – Margherita  "Insieme"  —  non ammesso\n'
    "2. di ammettere a finanziamento i progetti collocati dalla posizione n. 1 alla posizione n. 2, a "
    "valere sulle risorse FSE+ del PR Puglia 2021-2027.\n"
)


def test_funds_a_project_is_said_not_to_get_pay_it_nothing() -> None:
    # (before: the PON Inclusione and the ESF+ of the note were its funders, and the AMIF not)
    ext = facts(PROJECT_PAGE_WITH_DENIAL, "it", title=PROJECT_PAGE_TITLE, url=PROJECT_PAGE_URL)
    p = project(ext, "ALTO NOVARESE INCLUDE")
    assert ESF not in p.funders
    assert {AMIF, NATIONAL} <= set(p.funders)  # "contributo UE": the page's fund


def test_columns_parted_by_two_spaces_make_a_table() -> None:
    # (before: the ranking's rows were sentences, and no project was found)
    ext = facts(RANKING_DECISION, "it", url="https://www.comune.trinitapoli.bt.it/albo/determina-1186")
    words = project(ext, "Parole in Piazza")
    assert ESF in words.funders and org("Casa dei Popoli") in words.implementers  # (its legal form left out)


def test_a_mandante_in_brackets_is_a_partner() -> None:
    ext = facts(RANKING_DECISION, "it", url="https://www.comune.trinitapoli.bt.it/albo/determina-1186")
    p = project(ext, "Sportello Casa")
    assert org("ACLI provinciali BAT") in p.partners and org("ACLI provinciali BAT") not in p.implementers


def test_an_application_not_honoured_is_no_project() -> None:
    # (before: "Taalcafé Vrouwen" was a project the ESF+ paid)
    text = (
        "Beantwoording schriftelijke vragen over taal voor statushouders\n"
        "Vraag 3\n"
        "Klopt het dat de gemeente Europees geld heeft aangevraagd voor taallessen voor vrouwen?\n"
        "Antwoord 3\n"
        "Dat klopt gedeeltelijk. De gemeente heeft in 2023 samen met de Bibliotheek Goes een aanvraag "
        "ingediend bij het Europees Sociaal Fonds (ESF+) voor het project 'Taalhuis Vrouwen'. Die "
        "aanvraag is niet gehonoreerd omdat het subsidieplafond was bereikt.\n"
    )
    ext = facts(text, "nl", url="https://www.goes.nl/raadsvragen/2025/taal")
    assert not any("Taalhuis" in p.label for p in ext.projects)


def test_funds_of_a_body_said_to_stand_outside_the_project_are_not_the_pages() -> None:
    # (before: the ERDF and the ESF+ the region manages were the project's funds too)
    text = (
        "Soissons : des réfugiés reprennent le chemin de l'emploi\n"
        "Par Marie Lenoir | Publié le 14/03/2024\n"
        "Baptisé « Parcours Avenir 02 », le dispositif doit accompagner 80 réfugiés en 2024 et 2025.\n"
        "Le budget total atteint 150 000 euros. Le Fonds asile, migration et intégration (Fami) de "
        "l'Union européenne apporte 90 000 euros.\n"
        "Quant à la Région Hauts-de-France, qui gère une partie des fonds européens (Feder et FSE+) sur "
        "le territoire, elle n'intervient pas dans ce projet.\n"
        "C'est l'association Solidarité Soissonnaise qui porte le projet.\n"
    )
    ext = facts(text, "fr", url="https://www.aisnenouvelle.fr/id1234/article/soissons-refugies")
    p = project(ext, "Parcours Avenir 02")
    assert AMIF in p.funders and ESF not in p.funders and ERDF not in p.funders
