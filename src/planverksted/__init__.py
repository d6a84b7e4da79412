"""planverksted: checked, printable run-sheets for political workshops, from one YAML file.

The sub-packages are the pipeline, in order: ``source`` (bytes to data with positions),
``workshop`` (the frozen model and its vocabulary), ``timing`` (every clock time),
``lint`` (findings), ``runsheet`` (the view and the output formats); ``cli`` is the thin
shell over them. ``analysis`` runs the first four for one file; ``i18n`` holds the words.
"""

__version__ = "0.1.0"
