"""The functioneel beheerder's screens (the Beheer menu): accounts, teams, settings, ladder
and instruments, retention, access log, backup and verify."""
