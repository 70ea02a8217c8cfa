#!/usr/bin/python3
"""Top-20 "people you may know" the usual ways, timed per query on the members pln
was timed on (bench/pymk/run.sh drives it; run with Debian's /usr/bin/python3).

  compare.py --edges EDGES --sample SAMPLE --pln PLN_ANSWERS [--sqlite DB] [--pg-url URL]
             [--runs 3] [--k 20] [--max-queries N]

Methods, each answering "top K non-neighbours of u" for every sampled member u:
  networkx  NetworkX 2.8: 2-hop candidates of u, scored by nx.resource_allocation_index
  igraph    python-igraph: similarity_inverse_log_weighted (Adamic-Adar, in C) of u
            against every member, neighbours and u removed, top K by numpy
  sqlite    the naive friends-of-friends SQL query (mutual-connection count) on the
            SQLite database `pln gen --data` wrote
  postgres  the same query on PostgreSQL (`pln gen --database`), timed by psql's \\timing
Prints one line per method: median over runs of the per-query p50 and mean (ms), and the
overlap of its top K with pln's (share of pln's answers the method also returns).
"""
import argparse
import heapq
import re
import sqlite3
import statistics
import subprocess
import sys
import time

FOF_SQL = """
WITH n(m) AS (SELECT b_id FROM connections WHERE a_id = {u}
              UNION SELECT a_id FROM connections WHERE b_id = {u}),
fof(f) AS (SELECT c.b_id FROM n JOIN connections c ON c.a_id = n.m
           UNION ALL SELECT c.a_id FROM n JOIN connections c ON c.b_id = n.m)
SELECT f, COUNT(*) AS mutual FROM fof
WHERE f <> {u} AND f NOT IN (SELECT m FROM n)
GROUP BY f ORDER BY mutual DESC, f LIMIT {k}
"""


def read_edges(path):
    edges = []
    with open(path) as f:
        for line in f:
            if line.startswith("#"):
                continue
            a, b = line.split()
            edges.append((int(a), int(b)))
    return edges


def read_answers(path):
    out = {}
    with open(path) as f:
        for line in f:
            node, _, rest = line.rstrip("\n").partition("\t")
            out[int(node)] = [int(x) for x in rest.split()]
    return out


def summary(name, runs, answers, pln, load_s=None):
    p50 = statistics.median(statistics.median(r) for r in runs)
    mean = statistics.median(statistics.fmean(r) for r in runs)
    shared = total = 0
    for u, top in answers.items():
        ref = pln.get(u, [])
        total += len(ref)
        shared += len(set(ref) & set(top))
    overlap = shared / total if total else 0.0
    load = f", load {load_s:.1f} s" if load_s is not None else ""
    print(f"{name:9s} p50 {p50:9.3f} ms  mean {mean:9.3f} ms  overlap with pln {overlap:5.1%}"
          f"  ({len(runs[0])} queries x {len(runs)} runs{load})", flush=True)


def bench_networkx(edges, sample, k, runs):
    import networkx as nx
    t = time.perf_counter()
    g = nx.Graph()
    g.add_edges_from(edges)
    load = time.perf_counter() - t
    answers, all_runs = {}, []
    for _ in range(runs):
        times = []
        for u in sample:
            t = time.perf_counter()
            top = []
            if u in g:
                nbrs = set(g[u])
                cands = {v for z in nbrs for v in g[z]} - nbrs - {u}
                scored = nx.resource_allocation_index(g, ((u, v) for v in cands))
                top = [v for _, v, s in heapq.nlargest(k, scored, key=lambda x: (x[2], -x[1]))]
            times.append((time.perf_counter() - t) * 1000)
            answers[u] = top
        all_runs.append(times)
    return all_runs, answers, load


def bench_igraph(edges, sample, k, runs):
    import igraph
    import numpy as np
    t = time.perf_counter()
    n = max(max(a, b) for a, b in edges) + 1
    g = igraph.Graph(n=n, edges=edges, directed=False)
    load = time.perf_counter() - t
    answers, all_runs = {}, []
    for _ in range(runs):
        times = []
        for u in sample:
            t = time.perf_counter()
            row = np.asarray(g.similarity_inverse_log_weighted(vertices=[u], mode="all")[0])
            row[u] = 0.0
            row[g.neighbors(u)] = 0.0
            best = np.argpartition(-row, k)[:k]
            best = best[row[best] > 0]
            top = [int(v) for v in best[np.lexsort((best, -row[best]))]]
            times.append((time.perf_counter() - t) * 1000)
            answers[u] = top
        all_runs.append(times)
    return all_runs, answers, load


def bench_sqlite(db, sample, k, runs):
    conn = sqlite3.connect(db)
    answers, all_runs = {}, []
    for _ in range(runs):
        times = []
        for u in sample:
            t = time.perf_counter()
            rows = conn.execute(FOF_SQL.format(u=int(u), k=int(k))).fetchall()
            times.append((time.perf_counter() - t) * 1000)
            answers[u] = [r[0] for r in rows]
        all_runs.append(times)
    return all_runs, answers


def bench_postgres(url, sample, k, runs):
    script = ["\\timing on", "ANALYZE;"]
    for _ in range(runs):
        for u in sample:
            script.append(" ".join(FOF_SQL.format(u=int(u), k=int(k)).split()) + ";")
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", url],
                         input="\n".join(script), capture_output=True, text=True, check=True)
    times, answers, current = [], {}, []
    queue = [u for _ in range(runs) for u in sample]
    for line in out.stdout.splitlines():
        m = re.match(r"Time: ([0-9.]+) ms", line)
        if m:
            times.append(float(m.group(1)))
            continue
        if "\t" in line:
            current.append(int(line.split("\t")[0]))
    # psql prints each query's rows, then its time; the first time is ANALYZE's.
    times = times[1:]
    if len(times) != len(queue):
        sys.exit(f"compare.py: expected {len(queue)} timings from psql, got {len(times)}")
    # Rows are not separated per query in -A -t output; recompute answers once, apart.
    for u in sample:
        res = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", url, "-c",
                              " ".join(FOF_SQL.format(u=int(u), k=int(k)).split())],
                             capture_output=True, text=True, check=True)
        answers[u] = [int(r.split("\t")[0]) for r in res.stdout.splitlines() if r]
    n = len(sample)
    return [times[i * n:(i + 1) * n] for i in range(runs)], answers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edges", required=True)
    ap.add_argument("--sample", required=True)
    ap.add_argument("--pln", required=True, help="pln bench pymk --answers file")
    ap.add_argument("--sqlite")
    ap.add_argument("--pg-url")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--max-queries", type=int, default=200,
                    help="members to time for the slower methods (a prefix of the sample)")
    a = ap.parse_args()
    sample = [int(x) for x in open(a.sample).read().split()][: a.max_queries]
    pln = read_answers(a.pln)
    edges = read_edges(a.edges)
    runs, answers, load = bench_networkx(edges, sample, a.k, a.runs)
    summary("networkx", runs, answers, pln, load)
    runs, answers, load = bench_igraph(edges, sample, a.k, a.runs)
    summary("igraph", runs, answers, pln, load)
    if a.sqlite:
        runs, answers = bench_sqlite(a.sqlite, sample, a.k, a.runs)
        summary("sqlite", runs, answers, pln)
    if a.pg_url:
        runs, answers = bench_postgres(a.pg_url, sample, a.k, a.runs)
        summary("postgres", runs, answers, pln)


if __name__ == "__main__":
    main()
