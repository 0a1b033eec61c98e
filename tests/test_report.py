"""The run report's schema (wikilib.report): what the runner writes is what the site and the CLI read, a file
that does not fit fails with its name, and shard durations stay out of the evidence."""

import json

import pytest
from wikidev.wikitree import make_wiki, page, run_pytest
from wikilib.errors import WikiError
from wikilib.evidence import read_report
from wikilib.report import RunEntry, RunWarning

ENTRY = {"id": "docs/a.ko.md::cpu", "page": "docs/a.ko.md", "device": "cpu", "program_hash": "ab", "status": "passed"}


def test_an_entry_reads_back_as_it_was_written(tmp_path):
    warning = {"category": "UserWarning", "message": "careful", "snippet": "snippets/a.py:3"}
    data = ENTRY | {"twins": ["docs/a.en.md"], "duration": 0.5, "warnings": [warning], "left_out": {"g.py": "GPU"}}
    entry = RunEntry.from_dict(data, tmp_path / "r.json")
    assert entry.warnings == (RunWarning("UserWarning", "careful", "snippets/a.py:3"),) and entry.twins == (
        "docs/a.en.md",
    )
    assert entry.to_dict() == data


@pytest.mark.parametrize(
    "change, message",
    [
        ({"verdict": "passed"}, "entry docs/a.ko.md::cpu: unknown fields ['verdict']"),
        ({"status": "fine"}, "status 'fine' is not one of passed, failed, updated, skipped"),
        ({"program_hash": ""}, "misses program_hash"),
        ({"warnings": [{"text": "x"}]}, "bad warning"),
    ],
)
def test_a_report_that_does_not_fit_the_schema_names_its_file(tmp_path, change, message):
    path = tmp_path / "runner.json"
    path.write_text(json.dumps({"version": 2, "items": [ENTRY | change]}), encoding="utf-8")
    with pytest.raises(WikiError, match="runner.json") as err:
        read_report(path)
    assert message in str(err.value)


def test_the_runner_writes_durations_apart_from_what_ran(tmp_path):
    body = '```python\n--8<-- "one/a.py"\n```\n'
    root = make_wiki(tmp_path, {"tensors/one.ko.md": page("one", body)}, {"one/a.py": "print(1)\n#> 1\n"}, ["one"])
    rc, out = run_pytest(root)
    assert rc == 0, out
    report = json.loads((root / "reports" / "runner.json").read_text(encoding="utf-8"))
    assert set(report) == {"version", "generated", "items"}, report.keys()
    [entry] = read_report(root / "reports" / "runner.json")
    assert (entry.id, entry.status) == ("docs/tensors/one.ko.md::cpu", "passed") and entry.source.endswith(
        "runner.json"
    )
    durations = json.loads((root / "reports" / "durations.json").read_text(encoding="utf-8"))
    assert durations == {"docs/tensors/one.ko.md::cpu": entry.duration}
