"""The alerts the default rules raise on the four seeds (issue 4), built by hand for delivery tests."""

from __future__ import annotations

import datetime as dt
import hashlib

from alerts.model import Alert, Severity
from streams.records import Figure, Location, Perpetrator, Report

__all__ = ["seed_alerts"]

_PROVINCES = {
    "AF-KDZ": "Kunduz",
    "AF-BGL": "Baghlan",
    "AF-TAK": "Takhar",
    "AF-BDG": "Badghis",
    "AF-HEL": "Helmand",
    "AF-KAN": "Kandahar",
    "AF-JOW": "Jawzjan",
    "AF-FYB": "Faryab",
    "AF-KAB": "Kabul",
    "AF-GHA": "Ghazni",
}
_SEEDS = ["000_ad2036b8bdd8595b", "001_3fd3b0016400e91e", "002_1366eb97e8121237", "003_5d6072f854e5fb67"]


def _where(code: str, place: str | None = None) -> Location:
    return Location(
        country_code="AF",
        country="Afghanistan",
        admin1_code=code,
        admin1=_PROVINCES[code],
        place=place,
        precision="place" if place else "admin1",
    )


def _alert(
    rule: str,
    key: str,
    *,
    severity: Severity,
    title: str,
    summary: str,
    seed: int,
    day: dt.date,
    where: list[Location],
    perpetrators: list[str],
    killed: Figure | None = None,
    wounded: Figure | None = None,
    claims: list[Report] | None = None,
    late: bool = False,
) -> Alert:
    fingerprint = hashlib.sha256(f"{rule}|{key}|{day.isoformat()}".encode()).hexdigest()[:20]
    at = dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC)
    return Alert(
        alert_id=f"al-{fingerprint[:12]}",
        fingerprint=fingerprint,
        rule=rule,
        severity=severity,
        title=title,
        summary=summary,
        labels={"rule": rule, "country": "AF", "admin1": ",".join(loc.admin1_code or "" for loc in where)},
        perpetrators=[Perpetrator(name=p) for p in perpetrators],
        locations=where,
        event_start=day,
        event_end=day,
        killed=killed or Figure(),
        wounded=wounded or Figure(),
        claims=claims or [],
        incident_ids=[f"inc-{fingerprint[:8]}"],
        article_ids=[f"seed:{_SEEDS[seed]}"],
        late=late,
        created_at=at,
        updated_at=at,
    )


def seed_alerts() -> list[Alert]:
    """The eight alerts of the seeds under the default rules."""
    return [
        _alert(
            "coordinated_multi_province",
            "Taliban",
            severity="critical",
            title="Taliban active in 4 provinces within 24 h",
            summary="Taliban attacks on checkpoints in Kunduz, Baghlan, Takhar and Badghis on 10 January "
            "2019, at least 32 security force members killed, officials said.",
            seed=0,
            day=dt.date(2019, 1, 10),
            where=[_where("AF-KDZ"), _where("AF-BGL"), _where("AF-TAK"), _where("AF-BDG")],
            perpetrators=["Taliban"],
            killed=Figure(best=32, min=32),
        ),
        _alert(
            "coordinated_multi_province",
            "Taliban",
            severity="critical",
            title="Taliban active in 5 provinces within 24 h",
            summary="Taliban attacks in Helmand, Baghlan, Kandahar, Jawzjan and Faryab on 20 July 2017.",
            seed=3,
            day=dt.date(2017, 7, 20),
            where=[_where("AF-HEL"), _where("AF-BGL"), _where("AF-KAN"), _where("AF-JOW"), _where("AF-FYB")],
            perpetrators=["Taliban"],
        ),
        _alert(
            "coordinated_attack",
            "AF-KAB",
            severity="warning",
            title="Coordinated attacks on two police stations in Kabul",
            summary="Gunmen attacked police stations in Dasht-e-Barchi and central Kabul on 9 May 2018; "
            "Islamic State and the Taliban each claimed one attack.",
            seed=1,
            day=dt.date(2018, 5, 9),
            where=[_where("AF-KAB", "Dasht-e-Barchi"), _where("AF-KAB", "Kabul")],
            perpetrators=["Islamic State", "Taliban"],
        ),
        _alert(
            "high_casualty",
            "checkpoints-2019-01-10",
            severity="critical",
            title="32 killed in checkpoint attacks in four provinces",
            summary="At least 32 members of security forces and pro-government militias were killed in "
            "Taliban attacks on checkpoints on 10 January 2019, officials said.",
            seed=0,
            day=dt.date(2019, 1, 10),
            where=[_where("AF-KDZ"), _where("AF-BGL"), _where("AF-TAK"), _where("AF-BDG")],
            perpetrators=["Taliban"],
            killed=Figure(best=32, min=32),
        ),
        _alert(
            "high_casualty",
            "badghis-checkpoints",
            severity="critical",
            title="21 security forces killed at Badghis checkpoints",
            summary="At least 21 Afghan security forces were killed when Taliban militants stormed two "
            "checkpoints in Badghis, local officials said.",
            seed=0,
            day=dt.date(2019, 1, 6),
            where=[_where("AF-BDG")],
            perpetrators=["Taliban"],
            killed=Figure(best=21, min=21),
            late=True,
        ),
        _alert(
            "high_casualty",
            "kabul-twin-bombings",
            severity="critical",
            title="25 killed in twin bombings in Kabul",
            summary="Twin bombings in Kabul killed 25 people, officials said.",
            seed=1,
            day=dt.date(2018, 4, 30),
            where=[_where("AF-KAB")],
            perpetrators=[],
            killed=Figure(best=25, min=25),
            late=True,
        ),
        _alert(
            "high_casualty",
            "khwaja-omari",
            severity="critical",
            title="Up to 13 killed in Taliban raid on Khwaja Omari district, Ghazni",
            summary="Up to 13 people were killed when the Taliban raided the Khwaja Omari district compound "
            "in Ghazni before dawn on 12 April 2018, officials said; the Taliban claimed more than 20.",
            seed=2,
            day=dt.date(2018, 4, 12),
            where=[_where("AF-GHA", "Khwaja Omari")],
            perpetrators=["Taliban"],
            killed=Figure(best=13, max=13),
            claims=[Report(figure="killed", count=20, qualifier="more_than", kind="claim", source="Taliban")],
        ),
        _alert(
            "high_casualty",
            "baghlan-e-markazi",
            severity="warning",
            title="About 20 security personnel killed or injured in Baghlan-e-Markazi",
            summary="About 20 security personnel were killed and injured in Baghlan-e-Markazi district on "
            "20 July 2017.",
            seed=3,
            day=dt.date(2017, 7, 20),
            where=[_where("AF-BGL", "Baghlan-e-Markazi")],
            perpetrators=["Taliban"],
            wounded=Figure(),
        ),
    ]
