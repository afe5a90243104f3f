"""CoachDesk's Qt front end. Widgets only: every record comes from ``coachdesk``."""
