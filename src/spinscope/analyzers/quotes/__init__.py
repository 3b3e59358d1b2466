"""Who said what: quote scanning, attribution rules, speaker resolution, ``via`` and ``issuer``.

Modules are split by concept: :mod:`.lexicon` (cue verbs, roles, pronouns), :mod:`.marks` (quotation
marks), :mod:`.direct` and :mod:`.indirect` (rules over the spaCy parse), :mod:`.tagger` (the trained
span tagger), :mod:`.speakers` (resolution to names), :mod:`.via` and :mod:`.issuer`.
"""
