"""Read models for screens and reports: the case file, the household list, search, worklists
and one read model per report. Each entry point asks the access policy and writes its audit
row itself; what it returns is plain frozen data (no ORM objects, no Qt). No use case imports
them."""
