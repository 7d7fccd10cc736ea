"""Who gives a figure: officials, claims, medical staff, witnesses."""

from __future__ import annotations

from agents.extract.sources import Speakers


def kinds(speakers: Speakers, sentence: str) -> list[tuple[str, str | None]]:
    return [(a.kind, a.source) for a in speakers.attribute(sentence, 0, len(sentence))]


def test_roles_are_remembered_for_bare_names_and_pronouns() -> None:
    speakers = Speakers()
    assert kinds(
        speakers, "The militants struck at dawn, deputy police chief Ramazan Ali Mohsini told AFP."
    ) == [("official", "deputy police chief Ramazan Ali Mohsini")]
    assert kinds(speakers, "Mohsini put the death toll at 13.") == [("official", "Mohsini")]
    assert kinds(speakers, "He added that four were wounded.")[0][0] == "official"


def test_claims_medical_witness_and_inversion() -> None:
    speakers = Speakers()
    assert kinds(speakers, "Taliban spokesman Zabihullah Mujahid said 20 police died.")[0][0] == "claim"
    assert kinds(speakers, "‘Three mujahideen were martyred.’")[0][0] == "claim"
    assert kinds(
        speakers, "Asam, the head of the Kabul ambulance service, said six were taken to hospital."
    ) == [("medical", "the head of the Kabul ambulance service")]
    assert kinds(speakers, "Five were killed, residents said.") == [("witness", "residents")]
    assert kinds(speakers, "The blast hit at midday, said police spokesman Hashmat Stanekzai.") == [
        ("official", "police spokesman Hashmat Stanekzai")
    ]


def test_passive_and_appositive_forms() -> None:
    speakers = Speakers()
    assert kinds(speakers, "Scores of fighters died but that could not be immediately confirmed.") == []
    said = kinds(speakers, "The attack, according to Omar Zawak, the spokesman for Helmand province, failed.")
    assert said == [("official", "the spokesman for Helmand province, Omar Zawak")]
    said = kinds(Speakers(), "An anti-jihadist militia commander said 43 died.")
    assert said == [("official", "An anti-jihadist militia commander")]


def test_pick_nearest_speaker() -> None:
    sentence = "Police said five were killed, while the militants claimed to have killed 20 soldiers."
    speakers = Speakers().attribute(sentence, 0, len(sentence))
    near_five = Speakers.pick(speakers, sentence.index("five"))
    near_twenty = Speakers.pick(speakers, sentence.index("20"))
    assert near_five is not None and near_five.kind == "official"
    assert near_twenty is not None and near_twenty.kind == "claim"
    assert Speakers.pick([], 0) is None
