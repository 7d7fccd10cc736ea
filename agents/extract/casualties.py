"""Casualty figures in a sentence: who was killed, wounded or hospitalised, how many, and how sure.

A figure is a count phrase ("at least 32 members of security forces") linked to a casualty word either after
it ("... were killed", "... dead and injured") or before it ("killing ...", "put the death toll at ...");
lists ("three policemen, one civilian and a child") share the link, "others" takes the group of the figure
before it, and "including N" marks a breakdown of the figure before it (group "victims/journalists").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter
from typing import Final, Literal

from agents.extract.lexicon import Triggers
from agents.extract.numbers import NUMBER, QUALIFIER, Qualifier, parse_count, parse_qualifier

__all__ = [
    "PERPETRATORS",
    "TRIGGERS",
    "AttackerHit",
    "FigureHit",
    "FigureKind",
    "casualty_words",
    "fighters_side",
    "find_attackers",
    "find_figures",
    "group_of",
    "has_casualty_word",
    "read_sentence",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


FigureKind = Literal["killed", "wounded", "killed_or_wounded", "hospitalised"]
PERPETRATORS: Final = "perpetrators"

_NP: Final = re.compile(
    rf"(?i)(?<![\w.,])(?<![A-Za-z]-)(?<!\bno\s)(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER}|his|her|their|another)(?!\w"
    rf"|-(?!\d))",
    re.ASCII,
)
_DETERMINERS: Final = frozenset(("a", "an", "his", "her", "their"))
#: "another" counts one only before a person noun, a casualty word or the end of a clause.
_ANOTHER_AHEAD: Final = _words(
    "wounded injured hurt killed dead died martyred slain succumbed sustained suffered"
)
#: "wounded another in Taloqan": "another" right after a casualty verb counts one, whatever follows.
_ANOTHER_AFTER: Final = ("wounded ", "injured ", "wounding ", "injuring ", "killed ", "killing ", "hurt ")
#: "another was wounded": a passive auxiliary between "another" and the casualty word.
_ANOTHER_AUX: Final = _words("was were had has is")
_AND_OR: Final = frozenset(("and", "or"))
#: "injuring a third": one more victim, counted by an ordinal that ends the clause.
_NEXT_ONE: Final = frozenset(("second", "third", "fourth", "fifth"))
#: What may follow such an ordinal: "injuring a third and ...", "a fourth was wounded", "a fourth hurt".
_NEXT_ONE_AFTER: Final = _AND_OR | _ANOTHER_AUX | _ANOTHER_AHEAD
_COUNT_WORDS: Final = frozenset(
    ("dozen", "hundred", "thousand", "couple", "few", "number", "handful", "total", "minimum", "estimated")
)
_PEEK: Final = re.compile(r"(?:\s+[a-z'’-]+){1,4}", re.ASCII)
_TOKEN: Final = re.compile(r"\s+([A-Za-z][\w'’-]*)", re.ASCII)
_TAIL: Final = re.compile(r"(?:\s+[A-Za-z][\w'’/-]*){1,7}", re.ASCII)
_SINGULAR: Final = _words(
    "child civilian policeman policewoman soldier woman man boy girl journalist person student teacher guard "
    "officer worshipper cleric elder official passer-by bystander farmer doctor militant attacker gunman "
    "bomber insurgent fighter villager resident passenger trader shepherd herder driver reporter cameraman "
    "photographer judge lawmaker governor commander teenager toddler baby infant nurse pilgrim bodyguard son "
    "daughter brother sister wife husband nephew niece cousin father mother contractor worker employee "
    "engineer staffer colleague shopkeeper tailor vendor student imam worshiper soldier constable trooper "
    "sergeant cop commissioner collector vaccinator lawyer activist chief leader mayor member pilot prisoner "
    "hostage abductee captive victim priest pastor monk youth businessman politician candidate councillor "
    "councilor deputy spokesman lecturer professor surgeon paramedic medic volunteer translator interpreter "
    "ranger warden agent inspector lieutenant captain colonel brigadier corporal recruit cadet militiaman "
    "tribesman chieftain owner patient pedestrian motorist cyclist rider commuter customer guest tourist "
    "refugee migrant herdsman fisherman hunter miner labourer laborer mechanic electrician barber butcher "
    "cook waiter cleaner watchman gatekeeper chowkidar lineman clerk cashier banker jeweller jeweler "
    "pharmacist dentist physician midwife health-worker aid-worker personnel serviceman policeman mullah "
    "mukhtar maulana maulvi jawan sepoy khateeb muezzin escort"
)
_STOP: Final = _words(
    "were was are is have has had been being also in on at during after before when while who whom which "
    "that as by from to with including among near inside outside but into amid across over under since until "
    "killed dead died wounded injured hurt martyred slain perished lost reportedly later all allegedly so "
    "now remain remained according said say says told added claimed the their its his her this these those "
    "then there here sustained suffered embraced received succumbed for got paid laid made kia wia"
)
_OF_OK: Final = frozenset(["members", "member", "of", "the", "them", "those"])
#: A partitive right after a count: "six of its fighters".
_POSSESSIVES: Final = frozenset(("its", "their", "his", "her", "our"))
_NEXT_WORDS: Final = re.compile(r"\s+([a-z-]+)(?:\s+([a-z-]+))?", re.ASCII)
_NON_PERSON: Final = _words(
    "years year days day hours hour minutes minute weeks week months month km kilometres kilometers miles "
    "metres meters vehicles vehicle cars houses homes buildings times percent per rounds rockets shells "
    "bombs districts provinces villages checkpoints posts suicide ladders weapons guns rifles tonnes tons "
    "dollars a.m p.m pm am o'clock explosive explosives-laden explosive-laden trucks motorcycles helicopters "
    "planes aircraft people's shops schools mosques kilograms kg lorries boats bridges towers points cities "
    "towns states"
)
_VERB: Final = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"(?P<kw>(?:killed|dead|died)\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt)|(?:wounded"
    r"|injured)\s+(?:and|or)\s+"
    r"(?:killed|dead)|(?:killing|killed)\s+(?:and|or)\s+(?:wounding|injuring|wounded|injured)|casualt(?:y"
    r"|ies))"
    r"|(?P<hos>(?:taken|transferred|rushed|admitted|brought|evacuated|moved|shifted|airlifted|sent)\s+to\s+"
    r"(?:(?:the|a|nearby|local|several|different|two|three|various|military|civilian|city|provincial|main"
    r"|district)\s+)*"
    r"(?:[A-Z][\w-]*\s+)?hospitals?|hospitali[sz]ed|receiving\s+treatment|being\s+treated|under\s+treatment)"
    r"|(?P<toll>(?:death|casualty)\s+toll|toll|(?:figure|number|count|tally)(?=\s+at\s)|(?<!\ba\s)number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities"
    r"|(?:(?!(?:were|was|are|is|have|has|had|been)\b)[a-z]+\s+){1,2}(?:killed|dead)))"
    r"|(?P<k>killed|killing|kills?|dead|died|dies|die|deaths?|lost\s+(?:their|his|her)\s+lives|martyred|martyring|slain"
    r"|neutrali[sz](?:ed|ing)|succumbed\s+to\s+(?:their|his|her)\s+(?:injuries|wounds)"
    r"|embraced\s+(?:martyrdom|shahadat|shahadah)|paid\s+the\s+(?:supreme|ultimate)\s+(?:price|sacrifice)"
    r"|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|laid\s+down\s+(?:their|his|her)\s+lives|assassinat(?:ed|ing)|sent\s+to\s+hell|shot\s+dead|gunned\s+down|executed|beheaded|massacred|fatalities|perished|claimed\s+the\s+lives\s+of"
    r"|bodies\s+(?:of|were|have\s+been)|(?<=the\s)body\s+of|fatally\s+(?:shot|wounded|injured|stabbed)"
    r"|martyrdom\s+of|(?-i:KIA))"
    r"|(?P<w>(?-i:WIA)|injur(?:y|ies)\s+(?:of|to)|wounded|wounding"
    r"|injured|injuring|injuries|hurt|(?:sustained|suffered)\s+(?:an?\s+)?(?:\w+\s+)?(?:injuries"
    r"|wounds?)"
    r"|wounds)"
    r")(?![\w-])",
    re.ASCII,
)

_NUMBER_WORDS: Final = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty*",
    "thirty*",
    "forty*",
    "fifty*",
    "sixty*",
    "seventy*",
    "eighty*",
    "ninety*",
    "hundred*",
    "half a dozen",
    "dozens",
    "scores",
    "thousands",
    "several",
    "a few",
    "a number",
    "numerous",
    "a handful",
    "tens",
    "both",
    "a couple",
    "a",
    "an",
    "his",
    "their",
    "her",
    "at least",
    "no fewer than",
    "no less than",
    "not less than",
    "a minimum of",
    "a total of",
    "more than",
    "over",
    "upwards of",
    "in excess of",
    "above",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "an estimated",
    "estimated",
    "close to",
    "nearly",
    "almost",
    "up to",
    "as many as",
    "at most",
    "less than",
    "fewer than",
    "under",
    "another",
    *(str(d) + "*" for d in range(10)),
)
_VERB_WORDS: Final = (
    "killed",
    "dead",
    "died",
    "wounded",
    "injured",
    "killing",
    "casualt*",
    "taken",
    "transferred",
    "rushed",
    "admitted",
    "brought",
    "evacuated",
    "moved",
    "shifted",
    "airlifted",
    "sent",
    "hospitali*",
    "receiving",
    "being treated",
    "under treatment",
    "death toll",
    "casualty toll",
    "toll",
    "number of",
    "kill*",
    "dies",
    "die",
    "death*",
    "lost",
    "martyr*",
    "kia",
    "wia",
    "embraced martyrdom",
    "embraced shahadat",
    "embraced shahadah",
    "paid the supreme",
    "paid the ultimate",
    "made the supreme",
    "made the ultimate",
    "laid down",
    "assassinated",
    "assassinating",
    "sent to hell",
    "body",
    "slain",
    "neutrali*",
    "succumbed",
    "shot dead",
    "gunned down",
    "executed",
    "beheaded",
    "massacred",
    "fatalities",
    "perished",
    "claimed the lives",
    "bodies",
    "fatally",
    "wound*",
    "injur*",
    "hurt",
    "sustained",
    "suffered",
    "figure at",
    "count at",
    "tally at",
    "number at",
)
_ATTACKER_NOUNS: Final = (
    "attackers",
    "assailants",
    "gunmen",
    "militants",
    "insurgents",
    "bombers",
    "terrorists",
    "raiders",
)
#: "No casualties", "no one was hurt", "caused no injuries": explicit zeros for the figures they cover.
_NONE: Final = re.compile(
    r"(?i)(?:no|without(?:\s+(?:causing|inflicting|leaving))?(?:\s+any)?)\s+"
    r"(?:(?:immediate|other|further|reported|civilian|human|known)\s+)*"
    r"(?:(?P<both>casualt(?:y|ies)|loss(?:es)?\s+of\s+(?:life|lives))|(?P<k>fatalit(?:y|ies)|deaths?)"
    r"|(?P<w>injur(?:y|ies)))\b(?!\s+(?:figures?|numbers?|details?|counts?|information|tolls?|estimates?"
    r"|breakdown|data)\b)(?!\s+(?:were\s+|was\s+|have\s+been\s+)?(?:reported\s+)?(?:among|on\s+(?:our|their"
    r"|its|the)\b|from\s+(?:our|their|its|the)\s+side))"
    r"|(?:no\s+one|nobody)\s+(?:else\s+)?(?:(?:was|were|has\s+been|had\s+been|is|got)\s+)?(?:\w+ly\s+)?"
    r"(?:reported\s+)?(?:(?:killed|dead)\s+(?:or|nor|and)\s+(?:(?:seriously|badly)\s+)?(?:injured|wounded"
    r"|hurt)\b|(?:injured|wounded|hurt)\s+(?:or|nor|and)\s+(?:killed|dead)\b|(?P<k2>killed|dead)"
    r"|(?P<w2>injured|wounded)|(?P<both2>hurt|harmed))\b",
    re.ASCII,
)
_NONE_WORDS: Final = (
    "no casualt*",
    "no fatalit*",
    "no death*",
    "no injur*",
    "no one",
    "nobody",
    "no immediate",
    "no other",
    "no further",
    "no reported",
    "no civilian",
    "no human",
    "no known",
    "no loss*",
    "without casualt*",
    "without any",
    "without causing",
    "without inflicting",
    "without leaving",
)
#: Trigger words, by category.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "number": _NUMBER_WORDS,
    "verb": _VERB_WORDS,
    "attacker": _ATTACKER_NOUNS,
    "bodies": ("bodies", "corpses"),
    "himself": ("himself",),
    "none": _NONE_WORDS,
    #: A rank or post before a named death ("Havaldar Ali ... embraced shahadat", "..., who was killed").
    "named_dead": (
        *("constable", "inspector", "asi", "sho", "dsp", "policeman", "sepoy", "sipahi", "naik", "havaldar"),
        *("hawaldar", "subedar", "sergeant", "corporal", "private", "lieutenant", "captain", "major"),
        *("colonel", "soldier", "who was killed", "who had been killed", "who was assassinated"),
        "who was shot dead",
    ),
}
_ACTIVE_ONLY: Final = frozenset(
    ("killing", "kills", "kill", "wounding", "injuring", "assassinating", "martyring")
)
_GAP_PASSIVE: Final = re.compile(
    r"""(?i)^["'’”]?\s*,?\s*(?:\((?:[^()]{0,60})\)\s*)?"""
    r"""(?:,?\s*(?:many|most|some|all|several|among\s+them|including"""
    r"""|mostly|mainly|both|the\s+majority|mainly|who|which|having)\b[^,]{0,70},\s*"""
    r"""|\s+including\s+(?:an?|the|one|two|three|four|five|\d+)\s+[^,;.]{0,50}?\s+(?=(?:were|was|had|have|has)\s|$)"""
    r"""|\s+with\s+(?:the|a|an|his|her|their)\s+[a-z]+\s+(?=(?:were|was)\s)"""
    r"""|\s+(?:from|of)\s+(?:the\s+)?[A-Za-z0-9-]+(?:\s+[A-Za-z-]+){0,2}\s+(?=(?:were|was)\s)"""
    r"""|\s+(?:who|which|that)\s+(?:were|was)\s+(?:passing|travelling|traveling|walking|standing|working"""
    r"""|praying|waiting|sitting|driving|riding|shopping|returning|going|coming|present|nearby)\b[^,;.]{0,50}?"""
    r"""\s+(?=(?:were|was)\s)|\s+who\s+[a-z]+ed\b[^,;.]{0,50}?\s+(?=(?:were|was)\s))?"""
    r"""(?:(?:were|was|are|is|have|has|had|been|being|also|reportedly|later|all|allegedly|confirmed|feared"""
    r"""|believed|still"""
    r"""|said|to|so\s+far|now|either|of\s+them|in\s+total|in\s+all|got|get|left|lay|remain|remained"""
    r"""|subsequently|eventually|were\s+also|were\s+reported|are\s+reported|were\s+confirmed|reported"""
    r"""|likely|may"""
    r"""|might|could|feared|were\s+left|people|(?:shot|stabbed|beaten|hit)\s+and|treated\s+for|\w+ly)\s+)*$""",
    re.ASCII,
)
_GAP_ACTIVE: Final = re.compile(
    r"(?i)^\s*:?\s*(?:(?:himself|herself|themselves|itself)\s+and\s+)?(?:(?:a\s+further|another|an\s+additional"
    r"|the\s+lives\s+of|all(?:\s+the)?|both(?:\s+the)?|the|between)\s+)?$",
    re.ASCII,
)
#: "killed Abu Hamza al-Zoubi, a former commander": the victim's name before the phrase that counts him.
_NAMED_GAP: Final = re.compile(
    r"^\s+(?:(?:[A-Z][\w'’-]*|(?:al|el|ad|as|ash|ar|az)-[A-Z][\w'’-]*|bin|ibn|ul|ud)\s+){0,4}"
    r"(?:[A-Z][\w'’-]*|(?:al|el|ad|as|ash|ar|az)-[A-Z][\w'’-]*),\s+$",
    re.ASCII,
)
_GAP_TOLL: Final = re.compile(
    r"(?i)^\s+(?:(?:from|in|of|when|after)\s+[^.;:]{0,140}?,?\s+)?(?:(?:has|had|have|now|officially|reportedly|later|since"
    r"|then|subsequently|eventually|further|quickly|soon)\s+)*"
    r"(?:at|to|of|rose\s+to|risen\s+to|rising\s+to|climbing\s+to|climbed\s+to|jumped\s+to|reached|stood\s+at"
    r"|stands\s+at|is|was"
    r"|increased\s+to|went\s+up\s+to|rises\s+to|climbs\s+to|hit)\s+$",
    re.ASCII,
)
_AFTER_ACTIVE_VERB: Final = re.compile(
    rf"(?i)\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}|the|his|her|their|two|its)\b", re.ASCII
)
#: "1 killed 4 injured": a second count right after the verb starts a figure of its own.
_TERSE: Final = re.compile(rf"(?i)\s+{NUMBER}\s+(?:killed|dead|wounded|injured|hurt)\b", re.ASCII)
#: A count phrase that is the speaker ("..., a local official said"), not a victim.
_SPEAKER_AFTER = re.compile(r"(?i)\s+(?:said|says|told|added|confirmed|reported|stated)\b", re.ASCII)
#: A participle clause inside the subject ("a cop guarding the team martyred").
_PARTICIPLE_GAP: Final = re.compile(
    r"(?i)^\s+(?:(?:for|with|at|in|on|near|from)\s+)?(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,3}[a-z]+"
    r"(?=\s+(?:was|were|had\s+been|has\s+been|have\s+been)\b)|^\s+(?:the|a|an|his|her|their)\s+[a-z]+(?=\s)",
    re.ASCII,
)
_RANGE_GAP: Final = re.compile(r"(?i)^\s*(?:-|–|to|or)\s*$", re.ASCII)
_BETWEEN: Final = re.compile(r"(?i)\bbetween\s+$", re.ASCII)
_LIST_GAP: Final = re.compile(
    # "the district commissioner of Beled Hawo and two of his bodyguards": a title's "of" phrase comes first
    r"(?i)^(?:(?:\s+[\w'-]+)?\s+of\s+[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
    r"\s*(?:,|,?\s+and|,?\s*&|,?\s+as\s+well\s+as|,?\s+plus|,?\s+along\s+with)(?:\s+(?:his|her|their))?\s*$",
    re.ASCII,
)
_INCLUDING_GAP: Final = re.compile(
    r"(?i)^\s*[,;(]?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+dead"
    r"|among\s+those)\s*$",
    re.ASCII,
)
_WITH_BOMBER: Final = re.compile(
    r"(?i)\s*,?\s*(?P<inc>including\s+(?:the|a|one|two)\s+(?:suicide\s+)?(?:bombers?|attackers?"
    r"|gunm[ae]n|assailants?))",
    re.ASCII,
)
#: "confirmed three deaths", "nine fatalities": the count of a casualty noun.
_TOLL_NOUNS: Final[dict[str, FigureKind]] = {
    "deaths": "killed",
    "fatalities": "killed",
    "dead": "killed",
    "injuries": "wounded",
}
_BODIES: Final = re.compile(r"(?i)\b(?:bodies|corpses)\b", re.ASCII)
_HIMSELF: Final = re.compile(r"(?i)\bkill(?:ing|ed)\s+himself\b", re.ASCII)
_DEFINITE_BEFORE: Final = re.compile(
    r"(?i)\b(?P<det>the|all(?:\s+(?:of\s+)?the)?|both(?:\s+of\s+the)?|all\s+(?:\w+\s+)?)\s*(?:(?:suicide"
    r"|other"
    r"|remaining|\w+)\s+)?$",
    re.ASCII,
)
_DEFINITE_AFTER: Final = re.compile(
    r"(?i)\s+(?:were|had\s+been|have\s+been|was)\s+(?:all\s+|later\s+|also\s+|eventually\s+|subsequently\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated|dead)\b",
    re.ASCII,
)
_ATTACKERS: Final = re.compile(
    rf"(?i)\b(?:a\s+total\s+of\s+)?(?P<n>{NUMBER})\s+(?:\w+\s+)?(?:attackers|assailants|gunmen|militants"
    rf"|insurgents"
    r"|suicide\s+bombers|bombers|terrorists|raiders)\s+(?:\w+\s+)?(?:attacked|stormed|launched|opened"
    r"|took\s+part"
    r"|entered|raided|ambushed|were\s+involved|carried\s+out|arrived|struck|participated|armed|wearing|riding"
    r"|stormed|forced|broke|attempted|tried)\b",
    re.ASCII,
)

