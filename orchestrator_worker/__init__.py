"""Celery workers: Reflex screening, routing to arms, aggregation, persisted transitions."""
