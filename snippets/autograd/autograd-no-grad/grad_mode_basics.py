import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    y = x * 2  # (1)!
    print(torch.is_grad_enabled(), y.requires_grad, y.grad_fn, x.requires_grad)
    #> False False None True
    w = torch.zeros(2, requires_grad=True)  # (2)!
    print(w.requires_grad, w.is_leaf)
    #> True True
    with torch.enable_grad():  # (3)!
        print((x * 2).requires_grad)
        #> True
print(torch.is_grad_enabled(), (x * 2).requires_grad)
#> True True


@torch.no_grad()
def predict(t):
    return t * 2


print(predict(x).requires_grad)
#> False

for training in (True, False):
    with torch.set_grad_enabled(training):  # (4)!
        print(training, (x * 2).requires_grad)
        #> True True
        #> False False
