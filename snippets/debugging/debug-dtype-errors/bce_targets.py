import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4)
labels = torch.tensor([0, 1, 1, 0])  # (1)!

for loss_fn, inp in [(nn.BCELoss(), torch.sigmoid(logits)),
                     (nn.BCEWithLogitsLoss(), logits)]:
    try:
        loss_fn(inp, labels)
    except RuntimeError as e:
        print(f"{type(loss_fn).__name__}: {str(e).splitlines()[0]}")
        #> BCELoss: Found dtype Long but expected Float
        #> BCEWithLogitsLoss: result type Float can't be cast to the desired output type Long

try:
    nn.BCELoss()(torch.sigmoid(logits), labels.double())  # (2)!
except RuntimeError as e:
    print("BCELoss:", str(e).splitlines()[0])
    #> BCELoss: Found dtype Double but expected Float

loss = nn.BCEWithLogitsLoss()(logits, labels.to(logits.dtype))  # (3)!
print(labels.to(logits.dtype).dtype, loss.dtype, round(loss.item(), 4))
#> torch.float32 torch.float32 1.4722
