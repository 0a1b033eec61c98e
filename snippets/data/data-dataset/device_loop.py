import torch
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

ds = TensorDataset(torch.randn(10, 3), torch.randint(0, 2, (10,)))  # (1)!
loader = DataLoader(ds, batch_size=4)
model = torch.nn.Linear(3, 2).to(device)

print(ds.tensors[0].device.type)
#> cpu
for xb, yb in loader:
    xb, yb = xb.to(device), yb.to(device)  # (2)!
    out = model(xb)
    print(xb.device.type == device, out.shape)
    #> True torch.Size([4, 2])
    #> True torch.Size([4, 2])
    #> True torch.Size([2, 2])
