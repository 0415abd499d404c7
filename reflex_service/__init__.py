"""The Reflex Layer reference service: PII and prompt-injection screening over HTTP.

Same HTTP API as the OctoLLM Reflex Layer, so either can sit behind ``REFLEX_URL``.
``reflex_service.detect.analyze`` runs the detectors in process;
``reflex_service.app.create_app`` builds the Flask app.
"""
