"""Corpus-level analysis of outlets: coordinated campaigns and outlet profiles.

Unlike an analyzer, which sees one document, this package reads the whole store: which outlets
published the same text, claim or narrative within a time window (:func:`detect_campaigns`), the
outlet network as GraphML (:func:`to_graphml`), and what each outlet publishes
(:func:`outlet_profiles`). See docs/campaigns.md.
"""

from __future__ import annotations

from spinscope.campaigns.detect import detect_campaigns
from spinscope.campaigns.graphml import to_graphml
from spinscope.campaigns.options import SIGNALS, DetectionOptions, parse_window
from spinscope.campaigns.profiles import outlet_profiles
from spinscope.campaigns.records import Campaign, Detection

__all__ = [
    "SIGNALS",
    "Campaign",
    "Detection",
    "DetectionOptions",
    "detect_campaigns",
    "outlet_profiles",
    "parse_window",
    "to_graphml",
]
