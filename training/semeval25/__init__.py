"""Training and evaluation for the SemEval-2025 Task 10 roles and narratives models (issue 12)."""