_GROUPS: Final[tuple[tuple[str, frozenset[str]], ...]] = (
    (
        PERPETRATORS,
        _words(
            "militant militants insurgent insurgents attacker attackers assailant assailants gunman gunmen "
            "fighter fighters rebel rebels terrorist terrorists bomber bombers jihadist jihadists mujahideen "
            "mujahid mujahids extremist extremists kidnapper kidnappers bandit bandits raider raiders "
            "taliban shabaab shabab boko is isis daesh iswap ttp insurgency khwarij khawarij khwarji khawarji"
        ),
    ),
    (
        "children",
        _words(
            "child children boy boys girl girls kids minor minors infant infants babies baby toddler "
            "toddlers schoolchildren teenager teenagers"
        ),
    ),
    (
        "journalists",
        _words(
            "journalist journalists reporter reporters cameraman cameramen photographer photographers media"
        ),
    ),
    ("security_forces", _words("intelligence")),
    (
        "police",
        _words(
            "police policeman policemen policewoman policewomen officer officers constable constables cop "
            "cops patrolman patrolmen"
        ),
    ),
    (
        "security_forces",
        _words(
            "soldier soldiers troops serviceman servicemen army security personnel guard guards commando "
            "commandos militia militias militiaman militiamen peacekeeper peacekeepers paramilitary "
            "paramilitaries forces jawans sepoys levies marines recruits cadets"
        ),
    ),
    (
        "officials",
        _words(
            "official officials governor governors lawmaker lawmakers mp mps judge judges minister ministers "
            "mayor mayors chiefs councillor councillors councilor councilors commissioner commissioners "
            "deputy"
        ),
    ),
    (
        "civilians",
        _words(
            "civilian civilians woman women villager villagers resident residents passenger passengers "
            "worshipper worshippers worshiper worshipers student students farmer farmers shopper shoppers "
            "pilgrim pilgrims mourner mourners fishermen man men trader traders teacher teachers doctor "
            "doctors workers worker labourer labourers laborer laborers miner miners driver drivers herder "
            "herders bystander bystanders guest guests elder elders family families relatives cleric clerics "
            "nurse nurses shepherd shepherds passers passer locals contractor contractors employee employees "
            "engineer engineers staff staffer staffers vendor vendors shopkeeper shopkeepers tailor tailors "
            "son sons daughter daughters brother brothers sister sisters wives wife husband husbands "
            "bodyguard bodyguards nephew nephews cousin cousins father fathers mother mothers imam imams "
            "preacher preachers leader leaders vaccinator vaccinators"
        ),
    ),
)


