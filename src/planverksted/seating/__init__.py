"""Who sits where: participants, tables over rounds, parallel tracks; findings and allocations."""
