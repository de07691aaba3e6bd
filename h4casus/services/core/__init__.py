"""The base every use case stands on: the service context, the clock, the access log and
the typed settings. Imports nothing from the other service areas."""
