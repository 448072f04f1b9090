"""Audio and video are never published: their metadata cannot be removed here yet."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from victimsdb.core.evidence import Event, EvidenceStore, PublishingUnsupported, StoredItem

Upload = Callable[..., StoredItem]
VOICE_MEMO = b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom" + b"\0" * 100
VIDEO = b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + b"\0" * 100


@pytest.mark.parametrize(("data", "name"), [(VOICE_MEMO, "memo.m4a"), (VIDEO, "clip.mov")])
def test_audio_and_video_are_kept_but_never_published(
    store: EvidenceStore, upload: Upload, data: bytes, name: str
) -> None:
    item = upload(data, name)
    with pytest.raises(PublishingUnsupported) as refused:
        store.publish(item.sha256, by="curator-2")
    assert "the original stays confidential and no public copy is made" in str(refused.value)
    assert Event.PUBLISHED not in {event.event for event in store.history(item.sha256)}
