"""The core never imports Django: it must run (and be reused) without the web edge."""

from __future__ import annotations

import ast
from pathlib import Path

import victimsdb.core

CORE = Path(victimsdb.core.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_it_finds_the_core_modules() -> None:
    assert len(list(CORE.rglob("*.py"))) >= 5


def test_no_core_module_imports_django_or_the_web_edge() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(
            name
            for name in imported_modules(path)
            if name.split(".")[0] in {"django", "simple_history"}
            or name.startswith("victimsdb.web")
        )
        for path in CORE.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_it_would_catch_a_django_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from django.db import models\nimport django\n", encoding="utf-8")
    assert imported_modules(module) == {"django.db", "django"}
