"""Benchmark a live session: 120 participants each send 10 ties within one minute.

Run: ``python benchmarks/bench_session.py [--participants 120] [--ties 10] [--seconds 60]``.
Prints a Markdown row (results go in ``benchmarks/README.md``, section
``## Live session``).

The real server (``python -m stakegraph session``) serves a generated
mapping of 150 stakeholders on 127.0.0.1, pinned to two cores with
``taskset -c 0,1`` when it exists. Each participant (a thread with its own
connection, cookie and CSRF token) claims its organisation, then sends its
ties at seeded random moments spread over the minute. "ack" is the time from
sending an answer to its acknowledgement (the answer is on disk by then);
"shown" is, for each answer, the time from its acknowledgement to the first
projector state (server-sent events) that holds it; "last shown" the time
from the last acknowledgement to the projector showing it. Every request
goes to 127.0.0.1, and every loop is bounded in count and in time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))

from make_workbook import ensure_workbook  # noqa: E402

from tests.session.served import Phone, Served  # noqa: E402


def _projector(served: Served, seen: dict[tuple[str, str], float], names: dict[str, str],
               stop: threading.Event) -> None:
    """Read the projector's stream; note when each (reporter, other) first shows."""
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=60)  # heartbeats every 15 s
    conn.request("GET", f"/api/events?key={served.key}")
    reply = conn.getresponse()
    while not stop.is_set():
        line = reply.readline().decode("utf-8")
        if not line:
            break
        if line.startswith("data: "):
            now = time.monotonic()
            for edge in json.loads(line[6:])["edges"]:
                for reporter in edge["reported_by"]:
                    for a, b in ((edge["from"], edge["to"]), (edge["to"], edge["from"])):
                        if names.get(a) == reporter:
                            seen.setdefault((a, b), now)
    conn.close()


def run(participants: int, ties: int, seconds: float, seed: int = 7) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp())
    book = folder / "mapping.xlsx"
    shutil.copy(ensure_workbook(max(150, participants + 10)), book)
    served = Served(book)
    pin = ["taskset", "-c", "0,1"] if shutil.which("taskset") and (os.cpu_count() or 1) >= 2 else []
    if pin:
        served.prefix = pin
    served.start()
    try:
        people = Phone(served).hello().directory()
        names = {p["id"]: p["name"] for p in people}
        rng = random.Random(seed)
        plan = []
        for i in range(participants):
            me = people[i]["id"]
            others = rng.sample([p["id"] for p in people if p["id"] != me], ties)
            plan.append((me, sorted((rng.uniform(0, seconds), o) for o in others)))
        seen: dict[tuple[str, str], float] = {}
        stop = threading.Event()
        reader = threading.Thread(target=_projector, args=(served, seen, names, stop), daemon=True)
        reader.start()
        phones = [Phone(served).hello() for _ in range(participants)]
        for phone, (me, _) in zip(phones, plan):
            assert phone.claim(me)[0] == 200
        acks: list[tuple[float, float, str, str]] = []  # (latency, acknowledged at, reporter, other)
        lock = threading.Lock()
        start = time.monotonic() + 1.0

        def participant(phone: Phone, me: str, moments: list[tuple[float, str]]) -> None:
            for at, other in moments:
                time.sleep(max(0.0, start + at - time.monotonic()))
                sent = time.monotonic()
                status, _ = phone.answer(other, "yes", "collaboration")
                done = time.monotonic()
                assert status == 200, status
                with lock:
                    acks.append((done - sent, done, me, other))

        threads = [threading.Thread(target=participant, args=(phone, me, moments))
                   for phone, (me, moments) in zip(phones, plan)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(seconds + 120)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not all((me, o) in seen for _, _, me, o in acks):
            time.sleep(0.05)
        stop.set()
        latencies = sorted(a[0] for a in acks)
        shown = sorted(seen[(me, o)] - done for _, done, me, o in acks if (me, o) in seen)
        last = max(acks, key=lambda a: a[1])
        q = statistics.quantiles(latencies, n=100)
        qs = statistics.quantiles(shown, n=100)
        return {"answers": len(acks), "p50": q[49] * 1000, "p95": q[94] * 1000, "max": latencies[-1] * 1000,
                "shown_p50": qs[49], "shown_p95": qs[94], "missing": len(acks) - len(shown),
                "last_shown": seen.get((last[2], last[3]), float("nan")) - last[1],
                "pinned": bool(pin)}
    finally:
        served.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=120)
    parser.add_argument("--ties", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    r = run(args.participants, args.ties, args.seconds)
    print("| participants × ties | answers | ack p50 (ms) | ack p95 (ms) | ack max (ms) | shown p50 (s) "
          "| shown p95 (s) | last answer shown after (s) | load average |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {args.participants} × {args.ties} | {r['answers']} | {r['p50']:.0f} | {r['p95']:.0f} | "
          f"{r['max']:.0f} | {r['shown_p50']:.2f} | {r['shown_p95']:.2f} | {r['last_shown']:.2f} | "
          f"{os.getloadavg()[0]:.1f} |")
    if r["missing"]:
        print(f"{r['missing']} acknowledged answers never reached the projector", file=sys.stderr)


if __name__ == "__main__":
    main()
