"""The OpenAPI 3.1 description of API v1, served at /api/v1/openapi.json.

Enumerations come from the core vocabularies so the description cannot drift
from what the API accepts; tests check that every API route is described.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from victimsdb import __version__
from victimsdb.core.vocabulary import Ethnicity, Gender, Status, Verification
from victimsdb.web.intake.openapi import REPORT, report_operation
from victimsdb.web.public.listing import MAX_QUERY_LENGTH


def _values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


FUZZY_DATE = {
    "type": ["object", "null"],
    "properties": {
        "date": {"type": "string", "description": "YYYY, YYYY-MM or YYYY-MM-DD: the precision"},
        "qualifier": {"enum": ["exact", "approximate", "before", "after"]},
        "label": {"type": "string"},
    },
}
PLACE = {
    "type": ["object", "null"],
    "properties": {
        "name": {"type": "string"},
        "within": {"type": "array", "items": {"type": "string"}},
    },
}
CLAIM = {
    "type": "object",
    "properties": {
        "field": {"type": "string"},
        "value": {"type": "string"},
        "stance": {"enum": ["asserts", "disputes"]},
        "quote": {"type": "string", "description": "the passage of the source that states it"},
        "source": {"type": "integer", "description": "id of an item in the entry's sources"},
    },
}
SOURCE = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "kind": {"type": "string"},
        "title": {"type": "string", "description": "empty when the entry's names are withheld"},
        "outlet": {"type": "string"},
        "author": {"type": "string"},
        "published": FUZZY_DATE,
        "url": {"type": "string"},
        "sha256": {"type": "string", "description": "of the archived copy, if any"},
    },
}
TESTIMONY = {
    "type": "object",
    "properties": {
        "testifier": {
            "type": "string",
            "description": "the testifier's name or initials if they consented, else 'anonymous'",
        },
        "relation": {"type": "string", "description": "the testifier's relation to the person"},
        "date": FUZZY_DATE,
        "language": {"type": "string"},
        "summary": {"type": "string", "description": "empty without the testifier's consent"},
        "transcript": {"type": "string", "description": "empty without the testifier's consent"},
        "translation": {"type": "string", "description": "empty without the testifier's consent"},
        "source": {"type": ["integer", "null"], "description": "id of an item in sources"},
    },
}
SUMMARY = {
    "type": "object",
    "required": ["entry_no", "label", "names", "status"],
    "properties": {
        "entry_no": {"type": "integer", "description": "stable, citable entry number"},
        "label": {"type": "string", "description": "name or, if withheld, a neutral description"},
        "names": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "script": {"type": "string", "description": "ISO 15924"},
                    "language": {"type": "string"},
                    "kind": {"type": "string"},
                },
            },
        },
        "gender": {"type": "string"},
        "birth_year": {"type": ["integer", "null"]},
        "ethnicity": {"type": "string"},
        "status": {"enum": _values(Status)},
        "verification": {"enum": ["reported", "testimony", "corroborated", "documented"]},
        "hometown": PLACE,
        "sources": {
            "type": "array",
            "description": "the public sources the entry's public claims cite",
            "items": SOURCE,
        },
        "match": {
            "type": "object",
            "description": "present when q was given: how the entry matched",
            "properties": {
                "score": {"type": "number"},
                "matched_name": {"type": "string"},
                "why": {"type": "string"},
            },
        },
    },
}
ENTRY = {
    "allOf": [
        {"$ref": "#/components/schemas/PersonSummary"},
        {
            "type": "object",
            "properties": {
                "citizenships": {"type": "array", "items": {"type": "string"}},
                "occupation": {"type": "string"},
                "summary": {"type": "string"},
                "events": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "type": {"type": "string"},
                            "start": FUZZY_DATE,
                            "end": FUZZY_DATE,
                            "place": PLACE,
                            "facility": {"type": ["object", "null"]},
                            "charge": {"type": "string"},
                            "sentence_years": {"type": ["number", "null"]},
                            "description": {"type": "string"},
                            "disputed": {"type": "boolean"},
                            "claims": {"type": "array", "items": CLAIM},
                        },
                    },
                },
                "claims": {"type": "array", "items": CLAIM},
                "testimonies": {"type": "array", "items": TESTIMONY},
                "sources": {
                    "type": "array",
                    "description": "every public source the entry cites (claims, testimonies)",
                    "items": SOURCE,
                },
            },
        },
    ]
}


def openapi_document() -> dict[str, Any]:
    """The API description as a JSON-ready dict."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "victimsdb API",
            "version": f"1 ({__version__})",
            "description": "Public. Only published, public entries and fields; the one write is "
            "POST /api/v1/reports, a report staff review before anything is published.",
        },
        "paths": {
            "/api/v1/persons": {"get": _list_operation()},
            "/api/v1/persons/{entry_no}": {"get": _detail_operation()},
            "/api/v1/persons/recent": {"get": _recent_operation()},
            "/api/v1/reports": {"post": report_operation()},
            "/api/v1/openapi.json": {
                "get": {
                    "summary": "This description",
                    "responses": {"200": {"description": "OpenAPI"}},
                }
            },
        },
        "components": {
            "schemas": {
                "PersonSummary": SUMMARY,
                "Report": REPORT,
                "Entry": ENTRY,
                "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
                "PersonList": {
                    "type": "object",
                    "properties": {
                        "count": {"type": "integer"},
                        "next": {"type": ["string", "null"]},
                        "tied_best": {
                            "type": ["integer", "null"],
                            "description": "with q: how many results match as well as the "
                            "first (namesakes: narrow them with a filter); null without q",
                        },
                        "truncated": {
                            "type": "boolean",
                            "description": "with q: more entries matched than a name query "
                            "ranks (the best are listed); narrow with a filter",
                        },
                        "facets": {
                            "type": "object",
                            "description": "per facet: values, labels, counts over all results",
                            "additionalProperties": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "value": {"type": "string"},
                                        "label": {"type": "string"},
                                        "count": {"type": "integer"},
                                    },
                                },
                            },
                        },
                        "results": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/PersonSummary"},
                        },
                    },
                },
            }
        },
    }


