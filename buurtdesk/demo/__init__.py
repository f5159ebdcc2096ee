"""The demo neighbourhood: a realistic, reproducible Dutch town to try buurtdesk on.

``generate`` fills a database (``buurtdesk demo``); ``ensure_demo_database`` makes the
demo file once and opens it afterwards (``buurtdesk --demo``). Nothing here imports Qt.
"""

from buurtdesk.demo.ensure import ensure_demo_database
from buurtdesk.demo.generator import DEFAULT_PEOPLE, DEFAULT_SEED, MAX_PEOPLE, MIN_PEOPLE, generate
from buurtdesk.demo.summary import DemoSummary
from buurtdesk.demo.writer import DatabaseNotEmpty

__all__ = [
    "DEFAULT_PEOPLE",
    "DEFAULT_SEED",
    "MAX_PEOPLE",
    "MIN_PEOPLE",
    "DatabaseNotEmpty",
    "DemoSummary",
    "ensure_demo_database",
    "generate",
]
