"""Flask extensions, created unbound: ``create_app`` binds them to an app."""

from __future__ import annotations

from flask import current_app
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import Session

from shared.db import Database

# Plain models of shared.models are used as they are: db.session works with any mapped class.
db = SQLAlchemy(session_options={"expire_on_commit": False})

# The bind key of the statement engine (``shared.db.Database``), on Postgres.
STATEMENTS = "statements"
_DATABASE = "orchestrator.database"


def session() -> Session:
    """The current app context's session (the object behind ``db.session``)."""
    current: Session = db.session()
    return current


def database() -> Database:
    """The app's ``Database``: the request session's engine and the statement engine."""
    engines = db.engines
    engine, statements = engines[None], engines.get(STATEMENTS)
    found: Database | None = current_app.extensions.get(_DATABASE)
    if (
        found is None
        or found.engine is not engine
        or found.statements is not (statements if statements is not None else engine)
    ):
        found = current_app.extensions[_DATABASE] = Database(engine, statements)
    return found
