"""CoachDesk in the coach's language: Qt's translators, installed before the first window.

The words are Qt Linguist files in resources/translations/ (``coachdesk_<lang>.ts``,
made with pyside6-lupdate from ui/ and the core's QT_TRANSLATE_NOOP marks, compiled
to the committed ``.qm`` with pyside6-lrelease: ``python -m ui.translations update``).
``languages.json`` beside them says how many of each file's messages are finished:
only a finished language is offered or loaded, so a half-translated file never mixes
two languages on one screen. The language follows the system unless the coach chose
one in Settings (QSettings); a choice takes effect at the next start (the pages are
built once, and retranslating every one of them live is not worth its risk).

For layout tests, ``COACHDESK_PSEUDO=long`` shows every translatable text about 40%
longer with accented letters, and ``COACHDESK_PSEUDO=rtl`` mirrors the layout and
wraps the text in a right-to-left override: made as the words are asked for, never
shipped as a language.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import sys
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
SETTING = "appearance/language"
SYSTEM = "system"
PSEUDO = "COACHDESK_PSEUDO"
# Each language in its own words: the coach finds theirs whatever the screen speaks now.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
             "pt_BR": "Português (Brasil)"}
SOURCES = ("ui", "coachdesk")  # scanned by lupdate: tr() in ui/, QT_TRANSLATE_NOOP in both
FOLLOW_SYSTEM = QT_TRANSLATE_NOOP("translations", "Follow the system")

_installed: list[QTranslator] = []  # kept alive while the application runs


def offered() -> list[str]:
    """The languages the coach may choose: English, and every file fully translated."""
    try:
        counts = json.loads((FOLDER / "languages.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        counts = {}
    return ["en", *(lang for lang in LANGUAGES if lang != "en"
                    and counts.get(lang, {}).get("unfinished", 1) == 0
                    and (FOLDER / f"coachdesk_{lang}.qm").exists())]


def chosen() -> str:
    """The coach's choice in Settings ("system" until they choose)."""
    value = QSettings().value(SETTING, SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def choose(language: str) -> None:
    """Remember the language for the next start."""
    QSettings().setValue(SETTING, language if language in LANGUAGES else SYSTEM)


def language_for(choice: str, ui_languages: list[str], available: list[str]) -> str:
    """The language to speak: the coach's choice, else the first of the system's
    languages CoachDesk has ("de-CH" finds "de", "pt-BR" finds "pt_BR"), else English."""
    if choice in available:
        return choice
    for name in ui_languages:
        tag = name.replace("-", "_")
        for candidate in (tag, tag.split("_")[0]):
            if candidate in available:
                return candidate
            if candidate == "en":
                return "en"
    return "en"


def install(app: QCoreApplication) -> str:
    """Install the translators before the first window; return the language spoken."""
    uninstall(app)  # once per application, whoever made it first
    pseudo = os.environ.get(PSEUDO, "")
    if pseudo in ("long", "rtl"):
        _add(app, pseudo_translator(pseudo == "rtl", app))
        if pseudo == "rtl":
            QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        return f"pseudo-{pseudo}"
    language = language_for(chosen(), QLocale.system().uiLanguages(), offered())
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(FOLDER / f"coachdesk_{language}.qm")):
        _add(app, ours)
    qt = QTranslator(app)  # Qt's own words: standard buttons, context menus
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                   str(Path(QtCore.__file__).parent / "Qt" / "translations")):  # frozen app
        if qt.load(f"qtbase_{language}", folder):
            _add(app, qt)
            break
    return language


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def uninstall(app: QCoreApplication) -> None:
    """Back to the source words (tests that speak another language, then stop)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# What pseudo-translation leaves as it is: Qt's %1, %n and %Ln, the "(s)" of an English
# plural source, an accelerator's &, HTML tags and entities.
_KEEP = re.compile(r"%L?\d|%L?n|\(e?s\)|&&|&\w+;|<[^>]*>|&\w?")
_ACCENTED = str.maketrans(
    "aceinosuyAEINOSUYCDGLRTZ", "áçéîñöšûýÅÉÎÑÖŠÛÝÇĎĞĹŘŤŽ")


def pseudo_text(text: str, rtl: bool = False) -> str:
    """``text`` as a pseudo-translation: accented, about 40% longer, bracketed so a cut-off
    end shows; for right-to-left, inside a right-to-left override (it reads mirrored)."""
    core = text.strip()
    if core != text:  # a suffix's leading space stays outside, as a translation keeps it
        start = text.index(core[0]) if core else len(text)
        return text[:start] + pseudo_text(core, rtl) + text[start + len(core):]
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last:match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    letters = any(c.isalpha() for c in text)
    # The padding comes in words of up to ten letters, as a longer language's words are
    # (one run of 180 would be a word no label could wrap, a problem no language has).
    tildes = "~" * max(1, round(len(text) * 0.4))
    padded = "".join(out) + (" " + " ".join(tildes[i:i + 10] for i in range(
        0, len(tildes), 10)) if letters else "")
    if rtl:
        return "\u202e" + padded + "\u202c"
    return "[" + padded + "]"


def pseudo_translator(rtl: bool, parent: QCoreApplication | None = None) -> QTranslator:
    """A translator whose every message is :func:`pseudo_text`: made from the German .ts
    (every message the sources mark, in the contexts lupdate gave them), compiled with
    lrelease into a temporary folder (it holds only CoachDesk's own words)."""
    import tempfile
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file("de"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        words = pseudo_text(source, rtl)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = words
        if not forms:
            translation.text = words
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-pseudo-"))
    tree.write(folder / "pseudo.ts", encoding="utf-8", xml_declaration=True)
    lrelease(folder / "pseudo.ts", folder / "pseudo.qm")
    translator = QTranslator(parent)
    translator.load(str(folder / "pseudo.qm"))  # Qt maps the file: removed at exit
    atexit.register(shutil.rmtree, folder, True)
    return translator


# ---------------------------------------------------------------------- the files


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else name


def ts_file(language: str) -> Path:
    return FOLDER / f"coachdesk_{language}.ts"


def sources(root: Path) -> list[str]:
    """Every Python file lupdate reads, in a fixed order."""
    return [str(p) for folder in SOURCES for p in sorted((root / folder).rglob("*.py"))]


def lupdate(root: Path, ts_files: list[Path]) -> None:
    """Bring ``ts_files`` up to date with the sources: new messages added, gone ones kept
    as vanished (with their translation, for a translator to reuse); no line numbers,
    so moving code does not change the files."""
    import subprocess  # the tools are for the build and the tests: not paid at each start

    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none",
                    *sources(root), "-ts", *map(str, ts_files)],
                   check=True, capture_output=True, timeout=300)


