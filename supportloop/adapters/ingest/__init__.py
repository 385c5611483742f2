"""Reading tickets from files and webhooks into `Ticket` objects, with row-level errors."""
