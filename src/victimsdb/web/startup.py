"""What a server process does once, after Django is set up and before its first
request: `wsgi.py` calls it, and the search benchmark calls it to be timed as a
server is.

- ICU's transliterators are built (`prepare`), not in the first searches in each
  script.
- What start-up made (Django, the libraries, about 100,000 objects) lives as long as
  the process: frozen, each full garbage collection skips it (about 30 ms less each).
- The young generation is collected every YOUNG_OBJECTS allocations, not every 700
  (CPython's default). A search among a million entries holds tens of thousands of
  objects while it ranks (a common name's candidates, its stored words), and at
  every 700 allocations those were found alive, moved on to the old generation, and
  soon outnumbered a quarter of the objects there: that is when CPython collects
  everything, and most one-word queries had one. With the older generations'
  thresholds as they are, a full collection is now considered every 5,000,000
  allocations, not every 70,000, and fewer of a search's objects are still alive
  when a young collection looks at them. Measured on the benchmark's database of a
  million entries, 200 one-word queries: 114 full collections and 10.4 s of
  collecting at 700, 1 and 4.6 s at 50,000 (CHANGELOG). A young collection then
  looks at up to 50,000 objects, a few milliseconds, and reference cycles wait a
  little longer to be freed.
"""

from __future__ import annotations

import gc

from victimsdb.core.names.transliterate import prepare

YOUNG_OBJECTS = 50_000


def ready_for_requests() -> None:
    """Build ICU's transliterators, freeze what start-up made, and collect the young
    generation every YOUNG_OBJECTS allocations (the older ones as CPython does)."""
    prepare()
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS, middle, old)
