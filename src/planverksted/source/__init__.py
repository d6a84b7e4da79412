"""Reading a workshop file: bytes to text, YAML events to plain data with positions."""
