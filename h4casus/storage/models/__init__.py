"""SQLAlchemy 2 typed models for the core concepts of the domain (docs/glossary.md).

Portable to PostgreSQL: no SQLite-only types or SQL. Every editable record carries a
`version` column used for optimistic locking; a stale save raises StaleDataError, which
services turn into a ConflictError.

The models live in modules by area (base, configuration, people, households, regie, plan,
casework, records); this package makes them one namespace: `from h4casus.storage import
models as m` and `m.Household`, as everywhere in the code. A new model goes into the module
of its area and into the imports below.
"""

from __future__ import annotations

from h4casus.storage.models.base import CODE, NAMING_CONVENTION, Base, S
from h4casus.storage.models.casework import (
    JournalEntry,
    MeldcodeAnswer,
    MeldcodeStep,
    NetworkContact,
)
from h4casus.storage.models.configuration import (
    EscalationLevel,
    Instrument,
    InstrumentDomain,
    InstrumentLevel,
    Leefgebied,
    Setting,
)
from h4casus.storage.models.households import (
    Consent,
    FileKindChange,
    Household,
    Person,
    SafetyCheck,
    search_key,
)
from h4casus.storage.models.people import (
    Team,
    User,
    UserRole,
)
from h4casus.storage.models.plan import (
    Action,
    Decision,
    Evaluation,
    Goal,
    GoalEvaluation,
    Measurement,
    MeasurementScore,
    Plan,
    PlanVersion,
    TransitionItem,
    TransitionPlan,
)
from h4casus.storage.models.records import (
    AuditEvent,
    BreakGlassGrant,
    PersonCorrection,
    PersonRestriction,
    RetentionProposal,
)
from h4casus.storage.models.regie import (
    EigenRegie,
    Handover,
    LevelChange,
    RegieAssignment,
    RegieEscalation,
)

__all__ = [
    "Action",
    "AuditEvent",
    "Base",
    "BreakGlassGrant",
    "CODE",
    "Consent",
    "Decision",
    "EigenRegie",
    "EscalationLevel",
    "Evaluation",
    "FileKindChange",
    "Goal",
    "GoalEvaluation",
    "Handover",
    "Household",
    "Instrument",
    "InstrumentDomain",
    "InstrumentLevel",
    "JournalEntry",
    "Leefgebied",
    "LevelChange",
    "Measurement",
    "MeasurementScore",
    "MeldcodeAnswer",
    "MeldcodeStep",
    "NAMING_CONVENTION",
    "NetworkContact",
    "Person",
    "PersonCorrection",
    "PersonRestriction",
    "Plan",
    "PlanVersion",
    "RegieAssignment",
    "RegieEscalation",
    "RetentionProposal",
    "S",
    "SafetyCheck",
    "Setting",
    "Team",
    "TransitionItem",
    "TransitionPlan",
    "User",
    "UserRole",
    "search_key",
]
