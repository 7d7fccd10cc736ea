"""Name normalisation: folding for lookups and spelling variants for matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Final

__all__ = ["TOKEN_RE", "ascii_fold", "fold", "fold_token", "tokens", "variants"]

TOKEN_RE: Final = re.compile(r"[^\W\d_]+")

_SPECIAL: Final = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ʿ": "",
        "ʾ": "",
        "ʼ": "'",
        "‘": "'",
        "’": "'",
        "`": "'",
        "´": "'",
    }
)


def ascii_fold(text: str) -> str:
    """Drop diacritics and map special letters to plain ones ("Herāt" -> "Herat"); case is kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_token(token: str) -> str:
    """The lookup key of one word: ASCII, case-folded."""
    return (token if token.isascii() else ascii_fold(token)).casefold()


def tokens(name: str) -> tuple[str, ...]:
    """The words of a name, ASCII-folded (apostrophes, hyphens and spaces separate words)."""
    return tuple(TOKEN_RE.findall(ascii_fold(name)))


def fold(name: str) -> str:
    """The lookup key of a whole name: its folded words joined by single spaces."""
    return " ".join(TOKEN_RE.findall(ascii_fold(name))).casefold()


_EZAFE: Final = re.compile(r"(?<=[^\W\d_])(?:-[ei]-| [ei]-|-[ei] | [ei] )(?=[^\W\d_])")
_ARTICLE: Final = re.compile(r"^(?:[Aa][lrnstdz]|[Ee]l|[Aa]sh)[- ](?=[A-Z])")


def _ezafe_forms(name: str) -> Iterator[str]:
    """Persian linking vowel written every way: "Mazar-i-Sharif", "Mazar-e Sharif", "Mazari Sharif"."""
    match = _EZAFE.search(name)
    if match is None:
        return
    head, tail = name[: match.start()], name[match.end() :]
    for vowel in ("e", "i"):
        yield f"{head}-{vowel}-{tail}"
        yield f"{head}-{vowel} {tail}"
        yield f"{head}{vowel} {tail}"


def variants(names: Iterable[str]) -> list[str]:
    """Spellings to match for a list of authored names: the names, ezafe forms, and without "al-"."""
    seen: dict[str, None] = {}
    for name in names:
        name = name.strip()
        if not name:
            continue
        forms = [name, *list(_ezafe_forms(name))]
        for form in list(forms):
            bare = _ARTICLE.sub("", form)
            if bare != form and len(bare) > 3:
                forms.append(bare)
        for form in forms:
            seen.setdefault(form, None)
    return list(seen)
