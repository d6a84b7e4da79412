"""``python -m planverksted``."""

from planverksted.cli import main

main()
