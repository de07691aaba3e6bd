"""Dependencies point down: domain imports nothing of ours; services and below import no Qt;
gui never reaches storage or SQLAlchemy."""

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "h4casus"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules_in(sub: str):
    return [p for p in (PKG / sub).rglob("*.py")]


def test_no_qt_outside_gui():
    for sub in ("domain", "services", "storage", "security", "reports", "commands"):
        for f in modules_in(sub):
            bad = {i for i in imports_of(f) if i.split(".")[0] in ("PySide6", "shiboken6")}
            assert not bad, f"{f.relative_to(PKG)} imports Qt: {bad}"


def test_domain_imports_nothing_of_ours_but_itself():
    for f in modules_in("domain"):
        ours = {
            i
            for i in imports_of(f)
            if i.startswith("h4casus") and not i.startswith("h4casus.domain")
        }
        assert not ours, f"{f.relative_to(PKG)} imports {ours}"
        assert "sqlalchemy" not in {i.split(".")[0] for i in imports_of(f)}


def test_gui_does_not_import_storage_or_sqlalchemy():
    for f in modules_in("gui"):
        bad = {
            i
            for i in imports_of(f)
            if i.startswith("h4casus.storage") or i.split(".")[0] == "sqlalchemy"
        }
        assert not bad, f"{f.relative_to(PKG)} imports {bad}"


def test_lower_layers_do_not_import_services_or_gui():
    for sub in ("storage", "security", "domain"):
        for f in modules_in(sub):
            bad = {i for i in imports_of(f) if i.startswith(("h4casus.services", "h4casus.gui"))}
            assert not bad, f"{f.relative_to(PKG)} imports {bad}"


def test_reports_sit_between_gui_and_services():
    """Reports read the services' read models; they never reach the GUI, the CLI or storage."""
    for f in modules_in("reports"):
        bad = {
            i
            for i in imports_of(f)
            if i.startswith(("h4casus.gui", "h4casus.commands", "h4casus.cli", "h4casus.storage"))
            or i.split(".")[0] == "sqlalchemy"
        }
        assert not bad, f"{f.relative_to(PKG)} imports {bad}"


def test_import_linter_contract():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ],
        cwd=PKG.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _lint_copy(tmp_path, edit) -> subprocess.CompletedProcess:
    """Run import-linter on a copy of the package with one edit applied."""
    import shutil

    root = tmp_path / "copy"
    shutil.copytree(PKG, root / "h4casus", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PKG.parent / "pyproject.toml", root / "pyproject.toml")
    edit(root / "h4casus")
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, '.'); "
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )


def test_an_unchanged_copy_keeps_the_contracts(tmp_path):
    result = _lint_copy(tmp_path, lambda _pkg: None)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contracts_fail_on_an_upward_import(tmp_path):
    def upward(pkg):
        with (pkg / "domain" / "ages.py").open("a") as fh:
            fh.write("\nimport h4casus.services.core.settings  # noqa\n")

    result = _lint_copy(tmp_path, upward)
    assert result.returncode != 0 and "h4casus.domain.ages" in result.stdout


def test_the_contracts_fail_on_a_cycle_between_sibling_modules(tmp_path):
    def cycle(pkg):
        with (pkg / "services" / "plan" / "goals.py").open("a") as fh:
            fh.write("\nimport h4casus.services.plan.evaluations  # noqa\n")
        with (pkg / "services" / "plan" / "evaluations.py").open("a") as fh:
            fh.write("\nimport h4casus.services.plan.goals  # noqa\n")

    result = _lint_copy(tmp_path, cycle)
    assert result.returncode != 0 and "No cycles" in result.stdout


def test_the_contracts_fail_when_write_areas_import_the_read_side(tmp_path):
    def read_side(pkg):
        with (pkg / "services" / "casework" / "journal.py").open("a") as fh:
            fh.write("\nimport h4casus.services.queries.casefile  # noqa\n")

    result = _lint_copy(tmp_path, read_side)
    assert result.returncode != 0 and "h4casus.services.casework" in result.stdout


def test_code_and_docs_point_only_inside_the_repository():
    root = PKG.parent
    files = [*PKG.rglob("*.py"), *(root / "docs").glob("*.md"), root / "README.md"]
    files.append(root / "SECURITY.md")
    bad = [
        str(f.relative_to(root))
        for f in files
        if any(
            word in f.read_text(encoding="utf-8")
            for word in ("../shared", "ARCHITECTURE.md", "DOMAIN.md")
        )
    ]
    assert not bad, f"these point at documents outside the repository: {bad}"
