"""Pages read in held30 (session 40): a Land's release whose projects each have a "Träger: SHORT –
Long name" line; a ministry's release that pays a table's rows "in EU and national funds"; a
council paper whose content heading is no project; a regional daily that names its town in the
headline and in the text; an association's yearly report whose projects are paid "vom Ministerium
... gefördert" and led "vom Verein X geleitet"; a partnership table whose partner leads a work
package."""

from __future__ import annotations

from extract_helpers import AMIF, FUND, extractor, mention_names, names_of, project

NATIONAL = FUND + "NATIONAL"

# Each project's runner on a "Träger:" line, by its short form, a dash and its long form.
TRAEGER_DE = (
    "Das Land fördert drei Integrationsprojekte. Die Projekte im Überblick:\n\n"
    "Brücken bauen\n"
    "Träger: LIRA – Lernen und Rat für Frauen\n"
    "Deutschkurse mit Kinderbetreuung in Linz. Laufzeit 2024 bis 2026.\n"
    "Förderung Land: € 120.000,–\n\n"
    "Nachbarn im Viertel\n"
    "Träger: KOMPASS – Interkulturelles Beratungs- und Therapiezentrum, Wels\n"
    "Gemeinwesenarbeit in Wohnsiedlungen. Laufzeit 2024 bis 2025.\n"
    "Förderung Land: € 80.000,–\n\n"
    "Lernen im Betrieb\n"
    "Träger: Caritas der Diözese Linz\n"
    "Begleitung junger Geflüchteter in der Lehre, 2024 bis 2026.\n"
    "Förderung Land: € 95.000,–\n"
)


def test_a_record_runner_written_by_its_short_form_a_dash_and_its_long_form() -> None:
    ex = extractor(TRAEGER_DE, "de", url="https://www.land.example.at/presse/integration")
    names = mention_names(ex)
    # (before: "LIRA" was no organisation at all, and only "Therapiezentrum" of the second name)
    assert "LIRA – Lernen und Rat für Frauen" in names
    assert "KOMPASS – Interkulturelles Beratungs- und Therapiezentrum" in names
    assert "Therapiezentrum" not in names
    assert names_of(ex, project(ex, "Brücken bauen").implementers) == {"LIRA – Lernen und Rat für Frauen"}
    assert names_of(ex, project(ex, "Nachbarn im Viertel").implementers) == {
        "KOMPASS – Interkulturelles Beratungs- und Therapiezentrum"
    }


# The same shape in English, on another publisher's project page: the short form names it later.
IMPLEMENTING_EN = (
    "Safe Steps – supported living for young refugees\n"
    "Implementing organisation: HAVEN – Hellenic Association for Vulnerable Newcomers\n"
    "Duration: 1 March 2023 – 28 February 2025\n"
    "Funding: Asylum, Migration and Integration Fund (AMIF)\n\n"
    "HAVEN runs four flats in Thessaloniki where young people prepare for independent life.\n"
)


def test_a_record_runners_short_form_names_it_again_later() -> None:
    ex = extractor(IMPLEMENTING_EN, "en", url="https://www.haven-ngo.example.gr/projects/safe-steps")
    whole = "HAVEN – Hellenic Association for Vulnerable Newcomers"
    assert whole in mention_names(ex)
    iri = next(o.iri for o in ex.ctx.orgs if o.name == whole)
    # (the later "HAVEN runs ..." is the same body)
    assert any(o.iri == iri and ex.ctx.text[o.start : o.end] == "HAVEN" for o in ex.ctx.orgs)


# A line of its own under the section heading pays the table "in EU and national funds"; the
# fund's name comes in the next sentence, another fund only after the table.
EU_AND_NATIONAL_EN = (
    "News > Press Releases\n\n"
    "12 March 2024\n\n"
    "€2.1 million in EU and national funds for three integration projects\n\n"
    "Grant agreements for three projects under the Asylum, Migration and Integration Fund "
    "programme 2021-2027 were signed today. The projects are co-financed at 75% by the European "
    "Union, with the remaining 25% covered by national funds.\n"
    "The three projects are:\n"
    "Beneficiary | Project | Total eligible cost\n"
    "Harbour Learning Centre | Words First: language courses for newcomers | €900,000\n"
    "Island Housing Foundation | Home Base: transition housing | €800,000\n"
    "Youth Support Agency | Step Up: mentoring for young refugees | €400,000\n"
    "All three projects are to be implemented between 2024 and 2026.\n"
    "The Minister said that integration starts on the first day.\n\n"
    "The AMIF programme has a total allocation of €37.7 million. A call under the Border Management "
    "and Visa Instrument (BMVI) is currently open.\n"
)


