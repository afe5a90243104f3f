"""Sums as the coach reads them: always with their currency, in the coach's locale.

The core keeps amounts in minor units (cents) and ISO currency codes; only here do
they become text, through QLocale, so every screen writes a sum the same way. The
agreement's own words are written by the core (``engagements.fee_terms``) and printed
as they were agreed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from coachdesk.engagements import Engagement, session_fee_cents
from coachdesk.packages import PackageUse
from ui.words import day

_CODE_THEN_DIGIT = re.compile(r"^([A-Z]{3})(?=[\d\-−])")


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or None, n)


def _locale() -> QLocale:
    """The coach's locale; the bare "C" locale (no grouping, code glued to the number)
    reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def amount(cents: int, currency: str) -> str:
    """``cents`` in ``currency`` as the locale writes a sum ("EUR 2,800.00", "2 800,00 EUR")."""
    text = _locale().toCurrencyString(cents / 100, currency, 2)
    return _CODE_THEN_DIGIT.sub("\\1\u00a0", text)


def fee_basis(engagement: Engagement) -> str:
    """What the engagement's fee is, in a few words ("EUR 150.00 per session")."""
    fee = amount(engagement.fee_cents, engagement.currency)
    planned = engagement.planned_sessions or 0
    if engagement.fee_basis == "per_session":
        return tr("%1 per session").replace("%1", fee)
    if engagement.fee_basis == "engagement_total":
        if planned:
            return tr("%1 for the engagement (planned sessions: %n)", "", planned).replace(
                "%1", fee)
        return tr("%1 for the engagement").replace("%1", fee)
    if engagement.fee_basis == "package":
        size = engagement.package_sessions or 0
        if engagement.package_expires_on:
            return tr("%1 for a package (sessions: %n), to be used by %2", "", size).replace(
                "%1", fee).replace("%2", day(engagement.package_expires_on))
        return tr("%1 for a package (sessions: %n)", "", size).replace("%1", fee)
    return tr("%1: fee basis to confirm").replace("%1", fee)


def basis_sum(fee_cents: int, currency: str, basis: str | None, planned: int) -> str:
    """What a fee comes to on its basis, for a line under the fee ("In all: EUR 2,800.00
    (planned sessions: 8)"; "A session's share: EUR 350.00 (planned sessions: 8)"); ''
    when nothing to add. Counts stand after a colon, so English reads right for 1 too
    while no translation is loaded; ``%n`` still carries them into translations."""
    if basis == "per_session" and planned:
        return tr("In all: %1 (planned sessions: %n)", "", planned).replace(
            "%1", amount(fee_cents * planned, currency))
    if basis == "engagement_total" and planned:
        share = session_fee_cents(basis, fee_cents, planned) or 0
        return tr("A session's share: %1 (planned sessions: %n)", "", planned).replace(
            "%1", amount(share, currency))
    if basis == "engagement_total":
        return tr("No number of sessions planned: sessions carry no share of the fee.")
    if basis == "package" and planned:
        share = session_fee_cents(basis, fee_cents, planned) or 0
        return tr("A session's share: %1 (sessions in the package: %n)", "", planned).replace(
            "%1", amount(share, currency))
    return ""


def package_used(use: PackageUse) -> str:
    """How much of a package is used: "4 of 6 used" (held sessions, and missed ones when
    the agreement counts them)."""
    used = tr("%1 of %n used", "", use.sessions).replace("%1", str(use.used))
    if use.pro_bono:  # free sessions on top of what was bought, counted apart
        used += tr(" (and %n pro bono)", "", use.pro_bono)
    return used


def _last_day(use: PackageUse) -> str:
    """The package's last day as the coach's locale writes it ('' when it has none)."""
    return day(use.expires_on) if use.expires_on else ""


def package_warning(use: PackageUse, today: str) -> str:
    """What the coach should know of a package today, in a sentence or two; '' when all
    is well. The last session booked, sessions booked beyond it, its last day near.
    Counts stand after a colon, so English reads right for 1 too while no translation
    is loaded."""
    said = []
    if use.used_up:
        said.append(tr("Every session of the package is used."))
    elif use.last_booked:
        said.append(tr("The last session is booked."))
    if use.over_booked:
        said.append(tr("Booked beyond the package: %n more than it holds.", "", use.over_booked))
    days = use.days_left(today) or 0
    if use.expires_soon(today):
        said.append(tr("Its last day is today.") if days == 0 else tr(
            "Its last day is %1 (days left: %n).", "", days).replace("%1", _last_day(use)))
    elif use.expired(today):
        said.append(tr("Its last day was %1; sessions unused: %n.",
                       "", use.sessions - use.used).replace("%1", _last_day(use)))
    return " ".join(said)


def package_badge(use: PackageUse, today: str) -> str:
    """The first thing to know of a package, in a pill's few words ('' when all is well):
    for lists too narrow for ``package_warning`` (Today)."""
    if use.used_up:
        return tr("All sessions used")
    if use.over_booked:
        return tr("Booked beyond it")
    if use.last_booked:
        return tr("Last session booked")
    if use.expires_soon(today):
        return tr("Last day near")
    if use.expired(today):
        return tr("Last day passed")
    return ""


def package_last_day(use: PackageUse, today: str) -> str:
    """ "Last day: 21.12.26 (days left: 21)" (the date as the coach's locale writes it);
    '' for a package with no last day."""
    if use.expires_on is None:
        return ""
    return tr("Last day: %1 (days left: %n)", "", max(use.days_left(today) or 0, 0)).replace(
        "%1", _last_day(use))
