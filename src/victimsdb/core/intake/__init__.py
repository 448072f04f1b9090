"""Intake in the core: what a public report may say, receipts, the review workflow,
verification grades and how precisely a public page may place a person.

Pure Python; the Django app ``victimsdb.web.intake`` is the edge around it.
"""
