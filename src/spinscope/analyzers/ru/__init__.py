"""Russian analyzers (issue 24): the same layers as the English set, from Russian tools and rules.

Each one declares ``languages = ("ru",)``, so the pipeline runs them on Russian documents only and
the English analyzers skip those documents. See docs/russian.md.
"""
