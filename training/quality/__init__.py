"""Per-layer precision and recall at candidate minimum scores, on our own splits (docs/quality.md)."""
