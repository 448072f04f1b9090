"""What the public API's name search returns, for tests of search."""

from django.test import Client


def found_entries(client: Client, q: str) -> list[int]:
    """The entry numbers the API lists for the name query `q`, best first."""
    body = client.get("/api/v1/persons", {"q": q}).json()
    return [result["entry_no"] for result in body["results"]]
