"""Golden values and checks of the drift analysis (never used at run time).

    python scripts/drift_golden.py fixture   # writes Tests/SegmentsAnalyticsTests/Fixtures/drift_golden.json
    python scripts/drift_golden.py check SITE

`fixture`: PSI (10 bins at the reference's NumPy deciles, repeated edges merged, a value equal
to an edge in the lower bin, empty bins at a share of 0.0001) and SciPy's two-sample
Kolmogorov-Smirnov test (`ks_2samp`, method "auto") on deterministic samples that the Swift
test rebuilds from the same integer formulas.

`check SITE`: recomputes every ARI of SITE/data/results.json -> drift (each start's steps and the
instability floor) with scikit-learn's `adjusted_rand_score` from SITE/data/drift-labels.csv,
and the median curve from them; fails beyond 1e-9.
"""
import json
import sys
from pathlib import Path

import numpy as np
from scipy.stats import ks_2samp

ROOT = Path(__file__).resolve().parent.parent
EMPTY_SHARE = 1e-4

# Each sample: x_i = ((i * mul) % mod) / div * scale + shift, i = 0..n-1 (exact in IEEE).
CASES = [
    {"name": "shifted", "a": dict(n=12000, mul=7919, mod=10007, div=10007, scale=1, shift=0),
     "b": dict(n=15000, mul=7727, mod=10009, div=10009, scale=1.05, shift=0.02)},
    {"name": "ties", "a": dict(n=11000, mul=31, mod=7, div=1, scale=1, shift=0),
     "b": dict(n=13000, mul=17, mod=9, div=1, scale=1, shift=0)},
    {"name": "same", "a": dict(n=20000, mul=7919, mod=10007, div=10007, scale=1, shift=0),
     "b": dict(n=20000, mul=6037, mod=10037, div=10037, scale=1, shift=0)},
    {"name": "strong", "a": dict(n=30000, mul=7919, mod=10007, div=10007, scale=1, shift=0),
     "b": dict(n=25000, mul=7727, mod=10009, div=10009, scale=1.3, shift=0.1)},
    {"name": "mild", "a": dict(n=12000, mul=7919, mod=10007, div=10007, scale=1, shift=0),
     "b": dict(n=15000, mul=7727, mod=10009, div=10009, scale=1, shift=0.008)},
    {"name": "small", "a": dict(n=200, mul=7919, mod=10007, div=10007, scale=1, shift=0),
     "b": dict(n=300, mul=7727, mod=10009, div=10009, scale=1.2, shift=0.05)},
]


def sample(n, mul, mod, div, scale, shift):
    i = np.arange(n, dtype=np.int64)
    return ((i * mul) % mod).astype(np.float64) / float(div) * scale + shift


def psi(reference, current):
    reference = np.sort(reference[~np.isnan(reference)])
    current = current[~np.isnan(current)]
    edges = []
    for q in np.quantile(reference, np.arange(1, 10) / 10):
        if not edges or edges[-1] != q:
            edges.append(q)
    edges = np.array(edges)
    e = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=len(edges) + 1) / len(reference)
    a = np.bincount(np.searchsorted(edges, current, side="left"), minlength=len(edges) + 1) / len(current)
    e = np.where(e == 0, EMPTY_SHARE, e)
    a = np.where(a == 0, EMPTY_SHARE, a)
    return float(np.sum((a - e) * np.log(a / e)))


def fixture():
    out = []
    for case in CASES:
        a, b = sample(**case["a"]), sample(**case["b"])
        test = ks_2samp(a, b, method="auto")
        out.append({**case, "psi": psi(a, b), "ks_statistic": float(test.statistic), "ks_p_value": float(test.pvalue)})
    path = ROOT / "Tests/SegmentsAnalyticsTests/Fixtures/drift_golden.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {path}")


ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def decode(text):
    if "." in text:
        return np.array([int(x) for x in text.split(".")])
    return np.array([-1 if c == "-" else ALPHABET.index(c) for c in text])


def check(site):
    from sklearn.metrics import adjusted_rand_score

    site = Path(site)
    drift = json.loads((site / "data/results.json").read_text())["drift"]
    if drift["too_short"]:
        print("drift: too short, nothing to check")
        return 0
    initial, refit, floor = {}, {}, {}
    for line in (site / "data/drift-labels.csv").read_text().splitlines()[1:]:
        kind, start, date, buyers, labels = line.split(",")
        labels = decode(labels)
        assert len(labels) == int(buyers), (kind, start, date)
        if kind == "initial":
            initial[(int(start), date)] = labels
        elif kind == "refit":
            refit[date] = labels
        else:
            floor[date] = labels
    worst, count = 0.0, 0
    per_step = {}
    for s, start in enumerate(drift["starts"]):
        for step in start["steps"]:
            date = step["date"]
            ari = adjusted_rand_score(initial[(s, date)], refit[date])
            fl = adjusted_rand_score(refit[date], floor[date])
            worst = max(worst, abs(ari - step["ari"]), abs(fl - step["floor"]))
            count += 2
            per_step.setdefault(step["index"], []).append((ari, fl))
    for point in drift["curve"]:
        values = per_step[point["index"]]
        worst = max(worst, abs(float(np.median([v[0] for v in values])) - point["median"]),
                    abs(min(v[0] for v in values) - point["low"]), abs(max(v[0] for v in values) - point["high"]),
                    abs(float(np.median([v[1] for v in values])) - point["floor"]))
        count += 4
    print(f"drift: {count} values recomputed with scikit-learn, largest difference {worst:.3g}")
    return 0 if worst <= 1e-9 else 1


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "fixture":
        fixture()
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        sys.exit(__doc__)
