"""Programmes: a file listing the workshops of a council term, checked and rendered together."""
