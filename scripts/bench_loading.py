#!/usr/bin/env python3
"""Loading benchmark: pandas.read_csv versus `segments-bench load` on the same Olist folder.

Usage: .venv/bin/python scripts/bench_loading.py DIR [--runs N] [--bin PATH]

The pandas side reads every CSV of DIR with `pandas.read_csv` and parses the timestamp
columns with `pd.to_datetime(..., format=...)` (an explicit format, the fast path). The Swift
side is the release binary (`swift build -c release --product segments-bench`), which loads,
types, interns, joins, checks and checksums the same files on both cores. Both take the best
of N runs, measured in the same invocation; wall and CPU (user + system) times are printed as
JSON, CPU time being the fairer figure on a machine shared with other work.
"""
import argparse
import glob
import json
import os
import subprocess
import time

import pandas as pd

TIMESTAMP_COLUMNS = {
    "olist_orders_dataset.csv": [
        "order_purchase_timestamp", "order_approved_at", "order_delivered_carrier_date",
        "order_delivered_customer_date", "order_estimated_delivery_date",
    ],
    "olist_order_items_dataset.csv": ["shipping_limit_date"],
    "olist_order_reviews_dataset.csv": ["review_creation_date", "review_answer_timestamp"],
}


def load_with_pandas(directory):
    rows = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.csv"))):
        name = os.path.basename(path)
        frame = pd.read_csv(path)
        for column in TIMESTAMP_COLUMNS.get(name, []):
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d %H:%M:%S")
        rows[name] = len(frame)
    return rows


def best_of(runs, function):
    """Best wall time, all wall times, all CPU times (process_time: user + system), last result."""
    times, cpu_times, result = [], [], None
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        result = function()
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    return min(times), times, cpu_times, result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "segments-bench"))
    arguments = parser.parse_args()

    pandas_best, pandas_times, pandas_cpu, pandas_rows = best_of(arguments.runs, lambda: load_with_pandas(arguments.directory))
    output = subprocess.run(
        [arguments.bin, "load", arguments.directory, str(arguments.runs)], check=True, capture_output=True, text=True
    ).stdout
    swift = json.loads(output)
    print(json.dumps({
        "directory": arguments.directory,
        "bytes": swift["bytes"],
        "pandas_best_seconds": round(pandas_best, 4),
        "pandas_seconds": [round(t, 4) for t in pandas_times],
        "swift_best_seconds": swift["best_seconds"],
        "swift_seconds": swift["seconds"],
        "speedup": round(pandas_best / swift["best_seconds"], 2),
        "pandas_best_cpu_seconds": round(min(pandas_cpu), 4),
        "swift_best_cpu_seconds": swift["best_cpu_seconds"],
        "cpu_ratio": round(min(pandas_cpu) / swift["best_cpu_seconds"], 2),
        "pandas_rows": pandas_rows,
        "swift_rows": swift["rows"],
    }, indent=2))


if __name__ == "__main__":
    main()
