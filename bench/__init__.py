"""Benchmark: the generator against MkDocs building the same pages written by hand."""
