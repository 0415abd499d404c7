"""The application factory. Importing this module creates nothing; ``create_app`` does."""

from __future__ import annotations

from flask import Flask
from flask_cors import CORS

from orchestrator_api.edge import register_request_hooks
from orchestrator_api.errors import register_error_handlers
from orchestrator_api.extensions import db
from orchestrator_api.runtime import EXTENSION, Runtime
from orchestrator_api.views import ops_bp, tasks_bp
from shared.db import database_url, engine_options, install_listeners
from shared.http_edge import ServiceApp
from shared.settings import Settings


def create_app(settings: Settings | None = None) -> Flask:
    """Build the API app from ``settings`` (default: ``Settings.from_env()``)."""
    settings = settings or Settings.from_env()
    app = ServiceApp(__name__)
    app.config.update(
        SQLALCHEMY_DATABASE_URI=database_url(settings),
        SQLALCHEMY_ENGINE_OPTIONS=engine_options(settings),
        MAX_CONTENT_LENGTH=settings.max_content_length,
    )
    db.init_app(app)
    with app.app_context():
        install_listeners(db.engine)
    app.extensions[EXTENSION] = Runtime(settings)
    if settings.cors_origins:
        CORS(
            app,
            origins=list(settings.cors_origins),
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After", "Location"],
        )
    register_request_hooks(app)
    register_error_handlers(app)
    app.register_blueprint(ops_bp)
    app.register_blueprint(tasks_bp)
    return app
