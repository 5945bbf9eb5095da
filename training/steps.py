"""Which pipeline step adds the right and the wrong pairs: every step `Extractor.run` calls is
watched, the funders and implementers it adds to a project are recorded, and each output pair
(funder, implementer) is scored against the gold. A step whose pairs are right on the batches the
rules were read off and wrong on unread ones is a rule that does not generalise.

    python -m training.steps held55 held56            # written batches (bench/written)
    python -m training.steps dev dev2 --corpus ../shared/corpus

Counts only: no page text is printed, so unread batches stay unread.
"""

from __future__ import annotations

import argparse
import inspect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from migkg.loaders.articles import clean_text
from migkg.loaders.extract.pipeline import Extractor
from training.corpus import SPLITS, Annotated, gold_pairs, load_split, scorer
from training.evaluate import rows_of
from training.train_pairs import WRITTEN

# Additions made outside any watched step (the lines of `run` itself) are put down to this name.
IN_RUN = "run"


def run_steps() -> list[str]:
    """The steps `Extractor.run` calls, in the order it first calls them."""
    return list(dict.fromkeys(re.findall(r"self\.(\w+)\(", inspect.getsource(Extractor.run))))


@dataclass
class StepCounts:
    """Output pairs right and wrong, by the step that added their funder and their implementer."""

    funder_right: Counter[str] = field(default_factory=Counter)
    funder_wrong: Counter[str] = field(default_factory=Counter)
    implementer_right: Counter[str] = field(default_factory=Counter)
    implementer_wrong: Counter[str] = field(default_factory=Counter)

    def steps(self) -> list[str]:
        """Every step with a count, the one with the most wrong pairs first."""
        names = (
            set(self.funder_right) | set(self.funder_wrong) | set(self.implementer_right) | set(self.implementer_wrong)
        )
        return sorted(names, key=lambda s: (-(self.funder_wrong[s] + self.implementer_wrong[s]), s))


def _watched(ex: Extractor, origin: dict[tuple[int, str, str], str]) -> None:
    """Wrap each step of the extractor so that what it adds to a project's funders or implementers
    is put down to it (the innermost step, where one calls another)."""

    def roles() -> set[tuple[int, str, str]]:
        return {
            (id(p), role, iri)
            for p in ex.projects
            for role, iris in (("funder", p.funders), ("implementer", p.implementers))
            for iri in iris
        }

    for name in run_steps():
        step = getattr(ex, name, None)
        if not callable(step):
            continue

        def watched(*args, _step=step, _name=name, **kwargs):
            before = roles()
            out = _step(*args, **kwargs)
            for key in roles() - before:
                origin.setdefault(key, _name)
            return out

        setattr(ex, name, watched)


def count_steps(docs: Iterable[Annotated], counts: StepCounts | None = None) -> StepCounts:
    """Run the extractor on each annotated document and count its output pairs by step."""
    counts = counts or StepCounts()
    sc = scorer()
    for a in docs:
        a.doc.text = clean_text(a.doc.text)
        ex = Extractor(a.doc)
        origin: dict[tuple[int, str, str], str] = {}
        _watched(ex, origin)
        result = ex.run()
        gold = gold_pairs(a)
        orgs = a.gold.get("organisations", [])
        # rows_of writes one row per project, funder and implementer, in this order
        parts = [(p, f, o) for p in result.projects for f in p.funders for o in (p.implementers or [""])]
        for (p, f, o), row in zip(parts, rows_of(ex, result, a.gold["url"]), strict=True):
            if not o:
                continue  # the scorer counts no pair without an implementer
            right = (sc.canon_party(row["funder"], orgs), sc.canon_party(row["implementer"], orgs)) in gold
            by_funder = origin.get((id(p), "funder", f), IN_RUN)
            by_runner = origin.get((id(p), "implementer", o), IN_RUN)
            (counts.funder_right if right else counts.funder_wrong)[by_funder] += 1
            (counts.implementer_right if right else counts.implementer_wrong)[by_runner] += 1
    return counts


def report(counts: StepCounts) -> str:
    """One line per step: pairs whose funder it added, right/wrong; the same for implementers."""
    lines = [f"{'step':40} {'funder right/wrong':>20} {'implementer right/wrong':>24}"]
    for s in counts.steps():
        fr, fw = counts.funder_right[s], counts.funder_wrong[s]
        ir, iw = counts.implementer_right[s], counts.implementer_wrong[s]
        lines.append(f"{s:40} {fr:>11}/{fw:<8} {ir:>15}/{iw:<8}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("splits", nargs="+", help="folder names (dev, dev2, dev3 or a written batch)")
    ap.add_argument("--corpus", type=Path, default=None, help="where the folders are (default: by name)")
    args = ap.parse_args(argv)
    counts = StepCounts()
    for split in args.splits:
        base = args.corpus or (None if split in SPLITS else WRITTEN)
        count_steps(load_split(split) if base is None else load_split(split, base), counts)
    print(report(counts))


if __name__ == "__main__":
    main()