def test_a_section_lead_of_eu_and_national_funds_pays_the_rows_from_the_pages_fund() -> None:
    ex = extractor(EU_AND_NATIONAL_EN, "en", url="https://www.ministry.example.mt/press/pr240312")
    p = project(ex, "Words First")
    # (before: the lead named national money only, and the rows got NATIONAL without the fund)
    assert AMIF in p.funders and NATIONAL in p.funders
    assert not any(f.endswith("/BMVI") for f in p.funders)  # named after the table: not its payer


# A council paper: a content heading over the project's description is no project.
CONTENT_HEADING_DE = (
    "Beschlussvorschlag:\n"
    "Der Kreistag stimmt der Durchführung des AMIF-Projekts „Brückenschlag“ durch den Landkreis zu.\n\n"
    "Inhalt des Projekts\n"
    "Geplant sind eine Clearingstelle für Anerkennung und aufsuchende Sprechstunden in den Gemeinden.\n"
    "Die Projektlaufzeit beträgt 36 Monate, vom 01.04.2024 bis zum 31.03.2027.\n"
)


def test_a_heading_of_the_projects_content_is_no_project() -> None:
    ex = extractor(CONTENT_HEADING_DE, "de", url="https://buergerinfo.landkreis.example.de/vorlage")
    labels = [p.label for p in ex.projects]
    assert not any("Inhalt" in label for label in labels), labels


# A news page titled "Town: headline", its dateline the town in capitals, the text "in Town".
DATELINE_NL = (
    "Dorpel: anderstalige ouders gaan zelf naar school, met Europees geld\n"
    "ma 15 jan 2024 - 17:42\n"
    "DORPEL\n"
    "In drie basisscholen in Dorpel krijgen ouders die pas in België wonen voortaan zelf les. Voor het "
    "initiatief 'Ouders in de Klas' komt er Europees geld uit het AMIF.\n"
    "Het project wordt getrokken door vzw Schakel, samen met het lokaal bestuur.\n"
)


def test_a_headlines_town_over_its_dateline_is_no_project() -> None:
    ex = extractor(
        DATELINE_NL,
        "nl",
        url="https://www.regiotv.example.be/nieuws/dorpel-ouders",
        title="Dorpel: anderstalige ouders gaan zelf naar school, met Europees geld | RegioTV",
    )
    labels = [p.label for p in ex.projects]
    # (before: the title's head "Dorpel", also the dateline's heading, became a second project,
    # which took the runner)
    assert "Dorpel" not in labels, labels
    assert names_of(ex, project(ex, "Ouders in de Klas").implementers) == {"Schakel"}


# A name with a word between a word and itself.
DOUBLED_FR = (
    "« On a commencé avec six personnes », sourit Claire Vidal, coordinatrice de l'association "
    "Pas à Pas Cœur d'Hérault, qui porte le projet financé par le FAMI.\n"
)


def test_an_association_named_with_a_word_between_a_word_and_itself() -> None:
    ex = extractor(DOUBLED_FR, "fr", url="https://www.journal.example.fr/lodeve")
    assert "Pas à Pas Cœur d'Hérault" in mention_names(ex)


# A yearly report: one project paid "vom Ministerium ... gefördert", another led "vom Verein X
# geleitet und aus dem AMIF kofinanziert".
REPORT_DE = (
    "Jahresbericht 2023\n\n"
    "Projekte 2023\n\n"
    "Lesepaten\n"
    "Seit Februar 2023 begleiten Ehrenamtliche Kinder beim Lesen. Die Lesepaten werden vom "
    "Ministerium für Bildung und Integration im Rahmen des Landesprogramms „Vor Ort“ mit 28.500 € "
    "gefördert (Förderzeitraum 2023–2024).\n\n"
    "Asylberatung Plus\n"
    "Mit Asylberatung Plus beraten wir Asylsuchende vor und nach der Anhörung. Das Angebot wird aus "
    "Bundesmitteln gefördert; die Förderung ist bis Ende 2025 zugesagt.\n\n"
    "Frauencafé\n"
    "Das Frauencafé ist unser Teil des Verbundprojekts „Gut ankommen“, das vom Caritasverband "
    "Talstadt e.V. geleitet und aus dem Asyl-, Migrations- und Integrationsfonds der EU "
    "kofinanziert wird (Laufzeit 2023 bis 2025).\n"
)


