"""Delay after failed unlock attempts, kept per account in the slot file (outside its MAC,
so it can be written without the key). After 3 failures each further attempt waits
2, 4, 8 ... seconds, at most 5 minutes."""

from __future__ import annotations

import time
from pathlib import Path

from h4casus.domain.errors import AuthenticationError, IntegrityFailure
from h4casus.security.keyslots import SlotFile, slot_path_for, user_slot_id

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0


def delay_for(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))


def _slot(path: Path, username: str):
    try:
        slots = SlotFile.load(slot_path_for(path))
    except IntegrityFailure:
        return None, None
    return slots, slots.slots.get(user_slot_id(username))


def check(path: Path, username: str, now: float | None = None) -> None:
    _, slot = _slot(path, username)
    now = time.time() if now is None else now
    if slot is not None and slot.not_before > now:
        wait = int(slot.not_before - now) + 1
        raise AuthenticationError(
            f"te veel mislukte pogingen voor {username}; probeer het over {wait} seconden opnieuw"
        )


def record_failure(path: Path, username: str, now: float | None = None) -> None:
    slots, slot = _slot(path, username)
    if slot is None:
        return
    now = time.time() if now is None else now
    slot.failed_attempts += 1
    slot.not_before = now + delay_for(slot.failed_attempts)
    slots.save()


def record_success(path: Path, username: str) -> None:
    slots, slot = _slot(path, username)
    if slot is None or (slot.failed_attempts == 0 and slot.not_before == 0):
        return
    slot.failed_attempts = 0
    slot.not_before = 0.0
    slots.save()
