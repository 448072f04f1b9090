"""How long reading and checking the curated dataset takes (it runs before every demo load)."""

from __future__ import annotations

from victimsdb.bench import Row, benchmark
from victimsdb.bench.timing import percentiles, time_ms
from victimsdb.core.dataset import check_dataset, read_dataset


@benchmark("Demo dataset: read and check seeds.json (core, no database)")
def read_and_check() -> list[Row]:
    data = read_dataset()
    cuts = percentiles(time_ms(lambda: check_dataset(read_dataset()), repeat=50))
    size = f"{len(data['persons'])} persons, {len(data['sources'])} sources"
    return [("size", size, "")] + [(name, f"{value:.1f} ms", "") for name, value in cuts.items()]
