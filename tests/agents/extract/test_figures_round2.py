"""Figures, round 2: explicit zeros, one person without a numeral, terse lists, partitives, own losses."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract import extract
from agents.extract.casualties import find_figures
from agents.extract.tally import figure_of
from streams.records import Article, Report
from tests.agents.extract import texts


def figures(sentence: str) -> list[tuple[str, int, str]]:
    return [(h.figure, h.count, h.group) for h in find_figures(sentence, 0, len(sentence))]


def counts(sentence: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for figure, count, _ in figures(sentence):
        found[figure] = found.get(figure, 0) + count
    return found


def article(text: str) -> Article:
    return texts.article(text, dt.datetime(2022, 3, 9, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("No casualties were reported.", 0, 0),
        ("No casualties reported.", 0, 0),
        ("A mortar round fell near the district office, causing no casualties.", 0, 0),
        ("The patrol returned to base without casualties.", 0, 0),
        ("No one was hurt when the device went off under an empty bus.", 0, 0),
        ("Nobody was harmed in the explosion, police said.", 0, 0),
        ("No fatalities.", 0, None),
        ("There were no deaths, the governor said.", 0, None),
        ("Nobody was killed in the ambush.", 0, None),
        ("The grenade caused no injuries.", None, 0),
        ("No one was injured.", None, 0),
    ],
)
def test_explicit_zeros_cover_only_their_figures(
    sentence: str, killed: int | None, wounded: int | None
) -> None:
    found = {f: c for f, c, _ in figures(sentence)}
    assert found.get("killed") == killed
    assert found.get("wounded") == wounded


@pytest.mark.parametrize(
    "sentence",
    [
        "No one claimed the bombing.",
        "There was no immediate word on casualties.",
        "No casualties were reported among the troops.",
        "Officials gave no figure for the dead.",
    ],
)
def test_no_zero_without_a_statement_that_nobody_was_hurt(sentence: str) -> None:
    assert all(count != 0 for _, count, _ in figures(sentence))


def test_a_zero_never_outweighs_a_real_figure() -> None:
    reports = [
        Report(figure="killed", count=0, qualifier="exact", group="victims", kind="official"),
        Report(figure="killed", count=3, qualifier="exact", group="victims", kind="unattributed"),
    ]
    assert figure_of(reports).best == 3
    assert figure_of(reports[:1]).best == 0
    sentence = "Two guards were killed at the gate; there were no other casualties."
    assert counts(sentence)["killed"] == 2


def test_zero_and_real_figure_in_one_article() -> None:
    text = (
        "KANDAHAR, March 8 - A roadside bomb killed two policemen in Kandahar province on Tuesday, "
        "officials said. No civilians were hurt, they added."
    )
    (incident,) = extract(article(text))
    assert incident.killed.best == 2


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("A tax collector was shot dead by gunmen near the market.", "killed"),
        ("A shopkeeper was gunned down outside his store in the evening.", "killed"),
        ("A passer-by sustained minor injuries.", "wounded"),
        ("A rickshaw driver suffered serious wounds in the blast.", "wounded"),
        ("A local journalist was wounded by shrapnel.", "wounded"),
        ("The body of one of the hostages was found on Friday.", "killed"),
        ("Police recovered the body of a kidnapped engineer from a canal.", "killed"),
    ],
)
def test_one_person_without_a_numeral(sentence: str, figure: str) -> None:
    assert counts(sentence) == {figure: 1}


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Three soldiers were killed and another wounded when the mine exploded.", 3, 1),
        ("One constable was killed and another injured in the crossfire.", 1, 1),
        ("The raid killed a policeman and wounded another.", 1, 1),
    ],
)
def test_another_counts_one_more(sentence: str, killed: int, wounded: int) -> None:
    assert counts(sentence) == {"killed": killed, "wounded": wounded}


def test_another_is_not_a_count_before_a_thing() -> None:
    assert counts("Another bomb killed 5 people in the same district.") == {"killed": 5}
    assert figures("Another attack on the convoy was foiled.") == []


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Gunmen opened fire on the team, killing a female vaccinator and the policeman escorting her.", 2),
        ("A teacher and the driver were killed when the van hit a mine.", 2),
        ("Militants shot dead a farmer and the elder who tried to stop them.", 2),
    ],
)
def test_listed_people_are_counted(sentence: str, killed: int) -> None:
    assert counts(sentence) == {"killed": killed}


def test_and_the_thing_is_not_a_person() -> None:
    assert counts("Gunmen killed a guard and the police arrived an hour later.") == {"killed": 1}


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("2019-04-02; Iraq; Diyala; IED on a minibus; killed 8, wounded 13; unknown.", 8, 13),
        ("Casualties: killed 4 wounded 9.", 4, 9),
        ("The blast killed 12 and wounded 30, police said.", 12, 30),
        ("Mogadishu: gunmen attacked a bus, 2 killed 5 wounded.", 2, 5),
    ],
)
def test_terse_lists_give_each_number_its_figure(sentence: str, killed: int, wounded: int) -> None:
    assert counts(sentence) == {"killed": killed, "wounded": wounded}


@pytest.mark.parametrize(
    "sentence",
    [
        "Two personnel of the Frontier Corps embraced martyrdom in the blast.",
        "Two Levies soldiers were martyred when the checkpoint came under fire.",
    ],
)
def test_martyrdom_is_killed(sentence: str) -> None:
    assert counts(sentence) == {"killed": 2}


def test_a_non_attacker_speakers_own_fighters_are_victims() -> None:
    found = figures("A militia commander said six of its fighters were killed and eight wounded.")
    assert ("killed", 6, "security_forces") in found
    found = figures("The Taliban said five of their fighters were killed in the raid.")
    assert found == [("killed", 5, "perpetrators")]
    assert figures("Two of the attackers were also killed.") == [("killed", 2, "perpetrators")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "At least 9 people were killed when gunmen attacked Kufana village in Kajuru Local Government "
            "Area of Kaduna State on Sunday, community leaders said.",
            "witness",
        ),
        ("Eleven people were killed in the raid, a traditional ruler in the area said.", "witness"),
        ("Eleven people were killed in the raid, a police spokesman said.", "official"),
        ("Eleven people were killed in the raid, the health ministry said.", "medical"),
        ("Eleven people were killed in the raid, the local government chairman said.", "official"),
    ],
)
def test_speaker_kinds(text: str, kind: str) -> None:
    (incident,) = extract(article(text))
    assert [r.kind for r in incident.reports if r.figure == "killed"] == [kind]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A tax collector working for the Bari regional administration was shot dead on Monday.",
            {"killed": 1},
        ),
        ("Two guards working for a security firm were wounded.", {"wounded": 2}),
        ("Five people waiting for a bus were killed.", {"killed": 5}),
        ("A teacher working at the local school was killed.", {"killed": 1}),
    ],
)
def test_a_participle_clause_inside_the_subject(sentence: str, expected: dict[str, int]) -> None:
    assert counts(sentence) == expected
