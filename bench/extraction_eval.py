"""Extraction quality on an annotated corpus: precision, recall and F1 of who-funded-what.

Runs the measurement the way a user would: the corpus's own converter turns its articles into JSON
documents in trafilatura's field style, `migkg load` reads them into a fresh store, `migkg query
who-funded-what --format csv` writes the rows, and the corpus's scorer compares them with the gold
annotations (funder-implementer pairs, projects, funds, years, amounts).

    python bench/extraction_eval.py                       # ../shared/corpus/dev
    python bench/extraction_eval.py --corpus DIR --per-doc

Targets on the dev set: pairs F1 >= 0.85; projects recall >= 0.75 with precision >= 0.85; years and
amounts >= 0.8. Results are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

TARGETS = {
    ("pairs", "f1"): 0.85,
    ("projects", "recall"): 0.75,
    ("projects", "precision"): 0.85,
    ("years", None): 0.8,
    ("amounts", None): 0.8,
}


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with score.py, to_json.py, dev/")
    parser.add_argument("--split", default="dev", help="subfolder with the .txt articles and gold.jsonl")
    parser.add_argument("--per-doc", action="store_true", help="print the scorer's line per document")
    args = parser.parse_args()
    split = args.corpus / args.split
    if not (split / "gold.jsonl").exists():
        print(f"no annotated corpus at {split} (gold.jsonl missing)", file=sys.stderr)
        return 2
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="migkg-eval-") as tmp:
        work = Path(tmp)
        docs = work / "docs"
        articles = sorted(str(p) for p in split.glob("*.txt"))
        run([py, str(args.corpus / "to_json.py"), str(docs), *articles])
        store = work / "store"
        start = time.perf_counter()
        loaded = subprocess.run(
            [py, "-m", "migkg.cli", "--store", str(store), "load", "-q", str(docs)],
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        if loaded.returncode != 0:
            print(loaded.stderr, file=sys.stderr)
        rows = run([py, "-m", "migkg.cli", "--store", str(store), "query", "who-funded-what", "--format", "csv"])
        csv_path = work / "rows.csv"
        csv_path.write_text(rows.stdout, encoding="utf-8")
        scored = run([py, str(args.corpus / "score.py"), str(split / "gold.jsonl"), str(csv_path), "--json"])
    result = json.loads(scored.stdout)
    if args.per_doc:
        for d in result["per_doc"]:
            print(
                f"{d['doc'][:56]:56} pairs {d['tp_pairs']}/{d['gold_pairs']} (sys {d['sys_pairs']}) "
                f"projects {d['matched_projects']}/{d['gold_projects']} (labels {d['good_labels']}/{d['sys_labels']})"
            )
    print(f"corpus: {split} ({result['docs']} documents, {len(rows.stdout.splitlines()) - 1} rows)")
    print(f"load time (migkg load, one process, incl. start-up): {seconds:.1f} s")
    for key in ("pairs", "projects", "funds"):
        r = result[key]
        print(f"{key:9} precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"years     {result['years']:.3f}")
    print(f"amounts   {result['amounts']:.3f}")
    misses = []
    for (key, sub), target in TARGETS.items():
        value = result[key][sub] if sub else result[key]
        if value < target:
            misses.append(f"{key} {sub or ''} {value:.3f} < {target}")
    print("targets: " + ("all met" if not misses else "missed: " + "; ".join(misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
