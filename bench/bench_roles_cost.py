"""The roles stage's own cost before and after issue 22, in CPU seconds on the same parsed documents.

    python bench/bench_roles_cost.py [N]      # the first N PTC train articles (20), else synthetic texts

Before: the head classified every actor's first 20 mentions. After: the cues (parse-based) decide, and
the head runs on the mentions of cast actors only. Both read the same cached encoder pass, which is
computed before timing (the narratives need it either way); the label finder is timed too. Prints
figures; asserts nothing.
"""

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_speed import articles  # noqa: E402

from spinscope.analyzers.entities.labels import framing_labels  # noqa: E402
from spinscope.analyzers.roles.mention_model import shared_role_model  # noqa: E402
from spinscope.core.document import Document  # noqa: E402
from spinscope.core.pipeline import Pipeline  # noqa: E402
from spinscope.models.windows_cache import document_states  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
texts, label = articles(n)
docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
print(label)
pre = Pipeline(["parse", "entities", "quotes", "claims", "roles"], threaded=False)
analyzers = pre.analyzers
for a in analyzers:
    a.ensure_initialized()
roles = analyzers[-1]
model = shared_role_model()
for i, d in enumerate(docs):
    for a in analyzers[:-1]:
        d = a(d)
    document_states(d)
    docs[i] = d
types = {"PERSON", "ORG", "GPE", "NORP"}

def old(doc):
    """The roles stage before issue 22: the head on every actor's first 20 mentions."""
    for e in doc.entities:
        if e.type not in types or not e.mentions:
            continue
        spans = [(m.start, m.end) for m in e.mentions[:20]]
        per = model.classify(doc.text, spans, document_states(doc))
        model.aggregate(np.stack([r.p_main for r in per]), np.stack([r.p_fine for r in per]))

def new(doc):
    roles(doc)


words = sum(len(d.text.split()) for d in docs)
for name, fn in (("old", old), ("new", new), ("old", old), ("new", new)):
    t0 = time.process_time()
    for d in docs:
        fn(d)
    print(name, f"{time.process_time() - t0:.3f} CPU s for {len(docs)} docs, {words} words", flush=True)
cast = sum(e.role is not None for d in docs for e in d.entities)
total = sum(e.type in types for d in docs for e in d.entities)
print("actors cast", cast, "of", total)
# labels: the new label finder on every mention
t0 = time.process_time()
for d in docs:
    for e in d.entities:
        for m in e.mentions:
            framing_labels(d.cache["parse"], m)
print("labels", f"{time.process_time() - t0:.3f} CPU s")
