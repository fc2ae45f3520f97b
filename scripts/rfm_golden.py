"""Golden RFM scores computed with pandas, for Tests/SegmentsAnalyticsTests/RFMGoldenTests.

Quintile scores use pandas' average rank (method="average"): p = (rank - 0.5) / n,
score = 1 + floor(5 p), capped at 5. Frequency: 1 + number of thresholds (2, 2, 3, 4)
reached. FM = floor((F + M + 1) / 2). Writes Fixtures/rfm-golden.csv.

Run: .venv/bin/python scripts/rfm_golden.py
"""
from pathlib import Path

import numpy as np
import pandas as pd

rng = np.random.default_rng(20180101)
n = 400
recency = rng.integers(0, 700, n).astype(float)  # integer days: many ties
frequency = np.where(rng.random(n) < 0.95, 1, rng.integers(2, 7, n))
monetary = np.round(np.exp(rng.normal(4.65, 0.8, n)) / 5) * 5  # rounded to R$5: ties


def quintiles(values: pd.Series) -> pd.Series:
    p = (values.rank(method="average") - 0.5) / len(values)
    return np.minimum(5, 1 + np.floor(5 * p)).astype(int)


frame = pd.DataFrame({"recency": recency, "frequency": frequency, "monetary": monetary})
frame["r"] = quintiles(-frame["recency"])
frame["m"] = quintiles(frame["monetary"])
frame["f"] = frame["frequency"].apply(lambda orders: min(5, 1 + sum(orders >= t for t in (2, 2, 3, 4))))
frame["fm"] = (frame["f"] + frame["m"] + 1) // 2
out = Path(__file__).resolve().parent.parent / "Tests/SegmentsAnalyticsTests/Fixtures/rfm-golden.csv"
frame.to_csv(out, index=False, float_format="%.1f")
print(f"wrote {out} ({len(frame)} buyers)")
