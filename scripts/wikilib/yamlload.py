"""YAML as the wiki reads it: safe, through libyaml where PyYAML has it (a build reads every page's front
matter, the registry and the glossary). A text libyaml rejects is read again by PyYAML's own parser, whose
error points at the line of the problem (libyaml's points at the end of the text)."""

import yaml

FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str):
    try:
        return yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError:
        return yaml.load(text, Loader=yaml.SafeLoader)  # raises its own, better-placed error
