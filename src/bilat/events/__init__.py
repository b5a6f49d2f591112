"""Event coding: ontology tables, clause patterns, the coder."""
