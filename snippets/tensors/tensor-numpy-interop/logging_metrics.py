import json

import torch

logits = torch.tensor([[2.0, 0.5, 0.1], [0.2, 0.1, 3.0], [1.0, 1.5, 0.3]])
labels = torch.tensor([0, 2, 0])

loss = torch.nn.functional.cross_entropy(logits, labels)
preds = logits.argmax(dim=1)
record = {
    "loss": round(loss.item(), 4),  # (1)!
    "accuracy": round((preds == labels).float().mean().item(), 4),
    "preds": preds.tolist(),  # (2)!
}
print(json.dumps(record))
#> {"loss": 0.5241, "accuracy": 0.6667, "preds": [0, 2, 1]}

try:
    json.dumps({"loss": loss})  # (3)!
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - Object of type Tensor is not JSON serializable
try:
    json.dumps({"loss": loss.detach().cpu().numpy()[()]})
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - Object of type float32 is not JSON serializable
