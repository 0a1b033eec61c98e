import torch
import torch.nn.functional as F
from torch import nn


class Wrong(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)  # (1)!


class Right(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)  # (2)!


x = torch.ones(1000)
for model in (Wrong(), Right()):
    model.eval()
    out = model(x)
    print(type(model).__name__, model.training, sorted(set(out.tolist())))
    #> Wrong False [0.0, 2.0]
    #> Right False [1.0]

drop = nn.Dropout(p=0.5).eval()  # (3)!
print(torch.equal(drop(x), x))
#> True
