"""Model loading: spaCy pipelines and bundled ONNX models. Nothing here fetches from a hub."""
