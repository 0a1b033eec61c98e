import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
labels = [0, 2, 1, 2]
targets = {
    "float (N,)": torch.tensor(labels, dtype=torch.float32),  # (1)!
    "int32 (N,)": torch.tensor(labels, dtype=torch.int32),
    "int64 (N, 1)": torch.tensor(labels).unsqueeze(1),  # (2)!
    "one-hot int64": F.one_hot(torch.tensor(labels), 3),  # (3)!
}
for name, target in targets.items():
    try:
        F.cross_entropy(logits, target)
    except RuntimeError as e:
        print(f"{name}: {str(e).splitlines()[0]}")
        #> float (N,): expected target dtype to be Long or Byte, but got Float
        #> int32 (N,): expected target dtype to be Long or Byte, but got Int
        #> int64 (N, 1): 0D or 1D target tensor expected, multi-target not supported
        #> one-hot int64: Expected floating point type for target with class probabilities, got Long

try:
    F.nll_loss(logits.log_softmax(1), targets["int32 (N,)"])  # (4)!
except RuntimeError as e:
    print("nll_loss:", str(e).splitlines()[0])
    #> nll_loss: expected target dtype to be Long or Byte, but got Int

fixed = [
    targets["float (N,)"].long(),
    targets["int32 (N,)"].long(),
    targets["int64 (N, 1)"].squeeze(1),
    targets["one-hot int64"].float(),  # (5)!
]
print([round(F.cross_entropy(logits, t).item(), 4) for t in fixed])
#> [0.9357, 0.9357, 0.9357, 0.9357]
