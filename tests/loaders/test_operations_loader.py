"""The list of operations loader: CSV in any delimiter and encoding, XLSX, headers in five languages,
--columns, bad rows with and without --skip-bad-rows, and the same nodes as the article extractor."""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import dump_quads
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, TIME, XSD

from migkg.cli import main
from migkg.errors import InputError, InputWarning, MigkgError
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.loaders.operations import OperationsLoader, parse_columns
from migkg.loaders.registry import loader_for
from migkg.ontology import closure, iris
from migkg.ontology.vocab import EU_COUNTRY, EU_CURRENCY, MKG

AMIF = iris.fund_iri("AMIF")
AMIF_2021 = iris.entity_iri("fund", "AMIF-2021-2027")
FEDASIL = iris.entity_iri("org", "federal-agency-for-the-reception-of-asylum-seekers")

EN_HEADER = [
    "Beneficiary name",
    "Beneficiary identifier",
    "Operation name",
    "Purpose and achievements",
    "Start date",
    "End date",
    "Total cost",
    "Fund",
    "Specific objective",
    "Union co-financing rate",
    "Location indicator or postcode",
    "Country",
    "Type of intervention",
]
EN_ROWS = [
    ["Fedasil", "BE0123456789", "Reception plus", "More places", "2022-01-01", "2024-12-31", "100000", "AMIF",
     "SO1", "75%", "1000", "BE", "001"],
    ["Helping Hands asbl", "BE0987654321", "Language cafés", "Courses", "01/03/2022", "30/06/2025", "40000.50",
     "Asylum, Migration and Integration Fund", "2", "90", "4000", "Belgium", "002"],
]  # fmt: skip


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    def cell(c: str) -> str:
        return f'"{c}"' if delimiter in c or '"' in c else c

    return "".join(delimiter.join(cell(c) for c in row) + "\n" for row in rows)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _facts(path: Path, **options: object) -> set[tuple]:
    [source] = OperationsLoader().load(Input.from_path(path, options))
    assert source.rdf_format == "N_TRIPLES" and source.rdf_data  # the store's bulk path
    return set(Graph().parse(data=source.rdf_data, format="nt"))


def _objects(facts: set[tuple], s: URIRef, p: URIRef) -> set:
    return {o for s2, p2, o in facts if s2 == s and p2 == p}


def _amount(facts: set[tuple], node: URIRef) -> Decimal:
    [value] = _objects(facts, node, MKG.amount)
    return Decimal(str(value))


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_in_any_delimiter_gives_projects_with_funder_implementer_years_and_money(
    tmp_path: Path, delimiter: str
) -> None:
    path = _write(tmp_path, "list.csv", _csv([EN_HEADER, *EN_ROWS], delimiter))
    assert loader_for(Input.from_path(path)).name == "operations"
    facts = _facts(path)
    reception = iris.project_iri("Reception plus")
    assert _objects(facts, reception, MKG.fundedBy) == {AMIF, AMIF_2021}  # the fund, and its programme by years
    assert _objects(facts, reception, MKG.implementedBy) == {FEDASIL}  # a reference agency by its short name
    [period] = _objects(facts, reception, MKG.period)
    assert period == iris.period_iri(2022, 2024)
    assert _objects(facts, reception, MKG.pursuesGoal) == {iris.entity_iri("goal", "asylum")}  # SO1 of AMIF
    assert _objects(facts, reception, MKG.locatedIn) == {EU_COUNTRY.BEL}
    [total] = _objects(facts, reception, MKG.totalCost)
    [eu] = _objects(facts, reception, MKG.euContribution)
    assert (_amount(facts, total), _amount(facts, eu)) == (Decimal(100000), Decimal(75000))  # 75 % of the total
    assert _objects(facts, total, MKG.currency) == {EU_CURRENCY.EUR}
    assert _objects(facts, reception, MKG.cofinancingRate) == {Literal(Decimal("0.75"))}
    [grant] = _objects(facts, reception, MKG.grant)
    assert _objects(facts, grant, MKG.grantFunder) == {AMIF}
    assert _amount(facts, grant) == Decimal(75000)
    cafes = iris.project_iri("Language cafés")
    # "Helping Hands asbl": a new organisation, keyed without its legal form as the extractor keys it.
    assert _objects(facts, cafes, MKG.implementedBy) == {iris.organisation_iri("Helping Hands")}
    assert _objects(facts, cafes, MKG.pursuesGoal) == {iris.entity_iri("goal", "legal-migration-integration")}
    [eu] = _objects(facts, cafes, MKG.euContribution)
    assert _amount(facts, eu) == Decimal("36000.45")  # 90 % of 40,000.50


