"""Perpetrators: canonical group names, state forces behind air strikes, and claims of responsibility.

Group names are trigger words (every common spelling is listed); acronyms must be upper case in the text.
Islamic State provinces (ISWAP, ISKP) are named "Islamic State", as the canonical names of issue 3 ask.
State forces ("Afghan Air Force helicopters", "a US drone strike") are confirmed by a short pattern at the
demonym.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from agents.extract.lexicon import Triggers, ends_with, fold, lower

__all__ = [
    "ISLAMIC_STATE",
    "QUASI_STATE",
    "TALIBAN",
    "TRIGGERS",
    "TTP",
    "GroupHit",
    "as_victim",
    "claim_state",
    "cleared",
    "disowned",
    "find_groups",
    "governs",
    "negated_at",
    "not_actor",
    "raids",
    "speaks",
]

ISLAMIC_STATE: Final = "Islamic State"
TALIBAN: Final = "Taliban"
TTP: Final = "Tehrik-i-Taliban Pakistan"
#: Forces that hold territory for a government or are allied to it: victims or sources, not claimants.
QUASI_STATE: Final = frozenset({"Syrian Democratic Forces", "YPG"})


def _spellings(*forms: str) -> list[str]:
    """Every spelling of names written with "{-}" (hyphen or space), "{e/i}" (either vowel) and "{'}" "
    "(optional)."""
    out: list[str] = []
    for form in forms:
        parts = re.split(r"(\{[^}]*\})", form.lower())
        choices = []
        for part in parts:
            if part == "{-}":
                choices.append(["-", " "])
            elif part == "{'}":
                choices.append(["'", "’", ""])
            elif part.startswith("{") and "/" in part:
                choices.append(part[1:-1].split("/"))
            else:
                choices.append([part])
        out.extend("".join(c) for c in itertools.product(*choices))
    return out


