"""Printable documents (reportlab): one module per report plus shared styles."""
