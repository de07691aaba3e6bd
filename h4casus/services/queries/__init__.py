"""Read models for screens and reports. Each entry point asks the access policy and writes its
audit row itself; what it returns is plain frozen data (no ORM objects, no Qt)."""
