"""Printing in the desktop: the print dialog, the preview (QtPdf), the printer and "Opslaan
als PDF" for the reports of `h4casus.reports`.

Other screens call the doors in `entry` (re-exported here):
`open_case_print_dialog`, `open_team_print_dialog`, `print_case_overview`, `print_own_plan`,
`print_team_overview`, `print_transition_overview`, `preview_report`. A new report kind is
one line in `kinds.CASE_REPORTS` or `kinds.TEAM_REPORTS`.
"""

from h4casus.gui.printing.entry import (
    open_case_print_dialog,
    open_team_print_dialog,
    preview_report,
    print_case_overview,
    print_own_plan,
    print_team_overview,
    print_transition_overview,
)

__all__ = [
    "open_case_print_dialog",
    "open_team_print_dialog",
    "preview_report",
    "print_case_overview",
    "print_own_plan",
    "print_team_overview",
    "print_transition_overview",
]
