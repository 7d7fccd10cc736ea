"""Who gives a figure: officials, a group's claim, medical staff, witnesses, or nobody named.

Speakers are found around speech verbs ("X said", "said X", "according to X", "X put the death toll at") and
classified by their words; a person first introduced with a role ("police chief Ramazan Ali Mohsini") keeps
that role when named alone later ("Mohsini put the death toll at 13"), "he/she" is the previous speaker, and a
quoted sentence without its own speaker continues the previous one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.extract.actors import QUASI_STATE, find_groups
from streams.records import ReportKind

__all__ = ["Attribution", "Speakers"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


_SAY = re.compile(
    r"(?i)\b(?:(?P<acc>according\s+to)|(?P<verb>said|says|say|told|tells|added|adds|confirmed|confirms|stated"
    r"|reported|claimed(?!\s+by)|claims|claiming|announced|noted|explained|mentioned|admitted|insisted"
    r"|stressed|warned"
    r"|estimated|saying|quoted|(?:put|gave|raised|revised|updated|lowered|increased)\s+the\s+(?:death\s+"
    r"|casualty\s+)?"
    r"(?:toll|number\s+of\s+(?:dead|deaths))))\b"
)
_CLAIM_KW = re.compile(
    r"(?i)(?<!anti-)(?<!counter-)\b(?:militants?|insurgents?|the\s+group|jihadists?|rebels?|mujahideen|Amaq"
    r"|Zabihullah|Mujahid|Yousuf"
    r"\s+Ahmadi|Ehsanullah\s+Ehsan|Khurasani|Abu\s+Musab|the\s+extremists|the\s+attackers"
    r"|their\s+statement)\b"
)
_MEDICAL_KW = re.compile(
    r"(?i)\b(?:hospitals?|doctors?|medics?|medical|ambulance|health|Red\s+Crescent|Red\s+Cross|ICRC|MSF"
    r"|M[ée]decins|Emergency|nurses?|paramedics?|morgue|clinic|surgeon)\b"
)
_OFFICIAL_KW = re.compile(
    r"(?i)\b(?:police|spokes(?:man|woman|person)|officials?|governor|ministry|minister|army|military"
    r"|commander"
    r"|chief|authorities|security\s+(?:sources?|officials?|forces)|district|provincial|council|mayor"
    r"|government"
    r"|officers?|ISPR|Pentagon|coalition|interior|defen[cs]e|president|presidency|palace|administrator"
    r"|director"
    r"|AMISOM|ATMIS|NEMA|SEMA|intelligence|NDS|forces|troops|statement\s+from|deputy|head\s+of|lawmaker|MP"
    r"|legislator|senator|agency\s+for|emergency\s+management|commissioner|sources|Department|envoy|embassy"
    r"|United\s+Nations|UN|mission|spokesperson|prefect|ministry's|administration|PMF"
    r"|Popular\s+Mobili[sz]ation"
    r"|Syrian\s+Democratic\s+Forces|SDF|Peshmerga|ISPR|rescue|civil\s+defen[cs]e|White\s+Helmets"
    r"|state\s+media)\b"
)
_WITNESS_KW = re.compile(
    r"(?i)\b(?:witness(?:es)?|eyewitness(?:es)?|residents?|villagers?|locals?|elders?|survivors?|shopkeepers?"
    r"|relatives?|passers?-by|neighbou?rs?|man\s+who|woman\s+who)\b"
)
_PRONOUN = re.compile(
    r"(?i)^(?:he|she|they|it|the\s+(?:spokes(?:man|woman|person)|official|governor|chief|source))\b"
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Za-z]+)?\b")
_ROLE_WORDS = _words(
    "The A An He She They It Police Spokesman Spokeswoman Provincial District Deputy Governor Minister "
    "Interior Ministry Chief Head Local General Colonel Major Captain Lieutenant Commander President Mr "
    "Mrs Dr Officials Afghan Taliban Islamic State According Security Army Military Meanwhile But And In "
    "On Our We No There This That Local Officials Two Three"
)
_CLAUSE_SPLIT = re.compile(r"[,;“”\"‘’]|\s[–—-]\s")
_QUOTE_OPEN = re.compile(r"""\s*["“‘']""")
_PASSIVE = re.compile(r"(?i)\b(?:be|been|being|was|were|is|are|not)\s+(?:\w+ly\s+)?$")
_COORDINATED = re.compile(r"(?i)\b(?:and|but|while|also)\s*$")
_INVERTED_OK = re.compile(
    r"(?i)^(?:[A-Z]|(?:the|a|an|police|provincial|district|local|security|officials|spokes\w+|hospital"
    r"|doctors?"
    r"|witness\w*|residents|military|army|deputy|senior|interior|defence|defense|health)\b)"
)
_INVERTED_BAD = re.compile(
    r"(?i)^(?:he|she|they|it|we|i)\b|\b(?:was|were|have|has|had|is|are|been|will|would|held)\b"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker in a sentence: the kind of source, who (as written), and the speech verb's position."""

    kind: ReportKind
    source: str | None
    at: int


def _kind_of(phrase: str) -> ReportKind | None:
    groups = [h for h in find_groups(phrase, 0, len(phrase)) if not h.state and h.name not in QUASI_STATE]
    if groups or _CLAIM_KW.search(phrase):
        return "claim"
    if _MEDICAL_KW.search(phrase):
        return "medical"
    if _OFFICIAL_KW.search(phrase):
        return "official"
    if _WITNESS_KW.search(phrase):
        return "witness"
    return None


def _tidy(phrase: str) -> str:
    return phrase.strip(" \t\n,;:.\"'“”‘’()—–-")[:100]


@dataclass(slots=True)
class Speakers:
    """Speaker memory across the sentences of one article."""

    names: dict[str, tuple[ReportKind, str]] = field(default_factory=dict)
    last: Attribution | None = None

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

    def _classify(self, segments: list[str]) -> tuple[ReportKind, str] | None:
        """The first segment (nearest the verb first) that names a kind of source."""
        for segment in segments:
            phrase = _tidy(segment)
            if not phrase:
                continue
            kind = _kind_of(phrase)
            if kind is not None:
                nearer = [_tidy(s) for s in segments[: segments.index(segment)]]
                names = [n for n in nearer if n and all(w[:1].isupper() for w in n.split())]
                source = (
                    ", ".join([phrase, *names])
                    if names and len(names) == len([n for n in nearer if n])
                    else phrase
                )
                self._register(" ".join([phrase, *nearer]), kind, source)
                return kind, source
            named = self._named(phrase)
            if named is not None:
                return named[0], phrase
            if _PRONOUN.match(phrase) and self.last is not None:
                return self.last.kind, self.last.source or phrase
        return None

    def _appositive(self, text: str, pos: int, end: int) -> list[str]:
        """The speaker after "according to", with a short appositive role (", the spokesman for ...")."""
        parts = _CLAUSE_SPLIT.split(text[pos : min(end, pos + 160)])
        segments = [parts[0]]
        if len(parts) > 1 and len(parts[1].split()) <= 8:
            segments.append(parts[1])
        return segments

    def _speaker(
        self, text: str, match: re.Match[str], start: int, end: int, found: list[Attribution]
    ) -> tuple[ReportKind, str | None] | None:
        if match.group("acc"):
            segments = self._appositive(text, match.end(), end)
            result = self._classify(segments)
            if result is None and _tidy(segments[0]):
                return "unattributed", _tidy(segments[0])
            return result
        head = text[max(start, match.start() - 200) : match.start()]
        if _PASSIVE.search(head):
            return None
        if found and _COORDINATED.search(head):
            return found[-1].kind, found[-1].source
        tail = _CLAUSE_SPLIT.split(text[match.end() : min(end, match.end() + 120)])[0]
        inverted = not head.strip() or head.rstrip()[-1:] in ",\"”’'"
        phrase = _tidy(tail)
        if (
            inverted
            and phrase
            and len(phrase.split()) <= 10
            and _INVERTED_OK.match(phrase)
            and not _INVERTED_BAD.search(phrase)
        ):
            result = self._classify([tail])
            if result is not None:
                return result
        before = [s for s in reversed(_CLAUSE_SPLIT.split(head)) if s.strip()][:3]
        result = self._classify(before)
        if result is None and before and len(before[0].split()) <= 4:
            names = [m.group() for m in _NAME.finditer(before[0]) if m.group() not in _ROLE_WORDS]
            if names:
                return "unattributed", _tidy(before[0])
        return result

    def attribute(self, text: str, start: int, end: int) -> list[Attribution]:
        """The speakers of text[start:end] (one sentence), in order; remembers them for later sentences."""
        found: list[Attribution] = []
        for match in _SAY.finditer(text, start, end):
            result = self._speaker(text, match, start, end, found)
            if result is not None:
                found.append(Attribution(result[0], result[1], match.start()))
        if not found and self.last is not None and _QUOTE_OPEN.match(text, start, end):
            found.append(Attribution(self.last.kind, self.last.source, start))
        if found:
            self.last = found[-1]
        return found

    @staticmethod
    def pick(speakers: list[Attribution], at: int) -> Attribution | None:
        """The speaker whose verb is nearest a figure at `at`, claims first when equally near."""
        if not speakers:
            return None
        return min(speakers, key=lambda s: abs(s.at - at))
