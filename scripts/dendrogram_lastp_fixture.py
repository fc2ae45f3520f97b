"""Golden values for DendrogramTree.lastMerges: SciPy's truncate_mode="lastp" leaf sizes.

Prints a Swift literal of a small Ward linkage (40 points, seed 7) and the leaf labels that
scipy.cluster.hierarchy.dendrogram(Z, truncate_mode="lastp", p=8, no_plot=True) gives, left
to right ("(n)" for merged leaves, the point index for single points), and the colour of
each leaf with color_threshold=5.0 (leaves of one cluster share a colour). Used by
Tests/SegmentsReportTests/ChartSegmentsTests.swift.
Run: /work/pyenv/bin/python scripts/dendrogram_lastp_fixture.py
"""
import numpy as np
from scipy.cluster.hierarchy import linkage, dendrogram

rng = np.random.default_rng(7)
points = np.vstack([rng.normal(c, 0.6, size=(10, 2)) for c in [(0, 0), (4, 0), (0, 4), (4, 4)]])
Z = linkage(points, method="ward")
d = dendrogram(Z, truncate_mode="lastp", p=8, no_plot=True, color_threshold=5.0)
rows = ", ".join(f"({int(a)}, {int(b)}, {float(h)!r}, {int(s)})" for a, b, h, s in Z)
print(f"static let linkage: [(Int, Int, Double, Int)] = [{rows}]")
print("static let lastP8Colors = [" + ", ".join(f'"{c}"' for c in d["leaves_color_list"]) + "]")
print("static let lastP8Labels = [" + ", ".join(f'"{label}"' for label in d["ivl"]) + "]")
