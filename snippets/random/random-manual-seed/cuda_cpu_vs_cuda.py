import torch

device = "cuda"
torch.manual_seed(0)
print(torch.cuda.initial_seed())
cpu_values = torch.rand(3)
torch.manual_seed(0)
gpu_values = torch.rand(3, device=device)
print(torch.equal(cpu_values, gpu_values.cpu()))
