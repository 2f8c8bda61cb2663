import pytest

from narvik_tilflytter import guard

# The guard's clock in the tests of the public forms (narvik_tilflytter/guard.py).
NOW = 1_800_000_000


@pytest.fixture
def clock(monkeypatch):
    """The guard's clock, at NOW; set `clock.now` to move it."""

    class Clock:
        now = NOW

    monkeypatch.setattr(guard, "clock", lambda: Clock.now)
    return Clock
