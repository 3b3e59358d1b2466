"""The analyzer contract and the registry that names analyzers.

An analyzer is a small component with one job. It reads a :class:`~spinscope.core.document.Document`,
writes the layers and fields it declares in ``assigns`` and returns the same document. It never edits
the text or anything it does not declare. Built-in analyzers register exactly as a third-party one
would::

    @register
    class Shouting(Analyzer):
        name = "shouting"
        version = "1"
        assigns = ("techniques",)
        requires = ("sentences",)
        params = (Param("min_len", 3, "shortest all-caps word", type=int, low=1),)

        def __call__(self, doc):
            self.clear_layers(doc)
            ...
            return doc

The contract
------------
``assigns``
    Annotation layers (:func:`spinscope.core.layers.layer_names`), document fields (``issuer``) and
    attributes of another layer's items (``entities.role``) the analyzer writes. Checked at
    :func:`register`.
``provides``
    Transient facts it leaves in ``doc.cache`` for later analyzers (``"parse"``: the spaCy Doc).
    The pipeline drops the cache after a run; nothing in it is stored.
``requires``
    Everything it reads that another analyzer assigns or provides. ``Pipeline(...)`` refuses an
    order in which a requirement comes from no earlier analyzer. The text and input metadata
    (title, source) are always there.
``params``
    Every option, as :class:`~spinscope.core.params.Param`; all are validated in ``__init__``,
    on the values alone: a constructor does no I/O. Files (model files, an option naming a file)
    are checked by :meth:`Analyzer.check`, which building a pipeline runs for every analyzer.
``languages``
    The document languages (``doc.lang``, ISO 639-1) it is written for; ``("*",)`` for any. The
    pipeline runs it only on those documents, so one pipeline holds an English and a Russian set of
    analyzers and each document gets its own language's. Default ``("en",)``: an analyzer that
    says nothing was written for English. A document whose language is undetermined (``"und"``)
    gets the English analyzers, as every document did before languages were detected.
Write rule: replace
    An analyzer clears its own layers before writing them (:meth:`Analyzer.clear_layers`), so
    running it twice on a document gives the same document as running it once. A document field it
    assigns (``issuer``) is set when found and left as it is otherwise.
Missing model files
    Registration and construction never look at files. Building a pipeline with an analyzer whose
    files are missing raises :class:`~spinscope.models.files.MissingModelError` naming them (see
    :meth:`Analyzer.model_files` and :meth:`Analyzer.check`), before the first document.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from spinscope.core.document import Document
from spinscope.core.layers import get_layer, layer_names, layers
from spinscope.core.params import Param
from spinscope.errors import ConfigError, UnknownAnalyzerError
from spinscope.models.files import require_files

__all__ = ["Analyzer", "Param", "get", "register", "registered"]

_REGISTRY: dict[str, type[Analyzer]] = {}


class _Defaults:
    """``Analyzer.defaults``: every option's default by name, read from ``params`` (class or instance)."""

    def __get__(self, obj: object, cls: type[Analyzer]) -> dict[str, Any]:
        return {p.name: p.default for p in cls.params}