def test_the_agent_of_a_funding_participle_pays_and_runs_nothing() -> None:
    ex = extractor(REPORT_DE, "de", url="https://www.netzwerk-talstadt.example.de/jahresbericht")
    p = project(ex, "Lesepaten")
    # (before: the ministry, named near the sentence's opening, was taken for its subject and runner)
    assert "Ministerium für Bildung und Integration" not in names_of(ex, p.implementers)
    assert "Ministerium für Bildung und Integration" in names_of(ex, p.funders)


def test_the_agent_of_a_running_participle_before_a_funding_one_runs_and_pays_nothing() -> None:
    ex = extractor(REPORT_DE, "de", url="https://www.netzwerk-talstadt.example.de/jahresbericht")
    p = project(ex, "Gut ankommen")
    assert names_of(ex, p.implementers) == {"Caritasverband Talstadt e.V."}
    # (before: "vom Caritasverband ... geleitet und aus dem AMIF kofinanziert" made it a payer
    # beside the fund, and a funder of its own project)
    assert "Caritasverband Talstadt e.V." not in names_of(ex, p.funders)
    assert AMIF in p.funders


def test_a_project_borne_by_a_body_is_run_by_it_its_costs_borne_are_paid() -> None:
    ran = extractor(
        "Das Projekt „Anker“ wird seit Januar 2023 vom Diakonischen Werk Talstadt getragen. Es wird aus "
        "dem Asyl-, Migrations- und Integrationsfonds gefördert.\n",
        "de",
        url="https://www.landkreis.example.de/presse",
    )
    # (a guard: "getragen" is also how costs are borne; the running reading must not take the
    # paying one's place, nor the paying one make the runner a payer)
    p = project(ran, "Anker")
    assert names_of(ran, p.implementers) == {"Diakonischen Werk Talstadt"}
    assert "Diakonischen Werk Talstadt" not in names_of(ran, p.funders)
    paid = extractor(
        "Das Projekt „Anker“ wird aus dem Asyl-, Migrations- und Integrationsfonds gefördert. Die übrigen "
        "Kosten werden vom Landkreis Talstadt getragen.\n",
        "de",
        url="https://www.verein.example.de/anker",
    )
    assert {o.name for o in paid.ctx.orgs if o.iri in paid.ctx.payers} == {"Landkreis Talstadt"}


# A partnership table: the coordinator leads; a partner that leads one work package does not.
CONSORTIUM_NL = (
    "MOEDERKRACHT is een transnationaal project binnen het Asiel-, Migratie- en Integratiefonds (AMIF).\n\n"
    "Partners\n\n"
    "Organisatie    Land    Rol\n"
    "Centro Aurora    Italië (Palermo)    Coördinator\n"
    "Kennisplein    Nederland (Utrecht)    Partner – trekker werkpakket 3\n"
    "Fundación Puente    Spanje    Partner\n"
)


def test_a_partner_leading_a_work_package_does_not_lead_the_project() -> None:
    ex = extractor(CONSORTIUM_NL, "nl", url="https://www.kennisplein.example.nl/projecten/moederkracht")
    p = project(ex, "MOEDERKRACHT")
    # (before: "Coördinator" was no lead role in Dutch, and "trekker" made the partner the runner)
    assert names_of(ex, p.implementers) == {"Centro Aurora"}


# A line that opens with the funding participle itself ("Kofinanziert aus Mitteln des ...").
COFUNDED_LINE_DE = (
    "Das Land fördert zwei Integrationsprojekte. Die Projekte im Überblick:\n\n"
    "Sprachtreff Nord\n"
    "Träger: Caritas der Diözese Linz\n"
    "Deutschkurse für Frauen, 2024 bis 2026.\n"
    "Kofinanziert aus Mitteln des Asyl-, Migrations- und Integrationsfonds der Europäischen Union.\n\n"
    "Lehre statt Leere\n"
    "Träger: Volkshilfe Linz\n"
    "Begleitung junger Geflüchteter in der Lehrausbildung, 2024 bis 2025.\n"
    "Kofinanziert aus Mitteln des Asyl-, Migrations- und Integrationsfonds der Europäischen Union.\n"
)