_NAMES: Final[dict[str, list[str]]] = {
    ISLAMIC_STATE + " West Africa": _spellings(
        "islamic state west africa province",
        "islamic state west africa",
        "islamic state{'}s west africa province",
        "islamic state{'}s west africa",
        "islamic state in west africa province",
        "islamic state in west africa",
    ),
    TTP: _spellings(
        "{tehrik/tehreek/tahrik/tehrike}{-}{e/i}{-}taliban{-}pakistan",
        "{tehrik/tehreek/tahrik/tehrike}{-}{e/i}{-}taliban",
        "pakistani taliban",
        "{khwarij/khawarij/khwarji/khawarji}",
        "fitna{-}al{-}{khwarij/khawarij}",
        "fitna{-}{e/i}{-}{khwarij/khawarij}",
    ),
    ISLAMIC_STATE: _spellings(
        "islamic state",
        "islamic state group",
        "islamic state militants",
        "islamic state fighters",
        "islamic state affiliate",
        "islamic state khorasan",
        "islamic state khorasan province",
        "islamic state{-}khorasan",
        "islamic state in iraq and syria",
        "islamic state of iraq and syria",
        "islamic state in iraq and the levant",
        "islamic state of iraq and the levant",
        "islamic state in somalia",
        "islamic state in khorasan",
        "islamic state pakistan province",
        "islamic state{'}s pakistan province",
        "daesh",
        "da{'}esh",
        "daish",
    ),
    "Haqqani Network": ["haqqani network", "haqqani group", "haqqanis"],
    TALIBAN: ["taliban", "taleban"],
    "al-Shabaab": _spellings(
        "al{-}shabaab",
        "alshabaab",
        "alshabab",
        "alshebab",
        "al{-}shabab",
        "al{-}shebab",
        "shabaab",
        "shabab",
        "shebab",
        "harakat al{-}shabaab",
        "harakat al{-}shabaab al{-}mujahideen",
    ),
    "Boko Haram": _spellings("boko haram", "jama{'}atu ahlis sunna lidda{'}awati wal{-}jihad"),
    "Ansaru": ["ansaru"],
    "Hayat Tahrir al-Sham": _spellings("hay{'}at tahrir al{-}sham", "tahrir al{-}sham"),
    "al-Nusra Front": _spellings("jabhat al{-}nusra", "al{-}nusra front", "al{-}nusra", "nusra front"),
    "Syrian Democratic Forces": ["syrian democratic forces"],
    "al-Qaeda": _spellings("al{-}qaeda", "al{-}qaida", "al{-}qa{'}ida", "alqaeda"),
    "Lashkar-e-Jhangvi": _spellings("lashkar{-}{e/i}{-}jhangvi"),
    "Jamaat-ul-Ahrar": _spellings("jama{'}at{-}ul{-}ahrar"),
    "Lashkar-e-Islam": _spellings("lashkar{-}{e/i}{-}islam"),
    "Lashkar-e-Taiba": _spellings("lashkar{-}{e/i}{-}{taiba/tayyiba/tayiba}"),
    "Jaish-e-Mohammed": _spellings("jaish{-}{e/i}{-}{mohammed/muhammad/mohammad/muhammed}"),
    "Baloch Liberation Army": ["balochistan liberation army", "baloch liberation army", "majeed brigade"],
    "Balochistan Liberation Front": ["balochistan liberation front", "baloch liberation front"],
    "Hafiz Gul Bahadur group": ["hafiz gul bahadur group", "hafiz gul bahadur"],
    "Kataib Hezbollah": _spellings("kata{'}ib hezbollah", "kataeb hezbollah"),
    "Fulani militia": _spellings("fulani {herdsmen/herders/militia/militias/militants/gunmen}"),
    "IPOB": ["indigenous people of biafra"],
    "Islamic Resistance in Iraq": ["islamic resistance in iraq"],
    "Afghanistan Freedom Front": ["afghanistan freedom front"],
    "National Resistance Front": ["national resistance front"],
    "Saraya Awliya al-Dam": _spellings("saraya awliya{'} al{-}dam", "saraya awliya{'}{-}al{-}dam"),
    "Niger Delta Avengers": ["niger delta avengers"],
    "Lakurawa": ["lakurawa"],
    "Hurras al-Din": _spellings("hurr{a/aa}s al{-}d{i/ee}n", "huras al{-}din"),
    "Ahrar al-Sham": _spellings("ahrar al{-}sham"),
    "Asa'ib Ahl al-Haq": _spellings("asa{'}ib ahl al{-}haq", "asaib ahl al{-}haq"),
    "Kata'ib Sayyid al-Shuhada": _spellings("kata{'}ib sayyid al{-}shuhada"),
    "Harakat al-Nujaba": _spellings("harakat al{-}nujaba", "harakat hezbollah al{-}nujaba"),
    "Hezbollah": ["hezbollah", "hizbollah", "hizballah"],
    "Tehreek-e-Jihad Pakistan": _spellings("{tehreek/tehrik}{-}{e/i}{-}jihad pakistan"),
    "Jaish al-Adl": _spellings("jaish al{-}adl", "jaish{-}ul{-}adl"),
    "Sindhudesh Revolutionary Army": ["sindhudesh revolutionary army"],
    "Ansar al-Islam": _spellings("ansar al{-}islam"),
    "Jama'at Nusrat al-Islam wal-Muslimin": _spellings("jama{'}at nusrat al{-}islam wal{-}muslimin"),
}
_ACRONYMS: Final[dict[str, tuple[str, ...]]] = {
    ISLAMIC_STATE + " West Africa": ("ISWAP",),
    ISLAMIC_STATE: ("ISIS-K", "IS-K", "ISKP", "ISIS", "ISIL", "IS"),
    TTP: ("TTP",),
    "al-Shabaab": ("AS",),
    "Hayat Tahrir al-Sham": ("HTS",),
    "Syrian Democratic Forces": ("SDF",),
    "YPG": ("YPG",),
    "PKK": ("PKK",),
    "al-Qaeda": ("AQAP", "AQIM"),
    "Baloch Liberation Army": ("BLA",),
    "Balochistan Liberation Front": ("BLF",),
    "Lashkar-e-Jhangvi": ("LeJ",),
    "IPOB": ("IPOB",),
    "Sindhudesh Revolutionary Army": ("SDRA",),
    "Jama'at Nusrat al-Islam wal-Muslimin": ("JNIM",),
}
#: Names folded into a canonical one: an Islamic State province is the Islamic State.
_CANONICAL: Final = {ISLAMIC_STATE + " West Africa": ISLAMIC_STATE}
_BY_SPELLING: Final[dict[str, str]] = {
    fold(s): _CANONICAL.get(name, name) for name, spellings in _NAMES.items() for s in spellings
}
_BY_ACRONYM: Final[dict[str, str]] = {
    a: _CANONICAL.get(name, name) for name, acronyms in _ACRONYMS.items() for a in acronyms
}
_STATE_FORCE: Final = {
    "afghan": "Afghan Air Force",
    "nigerian": "Nigerian Air Force",
    "iraqi": "Iraqi Air Force",
    "syrian": "Syrian Air Force",
    "russian": "Russian Air Force",
    "pakistani": "Pakistan Air Force",
    "pakistan": "Pakistan Air Force",
    "turkish": "Turkish Armed Forces",
    "us": "US military",
    "u.s.": "US military",
    "u.s": "US military",
    "american": "US military",
    "kenyan": "Kenya Defence Forces",
    "israeli": "Israeli Air Force",
    "ethiopian": "Ethiopian Air Force",
}
_STATE_RE: Final = re.compile(
    r"(?P<dem>afghan|nigerian|iraqi|syrian|russian|pakistani|pakistan|turkish|u\.s\.|u\.s|us|american"
    r"|kenyan|israeli"
    r"|ethiopian)(?:\s+(?:military|army|government|regime|air))?"
    r"(?:\s+(?:f-?(?:16|15|35)|su-?(?:2[245]|3[45])|mig-?(?:2[139])|sukhoi|l-?39)s?)?"
    r"\s+(?:air\s*force|war\s*planes?|fighter\s+jets?|jets?|helicopters?(?:\s+gunships?)?|gunships?|aircraft"
    r"|drones?|air\s*strikes?|air\s+raids?|aerial\s+(?:bombardment|attacks?)|air\s+attacks?"
    r"|drone\s+strikes?|missiles?|(?:missile\s+|precision\s+)?strikes?|raids?)\b"
    r"|(?P<coalition>u\.?s\.?[-\s]led\s+coalition|coalition\s+(?:air\s*strikes?|aircraft|war\s*planes"
    r"|jets))\b"
    r"|(?P<africom>africom|u\.?s\.?\s+africa\s+command)\b"
    r"|(?P<kdf>kenya\s+defen[cs]e\s+forces?|kdf)\b"
    r"|(?P<usground>(?:u\.s\.|us|american)\s+(?:central\s+command\s+|special\s+operations?\s+)?(?:forces|troops"
    r"|commandos|special\s+forces)|(?:u\.s\.\s+)?central\s+command\s+forces|centcom\s+forces)\b"
    r"|(?P<sna>somali\s+national\s+army|danab(?:\s+special)?\s+forces)\b"
    r"|(?P<ngop>operation\s+(?:hadin\s+kai|lafiya\s+dole|safe\s+haven|whirl\s+stroke|hadarin\s+daji|fansan"
    r"\s+yamma|udo\s+ka))\b"
    r"|(?P<enemy>israeli)\s+enemy\b(?P<aerial>(?=[^.;]{0,60}\b(?:aerial|air|warplanes?|jets|missiles?)\b))?"
    r"|(?P<saa>syrian\s+arab\s+army)\b"
    r"|(?P<syrgov>(?:syrian\s+(?:government|regime|army)|assad(?:'s|’s)?\s+(?:regime|army|government)|regime)"
    r"\s+(?:forces|troops|artillery|shelling|army))\b"
    r"|(?P<regimeair>regime\s+(?:war\s*planes?|jets|helicopters|air\s*strikes?|aircraft))\b"
    r"|(?P<own>afghan|nigerian|iraqi|syrian|russian|pakistani|pakistan|turkish|u\.s\.|u\.s|us|american|kenyan"
    r"|israeli|ethiopian)\s+(?:military|army|forces|air\s*force)\s+(?:said|says|announced|stated)"
    r"(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:it|they)\s+(?:had\s+)?(?:killed|carried\s+out|conducted|struck"
    r"|launched|targeted)\b"
    r"|(?P<gun>afghan|nigerian|iraqi|syrian|russian|pakistani|pakistan|turkish|u\.s\.|u\.s|us|american|kenyan"
    r"|israeli|ethiopian)\s+(?:occupation\s+)?(?:army(?:'s|’s)?\s+|military\s+)?(?:artillery|howitzers?|shelling"
    r"|tank\s+fire)\b"
    r"|(?P<force>afghan|nigerian|iraqi|syrian|russian|pakistani|pakistan|turkish|u\.s\.|u\.s|us|american|kenyan"
    r"|israeli|ethiopian)\s+(?:occupation\s+(?:forces|army)|(?P<arm>army|military|armed\s+forces|air\s*force))\b",
    re.ASCII,
)
#: State forces named by their force alone ("the Pakistan Army", "a drone operated by the Turkish military").
_ARMY: Final = {
    "afghan": "Afghan National Army",
    "nigerian": "Nigerian Army",
    "iraqi": "Iraqi Army",
    "syrian": "Syrian Army",
    "russian": "Russian Armed Forces",
    "pakistani": "Pakistan Army",
    "pakistan": "Pakistan Army",
    "turkish": "Turkish Armed Forces",
    "us": "US military",
    "u.s.": "US military",
    "u.s": "US military",
    "american": "US military",
    "kenyan": "Kenya Defence Forces",
    "israeli": "Israeli military",
    "ethiopian": "Ethiopian Army",
}
_CLAIM: Final = re.compile(
    r"(?i)\bclaim(?:ed|s|ing)?\s+(?:of\s+)?responsibility|\bresponsibility\s+(?:was|has\s+been"
    r"|had\s+been)\s+claimed"
    r"|\bclaimed\s+by\b|\bby\s+the\s+\w+(?:\s+\w+)?\s+in\s+a\s+claim|\bclaimed\s+(?:the|both|it|them)\b"
    r"|\b(?:took|accepted|assumed)\s+responsibility|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out"
    r"|was\s+behind"
    r"|were\s+behind|conducted|staged|launched|attacked|killed)|\bclaim(?:ed|ing)\s+(?:that|to\s+have)"
    r"|\bthe\s+other\s+by\b|\bclaimed\b(?=\s*[.,;]|\s*$)",
    re.ASCII,
)
_NO_CLAIM: Final = re.compile(
    r"(?i)\bno\s+(?:one|group|organi[sz]ation|faction|militant\s+group|party|immediate\s+claim|claim)\b"
    r"|\b(?:has|have|had|did|does)\s*(?:not"
    r"|n't)\s+(?:yet\s+)?(?:immediately\s+)?(?:publicly\s+)?(?:been\s+)?claim"
    r"|\byet\s+to\s+(?:be\s+)?claim|\bnot\s+(?:yet\s+|immediately\s+|been\s+)?claimed"
    r"|\bnobody\s+(?:has\s+)?claimed"
    r"|\bdenied\s+(?:responsibility|involvement|any\s+(?:role|involvement)|carrying|being|that)"
    r"|\bwithout\s+a\s+claim",
    re.ASCII,
)
#: How far from a claim trigger its statement is looked for (the longest form is under 60 characters).
_REACH: Final = 64
_NEGATIVE_WORDS: Final = (
    "similar",
    "in the past",
    "past few years",
    "past years",
    "past decade",
    "past decades",
    "stepped up",
    "intensified",
    "escalat*",
    "peace",
    "talks",
    "negotiat*",
    "offer",
    "under pressure",
    "representative*",
    "delegation*",
    "ceasefire",
    "truce",
    "dialogue",
    "convinc*",
    "persuad*",
    "urge",
    "urged",
    "war with",
    "war against",
    "stronghold*",
    "founded",
    "leader",
    "leadership",
    "sanction*",
    "designated",
    "in recent months",
    "in recent years",
    "allied to",
    "allied with",
    "affiliated to",
    "affiliated with",
    "linked to",
    "linked with",
    "are active",
    "is active",
    "remain active",
    "were active",
    "been active",
    "known to operate",
    "has long",
    "have long",
    "long suffered",
    "long been",
)
_CLAIM_WORDS: Final = (
    "claim*",
    "responsib*",
    "denied",
    "denies",
    "deny",
    "no group",
    "no one",
    "nobody",
    "the other by",
    "said it",
    "said they",
)
_VICTIM_BEFORE: Final = re.compile(
    r"(?:attack(?:ed|ing)?|target(?:ed|ing)?|struck|hit|kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)"
    r"|ambush(?:ed|ing)?"
    r"|on|against|stormed|raided|overran|bombed|shelled|near|at|shot\s+dead|gunned\s+down|assassinated"
    r"|abducted"
    r"|kidnapped)(?:\s*:)?\s+(?:an?\s+|the\s+|\d+\s+|(?!(?:when|as|after|by|while|before|because|and|but|then)\s)[a-z]+\s+)?$",
    re.ASCII,
)
_VICTIM_AFTER: Final = re.compile(
    r"(?:'s|’s)?\s+(?:checkpoints?|positions?|bases?|posts?|outposts?|convoys?|patrols?|headquarters"
    r"|fighters|members|militants|insurgents|operatives"
    r"|soldiers|personnel|commanders?|vehicles?|gathering|hideouts?|camps?)\b",
    re.ASCII,
)
_VICTIM_OF: Final = re.compile(
    r"(?:checkpoints?|positions?|bases?|posts?|outposts?|convoys?|patrols?|headquarters|fighters|members"
    r"|soldiers|personnel|commanders?|vehicles?|gathering|camps?)\s+(?:of|belonging\s+to|run\s+by|held\s+by"
    r"|manned\s+by|used\s+by|housing|hosting)\s+(?:the\s+)?(?:[a-z.]+-(?:led|backed|run)\s+)?$",
    re.ASCII,
)
#: What a group says when it disowns an attack: "denied involvement", "said it had nothing to do with it".
_DISOWN: Final = (
    r"(?:denied|denies|deny|disowned|distanced"
    r"|rejected\s+(?:the\s+|any\s+|all\s+)?(?:claims?|allegations?|accusations?|charges?|blame|responsibility"
    r"|involvement)"
    r"|said(?:\s+in\s+a\s+statement)?(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:it|they)\s+(?:had\s+(?:nothing\s+to\s+do"
    r"|no\s+(?:role|part|hand|involvement|link))|(?:was|were|had\s+been)\s+not\s+(?:involved|behind|responsible)))"
)
#: The words between a group's name and its statement: "'s spokesman, in a post on X, quickly ...".
_TO_VERB: Final = (
    r"(?i)(?:'s|’s)?(?:\s*,\s+(?:in|through|via)\s[^,.;]{0,50},)?"
    r"(?:\s+(?:spokesman|spokesperson|spokesmen|statement|has|have|had|did|quickly|swiftly|also|later|strongly))*\s+"
)
#: A group's own statement that it had no part ("the Taliban denied involvement").
_DISOWNS: Final = re.compile(_TO_VERB + _DISOWN + r"\b", re.ASCII)
#: A group's statement, or silence, that says nothing of who did it ("declined to comment").
_DENIES: Final = re.compile(
    _TO_VERB + r"(?:" + _DISOWN + r"|rejected"
    r"|not\s+(?:yet\s+)?(?:comment|commented|responded)|declined\s+to\s+comment"
    r"|(?:could|was|were)\s+not\s+(?:immediately\s+)?(?:be\s+)?(?:reached|available)\s+for\s+comment)\b",
    re.ASCII,
)
#: Forces that speak for one another: the SDF's denial covers the YPG, its largest part.
_KIN: Final[dict[str, tuple[str, ...]]] = {"Syrian Democratic Forces": ("YPG",)}
#: How far before its denial a group's other mentions are cleared by it.
_DENIAL_REACH: Final = 600
#: "the SDF's internal security forces blamed ...": the group that blames, not the one blamed.
_BLAMES: Final = re.compile(
    r"(?:(?:'s|’s)(?:\s+[\w-]+){0,3})?(?:\s+(?:also|later|have|has|had))?\s+(?:blamed|blames|accused|accuses)\b",
    re.ASCII,
)
#: "the group was blamed by residents and the SDF": the group after "by" blames.
_BLAMED_BY: Final = re.compile(
    r"\b(?:blamed|accused)\s+by\s+(?:[^.;]{0,40}?\s+and\s+)?(?:the\s+)?$", re.ASCII
)
#: A group named for its habits or its past, not for this attack: "resembled past Islamic State attacks",
#: "al-Shabaab often carries out such attacks", "a device left from ISIS times".
_PAST_BEFORE: Final = re.compile(r"\b(?:past|previous|earlier|former|older)\s+$", re.ASCII)
_PAST_ENDINGS: Final = ("past", "previous", "earlier", "former", "older")
_HABIT_AFTER: Final = re.compile(
    r"(?i)(?:'s|’s)?(?:\s*-\s*era\b|\s+(?:times|era|rule|reign|occupation|days)\b|\s+"
    r"(?:often|frequently|regularly|usually|routinely|typically|commonly)\s+(?:carries|carry|carried|uses|use"
    r"|stages|stage|plants|plant|targets|target|attacks|attack|mounts|mount|launches|launch)\b"
    r"|(?:\s+affiliate)?\s+(?:has|have)\s+(?:repeatedly|often|frequently|regularly|routinely)\s+(?:targeted|attacked"
    r"|struck|bombed)\b)",
    re.ASCII,
)
#: A state force that does the killing on the ground: "US forces killed ...", "troops of Operation Hadin Kai
#: (Nigerian Army) on Tuesday engaged ...", "the Somali National Army said it had killed 40 militants".
_RAIDS: Final = re.compile(
    r"(?i)(?:(?!\b(?:were|was|been|being|are|is)\b)[^.;:]){0,60}?\b(?:killed|killing|conducted|carried\s+out"
    r"|raided|stormed|engaged|neutrali[sz](?:ed|ing))\b",
    re.ASCII,
)
#: A force named as the one that attacked: "the SDF shelled ...", "SDF fighters raided ...".
_FORCE_ACTS: Final = re.compile(
    r"(?i)(?:'s|’s)?(?:\s+(?!(?:said|says|told|reported|announced)\b)[\w-]+){0,4}?\s+(?:killed|killing|attacked|raided"
    r"|shelled|stormed|targeted|fired|clashed|ambushed|bombed|struck|executed|opened\s+fire|shot)\b",
    re.ASCII,
)
#: A group's spokesman or government named by the group: "a Taliban spokesman", "the Taliban's governor".
_SPOKESMAN: Final = re.compile(
    r"(?:'s|’s)?(?:\s+(?:government|administration|provincial|chief|deputy))?\s+(?:spokes(?:man|woman|person)"
    r"|governor|police\s+chief|officials?)\b",
    re.ASCII,
)
#: A state force named as support for others: "backed by US air strikes", "with the support of coalition
#: jets".
_SUPPORT_BEFORE: Final = re.compile(
    r"(?i)\b(?:(?:backed|supported|aided|assisted|helped)\s+by|with\s+(?:the\s+)?(?:support|help|backing|cover)"
    r"\s+of)\s+(?:the\s+)?$",
    re.ASCII,
)
_SUPPORT_ENDINGS: Final = ("by", "of", "the")
#: "Source: SDF statement": a field naming where a row's figures came from.
_SOURCE_FIELD: Final = re.compile(r"\bsources?\s*:\s*(?:the\s+)?$", re.ASCII)
#: "blamed the Taliban, who denied involvement": a relative clause of denial.
_WHO_DENIES: Final = re.compile(
    r"(?i)\s*,?\s+(?:who|which)\s+(?:have\s+|has\s+|had\s+)?(?:quickly\s+|swiftly\s+|later\s+)?"
    r"(?:denied|deny|denies|rejected|disowned)\b",
    re.ASCII,
)
#: "the Taliban-run Interior Ministry", "Taliban officials", "the Taliban government": a group that governs.
_GOVERNS: Final = re.compile(
    r"(?i)(?:[-\s](?:run|led|controlled|appointed))?\s+(?:(?:interim|caretaker|de\s+facto)\s+)?"
    r"(?:government|administration|authorities|officials?|ministry|ministries|interior|defen[cs]e\s+ministry"
    r"|regime|police|security\s+forces|governor|cabinet)\b",
    re.ASCII,
)
#: "an air strike against al-Shabaab": the group is the strike's target.
_TARGET_BEFORE: Final = re.compile(
    r"(?:air\s*strikes?|drone\s+strikes?|strikes?|raids?|operations?|offensive|bombardment|campaign"
    r"|shelling|battles?|wars?|fight|fighting|struggle)\s+(?:against|on|targeting|targeted\s+at)\s+(?:the\s+)?"
    r"(?:suspected\s+)?$",
    re.ASCII,
)
#: "Two SDF members were killed": an allied force counted among the dead.
_COUNTED_DEAD: Final = re.compile(
    r"(?i)(?:'s|’s)?\s+(?:members|fighters|soldiers|personnel|militiamen|commanders?|troops)\s+(?:were|was"
    r"|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|martyred|dead|hurt)\b",
    re.ASCII,
)
#: "Gunmen believed to be members of Boko Haram killed ...": the attackers' group, not its victims.
_BELIEVED_OF: Final = re.compile(
    r"\b(?:believed|suspected|thought|said|understood)\s+to\s+(?:be|have\s+been)\s+(?:members|fighters|militants)"
    r"\s+of\s+(?:the\s+)?$",
    re.ASCII,
)
#: "Fighters of ISWAP attacked ...": the attackers named at the start of a sentence, not victims.
_SUBJECT_OF: Final = re.compile(
    r"(?:^|[.!?\n]\s*|\s-\s)(?:the\s+)?(?:fighters|members|militants|insurgents)\s+(?:of|belonging\s+to)"
    r"\s+(?:the\s+)?$",
    re.ASCII,
)
#: "Hayat Tahrir al-Sham (Jabhat al-Nusra)", "HTS, formerly al-Nusra Front": another name of a group.
_ALIAS_BEFORE: Final = re.compile(
    r"(?i)(?:(?-i:[A-Z][\w'-]*)\s*\(\s*|(?:,\s*|\s+)(?:formerly|previously|also\s+known\s+as|once\s+known\s+as"
    r"|formerly\s+known\s+as|formerly\s+called)\s+)(?:the\s+)?(?:so-called\s+)?$",
    re.ASCII,
)
#: "No group claimed the blasts, which bore the hallmarks of Boko Haram": unclaimed, only a resemblance.
_HALLMARKS: Final = re.compile(
    r"(?i)\b(?:no\s+(?:group|one|organi[sz]ation)|nobody)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?"
    r"claimed\b[^.;]{0,80}\b(?:hallmarks?|trademarks?|signature)\s+of\s+(?:the\s+|an?\s+)?$",
    re.ASCII,
)
#: The last words that `_TARGET_BEFORE`, `_VICTIM_OF`, `_ALIAS_BEFORE` and `_HALLMARKS` can end with.
_TARGET_ENDINGS: Final = ("against", "on", "targeting", "at", "the", "suspected")
_VICTIM_OF_ENDINGS: Final = ("of", "to", "by", "housing", "hosting", "the", "-led", "-backed", "-run")
_ALIAS_ENDINGS: Final = ("(", "formerly", "previously", "as", "called", "the")
_HALLMARK_ENDINGS: Final = ("of", "the", "a", "an")
#: A group's name that holds its own noun ("Islamic State fighters"), counted as a whole ("killed 14 ...").
_COUNTED_NOUNS: Final = (" fighters", " militants")
#: "officials blamed ...": the group that follows is blamed for the event.
_BLAMED_BEFORE: Final = re.compile(r"\b(?:blamed|blaming)\s+(?:on\s+)?(?:the\s+)?$", re.ASCII)
#: ", which ..." / ", who ...": a relative clause after a group's name.
_RELATIVE: Final = re.compile(r",\s+(?:which|who)\s", re.ASCII)
#: Affiliation wording ("the al Qaeda-linked group"): the group named is not an actor of the event.
_AFFILIATED = re.compile(r"(?i)[-\s](?:linked|affiliated|allied|aligned|inspired|loyal)\b", re.ASCII)
_SPEAKS: Final = re.compile(
    r"(?:\s+(?:spokes(?:man|woman|person)|officials?|commanders?|statement|media\s+(?:office|centre|center)))?"
    r"\s+(?:said|says|told|reported|announced|added|stated)\b",
    re.ASCII,
)
#: "The SDF, in a statement, gave a toll of four": a force reporting the figures.
_GIVES_TOLL: Final = re.compile(
    r"(?:\s*,\s+(?:in|through|via)\s[^,.;]{0,50},)?\s+(?:said|says|reported|announced|stated|confirmed"
    r"|gave|put|(?:has|had)\s+(?:given|put))\b",
    re.ASCII,
)
#: "the military denied involvement": a state force's denial, by its generic name.
_FORCE_DENIES: Final = re.compile(
    r"(?i)\bthe\s+(?:military|army|armed\s+forces|air\s+force|security\s+forces)(?=(?:\s+\w+)?\s+(?:denied"
    r"|denies|rejected|disowned)\b)",
    re.ASCII,
)
_IS_CONTEXT: Final = re.compile(r"[A-Z]{2,}", re.ASCII)

