"""Training, evaluation and ONNX export of the TC span classifier (spinscope.analyzers.techniques.span_classifier)."""
