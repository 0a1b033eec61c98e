import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def train(w, **kwargs):
    opt = torch.optim.AdamW([w], lr=0.1, **kwargs)
    for _ in range(3):
        opt.zero_grad()
        (w**2).sum().backward()
        opt.step()
    return opt


w1 = torch.nn.Parameter(torch.tensor([1.0, -2.0, 3.0], device=device))
w2 = torch.nn.Parameter(torch.tensor([1.0, -2.0, 3.0], device=device))
opt = train(w1)
train(w2, fused=True)  # (1)!
print(torch.allclose(w1, w2), [round(v, 4) for v in w1.tolist()])
#> True [0.6989, -1.6949, 2.6917]

state = opt.state[w1]
print(state["exp_avg"].device == w1.device, state["exp_avg"].dtype)
#> True torch.float32
print(state["step"].device.type)  # (2)!
#> cpu

cpu_w = torch.nn.Parameter(torch.tensor([1.0, -2.0, 3.0], device="cpu"))
saved = train(cpu_w).state_dict()  # (3)!
restored = torch.optim.AdamW([w2], lr=0.1)
restored.load_state_dict(saved)
print(restored.state[w2]["exp_avg"].device == w2.device)
#> True
