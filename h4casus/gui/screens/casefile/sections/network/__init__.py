"""Netwerk section of the case file: the network list and ecogram, its dialogs, and consent."""