@dataclass(init=False, slots=True)
class FigureHit:
    """A casualty figure: kind, count, qualifier, whom it counts, and the span it was read from."""

    figure: FigureKind
    count: int
    qualifier: Qualifier
    group: str
    start: int
    end: int

    def __init__(
        self,
        figure: FigureKind,
        count: int,
        qualifier: Qualifier,
        group: str,
        start: int,
        end: int,
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.figure = figure
        self.count = count
        self.qualifier = qualifier
        self.group = group
        self.start = start
        self.end = end


@dataclass(init=False, slots=True)
class AttackerHit:
    """Attackers counted or said to have died; `count` None for "the attackers were killed"."""

    count: int | None
    dead: bool
    start: int
    end: int

    def __init__(self, count: int | None, dead: bool, start: int, end: int) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.count = count
        self.dead = dead
        self.start = start
        self.end = end


@dataclass(init=False, slots=True)
class _Phrase:
    start: int
    end: int
    count: int
    qualifier: Qualifier
    head: str
    others: bool
    figure: FigureKind | None = None
    active: bool = False
    verb_start: int = -1
    verb_end: int = -1
    breakdown: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        count: int,
        qualifier: Qualifier,
        head: str,
        others: bool,
        figure: FigureKind | None = None,
        active: bool = False,
        verb_start: int = -1,
        verb_end: int = -1,
        breakdown: bool = False,
    ) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.start = start
        self.end = end
        self.count = count
        self.qualifier = qualifier
        self.head = head
        self.others = others
        self.figure = figure
        self.active = active
        self.verb_start = verb_start
        self.verb_end = verb_end
        self.breakdown = breakdown


