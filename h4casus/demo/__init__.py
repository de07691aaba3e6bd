"""Demo data and the first start: a tool built on the services and storage, never used by
them. `generator` writes realistic households in bulk; `first_run` makes the demo database a
newcomer sees at the first start."""
