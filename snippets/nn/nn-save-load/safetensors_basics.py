import torch
from safetensors import safe_open
from safetensors.torch import load_file, load_model, save_file, save_model
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
save_file(model.state_dict(), "model.safetensors", metadata={"epoch": "3"})  # (1)!
state = load_file("model.safetensors")  # (2)!
print(sorted(state), model.load_state_dict(state))
#> ['0.bias', '0.weight', '2.bias', '2.weight'] <All keys matched successfully>
with safe_open("model.safetensors", framework="pt") as f:
    print(f.metadata(), f.get_slice("0.weight").get_shape())  # (3)!
    #> {'epoch': '3'} [8, 4]


def tied_model():
    embedding = nn.Embedding(10, 4)
    head = nn.Linear(4, 10, bias=False)
    head.weight = embedding.weight  # (4)!
    return nn.Sequential(embedding, head)


tied = tied_model()
print(list(tied.state_dict()))
#> ['0.weight', '1.weight']
try:
    save_file(tied.state_dict(), "tied.safetensors")
except RuntimeError as e:
    print(type(e).__name__, "-", e.args[0].strip().split(" and potential")[0])
    #> RuntimeError - Some tensors share memory, this will lead to duplicate memory on disk

save_model(tied, "tied.safetensors")  # (5)!
print(list(load_file("tied.safetensors")))
#> ['0.weight']
fresh = tied_model()
missing, unexpected = load_model(fresh, "tied.safetensors")
print(missing, unexpected, fresh[1].weight is fresh[0].weight)
#> set() [] True
print(torch.equal(fresh[0].weight, tied[0].weight))
#> True
