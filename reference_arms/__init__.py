"""Built-in reference arms: deterministic specialist services that need no LLM.

They speak the arms API (``GET /capabilities``, ``POST <endpoint>``, ``GET /health``) so the
whole pipeline runs without any external service. Start them with ``orchestrator arms``.
"""
