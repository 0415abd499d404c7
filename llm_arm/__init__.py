"""``orchestrator llm-arm``: the arm protocol in front of an OpenAI-compatible model endpoint."""
