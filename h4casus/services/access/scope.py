"""The access rule as SQL, for lists: which households an actor may see in a list or search.

This is the list side of the policy in `security.policy` (relations `team` and `assigned`):
households of the teams the actor holds a role for, plus households under the actor's own
regie. Single-household access goes through `access.authorize`, which asks the policy table
itself; both read the active regie from `storage.active_regie`.
"""

from __future__ import annotations

from sqlalchemy import or_

from h4casus.storage import models as m
from h4casus.storage.active_regie import households_under_regie_of


def scope_filter(actor, *, access_path: bool = False):
    """SQL condition: households in the actor's teams or under their regie.

    By default a filter, never an access path: the `+ 0` keeps the planner from answering
    the OR with a MULTI-INDEX OR over the whole team plus a sort, so sorted/keyset pages keep
    walking their ordering index and stop after one page (portable SQL; PostgreSQL ignores
    it). With `access_path=True` the OR is left to the team and regie indexes: for a query
    that selects the set of households in scope itself."""
    teams = actor.team_ids()
    if teams is None:
        return None
    mine = households_under_regie_of(actor.user_id)
    if access_path:
        return or_(m.Household.team_id.in_(teams), m.Household.id.in_(mine))
    return or_((m.Household.team_id + 0).in_(teams), (m.Household.id + 0).in_(mine))
