"""Train the funder–implementer pair model on the annotated corpus and report how it generalises.

    pip install -e ".[train]"
    python -m training.train_pairs                  # report leave-one-publisher-out figures, write the model
    python -m training.train_pairs --report-only    # the figures, without writing

Each document's candidate pairs (every funder it names with every organisation it names, see
migkg/loaders/extract/candidates.py) are labelled with the corpus's gold pairs, through the corpus
scorer's own name matching. A logistic regression is cross-validated leaving one publisher out at a
time (the documents of a site never train the model that scores them), the threshold is chosen on
those held-out scores, and the final model, fitted on every document, is written to
migkg/loaders/extract/models/pairs.json with its calibration table (how often a pair scored in each
band is right, on held-out documents).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from migkg.loaders.articles import clean_text
from migkg.loaders.extract import decide
from migkg.loaders.extract.candidates import candidates
from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.pipeline import Extractor
from training.corpus import SPLITS, Annotated, gold_pairs, load_split, scorer


def display_names(ex: Extractor, iri: str) -> list[str]:
    """What who-funded-what would print for a node, then the names it was found under."""
    if iri == NATIONAL:
        return ["NATIONAL"]
    ent = ex.ctx.entity(iri)
    names = []
    if ent is not None:
        names += [ent.code] if ent.code else []
        names += [ent.label("en"), *ent.labels.values()]
    if iri in ex.ctx.new_orgs:
        names.append(ex.ctx.new_orgs[iri].name)
    names += [m.name for m in ex.ctx.orgs if m.iri == iri]
    return [n for n in names if n]


def canonical(a: Annotated, ex: Extractor, iri: str) -> str:
    sc = scorer()
    orgs = a.gold.get("organisations", [])
    names = display_names(ex, iri)
    for n in names:
        c = sc.canon_party(n, orgs)
        if not c.startswith("?"):
            return c
    return "?" + iri


def build(splits: list[str]) -> tuple[list[dict], list[dict]]:
    """Candidate rows (features, label, document, canonical pair) and per-document gold pairs. The
    features are those of the rules' output, before any model decides (no model is loaded here)."""
    shipped = decide.pair_model
    decide.pair_model = lambda *a, **k: None  # train on what the rules propose, not on a model's output
    try:
        return _build(splits)
    finally:
        decide.pair_model = shipped


def _build(splits: list[str]) -> tuple[list[dict], list[dict]]:
    rows, docs = [], []
    for split in splits:
        for a in load_split(split):
            a.doc.text = clean_text(a.doc.text)
            ex = Extractor(a.doc)
            ex.run()
            gold = gold_pairs(a)
            docs.append({"doc": a.path.name, "split": split, "gold": gold, "publisher": a.publisher})
            for c in candidates(ex):
                pair = (canonical(a, ex, c.funder), canonical(a, ex, c.org))
                rows.append(
                    {
                        "doc": a.path.name,
                        "publisher": a.publisher,
                        "split": split,
                        "features": c.features,
                        "pair": pair,
                        "label": int(pair in gold),
                        "rule": c.features.get("rule_pair", 0.0) > 0,
                    }
                )
    return rows, docs


def pair_scores(rows: list[dict], docs: list[dict], keep) -> dict[str, float]:
    """Document-level pair precision, recall and F1, as the corpus scorer counts them."""
    sys_pairs: dict[str, set] = defaultdict(set)
    for r in rows:
        if keep(r):
            sys_pairs[r["doc"]].add(r["pair"])
    tp = n_sys = n_gold = 0
    for d in docs:
        s = sys_pairs.get(d["doc"], set())
        tp += len(s & d["gold"])
        n_sys += len(s)
        n_gold += len(d["gold"])
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp}


def fit(args: argparse.Namespace, X, y):  # noqa: N803 (X: the usual name of a feature matrix)
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X)
    if args.model == "logistic":
        model = LogisticRegression(C=args.C, max_iter=2000)
    else:
        model = HistGradientBoostingClassifier(
            max_iter=150,
            learning_rate=0.05,
            max_leaf_nodes=8,
            min_samples_leaf=10,
            l2_regularization=1.0,
            random_state=0,
        )
    return scaler, model.fit(scaler.transform(X), y)


TIE = 0.01
# Issue 9's promise: facts at SURE or more are right at least SURE_RIGHT of the time.
SURE, SURE_RIGHT = 0.8, 0.9


# Written batches (bench/written) the threshold is also judged on: documents the pair model never
# trains on, whose pages have been read. The batches nobody has read yet (held56 to held59) stay
# out, so that its end-of-session figures stay honest.
WRITTEN = Path(__file__).resolve().parents[1] / "bench" / "written"
THRESHOLD_WRITTEN = (
    "tuned",
    "held",
    "held2",
    "held3",
    "held4",
    "held5",
    "held6",
    "held7",
    "held8",
    "held9",
    "held10",
    "held11",
    "held12",
    "held13",
    "held14",
    "held15",
    "held16",
    "held17",
    "held18",
    "held19",
    "held20",
    "held21",
    "held22",
    "held23",
    "held24",
    "held25",
    "held26",
    "held27",
    "held28",
    "held29",
    "held30",
    "held31",
    "held32",
    "held33",
    "held34",
    "held35",
    "held36",
    "held37",
    "held38",
    "held39",
    "held40",
    "held41",
    "held42",
    "held43",
    "held44",
    "held45",
    "held46",
    "held47",
    "held48",
    "held49",
    "held50",
    "held51",
    "held52",
    "held53",
    "held54",
    "held55",
)


