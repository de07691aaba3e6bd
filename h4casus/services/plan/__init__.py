"""The one integrated household plan: versions (concept, vaststellen), goals, actions,
evaluations, decisions, the 18-/18+ perspectiefplan and measurements (ZRM and other
instruments)."""
