"""A new agreement from the templates: choose the engagement; the template (three-party
when it has a sponsor) and its blanks follow from it.

Made from a client's page, it offers that client's engagements only, the newest one
still going chosen first. The coach chooses the language it is written in (the app's
language first; each named in its own words): the agreement keeps it once made, so
changing the app's language later changes nothing the parties signed."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from coachdesk import agreements, clients, engagements, settings
from coachdesk.agreements import Agreement
from coachdesk.errors import InvalidInput
from ui import translations
from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit
from ui.words import day


class NewAgreementDialog(SavingDialog):
    """Choose the engagement; the template and its blanks follow from it."""

    def __init__(self, vault, parent: QWidget | None = None, *,
                 client_id: int | None = None) -> None:
        super().__init__(self.tr("New agreement"), parent,
                         save_text=self.tr("Create from template"))
        self._vault = vault
        self.setMinimumWidth(520)
        self.engagement = QComboBox()
        going = None  # the first engagement that has not ended
        for one in [client_id] if client_id is not None else clients.list_ids(vault):
            client = clients.get(vault, one)
            for engagement in engagements.for_client(vault, one):
                name, title = isolated(client.name), isolated(engagement.title) or "Engagement"
                label = f"{name} · {title} · " \
                        f"{day(engagement.starts_on)}"
                self.engagement.addItem(label, engagement.id)
                if going is None and engagement.status != "ended":
                    going = self.engagement.count() - 1
        if client_id is not None and going is not None:
            self.engagement.setCurrentIndex(going)
        self.coach = line_edit(self.tr("Your name, as it should appear"))
        self.coach.setText(settings.get(vault, "coach_name"))
        self.language = QComboBox()
        for code in agreements.LANGUAGES:
            self.language.addItem(translations.LANGUAGES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(app_language())))
        self.language.setToolTip(self.tr("The agreement is written in this language and "
                                          "keeps it once made."))
        layout = self.column([
            (self.tr("&Engagement"), self.engagement),
            (self.tr("&Your name"), self.coach),
            (self.tr("&Language"), self.language),
        ])
        layout.addWidget(QLabel(self.tr("A three-party agreement when the engagement has a "
                                "sponsor, a coach-client agreement otherwise.")))
        if self.engagement.count() == 0:
            self.message.show_message(self._no_engagement())
        self.finish(layout)

    def _no_engagement(self) -> str:
        return self.tr("Add an engagement on a client's page first: an agreement belongs to "
                       "an engagement.")

    def snapshot(self) -> tuple:
        return (self.engagement.currentData(), self.coach.text(), self.language.currentData())

    def store(self) -> Agreement:
        engagement_id, coach, language = self.snapshot()
        if engagement_id is None:
            raise InvalidInput("engagement", self._no_engagement())
        name = settings.put(self._vault, "coach_name", coach)
        return agreements.add(self._vault, agreements.draft_for_engagement(
            self._vault, engagement_id, name, language))


def app_language() -> str:
    """The language the app speaks now (as ``translations.install`` chose it)."""
    return translations.language_for(translations.chosen(), QLocale.system().uiLanguages(),
                                     translations.offered())
