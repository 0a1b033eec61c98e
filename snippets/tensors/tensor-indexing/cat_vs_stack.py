import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print(torch.cat([a, b]).shape, torch.cat([a, b], dim=1).shape)  # (1)!
#> torch.Size([4, 3]) torch.Size([2, 6])
print(torch.stack([a, b]).shape, torch.stack([a, b], dim=1).shape)  # (2)!
#> torch.Size([2, 2, 3]) torch.Size([2, 2, 3])
print(torch.stack([a, b])[0].tolist(), torch.stack([a, b], dim=1)[0].tolist())
#> [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]] [[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]

samples = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 5.0, 6.0])]
batch = torch.stack(samples)  # (3)!
print(batch.shape, batch.tolist())
#> torch.Size([2, 3]) [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]

more = torch.stack([torch.tensor([7.0, 8.0, 9.0])])
print(torch.cat([batch, more]).shape)  # (4)!
#> torch.Size([3, 3])

unsq = torch.cat([s.unsqueeze(0) for s in samples])  # (5)!
print(torch.equal(unsq, batch))
#> True

try:
    torch.cat([torch.zeros(2, 3), torch.zeros(2, 4)])
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Sizes of tensors must match except in dimension 0. Expected size 3 but got size 4 for tensor number 1 in the list.
print(torch.cat([torch.zeros(2, 3), torch.zeros(2, 4)], dim=1).shape)
#> torch.Size([2, 7])
