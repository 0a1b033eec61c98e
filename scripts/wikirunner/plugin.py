"""The snippet runner, as a pytest plugin: every page with Python code becomes one test item per device.

For each page the runner resolves its `--8<--` includes, takes its Python code blocks in order, runs them as
one program in a child forked from the zygote (torch imported once, a fresh state for every page), and
compares what it prints with the `#>` lines shown on the page. A program that already passed is not run
again: the other language's page showing the same code reuses the verdict within the session, and a local
cache keyed by the code, device, torch version and runner reuses it across sessions (`--no-cache` ignores it).
"""

import difflib
import hashlib
import importlib.metadata
import os
import time
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from wikilib.errors import WikiError
from wikilib.evidence import (
    VERDICTS,
    merge_items,
    program_hash,
    read_json,
    record_durations,
    recorded_durations,
    write_json,
)
from wikilib.layout import (
    CACHE_DIR,
    DOCS,
    DURATIONS_FILE,
    EVIDENCE_DIR,
    LANGS,
    PAGE_SUFFIXES,
    REPORT_FILE,
    REPORTS_DIR,
    rel,
    sibling,
)
from wikilib.pages import DEVICES, Program, load_page, only_files
from wikilib.report import RunEntry

from wikirunner import figures, outputs, shards
from wikirunner.execute import (
    Limits,
    RunResult,
    Zygote,
    ZygoteDied,
    make_job,
    may_hold_pages,
    probe_cuda,
    to_result,
)
from wikirunner.sandbox import extras_for

RUNNER_FILES = ("sandbox.py", "zygote.py", "execute.py", "outputs.py", "plugin.py", "drawing.py", "figures.py")
RUNNER_VERSION = hashlib.sha256(b"".join((Path(__file__).parent / f).read_bytes() for f in RUNNER_FILES)).hexdigest()


def pytest_addoption(parser):
    group = parser.getgroup("wiki", "PyTorch Concept Wiki snippet runner")
    add = group.addoption
    add("--update-outputs", action="store_true", help="rewrite the #> lines from the real output (CPU run)")
    add("--require-cuda", action="store_true", help="fail the cuda items (and the run) when no GPU is present")
    add("--snippet-timeout", type=float, default=120.0, help="seconds each page program may run (default 120)")
    add("--snippet-memory", type=int, default=4096, help="MiB of memory each page program may use (default 4096)")
    add("--device", action="append", choices=DEVICES, help="only run the items of this device (repeatable)")
    add("--runner-report", default=str(REPORT_FILE), help="where to write the JSON report")
    add("--no-cache", action="store_true", help="run every program even when the cache has its verdict")
    add("--repeat", type=int, default=1, help="run each program this many times; differing outputs fail")
    add("--shard", default=None, help="run only shard i of n (`i/n`), balanced by recorded durations")
    add(
        "--record-evidence", action="store_true", help=f"also write the verdicts into {rel(EVIDENCE_DIR)}/<device>.json"
    )


