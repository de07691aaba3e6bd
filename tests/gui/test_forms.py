"""Every typed form class matches its Designer file: each declared widget exists with its
type (a renamed widget fails here, not in front of a user)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

import h4casus.gui
from h4casus.gui.forms import Form, FormError, object_name


def all_forms() -> list[type[Form]]:
    for info in pkgutil.walk_packages(h4casus.gui.__path__, "h4casus.gui."):
        importlib.import_module(info.name)
    found, todo = [], list(Form.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted({c for c in found if "ui_file" in vars(c)}, key=lambda c: c.__name__)


@pytest.mark.parametrize("form", all_forms(), ids=lambda c: c.__name__)
def test_form_class_matches_its_ui_file(qtbot, form):
    host = QWidget()
    qtbot.addWidget(host)
    loaded = form(host)
    assert form.widgets(), "a form class declares the widgets it uses"
    for name, kind in form.widgets().items():
        assert isinstance(getattr(loaded, name), kind)


def test_a_missing_widget_is_named(qtbot):
    class Broken(Form):
        ui_file = "login_dialog"
        no_such_edit: QLineEdit

    host = QWidget()
    qtbot.addWidget(host)
    with pytest.raises(FormError, match="noSuchEdit"):
        Broken(host)


def test_attribute_names_map_to_designer_names():
    assert object_name("path_edit") == "pathEdit"
    assert object_name("sign_out_button") == "signOutButton"
