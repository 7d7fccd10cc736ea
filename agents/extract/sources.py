"""Who gives a figure: officials, a group's claim, medical staff, witnesses, or nobody named.

Speakers are found around speech verbs ("X said", "said X", "according to X", "X put the death toll at") and
classified by their words; a person first introduced with a role ("police chief Ramazan Ali Mohsini") keeps
that role when named alone later ("Mohsini put the death toll at 13"), "he/she" is the previous speaker, and a
quoted sentence without its own speaker continues the previous one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Final

from agents.extract.actors import QUASI_STATE, find_groups, governs
from agents.extract.lexicon import Triggers
from streams.records import ReportKind

__all__ = ["TRIGGERS", "Attribution", "Speakers"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


_SAY: Final = re.compile(
    r"(?i)\b(?:(?P<acc>according\s+to)|(?P<verb>said|says|say|told|tells|added|adds|confirmed|confirms|stated"
    r"|reported|claimed(?!\s+by)|claims|claiming|claim(?=\s+(?:to|that|they|it)\s)|announced|noted|explained|mentioned|admitted|insisted"
    r"|stressed|wrote|tweeted"
    r"|warned|estimated|saying|quoted|(?:put|gave|raised|revised|updated|lowered|increased)\s+(?:the|an?)\s+"
    r"(?:(?:lower|higher|revised|new|different|updated|final|preliminary|initial|separate)\s+)?"
    r"(?:death\s+|casualty\s+)?(?:toll|figure|tally|number\s+of\s+(?:dead|deaths))))\b",
    re.ASCII,
)
#: Trigger words, by category.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "say": (
        "according to",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "confirmed",
        "confirms",
        "stated",
        "reported",
        "claimed",
        "claims",
        "claiming",
        "claim to",
        "claim that",
        "claim they",
        "claim it",
        "announced",
        "noted",
        "explained",
        "mentioned",
        "admitted",
        "insisted",
        "wrote",
        "tweeted",
        "stressed",
        "warned",
        "estimated",
        "saying",
        "quoted",
        "put the",
        "gave the",
        "gave a",
        "gave an",
        "put a",
        "raised the",
        "revised the",
        "updated the",
        "lowered the",
        "increased the",
    ),
    "kw_claim": (
        "militant*",
        "insurgent*",
        "the group",
        "jihadist*",
        "rebel*",
        "mujahideen",
        "amaq",
        "andalus",
        "calamada",
        "somalimemo",
        "zabihullah",
        "mujahid",
        "yousuf ahmadi",
        "ehsanullah ehsan",
        "khurasani",
        "abu musab",
        "the extremists",
        "the attackers",
        "their statement",
    ),
    "kw_medical": (
        "hospital*",
        "doctor*",
        "medic*",
        "ambulance*",
        "health",
        "red crescent",
        "red cross",
        "icrc",
        "msf",
        "médecins",
        "medecins",
        "emergency",
        "nurse*",
        "paramedic*",
        "morgue",
        "clinic*",
        "surgeon*",
    ),
    "kw_official": (
        "police",
        "spokes*",
        "official*",
        "governor*",
        "ministry",
        "minister*",
        "army",
        "military",
        "commander*",
        "chief*",
        "authorities",
        "security source*",
        "security official*",
        "security forces",
        "district*",
        "provincial",
        "council*",
        "mayor*",
        "government*",
        "officer*",
        "ispr",
        "pentagon",
        "coalition",
        "interior",
        "defence",
        "defense",
        "president*",
        "presidency",
        "palace",
        "administrator*",
        "director*",
        "amisom",
        "atmis",
        "nema",
        "sema",
        "intelligence",
        "nds",
        "forces",
        "troops",
        "statement from",
        "observatory",
        "war monitor*",
        "deputy",
        "head of",
        "lawmaker*",
        "mp",
        "mps",
        "legislator*",
        "senator*",
        "agency for",
        "commissioner*",
        "sources",
        "department*",
        "envoy*",
        "embassy",
        "united nations",
        "un",
        "mission*",
        "prefect*",
        "administration*",
        "pmf",
        "popular mobilisation",
        "popular mobilization",
        "syrian democratic forces",
        "sdf",
        "peshmerga",
        "rescue*",
        "civil defence",
        "civil defense",
        "white helmets",
        "state media",
        "state news",
        "state-run",
        "state television",
        "state tv",
        "military source*",
    ),
    "kw_witness": (
        "witness*",
        "eyewitness*",
        "resident*",
        "villager*",
        "local",
        "locals",
        "elder*",
        "survivor*",
        "shopkeeper*",
        "relative*",
        "passer-by",
        "passers-by",
        "neighbour*",
        "neighbor*",
        "man who",
        "woman who",
        "community leader*",
        "community member*",
        "community source*",
        "community head*",
        "traditional ruler*",
        "youth leader*",
        "village head*",
        "tribal leader*",
        "religious leader*",
    ),
}
_KINDS: Final[tuple[tuple[str, ReportKind], ...]] = (
    ("kw_medical", "medical"),
    ("kw_official", "official"),
    ("kw_witness", "witness"),
)
#: Official-sounding words that are part of a place name ("Zangon Kataf Local Government Area").
_PLACE_NAME_WORDS: Final = ("government area",)
_PRONOUN: Final = re.compile(
    r"(?i)^(?:he|she|they|it|the\s+(?:spokes(?:man|woman|person)|official|governor|chief|source))\b", re.ASCII
)
_NAME: Final = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Za-z]+)?\b", re.ASCII)
_ROLE_WORDS: Final = _words(
    "The A An He She They It Police Spokesman Spokeswoman Provincial District Deputy Governor Minister "
    "Interior Ministry Chief Head Local General Colonel Major Captain Lieutenant Commander President Mr Mrs "
    "Dr Officials Afghan Taliban Islamic State According Security Army Military Meanwhile But And In On Our "
    "We No There This That Local Officials Two Three"
)
#: A clause break: a comma, semicolon or quote mark, or a dash with a space each side (see `_segments`).
_CLAUSE_MARK: Final = re.compile(r"[,;“”\"‘’–—-]", re.ASCII)
_DASHES: Final = frozenset("–—-")
_BLANKS: Final = frozenset(" \t\n\r\x0b\x0c")
_STRIP: Final = " \t\n,;:.\"'“”‘’()—–-"
#: "..., which the Islamic State claimed": a relative clause claiming the attack, not giving figures.
_CLAIMED_WHICH: Final = re.compile(r"(?i)\b(?:which|that)\s+(?:the\s+)?[\w'’ -]{1,40}$", re.ASCII)
#: A short noun phrase led by an article: "a militia leader", "an aid worker", "the victim's brother".
_SPEAKER_NP: Final = re.compile(r"(?i)(?:an?|the|one)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}$", re.ASCII)
_QUOTE_OPEN: Final = re.compile(r"""\s*["“‘']""", re.ASCII)
#: "was reported", "no casualties reported": a verb of saying with no speaker.
_PASSIVE: Final = re.compile(
    r"(?i)\b(?:be|been|being|was|were|is|are|not|casualties|injuries|deaths|fatalities|losses|damage)"
    r"\s+(?:\w+ly\s+)?$",
    re.ASCII,
)
_COORDINATED: Final = re.compile(r"(?i)\b(?:and|but|while|also)\s*$", re.ASCII)
_INVERTED_OK: Final = re.compile(
    r"(?i)^(?:[A-Z]|(?:the|a|an|police|provincial|district|local|security|officials|spokes\w+|hospital"
    r"|doctors?"
    r"|witness\w*|residents|military|army|deputy|senior|interior|defence|defense|health)\b)",
    re.ASCII,
)
_INVERTED_BAD: Final = re.compile(
    r"(?i)^(?:he|she|they|it|we|i)\b|\b(?:was|were|have|has|had|is|are|been|will|would|held)\b", re.ASCII
)


