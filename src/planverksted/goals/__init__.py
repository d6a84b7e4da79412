"""Goals: which blocks serve which goal, and the minutes spent on each (coverage)."""
