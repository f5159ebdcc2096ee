"""The initiative panel beside the board: its details, needs (with Koppelen), support log,
money, the current stage's checklist and its history."""