#: Trigger words, by category.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "group": tuple(_BY_SPELLING),
    "acronym": tuple(a.lower() for a in _BY_ACRONYM),
    "state": (
        *_STATE_FORCE,
        *("coalition", "africom", "u.s.-led", "us-led", "syrian", "kenya", "kdf", "assad", "somali"),
        *("central", "centcom", "regime", "danab", "operation"),
    ),
    "negative": _NEGATIVE_WORDS,
    "claim": _CLAIM_WORDS,
    "anaphor": (
        "the group",
        "the militant group",
        "the militants",
        "the jihadist group",
        "the same group",
        "the same militant group",
        "the same militants",
    ),
}
#: Attackers tied to a group named earlier: "gunmen believed to be from the group".
_BELIEVED: Final = re.compile(
    r"(?:gunmen|militants|fighters|attackers|assailants|men|insurgents)\s+(?:(?:who\s+(?:are|were)\s+)?"
    r"(?:believed|suspected|thought|said|understood)\s+to\s+(?:be|have\s+been)\s+|suspected\s+of\s+being\s+)"
    r"(?:from|members\s+of|with|part\s+of|linked\s+to|loyal\s+to|of)\s+$",
    re.ASCII,
)

#: A group named for what it did before, not in this event: "Boko Haram has used women bombers in Konduga
#: before", "officials have blamed Kataib Hezbollah for earlier ones".
_EARLIER_AFTER: Final = re.compile(
    r"(?i)\s+(?:(?:has|have)\s+(?:long\s+|often\s+|frequently\s+|previously\s+|repeatedly\s+)?(?:used|deployed"
    r"|carried\s+out|staged|launched|targeted|attacked)\b[^.;]{0,60}?\b(?:before|previously|in\s+the\s+past"
    r"|in\s+recent\s+years|for\s+years)\b"
    r"|for\s+(?:earlier|previous|past|similar|other|recent)\b)",
    re.ASCII,
)
#: Who holds a place, or what a force belongs to, names no actor: "the city is held by the Manbij Military
#: Council, part of the SDF", "areas under the control of the Taliban".
_HOLDER_BEFORE: Final = re.compile(
    r"\b(?:(?:held|controlled|run|governed|administered)\s+by(?:\s+[^.;]{1,50}?,\s+part\s+of)?"
    r"|under\s+(?:the\s+)?control\s+of)\s+(?:the\s+)?$",
    re.ASCII,
)
_HOLDER_ENDINGS: Final = ("by", "of", "the")
#: A group referred back to as the one blamed: "an attack officials also blamed on the group".
_BLAMED_ON = re.compile(r"\b(?:blamed\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by)\s+$", re.ASCII)


