"""What runs inside a child forked by the zygote: `prepare` (before the page is known: own process group,
fresh working directory, output files; the starting state is the zygote's, set by `warm_up`), then `execute`
(fence the page in, run its program once, send back what it printed, where, and what went wrong)."""

import faulthandler
import functools
import itertools
import linecache
import os
import random
import re
import resource
import signal
import socket
import sys
import traceback
import types
import warnings
from pathlib import Path

from wikirunner import drawing

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
WRITE_EVENTS = {"os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.truncate", "os.chmod", "shutil.rmtree"}
SOCKET_EVENTS = {"socket.connect", "socket.bind", "socket.sendto"}
NETWORK_EVENTS = SOCKET_EVENTS | {"socket.getaddrinfo", "socket.gethostbyname"}
NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
SEED = 0  # of random, NumPy and torch, for every page


class OutputLimitExceeded(Exception):
    pass


class UnshownFigure(Exception):
    pass


class LineRecorder:
    """A stdout that remembers, for every printed line, the program line being executed, up to a size limit."""

    def __init__(self, filename: str, limit: int):
        self.filename, self.limit, self.size = filename, limit, 0
        self.records: list[list] = []  # [program line or None, text]
        self.pending, self.pending_line = "", None

    def write(self, text: str) -> int:
        if not text:
            return 0
        self.size += len(text.encode("utf-8", "replace"))
        if self.size > self.limit:
            raise OutputLimitExceeded(f"the page printed more than {self.limit // 1024} KiB (the runner's limit)")
        if not self.pending:
            self.pending_line = program_line(self.filename, 2)
        self.pending += text
        *done, self.pending = self.pending.split("\n")
        for line in done:
            self.records.append([self.pending_line, line])
            self.pending_line = program_line(self.filename, 2)
        return len(text)

    def mark(self, text: str) -> None:
        """A record that is not printed text (a figure), at the line being executed."""
        self.close()
        self.records.append([program_line(self.filename, 2), text])

    def flush(self):
        pass

    def isatty(self):
        return False

    def close(self):
        if self.pending:
            self.records.append([self.pending_line, self.pending])
            self.pending = ""


def program_line(filename: str, depth: int = 1):
    """The line of the page program being executed (the innermost frame of the reader's code)."""
    frame = sys._getframe(depth)
    while frame is not None and frame.f_code.co_filename != filename:
        frame = frame.f_back
    return frame.f_lineno if frame is not None else None


