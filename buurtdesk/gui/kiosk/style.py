"""The kiosk's look: very large type, touch-sized buttons, high contrast, calm colours.

Applied to the kiosk window only; the rest of buurtdesk keeps the normal style sheet.
"""

from __future__ import annotations

from buurtdesk.gui import style
from buurtdesk.gui.resources import icons_dir

BODY_PT = 24
HEADING_PT = 34
TITLE_PT = 36
SMALL_PT = 18
BUTTON_HEIGHT = 72  # px: well above the 48 px a finger needs
PAD_BUTTON = 80  # px: the keys of the PIN pad (four rows fit a 658 px high window)
SUCCESS = "#146c2e"  # 6.6:1 on white
SUCCESS_SOFT = "#e7f4ea"


def style_sheet() -> str:
    text, accent, error = style.TEXT, style.ACCENT, style.ERROR
    check = (icons_dir() / "check.svg").as_posix()
    return f"""
QWidget#kiosk {{ background: #ffffff; color: {text}; font-size: {BODY_PT}pt; }}
QWidget#kioskHeader {{ background: {style.ACCENT_SOFT}; border-bottom: 2px solid {accent}; }}
QLabel {{ color: {text}; font-size: {BODY_PT}pt; }}
QLabel[role="kiosk-title"] {{ font-size: {TITLE_PT}pt; font-weight: 700; }}
QLabel[role="kiosk-heading"] {{ font-size: {HEADING_PT}pt; font-weight: 700; }}
QLabel[role="kiosk-muted"] {{ color: {style.MUTED_TEXT}; }}
QLabel[role="kiosk-counts"] {{ font-size: {BODY_PT}pt; font-weight: 600; }}
QLabel[role="kiosk-error"] {{ color: {error}; font-weight: 600; }}
QLabel[role="kiosk-welcome"] {{ color: {SUCCESS}; font-size: 48pt; font-weight: 700; }}
QLineEdit {{
    font-size: {HEADING_PT}pt; min-height: {BUTTON_HEIGHT}px; padding: 4px 16px;
    background: #ffffff; color: {text}; border: 3px solid {style.BORDER}; border-radius: 10px;
}}
QLineEdit:focus {{ border: 3px solid {accent}; padding: 4px 16px; }}
QLineEdit[invalid="true"] {{ border: 3px solid {error}; padding: 4px 16px; }}
QPushButton {{
    font-size: {BODY_PT}pt; min-height: {BUTTON_HEIGHT}px; padding: 6px 28px;
    background: #eef1f4; color: {text}; border: 2px solid {style.BORDER}; border-radius: 12px;
}}
QPushButton {{ icon-size: 32px; }}
QPushButton:focus {{ border: 3px solid {accent}; padding: 5px 27px; }}
QPushButton:pressed {{ background: #dfe5eb; }}
QPushButton:disabled {{ color: {style.DISABLED_TEXT}; background: #f4f6f8; }}
QPushButton[kind="primary"] {{ background: {accent}; border-color: {accent}; color: #ffffff; }}
QPushButton[kind="primary"]:focus {{ border: 3px solid {text}; }}
QPushButton[kind="primary"]:pressed {{ background: {style.ACCENT_HOVER}; }}
QPushButton[kind="result"] {{ text-align: left; padding: 8px 24px; min-height: 80px; }}
QPushButton[kind="step"] {{
    font-size: {HEADING_PT}pt; min-width: {BUTTON_HEIGHT + 24}px; padding: 6px 12px;
}}
QPushButton[kind="step"]:focus {{ padding: 5px 11px; }}
QPushButton[kind="pad"] {{
    font-size: {HEADING_PT}pt; min-height: {PAD_BUTTON}px; min-width: {PAD_BUTTON + 24}px;
    padding: 4px 8px;
}}
QPushButton[kind="pad"]:focus {{ padding: 3px 7px; }}
QPushButton#pinOk {{ background: {accent}; border-color: {accent}; color: #ffffff; }}
QPushButton#pinOk:disabled {{ background: #9fb9c9; border-color: #9fb9c9; }}
QPushButton[kind="corner"] {{
    font-size: {SMALL_PT}pt; min-height: 48px; padding: 4px 16px;
    background: transparent; border: 1px solid {style.BORDER}; color: {style.MUTED_TEXT};
}}
QCheckBox {{ font-size: {BODY_PT}pt; spacing: 18px; min-height: {BUTTON_HEIGHT}px; }}
QCheckBox::indicator {{
    width: 40px; height: 40px; border: 3px solid {text}; border-radius: 6px; background: #ffffff;
}}
QCheckBox::indicator:checked {{ background: {style.ACCENT_SOFT}; image: url("{check}"); }}
QCheckBox:focus {{ color: {accent}; }}
QCheckBox[kind="consent"] {{ min-height: 48px; spacing: 0px; }}
QCheckBox[kind="consent"]:focus {{ border: 3px solid {accent}; border-radius: 8px; }}
QWidget[role="kiosk-banner"] {{ background: {style.ERROR_SOFT}; border: 2px solid {error};
    border-radius: 10px; }}
QWidget#confirmation {{ background: {SUCCESS_SOFT}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollBar:vertical {{ width: 28px; background: #eef1f4; border: none; }}
QScrollBar::handle:vertical {{ background: #8a99a8; border-radius: 10px; min-height: 64px;
    margin: 3px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
"""
