"""Key slots, passwords, the access policy and the audit chain."""