class RunnerState:
    """What one pytest session shares between its page items."""

    def __init__(self, config):
        self.config = config
        self.entries: list[dict] = []
        self.slow_imports: dict[str, list[str]] = {}  # item id -> modules its child imported
        self.memo: dict[str, dict] = {}  # cache key -> entry of a program that passed in this session
        self.failures: dict[str, str] = {}  # cache key -> the page whose run of that program failed
        self.zygote = Zygote()
        self.cuda: dict | None = None
        self.torch = importlib.metadata.version("torch")
        self.test_durations: dict[str, float] = {}
        self.limits = Limits(config.getoption("snippet_timeout"), config.getoption("snippet_memory"))
        self.use_cache = not (config.getoption("no_cache") or config.getoption("repeat") > 1)
        self.order: list[PageProgram] = []
        self.position: dict[int, int] = {}
        self.jobs: dict[str, list[int]] = {}  # program key -> zygote job ids, submitted and not yet collected
        self.outcomes: dict[str, list[RunResult]] = {}
        self.window = 2 * (os.cpu_count() or 1)

    def pytest_runtest_logreport(self, report):
        """Durations of the other tests too (setup, call and teardown: module fixtures can dominate), for
        balancing shards."""
        if not report.nodeid.startswith("docs/"):
            total = self.test_durations.get(report.nodeid, 0.0) + report.duration
            self.test_durations[report.nodeid] = round(total, 3)

    def cuda_info(self) -> dict:
        if self.cuda is None:
            self.cuda = probe_cuda(self.zygote)
        return self.cuda

    def key(self, program: Program, device: str) -> str:
        gpu = self.cuda_info().get("gpu") if device == "cuda" else None
        default = "cpu-default" if device == "cuda" and not program.page.cuda_default_device else ""
        drawn = figures.state_of(program.lines) if "#> [figure " in program.source else ""
        parts = [RUNNER_VERSION, self.torch, device, gpu or "", default, program.source, drawn]
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:24]

    def plan(self, items: list) -> None:
        """The page items in run order: their programs are sent to the zygote a few items ahead."""
        self.order = [i for i in items if isinstance(i, PageProgram)]
        self.position = {id(item): n for n, item in enumerate(self.order)}
        self.zygote.warm = extras_for([item.program.source for item in self.order])

    def runs(self, item: "PageProgram", key: str) -> list[RunResult]:
        """The runs of `item`'s program (several with --repeat), shared by items that show the same code."""
        self._prefetch(self.position.get(id(item), 0), item, key)
        if key not in self.outcomes:
            try:
                self.outcomes[key] = [to_result(self.zygote.result(job)) for job in self.jobs.pop(key)]
            except ZygoteDied:
                self.jobs.clear()  # every job in flight died with it; later items submit theirs again
                raise
        return self.outcomes[key]

    def _prefetch(self, start: int, item: "PageProgram", key: str) -> None:
        if key not in self.jobs and key not in self.outcomes:
            self._submit(item, key)
        for other in self.order[start + 1 :]:
            if len(self.jobs) >= self.window:
                break
            if other.device == "cuda" and self.cuda_info().get("error"):
                continue
            other_key = self.key(other.program, other.device)
            if other_key not in self.jobs and other_key not in self.outcomes and self.cached(other_key) is None:
                self._submit(other, other_key)

    def _submit(self, item: "PageProgram", key: str) -> None:
        program = item.program
        job = make_job(program.source, f"<wiki:{rel(program.page.path)}>", item.device, self.limits)
        job["cuda_default_device"] = program.page.cuda_default_device
        self.jobs[key] = [self.zygote.submit(job) for _ in range(self.config.getoption("repeat"))]

    def cached(self, key: str) -> dict | None:
        if key in self.memo:
            return self.memo[key]
        path = CACHE_DIR / f"{key}.json"
        if self.use_cache and path.exists():
            return read_json(path) | {"reused": "cache"}
        return None

    def remember(self, key: str, entry: dict) -> None:
        self.memo[key] = entry
        if entry["status"] == "passed":
            write_json(CACHE_DIR / f"{key}.json", {k: v for k, v in entry.items() if k not in PAGE_FIELDS})


PAGE_FIELDS = ("id", "page", "twins", "reused", "status")
# A page whose child imports this many modules the zygote had not pays for them in every run (sympy: ~500
# modules, 0.6 s); the summary names it, so that the zygote can import them once instead (sandbox.warm_up, or
# sandbox.WARM_EXTRAS for what few pages need).
SLOW_IMPORTS = 50


def pytest_configure(config):
    config._wiki = RunnerState(config)
    config.pluginmanager.register(config._wiki, "wiki-runner-state")
    if not config.option.collectonly and any(may_hold_pages(arg) for arg in config.args):
        config._wiki.zygote.start()  # torch is imported in the background while pytest collects (if not yet)


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix in PAGE_SUFFIXES and DOCS in file_path.resolve().parents:
        return PageFile.from_parent(parent, path=file_path)
    return None


@cache
def _program(path: Path, device: str) -> Program:
    return Program(load_page(path), device)


class PageFile(pytest.File):
    def collect(self):
        try:
            page = load_page(self.path.resolve())
            page.blocks  # noqa: B018  (resolves the includes: a broken one is this page's failure)
        except WikiError as err:
            yield BrokenPage.from_parent(self, name="page", error=err)
            return
        wanted = self.config.getoption("device") or DEVICES
        for device in [d for d in page.devices if d in wanted]:
            program = _program(page.path, device)
            if not program.lines:
                continue
            outputs.parse_ahead(program.lines)
            yield PageProgram.from_parent(self, name=device, program=program, twins=self._twins(program), device=device)

    def _twins(self, program: Program) -> list[Program]:
        """The other languages' pages that show the same code (they reuse this page's runs)."""
        twins = []
        for lang in LANGS:
            other = sibling(program.page.path, lang)
            if lang == program.page.lang or not other.exists():
                continue
            try:
                twin = _program(other.resolve(), program.device)
            except WikiError:
                continue  # reported when that page is collected
            if twin.source == program.source and twin.page.cuda_default_device == program.page.cuda_default_device:
                twins.append(twin)
        return twins


