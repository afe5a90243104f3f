"""Templates, sectioned notes and action items, in the core: who may see each part, what
the next session reviews, and that disposal and the gate still hold."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coachdesk import (
    action_items,
    clients,
    disposal,
    engagements,
    excerpts,
    notes,
    sessions,
    templates,
)
from coachdesk.errors import InvalidInput


@pytest.fixture
def practice(vault):
    client = clients.add(vault, clients.ClientDraft("Ines Duarte"))
    engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-01"))
    first = sessions.start_now(vault, client.id, now=datetime(2026, 3, 2, 10, 0))
    second = sessions.start_now(vault, client.id, now=datetime(2026, 3, 16, 10, 0))
    assert first is not None and second is not None
    return vault, client, first, second


def test_the_vault_starts_with_a_free_page_grow_and_focus_insights_actions(vault):
    found = {t.name: t for t in templates.all_templates(vault)}
    assert set(found) == {"Free page", "GROW", "Focus, insights, actions, reflection"}
    assert found["Free page"].is_free_page
    assert [s.heading for s in found["GROW"].sections] == [
        "Goal", "Reality", "Options", "Way forward", "Coach's reflection"]
    reflection = found["Focus, insights, actions, reflection"].sections[-1]
    assert reflection.is_reflection and reflection.privacy == notes.COACH_ONLY


def test_a_reflection_can_never_be_made_shareable(vault):
    with pytest.raises(InvalidInput, match="coach only"):
        templates.save(vault, None, "Mine", [
            templates.Section("Thoughts", notes.MAY_REPORT, is_reflection=True)])
    with pytest.raises(InvalidInput, match="heading"):
        templates.save(vault, None, "Mine", [templates.Section("A", notes.WITH_CLIENT),
                                             templates.Section(" ", notes.WITH_CLIENT)])
    mine = templates.save(vault, None, "Check-in", [
        templates.Section("Check-in", notes.WITH_CLIENT, "How are you arriving?"),
        templates.Section("Reflection", notes.COACH_ONLY, is_reflection=True)])
    assert templates.get(vault, mine.id).sections[0].prompt == "How are you arriving?"
    assert [t.name for t in templates.all_templates(vault)][-1] == "Check-in"


def test_each_section_is_a_note_of_its_own_with_the_sections_privacy(practice):
    vault, client, first, _ = practice
    grow = next(t for t in templates.all_templates(vault) if t.name == "GROW")
    goal = templates.add_section_note(vault, client.id, first.id, grow.sections[0], 1,
                                      "Wants to lead the Monday review.")
    mine = templates.add_section_note(vault, client.id, first.id, grow.sections[4], 5,
                                      "I rushed her; slow down next time.")
    assert notes.get(vault, goal.id).privacy == notes.WITH_CLIENT
    assert notes.get(vault, mine.id).privacy == notes.COACH_ONLY
    found = templates.sections_of(vault, notes.ids_for_session(vault, first.id))
    assert (found[goal.id].heading, found[mine.id].heading) == ("Goal", "Coach's reflection")
    # The coach may share the goal with a sponsor (if the client approves), never the
    # reflection: the vault refuses, whatever asks.
    notes.set_privacy(vault, goal.id, notes.MAY_REPORT)
    with pytest.raises(Exception, match="reflection stays coach only"):
        notes.set_privacy(vault, mine.id, notes.WITH_CLIENT)
    assert notes.get(vault, mine.id).privacy == notes.COACH_ONLY
    # The gate's own rule: nothing is lifted from a coach-only section for a sponsor.
    with pytest.raises(InvalidInput, match="coach's own"):
        excerpts.add(vault, client.id, "slow down", source_note_id=mine.id)
    assert excerpts.add(vault, client.id, "Leads the Monday review.",
                        source_note_id=goal.id).source_note_id == goal.id


@pytest.mark.parametrize(("line", "words"), [
    ("[ ] Call Sam before Friday", "Call Sam before Friday"),
    ("- [ ] Draft the agenda", "Draft the agenda"),
    ("  ☐ Book the room ", "Book the room"),
    ("[] Ask for feedback", "Ask for feedback"),
    ("Call Sam [ ] later", None),
    ("[x] already done", None),
])
def test_a_line_started_with_a_checkbox_is_an_action(line, words):
    assert action_items.checkbox_words(line) == words


def test_the_next_session_reviews_last_times_open_items(practice):
    vault, client, first, second = practice
    soon = date.today() + timedelta(days=3)
    call = action_items.add(vault, client.id, "Call Sam", session_id=first.id, due_on=soon)
    read = action_items.add(vault, client.id, "Send the article", owner=action_items.COACH,
                            session_id=first.id)
    done = action_items.add(vault, client.id, "Book the room", session_id=first.id)
    action_items.set_done(vault, done.id, True, on=date(2026, 3, 10))
    new = action_items.add(vault, client.id, "Try the 5-minute check-in", session_id=second.id)
    review = action_items.to_review(vault, client.id, second.id)
    assert [i.text for i in review] == ["Call Sam", "Send the article"]
    assert review[1].owner == action_items.COACH and review[0].due_on == soon.isoformat()
    assert [i.text for i in action_items.open_for_client(vault, client.id)] == [
        "Call Sam", "Send the article", "Try the 5-minute check-in"]
    assert [i.id for i in action_items.for_session(vault, second.id)] == [new.id]
    # Ticked off in the session: it leaves the client's open list, and the tick can be
    # taken back the same day from the review.
    action_items.set_done(vault, call.id, True)
    assert call.id not in [i.id for i in action_items.open_for_client(vault, client.id)]
    assert call.id in [i.id for i in action_items.to_review(vault, client.id, second.id)]
    assert not action_items.get(vault, call.id).is_open
    action_items.set_done(vault, call.id, False)
    assert action_items.get(vault, call.id).is_open
    assert action_items.set_due(vault, read.id, "2026-02-01").overdue(date(2026, 3, 1))
    with pytest.raises(InvalidInput):
        action_items.set_due(vault, read.id, "31/02/2026")
    with pytest.raises(InvalidInput):
        action_items.add(vault, client.id, "   ")
    assert action_items.get(vault, read.id).due_on == "2026-02-01"  # nothing lost


def test_disposal_removes_action_items_and_sections(practice):
    vault, client, first, _ = practice
    focus = next(t for t in templates.all_templates(vault) if t.name.startswith("Focus"))
    templates.add_section_note(vault, client.id, first.id, focus.sections[0], 1,
                               "CANARY-FOCUS her promotion")
    action_items.add(vault, client.id, "CANARY-ACTION talk to Ines's manager",
                     session_id=first.id)
    done = disposal.dispose(vault, client.id, "client_request")
    assert done.counts["action items"] == 1 and done.counts["notes"] == 1
    assert action_items.open_for_client(vault, client.id) == []
    assert vault.read("SELECT count(*) FROM note_sections")[0][0] == 0
    with vault.snapshot() as conn:
        for table in ("action_items", "notes", "note_sections"):
            for row in conn.execute(f"SELECT * FROM {table}"):
                assert not any("CANARY" in str(v) for v in row)
