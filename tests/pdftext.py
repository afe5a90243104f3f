"""Read a PDF back as text with poppler's pdftotext, as a sponsor's computer would."""

from __future__ import annotations

import shutil
import subprocess


def pdf_text(data: bytes, *, layout: bool = False) -> str:
    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext (poppler-utils) is needed to read PDFs back")
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + ["-", "-"]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode()


def page_count(data: bytes) -> int:
    return pdf_text(data).count("\f")
