"""The wheel ships every package and the data folders (resources/, db/, ui/)."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_for_the_wheel():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(cfg["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "h4casus").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    for mapped, folder in cfg["package-dir"].items():
        assert mapped in listed and (ROOT / folder).is_dir()


def test_migrations_and_default_configuration_are_found():
    from h4casus.config import load_default, migrations_dir

    assert (migrations_dir() / "env.py").is_file()
    assert len(load_default("escalation_ladder")["levels"]) == 4
