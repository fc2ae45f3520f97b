"""Expected EDA indicators and RFM facts of a folder of Olist CSV files, computed with pandas.

An independent check of Sources/SegmentsAnalytics/EDA: the Swift tests load the same folder
and compare their figures with the JSON written here (1e-9 relative tolerance for means,
medians and shares; counts exact). The keys are those of the `eda` object of
data/results.json (see README.md, "data/results.json: eda keys").

Definitions (as in the README): a valid order has a status other than canceled and
unavailable; a buyer is a customer_unique_id with at least one valid order; the basket of an
order is the sum of its payment_value. Sums that feed ranks (paid value per order, per buyer)
are plain left-to-right float additions in file order, as in Swift, so that equal amounts
stay equal and RFM ties are the same.

The fixture folder was written with the built-in catalogue (the default, so no shared data
is committed):

    .build/release/segments demo-data --out FIXTURE --buyers 2000 --seed 7

Run: .venv/bin/python scripts/eda_golden.py [FOLDER] [OUT.json]
(default FOLDER: Tests/SegmentsAnalyticsTests/Fixtures/eda, OUT: FOLDER/expected.json)
"""
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "Tests/SegmentsAnalyticsTests/Fixtures/eda"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else FOLDER / "expected.json"
DAY = 86400.0
INVALID = {"canceled", "unavailable"}
STAMP = "%Y-%m-%d %H:%M:%S"


