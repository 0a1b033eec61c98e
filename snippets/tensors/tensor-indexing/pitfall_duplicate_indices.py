import torch

labels = torch.tensor([0, 2, 2, 1, 2, 0])
counts = torch.zeros(3, dtype=torch.long)
counts[labels] += 1  # (1)!
print(counts.tolist())
#> [1, 1, 1]

print(torch.bincount(labels, minlength=3).tolist())  # (2)!
#> [2, 1, 3]

acc = torch.zeros(3, dtype=torch.long)
acc.index_add_(0, labels, torch.ones_like(labels))  # (3)!
print(acc.tolist())
#> [2, 1, 3]

acc2 = torch.zeros(3, dtype=torch.long)
acc2.index_put_((labels,), torch.ones_like(labels), accumulate=True)
print(acc2.tolist())
#> [2, 1, 3]
