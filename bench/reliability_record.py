"""The figures of RELIABILITY.md, from a real run of the tests that prove its guarantees.

Runs pytest on the reliability suite and the other tests RELIABILITY.md cites, with the counters of
`tests/reliability/hostile.py` switched on (MIGKG_RELIABILITY_RECORD), then writes the figures
between the `figures` markers of RELIABILITY.md: inputs tried by hypothesis per kind and how many of
them were refused, faults injected, concurrent readers and writers, documents lost, peak memory of
the big loads, and the outcome of each cited test.

    python bench/reliability_record.py                # the default example counts (as CI runs them)
    python bench/reliability_record.py --examples 40  # a longer hunt: 40 examples per hypothesis test
    python bench/reliability_record.py --dry-run      # print the figures, leave RELIABILITY.md alone
    python bench/reliability_record.py --all          # the whole suite (what CI runs), figures as well
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECORD = REPO / "RELIABILITY.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
RANK = ["passed", "skipped", "failed"]
CITED = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def cited_tests() -> list[str]:
    """Every `path::name` RELIABILITY.md cites, in order."""
    return list(dict.fromkeys(f"{p}::{n}" for p, n in CITED.findall(RECORD.read_text(encoding="utf-8"))))


def run(tests: list[str], examples: int | None, everything: bool) -> tuple[dict[str, int], dict[str, str], float]:
    files = ["tests"] if everything else sorted({t.split("::")[0] for t in tests})
    with tempfile.TemporaryDirectory() as tmp:
        counts_file, junit = Path(tmp) / "counts.json", Path(tmp) / "junit.xml"
        env = {**os.environ, "MIGKG_RELIABILITY_RECORD": str(counts_file), "PYTHONPATH": str(REPO)}
        if examples:
            env["MIGKG_HYPOTHESIS_EXAMPLES"] = str(examples)
        started = time.monotonic()
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *files]
        subprocess.run(cmd, cwd=REPO, env=env, check=False)
        elapsed = time.monotonic() - started
        counts = json.loads(counts_file.read_text(encoding="utf-8")) if counts_file.exists() else {}
        outcomes: dict[str, str] = {}
        for case in ET.parse(junit).getroot().iter("testcase"):
            path = case.get("classname", "").replace(".", "/") + ".py"
            name = case.get("name", "").split("[")[0]
            result = "failed" if case.find("failure") is not None or case.find("error") is not None else "passed"
            if case.find("skipped") is not None:
                result = "skipped"
            key = f"{path}::{name}"
            # A parametrised test passes when every case does.
            outcomes[key] = max(outcomes.get(key, "passed"), result, key=RANK.index)
    return counts, outcomes, elapsed


def figures(
    counts: dict[str, int], outcomes: dict[str, str], tests: list[str], elapsed: float, examples: int, everything: bool
) -> str:
    kinds = sorted(k.split(":", 1)[1] for k in counts if k.startswith("inputs:"))
    tried = sum(counts[f"inputs:{k}"] for k in kinds)
    lines = [
        f"Last run: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {elapsed:.0f} s, `python bench/reliability_record.py"
        + (f" --examples {examples}`" if examples else "`")
        + " (hypothesis examples per test: "
        + (str(examples) if examples else "the suite's defaults")
        + ").",
        "",
        "| figure | value |",
        "| --- | --- |",
        f"| hostile inputs tried by hypothesis, all kinds (tracebacks: none, or the run fails) | {tried} |",
    ]
    for k in kinds:
        failed = counts.get(f"failed:{k}", 0)
        refused = f", {failed} refused with one line naming the file" if f"failed:{k}" in counts else ""
        lines.append(f"| … {k} | {counts[f'inputs:{k}']}{refused} |")
    order = [
        "iris checked",
        "offline inputs",
        "offline commands",
        "big inputs",
        "faults injected (kill -9 during a load)",
        "concurrent readers",
        "concurrent writers (killed)",
        "documents",
        "documents lost",
    ]
    lines += [f"| {k} | {counts[k]} |" for k in order if k in counts]
    lines += [f"| {k} | {v} |" for k, v in sorted(counts.items()) if k.startswith("peak MiB")]
    passed = sum(outcomes.get(t) == "passed" for t in tests)
    lines += ["", f"Cited tests: {passed} of {len(tests)} passed."]
    failed = sum(r == "failed" for r in outcomes.values())
    scope = "the whole suite" if everything else "the files of the cited tests"
    lines.append(f"Tests run ({scope}): {len(outcomes)}, {failed} failed.")
    missing = [t for t in tests if outcomes.get(t) != "passed"]
    lines += [f"- not passed: `{t}` ({outcomes.get(t, 'not run')})" for t in missing]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="hypothesis examples per test (default: the suite's)")
    parser.add_argument("--dry-run", action="store_true", help="print the figures only")
    parser.add_argument("--all", action="store_true", help="run the whole test suite, not only the cited tests")
    args = parser.parse_args()
    tests = cited_tests()
    counts, outcomes, elapsed = run(tests, args.examples or None, args.all)
    text = figures(counts, outcomes, tests, elapsed, args.examples, args.all)
    print(text)
    if not args.dry_run:
        record = RECORD.read_text(encoding="utf-8")
        head, _, rest = record.partition(START)
        _, _, tail = rest.partition(END)
        RECORD.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
