"""The case file of one household: its screen and its sections."""
