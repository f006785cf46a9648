"""Benchmarks (not tests): a synthetic academic world and one harness, ``python -m bench.run``."""