@dataclass(init=False, slots=True)
class GroupHit:
    """A perpetrator named in the text: canonical name and span."""

    name: str
    start: int
    end: int
    state: bool = False

    def __init__(self, name: str, start: int, end: int, state: bool = False) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.name = name
        self.start = start
        self.end = end
        self.state = state


def _triggers(text: str, triggers: Triggers | None) -> Triggers:
    if triggers is not None:
        return triggers
    from agents.extract.keywords import scan

    return scan(text)


def _acronym(text: str, start: int, end: int) -> str | None:
    written = text[start:end]
    name = _BY_ACRONYM.get(written)
    if name is None:
        return None
    if written in ("IS", "AS"):
        before = text[max(0, start - 4) : start]
        after = text[end : end + 4]
        if _IS_CONTEXT.search(before) or _IS_CONTEXT.match(after.lstrip()):
            return None
    return name


def _candidates(text: str, start: int, end: int, triggers: Triggers) -> Iterable[GroupHit]:
    low = triggers.low
    for pos, stop in triggers.at("group", start, end):
        name = _BY_SPELLING.get(fold(low[pos:stop]))
        if name is not None:
            yield GroupHit(name, pos, stop)
    for pos, stop in triggers.at("acronym", start, end):
        name = _acronym(text, pos, stop)
        if name is not None:
            yield GroupHit(name, pos, stop)
    for pos, _ in triggers.at("state", start, end):
        match = _STATE_RE.match(low, pos, end)
        if match is None:
            continue
        if match.group("coalition"):
            name = "US-led coalition"
        elif match.group("africom"):
            name = "US military"
        elif match.group("kdf"):
            name = "Kenya Defence Forces"
        elif match.group("usground"):
            if low.startswith("us", pos) and text[pos : pos + 2] != "US":
                continue
            name = "US military"
        elif match.group("sna"):
            name = "Somali National Army"
        elif match.group("ngop"):
            if text[max(0, pos - 2) : pos].strip() == "(":
                continue  # "Nigerian Air Force (Operation Hadin Kai)": the force's operation, named after it
            name = "Nigerian Army"  # the Nigerian military's theatre operations
        elif match.group("enemy"):  # the Syrian state media's wording
            name = "Israeli Air Force" if match.group("aerial") is not None else "Israeli military"
        elif match.group("saa"):
            name = "Syrian Army"
        elif match.group("regimeair"):
            name = "Syrian Air Force"
        elif match.group("syrgov"):
            name = "Syrian Army" if "army" in match.group("syrgov") else "Syrian government forces"
        elif match.group("gun"):
            demonym = match.group("gun")
            if demonym == "us" and text[pos : pos + 2] != "US":
                continue
            name = _ARMY[demonym]
        elif match.group("force"):
            demonym = match.group("force")
            if (demonym == "us" and text[pos : pos + 2] != "US") or _SPEAKS.match(text, match.end()):
                continue
            air = (match.group("arm") or "").startswith("air")
            name = _STATE_FORCE[demonym] if air else _ARMY[demonym]
        else:
            demonym = match.group("dem") or match.group("own")
            if demonym == "us" and text[pos : pos + 2] != "US":
                continue
            name = _STATE_FORCE[demonym]
        yield GroupHit(name, pos, match.end(), state=True)
    for pos, stop in triggers.at("anaphor", start, end):
        if (
            low.startswith("the same ", pos)
            or _BELIEVED.search(low, max(0, pos - 60), pos)
            or _BLAMED_ON.search(low, max(0, pos - 20), pos)
        ):
            named = _last_named(text, pos, triggers)
            if named is not None:
                yield GroupHit(named, pos, stop)


