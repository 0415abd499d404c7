"""The application factory. Importing this module creates nothing; ``create_app`` does."""

from __future__ import annotations

from flask import Flask
from flask_cors import CORS

from orchestrator_api.edge import register_request_hooks, register_tracing_hooks
from orchestrator_api.errors import register_error_handlers
from orchestrator_api.extensions import STATEMENTS, db
from orchestrator_api.runtime import EXTENSION, Runtime
from orchestrator_api.views import ops_bp, tasks_bp
from shared import tracing
from shared.db import database_url, engine_options, install_listeners, statement_engine_options
from shared.http_edge import ServiceApp
from shared.settings import Settings


def create_app(settings: Settings | None = None) -> Flask:
    """Build the API app from ``settings`` (default: ``Settings.from_env()``)."""
    settings = settings or Settings.from_env()
    app = ServiceApp(__name__)
    url = database_url(settings)
    app.config.update(
        SQLALCHEMY_DATABASE_URI=url,
        SQLALCHEMY_ENGINE_OPTIONS=engine_options(settings),
        # One-statement writes (``shared.db.Database``) on autocommit connections of their own.
        SQLALCHEMY_BINDS=(
            {}
            if settings.is_sqlite
            else {STATEMENTS: {"url": url, **statement_engine_options(settings)}}
        ),
        MAX_CONTENT_LENGTH=settings.max_content_length,
    )
    db.init_app(app)
    with app.app_context():
        for engine in db.engines.values():
            install_listeners(engine)
    app.extensions[EXTENSION] = Runtime(settings)
    if settings.cors_origins:
        CORS(
            app,
            origins=list(settings.cors_origins),
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After", "Location"],
        )
    register_request_hooks(app)
    if tracing.configure(settings, "orchestrator-api"):
        register_tracing_hooks(app)
    register_error_handlers(app)
    app.register_blueprint(ops_bp)
    app.register_blueprint(tasks_bp)
    return app
