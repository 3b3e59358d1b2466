"""The torch span classifier: MiniLM over a marked row, [CLS] + span-mean pooling, extras, linear head."""

from __future__ import annotations

import torch
from transformers import AutoModel

from spinscope.techniques.span_classifier import N_EXTRAS


class SpanModel(torch.nn.Module):
    """Logits over the 14 PTC techniques for rows built by ``span_classifier.span_row``."""

    def __init__(self, base: str, n_labels: int, dropout: float = 0.1) -> None:
        super().__init__()
        # Eager attention traces the padding mask as plain ops when exporting to ONNX.
        self.encoder = AutoModel.from_pretrained(base, attn_implementation="eager")
        dim = self.encoder.config.hidden_size
        self.drop = torch.nn.Dropout(dropout)
        self.head = torch.nn.Linear(2 * dim + N_EXTRAS, n_labels)

    def forward(self, input_ids, attention_mask, span_mask, extras):  # noqa: ANN001 - traced for ONNX
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        w = span_mask.unsqueeze(-1)
        span = (hidden * w).sum(1) / w.sum(1).clamp(min=1.0)
        feats = torch.cat([hidden[:, 0], span, extras], dim=-1)
        return self.head(self.drop(feats))
