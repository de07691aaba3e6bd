"""Rights of the person and retention: corrections and restriction (AVG art. 16/18), the
export for an inzageverzoek (art. 15), retention periods with four-eyes destruction."""
