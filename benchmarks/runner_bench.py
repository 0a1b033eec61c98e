"""Time four ways of running the wiki's page programs on one generated corpus.

(a) floor: one python that imports torch once and exec()s every program; (b) this wiki's runner;
(c) pytest-codeblocks on the same code inlined in Markdown; (d) one fresh python per page.
Run with the repository's venv: `.venv/bin/python benchmarks/runner_bench.py` (see benchmarks/README.md).
"""

import argparse
import importlib
import importlib.metadata
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
SNIPPETS = REPO / "snippets"
PYTHON = sys.executable
CODEBLOCKS_VERSION = importlib.metadata.version("pytest-codeblocks")  # a dependency of the wiki (pyproject.toml)
COMMON_ENV = {"OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": "", "PYTHONDONTWRITEBYTECODE": "1"}
SAMPLE_S = 0.02
MODE_NAMES = {
    "a": "(a) floor: one python, exec() each program",
    "b": "(b) wiki runner (make test: pytest)",
    "c": "(c) pytest-codeblocks, inline Markdown",
    "d": "(d) one python process per page",
}

FLOOR_SCRIPT = """\
import contextlib
import io
import sys

import torch  # noqa: F401

for path in open(sys.argv[1], encoding="utf-8").read().splitlines():
    code = compile(open(path, encoding="utf-8").read(), path, "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, {"__name__": "__main__"})
"""


# Runs every snippet file twice in one process, as (a) and (c) do, and names the files that fail there:
# their output depends on what the process did before (a warning torch gives once per process, say).
PROBE_SCRIPT = """\
import contextlib
import io
import json
import sys

import torch  # noqa: F401

failed = {}
for _ in range(2):
    for path in sys.argv[1:]:
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(open(path, encoding="utf-8").read(), path, "exec"), {"__name__": "__main__"})
        except Exception as err:
            failed.setdefault(path, f"{type(err).__name__}: {err}".splitlines()[0])
print(json.dumps(failed))
"""


@dataclass
class Corpus:
    root: Path
    wiki: Path
    programs: list[Path]
    pages: int
    files: list[Path]  # the snippet files the programs are made of
    dropped: dict[str, str]  # snippet files left out -> why (see shared_process_failures)


@dataclass
class Result:
    mode: str
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)  # user + system time of every process the run started
    peaks_mib: list[float] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return min(self.walls)

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)

    @property
    def peak_mib(self) -> float:
        return max(self.peaks_mib)


class BenchError(RuntimeError):
    pass


def load_wikitree() -> ModuleType:
    os.environ.pop("WIKI_ROOT", None)  # wikilib.layout.ROOT must be this repository
    return importlib.import_module("wikidev.wikitree")


def gpu_only_snippets() -> list[str]:
    """Snippet files the pages mark `cuda_only`: the CPU run never runs them, so neither does the benchmark."""
    load_wikitree()
    from wikilib.pages import find_pages, load_page

    return sorted({path for page in find_pages() for path in load_page(page).only.get("cuda", {})})


def all_snippet_files() -> list[Path]:
    """The snippet files the CPU run runs, in the order the Korean pages show them: a program of the corpus joins
    neighbours, and a page's later snippets may build on what its earlier ones did (nn-save-load's allowlist)."""
    load_wikitree()
    from wikilib.pages import Program, find_pages, load_page

    pages = [load_page(path) for path in find_pages()]
    shown = [
        ln.file for page in pages if page.lang == "ko" and not page.is_notebook for ln in Program(page, "cpu").lines
    ]
    return list(dict.fromkeys(shown))


def shared_process_failures() -> dict[str, str]:
    """Snippet files that fail when run after the others in one process, with the error; left out of the corpus,
    because (a) and (c) could not run them (the runner, which forks a fresh child per page, can)."""
    cmd = [PYTHON, "-c", PROBE_SCRIPT, *map(str, all_snippet_files())]
    with tempfile.TemporaryDirectory() as scratch:  # the snippets' files (checkpoints, ...) go there
        proc = subprocess.run(cmd, cwd=scratch, env=base_env(), capture_output=True, text=True)
    if proc.returncode != 0:
        raise BenchError(f"the shared-process probe failed:\n{proc.stderr[-2000:]}")
    failed = json.loads(proc.stdout.splitlines()[-1])
    return {Path(path).relative_to(SNIPPETS).as_posix(): error for path, error in failed.items()}


def program_files(files: list[Path], k: int) -> list[Path]:
    return [files[(k + i) % len(files)] for i in range(2 + k % 3)]


def program_source(parts: list[Path]) -> str:
    return "\n".join(p.read_text(encoding="utf-8").rstrip("\n") for p in parts) + "\n"


def page_body(parts: list[Path]) -> str:
    fences = [f'```python\n--8<-- "{p.relative_to(SNIPPETS).as_posix()}"\n```\n' for p in parts]
    return "\n".join(fences)


def page_marker(k: int) -> str:
    return f'print("page {k}")\n#> page {k}\n'


def marker_fence(k: int) -> str:
    return f'\n```python\n--8<-- "bench/page_{k:03d}.py"\n```\n'


