"""Bundled data files: the alias table."""
