"""The household and its casework: registration and editing, lifecycle (status, closing),
regie (the one home of "one active regisseur"), op- en afschalen, consent, journal, Meldcode."""
