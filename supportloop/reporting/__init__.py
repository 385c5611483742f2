"""Report renderers shared by the CLI commands (HTML for sharing)."""
