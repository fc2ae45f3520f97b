#!/usr/bin/env python3
"""Builds the fuzz seed corpora, Fuzz/Corpus/TARGET/, and the dictionaries Fuzz/Dictionaries/,
from the test fixtures (Tests/SegmentsAnalyticsTests/Fixtures/eda, a small Olist-schema
dataset; Tests/Fixtures/transactions and examples/shop-orders.csv, transaction logs),
segments.example.yaml, and the model files of two small runs on the eda fixture
(Fuzz/Seeds/model/, written by `--models`; the DBSCAN one cut to a few core points). Deterministic; the output is committed and kept small. Run from anywhere:

    python3 scripts/fuzz_corpus.py
    python3 scripts/fuzz_corpus.py --models   # first rerun the small reports (needs a built
                                              # .build/debug/segments), then the above
"""
import codecs
import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDA = ROOT / "Tests/SegmentsAnalyticsTests/Fixtures/eda"
OUT = ROOT / "Fuzz/Corpus"
# OlistFile.allCases order: the olist target cuts its input at 0x1E into these files.
FILES = [
    "olist_customers_dataset.csv",
    "olist_orders_dataset.csv",
    "olist_order_items_dataset.csv",
    "olist_order_payments_dataset.csv",
    "olist_order_reviews_dataset.csv",
    "olist_products_dataset.csv",
    "olist_sellers_dataset.csv",
    "product_category_name_translation.csv",
]
SEPARATOR = b"\x1e"
TRANSACTIONS = ROOT / "Tests/Fixtures/transactions"
# The transactions target's first byte picks its mapping (Fuzz/Targets/transactions/main.swift).
TRANSACTION_SEEDS = [
    (0, ROOT / "examples/shop-orders.csv"),
    (1, TRANSACTIONS / "line_level.csv"),
    (2, TRANSACTIONS / "order_level.csv"),
    (3, TRANSACTIONS / "padded.csv"),
    (4, TRANSACTIONS / "returns.csv"),
    (5, TRANSACTIONS / "semicolon_decimal_comma.csv"),
    (6, TRANSACTIONS / "tab_yyyymmdd.tsv"),
]
MODELS = ROOT / "Fuzz/Seeds/model"


def lines(name):
    """The records of a fixture file as raw text, line ends kept (a quoted field may span lines)."""
    records, current = [], ""
    for line in (EDA / name).read_bytes().decode("utf-8").splitlines(keepends=True):
        current += line
        if current.count('"') % 2 == 0:
            records.append(current)
            current = ""
    return records + ([current] if current else [])


def rows(name):
    return list(csv.reader(io.StringIO((EDA / name).read_text(encoding="utf-8-sig"))))


def write(target, data):
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def subset(order_count, skip=0):
    """The first `order_count` orders after `skip`, with exactly the rows that join to them:
    a small dataset whose joins all resolve, as published text (lines kept verbatim)."""
    orders = lines(FILES[1])
    chosen = orders[1 + skip : 1 + skip + order_count]
    order_ids = {next(csv.reader([line]))[0] for line in chosen}
    customer_ids = {next(csv.reader([line]))[1] for line in chosen}

    def keep(name, column, keys):
        text = lines(name)
        return [text[0]] + [line for line in text[1:] if next(csv.reader([line]))[column] in keys]

    items = keep(FILES[2], 0, order_ids)
    product_ids = {next(csv.reader([line]))[2] for line in items[1:]}
    seller_ids = {next(csv.reader([line]))[3] for line in items[1:]}
    products = keep(FILES[5], 0, product_ids)
    categories = {next(csv.reader([line]))[1] for line in products[1:]}
    return [
        keep(FILES[0], 0, customer_ids),
        [orders[0]] + chosen,
        items,
        keep(FILES[3], 0, order_ids),
        keep(FILES[4], 1, order_ids),
        products,
        keep(FILES[6], 0, seller_ids),
        keep(FILES[7], 0, categories | {"cama_mesa_banho"}),
    ]


def joined(files):
    return SEPARATOR.join(files)


def dictionary(target, tokens):
    entries = []
    for token in tokens:
        escaped = "".join(
            c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else "".join(f"\\x{b:02X}" for b in c.encode())
            for c in token
        )
        entries.append(f'"{escaped}"')
    folder = ROOT / "Fuzz/Dictionaries"
    folder.mkdir(exist_ok=True)
    (folder / f"{target}.dict").write_text(
        f"# libFuzzer dictionary for the {target} target; written by scripts/fuzz_corpus.py.\n"
        + "\n".join(entries) + "\n"
    )


