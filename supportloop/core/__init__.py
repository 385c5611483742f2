"""The decision core: events and topics (the contract between services), classification
guardrails, policies, resolution, hand-off, autonomy and the metric arithmetic.

Pure code over ports: nothing here imports Kafka, Faust, HTTP clients or a language-model
SDK (a test enforces it). The services wire it to the adapters.
"""
