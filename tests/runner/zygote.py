"""The zygote: a process that imports torch once and forks one child per page program.

Every child starts as a copy of this untouched process, so importing torch is paid once while no page can see
another page's state. The zygote never initialises CUDA (a forked child could not use it); each `cuda` child
sets up its own CUDA context. Jobs arrive as JSON lines on stdin; each answer is one JSON line on stdout.

Per child the zygote enforces the time limit (killing the child's whole process group) and a memory limit,
and turns a child that died without a result (os._exit, a signal, a kill) into an error with a line number.
"""

import gc
import json
import os
import re
import select
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

GRACE_S = 3.0  # after the timeout, faulthandler has this long to print where the page was stuck


def rss_anon_mb(pid: int | str) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Standby:
    """A child forked ahead of time, set up and waiting for its page, so that forking (and, later, the
    teardown of the finished child) happens on another core while a page runs."""

    def __init__(self, base: Path, env: dict, sandbox):
        job_r, self.job_w = os.pipe()
        self.result_r, result_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 0
            try:
                os.close(self.job_w)
                os.close(self.result_r)
                sandbox.prepare(base / str(os.getpid()) / "work", env)
                with os.fdopen(job_r, encoding="utf-8") as jobs:
                    job = json.loads(jobs.readline() or "null")
                if job is not None:
                    out = os.fdopen(result_w, "w", encoding="utf-8")
                    sandbox.execute(job, lambda result: (out.write(json.dumps(result) + "\n"), out.flush()))
            except BaseException:
                code = 3
            finally:
                os._exit(code)
        os.close(job_r)
        os.close(result_w)
        self.folder = base / str(self.pid)


def main() -> None:
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # anything an import prints must not reach the protocol
    env = dict(os.environ)

    import numpy  # noqa: F401  (most pages use it; import it once here)
    import torch

    from runner import sandbox

    sandbox.warm_up(torch)
    gc.collect()
    gc.freeze()  # keep the children from copying the zygote's objects when the collector walks them
    base = Path(tempfile.mkdtemp(prefix="wiki-zygote-"))
    base_mb = rss_anon_mb("self")
    finished: list[Standby] = []
    standby = Standby(base, env, sandbox)
    protocol.write(json.dumps({"ready": True, "torch": torch.__version__, "pid": os.getpid()}) + "\n")
    try:
        for line in sys.stdin:
            job, current = json.loads(line), standby
            os.write(current.job_w, (line.rstrip("\n") + "\n").encode("utf-8"))
            os.close(current.job_w)
            protocol.write(json.dumps(supervise(current, job, base_mb)) + "\n")
            standby = Standby(base, env, sandbox)  # while the runner looks at the result
            finished.append(current)
            finished = [c for c in finished if not reap(c)]
    finally:
        os.close(standby.job_w)  # the standby reads EOF and leaves
        for child in [*finished, standby]:
            reap(child, block=True)
        shutil.rmtree(base, ignore_errors=True)


def reap(child: Standby, block: bool = False) -> bool:
    try:
        done, _ = os.waitpid(child.pid, 0 if block else os.WNOHANG)
    except ChildProcessError:
        done = child.pid
    if done:
        shutil.rmtree(child.folder, ignore_errors=True)
    return bool(done)


def supervise(child: Standby, job: dict, base_mb: float) -> dict:
    """Wait for the child's result; kill its process group past the time or memory limit."""
    start = time.perf_counter()
    deadline = start + job["timeout"] + GRACE_S
    limit_mb = base_mb + job["memory_mb"]
    buffer, killed = b"", None
    with os.fdopen(child.result_r, "rb", buffering=0) as results:
        while b"\n" not in buffer:
            ready, _, _ = select.select([results], [], [], 0.1)
            if ready:
                chunk = results.read(1 << 16)
                if not chunk:
                    break  # the child is gone without a (complete) result
                buffer += chunk
                continue
            if time.perf_counter() > deadline:
                killed = "timeout"
            elif rss_anon_mb(child.pid) > limit_mb:
                killed = "memory"
            if killed:
                break
    duration = time.perf_counter() - start
    try:
        os.killpg(child.pid, signal.SIGKILL)  # whatever the page started goes with it
    except (ProcessLookupError, PermissionError):
        pass
    if b"\n" in buffer:
        result = json.loads(buffer.split(b"\n", 1)[0])
    else:
        _, status = os.waitpid(child.pid, 0)
        stderr = _tail(child.folder / "stderr.txt")
        result = {"records": [], "warnings": [], "error": died(status, killed, stderr, job), "stderr": stderr}
    result["duration"] = duration
    return result


def died(status: int, killed: str | None, stderr: str, job: dict) -> dict:
    """What to say when a child ended without a result of its own."""
    lines = [int(n) for n in re.findall(rf'File "{re.escape(job["filename"])}", line (\d+)', stderr)]
    where = lines[:1]  # faulthandler prints the most recent call first
    if killed == "memory":
        message = f"the page used more than {job['memory_mb']} MiB of memory (the runner's limit) and was stopped"
        return {"type": "MemoryLimit", "message": message, "lines": where}
    if killed == "timeout" or "Timeout (" in stderr:
        message = f"did not finish within {job['timeout']:g} s; it was stopped at the line below"
        return {"type": "Timeout", "message": message, "lines": where}
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        how = "it wrote more than the runner's file size limit" if sig == signal.SIGXFSZ else "a crash"
        return {"type": "Crash", "message": f"the process was killed by {name} ({how})", "lines": where}
    if "Fatal Python error" in stderr:
        first = next(t for t in stderr.splitlines() if "Fatal Python error" in t)
        return {"type": "Crash", "message": f"the process crashed: {first.strip()}", "lines": where}
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else status
    return {"type": "Crash", "message": f"the process ended without a result (exit status {code})", "lines": where}


def _tail(path: Path, size: int = 8192) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - size))
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""


if __name__ == "__main__":
    main()
