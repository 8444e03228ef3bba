"""Rule types: one module per type, each a pydantic model with a `judge` that makes its Finding."""
