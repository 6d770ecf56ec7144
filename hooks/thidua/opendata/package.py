"""datapackage.json: a Frictionless Data Package describing every file of open data.

Each CSV is a tabular resource whose Table Schema is made from the table's columns; each JSON file
names its JSON Schema in ``jsonSchema`` (``schema`` of a Data Resource is a Table Schema, so a JSON
Schema cannot go there); original texts and input schemas are plain resources. Every resource
states its ``type``: without it, frictionless reads a file named ``*.schema.json`` as a Table Schema.
"""

from ..writing import SiteFiles
from ..urls import address
from .jsontext import json_text
from .tables import ENCODING, Table

LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/deed.vi",
    "title": "Creative Commons Ghi công 4.0",
}


def table_resource(table: Table) -> dict:
    schema = {
        "fields": [
            {"name": c.name, "type": c.type, "description": c.description, **({"constraints": c.constraints} if c.constraints else {})}
            for c in table.columns
        ],
        "missingValues": [""],
        **({"primaryKey": list(table.primary_key)} if table.primary_key else {}),
        **({"foreignKeys": [_foreign_key(table.refers_to)]} if table.refers_to else {}),
    }
    return {
        "name": table.name, "path": table.path, "type": "table", "profile": "tabular-data-resource",
        "title": table.title, "description": table.description,
        "format": "csv", "mediatype": "text/csv", "encoding": ENCODING, "schema": schema,
    }


def _foreign_key(target: Table) -> dict:
    """The referring table's columns named like ``target``'s primary key name one row of ``target``."""
    key = list(target.primary_key)
    return {"fields": key, "reference": {"resource": target.name, "fields": key}}


def json_resource(path: str, title: str, json_schema: str | None = None) -> dict:
    return {
        "name": path, "path": path, "type": "json", "title": title, "format": "json", "mediatype": "application/json",
        "encoding": "utf-8", **({"jsonSchema": json_schema} if json_schema else {}),
    }


def text_resource(path: str, title: str) -> dict:
    return {"name": path, "path": path, "type": "text", "title": title, "format": "txt", "mediatype": "text/plain", "encoding": "utf-8"}


def descriptor(resources: list[dict], site_url: str) -> dict:
    return {
        "profile": "data-package",
        "name": "thidua-du-lieu-mo",
        "title": "Phong trào thi đua: kế hoạch, chỉ tiêu, kết quả và khen thưởng",
        "description": "Dữ liệu mở của trang: các kế hoạch, phát động phong trào thi đua (chép nguyên văn, kèm số "
        "liệu có cấu trúc), chỉ tiêu, giá trị và kết quả, tập thể và cá nhân được khen thưởng. Tạo lại mỗi lần trang được xây dựng.",
        **({"homepage": address(site_url, "du-lieu/")} if site_url else {}),
        "licenses": [LICENSE],
        "resources": resources,
    }


def write_package(files: SiteFiles, resources: list[dict], site_url: str) -> str:
    """Write datapackage.json in du-lieu/ (``files``); returns its path there."""
    path = "datapackage.json"
    files.write_text(path, json_text(descriptor(resources, site_url)) + "\n")
    return path
