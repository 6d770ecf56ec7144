"""The deploy workflow reuses the photos and preview cards made by earlier deploys, with no new right."""

from __future__ import annotations

import re

from test_workflows import DEPLOY, ROOT, load

# The folders under .cache/ that the build reuses, and what makes their files (hooks/mkdocs_hooks.py CACHE).
IMAGE_CACHES = {".cache/anh": "hooks/thidua/photos.py", ".cache/the-chia-se": "hooks/thidua/cards.py"}


def test_deploy_reuses_photos_and_cards_of_earlier_deploys_without_new_rights():
    build = load(DEPLOY)["jobs"]["build"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}, "a cache needs no right"
    built_at = next(i for i, step in enumerate(build["steps"]) if "mkdocs build" in step.get("run", ""))
    caches = {
        step["with"]["path"]: (i, step["with"]) for i, step in enumerate(build["steps"])
        if step.get("uses", "").startswith("actions/cache@")
    }
    assert set(caches) == set(IMAGE_CACHES)
    for path, (index, settings) in caches.items():
        assert index < built_at, f"{path} is restored before the build"
        assert (ROOT / IMAGE_CACHES[path]).is_file()
        prefix = settings["restore-keys"].strip()
        assert "\n" not in prefix and prefix.endswith("-") and settings["key"].startswith(prefix)
        invalidated_by = re.fullmatch(r"[\w-]+\$\{\{ hashFiles\(([^)]*)\) \}\}-", prefix)
        assert invalidated_by, f"{path}: the prefix is a name and a hash of what invalidates the cache"
        assert set(re.findall(r"'([^']+)'", invalidated_by.group(1))) == {"requirements.txt", IMAGE_CACHES[path]}
        assert "hashFiles('campaigns/**'" in settings["key"][len(prefix):], "new data saves a new cache"
