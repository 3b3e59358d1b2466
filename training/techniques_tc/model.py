"""The torch span classifier: MiniLM over a marked row, [CLS] + span-mean pooling, extras, linear head."""

from __future__ import annotations

import torch
from transformers import AutoModel

from spinscope.analyzers.techniques.span_classifier import N_EXTRAS


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


class MixModel(torch.nn.Module):
    """Average of two span classifiers sharing layers 1-5: the fine-tuned ``SpanModel`` and the
    logistic-regression head over the untouched base (its own copy of layer 6).

    They err differently (on PTC dev the mix beat either alone; see the model card), and the second
    copy of layer 6 costs about a sixth more compute. Returns log-probabilities, so a softmax over
    the output gives the mixed probabilities.
    """

    def __init__(self, tuned: SpanModel, base_layer: torch.nn.Module, lr_head: torch.nn.Linear, mix: float) -> None:
        super().__init__()
        self.tuned = tuned
        self.base_layer = base_layer
        self.lr_head = lr_head
        self.mix = mix

    def forward(self, input_ids, attention_mask, span_mask, extras):  # noqa: ANN001 - traced for ONNX
        out = self.tuned.encoder(input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=True)
        add = (1.0 - attention_mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        w = span_mask.unsqueeze(-1)
        probs = []
        for hidden, head in ((out.last_hidden_state, self.tuned.head),
                             (self.base_layer(out.hidden_states[-2], attention_mask=add), self.lr_head)):
            span = (hidden * w).sum(1) / w.sum(1).clamp(min=1.0)
            probs.append(torch.softmax(head(torch.cat([hidden[:, 0], span, extras], -1)), -1))
        return torch.log((1.0 - self.mix) * probs[0] + self.mix * probs[1])
