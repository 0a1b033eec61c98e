"""Front matter: an unknown key or a bad value is an error at its line (the schema is in schema.py)."""

from pathlib import Path

from .errors import WikiError

DEVICES = ("cpu", "cuda")
STATUSES = ("draft", "review", "done")


def meta_line(text: str, key: str) -> int:
    """The page line of a front matter key (1 when it is not there)."""
    for i, line in enumerate(text.split("\n")[:80], 1):
        if line.startswith(f"{key}:"):
            return i
    return 1


def validate_meta(path: Path, meta: dict, text: str, topic_page: bool) -> None:
    from pydantic import ValidationError

    from .schema import GuideMeta, TopicMeta

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
