"""The `spinscope` command: the Typer app, assembled from the verb modules of this package."""

from __future__ import annotations

import sys

import typer

from spinscope.cli.analyze import analyze_command
from spinscope.cli.analyzers import analyzers_command
from spinscope.cli.campaigns import campaigns_command, outlets_command
from spinscope.cli.common import MARKUP_MODE, error
from spinscope.cli.contradictions import contradictions
from spinscope.cli.documents import edit, errors, export_command, show
from spinscope.cli.narratives import app as narratives_app
from spinscope.cli.ptc import app as ptc_app
from spinscope.cli.review import register as register_review
from spinscope.cli.semeval23 import app as semeval23_app
from spinscope.cli.semeval25 import app as semeval25_app
from spinscope.cli.serve import serve
from spinscope.cli.settings import settings_command
from spinscope.cli.stats import stats
from spinscope.errors import SpinscopeError

app = typer.Typer(
    name="spinscope",
    help="Show the spin in news: persuasion techniques, who said what, claims and denials. Offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=MARKUP_MODE,
)

# `spinscope --help` lists the verbs in this order.
app.command("analyze")(analyze_command)
app.command("show")(show)
app.command("edit")(edit)
app.command("export")(export_command)
app.command("stats")(stats)
app.command("errors")(errors)
app.command("analyzers")(analyzers_command)
app.add_typer(ptc_app, name="ptc", help="SemEval-2020 Task 11 formats: predict si/tc/flc and score.")
app.add_typer(semeval23_app, name="semeval23", help="SemEval-2023 Task 3 subtask 3: paragraph techniques (any language), score.")
app.add_typer(semeval25_app, name="semeval25", help="SemEval-2025 Task 10 formats: roles, narratives, score.")
app.command("serve")(serve)
app.command("contradictions")(contradictions)
app.add_typer(narratives_app, name="narratives", help="Recurring narratives across the store: discover, list, promote to a codebook.")
app.command("campaigns")(campaigns_command)
app.command("outlets")(outlets_command)
app.command("settings")(settings_command)
# The analyst's word: review, reviews, queue, merge, aliases, collect, collections, quality, calibrate.
register_review(app)


def main() -> None:
    try:
        app()
    except SpinscopeError as exc:
        error(exc)
        sys.exit(1)


if __name__ == "__main__":
    main()