def test_evidence_names_the_row_by_its_line(tmp_path: Path) -> None:
    # A title line and a blank line above the header: the second operation is on line 5.
    text = "List of operations AMIF 2021-2027\n\n" + _csv([EN_HEADER, *EN_ROWS])
    facts = _facts(_write(tmp_path, "list.csv", text))
    cafes = iris.project_iri("Language cafés")
    evidence = {s for s, p, o in facts if p == MKG.evidenceOf and o == cafes}
    assert evidence
    for ev in evidence:
        assert _objects(facts, ev, MKG.sourceLine) == {Literal(5)}
        [sentence] = _objects(facts, ev, MKG.sentence)
        assert "Operation name: Language cafés" in str(sentence)
    # Every fact of the row has one: the label, fund, programme, implementer, years, goal, country,
    # total, EU share and rate.
    assert len(evidence) == 10


# One row, in full: a new organisation (legal form "asbl"), AMIF by its name, the years, goal "2",
# the country by name, a total and a rate (so the EU share is computed), and a purpose with quotes and
# a backslash, which N-Triples must escape.
ONE_ROW = ["Helping Hands asbl", "BE0987654321", "Language cafés", 'Courses "FR\\NL"', "01/03/2022", "30/06/2025",
           "40000.50", "Asylum, Migration and Integration Fund", "2", "90", "", "Belgium", "002"]  # fmt: skip


def _expected_graph(source: URIRef) -> Graph:
    """What the row says, written out: every fact with its evidence (the row's text and line 2)."""
    g = Graph()
    line, text = Literal(2), Literal("; ".join(f"{h}: {c}" for h, c in zip(EN_HEADER, ONE_ROW, strict=True) if c))
    version = Literal(f"migkg.loaders.operations {OperationsLoader.version}")

    def fact(s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        g.add((s, p, o))
        ev = iris.hashed_iri("evidence", str(source), "2", str(s), str(p), str(o))
        for pred, obj in (
            (RDF.type, MKG.Evidence), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o), (MKG.evidenceOf, s),
            (MKG.sentence, text), (MKG.sourceLine, line), (MKG.confidence, Literal("1.0", datatype=XSD.decimal)),
            (MKG.extractorVersion, version), (MKG.derivedFrom, source),
        ):  # fmt: skip
            g.add((ev, pred, obj))

    project = iris.project_iri("Language cafés")
    org = iris.organisation_iri("Helping Hands")
    period = iris.period_iri(2022, 2025)
    eur = EU_CURRENCY.EUR
    g.add((project, RDF.type, MKG.Project))
    fact(project, RDFS.label, Literal("Language cafés"))
    g.add((project, SKOS.prefLabel, Literal("Language cafés")))
    g.add((project, MKG.derivedFrom, source))
    g.add((project, DCTERMS.description, Literal('Courses "FR\\NL"')))
    g.add((project, DCTERMS.subject, Literal("002")))
    fact(project, MKG.fundedBy, AMIF)
    fact(project, MKG.fundedBy, AMIF_2021)  # 2022-2025 is in AMIF's 2021-2027 programme
    for cls in closure.types_of(MKG.NonGovernmentalOrganisation):
        g.add((org, RDF.type, cls))
    g.add((org, SKOS.prefLabel, Literal("Helping Hands asbl")))
    g.add((org, RDFS.label, Literal("Helping Hands asbl")))
    g.add((org, MKG.derivedFrom, source))
    g.add((org, DCTERMS.identifier, Literal("BE0987654321")))
    fact(project, MKG.implementedBy, org)
    g.add((period, RDF.type, MKG.Period))
    g.add((period, RDFS.label, Literal("2022–2025")))
    for year, year_prop, time_prop in ((2022, MKG.startYear, TIME.hasBeginning), (2025, MKG.endYear, TIME.hasEnd)):
        instant = iris.entity_iri("instant", str(year))
        g.add((period, year_prop, Literal(str(year), datatype=XSD.gYear)))
        g.add((period, time_prop, instant))
        g.add((instant, RDF.type, TIME.Instant))
        g.add((instant, TIME.inXSDgYear, Literal(str(year), datatype=XSD.gYear)))
    fact(project, MKG.period, period)
    fact(project, MKG.pursuesGoal, iris.entity_iri("goal", "legal-migration-integration"))  # AMIF's objective 2
    fact(project, MKG.locatedIn, EU_COUNTRY.BEL)
    for prop, value in ((MKG.totalCost, "40000.50"), (MKG.euContribution, "36000.45")):  # 90 % of the total
        money = iris.hashed_iri("amount", str(project), str(prop), value, "EUR")
        g.add((money, RDF.type, MKG.MonetaryAmount))
        g.add((money, MKG.amount, Literal(value, datatype=XSD.decimal)))
        g.add((money, MKG.currency, eur))
        fact(project, prop, money)
    fact(project, MKG.cofinancingRate, Literal("0.9", datatype=XSD.decimal))
    grant = iris.hashed_iri("grant", str(project), str(AMIF), str(AMIF_2021))
    g.add((grant, RDF.type, MKG.Grant))
    g.add((grant, MKG.grantFunder, AMIF))
    g.add((grant, MKG.grantFor, project))
    fact(grant, MKG.amount, Literal("36000.45", datatype=XSD.decimal))
    g.add((grant, MKG.currency, eur))
    g.add((grant, MKG.derivedFrom, source))
    g.add((project, MKG.grant, grant))
    return g