def config_seeds():
    """The example configuration without its comments, its transactions section enabled, each
    section alone, and YAML shapes the readers must refuse or accept."""
    example = (ROOT / "segments.example.yaml").read_text(encoding="utf-8")
    kept = [line for line in example.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    bare = [line.split("  #")[0].rstrip() for line in kept]
    write("config", ("\n".join(bare) + "\n").encode())
    transactions = [line[2:].split("  #")[0].rstrip() for line in example.splitlines() if line.startswith("# ") and (
        line.startswith("# transactions:") or line.startswith("#   "))]
    write("config", ("\n".join(transactions) + "\n").encode())
    sections, current = [], []
    for line in bare:
        if not line.startswith(" ") and current:
            sections.append(current)
            current = []
        current.append(line)
    sections.append(current)
    for section in sections:
        if len(section) > 1:
            write("config", ("\n".join(section) + "\n").encode())
    for text in [
        "",
        "segmentation:\n  algorithms: [kmeans]\n  selection:\n    model: {feature_set: rfm, algorithm: kmeans, k: 4}\n",
        "segmentation:\n  dbscan: {min_samples: 5, eps: [0.2, 0.5]}\n",
        "segmentation:\n  k: {min: 8, max: 4}\n",
        "drift: {previous_model: old/data/model.json, step: weekly, threshold: 0.5}\n",
        "transactions: {file: /tmp/x.csv, date_format: dd/MM/yyyy HH:mm, delimiter: semicolon, decimal_comma: true}\n",
        "transactions: {date_format: yyyyMMdd}\n",
        "base: &b {min: 2, max: 5}\nsegmentation: {k: *b}\n",
        "segmentation: {k: {min: 2, max: 5}}\nsegmentation: {}\n",
        "title: !!str 12\nlanguage: fr\nrfm: {reference_date: 2018-09-01}\n",
        "feature_sets: [rfm, {name: mine, features: [recency, recency]}]\n",
        "quote: {currency: eur, days: {report: 400}}\n",
        "- a\n- b\n",
        "title: \"unterminated\n",
        "tsne: {skip: yes, perplexity: 1e3, iterations: -1}\n",
    ]:
        write("config", text.encode())
    keys = ["title", "language", "rfm", "reference_date", "feature_sets", "name", "features", "segmentation", "k", "min",
            "max", "algorithms", "kmeans", "ward", "dbscan", "kmeans_restarts", "min_samples", "auto", "eps", "knee",
            "eps_factors", "selection", "clusters", "min_cluster_share", "max_noise_share", "model", "feature_set",
            "algorithm", "tsne", "skip", "perplexity", "iterations", "early_exaggeration_iterations", "drift",
            "initial_months", "step", "monthly", "weekly", "biweekly", "starts", "start_spacing_months", "threshold",
            "previous_model", "quote", "client", "provider", "number", "currency", "currency_symbol", "day_rate", "days",
            "data_refresh", "retraining", "checks", "report", "monthly_fee", "tax_rate", "validity_days", "transactions",
            "file", "customer_column", "order_column", "date_column", "amount_column", "review_column", "quantity_column",
            "category_column", "date_format", "delimiter", "decimal_comma", "iso8601", "yyyy", "MM", "dd", "HH", "mm", "ss",
            "rfm_satisfaction", "full", "recency", "frequency", "monetary", "true", "false", "null", "~", ": ", "- ",
            "{", "}", "[", "]", "&a", "*a", "!!str", "!!int", "---", "...", "\n  ", "'", '"']
    dictionary("config", keys)


def model_seeds():
    """The model files of the small runs, and shrunk copies of each (the checksum is not
    verified by the target, so edited content reaches the consistency checks)."""
    keys = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                keys.add(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(MODELS.glob("*.json")):
        data = path.read_bytes()
        write("model", data)
        root = json.loads(data)
        walk(root)
        model = root["model"]
        model["exceptions"] = model["exceptions"][:2]
        for key in ["core_points", "core_clusters"]:
            if key in model["assignment"]:
                model["assignment"][key] = model["assignment"][key][:6]
        write("model", json.dumps(root, indent=1, sort_keys=True).encode())
        broken = json.loads(json.dumps(root))
        broken["format_version"] = 2
        write("model", json.dumps(broken, sort_keys=True).encode())
    for text in ["", "[]", "{}", '{"format": "segments-model", "format_version": 1}', "{\"format\": \"segments-model\"", "nul"]:
        write("model", text.encode())
    dictionary("model", sorted(keys) + ["nearest_centroid", "nearest_core_within_eps", "midnight_after_last_valid_purchase",
                                       "fixed", "segments-model", "kmeans", "ward", "dbscan", "none", "log1p", "signed log1p",
                                       "1e308", "-0", "null", "true", "[", "]", "{", "}", ":", ","])


def run_models():
    """Fuzz/Seeds/model/: data/model.json of `segments report` on the eda fixture, one K-means
    (or Ward) model and one DBSCAN model (a DBSCAN-only configuration)."""
    segments = ROOT / ".build/debug/segments"
    if not segments.exists():
        sys.exit("build first: swift build (needs .build/debug/segments)")
    MODELS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        dbscan = Path(work) / "dbscan.yaml"
        dbscan.write_text("feature_sets: [rfm]\nsegmentation:\n  algorithms: [dbscan]\n")
        centroid = Path(work) / "centroid.yaml"
        centroid.write_text("feature_sets: [rfm]\nsegmentation:\n  k: {min: 2, max: 4}\n  algorithms: [kmeans, ward]\n")
        for name, config in [("centroids", centroid), ("dbscan", dbscan)]:
            out = Path(work) / name
            subprocess.run([str(segments), "report", "--data", str(EDA), "--config", str(config), "--out", str(out),
                            "--skip-tsne", "-q"], check=True)
            shutil.copy(out / "data/model.json", MODELS / f"{name}.json")
    # DBSCAN keeps every core point of the fit (1,881 of the fixture's 1,980 buyers, 235 KB):
    # the seed keeps the first four of each cluster. Its checksum no longer matches, which
    # the target does not compare (the K-means/Ward model is kept whole, checksum valid).
    root = json.loads((MODELS / "dbscan.json").read_text())
    assignment = root["model"]["assignment"]
    chosen = []
    for cluster in sorted(set(assignment["core_clusters"])):
        chosen += [i for i, c in enumerate(assignment["core_clusters"]) if c == cluster][:4]
    assignment["core_points"] = [assignment["core_points"][i] for i in chosen]
    assignment["core_clusters"] = [assignment["core_clusters"][i] for i in chosen]
    root["model"]["exceptions"] = root["model"]["exceptions"][:2]
    (MODELS / "dbscan.json").write_text(json.dumps(root, indent=2, sort_keys=True) + "\n")


def transaction_seeds():
    """The head of each transaction log behind its mapping byte, and hand-written row cases."""
    for selector, path in TRANSACTION_SEEDS:
        head = b"".join(path.read_bytes().splitlines(keepends=True)[:24])
        write("transactions", bytes([selector]) + head)
    for selector, text in [
        (0, "order_id,customer_id,ordered_at,category,quantity,amount,rating\n"
            "1,7,2017-01-02T10:00:00,toys,2,10.5,5\n1,8,2017-01-02T10:00:00,toys,1,3,4\n"
            "2,7,2017-02-30T10:00:00,toys,1,3,4\n3,9,2017-03-01,,0,0,9\n4,9,2017-03-01,books,-1,-5,\n"),
        (2, "\ufeffcustomer_id,date,amount\r\n 00042 ,2018-01-01,\"1,5\"\r\n,2018-01-01,3\r\nx,2031-01-01,3\r\n"),
        (2, "customer_id,date,amount\n00042,2018-01-01,-3\n00043,2018-01-01,0\n"),
        (2, "customer_id,date\n1,2018-01-01\n"),
        (5, "client;commande;date;montant\n1;A;04/01/2023 01:21;1.234,50\n2;B;31/02/2023 01:21;1 234,5\n"),
    ]:
        write("transactions", bytes([selector]) + text.encode())
    utf16 = codecs.BOM_UTF16_LE + "customer_id,date,amount\n1,2018-01-01,3\n".encode("utf-16-le")
    write("transactions", bytes([2]) + utf16)
    names = set()
    for _, path in TRANSACTION_SEEDS:
        names.update(path.read_text(encoding="utf-8").splitlines()[0].replace(";", ",").replace("\t", ",").split(","))
    dictionary("transactions", sorted(n.strip() for n in names) + [
        ",", ";", "\t", '"', '""', "\r\n", "\n", "\ufeff", "2017-01-02T10:00:00", "2017-01-02", "01/02/2023",
        "-1", "0", "1e3", "1.234,50", "\u00a0"])


def main():
    if "--models" in sys.argv:
        run_models()
    if OUT.exists():
        shutil.rmtree(OUT)

    # olist: whole small datasets, and variants of one file each.
    datasets = [subset(6), subset(3, skip=40)]
    for dataset in datasets:
        write("olist", joined(["".join(f).encode() for f in dataset]))
    base = ["".join(f) for f in datasets[1]]
    crlf = [f.replace("\n", "\r\n").encode() for f in base]
    write("olist", joined(crlf))
    utf16 = [f.encode() for f in base]
    utf16[5] = codecs.BOM_UTF16_LE + base[5].encode("utf-16-le")
    write("olist", joined(utf16))
    latin1 = [f.encode() for f in base]
    latin1[6] = base[6].replace("sao paulo", "são paulo").encode("latin-1")
    write("olist", joined(latin1))
    semicolons = [f.encode() for f in base]
    semicolons[1] = base[1].replace(",", ";").encode()
    write("olist", joined(semicolons))
    write("olist", joined([f.encode() for f in base[:7]]))  # a required file missing

    # csv: the head of every fixture file, and hand-written quoting cases.
    for name in FILES:
        write("csv", "".join(lines(name)[:6]).encode())
    for text in [
        'a,b\r\n1,2\r\n3,4',
        'id,text\n1,"a, b"\n2,"say ""hi"""\n3,"line one\r\nline two"\n4,""\n',
        '\ufeffa,b\n\n\n1,\n,2\n',
        'a,b\n"unterminated\n',
        'a,b\n1,"x"y\n',
        'a;b\n1;2\n',
        'a,a\n1,2\n',
        'x,y,z\n1,2\n1,2,3,4\n2017-01-01 10:00:00,1e5,-0.5\n',
    ]:
        write("csv", text.encode())

    # numbers and timestamp: distinct values of the fixtures' columns, and edge cases.
    numbers, timestamps = set(), set()
    for name in FILES:
        for row in rows(name)[1:200]:
            for value in row:
                if len(value) in (10, 19) and value[4:5] == "-":
                    timestamps.add(value)
                elif value and value.replace(".", "", 1).lstrip("-").isdigit():
                    numbers.add(value)
    numbers = sorted(numbers, key=lambda v: (len(v), v))[::7][:40]
    numbers += [
        "0", "-0", "+1", "007", ".5", "5.", "1e5", "1E-5", "-2.5e+10", "1e22", "1e23",
        "9007199254740993", "18446744073709551616", "9223372036854775807", "-9223372036854775808",
        "0.1", "123456789012345678901234567890", "4.9e-324", "2.2250738585072011e-308",
        "1.7976931348623157e308", "1e309", "1e-400", "nan", "inf", "0x1p3", " 1", "1 ", "", "-", "e5",
    ]
    for value in numbers:
        write("numbers", value.encode())
    timestamps = sorted(timestamps)[::9][:20]
    timestamps += [
        "2016-02-29", "2017-02-29", "2000-02-29 12:00:00", "1900-02-29", "0000-01-01 00:00:00",
        "9999-12-31 23:59:59", "2018-01-01T10:00:00", "2018-13-01", "2018-00-10", "2018-01-32",
        "2018-01-01 24:00:00", "2018-01-01 23:60:00", "2018-01-01 23:59:60", "2018/01/01",
    ]
    for value in timestamps:
        write("timestamp", value.encode())

    # A dictionary of the column names and separators, for the csv and olist targets.
    names = set()
    for name in FILES:
        names.update(rows(name)[0])
    tokens = sorted(names) + [",", '"', '""', "\r\n", "\n", "\x1e", "\ufeff", "2017-01-01 00:00:00", "delivered"]
    for target in ["csv", "olist"]:
        dictionary(target, tokens)
    config_seeds()
    model_seeds()
    transaction_seeds()
    for target in sorted(p.name for p in OUT.iterdir()):
        files = list((OUT / target).iterdir())
        print(f"{target}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
