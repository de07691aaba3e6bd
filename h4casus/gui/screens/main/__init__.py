"""The main window and its lock panel."""
