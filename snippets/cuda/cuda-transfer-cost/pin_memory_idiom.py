import torch
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"
pin = device == "cuda"  # (1)!

x = torch.randn(4, 3)
staged = x.pin_memory() if pin else x
print(staged.is_pinned() == pin)
#> True

dataset = TensorDataset(torch.randn(8, 3), torch.arange(8))
loader = DataLoader(dataset, batch_size=4, pin_memory=pin)  # (2)!
for inputs, labels in loader:
    print(inputs.is_pinned() == pin, labels.is_pinned() == pin)
    #> True True
    #> True True
    inputs = inputs.to(device, non_blocking=True)  # (3)!
    labels = labels.to(device, non_blocking=True)
print(inputs.device.type == device)
#> True

cpu_copy = x.to("cpu", non_blocking=True)  # (4)!
print(cpu_copy is x)
#> True
