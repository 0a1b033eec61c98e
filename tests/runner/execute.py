"""Run a page program in a fresh Python process and collect what it printed, line by line."""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

CHILD = Path(__file__).with_name("child.py")


@dataclass
class RunResult:
    records: list[tuple[int | None, str]]  # (program line, printed line)
    error: dict | None
    duration: float
    torch: str | None = None
    extra: dict = field(default_factory=dict)  # cuda version, GPU name
    stderr: str = ""


def child_env(device: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    env.update(OMP_NUM_THREADS="1", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    if device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""
    return env


def run_program(source: str, filename: str, device: str, timeout: float) -> RunResult:
    """Run `source` (compiled as `filename`) on `device` in a new process group inside a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="wiki-run-") as tmp:
        job, out = Path(tmp, "job.json"), Path(tmp, "result.json")
        work = Path(tmp, "work")
        work.mkdir()
        job.write_text(json.dumps({"source": source, "filename": filename, "device": device, "timeout": timeout}))
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(job), str(out)],
            cwd=work,
            env=child_env(device),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            _, err = proc.communicate(timeout=timeout + 15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
        duration = time.perf_counter() - start
        stderr = err.decode("utf-8", "replace")
        if not out.exists():
            return RunResult([], _crash(proc.returncode, stderr, filename, timeout), duration, stderr=stderr)
        data = json.loads(out.read_text(encoding="utf-8"))
        extra = {k: data[k] for k in ("cuda", "gpu") if k in data}
        records = [(line, text) for line, text in data["records"]]
        return RunResult(records, data["error"], duration, data.get("torch"), extra, stderr)


def _crash(returncode: int, stderr: str, filename: str, timeout: float) -> dict:
    """What to say when the child left no result: a timeout (faulthandler dumped the stack) or a crash."""
    lines = [int(n) for n in re.findall(rf'File "{re.escape(filename)}", line (\d+)', stderr)]
    if "Timeout (" in stderr:
        return {
            "type": "Timeout",
            "message": f"did not finish within {timeout:g} s",
            "lines": lines[:1],
            "outside": None,
        }
    how = f"killed by signal {-returncode}" if returncode < 0 else f"exit status {returncode}"
    return {
        "type": "Crash",
        "message": f"the process ended without a result ({how})",
        "lines": lines[:1],
        "outside": None,
    }