class Analyzer:
    """Base class: options declared in ``params`` and checked at build, models loaded in :meth:`initialize`.

    Subclasses set ``name``, ``version`` (bump it when output changes, so stored documents are
    re-analysed), ``assigns``, ``provides``, ``requires`` and ``params`` (see the module docstring).
    """

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    assigns: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()
    params: ClassVar[tuple[Param, ...]] = ()
    languages: ClassVar[tuple[str, ...]] = ("en",)
    defaults = _Defaults()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        legacy = cls.__dict__.get("defaults")
        if isinstance(legacy, dict) and "params" not in cls.__dict__:
            # An analyzer written before `params`: its options are accepted unchecked.
            cls.params = tuple(Param(k, v, "") for k, v in legacy.items())

    def __init__(self, **config: Any) -> None:
        declared = {p.name: p for p in self.params}
        unknown = sorted(set(config) - set(declared))
        if unknown:
            allowed = ", ".join(declared) or "none"
            raise ConfigError(
                f"{self.name} got unknown option(s) {', '.join(unknown)}; allowed options: {allowed}"
            )
        self.config: dict[str, Any] = {}
        for p in self.params:
            value = config.get(p.name, p.default)
            try:
                self.config[p.name] = p.check(value)
            except ValueError as exc:
                raise ConfigError(f"The {p.name!r} option of {self.name} must be {exc}. Got {value!r}.") from None
        self.validate()
        self._checked = False
        self._initialized = False

    def validate(self) -> None:
        """Checks across options, on their values alone (no file is read: constructors do no I/O);
        raise ConfigError. Runs in ``__init__``."""

    def check(self) -> None:
        """Checks against the file system: the model files are there, a file an option names can be
        read. Building a pipeline runs it (so a missing file fails before the first document), and so
        does :meth:`ensure_initialized`. Override to check more, calling ``super().check()``."""
        if not self._checked:
            require_files(self.name, self.model_files())
            self._checked = True

    def model_files(self) -> list[Path]:
        """Files :meth:`initialize` will load under this config; checked at build so none is missing."""
        return []

    def initialize(self) -> None:
        """Load models and lexicons. Called once per process before the first document."""

    def ensure_initialized(self) -> None:
        if not self._initialized:
            self.check()
            self.initialize()
            self._initialized = True

    def get_config(self) -> dict[str, Any]:
        return dict(self.config)

    def handles(self, doc: Document) -> bool:
        """Whether this analyzer runs on ``doc``, from its ``languages`` and ``doc.lang``."""
        return handles_language(self.languages, doc.lang)

    def owns(self, layer: str, item: Any) -> bool:
        """Whether a stored ``item`` of ``layer`` is this analyzer's to replace when it runs again.

        Items no analyzer of a re-run owns are carried over (a layer it did not run is never dropped).
        An analyzer that shares a layer (two sources of ``narratives``) owns only its own items.
        """
        return any(name == layer for name in self.assigns)

    def clear_layers(self, doc: Document) -> None:
        """Undo what this analyzer wrote before: the write rule is replace (see the module docstring).

        A layer is emptied; a ``layer.field`` attribute is reset to its default on every item. An
        analyzer that shares a layer with another (two sources of ``narratives``) overrides this to
        remove only its own items.
        """
        for name in self.assigns:
            layer_name, _, attr = name.partition(".")
            items = getattr(doc, layer_name)
            if not isinstance(items, list):
                continue
            if not attr:
                items.clear()
                continue
            spec = next(f for f in dataclasses.fields(get_layer(layer_name).item) if f.name == attr)
            for item in items:
                fresh = spec.default_factory() if spec.default_factory is not dataclasses.MISSING else spec.default
                setattr(item, attr, fresh)

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError(f"{type(self).__name__} must implement __call__")

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Analyse a batch. Override when batching pays (neural models)."""
        return [self(doc) for doc in docs]

    def prefetch(self, doc: Document) -> None:
        """Optional: work that needs only ``doc.text``, put in ``doc.cache`` ahead of :meth:`__call__`.

        The pipeline may run it in a background thread while earlier analyzers work on the same
        document (one document's stages otherwise run one after the other), so it must be
        thread-safe and must not assign layers. An error here is ignored: the analyzer's own call
        does the work again and records the failure.
        """

    def __repr__(self) -> str:
        return f"{type(self).__name__}({json.dumps(self.config, sort_keys=True)})"


# The language whose analyzers an undetermined document gets (what every document got before).
FALLBACK_LANGUAGE = "en"


def handles_language(languages: tuple[str, ...], lang: str | None) -> bool:
    """Whether analyzers declaring ``languages`` run on a document in ``lang``."""
    if "*" in languages:
        return True
    if not lang or lang == "und":
        lang = FALLBACK_LANGUAGE
    return lang in languages


def writable_fields() -> frozenset[str]:
    """Names an analyzer may put in ``assigns``.

    The annotation layers, the derived document fields (``issuer``), and ``layer.field`` for an
    attribute an analyzer adds to another analyzer's annotations (``entities.role``).
    """
    attributes = {f"{layer.name}.{f.name}" for layer in layers() for f in layer.fields}
    return frozenset(layer_names()) | {"issuer"} | attributes


def register(cls: type[Analyzer]) -> type[Analyzer]:
    """Class decorator: make an analyzer available to pipelines under ``cls.name``."""
    if not cls.name:
        raise ConfigError(f"{cls.__name__} has no name; set the class attribute `name`")
    _check_declarations(cls)
    _REGISTRY[cls.name] = cls
    return cls


def unregister(name: str) -> None:
    """Forget a registered analyzer (a plugin being unloaded, a test's toy analyzer)."""
    _REGISTRY.pop(name, None)


def _check_declarations(cls: type[Analyzer]) -> None:
    unknown = sorted(set(cls.assigns) - writable_fields())
    if unknown:
        raise ConfigError(
            f"analyzer {cls.name!r} assigns {unknown}, which are not layers or document fields "
            f"({', '.join(sorted(writable_fields()))}); name cache facts in `provides`"
        )
    clash = sorted(set(cls.provides) & writable_fields())
    if clash:
        raise ConfigError(f"analyzer {cls.name!r} provides {clash}: layers and fields belong in `assigns`")
    langs = cls.languages
    if not isinstance(langs, tuple) or not langs or not all(isinstance(x, str) and x for x in langs):
        raise ConfigError(f"analyzer {cls.name!r}: `languages` must be a non-empty tuple of ISO 639-1 codes or ('*',)")
    names = [p.name for p in cls.params]
    if len(set(names)) != len(names) or not all(isinstance(p, Param) for p in cls.params):
        raise ConfigError(f"analyzer {cls.name!r}: `params` must be Param objects with distinct names")


ENTRY_POINT_GROUP = "spinscope.analyzers"
_loaded_entry_points = False


def _load_entry_points() -> None:
    """Register every analyzer published in the ``spinscope.analyzers`` entry-point group, once.

    The bundled analyzers are published there by spinscope's own package metadata, so they are found
    exactly as a third-party package's would be, and this module never imports them.
    """
    global _loaded_entry_points
    if _loaded_entry_points:
        return
    _loaded_entry_points = True
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in _REGISTRY:
            continue
        cls = ep.load()  # importing the module usually registers it through @register
        if cls.name != ep.name:
            raise ConfigError(f"entry point {ep.name!r} ({ep.value}) names an analyzer called {cls.name!r}")
        if ep.name not in _REGISTRY:
            register(cls)


def registered() -> dict[str, type[Analyzer]]:
    """All analyzer classes by name."""
    _load_entry_points()
    return dict(_REGISTRY)


def get(name: str) -> type[Analyzer]:
    available = registered()
    if name not in available:
        raise UnknownAnalyzerError(
            f"No analyzer named {name!r}. Available analyzers: {', '.join(sorted(available))}"
        )
    return available[name]


def providers(facts: Iterable[str]) -> list[str]:
    """Registered analyzers that assign or provide any of ``facts``, by name."""
    wanted = set(facts)
    return sorted(n for n, cls in registered().items() if wanted & (set(cls.assigns) | set(cls.provides)))


def describe_params(cls: type[Analyzer]) -> list[dict[str, Any]]:
    """Each option's name, default, allowed values and help, for ``spinscope analyzers`` and docs."""
    return [{"name": p.name, "default": p.default, "allowed": p.allowed(), "help": p.help} for p in cls.params]
