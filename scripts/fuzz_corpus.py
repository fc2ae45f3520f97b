#!/usr/bin/env python3
"""Builds the fuzz seed corpora, Fuzz/Corpus/TARGET/, and the dictionaries Fuzz/Dictionaries/,
from the test fixtures (Tests/SegmentsAnalyticsTests/Fixtures/eda, a small Olist-schema
dataset). Deterministic; the output is committed and kept small. Run from anywhere:

    python3 scripts/fuzz_corpus.py
"""
import codecs
import csv
import hashlib
import io
import shutil
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


def main():
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
    entries = []
    for token in tokens:
        escaped = "".join(
            c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else "".join(f"\\x{b:02X}" for b in c.encode())
            for c in token
        )
        entries.append(f'"{escaped}"')
    dictionaries = ROOT / "Fuzz/Dictionaries"
    dictionaries.mkdir(exist_ok=True)
    for target in ["csv", "olist"]:
        (dictionaries / f"{target}.dict").write_text(
            f"# libFuzzer dictionary for the {target} target; written by scripts/fuzz_corpus.py.\n"
            + "\n".join(entries) + "\n"
        )
    for target in sorted(p.name for p in OUT.iterdir()):
        files = list((OUT / target).iterdir())
        print(f"{target}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
