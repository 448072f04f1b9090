"""The OpenAPI description of POST /api/v1/reports (merged into api/openapi.py).

Built from the core's spec constants and vocabularies, so it cannot drift
from what the endpoint accepts.
"""

from __future__ import annotations

from typing import Any

from victimsdb.core.intake import report as spec
from victimsdb.core.vocabulary import Ethnicity, Gender


def _text(limit: int, description: str = "") -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": limit}
    return {**schema, "description": description} if description else schema


REPORT = {
    "type": "object",
    "required": ["victim"],
    "additionalProperties": False,
    "properties": {
        "victim": {
            "type": "object",
            "required": ["names", "what_happened"],
            "additionalProperties": False,
            "properties": {
                "names": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": spec.MAX_NAMES,
                    "items": _text(spec.MAX_NAME),
                    "description": "the person's names in any script, the usual one first",
                },
                "gender": {"enum": [member.value for member in Gender]},
                "birth_year": {"type": "integer", "minimum": spec.EARLIEST_BIRTH_YEAR},
                "ethnicity": {"enum": [member.value for member in Ethnicity]},
                "hometown": _text(spec.MAX_SHORT),
                "what_happened": _text(spec.MAX_LONG),
                "when": _text(spec.MAX_WHEN, "YYYY, YYYY-MM, YYYY-MM-DD or words"),
                "where": _text(spec.MAX_SHORT, "where the person was taken or last seen"),
            },
        },
        "reporter": {
            "type": "object",
            "additionalProperties": False,
            "description": "confidential: never shown publicly",
            "properties": {key: _text(spec.MAX_SHORT) for key in ("name", "relation", "contact")},
        },
        "consent": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "publish_name": {"type": "boolean", "default": False},
                "publish_photo": {"type": "boolean", "default": False},
            },
        },
    },
}


def report_operation() -> dict[str, Any]:
    """The POST operation: a report of a detained or missing person."""
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    return {
        "summary": "Report a detained or missing person (no account; never public until reviewed)",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}},
        },
        "responses": {
            "202": {
                "description": "received; keep the receipt code",
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "properties": {"receipt": {"type": "string"}}}
                    }
                },
            },
            "400": {"description": "malformed JSON, unknown or invalid fields", "content": error},
            "413": {"description": "the body is too large", "content": error},
            "415": {"description": "not application/json", "content": error},
            "429": {"description": "too many reports from this address", "content": error},
        },
    }
