#!/usr/bin/env python3
"""Benchmarks the Swift clustering engine against scikit-learn / SciPy on one feature matrix.

    .venv/bin/python scripts/bench_clustering.py MATRIX.csv [--out table.md]
        [--ward-sample 20000] [--min-samples 16] [--silhouette-k 4] [--skip-build]
        [--only kmeans,dbscan,silhouette,ward]

MATRIX.csv: header row, first column an id, the other columns numbers (the report's
data/features.csv). Builds `segments-bench` in release mode, runs each part in its own
process (so Ward's peak memory is its own), runs the same work with scikit-learn in a child
process whose environment has OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed (they slow a
current NumPy; the BLAS kernel it then runs is reported via threadpoolctl), and prints a
Markdown table of wall and CPU seconds.

Work compared:
- K-means k = 2..10, 10 restarts each (`KMeans(n_init=10)`), inertia compared per k.
- DBSCAN with min_samples = 16 (2 × 8 features) and eps at the knee of the k-distance
  curve (Kneedle: maximise x − y on the scaled sorted curve), both computed on each side.
- Exact silhouette of the Swift K-means labels for one k (`silhouette_score`).
- Ward on a sample of the first N rows (`scipy.cluster.hierarchy.linkage(method="ward")`,
  O(N²) memory) on both sides, and Ward on all rows on the Swift side only.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PARTS = ["kmeans", "dbscan", "silhouette", "ward"]


def load(path):
    return np.loadtxt(path, delimiter=",", skiprows=1, usecols=None, ndmin=2, dtype=str)[:, 1:].astype(float)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_swift(binary, matrix, part, extra):
    cpu = children_cpu()
    out = subprocess.run([binary, "clustering", matrix, "--only", part, *extra],
                         check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    result["cpuSeconds"] = children_cpu() - cpu
    return result


def knee_eps(X, min_samples):
    from sklearn.neighbors import NearestNeighbors
    distances, _ = NearestNeighbors(n_neighbors=min_samples, n_jobs=-1).fit(X).kneighbors(X)
    curve = np.sort(distances[:, -1])
    n = len(curve)
    scaled = np.arange(n) / (n - 1) - (curve - curve[0]) / (curve[-1] - curve[0])
    return float(curve[int(np.argmax(scaled))])


def sklearn_part(args):
    """Runs in the child process: one part with scikit-learn / SciPy, JSON on stdout."""
    from threadpoolctl import threadpool_info
    X = load(args.matrix)
    start, cpu = time.perf_counter(), time.process_time()
    result = {}
    if args.sklearn == "kmeans":
        from sklearn.cluster import KMeans
        result["inertia"] = {str(k): float(KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_)
                             for k in range(2, 11)}
    elif args.sklearn == "dbscan":
        from sklearn.cluster import DBSCAN
        eps = knee_eps(X, args.min_samples)
        model = DBSCAN(eps=eps, min_samples=args.min_samples, n_jobs=-1).fit(X)
        result.update(eps=eps, core=len(model.core_sample_indices_), noise=int((model.labels_ == -1).sum()),
                      clusters=int(model.labels_.max() + 1))
    elif args.sklearn == "silhouette":
        from sklearn.metrics import silhouette_score
        labels = np.loadtxt(args.labels, dtype=int)
        start, cpu = time.perf_counter(), time.process_time()
        result["mean"] = float(silhouette_score(X, labels))
    elif args.sklearn == "ward":
        from scipy.cluster.hierarchy import fcluster, linkage
        from sklearn.metrics import adjusted_rand_score
        Z = linkage(X, method="ward")
        result["seconds"], result["cpuSeconds"] = time.perf_counter() - start, time.process_time() - cpu
        ours = np.loadtxt(args.linkage, delimiter=",", ndmin=2)
        result["heightsMaxRelDiff"] = float(np.max(np.abs(ours[:, 2] - Z[:, 2]) / np.maximum(Z[:, 2], 1e-300)))
        result["cutARI"] = min(adjusted_rand_score(fcluster(Z, k, "maxclust"), fcluster(ours, k, "maxclust"))
                               for k in range(2, 11))
        result["topHeights"] = Z[-3:, 2].tolist()
    result.setdefault("seconds", time.perf_counter() - start)
    result.setdefault("cpuSeconds", time.process_time() - cpu)
    result["peakMemoryMiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["blas"] = [{k: info.get(k) for k in ("internal_api", "num_threads", "architecture")}
                      for info in threadpool_info()]
    print(json.dumps(result))


def run_sklearn(matrix, part, args, labels=None, linkage=None):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    command = [sys.executable, __file__, matrix, "--sklearn", part, "--min-samples", str(args.min_samples)]
    if labels:
        command += ["--labels", labels]
    if linkage:
        command += ["--linkage", linkage]
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out)


def write_sample(matrix, rows, path):
    with open(matrix) as source, open(path, "w") as target:
        for i, line in enumerate(source):
            if i > rows:
                break
            target.write(line)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("matrix")
    parser.add_argument("--out")
    parser.add_argument("--ward-sample", type=int, default=20_000)
    parser.add_argument("--min-samples", type=int, default=16)
    parser.add_argument("--silhouette-k", type=int, default=4)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--only", default=",".join(PARTS))
    parser.add_argument("--sklearn")
    parser.add_argument("--labels")
    parser.add_argument("--linkage")
    args = parser.parse_args()
    if args.sklearn:
        return sklearn_part(args)

    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "segments-bench"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    binary = str(ROOT / ".build/release/segments-bench")
    only = args.only.split(",")
    common = ["--min-samples", str(args.min_samples), "--silhouette-k", str(args.silhouette_k)]
    rows, blas = [], None

    def row(name, ours, theirs, check):
        speedup = theirs["seconds"] / ours["seconds"] if theirs else None
        rows.append((name, ours, theirs, speedup, check))
        print(name, f"ours {ours['seconds']:.2f}s", f"sklearn {theirs['seconds']:.2f}s" if theirs else "", check,
              file=sys.stderr)

    if "kmeans" in only:
        result = run_swift(binary, args.matrix, "kmeans", common)
        ours = dict(result["kmeans"], cpuSeconds=result["cpuSeconds"])
        theirs = run_sklearn(args.matrix, "kmeans", args)
        blas = theirs["blas"]
        ratios = ", ".join(f"{k}: {ours['inertia'][k] / theirs['inertia'][k]:.4f}" for k in theirs["inertia"])
        row("K-means k = 2…10, n_init 10", ours, theirs, f"inertia ratio Swift/sklearn per k: {ratios}")
    if "dbscan" in only:
        result = run_swift(binary, args.matrix, "dbscan", common)
        ours = dict(result["dbscan"], cpuSeconds=result["cpuSeconds"])
        theirs = run_sklearn(args.matrix, "dbscan", args)
        row(f"DBSCAN (k-distance knee + fit), min_samples {args.min_samples}", ours, theirs,
            f"eps {ours['eps']:.6g} / {theirs['eps']:.6g}; core {ours['core']} / {theirs['core']}; "
            f"noise {ours['noise']} / {theirs['noise']}; clusters {ours['clusters']} / {theirs['clusters']}")
    if "silhouette" in only:
        result = run_swift(binary, args.matrix, "silhouette", common)
        ours = dict(result["silhouette"], cpuSeconds=result["cpuSeconds"])
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write("\n".join(str(label) for label in ours["labels"]))
        theirs = run_sklearn(args.matrix, "silhouette", args, labels=f.name)
        row(f"exact silhouette (k = {args.silhouette_k})", ours, theirs,
            f"mean {ours['mean']:.12f} / {theirs['mean']:.12f}")
    if "ward" in only:
        sample = tempfile.mktemp(suffix=".csv")
        write_sample(args.matrix, args.ward_sample, sample)
        linkage_csv = tempfile.mktemp(suffix=".csv")
        result = run_swift(binary, sample, "ward", common + ["--linkage-out", linkage_csv])
        ours = dict(result["ward"], cpuSeconds=result["cpuSeconds"])
        theirs = run_sklearn(sample, "ward", args, linkage=linkage_csv)
        row(f"Ward, first {args.ward_sample:,} rows", ours, theirs,
            f"all heights max rel. diff {theirs['heightsMaxRelDiff']:.1e}; fcluster k = 2…10 min ARI "
            f"{theirs['cutARI']:.6f}; peak MiB {ours['peakMemoryMiB']:.0f} / {theirs['peakMemoryMiB']:.0f}")
        os.unlink(linkage_csv)
        result = run_swift(binary, args.matrix, "ward", common)
        ours = dict(result["ward"], cpuSeconds=result["cpuSeconds"])
        row("Ward, all rows", ours, None, f"peak MiB {ours['peakMemoryMiB']:.0f}")
        os.unlink(sample)

    n = int(subprocess.run(["wc", "-l", args.matrix], capture_output=True, text=True).stdout.split()[0]) - 1
    lines = [
        f"Matrix: `{args.matrix}` ({n:,} rows). Wall seconds (CPU seconds in parentheses).",
        "",
        "| work | Swift | scikit-learn / SciPy | speed-up | check (Swift / sklearn) |",
        "|---|---|---|---|---|",
    ]
    for name, ours, theirs, speedup, check in rows:
        theirs_text = f"{theirs['seconds']:.2f} ({theirs['cpuSeconds']:.1f})" if theirs else "— (O(n²) memory)"
        speedup_text = f"{speedup:.1f}×" if speedup else "—"
        lines.append(f"| {name} | {ours['seconds']:.2f} ({ours['cpuSeconds']:.1f}) | {theirs_text} | "
                     f"{speedup_text} | {check} |")
    if blas:
        lines += ["", "scikit-learn BLAS: " + "; ".join(
            f"{b['internal_api']} {b['architecture']} × {b['num_threads']} threads" for b in blas)]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.out:
        Path(args.out).write_text(table)


if __name__ == "__main__":
    main()
