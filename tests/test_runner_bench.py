"""The runner benchmark still runs on today's snippets (a new snippet once broke it and nothing showed it).
Only that it runs and what it reports are checked here: its timings belong in benchmarks/README.md."""

import json
import subprocess
import sys

from wikidev.wikitree import ROOT


def test_the_benchmark_runs_the_floor_and_the_runner_on_a_small_corpus(tmp_path):
    out = tmp_path / "bench.json"
    cmd = [sys.executable, "benchmarks/runner_bench.py", "--pages", "4", "--modes", "a,b", "--json", str(out)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["machine"]["pages"] == 4
    snippets = sum(1 for _ in (ROOT / "snippets").rglob("*.py"))
    dropped = report["machine"]["dropped (fail in a shared process)"]
    gpu_only = report["machine"]["left out (GPU only)"]
    assert report["machine"]["snippet_files"] + len(dropped) + len(gpu_only) == snippets
    assert len(dropped) <= 5, f"more snippet files fail when run after others than expected: {dropped}"
    results = {r["mode"]: r for r in report["results"]}
    assert sorted(results) == ["a", "b"]
    for r in results.values():
        assert len(r["walls"]) == len(r["cpus"]) == 1 and r["walls"][0] > 0 and r["cpus"][0] > 0
        assert r["peak_mib"] > 100  # torch was imported where it was measured
    assert "| (b) wiki runner (make test: pytest) |" in proc.stdout
