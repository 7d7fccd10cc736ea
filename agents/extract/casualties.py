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
from typing import Literal

from agents.extract.numbers import NUMBER, QUALIFIER, Qualifier, parse_count, parse_qualifier

__all__ = [
    "PERPETRATORS",
    "AttackerHit",
    "FigureHit",
    "FigureKind",
    "find_attackers",
    "find_figures",
    "group_of",
    "has_casualty_word",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


FigureKind = Literal["killed", "wounded", "killed_or_wounded", "hospitalised"]
PERPETRATORS = "perpetrators"

_NP = re.compile(
    rf"(?i)(?<![\w.,])(?<![A-Za-z]-)(?<!\bno\s)(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER}|his|her)(?!\w"
    rf"|-(?!\d))"
)
_TOKEN = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_SINGULAR = _words(
    "child civilian policeman policewoman soldier woman man boy girl journalist person student teacher "
    "guard officer worshipper cleric elder official passer-by bystander farmer doctor militant attacker "
    "gunman bomber insurgent fighter villager resident passenger trader shepherd herder driver reporter "
    "cameraman photographer judge lawmaker governor commander teenager toddler baby infant nurse pilgrim "
    "bodyguard son daughter brother sister wife husband nephew niece cousin father mother contractor "
    "worker employee engineer staffer colleague shopkeeper tailor vendor student imam worshiper soldier "
    "constable trooper sergeant"
)
_STOP = _words(
    "were was are is have has had been being also in on at during after before when while who whom which "
    "that as by from to with including among near inside outside but into amid across over under since "
    "until killed dead died wounded injured hurt martyred slain perished lost reportedly later all "
    "allegedly so now remain remained according said say says told added claimed the their its his her "
    "this these those then there here"
)
_OF_OK = frozenset(["members", "member", "of", "the", "them", "those"])
_NON_PERSON = _words(
    "years year days day hours hour minutes minute weeks week months month km kilometres kilometers miles "
    "metres meters vehicles vehicle cars houses homes buildings times percent per rounds rockets shells "
    "bombs districts provinces villages checkpoints posts suicide ladders weapons guns rifles tonnes tons "
    "dollars a.m p.m pm am o'clock explosive explosives-laden explosive-laden trucks motorcycles "
    "helicopters planes aircraft people's shops schools mosques kilograms kg lorries boats bridges towers "
    "points cities towns states"
)
_VERB = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"(?P<kw>(?:killed|dead|died)\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt)|(?:wounded"
    r"|injured)\s+(?:and|or)\s+"
    r"(?:killed|dead)|(?:killing|killed)\s+(?:and|or)\s+(?:wounding|injuring|wounded|injured)|casualt(?:y"
    r"|ies))"
    r"|(?P<hos>(?:taken|transferred|rushed|admitted|brought|evacuated|moved|shifted|airlifted|sent)\s+to\s+"
    r"(?:(?:the|a|nearby|local|several|different|two|three|various|military|civilian|city|provincial|main"
    r"|district)\s+)*"
    r"(?:[A-Z][\w-]*\s+)?hospitals?|hospitali[sz]ed|receiving\s+treatment|being\s+treated|under\s+treatment)"
    r"|(?P<toll>(?:death|casualty)\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed"
    r"|fatalities))"
    r"|(?P<k>killed|killing|kills?|dead|died|dies|die|deaths?|lost\s+(?:their|his|her)\s+lives|martyred|slain"
    r"|shot\s+dead|gunned\s+down|executed|beheaded|massacred|fatalities|perished|claimed\s+the\s+lives\s+of"
    r"|bodies\s+(?:of|were|have\s+been)|fatally\s+(?:shot|wounded|injured|stabbed))"
    r"|(?P<w>wounded|wounding|injured|injuring|injuries|hurt|(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries"
    r"|wounds)"
    r"|wounds)"
    r")(?![\w-])"
)
_ACTIVE_ONLY = frozenset(("killing", "kills", "kill", "wounding", "injuring"))
_GAP_PASSIVE = re.compile(
    r"""(?i)^["'’”]?\s*,?\s*(?:\((?:[^()]{0,60})\)\s*)?"""
    r"""(?:,?\s*(?:many|most|some|all|several|among\s+them|including"""
    r"""|mostly|mainly|both|the\s+majority|mainly|who|which)\b[^,]{0,70},\s*)?"""
    r"""(?:(?:were|was|are|is|have|has|had|been|being|also|reportedly|later|all|allegedly|confirmed|feared"""
    r"""|believed|still"""
    r"""|said|to|so\s+far|now|either|of\s+them|in\s+total|in\s+all|got|get|left|lay|remain|remained"""
    r"""|subsequently|eventually|were\s+also|were\s+reported|are\s+reported|were\s+confirmed|reported"""
    r"""|likely|may"""
    r"""|might|could|feared|were\s+left|people|\w+ly)\s+)*$"""
)
_GAP_ACTIVE = re.compile(
    r"(?i)^\s*(?:(?:himself|herself|themselves|itself)\s+and\s+)?(?:(?:a\s+further|another|an\s+additional"
    r"|the\s+lives\s+of|all(?:\s+the)?|both(?:\s+the)?|the)\s+)?$"
)
_GAP_TOLL = re.compile(
    r"(?i)^\s+(?:(?:from|in|of)\s+[^.;:]{0,140}?,?\s+)?(?:(?:has|had|have|now|officially|reportedly)\s+)?"
    r"(?:at|to|of|rose\s+to|risen\s+to|climbed\s+to|jumped\s+to|reached|stood\s+at|stands\s+at|is|was"
    r"|increased\s+to|went\s+up\s+to|rises\s+to|climbs\s+to|hit)\s+$"
)
_AFTER_ACTIVE_VERB = re.compile(rf"(?i)\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}|the|his|her|their|two|its)\b")
_RANGE_GAP = re.compile(r"(?i)^\s*(?:-|–|to|or)\s*$")
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_LIST_GAP = re.compile(
    r"(?i)^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|,?\s+plus|,?\s+along\s+with)(?:\s+(?:his|her|their))?\s*$"
)
_INCLUDING_GAP = re.compile(
    r"(?i)^\s*[,;(]?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+dead"
    r"|among\s+those)\s*$"
)
_WITH_BOMBER = re.compile(
    r"(?i)\s*,?\s*(?P<inc>including\s+(?:the|a|one|two)\s+(?:suicide\s+)?(?:bombers?|attackers?"
    r"|gunm[ae]n|assailants?))"
)
_BODIES = re.compile(r"(?i)\b(?:bodies|corpses)\b")
_HIMSELF = re.compile(r"(?i)\bkill(?:ing|ed)\s+himself\b")
_DEFINITE = re.compile(
    r"(?i)\b(?P<det>the|all(?:\s+(?:of\s+)?the)?|both(?:\s+of\s+the)?|all\s+(?:\w+\s+)?)\s*(?:(?:suicide"
    r"|other|remaining"
    r"|\w+)\s+)?(?:attackers|assailants|gunmen|militants|insurgents|bombers|terrorists|raiders)\s+(?:were"
    r"|had\s+been"
    r"|have\s+been|was)\s+(?:all\s+|later\s+|also\s+|eventually\s+|subsequently\s+)?(?:killed|shot\s+dead"
    r"|gunned\s+down"
    r"|neutrali[sz]ed|eliminated|dead)\b"
)
_ATTACKERS = re.compile(
    rf"(?i)\b(?:a\s+total\s+of\s+)?(?P<n>{NUMBER})\s+(?:\w+\s+)?(?:attackers|assailants|gunmen|militants"
    rf"|insurgents"
    r"|suicide\s+bombers|bombers|terrorists|raiders)\s+(?:\w+\s+)?(?:attacked|stormed|launched|opened"
    r"|took\s+part"
    r"|entered|raided|ambushed|were\s+involved|carried\s+out|arrived|struck|participated|armed|wearing|riding"
    r"|stormed|forced|broke|attempted|tried)\b"
)

