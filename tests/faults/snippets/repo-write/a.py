import os

target = os.path.join(os.environ["WIKI_ROOT"], "snippets", "junk.txt")
with open(target, "w") as f:
    f.write("oops")