_GENERIC_FIGHTERS: Final = re.compile(r"(?i)^(?:fighters|members|militiamen|gunmen)$", re.ASCII)
_ATTACKER_SUBJECT: Final = re.compile(
    r"(?i)\b(?:militants|insurgents|jihadists|Islamic\s+State|IS|ISIS|Taliban|Shabaa?b|Boko\s+Haram|ISWAP"
    r"|attackers"
    r"|gunmen|bandits)\b",
    re.ASCII,
)
#: "two of those killed were farmers": a part of a toll given elsewhere, never a total of its own.
_PARTITIVE: Final = re.compile(r"(?i)^of\s+(?:those|the\s+(?:dead|victims|deceased))$", re.ASCII)
_PARTITIVE_AFTER: Final = re.compile(r"(?i)\s+of\s+the\s+(?:dead|deceased)\b", re.ASCII)
#: "A car bomb went off ..., killing 5 fighters": those a blast kills are its victims.
_BLAST_SUBJECT: Final = re.compile(
    r"(?i)\b(?:bombs?|blasts?|explosions?|explosives?|IEDs?|(?:land)?mines?|devices?)\b", re.ASCII
)
#: "six of its fighters" said by a speaker who is not the attacker: the speaker's own side lost them.
_OWN_FIGHTERS: Final = re.compile(
    r"(?i)^of\s+(?:its|their)\s+(?:own\s+)?(?:fighters|members|men|militiamen)$", re.ASCII
)
_STATE_ALLIED: Final = _words(
    "sdf ypg peshmerga pmf hashd mobilization mobilisation democratic pro government au amisom atmis army "
    "police alp anp ana ansf ctd"
)
#: Police forces by acronym: "ALP boys" are Afghan Local Police, "CTD men" counter-terrorism police.
_POLICE_WORDS: Final = _words("police alp anp ctd")
_NOT_STATE: Final = _words("taliban shabaab shabab boko is isis iswap pkk terrorist terrorists")
_FORMER: Final = _words("former ex retired")
_HEAD_WORDS: Final = re.compile(r"[a-z]+", re.ASCII)
_THEIR_OWN: Final = ("of his ", "of her ", "of their ")
#: A record's field for the attackers' own losses: "Attackers: 4 killed".
_ATTACKERS_FIELD: Final = re.compile(
    r"(?i)\b(?:attackers|assailants|militants|terrorists|gunmen|insurgents)\s*:\s*$", re.ASCII
)
_START: Final = attrgetter("start")


