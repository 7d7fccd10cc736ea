"""Canonical perpetrator names, state forces and claims of responsibility."""

from __future__ import annotations

from agents.extract.actors import as_victim, claim_state, find_groups, negated_at


def names(text: str) -> list[str]:
    return [g.name for g in find_groups(text, 0, len(text))]


def test_canonical_names() -> None:
    assert names("The Taliban and an IS affiliate struck.") == ["Taliban", "Islamic State"]
    assert names("ISKP, Daesh and ISIL fighters") == ["Islamic State"] * 3
    assert names("Islamic State West Africa Province (ISWAP) fighters") == ["Islamic State", "Islamic State"]
    assert names("Tehreek-e-Taliban Pakistan and the Pakistani Taliban") == ["Tehrik-i-Taliban Pakistan"] * 2
    assert names("al-Shabab, Al Shabaab and the Haqqani network") == [
        "al-Shabaab",
        "al-Shabaab",
        "Haqqani Network",
    ]
    assert names("Boko Haram insurgents") == ["Boko Haram"]
    assert names("WHAT IS THIS") == []


def test_state_forces_behind_air_strikes() -> None:
    assert names("Afghan Air Force helicopters struck a madrassa") == ["Afghan Air Force"]
    assert names("last week's Afghan airstrike") == ["Afghan Air Force"]
    assert names("a US drone strike near the airport") == ["US military"]
    assert names("Russian warplanes carried out the raids") == ["Russian Air Force"]
    assert all(g.state for g in find_groups("Russian warplanes", 0, 17))


def test_claims_and_denials() -> None:
    text = "No group has claimed responsibility for the assault."
    assert [c[0] for c in claim_state(text, 0, len(text))] == [False]
    text = "one of which was claimed by the Islamic State group and the other by the Taliban"
    assert {c[0] for c in claim_state(text, 0, len(text))} == {True}
    text = "Officials blamed the Taliban, but the group denied involvement."
    assert [c[0] for c in claim_state(text, 0, len(text))] == [False]
    text = "Police said five people died."
    assert claim_state(text, 0, len(text)) == []


def test_mentions_out_of_attack_context() -> None:
    text = "No group has claimed it but the Taliban have carried out similar attacks in the past."
    hit = find_groups(text, 0, len(text))[0]
    assert negated_at(text, hit.start, hit.end, 0, len(text))
    text = "Taliban militants stormed the checkpoint."
    hit = find_groups(text, 0, len(text))[0]
    assert not negated_at(text, hit.start, hit.end, 0, len(text))


def test_groups_that_were_attacked() -> None:
    text = "ISIS cells attacked an SDF checkpoint."
    hits = find_groups(text, 0, len(text))
    assert [(h.name, as_victim(text, h)) for h in hits] == [
        ("Islamic State", False),
        ("Syrian Democratic Forces", True),
    ]
