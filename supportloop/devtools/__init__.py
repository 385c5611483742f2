"""Tooling that production never imports: the demo store (a strict emulation of the vendor
APIs), demo data, the demo itself, the rollout simulator, the benchmark, the local Kafka
broker and the dev stack that runs every service on one machine. A test checks that no
module outside this package imports it, except the CLI's lazy hooks.
"""
