"""One practice on several computers, through encrypted change bundles in a folder the
coach's own sync service keeps in step (docs/sync.md). The core only: nothing here is
shown to a coach yet; the screens call :mod:`coachdesk.sync.practice`.

- ``clock``: the hybrid logical clock that orders changes across computers.
- ``capture``: the triggers, generated from the schema, that log each change in the
  same transaction as the write.
- ``identity``: global ids (origin computer + its id) and their translation.
- ``bundles``: writing, finding and verifying bundles in the sync folder.
- ``merge``: applying a bundle to a vault by the merge rules.
- ``practice``: starting to sync, joining, and one exchange.
- ``numbers``: readable numbers with the computer's letter (``D-B000004``).
- ``issuer``: the one computer that issues invoices.
- ``status``: what the status line shows, and one round of sync as the window runs it
  (``ui.sync_runner``).
"""
