"""Round 9: incident logs, FIRs and key-value records (their place and date lines, KIA/WIA, one incident per
entry, the day a log covers), a "Published:" line as the reference date, and segmentation and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from agents.extract.text import clean
from tests.agents.extract import texts

PUBLISHED = dt.datetime(2024, 3, 12, 9, 0, tzinfo=dt.UTC)  # a Tuesday
MONDAY = dt.date(2024, 3, 11)
SUNDAY = dt.date(2024, 3, 10)


_admin1 = texts.admin1


# --- 1. key-value log entries: the entry is an event, its Place line places it, its Date line dates it -----


@pytest.mark.parametrize(
    ("text", "admin1", "day", "killed", "wounded"),
    [
        (
            "SECURITY LOG  HEL/2024/0310\nDate: 10 March 2024\nTime: 2300 hrs\n"
            "Place: Nad Ali district, Helmand province, canal road near the district centre\n"
            "Type: IED / roadside bomb\nTarget: police pick-up\nCasualties: 2 ANP KIA, 3 ANP WIA\n"
            "Perpetrator: Taliban (suspected)\nRemarks: Vehicle destroyed. No claim received.",
            "AF-HEL",
            SUNDAY,
            2,
            3,
        ),
        (
            "Date: 11/03/2024 (11 March 2024)\nTime: 0400 hrs\nPlace: Gusau, Zamfara State - village market\n"
            "Incident: gunmen opened fire on traders\nCasualties: 4 traders killed, 6 injured\n"
            "Suspects: unknown",
            "NG-ZA",
            MONDAY,
            4,
            6,
        ),
        (
            "BANNU: Police registered a case after a constable was martyred in an attack on a checkpost.\n"
            "According to the FIR:\nDate of occurrence: 10-03-2024\nTime: 2215 hrs\n"
            "Place: Domel checkpost, District Bannu\nCasualties: 1 constable martyred, 2 constables injured\n"
            "Accused: unknown terrorists\nThe injured were shifted to the district hospital.",
            "PK-KP",
            SUNDAY,
            1,
            2,
        ),
        (
            "event_date: 2024-03-10\nlocation: Balad, Salahuddin\nactors: IS vs Iraqi army\n"
            "summary: Militants attacked an army outpost at night; two soldiers were killed. "
            "No group claimed the attack.",
            "IQ-SD",
            SUNDAY,
            2,
            None,
        ),
    ],
)
def test_a_log_entry_is_an_incident_placed_and_dated_by_its_fields(
    text: str, admin1: str, day: dt.date, killed: int, wounded: int | None
) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert _admin1(incident) == admin1
    assert incident.event_date == day
    assert incident.killed.best == killed
    assert incident.wounded.best == wounded


def test_each_entry_of_a_log_is_its_own_incident_on_the_logs_day() -> None:
    text = (
        "INCIDENT LOG - 10 Mar 2024\n"
        "#1  Time: 1930 hrs. Place: Karrada, Baghdad, near the main square. Incident: magnetic bomb under a "
        "taxi. Casualties: 2 civilians KIA, 5 civilians WIA. Claim: none.\n"
        "#2  Time: 0500 hrs. Place: outskirts of Hawija, Kirkuk. Incident: IS gunmen attacked an army post. "
        "Casualties: 1 soldier killed. Claim: none."
    )
    incidents = texts.mains(text, PUBLISHED)
    assert [_admin1(i) for i in incidents] == ["IQ-BG", "IQ-KI"]
    assert [i.event_date for i in incidents] == [SUNDAY, SUNDAY]
    assert [(i.killed.best, i.wounded.best) for i in incidents] == [(2, 5), (1, None)]
    assert incidents[0].killed_or_wounded.best is None


@pytest.mark.parametrize(
    "title",
    [
        "AFG DAILY SECURITY SUMMARY - 11 March 2024 (period covered: 10 March 2024)",
        "Daily situation report, reporting period: 10 March 2024",
        "Incident log - 10 Mar 2024",
    ],
)
def test_the_day_a_summary_covers_dates_its_undated_entries(title: str) -> None:
    text = (
        f"{title}\n\n- Kandahar / Arghandab district: Taliban attack on a police post. 3 police killed.\n"
        "- Kunduz / Imam Sahib: roadside bomb hit a civilian car. 2 civilians wounded."
    )
    incidents = texts.mains(text, PUBLISHED)
    assert [_admin1(i) for i in incidents] == ["AF-KAN", "AF-KDZ"]
    assert all(i.event_date == SUNDAY for i in incidents)


def test_an_undated_summary_title_keeps_the_reference_day() -> None:
    text = (
        "AFG DAILY SECURITY SUMMARY\n\n- Kandahar / Arghandab district: Taliban attack on a police post. "
        "3 police killed."
    )
    incident = texts.first_main(text, PUBLISHED)
    assert incident.event_date == PUBLISHED.date()
    assert incident.date_precision == "approximate"


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A roadside bomb hit an army convoy in Kunar province: 3 ANA KIA, 2 ANA WIA.", 3, 2),
        ("Casualties: 4 soldiers KIA and one WIA after the ambush in Kunar province.", 4, 1),
    ],
)
def test_kia_and_wia_are_killed_and_wounded(text: str, killed: int, wounded: int) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert (incident.killed.best, incident.wounded.best) == (killed, wounded)
    assert incident.killed_or_wounded.best is None


def test_a_car_named_kia_is_no_casualty_word() -> None:
    incident = texts.first_main(
        "A bomb hidden in a Kia saloon exploded in Kunar province, killing two people.", PUBLISHED
    )
    assert incident.killed.best == 2
    assert incident.wounded.best is None


def test_casualties_as_a_field_still_count_killed_or_wounded() -> None:
    text = (
        "Date: 10 March 2024\nPlace: Beledweyne, Hiiraan region\nType: VBIED\n"
        "Casualties: 25 killed and wounded"
    )
    incident = texts.first_main(text, PUBLISHED)
    assert _admin1(incident) == "SO-HI"
    assert incident.killed_or_wounded.best == 25
    assert incident.killed.best is None


def test_a_short_headline_with_a_colon_is_still_a_headline() -> None:
    body = clean("Kabul: blast kills five\nA bomb killed five people in Kabul on Sunday.")
    assert len(body.blocks) == 1
    assert body.text[body.blocks[0].start : body.blocks[0].end].startswith("A bomb")


# --- 2. a "Published:" line gives the reference date when the article has none -----------------------------


@pytest.mark.parametrize(
    "line",
    ["Published: 11 Mar 2024", "Posted on 11 March 2024", "Published: Monday, 11 March 2024"],
)
def test_a_published_line_is_the_reference(line: str) -> None:
    text = (
        f"{line}\nQUETTA: Two people were killed when a bomb went off in a market in Quetta yesterday, "
        "police said."
    )
    assert clean(text).reference == dt.date(2024, 3, 11)
    incident = texts.first_main(text, None)
    assert incident.event_date == SUNDAY


def test_a_published_line_does_not_override_the_articles_date() -> None:
    text = (
        "Published: 1 Jan 2020\nQUETTA: Two people were killed when a bomb went off in a market in Quetta "
        "yesterday, police said."
    )
    assert texts.first_main(text, PUBLISHED).event_date == MONDAY


# --- 3. segmentation: the abducted found dead, a retaliation's cause, a capital for its government ----------


@pytest.mark.parametrize(
    "text",
    [
        "Anbar - Gunmen kidnapped nine shepherds near Rutba in Anbar province on Friday, a security source "
        "said.\nThe bodies of four of them were found on Sunday, the source added.",
        "KIRKUK, Iraq (Reuters) - Islamic State militants abducted six workers from an oil field in Kirkuk "
        "province on Friday. Police found the bodies of four of the kidnapped men on Sunday, bearing gunshot "
        "wounds.",
        "Zamfara State - Bandits abducted 12 villagers in Anka on Friday. Four bodies were recovered from a "
        "nearby forest on Sunday, residents said.",
    ],
)
def test_the_abducted_found_dead_days_later_are_the_abductions_toll(text: str) -> None:
    incidents = texts.mains(text, PUBLISHED)
    assert len(incidents) == 1
    assert incidents[0].killed.best == 4
    assert incidents[0].event_date == dt.date(2024, 3, 8)


def test_a_later_attack_after_a_bombing_is_still_its_own_incident() -> None:
    text = (
        "KIRKUK, Iraq - A roadside bomb hit a police patrol in Kirkuk province on Friday, killing two "
        "officers. On Sunday, gunmen killed four shepherds, police said."
    )
    assert len(texts.mains(text, PUBLISHED)) == 2


@pytest.mark.parametrize(
    "clause",
    [
        "the shelling was retaliation for a rocket attack on a Turkish base near al-Bab on Saturday",
        "the strikes came in response to a rocket attack on a Turkish base near al-Bab on Saturday",
        "the bombardment was revenge for a rocket attack on a Turkish base near al-Bab on Saturday",
    ],
)
def test_the_attack_a_strike_answers_is_background(clause: str) -> None:
    text = (
        "QAMISHLI, Syria - Turkish artillery pounded Tal Rifaat in Aleppo province on Sunday, killing three "
        f"civilians, a monitor said.\n\nAnkara said {clause} that killed one soldier."
    )
    mains, background = texts.split(text, PUBLISHED)
    assert [(_admin1(i), i.killed.best, i.event_date) for i in mains] == [("SY-HL", 3, SUNDAY)]
    assert [(_admin1(i), i.killed.best) for i in background] == [("SY-HL", 1)]


@pytest.mark.parametrize(
    "tail",
    [
        "urging Tehran to act against them",
        "and called on Tehran to hand them over",
        "accusing Tehran of sheltering them",
    ],
)
def test_a_capital_named_for_its_government_opens_no_incident(tail: str) -> None:
    text = (
        "QUETTA - Six Frontier Corps soldiers were killed when gunmen attacked their post in Panjgur "
        "district of Baluchistan province on Monday, officials said.\n\nPakistan's military said in a "
        f"statement that four soldiers had died and that the attackers had fled across the border, {tail}."
    )
    incidents = texts.mains(text, PUBLISHED)
    assert [_admin1(i) for i in incidents] == ["PK-BA"]


def test_an_attack_in_the_capital_still_counts() -> None:
    text = "A bomb exploded at a bus stop in Tehran on Monday, killing four people, state media said."
    assert _admin1(texts.first_main(text, PUBLISHED)) == "IR-23"


def test_the_other_sides_reply_about_its_own_losses_is_no_new_incident() -> None:
    text = (
        "ISLAMABAD - Pakistan accused Afghan forces of firing mortar shells into Kurram district of Khyber "
        "Pakhtunkhwa province on Sunday, killing two villagers and wounding four.\n\nA spokesman for "
        "Afghanistan's Taliban administration said its forces had responded to provocations and that three "
        "Afghan guards had been wounded."
    )
    incidents = texts.mains(text, PUBLISHED)
    assert [(_admin1(i), i.killed.best, i.wounded.best) for i in incidents] == [("PK-KP", 2, 4)]


# --- 4. dates: something blown up is an event, "said on Monday ... the previous day", "hours after" ---------


@pytest.mark.parametrize(
    ("text", "admin1", "day"),
    [
        (
            "Residents are without power after unidentified men blew up an electricity pylon near Charikar "
            "in Parwan province on Sunday night.\nNo one was hurt in the blast, the utility said.",
            "AF-PAR",
            SUNDAY,
        ),
        (
            "Militants blew up a girls' school in Miranshah, North Waziristan, late Sunday, officials said. "
            "The building was empty and no one was hurt.",
            "PK-KP",
            SUNDAY,
        ),
        (
            "Two telecom towers were blown up in Baidoa in Somalia's Bay region on Sunday. There were no "
            "casualties.",
            "SO-BY",
            SUNDAY,
        ),
    ],
)
def test_a_sentence_telling_what_was_blown_up_places_and_dates_the_incident(
    text: str, admin1: str, day: dt.date
) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert _admin1(incident) == admin1
    assert incident.event_date == day
    assert incident.killed.best == 0


def test_a_blown_up_school_and_a_shooting_the_next_day_are_two_incidents() -> None:
    text = (
        "PESHAWAR - Militants blew up a boys' school in Datta Khel, North Waziristan, late Sunday, "
        "officials said. No one was hurt.\n\nIn Bajaur district, a policeman guarding a polio team was shot "
        "dead on Monday morning. The Pakistani Taliban claimed the killing."
    )
    incidents = texts.mains(text, PUBLISHED)
    assert [(i.event_date, i.killed.best) for i in incidents] == [(SUNDAY, 0), (MONDAY, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Kirkuk: Officials said on Monday that two power towers had been blown up in Hawija district the "
        "previous day, cutting power to several villages.",
        "BAGHDAD - Police said on Monday that a roadside bomb had killed two soldiers near Hawija in Kirkuk "
        "province the day before.",
    ],
)
def test_the_previous_day_counts_from_the_day_it_was_said(text: str) -> None:
    incident = texts.first_main(text, PUBLISHED)
    assert _admin1(incident) == "IQ-KI"
    assert incident.event_date == SUNDAY


def test_the_previous_day_without_a_day_said_counts_from_the_reference() -> None:
    text = "Kirkuk: Two power towers were blown up in Hawija district the previous day, officials said."
    assert texts.first_main(text, PUBLISHED).event_date == MONDAY


@pytest.mark.parametrize(
    "lead",
    [
        "MOGADISHU, March 12 (Horn Wire) - Somali forces ended a siege at a hotel on Monday, hours after "
        "al-Shabaab gunmen stormed it on Sunday evening following a car bomb at the gate.",
        "MOGADISHU - Troops ended a hotel siege in Mogadishu on Monday, some 20 hours after al-Shabaab "
        "fighters stormed the building on Sunday evening.",
    ],
)
def test_an_attack_told_after_hours_after_keeps_its_own_day(lead: str) -> None:
    text = f"{lead}\n\nThe interior minister told reporters on Tuesday that 12 people were killed."
    incidents = texts.mains(text, PUBLISHED)
    assert [(_admin1(i), i.event_date, i.killed.best) for i in incidents] == [("SO-BN", SUNDAY, 12)]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "Two power towers on the Baiji-Kirkuk line were blown up in Hawija district on Sunday, officials "
            "said.",
            "IQ-KI",
        ),
        (
            "A roadside bomb on the Kabul-Ghazni highway killed three soldiers in Maidan Wardak province on "
            "Sunday.",
            "AF-WAR",
        ),
    ],
)
def test_the_ends_of_a_route_do_not_place_an_event_named_beside_them(text: str, admin1: str) -> None:
    assert _admin1(texts.first_main(text, PUBLISHED)) == admin1


def test_a_route_alone_still_places_the_event() -> None:
    text = "A roadside bomb on the Kabul-Jalalabad highway killed three soldiers on Sunday."
    assert texts.first_main(text, PUBLISHED).primary is not None
