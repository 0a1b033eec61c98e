"""The wiki's site: one snapshot of the wiki per build (snapshot), page transforms that know nothing of the
site generator (transforms, rendered), the files the site carries besides its pages (outputs), and the one
adapter to the generator (mkdocs_plugin)."""
