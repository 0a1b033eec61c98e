# --8<-- [start:main]
import torch
def f():
    raise ValueError("deep")
f()
# --8<-- [end:main]
