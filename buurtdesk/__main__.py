"""``python -m buurtdesk``: the same as the ``buurtdesk`` command (and PyInstaller's entry)."""

from buurtdesk.cli import entry_point

if __name__ == "__main__":
    entry_point()
