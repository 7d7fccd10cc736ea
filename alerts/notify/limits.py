"""Per-destination limits: a token bucket for the rate (time passed in) and a semaphore for concurrency."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from alerts.subscriptions import Limits

__all__ = ["DestinationLimiter", "TokenBucket"]


class TokenBucket:
    """`rate` tokens a second, up to `burst` saved; `reserve` takes one and says how long to wait for it."""

    def __init__(self, rate: float, burst: int, now: float) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._tokens = float(burst)
        self._at = now

    def reserve(self, now: float) -> float:
        """Take a token (possibly in the future); return the seconds to wait before using it."""
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        self._tokens -= 1.0
        return 0.0 if self._tokens >= 0 else -self._tokens / self.rate


class DestinationLimiter:
    """At most `concurrency` requests at once and `rate_per_second` on average for one destination."""

    def __init__(
        self,
        limits: Limits,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._semaphore = asyncio.Semaphore(limits.concurrency)
        self._bucket = TokenBucket(limits.rate_per_second, limits.burst, clock())
        self._clock = clock
        self._sleep = sleep

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the destination's request slots, after its rate allows."""
        async with self._semaphore:
            wait = self._bucket.reserve(self._clock())
            if wait > 0:
                await self._sleep(wait)
            yield
