import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(p=0.5))


def validate(model):
    model.eval()
    with torch.no_grad():
        model(torch.ones(1, 4))


for epoch in range(2):
    print(epoch, "train", model.training)  # (1)!
    #> 0 train True
    #> 1 train False
    validate(model)

for epoch in range(2):
    model.train()  # (2)!
    print(epoch, "train", model.training, model[1].training)
    #> 0 train True True
    #> 1 train True True
    validate(model)
