"""Export a transformers model to ONNX and quantise it to int8 (training-time only)."""

from __future__ import annotations

import sys
from pathlib import Path

import torch
from onnxruntime.quantization import QuantType, quantize_dynamic

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # training/ is run from anywhere
from training.pair_bound import bound_file  # noqa: E402


class _Outputs(torch.nn.Module):
    """Return one tensor (hidden states or logits) so the ONNX graph has a single named output."""

    def __init__(self, model: torch.nn.Module, field: str) -> None:
        super().__init__()
        self.model = model
        self.field = field

    def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001 - traced
        out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
        return getattr(out, self.field)


def export(model: torch.nn.Module, field: str, output_name: str, path: Path) -> None:
    """Trace ``model`` with dynamic batch and sequence axes; ``field`` picks the output."""
    model.eval()
    wrapper = _Outputs(model, field)
    dummy = torch.ones(2, 8, dtype=torch.long)
    # A mask with padding in it: an all-ones mask lets transformers drop the mask while tracing,
    # and the exported graph would then attend to padding.
    mask = dummy.clone()
    mask[1, 5:] = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
            "token_type_ids": {0: "batch", 1: "seq"}, output_name: {0: "batch"}}
    # dynamo=False: the TorchScript exporter needs no onnxscript, which the training env lacks.
    torch.onnx.export(
        wrapper,
        (dummy, mask, torch.zeros_like(dummy)),
        str(path),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=[output_name],
        dynamic_axes=axes,
        opset_version=17,
        dynamo=False,
    )


def quantise(src: Path, dst: Path) -> None:
    """Dynamic int8 quantisation of constant weights (MatMul/Gemm/Gather); activations stay float.

    MatMulConstBOnly leaves the activation-by-activation attention products in float: quantising
    them too cut the cosine to the float32 embeddings from 0.99 to 0.95 on CT24 dev sentences.
    """
    quantize_dynamic(
        str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True,
        extra_options={"MatMulConstBOnly": True},
    )
    bound_file(dst)  # the same integers on AVX2-only CPUs (docs/determinism.md)
