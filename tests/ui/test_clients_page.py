"""Step 4: the main window and its Clients page, driven as a coach would."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from coachdesk import clients
from ui.main_window import PAGES, WINDOW_TITLE
from ui.models.clients import BATCH, COL_NAME


def names_shown(page) -> list[str]:
    model = page.model
    return [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]


def type_into(qtbot, edit, text):
    """Type as a coach would; text beyond ASCII arrives as an input method or paste does."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setFocus()
        edit.insert(text)


def add_through_dialog(qtbot, page, name, pronouns="", email=""):
    page.new_action.trigger()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.pronouns, pronouns)
    type_into(qtbot, dialog.email, email)
    return dialog


def save(qtbot, dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_sidebar_has_every_section_and_each_page_is_built(window):
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == ["Today", "Clients", "Sponsors", "Agreements", "Sessions", "Reports",
                       "Credentials", "Settings"] == list(PAGES)
    for name in PAGES:
        window.go_to(name)
        assert window.current_page_name() == name
        assert window.pages.currentWidget() is window.page(name)
    assert window.page("Reports") is window.reports_page


def test_add_a_client_from_the_menu_and_see_it_listed(qtbot, window):
    page = window.clients_page
    assert "No clients yet" in page.empty.text() and page.list_stack.currentWidget() is page.empty
    menu_texts = [a.text() for a in window.menuBar().actions()]
    assert menu_texts == ["&File", "&Clients", "&Sponsors", "&Agreements", "&Reports",
                          "&Data protection", "&Go", "&Help"]
    dialog = add_through_dialog(qtbot, page, "Noor Haddad", "she/her", "noor@example.org")
    assert dialog.windowTitle() == "New client"
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert names_shown(page) == ["Noor Haddad"]
    assert page.count.text() == "1 client"
    assert page.selected_client().name == "Noor Haddad"
    assert window.windowTitle() == WINDOW_TITLE


def test_empty_name_is_refused_and_what_was_typed_stays(qtbot, window):
    page = window.clients_page
    dialog = add_through_dialog(qtbot, page, "   ", "they/them", "kim@example.org")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "The client's name cannot be empty."
    assert (dialog.pronouns.text(), dialog.email.text()) == ("they/them", "kim@example.org")
    qtbot.keyClicks(dialog.name, "Kim Park")
    assert not dialog.message.isVisible()  # typing clears the message
    save(qtbot, dialog)
    assert names_shown(page) == ["Kim Park"]


def test_a_ten_megabyte_paste_is_refused_whole_not_cut(qtbot, window):
    page = window.clients_page
    dialog = add_through_dialog(qtbot, page, "")
    huge = "Ä" * (10 * 1024 * 1024)
    QApplication.clipboard().setText(huge)
    dialog.name.setFocus()
    dialog.name.paste()
    assert len(dialog.name.text()) == len(huge)  # not silently cut at 32,767
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "at most 200 characters; this is 10,485,760" in dialog.message.text()
    assert len(dialog.name.text()) == len(huge)
    QApplication.clipboard().clear()
    dialog.discard()
    assert clients.count(window.vault) == 0


def test_right_to_left_emoji_and_html_names_are_shown_exactly(qtbot, window):
    page = window.clients_page
    tricky = ["עמית לוי", "عائشة محمد", "Kwame 🌍 Mensah", "<b>Not bold</b> &amp;"]
    for name in tricky:
        save(qtbot, add_through_dialog(qtbot, page, name))
    assert sorted(names_shown(page)) == sorted(tricky)


def test_search_as_you_type(qtbot, window):
    for name in ("Ana Lima", "Anatole Roux", "Bruno Sá", "Chiara Neri"):
        clients.add(window.vault, clients.ClientDraft(name))
    page = window.clients_page
    page.model.refresh()
    page.find_action.trigger()
    qtbot.keyClicks(page.search, "ana")
    qtbot.waitUntil(lambda: names_shown(page) == ["Ana Lima", "Anatole Roux"])
    assert page.count.text() == "2 matches"  # not mistaken for the size of the practice
    qtbot.keyClicks(page.search, "t")
    qtbot.waitUntil(lambda: names_shown(page) == ["Anatole Roux"])
    page.search.clear()
    qtbot.keyClicks(page.search, "sa")  # accents do not matter
    qtbot.waitUntil(lambda: names_shown(page) == ["Bruno Sá"])
    page.search.clear()
    qtbot.keyClicks(page.search, "zzz")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty)
    assert page.empty.text() == "No client matches this search."


