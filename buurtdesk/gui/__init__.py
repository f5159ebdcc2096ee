"""Everything Qt: the main window, its parts, item models, and the helpers they share.

Only this package and ``buurtdesk.app`` import PySide6. Widgets call service functions
and hold plain values; no SQLAlchemy session or ORM object lives here.
"""
