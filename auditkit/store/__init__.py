"""The run store: every recorded run, its judgements, metrics and findings in SQLite or PostgreSQL.

Modules: `location` (which database), `engine` (open it, migrate it), `tables` (the schema),
`record` (write a run folder in one transaction), `queries` (history, one run, trends).
Importing this package imports nothing heavy; SQLAlchemy loads only when a store is opened.
"""