class BrokenPage(pytest.Item):
    def __init__(self, *, error: WikiError, **kwargs):
        super().__init__(**kwargs)
        self.error = error

    def runtest(self):
        raise self.error

    def repr_failure(self, excinfo):
        return str(excinfo.value) if isinstance(excinfo.value, WikiError) else super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"{rel(self.path)} (page)"


class ProgramFailure(Exception):
    """A page program failed; the message names the snippet and the page lines."""


class PageProgram(pytest.Item):
    def __init__(self, *, program: Program, twins: list[Program], device: str, **kwargs):
        super().__init__(**kwargs)
        self.program, self.twins, self.device = program, twins, device
        self.hash = program_hash(program.source)
        self.entry = {
            "id": self.nodeid,
            "page": rel(program.page.path),
            "twins": [rel(t.page.path) for t in twins],
            "device": device,
            "program_hash": self.hash,
        }
        if program.left_out:
            self.entry["left_out"] = program.left_out  # snippets that only run on another device, with the reason

    @property
    def state(self) -> RunnerState:
        return self.config._wiki

    def runtest(self):
        state = self.state
        self.entry["status"] = "failed"
        state.entries.append(self.entry)
        if self.device == "cuda" and state.cuda_info().get("error"):
            reason = "no CUDA device visible (torch.cuda.is_available() is False)"
            if self.config.getoption("require_cuda"):
                raise ProgramFailure(f"{reason}, and --require-cuda was given")
            self.entry.update(status="skipped", reason=reason)
            raise pytest.skip.Exception(reason, _use_item_location=True)
        key = state.key(self.program, self.device)
        done = state.cached(key)
        if done is not None:
            reused = done.get("reused") or f"same code as {done['page']}"
            self.entry.update({k: v for k, v in done.items() if k not in PAGE_FIELDS}, reused=reused)
            self.entry["status"] = "updated" if done.get("status") == "updated" else "passed"
            return
        if key in state.failures:  # the other language's page, same code: its failure was printed already
            self.entry["reused"] = f"same code as {state.failures[key]}"
            raise ProgramFailure(f"same code as {state.failures[key]}, which failed on {self.device} (see above)")
        try:
            self._check(state.runs(self, key))
        except ProgramFailure:
            state.failures[key] = self.entry["page"]
            raise
        state.remember(key, self.entry)

    def _check(self, runs: list[RunResult]):
        self.entry["ran_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        for result in runs:
            self.entry.update(result.info, duration=round(result.duration, 3))
            if len(result.imports) >= SLOW_IMPORTS:
                self.state.slow_imports[self.entry["id"]] = result.imports
            self.entry["warnings"] = [self._warning(w) for w in result.warnings]
            if result.error:
                raise ProgramFailure(self._describe_error(result.error, result.stderr))
        texts = [[t for _, t in r.records] for r in runs]
        self.entry["output_hash"] = hashlib.sha256("\n".join(texts[0]).encode()).hexdigest()[:16]
        for number, other in enumerate(texts[1:], 2):
            if other != texts[0]:
                raise ProgramFailure(self._describe_repeat(runs[0], runs[number - 1], number))
        lines = self.program.lines
        try:
            drawn = figures.name_figures(lines, runs[0].records, runs[0].figures)
        except figures.FigureError as err:
            raise ProgramFailure(f"{rel(self.program.page.path)} on {self.device}: {err}") from None
        mine = frozenset(only_files(self.program.page, self.device))
        placed = outputs.placed_outputs(lines, drawn.records, self.device, mine)
        expected, actual = outputs.render(lines, None), outputs.render(lines, placed)
        update = self.config.getoption("update_outputs")
        # Figures are compared byte for byte on the CPU run only: the GPU machine's matplotlib may be another
        # version, which writes other bytes for the same drawing. The CUDA run still compares where figures are.
        stale, orphans = figures.differences(lines, drawn) if self.device == "cpu" else ([], [])
        if [t for _, t in expected] != [t for _, t in actual]:
            if update and self.device == "cpu":
                changed = []
                for program in [self.program, *self.twins]:  # notebooks keep their own outputs
                    changed += outputs.rewrite(program.lines, placed, frozenset(changed))
                changed += figures.write(drawn, stale, orphans)
                self.entry.update(status="updated", updated=[rel(p) for p in changed])
                return
            gpu_files = only_files(self.program.page, "cuda")
            if update and gpu_files:  # a GPU run writes the outputs of the cuda_only snippets, and only those

                def elsewhere(shown):  # what the other snippets of the page show
                    return [t for ln, t in shown if ln.file not in gpu_files]

                if elsewhere(expected) == elsewhere(actual):
                    others = frozenset(ln.file for ln in lines if ln.file not in gpu_files)
                    changed = outputs.rewrite(lines, placed, others)
                    self.entry.update(status="updated", updated=[rel(p) for p in changed])
                    return
            raise ProgramFailure(self._describe_stale(expected, actual, gpu_files))
        if stale or orphans:
            if update:
                self.entry.update(status="updated", updated=[rel(p) for p in figures.write(drawn, stale, orphans)])
                return
            topic = self.program.page.meta.get("id") or rel(self.program.page.path)
            raise ProgramFailure(
                f"figures of {rel(self.program.page.path)} on {self.device} are stale\n"
                f"{figures.describe(drawn, stale, orphans)}\n"
                f"  (run `.venv/bin/python scripts/wiki.py outputs {topic}` to draw them again, then look at them)"
            )
        self.entry["status"] = "passed"

    # Messages -------------------------------------------------------------------------------------------

    def _shown_at(self, number: int) -> str:
        where = [p.lines[number - 1].page_where() for p in [self.program, *self.twins] if number <= len(p.lines)]
        return " and ".join(where)

    def _warning(self, warning: dict) -> dict:
        number = warning.get("line")
        where = self.program.lines[number - 1] if number and 1 <= number <= len(self.program.lines) else None
        return {
            "category": warning["category"],
            "message": warning["message"],
            "snippet": where.where() if where else None,
        }

    def _describe_error(self, error: dict, stderr: str) -> str:
        if error["type"] == "NoCUDA":
            return "the program was sent to CUDA but the child process saw no GPU"
        lines = [n for n in error.get("lines", []) if n and 1 <= n <= len(self.program.lines)]
        out = [f"{error['type']} in the code of {rel(self.program.page.path)} on {self.device}"]
        if lines:
            innermost = lines[-1]
            out.append(f"  at {self.program.lines[innermost - 1].where()}  (shown at {self._shown_at(innermost)})")
        for n in lines:
            ln = self.program.lines[n - 1]
            out.append(f"    {ln.where()}: {ln.text.strip()}")
        if error.get("outside"):
            out.append(f"    ... raised inside {error['outside']}")
        out.append(error["message"])
        if self.device == "cpu" and "can't allocate memory" in error["message"]:
            out.append(f"(a page may use at most {self.state.limits.memory_mb} MiB: see --snippet-memory)")
        noise = ("/wikirunner/", "<frozen ", "Extension modules:")
        tail = [t for t in stderr.strip().splitlines() if t.strip() and not any(n in t for n in noise)][-15:]
        if tail and error["type"] in ("Crash", "Timeout", "MemoryLimit", "Exit"):
            out += ["stderr (last lines):", *("  " + t for t in tail)]
        return "\n".join(out)

    def _describe_stale(self, expected, actual, gpu_files: set[Path]) -> str:
        ln, exp, act = outputs.first_difference(expected, actual)
        if ln.file in gpu_files:
            fix = "a cuda_only snippet: a GPU run writes its #> lines (`pytest --device cuda --update-outputs`)"
        else:
            topic = self.program.page.meta.get("id") or rel(self.program.page.path)
            fix = (
                f"run `.venv/bin/python scripts/wiki.py outputs {topic}` to rewrite the #> lines, then review the diff"
            )
        number = next(i for i, other in enumerate(self.program.lines, 1) if other is ln)
        diff = "\n".join(
            difflib.unified_diff(
                [t for _, t in expected], [t for _, t in actual], "page shows", "program printed", lineterm="", n=2
            )
        )
        return (
            f"output of {rel(self.program.page.path)} on {self.device} differs from its #> lines\n"
            f"  first at {ln.where()}  (shown at {self._shown_at(number)})\n"
            f"    page shows:      {exp}\n    program printed: {act}\n"
            f"  ({fix})\n"
            f"{diff}"
        )

    def _describe_repeat(self, first: RunResult, other: RunResult, number: int) -> str:
        pairs = zip(first.records, other.records, strict=False)
        index = next((i for i, (a, b) in enumerate(pairs) if a[1] != b[1]), None)
        if index is None:  # one run printed more lines than the other
            index = min(len(first.records), len(other.records))
        line = (first.records[index:] or other.records[index:])[0][0]
        where = self.program.lines[line - 1].where() if line else "the page"
        a = first.records[index][1] if index < len(first.records) else "(nothing more)"
        b = other.records[index][1] if index < len(other.records) else "(nothing more)"
        return (
            f"output of {rel(self.program.page.path)} on {self.device} is not reproducible: "
            f"run 1 and run {number} differ\n  first at {where}\n    run 1:      {a}\n    run {number}: {b}\n"
            "  (print stable facts: shapes, dtypes, rounded values, never ids, times or addresses)"
        )

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, (ProgramFailure, WikiError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"{rel(self.program.page.path)} [{self.device}]"


def pytest_collection_modifyitems(session, config, items):
    shard = config.getoption("shard")
    if shard:
        keep, drop = shards.select(items, shard, recorded_durations())
        items[:] = keep
        config.hook.pytest_deselected(items=drop)
    # Pages that need the zygote's extra warm-up go last: the zygote that has it is ready by then.
    later = {id(i) for i in items if isinstance(i, PageProgram) and extras_for([i.program.source])}
    items[:] = [i for i in items if id(i) not in later] + [i for i in items if id(i) in later]
    config._wiki.plan(items)


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    state: RunnerState = config._wiki
    state.zygote.close()
    lines = []
    if state.entries:
        report_path = Path(config.getoption("runner_report"))
        entries = [RunEntry.from_dict(e, report_path) for e in state.entries]
        counts = Counter(e.status for e in merge_items(report_path, entries))
        durations = state.test_durations | {e.id: e.duration for e in entries if e.duration is not None}
        record_durations(REPORTS_DIR / DURATIONS_FILE.name, durations)
        lines.append(f"runner report: {rel(report_path)} ({dict(counts)})")
        reused = [e for e in state.entries if e.get("reused")]
        if reused:
            lines.append(f"reused {len(reused)} verdicts instead of running again (--no-cache runs everything):")
            lines += [f"  {e['id']}: {e['reused']}" for e in reused]
        if config.getoption("record_evidence"):
            for device in DEVICES:
                mine = [e for e in entries if e.device == device and e.status in VERDICTS]
                if mine:
                    merge_items(EVIDENCE_DIR / f"{device}.json", mine)
                    lines.append(f"evidence: {len(mine)} verdicts written to {rel(EVIDENCE_DIR)}/{device}.json")
            if any(e.device == "cpu" and e.status in VERDICTS for e in entries):
                record_durations(DURATIONS_FILE, durations)
                lines.append(f"durations of {len(durations)} tests written to {rel(DURATIONS_FILE)} (for CI's shards)")
    for item_id, modules in state.slow_imports.items():
        roots = Counter(m.split(".")[0] if not m.startswith("torch.") else ".".join(m.split(".")[:2]) for m in modules)
        biggest = ", ".join(root for root, _ in roots.most_common(5))
        lines.append(
            f"slow start: {item_id} imported {len(modules)} modules the zygote had not ({biggest}); "
            "importing them in the zygote (wikirunner/sandbox.py: warm_up or WARM_EXTRAS) would spare every run "
            "that time"
        )
    if config.getoption("require_cuda") and not any(
        e["device"] == "cuda" and e["status"] == "passed" for e in state.entries
    ):
        lines.append("FAILED: --require-cuda was given but no page program passed on CUDA")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    config._wiki_summary = lines


def pytest_terminal_summary(terminalreporter, config):
    for line in getattr(config, "_wiki_summary", []):
        terminalreporter.write_line(line)
