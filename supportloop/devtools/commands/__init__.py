"""Developer commands of the `supportloop` CLI: demo, demo-store, bench, kafka up/down."""
