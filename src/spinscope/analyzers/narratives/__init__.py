"""Narratives: the SemEval-2025 classifier and user codebooks fill the one `narratives` layer; corpus-wide discovery of recurring narratives."""
