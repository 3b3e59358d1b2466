"""Narratives: two sources fill the one ``narratives`` layer, and discovery finds new ones.

* ``semeval/``: the trained SemEval-2025 Task 10 classifier (taxonomy ``semeval2025``: coarse
  narratives and subnarratives of the Ukraine-Russia war and climate change), analyzer
  ``narratives_semeval25``;
* ``codebook*``: a researcher's own narratives from a TOML codebook (taxonomy = the codebook's name);
* ``discovery*``: corpus-wide clustering of recurring narratives nobody listed.

Each analyzer removes and writes only the items of its own taxonomy, so they run in one pipeline.
"""
