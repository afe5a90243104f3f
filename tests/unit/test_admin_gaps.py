"""The core of the admin gaps: a session's paid or pro bono (derived, and the coach's
word over it), and the Notes tab's order for a templated session (with its index)."""

from __future__ import annotations

from coachdesk import clients, credentials, engagements, notes, sessions, templates


def test_a_sessions_paid_choice_is_derived_from_the_fee_then_the_engagement_then_said(vault):
    client = clients.add(vault, clients.ClientDraft("Ada Brook"))
    free = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    held = sessions.add(vault, sessions.SessionDraft(
        free.id, "2026-02-01T10:00", 60, "", None, "held"))
    assert credentials.session_paid(vault, held.id) == credentials.SessionPaid(
        None, "pro_bono", "fee")  # a fee of 0
    credentials.set_engagement_log(vault, free.id, group_size=None, paid="paid")
    assert credentials.session_paid(vault, held.id) == credentials.SessionPaid(
        None, "paid", "engagement")
    credentials.set_session_paid(vault, held.id, "pro_bono")
    said = credentials.session_paid(vault, held.id)
    assert (said.said, said.derived, said.kind) == ("pro_bono", "paid", "pro_bono")
    [entry] = credentials.entries(vault)
    assert (entry.paid_minutes, entry.pro_bono_minutes) == (0, 60)


def test_a_templated_sessions_notes_stand_together_in_the_templates_order(vault):
    client = clients.add(vault, clients.ClientDraft("Ada Brook"))
    engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    session = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-01T10:00", 60))
    grow = next(t for t in templates.all_templates(vault) if t.name == "GROW")
    older = notes.add(vault, client.id, "An older page.")
    by_position = {}
    for position in (5, 3, 1):  # written last section first
        section = grow.sections[position - 1]
        by_position[position] = templates.add_section_note(
            vault, client.id, session.id, section, position, f"words {position}").id
    newer = notes.add(vault, client.id, "A newer page.")
    assert templates.ids_for_client(vault, client.id) == [
        newer.id, by_position[1], by_position[3], by_position[5], older.id]
    plan = " ".join(str(r) for r in vault.read(
        "EXPLAIN QUERY PLAN SELECT n.id, n.session_id, ns.position FROM notes n"
        " LEFT JOIN note_sections ns ON ns.note_id = n.id"
        " WHERE n.client_id = ? ORDER BY n.created_at DESC, n.id DESC", (client.id,)))
    assert "notes_by_client" in plan and "SCAN n " not in plan + " "
