import time

import torch
from torch.utils.benchmark import Timer

device = "cuda" if torch.cuda.is_available() else "cpu"
a = torch.randn(256, 256, device=device)
b = torch.randn(256, 256, device=device)


def wait_for_device():
    if device == "cuda":
        torch.cuda.synchronize()  # (1)!


wait_for_device()
start = time.perf_counter()
for _ in range(10):
    c = a @ b
wait_for_device()
elapsed = time.perf_counter() - start
print(elapsed > 0, c.shape)
#> True torch.Size([256, 256])

timer = Timer(stmt="a @ b", globals={"a": a, "b": b})  # (2)!
m = timer.timeit(20)
print(type(m).__name__, m.number_per_run, m.task_spec.stmt, m.median > 0)  # (3)!
#> Measurement 20 a @ b True