def end_to_end_threshold(args: argparse.Namespace, around: float) -> float:
    """The threshold, among those near the candidates' best, at which the whole extractor scores the
    best pairs F1 on held-out documents: the shared folders' by publisher left out
    (training/evaluate.py's leave-one-publisher-out run), pooled with the written batches'
    (`THRESHOLD_WRITTEN`, unless --no-written) scored with the model fitted on every shared document;
    the mean of the two pairs F1s.
    The decision step's own rules (listed names, the sole pair) move the best point away from the
    candidates' one. Each threshold is judged with its neighbours (a plateau, not a lone peak). On
    the shared folders alone one page's list of twenty names moved the figure by 0.05 from one grid
    step to the next; the written batches hold four times their pairs."""
    import dataclasses

    from training.evaluate import loo_models, run

    def shared() -> list[Annotated]:
        return [a for s in args.splits for a in load_split(s)]

    def written() -> list[Annotated]:
        return [] if args.no_written else [a for s in THRESHOLD_WRITTEN for a in load_split(s, WRITTEN)]

    # A written page's publisher is in no shared folder (or its documents are left out): its model
    # is fitted on every shared document but that publisher's.
    models = loo_models(shared() + written(), args.splits, c=args.C, threshold=around)
    # The grid reaches one step past the thresholds it may choose: an edge point, judged with one
    # neighbour only, would win on a slope that falls away past it (0.425 was chosen so once).
    grid = [round(around + 0.025 * k, 3) for k in range(-4, 5) if 0.1 <= around + 0.025 * k <= 0.9]
    f1 = {}
    for t in grid:

        def model_for(a: Annotated, t: float = t) -> Any:
            return dataclasses.replace(models[a.publisher], threshold=t)

        # The two halves weigh alike: the real articles are the kind the extractor is for, the
        # written ones four times as many pairs.
        scores = [run(docs, model_for)["all"]["pairs"]["f1"] for docs in (shared(), written()) if docs]
        f1[t] = sum(scores) / len(scores)
    smoothed = {t: sum(f1[u] for u in grid[k - 1 : k + 2]) / 3 for k, t in enumerate(grid) if 0 < k < len(grid) - 1}
    best = max(smoothed.values())
    chosen = max(t for t, v in smoothed.items() if v >= best - 0.001)
    pooled = "shared held out" + ("" if args.no_written else ", written; their mean")
    print(f"end to end ({pooled}), pairs F1 by threshold: " + ", ".join(f"{t}: {f1[t]:.3f}" for t in grid))
    print(f"threshold {chosen} (candidates' best {around})")
    return chosen


def _wilson_lower(share: float, n: int, z: float = 1.2816) -> float:
    """The lower bound of the Wilson score interval of a share seen on n candidates."""
    centre = share + z * z / (2 * n)
    spread = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return max(0.0, (centre - spread) / (1 + z * z / n))