def describe_error(exc: BaseException, filename: str) -> dict:
    """The exception, cut down to the frames of the reader's code."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f.lineno for f in frames if f.filename == filename]
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        lines.append(exc.lineno)
    last = frames[-1:] if not isinstance(exc, SyntaxError) else []
    outside = f"{last[0].filename}:{last[0].lineno}" if last and last[0].filename != filename else None
    if outside and outside.startswith(os.path.dirname(__file__)):
        outside = None  # raised by the runner's own fence: the message says why
    if isinstance(exc, SystemExit):
        message = f"the page called sys.exit({exc.code!r}); a page must run to its end"
    elif isinstance(exc, (OutputLimitExceeded, UnshownFigure)):
        message = str(exc)
    else:
        message = "".join(traceback.format_exception_only(exc)).strip()
    return {"type": type(exc).__name__, "message": message, "lines": lines, "outside": outside}


def _fence(root: Path, workdir: Path):
    """Refuse network access and writes into the repository, with a message that says so."""
    root_s = str(root) + os.sep

    def inside_repo(path) -> bool:
        if isinstance(path, int):
            return False
        try:
            target = os.path.realpath(os.path.join(workdir, os.fsdecode(path)))
        except (TypeError, ValueError):
            return False
        return (target + os.sep).startswith(root_s)

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            writes = (mode and any(c in mode for c in "wax+")) or (isinstance(flags, int) and flags & WRITE_FLAGS)
            if writes and path is not None and inside_repo(path):
                raise PermissionError(f"a page may not write into the repository: {os.fsdecode(path)}")
        elif event in WRITE_EVENTS:
            if any(isinstance(a, (str, bytes, os.PathLike)) and inside_repo(a) for a in args[:2]):
                raise PermissionError(f"a page may not change the repository ({event} {args[0]!r})")
        elif event in NETWORK_EVENTS:
            if event in SOCKET_EVENTS and getattr(args[0], "family", None) not in NETWORK_FAMILIES:
                return  # a local (Unix) socket, as multiprocessing uses between a DataLoader and its workers
            raise PermissionError(f"network access is disabled while the wiki runs a page ({event} {args[1:]!r})")

    sys.addaudithook(hook)


def _limits(device: str, memory_mb: int, file_mb: int):
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_mb << 20, file_mb << 20))
    if device == "cpu":  # CUDA reserves far more address space than it uses, so only CPU pages get RLIMIT_AS
        with open("/proc/self/statm") as f:
            size = int(f.read().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (size + (memory_mb << 20),) * 2)


def reset_state(torch, device: str):
    """The starting state every page shares: set once in the zygote, inherited by each forked child."""
    random.seed(SEED)
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_printoptions(profile="default")
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    if torch.are_deterministic_algorithms_enabled():  # the setter imports torch._dynamo: only when needed
        torch.use_deterministic_algorithms(False)
    torch.set_num_threads(1)
    if device == "cuda":
        torch.set_default_device("cuda")
    else:
        torch.set_default_device(None)
    warnings.resetwarnings()  # then Python's own defaults, as when the reader runs the code as a script
    warnings.simplefilter("default")
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.filterwarnings("ignore", category=category)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")


# Extra first-call work, done in a second zygote only when some page of the run needs it (by its source), so
# that the other pages need not wait for it. Optimizers, torch.compile and deterministic mode import
# torch._dynamo and about 800 modules with it (~1.5 s); shape checks behind a backward with explicit gradients,
# broadcast_shapes and unravel_index import sympy (~0.5 s). A page that needs it but was not routed to the
# warmed-up zygote is not wrong, only that much slower (the summary names it: see plugin.SLOW_IMPORTS); one
# routed there without need (any backward with arguments is) only runs later.
WARM_EXTRAS = {
    "dynamo": re.compile(r"\boptim\b|\bcompile\(|_dynamo|\bexport\b|use_deterministic_algorithms"),
    "sympy": re.compile(r"broadcast_shapes|unravel_index|\bgrad_(?:tensors|outputs)\b|backward\((?!\s*\))"),
    "matplotlib": re.compile(r"\bmatplotlib\b"),  # importing it and drawing a first figure: ~1 s
}


def warm_up(torch, extras: list[str]) -> None:
    """Run, once in the zygote, the first-call work that pages would otherwise pay for again (lazy imports
    behind printing, autograd, NumPy interop, DataLoader; then what `extras` asks for: shape checks, optimizers),
    then set the shared starting state."""
    import numpy as np

    if "sympy" in extras:
        import torch.fx.experimental.symbolic_shapes  # noqa: F401
    if "matplotlib" in extras:
        drawing.prepare()
        drawing.warm_up()

    x = torch.linspace(0, 1, 6, requires_grad=True).reshape(2, 3)
    (x * 2).sum().backward()
    y = torch.from_numpy(np.arange(6.0)).float().view(2, 3) @ x.detach().T
    repr(y), repr(x), str(torch.tensor([1, 2])), repr(torch.zeros(2, dtype=torch.float64).numpy())
    torch.as_tensor([1.0]).clone().detach().tolist()
    model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU())
    data = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x.detach(), x.detach()), batch_size=2)
    optimizers = (torch.optim.SGD, torch.optim.Adam) if "dynamo" in extras else ()
    for optimizer in (make(model.parameters(), lr=0.1) for make in optimizers):
        scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1)
        for inputs, _ in data:
            optimizer.zero_grad()
            model(inputs).sum().backward()
            optimizer.step()
        scheduler.step()
    [len(batch) for batch in data], repr(model)
    reset_state(torch, "cpu")


def extras_for(sources: list[str]) -> list[str]:
    return sorted(set().union(*map(_extras_of, sources)))


@functools.cache  # asked of every program three times a run: planning, ordering, sending
def _extras_of(source: str) -> frozenset[str]:
    return frozenset(name for name, pattern in WARM_EXTRAS.items() if pattern.search(source))


def prepare(workdir: Path) -> None:
    """Everything that does not depend on the job, done by a standby child before its page arrives.
    The environment is the zygote's, which the runner set and no page can change; only the folders differ."""
    os.setsid()  # the page and whatever it starts form one process group, killed together
    random.seed(SEED)  # `random` reseeds itself from the OS in every forked child (its os.register_at_fork hook)
    os.mkdir(workdir.parent)
    os.mkdir(workdir)
    os.chdir(workdir)
    os.environ["TMPDIR"] = os.environ["HOME"] = str(workdir)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)  # the zygote's stdin carries its jobs: a page must not read them
    os.close(null)
    for fd, name in ((1, "stdout.txt"), (2, "stderr.txt")):
        out = os.open(workdir.parent / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, fd)
        os.close(out)
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
    faulthandler.enable(sys.stderr)  # the zygote's state is already the shared starting state: see warm_up


