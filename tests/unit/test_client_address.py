"""A client's postal address is one of her details: kept as typed, refused when it is
too long (nothing else lost), carried by her legal export, and gone after disposal from
every text column of every table."""

from __future__ import annotations

import pytest

from coachdesk import clients, disposal
from coachdesk.errors import InvalidInput
from tests.unit.test_disposal import every_text

CANARY = "ADDRESS-CANARY 7 Mill Lane\nOxford OX1 2AB"


def test_the_address_is_kept_as_typed_and_a_huge_paste_is_refused(vault):
    client = clients.add(vault, clients.ClientDraft("Ada Brook", address=CANARY))
    assert clients.get(vault, client.id).address == CANARY
    assert clients.get_many(vault, [client.id])[client.id].address == CANARY
    with pytest.raises(InvalidInput) as refused:
        clients.update(vault, client.id, clients.ClientDraft(
            "Ada Brook", address="x" * (clients.MAX_ADDRESS_BYTES + 1)))
    assert refused.value.field == "address"
    assert clients.get(vault, client.id).address == CANARY  # nothing lost
    columns = [r[1] for r in vault.read("PRAGMA table_info(clients)")]
    assert "address" in columns  # a normal column of the client's row


def test_disposal_leaves_the_address_in_no_column_of_any_table(vault):
    client = clients.add(vault, clients.ClientDraft("Ada Brook", address=CANARY))
    other = clients.add(vault, clients.ClientDraft("Ben Hale", address="1 High St"))
    done = disposal.dispose(vault, client.id, "client_request")
    assert done.counts["client details"] == 1
    values = every_text(vault.connection)
    assert any(t == "clients" and c == "address" and v == "1 High St" for t, c, v in values)
    assert not [(t, c) for t, c, v in values if "ADDRESS-CANARY" in v]
    assert clients.get(vault, other.id).address == "1 High St"


def test_the_legal_export_of_her_record_carries_her_address(vault):
    from coachdesk import legal_exports

    client = clients.add(vault, clients.ClientDraft("Ada Brook", address=CANARY))
    seen = []
    legal_exports.export(vault, client.id, requester="Ada Brook", legal_basis="Her request",
                         for_the_client=True, on="2026-05-01",
                         render=lambda record: seen.append(record) or b"%PDF",
                         save=lambda data: None)
    assert seen[0].client.address == CANARY
