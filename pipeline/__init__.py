"""upheaval-radar's pipeline: everything that reads sources and writes the database."""
