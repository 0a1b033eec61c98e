"""How the evidence of a run reads on the site, in each language: the badge on a concept page, the cells of
the run status page, and the note listing the warnings a page's code raised."""

from datetime import datetime

TEXT = {
    "ko": {
        "badge_title": "이 문서의 코드가 마지막으로 실행된 기록",
        "not run": "아직 확인 안 됨",
        "failed": "실패",
        "n/a": "해당 없음",
        "warnings_title": "이 코드를 실행하면 경고가 납니다",
        "warnings_intro": "이 위키의 실행기가 아래 코드를 실행했을 때 다음 경고가 났습니다.",
        "only_title": {"cuda": "GPU에서만 실행하는 예제", "cpu": "GPU가 없는 환경에서만 실행하는 예제"},
        "only_body": {
            "cuda": "CPU 실행에서는 건너뛰고, GPU 실행에서만 실행해 출력을 검사합니다.",
            "cpu": "GPU 실행에서는 건너뛰고, CPU 실행에서만 실행해 출력을 검사합니다.",
        },
        "only_ran": "마지막 실행:",
        "only_not_run": "아직 이 장치에서 실행한 기록이 없으므로 출력(`#>` 줄)이 없을 수 있습니다.",
    },
    "en": {
        "badge_title": "When this page's code last ran",
        "not run": "not yet verified",
        "failed": "failed",
        "n/a": "n/a",
        "warnings_title": "This code raises a warning",
        "warnings_intro": "When the wiki's runner ran the code above, it raised:",
        "only_title": {"cuda": "This example runs only on a GPU", "cpu": "This example runs only without a GPU"},
        "only_body": {
            "cuda": "The CPU run leaves it out; only a GPU run runs it and checks its output.",
            "cpu": "The GPU run leaves it out; only the CPU run runs it and checks its output.",
        },
        "only_ran": "Last run:",
        "only_not_run": "It has not run on that device yet, so its output (`#>` lines) may be missing.",
    },
}
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
    gpu = short_gpu(run.get("gpu"))
    where = f"torch {short_torch(run.get('torch'))}" + (f" ({gpu})" if gpu else "")
    body = f"{mark} {where} · {day(run.get('ran_at'))}"
    return f"{name} {body}" if with_device else body


def warnings_note(warnings: list[dict], lang: str) -> str:
    """An admonition listing the warnings, for the page right below the code that raised them."""
    text = TEXT[lang]
    lines = [f'!!! warning "{text["warnings_title"]}"', f"    {text['warnings_intro']}", ""]
    for w in warnings:
        message = w["message"].replace("`", "'")
        lines.append(f"    - `{w['category']}: {message}`")
    return "\n".join(lines)


def device_only_note(device: str, reason: str, evidence: dict, lang: str, indent: str = "") -> str:
    """An admonition for the page right above a snippet that only runs on `device`: why, and whether it has."""
    text = TEXT[lang]
    ran = evidence["verdict"] == "passed"
    status = f"{text['only_ran']} {run_text(device, evidence, lang)}" if ran else text["only_not_run"]
    body = f"{reason.strip()} {text['only_body'][device]} {status}"
    return f'{indent}!!! info "{text["only_title"][device]}"\n\n{indent}    {body}\n'
