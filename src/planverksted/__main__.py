"""``python -m planverksted``."""

from planverksted.cli.shell import main

main()
