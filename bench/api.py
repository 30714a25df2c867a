"""Latency of the REST API's event list with filters, on 100,000 generated events.

Fills a SQLite database with generated reports (``lagebild.store.synthetic``;
10 events per report, varied types, actors, days, places and outlets), serves
it with uvicorn on 127.0.0.1 and times HTTP requests of each query type with
varied filter values. Prints p50 and p95 per query type. Target: p95 <= 50 ms.

    python bench/api.py                       # 100,000 events, kept in .bench/
    python bench/api.py --events 20000 --requests 100
    python bench/api.py --fresh               # rebuild the database
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from lagebild.api import create_app
from lagebild.store import open_store
from lagebild.store.queries import event_facets, list_actors
from lagebild.store.synthetic import reports

ROOT = Path(__file__).resolve().parents[1]
Params = dict[str, Any]


def fill(path: Path, events: int) -> None:
    """Writes ``events`` generated events (10 per report) into a new database."""
    store = open_store(str(path))
    started = time.perf_counter()
    count = 0
    for result in reports(events):
        store.save(result)
        count += 1
    elapsed = time.perf_counter() - started
    print(f"filled {path} with {events:,} events in {count:,} reports: {elapsed:.1f} s "
          f"({count / elapsed:.0f} reports/s through Store.save)")
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def query_types(path: Path, rng: random.Random) -> dict[str, Callable[[], Params]]:
    """Query types, each a function drawing filter values from the data."""
    store = open_store(str(path), create=False)
    facets = event_facets(store)
    actors = [a["id"] for a in list_actors(store, limit=100)[0]]
    store.close()
    types = [f["value"] for f in facets["types"]]
    places = [f["value"] for f in facets["places"]]
    countries = [f["value"] for f in facets["countries"]]
    outlets = [f["value"] for f in facets["outlets"]]
    words = ["Armee", "Polizei", "protesters", "Marine", "Rebellen", "union", "Hafen*",
             '"the army"', "Regierung", "navy", *places[:20]]

    def day(lo: int = 0, hi: int = 360) -> str:
        return f"2024-{1 + (d := rng.randrange(lo, hi)) // 31 % 12:02d}-{1 + d % 28:02d}"

    def window() -> Params:
        since = day(0, 300)
        return {"since": since, "until": f"{since[:5]}{int(since[5:7]) % 12 + 1:02d}-28"
                if since[5:7] != "12" else "2024-12-31"}

    return {
        "no filter": lambda: {},
        "no filter, page 20": lambda: {"offset": 50 * 19},
        "type": lambda: {"type": rng.choice(types)},
        "actor": lambda: {"actor": rng.choice(actors)},
        "place": lambda: {"place": rng.choice(places)},
        "country": lambda: {"country": rng.choice(countries)},
        "outlet": lambda: {"outlet": rng.choice(outlets)},
        "date range": window,
        "full text": lambda: {"q": rng.choice(words)},
        "type+actor+dates": lambda: {"type": rng.choice(types), "actor": rng.choice(actors),
                                     **window()},
        "type+place": lambda: {"type": rng.choice(types), "place": rng.choice(places)},
        "actor+outlet+q": lambda: {"actor": rng.choice(actors), "outlet": rng.choice(outlets),
                                   "q": rng.choice(words)},
        "limit 200": lambda: {"limit": 200, "type": rng.choice(types)},
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="Requests per query type.")
    parser.add_argument("--db", type=Path, default=None, help="Database file (kept).")
    parser.add_argument("--fresh", action="store_true", help="Rebuild the database.")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = args.db or ROOT / ".bench" / f"api-{args.events}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    if args.fresh or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        fill(path, args.events)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(path), create=False),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    rng = random.Random(args.seed)
    kinds = query_types(path, rng)
    results: dict[str, list[float]] = {}
    totals: dict[str, float] = {}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        client.get("/api/v1/events")  # warm-up: connections, caches
        for name, draw in kinds.items():
            times: list[float] = []
            for _ in range(args.requests):
                params = draw()
                started = time.perf_counter()
                response = client.get("/api/v1/events", params=params)
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    sys.exit(f"{name} {params}: HTTP {response.status_code} {response.text}")
                totals[name] = totals.get(name, 0) + response.json()["total"]
            results[name] = times
    server.should_exit = True
    thread.join()
    everything = [t for times in results.values() for t in times]
    print(f"\nGET /api/v1/events on {args.events:,} events, {args.requests} requests per type "
          "(HTTP over 127.0.0.1, one client)")
    print(f"{'query':<22}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'avg total':>12}")
    for name, times in results.items():
        print(f"{name:<22}{statistics.median(times):>9.1f}{percentile(times, 95):>9.1f}"
              f"{max(times):>9.1f}{totals[name] / len(times):>12.0f}")
    p95 = percentile(everything, 95)
    print(f"{'all':<22}{statistics.median(everything):>9.1f}{p95:>9.1f}{max(everything):>9.1f}")
    worst = max(percentile(t, 95) for t in results.values())
    print(f"\ntarget p95 <= 50 ms: all requests {p95:.1f} ms, worst query type {worst:.1f} ms "
          f"-> {'met' if worst <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
