#!/usr/bin/python3
"""SciPy side of the matching benchmark: linear_sum_assignment on the capacity-expanded
matrix (one column per mentor slot). Allowed pairs cost -(BIG + score); pairs not allowed
cost 0 and count as unmatched, so the optimum is lexicographic exactly like pln's.

usage: /usr/bin/python3 bench/matching/scipy_lsa.py DIR   (DIR holds pairs.csv, capacity.csv)
"""
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

d = sys.argv[1]
mentee_ix, mentor_ix, pairs = {}, {}, []
for line in open(f"{d}/pairs.csv"):
    a, b, s = line.strip().split(",")
    pairs.append((mentee_ix.setdefault(a, len(mentee_ix)), mentor_ix.setdefault(b, len(mentor_ix)), float(s)))
slots = {}
col = 0
for line in open(f"{d}/capacity.csv"):
    b, c = line.strip().split(",")
    m = mentor_ix.setdefault(b, len(mentor_ix))
    slots[m] = list(range(col, col + int(c)))
    col += int(c)
scores = [s for _, _, s in pairs]
big = len(mentee_ix) * (max(scores) - min(scores)) + abs(max(scores)) + abs(min(scores)) + 1
cost = np.zeros((len(mentee_ix), col))
for i, m, s in pairs:
    for c in slots.get(m, []):
        cost[i, c] = -(big + s)
t0 = time.perf_counter()
rows, cols = linear_sum_assignment(cost)
t = time.perf_counter() - t0
allowed = cost[rows, cols] < 0
matched = int(allowed.sum())
score = float(-(cost[rows, cols][allowed]).sum() - matched * big)
print(f"scipy linear_sum_assignment ({cost.shape[0]}x{cost.shape[1]} expanded): {t*1000:.1f} ms  matched={matched} score={score:.2f}")
