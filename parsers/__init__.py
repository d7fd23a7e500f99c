"""dataexam's built-in source parsers (Facebook, Twitter/X, Amazon).

They are registered through the ``dataexam.parsers`` entry-point group like any plugin; reach them
through :func:`dataexam.registry.load_registry`, not by importing this package.
"""
