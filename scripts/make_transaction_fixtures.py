#!/usr/bin/env python3
"""Writes the transaction-log fixtures of the CLI tests (Tests/Fixtures/transactions/):
the same small, seeded purchase history in six shapes a shop export may take.

Usage: python3 scripts/make_transaction_fixtures.py  (standard library only)
"""
import datetime as dt
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "transactions")
CATEGORIES = ["books", "garden", "toys", "kitchen", "sports"]


def history(seed=7, customers=40):
    """Orders: (order id, customer id, datetime, [(category, quantity, line amount)], review)."""
    rng = random.Random(seed)
    start = dt.datetime(2023, 1, 2, 9, 0, 0)
    orders = []
    number = 0
    for c in range(1, customers + 1):
        customer = "%05d" % c  # leading zeros must survive
        visits = 1 + (rng.random() < 0.4) + (rng.random() < 0.2)
        for _ in range(visits):
            number += 1
            when = start + dt.timedelta(days=rng.randrange(0, 540), minutes=rng.randrange(0, 1440))
            lines = []
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                quantity = rng.choice([1, 1, 2, 3])
                lines.append((rng.choice(CATEGORIES), quantity, round(rng.uniform(5, 80) * quantity, 2)))
            orders.append(("A%06d" % number, customer, when, lines, rng.choice([5, 5, 4, 3, 1, None])))
    orders.sort(key=lambda o: o[2])
    return orders


def write(name, text):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        f.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    orders = history()
    # 1. Order level, default names, ISO dates.
    rows = ["customer_id,date,amount"]
    for _, customer, when, lines, _ in orders:
        rows.append("%s,%s,%.2f" % (customer, when.date().isoformat(), sum(l[2] for l in lines)))
    write("order_level.csv", "\n".join(rows) + "\n")
    # 2. Line level with order ids, quantities, categories, reviews and ISO date-times.
    rows = ["Order ID,Customer,Ordered at,Category,Qty,Line total,Stars"]
    for order, customer, when, lines, review in orders:
        for category, quantity, amount in lines:
            rows.append("%s,%s,%s,%s,%d,%.2f,%s" % (
                order, customer, when.isoformat(), category, quantity, amount, "" if review is None else review))
    write("line_level.csv", "\r\n".join(rows) + "\r\n")
    # 3. Semicolons, decimal comma with thousands dots, dd/MM/yyyy HH:mm.
    rows = ["client;commande;date;montant"]
    for order, customer, when, lines, _ in orders:
        total = sum(l[2] for l in lines) * 12  # bigger amounts, to get thousands separators
        whole, cents = divmod(round(total * 100), 100)
        rows.append('%s;%s;%s;%s,%02d' % (customer, order, when.strftime("%d/%m/%Y %H:%M"), f"{whole:,}".replace(",", "."), cents))
    write("semicolon_decimal_comma.csv", "\n".join(rows) + "\n")
    # 4. Tab-separated, yyyyMMdd dates.
    rows = ["cust\tday\ttotal"]
    for _, customer, when, lines, _ in orders:
        rows.append("%s\t%s\t%.2f" % (customer, when.strftime("%Y%m%d"), sum(l[2] for l in lines)))
    write("tab_yyyymmdd.tsv", "\n".join(rows) + "\n")
    # 5. Space-padded columns (a fixed-width export saved as CSV), MM/dd/yyyy.
    rows = ["  customer_id ,    date    ,   amount "]
    for _, customer, when, lines, _ in orders:
        rows.append("%13s , %10s , %8.2f " % (customer, when.strftime("%m/%d/%Y"), sum(l[2] for l in lines)))
    write("padded.csv", "\n".join(rows) + "\n")
    # 6. Returns (negative amounts) and zero-amount rows among the orders.
    rows = ["customer_id,order_id,date,amount"]
    for index, (order, customer, when, lines, _) in enumerate(orders):
        total = sum(l[2] for l in lines)
        rows.append("%s,%s,%s,%.2f" % (customer, order, when.isoformat(sep=" "), total))
        if index % 10 == 3:
            rows.append("%s,R%s,%s,-%.2f" % (customer, order, (when + dt.timedelta(days=5)).isoformat(sep=" "), total))
        if index % 15 == 4:
            rows.append("%s,G%s,%s,0.00" % (customer, order, when.isoformat(sep=" ")))
    write("returns.csv", "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
