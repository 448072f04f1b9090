"""victimsdb: documenting people who are detained, disappeared or persecuted."""

__version__ = "0.1.0"
