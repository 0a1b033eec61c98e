"""The zygote: a process that imports torch once and forks one child per page program.

Every child starts as a copy of this untouched process, so importing torch is paid once while no page can see
another page's state. The zygote never initialises CUDA (a forked child could not use it); each `cuda` child
sets up its own CUDA context. The first line on stdin names the extra warm-up the run's pages need; jobs follow
as JSON lines and run up to one per core at once; each answer is one JSON line on stdout, tagged with the
job's id.

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
import tempfile
import time
from collections import deque
from pathlib import Path

GRACE_S = 3.0  # after the timeout, the child's own timer has this long to print where the page was stuck


def rss_anon_mb(pid: int | str) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Child:
    """A child forked ahead of time, set up and waiting for its page (a "standby"), so that the fork, and
    later the teardown of a finished child, happen on another core while pages run."""

    def __init__(self, base: Path, sandbox, close: tuple[int, ...]):
        job_r, self.job_w = os.pipe()
        self.result_r, result_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 0
            try:
                for fd in (self.job_w, self.result_r, *close):
                    os.close(fd)
                sandbox.prepare(base / str(os.getpid()) / "work")
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
        self.job: dict | None = None
        self.started = self.deadline = 0.0
        self.buffer = b""

    def start(self, job: dict) -> None:
        self.job, self.started = job, time.perf_counter()
        self.deadline = self.started + job["timeout"] + GRACE_S
        os.write(self.job_w, (json.dumps(job) + "\n").encode("utf-8"))
        os.close(self.job_w)

    def read(self) -> bool:
        """Take what the child sent; True once its result is complete (or it is gone without one)."""
        chunk = os.read(self.result_r, 1 << 16)
        self.buffer += chunk
        return not chunk or b"\n" in self.buffer


class Back:
    """The second zygote, which also has the extra warm-up (`warm`): the front sends it the jobs that need
    that warm-up and passes its answers on. Its first line says that it is warm."""

    def __init__(self, job_w: int, answer_r: int, warm: list[str]):
        self.job_w, self.answer_r, self.warm = job_w, answer_r, set(warm)
        os.set_blocking(job_w, False)  # the back may be busy warming up: the front must never wait on it
        self.outbox = self.buffer = b""
        self.waiting = 0
        self.warming = True

    def takes(self, job: dict) -> bool:
        return bool(set(job.get("warm", ())) & self.warm)

    def send(self, line: bytes = b"") -> None:
        """Queue `line` for the back; write as much of the queue as its pipe takes now."""
        if line:
            self.outbox += line + b"\n"
            self.waiting += 1
        try:
            self.outbox = self.outbox[os.write(self.job_w, self.outbox) :] if self.outbox else b""
        except BlockingIOError:
            pass

    def close(self) -> None:
        """No more jobs: the back finishes (as the front does, dropping what it still holds) and exits."""
        os.close(self.job_w)
        self.outbox, self.waiting = b"", 0

    def answers(self) -> list[bytes] | None:
        """Complete answer lines read so far; None once the back zygote has closed its end."""
        chunk = os.read(self.answer_r, 1 << 16)
        if not chunk:
            if self.waiting:
                raise RuntimeError("the second zygote exited with jobs unanswered")
            return None
        *lines, self.buffer = (self.buffer + chunk).split(b"\n")
        if self.warming and lines:
            self.warming = False
            lines = lines[1:]
        self.waiting -= len(lines)
        return lines


class Zygote:
    """Runs up to `parallel` children at once; answers each job (by its id) as soon as its child is done.
    With a `back`, the jobs that need the back's extra warm-up go there instead."""

    def __init__(self, jobs_fd: int, protocol, sandbox, parallel: int, back: Back | None = None):
        self.jobs_fd, self.protocol, self.sandbox, self.parallel = jobs_fd, protocol, sandbox, parallel
        self.back = back
        self.base = Path(tempfile.mkdtemp(prefix="wiki-zygote-"))
        self.base_mb = rss_anon_mb("self")
        self.queue: deque[dict] = deque()
        self.running: dict[int, Child] = {}  # result fd -> child
        self.finished: list[Child] = []
        self.standby = self._fork()

    def _fork(self) -> Child:
        keep_out = (
            self.protocol.fileno(),
            *self.running,
            *((self.back.job_w, self.back.answer_r) if self.back else ()),
        )
        return Child(self.base, self.sandbox, keep_out)

    def _take(self, lines: list[bytes]) -> None:
        for line in filter(bytes.strip, lines):
            job = json.loads(line)
            if self.back and self.back.takes(job):
                self.back.send(line)
            else:
                self.queue.append(job)

    def serve(self, pending: bytes) -> None:
        jobs_open, back_open = True, self.back is not None
        *lines, pending = pending.split(b"\n")
        self._take(lines)
        while jobs_open or back_open or self.queue or self.running:
            watched = ([self.jobs_fd] if jobs_open else []) + ([self.back.answer_r] if back_open else [])
            to_back = [self.back.job_w] if self.back and self.back.outbox else []
            ready, writable, _ = select.select(watched + list(self.running), to_back, [], 0.1 if self.running else None)
            if writable:
                self.back.send()
            for fd in ready:
                if fd == self.jobs_fd:
                    data = os.read(fd, 1 << 16)
                    jobs_open = bool(data)
                    if not jobs_open:  # the runner is done: nobody wants the results of jobs still here
                        self.queue.clear()
                        for child in self.running.values():
                            kill_group(child.pid)
                        if self.back:
                            self.back.close()
                    *lines, pending = (pending + data).split(b"\n")
                    self._take(lines)
                elif self.back and fd == self.back.answer_r:
                    answers = self.back.answers()
                    back_open = answers is not None
                    for line in answers or ():
                        self.protocol.write(line.decode("utf-8") + "\n")
                elif self.running[fd].read():
                    self._answer(self.running.pop(fd), None)
            self._police()
            # While the back warms up, it has a core of its own: its pages wait for it, the front's can wait.
            parallel = max(1, self.parallel - 1) if self.back and self.back.warming else self.parallel
            while self.queue and len(self.running) < parallel:
                child, self.standby = self.standby, None
                child.start(self.queue.popleft())
                self.running[child.result_r] = child
                self.standby = self._fork()  # while the page runs
            self.finished = [c for c in self.finished if not reap(c)]
        os.close(self.standby.job_w)  # the standby reads EOF and leaves
        for child in [*self.finished, self.standby]:
            reap(child, block=True)
        shutil.rmtree(self.base, ignore_errors=True)

    def _police(self) -> None:
        """Stop children past their time or memory limit."""
        now = time.perf_counter()
        for fd, child in list(self.running.items()):
            if now > child.deadline:
                self._answer(self.running.pop(fd), "timeout")
            elif rss_anon_mb(child.pid) > self.base_mb + child.job["memory_mb"]:
                self._answer(self.running.pop(fd), "memory")

    def _answer(self, child: Child, killed: str | None) -> None:
        duration = time.perf_counter() - child.started
        kill_group(child.pid)  # whatever the page started goes with it
        os.close(child.result_r)
        if b"\n" in child.buffer and not killed:
            result = json.loads(child.buffer.split(b"\n", 1)[0])
        else:
            _, status = os.waitpid(child.pid, 0)
            stderr = _tail(child.folder / "stderr.txt")
            error = died(status, killed, stderr, child.job)
            result = {"records": [], "warnings": [], "error": error, "stderr": stderr}
        result.update(id=child.job["id"], duration=duration)
        self.protocol.write(json.dumps(result) + "\n")
        self.finished.append(child)


