"""The look: Fusion with a light, calm palette, one accent colour, and a small style sheet.

Colours meet WCAG AA (4.5:1) against the backgrounds they are used on. Red is kept for
errors and destructive actions, always next to a word and an icon. Font sizes in the
style sheet follow the user's font scale, so the sheet is rebuilt when the scale changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from buurtdesk.gui.resources import icons_dir

BASE_POINT_SIZE = 11.0
FONT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)

TEXT = "#1b2430"  # 15.6:1 on white
MUTED_TEXT = "#4b5563"  # 7.6:1 on white
DISABLED_TEXT = "#8a94a3"
WINDOW = "#f4f6f8"
SURFACE = "#ffffff"
BORDER = "#c9d0d8"
ACCENT = "#0b5f8a"  # 6.9:1 on white, white text on it 6.9:1
ACCENT_HOVER = "#084a6c"
ACCENT_SOFT = "#e3f0f7"
ERROR = "#b42318"  # 6.1:1 on white
ERROR_SOFT = "#fdecea"


def palette() -> QPalette:
    result = QPalette()
    role = QPalette.ColorRole
    for colour_role, value in (
        (role.Window, WINDOW),
        (role.WindowText, TEXT),
        (role.Base, SURFACE),
        (role.AlternateBase, "#f7f9fb"),
        (role.Text, TEXT),
        (role.Button, "#eef1f4"),
        (role.ButtonText, TEXT),
        (role.Highlight, ACCENT),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#ffffff"),
        (role.ToolTipText, TEXT),
        (role.PlaceholderText, "#6b7280"),  # 4.8:1 on white
        (role.Link, ACCENT),
        (role.Mid, BORDER),
    ):
        result.setColor(colour_role, QColor(value))
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(DISABLED_TEXT))
    return result


def style_sheet(point_size: float) -> str:
    """The application style sheet for a base font of ``point_size`` points."""
    chevron = (icons_dir() / "chevron-down.svg").as_posix()
    heading = round(point_size * 1.6, 1)
    subheading = round(point_size * 1.2, 1)
    small = round(point_size * 0.92, 1)
    icon = icon_size(point_size)
    indicator = max(14, round(point_size * 1.3))
    return f"""
QMainWindow, QStackedWidget#parts {{ background: {WINDOW}; }}
QWidget#navigationPane {{ background: {WINDOW}; border-right: 1px solid {BORDER}; }}
QListWidget#navigation {{ background: {WINDOW}; border: none; outline: 0; }}
QListWidget#navigation::item {{ padding-left: 10px; border-radius: 6px; color: {TEXT}; }}
QListWidget#navigation::item:hover {{ background: #e6eaef; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: #ffffff; }}
QWidget#panel {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="subheading"] {{ font-size: {subheading}pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="muted"] {{ color: {MUTED_TEXT}; }}
QLabel[role="small"] {{ color: {MUTED_TEXT}; font-size: {small}pt; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QWidget[role="error-banner"] {{
    background: {ERROR_SOFT}; border: 1px solid {ERROR}; border-radius: 6px;
}}
QLineEdit, QPlainTextEdit, QComboBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 5px;
    padding: 4px 6px; selection-background-color: {ACCENT};
}}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url("{chevron}"); width: 14px; height: 14px; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{
    border: 2px solid {ACCENT}; padding: 3px 5px;
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 2px solid {ERROR}; padding: 3px 5px;
}}
QPushButton {{
    background: #eef1f4; border: 1px solid {BORDER}; border-radius: 6px;
    padding: 6px 14px; color: {TEXT};
}}
QPushButton:hover {{ background: #e2e7ec; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 5px 13px; }}
QPushButton:disabled {{ color: {DISABLED_TEXT}; background: #f1f3f5; }}
QPushButton[kind="primary"] {{ background: {ACCENT}; border-color: {ACCENT}; color: #ffffff; }}
QPushButton[kind="primary"]:hover {{ background: {ACCENT_HOVER}; }}
QPushButton[kind="primary"]:focus {{ border: 2px solid {TEXT}; }}
QPushButton[kind="primary"]:disabled {{
    background: #9fb9c9; border-color: #9fb9c9; color: #ffffff;
}}
QPushButton[kind="link"] {{
    background: transparent; border: none; padding: 0 2px; color: {ACCENT};
    text-decoration: underline;
}}
QPushButton[kind="link"]:hover {{ color: {ACCENT_HOVER}; }}
QPushButton[kind="link"]:focus {{ border: none; background: {ACCENT_SOFT}; padding: 0 2px; }}
QPushButton[kind="destructive"] {{ color: {ERROR}; background: {SURFACE}; }}
QPushButton[kind="destructive"]:hover {{ background: {ERROR_SOFT}; }}
QTableView {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;
    gridline-color: #e5e9ee; selection-background-color: {ACCENT}; selection-color: #ffffff;
}}
QHeaderView::section {{
    background: #eef1f4; color: {TEXT}; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #dde2e8; padding: 5px 8px; font-weight: 600;
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {BORDER}; }}
QTabBar::tab {{ padding: 6px 14px; color: {MUTED_TEXT}; border: none; }}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 3px solid {ACCENT}; font-weight: 600; }}
QPushButton, QTabBar, QComboBox {{ icon-size: {icon}px; }}
QCheckBox::indicator {{ width: {indicator}px; height: {indicator}px; }}
QStatusBar {{ background: {WINDOW}; color: {TEXT}; border-top: 1px solid {BORDER}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget#qt_scrollarea_viewport > QWidget {{ background: transparent; }}
QToolTip {{ background: #ffffff; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px; }}
"""


def icon_size(point_size: float) -> int:
    """Icons beside text grow with the text: 16 px at the default 11 pt."""
    return max(16, round(point_size * 1.45))


def apply(app: QApplication, font_scale: float) -> None:
    """Style the whole application for ``font_scale`` (1.0 is the readable default)."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    app.setPalette(palette())
    apply_font_scale(app, font_scale)


def apply_font_scale(app: QApplication, font_scale: float) -> None:
    point_size = BASE_POINT_SIZE * font_scale
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(point_size))


def next_scale(current: float, step: int) -> float:
    """The next font scale up (``step`` 1) or down (-1), staying within the known steps."""
    nearest = min(range(len(FONT_SCALES)), key=lambda i: abs(FONT_SCALES[i] - current))
    index = max(0, min(len(FONT_SCALES) - 1, nearest + step))
    return FONT_SCALES[index]
