"""SI, TC and FLC predictions over a folder of SemEval articles, with the shipped technique model."""

from __future__ import annotations

from collections.abc import Iterator

from spinscope.analyzers.techniques.ptc.scorer import SI_LABEL, Spans
from spinscope.analyzers.techniques.tagger import TechniqueTagger, TokenOutput

CHUNK = 16  # articles per model call: windows batch across articles, memory stays bounded


def _outputs(
    articles: dict[str, str], model: TechniqueTagger, hidden: bool = False
) -> Iterator[tuple[str, str, TokenOutput]]:
    ids = sorted(articles)
    for b in range(0, len(ids), CHUNK):
        chunk = ids[b : b + CHUNK]
        for aid, out in zip(
            chunk, model.token_outputs([articles[a] for a in chunk], hidden=hidden), strict=True
        ):
            yield aid, articles[aid], out


def predict_si(articles: dict[str, str], model: TechniqueTagger) -> Spans:
    return {
        aid: [(SI_LABEL, s, e) for s, e, _ in model.si_spans(text, out)]
        for aid, text, out in _outputs(articles, model)
    }


FLC_CLASSIFIERS = ("head", "mix")


def predict_flc(articles: dict[str, str], model: TechniqueTagger, classifier: str = "head") -> Spans:
    """FLC spans. ``classifier``: ``head`` labels SI spans with the tagger's span head; ``mix`` averages
    it with the separate span classifier (slower; compared in the model card)."""
    from spinscope.analyzers.techniques.span_classifier import SpanClassifier

    if classifier not in FLC_CLASSIFIERS:
        raise ValueError(f"classifier must be head or mix; got {classifier!r}")
    # One call per article's spans: an article's labels never depend on other articles.
    span_classifier = SpanClassifier(threads=2, batch_size=16) if classifier == "mix" else None
    return {
        aid: [(p.technique, p.start, p.end) for p in model.spans(text, out, span_classifier)]
        for aid, text, out in _outputs(articles, model, hidden=model.needs_hidden)
    }


TC_CLASSIFIERS = ("head", "span", "mix")


def predict_tc(articles: dict[str, str], template: Spans, model: TechniqueTagger, classifier: str = "mix") -> Spans:
    """Label every template span; spans of articles missing from the folder are an error.

    ``classifier``: ``head`` (the tagger's span head), ``span`` (the separate span classifier in
    ``techniques/tc_model``) or ``mix`` (their probabilities averaged; scores in docs/techniques.md).
    A span the template lists k times gets its k most likely techniques.
    """
    from spinscope.analyzers.techniques.span_classifier import SpanClassifier, assign_repeated

    if classifier not in TC_CLASSIFIERS:
        raise ValueError(f"classifier must be one of {', '.join(TC_CLASSIFIERS)}; got {classifier!r}")
    missing = sorted(set(template) - set(articles))
    if missing:
        raise KeyError(f"template names articles not in the folder: {', '.join(missing[:5])}")
    wanted = {aid: articles[aid] for aid in template}
    span_clf = SpanClassifier() if classifier != "head" else None
    out: Spans = {}
    for aid, text, tok in _outputs(wanted, model, hidden=True):
        spans = [(s, e) for _, s, e in template[aid]]
        for s, e in spans:
            if not 0 <= s < e <= len(text):
                raise ValueError(f"template span [{s}, {e}) does not fit article {aid} ({len(text)} chars)")
        probs = model.span_probs(text, tok, spans, span_clf, head=classifier != "span")
        labels = assign_repeated(probs, [(aid, s, e) for s, e in spans], model.techniques)
        out[aid] = [(lab, s, e) for lab, (s, e) in zip(labels, spans, strict=True)]
    return out
