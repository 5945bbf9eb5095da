"""Loaders: pure functions from an input (file, stdin, record) to a `Source`; see `registry`."""