def test_edit_a_client(qtbot, window):
    client = clients.add(window.vault, clients.ClientDraft("Lea Vogel"))
    window.go_to("Clients")  # the list refreshes itself only while on screen
    page = window.clients_page
    page.model.refresh()
    page.select_client(client.id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert dialog.windowTitle() == "Edit client"  # never the client's name
    assert dialog.name.text() == "Lea Vogel"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Lea Vogel-Brandt")
    save(qtbot, dialog)
    assert names_shown(page) == ["Lea Vogel-Brandt"]
    assert clients.get(window.vault, client.id).name == "Lea Vogel-Brandt"


def test_archive_after_confirming_and_restore(qtbot, window, asked):
    vault = window.vault
    keep = clients.add(vault, clients.ClientDraft("Ada Keep"))
    leave = clients.add(vault, clients.ClientDraft("Bea Leave"))
    window.go_to("Clients")
    page = window.clients_page
    page.model.refresh()

    page.select_client(leave.id)
    asked.set_next_answers(False)
    page.archive_action.trigger()
    assert names_shown(page) == ["Ada Keep", "Bea Leave"]  # the coach said no
    asked.set_next_answers(True)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert asked.shown[-1][0] == "Archive client"
    assert names_shown(page) == ["Ada Keep"]

    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert names_shown(page) == ["Ada Keep", "Bea Leave"]
    page.select_client(leave.id)
    assert page.archive_button.text() == "Rest&ore"
    page.archive_action.trigger()
    assert clients.get(vault, leave.id).status == "active"
    assert clients.get(vault, keep.id).status == "active"


def test_the_list_loads_lazily(qtbot, window):
    vault = window.vault
    for i in range(BATCH * 2 + 50):
        clients.add(vault, clients.ClientDraft(f"Client {i:04d}"))
    page = window.clients_page
    page.model.refresh()
    model = page.model
    assert model.total() == 450
    assert model.rowCount() == BATCH  # the rest is not even asked for yet
    assert len(model._rows) <= 100
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > BATCH)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert model.data(model.index(449, COL_NAME)) == "Client 0449"


