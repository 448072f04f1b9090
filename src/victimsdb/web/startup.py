"""What a server process does once, after Django is set up and before its first
request: `wsgi.py` calls it, and the search benchmark calls it to be timed as a
server is.

- ICU's transliterators are built (`prepare`), not in the first searches in each
  script.
- What start-up made (Django, the libraries, about 100,000 objects) lives as long as
  the process: frozen, each full garbage collection skips it (about 30 ms less each).
- The young generation is collected every YOUNG_OBJECTS allocations (net of frees),
  not every 700 (CPython's default). A search among a million entries holds tens of
  thousands of objects while it ranks (a common name's candidates, its stored words),
  and at every 700 allocations those were found alive and moved on, towards the old
  generation, where they soon made up a quarter of the objects there: that is when
  CPython collects everything, and most one-word queries had a full collection.
  Collected 70 times less often, a search's objects are moved on 70 times less
  often, and a query that ends between two collections moves none. Measured on the
  benchmark's database of a million entries, 200 one-word queries: 112 full
  collections and 9.6 s of collecting at 700, none and 3.7 s at 50,000. The cost: each
  young collection looks at up to 50,000 objects, every eleventh the middle
  generation too (up to about half a million, tens of milliseconds), and garbage in
  reference cycles waits longer to be freed. Both are in the measured collecting
  time (CHANGELOG).
- A last collection after the freeze makes the collector weigh the next full
  collection against the objects not frozen, as it will every later one: otherwise
  the first waits for a quarter of everything frozen (the benchmark's truth tables:
  millions) and the benchmark would time a server that has never had one.
"""

from __future__ import annotations

import gc

from victimsdb.core.names.transliterate import prepare

YOUNG_OBJECTS = 50_000


def ready_for_requests() -> None:
    """Build ICU's transliterators, freeze what start-up made and collect once more (the
    next full collection weighed against what is not frozen), and collect the young
    generation every YOUNG_OBJECTS allocations (the older ones as CPython does)."""
    prepare()
    gc.collect()
    gc.freeze()
    gc.collect()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS, middle, old)
