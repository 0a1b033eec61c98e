import torch
from torch import nn


def prepare(model, batch, device):  # (1)!
    return model.to(device), batch.to(device)


for device in ["cpu", "meta"]:
    model, batch = prepare(nn.Linear(2, 2), torch.ones(1, 2), device)
    print(device, model(batch).device, model.weight.device == batch.device)
    #> cpu cpu True
    #> meta meta True
