"""What a workshop is: the model, validation, the JSON Schema, built-in methods and starters."""
