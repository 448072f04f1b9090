"""The pure-Python core: domain vocabulary, records and rules.

Nothing under this package may import Django (tests/core/test_core_purity.py
walks every module and fails if one does). The web edge converts ORM rows to
the records defined here.
"""
