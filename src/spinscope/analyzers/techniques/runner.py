"""Former name of :mod:`spinscope.analyzers.techniques.tagger`, kept only until ``cli/ptc.py`` imports
``load_tagger`` from there (issue 10). Do not use in new code."""

from spinscope.analyzers.techniques.tagger import TechniqueTagger as TechniqueModel
from spinscope.analyzers.techniques.tagger import load_tagger as load_model

__all__ = ["TechniqueModel", "load_model"]
