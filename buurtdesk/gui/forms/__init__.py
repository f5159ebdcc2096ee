"""Python classes generated from the Qt Designer forms in ``ui/`` (see ``ui/compile.sh``)."""
