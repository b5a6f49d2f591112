"""Reading inputs into Documents."""
