"""Sponsors: the organisations that pay, their people, and what each agreement lets them receive.

The list is lazy; choosing a sponsor shows its contacts and the engagements it
pays for. Choosing an engagement shows, word for word, the agreement's
information-exchange clause: the coach's answer when the sponsor asks for more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import agreements, clients, engagements, sponsors
from coachdesk.changes import Change
from coachdesk.sponsors import Sponsor
from ui import notice
from ui.bidi import isolated
from ui.dialogs.form import FormDialog
from ui.dialogs.sponsor import contact_dialog, sponsor_dialog
from ui.empty_state import EmptyStack, EmptyState
from ui.flow import WrappingButtons
from ui.models.records import STATUS_WORDS, IdRole, RecordListModel, Row, badge_words
from ui.widgets import (
    DialogHost,
    heading,
    master_detail,
    primary_button,
    record_list,
    record_picker,
    section_heading,
    select_record,
)
from ui.words import day, plural, put_in, tr


class SponsorsPage(DialogHost, QWidget):
    # Its sponsors, and the engagements and agreements it shows for each, with names.
    shows = Change.SPONSORS | Change.ENGAGEMENTS | Change.AGREEMENTS | Change.CLIENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.sponsor: Sponsor | None = None
        self._contacts: dict = {}
        self._engagements: dict = {}

        self.list_model, self.list_view, self.count = record_picker(
            self, self._fetch_sponsors, self._describe_sponsor, self.tr("Sponsors"),
            self.show_sponsor)
        self.new_button = primary_button(self.tr("&New sponsor"), self.add_sponsor)
        self.list_stack = EmptyStack(self.list_view, EmptyState(
            self.tr("No sponsors yet.\nA sponsor is the organisation that pays for a client's "
                    "coaching, often their employer. Add it, with the manager or HR partner "
                    "as its contact, before the engagement it pays for."),
            self.tr("Add a sponsor"), self.add_sponsor))

        self.name = heading("")
        self.name.setWordWrap(True)  # a long organisation name wraps; it is never cut off
        self.about = QLabel()
        self.about.setObjectName("muted")
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.clicked.connect(self.edit_sponsor)
        self.shared_button = QPushButton(self.tr("&Requests && disclosures"))
        self.shared_button.setToolTip(self.tr("What this sponsor asked for, and what it received"))
        self.contact_button = QPushButton(self.tr("Add &contact"))
        self.contact_button.clicked.connect(self.add_contact)
        self.contacts_model = RecordListModel(self._fetch_contacts, self._describe_contact, self)
        self.contacts_view = record_list(self.contacts_model)
        self.contacts_view.setMaximumHeight(160)
        self.contacts_view.setAccessibleName(self.tr("Contact people"))
        self.engagements_model = RecordListModel(self._fetch_engagements,
                                                 self._describe_engagement, self)
        self.engagements_view = record_list(self.engagements_model)
        self.engagements_view.setAccessibleName(self.tr("Engagements it pays for"))
        self.allows = QLabel(self.tr("Choose an engagement to see what its agreement lets the "
                             "sponsor receive."))
        self.allows.setObjectName("allowsText")
        self.allows.setWordWrap(True)
        self.allows.setTextFormat(Qt.TextFormat.PlainText)
        self.allows.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail = QWidget()
        right = QVBoxLayout(self.detail)
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        # In German the three buttons are wider than the pane beside a name: the last one
        # goes under the others instead of being squeezed until its words are cut.
        head.addWidget(WrappingButtons([self.shared_button, self.edit_button],
                                       [self.contact_button]), 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(head)
        right.addWidget(self.about)
        right.addWidget(section_heading(self.tr("Contact people")))
        right.addWidget(self.contacts_view)
        right.addWidget(section_heading(self.tr("Engagements it pays for")))
        right.addWidget(self.engagements_view, 1)
        right.addWidget(section_heading(self.tr("What the agreement lets the sponsor receive")))
        right.addWidget(self.allows)
        self.detail.hide()

        master_detail(self, self.tr("Sponsors"), self.count, self.list_stack, self.new_button,
                      self.detail, 360)

        self.engagements_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_allows(current.data(IdRole)))

    # -- vault life ---------------------------------------------------------------
    def attach(self, vault) -> None:
        self._vault = vault
        self.refresh()

    def refresh(self) -> None:
        """The list again, and the sponsor on screen with it (its contacts, engagements)."""
        ids: list[int] = sponsors.list_ids(self._vault) if self._vault is not None else []
        self.list_model.update_ids(ids)
        self.count.setText(plural(self.tr("%Ln sponsor(s)", "", len(ids)), len(ids))
                           if self._vault else "")
        if self.sponsor is not None and self.sponsor.id in ids:
            select_record(self.list_view, self.sponsor.id)
            self.show_sponsor(self.sponsor.id)

    def new_record(self) -> None:
        self.add_sponsor()

    def edit_record(self) -> None:
        self.edit_sponsor()

    def clear(self) -> None:
        self.drop_dialog()
        self._vault = None
        self.sponsor = None
        self._contacts, self._engagements = {}, {}
        for model in (self.list_model, self.contacts_model, self.engagements_model):
            model.clear()
        self.name.setText("")
        self.about.setText("")
        self.allows.setText("")
        self.detail.hide()
        self.count.setText("")

    # -- one sponsor ----------------------------------------------------------------
    def select(self, sponsor_id: int) -> None:
        if not select_record(self.list_view, sponsor_id):
            self.show_sponsor(sponsor_id)

    def show_sponsor(self, sponsor_id: int | None) -> None:
        if self._vault is None or sponsor_id is None:
            return
        self.sponsor = sponsors.get(self._vault, sponsor_id)
        self.name.setText(self.sponsor.organisation)
        self.about.setText("\n".join(p for p in (self.sponsor.billing_name,  # the address
                                                  self.sponsor.address) if p))  # has lines
        self._contacts = {c.id: c for c in self.sponsor.contacts}
        self.contacts_model.set_ids(list(self._contacts))
        self._engagements = {e.id: e for e in engagements.for_sponsor(self._vault, sponsor_id)}
        self.engagements_model.set_ids(list(self._engagements))
        self.allows.setText(self.tr("Choose an engagement to see what its agreement lets the "
                            "sponsor receive."))
        self.detail.show()

    def _show_allows(self, engagement_id: int | None) -> None:
        if self._vault is None or engagement_id is None:
            return
        found = agreements.for_engagement(self._vault, engagement_id)
        if not found:
            self.allows.setText(self.tr("There is no agreement for this engagement yet, so the "
                                "sponsor may receive nothing about the coaching."))
            return
        agreement = found[-1]
        words = agreements.information_exchange(agreement)
        status = badge_words(STATUS_WORDS.get(agreement.status, agreement.status))
        if agreement.kind == "three_party" and not agreement.terms_confirmed:
            self.allows.setText(self.tr(
                "%1 (%2): nobody has confirmed what it lets the sponsor receive, so the "
                "sponsor receives nothing until the terms are chosen on the agreement's "
                "page.").replace("%1", agreement.title).replace("%2", status))
            return
        self.allows.setText(f"{isolated(agreement.title)} ({status}):\n{words}" if words else
                            put_in(self.tr("%1 (%2) says nothing about what the sponsor may "
                                           "receive, so the sponsor may receive nothing."),
                                   isolated(agreement.title), status))

    # -- dialogs ------------------------------------------------------------------------
    def add_sponsor(self) -> None:
        if self._vault is not None:
            vault = self._vault
            self._open(sponsor_dialog(vault, None, self.window()))

    def edit_sponsor(self) -> None:
        if self._vault is None or self.sponsor is None:
            return
        vault, sponsor = self._vault, self.sponsor
        self._open(sponsor_dialog(vault, sponsor, self.window()))

    def add_contact(self) -> None:
        if self._vault is None or self.sponsor is None:
            return
        self._open(contact_dialog(self._vault, self.sponsor, self.window()))

    def _open(self, dialog: FormDialog) -> None:
        self.show_dialog(dialog, self._saved)

    def _saved(self, sponsor: Sponsor) -> None:
        self.select(sponsor.id)  # the list was read again as the sponsor was saved
        notice.saved(self, self.tr("Saved."))

    # -- rows -------------------------------------------------------------------------
    def _fetch_sponsors(self, ids):
        return sponsors.get_many(self._vault, ids)

    def _fetch_contacts(self, ids):
        return {i: self._contacts[i] for i in ids if i in self._contacts}

    def _fetch_engagements(self, ids):
        found = {i: self._engagements[i] for i in ids if i in self._engagements}
        names = clients.get_many(self._vault, [e.client_id for e in found.values()])
        return {i: (e, names.get(e.client_id)) for i, e in found.items()}

    @staticmethod
    def _describe_sponsor(s) -> Row:
        return Row(s.organisation, s.billing_name)

    @staticmethod
    def _describe_contact(c) -> Row:
        return Row(c.name, " · ".join(isolated(p) for p in (c.role, c.email, c.phone) if p))

    @staticmethod
    def _describe_engagement(pair) -> Row:
        engagement, client = pair
        who = client.name if client else tr("(client removed)")
        period = put_in(tr("%1 to %2"), day(engagement.starts_on),
                        day(engagement.ends_on) if engagement.ends_on else tr("open"))
        return Row(who, f"{isolated(engagement.title) or tr('Engagement')} · {period}",
                   engagement.status.capitalize())
