"""Pieces of the client's page: the rows of its tabs (notes, engagements, goals,
agreements, reports, sessions) and the line of the next and last session.

A note that holds one section of a templated session says which (its heading before its
first words), and the session's sections are listed together in the template's order
(coachdesk.templates.ids_for_client): the session reads on the tab as it was written.

(Each tab's empty state is ui.empty_state's, laid over the list: the list stays the
tab's page, so the window can still ask for "the notes tab" by its list.)
"""

from __future__ import annotations

from datetime import date

from coachdesk import notes, reports
from coachdesk.engagements import Engagement
from coachdesk.notes import Note
from coachdesk.packages import PackageUse
from coachdesk.templates import NoteSection
from ui import money
from ui.bidi import isolated
from ui.models.records import COACH_ONLY, MAY_REPORT, STATUS_WORDS, WITH_CLIENT, Row, when
from ui.words import day


def engagement_fee(e: Engagement) -> str:
    """The engagement's fee and what it is for ("EUR 150.00 per session")."""
    return money.fee_basis(e)


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", text)


def describe_engagement(pair: tuple[Engagement, str] | tuple[Engagement, str, PackageUse | None],
                        ) -> Row:
    """Title and sponsor; dates, fee, sessions planned (for a package: how many are
    used, and a warning when its last session is booked or its last day is near) and the
    goals; its status."""
    e, sponsor = pair[0], pair[1]
    use = pair[2] if len(pair) > 2 else None
    title = isolated(e.title) or tr("Engagement")
    who = isolated(sponsor) or tr("No sponsor: the client pays")
    period = tr("%1 to %2").replace("%1", day(e.starts_on)).replace(
        "%2", day(e.ends_on) if e.ends_on else tr("open"))
    parts = [period]
    if use is not None:  # first: the count and its warning are what the coach looks for
        parts.append(tr("Package: %1").replace("%1", money.package_used(use)))
        warning = money.package_warning(use, date.today().isoformat())
        if warning:
            parts.append(warning)
    parts.append(tr("Fee %1").replace("%1", engagement_fee(e)))
    # (a total's fee line already names the planned sessions: said once)
    if use is None and e.planned_sessions and e.fee_basis != "engagement_total":
        parts.append(tr("Sessions planned: %1").replace("%1", str(e.planned_sessions)))
    goals = "; ".join(isolated(" ".join(g.text.split())) for g in e.goals)
    parts.append(tr("Goals: %1").replace("%1", goals) if goals else tr("No goals yet"))
    return Row(f"{title} · {who}", " · ".join(parts), STATUS_WORDS.get(e.status, e.status))


def first_line(text: str, limit: int = 160) -> str:
    """A note's opening words for a list: one line, plain, never interpreted."""
    flat = " ".join(text.split())
    return flat[:limit] + ("…" if len(flat) > limit else "") if flat else tr("(empty note)")


def describe_note(pair: tuple[Note, NoteSection | None]) -> Row:
    """Its first words (after its section's heading, for a templated session's note),
    when it was written, and who may see it."""
    n, section = pair
    words = first_line(n.body)
    if section is not None and section.heading:
        return Row(tr("%1: %2").replace("%1", isolated(section.heading)).replace("%2", words),
                   when(n.created_at), _PRIVACY_BADGE.get(n.privacy, WITH_CLIENT))
    return Row(words, when(n.created_at) + (tr(" · private reflection") if n.is_private
                                            else ""),
               _PRIVACY_BADGE.get(n.privacy, WITH_CLIENT))


_PRIVACY_BADGE = {notes.COACH_ONLY: COACH_ONLY, notes.MAY_REPORT: MAY_REPORT}


def describe_goal(pair) -> Row:
    goal, engagement = pair
    period = tr("%1 to %2").replace("%1", day(engagement.starts_on)).replace(
        "%2", day(engagement.ends_on) if engagement.ends_on else tr("open"))
    return Row(goal.text, f"{isolated(engagement.title) or tr('Engagement')} · {period}",
               MAY_REPORT if goal.visibility == "client_and_sponsor" else WITH_CLIENT)


def describe_session(pair) -> Row:
    """A session (and whether it is pro bono: given, not billed, as its row says)."""
    s, pro_bono = pair
    upcoming = s.starts_at[:10] >= date.today().isoformat() and s.status == "planned"
    place = f" · {isolated(s.place)}" if s.place else ""
    minutes = tr("%1 min").replace("%1", str(s.duration_minutes))
    detail = tr("Upcoming") if upcoming else ""
    if pro_bono:
        detail = " · ".join(p for p in (detail, tr("Pro bono: not billed")) if p)
    return Row(f"{when(s.starts_at)} · {minutes}{place}", detail,
               STATUS_WORDS.get(s.status, s.status))


def describe_agreement(a) -> Row:
    signed = len(a.parties) - len(a.unsigned_parties())
    return Row(a.title, tr("Signed by %1 of %2").replace("%1", str(signed))
               .replace("%2", str(len(a.parties))), STATUS_WORDS.get(a.status, a.status))


def describe_report(pair: tuple[reports.Report, str]) -> Row:
    report, recipient = pair
    return Row(report.purpose or tr("Report"),
               tr("For %1 · %2 to %3").replace("%1", isolated(recipient))
               .replace("%2", day(report.period_from)).replace("%3", day(report.period_to)))


def next_and_last(found: list, now: str) -> str:
    """The next planned session and the last one held, in a line (``now``: ISO minute).

    A held session counts whatever its time: one started and ended within the minute, or
    planned for later today and started early, has been held (the line once kept the
    one before it until the clock passed its start)."""
    planned = sorted(s.starts_at for s in found if s.status == "planned" and s.starts_at >= now)
    held = sorted(s.starts_at for s in found if s.status == "held")
    parts = [tr("Next session: %1").replace("%1", when(planned[0])) if planned
             else tr("No session planned"),
             tr("Last held: %1").replace("%1", when(held[-1])) if held
             else tr("None held yet")]
    return " · ".join(parts)
