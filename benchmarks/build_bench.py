"""How much the wiki's own build code costs: the strict site build with mkdocs.yml as it is, against the same
configuration without the wiki's plugin (the `- wiki` entry of `plugins:`), on the same pages, in alternating
rounds.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/build_bench.py [--rounds 5] [--json out.json]

Without the plugin the build is not the wiki any more (no checklist, badges, wiki links or checks), so it runs
without --strict; it is the floor the wiki's plugin adds to.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "mkdocs.yml"
BARE = REPO / ".build-bench-no-wiki.yml"  # beside mkdocs.yml: its relative paths must resolve the same way


def without_wiki(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip() != "- wiki")


def build(config: Path, strict: bool) -> float:
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", out]
        start = time.perf_counter()
        proc = subprocess.run([*cmd, *(["--strict"] if strict else [])], cwd=REPO, capture_output=True, text=True)
        took = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"build with {config.name} failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (default 5)")
    parser.add_argument("--json", type=Path, help="also write the timings here")
    args = parser.parse_args()
    BARE.write_text(without_wiki(CONFIG.read_text(encoding="utf-8")), encoding="utf-8")
    times: dict[str, list[float]] = {"wiki": [], "no wiki plugin": []}
    try:
        build(CONFIG, strict=True)  # warm-up: caches (notebooks, Python's bytecode)
        for _ in range(args.rounds):
            times["wiki"].append(build(CONFIG, strict=True))
            times["no wiki plugin"].append(build(BARE, strict=False))
    finally:
        BARE.unlink(missing_ok=True)
    print("| build | best s | median s |\n| --- | ---: | ---: |")
    for name, runs in times.items():
        print(f"| {name} | {min(runs):.2f} | {statistics.median(runs):.2f} |")
    ratio = statistics.median(times["wiki"]) / statistics.median(times["no wiki plugin"])
    print(f"\nwiki / no wiki plugin (medians): {ratio:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"times": times, "ratio": ratio}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
