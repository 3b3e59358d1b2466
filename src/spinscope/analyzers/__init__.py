"""Bundled analyzers. Importing this package registers them through :func:`spinscope.core.registry.register`.

Registration never looks at model files: an analyzer whose files are missing still registers, and
building it raises :class:`~spinscope.models.files.MissingModelError` naming them.
"""

# Imported for their @register side effect; pipelines order analyzers themselves.
import spinscope.analyzers.claims.analyzer  # noqa: F401
import spinscope.analyzers.entities.analyzer  # noqa: F401
import spinscope.analyzers.parse.analyzer  # noqa: F401
import spinscope.analyzers.quotes.analyzer  # noqa: F401
import spinscope.analyzers.techniques.analyzer  # noqa: F401
