"""Files sent with a report or brought to an intake, kept in the evidence store.

Every file is checked first (type sniffed from its content, its name and
declared type must agree, size within the limit, kind accepted here); only
when all of them pass is any stored, so a refused upload leaves nothing
behind. The store keeps each original under its SHA-256 with who collected
it, when and how; the database keeps the SHA-256. Uploaded names are only
kept made safe (core.evidence.safe_name), never used as paths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext as _

from victimsdb.core.evidence import (
    DEFAULT_LIMITS,
    EvidenceRejected,
    EvidenceStore,
    Kind,
    Limits,
    MediaType,
    Rejection,
    StoredItem,
    check_claims,
    safe_name,
    sniff,
)
from victimsdb.core.evidence.limits import MB, describe_size
from victimsdb.core.evidence.sniff import SNIFF_BYTES


@dataclass(frozen=True)
class Policy:
    """Which kinds of file a channel accepts, how large, how many."""

    kinds: frozenset[Kind]
    limits: Limits
    max_files: int


PUBLIC = Policy(frozenset({Kind.PHOTO, Kind.DOCUMENT}), Limits(photo=10 * MB, document=10 * MB), 5)
"""The public report form: photos, ID scans and PDFs; recordings are taken at the office."""
INTAKE = Policy(frozenset(Kind), DEFAULT_LIMITS, 20)


@dataclass(frozen=True)
class Kept:
    """A stored upload: the store's record and the name this upload came with (made safe)."""

    item: StoredItem
    name: str

    def fields(self) -> dict[str, object]:
        """The values of a StoredFile row (ReportFile, TestimonyFile) for this upload."""
        media = self.item.media.mime
        return {
            "sha256": self.item.sha256,
            "media_type": media,
            "size": self.item.size,
            "name": self.name,
        }


class FileRefused(ValueError):
    """An upload was refused; the message is for the person who sent it."""


def keep_files(
    uploads: Sequence[UploadedFile], policy: Policy, collected_by: str, how: str
) -> list[Kept]:
    """Check every upload, then store them all; raise FileRefused (nothing stored) if any fails."""
    if len(uploads) > policy.max_files:
        raise FileRefused(_("Send at most %(count)d files.") % {"count": policy.max_files})
    for upload in uploads:
        check_file(upload, policy)
    store = EvidenceStore(settings.EVIDENCE_ROOT, policy.limits)
    now = timezone.now()
    items = []
    for upload in uploads:
        upload.seek(0)
        try:
            item = store.put(upload, upload.name or "", _type(upload), collected_by, now, how)
        except EvidenceRejected as rejected:
            raise FileRefused(_refusal(rejected.reason, policy)) from None
        items.append(Kept(item, safe_name(upload.name or "")))
    return items


def check_file(upload: UploadedFile, policy: Policy) -> MediaType:
    """The upload's real type, if this channel accepts it; raise FileRefused if not."""
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    try:
        media = sniff(head)
        check_claims(media, upload.name or "", _type(upload))
    except EvidenceRejected as rejected:
        raise FileRefused(_refusal(rejected.reason, policy)) from None
    if media.kind not in policy.kinds:
        raise FileRefused(_refusal(Rejection.UNSUPPORTED_TYPE, policy))
    if (upload.size or 0) > policy.limits.for_kind(media.kind):
        raise FileRefused(_refusal(Rejection.TOO_LARGE, policy, media.kind))
    return media


def _type(upload: UploadedFile) -> str:
    return upload.content_type or ""


def _refusal(reason: Rejection, policy: Policy, kind: Kind | None = None) -> str:
    """A message in the visitor's language; it never quotes the file's name."""
    if reason is Rejection.TOO_LARGE:
        limit = describe_size(policy.limits.for_kind(kind or Kind.PHOTO))
        message = _("A file is larger than %(limit)s.") % {"limit": limit}
    elif reason is Rejection.EMPTY:
        message = _("A file is empty.")
    elif reason is Rejection.MISLABELLED:
        message = _("A file's name or type does not match its content.")
    elif policy.kinds == PUBLIC.kinds:
        message = _("A file is of a kind we do not accept: send photos (JPEG, PNG, WebP) or PDFs.")
    else:
        message = _("A file is of a kind we do not accept.")
    nothing = _("Nothing was stored.")
    return f"{message} {nothing}"
