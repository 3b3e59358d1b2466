"""SI, TC and FLC predictions over a folder of SemEval articles, with the shipped technique model."""

from __future__ import annotations

from collections.abc import Iterator

from spinscope.ptc.scorer import SI_LABEL, Spans
from spinscope.techniques.runner import TechniqueModel, TokenOutput

CHUNK = 16  # articles per model call: windows batch across articles, memory stays bounded


def _outputs(
    articles: dict[str, str], model: TechniqueModel, hidden: bool = False
) -> Iterator[tuple[str, str, TokenOutput]]:
    ids = sorted(articles)
    for b in range(0, len(ids), CHUNK):
        chunk = ids[b : b + CHUNK]
        for aid, out in zip(
            chunk, model.token_outputs([articles[a] for a in chunk], hidden=hidden), strict=True
        ):
            yield aid, articles[aid], out


def predict_si(articles: dict[str, str], model: TechniqueModel) -> Spans:
    return {
        aid: [(SI_LABEL, s, e) for s, e, _ in model.si_spans(text, out)]
        for aid, text, out in _outputs(articles, model)
    }


def predict_flc(articles: dict[str, str], model: TechniqueModel) -> Spans:
    return {
        aid: [(p.technique, p.start, p.end) for p in model.spans(text, out)]
        for aid, text, out in _outputs(articles, model, hidden=model.needs_hidden)
    }


def predict_tc(articles: dict[str, str], template: Spans, model: TechniqueModel) -> Spans:
    """Label every template span; spans of articles missing from the folder are an error."""
    missing = sorted(set(template) - set(articles))
    if missing:
        raise KeyError(f"template names articles not in the folder: {', '.join(missing[:5])}")
    wanted = {aid: articles[aid] for aid in template}
    out: Spans = {}
    for aid, text, tok in _outputs(wanted, model, hidden=True):
        rows = []
        for _, s, e in template[aid]:
            if not 0 <= s < e <= len(text):
                raise ValueError(f"template span [{s}, {e}) does not fit article {aid} ({len(text)} chars)")
            rows.append((model.classify(text, tok, s, e)[0], s, e))
        out[aid] = rows
    return out
