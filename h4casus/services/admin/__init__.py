"""The functioneel beheerder's work: accounts and teams, configuration (ladder, instruments,
settings), the bulk import and the access-log views."""
