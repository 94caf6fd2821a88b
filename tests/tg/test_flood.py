"""Flood control: a sliding window per sender on a (fake) monotonic clock, in bounded memory."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.tg.flood import FloodControl, Verdict

ALLOW, NOTIFY, IGNORE = Verdict.ALLOW, Verdict.NOTIFY, Verdict.IGNORE


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def control(max_messages: int = 3, window: float = 10.0, max_users: int = 100) -> tuple[FloodControl, Clock]:
    clock = Clock()
    return FloodControl(max_messages, window, max_users=max_users, clock=clock), clock


def test_over_the_limit_one_notice_then_silence_until_the_window_has_passed():
    flood, clock = control()
    assert [flood.check(1) for _ in range(3)] == [ALLOW] * 3
    assert flood.check(1) is NOTIFY
    assert flood.notices == 1
    clock.now += 9.9
    assert [flood.check(1) for _ in range(5)] == [IGNORE] * 5  # ignored messages do not extend the silence
    clock.now += 0.1  # one window after the notice
    assert [flood.check(1) for _ in range(3)] == [ALLOW] * 3  # afresh: a full allowance again
    assert flood.check(1) is NOTIFY
    assert flood.notices == 2


def test_other_senders_are_unaffected():
    flood, _ = control(max_messages=2)
    assert [flood.check(1) for _ in range(4)] == [ALLOW, ALLOW, NOTIFY, IGNORE]
    assert [flood.check(2) for _ in range(2)] == [ALLOW, ALLOW]
    assert flood.check(-100123) is ALLOW  # a chat an anonymous admin speaks for is a sender of its own


def test_the_window_slides_rather_than_resetting_at_fixed_times():
    flood, clock = control(max_messages=3, window=10.0)
    for _ in range(3):
        assert flood.check(1) is ALLOW
        clock.now += 4.0  # messages at 0, 4, 8
    # now 12: the first has left the window (0 <= 12 - 10), two remain, so one more fits ...
    assert flood.check(1) is ALLOW
    # ... and a fifth at 12 would be the fourth within (2, 12]
    assert flood.check(1) is NOTIFY


def test_a_steady_human_pace_is_never_limited():
    flood, clock = control(max_messages=8, window=30.0)
    for _ in range(500):
        assert flood.check(1) is ALLOW
        clock.now += 30.0 / 8 + 0.01


def test_zero_turns_flood_control_off():
    flood, _ = control(max_messages=0)
    assert not flood.enabled
    assert all(flood.check(1) is ALLOW for _ in range(1000))
    assert flood.tracked == 0


def test_idle_senders_are_forgotten():
    flood, clock = control(window=10.0)
    for user in range(50):
        flood.check(user)
    assert flood.tracked == 50
    clock.now += 10.0
    flood.check("someone new")
    assert flood.tracked == 1


def test_a_muted_sender_is_kept_while_the_silence_lasts():
    flood, clock = control(max_messages=1, window=10.0)
    assert [flood.check(1), flood.check(1)] == [ALLOW, NOTIFY]
    clock.now += 5.0
    flood.check(2)  # a sweep runs: sender 1 was seen 5 s ago, so is kept
    assert flood.check(1) is IGNORE


def test_memory_is_capped_however_many_senders_write():
    flood, clock = control(max_messages=3, max_users=100)
    for user in range(10_000):
        flood.check(user)
        clock.now += 0.0001
    assert flood.tracked == 100
    # The least recently seen go first: the last hundred are still counted.
    assert [flood.check(9_999) for _ in range(3)] == [ALLOW, ALLOW, NOTIFY]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.floats(0, 5, allow_nan=False)), max_size=200),
    st.integers(1, 6),
    st.floats(0.5, 20, allow_nan=False),
)
def test_never_more_than_the_limit_in_any_window_and_one_notice_per_silence(events, limit, window):
    """Against a brute-force model: allowed messages never exceed ``limit`` in any window, each
    NOTIFY starts a silence of exactly one window, and a sender within the limit is never refused."""
    flood, clock = control(max_messages=limit, window=window, max_users=10)
    allowed: dict[int, list[float]] = {}
    muted_until: dict[int, float] = {}
    for user, step in events:
        clock.now += step
        now = clock.now
        verdict = flood.check(user)
        if muted_until.get(user, float("-inf")) > now:
            assert verdict is IGNORE
            continue
        recent = [t for t in allowed.get(user, []) if t > now - window and t >= muted_until.get(user, float("-inf"))]
        if len(recent) < limit:
            assert verdict is ALLOW
            allowed.setdefault(user, []).append(now)
        else:
            assert verdict is NOTIFY
            muted_until[user] = now + window
    for times in allowed.values():
        for start in times:
            assert sum(1 for t in times if start <= t < start + window) <= limit
