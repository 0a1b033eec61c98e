"""scripts/publish_notebooks.py: the site's notebooks replace the Colab branch of a remote, as one commit."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "publish_notebooks.py"


def publish(site: Path, remote: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(site), str(remote)], capture_output=True, text=True)


def branch_files(remote: Path) -> list[str]:
    out = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", "notebooks"], cwd=remote, capture_output=True, text=True
    )
    return out.stdout.split()


def notebook(code: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "source": code}], "metadata": {}, "nbformat": 4})


def make_site(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_the_branch_holds_exactly_the_sites_notebooks_at_their_site_paths(tmp_path):
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    site = make_site(
        tmp_path / "site",
        {
            "tensors/tensor-empty/tensor-empty.ipynb": notebook("print(1)"),
            "en/tensors/tensor-empty/tensor-empty.ipynb": notebook("print(2)"),
            "tensors/tensor-empty/index.html": "<html></html>",
            "tensors/tensor-empty/tensor-empty.py": "print(1)\n",
        },
    )
    result = publish(site, remote)
    assert result.returncode == 0, result.stderr
    assert "published 2 notebooks to notebooks" in result.stdout
    assert branch_files(remote) == [
        "README.md",
        "en/tensors/tensor-empty/tensor-empty.ipynb",
        "tensors/tensor-empty/tensor-empty.ipynb",
    ]
    shown = subprocess.run(
        ["git", "show", "notebooks:en/tensors/tensor-empty/tensor-empty.ipynb"],
        cwd=remote,
        capture_output=True,
        text=True,
    )
    assert json.loads(shown.stdout)["cells"][0]["source"] == "print(2)"

    (site / "en" / "tensors" / "tensor-empty" / "tensor-empty.ipynb").unlink()  # a page gone from the site
    assert publish(site, remote).returncode == 0
    assert branch_files(remote) == ["README.md", "tensors/tensor-empty/tensor-empty.ipynb"]
    log = subprocess.run(["git", "log", "--oneline", "notebooks"], cwd=remote, capture_output=True, text=True)
    assert len(log.stdout.splitlines()) == 1  # replaced, not stacked


def test_a_site_without_notebooks_publishes_nothing(tmp_path):
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    site = make_site(tmp_path / "site", {"index.html": "<html></html>"})
    result = publish(site, remote)
    assert result.returncode == 1
    assert "no .ipynb files; build the site first" in result.stderr
    assert branch_files(remote) == []


def test_an_unreachable_remote_fails_with_gits_reason(tmp_path):
    site = make_site(tmp_path / "site", {"a/a.ipynb": notebook("1")})
    result = publish(site, tmp_path / "missing.git")
    assert result.returncode == 1
    assert "publish_notebooks: git push failed:" in result.stderr
