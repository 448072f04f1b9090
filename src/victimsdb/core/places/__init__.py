"""The gazetteer: places in Xinjiang and abroad, by any name in any script.

*Ghulja* = *Yining* = *Kulja* = 伊宁 = غۇلجا = Құлжа; *Qaghiliq* = *Yecheng* =
*Kargilik*. This package holds the bundled, versioned list of places
(``data/gazetteer.json``) and finds places by name:

* :func:`load_gazetteer` reads and checks the file once; :func:`lineage`
  gives a place and its ancestors up to the country;
* :func:`match_place` finds the places a text names, ranked, with the name
  that matched and how;
* :func:`place_records` gives the places parents first, shaped like the
  demo dataset's places, for the web edge to load into its database.

Pure Python plus the names package; never imports Django.
"""

from __future__ import annotations

from victimsdb.core.places.gazetteer import (
    DATA,
    Gazetteer,
    GazetteerError,
    Place,
    PlaceName,
    lineage,
    load_gazetteer,
    parse_gazetteer,
    place_records,
    read_gazetteer,
)
from victimsdb.core.places.matching import PlaceMatch, PlaceMatcher, default_matcher, match_place
from victimsdb.core.places.suffixes import Core, strip_suffixes
from victimsdb.core.places.validation import LANGUAGES, check_gazetteer

__all__ = [
    "DATA",
    "LANGUAGES",
    "Core",
    "Gazetteer",
    "GazetteerError",
    "Place",
    "PlaceMatch",
    "PlaceMatcher",
    "PlaceName",
    "check_gazetteer",
    "default_matcher",
    "lineage",
    "load_gazetteer",
    "match_place",
    "parse_gazetteer",
    "place_records",
    "read_gazetteer",
    "strip_suffixes",
]
