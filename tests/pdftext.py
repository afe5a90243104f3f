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


def pdf_title(data: bytes) -> str:
    """The Title metadata, which PDF viewers show in their window title and task bar."""
    if shutil.which("pdfinfo") is None:
        raise RuntimeError("pdfinfo (poppler-utils) is needed to read PDF metadata")
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", "-"], input=data, capture_output=True,
                          check=True).stdout.decode()
    return next((line.split(":", 1)[1].strip() for line in info.splitlines()
                 if line.startswith("Title:")), "")