_ATTACKER_WORDS: Final = _GROUPS[0][1] - {"fighter", "fighters"}


def fighters_side(text: str, figures: list[FigureHit], own: bool) -> tuple[list[FigureHit], bool]:
    """Bare "fighters" keep the side they were first counted on: once "killing several fighters" of an
    attacked force is read as that force's dead, a later "three fighters were killed" is too. Returns the
    figures and whether such fighters have been seen."""
    out: list[FigureHit] = []
    for hit in figures:
        if text.find("fighters", hit.start, hit.end) < 0:
            out.append(hit)
            continue
        words = _HEAD_WORDS.findall(text[hit.start : hit.end].lower())
        bare = "fighters" in words and not _ATTACKER_WORDS.intersection(words)
        if bare and hit.group == "security_forces":
            own = True
        elif bare and own and hit.group == PERPETRATORS:
            hit = FigureHit(hit.figure, hit.count, hit.qualifier, "security_forces", hit.start, hit.end)
        out.append(hit)
    return out, own


def group_of(head: str) -> str:
    """The group a count phrase's words name: perpetrators, police, civilians...; "victims" when none."""
    lowered = head.lower()
    words = set(_HEAD_WORDS.findall(lowered))
    if words & _FORMER:
        return "civilians"
    if "islamic state" in lowered:
        return PERPETRATORS
    if words & _STATE_ALLIED and not words & _NOT_STATE:
        return "police" if words & _POLICE_WORDS else "security_forces"
    for name, vocabulary in _GROUPS:
        if words & vocabulary:
            return name
    return "victims"


def _figure(match: re.Match[str]) -> FigureKind:
    kind = match.lastgroup
    if kind == "kw":
        return "killed_or_wounded"
    if kind == "hos":
        return "hospitalised"
    if kind == "w":
        return "wounded"
    return "killed"


def _phrases(text: str, start: int, end: int, triggers: Triggers) -> list[_Phrase]:
    phrases: list[_Phrase] = []
    reached = start
    low = triggers.low
    for pos, stop in triggers.at("number", start, end):
        if pos < reached:
            continue
        if stop - pos <= 3 and low[pos:stop] in _DETERMINERS:
            peek = _PEEK.match(low, stop, end)
            ahead = peek.group().split() if peek else []
            if (not ahead or (ahead[0] not in _COUNT_WORDS and not _SINGULAR.intersection(ahead))) and not (
                ahead
                and ahead[0] in _NEXT_ONE
                and (
                    len(ahead) == 1
                    or ahead[1] in _NEXT_ONE_AFTER
                    or low.endswith(_ANOTHER_AFTER, max(0, pos - 10), pos)  # "and injured a third in X"
                )
            ):
                continue
        elif low[pos:stop] == "another":
            peek = _PEEK.match(low, stop, end)
            ahead = peek.group().split() if peek else []
            if (
                ahead
                and ahead[0] not in _ANOTHER_AHEAD
                and not _SINGULAR.intersection(ahead[:2])
                and not (ahead[0] in _ANOTHER_AUX and _ANOTHER_AHEAD.intersection(ahead[1:]))
                and not low.endswith(_ANOTHER_AFTER, max(0, pos - 10), pos)
            ):
                continue
        match = _NP.match(text, pos, end)
        if match is None:
            continue
        reached = match.end()
        raw = match.group("n").lower()
        parsed = (1, False) if raw in ("his", "her", "their", "another") else parse_count(match.group("n"))
        if parsed is None:
            continue
        count, vague = parsed
        pos = match.end()
        words: list[str] = []
        lowered_words: list[str] = []
        extra = 0
        tail = _TAIL.match(text, pos, end)
        if tail is not None:
            chunk = tail.group()
            base = pos
            # The chunk is words ([A-Za-z][\w'’-]*) between ASCII spaces: split() gives them, find their ends.
            tokens = chunk.split()
            word_end = 0
            for number, word in enumerate(tokens):
                word_end = chunk.find(word, word_end) + len(word)
                lowered = word.lower()
                if lowered in _AND_OR:
                    if number + 1 == len(tokens):
                        break
                    following = base + chunk.find(tokens[number + 1], word_end)
                    if _NP.match(text, following, end) or _VERB.match(text, following, end):
                        break
                elif lowered == "the" and lowered_words and lowered_words[-1] == "and":
                    listed = _listed_person(text, base + word_end, end)
                    if listed:
                        extra, pos = 1, listed
                    break
                elif lowered in _STOP:
                    if not (
                        lowered_words
                        and (
                            lowered in _OF_OK
                            or (lowered == "the" and lowered_words[-1] == "of")
                            or (lowered in _POSSESSIVES and lowered_words == ["of"])
                        )
                    ):
                        break
                elif len(lowered) > 4 and lowered.endswith("ly"):
                    break
                words.append(word)
                lowered_words.append(lowered)
                pos = base + word_end
                if len(words) == 7:
                    break
        while lowered_words and lowered_words[-1] in ("of", "the", "and"):
            words.pop()
            lowered_words.pop()
        head = " ".join(words)
        first = lowered_words[0] if lowered_words else ""
        if raw in _DETERMINERS and not _SINGULAR.intersection(lowered_words[:4]) and first not in _NEXT_ONE:
            continue
        if first in _NON_PERSON or first.rstrip("s") in ("vehicle", "house", "car"):
            continue
        head_end = match.end() + len(text[match.end() : pos]) if words else match.end()
        qualifier: Qualifier = "vague" if vague else parse_qualifier(match.group("q"))
        others = first in ("others", "more", "other") or raw == "another" or first in _NEXT_ONE
        phrases.append(_Phrase(match.start(), head_end, count + extra, qualifier, head, others))
    return _ranges(text, phrases)


def raw_others(phrase: _Phrase) -> bool:
    """True for "N others" (more of the same), not "another" alone."""
    return phrase.head.lower().startswith(("others", "other", "more"))


