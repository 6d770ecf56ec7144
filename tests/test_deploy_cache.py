"""The deploy workflow reuses the data files read, and the photos, preview cards and QR codes made, by
earlier deploys, with no new right."""

from __future__ import annotations

import re

from thidua.caches import CARDS, PHOTOS, QR_CODES, SOURCES, cache_folder

from test_workflows import DEPLOY, ROOT, load

# The folders of the caches of campaigns/ that validation and the build reuse (thidua.caches), as
# the workflow names them from the repository's root, and the code that makes their files.
FOLDER = cache_folder(ROOT / "campaigns").relative_to(ROOT).as_posix()
CACHES = {
    f"{FOLDER}/{PHOTOS}": "hooks/thidua/photos.py",
    f"{FOLDER}/{CARDS}": "hooks/thidua/cards.py",
    f"{FOLDER}/{QR_CODES}": "hooks/thidua/qr.py",
    f"{FOLDER}/{SOURCES}": "hooks/thidua/**/*.py",
}


def test_deploy_reuses_data_files_photos_and_cards_of_earlier_deploys_without_new_rights():
    build = load(DEPLOY)["jobs"]["build"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}, "a cache needs no right"
    validated_at = next(i for i, step in enumerate(build["steps"]) if "thidua validate" in step.get("run", ""))
    built_at = next(i for i, step in enumerate(build["steps"]) if "mkdocs build" in step.get("run", ""))
    caches = {
        step["with"]["path"]: (i, step["with"]) for i, step in enumerate(build["steps"])
        if step.get("uses", "").startswith("actions/cache@")
    }
    assert set(caches) == set(CACHES)
    for path, (index, settings) in caches.items():
        assert index < (validated_at if path == f"{FOLDER}/{SOURCES}" else built_at), f"{path} is restored before it is read"
        assert any(ROOT.glob(CACHES[path]))
        prefix = settings["restore-keys"].strip()
        assert "\n" not in prefix and prefix.endswith("-") and settings["key"].startswith(prefix)
        invalidated_by = re.fullmatch(r"[\w-]+\$\{\{ hashFiles\(([^)]*)\) \}\}-", prefix)
        assert invalidated_by, f"{path}: the prefix is a name and a hash of what invalidates the cache"
        assert set(re.findall(r"'([^']+)'", invalidated_by.group(1))) == {"requirements.txt", CACHES[path]}
        assert "hashFiles('campaigns/**'" in settings["key"][len(prefix):], "new data saves a new cache"
