"""The HTTP API: validate task contracts, store them, enqueue them. ``create_app`` builds it."""
