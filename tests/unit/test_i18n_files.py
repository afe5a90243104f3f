"""The translation files drop in: each .ts holds exactly what lupdate finds in the sources
today, each .qm is what lrelease makes of its .ts, languages.json counts what is
finished, only a finished language is offered, and no literal text reaches the screen in
ui/ without passing through Qt's translation."""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest

from ui import translations

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGS = ["de", "fr", "es", "pt_BR"]


def test_every_language_has_its_files():
    for lang in LANGS:
        assert (FOLDER / f"coachdesk_{lang}.ts").is_file(), lang
        assert (FOLDER / f"coachdesk_{lang}.qm").is_file(), lang
    assert set(json.loads((FOLDER / "languages.json").read_text())) == set(LANGS)


def test_each_ts_is_up_to_date_with_the_sources(tmp_path):
    """lupdate over ui/ and coachdesk/ would neither add nor drop a message: a new or
    changed tr() without `python -m ui.translations update` fails here."""
    copies = []
    for lang in LANGS:
        shutil.copy(FOLDER / f"coachdesk_{lang}.ts", tmp_path)
        copies.append(tmp_path / f"coachdesk_{lang}.ts")
    translations.lupdate(ROOT, copies)
    for copy in copies:
        committed = (FOLDER / copy.name).read_text(encoding="utf-8")
        if copy.read_text(encoding="utf-8") != committed:
            before = _messages(FOLDER / copy.name)
            after = _messages(copy)
            pytest.fail(f"{copy.name} is out of date: run `python -m ui.translations update`"
                        f"\nnew: {sorted(after - before)[:5]}\ngone: {sorted(before - after)[:5]}")


def _messages(ts: Path) -> set[tuple[str, str, str]]:
    import xml.etree.ElementTree as ET

    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            kind = (message.find("translation").get("type") or "")
            found.add((context.findtext("name") or "", message.findtext("source") or "", kind))
    return found


def test_each_qm_is_its_ts_compiled(tmp_path):
    """A .qm older than its .ts (or edited apart from it) fails: lrelease of the .ts gives
    the committed .qm byte for byte."""
    for lang in LANGS:
        made = tmp_path / f"{lang}.qm"
        translations.lrelease(FOLDER / f"coachdesk_{lang}.ts", made)
        assert made.read_bytes() == (FOLDER / f"coachdesk_{lang}.qm").read_bytes(), (
            f"coachdesk_{lang}.qm does not match its .ts: run `python -m ui.translations "
            "update`")


def test_languages_json_counts_what_each_ts_holds():
    said = json.loads((FOLDER / "languages.json").read_text())
    for lang in LANGS:
        assert said[lang] == translations.counts(FOLDER / f"coachdesk_{lang}.ts"), lang
        assert said[lang]["messages"] > 800  # every page's words, not a sample


def test_an_offered_language_has_no_unfinished_string():
    offered = translations.offered()
    assert offered[0] == "en"
    for lang in offered[1:]:
        done = translations.counts(FOLDER / f"coachdesk_{lang}.ts")
        assert done["unfinished"] == 0, f"{lang} is offered with unfinished strings"


def test_a_half_translated_language_is_not_offered(tmp_path, monkeypatch):
    """The counts, not the files' presence, decide: a file with one unfinished message
    stays out of Settings and out of the loader."""
    for lang in ("de", "fr"):
        (tmp_path / f"coachdesk_{lang}.qm").write_bytes(b"")
    (tmp_path / "languages.json").write_text(json.dumps({
        "de": {"messages": 10, "unfinished": 0}, "fr": {"messages": 10, "unfinished": 1}}))
    monkeypatch.setattr(translations, "FOLDER", tmp_path)
    assert translations.offered() == ["en", "de"]


@pytest.mark.parametrize(("choice", "system", "available", "spoken"), [
    ("system", ["de-CH", "en-GB"], ["en", "de"], "de"),  # a regional variant finds its language
    ("system", ["pt-BR"], ["en", "pt_BR"], "pt_BR"),
    ("system", ["pt-PT", "fr-FR"], ["en", "pt_BR", "fr"], "fr"),  # pt-PT is not Brazil's
    ("system", ["it-IT", "de-DE"], ["en", "de"], "de"),  # the system's next language
    ("system", ["en-US", "de-DE"], ["en", "de"], "en"),  # English first means English
    ("fr", ["de-DE"], ["en", "de", "fr"], "fr"),  # the coach's choice wins
    ("fr", ["de-DE"], ["en", "de"], "de"),  # a choice no longer offered: the system's
    ("system", ["ja-JP"], ["en", "de"], "en"),
])
def test_the_language_spoken(choice, system, available, spoken):
    assert translations.language_for(choice, system, available) == spoken


def test_pseudo_text_keeps_what_qt_and_the_code_fill_in():
    made = translations.pseudo_text("Saved to %1: %n session(s), %Ln. &Open <b>it</b> &amp; go")
    for kept in ("%1", "%n", "(s)", "%Ln", "&O", "<b>", "</b>", "&amp;"):
        assert kept in made
    assert made.startswith("[") and made.endswith("]")
    assert "Sávéd" not in made and "Šávéd" in made  # accented
    plain = "Choose an engagement to see what its agreement lets the sponsor receive."
    assert len(translations.pseudo_text(plain)) >= 1.4 * len(plain)
    rtl = translations.pseudo_text("Today", rtl=True)
    assert rtl.startswith("\u202e") and rtl.endswith("\u202c")


