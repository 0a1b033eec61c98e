"""A second, independent executor: pytest-codeblocks runs every Python block of the built site's Markdown
copies (the `index.md` a reader downloads, code inlined), each block on its own in one process, as a reader
pasting one example into a notebook would. It checks house rule 4 ("each snippet file runs top to bottom on
its own") without the wiki's runner; printed output is the runner's to check. A block that runs only on one
device carries a skip marker for the other (wikisite/outputs.py)."""

import re
import subprocess
import sys

from wikilib.pages import find_pages, load_page


def test_every_block_of_the_markdown_copies_runs_on_its_own(built_site, tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")  # files the blocks write stay here
    cmd = [sys.executable, "-m", "pytest", "--codeblocks", str(built_site), "-p", "no:wiki", "-p", "no:cacheprovider"]
    proc = subprocess.run([*cmd, "-q", "-rs"], cwd=tmp_path, capture_output=True, text=True, timeout=900)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-6000:]
    counts = {word: int(n) for n, word in re.findall(r"(\d+) (passed|skipped|failed)", out.splitlines()[-1])}
    gpu_only = sum(len(load_page(p).only.get("cuda", {})) for p in find_pages() if load_page(p).is_topic_page)
    assert counts["passed"] > 600, out[-2000:]
    assert out.count("cuda_only: ") == gpu_only, out[-4000:]  # skipped with the page's reason, nothing more
