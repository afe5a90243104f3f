"""Benchmarks and the synthetic-practice generator (not part of the test run)."""
