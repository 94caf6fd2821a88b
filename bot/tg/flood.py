"""Flood control per user: a sliding window on the monotonic clock, in bounded memory.

A user who sends more than ``max_messages`` in ``window`` seconds gets one verdict NOTIFY (the bot
sends one short "slow down" notice) and then IGNORE for everything until ``window`` seconds after
that notice; then they start afresh. Other users are unaffected: each has their own window.

Memory stays bounded however many users write: a user's record holds at most ``max_messages``
timestamps; records idle for a whole window are dropped (they hold nothing that still counts), and
beyond ``max_users`` records the least recently seen user is forgotten (which at worst lets that
user start afresh early). Everything happens on the event loop, so no lock is needed.
"""

from __future__ import annotations

import enum
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass

MAX_USERS = 10_000
"""Records kept at most: ample for one bot (10,000 different people writing within one window)."""
INLINE_FLOOD_FACTOR = 4
"""Inline queries allowed per window, as a multiple of the message limit: clients send a query at
every pause while someone types, so a few questions make many queries."""


class Verdict(enum.Enum):
    ALLOW = "allow"
    NOTIFY = "notify"
    """Over the limit just now: send the one notice, do not act on the message."""
    IGNORE = "ignore"
    """Already told: stay silent until the window has passed."""


@dataclass
class _Record:
    times: deque[float]
    last: float
    muted_until: float = 0.0


class FloodControl:
    """``max_messages`` of 0 turns flood control off (every check allows)."""

    def __init__(
        self,
        max_messages: int,
        window: float,
        max_users: int = MAX_USERS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_messages = max_messages
        self.window = window
        self.max_users = max_users
        self.clock = clock
        self.notices = 0
        """NOTIFY verdicts given since start (for /stats)."""
        self._users: OrderedDict[Hashable, _Record] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self.max_messages > 0

    @property
    def tracked(self) -> int:
        """Senders with a record right now (what bounds the memory used)."""
        return len(self._users)

    def check(self, key: Hashable) -> Verdict:
        """Counts one message from ``key`` and says what to do with it."""
        if not self.enabled:
            return Verdict.ALLOW
        now = self.clock()
        self._forget_idle(now)
        record = self._users.get(key)
        if record is None:
            record = _Record(deque(maxlen=self.max_messages), now)
            self._users[key] = record
            while len(self._users) > self.max_users:
                self._users.popitem(last=False)
        else:
            self._users.move_to_end(key)  # the dict stays ordered by last activity
            record.last = now
        if record.muted_until > now:
            return Verdict.IGNORE
        if record.muted_until:  # the silence is over: start afresh
            record.muted_until = 0.0
            record.times.clear()
        times = record.times
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.max_messages:
            times.append(now)
            return Verdict.ALLOW
        record.muted_until = now + self.window
        times.clear()
        self.notices += 1
        return Verdict.NOTIFY

    def _forget_idle(self, now: float) -> None:
        """Drops records untouched for a whole window, oldest first; all their timestamps have
        expired and any silence has ended (it lasts one window from a message), so dropping one
        changes nothing for that user."""
        users = self._users
        while users:
            key, record = next(iter(users.items()))
            if record.last > now - self.window:
                break
            del users[key]
