"""The fault corpus (tests/faults/): broken pages and snippets run through the real runner, all in one run,
each with the verdict tests/faults/verdicts.yml gives it; plus the runner's reuse, repeat and shard options."""

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from runner import shards
from wikitree import make_wiki, run_pytest

CORPUS = Path(__file__).with_name("faults")
VERDICTS = yaml.safe_load((CORPUS / "verdicts.yml").read_text(encoding="utf-8"))
OPTIONS = ("--snippet-timeout", "3", "--snippet-memory", "512", "-rA")


def copy_corpus(root: Path, docs: Path = CORPUS / "docs") -> Path:
    shutil.copytree(docs, root / "docs")
    shutil.copytree(CORPUS / "snippets", root / "snippets")
    topics = sorted({p.name.split(".")[0] for p in (root / "docs").rglob("*.md")})
    return make_wiki(root, {}, {}, topics)


def load_report(root: Path) -> dict[str, dict]:
    report = json.loads((root / "reports" / "runner.json").read_text(encoding="utf-8"))
    return {item["id"]: item for item in report["items"]}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = copy_corpus(tmp_path_factory.mktemp("faults"))
    rc, out = run_pytest(root, "--no-cache", *OPTIONS)
    return root, rc, out, load_report(root)


def failure_text(out: str, page: str) -> str:
    """What pytest printed for one page's failure."""
    m = re.search(rf"_+ docs/tensors/{re.escape(page)} [^\n]*_+\n(.*?)(?=\n_{{5,}} |\n=+ )", out, re.S)
    assert m, f"no failure section for {page} in:\n{out}"
    return m.group(1)


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
        assert "/tests/runner/" not in text  # cut down to the reader's code
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


def test_a_second_run_reuses_passed_programs_unless_told_not_to(tmp_path):
    root = copy_corpus(tmp_path)
    pages = ["docs/tensors/good.en.md", "docs/tensors/global-b.ko.md"]
    rc, out = run_pytest(root, *pages)
    assert rc == 0 and "reused" not in out, out
    rc, out = run_pytest(root, *pages)
    assert rc == 0 and "docs/tensors/global-b.ko.md::cpu: cache" in out, out
    rc, out = run_pytest(root, *pages, "--no-cache")
    assert rc == 0 and "reused" not in out, out


def test_repeat_catches_output_that_changes_between_runs(tmp_path):
    root = copy_corpus(tmp_path, CORPUS / "repeat" / "docs")
    rc, out = run_pytest(root, "--repeat", "2")
    assert rc == 1
    text = failure_text(out, "nondeterministic.ko.md")
    assert "is not reproducible: run 1 and run 2 differ" in text
    assert "first at snippets/nondeterministic/a.py:3" in text


def test_update_outputs_fixes_stale_lines_only_where_stale(tmp_path):
    root = copy_corpus(tmp_path)
    good = (root / "snippets/good/a.py").read_text(encoding="utf-8")
    rc, out = run_pytest(root, "docs/tensors/stale.ko.md", "docs/tensors/good.ko.md", "--update-outputs")
    assert rc == 0, out
    assert (root / "snippets/stale/a.py").read_text(encoding="utf-8") == "print(1 + 1)\n#> 2\n"
    assert (root / "snippets/good/a.py").read_text(encoding="utf-8") == good
    rc, out = run_pytest(root, "docs/tensors/stale.ko.md")
    assert rc == 0, out


def test_shards_split_the_run_without_overlap(tmp_path):
    root = copy_corpus(tmp_path)
    selected = []
    for index in (1, 2):
        rc, out = run_pytest(root, "--shard", f"{index}/2", "--collect-only", "-q")
        selected.append({line for line in out.splitlines() if line.startswith("docs/")})
    assert selected[0] and selected[1] and not selected[0] & selected[1]
    rc, out = run_pytest(root, "--collect-only", "-q")
    assert selected[0] | selected[1] == {line for line in out.splitlines() if line.startswith("docs/")}


def test_shards_balance_recorded_durations():
    weights = {"a": 10.0, "b": 6.0, "c": 5.0, "d": 1.0}
    assert shards.assign(weights, 2) == {"a": 0, "b": 1, "c": 1, "d": 0}
    with pytest.raises(pytest.UsageError):
        shards.parse("3/2")
