"""``python -m diplograph`` runs the CLI."""

from diplograph.cli import cli

cli()
