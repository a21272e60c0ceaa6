"""The store: a relational database through SQLAlchemy Core (SQLite or PostgreSQL)."""
