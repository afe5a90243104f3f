"""Issue 16: in Settings the coach edits the agreement template of a chosen type and
language; new agreements in that language start from it, a refusal keeps every word
typed, and looking at another language meanwhile loses nothing."""

from __future__ import annotations

from coachdesk import agreements, clients, engagements
from ui.pages.template_settings import TemplateSettings


def settings_for(qtbot, vault) -> TemplateSettings:
    page = TemplateSettings()
    qtbot.addWidget(page)
    page.attach(vault)
    return page.agreement_templates


def choose(part, kind: str, language: str) -> None:
    part.kind.setCurrentIndex(part.kind.findData(kind))
    part.language.setCurrentIndex(part.language.findData(language))


def test_a_german_template_edited_in_settings_starts_new_german_agreements(qtbot, vault):
    part = settings_for(qtbot, vault)
    assert part.language.currentData() == "en"  # the app's language first
    choose(part, "coach_client", "de")
    assert part.title.text() == "Coaching-Vereinbarung"
    assert part.clauses.item(0).text() == "Rollen und Verantwortlichkeiten"
    assert part.clauses.count() == 8
    part.title.setText("Meine Coaching-Vereinbarung")
    part.clauses.setCurrentRow(5)  # Absage
    part.body.setPlainText("Absagen bis 24 Stunden vorher sind kostenfrei. {missed_terms}")
    part.save_button.click()
    assert part.message.text().startswith("Saved.")

    client = clients.add(vault, clients.ClientDraft("Jonas Berg"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", None, fee_cents=15000, fee_basis="per_session"))
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Kim", "de"))
    assert made.title == "Meine Coaching-Vereinbarung"
    cancellation = next(c.body for c in made.clauses if c.kind == "cancellation")
    assert cancellation == ("Absagen bis 24 Stunden vorher sind kostenfrei. Eine später "
                            "abgesagte oder versäumte Sitzung gilt als stattgefunden, außer "
                            "bei einem Notfall.")
    assert agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Kim", "en")).title == "Coaching agreement"

    part.reset_button.click()
    assert part.title.text() == "Coaching-Vereinbarung"
    assert agreements.get(vault, made.id).title == "Meine Coaching-Vereinbarung"


def test_a_refused_template_keeps_every_word_typed(qtbot, vault):
    part = settings_for(qtbot, vault)
    choose(part, "three_party", "es")
    part.clauses.setCurrentRow(3)  # what the sponsor may receive
    part.body.setPlainText("El patrocinador recibe lo que pida.")
    part.save_button.click()
    assert "{sponsor_may_receive}" in part.message.text()
    assert part.body.toPlainText() == "El patrocinador recibe lo que pida."
    assert agreements.template(vault, "three_party", "es")[2] is False


def test_another_language_looked_at_meanwhile_loses_nothing(qtbot, vault):
    part = settings_for(qtbot, vault)
    choose(part, "coach_client", "fr")
    part.clauses.setCurrentRow(1)
    part.heading.setText("Confidentialité absolue")
    choose(part, "coach_client", "pt_BR")
    assert part.title.text() == "Acordo de coaching"
    choose(part, "coach_client", "fr")
    assert part.clauses.item(1).text() == "Confidentialité absolue"
    part.clauses.setCurrentRow(1)
    assert part.heading.text() == "Confidentialité absolue"
