import torch

device = "cuda"
x = torch.full((2_000_000,), 3.0, device=device)

host = x.to("cpu", non_blocking=True)  # (1)!
torch.cuda.synchronize()  # (2)!
print(host.device, host.sum().item() == 6_000_000)

event = torch.cuda.Event()
host = (x * 2).to("cpu", non_blocking=True)
event.record()  # (3)!
event.synchronize()
print(host.sum().item() == 12_000_000)
