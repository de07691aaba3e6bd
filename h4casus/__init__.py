"""h4casus — casusregistratie voor wijkteams: één huishouden, één plan, één regisseur."""

__version__ = "0.1.0"
