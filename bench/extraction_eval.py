"""Extraction quality on the annotated corpus: precision, recall and F1 of who-funded-what.

Part 1 runs the measurement the way a user would, per folder (dev, dev2, dev3) and on their union:
the corpus's own converter turns its articles into JSON documents in trafilatura's field style,
`migkg load` reads them into a fresh store, `migkg query who-funded-what --format csv` writes the
rows, and the corpus's scorer compares them with the gold annotations (funder-implementer pairs,
projects, funds, years, amounts). These documents trained the pair model, so these are fits.

Part 2 is the honest figure (`--held-out`, on by default): `python -m training.evaluate`, which
refits the pair model leaving each publisher out and scores the extractor on that publisher's
documents, per folder, language and kind of document, with the mention recall that bounds it all
(gold implementers recognised as organisation mentions, gold funds found as fund mentions).

    python bench/extraction_eval.py                       # dev, dev2, dev3, their union; held out
    python bench/extraction_eval.py --split dev3 --per-doc --no-held-out
    python bench/extraction_eval.py --split NEW --no-held-out   # a first look at a new folder
    python bench/extraction_eval.py --split bench/written/held --no-held-out   # the written test set

Part 2 ends with the pairs F1's 90% interval over publishers drawn with replacement: what another
set of documents from as many new publishers could score.
Part 3 (with part 2, over several folders) scores each folder's pairs at the threshold that does
best on the other folders: the shipped threshold is chosen on part 2's own runs, which flatters it.
Part 4 gives the held-out pairs F1 at each threshold, per folder, its mean around the shipped
threshold and the held-out candidates' average precision: a list of names is decided by its best
member, so the F1 at one threshold jumps by points where one such member lies; judge a change by
part 4's mean and average precision, and by its per-document diff, not by one point.

Targets of issue 9, on documents never seen: pairs F1 >= 0.70; projects precision >= 0.75 and recall
>= 0.65; funds F1 >= 0.85; years >= 0.80; amounts >= 0.70; on dev, dev2 and dev3 together (a fit),
pairs F1 >= 0.85. Results are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SPLITS = ("dev", "dev2", "dev3")

TARGETS = {
    ("pairs", "f1"): 0.70,
    ("projects", "recall"): 0.65,
    ("projects", "precision"): 0.75,
    ("funds", "f1"): 0.85,
    ("years", None): 0.8,
    ("amounts", None): 0.7,
}


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)


def scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("corpus_score", corpus / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folder_of(corpus: Path, split: str) -> Path:
    """A split's folder: a folder of the corpus by name ("dev3"), or one given by its path
    ("bench/written/dev", the written test set)."""
    given = Path(split)
    return given if (given / "gold.jsonl").exists() else corpus / split


def load_and_query(corpus: Path, split: str, work: Path) -> tuple[list[dict], float]:
    """who-funded-what rows for one folder, read through `migkg load` into a fresh store."""
    py = sys.executable
    folder = folder_of(corpus, split)
    work = work / Path(split).name
    docs = work / "docs"
    run([py, str(corpus / "to_json.py"), str(docs), *sorted(str(p) for p in folder.glob("*.txt"))])
    store = work / "store"
    start = time.perf_counter()
    loaded = subprocess.run(
        [py, "-m", "migkg.cli", "--store", str(store), "load", "-q", str(docs)], capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if loaded.returncode != 0:
        print(loaded.stderr, file=sys.stderr)
    out = run([py, "-m", "migkg.cli", "--store", str(store), "query", "who-funded-what", "--format", "csv"])
    return list(csv.DictReader(io.StringIO(out.stdout))), seconds


def evaluate(splits: list[str], option: str) -> subprocess.CompletedProcess:
    """`python -m training.evaluate OPTION --splits ...` (held out by publisher), its output kept."""
    return subprocess.run(
        [sys.executable, "-m", "training.evaluate", option, "--splits", *splits],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def line(name: str, docs: int, r: dict) -> str:
    pr, pj = r["pairs"], r["projects"]
    return (
        f"{name:26} {docs:>4}  {pr['precision']:.3f}/{pr['recall']:.3f}/{pr['f1']:.3f}  "
        f"{pj['precision']:.3f}/{pj['recall']:.3f}  {r['funds']['f1']:.3f}  {r['years']:.3f}  {r['amounts']:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with score.py, to_json.py")
    parser.add_argument(
        "--split",
        action="append",
        help="a corpus subfolder, or a folder's path, with .txt articles and gold.jsonl (repeatable)",
    )
    parser.add_argument("--per-doc", action="store_true", help="print the scorer's line per document")
    parser.add_argument("--no-held-out", dest="held_out", action="store_false", help="skip part 2")
    args = parser.parse_args()
    splits = args.split or [s for s in SPLITS if (args.corpus / s / "gold.jsonl").exists()]
    missing = [s for s in splits if not (folder_of(args.corpus, s) / "gold.jsonl").exists()]
    if missing or not splits:
        print(f"no annotated corpus at {args.corpus}/{(missing or ['dev'])[0]} (gold.jsonl missing)", file=sys.stderr)
        return 2
    sc = scorer(args.corpus)
    all_gold: list[dict] = []
    all_rows: list[dict] = []
    print("part 1: `migkg load` + who-funded-what, the shipped model (trained on dev, dev2, dev3: a fit)")
    print(f"{'folder':26} {'docs':>4}  pairs P/R/F1         projects P/R  funds  years  amounts")
    with tempfile.TemporaryDirectory(prefix="migkg-eval-") as tmp:
        for split in splits:
            gold_file = folder_of(args.corpus, split) / "gold.jsonl"
            gold = [json.loads(x) for x in gold_file.read_text("utf-8").splitlines() if x]
            rows, seconds = load_and_query(args.corpus, split, Path(tmp))
            result = sc.score(gold, rows)
            all_gold += gold
            all_rows += rows
            if args.per_doc:
                for d in result["per_doc"]:
                    print(
                        f"  {d['doc'][:56]:56} pairs {d['tp_pairs']}/{d['gold_pairs']} (sys {d['sys_pairs']}) "
                        f"projects {d['matched_projects']}/{d['gold_projects']} "
                        f"(labels {d['good_labels']}/{d['sys_labels']})"
                    )
            print(line(Path(split).name, result["docs"], result) + f"   ({len(rows)} rows, load {seconds:.1f} s)")
    if len(splits) > 1:
        union = sc.score(all_gold, all_rows)
        target = "   (fit target: pairs F1 >= 0.85)" if set(splits) <= set(SPLITS) else ""
        print(line("union", union["docs"], union) + target)
    if not args.held_out or any(s not in SPLITS for s in splits):
        return 0
    print()
    print("part 2: held out by publisher (python -m training.evaluate): the pair model never saw the publisher")
    held = evaluate(splits, "--json")
    if held.returncode != 0:
        print(held.stderr.strip().splitlines()[-1] if held.stderr.strip() else "training.evaluate failed")
        print('(it needs scikit-learn: pip install -e ".[train]")')
        return 1
    results = json.loads(held.stdout)
    print(f"{'group':26} {'docs':>4}  pairs P/R/F1         projects P/R  funds  years  amounts  impl-m  fund-m  rows")
    for name, r in results.items():
        print(line(name, r["docs"], r) + f"  {r['implementer_mentions']:.3f}   {r['fund_mentions']:.3f}   {r['rows']}")
    print("(on documents without projects every row is a false alarm: their line counts rows, not scores)")
    overall = results["all"]
    low, high = overall["pairs"]["interval"]
    print(f"pairs F1 on all, 90% interval over publishers drawn with replacement: {low:.3f} to {high:.3f}")
    misses = []
    for (key, sub), target in TARGETS.items():
        value = overall[key][sub] if sub else overall[key]
        if value < target:
            misses.append(f"{key} {sub or ''} {value:.3f} < {target}".replace("  ", " "))
    for key in ("implementer_mentions", "fund_mentions"):
        if overall[key] < 0.9:
            misses.append(f"{key} {overall[key]:.3f} < 0.9")
    print("held-out targets: " + ("all met" if not misses else "missed: " + "; ".join(misses)))
    if len(splits) > 1:
        # The shipped pair threshold was chosen on these same held-out runs: each folder scored at
        # the threshold that does best on the other folders does not flatter it.
        print()
        print("part 3: pairs, the threshold chosen on the other folders (training.evaluate --threshold-by-folder)")
        by_folder = evaluate(splits, "--threshold-by-folder")
        print(by_folder.stdout.rstrip() if by_folder.returncode == 0 else "training.evaluate failed")
        # A list of names is decided by its best member, so the F1 at one threshold jumps where such
        # a member's score lies: the curve, its mean and the candidates' average precision do not.
        print()
        print("part 4: held-out pairs F1 by threshold, its mean around the shipped one (training.evaluate --curve)")
        by_threshold = evaluate(splits, "--curve")
        print(by_threshold.stdout.rstrip() if by_threshold.returncode == 0 else "training.evaluate failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
