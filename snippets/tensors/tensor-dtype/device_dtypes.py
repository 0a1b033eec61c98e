import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
layer = torch.nn.Linear(3, 1).to(device)
batch = torch.tensor([[1, 2, 3]], device="cpu")  # (1)!
print(batch.dtype, batch.device.type)
#> torch.int64 cpu

x = batch.to(layer.weight)  # (2)!
print(x.dtype, x.device == layer.weight.device)
#> torch.float32 True
print(layer(x).shape)
#> torch.Size([1, 1])

y = batch.to(device=device, dtype=torch.float16)  # (3)!
print(y.dtype, y.device == layer.weight.device)
#> torch.float16 True