def _listed_person(text: str, at: int, end: int) -> int:
    """End of a person noun in the one or two words at `at` ("and the [female] policeman"); 0 when none."""
    match = _NEXT_WORDS.match(text, at, end)
    if match is None:
        return 0
    for group in (1, 2):
        if match.group(group) in _SINGULAR:
            return match.end(group)
    return 0


def _ranges(text: str, phrases: list[_Phrase]) -> list[_Phrase]:
    """A lower and an upper bound sharing one head: "10 to 15 people", "between 10 and 15 people"."""
    for low, high in pairwise(phrases):
        if low.head or low.qualifier != "exact" or high.qualifier not in ("exact", "vague"):
            continue
        gap = text[low.end : high.start]
        between = _BETWEEN.search(text, max(0, low.start - 10), low.start) is not None
        if _RANGE_GAP.match(gap) or (between and gap.strip().lower() == "and"):
            if high.count <= low.count:
                continue
            low.qualifier, low.head, low.others = "at_least", high.head, high.others
            high.qualifier = "up_to"
    return phrases


def _link(text: str, phrase: _Phrase, verbs: list[re.Match[str]], lo: int, hi: int) -> None:
    """Link a phrase to the casualty word after it (passive) or before it (active)."""
    if not phrase.head and not any(
        v.start() >= phrase.end and not text[phrase.end : v.start()].strip() for v in verbs
    ):
        # "killed 8, wounded 13": a bare count right after the word it counts (not "2 killed 5 wounded")
        for verb in verbs:
            if (
                verb.end() <= phrase.start
                and verb.lastgroup in ("k", "w")
                and not text[verb.end() : phrase.start].strip(" :")
            ):
                phrase.figure, phrase.verb_start, phrase.verb_end = _figure(verb), verb.start(), verb.end()
                phrase.active = True
                return
    lead = _lead_verb(text, phrase, verbs)
    for verb in verbs:
        if verb.start() < phrase.end:
            continue
        gap = text[phrase.end : verb.start()]
        if lead and phrase.head and "," in gap:
            break
        if phrase.head.endswith("ing"):
            clause = _PARTICIPLE_GAP.match(gap)
            if clause is not None:
                gap = gap[clause.end() :]
        if len(gap) > 90 or not _GAP_PASSIVE.match(gap):
            break
        word = verb.group().lower()
        if word in _ACTIVE_ONLY or verb.lastgroup == "toll":
            break
        if (
            verb.lastgroup in ("k", "w", "kw")
            and _AFTER_ACTIVE_VERB.match(text, verb.end(), hi)
            and not gap.strip()
            and not (not phrase.head and _TERSE.match(text, verb.end(), hi))
        ):
            break
        phrase.figure, phrase.verb_start, phrase.verb_end = _figure(verb), verb.start(), verb.end()
        return
    for verb in reversed(verbs):
        if verb.end() > phrase.start:
            continue
        gap = text[verb.end() : phrase.start]
        pattern = _GAP_TOLL if verb.lastgroup == "toll" else _GAP_ACTIVE
        if (
            not pattern.match(gap)
            and not _nominal(text, verb, gap)
            and not (phrase.count == 1 and phrase.head and _NAMED_GAP.match(gap))
        ):
            break
        if verb.lastgroup == "hos":
            break
        phrase.figure, phrase.verb_start, phrase.verb_end = _figure(verb), verb.start(), verb.end()
        phrase.active = True
        return


#: "the killing of nine terrorists", "the deaths of three soldiers": a noun of killing before its victims.
_NOMINAL_GAP = re.compile(r"(?i)^\s+of\s+(?:(?:at\s+least|some|about|around|more\s+than)\s+)?$", re.ASCII)
_NOMINAL_WORDS: Final = frozenset(("killing", "deaths", "death", "wounding", "injuring"))
_NOMINAL_BEFORE: Final = re.compile(r"(?i)\b(?:the|and|in|after|caused|led\s+to)\s+$", re.ASCII)


def _nominal(text: str, verb: re.Match[str], gap: str) -> bool:
    """True for a noun of killing or wounding with its victims after "of" ("led to the killing of nine")."""
    return (
        verb.group().lower() in _NOMINAL_WORDS
        and _NOMINAL_GAP.match(gap) is not None
        and _NOMINAL_BEFORE.search(text, max(0, verb.start() - 12), verb.start()) is not None
    )


def _lead_verb(text: str, phrase: _Phrase, verbs: list[re.Match[str]]) -> bool:
    """True when a word of death or injury comes right before the phrase ("; killed 2 civilians, ...")."""
    for verb in reversed(verbs):
        if verb.end() <= phrase.start:
            return verb.lastgroup in ("k", "w") and not text[verb.end() : phrase.start].strip(" :")
    return False


#: "injuring the father": one victim named by a definite singular noun right after the verb.
_DEFINITE_VICTIM: Final = re.compile(
    r"(?i)\s+(?:the|his|her|their|there(?=\s+(?:driver|guard|son|daughter|father|mother|brother|wife|husband)\b))"
    r"\s+([a-z-]+)\b(?:\s+([a-z-]+)\b)?",
    re.ASCII,
)
_DEFINITE_VERBS: Final = frozenset(
    ("killing", "wounding", "injuring", "assassinating", "killed", "wounded", "injured", "assassinated")
)


def _definite(text: str, verbs: list[re.Match[str]], phrases: list[_Phrase], end: int) -> list[_Phrase]:
    """Phrases for a definite singular victim right after an active verb, where no count phrase stands."""
    added: list[_Phrase] = []
    for verb in verbs:
        if verb.lastgroup not in ("k", "w") or verb.group().lower() not in _DEFINITE_VERBS:
            continue
        match = _DEFINITE_VICTIM.match(text, verb.end(), end)
        if match is None:
            continue
        at = next((g for g in (1, 2) if (match.group(g) or "").lower() in _SINGULAR), 0)
        if not at:
            continue
        if any(verb.end() <= p.start < match.end(at) or p.start <= verb.end() < p.end for p in phrases):
            continue
        noun = match.group(at)
        phrase = _Phrase(match.start(at), match.end(at), 1, "exact", noun, False, _figure(verb), True)
        phrase.verb_start, phrase.verb_end = verb.start(), verb.end()
        added.append(phrase)
    return added


def _scan(text: str, triggers: Triggers | None) -> Triggers:
    if triggers is not None:
        return triggers
    from agents.extract.keywords import scan

    return scan(text)


def _verbs(text: str, start: int, end: int, triggers: Triggers) -> list[re.Match[str]]:
    verbs: list[re.Match[str]] = []
    reached = start
    for pos, _ in triggers.at("verb", start, end):
        if pos < reached:
            continue
        match = _VERB.match(text, pos, end)
        if match is not None:
            verbs.append(match)
            reached = match.end()
    return verbs


