"""Perpetrators: canonical group names, state forces behind air strikes, and claims of responsibility."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ISLAMIC_STATE",
    "QUASI_STATE",
    "TALIBAN",
    "TTP",
    "GroupHit",
    "as_victim",
    "claim_state",
    "find_groups",
    "negated_at",
]

#: Forces that hold territory for a government or are allied to it: victims or sources, not claimants.
QUASI_STATE = frozenset({"Syrian Democratic Forces", "YPG"})

ISLAMIC_STATE = "Islamic State"
TALIBAN = "Taliban"
TTP = "Tehrik-i-Taliban Pakistan"

# (canonical name, pattern); case-insensitive names.
_NAMES: tuple[tuple[str, str], ...] = (
    (
        "ISWAP",
        r"Islamic\s+State(?:'s|’s)?\s+(?:in\s+)?West\s+Africa(?:\s+Province)?"
        r"|Islamic\s+State\s+West\s+Africa",
    ),
    (TTP, r"Tehr(?:i|ee)k[-\s]+(?:[ei]|i|e)[-\s]+Taliban(?:[-\s]+Pakistan)?|Pakistani\s+Taliban"),
    (
        ISLAMIC_STATE,
        r"Islamic\s+State(?:\s+(?:group|militants?|fighters?|jihadists?|affiliate))?"
        r"(?:\s+(?:in|of)\s+(?:Iraq\s+and\s+(?:Syria|the\s+Levant)|Somalia|Khorasan|Khurasan))?"
        r"(?:[-\s]+Khorasan(?:\s+Province)?)?"
        r"|Daesh|Da'esh|Daish|Da’esh",
    ),
    ("Haqqani Network", r"Haqqani\s+(?:network|group)|Haqqanis"),
    (TALIBAN, r"Taliban|Taleban"),
    ("al-Shabaab", r"(?:al[-\s]?)?Shaba+b|(?:al[-\s]?)?Shebab|Harakat\s+al-Shabaab(?:\s+al-Mujahideen)?"),
    ("Boko Haram", r"Boko\s+Haram|Jama'?atu\s+Ahlis\s+Sunna\s+Lidda'?awati\s+wal-Jihad"),
    ("Ansaru", r"Ansaru"),
    ("Hayat Tahrir al-Sham", r"Hay'?at\s+Tahrir\s+al-Sham|Tahrir\s+al-Sham"),
    ("al-Nusra Front", r"(?:Jabhat\s+)?al-Nusra(?:\s+Front)?|Nusra\s+Front"),
    ("Syrian Democratic Forces", r"Syrian\s+Democratic\s+Forces"),
    ("al-Qaeda", r"al[-\s]Qa'?ida|al[-\s]Qaeda|Al[-\s]Qaida"),
    ("Lashkar-e-Jhangvi", r"Lashkar[-\s]+[ei][-\s]+Jhangvi"),
    ("Jamaat-ul-Ahrar", r"Jama'?at[-\s]+ul[-\s]+Ahrar"),
    ("Lashkar-e-Islam", r"Lashkar[-\s]+[ei][-\s]+Islam"),
    ("Lashkar-e-Taiba", r"Lashkar[-\s]+[ei][-\s]+Tayy?iba"),
    ("Jaish-e-Mohammed", r"Jaish[-\s]+[ei][-\s]+Moh?amm[ae]d"),
    ("Baloch Liberation Army", r"Balochistan\s+Liberation\s+Army|Baloch\s+Liberation\s+Army"),
    ("Balochistan Liberation Front", r"Balochistan\s+Liberation\s+Front|Baloch\s+Liberation\s+Front"),
    ("Hafiz Gul Bahadur Group", r"Hafiz\s+Gul\s+Bahadur(?:\s+group)?"),
    ("Kataib Hezbollah", r"Kata'?ib\s+Hezbollah|Kataeb\s+Hezbollah"),
    ("Bandits", r"(?:armed\s+|suspected\s+)?bandits"),
    ("Fulani militia", r"Fulani\s+(?:herdsmen|herders|militias?|militants|gunmen)"),
    ("IPOB", r"Indigenous\s+People\s+of\s+Biafra"),
)
# Case-sensitive acronyms.
_ACRONYMS: tuple[tuple[str, str], ...] = (
    ("ISWAP", r"ISWAP"),
    (ISLAMIC_STATE, r"ISIS-K|IS-K|ISKP|ISIS|ISIL|(?<![A-Z]\s)IS(?!\s+[A-Z]{2})"),
    (TTP, r"TTP"),
    ("Hayat Tahrir al-Sham", r"HTS"),
    ("Syrian Democratic Forces", r"SDF"),
    ("YPG", r"YPG"),
    ("PKK", r"PKK"),
    ("al-Qaeda", r"AQAP|AQIM"),
    ("Baloch Liberation Army", r"BLA"),
    ("Balochistan Liberation Front", r"BLF"),
    ("Lashkar-e-Jhangvi", r"LeJ"),
    ("IPOB", r"IPOB"),
)
_STATE_FORCE = {
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
    "somali": "Somali National Army",
}
_NAME_RE = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<n{i}>{p})" for i, (_, p) in enumerate(_NAMES)) + r")\b")
_ACRONYM_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<a{i}>{p})" for i, (_, p) in enumerate(_ACRONYMS)) + r")(?![\w-])"
)
_STATE_RE = re.compile(
    r"(?i)\b(?P<dem>Afghan|Nigerian|Iraqi|Syrian|Russian|Pakistani|Pakistan|Turkish|U\.S\.|U\.S|US|American"
    r"|Kenyan|Israeli|Ethiopian)(?:\s+(?:military|army|government|regime|air))?"
    r"\s+(?:air\s*force|war\s*planes?|fighter\s+jets?|jets?|helicopters?(?:\s+gunships?)?|gunships?|aircraft"
    r"|drones?|air\s*strikes?|air\s+raids?|aerial\s+(?:bombardment|attacks?)|air\s+attacks?"
    r"|drone\s+strikes?)\b"
    r"|\b(?P<coalition>U\.?S\.?[-\s]led\s+coalition|coalition\s+(?:air\s*strikes?|aircraft|war\s*planes"
    r"|jets))\b"
    r"|\b(?P<africom>AFRICOM|U\.?S\.?\s+Africa\s+Command)\b"
    r"|\b(?P<syrgov>Syrian\s+(?:government|regime|army)\s+(?:forces|troops|artillery|shelling))\b"
)
_CLAIM = re.compile(
    r"(?i)\bclaim(?:ed|s|ing)?\s+(?:of\s+)?responsibility|\bresponsibility\s+(?:was|has\s+been"
    r"|had\s+been)\s+claimed"
    r"|\bclaimed\s+by\b|\bby\s+the\s+\w+(?:\s+\w+)?\s+in\s+a\s+claim|\bclaimed\s+(?:the|both|it|them)\b"
    r"|\b(?:took|accepted|assumed)\s+responsibility|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out"
    r"|was\s+behind"
    r"|were\s+behind|conducted|staged|launched|attacked|killed)|\bclaim(?:ed|ing)\s+(?:that|to\s+have)"
    r"|\bthe\s+other\s+by\b|\bclaimed\b(?=\s*[.,;]|\s*$)"
)
_NO_CLAIM = re.compile(
    r"(?i)\bno\s+(?:one|group|organi[sz]ation|faction|militant\s+group|party|immediate\s+claim|claim)\b"
    r"|\b(?:has|have|had|did|does)\s*(?:not"
    r"|n't)\s+(?:yet\s+)?(?:immediately\s+)?(?:publicly\s+)?(?:been\s+)?claim"
    r"|\byet\s+to\s+(?:be\s+)?claim|\bnot\s+(?:yet\s+|immediately\s+|been\s+)?claimed"
    r"|\bnobody\s+(?:has\s+)?claimed"
    r"|\bdenied\s+(?:responsibility|involvement|any\s+(?:role|involvement)|carrying|being|that)"
    r"|\bwithout\s+a\s+claim"
)
_NEGATIVE = re.compile(
    r"(?i)\bsimilar\s+\w+|\bin\s+the\s+past\b|\bstepped\s+up\b|\bintensified\b|\bescalat\w+"
    r"|\bpast\s+(?:few\s+)?(?:years|decades?)|\bpeace\b|\btalks\b"
    r"|\bnegotiat|\boffer\b|\bunder\s+pressure|\brepresentatives?\b|\bdelegation|\bceasefire|\btruce"
    r"|\bdialogue"
    r"|\bconvince|\bpersuade|\burged?\b|\bwar\s+(?:with|against)|\bstrongholds?\b|\bfounded\b"
    r"|\bleader(?:ship)?\b"
    r"|\bsanctions?\b|\bdesignated\b|\bin\s+recent\s+(?:months|years)|\b(?:allied|affiliated|linked)\s+(?:to"
    r"|with)"
)


@dataclass(frozen=True, slots=True)
class GroupHit:
    """A perpetrator named in the text: canonical name and span."""

    name: str
    start: int
    end: int
    state: bool = False


def find_groups(text: str, start: int, end: int) -> list[GroupHit]:
    """Groups and state forces named in text[start:end], non-overlapping, in order."""
    hits: list[GroupHit] = []
    for match in _NAME_RE.finditer(text, start, end):
        assert match.lastgroup is not None
        hits.append(GroupHit(_NAMES[int(match.lastgroup[1:])][0], match.start(), match.end()))
    for match in _ACRONYM_RE.finditer(text, start, end):
        assert match.lastgroup is not None
        hits.append(GroupHit(_ACRONYMS[int(match.lastgroup[1:])][0], match.start(), match.end()))
    for match in _STATE_RE.finditer(text, start, end):
        if match.group("coalition"):
            name = "US-led coalition"
        elif match.group("africom"):
            name = "US military"
        elif match.group("syrgov"):
            name = "Syrian government forces"
        else:
            name = _STATE_FORCE[match.group("dem").lower()]
        hits.append(GroupHit(name, match.start(), match.end(), state=True))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[GroupHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def negated_at(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when a mention at [start, end) is out of attack context (talks, "similar attacks in the past")."""
    window_lo = max(lo, start - 50)
    window_hi = min(hi, end + 50)
    return _NEGATIVE.search(text, window_lo, window_hi) is not None


