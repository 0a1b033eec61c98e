import torch

i = torch.tensor([1, 2, 3])
print((i + 1).dtype, (i + 2.5).dtype, (i * True).dtype)  # (1)!
#> torch.int64 torch.float32 torch.int64
print(i / 2, i // 2)  # (2)!
#> tensor([0.5000, 1.0000, 1.5000]) tensor([0, 1, 1])

h = torch.tensor([1.0, 2.0], dtype=torch.float16)
print((h + 2.5).dtype, (h + torch.tensor([2.5])).dtype)  # (3)!
#> torch.float16 torch.float32

i32 = torch.tensor([1, 2], dtype=torch.int32)
print((i32 + torch.tensor(5)).dtype, (i32 + torch.tensor([5])).dtype)  # (4)!
#> torch.int32 torch.int64
f32 = torch.tensor([1.0, 2.0])
print((f32 + torch.tensor(5.0, dtype=torch.float64)).dtype)
#> torch.float32
print((f32 + torch.tensor([5.0], dtype=torch.float64)).dtype)
#> torch.float64

u8 = torch.tensor([200], dtype=torch.uint8)
s8 = torch.tensor([-1], dtype=torch.int8)
print((u8 + s8).dtype, (u8 + s8).tolist())  # (5)!
#> torch.int16 [199]

print(torch.result_type(i, 2.5), torch.promote_types(torch.int32, torch.float16))
#> torch.float32 torch.float16
