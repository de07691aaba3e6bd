"""argparse's own texts in Dutch, so the command line speaks one language.

Rules:
- The command line is Dutch, like its help texts and messages: argparse's usage line, section
  titles and error messages ("usage:", "invalid choice", "the following arguments are
  required") are translated here, from one table, `MESSAGES`.
- argparse looks its texts up through the names `_` and `ngettext` it imported from `gettext`
  and offers no other hook; a gettext catalogue would follow the user's LANG and not our
  choice. `use_dutch()` therefore binds those two names in the argparse module to the table,
  once, before a parser is built. A text missing from the table stays as argparse wrote it.
- `tests/cli/test_cli_language.py` reads the installed argparse's texts and fails when one is
  not in the table, so a newer Python with new messages is noticed.
"""

from __future__ import annotations

import argparse

MESSAGES: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "subcommands": "commando's",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r?": (
        "ongeldige keuze: %(value)r, bedoelt u %(closest)r?"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "one of the arguments %s is required": "een van deze argumenten is verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected %s argument": "verwacht %s waarde",
    "expected %s arguments": "verwacht %s waarden",
    "not allowed with argument %s": "niet toegestaan samen met %s",
    "ignored explicit argument %r": "waarde %r genegeerd",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: past bij %(matches)s"
    ),
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekend commando %(parser_name)r (keuzes: %(choices)s)"
    ),
    "option '%(option)s' is deprecated": "optie '%(option)s' vervalt",
    "command '%(parser_name)s' is deprecated": "commando '%(parser_name)s' vervalt",
    "argument '%(argument_name)s' is deprecated": "argument '%(argument_name)s' vervalt",
    # Raised only by mistakes in our own parser definitions, never by a user's input; in
    # Dutch all the same so that the table is complete.
    "%r is not callable": "%r is geen functie",
    "'required' is an invalid argument for positionals": (
        "'required' kan niet bij een positioneel argument"
    ),
    ".__call__() not defined": ".__call__() ontbreekt",
    'argument "-" with mode %r': 'argument "-" met modus %r',
    "cannot have multiple subparser arguments": "maar één groep commando's toegestaan",
    "cannot merge actions - two groups are named %r": (
        "kan niet samenvoegen: twee groepen heten %r"
    ),
    "conflicting subparser alias: %s": "dubbele commandonaam: %s",
    "conflicting subparser: %s": "dubbel commando: %s",
    "dest= is required for options like %r": "dest= is verplicht voor opties als %r",
    "invalid conflict_resolution value: %r": "ongeldige conflict_resolution: %r",
    "mutually exclusive arguments must be optional": (
        "elkaar uitsluitende argumenten moeten optioneel zijn"
    ),
    "conflicting option string: %s": "dubbele optie: %s",
    "conflicting option strings: %s": "dubbele opties: %s",
}


def dutch(message: str) -> str:
    """argparse's `_`: the Dutch text, or argparse's own when the table lacks it."""
    return MESSAGES.get(message, message)


def dutch_plural(singular: str, plural: str, n: int) -> str:
    """argparse's `ngettext`."""
    return dutch(singular if n == 1 else plural)


def use_dutch() -> None:
    """Bind argparse's text lookup to the table (idempotent)."""
    argparse._ = dutch  # type: ignore[attr-defined]
    argparse.ngettext = dutch_plural  # type: ignore[attr-defined]
