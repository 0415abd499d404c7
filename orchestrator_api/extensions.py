"""Flask extensions, created unbound: ``create_app`` binds them to an app."""

from __future__ import annotations

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import Session

# Plain models of shared.models are used as they are: db.session works with any mapped class.
db = SQLAlchemy(session_options={"expire_on_commit": False})


def session() -> Session:
    """The current app context's session (the object behind ``db.session``)."""
    current: Session = db.session()
    return current
