"""docs/dask.md, "Into Virtuoso": shards of `migkg extract --with-reference`, loaded by Virtuoso's own
bulk loader with the `load.sql` the page gives (run as it is written there), answer `migkg query
--endpoint` with the rows a plain `migkg load` of the same documents gives locally."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import textwrap
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from remote_servers import REPO, SEED, Virtuoso, migkg, need, start_virtuoso

from migkg.graph.remote.endpoint import RemoteEndpoint
from migkg.ontology.vocab import MKG

DOC = REPO / "docs" / "dask.md"
DOC_FOLDER = "/srv/migkg/shards"  # the folder the page's commands name
SUM_OF_GRANTS = "SELECT (SUM(?a) AS ?total) WHERE { ?grant a mkg:Grant ; mkg:amount ?a }"

ARTICLES = {
    # One project, two documents (two URLs): a row for each in who-funded-what, counted once in sums.
    "harbour-en.txt": "URL: https://news.example.org/harbour\nTITLE: Harbour\nLANG: en\n---\n",
    "harbour-again-en.txt": "URL: https://press.example.org/harbour-again\nTITLE: Harbour again\nLANG: en\n---\n",
}
HARBOUR = (
    "The Harbour project, funded by the Asylum, Migration and Integration Fund (AMIF), is run by the NGO "
    "Lumen Viva from 2022 to 2024. It has a budget of EUR 50,000.\n"
)
PASSERELLE = (
    "URL: https://news.example.org/passerelle\nTITLE: Passerelle\nLANG: fr\n---\n"
    "Le projet Passerelle, financé par le Fonds Asile, Migration et Intégration (FAMI), est mené par l'asbl "
    "Terra Nova entre 2021 et 2023. Il bénéficie d'un budget de 80.000 euros.\n"
)


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Virtuoso, Path]]:
    """A Virtuoso of its own (its dataset is rebuilt here) whose bulk loader may read `shards/`."""
    folder = tmp_path_factory.mktemp("virtuoso-bulk")
    shards = folder / "shards"
    shards.mkdir()
    with start_virtuoso(folder, [shards]) as virtuoso:
        yield virtuoso, shards


def documents(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for name, header in ARTICLES.items():
        (folder / name).write_text(header + HARBOUR, encoding="utf-8")
    (folder / "passerelle-fr.txt").write_text(PASSERELLE, encoding="utf-8")
    return folder


def documented_load_sql(shards: Path) -> str:
    """The `load.sql` of docs/dask.md's "Into Virtuoso", for the folder `shards`."""
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Into Virtuoso") :]
    blocks = re.findall(r"^( *)```sql\n(.*?)^\1```", section, flags=re.S | re.M)
    assert len(blocks) == 1, "one load.sql in the section"
    return textwrap.dedent(blocks[0][1]).replace(DOC_FOLDER, str(shards))


def isql(virtuoso: Virtuoso, script: str) -> str:
    binary = need("isql-vt", "apt-get install virtuoso-opensource")
    done = subprocess.run(
        [binary, f"127.0.0.1:{virtuoso.sql_port}", "dba", "dba"],
        input=script,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # isql exits 0 whatever a statement does: its errors are on stderr.
    assert done.returncode == 0 and "*** Error" not in done.stderr, done.stderr
    return done.stdout


def rows(store: Path, *args: str) -> list[dict[str, str]]:
    result = migkg(store, "query", *args, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def multiset(table: list[dict[str, str]]) -> Counter:
    return Counter(tuple(sorted(row.items())) for row in table)


def test_shards_bulk_loaded_into_virtuoso_answer_as_a_local_load(bulk: tuple[Virtuoso, Path], tmp_path: Path) -> None:
    virtuoso, shards = bulk
    docs = documents(tmp_path / "docs")
    local = tmp_path / "store"
    loaded = migkg(local, "load", str(docs))
    assert loaded.returncode == 0, loaded.stderr
    extracted = migkg(local, "extract", str(docs), "--out", str(shards), "--with-reference")
    assert extracted.returncode == 0, extracted.stderr
    assert sorted(p.name for p in shards.iterdir()) == ["shard-000-0000.nq", "shard-reference.nq"]

    out = isql(virtuoso, documented_load_sql(shards))
    assert "0 Rows." in out  # the load list's failed files: none

    endpoint = ["--endpoint", virtuoso.server.endpoint]

    # who-funded-what: a row per (source, project, funder, implementer), Harbour once per document.
    here = rows(local, "who-funded-what")
    there = rows(local, "who-funded-what", *endpoint)
    assert multiset(there) == multiset(here)
    mine = Counter(
        (r["funder"], r["project"], r["implementer"], r["start"], r["end"], r["amount_eur"], r["source"])
        for r in here
        if r["project"] in ("Harbour", "Passerelle")
    )
    assert mine == Counter(
        [
            ("AMIF", "Harbour", "Lumen Viva", "2022", "2024", "50000", "https://news.example.org/harbour"),
            ("AMIF", "Harbour", "Lumen Viva", "2022", "2024", "50000", "https://press.example.org/harbour-again"),
            ("AMIF", "Passerelle", "Terra Nova", "2021", "2023", "80000", "https://news.example.org/passerelle"),
        ]
    )
    seed = [r for r in here if r["source"].startswith("urn:migkg:seed:")]
    # The example article: AMIF's projects in Belgium, Eurodac's among them, run by the Immigration
    # Office, named as the article writes it.
    assert seed and all(r["funder"] == "AMIF" for r in seed)
    assert ("Modernisation du système biométrique Eurodac", "Office des étrangers") in {
        (r["project"], r["implementer"]) for r in seed
    }

    # funding-by-fund-year: Harbour is one project with one grant, however many documents state it.
    here = rows(local, "funding-by-fund-year")
    assert multiset(rows(local, "funding-by-fund-year", *endpoint)) == multiset(here)
    by_year = {r["year"]: r for r in here}
    assert (by_year["2022"]["projects"], by_year["2022"]["amount_eur"]) == ("1", "50000")
    assert (by_year["2021"]["projects"], by_year["2021"]["amount_eur"]) == ("1", "80000")

    # low-confidence reads evidence through the default graph: duplicated per graph, it had more rows.
    here = rows(local, "low-confidence", "--param", "below=0.95")
    assert here
    assert multiset(rows(local, "low-confidence", "--param", "below=0.95", *endpoint)) == multiset(here)

    # The default graph is the union, a set: Harbour's grant is summed once (50,000 + 80,000).
    assert rows(local, "--sparql", SUM_OF_GRANTS) == [{"total": "130000"}]
    assert rows(local, "--sparql", SUM_OF_GRANTS, *endpoint) == [{"total": "130000"}]
    # What load.sql's dataset is for: Virtuoso's own default dataset is every graph, each triple once
    # per graph holding it, so a pattern of two triples matches once per pair of graphs. Harbour's
    # grant is in three (two sources, the union), Passerelle's in two: 9 x 50,000 + 4 x 80,000.
    sparql = f"SELECT (SUM(?a) AS ?total) WHERE {{ ?grant a <{MKG.Grant}> ; <{MKG.amount}> ?a }}"
    with RemoteEndpoint(virtuoso.server.endpoint) as raw:
        own = list(raw._run(sparql, ([], [])))  # no default-graph-uri: the server's own dataset
    assert [r["total"].value for r in own] == ["770000"]