def execute(job: dict, send) -> None:
    """Run the job's program and `send` the result (one JSON-able dict)."""
    result = {"records": [], "error": None, "warnings": []}
    try:
        if job["device"] == "cpu":
            os.environ["CUDA_VISIBLE_DEVICES"] = ""
        # A timer signal, not faulthandler's watchdog thread: in a child with a second thread, every
        # copy-on-write fault must flush the other core's TLB too (about 7% of a run's CPU time here).
        faulthandler.register(signal.SIGALRM, sys.stderr, chain=True)  # print where it is, then die of SIGALRM
        signal.setitimer(signal.ITIMER_REAL, job["timeout"])
        _limits(job["device"], job["memory_mb"], job["file_mb"])
        result.update(_run_program(job, send))
    except BaseException as exc:  # the runner's own failure, reported as such
        result["error"] = {"type": "RunnerError", "message": repr(exc), "lines": [], "outside": None}
    result["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    send(result)


def _main_module() -> types.ModuleType:
    """A fresh `__main__` for the page, as when the reader runs it as a script: pickle finds the classes and
    functions it defines there (torch.save of an object, a DataLoader worker under spawn)."""
    main = types.ModuleType("__main__")
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    return main


def _run_program(job: dict, send) -> dict:
    import torch

    filename, device = job["filename"], job["device"]
    result = {"records": [], "error": None, "warnings": [], "torch": torch.__version__}
    if device == "cuda":
        if not torch.cuda.is_available():
            result["error"] = {"type": "NoCUDA", "message": "torch.cuda.is_available() is False", "lines": []}
            return result
        result.update(cuda=torch.version.cuda, gpu=torch.cuda.get_device_name(0))
    if job.get("probe"):
        return result
    if device == "cuda" and job.get("cuda_default_device", True):
        torch.set_default_device("cuda")
    _fence(Path(job["root"]), Path(os.getcwd()))

    def record_warning(message, category, path, lineno, file=None, line=None):
        text = str(message).strip().splitlines()[0][:500] if str(message).strip() else ""
        result["warnings"].append({"category": category.__name__, "message": text, "line": program_line(filename, 2)})

    warnings.showwarning = record_warning

    real_exit, me = os._exit, os.getpid()

    def exit_now(status):  # os._exit skips everything: leave the line behind first
        if os.getpid() != me:  # a process the page forked (a DataLoader worker, say) ending normally
            real_exit(status)
        result["error"] = {
            "type": "Exit",
            "message": f"the page called os._exit({status}); a page must run to its end",
            "lines": [n for n in [program_line(filename, 2)] if n],
        }
        send(result)
        real_exit(status)

    os._exit = exit_now
    known = len(sys.modules)
    recorder = LineRecorder(filename, job["output_limit"])
    # Where `inspect` (and so torch.jit.script) looks for the source of the page's own functions.
    linecache.cache[filename] = (len(job["source"]), None, job["source"].splitlines(True), filename)
    figures = None
    if WARM_EXTRAS["matplotlib"].search(job["source"]):
        drawing.prepare()
        figures = drawing.capture(recorder.mark)
    real_stdout, sys.stdout = sys.stdout, recorder
    try:
        exec(compile(job["source"], filename, "exec"), _main_module().__dict__)
        if figures is not None and drawing.unshown():
            raise UnshownFigure("the page drew a figure it never showed: call plt.show() after drawing it")
    except BaseException as exc:  # SystemExit and KeyboardInterrupt are failures of the page too
        result["error"] = describe_error(exc, filename)
    finally:
        sys.stdout = real_stdout
        os._exit = real_exit
        recorder.close()
    signal.setitimer(signal.ITIMER_REAL, 0)
    if device == "cuda" and not result["error"] and not torch.cuda.is_initialized():
        result["error"] = {
            "type": "NoCUDAWork",
            "message": "the page ran on the cuda item but never used CUDA (nothing was created on the GPU)",
            "lines": [],
        }
    result["records"] = recorder.records
    result["figures"] = figures or []
    # The newest entries, read from the end: walking the old ones would copy ~1,300 pages of the zygote's heap
    # (iterating touches each name's reference count), more than most pages cost.
    new = itertools.islice(reversed(sys.modules), max(0, len(sys.modules) - known))
    result["imports"] = list(new)[::-1]
    return result
