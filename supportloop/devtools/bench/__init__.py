"""`make bench`: what the pipeline costs compared with the bare stack underneath it."""
