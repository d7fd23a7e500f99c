"""Package discovery only; all metadata lives in pyproject.toml.

The repository keeps its built-in parsers in ``./parsers`` (one module per source), but they are
installed as ``dataexam_parsers``: a top-level package called ``parsers`` in site-packages would
clash with other projects. setuptools cannot express "find these packages under a new name" in
pyproject.toml alone, so the list is computed here.
"""

from setuptools import find_packages, setup

PARSERS_DIR = "parsers"
PARSERS_PACKAGE = "dataexam_parsers"

packages = find_packages(include=["dataexam", "dataexam.*"])
packages += [PARSERS_PACKAGE] + [f"{PARSERS_PACKAGE}.{sub}" for sub in find_packages(PARSERS_DIR)]

setup(packages=packages, package_dir={PARSERS_PACKAGE: PARSERS_DIR})
