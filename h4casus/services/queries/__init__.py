"""Read models for screens and reports: the case file, the household list, search, worklists.
They only read (plus the access-log row every read of personal data writes); no use case
imports them."""
