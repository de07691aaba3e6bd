"""The ZRM section of the case file (all instruments from the configuration): the section
with its chart (`section`) and the keyboard entry of a measurement (`entry`)."""