@dataclass(init=False, slots=True)
class Attribution:
    """A speaker in a sentence: the kind of source, who (as written), and the speech verb's position."""

    kind: ReportKind
    source: str | None
    at: int

    def __init__(self, kind: ReportKind, source: str | None, at: int) -> None:
        """Written out so that mypyc compiles it (a dataclass-made __init__ stays interpreted)."""
        self.kind = kind
        self.source = source
        self.at = at


def _tidy(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span with _STRIP characters trimmed from both ends, at most 100 characters long."""
    if lo >= hi:
        return lo, min(hi, lo + 100)
    piece = text[lo:hi]
    kept = piece.lstrip(_STRIP)
    lo += len(piece) - len(kept)
    hi = lo + len(kept.rstrip(_STRIP))
    return lo, hi if hi < lo + 100 else lo + 100


def _segments(text: str, lo: int, hi: int, most: int = -1) -> list[tuple[int, int]]:
    """Clause spans of text[lo:hi], in text order (only the first `most` when given)."""
    spans: list[tuple[int, int]] = []
    start = lo
    for match in _CLAUSE_MARK.finditer(text, lo, hi):
        cut = match.start()
        resume = cut + 1
        if text[cut] in _DASHES:
            if cut - 1 < start or resume >= hi or text[cut - 1] not in _BLANKS or text[resume] not in _BLANKS:
                continue
            cut, resume = cut - 1, resume + 1
        if len(spans) + 1 == most:
            return [*spans, (start, cut)]
        spans.append((start, cut))
        start = resume
    spans.append((start, hi))
    return spans


@dataclass(slots=True)
class Speakers:
    """Speaker memory across the sentences of one article."""

    names: dict[str, tuple[ReportKind, str]] = field(default_factory=dict)
    last: Attribution | None = None

    def _kind_of(self, text: str, triggers: Triggers, lo: int, hi: int) -> ReportKind | None:
        for pos, _ in triggers.at("kw_claim", lo, hi):
            if not triggers.low.endswith(("anti-", "counter-"), 0, pos):
                return "claim"
        if (triggers.has("group", lo, hi) or triggers.has("acronym", lo, hi)) and any(
            not g.state and g.name not in QUASI_STATE and not governs(text, g)
            for g in find_groups(text, lo, hi, triggers)
        ):
            return "claim"
        starts = triggers.starts
        for category, kind in _KINDS:
            # `triggers.has` written out: three checks for every clause looked at.
            found = starts.get(category)
            if not found:
                continue
            i = bisect_left(found, lo)
            if i == len(found) or found[i] >= hi:
                continue
            low = triggers.low
            if category != "kw_official" or any(
                not low.startswith(_PLACE_NAME_WORDS, pos) for pos, _ in triggers.at(category, lo, hi)
            ):
                return kind
        return None

    def _register(self, phrase: str, kind: ReportKind, source: str) -> None:
        for match in _NAME.finditer(phrase):
            word = match.group()
            if word not in _ROLE_WORDS and len(word) > 2:
                self.names.setdefault(word, (kind, source))

    def _named(self, phrase: str) -> tuple[ReportKind, str] | None:
        words = [m.group() for m in _NAME.finditer(phrase)]
        if not words or len(phrase.split()) > 4:
            return None
        for word in words:
            if word in self.names:
                return self.names[word]
        return None

    def _classify(
        self, text: str, triggers: Triggers, spans: list[tuple[int, int]]
    ) -> tuple[ReportKind, str] | None:
        """The first span (nearest the verb first) that names a kind of source."""
        tidied: list[tuple[int, int]] = []  # filled as the loop goes: it usually stops at the first span
        for index, (raw_lo, raw_hi) in enumerate(spans):
            lo, hi = _tidy(text, raw_lo, raw_hi)
            tidied.append((lo, hi))
            if lo >= hi:
                continue
            phrase = text[lo:hi]
            kind = self._kind_of(text, triggers, lo, hi)
            if kind is not None:
                nearer = [text[a:b] for a, b in tidied[:index] if a < b]
                names = [n for n in nearer if all(w[:1].isupper() for w in n.split())]
                source = ", ".join([phrase, *names]) if names and len(names) == len(nearer) else phrase
                self._register(" ".join([phrase, *nearer]), kind, source)
                return kind, source
            named = self._named(phrase)
            if named is not None:
                return named[0], phrase
            if _PRONOUN.match(phrase) and self.last is not None:
                return self.last.kind, self.last.source or phrase
        return None

    def _speaker(
        self,
        text: str,
        triggers: Triggers,
        match: re.Match[str],
        start: int,
        end: int,
        found: list[Attribution],
    ) -> tuple[ReportKind, str | None] | None:
        if match.group("acc"):
            spans = _segments(text, match.end(), min(end, match.end() + 160), 2)
            chosen = [spans[0]] + (
                [spans[1]] if len(spans) > 1 and len(text[slice(*spans[1])].split()) <= 8 else []
            )
            result = self._classify(text, triggers, chosen)
            lo, hi = _tidy(text, *spans[0])
            if result is None and lo < hi:
                return "unattributed", text[lo:hi]
            return result
        head_lo = max(start, match.start() - 150)
        if _PASSIVE.search(text, max(head_lo, match.start() - 30), match.start()):
            return None
        if text.startswith("claim", match.start("verb")) and _CLAIMED_WHICH.search(
            text, max(head_lo, match.start() - 50), match.start()
        ):
            return None  # "(4 killed, 15 wounded), which the Islamic State claimed": the attack is claimed
        if found and _COORDINATED.search(text, max(head_lo, match.start() - 12), match.start()):
            return found[-1].kind, found[-1].source
        tail = _segments(text, match.end(), min(end, match.end() + 120), 1)[0]
        head = text[head_lo : match.start()].rstrip()
        inverted = not head or head[-1] in ",\"”’'"
        lo, hi = _tidy(text, *tail)
        phrase = text[lo:hi]
        if (
            inverted
            and phrase
            and len(phrase.split()) <= 10
            and _INVERTED_OK.match(phrase)
            and not (_INVERTED_BAD.search(phrase))
        ):
            result = self._classify(text, triggers, [tail])
            if result is not None:
                return result
        before = [s for s in reversed(_segments(text, head_lo, match.start())) if text[slice(*s)].strip()][:3]
        speaker_np = bool(before) and _SPEAKER_NP.match(text, *_tidy(text, *before[0])) is not None
        if speaker_np:
            # ", a militia leader said": the noun phrase before the verb is the speaker; no earlier clause is
            before = before[:1]
        result = self._classify(text, triggers, before)
        if result is None and speaker_np:
            lo, hi = _tidy(text, *before[0])
            return "unattributed", text[lo:hi]
        if result is None and before:
            lo, hi = _tidy(text, *before[0])
            nearest = text[lo:hi]
            if len(nearest.split()) <= 4 and any(
                m.group() not in _ROLE_WORDS for m in _NAME.finditer(nearest)
            ):
                return "unattributed", nearest
        return result

    def attribute(
        self, text: str, start: int, end: int, triggers: Triggers | None = None
    ) -> list[Attribution]:
        """The speakers of text[start:end] (one sentence), in order; remembers them for later sentences."""
        if triggers is None:
            from agents.extract.keywords import scan

            triggers = scan(text)
        found: list[Attribution] = []
        reached = start
        for pos, _ in triggers.at("say", start, end):
            if pos < reached:
                continue
            match = _SAY.match(text, pos, end)
            if match is None:
                continue
            reached = match.end()
            result = self._speaker(text, triggers, match, start, end, found)
            if result is not None:
                found.append(Attribution(result[0], result[1], match.start()))
        if not found and _QUOTE_OPEN.match(text, start, end):
            found = self.carry(start)
        if found:
            self.last = found[-1]
        return found

    def carry(self, at: int) -> list[Attribution]:
        """The last speaker again, for a sentence inside a quotation that began before it."""
        if self.last is None:
            return []
        return [Attribution(self.last.kind, self.last.source, at)]

    @staticmethod
    def pick(speakers: list[Attribution], at: int) -> Attribution | None:
        """The speaker whose verb is nearest a figure at `at`."""
        if not speakers:
            return None
        return min(speakers, key=lambda s: abs(s.at - at))
