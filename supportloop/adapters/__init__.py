"""Adapters at the edge: Kafka (admin, reader, producer), the Faust runtime every service
runs on, HTTP connectors to the store, helpdesk and subscriptions, webhooks, ingestion and
the optional language model. They implement the core's ports; production imports them.
"""
