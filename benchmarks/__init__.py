"""Benchmarks run by ``orchestrator bench``."""
