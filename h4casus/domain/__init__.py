"""Rules, value objects and enums of the wijkteam domain. Imports nothing else of ours, no I/O."""
