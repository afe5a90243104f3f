"""Long lists read a page at a time, newest first (keyset paging).

A list shows its first screen after reading one page, not every id (reading every note id
of a 500,000-note practice takes 200-400 ms). Each page starts after the last row of the
one before, along an index on (the time column, id), so a page costs the same deep in the
list as at its top. A record module names its table and time column in a subclass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from coachdesk.vault import Vault


class NewestFirst:
    """Every row of ``TABLE``, newest ``ORDER`` first, ties by id, a page at a time."""

    TABLE: ClassVar[str]
    ORDER: ClassVar[str]

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._after: tuple[str, int] | None = None  # (time, id) of the last row given

    def next(self, count: int) -> list[int]:
        """The next ``count`` ids (fewer at the end, none after it)."""
        select = f"SELECT id, {self.ORDER} FROM {self.TABLE} "  # names from the class
        order = f"ORDER BY {self.ORDER} DESC, id DESC LIMIT ?"
        if self._after is None:
            rows = self._vault.read(select + order, (count,))
        else:
            rows = self._vault.read(select + f"WHERE ({self.ORDER}, id) < (?, ?) " + order,
                                    (*self._after, count))
        if rows:
            self._after = (rows[-1][1], rows[-1][0])
        return [row[0] for row in rows]
