"""``python -m dataexam`` runs the CLI."""

from .cli import main

main()
