"""JSON Schemas of the JSON files of open data (du-lieu/schema/xuat/), each made from the definition
its file is written from: the Plan model, the columns of the honored-people table."""

import json

from pydantic import TypeAdapter

from ..writing import SiteFiles
from .plans import Plan
from .tables import EXEMPLARS

FOLDER = "schema/xuat"  # under du-lieu/; schema/ itself holds the schemas of the input files
DRAFT = "https://json-schema.org/draft/2020-12/schema"
PLANS_SCHEMA = f"{FOLDER}/ke-hoach.schema.json"
PLAN_SCHEMA = f"{FOLDER}/mot-ke-hoach.schema.json"
EXEMPLARS_SCHEMA = f"{FOLDER}/khen-thuong.schema.json"


def _model_schema(shape, title: str) -> dict:
    schema = TypeAdapter(shape).json_schema(mode="serialization", by_alias=True)
    return {"$schema": DRAFT, "title": title, **schema}


def _rows_schema(columns, title: str) -> dict:
    """An array of objects, one key per column, typed as the column."""
    properties = {
        c.name: {"type": c.type, "description": c.description, **(c.constraints or {})} for c in columns
    }
    row = {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}
    return {"$schema": DRAFT, "title": title, "type": "array", "items": row}


def output_schemas() -> dict[str, dict]:
    """Each schema by its path under du-lieu/."""
    return {
        PLANS_SCHEMA: _model_schema(list[Plan], "Danh sách kế hoạch thi đua (ke-hoach.json)"),
        PLAN_SCHEMA: _model_schema(Plan, "Một kế hoạch thi đua (ke-hoach/<mã kế hoạch>.json)"),
        EXEMPLARS_SCHEMA: _rows_schema(EXEMPLARS.columns, f"{EXEMPLARS.title} (khen-thuong.json)"),
    }


def write_output_schemas(files: SiteFiles) -> dict[str, str]:
    """Write every schema in du-lieu/ (``files``); their titles by path."""
    titles = {}
    for path, schema in output_schemas().items():
        files.write_text(path, json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
        titles[path] = schema["title"]
    return titles