def test_a_row_gives_exactly_these_triples(tmp_path: Path) -> None:
    text = io.StringIO()
    csv.writer(text).writerows([EN_HEADER, ONE_ROW])  # quotes doubled inside a quoted cell
    path = _write(tmp_path, "list.csv", text.getvalue())
    [source] = OperationsLoader().load(Input.from_path(path))
    loaded = Graph().parse(data=source.rdf_data, format="nt")
    expected = _expected_graph(source.iri)
    _both, only_loaded, only_expected = graph_diff(to_isomorphic(loaded), to_isomorphic(expected))
    assert (sorted(only_loaded), sorted(only_expected)) == ([], [])
    assert to_isomorphic(loaded) == to_isomorphic(expected)


def test_cp1252_file_with_french_headers(tmp_path: Path) -> None:
    rows = [
        ["Nom du bénéficiaire", "Nom de l'opération", "Date de début", "Date de fin", "Coût total (EUR)",
         "Fonds concerné", "Taux de cofinancement de l'Union", "Pays"],
        ["Réseau Accueil asbl", "Accueil renforcé à Liège", "01/01/2021", "31/12/2023", "1.250.000,00 €", "FAMI",
         "75 %", "Belgique"],
    ]  # fmt: skip
    path = _write(tmp_path, "liste.csv", _csv(rows, ";"), encoding="cp1252")
    facts = _facts(path)
    project = iris.project_iri("Accueil renforcé à Liège")  # the accents read back as written
    assert (project, URIRef(str(RDFS.label)), Literal("Accueil renforcé à Liège")) in facts
    assert _objects(facts, project, MKG.fundedBy) >= {AMIF}  # FAMI is AMIF
    [total] = _objects(facts, project, MKG.totalCost)
    assert _amount(facts, total) == Decimal(1250000)
    assert _objects(facts, project, MKG.implementedBy) == {iris.organisation_iri("Réseau Accueil")}


