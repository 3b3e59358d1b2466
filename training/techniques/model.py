"""The torch model: MiniLM-L6 encoder + one sigmoid per channel per token (any + 14 techniques)."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from transformers import AutoModel, PretrainedConfig

from training.techniques.data import CHANNELS


class SpanTagger(nn.Module):
    """Multi-label token tagger: overlapping spans of different techniques are representable."""

    def __init__(
        self,
        encoder_dir: str | Path | None,
        n_channels: int = len(CHANNELS),
        dropout: float = 0.1,
        config: PretrainedConfig | None = None,
    ) -> None:
        super().__init__()
        # ``config`` builds a randomly initialised encoder (tests export a tiny one).
        if config is not None:
            self.encoder = AutoModel.from_config(config)
        else:
            self.encoder = AutoModel.from_pretrained(str(encoder_dir))
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(self.encoder.config.hidden_size, n_channels)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        # Hidden states are returned too: the TC span head pools them over a given span.
        return self.head(self.dropout(hidden)), hidden
