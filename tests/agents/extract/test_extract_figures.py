"""Casualty figures read from single sentences."""

from __future__ import annotations

from agents.extract.casualties import find_attackers, find_figures, group_of


def figures(sentence: str) -> list[tuple[str, int, str, str]]:
    return [(h.figure, h.count, h.qualifier, h.group) for h in find_figures(sentence, 0, len(sentence))]


def test_passive_figures_with_others_inheriting_the_group() -> None:
    assert figures("At least five people have been killed and four others injured in the clash.") == [
        ("killed", 5, "at_least", "victims"),
        ("wounded", 4, "exact", "victims"),
    ]


def test_active_list_of_groups() -> None:
    assert figures("Gunmen killed three policemen, one civilian and a child.") == [
        ("killed", 3, "exact", "police"),
        ("killed", 1, "exact", "civilians"),
        ("killed", 1, "exact", "children"),
    ]


def test_possessive_list_and_explicit_other_group() -> None:
    assert figures("The shelling killed a woman and her two children and wounded five other civilians.") == [
        ("killed", 1, "exact", "civilians"),
        ("killed", 2, "exact", "children"),
        ("wounded", 5, "exact", "civilians"),
    ]


def test_breakdown_after_including() -> None:
    assert figures("The bombing killed at least 25 people, including nine journalists.") == [
        ("killed", 25, "at_least", "victims"),
        ("killed", 9, "exact", "victims/journalists"),
    ]


def test_death_toll_phrases() -> None:
    assert figures("Mohsini put the death toll at 13.") == [("killed", 13, "exact", "victims")]
    assert figures("The death toll from Sunday's bombing at a rally in Bajaur has risen to 63.") == [
        ("killed", 63, "exact", "victims")
    ]
    assert figures("Police put the number of dead at 79.") == [("killed", 79, "exact", "victims")]


def test_combined_killed_and_wounded() -> None:
    assert figures("Security forces have killed and injured 50 armed rebels.") == [
        ("killed_or_wounded", 50, "exact", "perpetrators")
    ]
    assert figures("Dozens of people, many of them children, were killed or wounded.") == [
        ("killed_or_wounded", 24, "vague", "victims")
    ]


def test_claimed_figure_inside_quotes() -> None:
    assert figures("The Taliban said ‘more than 20 police’ were killed and several others wounded.") == [
        ("killed", 20, "more_than", "police"),
        ("wounded", 3, "vague", "police"),
    ]


def test_attackers_deaths_are_perpetrators() -> None:
    assert figures("In the attack three mujahideen were martyred and four others were wounded.") == [
        ("killed", 3, "exact", "perpetrators"),
        ("wounded", 4, "exact", "perpetrators"),
    ]
    assert figures("Commandos killed all three attackers.") == [("killed", 3, "exact", "perpetrators")]


def test_bomber_counted_in_a_toll_is_moved_to_perpetrators() -> None:
    assert figures("A bomber struck a mosque, killing 12 people including the bomber.") == [
        ("killed", 11, "exact", "victims"),
        ("killed", 1, "exact", "perpetrators"),
    ]


def test_ranges_give_lower_and_upper_bounds() -> None:
    assert figures("Between 16 and 19 people were wounded.") == [
        ("wounded", 16, "at_least", "victims"),
        ("wounded", 19, "up_to", "victims"),
    ]
    assert figures("Police said 25-30 people were killed.") == [
        ("killed", 25, "at_least", "victims"),
        ("killed", 30, "up_to", "victims"),
    ]


def test_hospital_and_bodies() -> None:
    assert figures("Six people have been transferred to hospitals.") == [
        ("hospitalised", 6, "exact", "victims")
    ]
    assert figures("The team collected 18 bodies.") == [("killed", 18, "exact", "victims")]


def test_numbers_that_are_not_casualties() -> None:
    assert figures("The attack came at 12:30pm after 17 years of war, no one was killed.") == [
        ("killed", 0, "exact", "victims")
    ]
    assert figures("Militants detonated three explosive-laden vehicles near the checkpoint.") == []
    assert figures("The two gunmen killed a policeman.") == [("killed", 1, "exact", "police")]


def test_group_of() -> None:
    assert group_of("Taliban fighters") == "perpetrators"
    assert group_of("intelligence officers") == "security_forces"
    assert group_of("members of a family") == "civilians"
    assert group_of("SDF fighters") == "security_forces"
    assert group_of("former rebel commander") == "civilians"
    assert group_of("") == "victims"


def test_attackers_counted_and_their_deaths() -> None:
    sentence = "Officials said two gunmen attacked the building; both attackers were killed."
    hits = find_attackers(sentence, 0, len(sentence))
    assert [(h.count, h.dead) for h in hits] == [(2, False), (2, True)]
