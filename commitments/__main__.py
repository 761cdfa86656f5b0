"""``python -m commitments``: the domain's own command line, without the Telegram adapter."""

from commitments.cli import main

main()
