import numpy as np
import torch

arr = np.arange(3)
on_cpu = torch.as_tensor(arr, device="cpu")
implicit = torch.as_tensor(arr)

print(on_cpu.device.type, np.shares_memory(arr, on_cpu.numpy()))
#> cpu True
print(implicit.device == torch.get_default_device())
#> True
print(torch.from_numpy(arr).device.type)
#> cpu
