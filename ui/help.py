"""Help: the keyboard shortcuts sheet, and a short guide to how a sponsor report is made.

The shortcuts sheet is read from the window's menus as they are (``WindowActions``'
menus, each entry's own text and shortcuts), so it never drifts from what the keys do:
an action added to a menu with a shortcut appears here with nothing else to change.
The guide is a few calm paragraphs, every one of them through ``tr()``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain(text: str) -> str:
    """A menu entry's words without its mnemonic marks or trailing dots ("&New…": "New")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_of(action: QAction) -> str:
    """Every shortcut of ``action``, as this platform writes them ("Ctrl+/, F1")."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts() if not k.isEmpty())


def close_buttons() -> QDialogButtonBox:
    """A Close button, without the style's old red-cross icon beside the flat theme."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    if close is not None:
        close.setIcon(QIcon())
    return buttons


def shortcut_rows(menus: Iterable[tuple[str, Iterable[QAction | None]]]
                  ) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu, [(entry, keys)]) for each menu's entries that have a shortcut, in menu order."""
    rows = []
    for title, entries in menus:
        found = [(plain(a.text()), keys_of(a)) for a in entries
                 if a is not None and keys_of(a)]
        if found:
            rows.append((plain(title), found))
    return rows


class ShortcutsSheet(QDialog):
    """Every keyboard shortcut of the window's menus, grouped by menu."""

    def __init__(self, menus: Iterable[tuple[str, Iterable[QAction | None]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for title, entries in shortcut_rows(menus):
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            for words, keys in entries:
                QTreeWidgetItem(group, [words, keys])
        self.tree.expandAll()
        note = QLabel(self.tr("Menus show the same keys beside each entry."))
        note.setObjectName("muted")
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str]]:
        """What the sheet shows, (entry, keys) in order (for tests and screen readers)."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount() if group is not None else 0):
                row = group.child(i) if group is not None else None
                if row is not None:
                    found.append((row.text(0), row.text(1)))
        return found


class EthicsGuide(QDialog):
    """How a sponsor report is made in CoachDesk, and why: a page to read, not a form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How a sponsor report is made"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("How a sponsor report is made"))
        steps = [
            (self.tr("1. The agreement says what the sponsor may receive"),
             self.tr("A three-party agreement names what may be shared with the sponsor "
                     "(attendance, session dates, hours, progress in the client's approved "
                     "words) and the limits of confidentiality. Nothing is active, and "
                     "nothing can be reported, until every party has signed.")),
            (self.tr("2. Your notes stay yours"),
             self.tr("Session notes are private by default. A note never leaves the vault "
                     "on its own: only an excerpt, written fresh or lifted from a note, "
                     "can be offered for a report.")),
            (self.tr("3. The client approves the exact words"),
             self.tr("Go through the draft with your client in review mode, which shows the "
                     "report and nothing else, or give them a release form to sign. Each "
                     "approval records who gave it, how and when. Changing an approved "
                     "excerpt voids its approval.")),
            (self.tr("4. Only approved words are exported"),
             self.tr("The report exports as a PDF only when every item carries a current "
                     "approval for that sponsor. Each export is recorded as a disclosure: "
                     "what went to whom, and when.")),
        ]
        why = self.tr("Why: the ICF Code of Ethics asks for the strictest confidentiality, "
                      "a clear agreement among coach, client and sponsor on how information "
                      "is exchanged, and written limits to confidentiality. When a sponsor "
                      "asks for more than was agreed, the agreement's words and the "
                      "disclosure log are your calm answer.")
        html = "".join(f"<h3>{self._escape(title)}</h3><p>{self._escape(body)}</p>"
                       for title, body in steps)
        self.text.setHtml(html + f"<p><i>{self._escape(why)}</i></p>")
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(600, 560)

    @staticmethod
    def _escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_shortcuts(window: QWidget, menus: Iterable[tuple[str, Iterable[QAction | None]]]
                   ) -> ShortcutsSheet:
    sheet = ShortcutsSheet(menus, window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.show()
    return sheet


def show_guide(window: QWidget) -> EthicsGuide:
    guide = EthicsGuide(window)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.show()
    return guide
