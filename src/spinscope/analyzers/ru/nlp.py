"""Russian NLP models, loaded once per process: razdel (sentences, tokens), slovnet (NER, morphology,
syntax over navec embeddings) and pymorphy3 (lemmas, inflection).

slovnet's models and the navec embeddings ship inside the ``natasha`` wheel (34 MB); we read them
from its ``data`` folder without importing ``natasha`` itself (its ``__init__`` imports pymorphy2,
which does not run on Python 3.11). pymorphy3's dictionaries come in ``pymorphy3-dicts-ru``.
slovnet runs small numpy CNNs: the same input gives the same output; its float argmaxes could only
differ across CPUs on an exact tie.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path
from typing import Any

from spinscope.models.cache import shared_model
from spinscope.models.files import MissingModelError

NAVEC = "emb/navec_news_v1_1B_250K_300d_100q.tar"
NER = "model/slovnet_ner_news_v1.tar"
MORPH = "model/slovnet_morph_news_v1.tar"
SYNTAX = "model/slovnet_syntax_news_v1.tar"


def natasha_data() -> Path:
    spec = find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise MissingModelError("the Russian analyzers need the 'natasha' package (slovnet models): pip install natasha")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def model_files() -> list[Path]:
    root = natasha_data()
    return [root / NAVEC, root / NER, root / MORPH, root / SYNTAX]


@shared_model
def load_navec() -> Any:
    from navec import Navec

    return Navec.load(natasha_data() / NAVEC)


@shared_model
def load_ner() -> Any:
    from slovnet import NER as SlovnetNER

    return SlovnetNER.load(natasha_data() / NER).navec(load_navec())


@shared_model
def load_morph() -> Any:
    from slovnet import Morph

    return Morph.load(natasha_data() / MORPH, batch_size=8).navec(load_navec())


@shared_model
def load_syntax() -> Any:
    from slovnet import Syntax

    return Syntax.load(natasha_data() / SYNTAX, batch_size=8).navec(load_navec())


@shared_model
def load_morph_analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()
