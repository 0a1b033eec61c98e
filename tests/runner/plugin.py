"""The snippet runner, as a pytest plugin: every page with Python code becomes one test item per device.

For each page the runner resolves its `--8<--` includes, takes its Python code blocks in order, runs them as
one program in a fresh process, and compares what it prints with the `#>` lines shown on the page.
The Korean and English pages of a topic show the same code, so it runs once for both.
"""

import difflib
import json
import subprocess
import sys
import time
from functools import cache
from pathlib import Path

import pytest
from wikilib.errors import WikiError
from wikilib.layout import (
    DEFAULT_LANG,
    DOCS,
    LANGS,
    PAGE_SUFFIXES,
    REPORT_FILE,
    page_lang,
    rel,
    sibling,
)
from wikilib.pages import DEVICES, Program, load_page
from wikilib.report import merge_report

from runner import outputs
from runner.execute import child_env, run_program


def pytest_addoption(parser):
    group = parser.getgroup("wiki", "PyTorch Concept Wiki snippet runner")
    group.addoption("--update-outputs", action="store_true", help="rewrite the #> lines from the real output (CPU run)")
    group.addoption(
        "--require-cuda", action="store_true", help="fail the cuda items instead of skipping them without a GPU"
    )
    group.addoption(
        "--snippet-timeout", type=float, default=120.0, help="seconds each page program may run (default 120)"
    )
    group.addoption("--device", action="append", choices=DEVICES, help="only run the items of this device (repeatable)")
    group.addoption("--runner-report", default=str(REPORT_FILE), help="where to write the JSON report")


def pytest_configure(config):
    config._wiki_entries = []
    config._wiki_ids = set()


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix in PAGE_SUFFIXES and DOCS in file_path.resolve().parents:
        return PageFile.from_parent(parent, path=file_path)
    return None


@cache
def _program(path: Path) -> Program:
    return Program(load_page(path))


class PageFile(pytest.File):
    def collect(self):
        try:
            program = _program(self.path.resolve())
        except WikiError as err:
            yield BrokenPage.from_parent(self, name="page", error=err)
            return
        if not program.lines:
            return
        programs = [program]
        lang = page_lang(self.path)
        for other_lang in LANGS:
            other = sibling(self.path.resolve(), other_lang)
            if other_lang == lang or not other.exists():
                continue
            try:
                twin = _program(other)
            except WikiError:
                continue  # reported when that page is collected
            if twin.source == program.source:
                if other_lang == DEFAULT_LANG:
                    return  # the same program is collected with the default-language page
                programs.append(twin)
        devices = [d for d in program.page.devices if d in (self.config.getoption("device") or DEVICES)]
        for device in devices:
            yield PageProgram.from_parent(self, name=device, programs=programs, device=device)


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


@cache
def cuda_available() -> bool:
    probe = "import torch; print(torch.cuda.is_available())"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=child_env("cuda"))
    return result.stdout.strip() == "True"


class PageProgram(pytest.Item):
    def __init__(self, *, programs: list[Program], device: str, **kwargs):
        super().__init__(**kwargs)
        self.programs, self.device = programs, device
        self.config._wiki_ids.add(self.nodeid)
        self.entry = {"id": self.nodeid, "pages": [rel(p.page.path) for p in programs], "device": device}

    @property
    def program(self) -> Program:
        return self.programs[0]

    def runtest(self):
        started = time.time()
        self.entry.update(status="failed", duration=None, torch=None)
        self.config._wiki_entries.append(self.entry)
        if self.device == "cuda" and not cuda_available():
            reason = f"{rel(self.program.page.path)}: no CUDA device visible (torch.cuda.is_available() is False)"
            if self.config.getoption("require_cuda"):
                raise ProgramFailure(f"{reason}, and --require-cuda was given")
            self.entry.update(status="skipped", reason=reason)
            pytest.skip(reason)
        filename = f"<wiki:{rel(self.program.page.path)}>"
        result = run_program(self.program.source, filename, self.device, self.config.getoption("snippet_timeout"))
        self.entry.update(duration=round(result.duration, 3), torch=result.torch, **result.extra)
        self.entry["ran_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
        if result.error:
            raise ProgramFailure(self._describe_error(result.error, result.stderr))
        lines = self.program.lines
        placed = outputs.placed_outputs(lines, result.records, self.device)
        expected, actual = outputs.render(lines, None), outputs.render(lines, placed)
        if [t for _, t in expected] != [t for _, t in actual]:
            if self.config.getoption("update_outputs") and self.device == "cpu":
                changed = []
                for program in self.programs:  # twins show the same code; notebooks keep their own outputs
                    changed += outputs.rewrite(program.lines, placed, frozenset(changed))
                self.entry.update(status="updated", updated=[rel(p) for p in changed])
                return
            raise ProgramFailure(self._describe_stale(expected, actual))
        self.entry["status"] = "passed"

    # Messages -------------------------------------------------------------------------------------------

    def _shown_at(self, number: int) -> str:
        where = [p.lines[number - 1].page_where() for p in self.programs if number <= len(p.lines)]
        return " and ".join(where)

    def _describe_error(self, error: dict, stderr: str) -> str:
        if error["type"] == "NoCUDA":
            return "the program was sent to CUDA but the child process saw no GPU"
        lines = [n for n in error["lines"] if n and 1 <= n <= len(self.program.lines)]
        head = f"{error['type']} in the code of {rel(self.program.page.path)} on {self.device}"
        out = [head]
        if lines:
            innermost = lines[-1]
            ln = self.program.lines[innermost - 1]
            out.append(f"  at {ln.where()}  (shown at {self._shown_at(innermost)})")
        for n in lines:
            ln = self.program.lines[n - 1]
            out.append(f"    {ln.where()}: {ln.text.strip()}")
        if error.get("outside"):
            out.append(f"    ... raised inside {error['outside']}")
        out.append(error["message"])
        tail = [t for t in stderr.strip().splitlines() if t.strip()][-15:]
        if tail and error["type"] in ("Crash", "Timeout"):
            out += ["stderr (last lines):", *("  " + t for t in tail)]
        return "\n".join(out)

    def _describe_stale(self, expected, actual) -> str:
        ln, exp, act = outputs.first_difference(expected, actual)
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
            "  (run `make test PYTEST_ARGS=--update-outputs` to rewrite the #> lines, then review the diff)\n"
            f"{diff}"
        )

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, (ProgramFailure, WikiError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"{rel(self.program.page.path)} [{self.device}]"


def pytest_sessionfinish(session):
    config = session.config
    if getattr(config, "workerinput", None) is not None or not config._wiki_ids:
        return
    path = Path(config.getoption("runner_report"))
    report = merge_report(config._wiki_entries, path)
    counts = {}
    for entry in report["items"]:
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    config._wiki_summary = f"runner report: {rel(path)} ({json.dumps(counts)})"


def pytest_terminal_summary(terminalreporter, config):
    if getattr(config, "_wiki_summary", None):
        terminalreporter.write_line(config._wiki_summary)
