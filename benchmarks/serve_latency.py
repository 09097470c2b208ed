"""Pre-signing latency: a warm ``notelint serve`` and a client on localhost.

Starts ``notelint serve`` on a free port (or uses ``--url`` of a running server), warms
it, then sends one realistic ~300-word draft note (``POST /v1/lint``, bare note → note
rules with the NLP pipeline) over a keep-alive connection, one request at a time, and
reports p50/p95/p99/max of the client-side round trip. Bounded in count (``--requests``,
default 2,000) and in time (``--max-seconds``, default 120: stops early and says so).

    python benchmarks/serve_latency.py [--ruleset skane] [--requests 2000] [--json]

``--mix N`` sends N large notes (``--large-kb``, default 200 kB: the same note repeated)
spread evenly among the small requests, each from its own thread without waiting for it,
and measures ``GET /healthz`` from another thread all the while: the small checks' and
the health check's p50/p99 then show whether one large note stalls the server.

    python benchmarks/serve_latency.py --requests 400 --mix 10 [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from typing import Any

import httpx

NOTE: dict[str, Any] = {
    "id": "utkast-1", "system": "Melior", "template": "Läkaranteckning",
    "unit": {"name": "Vårdcentralen Höör", "hsa_id": "SE2321000032-1001"},
    "author": {"name": "Anna Andersson", "role": "läkare"},
    "time": "2024-03-12T14:05:00", "signed": None, "setting": "öppenvård",
    "sections": [
        {"keyword": "Kontaktorsak", "text":
            "Pat hör av sig via 1177 pga hosta och feber sedan ca 5 dgr, nu även andfådd vid "
            "ansträngning. Sökte VC för 2 v sedan pga halsont, fick då inga ab."},
        {"keyword": "Aktuellt", "text":
            "67-årig man, tidigare rökare 20 paketår, slutade 2015. Känd hypertoni och DM typ 2 "
            "på tabl metformin. Bor med sambo, klarar sig själv. Sedan 5 dgr tilltagande hosta "
            "med gulgrönt sputum, feber upp till 38,9 igår kväll, frossa. Ingen bröstsmärta, "
            "ingen hemoptys. Lätt andfådd i trappor, vilket han inte brukar vara. Äter och "
            "dricker något mindre än vanligt. Inga utlandsresor. Sambon förkyld sedan en vecka. "
            "Har tagit paracetamol 1 g x 3 med viss effekt."},
        {"keyword": "Status", "text":
            "AT: opåverkad men trött, talar hela meningar. Temp 38,4. Puls 96 regelbunden. "
            "BT 142/86. Andningsfrekvens 20. Saturation 94 % på rumsluft. Hjärta: regelbunden "
            "rytm, inga blåsljud. Lungor: krepitationer basalt hö, i övrigt vesikulärt. "
            "Munhåla och svalg ua. Inga ödem. CRP 86, Hb 142, LPK 12,1."},
        {"keyword": "Bedömning", "text":
            "Trol samhällsförvärvad pneumoni hö basalt, CRB-65 1 p (ålder). Ingen misstanke om "
            "sepsis, opåverkad och cirkulatoriskt stabil. Kan behandlas i hemmet. "
            "Differentialdiagnos akut bronkit, mindre sannolikt givet status och CRP."},
        {"keyword": "Åtgärd", "text":
            "Recept PcV 1 g x 3 i 7 dgr. Info om vätskeintag, febernedsättande vb. Ska höra av "
            "sig via 1177 eller ringa VC vid försämring, ökad andfåddhet eller kvarstående feber "
            "efter 3 dgr behandling. Ny kontroll med CRP och lungauskultation om 6 v, rtg pulm "
            "då om kvarstående besvär. Pat informerad om bedömning och plan och är införstådd."},
        {"keyword": "Läkemedel", "text":
            "Metformin 500 mg 1 x 2, Enalapril 10 mg 1 x 1, Atorvastatin 20 mg 1 x 1 till natten. "
            "Ny: Kåvepenin 1 g 1 x 3 i 7 dagar. Paracetamol 1 g vid behov, högst 4 g per dygn. "
            "Inga kända läkemedelsallergier. Läkemedelslistan genomgången med pat och uppdaterad."},
        {"keyword": "Planering", "text":
            "Uppföljning per telefon av ssk om 3 dgr. Sjukskrivning ej aktuellt, pat pensionär. "
            "Ny kontroll av HbA1c vid ordinarie diabeteskontroll i maj. Vid utebliven förbättring "
            "eller stigande CRP överväga byte till doxycyklin samt lungröntgen tidigare. "
            "Sambon uppmanas söka vid egna besvär."},
    ],
}


class StdlibClient:
    """Keep-alive HTTP/1.1 client from the standard library (least client-side overhead)."""

    def __init__(self, base: str) -> None:
        import http.client
        from urllib.parse import urlsplit

        u = urlsplit(base)
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, str, bytes]:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        self.conn.request(method, path, body=body, headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        return r.status, r.getheader("server-timing") or "", data


class HttpxClient:
    def __init__(self, base: str) -> None:
        self.client = httpx.Client(base_url=base, timeout=10)

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, str, bytes]:
        r = self.client.request(method, path, content=body,
                                headers={"Content-Type": "application/json"} if body else None)
        return r.status_code, r.headers.get("server-timing", ""), r.content


class Mix:
    """Large notes sent from threads (fire and forget) and /healthz probed all the while."""

    def __init__(self, base: str, kb: int, endpoint: str, kind: str = "note") -> None:
        import threading

        self.base, self.kb, self.endpoint = base, kb, endpoint
        one = (" ".join(s["text"] for s in NOTE["sections"]) + " " if kind == "note"
               else "Pat med misstänkt pneumoni, trol viral, ua i övrigt. ")
        big = dict(NOTE, id="stor-1", sections=[
            {"keyword": "Aktuellt", "text": (one * (kb * 1024 // len(one.encode()) + 1))[: kb * 1024]}])
        self.body = json.dumps(big, ensure_ascii=False).encode()
        self.kind = kind
        self.sent = 0
        self.threads: list[Any] = []
        self.large_ms: list[float] = []
        self.status: dict[int, int] = {}
        self.health_ms: list[float] = []
        self.running = True
        self.prober = threading.Thread(target=self._probe, daemon=True)
        self.prober.start()

    def _probe(self) -> None:
        c = StdlibClient(self.base)
        while self.running:
            t0 = time.perf_counter()
            c.request("GET", "/healthz")
            self.health_ms.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.02)

    def _one(self) -> None:
        c = httpx.Client(base_url=self.base, timeout=120)
        t0 = time.perf_counter()
        r = c.post(self.endpoint, content=self.body, headers={"Content-Type": "application/json"})
        self.large_ms.append((time.perf_counter() - t0) * 1000)
        self.status[r.status_code] = self.status.get(r.status_code, 0) + 1

    def send(self) -> None:
        import threading

        t = threading.Thread(target=self._one, daemon=True)
        t.start()
        self.threads.append(t)
        self.sent += 1

    def finish(self) -> dict[str, Any]:
        for t in self.threads:
            t.join(timeout=180)
        self.running = False
        self.prober.join(timeout=10)
        h = sorted(self.health_ms)
        return {"large_notes": self.sent, "large_kb": self.kb, "large_text": self.kind,
                "large_status": dict(sorted(self.status.items())),
                "large_p50_ms": round(statistics.median(self.large_ms), 1) if self.large_ms else None,
                "healthz_requests": len(h), "healthz_p50_ms": round(pct(h, 50), 2),
                "healthz_p99_ms": round(pct(h, 99), 2), "healthz_max_ms": round(h[-1], 2)}


def words(note: dict[str, Any]) -> int:
    return sum(len(s["text"].split()) for s in note["sections"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(sorted_ms: list[float], p: float) -> float:
    k = max(0, min(len(sorted_ms) - 1, round(p / 100 * len(sorted_ms) + 0.5) - 1))
    return sorted_ms[k]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="use a running server instead of starting one")
    ap.add_argument("--ruleset", default="skane")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--max-seconds", type=float, default=120.0)
    ap.add_argument("--endpoint", choices=["lint", "preview"], default="lint")
    ap.add_argument("--client", choices=["stdlib", "httpx"], default="stdlib",
                    help="HTTP client (stdlib http.client keep-alive, or httpx)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--mix", type=int, default=0,
                    help="large notes sent among the small requests (0: none)")
    ap.add_argument("--large-kb", type=int, default=200, help="size of a large note in kB")
    ap.add_argument("--large-text", choices=["note", "dense"], default="note",
                    help="a large note is the small note's text repeated, or 'dense': one "
                         "sentence with an uncertain diagnosis repeated (a finding per sentence)")
    ap.add_argument("--workers", type=int, default=None,
                    help="--workers of the started server (default: its own default)")
    ap.add_argument("--timeout", type=float, default=None, help="--timeout of the started server")
    args = ap.parse_args()

    proc = None
    base = args.url
    if base is None:
        port = free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "notelint.cli", "serve", "--ruleset", args.ruleset,
             "--port", str(port), "--log-level", "error", "--feedback-store", "",
             *(["--workers", str(args.workers)] if args.workers is not None else []),
             *(["--timeout", str(args.timeout)] if args.timeout is not None else []),
             "--max-body", str(max(1024 * 1024, (args.large_kb + 64) * 1024))],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ),
        )
        base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=10) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or (proc and proc.poll() is not None):
                    print("server did not start", file=sys.stderr)
                    return 2
                time.sleep(0.2)
            health = client.get("/healthz").json()
        c = StdlibClient(base) if args.client == "stdlib" else HttpxClient(base)
        endpoint = f"/v1/{args.endpoint}"
        body = json.dumps(NOTE, ensure_ascii=False).encode()
        status, _, first_body = c.request("POST", endpoint, body)
        if status != 200:
            print(f"unexpected status {status}", file=sys.stderr)
            return 2
        first = json.loads(first_body)
        for _ in range(args.warmup):
            c.request("POST", endpoint, body)
        times: list[float] = []
        server_wall: list[float] = []
        server_cpu: list[float] = []
        large = Mix(base, args.large_kb, endpoint, args.large_text) if args.mix else None
        every = max(1, args.requests // args.mix) if args.mix else 0
        t_start = time.perf_counter()
        stop = t_start + args.max_seconds
        for i in range(args.requests):
            if large is not None and i % every == every // 2 and large.sent < args.mix:
                large.send()
            t0 = time.perf_counter()
            status, server_timing, _ = c.request("POST", endpoint, body)
            times.append((time.perf_counter() - t0) * 1000)
            timing = dict(re.findall(r"(\w+);dur=([\d.]+)", server_timing))
            if timing:
                server_wall.append(float(timing["checks"]))
                server_cpu.append(float(timing["cpu"]))
            if status != 200:
                print(f"unexpected status {status}", file=sys.stderr)
                return 2
            if time.perf_counter() > stop:
                break
        wall = time.perf_counter() - t_start
        mixed = large.finish() if large is not None else None
        # the HTTP floor: the same client and server, no checks (GET /healthz)
        floor: list[float] = []
        for _ in range(min(500, args.requests)):
            t0 = time.perf_counter()
            c.request("GET", "/healthz")
            floor.append((time.perf_counter() - t0) * 1000)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()

    s = sorted(times)
    result = {
        "endpoint": f"POST /v1/{args.endpoint}", "ruleset": args.ruleset, "nlp": health.get("nlp"),
        "note_words": words(NOTE), "client": args.client,
        "findings": len(first["findings"]) if args.endpoint == "lint" else
        len(first["previews"][0]["findings"]),
        "requests": len(s), "complete": len(s) >= args.requests, "seconds": round(wall, 2),
        "p50_ms": round(pct(s, 50), 2), "p95_ms": round(pct(s, 95), 2),
        "p99_ms": round(pct(s, 99), 2), "max_ms": round(s[-1], 2),
        "mean_ms": round(statistics.fmean(s), 2), "cpus": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "http_floor_p50_ms": round(statistics.median(floor), 2),
        "http_floor_p99_ms": round(pct(sorted(floor), 99), 2),
    }
    if mixed is not None:
        result["mix"] = mixed
    if server_cpu:  # Server-Timing: the checks alone, wall and CPU time of the worker thread
        for name, xs in (("server_checks", server_wall), ("server_cpu", server_cpu)):
            xs.sort()
            result[f"{name}_p50_ms"] = round(pct(xs, 50), 2)
            result[f"{name}_p99_ms"] = round(pct(xs, 99), 2)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['endpoint']} ({result['ruleset']}, NLP {'on' if result['nlp'] else 'off'}, "
              f"client {result['client']}), "
              f"{result['note_words']}-word note, {result['findings']} findings")
        print(f"{result['requests']} requests in {result['seconds']} s"
              + ("" if result["complete"] else " (stopped by --max-seconds)"))
        print(f"p50 {result['p50_ms']} ms  p95 {result['p95_ms']} ms  p99 {result['p99_ms']} ms  "
              f"max {result['max_ms']} ms  mean {result['mean_ms']} ms")
        print(f"HTTP floor (GET /healthz): p50 {result['http_floor_p50_ms']} ms  "
              f"p99 {result['http_floor_p99_ms']} ms; {result['cpus']} CPUs, "
              f"load average {result['load_avg_1m']}")
        if mixed is not None:
            print(f"with {mixed['large_notes']} large notes of {mixed['large_kb']} kB mixed in "
                  f"(answers {mixed['large_status']}, round trip p50 {mixed['large_p50_ms']} ms): "
                  f"GET /healthz during the run p50 {mixed['healthz_p50_ms']} ms  "
                  f"p99 {mixed['healthz_p99_ms']} ms  max {mixed['healthz_max_ms']} ms "
                  f"({mixed['healthz_requests']} probes)")
        if server_cpu:
            print(f"server side, checks only: wall p50 {result['server_checks_p50_ms']} ms  "
                  f"p99 {result['server_checks_p99_ms']} ms; CPU p50 {result['server_cpu_p50_ms']} ms  "
                  f"p99 {result['server_cpu_p99_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
