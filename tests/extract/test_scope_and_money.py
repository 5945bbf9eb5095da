"""What a project's own words are (the lines under its list line, the paragraph it opens, the
sentences that go on about it further down), who its text says runs or pays it, and the amounts
who-funded-what prints (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, names, project, runners_of

from migkg.loaders.extract.context import leading_name_words
from migkg.loaders.extract.cues import cues_for

REGION = "https://w3id.org/migkg/id/org/region-valmontoise"


def _runner_names(ex, p) -> set[str]:
    named = {m.iri: m.name for m in ex.ctx.orgs}
    return {named.get(o, o) for o in p.implementers}


LIST_WITH_DESCRIPTIONS = (
    "Insertion des réfugiés : la Région Valmontoise soutient trois projets\n"
    "Les trois projets soutenus\n"
    "▪ Cap Métiers (Valbourg)\n"
    "Porté par l'association Horizons Partagés, ce parcours associe français et stages en entreprise.\n"
    "Coût total : 400 000 €\n"
    "- FSE+ : 240 000 €\n"
    "- Région (fonds propres) : 160 000 €\n"
    "▪ Cuisine Solidaire (Montclair)\n"
    "À Montclair, l'association Table Ouverte lance un chantier d'insertion en cuisine.\n"
    "La Région apporte 80 000 € sur ses fonds propres pour l'année 2025.\n"
    "▪ Permis Pro (Serrac)\n"
    "La Mission locale de Serrac accompagnera de 2025 à 2027 des jeunes réfugiés vers le permis.\n"
    "Le projet est financé à hauteur de 90 000 € par le FSE+.\n"
)


def test_the_lines_under_a_list_line_are_its_projects_own() -> None:
    ex = extractor(LIST_WITH_DESCRIPTIONS, "fr", url="https://www.region-valmontoise.fr/presse/refugies")
    cap = project(ex, "Cap Métiers")
    assert _runner_names(ex, cap) == {"Horizons Partagés"}
    assert ESF in cap.funders
    # the breakdown line "- Région (fonds propres) : 160 000 €" under it: the Region pays too
    assert any("region-valmontoise" in f for f in cap.funders), cap.funders


def test_a_bare_place_in_a_list_lines_parenthesis_is_not_its_runner() -> None:
    ex = extractor(LIST_WITH_DESCRIPTIONS, "fr", url="https://www.region-valmontoise.fr/presse/refugies")
    assert _runner_names(ex, project(ex, "Cuisine Solidaire")) == {"Table Ouverte"}
    assert _runner_names(ex, project(ex, "Permis Pro")) == {"Mission locale de Serrac"}


def test_a_sentence_opening_with_la_region_names_the_region() -> None:
    ex = extractor(LIST_WITH_DESCRIPTIONS, "fr", url="https://www.region-valmontoise.fr/presse/refugies")
    cuisine = project(ex, "Cuisine Solidaire")
    assert any("region-valmontoise" in f for f in cuisine.funders), cuisine.funders


def test_list_lines_one_after_the_other_have_no_lines_under_them() -> None:
    text = (
        "Gefördert werden drei Projekte:\n"
        "1. Sprachcafé: Gesprächsrunden und Kurse\n"
        "2. Lernpaten: Hilfe bei den Hausaufgaben\n"
        "3. Frauentreff: Beratung und Austausch\n"
        "Nicht gefördert werden Maßnahmen, die aus dem Europäischen Sozialfonds Plus finanziert werden.\n"
        "Das Bundesamt für Migration und Flüchtlinge wählt die Projekte aus.\n"
    )
    ex = extractor(text, "de", url="https://www.bamf.de/foerderaufruf")
    listed = [p for p in ex.projects if ex.ctx.units[p.unit].kind == "item"]
    assert len(listed) == 3
    for p in listed:
        assert ex._item_block(p, set()) == set(), p.label


def test_an_acronym_before_a_long_form_of_many_words_is_that_organisation() -> None:
    text = (
        "Porté par l'ADVSEA (Association départementale du Valbourg de sauvegarde de l'enfance à "
        "l'adulte), le parcours Passerelle est financé par le FAMI.\n"
    )
    ex = extractor(text, "fr")
    iris = {ex.ctx.text[m.start : m.end]: m.iri for m in ex.ctx.orgs}
    # (the long form read whole since session 51, its small words not counted against its length)
    long_forms = [iri for text, iri in iris.items() if text.startswith("Association départementale du Valbourg")]
    assert long_forms and iris.get("ADVSEA") == long_forms[0], iris


def test_a_budget_sentence_after_the_projects_name_says_who_pays_it() -> None:
    text = (
        "Le dispositif s'appelle « Premier Cap ». Il a été monté par le CPAS de Valbourg et lancé en janvier 2024.\n\n"
        "« On avance pas à pas », explique la coordinatrice.\n\n"
        "Premier Cap doit accompagner une soixantaine de personnes d'ici fin 2025. Le budget, 280.000 euros "
        "sur deux ans, est en grande partie couvert par l'Union européenne via le Fonds Asile, Migration et "
        "Intégration (FAMI).\n"
    )
    ext = facts(text, "fr", url="https://www.valbourg-info.be/societe/premier-cap")
    p = project(ext, "Premier Cap")
    assert AMIF in p.funders
    assert any("cpas-de-valbourg" in o for o in p.implementers)


def test_behind_the_projects_name_sits_its_runner() -> None:
    text = (
        "Het initiatief heet 'Groene Vingers' en draait sinds oktober 2024. Het project kost 300.000 euro, "
        "waarvan 225.000 euro uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n\n"
        "Achter 'Groene Vingers' zit vzw Tuinkracht Kempen, een sociale-economiebedrijf.\n\n"
        "Achter de sporthal zit de Stad Valkeveen.\n"
    )
    ex = extractor(text, "nl", url="https://www.kempenkrant-example.be/nieuws/groene-vingers")
    assert _runner_names(ex, project(ex, "Groene Vingers")) == {"Tuinkracht Kempen"}
    assert not any("zit" in m.name for m in ex.ctx.orgs)


def test_a_sentence_with_that_project_goes_on_about_it() -> None:
    text = (
        "In Maasbeek loopt sinds 2023 het project Taalkracht van de vzw Open Deur, gefinancierd door het "
        "Asiel-, Migratie- en Integratiefonds (AMIF).\n\n"
        "In Valkeveen startte de vzw Plukkracht in het voorjaar van 2025 met het project Plukkans, "
        "een opleiding fruitteelt voor erkende vluchtelingen. Deelnemers combineren lessen met een seizoenscontract. "
        "Dat project wordt gefinancierd met middelen van het Europees Sociaal Fonds Plus (ESF+).\n"
    )
    ex = extractor(text, "nl", url="https://www.kempenkrant-example.be/nieuws/plukkans")
    p = project(ex, "Plukkans")
    assert set(p.funders) == {ESF}
    that = next(i for i, u in enumerate(ex.ctx.units) if u.text.startswith("Dat project"))
    assert that in ex._with_follow_ups([p.unit, p.unit + 1], set())


def test_a_table_paid_as_the_page_says_gets_the_land_beside_the_fund() -> None:
    text = (
        "Land und ESF Plus fördern drei neue Integrationsprojekte\n"
        "Das Land Thalmark fördert drei neue Projekte. Die Mittel stammen zu 60 Prozent aus dem "
        "Europäischen Sozialfonds Plus (ESF Plus), die übrigen 40 Prozent trägt das Land.\n"
        "Die geförderten Projekte im Überblick:\n"
        "Träger\tProjekt\tLaufzeit\tZuwendung\n"
        "Bildungswerk Thalmark gGmbH\tJobstart Thalmark\t01.03.2025 – 28.02.2027\t312.400,00 €\n"
        "Verein Brückenschlag Oberau e. V.\tSprachcafé Oberau\t01.01.2025 – 31.12.2026\t97.350,00 €\n"
    )
    ex = extractor(text, "de", url="https://ms.thalmark-example.de/presse/187")
    rows = [p for p in ex.projects if p.rule == "find_table_rows"]
    assert len(rows) == 2
    for p in rows:
        assert ESF in p.funders
        assert any("thalmark" in f and "bildungswerk" not in f for f in p.funders), p.funders


def test_a_local_government_written_in_lower_case_is_an_organisation() -> None:
    text = "Het project Schoolbrug wordt getrokken door het lokaal bestuur van Valkeveen, samen met twee scholen.\n"
    ex = extractor(text, "nl")
    assert "lokaal bestuur van Valkeveen" in {m.name for m in ex.ctx.orgs}


def test_a_sentence_naming_no_one_between_a_project_and_its_funding_keeps_the_funding() -> None:
    text = (
        "Het project heet Schoolbrug en wordt getrokken door het lokaal bestuur van Valkeveen. Er worden "
        "brugfiguren ingezet die ouders thuis bezoeken. Het loopt nog tot juni 2026 en krijgt Europese steun "
        "uit het Asiel-, Migratie- en Integratiefonds, goed voor 186.000 euro.\n"
    )
    ext = facts(text, "nl", url="https://www.kempenkrant-example.be/nieuws/schoolbrug")
    p = project(ext, "Schoolbrug")
    assert AMIF in p.funders
    assert any("valkeveen" in o for o in p.implementers)


def test_the_project_noun_a_paragraph_later_and_the_sum_after_it() -> None:
    text = (
        "De opleiding maakt deel uit van het project ZorgKans, dat vzw Werkkracht Valkeveen sinds vorig jaar "
        "aanbiedt. Deelnemers krijgen een jobcoach en een stageplaats.\n\n"
        '"De sector zoekt mensen", zegt de coördinator.\n\n'
        "Het project loopt van 2023 tot en met 2025 en kost in totaal 425.000 euro. De helft komt van het "
        "Europees Sociaal Fonds (ESF), de rest betaalt de Vlaamse overheid.\n"
    )
    ext = facts(text, "nl", url="https://www.kempenkrant-example.be/nieuws/zorgkans")
    p = project(ext, "ZorgKans")
    assert ESF in p.funders
    assert (p.start_year, p.end_year) == (2023, 2025)


def test_a_possessive_ends_a_name_and_makes_its_owner_the_runner() -> None:
    text = (
        "Upon the completion of the European pilot programme of the City of Hollins’ Open Doors, an event is "
        "held. Open Doors is a pilot programme that was implemented from 2019 to 2022 in the city of Hollins. "
        "The programme is co-funded by the City of Hollins and the European Regional Development Fund.\n"
    )
    ex = extractor(text, "en", url="https://www.urban-example.eu/news/open-doors")
    assert "City of Hollins" in {m.name for m in ex.ctx.orgs}
    assert leading_name_words("City of Hollins’ Open Doors are open", cues_for("en")) == "City of Hollins"
    p = project(ex, "Open Doors")
    assert any("city-of-hollins" in o for o in p.implementers), p.implementers


def test_numbered_answers_naming_quoted_projects_of_their_runners() -> None:
    text = (
        "Antwoord 3\n"
        "Op dit moment lopen drie projecten die zich op amv richten.\n"
        "1. «Na de Voogdij» van Stichting Jonge Toekomst. Het project biedt begeleiding aan jongeren die "
        "meerderjarig worden. Looptijd 2023-2025; de AMIF-bijdrage bedraagt € 900.000.\n"
        "2. «Thuis in Valkeveen», een project van de gemeente Valkeveen in samenwerking met "
        "VluchtelingenWerk Oost. Looptijd 2024-2026; de AMIF-bijdrage bedraagt € 684.000.\n"
        "3. «Samen Sterk» van Stichting Maatje Zeeland, een maatjesproject voor jonge statushouders in "
        "Vlissingen. Het project ontving € 398.700 uit het AMIF.\n"
    )
    ex = extractor(text, "nl", url="https://www.tweedekamer.nl/kamerstukken/kamervragen/detail")
    assert _runner_names(ex, project(ex, "Na de Voogdij")) == {"Stichting Jonge Toekomst"}
    assert _runner_names(ex, project(ex, "Thuis in Valkeveen")) == {"gemeente Valkeveen"}
    assert _runner_names(ex, project(ex, "Samen Sterk")) == {"Stichting Maatje Zeeland"}


def test_a_hyphenated_host_spells_its_owner_by_parts_and_german_letters() -> None:
    text = (
        "Projekt LICHTBLICK\n"
        "Beratung für geflüchtete Frauen, gefördert aus dem Asyl-, Migrations- und Integrationsfonds (AMIF).\n"
        "Kontakt\n"
        "AWO Kreisverband Kärnten-Süd e.V.\n"
    )
    ex = extractor(text, "de", url="https://www.awo-kv-kaernten-sued.de/projekte/lichtblick")
    assert ex.ctx.site_owner is not None and "awo-kreisverband" in ex.ctx.site_owner


def test_a_breadcrumb_is_not_a_project() -> None:
    text = (
        "Startseite / Beratung & Hilfe / Migration / Projekt LICHTBLICK\n"
        "Projekt LICHTBLICK\n"
        "Beratung für geflüchtete Frauen, gefördert aus dem Asyl-, Migrations- und Integrationsfonds (AMIF).\n"
    )
    ex = extractor(text, "de", url="https://www.lichtblick-example.de/projekt")
    assert not any("/" in p.label for p in ex.projects), [p.label for p in ex.projects]


def test_a_funds_authority_named_as_a_sentences_subject_runs_nothing() -> None:
    text = (
        "Projekt LICHTBLICK\n"
        "Förderung: 75 % aus dem Asyl-, Migrations- und Integrationsfonds (AMIF).\n"
        "Zuständige Behörde für den AMIF in Deutschland: Bundesamt für Migration und Flüchtlinge (BAMF)\n"
        "Kontakt: Verein Lichtblick Oberau e.V.\n"
        "Die Europäische Union und das BAMF übernehmen keine Haftung.\n"
    )
    ex = extractor(text, "de", url="https://www.lichtblick-oberau.de/projekt")
    bamf = "https://w3id.org/migkg/id/org/federal-office-for-migration-and-refugees"
    assert bamf in ex.ctx.authority_orgs
    runs = runners_of(ex, AMIF)
    assert bamf not in runs
    assert any("lichtblick-oberau" in o for o in runs), runs  # the site's owner, named in the contact line


def test_a_ministry_named_with_a_list_of_its_remits_is_one_name() -> None:
    assert "Department of Children, Equality, Disability, Integration and Youth" in names(
        "It is funded by the Department of Children, Equality, Disability, Integration and Youth and run by X.", "en"
    )
    assert "Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung" in names(
        "Das Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung fördert das Projekt.", "de"
    )
    # names of their own in a list stay apart
    assert "Ministry of Interior" in names("Partners are the Ministry of Interior, Caritas and IOM.", "en")


def test_a_german_ministry_in_the_genitive_is_a_name() -> None:
    found = names("25 % kommen aus Landesmitteln des Thalmärkischen Ministeriums für Arbeit und Soziales.", "de")
    assert any(n.startswith("Thalmärkischen Ministeriums für Arbeit") for n in found), found


def test_a_paragraph_opened_by_the_projects_name_is_about_it() -> None:
    text = (
        "Risposta all'interrogazione n. 214\n\n"
        'b) Progetto "Campi Giusti". Per il contrasto allo sfruttamento in agricoltura, la Regione ha '
        "finanziato con 650.000 euro a valere sul FSE+ il progetto presentato dalla cooperativa sociale "
        "Il Solco di Valbruna. Il progetto durerà fino al 2026.\n\n"
        'c) Formazione linguistica. I corsi sono garantiti dal progetto "Parole Comuni", di cui è capofila '
        "il CPIA di Valbruna. Al progetto sono stati assegnati 310.000 euro di risorse FAMI.\n"
    )
    ex = extractor(text, "it", url="https://www.consiglio-valbruna.it/interrogazioni/214")
    campi = project(ex, "Campi Giusti")
    assert ESF in campi.funders
    assert _runner_names(ex, campi) == {"Il Solco di Valbruna"}
    parole = project(ex, "Parole Comuni")
    assert parole.amounts and {v for v, _c, _e in parole.amounts.values()} == {310000}


def test_a_project_with_two_payers_and_only_its_total_keeps_the_total_as_its_cost() -> None:
    from rdflib import Graph, URIRef

    from migkg.loaders.document import Document
    from migkg.loaders.extract.facts import to_graph
    from migkg.loaders.extract.pipeline import extract_facts
    from migkg.ontology.vocab import MKG

    text = (
        "Il progetto Valle Aperta è gestito dalla cooperativa sociale Il Ponte di Valbruna ed è finanziato dal "
        "FAMI e dalla Regione Valbruna: 480.000 euro in tre anni.\n"
    )
    doc = Document(text=text, name="t.txt", raw=text.encode(), url="https://www.ilponte-example.it/va", language="it")
    result = extract_facts(doc)
    p = project(result, "Valle Aperta")
    assert len(p.funders) == 2, p.funders  # two payers, no one's share: the sum is no one's grant
    g: Graph = to_graph(result, doc, URIRef("https://www.ilponte-example.it/va"))
    totals = {str(g.value(a, MKG.amount)) for a in g.objects(None, MKG.totalCost)}
    assert totals == {"480000"}
    assert not list(g.objects(None, MKG.grant))


def test_a_known_place_in_a_list_lines_parenthesis_is_no_organisation() -> None:
    text = (
        "Quelques projets soutenus\n"
        "• Aquarelle asbl (Bruxelles) – suivi des jeunes mères hébergées dans les centres : 148.000 €\n"
        "• Ulysse SSM – consultations psychologiques en plusieurs langues : 212.500 €\n"
        "• Mentor-Escale – parrainage pour les mineurs non accompagnés : 175.000 €\n"
        "• Minor-Ndako vzw (Anvers) – studios supervisés pour jeunes mères : 131.200 €\n"
    )
    ex = extractor(text, "fr", url="https://news.belgium.be/fr/fedasil-projets")
    assert not {"Bruxelles", "Anvers"} & {m.name for m in ex.ctx.orgs}


def test_a_partner_list_and_a_download_are_no_projects() -> None:
    text = (
        "Il progetto è realizzato dalla cooperativa sociale Il Faro in qualità di capofila, in partenariato con:\n"
        "- Comune di Valbruna – Servizi Sociali\n"
        "- CPIA di Valbruna (Centro Provinciale per l'Istruzione degli Adulti)\n"
        "Il progetto è finanziato dal FAMI.\n"
        "Documenti\n"
        "Scheda progetto (PDF, 240 KB)\n"
    )
    ex = extractor(text, "it", url="https://www.ilfaro-example.it/progetti/approdo")
    labels = [p.label for p in ex.projects]
    assert not any("CPIA" in x or "PDF" in x for x in labels), labels


def test_a_name_the_title_opens_with_over_another_sites_name_is_the_pages_project() -> None:
    title = "CORTE COMUNE – percorsi di autonomia abitativa | Il Faro Cooperativa Sociale"
    text = (
        "CORTE COMUNE\n\n"
        "Da qui è nata l'idea di CORTE COMUNE, il progetto che la nostra cooperativa coordina dal febbraio 2024. "
        "Il progetto è interamente finanziato a valere sul FAMI.\n\n"
        "Il Faro ha già partecipato al progetto regionale RETI APERTE (FAMI 2014-2020).\n"
    )
    ex = extractor(text, "it", url="https://www.ilfaro-example.it/progetti/casa-aperta", title=title)
    assert "CORTE COMUNE" not in {m.name for m in ex.ctx.orgs}
    assert AMIF in project(ex, "CORTE COMUNE").funders


def test_a_quoted_calls_name_is_no_project() -> None:
    text = (
        "Il Ministero dell'Interno ha pubblicato l'Avviso pubblico \"Percorsi di rete\" per il finanziamento "
        "di progetti a valere sul FAMI 2021-2027.\n"
        'Le proposte per l\'avviso "Percorsi di rete" vanno presentate entro il 30 aprile 2025.\n'
    )
    ex = extractor(text, "it", url="https://www.prefettura-example.it/avviso")
    assert not any("Percorsi di rete" in p.label for p in ex.projects)


def test_an_organisation_whose_project_it_is_runs_it() -> None:
    text = (
        "1. Welcome Table gets three years of EU funding\n"
        "Congratulations to Riverside Community Development CLG, whose Welcome Table project has been approved "
        "for a grant of €148,500 under the EU Asylum, Migration and Integration Fund.\n"
        "The Forum's coordination work is supported by Westmeath County Council.\n"
    )
    ex = extractor(text, "en", url="https://www.midlandsforum-example.ie/newsletter-november")
    p = project(ex, "Welcome Table")
    assert any("riverside-community-development" in o for o in p.implementers), p.implementers


def test_a_name_said_to_be_our_programme_is_a_project_with_its_years() -> None:
    text = (
        "Home Ground is our three-year orientation programme for refugee families in Clare, funded by the "
        "Asylum, Migration and Integration Fund. The programme started in January 2023 and will run until "
        "December 2025.\n"
    )
    p = project(facts(text, "en"), "Home Ground")
    assert AMIF in p.funders
    assert (p.start_year, p.end_year) == (2023, 2025)


def test_a_land_in_the_genitive_is_the_land_and_two_names_stay_two() -> None:
    text = "Die übrigen Mittel kommen aus dem Haushalt des Landes Thalmark und des Landkreises Oberau.\n"
    ex = extractor(text, "de")
    found = {m.iri.rsplit("/", 1)[-1] for m in ex.ctx.orgs}
    assert {"land-thalmark", "landkreis-oberau"} <= found, found


def test_a_call_pages_title_is_no_project() -> None:
    title = "Open call: integration of beneficiaries of protection (AMIF 2021–2027) | Shared Grants Centre"
    text = (
        "Shared Grants Centre\n"
        "Grants › Home affairs funds › Open calls\n"
        "Open call: integration of beneficiaries of international protection\n"
        "The Shared Grants Centre invites applications for projects that help beneficiaries of international "
        "protection settle. The call is financed from the Asylum, Migration and Integration Fund (AMIF).\n"
        "Key facts\n"
        "Call budget: EUR 2 000 000\n"
        "Funding sources: AMIF (75%) and state budget co-financing (25%)\n"
        "Eligible project period: 1 July 2025 – 30 June 2027\n"
        "Implementing body: Shared Grants Centre\n"
        "A project may last up to 24 months. Each project needs one lead applicant.\n"
        "Contact the open call team: grants@example.ee\n"
    )
    ex = facts(text, "en", title=title, url="https://www.grants-example.ee/en/open-calls/amif-integration")
    assert not ex.projects, [p.label for p in ex.projects]


def test_an_acronym_with_a_departments_number_before_its_long_form_is_that_organisation() -> None:
    text = (
        "L'AVIS 64 (Association Valbourgeoise d'Insertion Sociale) a été retenue par le FAMI. "
        "L'AVIS 64 travaille avec France Travail.\n"
    )
    ex = extractor(text, "fr")
    iris = {ex.ctx.text[m.start : m.end]: m.iri for m in ex.ctx.orgs}
    assert "AVIS 64" in iris and len(set(iris.values())) == 1, iris  # the acronym and its long form: one
