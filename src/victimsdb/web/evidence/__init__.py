"""Evidence custody on the staff side: uploads kept by SHA-256, linked to records, downloads logged.

The files themselves live in the core's content-addressed store
(``victimsdb.core.evidence``, at ``settings.EVIDENCE_ROOT``); an
:class:`~victimsdb.web.evidence.models.Evidence` row links one stored item to
a person, testimony or source. To keep an upload from anywhere (the intake
forms too), call :func:`victimsdb.web.evidence.storage.keep_upload`.
"""
