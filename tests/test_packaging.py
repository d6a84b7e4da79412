"""What a wheel holds is what the source tree holds: every package and every data file.

pyproject.toml lists the packages by name (the templates folder is mapped in as one), so a
new sub-package must be added there, or a wheel, pipx and the pre-commit hook install a
planverksted that fails on the first import of it. Checked here in a second, by reading
the list; tests/test_wheel.py builds and installs a real wheel.
"""

from __future__ import annotations

import fnmatch
import tomllib

from conftest import ROOT

SOURCE = ROOT / "src"
PACKAGE = SOURCE / "planverksted"
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"
]


def test_every_package_in_the_source_tree_is_listed() -> None:
    found = {
        ".".join(init.parent.relative_to(SOURCE).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(SETUPTOOLS["packages"])
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == {"planverksted.templates"}


def test_every_data_file_is_packaged() -> None:
    data = SETUPTOOLS["package-data"]
    unpackaged = []
    for path in PACKAGE.rglob("*"):
        if (
            not path.is_file()
            or path.suffix in (".py", ".pyc", ".typed")
            or "__pycache__" in path.parts
        ):
            continue
        package = ".".join(path.parent.relative_to(SOURCE).parts)
        if not any(fnmatch.fnmatch(path.name, pattern) for pattern in data.get(package, [])):
            unpackaged.append(str(path.relative_to(ROOT)))
    assert unpackaged == []
