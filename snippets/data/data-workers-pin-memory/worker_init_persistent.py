import os
import tempfile

from torch.utils.data import DataLoader, Dataset


class Pids(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return os.getpid()


log = os.path.join(tempfile.mkdtemp(), "init.log")


def log_init(worker_id):  # (1)!
    with open(log, "a") as f:
        f.write(f"{worker_id}\n")


for persistent in (False, True):
    open(log, "w").close()
    loader = DataLoader(
        Pids(),
        batch_size=2,
        num_workers=2,
        worker_init_fn=log_init,
        persistent_workers=persistent,
    )
    pids = set()
    for epoch in range(3):
        for batch in loader:
            pids.update(batch.tolist())
    with open(log) as f:
        calls = f.read().split()
    print(f"persistent={persistent}: init calls {len(calls)}, processes {len(pids)}")
    #> persistent=False: init calls 6, processes 6
    #> persistent=True: init calls 2, processes 2
    del loader  # (2)!