def find_figures(text: str, start: int, end: int, triggers: Triggers | None = None) -> list[FigureHit]:
    """Casualty figures in text[start:end] (one sentence), in order."""
    found = _scan(text, triggers)
    return _figures(text, start, end, found, _verbs(text, start, end, found))


def casualty_words(text: str, start: int, end: int, triggers: Triggers) -> list[tuple[int, int]]:
    """Spans of the words of deaths and injuries in text[start:end]."""
    return [m.span() for m in _verbs(text, start, end, triggers)]


def read_sentence(
    text: str, start: int, end: int, triggers: Triggers
) -> tuple[list[FigureHit], list[AttackerHit], list[tuple[int, int]]]:
    """Figures, attackers and casualty words of one sentence."""
    verbs = _verbs(text, start, end, triggers)
    figures = _figures(text, start, end, triggers, verbs)
    if triggers.has("named_dead", start, end) and not any(f.figure == "killed" for f in figures):
        named = _named_dead(text, start, end, verbs)
        if named is not None:
            figures = sorted([*figures, named], key=_START)
    return (figures, find_attackers(text, start, end, triggers), [m.span() for m in verbs])


#: One person named by rank or title, then the words of their death: "Havaldar Ali (age 36 years, resident of
#: District Karak) embraced shahadat", "Constable Imran Khan was martyred".
_NAMED_DEAD: Final = re.compile(
    r"(?:(?P<police>(?:Head\s+|Sub-?\s*)?Constable|(?:Sub-?\s*|Assistant\s+Sub-?\s*)?Inspector|ASI|SHO|DSP"
    r"|Policeman)|(?P<army>Sepoy|Sipahi|(?:Lance\s+)?Naik|Havaldar|Hawaldar|Subedar|Naib\s+Subedar|Sergeant"
    r"|Corporal|Private|Lieutenant|Captain|Major|Colonel|Soldier))"
    r"(?:\s+[A-Z][a-z'’-]+){1,4}\s*(?:\([^()]{0,80}\)\s*|,[^,;.]{0,60},\s*)?"
    r"(?=(?:was\s+|were\s+|has\s+been\s+)?(?:martyred|killed|shot\s+dead|embraced\s+(?:shahadat|martyrdom)"
    r"|lost\s+his\s+life|died)\b)",
    re.ASCII,
)


#: One official named by post, then a clause of their death: "the province's deputy governor, who was
#: killed in a car bomb two days earlier".
_POST_DEAD: Final = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:governor|commander|mayor|judge|prosecutor|chief|imam|cleric"
    r"|official|lawmaker|senator|minister|elder),?\s+who\s+(?:was|had\s+been)\s+"
    r"(?=(?:killed|assassinated|shot\s+dead)\b)",
    re.ASCII,
)


def _named_dead(text: str, start: int, end: int, verbs: list[re.Match[str]]) -> FigureHit | None:
    """One soldier or policeman named by rank, or one official by post, as killed, when the sentence counts
    no other dead."""
    deaths = [v for v in verbs if v.lastgroup == "k"]
    if not deaths:
        return None
    lo = max(start, deaths[0].start() - 160)  # the name or post comes just before the death
    hi = deaths[-1].end()
    match = _NAMED_DEAD.search(text, lo, hi)
    if match is None:
        post = _POST_DEAD.search(text, lo, hi)
        if post is None:
            return None
        verb = next((v for v in verbs if v.start() >= post.end()), None)
        return FigureHit("killed", 1, "exact", "officials", post.start(), verb.end() if verb else post.end())
    group = "police" if match.group("police") else "security_forces"
    verb = next((v for v in verbs if v.start() >= match.end()), None)
    return FigureHit("killed", 1, "exact", group, match.start(), verb.end() if verb else match.end())


def _figures(text: str, start: int, end: int, found: Triggers, verbs: list[re.Match[str]]) -> list[FigureHit]:
    zeros = _zeros(text, start, end, found) if found.has("none", start, end) else []
    if not verbs and not found.has("bodies", start, end):
        return zeros
    phrases = _phrases(text, start, end, found)
    for phrase in phrases:
        _link(text, phrase, verbs, start, end)
    definite = _definite(text, verbs, phrases, end)
    if definite:
        phrases = sorted(phrases + definite, key=_START)
    for phrase in phrases:
        if phrase.figure is None and not phrase.head:
            partitive = _PARTITIVE_AFTER.match(text, phrase.end, end)
            if partitive is not None:
                phrase.figure, phrase.verb_start, phrase.verb_end = "killed", phrase.start, partitive.end()
        if phrase.figure is None and phrase.head.lower() in _TOLL_NOUNS:
            phrase.figure = _TOLL_NOUNS[phrase.head.lower()]
            phrase.verb_start, phrase.verb_end = phrase.start, phrase.end
        if phrase.head.lower().startswith(("bodies", "corpses", "dead bodies")):
            phrase.figure = "killed"
            if phrase.verb_start < 0:
                phrase.verb_start, phrase.verb_end = phrase.start, phrase.end
    for i, phrase in enumerate(phrases):
        if (
            i
            and phrases[i - 1].figure
            and (
                _INCLUDING_GAP.match(text[phrases[i - 1].end : phrase.start])
                # "nine passengers, four of them women"
                or (
                    phrase.head.lower().startswith(("of them", "of whom"))
                    and text[phrases[i - 1].end : phrase.start].strip() in (",", "")
                )
            )
        ):
            phrase.breakdown = True
            if phrase.figure is None:
                phrase.figure = phrases[i - 1].figure
    for i, phrase in enumerate(phrases):
        if phrase.figure is not None and not phrase.head:
            _bracketed(text, phrase, phrases[i + 1 :], end)
    for i in range(len(phrases) - 2, -1, -1):
        phrase, after = phrases[i], phrases[i + 1]
        gap = text[phrase.end : after.start]
        ranged = phrase.qualifier == "at_least" and after.qualifier == "up_to" and phrase.head == after.head
        if phrase.figure is None and after.figure and (ranged or (not after.active and _LIST_GAP.match(gap))):
            phrase.figure, phrase.verb_start, phrase.verb_end = after.figure, after.verb_start, after.verb_end
    for i in range(1, len(phrases)):
        phrase, before = phrases[i], phrases[i - 1]
        ranged = before.qualifier == "at_least" and phrase.qualifier == "up_to" and phrase.head == before.head
        if (
            phrase.figure is None
            and before.figure
            and (ranged or (before.active and _LIST_GAP.match(text[before.end : phrase.start])))
            and not _SPEAKER_AFTER.match(text, phrase.end, end)
        ):
            phrase.figure, phrase.active = before.figure, True
            phrase.verb_start, phrase.verb_end = before.verb_start, before.verb_end
    hits: list[FigureHit] = zeros
    previous_group = "victims"
    parent_group = "victims"
    for phrase in phrases:
        if phrase.figure is None:
            continue
        named = group_of(phrase.head)
        if named == "victims" and _ATTACKERS_FIELD.search(text, max(start, phrase.start - 16), phrase.start):
            named = PERPETRATORS  # "Attackers: 4 killed in return fire"
        if named == "victims" and phrase.head.lower().startswith(_ANAPHORS):
            named = _antecedent(text, start, phrase.start)
        if (
            named == PERPETRATORS
            and phrase.active
            and _GENERIC_FIGHTERS.match(phrase.head)
            and (
                _ATTACKER_SUBJECT.search(text, start, phrase.verb_start)
                or _BLAST_SUBJECT.search(text, start, phrase.verb_start)
            )
        ) or (
            named == PERPETRATORS
            and _OWN_FIGHTERS.match(phrase.head)
            and not _ATTACKER_SUBJECT.search(text, start, phrase.start)
        ):
            named = "security_forces"
        if named == PERPETRATORS and phrase.head.lower().rstrip("s") in ("fighter", "member"):
            # "the martyrdom of a fighter", "two fighters were martyred": the side that mourns them lost them
            named = "security_forces" if text.startswith("martyr", phrase.verb_start) else named
        if previous_group == PERPETRATORS and phrase.head.lower().startswith(_THEIR_OWN):
            named = PERPETRATORS  # "a commander and two of his guards": the guards are on his side
        group = previous_group if phrase.others and named == "victims" else named
        count = phrase.count
        in_toll = not phrase.head and _PARTITIVE_AFTER.match(text, phrase.end, end) is not None
        if in_toll or _PARTITIVE.match(phrase.head):
            group = f"victims/{group}"
        elif phrase.breakdown:
            group = f"{parent_group}/{group}"
        else:
            parent_group = group
            previous_group = group
            if phrase.others and group == "victims" and raw_others(phrase):
                same = (h for h in reversed(hits) if h.figure == phrase.figure and h.group == group)
                earlier = next(same, None)
                if earlier is not None:
                    count += earlier.count  # "two died on the spot and four others in hospital": six
            bomber = _WITH_BOMBER.match(text, phrase.end, end)
            if bomber is not None and group != PERPETRATORS and count > 1:
                count -= 1
                hits.append(
                    FigureHit(phrase.figure, 1, "exact", PERPETRATORS, bomber.start("inc"), bomber.end())
                )
        lo = phrase.start if phrase.verb_start < 0 else min(phrase.start, phrase.verb_start)
        hi = max(phrase.end, phrase.verb_end)
        hits.append(FigureHit(phrase.figure, count, phrase.qualifier, group, lo, hi))
    himself = _HIMSELF.search(text, start, end) if found.has("himself", start, end) else None
    if himself is not None:
        hits.append(FigureHit("killed", 1, "exact", PERPETRATORS, himself.start(), himself.end()))
    if len(hits) > 1:
        hits.sort(key=_START)
    return hits


