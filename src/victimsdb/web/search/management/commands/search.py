"""`victimsdb search QUERY [--limit N] [--json]`: staff search over every live entry."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.query import search_names


class Command(BaseCommand):
    help = "Search all entries (published or not) by a name in any spelling or script."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("query")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["limit"] < 1:
            raise CommandError("--limit must be at least 1")
        hits = search_names(
            options["query"], Person.objects.all(), Name.objects.all(), limit=options["limit"]
        )
        results: list[dict[str, Any]] = [
            {
                "entry_no": hit.person.entry_no,
                "names": list(hit.person.names.values_list("text", flat=True)),
                "score": hit.score,
                "matched_name": hit.matched_name,
            }
            for hit in hits
        ]
        if options["json"]:
            self.stdout.write(json.dumps({"results": results}, ensure_ascii=False))
            return
        for result in results:
            self.stdout.write(
                f"{result['entry_no']:>8}  {result['score']:.2f}  "
                f"{result['matched_name']}  ({' | '.join(result['names'])})"
            )
        if not results:
            self.stdout.write("no match")
