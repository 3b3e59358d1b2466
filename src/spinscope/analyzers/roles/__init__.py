"""Actor roles (SemEval-2025 Task 10 subtask 1): how a document casts each entity.

``taxonomy`` holds the 3 main and 22 fine roles, ``task_format`` reads and writes the task's
tab-separated files, ``scoring`` implements the task's measures, ``features`` pools a mention's encoder
features from the document's shared windowed pass (:mod:`spinscope.models.windows_cache`),
``context_features`` the layer features tried beside them, ``classifier`` applies the shipped head.
Issue 22: ``cues`` finds where the text casts an actor and in whose voice (``lexicon`` its words,
``phrases`` its syntax tests), ``decide`` turns an actor's cues into one role with its evidence and a
calibrated score, ``task`` answers the task's mentions (cues, else the calibrated head), and
``analyzer`` sets ``Entity.role`` and ``Entity.mention_roles``.
"""
