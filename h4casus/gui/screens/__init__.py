"""One package per screen: its controller (the QWidget that wires the form to the lanes),
its item models and its typed form class. Forms themselves are in ui/."""
