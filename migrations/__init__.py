"""Alembic migrations of the orchestrator's schema."""
