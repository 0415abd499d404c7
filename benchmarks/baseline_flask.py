"""The cheapest Flask JSON POST handler: the ceiling the submit benchmark compares against.

``python -m benchmarks.baseline_flask --port P --workers N --threads T`` serves it with
``shared.wsgi.serve``, the server and settings the API runs under.
"""

from __future__ import annotations

import argparse

from flask import Flask, Response, jsonify, request


def create_app() -> Flask:
    """One route: parse the JSON body, answer ``{"ok": true}``."""
    app = Flask(__name__)

    @app.post("/submit")
    def submit() -> Response:
        request.get_json()
        return jsonify(ok=True)

    return app


def main(argv: list[str] | None = None) -> None:
    """Serve the baseline under gunicorn until SIGTERM."""
    from shared.wsgi import serve

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    serve(
        create_app,
        host=args.host,
        port=args.port,
        workers=args.workers,
        threads=args.threads,
        worker_class="gthread" if args.threads > 1 else "sync",
    )


if __name__ == "__main__":  # pragma: no cover
    main()
