import torch
from safetensors.torch import load_file, save_file
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Linear(4, 2).to(device)
torch.save(model.state_dict(), "model.pt")  # (1)!

on_cpu = torch.load("model.pt", map_location="cpu")  # (2)!
print({t.device.type for t in on_cpu.values()})
#> {'cpu'}
on_device = torch.load("model.pt", map_location=device)
print(all(t.device.type == device for t in on_device.values()))
#> True

save_file(model.state_dict(), "model.safetensors")
loaded = load_file("model.safetensors", device=device)  # (3)!
print(all(t.device.type == device for t in loaded.values()))
#> True

fresh = nn.Linear(4, 2).to(device)
fresh.load_state_dict(on_cpu)  # (4)!
print(fresh.weight.device.type == device, torch.equal(fresh.weight, model.weight))
#> True True
