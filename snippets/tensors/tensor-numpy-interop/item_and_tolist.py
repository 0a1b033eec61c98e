import torch

loss = torch.tensor(3.14)
value = loss.item()
print(value, type(value).__name__)  # (1)!
#> 3.140000104904175 float
print(round(value, 4), f"{value:.2f}")
#> 3.14 3.14
print(torch.tensor(7).item(), torch.tensor(True).item(), torch.tensor([[5]]).item())
#> 7 True 5

m = torch.tensor([[1, 2], [3, 4]])
print(m.tolist(), type(m.tolist()[0][0]).__name__)  # (2)!
#> [[1, 2], [3, 4]] int
print(torch.tensor([0.1, 0.5]).tolist())
#> [0.10000000149011612, 0.5]
print(torch.tensor(5).tolist(), torch.tensor([5]).tolist())  # (3)!
#> 5 [5]

print(int(torch.tensor([3])), float(torch.tensor(2.5)))  # (4)!
#> 3 2.5