def build_corpus(root: Path, pages: int) -> Corpus:
    wikitree = load_wikitree()
    dropped = shared_process_failures()
    files = [f for f in all_snippet_files() if f.relative_to(SNIPPETS).as_posix() not in dropped]
    snippets = {f.relative_to(SNIPPETS).as_posix(): f.read_text(encoding="utf-8") for f in files}
    ids = [f"bench-{k:03d}" for k in range(pages)]
    # a last block unique to each page, so that no two programs are the same and the runner cannot reuse any
    snippets |= {f"bench/page_{k:03d}.py": page_marker(k) for k in range(pages)}
    docs = {
        f"tensors/{i}.ko.md": wikitree.page(i, page_body(program_files(files, k)) + marker_fence(k))
        for k, i in enumerate(ids)
    }
    wiki = wikitree.make_wiki(root / "wiki", docs, snippets, ids)
    for sub in ("programs", "cb"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    programs = []
    for k in range(pages):
        source = program_source(program_files(files, k)) + page_marker(k)
        program = root / "programs" / f"page_{k:03d}.py"
        program.write_text(source, encoding="utf-8")
        (root / "cb" / f"page_{k:03d}.md").write_text(f"# page {k}\n\n```python\n{source}```\n", encoding="utf-8")
        programs.append(program)
    (root / "programs.txt").write_text("\n".join(str(p) for p in programs) + "\n", encoding="utf-8")
    (root / "floor.py").write_text(FLOOR_SCRIPT, encoding="utf-8")
    (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")  # keeps (c) away from any conftest.py above
    return Corpus(root, wiki, programs, pages, files, dropped)


def children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def pss_kib(pid: int) -> int:
    """Proportional set size: a page shared by n processes counts 1/n for each (forked children share most)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pss_kib(root: int) -> int:
    """Summed PSS of every descendant of `root` (not `root` itself)."""
    total, todo = 0, children(root)
    while todo:
        pid = todo.pop()
        total += pss_kib(pid)
        todo += children(pid)
    return total


class TreeSampler:
    """Samples the summed PSS of this process's descendants every SAMPLE_S seconds; keeps the maximum."""

    def __init__(self) -> None:
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        me = os.getpid()
        while not self._stop.wait(SAMPLE_S):
            self.peak_kib = max(self.peak_kib, tree_pss_kib(me))

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024


def run_checked(cmd: list[str], cwd: Path, env: dict[str, str], expect: str | None = None) -> None:
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0 or (expect is not None and expect not in proc.stdout):
        tail = "\n".join(proc.stdout.splitlines()[-40:])
        raise BenchError(f"{' '.join(cmd)} (cwd {cwd}) exited {proc.returncode}, expected {expect!r}:\n{tail}")


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WIKI_ROOT", "PYTHONPATH")}
    return env | COMMON_ENV | extra


def runner_env(corpus: Corpus) -> dict[str, str]:
    return load_wikitree().env_for(corpus.wiki) | COMMON_ENV


def runner_has_no_cache(corpus: Corpus) -> bool:
    cmd = [PYTHON, "-m", "pytest", "--help", "-p", "no:cacheprovider"]
    out = subprocess.run(cmd, cwd=corpus.wiki, env=runner_env(corpus), capture_output=True, text=True).stdout
    return "--no-cache" in out


def mode_floor(corpus: Corpus) -> Callable[[], None]:
    cmd = [PYTHON, str(corpus.root / "floor.py"), str(corpus.root / "programs.txt")]
    return lambda: run_checked(cmd, corpus.root, base_env())


def mode_runner(corpus: Corpus) -> Callable[[], None]:
    cmd = [PYTHON, "-m", "pytest", "docs", "-q", "-p", "no:cacheprovider", "--device", "cpu"]
    if runner_has_no_cache(corpus):
        cmd.append("--no-cache")
    env = runner_env(corpus)

    def run() -> None:
        for leftover in (corpus.wiki / ".cache", corpus.wiki / "reports"):
            shutil.rmtree(leftover, ignore_errors=True)
        run_checked(cmd, corpus.wiki, env, expect=f"{corpus.pages} passed")

    return run


def mode_codeblocks(corpus: Corpus) -> Callable[[], None]:
    env = base_env()
    # The wiki's runner is installed as a pytest plugin; (c) measures pytest-codeblocks alone, as before.
    cmd = [PYTHON, "-m", "pytest", "--codeblocks", "cb", "-q", "-p", "no:cacheprovider", "-p", "no:wiki"]
    return lambda: run_checked(cmd, corpus.root, env, expect=f"{corpus.pages} passed")


def mode_per_page(corpus: Corpus) -> Callable[[], None]:
    env = base_env()

    def run() -> None:
        for program in corpus.programs:
            run_checked([PYTHON, str(program)], corpus.root, env)

    return run


MODES: dict[str, Callable[[Corpus], Callable[[], None]]] = {
    "a": mode_floor,
    "b": mode_runner,
    "c": mode_codeblocks,
    "d": mode_per_page,
}


def measure(run: Callable[[], None]) -> tuple[float, float]:
    """Wall time, and CPU time of all the processes the run started (each waits for its own children)."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    run()
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure_memory(run: Callable[[], None]) -> float:
    """Peak memory, in a run of its own: sampling /proc costs CPU that would skew the timed runs."""
    with TreeSampler() as sampler:
        run()
    return sampler.peak_mib


def git_state() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()

    dirty = git("status", "--porcelain", "--", "scripts/wikirunner", "scripts/wikilib")
    return git("rev-parse", "--short", "HEAD") + (" + uncommitted runner/wikilib changes" if dirty else "")


def machine_facts(corpus: Corpus, modes: list[str]) -> dict[str, object]:
    facts: dict[str, object] = {
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "torch": importlib.metadata.version("torch"),
        "pytest": importlib.metadata.version("pytest"),
        "repo": git_state(),
        "pages": corpus.pages,
        "snippet_files": len(corpus.files),
        "dropped (fail in a shared process)": corpus.dropped,
        "left out (GPU only)": gpu_only_snippets(),
        "env": COMMON_ENV,
    }
    if "c" in modes:
        facts["pytest_codeblocks"] = CODEBLOCKS_VERSION
    return facts


def ratio(results: dict[str, Result], mode: str, base: str) -> float | None:
    if mode in results and base in results:
        return results[mode].wall / results[base].wall
    return None


def table(results: dict[str, Result], pages: int) -> str:
    rows = [
        "| mode | best wall s | median wall s | s/page | median CPU s | peak PSS MiB | x floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for mode, res in results.items():
        x = ratio(results, mode, "a")
        floor = f"{x:.2f}" if x is not None else "n/a"
        rows.append(
            f"| {MODE_NAMES[mode]} | {res.wall:.2f} | {res.median:.2f} | {res.wall / pages:.4f} | {res.cpu:.2f} "
            f"| {res.peak_mib:.0f} "
            f"| {floor} |"
        )
    return "\n".join(rows)


def targets(results: dict[str, Result]) -> dict[str, bool | None]:
    """Met only when it holds for both the best and the median wall time: on a noisy machine either alone
    can go one way by chance."""

    def check(mode: str, base: str, limit: float) -> bool | None:
        if mode not in results or base not in results:
            return None
        a, b = results[mode], results[base]
        return a.wall <= limit * b.wall and a.median <= limit * b.median

    return {
        "(b) <= 1.5 x (a)": check("b", "a", 1.5),
        "(b) faster than (c)": check("b", "c", 1.0),
        "(b) faster than (d)": check("b", "d", 1.0),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200, help="page programs in the corpus (default 200)")
    parser.add_argument("--modes", default="a,b,c,d", help="comma-separated subset of a,b,c,d (default all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode; the minimum wall time is reported")
    parser.add_argument("--keep", type=Path, help="build the corpus in this (new or empty) directory and keep it")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    args = parser.parse_args(argv)
    args.modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if unknown := [m for m in args.modes if m not in MODES]:
        parser.error(f"unknown mode(s) {', '.join(unknown)}; choose from a,b,c,d")
    if args.pages < 1 or args.repeat < 1:
        parser.error("--pages and --repeat must be at least 1")
    if args.keep and args.keep.exists() and any(args.keep.iterdir()):
        parser.error(f"--keep {args.keep}: directory is not empty")
    return args


def bench(root: Path, args: argparse.Namespace) -> dict[str, object]:
    corpus = build_corpus(root, args.pages)
    runs = {m: MODES[m](corpus) for m in args.modes}  # installs pytest-codeblocks before any timing
    run_checked([PYTHON, "-c", "import torch, pytest"], corpus.root, base_env())  # warm the page cache
    facts = machine_facts(corpus, args.modes)  # before timing: the runner may change while it runs
    results = {m: Result(m) for m in args.modes}
    for _ in range(args.repeat):  # rounds of every mode, so that a noisy spell hits them alike
        for mode, run in runs.items():
            wall, cpu = measure(run)
            results[mode].walls.append(wall)
            results[mode].cpus.append(cpu)
    for mode, run in runs.items():
        results[mode].peaks_mib.append(measure_memory(run))
    print("\n".join(f"- {k}: {v}" for k, v in facts.items()))
    print()
    print(table(results, corpus.pages))
    print()
    checks = targets(results)
    for name, ok in checks.items():
        print(f"{name}: {'n/a' if ok is None else 'yes' if ok else 'no'}")
    return {
        "machine": facts,
        "repeat": args.repeat,
        "results": [
            asdict(r)
            | {"name": MODE_NAMES[r.mode], "wall": r.wall, "median": r.median, "cpu": r.cpu}
            | {"peak_mib": r.peak_mib}
            for r in results.values()
        ],
        "targets": checks,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            report = bench(args.keep.resolve(), args)
        else:
            with tempfile.TemporaryDirectory(prefix="wiki-bench-") as tmp:
                report = bench(Path(tmp), args)
    except BenchError as err:
        print(f"runner_bench: {err}", file=sys.stderr)
        return 1
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
