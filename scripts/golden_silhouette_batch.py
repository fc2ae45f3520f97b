#!/usr/bin/env python3
"""Writes the golden fixture of the batched silhouette (`SilhouetteBatch`).

Run from the repository root with the project's Python environment:

    /work/pyenv/bin/python scripts/golden_silhouette_batch.py

For two committed clustering fixtures (`blobs2d`, `duplicates`, read back from their CSV)
it makes several labelings of the same rows, as the model search does (K-means for several
k, nested Ward cuts, DBSCAN with noise, one with a singleton cluster, one where a single
cluster is left once noise is removed), and stores scikit-learn's `silhouette_score` and
`silhouette_samples` over the non-noise rows (on exact distances) (`null` where the score is undefined), in
`Tests/SegmentsAnalyticsTests/Fixtures/clustering/silhouette_batch.json`.
"""
import json
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import cdist
from sklearn.cluster import DBSCAN, KMeans
from sklearn.metrics import silhouette_samples, silhouette_score

OUT = Path(__file__).resolve().parent.parent / "Tests/SegmentsAnalyticsTests/Fixtures/clustering"


def labelings(X, eps, min_samples):
    result = [KMeans(n_clusters=k, n_init=3, random_state=0).fit(X).labels_ for k in (2, 3, 4, 5)]
    Z = linkage(X, method="ward")
    result += [fcluster(Z, k, criterion="maxclust") - 1 for k in (2, 3, 6)]
    result.append(DBSCAN(eps=eps, min_samples=min_samples).fit(X).labels_)
    singleton = result[1].copy()
    singleton[7] = 99
    result.append(singleton)
    one_cluster = np.full(len(X), -1)
    one_cluster[: len(X) // 2] = 4
    result.append(one_cluster)
    return result


def reference(X, labels):
    keep = labels != -1
    clusters = len(set(labels[keep]))
    entry = {"labels": labels.tolist(), "silhouette": None, "samples": None}
    if 2 <= clusters <= keep.sum() - 1:
        samples = np.full(len(X), np.nan)
        # Exact distances (as the Swift side): scikit-learn's default Euclidean shortcut
        # leaves duplicates about 1e-8 apart.
        distances = cdist(X[keep], X[keep])
        samples[keep] = silhouette_samples(distances, labels[keep], metric="precomputed")
        entry["silhouette"] = float(silhouette_score(distances, labels[keep], metric="precomputed"))
        entry["samples"] = [None if np.isnan(s) else float(s) for s in samples]
    return entry


def main():
    fixture = {}
    for name, eps, min_samples in [("blobs2d", 0.5, 5), ("duplicates", 0.6, 6)]:
        X = np.loadtxt(OUT / f"{name}.csv", delimiter=",", skiprows=1, ndmin=2)
        fixture[name] = [reference(X, np.asarray(labels)) for labels in labelings(X, eps, min_samples)]
        print(name, [entry["silhouette"] for entry in fixture[name]])
    (OUT / "silhouette_batch.json").write_text(json.dumps(fixture, separators=(",", ":")))


if __name__ == "__main__":
    main()