def test_a_line_opened_by_a_funding_participle_names_no_project() -> None:
    ex = extractor(COFUNDED_LINE_DE, "de", url="https://www.land.example.at/presse/zwei-projekte")
    labels = [p.label for p in ex.projects]
    # (before: "Kofinanziert" read as the name before "aus Mitteln des ...", a project of its own)
    assert "Kofinanziert" not in labels, labels
    assert AMIF in project(ex, "Lehre statt Leere").funders


# A council's information letter: its kind as the first heading, a "whom to ask" line among the
# record lines, the agency that grants for the minister.
COUNCIL_LETTER_NL = (
    "Gemeente Zandvoorde\n\n"
    "Raadsinformatiebrief\n\n"
    "Onderwerp: Start pilot 'Samen Werken' voor statushouders met Europese subsidie\n"
    "Datum: 26 maart 2024\n"
    "Informatie bij: afdeling Werk en Participatie, telefoon 14 071\n\n"
    "Geachte leden van de raad,\n\n"
    "Met deze brief informeren wij u over de toekenning van een Europese subsidie uit het Asiel-, "
    "Migratie- en Integratiefonds (AMIF) voor de pilot 'Samen Werken'. De gemeente Zandvoorde is "
    "aanvrager en penvoerder van het project.\n\n"
    "Financiën\n"
    "Het AMIF wordt in Nederland beheerd door het ministerie van Justitie en Veiligheid als "
    "verantwoordelijke autoriteit. De Dienst Uitvoering Subsidies aan Instellingen (DUS-I) verleent "
    "de subsidies namens de minister.\n"
)


def _council_letter():
    return extractor(
        COUNCIL_LETTER_NL,
        "nl",
        url="https://zandvoorde.bestuurlijkeinformatie.example.nl/rib",
        title="Raadsinformatiebrief - Start pilot 'Samen Werken' voor statushouders (AMIF)",
    )


def test_a_council_papers_kind_as_its_heading_is_no_project() -> None:
    labels = [p.label for p in _council_letter().projects]
    assert not any(label.startswith("Raadsinformatiebrief") for label in labels), labels


def test_the_department_on_a_papers_contact_line_runs_nothing() -> None:
    ex = _council_letter()
    # (a guard: once the kind heading names no project, the "Informatie bij" line falls in the
    # project's scope; in held30 the department on it then became the runner)
    assert "Werk en Participatie" not in names_of(ex, project(ex, "Samen Werken").implementers)


def test_an_agency_that_grants_for_the_minister_pays_no_project() -> None:
    ex = _council_letter()
    # (a guard: in held30 the agency that grants "namens de minister" paid the municipality in a
    # second project named after the title; here the model does not pair them at all)
    assert not any("Dienst Uitvoering Subsidies" in n for q in ex.projects for n in names_of(ex, q.funders))


# A news item that names the project, then its translation in brackets; a fund of the ministry that
# "will open for applications" is a call.
NEWS_EN = (
    "A new programme that will help refugees in north Louth to find work was launched in Dundalk.\n\n"
    "The initiative, called Slí Ghlas (Green Path), will work with around 120 adults over the next three "
    "years. It is funded by the EU's Asylum, Migration and Integration Fund.\n\n"
    "Separately, the Department's Community Integration Fund, which is paid for by the Exchequer and "
    "supports smaller local events and activities, will open for applications next week.\n\n"
    "Slí Ghlas is run by the North Louth Refugee Forum, a charity founded in 2016.\n"
)


def test_a_name_and_its_translation_in_brackets_are_one_project_and_a_call_is_none() -> None:
    ex = extractor(NEWS_EN, "en", url="https://www.localpaper.example.ie/news/sli-ghlas")
    labels = [p.label for p in ex.projects]
    assert len([label for label in labels if label.startswith("Slí Ghlas")]) == 1, labels
    assert not any("local events" in label for label in labels), labels


# A written answer: the fund's programme and its period, managed by a ministry, is no project.
PROGRAMME_NL = (
    "Het programma 2021-2027 wordt in België beheerd door de FOD Binnenlandse Zaken, die als "
    "verantwoordelijke autoriteit de projecten selecteert.\n"
    'Het project "Eerste Werk" van vzw Onthaal krijgt een AMIF-bijdrage van 612.340,00 euro.\n'
)


def test_a_programme_by_its_period_is_no_project() -> None:
    ex = extractor(PROGRAMME_NL, "nl", url="https://www.parlement.example.be/vraag-212")
    labels = [p.label for p in ex.projects]
    assert not any(label.lower().startswith("programma") for label in labels), labels