# -- no literal text on screen without tr() ------------------------------------------

# Calls that put their string arguments on screen (Qt's, and CoachDesk's own helpers).
SHOWS = {"setText", "setTitle", "setSubTitle", "show_message", "setButtonText",
         "setWindowTitle", "setPlaceholderText", "inform", "warn", "confirm",
         "confirm_with_option", "show_problem", "busy", "QLabel", "QPushButton",
         "QRadioButton", "QCheckBox", "QGroupBox", "QAction", "addAction", "addMenu",
         "setToolTip", "setStatusTip", "setWhatsThis", "addTab", "insertTab", "setTabText",
         "setAccessibleName", "setAccessibleDescription", "setLabelText",
         "setSpecialValueText", "setSuffix", "setPrefix", "heading", "section_heading",
         "primary_button", "title_row", "master_detail", "saved", "line_edit",
         "plain_editor", "EmptyState", "recovery_code", "QListWidgetItem", "QProgressDialog",
         "_menu"}
FIRST_ONLY = {"addItem", "addRow"}  # the rest of their arguments are data or widgets
SECOND_ONLY = {"_add", "save_path", "open_path", "choose_folder"}  # a title; then data
# Text that is the same in every language: a currency code as an example, the shape of
# a recovery code, the app's own name.
SAME_EVERYWHERE = {"EUR", "XXXXX-XXXXX-XXXXX-…", "CoachDesk"}


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(
        call.func, "id", "")
    if name in SHOWS:
        return [*call.args, *(k.value for k in call.keywords)]
    if name in FIRST_ONLY:
        return call.args[:1]
    if name in SECOND_ONLY:
        return [*call.args[1:2], *(k.value for k in call.keywords if k.arg == "title")]
    return []


def _words_in(node: ast.expr) -> str | None:
    """The literal words in an argument, if it has any outside a call (tr() wraps)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):  # an f-string's own words
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp):  # "words " + value
        return _words_in(node.left) or _words_in(node.right)
    elif isinstance(node, ast.IfExp):
        return _words_in(node.body) or _words_in(node.orelse)
    else:
        return None
    letters = "".join(c for c in re.sub(r"<[^>]*>", "", text) if c.isalpha())  # not markup
    if len(letters) < 2 or text.strip() in SAME_EVERYWHERE:
        return None
    return text


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                words = _words_in(argument)
                if words is not None:
                    found.append(f"{path.name}:{node.lineno}: {words!r}")
    return found


def test_the_check_finds_literal_text(tmp_path):
    """The walk below is not blind: it finds each way words were put on screen raw."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label = QLabel("Hello there")\n'
        'button.setText(f"Saved to {target}.")\n'
        'box.addItem("No sponsor", None)\n'
        'ask.warn(self, "Not saved", words + " Try again.")\n'
        'actions._add(menu, "&New client…", "Ctrl+N")\n'
        'ok = QLabel(self.tr("Hello there"))\n'
        'ok2 = QLabel(f"{a} · {b}")\n'
        'ok3.addItem(name, "sponsor_only")\n'
        'ok4 = line_edit("EUR")\n')
    found = untranslated(sample)
    assert sorted({line.split(":")[1] for line in found}) == ["1", "2", "3", "4", "5"]


def test_no_literal_text_reaches_the_screen_without_tr():
    found = [line for path in sorted((ROOT / "ui").rglob("*.py"))
             for line in untranslated(path)]
    assert found == [], "\n".join(found)


def _helpers_and_counts(path: Path) -> list[str]:
    """A module's own tr() helper must translate where lupdate files a bare tr() call
    (the empty context), and a count must come third, as Qt's tr(text, comment, n):
    passed second it is read as a comment and the message is filed without plurals."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and call.args
                        and not (isinstance(call.args[0], ast.Constant)
                                 and call.args[0].value == "")):
                    found.append(f"{path.name}:{node.lineno}: translates in "
                                 f"{ast.unparse(call.args[0])}, not the empty context")
    for call in ast.walk(tree):
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id in ("tr", "_tr") and len(call.args) == 2
                and not (isinstance(call.args[1], ast.Constant)
                         and isinstance(call.args[1].value, str))):
            found.append(f"{path.name}:{call.lineno}: a count passed second")
    return found


def test_the_check_finds_a_helper_in_its_own_context_and_a_count_passed_second(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('from PySide6.QtCore import QCoreApplication\n'
                      'def tr(text, n=-1):\n'
                      '    return QCoreApplication.translate("Mine", text, None, n)\n'
                      'x = tr("%n item(s)", 3)\n'
                      'y = tr("%n item(s)", "", 3)\n', encoding="utf-8")
    assert [line.split(":")[1] for line in _helpers_and_counts(sample)] == ["2", "4"]


def test_module_helpers_translate_where_lupdate_files_their_words():
    found = [line for path in sorted((ROOT / "ui").rglob("*.py"))
             for line in _helpers_and_counts(path)]
    assert found == [], "\n".join(found)
