"""SQLAlchemy models, the SQLCipher engine, repositories and queries."""
