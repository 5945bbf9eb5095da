"""Big and deep inputs, generated here: each loads, or is refused on one line that names the limit, and
`migkg load` stays within bounded memory (its peak RSS, measured in a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import count

from migkg.loaders.jsonl import MAX_RECORDS

REPO = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024
ARTICLE = "Le projet Accueil {i} est financé par le FAMI et mis en œuvre par Fedasil entre 2022 et 2024.\n"

# Run `migkg load` as a child of a small Python process that reports the child's peak RSS (KiB on Linux).
MEASURE = (
    "import resource, subprocess, sys\n"
    "run = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "sys.stdout.write(run.stdout)\n"
    "sys.stderr.write(run.stderr)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(run.returncode)\n"
)


def load(store: Path, *args: str) -> tuple[int, list[str], int]:
    """Exit code, stderr lines and peak memory (MiB) of `migkg --store STORE load -q ARGS`."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "migkg.cli", "--store", str(store), "load", "-q", *args]
    run = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, env=env)
    *lines, peak = run.stderr.splitlines()
    count("big inputs")
    return run.returncode, lines, int(peak) // 1024


def write_turtle(path: Path, triples: int) -> None:
    """`triples` triples, four per project, written in blocks."""
    head = "@prefix ex: <https://example.org/> .\n@prefix mkg: <https://w3id.org/migkg/ontology#> .\n"
    block = 25_000
    with path.open("w", encoding="utf-8") as fh:
        fh.write(head + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n")
        for start in range(0, triples // 4, block):
            fh.write(
                "".join(
                    f'ex:p{i} a mkg:Project ; rdfs:label "Project {i}"@en ; mkg:fundedBy ex:f{i % 100} ; '
                    f"mkg:implementedBy ex:o{i % 1000} .\n"
                    for i in range(start, min(start + block, triples // 4))
                )
            )


def test_a_50_mb_text_file_is_refused_naming_the_article_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("w", encoding="utf-8") as fh:
        line = ARTICLE.format(i=0)
        fh.write(line * (50 * MiB // len(line.encode("utf-8")) + 1))
    code, lines, peak = load(tmp_path / "store", str(path))
    assert code == 1
    assert lines == [f"migkg: {path}: too large for an article (50 MiB; the limit is 5 MiB)"]
    assert peak < 400, peak  # the 50 MB are read once, never decoded or copied


def test_html_nested_100000_deep_is_refused_naming_the_parser_limit(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    depth = 100_000
    path.write_text(f"<html><body>{'<div>' * depth}{ARTICLE.format(i=0)}{'</div>' * depth}</body></html>")
    code, lines, peak = load(tmp_path / "store", str(path))
    assert code == 1
    assert lines == [
        f"migkg: {path}: elements nested deeper than 255, the HTML parser's limit: the text below cannot be read"
    ]
    assert peak < 400, peak


def test_html_nested_below_the_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    depth = 200
    path.write_text(f"<html><body>{'<div>' * depth}<p>{ARTICLE.format(i=0)}</p>{'</div>' * depth}</body></html>")
    code, lines, _peak = load(tmp_path / "store", str(path))
    assert (code, lines) == (0, [])


def test_json_lines_of_100000_records_is_refused_naming_the_record_limit(tmp_path: Path) -> None:
    path = tmp_path / "scrape.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(100_000):
            fh.write(json.dumps({"text": ARTICLE.format(i=i), "url": f"https://news.example.org/{i}"}) + "\n")
    code, lines, peak = load(tmp_path / "store", str(path))
    assert code == 1
    assert lines == [
        f"migkg: {path}: 100000 records, over the limit of {MAX_RECORDS} per file: split it (a file loads whole "
        "or not at all, so its records are held in memory together)"
    ]
    assert peak < 400, peak


def test_json_lines_of_300_records_load(tmp_path: Path) -> None:
    path = tmp_path / "scrape.jsonl"
    records = 300
    with path.open("w", encoding="utf-8") as fh:
        for i in range(records):
            fh.write(json.dumps({"text": ARTICLE.format(i=i), "url": f"https://news.example.org/{i}"}) + "\n")
    code, lines, peak = load(tmp_path / "store", str(path))
    assert (code, lines) == (0, [])
    count(f"peak MiB: {records} JSON Lines records", peak)
    assert peak < 1500, peak
    sources = subprocess.run(
        [sys.executable, "-m", "migkg.cli", "--store", str(tmp_path / "store"), "sources"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert sum("news.example.org" in line for line in sources.stdout.splitlines()) == records


def test_turtle_of_5_million_triples_is_refused_by_the_default_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.ttl"
    write_turtle(path, 5_000_000)
    size = path.stat().st_size
    assert size > 100 * MiB
    code, lines, peak = load(tmp_path / "store", str(path))
    assert code == 1
    [line] = lines
    assert line.startswith(f"migkg: {path}: too large: ") and line.endswith(", over the 100 MiB limit (--max-size)")
    assert peak < 400, peak  # refused before it is read
    path.unlink()


def test_a_smaller_file_over_a_given_limit_is_refused_and_under_it_loads(tmp_path: Path) -> None:
    path = tmp_path / "data.ttl"
    write_turtle(path, 4_000)
    code, lines, _ = load(tmp_path / "store", "--max-size", "64K", str(path))
    assert code == 1
    assert lines[0].startswith(f"migkg: {path}: too large: ")
    assert lines[0].endswith("over the 64 KiB limit (--max-size)")
    assert load(tmp_path / "store", "--max-size", "1M", str(path))[:2] == (0, [])


def test_bad_max_size_is_a_usage_error(tmp_path: Path) -> None:
    code, lines, _ = load(tmp_path / "store", "--max-size", "lots", str(tmp_path))
    assert code == 2
    assert "'lots' is not a size" in lines[-1]


@pytest.mark.parametrize("triples", [450_000])
def test_a_large_turtle_file_loads_in_bounded_memory(tmp_path: Path, triples: int) -> None:
    # Oxigraph's bulk loader holds whatever it is given: fed in chunks, its memory stays flat (fed
    # 1M triples at once it took 2 GB).
    path = tmp_path / "large.ttl"
    write_turtle(path, triples)
    code, lines, peak = load(tmp_path / "store", str(path))
    assert (code, lines) == (0, [])
    count(f"peak MiB: {triples} Turtle triples", peak)
    assert peak < 900, peak
