"""The front matter schema of pages (pydantic): an unknown key or a bad value is an error at its line."""

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from .errors import WikiError

DEVICES = ("cpu", "cuda")
STATUSES = ("draft", "review", "done")
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG)]
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")]


class GuideMeta(BaseModel):
    """Guides, the home page, the checklist: pages that are not a topic."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    description: str | None = None
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = []
    source_hash: Hash | None = None


class TopicMeta(BaseModel):
    """A concept page. `source_hash` is for a translation: the hash of the source page it was written from."""

    model_config = ConfigDict(extra="forbid")
    id: Slug
    title: str = Field(min_length=1)
    category: Slug
    status: Literal[STATUSES]
    devices: list[Literal[DEVICES]] = Field(default=list(DEVICES), min_length=1)
    devices_reason: str | None = None
    aliases: list[Slug] = []
    tags: list[str] = []
    source_hash: Hash | None = None
    description: str | None = None

    @model_validator(mode="after")
    def _limited_devices_say_why(self):
        if set(self.devices) != set(DEVICES) and not self.devices_reason:
            raise ValueError("a page limited to some devices must say why in 'devices_reason'")
        return self


def meta_line(text: str, key: str) -> int:
    """The page line of a front matter key (1 when it is not there)."""
    for i, line in enumerate(text.split("\n")[:80], 1):
        if line.startswith(f"{key}:"):
            return i
    return 1


def validate_meta(path: Path, meta: dict, text: str, topic_page: bool) -> None:
    model = TopicMeta if topic_page else GuideMeta
    try:
        model.model_validate(meta)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else ""
        if err["type"] == "extra_forbidden":
            known = ", ".join(model.model_fields)
            message = f"unknown front matter key '{key}' (known: {known})"
        elif err["type"] == "missing":
            message = f"front matter misses '{key}' (a {'topic' if topic_page else 'guide'} page needs it)"
        else:
            where = ".".join(str(p) for p in err["loc"])
            got = f" (got {err['input']!r})" if not isinstance(err["input"], dict) else ""
            message = f"front matter '{where}': {err['msg']}{got}" if where else f"front matter: {err['msg']}"
        raise WikiError(path, meta_line(text, key) if key else 2, message) from None
