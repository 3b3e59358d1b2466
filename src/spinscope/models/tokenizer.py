"""The one tokenizer loader: a ``tokenizers.Tokenizer`` from a bundled ``tokenizer.json``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spinscope.models.files import require_files

if TYPE_CHECKING:
    from tokenizers import Tokenizer


def load_tokenizer(path: Path, max_len: int | None = None, owner: str = "spinscope") -> Tokenizer:
    """A fast tokenizer; with ``max_len`` it truncates to it and pads each batch to its longest row.

    Without ``max_len`` truncation and padding are off, for models that cut articles into windows
    themselves (the shipped tokenizer.json files pad and truncate to 128 for sentence embeddings).
    """
    from tokenizers import Tokenizer

    require_files(owner, [path])
    tok = Tokenizer.from_file(str(path))
    if max_len is None:
        tok.no_truncation()
        tok.no_padding()
    else:
        tok.enable_truncation(max_length=max_len)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok
