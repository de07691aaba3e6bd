"""The command line speaks Dutch throughout: its own texts and argparse's (usage line, section
titles, usage errors), for every command."""

from __future__ import annotations

import argparse
import inspect
import re

import pytest

from h4casus.argparse_nl import MESSAGES
from h4casus.cli import build_parser
from h4casus.cli import main as cli_main

ENGLISH = re.compile(
    r"\b(usage|error|options|positional arguments|show this help|the following arguments"
    r"|invalid choice|choose from|required|unrecognized|expected)\b",
    re.IGNORECASE,
)


def argparse_texts() -> set[str]:
    """Every text the installed argparse looks up for a user (plus its default help texts)."""
    src = inspect.getsource(argparse)
    texts = set(re.findall(r"\b_\(\s*'((?:[^'\\]|\\.)*)'\s*\)", src))
    texts |= set(re.findall(r'\b_\(\s*"((?:[^"\\]|\\.)*)"\s*\)', src))
    for single, plural in re.findall(r"ngettext\(\s*'([^']*)',\s*'([^']*)'", src):
        texts |= {single, plural}
    texts = {t.encode().decode("unicode_escape") for t in texts}
    texts.add("show program's version number and exit")
    return texts


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_every_argparse_text_of_this_python_has_a_dutch_one():
    texts = argparse_texts()
    assert "usage: " in texts and "invalid choice: %(value)r (choose from %(choices)s)" in texts
    missing = sorted(t for t in texts if t not in MESSAGES)
    assert not missing, f"argparse texts without Dutch: {missing}"


@pytest.mark.parametrize("command", [None, *commands()])
def test_help_of_every_command_is_dutch(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main([command, "--help"] if command else ["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: ")
    assert "opties:" in out
    assert not ENGLISH.search(out), out


@pytest.mark.parametrize(
    ("argv", "dutch"),
    [
        (["bogus"], "ongeldige keuze: 'bogus' (kies uit 'init'"),
        (["household"], "deze argumenten zijn verplicht: ACTIE"),
        (["verify", "--no-such-option"], "onbekende argumenten: --no-such-option"),
        (["demo", "--households", "veel"], "ongeldige waarde"),
        (["backup", "-o"], "verwacht één waarde"),
    ],
)
def test_usage_errors_are_dutch_and_exit_2(argv, dutch, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: h4casus")
    assert ": fout: " in err and dutch in err
    assert not ENGLISH.search(err), err
