"""Sources, round 3: "gave a lower toll", state news agencies and military sources, a governing Taliban."""

from __future__ import annotations

import pytest

from agents.extract.sources import Speakers


def speaker(sentence: str) -> tuple[str, str | None] | None:
    found = Speakers().attribute(sentence, 0, len(sentence))
    return (found[0].kind, found[0].source) if found else None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A health ministry official gave a lower toll of 14 dead.", "medical"),
        ("The provincial governor gave a higher toll of 22.", "official"),
        ("A police spokesman gave a revised death toll of nine.", "official"),
        ("Hospital staff gave an initial toll of six.", "medical"),
    ],
)
def test_gave_a_toll(sentence: str, kind: str) -> None:
    found = speaker(sentence)
    assert found is not None
    assert found[0] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Three soldiers were killed, Syria's state news agency SANA said, citing a military source.",
        "Four people were killed, the state-run news agency reported.",
        "Six soldiers died in the strike, state television said.",
        "Two officers were wounded, a military source told the agency.",
    ],
)
def test_state_media_and_military_sources_are_official(sentence: str) -> None:
    found = speaker(sentence)
    assert found is not None
    assert found[0] == "official"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Fifty people were killed, a spokesman for the Taliban-run Interior Ministry said.", "official"),
        ("Five people were killed, Taliban officials said.", "official"),
        ("Five soldiers were killed, a Taliban spokesman said.", "claim"),
        ("The Taliban said they had killed 12 soldiers.", "claim"),
    ],
)
def test_the_taliban_as_government_or_as_claimant(sentence: str, kind: str) -> None:
    found = speaker(sentence)
    assert found is not None
    assert found[0] == kind


def test_an_unnamed_monitor_stays_unattributed() -> None:
    found = speaker("The monitor said eight people, among them foreign fighters, were killed.")
    assert found is None or found[0] == "unattributed"