_VICTIM_BEFORE = re.compile(
    r"(?i)\b(?:attack(?:ed|ing)?|target(?:ed|ing)?|struck|hit|kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)"
    r"|ambush(?:ed|ing)?"
    r"|on|against|stormed|raided|overran|bombed|shelled|near|at|shot\s+dead|gunned\s+down|assassinated"
    r"|abducted"
    r"|kidnapped)\s+(?:an?\s+|the\s+|\d+\s+|[a-z]+\s+)?$"
)
_VICTIM_AFTER = re.compile(
    r"(?i)(?:'s|’s)?\s+(?:checkpoints?|positions?|bases?|posts?|outposts?|convoys?|patrols?|headquarters"
    r"|fighters|members"
    r"|soldiers|personnel|commanders?|vehicles?|gathering|hideouts?|camps?)\b"
)


_SPEAKS = re.compile(r"(?i)\s+(?:said|says|told|reported|announced|added|stated)\b")


def as_victim(text: str, hit: GroupHit) -> bool:
    """True when a group is what was attacked ("attacked an SDF checkpoint") or a force reporting it."""
    if hit.name in QUASI_STATE and _SPEAKS.match(text, hit.end):
        return True
    return bool(
        _VICTIM_BEFORE.search(text, max(0, hit.start - 40), hit.start) and _VICTIM_AFTER.match(text, hit.end)
    )


def claim_state(text: str, start: int, end: int) -> list[tuple[bool, int, int]]:
    """Statements on responsibility in text[start:end] as (claimed, start, end); False: "no group claimed"."""
    found = [(False, m.start(), m.end()) for m in _NO_CLAIM.finditer(text, start, end)]
    for match in _CLAIM.finditer(text, start, end):
        if not any(lo <= match.start() < hi + 12 for _, lo, hi in found):
            found.append((True, match.start(), match.end()))
    found.sort(key=lambda f: f[1])
    return found
