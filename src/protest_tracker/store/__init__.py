"""The event store: Django models, migrations and the services that write them (with an audit trail)."""
