"""``benchmarks/run.py`` checks issue 23's targets on the rows of one run."""

from __future__ import annotations

from conftest import benchmark_module


def _row(corpus: str, notes: int, ratio: float, speedup: float, minutes: float, rss: float,
         identical: bool = True) -> dict:
    return {"corpus": corpus, "notes": notes, "ratio": ratio, "cpu_ratio": ratio,
            "speedup": speedup, "est_1m_j2_s": minutes * 60, "rss1_mb": rss,
            "identical": identical}


def test_targets_hold_only_at_the_largest_size_and_on_the_bar():
    run = benchmark_module("run")
    rows = [
        _row("realistic", 10_000, 0.10, 1.0, 60, 200),          # the small size is not judged
        _row("realistic", 100_000, 0.40, 1.8, 5.0, 220),        # every bar met exactly
        _row("repetitive", 10_000, 0.90, 3.0, 1, 200),
        _row("repetitive", 100_000, 0.249, 1.79, 5.1, 221, identical=True),
        _row("repetitive", 1_000, 0.90, 3.0, 1, 200, identical=False),
    ]
    got = {target: holds for target, _, holds in run.targets(rows)}
    realistic = {t: ok for t, ok in got.items() if t.startswith("realistic")}
    assert len(realistic) == 5 and all(realistic.values()), realistic
    repetitive = {t.split(": ", 1)[1].split(" (")[0]: ok for t, ok in got.items()
                  if t.startswith("repetitive")}
    assert repetitive == {
        "lint ≥ 25% of bare tokenization": False,
        "-j2/-j1 ≥ 1.8×": False,
        "1M notes with --jobs 2 ≤ 5 min": False,
        "peak RSS at 100,000 within 10% of 1,000 notes": False,   # 221 vs 200 MB: +10.5 %
        "findings byte-identical with and without the cache": False,
    }


def test_million_counts_a_runs_fixed_cost_once():
    run = benchmark_module("run")
    # 100k notes in 32 s of which 2 s are the start: 2 + 30 × 10 = 302 s, not 320
    assert run.million(32.0, 100_000, 2.0) == 302.0
    # no start: plain scaling; a start longer than the run cannot make the estimate shrink
    assert run.million(32.0, 100_000, 0.0) == 320.0
    assert run.million(1.0, 1_000_000, 5.0) == 1.0
