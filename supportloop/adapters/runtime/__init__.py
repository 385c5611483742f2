"""What every Faust service shares: app factory, health/metrics pages, the stage runner."""