@pytest.mark.parametrize(
    ("header", "row", "delimiter"),
    [
        (
            [
                "Naam begunstigde",
                "Naam concrete actie",
                "Begindatum",
                "Einddatum",
                "Totale kosten",
                "Betrokken fonds",
                "Medefinancieringspercentage van de Unie",
                "Land",
            ],
            ["Stichting Welkom", "Taalmaatjes", "1-2-2022", "31-12-2023", "€ 200.000", "AMIF", "50%", "NL"],
            ";",
        ),
        (
            [
                "Name des Begünstigten",
                "Bezeichnung des Vorhabens",
                "Beginn des Vorhabens",
                "Ende des Vorhabens",
                "Gesamtkosten des Vorhabens",
                "Betreffender Fonds",
                "Kofinanzierungssatz der Union",
                "Land",
            ],
            ["Stichting Welkom", "Taalmaatjes", "01.02.2022", "31.12.2023", "200.000,00", "AMIF", "50", "Niederlande"],
            "\t",
        ),
        (
            [
                "Nome del beneficiario",
                "Denominazione dell'operazione",
                "Data di inizio",
                "Data di fine",
                "Costo totale dell'operazione",
                "Fondo interessato",
                "Tasso di cofinanziamento dell'Unione",
                "Paese",
            ],
            ["Stichting Welkom", "Taalmaatjes", "2022-02-01", "2023-12-31", "200000", "FAMI", "0,5", "Paesi Bassi"],
            "|",
        ),
    ],
    ids=["nl", "de", "it"],
)
def test_headers_in_dutch_german_italian(tmp_path: Path, header: list[str], row: list[str], delimiter: str) -> None:
    facts = _facts(_write(tmp_path, "list.csv", _csv([header, row], delimiter)))
    project = iris.project_iri("Taalmaatjes")
    assert _objects(facts, project, MKG.implementedBy) == {iris.organisation_iri("Stichting Welkom")}
    assert _objects(facts, project, MKG.period) == {iris.period_iri(2022, 2023)}
    assert _objects(facts, project, MKG.locatedIn) == {EU_COUNTRY.NLD}
    [grant] = _objects(facts, project, MKG.grant)
    assert _amount(facts, grant) == Decimal(100000)  # half of 200,000


