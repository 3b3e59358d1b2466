"""Actor roles (SemEval-2025 Task 10 subtask 1): how a document casts each entity.

``taxonomy`` holds the 3 main and 22 fine roles, ``task_format`` reads and writes the task's
tab-separated files, ``scoring`` implements the task's measures, ``features`` turns a mention in its
context into encoder features, ``classifier`` applies the shipped head and ``analyzer`` sets
``Entity.role``.
"""
