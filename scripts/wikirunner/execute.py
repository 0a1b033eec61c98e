"""The pytest side of the zygote: start it once per session, send it page programs, read back what they did."""

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from wikilib.layout import DOCS, ROOT

from wikirunner.sandbox import extras_for


@dataclass
class Limits:
    timeout: float = 120.0
    memory_mb: int = 4096
    output_limit: int = 1 << 20
    file_mb: int = 256


@dataclass
class RunResult:
    records: list[tuple[int | None, str]]  # (program line, printed line)
    error: dict | None
    duration: float
    warnings: list[dict] = field(default_factory=list)
    info: dict = field(default_factory=dict)  # torch, cuda, gpu, peak_mb
    stderr: str = ""
    imports: list[str] = field(default_factory=list)  # modules the page imported that the zygote had not
    figures: list[str] = field(default_factory=list)  # SVG of each figure shown, in the order of its record


def zygote_env() -> dict:
    """The environment of the zygote, and so of every page: the runner's, minus pytest's, plus these."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    threads = dict.fromkeys(("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"), "1")
    env.update(threads, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    # Objects in malloc's heap, backed by huge pages where the kernel allows it: forking the zygote and
    # tearing a child down then touch far fewer page tables (about half the runner's time per page).
    env["PYTHONMALLOC"] = "malloc"
    env["GLIBC_TUNABLES"] = ":".join(t for t in (env.get("GLIBC_TUNABLES"), "glibc.malloc.hugetlb=1") if t)
    env["PYTORCH_NVML_BASED_CUDA_CHECK"] = "1"  # is_available() without initialising CUDA: stays fork-safe
    return env


class ZygoteDied(RuntimeError):
    pass


class Zygote:
    """One long-lived `python -m wikirunner.zygote` process; restarted if it ever dies. Jobs may be submitted
    ahead of time (the zygote runs up to one per core at once) and their results collected in any order."""

    def __init__(self):
        self.proc: subprocess.Popen | None = None
        self.ready: dict | None = None
        self.log = tempfile.TemporaryFile()
        self.next_id = 0
        self.results: dict[int, dict] = {}
        self.waiting: set[int] = set()
        self.warm: list[str] = []  # extra warm-up for the zygote (see sandbox.WARM_EXTRAS), set before any job

    def start(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "wikirunner.zygote"],
                cwd=tempfile.gettempdir(),
                env=zygote_env(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self.log,
                text=True,
                encoding="utf-8",
                start_new_session=True,
            )
            self.ready = None
            self.results.clear()
            self.waiting.clear()

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            self.log.seek(0)
            tail = self.log.read()[-2000:].decode("utf-8", "replace")
            self.proc.wait()
            raise ZygoteDied(f"the runner's zygote process exited ({self.proc.returncode}): {tail}")
        return json.loads(line)

    def submit(self, job: dict) -> int:
        self.start()
        if self.ready is None:
            self.proc.stdin.write(json.dumps({"warm": self.warm}) + "\n")
            self.proc.stdin.flush()
            self.ready = self._read()
        self.next_id += 1
        self.proc.stdin.write(json.dumps(job | {"id": self.next_id}) + "\n")
        self.proc.stdin.flush()
        self.waiting.add(self.next_id)
        return self.next_id

    def result(self, job_id: int) -> dict:
        if job_id not in self.results and job_id not in self.waiting:
            raise ZygoteDied("the runner's zygote was restarted and lost this job")
        while job_id not in self.results:
            answer = self._read()
            self.waiting.discard(answer["id"])
            self.results[answer["id"]] = answer
        return self.results.pop(job_id)

    def run(self, job: dict) -> dict:
        return self.result(self.submit(job))

    def close(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def may_hold_pages(arg: str) -> bool:
    path = Path(arg.split("::")[0]).resolve()
    return path == DOCS or DOCS in path.parents or path in DOCS.parents


def make_job(source: str, filename: str, device: str, limits: Limits) -> dict:
    return {
        "source": source,
        "filename": filename,
        "device": device,
        "root": str(ROOT),
        "timeout": limits.timeout,
        "memory_mb": limits.memory_mb,
        "output_limit": limits.output_limit,
        "file_mb": limits.file_mb,
        "warm": extras_for([source]),
    }


def to_result(data: dict) -> RunResult:
    records = [(line, text) for line, text in data["records"]]
    info = {k: data[k] for k in ("torch", "cuda", "gpu", "peak_mb") if data.get(k) is not None}
    return RunResult(
        records,
        data["error"],
        data["duration"],
        data["warnings"],
        info,
        data.get("stderr", ""),
        data.get("imports", []),
        data.get("figures", []),
    )


def probe_cuda(zygote: Zygote) -> dict:
    """Ask a throwaway child whether it can see a GPU (the zygote itself must never touch CUDA)."""
    return zygote.run(make_job("", "<probe>", "cuda", Limits()) | {"probe": True})
