#!/usr/bin/env python3
"""Writes the clustering golden fixtures: small datasets and scikit-learn / SciPy results.

Run with the project's Python environment from the repository root:

    .venv/bin/python scripts/golden_clustering.py

It writes `Tests/SegmentsAnalyticsTests/Fixtures/clustering/NAME.csv` (the data, header row,
no id column) and `NAME.json` (reference results). The references are computed on the data
as read back from the CSV, so Swift and Python see the same doubles.
"""
import json
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import cdist
from sklearn.cluster import DBSCAN, KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import (adjusted_rand_score, calinski_harabasz_score,
                             davies_bouldin_score, silhouette_samples)
from sklearn.neighbors import NearestNeighbors

OUT = Path(__file__).resolve().parent.parent / "Tests/SegmentsAnalyticsTests/Fixtures/clustering"


def blobs2d():
    X, y = make_blobs(n_samples=600, centers=4, cluster_std=[0.6, 1.0, 0.8, 1.4], random_state=1)
    return X, y


def anisotropic():
    X, y = make_blobs(n_samples=800, centers=3, random_state=170)
    return X @ np.array([[0.6, -0.6], [-0.4, 0.8]]), y


def duplicates():
    """300 distinct points, each repeated 1 to 4 times: ties only at distance 0."""
    rng = np.random.default_rng(7)
    X, y = make_blobs(n_samples=300, centers=5, n_features=3, random_state=7)
    repeats = rng.integers(1, 5, size=300)
    order = rng.permutation(int(repeats.sum()))
    return np.repeat(X, repeats, axis=0)[order], np.repeat(y, repeats)[order]


def buyers8d():
    """Buyer-like 8-d features with heavy ties: integer counts and scores, skewed values."""
    rng = np.random.default_rng(11)
    n = 2000
    group = rng.integers(0, 4, size=n)
    frequency = 1 + rng.poisson(0.05 + 0.3 * (group == 3), size=n)
    review = np.clip(np.round(4.2 - 1.5 * (group == 1) + rng.normal(0, 1, n)), 1, 5)
    monetary = np.log(rng.lognormal(4.5 + 0.8 * (group == 2), 0.7, n))
    recency = rng.uniform(0, 600, n) + 200 * (group == 0)
    installments = rng.integers(1, 4 + 6 * (group == 2), size=n)
    freight = rng.beta(2, 8, n)
    delay = np.round(rng.normal(-10 + 15 * (group == 1), 6, n))
    categories = 1 + rng.poisson(0.1, n)
    X = np.column_stack([recency, frequency, monetary, review, installments, freight, delay, categories])
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    return X, group


def continuous8d():
    X, y = make_blobs(n_samples=1200, centers=6, n_features=8, cluster_std=1.5, random_state=3)
    return X, y


def write_csv(name, X):
    path = OUT / f"{name}.csv"
    header = ",".join(f"x{j}" for j in range(X.shape[1]))
    np.savetxt(path, X, fmt="%.6f", delimiter=",", header=header, comments="")
    return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def knee_eps(X, min_samples):
    """The k-distance knee the Swift code documents: Kneedle's x − y on the scaled curve."""
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors(X)
    curve = np.sort(distances[:, -1])
    n = len(curve)
    x = np.arange(n) / (n - 1)
    y = (curve - curve[0]) / (curve[-1] - curve[0])
    rank = int(np.argmax(x - y))
    return rank, float(curve[rank]), curve


def dbscan_reference(X, eps, min_samples):
    model = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    core = np.zeros(len(X), dtype=bool)
    core[model.core_sample_indices_] = True
    return {
        "eps": eps,
        "minSamples": min_samples,
        "labels": model.labels_.tolist(),
        "core": np.flatnonzero(core).tolist(),
        "noise": np.flatnonzero(model.labels_ == -1).tolist(),
    }


def scores_reference(X, labels, exclude_noise=False):
    keep = labels != -1 if exclude_noise else np.ones(len(labels), dtype=bool)
    Xs, ls = X[keep], labels[keep]
    samples = silhouette_samples(cdist(Xs, Xs), ls, metric="precomputed")
    return {
        "labels": labels.tolist(),
        "excludeNoise": exclude_noise,
        "silhouette": float(samples.mean()),
        "silhouetteSamples": samples.tolist(),
        "daviesBouldin": float(davies_bouldin_score(Xs, ls)),
        "calinskiHarabasz": float(calinski_harabasz_score(Xs, ls)),
    }


def reference(name, X, truth, ks, ward, dbscan_params):
    result = {"name": name, "rows": X.shape[0], "cols": X.shape[1]}
    result["kmeans"] = [
        {"k": k, "inertia": float(KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_)}
        for k in ks
    ]
    labels_k = KMeans(n_clusters=ks[len(ks) // 2], n_init=10, random_state=0).fit(X).labels_
    result["scores"] = [scores_reference(X, labels_k)]
    result["ari"] = [{"a": truth.tolist(), "b": labels_k.tolist(), "value": adjusted_rand_score(truth, labels_k)}]
    result["dbscan"] = []
    for eps, min_samples in dbscan_params:
        if eps is None:
            rank, eps, curve = knee_eps(X, min_samples)
            entry = dbscan_reference(X, eps, min_samples)
            entry.update({"kneeRank": rank, "curveFirst": float(curve[0]), "curveLast": float(curve[-1])})
        else:
            entry = dbscan_reference(X, eps, min_samples)
        result["dbscan"].append(entry)
        labels = np.array(entry["labels"])
        if (labels == -1).any() and 2 <= len(set(labels[labels != -1])) <= (labels != -1).sum() - 1:
            result["scores"].append(scores_reference(X, labels, exclude_noise=True))
            result["scores"].append(scores_reference(X, labels, exclude_noise=False))
    if ward:
        Z = linkage(X, method="ward")
        result["ward"] = {
            "linkage": Z.tolist(),
            "cuts": {str(k): (fcluster(Z, k, criterion="maxclust") - 1).tolist() for k in (1, 2, 3, 5, 8)},
        }
    return result


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    datasets = [
        ("blobs2d", blobs2d, [2, 3, 4, 6], True, [(0.5, 5), (None, 5)]),
        ("anisotropic", anisotropic, [2, 3, 5], True, [(0.3, 8), (None, 4)]),
        ("duplicates", duplicates, [3, 5, 7], True, [(0.6, 6), (None, 5)]),
        ("buyers8d", buyers8d, [2, 4, 6, 8], False, [(1.2, 10), (None, 10)]),
        ("continuous8d", continuous8d, [3, 6, 9], True, [(3.5, 8)]),
    ]
    for name, make, ks, ward, dbscan_params in datasets:
        X, truth = make()
        X = write_csv(name, X)
        result = reference(name, X, np.asarray(truth), ks, ward, dbscan_params)
        (OUT / f"{name}.json").write_text(json.dumps(result, separators=(",", ":")))
        print(name, X.shape, [(d["eps"], d["minSamples"], len(d["core"]), len(d["noise"])) for d in result["dbscan"]])


if __name__ == "__main__":
    main()
