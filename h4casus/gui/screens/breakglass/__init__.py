"""Break-glass: the dialog that asks emergency access with a reason, and the banner that
shows the time left while it runs."""
