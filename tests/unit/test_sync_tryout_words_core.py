"""The audit log's entries about one computer keep which computer (tryout finding 7):
a bundle applied names the computer that sent it, a marking as gone the computer marked,
each by its letter as the Computers table shows it; ids only, no client content."""

from __future__ import annotations

from syncing import settle, two_computers

from coachdesk import audit, clients
from coachdesk.sync import computers


def test_entries_about_a_computer_name_it_by_its_letter(tmp_path):
    with two_computers(tmp_path) as (laptop, desktop):
        clients.add(laptop, clients.ClientDraft("Ann Lee"))
        settle(laptop, desktop)
        clients.add(desktop, clients.ClientDraft("Bo Chen"))
        settle(laptop, desktop)
        desk = next(c.device for c in computers.listing(laptop) if not c.this)
        computers.mark_gone(laptop, desk)
        lines = audit.merged(laptop)
        (gone,) = [x for x in lines if x.action == "sync.computer_gone"]
        assert (gone.record_kind, gone.record_id, gone.about, gone.computer) == (
            "computer", None, "B", "")
        applied_here = [x for x in lines if x.action == "sync.bundle_applied"
                        and x.computer == ""]
        assert applied_here and {x.about for x in applied_here} == {"B"}
        assert all(x.record_kind == "bundle" for x in applied_here)
        # The desktop's own entries, kept here: what it took in came from this computer.
        applied_there = [x for x in lines if x.action == "sync.bundle_applied"
                         and x.computer == "B"]
        assert applied_there and {x.about for x in applied_there} == {""}
        # Other entries are about no computer; nothing holds a name.
        assert {x.about for x in lines if not x.action.startswith("sync.")} == {None}
        assert not any("Ann" in x.record_kind or "Bo" in x.record_kind for x in lines)
        # The chains still check out with the computer's id in the record kind.
        assert all(check.ok for check in audit.verify_every_chain(laptop).values())
        assert all(check.ok for check in audit.verify_every_chain(desktop).values())
