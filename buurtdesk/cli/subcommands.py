"""Sub-commands whose help reads in Dutch, and the verbs ``import`` / ``export`` that several
modules add a subject to (``export people``, ``export agenda``) without knowing each other."""

from __future__ import annotations

import argparse
from typing import Any

from buurtdesk.cli.common import EXIT_USAGE, fail

# verb -> (help, description, title of its subjects)
VERBS = {
    "import": ("gegevens inlezen uit een bestand", "Gegevens inlezen.", "wat inlezen"),
    "export": (
        "gegevens wegschrijven naar een bestand",
        "Gegevens wegschrijven.",
        "wat wegschrijven",
    ),
}
_SUBJECTS = "buurtdesk_subjects"
_EXAMPLES = "buurtdesk_examples"


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


def subcommand(
    subparsers: Any, name: str, help_text: str, description: str, group_title: str
) -> tuple[argparse.ArgumentParser, argparse._ArgumentGroup]:
    """A sub-command whose help reads in Dutch; returns it and its group for arguments."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=help_text,
        description=description,
        formatter_class=DutchHelpFormatter,
        add_help=False,
    )
    group = parser.add_argument_group(group_title)
    group.add_argument("-h", "--help", action="help", help="toon deze uitleg en stop")
    return parser, group


def subject(
    subparsers: Any,
    verb: str,
    name: str,
    *,
    help_text: str,
    description: str,
    group_title: str,
    example: str,
) -> tuple[argparse.ArgumentParser, argparse._ArgumentGroup]:
    """``buurtdesk VERB NAME``: makes the verb on first use; a bare ``buurtdesk VERB`` then
    answers with an example of every subject."""
    verb_parser: argparse.ArgumentParser | None = subparsers.choices.get(verb)
    if verb_parser is None:
        verb_help, verb_description, subjects_title = VERBS[verb]
        verb_parser, _ = subcommand(subparsers, verb, verb_help, verb_description, "opties")
        subjects = verb_parser.add_subparsers(
            dest=f"{verb}_what", metavar="WAT", title=subjects_title
        )
        examples: list[str] = []
        setattr(verb_parser, _SUBJECTS, subjects)
        setattr(verb_parser, _EXAMPLES, examples)
        verb_parser.set_defaults(
            handler=lambda _args: fail(
                "Zeg wat: " + " of ".join(f"buurtdesk {verb} {e}" for e in examples), EXIT_USAGE
            )
        )
    getattr(verb_parser, _EXAMPLES).append(example)
    return subcommand(getattr(verb_parser, _SUBJECTS), name, help_text, description, group_title)