_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        PERPETRATORS,
        re.compile(
            r"(?i)\b(?:militants?|insurgents?|attackers?|assailants?|gunm[ae]n|fighters?|rebels?|terrorists?"
            r"|bombers?"
            r"|jihadists?|mujahideen|mujahids?|extremists?|kidnappers?|bandits?|raiders?|Taliban|Shabaab"
            r"|Shabab"
            r"|Boko\s+Haram|IS|ISIS|Daesh|ISWAP|TTP|insurgency)\b"
        ),
    ),
    (
        "children",
        re.compile(
            r"(?i)\b(?:child|children|boys?|girls?|kids|minors?|infants?|babies|baby|toddlers?"
            r"|schoolchildren|teenagers?)\b"
        ),
    ),
    (
        "journalists",
        re.compile(r"(?i)\b(?:journalists?|reporters?|cameram[ae]n|photographers?|media\s+workers?)\b"),
    ),
    ("security_forces", re.compile(r"(?i)\bintelligence\b")),
    (
        "police",
        re.compile(
            r"(?i)\b(?:police|policem[ae]n|policewom[ae]n|officers?|constables?|cops?|patrolm[ae]n)\b"
        ),
    ),
    (
        "security_forces",
        re.compile(
            r"(?i)\b(?:soldiers?|troops|servicem[ae]n|army|security|personnel|guards?|commandos?|militias?"
            r"|militiam[ae]n|peacekeepers?|paramilitar\w+|forces|jawans|sepoys|levies|marines|recruits"
            r"|cadets)\b"
        ),
    ),
    (
        "officials",
        re.compile(
            r"(?i)\b(?:officials?|governors?|lawmakers?|MPs?|judges?|ministers?|mayors?"
            r"|district\s+chiefs?|councillors?|councilors?)\b"
        ),
    ),
    (
        "civilians",
        re.compile(
            r"(?i)\b(?:civilians?|wom[ae]n|villagers?|residents?|passengers?|worshipp?ers?|students?"
            r"|farmers?|shoppers?"
            r"|pilgrims?|mourners?|fishermen|m[ae]n|traders?|teachers?|doctors?|aid\s+workers?|workers?"
            r"|labou?rers?"
            r"|miners?|drivers?|herders?|bystanders?|guests?|elders?|family|families|relatives|clerics?"
            r"|nurses?"
            r"|worshippers|teenagers?|shepherds?|passers-by|passer-by|locals|contractors?|employees?"
            r"|engineers?|staff"
            r"|staffers?|vendors?|shopkeepers?|tailors?|sons?|daughters?|brothers?|sisters?|wives|wife"
            r"|husbands?"
            r"|bodyguards?|nephews?|cousins?|fathers?|mothers?|villagers)\b"
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class FigureHit:
    """A casualty figure: kind, count, qualifier, whom it counts, and the span it was read from."""

    figure: FigureKind
    count: int
    qualifier: Qualifier
    group: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class AttackerHit:
    """Attackers counted or said to have died; `count` None for "the attackers were killed"."""

    count: int | None
    dead: bool
    start: int
    end: int


@dataclass(slots=True)
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


_GENERIC_FIGHTERS = re.compile(r"(?i)^(?:fighters|members|militiamen|gunmen)$")
_ATTACKER_SUBJECT = re.compile(
    r"(?i)\b(?:militants|insurgents|jihadists|Islamic\s+State|IS|ISIS|Taliban|Shabaa?b|Boko\s+Haram|ISWAP"
    r"|attackers"
    r"|gunmen|bandits)\b"
)
_STATE_ALLIED = re.compile(
    r"(?i)\b(?:SDF|YPG|Peshmerga|PMF|Popular\s+Mobili[sz]ation|Hashd|Syrian\s+Democratic\s+Forces"
    r"|pro-government"
    r"|government|AU|AMISOM|ATMIS|army|police)\b"
)
_FORMER = re.compile(r"(?i)\b(?:former|ex-|retired)\b")


def group_of(head: str) -> str:
    """The group a count phrase's words name: perpetrators, police, civilians...; "victims" when none."""
    if _FORMER.search(head):
        return "civilians"
    if _STATE_ALLIED.search(head) and not re.search(r"(?i)\b(?:Taliban|Shabaa?b|Boko|IS|ISIS|ISWAP)\b", head):
        return "police" if re.search(r"(?i)\bpolice", head) else "security_forces"
    for name, pattern in _GROUPS:
        if pattern.search(head):
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


def _phrases(text: str, start: int, end: int) -> list[_Phrase]:
    phrases: list[_Phrase] = []
    for match in _NP.finditer(text, start, end):
        raw = match.group("n").lower()
        parsed = (1, False) if raw in ("his", "her") else parse_count(match.group("n"))
        if parsed is None:
            continue
        count, vague = parsed
        pos = match.end()
        words: list[str] = []
        while len(words) < 7:
            token = _TOKEN.match(text, pos, end)
            if token is None:
                break
            word = token.group(1)
            low = word.lower()
            if low in ("and", "or"):
                following = _TOKEN.match(text, token.end(), end)
                if (
                    following is None
                    or _NP.match(text, following.start(1), end)
                    or _VERB.match(text, following.start(1), end)
                ):
                    break
            elif (
                (low in _STOP and not (low in _OF_OK and words)) or (low.endswith("ly") and len(low) > 4)
            ) and not (low == "the" and words and words[-1].lower() == "of"):
                break
            words.append(word)
            pos = token.end()
        while words and words[-1].lower() in ("of", "the", "and"):
            words.pop()
        head = " ".join(words)
        first = words[0].lower() if words else ""
        if raw in ("a", "an", "his", "her") and not any(w.lower() in _SINGULAR for w in words[:3]):
            continue
        if first in _NON_PERSON or first.rstrip("s") in ("vehicle", "house", "car"):
            continue
        head_end = match.end() + len(text[match.end() : pos]) if words else match.end()
        qualifier: Qualifier = "vague" if vague else parse_qualifier(match.group("q"))
        phrases.append(
            _Phrase(match.start(), head_end, count, qualifier, head, first in ("others", "more", "other"))
        )
    return _ranges(text, phrases)


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
    for verb in verbs:
        if verb.start() < phrase.end:
            continue
        gap = text[phrase.end : verb.start()]
        if len(gap) > 90 or not _GAP_PASSIVE.match(gap):
            break
        word = verb.group().lower()
        if word in _ACTIVE_ONLY or verb.lastgroup == "toll":
            break
        if (
            verb.lastgroup in ("k", "w", "kw")
            and _AFTER_ACTIVE_VERB.match(text, verb.end(), hi)
            and not gap.strip()
        ):
            break
        phrase.figure, phrase.verb_start, phrase.verb_end = _figure(verb), verb.start(), verb.end()
        return
    for verb in reversed(verbs):
        if verb.end() > phrase.start:
            continue
        gap = text[verb.end() : phrase.start]
        pattern = _GAP_TOLL if verb.lastgroup == "toll" else _GAP_ACTIVE
        if not pattern.match(gap):
            break
        if verb.lastgroup == "hos":
            break
        phrase.figure, phrase.verb_start, phrase.verb_end = _figure(verb), verb.start(), verb.end()
        phrase.active = True
        return


def find_figures(text: str, start: int, end: int) -> list[FigureHit]:
    """Casualty figures in text[start:end] (one sentence), in order."""
    verbs = list(_VERB.finditer(text, start, end))
    if not verbs and _BODIES.search(text, start, end) is None:
        return []
    phrases = _phrases(text, start, end)
    for phrase in phrases:
        _link(text, phrase, verbs, start, end)
        if phrase.head.lower().startswith(("bodies", "corpses", "dead bodies")):
            phrase.figure = "killed"
            if phrase.verb_start < 0:
                phrase.verb_start, phrase.verb_end = phrase.start, phrase.end
    for i, phrase in enumerate(phrases):
        if i and _INCLUDING_GAP.match(text[phrases[i - 1].end : phrase.start]) and phrases[i - 1].figure:
            phrase.breakdown = True
            if phrase.figure is None:
                phrase.figure = phrases[i - 1].figure
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
        ):
            phrase.figure, phrase.active = before.figure, True
            phrase.verb_start, phrase.verb_end = before.verb_start, before.verb_end
    hits: list[FigureHit] = []
    previous_group = "victims"
    parent_group = "victims"
    for phrase in phrases:
        if phrase.figure is None:
            continue
        named = group_of(phrase.head)
        if (
            named == PERPETRATORS
            and phrase.active
            and _GENERIC_FIGHTERS.match(phrase.head)
            and _ATTACKER_SUBJECT.search(text, start, phrase.verb_start)
        ):
            named = "security_forces"
        group = previous_group if phrase.others and named == "victims" else named
        count = phrase.count
        if phrase.breakdown:
            group = f"{parent_group}/{group}"
        else:
            parent_group = group
            previous_group = group
            bomber = _WITH_BOMBER.match(text, phrase.end, end)
            if bomber is not None and group != PERPETRATORS and count > 1:
                count -= 1
                hits.append(
                    FigureHit(phrase.figure, 1, "exact", PERPETRATORS, bomber.start("inc"), bomber.end())
                )
        lo = phrase.start if phrase.verb_start < 0 else min(phrase.start, phrase.verb_start)
        hi = max(phrase.end, phrase.verb_end)
        hits.append(FigureHit(phrase.figure, count, phrase.qualifier, group, lo, hi))
    himself = _HIMSELF.search(text, start, end)
    if himself is not None:
        hits.append(FigureHit("killed", 1, "exact", PERPETRATORS, himself.start(), himself.end()))
    hits.sort(key=lambda h: h.start)
    return hits


def has_casualty_word(text: str, start: int, end: int) -> bool:
    """True when text[start:end] speaks of deaths or injuries."""
    return _VERB.search(text, start, end) is not None


def find_attackers(text: str, start: int, end: int) -> list[AttackerHit]:
    """How many attackers took part ("two gunmen attacked") and mentions of their deaths without a count."""
    hits: list[AttackerHit] = []
    for match in _ATTACKERS.finditer(text, start, end):
        parsed = parse_count(match.group("n"))
        if parsed is not None and not parsed[1]:
            hits.append(AttackerHit(parsed[0], False, match.start(), match.end()))
    for match in _DEFINITE.finditer(text, start, end):
        det = match.group("det").lower()
        hits.append(AttackerHit(2 if det.startswith("both") else None, True, match.start(), match.end()))
    return hits
