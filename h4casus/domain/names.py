"""Dutch names as a Dutch reader sorts and finds them.

Rules:
- `fold` is the one normalisation for comparing names and streets: lowercase, accents
  removed, whitespace collapsed ('Öztürk ' -> 'ozturk'), so Öztürk sorts with O, not after Z;
  letters without a separable accent read as their plain letter ('Yılmaz' -> 'yilmaz').
- A family name sorts on its main part: the tussenvoegsel (van, de, van der, 't ...) comes
  after it, as in a Dutch telephone book ("de Vries" sorts as "vries de"). A tussenvoegsel
  typed into the family name itself ("van Dijk" without a separate prefix) is treated the
  same way.
"""

from __future__ import annotations

import unicodedata

TUSSENVOEGSELS = frozenset(
    {"van", "de", "der", "den", "het", "ter", "te", "ten", "in", "'t", "t", "op", "aan", "la", "le"}
)


# Letters that carry no separable accent but are read as a plain Latin letter (Yılmaz is
# typed "yilmaz", Søren "soren"); casefold already makes ß "ss".
_PLAIN = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d"})


def fold(value: str | None) -> str:
    """Lowercase, accents removed, whitespace collapsed: 'Öztürk ' -> 'ozturk',
    'Yılmaz' -> 'yilmaz'."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value.casefold().translate(_PLAIN))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def sort_key(prefix: str | None, family_name: str | None) -> str:
    """The key a household list sorts a family name on: 'de', 'Vries' -> 'vries de'."""
    words = fold(family_name).split(" ")
    leading: list[str] = []
    while len(words) > 1 and words[0] in TUSSENVOEGSELS:
        leading.append(words.pop(0))
    main = " ".join(words)
    rest = " ".join(w for w in (fold(prefix), " ".join(leading)) if w)
    return f"{main} {rest}".strip()
