"""The runner's options on small copies of the fault corpus: reuse across runs, --repeat, --update-outputs
and --shard; where the zygote sends pages that need its extra warm-up, and the pages it names for
importing what the zygote had not, where the pages' working folders go, and plain pytest's exit status."""

import json
import tempfile
from pathlib import Path

import pytest
from wikidev.wikitree import CORPUS, copy_corpus, failure_text, make_wiki, page, run_pytest
from wikirunner import shards
from wikirunner.execute import Limits, Zygote, make_job

INCLUDE = '```python\n--8<-- "{}"\n```\n'  # a page's code block that includes one snippet file


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


@pytest.mark.parametrize(
    "extra, needs_it, module",
    [
        ("dynamo", "torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)", "torch._dyn"),
        ("sympy", "torch.broadcast_shapes((2, 1), (3,))", "symp"),
    ],
)
def test_pages_that_need_an_extra_warm_up_run_where_it_was_done(extra, needs_it, module):
    zygote = Zygote()
    zygote.warm = [extra]
    # Imported before the page's own code runs? (Its name is cut short, so that the router does not match it.)
    check = f"import sys\nprint(any(m.startswith({module!r}) for m in sys.modules))\n"
    heavy = make_job(check + "import torch\n" + needs_it + "\n", "<a>", "cpu", Limits())
    light = make_job(check, "<b>", "cpu", Limits())
    assert heavy["warm"] == [extra] and light["warm"] == []
    try:
        jobs = [zygote.submit(heavy), zygote.submit(light), zygote.submit(heavy)]
        answers = [zygote.result(job) for job in jobs]
    finally:
        zygote.close()
    assert [a["error"] for a in answers] == [None, None, None]
    assert [a["records"][0][1] for a in answers] == ["True", "False", "True"]
    assert zygote.proc.returncode == 0


def test_a_page_that_imports_many_new_modules_is_named_in_the_summary(tmp_path):
    fake = "import sys, types\nsys.modules.update({f'fake{i}': types.ModuleType(f'fake{i}') for i in range(60)})\n"
    root = make_wiki(
        tmp_path,
        {
            "tensors/heavy.ko.md": page("heavy", INCLUDE.format("heavy.py")),
            "tensors/light.ko.md": page("light", INCLUDE.format("light.py")),
        },
        {"heavy.py": fake + "print(len(sys.modules) > 60)\n#> True\n", "light.py": "import json\nprint(1)\n#> 1\n"},
        ["heavy", "light"],
    )
    rc, out = run_pytest(root, "--no-cache")
    assert rc == 0, out
    assert "slow start: docs/tensors/heavy.ko.md::cpu imported 60 modules the zygote had not (fake0, fake1" in out
    assert "light.ko.md::cpu imported" not in out


def test_each_page_works_in_a_fresh_folder_under_the_temporary_folder_removed_afterwards():
    runner = Zygote()
    job = make_job("import os\nprint(os.getcwd())\nprint(os.listdir())\n", "<cwd>", "cpu", Limits())
    try:
        first, second = runner.run(job), runner.run(job)
    finally:
        runner.close()
    folders = [Path(a["records"][0][1]) for a in (first, second)]
    scratch = Path(tempfile.gettempdir())
    assert folders[0] != folders[1] and all(scratch in f.parents for f in folders)
    assert [a["records"][1][1] for a in (first, second)] == ["[]", "[]"]
    assert not any(f.exists() for f in folders)


def test_plain_pytest_runs_pages_and_passes_the_exit_status_on(tmp_path):
    root = make_wiki(
        tmp_path,
        {
            "tensors/ok.ko.md": page("ok", INCLUDE.format("ok.py")),
            "tensors/bad.ko.md": page("bad", INCLUDE.format("bad.py")),
        },
        {"ok.py": "print(1)\n#> 1\n", "bad.py": "print(2)\n#> 3\n"},
        ["ok", "bad"],
    )
    rc, out = run_pytest(root)
    assert rc == 1, out
    assert "1 failed, 1 passed" in out
    assert "output of docs/tensors/bad.ko.md on cpu differs from its #> lines" in out


CUDA_ONLY_PAGE = """---
id: gpu
title: gpu
category: tensors
status: done
cuda_only:
  gpu/pinned.py: needs a GPU
---

# gpu

```python
--8<-- "gpu/everywhere.py"
```

```python
--8<-- "gpu/pinned.py"
```
"""


