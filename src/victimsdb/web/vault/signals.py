"""``confidential_fields_viewed``: sent when staff are shown decrypted fields.

Sent by the admin (change page and history version page) with
``sender=<model>``, ``request``, ``object_id`` and ``fields`` (names only).
An audit log connects to it; nothing here records values.
"""

from django.dispatch import Signal

confidential_fields_viewed = Signal()
