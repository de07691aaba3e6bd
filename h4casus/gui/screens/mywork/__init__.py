"""Mijn werk: the start screen after sign-in, with the worklists of the user's roles."""
