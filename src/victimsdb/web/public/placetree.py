"""Every place with its parent, kind, public flag and label, read once per data version.

A page of entries names dozens of hometowns and each one's county and
prefecture; reading them (and their names in a dozen languages) for every
page cost more than the search itself. The gazetteer changes rarely, and
every change to a place or a place name renews the data version
(`freshness`), so the whole tree is read once per version and kept in the
process.
"""

from __future__ import annotations

from dataclasses import dataclass
from threading import Lock

from victimsdb.core.intake.granularity import coarsen
from victimsdb.core.vocabulary import PlaceGranularity
from victimsdb.web.public.freshness import current
from victimsdb.web.public.policy import PUBLIC
from victimsdb.web.records.models import Place, PlaceName


@dataclass(frozen=True)
class PlaceNode:
    """A place as public outputs show it."""

    id: int
    parent_id: int | None
    kind: str
    public: bool
    label: str  # its first name, as str(place) gives it


Tree = dict[int, PlaceNode]
_LOCK = Lock()
_KEPT: dict[str, Tree] = {}


def place_tree() -> Tree:
    """Every place by id, as of this version of the data."""
    version = current()
    with _LOCK:
        tree = _KEPT.get(version)
        if tree is None:
            tree = _read()
            _KEPT.clear()
            _KEPT[version] = tree
    return tree


def lineage(tree: Tree, place_id: int | None) -> list[PlaceNode]:
    """The place and its ancestors, nearest first (cycles cut)."""
    chain: list[PlaceNode] = []
    node = tree.get(place_id) if place_id is not None else None
    while node is not None and node not in chain:
        chain.append(node)
        node = tree.get(node.parent_id) if node.parent_id is not None else None
    return chain


def public_place(tree: Tree, place_id: int | None, granularity: str) -> list[PlaceNode]:
    """The public lineage of the place as precisely as this consent allows (empty: none)."""
    public = [node for node in lineage(tree, place_id) if node.public]
    allowed = PlaceGranularity(granularity or PlaceGranularity.COUNTY)
    shown = coarsen(public, lambda node: node.kind, allowed)
    return public[public.index(shown) :] if shown is not None else []


def _read() -> Tree:
    first: dict[int, str] = {}
    for place_id, text in PlaceName.objects.order_by("pk").values_list("place_id", "text"):
        first.setdefault(place_id, text)
    public = set(Place.objects.filter(PUBLIC).values_list("pk", flat=True))
    return {
        pk: PlaceNode(pk, parent, kind, pk in public, first.get(pk, f"place {pk}"))
        for pk, parent, kind in Place.all_objects.values_list("pk", "parent_id", "kind")
    }
