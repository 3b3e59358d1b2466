"""The analyzer contract and the registry that names analyzers.

An analyzer is a small component with one job. It reads a :class:`~spinscope.core.document.Document`,
appends annotations to the layers it declares in ``assigns`` and returns the same document. It never
edits the text or another analyzer's layers. Built-in analyzers register exactly as a third-party one
would::

    @register
    class Shouting(Analyzer):
        name = "shouting"
        version = "1"
        assigns = ("techniques",)
        requires = ("sentences",)

        def __call__(self, doc):
            ...
            return doc
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from spinscope.core.document import Document
from spinscope.errors import ConfigError, UnknownAnalyzerError

_REGISTRY: dict[str, type[Analyzer]] = {}


class Analyzer:
    """Base class: keyword-only config stored unchanged, models loaded in :meth:`initialize`.

    Subclasses set ``name``, ``version`` (bump it when output changes, so stored documents are
    re-analysed), ``assigns`` (layers written) and ``requires`` (layers or facts read, e.g.
    ``"parse"`` for the spaCy parse in ``doc.cache``).
    """

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    assigns: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()
    defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, **config: Any) -> None:
        unknown = sorted(set(config) - set(self.defaults))
        if unknown:
            allowed = ", ".join(sorted(self.defaults)) or "none"
            raise ConfigError(
                f"{self.name} got unknown option(s) {', '.join(unknown)}; allowed options: {allowed}"
            )
        self.config = {**self.defaults, **config}
        self._initialized = False

    def initialize(self) -> None:
        """Load models and lexicons. Called once per process before the first document."""

    def ensure_initialized(self) -> None:
        if not self._initialized:
            self.initialize()
            self._initialized = True

    def get_config(self) -> dict[str, Any]:
        return dict(self.config)

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError(f"{type(self).__name__} must implement __call__")

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Analyse a batch. Override when batching pays (neural models)."""
        return [self(doc) for doc in docs]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({json.dumps(self.config, sort_keys=True)})"


def register(cls: type[Analyzer]) -> type[Analyzer]:
    """Class decorator: make an analyzer available to pipelines under ``cls.name``."""
    if not cls.name:
        raise ConfigError(f"{cls.__name__} has no name; set the class attribute `name`")
    _REGISTRY[cls.name] = cls
    return cls


def _load_builtins() -> None:
    # Importing the package registers the bundled analyzers through the public decorator.
    import spinscope.analyzers  # noqa: F401


def registered() -> dict[str, type[Analyzer]]:
    """All analyzer classes by name."""
    _load_builtins()
    return dict(_REGISTRY)


def get(name: str) -> type[Analyzer]:
    available = registered()
    if name not in available:
        raise UnknownAnalyzerError(
            f"No analyzer named {name!r}. Available analyzers: {', '.join(sorted(available))}"
        )
    return available[name]