def main() -> None:
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # anything an import prints must not reach the protocol
    # No garbage collection while torch is imported and warmed up: it would walk every object again and again
    # (~0.5 s) to free almost nothing. Then everything is frozen, so no child's collector touches it.
    gc.disable()

    import numpy  # noqa: F401  (most pages use it; import it once here)
    import torch

    from wikirunner import sandbox

    first, pending = read_line(0)  # the runner's first line names the extra warm-up its pages need
    if first is None:
        os._exit(0)
    extras = json.loads(first)["warm"]
    parallel = int(os.environ.get("WIKI_RUNNER_PARALLEL") or os.cpu_count() or 1)
    sandbox.warm_up(torch, [])
    ready_to_fork()
    back = None
    if extras:  # pages that need no extras start now, in a front zygote, while this one warms up the extras
        job_r, job_w = os.pipe()
        answer_r, answer_w = os.pipe()
        front = os.fork()
        if front:
            os.close(job_w), os.close(answer_r), protocol.close()
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)  # only the front reads the runner's jobs
            gc.disable()
            sandbox.warm_up(torch, extras)
            ready_to_fork()
            with os.fdopen(answer_w, "w", buffering=1, encoding="utf-8") as answers:
                answers.write("warm\n")
                Zygote(job_r, answers, sandbox, parallel).serve(b"")
            os.waitpid(front, 0)
            os._exit(0)
        os.close(job_r), os.close(answer_w)
        back = Back(job_w, answer_r, extras)
    zygote = Zygote(0, protocol, sandbox, parallel, back)
    protocol.write(json.dumps({"ready": True, "torch": torch.__version__}) + "\n")
    zygote.serve(pending)
    protocol.flush()
    os._exit(0)  # tearing down torch's globals would cost about a second and the runner waits for it


def ready_to_fork() -> None:
    gc.freeze()  # a child's collector would otherwise walk, and so copy, all of the zygote's objects
    gc.enable()  # for the pages


def read_line(fd: int) -> tuple[bytes | None, bytes]:
    """One line from `fd` (None at end of input) and whatever was read after it."""
    data = b""
    while b"\n" not in data:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return None, b""
        data += chunk
    line, rest = data.split(b"\n", 1)
    return line, rest


def kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def reap(child: Child, block: bool = False) -> bool:
    try:
        done, _ = os.waitpid(child.pid, 0 if block else os.WNOHANG)
    except ChildProcessError:
        done = child.pid
    if done:
        shutil.rmtree(child.folder, ignore_errors=True)
    return bool(done)


def died(status: int, killed: str | None, stderr: str, job: dict) -> dict:
    """What to say when a child ended without a result of its own."""
    lines = [int(n) for n in re.findall(rf'File "{re.escape(job["filename"])}", line (\d+)', stderr)]
    where = lines[:1]  # faulthandler prints the most recent call first
    if killed == "memory":
        message = f"the page used more than {job['memory_mb']} MiB of memory (the runner's limit) and was stopped"
        return {"type": "MemoryLimit", "message": message, "lines": where}
    if killed == "timeout" or (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM):
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
