"""wiki.py: the contributor's tool for the PyTorch Concept Wiki.

    python scripts/wiki.py new torch.nn.functional.softmax --category nn
    python scripts/wiki.py outputs softmax
    python scripts/wiki.py check
    python scripts/wiki.py status --lang ko

Messages follow the shell's LANG (Korean when it starts with "ko", English otherwise).
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from wikilib.checks import record_source_hash, run_checks
from wikilib.errors import WikiError
from wikilib.fixes import fix_problems
from wikilib.layout import DOCS, ROOT, rel
from wikilib.messages import localize, say
from wikilib.pages import find_pages
from wikilib.scaffold import new_topic
from wikilib.status import completion, topic_status

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, help=__doc__.split("\n\n")[0])
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
BIN = Path(sys.executable).parent


def where(path: Path, line: int | None) -> str:
    return rel(path) + (f":{line}" if line else "")


def fail(error: WikiError) -> None:
    err.print(f"{where(error.path, error.line)}: {localize(error.message)}", markup=False)
    raise typer.Exit(1)


@app.command()
def new(
    api: Annotated[str, typer.Argument(help="the API the page explains, e.g. torch.nn.functional.softmax")],
    category: Annotated[str, typer.Option(help="the category id in docs/topics.yml, e.g. nn")],
    topic_id: Annotated[str | None, typer.Option("--id", help="the topic id (default: from the API name)")] = None,
):
    """Create a topic: both language pages from the template, a first snippet, and its docs/topics.yml entry."""
    try:
        written = new_topic(api, category, topic_id)
        record_source_hash(written[1])
    except WikiError as error:
        fail(error)
    for path in written:
        out.print(say("written", path=rel(path)), markup=False)
    page_id = written[0].name.split(".")[0]
    out.print(say("next_steps", id=page_id, category=category), markup=False)


@app.command()
def outputs(pattern: Annotated[str, typer.Argument(help="a topic id or part of a page path")] = ""):
    """Run the matching pages and write what their code prints into the `#>` lines of their snippets, then run
    them once more, so that the checklist and the page's badge count the run of the code as it now is."""
    pages = [rel(p) for p in find_pages() if pattern in rel(p)]
    if not pages:
        err.print(say("no_pages", pattern=pattern), markup=False)
        raise typer.Exit(1)
    cmd = [str(BIN / "python"), "-m", "pytest", *pages, "-p", "no:cacheprovider", "--device", "cpu", "-q"]
    code = subprocess.call([*cmd, "--update-outputs"], cwd=ROOT, env=_env())
    raise typer.Exit(code or subprocess.call(cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL))


@app.command()
def check(
    fix: Annotated[bool, typer.Option("--fix", help="repair what is mechanical, then check again")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="a done page without its translation is an error")] = False,
):
    """Check every page, snippet and translation without running any code; each problem as file:line: message."""
    problems = run_checks(strict=strict)
    if fix:
        for line in fix_problems(problems):
            out.print(say("fixed", what=line), markup=False)
        problems = run_checks(strict=strict)
    for problem in problems:
        message = localize(problem.message if problem.error else f"warning: {problem.message}")
        (err if problem.error else out).print(f"{where(problem.path, problem.line)}: {message}", markup=False)
    errors = sum(p.error for p in problems)
    out.print(say("check_summary", errors=errors, warnings=len(problems) - errors), markup=False)
    raise typer.Exit(1 if errors else 0)


@app.command()
def translated(pages: Annotated[list[Path], typer.Argument(help="translation pages brought up to date")]):
    """Record that a translation matches its source page as it is now (writes source_hash)."""
    for page in pages:
        try:
            digest = record_source_hash(page.resolve())
        except WikiError as error:
            fail(error)
        out.print(say("recorded", path=rel(page.resolve()), digest=digest), markup=False)


@app.command()
def status(
    lang: Annotated[str, typer.Option(help="ko or en")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="print the rows as JSON (as in site/status.json)")] = False,
):
    """The checklist: every topic with its page status per language and its test result per device."""
    try:
        rows = topic_status()
    except WikiError as error:
        fail(error)
    if as_json:
        print(json.dumps({"completion": completion(rows), "topics": rows}, ensure_ascii=False, indent=2, default=str))
        return
    langs = [lang] if lang else ["ko", "en"]
    table = Table(title=say("status_title"))
    for column in ["id", "API", *langs, "CPU", "CUDA"]:
        table.add_column(column)
    for row in rows:
        states = [row["status"][code] + ("*" if row["outdated"].get(code) else "") for code in langs]
        table.add_row(row["id"], row["api"].replace("`", ""), *states, row["tested"]["cpu"], row["tested"]["cuda"])
    out.print(table)
    for code, counts in completion(rows).items():
        if code in langs:
            out.print(say("completion", lang=code, **counts), markup=False)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def serve(ctx: typer.Context):
    """Serve the site with live reload (mkdocs serve --strict); extra arguments go to mkdocs."""
    raise typer.Exit(subprocess.call([str(BIN / "mkdocs"), "serve", "--strict", *ctx.args], cwd=ROOT, env=_env()))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def build(ctx: typer.Context):
    """Build the site into site/ (mkdocs build --strict); extra arguments go to mkdocs."""
    raise typer.Exit(subprocess.call([str(BIN / "mkdocs"), "build", "--strict", *ctx.args], cwd=ROOT, env=_env()))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def test(ctx: typer.Context):
    """Run the test suite (pytest: the tools' tests and every page's code); extra arguments go to pytest."""
    command = [str(BIN / "python"), "-m", "pytest", *ctx.args]
    raise typer.Exit(subprocess.call(command, cwd=ROOT, env=_env()))


def _env() -> dict:
    return dict(os.environ, OMP_NUM_THREADS="1", NO_MKDOCS_2_WARNING="1")


if __name__ == "__main__":
    if not DOCS.is_dir():
        sys.exit(f"wiki.py: no docs/ under {ROOT}")
    app()
