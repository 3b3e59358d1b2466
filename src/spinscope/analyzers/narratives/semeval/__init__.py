"""SemEval-2025 Task 10 subtask 2: coarse narratives and subnarratives (Ukraine-Russia war, climate).

``taxonomy`` holds the label inventories, ``task_format`` and ``scoring`` the task's file format and
F1-samples measure, ``chunks`` the paragraph windows of a document, ``classifier`` the shipped
model and ``analyzer`` fills the ``narratives`` layer with taxonomy ``semeval2025``.
"""
