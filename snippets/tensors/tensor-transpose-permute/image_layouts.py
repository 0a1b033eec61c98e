import torch

hwc = torch.tensor(
    [[[10, 11, 12], [20, 21, 22]],
     [[30, 31, 32], [40, 41, 42]]]
)  # (1)!
chw = hwc.permute(2, 0, 1)  # (2)!
print(hwc.shape, chw.shape)
#> torch.Size([2, 2, 3]) torch.Size([3, 2, 2])
print(chw[0].tolist(), chw[2].tolist())
#> [[10, 20], [30, 40]] [[12, 22], [32, 42]]
print(torch.equal(chw.permute(1, 2, 0), hwc))  # (3)!
#> True

nhwc = torch.stack([hwc, hwc + 100])
nchw = nhwc.permute(0, 3, 1, 2)
print(nchw.shape, nchw[1, 0].tolist())
#> torch.Size([2, 3, 2, 2]) [[110, 120], [130, 140]]
print(torch.equal(nchw, nhwc.movedim(-1, 1)))  # (4)!
#> True
print(nchw.is_contiguous(), nchw.contiguous().is_contiguous())
#> False True
