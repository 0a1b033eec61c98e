"""How the evidence of a run reads on the site, in each language: the badge on a concept page, the cells of
the run status page, and the note listing the warnings a page's code raised."""

from datetime import datetime

from .interface import texts

TEXT = texts("run_evidence")
DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA"}


def short_gpu(name: str | None) -> str | None:
    """`NVIDIA H100 80GB HBM3` -> `H100`."""
    if not name:
        return None
    words = name.removeprefix("NVIDIA ").removeprefix("GeForce ").split()
    return words[0] if words else name


def short_torch(version: str | None) -> str:
    return (version or "?").split("+")[0]


def day(stamp: str | None) -> str:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date().isoformat() if stamp else "?"


def run_text(device: str, evidence: dict, lang: str, with_device: bool = True) -> str:
    """`CPU ✓ torch 2.13.0 · 2026-11-25`, `CUDA ✓ torch 2.11.0 (H100) · 2026-11-25`, `CUDA: not yet verified`."""
    text = TEXT[lang]
    name = DEVICE_NAMES[device]
    verdict, run = evidence["verdict"], evidence["run"]
    if verdict in ("not run", "n/a"):
        return f"{name}: {text[verdict]}" if with_device else text[verdict]
    mark = "✓" if verdict == "passed" else f"✗ {text['failed']}"
    gpu = short_gpu(run.gpu)
    where = f"torch {short_torch(run.torch)}" + (f" ({gpu})" if gpu else "")
    body = f"{mark} {where} · {day(run.ran_at)}"
    return f"{name} {body}" if with_device else body


def warnings_note(warnings: list, lang: str) -> str:
    """An admonition listing the warnings, for the page right below the code that raised them."""
    text = TEXT[lang]
    lines = [f'!!! warning "{text["warnings_title"]}"', f"    {text['warnings_intro']}", ""]
    for w in warnings:
        message = w.message.replace("`", "'")
        lines.append(f"    - `{w.category}: {message}`")
    return "\n".join(lines)


def device_only_note(device: str, reason: str, evidence: dict, lang: str, indent: str = "") -> str:
    """An admonition for the page right above a snippet that only runs on `device`: why, and whether it has."""
    text = TEXT[lang]
    ran = evidence["verdict"] == "passed"
    status = f"{text['only_ran']} {run_text(device, evidence, lang)}" if ran else text["only_not_run"]
    body = f"{reason.strip()} {text['only_body'][device]} {status}"
    return f'{indent}!!! info "{text["only_title"][device]}"\n\n{indent}    {body}\n'
