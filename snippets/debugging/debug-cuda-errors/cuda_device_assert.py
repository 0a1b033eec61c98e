import os
import re
import subprocess
import sys

child = """
import torch
import torch.nn.functional as F
log_probs = torch.randn(4, 3, device="cuda").log_softmax(dim=1)
target = torch.tensor([0, 1, 2, 5], device="cuda")
loss = F.nll_loss(log_probs, target)
print("nll_loss returned", flush=True)
print(loss.item())
"""


def run(blocking):
    env = {k: v for k, v in os.environ.items() if k != "CUDA_LAUNCH_BLOCKING"}
    if blocking:
        env["CUDA_LAUNCH_BLOCKING"] = "1"  # (1)!
    proc = subprocess.run(  # (2)!
        [sys.executable, "-c", child], env=env, capture_output=True, text=True,
        timeout=120,
    )
    lines = proc.stderr.splitlines()
    where = [line.strip() for line in lines if '"<string>"' in line]
    error = [line for line in lines if "CUDA error:" in line]
    assertion = re.search(r"Assertion `[^`]*` failed", proc.stderr)
    print("blocking:", blocking, "| return code:", proc.returncode)
    print("child printed:", proc.stdout.strip() or "(nothing)")
    print("raised at:", where[-1] if where else None)  # (3)!
    print(error[0] if error else None)
    print(assertion.group(0) if assertion else None)
    print("suggests CUDA_LAUNCH_BLOCKING:", "CUDA_LAUNCH_BLOCKING=1" in proc.stderr)


run(blocking=False)
run(blocking=True)
