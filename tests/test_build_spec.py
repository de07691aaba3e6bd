"""build.spec ships every data folder the code reads at run time, so a new folder is not
forgotten in the one-folder program (scripts/build_app.py builds and runs it in CI).

The code finds its data folders in one place, `h4casus.config._shipped_dir(top_level,
package)`; every such call, every folder the wheel maps into the package (pyproject's
package-dir) and every other top-level folder that is not code, tests or documentation must
be in build.spec's DATA_FOLDERS, shipped where the installed code looks for it."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Top-level folders that are never read by the running program.
NOT_SHIPPED = {"h4casus", "tests", "docs", "scripts", "build", "dist"}


def spec_data_folders() -> dict[str, str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "DATA_FOLDERS" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError("build.spec has no DATA_FOLDERS = {...}")


def shipped_dir_calls() -> set[tuple[str, str]]:
    """Every `_shipped_dir("top", "_package")` in the code."""
    calls = set()
    for path in (ROOT / "h4casus").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_shipped_dir"
            ):
                args = [ast.literal_eval(a) for a in node.args]
                calls.add((args[0], args[1]))
    return calls


def test_every_folder_the_code_reads_is_in_the_spec():
    folders = spec_data_folders()
    calls = shipped_dir_calls()
    assert calls, "h4casus.config._shipped_dir is no longer used: update this test"
    for top_level, package in sorted(calls):
        assert folders.get(top_level) == f"h4casus/{package}", (
            f"build.spec DATA_FOLDERS must ship {top_level}/ as h4casus/{package}"
        )


def test_every_folder_the_wheel_ships_is_in_the_spec():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    folders = spec_data_folders()
    for package, top_level in cfg["package-dir"].items():
        assert folders.get(top_level) == package.replace(".", "/"), (
            f"the wheel ships {top_level}/ as {package}; build.spec DATA_FOLDERS does not"
        )


def test_no_top_level_data_folder_is_forgotten():
    folders = spec_data_folders()
    on_disk = {
        p.name
        for p in ROOT.iterdir()
        if p.is_dir() and not p.name.startswith(".") and not p.name.endswith(".egg-info")
    }
    forgotten = sorted(on_disk - NOT_SHIPPED - set(folders))
    assert not forgotten, (
        f"top-level folders {forgotten} are neither in build.spec DATA_FOLDERS nor known "
        "as not read at run time (NOT_SHIPPED in this test)"
    )
    assert all((ROOT / folder).is_dir() for folder in folders)


def test_the_spec_compiles_the_translations_and_ships_them_where_the_program_reads_them():
    """h4casus.gui.i18n reads a frozen program's .qm from resources_dir()/i18n, i.e. from
    DATA_FOLDERS["resources"] + "/i18n" in the bundle; the spec must build and ship it there."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert "build_qm" in calls
    target = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "QM_TARGET" for t in node.targets)
    )
    assert ast.unparse(target) == "DATA_FOLDERS['resources'] + '/i18n'"
    assert spec_data_folders()["resources"] == "h4casus/_resources"
    i18n = (ROOT / "h4casus" / "gui" / "i18n.py").read_text(encoding="utf-8")
    assert 'return resources_dir() / "i18n"' in i18n
    appended = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "append"
    ]
    assert "datas.append((str(qm_dir), QM_TARGET))" in appended
