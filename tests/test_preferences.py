"""Preferences of this machine's user: defaults, validation (nothing written), a damaged file
never stops the program, the environment overrides the file for one run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from h4casus import preferences
from h4casus.domain.errors import ValidationError
from h4casus.preferences import Preferences


@pytest.fixture
def path(tmp_path, monkeypatch):
    monkeypatch.delenv(preferences.LANGUAGE_ENV, raising=False)
    return tmp_path / "config" / "preferences.json"


def test_without_a_file_the_defaults_hold(path):
    assert preferences.load(path) == Preferences(language="nl")
    assert preferences.language(path) == "nl"
    assert not path.exists()


def test_a_change_is_stored_and_read_back(path):
    assert preferences.update(path, language="en") == Preferences(language="en")
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "en"}
    assert preferences.load(path).language == "en"
    assert preferences.language(path) == "en"


def test_a_value_not_allowed_is_refused_naming_the_field_and_nothing_is_written(path):
    preferences.update(path, language="en")
    before = path.read_bytes()
    with pytest.raises(ValidationError) as caught:
        preferences.update(path, language="fr", colour="blauw")
    assert set(caught.value.errors) == {"language", "colour"}
    assert "nl, en" in caught.value.errors["language"]
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"language": "klingon"}', '{"language": 3}', ""]
)
def test_a_damaged_file_gives_the_defaults(path, content, caplog):
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    assert preferences.load(path) == Preferences()
    assert caplog.records, "a damaged file is logged"


def test_unknown_keys_in_the_file_are_ignored(path):
    path.parent.mkdir(parents=True)
    path.write_text('{"language": "en", "later": true}', encoding="utf-8")
    assert preferences.load(path) == Preferences(language="en")


def test_the_environment_overrides_the_file_for_one_run(path, monkeypatch):
    preferences.update(path, language="nl")
    monkeypatch.setenv(preferences.LANGUAGE_ENV, "EN")
    assert preferences.language(path) == "en"
    assert preferences.load(path).language == "nl"  # the file is untouched


def test_an_unknown_language_in_the_environment_is_ignored(path, monkeypatch, caplog):
    preferences.update(path, language="en")
    monkeypatch.setenv(preferences.LANGUAGE_ENV, "fr")
    assert preferences.language(path) == "en"
    assert "fr" in caplog.text


def test_every_field_has_a_rule_and_its_default_is_allowed():
    for name, value in vars(Preferences()).items():
        assert value in preferences.RULES[name].allowed


def test_the_default_location_is_the_users_configuration_folder():
    from platformdirs import user_config_dir

    expected = Path(user_config_dir("h4casus", appauthor=False))
    assert preferences.preferences_path() == expected / "preferences.json"
