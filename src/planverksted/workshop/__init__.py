"""What a workshop is: the model, validation, the JSON Schema, built-in methods and starters.

``model`` declares every key once, with its description; ``kinds`` the kinds of block;
``validate`` turns pydantic's errors into findings; ``jsonschema`` and ``format_doc``
generate the editor schema and docs/format.md's tables from the model;
``builtin_methods`` and ``scaffold`` (with ``starters/``) are the library a file draws on.
"""