def read(name: str) -> pd.DataFrame:
    """A table with every field as text; empty fields become None (missing)."""
    frame = pd.read_csv(FOLDER / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return frame.replace({"": None})


def seconds(column: pd.Series) -> pd.Series:
    """Whole seconds since 1970 (NaN when missing)."""
    parsed = pd.to_datetime(column, format=STAMP)
    return (parsed - pd.Timestamp("1970-01-01")).dt.total_seconds()


def number(value: float):
    """JSON number, None for NaN."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def stats(values) -> dict:
    values = np.asarray(values, dtype=float)
    if len(values) == 0:
        return {"count": 0, "mean": None, "median": None, "q1": None, "q3": None}
    return {
        "count": int(len(values)),
        "mean": float(values.mean()),
        "median": float(np.quantile(values, 0.5)),
        "q1": float(np.quantile(values, 0.25)),
        "q3": float(np.quantile(values, 0.75)),
    }


def ranked(counts: dict, label_key: str, count_key: str) -> list:
    """Largest count first, ties by label; zeros left out; share of the total."""
    total = sum(counts.values())
    rows = sorted(((label, count) for label, count in counts.items() if count > 0), key=lambda x: (-x[1], x[0]))
    return [{label_key: label, count_key: int(count), "share": count / total} for label, count in rows]


customers = read("olist_customers_dataset.csv")
orders = read("olist_orders_dataset.csv")
items = read("olist_order_items_dataset.csv")
payments = read("olist_order_payments_dataset.csv")
reviews = read("olist_order_reviews_dataset.csv")
products = read("olist_products_dataset.csv")
translation = read("product_category_name_translation.csv")
assert orders["order_id"].is_unique and customers["customer_id"].is_unique and products["product_id"].is_unique

orders["purchase"] = seconds(orders["order_purchase_timestamp"])
orders["delivered_at"] = seconds(orders["order_delivered_customer_date"])
orders["estimated_at"] = seconds(orders["order_estimated_delivery_date"])
orders["valid"] = ~orders["order_status"].isin(INVALID)
buyer_of = dict(zip(customers["customer_id"], customers["customer_unique_id"]))
state_of = dict(zip(customers["customer_id"], customers["customer_state"]))
orders["buyer"] = orders["customer_id"].map(buyer_of)
row_of = {order: row for row, order in enumerate(orders["order_id"])}

# Paid value per order: payment rows added in file order.
paid = [math.nan] * len(orders)
for order, value in zip(payments["order_id"], payments["payment_value"].astype(float)):
    row = row_of.get(order)
    if row is not None:
        paid[row] = (0.0 if math.isnan(paid[row]) else paid[row]) + value
orders["paid"] = paid

item_rows = items.assign(price=items["price"].astype(float), freight=items["freight_value"].astype(float))
per_order = item_rows.groupby("order_id").agg(n=("price", "size"), price=("price", "sum"), freight=("freight", "sum"))
orders = orders.join(per_order, on="order_id")
orders["n"] = orders["n"].fillna(0).astype(int)

valid = orders[orders["valid"]]
with_buyer = valid[valid["buyer"].notna()].copy()
with_buyer["row"] = with_buyer.index
with_buyer = with_buyer.sort_values(["buyer", "purchase", "row"], kind="mergesort")
groups = with_buyer.groupby("buyer", sort=True)
frequency = groups.size()
buyers = len(frequency)
repeat = int((frequency >= 2).sum())

baskets = valid["paid"].dropna().to_numpy()
with_items = valid[valid["n"] > 0]
price_total = with_items["price"].sum()
freight_total = with_items["freight"].sum()

ranks = groups.cumcount()
first = with_buyer[ranks == 0].set_index("buyer")
second = with_buyer[ranks == 1].set_index("buyer")
days_to_second = ((second["purchase"] - first.loc[second.index, "purchase"]) / DAY).to_numpy()
second_stats = stats(days_to_second)
basket_stats = stats(baskets)

expected = {
    "orders": len(orders),
    "delivered_orders": int((orders["order_status"] == "delivered").sum()),
    "valid_orders": len(valid),
    "buyers": buyers,
    "repeat_buyers": repeat,
    "repeat_buyer_share": repeat / buyers,
    "orders_per_buyer": len(with_buyer) / buyers,
    "revenue": float(baskets.sum()),
    "paid_orders": int(len(baskets)),
    "average_basket": basket_stats["mean"],
    "median_basket": basket_stats["median"],
    "basket_q1": basket_stats["q1"],
    "basket_q3": basket_stats["q3"],
    "orders_with_items": len(with_items),
    "items": int(with_items["n"].sum()),
    "items_per_order": with_items["n"].sum() / len(with_items),
    "average_items_value": price_total / len(with_items),
    "average_freight": freight_total / len(with_items),
    "freight_share": freight_total / (price_total + freight_total),
    "mean_days_to_second_purchase": second_stats["mean"],
    "median_days_to_second_purchase": second_stats["median"],
    "days_to_second_purchase_q1": second_stats["q1"],
    "days_to_second_purchase_q3": second_stats["q3"],
    "second_purchase_within_month_share": float((days_to_second <= 30).mean()),
    "second_purchase_within_quarter_share": float((days_to_second <= 90).mean()),
    "second_purchase_after_quarter_share": float((days_to_second > 90).mean()),
    "reviews": len(reviews),
    "average_review_score": float(reviews["review_score"].astype(int).mean()),
    "first_purchase": pd.Timestamp(valid["purchase"].min(), unit="s").strftime(STAMP),
    "last_purchase": pd.Timestamp(valid["purchase"].max(), unit="s").strftime(STAMP),
}

# Monthly valid orders, revenue and first-time buyers, zero-filled.
month = pd.to_datetime(valid["purchase"], unit="s").dt.to_period("M")
first_month = pd.to_datetime(first["purchase"], unit="s").dt.to_period("M")
months = pd.period_range(month.min(), month.max(), freq="M")
expected["monthly"] = [
    {
        "month": str(m),
        "orders": int((month == m).sum()),
        "revenue": float(valid.loc[month == m, "paid"].fillna(0).sum()),
        "new_buyers": int((first_month == m).sum()),
    }
    for m in months
]

scores = reviews["review_score"].astype(int)
expected["review_scores"] = [
    {"score": s, "reviews": int((scores == s).sum()), "share": float((scores == s).mean())} for s in range(1, 6)
]
expected["payment_types"] = ranked(payments["payment_type"].value_counts().to_dict(), "payment_type", "payments")
installments = payments["payment_installments"].astype(int).value_counts().sort_index()
expected["installments"] = [
    {"installments": int(k), "payments": int(v), "share": v / len(payments)} for k, v in installments.items()
]
expected["payments"] = len(payments)
expected["split_payment_share"] = float((payments["payment_installments"].astype(int) > 1).mean())

delivered = orders[(orders["order_status"] == "delivered") & orders["delivered_at"].notna() & orders["estimated_at"].notna()]
delays = ((delivered["delivered_at"] - delivered["estimated_at"]) / DAY).to_numpy()
calendar = (np.floor(delivered["delivered_at"] / DAY) - np.floor(delivered["estimated_at"] / DAY)).astype(int)
buckets = {
    "early_15_or_more": calendar <= -15, "early_8_to_14": calendar.between(-14, -8),
    "early_1_to_7": calendar.between(-7, -1), "on_the_day": calendar == 0, "late_1_to_7": calendar.between(1, 7),
    "late_8_to_14": calendar.between(8, 14), "late_15_or_more": calendar >= 15,
}
delay_stats = stats(delays)
expected["delivery"] = {
    "orders": int(len(delays)),
    "mean_delay_days": delay_stats["mean"],
    "median_delay_days": delay_stats["median"],
    "late_orders": int((calendar > 0).sum()),
    "late_share": float((calendar > 0).mean()),
    "buckets": {name: int(mask.sum()) for name, mask in buckets.items()},
    "bucket_shares": {name: float(mask.mean()) for name, mask in buckets.items()},
}

english = dict(zip(translation["product_category_name"], translation["product_category_name_english"]))
category_of = dict(zip(products["product_id"], products["product_category_name"]))
valid_items = items[items["order_id"].map(dict(zip(orders["order_id"], orders["valid"]))).fillna(False).astype(bool)]
names = valid_items["product_id"].map(category_of).map(lambda c: english.get(c, c) if isinstance(c, str) else None)
expected["categories"] = ranked(names.dropna().value_counts().to_dict(), "category", "items")
expected["uncategorised_items"] = int(names.isna().sum())
category_items = names.dropna().value_counts()
expected["top_categories"] = min(10, len(category_items))
expected["top_categories_share"] = float(sum(c["share"] for c in expected["categories"][:10]))
expected["other_categories"] = max(0, len(category_items) - 10)
expected["other_category_items"] = int(sum(c["items"] for c in expected["categories"][10:]))
states = first["customer_id"].map(state_of)
expected["states"] = ranked(states.dropna().value_counts().to_dict(), "state", "buyers")
expected["buyers_without_state"] = int(states.isna().sum())

# RFM: recency from midnight after the last valid purchase; monetary summed in purchase order.
reference = (math.floor(with_buyer["purchase"].max() / DAY) + 1) * DAY
monetary = {}
for buyer, value in zip(with_buyer["buyer"], with_buyer["paid"]):
    monetary[buyer] = monetary.get(buyer, 0.0) + (0.0 if math.isnan(value) else value)
rfm = pd.DataFrame({"frequency": frequency})
rfm["recency"] = (reference - groups["purchase"].max()) / DAY
rfm["monetary"] = [monetary[b] for b in rfm.index]


def quintiles(values: pd.Series) -> pd.Series:
    p = (values.rank(method="average") - 0.5) / len(values)
    return np.minimum(5, 1 + np.floor(5 * p)).astype(int)


def segment(r: int, fm: int) -> str:
    if (r == 5 and fm >= 4) or (r == 4 and fm == 5):
        return "champions"
    if (r == 4 and fm == 4) or (r == 3 and fm >= 4):
        return "loyal"
    if r >= 4 and fm in (2, 3):
        return "potential_loyalists"
    if r == 5:
        return "new_customers"
    if r == 4:
        return "promising"
    if r == 3:
        return "need_attention" if fm == 3 else "about_to_sleep"
    if fm == 5:
        return "cannot_lose_them"
    if fm >= 3:
        return "at_risk"
    return "hibernating" if r == 2 else "lost"


rfm["r"] = quintiles(-rfm["recency"])
rfm["m"] = quintiles(rfm["monetary"])
rfm["f"] = rfm["frequency"].apply(lambda n: min(5, 1 + sum(n >= t for t in (2, 2, 3, 4))))
rfm["fm"] = (rfm["f"] + rfm["m"] + 1) // 2
rfm["segment"] = [segment(r, fm) for r, fm in zip(rfm["r"], rfm["fm"])]
grid = [[int(((rfm["r"] == r) & (rfm["fm"] == fm)).sum()) for fm in range(1, 6)] for r in range(1, 6)]
revenue = [[float(rfm.loc[(rfm["r"] == r) & (rfm["fm"] == fm), "monetary"].sum()) for fm in range(1, 6)] for r in range(1, 6)]
total = rfm["monetary"].sum()
expected["rfm"] = {
    "reference_date": pd.Timestamp(reference, unit="s").strftime(STAMP),
    "grid_buyers": grid,
    "grid_revenue": revenue,
    "segments": [
        {
            "segment": name,
            "buyers": int(len(part)),
            "buyer_share": len(part) / len(rfm),
            "revenue_share": float(part["monetary"].sum() / total),
            "average_monetary": number(part["monetary"].mean()) if len(part) else None,
            "average_basket": number(part["monetary"].sum() / part["frequency"].sum()) if len(part) else None,
        }
        for name, part in ((n, rfm[rfm["segment"] == n]) for n in (
            "champions", "loyal", "potential_loyalists", "new_customers", "promising", "need_attention",
            "about_to_sleep", "at_risk", "cannot_lose_them", "hibernating", "lost"))
    ],
    "mean_recency_days": float(rfm["recency"].mean()),
    "best_segments_buyer_share": float(rfm["segment"].isin(["champions", "loyal"]).mean()),
    "best_segments_revenue_share": float(rfm.loc[rfm["segment"].isin(["champions", "loyal"]), "monetary"].sum() / total),
    "top_frequency_monetary_buyer_share": float((rfm["fm"] >= 4).mean()),
    "top_frequency_monetary_revenue_share": float(rfm.loc[rfm["fm"] >= 4, "monetary"].sum() / total),
    "mean_monetary": float(rfm["monetary"].mean()),
}

OUT.write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n", encoding="utf-8")
print(f"wrote {OUT}: {expected['valid_orders']} valid orders, {buyers} buyers, {repeat} repeat buyers")
