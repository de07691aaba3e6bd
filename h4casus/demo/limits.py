"""The demo generator's sizes and thresholds, in one place (tests tune them here)."""

from __future__ import annotations

MAX_HOUSEHOLDS = 1_000_000
BATCH_HOUSEHOLDS = 1_000
PARALLEL_MIN_HOUSEHOLDS = 10_000  # from here on the rows are made in a helper process
ROWS_PER_INSERT = 16  # rows per multi-row INSERT statement (see _Generator._flush)
# Key slots (login with the demo password) for the teamleider and the first regisseurs and
# consulenten of each team. The others hold regie in the data but have no slot: at 100,000
# households the caseload norms need thousands of regisseurs, and thousands of slots would make
# every unlock read and check a slot file of megabytes.
LOGIN_REGISSEURS = 5
LOGIN_CONSULENTEN = 3
BULK_MIN_HOUSEHOLDS = 2_000  # from here on: indexes rebuilt, FK checks off during the load
