"""The built-in Jinja templates, installed as the ``planverksted.templates`` package.

This folder holds only templates; it is a package so that wheel and editable installs
find it the same way, through ``importlib.resources``.
"""
