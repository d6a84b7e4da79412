"""The rules: one module per rule or small family; see ``lint.registry`` for what each declares."""