def lrelease(ts: Path, qm: Path) -> None:
    import subprocess

    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=120)


def counts(ts: Path) -> dict[str, int]:
    """How many current messages a .ts holds, and how many are not yet translated."""
    import xml.etree.ElementTree as ET

    total = unfinished = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("vanished", "obsolete"):
            continue
        total += 1
        forms = [] if translation is None else (
            [f.text for f in translation.findall("numerusform")] or [translation.text])
        if kind == "unfinished" or not all(forms):
            unfinished += 1
    return {"messages": total, "unfinished": unfinished}


def update(root: Path = FOLDER.parent.parent) -> None:
    """lupdate every language's .ts, lrelease each to its .qm, and count what is done."""
    languages = [lang for lang in LANGUAGES if lang != "en"]
    lupdate(root, [ts_file(lang) for lang in languages])
    summary = {}
    for lang in languages:
        lrelease(ts_file(lang), ts_file(lang).with_suffix(".qm"))
        summary[lang] = counts(ts_file(lang))
    (FOLDER / "languages.json").write_text(
        json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for lang, done in summary.items():
        print(f"{lang}: {done['messages'] - done['unfinished']} of {done['messages']} "
              "translated")


if __name__ == "__main__":  # python -m ui.translations update
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m ui.translations update")
    update()
