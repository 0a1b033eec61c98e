line = "x" * 999
for _ in range(10_000):
    print(line)