def test_cuda_only_snippets_are_left_out_of_the_cpu_run_and_keep_their_outputs(tmp_path):
    pinned = "import torch\nprint(torch.ones(1).pin_memory().is_pinned())\n"
    root = make_wiki(
        tmp_path,
        {"tensors/gpu.ko.md": CUDA_ONLY_PAGE},
        {"gpu/everywhere.py": "print(1)\n", "gpu/pinned.py": pinned},
        ["gpu"],
    )
    report = tmp_path / "report.json"
    rc, out = run_pytest(root, "--update-outputs", f"--runner-report={report}")
    assert rc == 0, out
    assert (root / "snippets/gpu/everywhere.py").read_text(encoding="utf-8") == "print(1)\n#> 1\n"
    assert (root / "snippets/gpu/pinned.py").read_text(encoding="utf-8") == pinned
    entry = json.loads(report.read_text(encoding="utf-8"))["items"][0]
    assert entry["status"] == "updated" and entry["left_out"] == {"gpu/pinned.py": "needs a GPU"}, entry
    rc, out = run_pytest(root, f"--runner-report={report}")
    assert rc == 0 and "1 passed" in out, out


WORKERS = """import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Squares(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, i):
        return torch.tensor([i * i, get_worker_info().id])


g = torch.Generator().manual_seed(0)
loader = DataLoader(Squares(), batch_size=2, shuffle=True, generator=g, num_workers=2)
for batch in loader:
    print(batch[:, 0].tolist(), batch[:, 1].tolist())
"""


def test_dataloader_worker_processes_run_inside_the_runner(tmp_path):
    """Two real worker processes, each batch from the worker it is due from, in the same order every run."""
    body = '```python\n--8<-- "workers/loader.py"\n```\n'
    root = make_wiki(
        tmp_path, {"tensors/workers.ko.md": page("workers", body)}, {"workers/loader.py": WORKERS}, ["workers"]
    )
    rc, out = run_pytest(root, "--update-outputs", "--repeat", "2")
    assert rc == 0, out
    shown = [
        ln
        for ln in (root / "snippets/workers/loader.py").read_text(encoding="utf-8").split("\n")
        if ln.strip().startswith("#>")
    ]
    assert len(shown) == 4 and [ln.split("] [")[1] for ln in shown] == ["0, 0]", "1, 1]", "0, 0]", "1, 1]"], shown


def test_a_page_runs_as_the_main_module_so_pickle_finds_its_classes(tmp_path):
    code = (
        "import pickle\n\n\nclass Point:\n    def __init__(self, x):\n        self.x = x\n\n\n"
        "print(pickle.loads(pickle.dumps(Point(3))).x, __name__)\n"
    )
    body = '```python\n--8<-- "main/point.py"\n```\n'
    root = make_wiki(tmp_path, {"tensors/main.ko.md": page("main", body)}, {"main/point.py": code}, ["main"])
    rc, out = run_pytest(root, "--update-outputs")
    assert rc == 0, out
    assert (root / "snippets/main/point.py").read_text(encoding="utf-8").endswith("#> 3 __main__\n")


def test_a_page_s_own_functions_have_their_source_as_in_a_script(tmp_path):
    code = "import inspect\n\n\ndef shift(x):\n    return x + 1\n\n\nprint(inspect.getsource(shift).split()[1])\n"
    body = '```python\n--8<-- "src/shift.py"\n```\n'
    root = make_wiki(tmp_path, {"tensors/src.ko.md": page("src", body)}, {"src/shift.py": code}, ["src"])
    rc, out = run_pytest(root, "--update-outputs")
    assert rc == 0, out
    assert (root / "snippets/src/shift.py").read_text(encoding="utf-8").endswith("#> shift(x):\n")


def test_a_failure_of_code_both_languages_show_is_described_once(tmp_path):
    body = '```python\n--8<-- "twins/boom.py"\n```\n'
    pages = {f"tensors/twins.{lang}.md": page("twins", body) for lang in ("ko", "en")}
    root = make_wiki(tmp_path, pages, {"twins/boom.py": "raise ValueError('boom')\n"}, ["twins"])
    rc, out = run_pytest(root)
    # the short summary repeats whole messages where pytest sees a CI system, so count in the failures section
    failures = out.split(" FAILURES ")[-1].split(" short test summary info ")[0]
    assert rc == 1 and failures.count("ValueError: boom") == 1, out
    assert "same code as docs/tensors/twins.en.md, which failed on cpu (see above)" in out, out
