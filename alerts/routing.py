"""Dispatch: which destinations an alert goes to, under which notification policy."""

from __future__ import annotations

from dataclasses import dataclass

from alerts.model import SEVERITY_ORDER, Alert
from alerts.subscriptions import Match, NotifyPolicy, SubscriptionsFile

__all__ = ["Route", "matches", "route"]


@dataclass(frozen=True, slots=True)
class Route:
    """One destination an alert goes to, with the subscription that sent it there."""

    destination: str
    subscription: str
    policy: NotifyPolicy


def matches(match: Match, alert: Alert) -> bool:
    """True when the alert passes every condition of `match`."""
    if match.rules and alert.rule not in match.rules:
        return False
    if alert.severity_rank < SEVERITY_ORDER[match.min_severity]:
        return False
    if match.countries and not {loc.country_code.upper() for loc in alert.locations} & set(match.countries):
        return False
    if match.provinces:
        codes = {loc.admin1_code.upper() for loc in alert.locations if loc.admin1_code}
        if not codes & set(match.provinces):
            return False
    if match.perpetrators:
        wanted = {name.casefold() for name in match.perpetrators}
        if not {p.name.casefold() for p in alert.perpetrators} & wanted:
            return False
    return all(alert.labels.get(key) == value for key, value in match.labels.items())


def route(config: SubscriptionsFile, alert: Alert) -> list[Route]:
    """An alert's destinations, each once; the first matching subscription (file order) sets the policy."""
    routes: dict[str, Route] = {}
    for sub in config.subscriptions:
        if not matches(sub.match, alert):
            continue
        for destination in sub.send_to:
            if destination not in routes:
                routes[destination] = Route(destination, sub.name, config.policy_of(sub))
    return list(routes.values())