def main() -> int:
    import numpy as np
    from sklearn.isotonic import IsotonicRegression
    from sklearn.model_selection import LeaveOneGroupOut

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", nargs="+", default=list(SPLITS))
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--C", type=float, default=0.01, help="inverse regularisation strength")
    parser.add_argument("--model", choices=["logistic", "trees"], default="logistic", help="trees: for comparison")
    parser.add_argument(
        "--no-written",
        action="store_true",
        help="judge the threshold end to end on the shared folders alone, without the written batches",
    )
    parser.add_argument(
        "--candidates-only",
        action="store_true",
        help="choose the threshold on the candidates' held-out F1 alone, without end-to-end runs",
    )
    args = parser.parse_args()

    rows, docs = build(args.splits)
    names = sorted({k for r in rows for k in r["features"]})
    X = np.array([[r["features"].get(k, 0.0) for k in names] for r in rows])  # noqa: N806
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["publisher"] for r in rows])
    print(f"{len(docs)} documents, {len(rows)} candidate pairs, {y.sum()} right, {len(set(groups))} publishers")
    gold_total = sum(len(d["gold"]) for d in docs)
    reachable = len({(r["doc"], r["pair"]) for r in rows if r["label"]})
    print(f"gold pairs {gold_total}, among the candidates {reachable} (candidate recall {reachable / gold_total:.3f})")

    rules = pair_scores(rows, docs, lambda r: r["rule"])
    print(f"rules alone:                  P {rules['precision']:.3f} R {rules['recall']:.3f} F1 {rules['f1']:.3f}")

    held_out = np.zeros(len(rows))
    for train, test in LeaveOneGroupOut().split(X, y, groups):
        if y[train].sum() == 0:
            continue
        scaler, model = fit(args, X[train], y[train])
        held_out[test] = model.predict_proba(scaler.transform(X[test]))[:, 1]
    for r, s in zip(rows, held_out, strict=True):
        r["held_out"] = float(s)

    by_threshold = {}
    print("leave-one-publisher-out, by threshold:")
    for thr in [round(0.2 + 0.025 * k, 3) for k in range(29)]:
        s = pair_scores(rows, docs, lambda r, t=thr: r["held_out"] >= t)
        print(f"  >= {thr:.3f}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
        by_threshold[thr] = s["f1"]
    # The highest threshold within TIE of the best F1: the decision step adds recall of its own
    # (listed names, the sole pair), so of two near-equal thresholds the stricter one does better
    # end to end (a 0.003 lead of 0.3 over 0.4 cost 0.05 of held-out pairs F1 after the decisions).
    # Each threshold is judged with its neighbours (a moving average over three grid steps): a
    # lone peak of the held-out curve is luck of a few documents' pairs, a plateau is not.
    grid = sorted(by_threshold)
    smoothed = {
        t: sum(by_threshold[u] for u in grid[max(0, k - 1) : k + 2]) / len(grid[max(0, k - 1) : k + 2])
        for k, t in enumerate(grid)
    }
    best_f1 = max(smoothed.values())
    threshold = max(t for t, f in smoothed.items() if f >= best_f1 - TIE)
    if not args.candidates_only:
        threshold = end_to_end_threshold(args, threshold)
    per_split = {}
    for split in args.splits:
        sd = [d for d in docs if d["split"] == split]
        sr = [r for r in rows if r["split"] == split]
        per_split[split] = pair_scores(sr, sd, lambda r: r["held_out"] >= threshold)
        s = per_split[split]
        print(f"  {split:5} at {threshold}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")

    # Calibration on held-out scores: how often a candidate in each band is a gold pair.
    bands = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)]
    calibration = []
    print("calibration (held out): band, candidates, right")
    for lo, hi in bands:
        sel = [r for r in rows if lo <= r["held_out"] < hi]
        right = sum(r["label"] for r in sel)
        share = right / len(sel) if sel else 0.0
        calibration.append({"from": lo, "to": min(hi, 1.0), "candidates": len(sel), "right": share})
        print(f"  [{lo:.1f}, {min(hi, 1.0):.1f}): {len(sel):5}  {share:.3f}")

    # Calibration map: isotonic regression of "right" on the held-out score, each level lowered to
    # the Wilson lower bound of its share (one-sided 90%) over the candidates it rests on, so that a
    # level reached by a few lucky candidates does not promise more than they show; then made
    # non-decreasing again from the top down.
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(held_out, y)
    fitted = iso.predict(held_out)
    levels = [float(v) for v in iso.y_thresholds_]
    support = [int(np.isclose(fitted, v).sum()) for v in levels]
    lowered = [_wilson_lower(v, max(n, 1)) for v, n in zip(levels, support, strict=True)]
    for i in range(len(lowered) - 2, -1, -1):
        lowered[i] = min(lowered[i], lowered[i + 1])
    # The promise is about the facts together: of the held-out candidates the map puts at 0.8 or
    # more, at least 90% must be right. While they are not, the lowest level at 0.8 or more comes
    # down to just under it.
    xs = [round(float(a), 4) for a in iso.X_thresholds_]
    while True:
        calibrated = np.interp(held_out, xs, lowered)
        sure = [r for r, s in zip(rows, calibrated, strict=True) if s >= SURE and r["held_out"] >= threshold]
        right = sum(r["label"] for r in sure) / len(sure) if sure else 0.0
        if not sure or right >= SURE_RIGHT:
            break
        lowest = min(v for v in lowered if v >= SURE)
        lowered = [min(v, SURE - 0.01) if v == lowest else v for v in lowered]
    calibration_map = [[a, round(b, 4)] for a, b in zip(xs, lowered, strict=True)]
    print(f"candidates with calibrated confidence >= 0.8: {len(sure)}, right {right:.3f}")

    args.model = "logistic"
    scaler, model = fit(args, X, y)
    weights = sorted(zip(names, model.coef_[0], strict=True), key=lambda kv: -abs(kv[1]))
    print("largest weights: " + ", ".join(f"{k} {w:+.2f}" for k, w in weights[:10]))
    if args.report_only:
        return 0
    out = {
        "about": "Funder-implementer pair model for migkg's extractor; written by training/train_pairs.py.",
        "trained_on": args.splits,
        "documents": len(docs),
        "features": names,
        "means": [float(v) for v in scaler.mean_],
        "scales": [float(v) if v > 0 else 1.0 for v in scaler.scale_],
        "weights": [float(v) for v in model.coef_[0]],
        "intercept": float(model.intercept_[0]),
        "threshold": threshold,
        "C": args.C,
        "cross_validation": {"scheme": "leave one publisher out", "per_split": per_split},
        "calibration": calibration,
        "calibration_map": calibration_map,
    }
    decide.MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    decide.MODEL_FILE.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {decide.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
