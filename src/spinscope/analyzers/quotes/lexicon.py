"""Word lists for attribution: reporting verbs, role nouns, pronouns. Lemmas, lower case."""

from __future__ import annotations

# Verbs that report speech or a stance: "said", "warned", "insisted", "denied" ...
SPEECH_VERBS = frozenset(
    """
    say tell add state note claim insist warn argue explain declare announce assert stress
    emphasize emphasise suggest acknowledge admit confirm deny reject dismiss allege accuse charge
    write tweet post report reveal disclose predict promise pledge vow vowed reply respond answer
    retort counter continue conclude recall remark observe comment contend maintain reiterate
    repeat urge demand ask question call describe label brand blame criticize criticise condemn
    denounce praise threaten caution complain concede estimate testify testified inform assure
    boast joke quip lament mention point indicate signal hint propose recommend predict
    """.split()
)
# Cues whose content is the object plus a prepositional complement: "accused X of ...".
OBJECT_OF_VERBS = {"accuse": "of", "blame": "for", "criticize": "for", "criticise": "for", "praise": "for"}
# Thought verbs: PolNeAR counts beliefs as attribution, and so do we for "believes that".
THOUGHT_VERBS = frozenset({"believe", "think", "feel", "fear", "hope", "expect", "doubt", "know", "worry"})
CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS

PERSON_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
# "their"/"its" own a noun cue ("their claim that …") as "they"/"it" speak.
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we", "their", "its"})
FIRST_PERSON = frozenset({"i", "we", "our"})

# Role words that refer back to a person or body named earlier; value: the entity type expected.
ROLE_NOUNS = {
    "minister": "PERSON", "president": "PERSON", "premier": "PERSON", "chancellor": "PERSON",
    "spokesman": "PERSON", "spokeswoman": "PERSON", "spokesperson": "PERSON", "senator": "PERSON",
    "governor": "PERSON", "mayor": "PERSON", "official": "PERSON", "ambassador": "PERSON",
    "secretary": "PERSON", "general": "PERSON", "commander": "PERSON", "leader": "PERSON",
    "candidate": "PERSON", "nominee": "PERSON", "chairman": "PERSON", "chairwoman": "PERSON",
    "chief": "PERSON", "director": "PERSON", "prosecutor": "PERSON", "judge": "PERSON",
    "lawmaker": "PERSON", "congressman": "PERSON", "congresswoman": "PERSON", "diplomat": "PERSON",
    "envoy": "PERSON", "representative": "PERSON", "head": "PERSON", "prime": "PERSON",
    "ministry": "ORG", "agency": "ORG", "government": "ORG", "embassy": "ORG", "company": "ORG",
    "campaign": "ORG", "party": "ORG", "committee": "ORG", "department": "ORG", "office": "ORG",
    "army": "ORG", "military": "ORG", "police": "ORG", "group": "ORG", "organisation": "ORG",
    "organization": "ORG", "council": "ORG", "court": "ORG", "administration": "ORG",
    "broadcaster": "ORG", "newspaper": "ORG", "outlet": "ORG", "network": "ORG", "firm": "ORG",
    "kremlin": "ORG", "pentagon": "ORG", "white": "ORG", "commission": "ORG", "union": "ORG",
    "charity": "ORG", "foundation": "ORG",
}
FEMALE_WORDS = frozenset({"spokeswoman", "chairwoman", "congresswoman", "mrs.", "ms.", "mrs", "ms", "madam"})
MALE_WORDS = frozenset({"spokesman", "chairman", "congressman", "mr.", "mr"})
# Entity types that can speak (spaCy labels; the entities analyzer keeps them).
SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
