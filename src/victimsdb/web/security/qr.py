"""QR codes drawn on the server as inline SVG: no script, no image request, no third party."""

from __future__ import annotations

import segno
from django.utils.safestring import SafeString, mark_safe


def qr_svg(text: str, scale: int = 5) -> SafeString:
    """An inline <svg> QR code of text (segno writes only paths and attributes)."""
    code = segno.make(text, error="m", micro=False)
    svg = code.svg_inline(scale=scale, title="QR code for your authenticator app")
    return mark_safe(svg)  # noqa: S308 - generated markup, the text is encoded as modules
