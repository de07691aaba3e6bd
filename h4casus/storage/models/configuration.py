"""Configuration the services read: settings, leefgebieden, the escalation ladder and the
instruments (ZRM, ZRM-Huishoudens, Participatieladder) with their domains and levels.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from h4casus.storage.models.base import CODE, Base, S

# --------------------------------------------------------------------------- configuration


class Setting(Base):
    """Per-database configuration (JSON text), seeded from resources/config at init."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(CODE, primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class Leefgebied(Base):
    __tablename__ = "leefgebieden"
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    name: Mapped[str] = mapped_column(S, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class EscalationLevel(Base):
    """One rung of the op-/afschaalladder (default: AVE 1-4)."""

    __tablename__ = "escalation_levels"
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    rank: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    colour: Mapped[str] = mapped_column(String(40), nullable=False)
    hex: Mapped[str] = mapped_column(String(9), nullable=False, default="#777777")
    situation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    casusregie: Mapped[str] = mapped_column(S, nullable=False, default="")
    procesregie: Mapped[str] = mapped_column(S, nullable=False, default="")
    operational: Mapped[str] = mapped_column(S, nullable=False, default="")
    bestuurlijk: Mapped[str] = mapped_column(S, nullable=False, default="")
    review_interval_days: Mapped[int] = mapped_column(Integer, nullable=False)
    requires_approval: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Instrument(Base):
    __tablename__ = "instruments"
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    name: Mapped[str] = mapped_column(S, nullable=False)
    scope: Mapped[str] = mapped_column(String(20), nullable=False)  # persoon | huishouden
    domains: Mapped[list[InstrumentDomain]] = relationship(
        order_by="InstrumentDomain.position", cascade="all, delete-orphan"
    )
    levels: Mapped[list[InstrumentLevel]] = relationship(
        order_by="InstrumentLevel.score", cascade="all, delete-orphan"
    )


class InstrumentDomain(Base):
    __tablename__ = "instrument_domains"
    instrument_code: Mapped[str] = mapped_column(ForeignKey("instruments.code"), primary_key=True)
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    name: Mapped[str] = mapped_column(S, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class InstrumentLevel(Base):
    __tablename__ = "instrument_levels"
    instrument_code: Mapped[str] = mapped_column(ForeignKey("instruments.code"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(S, nullable=False)
