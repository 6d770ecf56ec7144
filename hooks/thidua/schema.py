"""JSON Schemas generated from the model, so editors can autocomplete and check data files."""

import json
from pathlib import Path

from pydantic import BaseModel

from .model.campaign import Campaign
from .model.exemplar import Exemplar
from .model.former import FormerUnitList
from .model.indicator import IndicatorList
from .model.movement import AbbreviationList, MovementList
from .model.report import Report

SCHEMAS: dict[str, type[BaseModel]] = {
    "campaign.schema.json": Campaign,
    "exemplar.schema.json": Exemplar,
    "movements.schema.json": MovementList,
    "abbreviations.schema.json": AbbreviationList,
    "former-units.schema.json": FormerUnitList,
    "indicators.schema.json": IndicatorList,
    "report.schema.json": Report,
}


def schema_of(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(json.dumps(schema_of(model), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written
