"""The demo practice: realistic, varied, and built only through the record rules."""

from __future__ import annotations

from datetime import date

import keyring
import keyring.backends.fail

from coachdesk import agreements, audit, clients, demo, notes, search
from coachdesk import vault as vaults


def test_demo_practice_has_every_kind_of_record_a_coach_meets(vault):
    summary = demo.build(vault, demo.DEMO, today=date(2026, 11, 25))
    assert summary.clients == 40 and summary.sponsors == 8
    assert all(count > 0 for count in summary.agreements.values())  # every state
    assert set(summary.agreements) == {"draft", "awaiting_signatures", "active", "ended"}
    assert summary.sessions > 300 and summary.notes > 250
    names = [c.name for c in clients.get_many(
        vault, clients.list_ids(vault, include_archived=True)).values()]
    assert any("\u0600" <= ch <= "\u06ff" for n in names for ch in n)  # Arabic
    assert any("\u0590" <= ch <= "\u05ff" for n in names for ch in n)  # Hebrew
    assert any("🌱" in n for n in names)
    bodies = [n.body for n in notes.get_many(
        vault, [r[0] for r in vault.read("SELECT id FROM notes")]).values()]
    for sample in ("Sitzung", "Séance", "Sesión", "الجلسة", "פגישה", "日本語", "<script>"):
        assert any(sample in b for b in bodies), sample
    assert any(n for n in vault.read("SELECT 1 FROM notes WHERE is_private = 1"))
    assert search.everything(vault, "delegation")
    assert audit.verify_chain(vault).ok


def test_active_demo_agreements_are_complete_and_signed(vault):
    demo.build(vault, demo.DEMO, today=date(2026, 11, 25))
    for (agreement_id,) in vault.read("SELECT id FROM agreements WHERE status = 'active'"):
        agreement = agreements.get(vault, agreement_id)
        assert agreement.missing_clauses() == [] and agreement.unsigned_parties() == []
        assert "{" not in " ".join(c.body for c in agreement.clauses)  # every blank filled


def test_the_same_seed_gives_the_same_practice(location, tmp_path):
    from coachdesk.paths import VaultLocation

    def practice(folder):
        v = vaults.create(VaultLocation(folder), vaults.plan_keyring_vault())
        demo.build(v, demo.DEMO, today=date(2026, 1, 1))
        rows = v.read("SELECT name FROM clients ORDER BY id")
        v.close()
        return rows

    assert practice(tmp_path / "a") == practice(tmp_path / "b")


def test_demo_opens_without_a_keyring_and_is_not_rebuilt(location):
    from coachdesk.paths import VaultLocation

    keyring.set_keyring(keyring.backends.fail.Keyring())
    demo_location = VaultLocation.default(demo=True)  # its key opens only its own folder
    first = demo.open_or_create(demo_location)
    count = clients.count(first)
    first.close()
    again = demo.open_or_create(demo_location)
    assert clients.count(again) == count and again.info.key_mode == "demo"
    again.close()




def test_the_bench_practice_shape_is_exact(vault):
    """LARGE is this shape at 100x: every session in the past, notes topped up to the count."""
    small_large = demo.PracticeSize(clients=20, sponsors=2, sessions_per_engagement=10,
                                    notes_per_held_session=5, all_past=True, total_notes=1_000)
    summary = demo.build(vault, small_large, today=date(2026, 11, 25))
    assert (summary.clients, summary.sessions, summary.notes) == (20, 200, 1_000)
    assert vault.read_one("SELECT count(*) FROM sessions WHERE starts_at >= '2026-11-25'") == (0,)
    assert (demo.LARGE.clients, demo.LARGE.clients * demo.LARGE.sessions_per_engagement,
            demo.LARGE.total_notes) == (2_000, 20_000, 100_000)


def test_the_demo_tells_the_ethics_case(vault):
    from coachdesk import reports, sponsor_requests

    demo.build(vault, demo.DEMO, today=date(2026, 11, 25))
    [request] = sponsor_requests.all_requests(vault)
    assert request.full_record and request.response == "co_create"
    [report_id] = reports.all_ids(vault)
    states = [i.state for i in reports.items(vault, report_id, "2026-11-25")]
    assert states == [reports.APPROVED, reports.AWAITING, reports.DRAFT]
    assert reports.assemble(vault, report_id, "2026-11-25").content is None  # not yet
