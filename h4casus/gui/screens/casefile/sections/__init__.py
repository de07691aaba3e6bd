"""The sections of the case file, in the order of the section list (Alt+1 … Alt+9).

Each section is a `Section` subclass in its own module with its own form in ui/. A new
section is one module and one line below."""

from __future__ import annotations

from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.escalation import EscalationSection
from h4casus.gui.screens.casefile.sections.journal import JournalSection
from h4casus.gui.screens.casefile.sections.meldcode.section import MeldcodeSection
from h4casus.gui.screens.casefile.sections.network.section import NetworkSection
from h4casus.gui.screens.casefile.sections.overview import OverviewSection
from h4casus.gui.screens.casefile.sections.plan.section import PlanSection
from h4casus.gui.screens.casefile.sections.regie.section import RegieSection
from h4casus.gui.screens.casefile.sections.transition.section import TransitionSection
from h4casus.gui.screens.casefile.sections.zrm.section import ZrmSection

SECTIONS: tuple[type[Section], ...] = (
    OverviewSection,
    PlanSection,
    ZrmSection,
    EscalationSection,
    RegieSection,
    TransitionSection,
    MeldcodeSection,
    JournalSection,
    NetworkSection,
)