def _list_operation() -> dict[str, Any]:
    return {
        "summary": "Search and list public entries",
        "parameters": [
            {
                "name": "q",
                "in": "query",
                "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH},
                "description": "a name in any spelling",
            },
            {"name": "status", "in": "query", "schema": {"enum": _values(Status)}},
            {"name": "ethnicity", "in": "query", "schema": {"enum": _values(Ethnicity)}},
            {"name": "gender", "in": "query", "schema": {"enum": _values(Gender)}},
            {"name": "verification", "in": "query", "schema": {"enum": _values(Verification)}},
            {
                "name": "prefecture",
                "in": "query",
                "schema": {"type": "integer"},
                "description": "id of a public place: the hometown's prefecture (see facets)",
            },
            {
                "name": "county",
                "in": "query",
                "schema": {"type": "integer"},
                "description": "id of a public place: the hometown's county (see facets)",
            },
            {
                "name": "facility",
                "in": "query",
                "schema": {"type": "integer"},
                "description": "id of a public facility (see facets)",
            },
            {
                "name": "year",
                "in": "query",
                "schema": {"type": "integer"},
                "description": "the year first detained",
            },
            {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {
                "name": "format",
                "in": "query",
                "schema": {"enum": ["json", "csv"]},
                "description": "csv: every matching entry (up to 10,000) as a CSV download",
            },
        ],
        "responses": {
            "200": {
                "description": "a page of entries",
                "content": {**_json("PersonList"), "text/csv": {"schema": {"type": "string"}}},
            },
            "400": _error("a parameter is unknown or invalid"),
            "404": _error("the page does not exist"),
        },
    }


def _detail_operation() -> dict[str, Any]:
    return {
        "summary": "One public entry with its names, events, testimonies, sources and claims",
        "parameters": [
            {"name": "entry_no", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "responses": {
            "200": {"description": "the entry", "content": _json("Entry")},
            "404": _error("no public entry has this number"),
            "410": _error("the entry was withdrawn"),
        },
    }


def _recent_operation() -> dict[str, Any]:
    return {
        "summary": "The entries made public most recently (the Atom feed's, as JSON)",
        "description": "At most 50, latest first; `published` is when each became public.",
        "responses": {
            "200": {
                "description": "the entries",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "results": {
                                    "type": "array",
                                    "items": {
                                        "allOf": [
                                            {"$ref": "#/components/schemas/PersonSummary"},
                                            {
                                                "type": "object",
                                                "properties": {
                                                    "published": {
                                                        "type": "string",
                                                        "format": "date-time",
                                                    }
                                                },
                                            },
                                        ]
                                    },
                                }
                            },
                        }
                    }
                },
            }
        },
    }