def test_xlsx_with_title_rows_dates_and_numbers(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Liste des opérations - FAMI"])
    sheet.append([])
    sheet.append(["Nom du bénéficiaire", "Nom de l'opération", "Date de début", "Date de fin", "Coût total",
                  "Contribution de l'Union", "Fonds"])  # fmt: skip
    sheet.append(
        ["Fedasil", "Places d'accueil", dt.datetime(2021, 7, 1), dt.date(2022, 6, 30), 500000, 375000.5, "FAMI"]
    )
    path = tmp_path / "liste.xlsx"
    book.save(path)
    facts = _facts(path)
    project = iris.project_iri("Places d'accueil")
    assert _objects(facts, project, MKG.implementedBy) == {FEDASIL}
    assert _objects(facts, project, MKG.period) == {iris.period_iri(2021, 2022)}
    [grant] = _objects(facts, project, MKG.grant)
    assert _amount(facts, grant) == Decimal("375000.5")  # the EU share as stated
    evidence = {s for s, p, o in facts if p == MKG.evidenceOf and o == project}
    assert {o for ev in evidence for o in _objects(facts, ev, MKG.sourceLine)} == {Literal(4)}


def test_columns_name_what_the_headers_do_not(tmp_path: Path) -> None:
    rows = [["Träger", "Titel", "Laufzeit ab", "Summe"], ["Verein Brücke e.V.", "Brückenbau", "2023-01-01", "1000"]]
    path = _write(tmp_path, "odd.csv", _csv(rows))
    with pytest.raises(InputError, match="no header row"):
        OperationsLoader().load(Input.from_path(path))
    columns = parse_columns("beneficiary_name=Träger,operation_name=titel,start_date=Laufzeit ab,total_cost=Summe")
    facts = _facts(path, columns=columns)
    project = iris.project_iri("Brückenbau")
    assert _objects(facts, project, MKG.implementedBy) == {iris.organisation_iri("Verein Brücke")}
    assert _objects(facts, project, MKG.period) == {iris.period_iri(2023, None)}
    with pytest.raises(MigkgError, match="unknown field 'title'"):
        parse_columns("title=Titel")


BAD_ROWS = [
    EN_HEADER,
    EN_ROWS[0],
    ["Org B", "", "Project B", "", "2022-13-45", "2023-01-01", "10", "AMIF", "", "", "", "", ""],
    EN_ROWS[1],
    ["Org C", "", "Project C", "", "2022-01-01", "2023-01-01", "ten thousand", "AMIF", "", "", "", "", ""],
]


def test_a_bad_row_stops_the_file_and_names_its_line(tmp_path: Path, store: GraphStore) -> None:
    path = _write(tmp_path, "bad.csv", _csv(BAD_ROWS))
    with pytest.raises(InputError) as caught:
        OperationsLoader().load(Input.from_path(path))
    message = str(caught.value)
    assert message.startswith(f"{path}:3: Start date '2022-13-45' is not a date")
    assert "1 more bad row" in message and "\n" not in message
    before = dump_quads(store)
    [result] = list(store.load_inputs([Input.from_path(path)]))
    assert isinstance(result, InputError)
    assert dump_quads(store) == before  # nothing from the file


def test_skip_bad_rows_warns_and_loads_the_others(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.csv", _csv(BAD_ROWS))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        facts = _facts(path, skip_bad_rows=True)
    problems = [str(w.message) for w in caught if isinstance(w.message, InputWarning)]
    assert problems == [
        f"{path}:3: Start date '2022-13-45' is not a date; row skipped",
        f"{path}:5: Total cost 'ten thousand' is not an amount; row skipped",
    ]
    projects = {s for s, p, o in facts if p == MKG.fundedBy}
    assert projects == {iris.project_iri("Reception plus"), iris.project_iri("Language cafés")}


def test_cli_columns_and_skip_bad_rows(tmp_path: Path) -> None:
    store = tmp_path / "store"
    path = _write(tmp_path, "bad.csv", _csv(BAD_ROWS))
    runner = CliRunner()
    failed = runner.invoke(main, ["--store", str(store), "load", str(path)])
    assert failed.exit_code == 1
    assert f"migkg: {path}:3: Start date" in failed.output
    loaded = runner.invoke(main, ["--store", str(store), "load", "--skip-bad-rows", str(path)])
    assert loaded.exit_code == 0, loaded.output
    assert f"migkg: warning: {path}:5: Total cost 'ten thousand' is not an amount" in loaded.output
    rows = runner.invoke(main, ["--store", str(store), "query", "who-funded-what", "--format", "csv"])
    assert "AMIF,Reception plus,Federal Agency for the Reception of Asylum Seekers,2022,2024,75000" in rows.output
    odd = _write(tmp_path, "odd.csv", _csv([["Wer", "Was"], ["Verein Brücke e.V.", "Brückenbau"]]))
    columns = "beneficiary_name=Wer,operation_name=Was"
    named = runner.invoke(main, ["--store", str(store), "load", "--columns", columns, str(odd)])
    assert named.exit_code == 0, named.output
    wrong = runner.invoke(main, ["--store", str(store), "load", "--columns", "nonsense=Was", str(odd)])
    assert wrong.exit_code != 0 and "unknown field 'nonsense'" in wrong.output


def test_an_organisation_in_an_article_and_in_a_list_is_one_node(tmp_path: Path, store: GraphStore) -> None:
    article = _write(
        tmp_path,
        "article.txt",
        "LANG: fr\n---\nLe projet Passerelle, financé par le FAMI, est mené par l’asbl Exemple à Namur. "
        "Il accompagne des personnes réfugiées vers l’emploi.\n",
    )
    listing = _write(
        tmp_path,
        "liste.csv",
        _csv(
            [
                ["Nom du bénéficiaire", "Nom de l'opération", "Fonds", "Date de début"],
                ["Exemple asbl", "Passerelle", "FAMI", "2023-01-01"],
            ],
            ";",
        ),
    )
    results = list(store.load_inputs([Input.from_path(article), Input.from_path(listing)]))
    assert not [r for r in results if isinstance(r, InputError)]
    rows = store.query(
        "SELECT DISTINCT ?org ?kind WHERE { GRAPH ?g { ?p mkg:implementedBy ?org . ?src a ?kind } "
        "FILTER(?kind IN (mkg:ListOfOperations, mkg:NewsArticle, mkg:WebPage)) }"
    )
    found = {(r["org"].value, r["kind"].value.rsplit("#", 1)[-1]) for r in rows}
    exemple = str(iris.organisation_iri("Exemple"))
    assert found == {(exemple, "ListOfOperations"), (exemple, "WebPage")}
    # and the project too: the list's "Passerelle" is the article's.
    projects = store.query("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a mkg:Project }")
    assert int(next(iter(projects))["n"].value) == 1