def _last_named(text: str, before: int, triggers: Triggers) -> str | None:
    """The last non-state group named before a position (what "the group" refers to)."""
    named = [h for h in _candidates(text, max(0, before - 3000), before, triggers) if not h.state]
    return max(named, key=lambda h: h.start).name if named else None


def find_groups(text: str, start: int, end: int, triggers: Triggers | None = None) -> list[GroupHit]:
    """Groups and state forces named in text[start:end], longest first where they overlap, in order."""
    hits = sorted(
        _candidates(text, start, end, _triggers(text, triggers)), key=lambda h: (h.start, h.start - h.end)
    )
    kept: list[GroupHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def negated_at(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    triggers: Triggers | None = None,
    *,
    state: bool = False,
) -> bool:
    """True when a mention at [start, end) is out of attack context (talks, "similar attacks in the past").

    A state's strike that kills a leader is still the state's strike ("a U.S. military strike killed a senior
    leader of ..."): for a state force, "leader" after the mention names its target."""
    found = _triggers(text, triggers)
    window = found.at("negative", max(lo, start - 50), min(hi, end + 50))
    if window and not state and _BLAMED_BEFORE.search(found.low, max(0, start - 20), start):
        # "officials blamed Boko Haram, which is active around Dikwa": the relative clause is context
        window = [w for w in window if w[0] < start or not _RELATIVE.search(text, end, w[0])]
    if not state:
        return bool(window)
    return any(pos < start or not found.low.startswith("leader", pos) for pos, _ in window)


def _ends_before(
    text: str, low: str, start: int, size: int, endings: tuple[str, ...], pattern: re.Pattern[str]
) -> bool:
    """True when an end-anchored `pattern` matches the `size` characters of `text` before `start`; tried only
    where the lower-cased `low` ends there with one of `endings`."""
    lo = max(0, start - size)
    return ends_with(low, lo, start, endings) and pattern.search(text[lo:start]) is not None


def as_victim(text: str, hit: GroupHit, low: str | None = None) -> bool:
    """True when a group is what was attacked ("attacked an SDF checkpoint") or a force reporting it.

    `low` is the lower-cased text (the same length), when the caller has it."""
    if hit.name in QUASI_STATE and (
        _SPEAKS.match(text, hit.end) or _COUNTED_DEAD.match(text, hit.end) or _GIVES_TOLL.match(text, hit.end)
    ):
        return True
    if hit.name == TALIBAN and _COUNTED_DEAD.match(text, hit.end):
        # "eight Taliban fighters were killed": the Taliban, who govern, counted among the dead
        return True
    low = lower(text) if low is None else low
    start = hit.start
    if _ends_before(low, low, start, 50, _TARGET_ENDINGS, _TARGET_BEFORE):
        return True
    if ends_with(low, max(0, start - 60), start, _VICTIM_OF_ENDINGS):
        victim_of = _VICTIM_OF.search(low[max(0, start - 60) : start])
        if (
            victim_of is not None
            and not _SUBJECT_OF.search(low, max(0, start - 60), start)
            and not _BELIEVED_OF.search(low, max(0, start - 60), start)
        ):
            return True
    counted = low.endswith(_COUNTED_NOUNS, hit.start, hit.end)
    if not counted and not _VICTIM_AFTER.match(low[hit.end : hit.end + 40]):
        return False
    return _VICTIM_BEFORE.search(low[max(0, start - 40) : start]) is not None


def not_actor(text: str, hit: GroupHit, low: str | None = None) -> bool:
    """True when a mention names no actor: a denial ("the Taliban denied involvement", also later in the
    sentence), an affiliation, another name of a group just named, or a group named as the government.

    `low` is the lower-cased text (the same length), when the caller has it."""
    if _DENIES.match(text, hit.end) or _WHO_DENIES.match(text, hit.end) or _AFFILIATED.match(text, hit.end):
        return True
    if _BLAMES.match(text, hit.end) or _HABIT_AFTER.match(text, hit.end):
        return True
    if hit.state and _ends_before(text, text, hit.start, 40, _SUPPORT_ENDINGS, _SUPPORT_BEFORE):
        return True  # "Afghan forces backed by US air strikes repelled a Taliban attack": support only
    if hit.name == "Syrian Democratic Forces" and not _FORCE_ACTS.match(text, hit.end):
        return True  # the SDF named as the local authority, a source or a searcher, not as attacker
    if text.startswith((" has", " have", " for"), hit.end) and _EARLIER_AFTER.match(text, hit.end):
        return True
    low = lower(text) if low is None else low
    start = hit.start
    if not hit.state and _ends_before(text, low, start, 30, _ALIAS_ENDINGS, _ALIAS_BEFORE):
        return True
    if _ends_before(low, low, start, 90, _HOLDER_ENDINGS, _HOLDER_BEFORE):
        return True
    if _ends_before(low, low, start, 12, _PAST_ENDINGS, _PAST_BEFORE):
        return True
    if _ends_before(low, low, start, 60, ("by", "the"), _BLAMED_BY):
        return True
    if _ends_before(low, low, start, 12, (":", "the"), _SOURCE_FIELD):
        return True
    if (
        ends_with(low, max(0, start - 160), start, _HALLMARK_ENDINGS)
        and low.find("claimed", max(0, start - 160), start) >= 0
        and _HALLMARKS.search(text[max(0, start - 160) : start])
    ):
        return True
    return governs(text, hit) or _denied_later(text, hit)


def governs(text: str, hit: GroupHit) -> bool:
    """True when the group is named as a government ("the Taliban-run Interior Ministry")."""
    return hit.name == TALIBAN and _GOVERNS.match(text, hit.end) is not None


def _denied_later(text: str, hit: GroupHit) -> bool:
    """True when the same name, later in the sentence, denies ("blamed IPOB ...; IPOB denied involvement")."""
    written = text[hit.start : hit.end]
    stop = text.find(". ", hit.end, hit.end + 200)
    window = text[hit.end : stop if stop >= 0 else hit.end + 200]
    if hit.state and _FORCE_DENIES.search(window):
        return True
    at = window.find(written)
    while at >= 0:
        if _DENIES.match(text, hit.end + at + len(written)):
            return True
        at = window.find(written, at + len(written))
    return False


_RAID_TARGET: Final = re.compile(r"(?i)\b(?:of|at|on|against|targeting|near)\s+(?:an?\s+|the\s+)?$", re.ASCII)


def speaks(text: str, hit: GroupHit) -> bool:
    """True when the mention names a group's spokesman or government ("a Taliban spokesman said")."""
    return _SPOKESMAN.match(text, hit.end) is not None


_UNITS_OF: Final = re.compile(
    r"(?i)\b(?:troops|soldiers|forces|personnel|men|units?)\s+of\s+(?:the\s+)?$", re.ASCII
)


def raids(text: str, hit: GroupHit) -> bool:
    """True when a state force named on the ground is the one that killed or raided."""
    if not hit.state or _VICTIM_AFTER.match(lower(text[hit.end : hit.end + 40])):
        return False
    if _RAID_TARGET.search(text, max(0, hit.start - 20), hit.start) and not _UNITS_OF.search(
        text, max(0, hit.start - 20), hit.start
    ):
        return False
    return _RAIDS.match(text, hit.end) is not None


def disowned(text: str, hits: list[GroupHit]) -> list[tuple[str, int]]:
    """The groups that disown the attack, as (name, where): a denial clears the mentions just before it."""
    found: list[tuple[str, int]] = []
    for hit in hits:
        if not hit.state and (_DISOWNS.match(text, hit.end) or _WHO_DENIES.match(text, hit.end)):
            found.append((hit.name, hit.start))
            found.extend((kin, hit.start) for kin in _KIN.get(hit.name, ()))
    return found


def cleared(hit: GroupHit, denials: list[tuple[str, int]]) -> bool:
    """True when the group denies the attack within `_DENIAL_REACH` after this mention."""
    return any(name == hit.name and 0 <= at - hit.start <= _DENIAL_REACH for name, at in denials)


def claim_state(
    text: str, start: int, end: int, triggers: Triggers | None = None
) -> list[tuple[bool, int, int]]:
    """Statements on responsibility in text[start:end] as (claimed, start, end); False: "no group claimed"."""
    near = _triggers(text, triggers).at("claim", start, end)
    if not near:
        return []
    found = [(False, lo, hi) for lo, hi in _near(_NO_CLAIM, text, start, end, near)]
    for lo, hi in _near(_CLAIM, text, start, end, near):
        if not any(a <= lo < b + 12 for _, a, b in found):
            found.append((True, lo, hi))
    found.sort(key=lambda f: f[1])
    return found


def _near(
    pattern: re.Pattern[str], text: str, start: int, end: int, near: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Matches of `pattern` in text[start:end] within _REACH of a trigger, in text order and not overlapping:
    the windows around the triggers cost less to search than the whole sentence."""
    spans: list[tuple[int, int]] = []
    for t0, t1 in near:
        lo, hi = max(start, t0 - _REACH), min(end, t1 + _REACH)
        for match in pattern.finditer(text, lo, hi):
            a, b = match.start(), match.end()
            if b == hi and hi < end:  # the window's end may have cut it: match again up to the sentence's end
                whole = pattern.match(text, a, end)
                if whole is None:
                    continue
                b = whole.end()
            spans.append((a, b))
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for a, b in spans:
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    return kept
