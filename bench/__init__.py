"""Benchmarks: each prints its figure next to a floor measured in the same run, and the ratio."""
