"""Bundled analyzers, one package per concern (``parse``, ``entities``, ``techniques``, ``quotes``,
``claims``), each with its ``analyzer.py``, its logic and its model files.

They are found through the ``spinscope.analyzers`` entry points in ``pyproject.toml`` (see
:func:`spinscope.core.registry.registered`), so importing one concern's module (the technique
taxonomy, say) never loads the others. Registration never looks at model files: an analyzer whose
files are missing still registers (and constructs: constructors do no I/O), and a pipeline with it raises
:class:`~spinscope.models.files.MissingModelError` naming them.
"""
