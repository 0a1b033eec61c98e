import torch

q = torch.ones(2, 5, 8)  # (1)!
k = torch.ones(2, 5, 8)
scores = q @ k.mT
print(k.mT.shape, scores.shape)
#> torch.Size([2, 8, 5]) torch.Size([2, 5, 5])
print(torch.equal(k.mT, k.transpose(-2, -1)))
#> True

w = torch.ones(8, 3)
print(w.T.shape, w.mT.shape, w.t().shape)  # (2)!
#> torch.Size([3, 8]) torch.Size([3, 8]) torch.Size([3, 8])

c = torch.tensor([[1 + 2j, 3j]])
print(c.mT.tolist(), c.mH.tolist())  # (3)!
#> [[(1+2j)], [3j]] [[(1-2j)], [-3j]]