# A closed project's page: its record's "Koordination" line, a strand of the fund in brackets, the
# grant agreement's number on a line of its own, an evaluation quoted, a follow-up paid by the state.
CLOSED_PROJECT_DE = (
    "BRÜCKENLAND – Lokale Netzwerke in Kleinstädten\n"
    "Status: abgeschlossen\n\n"
    "Eckdaten\n"
    "Förderung: Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union, transnationale "
    "Maßnahmen (Union Actions)\n"
    "Finanzhilfevereinbarung (Grant Agreement) Nr. 863627\n"
    "Laufzeit: 01.01.2020 – 30.06.2022\n"
    "Koordination: VINO – Verein für Integration und Nachbarschaft, Brünn\n\n"
    "Die Schulungsmodule hat der Verein Menschen.Leben aus Wien entwickelt.\n"
    "Die externe Evaluation bescheinigt dem Projekt „hohe Übertragbarkeit“.\n"
    "In Kolín wird die Koordinationsstelle seit 2023 weitergeführt – finanziert aus dem Staatshaushalt "
    "über das Förderprogramm des Innenministeriums.\n"
)


def test_a_closed_projects_record_lines_name_its_runner_and_no_other_project() -> None:
    ex = extractor(CLOSED_PROJECT_DE, "de", url="https://www.netzwerk-mitte.example.eu/projekte/brueckenland")
    names = mention_names(ex)
    assert "VINO – Verein für Integration und Nachbarschaft" in names  # ("Koordination:" names the runner)
    assert "Union Actions" not in names  # the fund's strand, no body
    assert "Menschen.Leben" in names  # (a full stop between letters is part of the name)
    labels = [p.label for p in ex.projects]
    assert not any("Finanzhilfevereinbarung" in label for label in labels), labels
    assert not any("Übertragbarkeit" in label for label in labels), labels  # words quoted, no name
    assert not any("Staatshaushalt" in label for label in labels), labels  # where money comes from


# A region's call, and the projects its last call paid, each quoted with its association.
REGION_CALL_IT = (
    "Invito pubblico 2025: fino a 15.000 euro per progetti di inclusione dei lavoratori stranieri\n\n"
    "La Regione Marittima ha pubblicato oggi l'Invito pubblico per il finanziamento di progetti delle "
    "associazioni. A disposizione ci sono complessivamente 120.000,00 euro del bilancio regionale.\n\n"
    "Le associazioni interessate a progetti di dimensioni maggiori possono candidarsi agli inviti del "
    "Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027.\n\n"
    "Con l'invito 2024, dotato di 60.000 euro, la Regione aveva sostenuto tra gli altri due progetti: i "
    'corsi serali "Il croato al lavoro" dell\'Associazione Ponte di Pola (14.800,00 euro), e lo sportello '
    '"Porta aperta" dell\'associazione Mareaperta di Umago (12.500,00 euro).\n'
)


def test_quoted_names_with_their_associations_are_the_projects_a_region_paid_and_its_call_is_none() -> None:
    ex = extractor(REGION_CALL_IT, "it", url="https://www.regione-marittima.example.hr/notizie/invito-2025")
    labels = [p.label for p in ex.projects]
    assert not any(label.startswith("Invito pubblico") for label in labels), labels
    # (before: the quoted names after a kind of activity ("i corsi serali", "lo sportello") were no
    # projects, and the region was no payer: "aveva sostenuto" was no funding verb)
    p = project(ex, "croato al lavoro")
    assert names_of(ex, p.implementers) == {"Ponte di Pola"}
    assert "Regione Marittima" in names_of(ex, p.funders)
    assert AMIF not in p.funders
    assert names_of(ex, project(ex, "Porta aperta").implementers) == {"Mareaperta di Umago"}


# An association's "Our financial partners" page: its projects as headings under a heading of
# projects, then a note on a fund's logo it gets no money from.
PARTNERS_PAGE_EN = (
    "Our financial partners\n\n"
    "Open Bridges asbl has been welcoming people who have fled their country since 2016. Thank you to "
    "everyone who supports us!\n\n"
    "Projects currently supported\n\n"
    "BuddyUp – peer mentoring for young applicants\n"
    "BuddyUp pairs young people with trained volunteer mentors.\n"
    "- 75% from the European Union's Asylum, Migration and Integration Fund (AMIF)\n"
    "- 25% national co-financing from the Ministry of Family Affairs\n\n"
    "Cooking Together\n"
    "Every Thursday evening, newcomers and residents cook together. In 2024, Cooking Together is "
    "supported by the Hope Foundation with a grant of €18,500.\n\n"
    "A note on the logos\n"
    "You will also see the Interreg logo on this page: we are one of 40 members of a cross-border "
    "network funded by the Interreg VI A Greater Region programme. Open Bridges does not itself receive "
    "Interreg money.\n"
)


