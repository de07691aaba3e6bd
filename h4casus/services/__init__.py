"""Use cases. Each takes a ServiceContext (open store, acting user, clock) and returns
plain data (dataclasses or tuples), never live ORM objects. No Qt here."""
