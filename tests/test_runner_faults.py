"""The fault corpus (tests/faults/): broken pages and snippets run through the real runner, all in one run,
each with the verdict tests/faults/verdicts.yml gives it."""

import json
import re
from pathlib import Path

import pytest
import yaml
from wikidev.wikitree import CORPUS, copy_corpus, failure_text, run_pytest

VERDICTS = yaml.safe_load((CORPUS / "verdicts.yml").read_text(encoding="utf-8"))
OPTIONS = ("--snippet-timeout", "3", "--snippet-memory", "512", "-rA")


def load_report(root: Path) -> dict[str, dict]:
    report = json.loads((root / "reports" / "runner.json").read_text(encoding="utf-8"))
    return {item["id"]: item for item in report["items"]}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = copy_corpus(tmp_path_factory.mktemp("faults"))
    rc, out = run_pytest(root, "--no-cache", *OPTIONS)
    return root, rc, out, load_report(root)


@pytest.mark.parametrize("case", sorted(VERDICTS))
def test_verdict(run, case):
    root, _, out, items = run
    expected = VERDICTS[case]
    page = f"{case}.ko.md"
    if expected["verdict"] == "page":
        text = failure_text(out, page)
        assert f"docs/tensors/{page}::page" not in items
    elif expected["verdict"] == "failed":
        assert items[f"docs/tensors/{page}::cpu"]["status"] == "failed"
        text = failure_text(out, page)
        assert f" at {expected['at']}" in text
        assert "/wikirunner/" not in text  # cut down to the reader's code
    else:
        assert items[f"docs/tensors/{page}::cpu"]["status"] == "passed", out
        text = ""
    for phrase in expected.get("says", []):
        assert phrase in text


def test_every_corpus_page_has_a_verdict():
    pages = {p.name.split(".")[0] for p in (CORPUS / "docs").rglob("*.md")}
    assert pages == set(VERDICTS)


def test_the_run_fails_and_says_what_it_reused(run):
    _, rc, out, items = run
    assert rc == 1
    assert items["docs/tensors/good.ko.md::cpu"]["reused"] == "same code as docs/tensors/good.en.md"
    assert "reused 1 verdicts" in out


def test_nothing_was_written_into_the_repository(run):
    assert not (run[0] / "snippets" / "junk.txt").exists()


def test_report_records_the_evidence(run):
    item = run[3]["docs/tensors/good.en.md::cpu"]
    assert item["torch"].startswith("2.13.0") and item["device"] == "cpu"
    assert re.fullmatch(r"[0-9a-f]{16}", item["program_hash"]) and re.fullmatch(r"[0-9a-f]{16}", item["output_hash"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", item["ran_at"])
    assert item["duration"] < 3 and item["peak_mb"] > 0


def test_warnings_are_collected_with_their_line(run):
    (warning,) = run[3]["docs/tensors/warns.ko.md::cpu"]["warnings"]
    assert warning["category"] == "UserWarning"
    assert warning["snippet"] == "snippets/warns/a.py:4"
    assert warning["message"].startswith("To copy construct from a tensor")
