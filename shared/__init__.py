"""What the API and the workers both need: settings, models, the state machine, schemas."""
