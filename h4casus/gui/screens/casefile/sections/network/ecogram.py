"""The ecogram: the household in the middle, its network around it, drawn with QPainter.

Rules:
- The informal network (family, friends, neighbours, church, club) is on the left half, the
  professionals on the right half; the line says the kind (informal: solid, in the "ok"
  colour; professionals: dashed, in the accent colour), so it also reads in black and white.
- A contact of one member names that member under its name. Ended contacts are not drawn.
- Colours come from `gui.style.COLOURS`; the picture takes plain `EcoNode`s, never a read
  model, and scales with the widget. The chosen contact (`set_selected`) is drawn bold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from h4casus.gui.style import COLOURS

MAX_PER_SIDE = 9


@dataclass(frozen=True)
class EcoNode:
    id: int
    title: str  # "Oma Truus" / "GGD Haaglanden"
    subtitle: str  # "oma · voor Sara" / "Jeugdgezondheidszorg"
    informal: bool


class EcogramView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre_title = ""
        self.centre_lines: list[str] = []
        self.nodes: list[EcoNode] = []
        self.selected: int | None = None
        self.setMinimumSize(300, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Ecogram: het huishouden en zijn netwerk"))

    def sizeHint(self) -> QSize:
        return QSize(460, 340)

    def set_data(self, title: str, members: list[str], nodes: list[EcoNode]) -> None:
        self.centre_title = title
        self.centre_lines = members
        self.nodes = nodes
        informal = sum(1 for n in nodes if n.informal)
        self.setAccessibleDescription(
            self.tr("{a} uit het eigen netwerk, {b} professionals").format(
                a=informal, b=len(nodes) - informal
            )
        )
        self.update()

    def set_selected(self, node_id: int | None) -> None:
        self.selected = node_id
        self.update()

    def positions(self) -> dict[int, QPointF]:
        """Where each drawn contact sits (informal left, formal right, on an arc)."""
        w, h = self.width(), self.height()
        cx, cy = w / 2, h / 2
        box = min(180.0, w * 0.3)
        rx, ry = max(w * 0.5 - box / 2 - 8, w * 0.25), h * 0.36
        out: dict[int, QPointF] = {}
        for informal in (True, False):
            group = [n for n in self.nodes if n.informal == informal][:MAX_PER_SIDE]
            for i, n in enumerate(group):
                t = (i + 0.5) / len(group)
                deg = (105 + 150 * t) if informal else (75 - 150 * t)
                a = math.radians(deg)
                out[n.id] = QPointF(cx + rx * math.cos(a), cy - ry * math.sin(a))
        return out

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        centre = QPointF(w / 2, h / 2)
        text, muted = QColor(COLOURS["text"]), QColor(COLOURS["muted"])
        informal_c, formal_c = QColor(COLOURS["ok"]), QColor(COLOURS["accent"])
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        bold = QFont(base)
        bold.setBold(True)
        pos = self.positions()
        for n in self.nodes:
            if n.id not in pos:
                continue
            pen = QPen(
                informal_c if n.informal else formal_c, 2.4 if n.id == self.selected else 1.4
            )
            if not n.informal:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(centre, pos[n.id])
        rx, ry = max(60.0, w * 0.12), max(40.0, h * 0.15)
        p.setPen(QPen(QColor(COLOURS["accent"]), 1.6))
        p.setBrush(QColor(COLOURS["header"]))
        p.drawEllipse(centre, rx, ry)
        p.setPen(text)
        p.setFont(bold)
        box = QRectF(centre.x() - rx, centre.y() - ry * 0.62, rx * 2, ry * 0.55)
        p.drawText(
            box, Qt.AlignmentFlag.AlignCenter, self._elide(self.centre_title, bold, rx * 1.8)
        )
        p.setFont(small)
        p.setPen(muted)
        names = QRectF(centre.x() - rx * 0.8, centre.y() - ry * 0.05, rx * 1.6, ry * 0.85)
        p.drawText(
            names,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            ", ".join(self.centre_lines),
        )
        for n in self.nodes:
            if n.id not in pos:
                continue
            self._node(p, n, pos[n.id], bold, small, informal_c if n.informal else formal_c)
        p.setFont(bold)
        p.setPen(informal_c)
        p.drawText(QRectF(6, 4, w / 2, 20), Qt.AlignmentFlag.AlignLeft, self.tr("Eigen netwerk"))
        p.setPen(formal_c)
        p.drawText(
            QRectF(w / 2, 4, w / 2 - 6, 20), Qt.AlignmentFlag.AlignRight, self.tr("Professionals")
        )
        hidden = len(self.nodes) - len(pos)
        if hidden > 0:
            p.setFont(small)
            p.setPen(muted)
            p.drawText(
                QRectF(0, h - 18, w - 6, 16),
                Qt.AlignmentFlag.AlignRight,
                self.tr("en nog {n} in de lijst").format(n=hidden),
            )
        if not self.nodes:
            p.setFont(small)
            p.setPen(muted)
            p.drawText(
                QRectF(0, h - 22, w, 18),
                Qt.AlignmentFlag.AlignHCenter,
                self.tr("Nog geen netwerk vastgelegd"),
            )
        p.end()

    def _node(self, p: QPainter, n: EcoNode, at: QPointF, bold, small, colour: QColor) -> None:
        width = min(180.0, self.width() * 0.3)
        title = self._elide(n.title, bold, width - 10)
        sub = self._elide(n.subtitle, small, width - 10)
        box = QRectF(at.x() - width / 2, at.y() - 19, width, 38)
        p.setPen(QPen(colour, 2.2 if n.id == self.selected else 1.0))
        p.setBrush(QColor(COLOURS["surface"]))
        p.drawRoundedRect(box, 6, 6)
        p.setFont(bold)
        p.setPen(QColor(COLOURS["text"]))
        p.drawText(box.adjusted(4, 2, -4, -18), Qt.AlignmentFlag.AlignCenter, title)
        p.setFont(small)
        p.setPen(QColor(COLOURS["muted"]))
        p.drawText(box.adjusted(4, 18, -4, -2), Qt.AlignmentFlag.AlignCenter, sub)

    @staticmethod
    def _elide(text: str, font: QFont, width: float) -> str:
        return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(width))
