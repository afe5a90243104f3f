"""CoachDesk core: the coach's records, their storage and the rules around them.

Nothing in this package imports Qt; the UI (``ui/``) calls the plain functions
here and gets frozen dataclasses back.
"""

__version__ = "0.1.0"
