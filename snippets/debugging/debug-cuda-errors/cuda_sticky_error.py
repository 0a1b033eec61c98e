import subprocess
import sys

child = """
import torch
emb = torch.nn.Embedding(10, 4, device="cuda")
for ids in ([3, 10], [3, 4]):
    try:
        out = emb(torch.tensor(ids, device="cuda"))
        torch.cuda.synchronize()
        print(ids, "ok", tuple(out.shape))
    except Exception as e:
        print(ids, type(e).__name__, str(e).splitlines()[0])
"""

proc = subprocess.run(  # (1)!
    [sys.executable, "-c", child], capture_output=True, text=True, timeout=120
)
for line in proc.stdout.splitlines():
    print(line)  # (2)!