def test_a_partners_page_lists_its_projects_and_a_note_on_a_funds_logo_is_none() -> None:
    ex = extractor(
        PARTNERS_PAGE_EN,
        "en",
        url="https://www.openbridges.example.lu/en/financial-partners",
        title="Our financial partners | Open Bridges asbl",
    )
    labels = [p.label for p in ex.projects]
    # (before: the title's "financial partners" was the project, and the note on the logos one more)
    assert not any("partners" in label.lower() for label in labels), labels
    assert not any("logos" in label.lower() for label in labels), labels
    assert AMIF in project(ex, "BuddyUp").funders
    assert "Hope Foundation" in names_of(ex, project(ex, "Cooking Together").funders)


def test_an_italian_sentences_preposition_and_article_open_no_name() -> None:
    ex = extractor(
        "Dalla Prefettura 318mila euro di fondi europei per gli sportelli informativi gestiti dalla "
        "cooperativa sociale Sviluppo e Lavoro.\n",
        "it",
        url="https://www.quotidiano.example.it/belluno/sportelli",
    )
    assert "Dalla Prefettura" not in mention_names(ex)


# A transparency page: two records, each under its heading, the second with a project code.
TRANSPARENCY_IT = (
    "Progetti finanziati con fondi europei\n\n"
    "CASA APERTA – Percorsi di autonomia abitativa\n"
    "Fondo\tFAMI 2021-2027 – Obiettivo specifico 2\n"
    "Soggetto capofila\tASP della Bassa Valle\n"
    "Importo complessivo ammesso\t€ 742.318,60\n"
    "Data avvio\t01/06/2023\n"
    "Data conclusione\t31/12/2025\n\n"
    "LINGUE IN RETE – Formazione civico-linguistica\n"
    "Fondo\tFAMI 2014-2020 – OS2 Integrazione\n"
    "Codice progetto\tPROG-2387\n"
    "Soggetto capofila\tRegione Emilia-Romagna\n"
    "Periodo\t2020-2022\n"
)


def test_records_under_their_headings_take_their_names_and_dates() -> None:
    ex = extractor(TRANSPARENCY_IT, "it", url="https://www.aspbassavalle.example.it/trasparente/progetti")
    first = project(ex, "CASA APERTA")
    # (before: "Data avvio" and "Data conclusione" were no start and end keys)
    assert (first.start_year, first.end_year) == (2023, 2025)
    # (before: the second record was named by its code, "PROG-2387")
    second = project(ex, "LINGUE IN RETE")
    assert names_of(ex, second.implementers) == {"Regione Emilia-Romagna"}


# A council paper's financing lines: the body's own share named right after its noun.
OWN_SHARE_DE = (
    "Beschlussvorschlag:\n"
    "Der Kreistag stimmt der Durchführung des AMIF-Projekts „Brückenschlag“ durch den Landkreis Talheim zu.\n\n"
    "Finanzielle Auswirkungen:\n"
    "Gesamtausgaben des Projekts\t1.184.600,00 €\n"
    "davon Zuwendung AMIF (75 %)\t888.450,00 €\n"
    "davon Eigenanteil Landkreis Talheim (25 %)\t296.150,00 €\n"
)
OWN_SHARE_NL = (
    "Het project 'Samen Sterk' van de stad Zandvoorde wordt gefinancierd door het AMIF.\n"
    "Financiering:\n"
    "- AMIF-bijdrage: € 300.000\n"
    "- Bijdrage stad Zandvoorde: € 100.000\n"
)


def test_a_bodys_own_share_named_right_after_the_share_noun_makes_it_a_funder() -> None:
    de = extractor(OWN_SHARE_DE, "de", url="https://buergerinfo.landkreis-talheim.example.de/vorlage")
    # (before: "Eigenanteil" had to be followed by "der"/"des" before the name)
    assert "Landkreis Talheim" in names_of(de, project(de, "Brückenschlag").funders)
    nl = extractor(OWN_SHARE_NL, "nl", url="https://www.zandvoorde.example.be/nieuws/samen-sterk")
    assert "stad Zandvoorde" in names_of(nl, project(nl, "Samen Sterk").funders)
