"""Golden values of SegmentTransitionTests: the contingency matrix and ARI of two small
labelings (scikit-learn). Run: /work/pyenv/bin/python scripts/transition_golden.py"""
from sklearn.metrics import adjusted_rand_score
from sklearn.metrics.cluster import contingency_matrix

old = [0, 0, 0, 0, 1, 1, 1, 2, 2, -1]
new = [1, 1, 1, 0, 0, 0, 0, 2, 2, 2]
print(contingency_matrix(old, new).tolist())
print(repr(adjusted_rand_score(old, new)))
