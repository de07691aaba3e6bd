"""Draws the AVE level as a coloured badge (the ladder's own colour, readable text)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def text_colour_for(background: QColor) -> QColor:
    """Black or white, whichever contrasts more (WCAG relative luminance)."""

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.red())
        + 0.7152 * channel(background.green())
        + 0.0722 * channel(background.blue())
    )
    return QColor("#000000") if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else QColor("#ffffff")


LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # an item's level colour (hex) for the delegate


class LevelDelegate(QStyledItemDelegate):
    """Paints a cell whose LEVEL_ROLE holds a colour as a rounded badge in that colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hex_colour = index.data(LEVEL_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not hex_colour:
            super().paint(painter, option, index)
            return
        # Selection/alternate background first, then the badge on top.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        colour = QColor(hex_colour)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(
            option.rect.center().x() - width / 2 + 0.5,
            option.rect.center().y() - height / 2 + 0.5,
            width,
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(text_colour_for(colour))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width() + 20, base.height() + 4)
