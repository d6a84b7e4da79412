"""From an analysed workshop to documents: the typed view, and one module per output format."""
