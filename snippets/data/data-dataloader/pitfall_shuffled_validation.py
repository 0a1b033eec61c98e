import torch
from torch.utils.data import DataLoader, TensorDataset

x = torch.linspace(-1, 1, 12).unsqueeze(1)
y = (x.squeeze(1) > 0).long()
val = TensorDataset(x, y)


def predict(xb):
    return (xb.squeeze(1) > 0).long()  # (1)!


g = torch.Generator().manual_seed(0)
for shuffle in (True, False):
    loader = DataLoader(val, batch_size=4, shuffle=shuffle, generator=g)
    hits = [(predict(xb) == yb).sum().item() for xb, yb in loader]  # (2)!
    preds = torch.cat([predict(xb) for xb, _ in loader])
    aligned = (preds == val.tensors[1]).float().mean().item()  # (3)!
    print(shuffle, sum(hits) / len(val), round(aligned, 2))
    #> True 1.0 0.83
    #> False 1.0 1.0
