"""Encryption at rest: the encrypted model field, its keys, key rotation, admin safeguards.

Use :class:`victimsdb.web.vault.fields.EncryptedTextField` for any field that
must never be readable from the database alone (contacts, precise locations).
"""
