"""One error type for bad input, always pointing at a file and line."""

from pathlib import Path

from .layout import rel


class WikiError(Exception):
    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = Path(path), line, message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = rel(self.path) + (f":{self.line}" if self.line else "")
        return f"{where}: {self.message}"
