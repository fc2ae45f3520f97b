#!/usr/bin/env python3
"""Benchmark our t-SNE against openTSNE on one feature matrix.

    scripts/bench_tsne.py MATRIX.csv [--standin] [--out FILE.md]

MATRIX.csv: header row, first column an id, the other columns numbers (the format of
the report's data/features.csv). With --standin the file is first (re)written with a
synthetic stand-in of the buyer feature matrix (96,096 x 8, standardized, heavy ties
and duplicate rows); it is data, never commit it.

Runs openTSNE (n_jobs=2, its default negative-gradient method: FFT interpolation for
n >= 10,000) with the same perplexity, iterations, exaggeration and momentum as ours,
then our release binary (`swift build -c release --product segments-bench`), each in a
fresh process, and prints a Markdown table: wall time, peak memory (VmHWM), final KL
divergence and 10-nearest-neighbour preservation on the same fixed sample of 5,000
points. Run it with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (see BENCHMARKS.md).
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "segments-bench")
PERPLEXITY = 30.0
EARLY_ITER, EARLY_EXAGGERATION, ITER = 250, 12.0, 750
SAMPLE, K = 5_000, 10


def write_standin(path, n=96_096, seed=7):
    """Standardized buyer-like features: mostly one order, integer review scores and
    installments, a few log-normal amounts; many buyers share identical rows."""
    rng = np.random.default_rng(seed)
    recency = rng.integers(0, 700, n).astype(float)
    frequency = np.where(rng.random(n) < 0.97, 1, rng.integers(2, 6, n)).astype(float)
    prices = np.round(np.exp(rng.normal(4.3, 0.9, 3_000)), 2)  # a product catalogue
    monetary = prices[rng.zipf(1.6, n) % prices.size] * frequency
    review = rng.choice([1, 2, 3, 4, 5], n, p=[0.11, 0.03, 0.08, 0.19, 0.59]).astype(float)
    delay = np.round(rng.normal(-11, 9, n))
    installments = np.minimum(rng.geometric(0.45, n), 10).astype(float)
    freight = np.round(np.exp(rng.normal(-1.8, 0.6, n)), 2)
    categories = np.where(rng.random(n) < 0.95, 1, 2).astype(float)
    X = np.column_stack([recency, np.log1p(frequency), np.log1p(monetary), review,
                         delay, installments, np.log1p(freight), categories])
    # Buyers of the same product the same day with the same review: identical rows.
    copies = rng.random(n) < 0.15
    X[copies] = X[rng.integers(0, n, copies.sum())]
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    names = ["recency", "frequency", "monetary", "review", "delay", "installments",
             "freight_share", "categories"]
    with open(path, "w") as f:
        f.write("buyer," + ",".join(names) + "\n")
        for i, row in enumerate(X):
            f.write(f"b{i}," + ",".join(f"{v:.6g}" for v in row) + "\n")


def read_matrix(path):
    return np.loadtxt(path, delimiter=",", skiprows=1, usecols=None,
                      converters={0: lambda s: 0.0}, dtype=float)[:, 1:]


def sample_rows(n, size=SAMPLE):
    """The fixed sample shared with segments-bench: evenly spaced rows."""
    size = min(size, n)
    return np.array([i * n // size for i in range(size)])


def preservation(X, Y, rows, k=K):
    """Share of each sampled point's k nearest embedded neighbours that are among its k
    nearest in feature space, ties included (a neighbour at the k-th feature distance
    counts), averaged over the sample."""
    from sklearn.neighbors import NearestNeighbors
    fx = NearestNeighbors(n_neighbors=k + 1).fit(X)
    fy = NearestNeighbors(n_neighbors=k + 1).fit(Y)
    dx, _ = fx.kneighbors(X[rows])
    _, iy = fy.kneighbors(Y[rows])
    hits = 0
    for a, r in enumerate(rows):
        neighbours = [j for j in iy[a] if j != r][:k]
        radius = dx[a, k]  # k-th neighbour other than the point itself
        d = np.linalg.norm(X[neighbours] - X[r], axis=1)
        hits += int(np.sum(d <= radius * (1 + 1e-12)))
    return hits / (k * len(rows))


def peak_memory_mib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_opentsne(path):
    """Child process: openTSNE on MATRIX, JSON on stdout."""
    from openTSNE import TSNE
    X = read_matrix(path)
    kl = {}
    start = time.perf_counter()
    embedding = TSNE(perplexity=PERPLEXITY, early_exaggeration_iter=EARLY_ITER,
                     early_exaggeration=EARLY_EXAGGERATION, n_iter=ITER,
                     initial_momentum=0.5, final_momentum=0.8, n_jobs=2,
                     random_state=0).fit(X)
    wall = time.perf_counter() - start
    Y = np.asarray(embedding)
    print(json.dumps({"wall_seconds": wall, "peak_memory_mib": peak_memory_mib(),
                      "kl_divergence": float(embedding.kl_divergence),
                      "preservation": preservation(X, Y, sample_rows(len(X))),
                      "rows": len(X), "cols": X.shape[1]}))


def run_ours(path):
    out = subprocess.run([BINARY, "tsne", path], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("matrix")
    parser.add_argument("--standin", action="store_true", help="write the stand-in first")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help="also write the Markdown table here")
    args = parser.parse_args()
    if args.child:
        return run_opentsne(args.matrix)
    if args.standin:
        write_standin(args.matrix)
    out = subprocess.run([sys.executable, __file__, "--child", args.matrix],
                         check=True, capture_output=True, text=True)
    theirs = json.loads(out.stdout)
    ours = run_ours(args.matrix)
    table = [
        f"{theirs['rows']:,} rows x {theirs['cols']} columns, perplexity {PERPLEXITY:g}, "
        f"{EARLY_ITER} + {ITER} iterations, 2 cores.",
        "",
        "| implementation | wall time (s) | peak memory (MiB) | KL divergence | 10-NN preservation |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, r in (("openTSNE 1.0 (n_jobs=2)", theirs), ("Segments (release)", ours)):
        table.append(f"| {name} | {r['wall_seconds']:.1f} | {r['peak_memory_mib']:.0f} | "
                     f"{r['kl_divergence']:.4f} | {r['preservation']:.4f} |")
    text = "\n".join(table)
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
