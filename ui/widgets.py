"""Small reusable pieces shared by pages and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QWidget

# QLineEdit silently cuts pastes at 32,767 characters; CoachDesk would rather
# take the whole paste and say plainly why it cannot be stored.
LINE_EDIT_MAX = 16 * 1024 * 1024


def wipe(edit: QLineEdit) -> None:
    """Empty a field for good: unlike clear(), setText drops the undo history,
    so Ctrl+Z cannot bring a recovery code back after Lock."""
    edit.setText("")


def line_edit(placeholder: str = "", parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(LINE_EDIT_MAX)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


class InlineMessage(QLabel):
    """A calm, visible message under a form; empty means hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageHeading")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def record_list(model, parent: QWidget | None = None) -> QListView:
    """A read-only list of records, each drawn with its who-may-see-it badge."""
    from ui.models.records import BadgeDelegate

    view = QListView(parent)
    view.setModel(model)
    view.setItemDelegate(BadgeDelegate(view))
    view.setUniformItemSizes(True)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    return view
