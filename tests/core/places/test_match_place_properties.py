"""match_place never fails, whatever it is given, and ranks what it returns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from victimsdb.core.places import match_place

NAMES = st.sampled_from(["Ghulja", "特克斯县", "قاغىلىق", "Құлжа", "Aheqi Xian", "Chöchek"])
TEXT = st.one_of(st.text(max_size=60), st.builds("{} {}".format, NAMES, st.text(max_size=15)))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_match_place_never_crashes_on_any_text(text: str) -> None:
    matches = match_place(text, limit=None)
    scores = [match.score for match in matches]
    assert all(0.0 < score <= 1.0 for score in scores)
    assert scores == sorted(scores, reverse=True)
    assert len({match.key for match in matches}) == len(matches)


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=5))
def test_limit_caps_the_number_of_matches(limit: int) -> None:
    assert len(match_place("Kashgar, Hotan, Aksu, Ili", limit=limit)) <= limit
