import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
bn = model[1]
for p in bn.parameters():
    p.requires_grad_(False)  # (1)!

model.train()
model(torch.randn(8, 2) + 5.0)
print(bn.num_batches_tracked.item(), (bn.running_mean != 0).all().item())
#> 1 True

bn.eval()  # (2)!
model(torch.randn(8, 2))
print(bn.num_batches_tracked.item())
#> 1
model.train()  # (3)!
model(torch.randn(8, 2))
print(bn.training, bn.num_batches_tracked.item())
#> True 2


class FrozenBNNet(nn.Sequential):
    def train(self, mode=True):  # (4)!
        super().train(mode)
        for m in self.modules():
            if isinstance(m, nn.modules.batchnorm._BatchNorm):
                m.eval()
        return self


model = FrozenBNNet(nn.Linear(2, 2), nn.BatchNorm1d(2))
model.train()
model(torch.randn(8, 2))
print(model.training, model[1].training, model[1].num_batches_tracked.item())
#> True False 0
