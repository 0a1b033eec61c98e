"""Runs one page program in this (fresh) process and writes what happened as JSON.

Usage: python child.py JOB.json RESULT.json. Only the standard library and torch are imported here.
Every line the program prints is recorded with the program line that printed it, so the parent can put
the output under the right statement.
"""

import faulthandler
import json
import sys
import traceback


class LineRecorder:
    """A stdout that remembers, for every printed line, the program line being executed."""

    def __init__(self, filename: str):
        self.filename = filename
        self.records: list[list] = []  # [program line or None, text]
        self.pending = ""
        self.pending_line = None

    def _current_line(self):
        frame = sys._getframe(2)
        while frame is not None and frame.f_code.co_filename != self.filename:
            frame = frame.f_back
        return frame.f_lineno if frame is not None else None

    def write(self, text: str) -> int:
        if text:
            if not self.pending:
                self.pending_line = self._current_line()
            self.pending += text
            *done, self.pending = self.pending.split("\n")
            for line in done:
                self.records.append([self.pending_line, line])
                self.pending_line = self._current_line()
        return len(text)

    def flush(self):
        pass

    def close(self):
        if self.pending:
            self.records.append([self.pending_line, self.pending])
            self.pending = ""


def describe_error(exc: BaseException, filename: str) -> dict:
    """The exception, cut down to the frames of the reader's code."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        lines.append(exc.lineno)
    last = (
        traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ and not isinstance(exc, SyntaxError) else []
    )
    outside = f"{last[0].filename}:{last[0].lineno}" if last and last[0].filename != filename else None
    return {
        "type": type(exc).__name__,
        "message": "".join(traceback.format_exception_only(exc)).strip(),
        "lines": lines,
        "outside": outside,
    }


def main(job_path: str, result_path: str) -> None:
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    filename, result = job["filename"], {"records": [], "error": None}
    faulthandler.dump_traceback_later(job["timeout"], exit=True)

    import torch

    result["torch"] = torch.__version__
    torch.manual_seed(0)
    if job["device"] == "cuda":
        if not torch.cuda.is_available():
            result["error"] = {
                "type": "NoCUDA",
                "message": "torch.cuda.is_available() is False",
                "lines": [],
                "outside": None,
            }
            with open(result_path, "w", encoding="utf-8") as f:
                json.dump(result, f)
            return
        torch.set_default_device("cuda")
        result["cuda"] = torch.version.cuda
        result["gpu"] = torch.cuda.get_device_name(0)

    recorder = LineRecorder(filename)
    real_stdout, sys.stdout = sys.stdout, recorder
    try:
        exec(compile(job["source"], filename, "exec"), {"__name__": "__main__"})
    except BaseException as exc:  # SystemExit and KeyboardInterrupt are failures of the page too
        result["error"] = describe_error(exc, filename)
    finally:
        sys.stdout = real_stdout
        recorder.close()
    faulthandler.cancel_dump_traceback_later()
    result["records"] = recorder.records
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
