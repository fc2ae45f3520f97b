#!/usr/bin/env python3
"""Transaction-log loading benchmark: pandas.read_csv versus `segments-bench transactions`.

Usage: .venv/bin/python scripts/bench_transactions.py [FILE] [--lines N] [--runs N] [--bin PATH]

Writes FILE (default /tmp/transactions-1m.csv) unless it exists: N lines (default 1,000,000)
of order lines from a seeded generator, `order_id,customer_id,date,category,quantity,amount`
with ids of digits and leading zeros and ISO 8601 date-times. The pandas side reads it with
`pandas.read_csv`, the ids as text (to keep their leading zeros, as the tool does) and the
dates parsed with the explicit format (`parse_dates` + `date_format`, pandas' fast path). The
Swift side is the release binary (`swift build -c release --product segments-bench`), which
reads, decodes, parses, aggregates the lines into orders, items and payments, and checksums the
file. Both take the best of N runs in the same invocation; wall and CPU times are printed as JSON.
"""
import argparse
import json
import os
import random
import subprocess
import time

import pandas as pd

from bench_loading import best_of  # same timing helper as the loading benchmark

CATEGORIES = ["books", "garden", "toys", "kitchen", "sports", "health_beauty", "computers", "bed_bath_table"]


def write_log(path, lines, seed=12):
    rng = random.Random(seed)
    start = 1_672_531_200  # 2023-01-01
    customers = max(1, lines // 3)
    with open(path, "w") as f:
        f.write("order_id,customer_id,date,category,quantity,amount\n")
        written, order = 0, 0
        while written < lines:
            order += 1
            customer = rng.randrange(1, customers + 1)
            when = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(start + rng.randrange(0, 2 * 365 * 86_400)))
            for _ in range(min(lines - written, rng.choice([1, 1, 1, 2, 3]))):
                f.write("%09d,%07d,%s,%s,%d,%.2f\n" % (
                    order, customer, when, rng.choice(CATEGORIES), rng.choice([1, 1, 2]), rng.lognormvariate(4, 0.8)))
                written += 1


def load_with_pandas(path):
    frame = pd.read_csv(
        path, dtype={"order_id": str, "customer_id": str, "category": str},
        parse_dates=["date"], date_format="%Y-%m-%dT%H:%M:%S")
    assert str(frame["date"].dtype).startswith("datetime64"), frame["date"].dtype
    return len(frame)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default="/tmp/transactions-1m.csv")
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "segments-bench"))
    arguments = parser.parse_args()
    if not os.path.exists(arguments.file):
        write_log(arguments.file, arguments.lines)

    pandas_best, pandas_times, pandas_cpu, pandas_rows = best_of(arguments.runs, lambda: load_with_pandas(arguments.file))
    output = subprocess.run(
        [arguments.bin, "transactions", arguments.file, str(arguments.runs),
         "order=order_id", "quantity=quantity", "category=category"],
        check=True, capture_output=True, text=True).stdout
    swift = json.loads(output)
    print(json.dumps({
        "file": arguments.file,
        "bytes": swift["bytes"],
        "pandas_version": pd.__version__,
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
        "swift_orders": swift["orders"],
        "swift_customers": swift["customers"],
        "swift_items": swift["items"],
    }, indent=2))


if __name__ == "__main__":
    main()
