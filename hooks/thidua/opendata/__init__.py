"""Open data written beside the site, all under ``du-lieu/`` (documented on the data page, docs/du-lieu.md):

- ke-hoach.json, ke-hoach/<id>.json: every plan (plans.py), with their JSON Schemas (schemas.py);
- chi-tieu.csv (one row per target), gia-tri.csv (one row per value of a target or of a reported
  result, numbers in machine form), khen-thuong.csv and .json (tables.py);
- van-ban/<id>.txt: the original texts; schema/*.json: the schemas of the input files;
- datapackage.json describing all of them (package.py); manifest.json and du-lieu.zip (archive.py);

and the Atom feed at ``feed.xml``. Outputs read the validated data set, never the page models; the
build tells where each honored person's entry is (``SiteBuild.honored``, thidua.site.honored).
"""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from ..dataset import newest_campaigns
from ..feed import write_feed
from ..schema import write_schemas
from .archive import ArchivedFiles, write_archive
from .jsontext import json_text
from .package import json_resource, table_resource, text_resource, write_package
from .plans import plan_json
from .schemas import EXEMPLARS_SCHEMA, PLAN_SCHEMA, PLANS_SCHEMA, write_output_schemas
from .tables import EXEMPLARS, TARGETS, VALUES, CsvFile, exemplar_row, plan_rows

FOLDER = "du-lieu"
T = TypeVar("T")


def write_open_data(build, site_dir: Path, site_url: str, check: Callable[[], None] = lambda: None) -> None:
    """``check`` is called before each record's part, and raises to stop the work (`mkdocs serve`)."""
    dataset = build.dataset
    folder = site_dir / FOLDER
    files = ArchivedFiles(folder)
    records = newest_campaigns([record for record in dataset.campaigns if not record.illustrative])  # no made-up plan in open data
    campaigns = [plan_json(dataset, record, site_url) for record in _checked(records, check)]
    files.write("ke-hoach.json", _json_array(campaigns))
    resources = [json_resource("ke-hoach.json", "Toàn bộ kế hoạch thi đua", PLANS_SCHEMA)]
    for record, data in zip(_checked(records, check), campaigns):
        path = f"ke-hoach/{record.id}.json"
        files.write(path, data)
        resources.append(json_resource(path, f"Kế hoạch {record.id}", PLAN_SCHEMA))
        if record.source_text is not None:
            path = f"van-ban/{record.id}.txt"
            files.write_text(path, record.source_text)
            resources.append(text_resource(path, f"Văn bản gốc của kế hoạch {record.id}"))
    targets, values, people = CsvFile(TARGETS), CsvFile(VALUES), CsvFile(EXEMPLARS)
    for record in _checked(records, check):
        target_rows, value_rows = plan_rows(dataset, record)
        targets.add(target_rows)
        values.add(value_rows)
    exemplars = [exemplar_row(dataset, r, site_url, build.honored[r.id]) for r in _checked(dataset.exemplars, check)]
    people.add(exemplars)
    for table in (targets, values, people):
        table.write(files)
    files.write_text("khen-thuong.json", json_text(exemplars))
    resources += [
        *(table_resource(table) for table in (TARGETS, VALUES, EXEMPLARS)),
        json_resource("khen-thuong.json", f"{EXEMPLARS.title} (JSON, cùng các cột của khen-thuong.csv)", EXEMPLARS_SCHEMA),
    ]
    resources += [
        json_resource(path.relative_to(folder).as_posix(), f"JSON Schema của tệp dữ liệu đầu vào {path.name}")
        for path in write_schemas(folder / "schema")
    ]
    resources += [json_resource(path, f"JSON Schema: {title}") for path, title in write_output_schemas(files).items()]
    package = write_package(files, resources, site_url)
    check()
    write_archive(files, [package, *(resource["path"] for resource in resources)])
    write_feed(build, site_dir / "feed.xml", site_url)


def _checked(records: list[T], check: Callable[[], None]) -> Iterator[T]:
    for record in records:
        check()
        yield record


def _json_array(texts: list[bytes]) -> bytes:
    """``json_text`` of the list of the values whose texts (UTF-8) are ``texts``, each encoded once:
    in the list, each value's lines are indented one more space (no JSON text holds a raw newline
    in a string)."""
    return b"[\n " + b",\n ".join(text.replace(b"\n", b"\n ") for text in texts) + b"\n]" if texts else b"[]"

