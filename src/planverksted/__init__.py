"""planverksted: checked, printable run-sheets for political workshops, from one YAML file."""

__version__ = "0.1.0"