def test_lock_closes_the_vault_and_clears_every_view(qtbot, window, asked):
    vault = window.vault
    clients.add(vault, clients.ClientDraft("Secret Person"))
    page = window.clients_page
    page.model.refresh()
    qtbot.keyClicks(page.search, "Secret")
    page.new_action.trigger()
    qtbot.keyClicks(page.dialog.name, "Half-typed name")
    # Ctrl+L works even with the dialog open in front of the window; it asks first,
    # since the form holds typed changes.
    page.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.dialog)
    asked.set_next_answers(False)
    qtbot.keyClick(page.dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked.shown[-1][0] == "Lock CoachDesk"
    assert window.vault is vault and page.dialog.name.text() == "Half-typed name"
    asked.set_next_answers(True)
    qtbot.keyClick(page.dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None and not vault.is_open
    assert window.screens.currentWidget() is window.unlock_page
    assert page.model.rowCount() == 0 and page.model.total() == 0
    assert page.search.text() == ""
    assert page.dialog is None
    assert not page.new_action.isEnabled() and not window.lock_action.isEnabled()
    assert all(not a.isEnabled() for a in window.go_actions)
    assert window.windowTitle() == WINDOW_TITLE
    # Unlocking (the key is still in the keyring) brings the list back.
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)
    assert names_shown(page) == ["Secret Person"]


def test_cancelling_a_changed_form_asks_before_dropping_it(qtbot, window, asked):
    page = window.clients_page
    dialog = add_through_dialog(qtbot, page, "Rosa Parks")
    asked.set_next_answers(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name.text() == "Rosa Parks"
    assert asked.shown[-1][0] == "Discard changes"
    asked.set_next_answers(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and clients.count(window.vault) == 0


def test_an_untouched_form_closes_without_asking(qtbot, window, asked):
    page = window.clients_page
    page.new_action.trigger()
    dialog = page.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.shown == []


def test_quitting_with_a_changed_form_asks_first(qtbot, window, asked):
    page = window.clients_page
    add_through_dialog(qtbot, page, "Unsaved Person")
    asked.set_next_answers(False)
    assert not window.close()
    assert window.isVisible() and window.vault is not None
    asked.set_next_answers(True)
    assert window.close()


def test_clients_model_obeys_qt_model_rules(qtmodeltester, window):
    for i in range(250):
        clients.add(window.vault, clients.ClientDraft(f"Person {i:03d}", email=f"p{i}@ex.org"))
    clients.archive(window.vault, 3)
    model = window.clients_page.model
    model.set_filter("", include_archived=True)
    qtmodeltester.check(model, force_py=True)


def test_archived_clients_look_archived(window):
    vault = window.vault
    gone = clients.add(vault, clients.ClientDraft("Old Client"))
    clients.add(vault, clients.ClientDraft("Current Client"))
    clients.archive(vault, gone.id)
    model = window.clients_page.model
    model.set_filter("", include_archived=True)
    rows = {model.data(model.index(r, COL_NAME)): r for r in range(model.rowCount())}
    assert model.data(model.index(rows["Old Client"], COL_NAME), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(rows["Current Client"], COL_NAME),
                      Qt.ItemDataRole.FontRole) is None


def test_the_clients_menu_works_from_today_before_the_clients_page_was_built(qtbot, window):
    """The Clients page is built on first use; its menu entries must work before that."""
    window.go_to("Today")
    assert window.built_page("Clients") is None
    assert window.find_client_action.isEnabled() and window.new_client_action.isEnabled()
    assert not window.edit_client_action.isEnabled()  # nothing chosen to edit yet
    window.find_client_action.trigger()
    assert window.current_page_name() == "Clients"
    assert window.focusWidget() is window.clients_page.search  # ready to type a name
    window.go_to("Today")
    window.new_client_action.trigger()
    assert window.current_page_name() == "Clients"
    assert window.clients_page.dialog is not None  # the new-client form is open
    window.clients_page.dialog.discard()


def words_on_screen(label):
    """Where a label's text is drawn, in screen coordinates (empty when nothing shows)."""
    from PySide6.QtCore import QRect

    if not label.isVisible() or not label.text().strip():
        return QRect()
    drawn = label.fontMetrics().boundingRect(
        label.contentsRect(), int(label.alignment()) | Qt.TextFlag.TextWordWrap, label.text())
    return QRect(label.mapToGlobal(drawn.topLeft()), drawn.size())


def test_the_new_client_form_never_lies_over_the_empty_list_words(qtbot, window):
    """On a new vault the list says how to add a first client; the form that opens for it
    must not sit on those words with their ends showing around its edges."""
    window.resize(1180, 760)
    window.go_to("Clients")
    page = window.clients_page
    qtbot.waitExposed(window)
    assert "No clients yet" in page.empty.text() and not words_on_screen(page.empty.words).isEmpty()
    window.new_client_action.trigger()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert not words_on_screen(page.empty.words).intersects(dialog.frameGeometry())
    dialog.discard()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert "No clients yet" in page.empty.text() and not words_on_screen(page.empty.words).isEmpty()
