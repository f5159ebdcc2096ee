"""Word lists and catalogues for the demo neighbourhood: plain data, small enough to read."""
