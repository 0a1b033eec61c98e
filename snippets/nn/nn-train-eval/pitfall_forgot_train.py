import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.Dropout(0.5))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(8, 2)


def evaluate(model):
    model.eval()  # (1)!
    with torch.no_grad():
        return model(x).mean().item()


def train_step(model):
    optimizer.zero_grad()
    model(x).pow(2).mean().backward()
    optimizer.step()
    return model.training


for epoch in range(3):
    trained_in_train_mode = train_step(model)
    evaluate(model)
    print(epoch, trained_in_train_mode, model[1].num_batches_tracked.item())  # (2)!
    #> 0 True 1
    #> 1 False 1
    #> 2 False 1

for epoch in range(3):
    model.train()  # (3)!
    trained_in_train_mode = train_step(model)
    evaluate(model)
    print(epoch, trained_in_train_mode, model[1].num_batches_tracked.item())
    #> 0 True 2
    #> 1 True 3
    #> 2 True 4
