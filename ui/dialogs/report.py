"""A report's details: the engagement, who receives it, its purpose and period, and the
facts about the sessions that the agreement lets the sponsor receive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from coachdesk import agreements, clients, engagements, reports, sponsors
from coachdesk.approvals import Recipient
from coachdesk.errors import InvalidInput
from ui import print_language
from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso, line_edit, section_heading


class ReportDialog(SavingDialog):
    """A new report (or its details): engagement, recipient, purpose, period, facts."""

    def __init__(self, vault, report: reports.Report | None = None,
                 parent: QWidget | None = None, *, client_id: int | None = None) -> None:
        """``client_id``: a new report for this client's engagements only."""
        super().__init__(self.tr("Report details") if report else self.tr("New report"), parent)
        self._vault = vault
        self.report = report
        self.setMinimumWidth(560)
        self.engagement = QComboBox()
        self.engagement.setAccessibleName(self.tr("Engagement"))
        sponsored = [e for e in self._sponsored() if (report is None
                     or e[0].id == report.engagement_id) and client_id in (None, e[0].client_id)]
        for engagement, label in sponsored:
            self.engagement.addItem(label, engagement.id)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.purpose = line_edit(self.tr("e.g. Mid-point progress report for the sponsor"))
        # A new report's period follows the engagement and the recipient (see _suggest).
        self.period_from = date_edit(report.period_from if report else None)
        self.period_to = date_edit(report.period_to if report else None)
        self.period_to.setAccessibleName(self.tr("Period ends on"))
        self.clause = QLabel()
        self.clause.setObjectName("allowsText")
        self.clause.setWordWrap(True)
        self.clause.setTextFormat(Qt.TextFormat.PlainText)
        # The agreement page's words for the same facts (filed there, shown alike here).
        self.facts = {fact: QCheckBox(QCoreApplication.translate("AgreementsPage", words))
                      for fact, words in reports.FACT_WORDS.items()}
        facts_row = QHBoxLayout()
        for box in self.facts.values():
            facts_row.addWidget(box)
        facts_row.addStretch(1)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_to)
        period.addStretch(1)
        layout = self.column([(self.tr("&Engagement"), self.engagement),
                              (self.tr("&Send to"), self.recipient),
                              (self.tr("&Purpose"), self.purpose), (self.tr("Peri&od"), period)])
        layout.addWidget(section_heading(self.tr("What the agreement lets the sponsor receive")))
        layout.addWidget(self.clause)
        layout.addWidget(QLabel(self.tr("Facts about the sessions to include (never any note's "
                                "words):")))
        layout.addLayout(facts_row)
        self.engagement.currentIndexChanged.connect(self._engagement_chosen)
        if report is None:
            self.recipient.currentIndexChanged.connect(self._suggest_period)
        if not sponsored:
            self.message.show_message(self.tr("No engagement has a sponsor yet. A report goes to a "
                                      "sponsor: add the sponsor to the client's engagement "
                                      "first."))
            self.allow_save(False)
        self._engagement_chosen()
        if report is not None:
            self.purpose.setText(report.purpose)
            row = self.recipient.findData(f"{report.recipient_kind}:{report.recipient_id}")
            self.recipient.setCurrentIndex(max(row, 0))
            for fact, box in self.facts.items():
                box.setChecked(fact in report.facts and box.isEnabled())
        self.finish(layout, focus=self.purpose)

    def _sponsored(self) -> list[tuple[engagements.Engagement, str]]:
        out = []
        for sponsor_id in sponsors.list_ids(self._vault):
            sponsor = sponsors.get(self._vault, sponsor_id)
            for engagement in engagements.for_sponsor(self._vault, sponsor_id):
                client = clients.get(self._vault, engagement.client_id)
                title = f" · {isolated(engagement.title)}" if engagement.title else ""
                out.append((engagement, f"{isolated(client.name)}{title} · "
                                        f"{isolated(sponsor.organisation)}"))
        return sorted(out, key=lambda pair: pair[1].casefold())

    def _engagement_chosen(self) -> None:
        engagement_id = self.engagement.currentData()
        self.recipient.clear()
        if engagement_id is None:
            return
        engagement = engagements.get(self._vault, engagement_id)
        sponsor = sponsors.get(self._vault, engagement.sponsor_id)
        self.recipient.addItem(self.tr("%1 (the organisation)").replace(
                                   "%1", sponsor.organisation),
                               f"sponsor:{sponsor.id}")
        for contact in sponsor.contacts:
            role = f", {contact.role}" if contact.role else ""
            self.recipient.addItem(f"{contact.name}{role}", f"contact:{contact.id}")
        active = [a for a in agreements.for_engagement(self._vault, engagement_id)
                  if a.status == "active" and a.sponsor_id == sponsor.id]
        agreement = active[-1] if active else None
        allowed = reports.allowed_facts(agreement)
        if agreement is None:
            self.clause.setText(self.tr("There is no active agreement with this sponsor, so "
                                "nothing can be sent yet (ICF Code 25). You can still prepare the "
                                "report with the client."))
        elif not agreement.terms_confirmed:
            self.clause.setText(self.tr(
                "Nobody has confirmed what this agreement lets the sponsor receive, so "
                "nothing can be sent yet. Choose it on the agreement's page (every party "
                "then signs again)."))
        else:
            self.clause.setText(self._may_receive(agreement.sponsor_may_receive))
        for fact, box in self.facts.items():
            box.setEnabled(fact in allowed)
            box.setChecked(fact in allowed)
            box.setToolTip("" if fact in allowed else self.tr(
                "The agreement's terms do not let the sponsor receive this."))
        if self.report is None:
            self._suggest_period()

    def _may_receive(self, terms: tuple[str, ...] | None) -> str:
        """agreements.sharing_sentence in the coach's language (in English, the same
        words); the clause's stored words stay as the parties signed them."""
        chosen = [QCoreApplication.translate("Agreements", agreements.SHARING_TERM_WORDS[t])
                  for t in agreements.SHARING_TERMS if t in (terms or ())]
        if not chosen:
            return self.tr("The sponsor receives nothing about the coaching: no attendance, "
                           "no session dates, no hours of coaching and none of the client's "
                           "words.")
        return self.tr("The sponsor may receive only: %1. Nothing else about the coaching "
                       "reaches the sponsor.").replace("%1", "; ".join(chosen))

    def _suggest_period(self) -> None:
        """A new report covers the engagement so far, or the time since the last report
        to this recipient about it (the coach can change either date)."""
        engagement_id = self.engagement.currentData()
        if engagement_id is None:
            return
        kind, _colon, number = (self.recipient.currentData() or "").partition(":")
        start, end = reports.default_period(
            self._vault, engagement_id, Recipient(kind, int(number)) if number else None,
            QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self.period_from.setDate(QDate.fromString(start, Qt.DateFormat.ISODate))
        self.period_to.setDate(QDate.fromString(end, Qt.DateFormat.ISODate))

    def snapshot(self) -> tuple:
        return (self.engagement.currentData(), self.recipient.currentData(),
                self.purpose.text(), iso(self.period_from), iso(self.period_to),
                tuple(f for f, box in self.facts.items() if box.isChecked()))

    def store(self) -> reports.Report:
        engagement_id, recipient, purpose, start, end, facts = self.snapshot()
        if engagement_id is None:
            raise InvalidInput("engagement", self.tr("Choose the engagement this report is about."))
        kind, _colon, number = (recipient or "").partition(":")
        draft = reports.ReportDraft(engagement_id, purpose, start, end,
                                    Recipient(kind, int(number)) if number else None, facts,
                                    print_language.default())  # a new report's; kept on edit
        if self.report is None:
            return reports.create(self._vault, draft)
        return reports.update(self._vault, self.report.id, draft)
