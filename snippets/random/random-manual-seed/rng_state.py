import torch

state = torch.get_rng_state()  # (1)!
print(state.dtype, state.shape)
#> torch.uint8 torch.Size([5056])
a = torch.randint(0, 100, (4,))
torch.set_rng_state(state)
b = torch.randint(0, 100, (4,))
print(torch.equal(a, b))
#> True

torch.manual_seed(0)
plain = torch.randint(0, 100, (4,))
torch.manual_seed(0)
with torch.random.fork_rng():  # (2)!
    torch.randint(0, 100, (1000,))
forked = torch.randint(0, 100, (4,))
print(torch.equal(plain, forked))
#> True
