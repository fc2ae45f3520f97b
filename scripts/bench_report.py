#!/usr/bin/env python3
"""Benchmarks the report's model search against pandas + scikit-learn + SciPy (+ openTSNE)
on the same matrices, in one invocation, and checks the exports.

Run from the repository root with the project's Python environment:

    swift build -c release
    .build/release/segments demo-data --out /tmp/full --buyers 96096 --seed 1
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
        /work/pyenv/bin/python scripts/bench_report.py /tmp/full [--tsne] [--subset 20000]

1. Runs `.build/release/segments report --data DIR --out SITE` under `/usr/bin/time -v`
   (wall, CPU, peak memory) and collects its stage lines from stderr.
2. Writes every built-in feature matrix with `segments-bench features DIR OUT SET`, and
   per feature set runs what the search runs, in scikit-learn / SciPy:
   `KMeans(k, n_init=10, random_state=0)` for k = 2…10 (full scale), the k-distance curve
   (`NearestNeighbors`) and `DBSCAN` at the three radii of results.json (full scale),
   `scipy.cluster.hierarchy.linkage(X, "ward")` on the first SUBSET rows (its condensed
   matrix needs n²/2 doubles: 36 GB at full scale) and one `silhouette_score` on the first
   SUBSET rows; both are extrapolated to n rows as O(n²) (stated as such), the silhouette
   times the number of labelings the search scores.
   With --tsne also openTSNE on the chosen matrix (full scale, as scripts/bench_tsne.py).
3. The drift loop of results.json -> drift in pandas + scikit-learn + SciPy: the orders read
   with pandas, at each date (window ends and steps) the chosen feature set built from the
   orders purchased before it (recency from it) by a groupby, the date's own transforms,
   median imputation and standardisation, the chosen model fitted (K-means: `KMeans(k,
   n_init=restarts)`; Ward: SciPy's `linkage(ward)` on `ward_restarts` samples of
   `sample_size` buyers, each cut's centroids refined by `KMeans(init=centroids, n_init=1)`
   on every buyer, lowest inertia kept), twice per step date (seed and seed + 1) for the
   floor, each start's initial model assigning the step's buyers with its own scaler, and
   `adjusted_rand_score` per start and step. Compared with our drift stage's seconds and
   curve (the samples differ, so the values are compared, not matched).
3. Checks: results.json's chosen silhouette equals scikit-learn's `silhouette_score` on
   data/features.csv with data/segments.csv's clusters (noise left out) to 1e-6; data/tsne.csv
   has the buyers of data/features.csv in the same order; our K-means inertia per k over
   scikit-learn's (the target: at most 1.001 at every k).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import DBSCAN, KMeans
from sklearn.metrics import adjusted_rand_score, silhouette_score
from sklearn.neighbors import NearestNeighbors

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / ".build/release"


def timed(function):
    start, cpu = time.perf_counter(), time.process_time()
    value = function()
    return value, time.perf_counter() - start, time.process_time() - cpu


def run_report(data, site):
    command = ["/usr/bin/time", "-v", str(RELEASE / "segments"), "report", "--data", str(data), "--out", str(site)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    stderr = done.stderr
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr).group(1)) / 1024
    user = float(re.search(r"User time \(seconds\): (\S+)", stderr).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", stderr).group(1))
    stages = [line for line in stderr.splitlines() if re.search(r"\((\d+ ms|[\d.]+ s)\)$", line)]
    return {"wall": seconds, "cpu": user + system, "peak_mib": peak, "stages": stages}


def read_matrix(path):
    frame = pd.read_csv(path, float_precision="round_trip")
    return frame.iloc[:, 0].to_numpy(), frame.iloc[:, 1:].to_numpy(dtype=np.float64)


def python_search(X, runs, subset, labelings):
    n = len(X)
    out = {}
    inertias = {}

    def kmeans_all():
        for k in range(2, 11):
            inertias[k] = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_

    _, out["kmeans_wall"], out["kmeans_cpu"] = timed(kmeans_all)
    out["inertia"] = inertias
    dbscan_runs = [r for r in runs if r["algorithm"] == "dbscan"]
    if dbscan_runs:
        min_samples = dbscan_runs[0]["parameters"]["min_samples"]

        def dbscan_all():
            NearestNeighbors(n_neighbors=min_samples, n_jobs=-1).fit(X).kneighbors(X)
            return [DBSCAN(eps=r["parameters"]["eps"], min_samples=min_samples, n_jobs=-1).fit(X).labels_ for r in dbscan_runs]

        labels, out["dbscan_wall"], out["dbscan_cpu"] = timed(dbscan_all)
        out["dbscan_check"] = [
            (int(l.max()) + 1 == r["clusters"], abs(float((l == -1).mean()) - r["noise_share"]) < 1e-12)
            for l, r in zip(labels, dbscan_runs)
        ]
    m = min(subset, n)
    _, wall, cpu = timed(lambda: linkage(X[:m], method="ward"))
    out["ward_subset"] = (m, wall, cpu)
    out["ward_extrapolated"] = wall * (n / m) ** 2
    labels = KMeans(n_clusters=4, n_init=1, random_state=0).fit(X[:m]).labels_
    _, wall, cpu = timed(lambda: silhouette_score(X[:m], labels))
    out["silhouette_subset"] = (m, wall, cpu)
    out["silhouette_extrapolated"] = wall * (n / m) ** 2 * labelings
    return out


TRANSFORMS = {
    "recency": lambda v: v, "review": lambda v: v, "freight_share": lambda v: v,
    "frequency": lambda v: np.log1p(np.maximum(v, 0)), "monetary": lambda v: np.log1p(np.maximum(v, 0)),
    "installments": lambda v: np.log1p(np.maximum(v, 0)), "categories": lambda v: np.log1p(np.maximum(v, 0)),
    "delivery_delay": lambda v: np.sign(v) * np.log1p(np.abs(v)),
}


def drift_orders(data):
    """Valid orders (status neither canceled nor unavailable) with per-order aggregates."""
    data = Path(data)
    dates = ["order_purchase_timestamp", "order_delivered_customer_date", "order_estimated_delivery_date"]
    orders = pd.read_csv(data / "olist_orders_dataset.csv", parse_dates=dates)
    orders = orders[~orders.order_status.isin(["canceled", "unavailable"])]
    customers = pd.read_csv(data / "olist_customers_dataset.csv", usecols=["customer_id", "customer_unique_id"])
    payments = pd.read_csv(data / "olist_order_payments_dataset.csv")
    reviews = pd.read_csv(data / "olist_order_reviews_dataset.csv")
    items = pd.read_csv(data / "olist_order_items_dataset.csv")
    products = pd.read_csv(data / "olist_products_dataset.csv", usecols=["product_id", "product_category_name"])
    orders = orders.merge(customers, on="customer_id")
    orders = orders.join(payments.groupby("order_id").agg(paid=("payment_value", "sum"), installments=("payment_installments", "max")), on="order_id")
    orders = orders.join(reviews.groupby("order_id").review_score.mean().rename("review"), on="order_id")
    orders = orders.join(items.groupby("order_id").agg(price=("price", "sum"), freight=("freight_value", "sum")), on="order_id")
    orders["delay"] = (orders.order_delivered_customer_date - orders.order_estimated_delivery_date).dt.total_seconds() / 86400
    orders["t"] = (orders.order_purchase_timestamp - pd.Timestamp("1970-01-01")).dt.total_seconds()
    items = items.merge(products, on="product_id").merge(orders[["order_id", "customer_unique_id", "t"]], on="order_id")
    return orders, items


def drift_features(orders, items, t, names):
    """The buyers known at t (seconds) and their raw features, by groupby on the orders before t."""
    known = orders[orders.t < t]
    g = known.groupby("customer_unique_id")
    columns = {
        "recency": (t - g.t.max()) / 86400, "frequency": g.size().astype(float), "monetary": g.paid.sum(),
        "review": g.review.mean(), "delivery_delay": g.delay.mean(), "installments": g.installments.mean(),
        "freight_share": g.freight.sum() / (g.price.sum() + g.freight.sum()),
    }
    if "categories" in names:
        bought = items[items.t < t].dropna(subset=["product_category_name"])
        columns["categories"] = bought.groupby("customer_unique_id").product_category_name.nunique().reindex(columns["recency"].index).fillna(0)
    return pd.DataFrame({name: columns[name] for name in names})


class DriftScaler:
    def __init__(self, frame):
        self.names = list(frame.columns)
        self.median, self.mean, self.scale = {}, {}, {}
        for name in self.names:
            v = TRANSFORMS[name](frame[name].to_numpy(np.float64))
            median = np.nanmedian(v)
            v = np.where(np.isnan(v), median, v)
            self.median[name], self.mean[name] = median, v.mean()
            self.scale[name] = v.std() if v.std() > 0 else 1.0

    def __call__(self, frame):
        columns = []
        for name in self.names:
            v = TRANSFORMS[name](frame[name].to_numpy(np.float64))
            columns.append((np.where(np.isnan(v), self.median[name], v) - self.mean[name]) / self.scale[name])
        return np.column_stack(columns)


def drift_fit(X, model, settings, seed):
    """Centroids of the chosen model fitted on X (nearest-centroid rule)."""
    k = model["k"]
    if model["algorithm"] == "kmeans":
        return KMeans(n_clusters=k, n_init=settings["kmeans_restarts"], random_state=seed).fit(X).cluster_centers_
    if model["algorithm"] != "ward":
        raise SystemExit("bench_report.py: the drift loop covers K-means and Ward")
    rng = np.random.default_rng(seed)
    best = None
    for _ in range(settings.get("ward_restarts", 1)):
        rows = np.sort(rng.choice(len(X), min(settings["sample_size"], len(X)), replace=False))
        cut = fcluster(linkage(X[rows], method="ward"), k, "maxclust") - 1
        start = np.array([X[rows][cut == c].mean(axis=0) for c in range(cut.max() + 1)])
        refined = KMeans(n_clusters=len(start), init=start, n_init=1).fit(X)
        if best is None or refined.inertia_ < best.inertia_:
            best = refined
    return best.cluster_centers_


def nearest(centers, X):
    return np.argmin(((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2), axis=1)


def python_drift(data, drift):
    """The drift loop of results.json -> drift; returns seconds, CPU seconds and the curve."""
    model, settings = drift["model"], drift["settings"]
    names = [f["name"] for f in drift["features"]]
    day = lambda text: (pd.Timestamp(text) - pd.Timestamp("1970-01-01")).total_seconds()

    def loop():
        orders, items = drift_orders(data)
        ends = {s: day(start["window_end"]) for s, start in enumerate(drift["starts"])}
        steps = {s: [day(step["date"]) for step in start["steps"]] for s, start in enumerate(drift["starts"])}
        initials, ari = {}, {}
        for t in sorted(set(ends.values()) | {t for dates in steps.values() for t in dates}):
            frame = drift_features(orders, items, t, names)
            scaler = DriftScaler(frame)
            X = scaler(frame)
            refit = drift_fit(X, model, settings, settings["seed"])
            for s, end in ends.items():
                if end == t:
                    initials[s] = (scaler, refit)
            if not any(t in dates for dates in steps.values()):
                continue
            labels = nearest(refit, X)
            floor = adjusted_rand_score(labels, nearest(drift_fit(X, model, settings, settings["seed"] + 1), X))
            for s, dates in steps.items():
                if t in dates and s in initials:
                    initial_scaler, initial = initials[s]
                    ari.setdefault(dates.index(t), []).append((adjusted_rand_score(nearest(initial, initial_scaler(frame)), labels), floor))
        return [(float(np.median([a for a, _ in ari[j]])), float(np.median([f for _, f in ari[j]]))) for j in sorted(ari)]

    return timed(loop)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--site", default=None)
    parser.add_argument("--subset", type=int, default=20000)
    parser.add_argument("--tsne", action="store_true")
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True)
    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    site = Path(args.site) if args.site else work / "site"

    report = run_report(args.data, site)
    print(f"segments report: wall {report['wall']:.1f} s, CPU {report['cpu']:.1f} s, peak {report['peak_mib']:.0f} MiB")
    for line in report["stages"]:
        print("   ", line)

    results = json.loads((site / "data/results.json").read_text())
    segmentation = results["segmentation"]
    chosen = segmentation["chosen"]
    runs = segmentation["runs"]

    # Exports.
    ids, features = read_matrix(site / "data/features.csv")
    segments = pd.read_csv(site / "data/segments.csv", keep_default_na=False)
    assert (segments["customer_unique_id"].to_numpy() == ids).all(), "segments.csv rows differ from features.csv"
    if (site / "data/tsne.csv").exists():
        tsne_ids = pd.read_csv(site / "data/tsne.csv")["customer_unique_id"].to_numpy()
        assert (tsne_ids == ids).all(), "tsne.csv rows differ from features.csv"
    clusters = segments["cluster"].to_numpy()
    keep = clusters != -1
    _, wall, _ = timed(lambda: None)
    check, check_wall, _ = timed(lambda: silhouette_score(features[keep], clusters[keep]))
    print(
        f"chosen {chosen['algorithm']} {chosen['feature_set']} k={chosen['k']}: silhouette {chosen['silhouette']:.12f}, "
        f"scikit-learn on the exports {check:.12f}, |diff| {abs(check - chosen['silhouette']):.2e} "
        f"({check_wall:.0f} s)")

    # The same steps in Python, per feature set.
    total_python = 0.0
    for name in ["rfm", "rfm_satisfaction", "full"]:
        set_runs = [r for r in runs if r["feature_set"] == name]
        if not set_runs:
            continue
        path = work / f"{name}.csv"
        subprocess.run([str(RELEASE / "segments-bench"), "features", args.data, str(path), name], check=True, capture_output=True)
        _, X = read_matrix(path)
        scored = sum(1 for r in set_runs if "silhouette" in r)
        py = python_search(X, set_runs, args.subset, scored)
        ours = {a: sum(r.get("seconds", 0) for r in set_runs if r["algorithm"] == a) for a in ("kmeans", "ward", "dbscan")}
        ratios = [
            next(r["inertia"] for r in set_runs if r["algorithm"] == "kmeans" and r["parameters"]["k"] == k) / py["inertia"][k]
            for k in range(2, 11)
        ]
        python_set = py["kmeans_wall"] + py.get("dbscan_wall", 0) + py["ward_extrapolated"] + py["silhouette_extrapolated"]
        total_python += python_set
        print(f"[{name}] {X.shape[0]} x {X.shape[1]}")
        print(f"   kmeans k=2..10 n_init=10: sklearn {py['kmeans_wall']:.1f} s (CPU {py['kmeans_cpu']:.1f})")
        print(f"   inertia ours/sklearn per k: {', '.join(f'{r:.4f}' for r in ratios)}; worst {max(ratios):.5f}")
        if "dbscan_wall" in py:
            print(f"   k-distance + DBSCAN x{len(py['dbscan_check'])}: sklearn {py['dbscan_wall']:.1f} s; same clusters/noise {py['dbscan_check']}")
        m, wall, cpu = py["ward_subset"]
        print(f"   Ward: SciPy {wall:.1f} s on {m} rows -> ~{py['ward_extrapolated']:.0f} s at full scale (O(n^2), needs {X.shape[0]**2 * 4 / 2**30:.0f} GiB)")
        m, wall, cpu = py["silhouette_subset"]
        print(f"   silhouette: sklearn {wall:.2f} s per labeling on {m} rows -> ~{py['silhouette_extrapolated']:.0f} s for {scored} labelings at full scale")
        print(f"   our search seconds (fit + scores): kmeans {ours['kmeans']:.1f}, ward {ours['ward']:.1f}, dbscan {ours['dbscan']:.1f}")
        print(f"   Python stack for this set: ~{python_set:.0f} s")
    print(f"Python stack, search steps, all sets: ~{total_python:.0f} s (partly extrapolated)")

    drift = results.get("drift")
    if drift and not drift["too_short"]:
        curve, wall, cpu = python_drift(args.data, drift)
        ours = next((line for line in report["stages"] if "Measured the drift" in line), "no drift stage line")
        print(f"drift loop ({drift['model']['algorithm']} k={drift['model']['k']} on {drift['model']['feature_set']}, "
              f"{len(drift['curve'])} steps, {len(drift['starts'])} starts): pandas + scikit-learn {wall:.1f} s (CPU {cpu:.1f}); ours: {ours}")
        print("   median ARI / floor per step, ours:   " + " ".join(f"{p['median']:.3f}/{p['floor']:.3f}" for p in drift["curve"]))
        print("   median ARI / floor per step, Python: " + " ".join(f"{a:.3f}/{f:.3f}" for a, f in curve))

    if args.tsne:
        from openTSNE import TSNE

        _, wall, cpu = timed(lambda: TSNE(n_jobs=2, random_state=1).fit(features))
        print(f"openTSNE on the chosen matrix: {wall:.1f} s (CPU {cpu:.1f})")


if __name__ == "__main__":
    sys.exit(main())
