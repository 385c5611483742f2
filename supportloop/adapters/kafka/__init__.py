"""Kafka adapters: connection settings, the local broker, topic admin, reading and producing."""