def _bracketed(text: str, total: _Phrase, after: list[_Phrase], end: int) -> None:
    """"fatalities: 3 (1 police, 2 militants)": a bare total split in brackets into sides; the parts count
    instead of the total (which would count the attackers among the victims)."""
    if not text.startswith("(", total.end + 1) and not text.startswith("(", total.end):
        return
    close = text.find(")", total.end, end)
    parts = [p for p in after if p.end <= close and p.figure is None and p.head]
    if not parts or all(group_of(p.head) != PERPETRATORS for p in parts):
        return
    for part in parts:
        part.figure, part.verb_start, part.verb_end = total.figure, total.verb_start, total.verb_end
    total.figure = None


#: "killing more than 20 of them": a count of people named earlier in the sentence.
_ANAPHORS: Final = ("of them",)
_LAST_WORDS: Final = re.compile(r"[A-Za-z]+", re.ASCII)


def _antecedent(text: str, start: int, at: int) -> str:
    """The group of the nearest person noun before `at` in the sentence ("the gunmen, killing 20 of them"); an
    attackers' noun before the object of their attack is not it ("gunmen opened fire on a team of vaccinators,
    killing three of them": the team, whatever its noun)."""
    words: list[str] = _LAST_WORDS.findall(text, max(start, at - 160), at)  # typed: mypyc fails on list[Any]
    attacked = False
    following = ""
    for word in reversed(words):
        group = group_of(word)
        if group == PERPETRATORS and attacked:
            return "victims"
        if group != "victims":
            return group
        attacked = attacked or (word in ("on", "at") and following in ("a", "an", "the"))
        following = word
    return "victims"


def _zeros(text: str, start: int, end: int, found: Triggers) -> list[FigureHit]:
    """Explicit zeros ("no casualties": killed and wounded 0; "no fatalities": killed 0) in a sentence."""
    hits: list[FigureHit] = []
    reached = start
    for pos, _ in found.at("none", start, end):
        if pos < reached:
            continue
        match = _NONE.match(text, pos, end)
        if match is None:
            continue
        reached = match.end()
        kinds: tuple[FigureKind, ...] = (
            ("killed",)
            if match.group("k") or match.group("k2")
            else ("wounded",)
            if match.group("w") or match.group("w2")
            else ("killed", "wounded")
        )
        hits.extend(FigureHit(kind, 0, "exact", "victims", match.start(), match.end()) for kind in kinds)
    return hits


def has_casualty_word(text: str, start: int, end: int, triggers: Triggers | None = None) -> bool:
    """True when text[start:end] speaks of deaths or injuries."""
    return bool(_verbs(text, start, end, _scan(text, triggers)))


def find_attackers(text: str, start: int, end: int, triggers: Triggers | None = None) -> list[AttackerHit]:
    """How many attackers took part ("two gunmen attacked") and mentions of their deaths without a count."""
    found = _scan(text, triggers)
    hits: list[AttackerHit] = []
    nouns = found.at("attacker", start, end)
    if not nouns:
        return hits
    candidates = sorted({p for noun, _ in nouns for p, _ in found.at("number", max(start, noun - 40), noun)})
    for pos in candidates:
        match = _ATTACKERS.match(text, pos, end)
        if match is None:
            continue
        parsed = parse_count(match.group("n"))
        if parsed is not None and not parsed[1]:
            hits.append(AttackerHit(parsed[0], False, match.start(), match.end()))
    for pos, stop in nouns:
        after = _DEFINITE_AFTER.match(text, stop, end)
        if after is None:
            continue
        det = _DEFINITE_BEFORE.search(text, max(start, pos - 40), pos)
        if det is None:
            continue
        both = det.group("det").lower().startswith("both")
        hits.append(AttackerHit(2 if both else None, True, det.start(), after.end()))
    if len(hits) > 1:
        hits.sort(key=_START)
    return hits
