"""The ``orchestrator`` command line: one entry point for every process role."""
