#!/usr/bin/env python3
"""For you over HTTP (issue 18), side by side with the same ranking as one SQL query.

In one run it:
  1. generates the network and its open opportunities into a fresh SQLite data dir and a
     fresh PostgreSQL cluster (`pln gen --members N --avg-degree D --seed S --opportunities K`);
  2. gives a seeded random sample of generated members an API token (a row in api_tokens, as
     `POST /api/v1/auth/tokens` would write; generated members have no password);
  3. starts `pln serve --threads 2` on the SQLite data dir (the For-you index loads at start);
  4. --runs times, interleaved: GET /api/v1/opportunities/for-you?limit=20 with a bearer token
     for random members of the sample (one keep-alive client, --requests requests: latency,
     not throughput), then the SQL query of foryou.sqlite.sql on SQLite and foryou.pg.sql on
     PostgreSQL for the first --sql-viewers members of the sample;
  5. checks that SQL and HTTP agree on the top 20 (ids and scores) for those members;
  6. prints medians over the runs of p50/p99 (HTTP) and of the per-query median (SQL), the
     ratios, and whether the targets hold (p99 <= 10 ms, SQL / HTTP >= 20x), as text and
     optionally Markdown.
Only loopback traffic. Not a test: it exits non-zero only when it cannot measure.
"""
import argparse
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def note(msg):
    print("==> " + msg, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def timed(cmd, **kw):
    start = time.monotonic()
    subprocess.run(cmd, check=True, **kw)
    return time.monotonic() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--members", type=int, default=1_000_000)
    ap.add_argument("--avg-degree", type=float, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--opportunities", type=int, default=100_000)
    ap.add_argument("--viewers", type=int, default=1000, help="members given a token (sample)")
    ap.add_argument("--requests", type=int, default=2000, help="HTTP requests per run")
    ap.add_argument("--sql-viewers", type=int, default=5, help="members the SQL query runs for, per run")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pln", default=os.environ.get("PLN_BIN", os.path.join(REPO, "build", "pln")))
    ap.add_argument("--markdown", help="also write the summary as Markdown to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--no-pg", action="store_true", help="skip PostgreSQL")
    ap.add_argument("--workdir", help="use (and keep) this directory; a network generated there "
                    "by an earlier run with the same sizes is reused")
    args = ap.parse_args()

    tmp = os.path.abspath(args.workdir) if args.workdir else tempfile.mkdtemp(prefix="pln-foryou-")
    os.makedirs(tmp, exist_ok=True)
    args.keep = args.keep or bool(args.workdir)
    stamp = os.path.join(tmp, "generated")
    sizes = f"{args.members} {args.avg_degree:g} {args.seed} {args.opportunities}"
    reuse = os.path.exists(stamp) and open(stamp).read() == sizes
    server = None
    pg_dir = os.path.join(tmp, "pg")
    pg_url = None
    try:
        note(f"pln gen --members {args.members} --avg-degree {args.avg_degree:g} --seed {args.seed} "
             f"--opportunities {args.opportunities} (SQLite)")
        gen = [args.pln, "gen", "--members", str(args.members), "--avg-degree", f"{args.avg_degree:g}",
               "--seed", str(args.seed), "--opportunities", str(args.opportunities), "--log-level", "warn"]
        data = os.path.join(tmp, "sqlite")
        sqlite_load = pg_load = None
        if reuse:
            note(f"reusing the network generated in {tmp}")
            loads = json.load(open(os.path.join(tmp, "loads.json")))
            sqlite_load, pg_load = loads["sqlite"], loads["postgres"]
        else:
            shutil.rmtree(data, ignore_errors=True)
            sqlite_load = timed(gen + ["--data", data], stdout=subprocess.DEVNULL)
            note(f"SQLite load {sqlite_load:.0f} s")
        if not args.no_pg:
            env = dict(os.environ, PLN_PG_FSYNC="off")
            # The cluster is removed on exit (scripts/pg-cluster.sh stop), so it is always generated.
            subprocess.run([os.path.join(REPO, "scripts", "pg-cluster.sh"), "stop", pg_dir], check=True)
            pg_url = subprocess.run([os.path.join(REPO, "scripts", "pg-cluster.sh"), "start", pg_dir],
                                    check=True, capture_output=True, text=True, env=env).stdout.strip()
            pg_load = timed(gen + ["--database", pg_url], stdout=subprocess.DEVNULL)
            subprocess.run(["psql", "-X", "-q", pg_url, "-c", "ANALYZE"], check=True)
            note(f"PostgreSQL load {pg_load:.0f} s")
        if not reuse:
            json.dump({"sqlite": sqlite_load, "postgres": pg_load}, open(os.path.join(tmp, "loads.json"), "w"))
            open(stamp, "w").write(sizes)

        db_path = os.path.join(data, "pln.db")
        rng = random.Random(args.seed)
        viewers = rng.sample(range(1, args.members + 1), min(args.viewers, args.members))
        tokens = {}
        con = sqlite3.connect(db_path)
        con.execute("DELETE FROM api_tokens WHERE name = 'bench'")
        now_ms = int(time.time() * 1000)
        for m in viewers:
            tok = f"pln_bench_{m}_{rng.getrandbits(64):016x}"
            tokens[m] = tok
            con.execute("INSERT INTO api_tokens (member_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)",
                        (m, "bench", hashlib.sha256(tok.encode()).hexdigest(), now_ms))
        con.commit()
        con.close()

        port = free_port()
        note(f"pln serve --threads 2 on {data}")
        server = subprocess.Popen([args.pln, "serve", "--data", data, "--listen", f"127.0.0.1:{port}",
                                   "--threads", "2", "--log-level", "warn"],
                                  stdout=subprocess.DEVNULL, stderr=open(os.path.join(tmp, "serve.log"), "w"))
        start = time.monotonic()
        while True:
            if server.poll() is not None:
                raise SystemExit("pln serve exited: " + open(os.path.join(tmp, "serve.log")).read())
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() - start > 1800:
                raise SystemExit("pln serve did not become healthy")
            time.sleep(0.5)
        startup = time.monotonic() - start
        note(f"serving after {startup:.0f} s")

        conn = [http.client.HTTPConnection("127.0.0.1", port, timeout=30)]

        def for_you(m):
            try:
                conn[0].request("GET", "/api/v1/opportunities/for-you?limit=20",
                                headers={"Authorization": "Bearer " + tokens[m]})
                r = conn[0].getresponse()
            except (http.client.RemoteDisconnected, ConnectionError):
                # The server closed the idle keep-alive connection while SQL ran: reconnect.
                conn[0] = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn[0].request("GET", "/api/v1/opportunities/for-you?limit=20",
                                headers={"Authorization": "Bearer " + tokens[m]})
                r = conn[0].getresponse()
            body = r.read()
            if r.status != 200:
                raise SystemExit(f"for-you answered {r.status}: {body[:300]!r}")
            return body

        # Warm-up: every sampled member once (the store's page cache, the engine's caches).
        for m in viewers:
            for_you(m)

        sql_viewers = viewers[: args.sql_viewers]
        sql_text = open(os.path.join(HERE, "foryou.sqlite.sql")).read()
        pg_text = open(os.path.join(HERE, "foryou.pg.sql")).read()
        ro = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)

        def run_sqlite(m, now):
            t = time.monotonic()
            rows = ro.execute(sql_text, (m, now)).fetchall()
            return (time.monotonic() - t) * 1000, [(int(i), int(s)) for i, s in rows]

        def run_pg(ms, now):
            script = "\\timing on\n"
            for m in ms:
                script += f"\\set me {m}\n\\set now {now}\n\\echo BEGIN {m}\n" + pg_text + "\n"
            out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", pg_url], input=script,
                                 capture_output=True, text=True, check=True).stdout
            res, cur = {}, None
            for line in out.splitlines():
                if line.startswith("BEGIN "):
                    cur = int(line.split()[1])
                    res[cur] = [None, []]
                elif line.startswith("Time: "):
                    res[cur][0] = float(re.match(r"Time: ([0-9.]+) ms", line).group(1))
                elif "\t" in line and cur is not None:
                    i, s = line.split("\t")
                    res[cur][1].append((int(i), int(s)))
            return res

        http_p50, http_p99, http_mean, sqlite_med, pg_med = [], [], [], [], []
        agree = {"sqlite": [0, 0], "postgres": [0, 0]}
        mismatches = []
        for run in range(args.runs):
            conn[0].close()
            conn[0] = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for_you(viewers[0])  # connect outside the timed loop
            lat = []
            for _ in range(args.requests):
                m = rng.choice(viewers)
                t = time.monotonic()
                for_you(m)
                lat.append((time.monotonic() - t) * 1000)
            lat.sort()
            http_p50.append(pct(lat, 50))
            http_p99.append(pct(lat, 99))
            http_mean.append(statistics.fmean(lat))
            note(f"run {run + 1}: HTTP p50 {http_p50[-1]:.2f} ms p99 {http_p99[-1]:.2f} ms")

            now = int(time.time() * 1000)
            pln_top = {}
            for m in sql_viewers:
                items = json.loads(for_you(m))["items"]
                pln_top[m] = [(it["opportunity"]["id"], it["score"]) for it in items]
            times = []
            for m in sql_viewers:
                ms, rows = run_sqlite(m, now)
                times.append(ms)
                agree["sqlite"][0 if rows == pln_top[m] else 1] += 1
                if rows != pln_top[m]:
                    mismatches.append(("sqlite", m, rows[:3], pln_top[m][:3]))
            sqlite_med.append(statistics.median(times))
            note(f"run {run + 1}: SQLite median {sqlite_med[-1]:.0f} ms")
            if pg_url:
                res = run_pg(sql_viewers, now)
                times = []
                for m in sql_viewers:
                    ms, rows = res[m]
                    times.append(ms)
                    agree["postgres"][0 if rows == pln_top[m] else 1] += 1
                    if rows != pln_top[m]:
                        mismatches.append(("postgres", m, rows[:3], pln_top[m][:3]))
                pg_med.append(statistics.median(times))
                note(f"run {run + 1}: PostgreSQL median {pg_med[-1]:.0f} ms")

        med = statistics.median
        p50, p99 = med(http_p50), med(http_p99)
        lines = [
            f"network: {args.members} members, avg degree {args.avg_degree:g}, seed {args.seed}, "
            f"{args.opportunities} opportunities; SQLite load {sqlite_load:.0f} s"
            + (f", PostgreSQL load {pg_load:.0f} s" if pg_load else "")
            + f"; pln serve ready after {startup:.0f} s",
            f"load average at the end: {os.getloadavg()[0]:.1f} (nproc {os.cpu_count()})",
            f"runs: {args.runs}; HTTP {args.requests} requests per run over {len(viewers)} members; "
            f"SQL {len(sql_viewers)} members per run",
            "",
            "| | p50 (ms) | p99 (ms) | SQL median / pln p50 | SQL median / pln p99 |",
            "|---|---:|---:|---:|---:|",
            f"| pln For you over HTTP | {p50:.2f} | {p99:.2f} | | |",
            f"| one SQL query, SQLite (median per query) | {med(sqlite_med):.0f} | | "
            f"{med(sqlite_med) / p50:.0f}x | {med(sqlite_med) / p99:.0f}x |",
        ]
        if pg_med:
            lines.append(f"| one SQL query, PostgreSQL (median per query) | {med(pg_med):.0f} | | "
                         f"{med(pg_med) / p50:.0f}x | {med(pg_med) / p99:.0f}x |")
        lines += [
            "",
            f"same top 20 (ids and scores) as pln: SQLite {agree['sqlite'][0]}/{sum(agree['sqlite'])}"
            + (f", PostgreSQL {agree['postgres'][0]}/{sum(agree['postgres'])}" if pg_url else ""),
            f"targets: p99 <= 10 ms: {'yes' if p99 <= 10 else 'NO'}; >= 20x faster than SQL: "
            + ("yes" if min([med(sqlite_med)] + ([med(pg_med)] if pg_med else [])) / p99 >= 20 else "NO")
            + " (taking pln's p99 against SQL's median)",
            f"per run: HTTP p50 {['%.2f' % x for x in http_p50]}, p99 {['%.2f' % x for x in http_p99]}, "
            f"SQLite {['%.0f' % x for x in sqlite_med]}, PostgreSQL {['%.0f' % x for x in pg_med]}",
        ]
        for mm in mismatches[:5]:
            lines.append(f"mismatch {mm}")
        text = "\n".join(lines)
        print(text)
        if args.markdown:
            with open(args.markdown, "w") as f:
                f.write(text + "\n")
    finally:
        if server and server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
        if pg_url:
            subprocess.run([os.path.join(REPO, "scripts", "pg-cluster.sh"), "stop", pg_dir],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if args.keep:
            note(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
