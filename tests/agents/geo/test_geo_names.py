"""Name folding and spelling variants."""

from __future__ import annotations

import pytest

from agents.geo.names import ascii_fold, fold, tokens, variants


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Herāt", "herat"),
        ("Şalāḩ ad Dīn", "salah ad din"),
        ("Mazar-i-Sharif", "mazar i sharif"),
        ("Dar'a", "dar a"),
        ("  KABUL ", "kabul"),
        ("Kunaṟ", "kunar"),
        ("Karbalā’", "karbala"),
    ],
)
def test_fold(name: str, key: str) -> None:
    assert fold(name) == key


def test_ascii_fold_keeps_case() -> None:
    assert ascii_fold("Nīmrōz") == "Nimroz"
    assert tokens("Baghlan-e-Markazi") == ("Baghlan", "e", "Markazi")


def test_ezafe_variants() -> None:
    forms = variants(["Mazar-i-Sharif"])
    assert {"Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-e Sharif", "Mazari Sharif", "Mazare Sharif"} <= set(
        forms
    )


def test_article_variants() -> None:
    assert variants(["Al-Raqqah"]) == ["Al-Raqqah", "Raqqah"]
    assert variants(["El Oro"]) == ["El Oro"]  # too short once bare
    assert variants(["", "Kabul", "Kabul"]) == ["Kabul"]
