"""Claims and denials: check-worthiness scoring (ONNX), denial and evidence-marker rules, and
cross-document contradictions (see :mod:`spinscope.analyzers.claims.contradictions`)."""
