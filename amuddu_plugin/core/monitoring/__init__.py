"""The committee's monitoring (issue 13): coverage, alerts, snapshots and the report."""
