#!/usr/bin/env python3
"""Golden fixture for the t-SNE tests: a small clustered feature matrix with duplicate rows
and constant-free columns, embedded by openTSNE with our settings.

    .venv/bin/python scripts/golden_tsne.py

Writes Tests/SegmentsAnalyticsTests/Fixtures/tsne/features.csv (header, id column, 8
standardized features) and openTSNE.json (its parameters, final KL divergence and
10-nearest-neighbour preservation over all points). openTSNE runs with exact neighbours
(our k-d tree is exact too), Barnes-Hut (its choice below 10,000 points), our momentum
(0.5 then 0.8) and the shortened schedule the debug-build test can afford.
"""
import json
import os
import sys

import numpy as np
from openTSNE import TSNE

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_tsne import preservation  # noqa: E402  (same metric as the benchmark)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "SegmentsAnalyticsTests", "Fixtures", "tsne")
PARAMS = dict(perplexity=30.0, early_exaggeration_iter=100, early_exaggeration=12.0,
              n_iter=150, initial_momentum=0.5, final_momentum=0.8, theta=0.5)


def make_features(n=2_000, d=8, seed=11):
    """Eight Gaussian clusters of unequal size and spread, a few integer-valued columns
    (ties), and 10 % of rows exact copies of others; then standardized."""
    rng = np.random.default_rng(seed)
    centers = rng.normal(0, 4, (8, d))
    sizes = rng.multinomial(n, [0.25, 0.2, 0.15, 0.12, 0.1, 0.08, 0.06, 0.04])
    X = np.vstack([c + rng.normal(0, s, (m, d))
                   for c, m, s in zip(centers, sizes, [1, 1.5, 0.7, 1, 2, 0.5, 1, 0.8])])
    X[:, 5:] = np.round(X[:, 5:])
    copies = rng.random(n) < 0.10
    X[copies] = X[rng.integers(0, n, copies.sum())]
    X = X[rng.permutation(n)]
    return (X - X.mean(axis=0)) / X.std(axis=0)


def main():
    X = make_features()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "features.csv"), "w") as f:
        f.write("id," + ",".join(f"f{j}" for j in range(X.shape[1])) + "\n")
        for i, row in enumerate(X):
            f.write(f"{i}," + ",".join(f"{v:.10g}" for v in row) + "\n")
    X = np.loadtxt(os.path.join(OUT, "features.csv"), delimiter=",", skiprows=1)[:, 1:]
    runs = []
    for seed in range(3):
        embedding = TSNE(**PARAMS, neighbors="exact", negative_gradient_method="bh",
                         n_jobs=1, random_state=seed).fit(X)
        runs.append({"seed": seed, "kl_divergence": float(embedding.kl_divergence),
                     "preservation": preservation(X, np.asarray(embedding), np.arange(len(X)))})
    golden = {
        "generator": "scripts/golden_tsne.py",
        "openTSNE": __import__("openTSNE").__version__,
        "rows": int(X.shape[0]), "cols": int(X.shape[1]),
        "unique_rows": int(len(np.unique(X, axis=0))),
        "parameters": PARAMS,
        "runs": runs,
        "kl_divergence": float(np.mean([r["kl_divergence"] for r in runs])),
        "preservation": float(np.mean([r["preservation"] for r in runs])),
    }
    with open(os.path.join(OUT, "openTSNE.json"), "w") as f:
        json.dump(golden, f, indent=2)
    print(json.dumps(golden, indent=2))


if __name__ == "__main__":
    main()
