"""The front matter schema (pydantic models). Imported only when a page is validated: pydantic takes ~0.12 s
to import, and the runner starts its zygote only once pytest has loaded the plugin that imports wikilib."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .frontmatter import DEVICES, STATUSES

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG)]
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")]


class GuideMeta(BaseModel):
    """Guides, the home page, the checklist: pages that are not a topic."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    description: str | None = None
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = []
    search: dict[Literal["exclude"], bool] = {}  # `exclude: true` keeps the page out of the site's search
    source_hash: Hash | None = None


class TopicMeta(BaseModel):
    """A concept page. `source_hash` is for a translation: the hash of the source page it was written from."""

    model_config = ConfigDict(extra="forbid")
    id: Slug
    title: str = Field(min_length=1)
    category: Slug
    status: Literal[STATUSES]
    devices: list[Literal[DEVICES]] = Field(default=list(DEVICES), min_length=1)
    devices_reason: str | None = None
    # include path (as in the page's --8<-- line) -> why that snippet only means something on that device
    cuda_only: dict[str, Annotated[str, StringConstraints(min_length=1)]] = {}
    cpu_only: dict[str, Annotated[str, StringConstraints(min_length=1)]] = {}
    # False: the CUDA run leaves the CPU as the default device (pages whose DataLoader forks worker processes)
    cuda_default_device: bool = True
    aliases: list[Slug] = []
    tags: list[str] = []
    source_hash: Hash | None = None
    description: str | None = None

    @model_validator(mode="after")
    def _limited_devices_say_why(self):
        if set(self.devices) != set(DEVICES) and not self.devices_reason:
            raise ValueError("a page limited to some devices must say why in 'devices_reason'")
        for device, only in (("cuda", self.cuda_only), ("cpu", self.cpu_only)):
            if only and device not in self.devices:
                raise ValueError(f"'{device}_only' snippets need a page that runs on {device} ('devices')")
        return self
