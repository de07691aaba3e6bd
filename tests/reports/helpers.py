"""Reading generated PDFs back: text per page (pypdf) and the fonts each page uses."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages(pdf))


def flat(s: str) -> str:
    """Whitespace collapsed (pypdf breaks lines where the table cell wrapped)."""
    return re.sub(r"\s+", " ", s)


def fonts(pdf: bytes) -> set[tuple[str, bool]]:
    """(base font name, embedded) for every font the pages use."""
    reader = PdfReader(io.BytesIO(pdf))
    found: set[tuple[str, bool]] = set()
    for page in reader.pages:
        res = page.get("/Resources") or {}
        for ref in (res.get("/Font") or {}).values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", ""))
            desc = font.get("/FontDescriptor")
            embedded = False
            if desc is not None:
                desc = desc.get_object()
                embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.add((name, embedded))
    return found


def assert_every_page_stamped(pdf: bytes, audit_id: int, *, confidential: bool = True) -> None:
    all_pages = pages(pdf)
    total = len(all_pages)
    assert total >= 1
    for n, page in enumerate(all_pages, start=1):
        f = flat(page)
        assert f"Pagina {n} van {total}" in f, f"page {n}: no page number"
        assert "Afgedrukt door" in f, f"page {n}: no printed-by"
        assert f"L{audit_id:07d}" in f, f"page {n}: no log reference"
        if confidential:
            assert "Vertrouwelijk" in f, f"page {n}: not marked Vertrouwelijk"
