"""SIGKILL in the middle of an import, a merge or a check-in: the database stays consistent and holds
exactly the operations committed before the kill (a few random kill points here; many in
``benchmarks/stress_kill.py``)."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workload

from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import models

OPS = 20
KILLS = int(os.environ.get("TOTALNET_KILLS", "3"))


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return workload.reference(tmp_path_factory.mktemp("reference"), OPS)


def test_reference_run_is_deterministic_and_every_step_distinct(reference):
    digests, _ = reference
    assert len(digests) == OPS + 1 and len(set(digests)) == OPS + 1


@pytest.mark.parametrize("round_", range(KILLS))
def test_killed_at_a_random_point_keeps_a_whole_prefix(reference, tmp_path, round_):
    digests, duration = reference
    seed = int(os.environ.get("TOTALNET_KILL_SEED", random.randrange(1 << 30)))
    # Spread the rounds over the run: early, middle and late kills, jittered by the seed.
    rnd = random.Random(seed)
    delay = duration * (round_ + rnd.random()) / max(KILLS, 1) * 0.9
    db_path = tmp_path / "killed.sqlite3"
    last_done = workload.run_killed(db_path, OPS, delay)
    held = workload.verify(db_path, digests, last_done)
    assert 0 <= held <= OPS, f"seed {seed}"
    # The app opens it as it is and keeps working.
    db_mod.open_database(db_path)
    assert models.Contact.select().count() >= 0
    models.Contact.create(first_name="After the crash")
    db_mod.close_database()


def test_the_check_catches_an_operation_that_is_not_one_transaction(reference, tmp_path):
    """Negative control: the same workload with every statement committed on its own, killed in the
    middle, is caught as a half-done operation (so the test above can fail)."""
    digests, duration = reference
    for attempt in range(3):
        db_path = tmp_path / f"unsafe-{attempt}.sqlite3"
        last_done = workload.run_killed(db_path, OPS, duration * (0.3 + 0.2 * attempt), unsafe=True)
        try:
            workload.verify(db_path, digests, last_done)
        except AssertionError:
            return
    pytest.fail("three kills of a non-transactional writer all looked consistent")
