"""Persuasion techniques at span level: taxonomy, sliding windows and the ONNX technique tagger."""

from spinscope.analyzers.techniques.taxonomy import DEFINITIONS, PTC_TECHNIQUES, reason, to_taxonomy

__all__ = ["DEFINITIONS", "PTC_TECHNIQUES", "reason", "to_taxonomy"]
