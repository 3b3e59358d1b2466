"""Training, evaluation and ONNX export of the TC span classifier (spinscope.techniques.span_classifier)."""
