"""The demo payment provider: confirms at once unless a test tells it otherwise.

In test mode ``POST /v1/_test/provider`` makes chosen methods asynchronous (the payment answers
``202`` and is confirmed or declined ``confirm_after_s`` later), declines methods, or makes every
authorisation take ``latency_s`` (so a concurrent retry meets the in-flight claim).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from typing import Literal

METHODS: tuple[str, ...] = ("mpay", "unionpay", "card", "govpay")


@dataclass(frozen=True, slots=True)
class ProviderSettings:
    async_methods: frozenset[str] = field(default_factory=frozenset)
    confirm_after_s: float = 2.0
    decline_methods: frozenset[str] = field(default_factory=frozenset)
    latency_s: float = 0.0


@dataclass(frozen=True, slots=True)
class Decision:
    """``now``: confirmed at once; ``later``: confirmed (or declined) after ``after_s``;
    ``declined``: refused at once."""

    mode: Literal["now", "later", "declined"]
    decline: bool = False
    after_s: float = 0.0


class DemoPaymentProvider:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._settings = ProviderSettings()

    @property
    def settings(self) -> ProviderSettings:
        with self._lock:
            return self._settings

    def configure(
        self,
        *,
        async_methods: frozenset[str] | None = None,
        confirm_after_s: float | None = None,
        decline_methods: frozenset[str] | None = None,
        latency_s: float | None = None,
    ) -> ProviderSettings:
        with self._lock:
            s = self._settings
            self._settings = replace(
                s,
                async_methods=s.async_methods if async_methods is None else async_methods,
                confirm_after_s=s.confirm_after_s if confirm_after_s is None else confirm_after_s,
                decline_methods=s.decline_methods if decline_methods is None else decline_methods,
                latency_s=s.latency_s if latency_s is None else latency_s,
            )
            return self._settings

    def authorize(self, method: str) -> Decision:
        """Ask the provider; runs outside any database transaction, since it may take time."""
        settings = self.settings
        if settings.latency_s > 0:
            time.sleep(settings.latency_s)
        declined = method in settings.decline_methods
        if method in settings.async_methods:
            return Decision("later", decline=declined, after_s=settings.confirm_after_s)
        return Decision("declined" if declined else "now")
