"""Read a PDF back as a sponsor's computer would: its text (pdftotext) and its pages as
drawn (pdftoppm)."""

from __future__ import annotations

import re
import shutil
import subprocess


def pdf_text(data: bytes, *, layout: bool = False) -> str:
    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext (poppler-utils) is needed to read PDFs back")
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + ["-", "-"]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode()


def page_count(data: bytes) -> int:
    return pdf_text(data).count("\f")


def pdf_title(data: bytes) -> str:
    """The Title metadata, which PDF viewers show in their window title and task bar."""
    if shutil.which("pdfinfo") is None:
        raise RuntimeError("pdfinfo (poppler-utils) is needed to read PDF metadata")
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", "-"], input=data, capture_output=True,
                          check=True).stdout.decode()
    return next((line.split(":", 1)[1].strip() for line in info.splitlines()
                 if line.startswith("Title:")), "")


def word_boxes(data: bytes, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """Each word of one page with its box in points (x0, y0, x1, y1), from ``pdftotext -bbox``."""
    import html

    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext (poppler-utils) is needed to read PDFs back")
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l",
                          str(page), "-", "-"], input=data, capture_output=True,
                         check=True).stdout.decode()
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">(.*?)</word>', out)
    return [(html.unescape(w), float(x0), float(y0), float(x1), float(y1))
            for x0, y0, x1, y1, w in found]


def _grey(data: bytes, box: tuple[float, float, float, float], page: int,
          dpi: int) -> list[bytes]:
    """The rows of pixels in ``box`` (points) as poppler draws the page, in grey."""
    if shutil.which("pdftoppm") is None:
        raise RuntimeError("pdftoppm (poppler-utils) is needed to draw PDF pages")
    scale = dpi / 72
    x0, y0, x1, y1 = (round(v * scale) for v in box)
    pgm = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                          "-x", str(x0), "-y", str(y0), "-W", str(x1 - x0), "-H", str(y1 - y0),
                          "-"], input=data, capture_output=True, check=True).stdout
    # Binary PGM: "P5", width, height, maxval, one whitespace, then one byte per pixel.
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    if header is None:
        raise RuntimeError("pdftoppm did not write a grey-scale page")
    width, height = int(header.group(1)), int(header.group(2))
    pixels = pgm[header.end():header.end() + width * height]
    return [pixels[row * width:(row + 1) * width] for row in range(height)]


INKED = 224  # darker than this is ink (anti-aliased edges included)


def ink(data: bytes, box: tuple[float, float, float, float], page: int = 1,
        dpi: int = 144) -> float:
    """The share of pixels in ``box`` (points) that are not white, on the page as poppler
    draws it: what a reader sees there, whatever font or picture drew it."""
    rows = _grey(data, box, page, dpi)
    total = sum(len(row) for row in rows)
    return sum(1 for row in rows for p in row if p < INKED) / max(total, 1)


def drawn_inside(data: bytes, box: tuple[float, float, float, float], page: int = 1,
                 dpi: int = 144) -> float:
    """The share of ink in the middle of whatever is drawn in ``box``: a glyph or picture
    has some there; the empty box a missing glyph gets instead (tofu) has none."""
    rows = _grey(data, box, page, dpi)
    inked = [(x, y) for y, row in enumerate(rows) for x, p in enumerate(row) if p < INKED]
    if not inked:
        return 0.0
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    # The middle half of the drawing's own bounds, well inside any outline.
    mx0, mx1 = left + (right - left) // 4, right - (right - left) // 4
    my0, my1 = top + (bottom - top) // 4, bottom - (bottom - top) // 4
    middle = [(x, y) for x, y in inked if mx0 < x < mx1 and my0 < y < my1]
    return len(middle) / max((mx1 - mx0 - 1) * (my1 - my0 - 1), 1)
