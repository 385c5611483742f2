"""SupportLoop: closed-loop ecommerce support automation on Kafka."""

__version__ = "0.1.0"
