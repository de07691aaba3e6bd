"""SQLAlchemy models, the SQLCipher engine, migrations, shared queries and the guards.

Importing this package registers the flush guards on every ORM session: frozen plan versions
(`plan_guard`), restriction of processing, AVG art. 18 (`restriction_guard`) and no regie by
an inactive account (`regie_guard`); the stall marks follow the plan (`stall_marks`). They are the safety net below the services, so they are
on whenever the models are used."""

from h4casus.storage import (  # noqa: F401
    plan_guard,
    regie_guard,
    restriction_guard,
    stall_marks,
)
