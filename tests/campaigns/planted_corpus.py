"""A hand-written multi-outlet corpus with planted campaigns, built into a real SQLite store.

Everything is invented (Velmor, Dunmark, Orsk, the outlets). Claims are marked by hand as the
claims layer would mark them, so the tests exercise detection, not the claim finder; signatures and
near-duplicate links come from the real MinHash index.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from spinscope.core.annotations import Claim, Narrative, Quote, Span, Technique
from spinscope.core.document import Document
from spinscope.ingest import dedup
from spinscope.store import Store

T0 = datetime(2026, 3, 2, 8, 0)

STATEMENT = (
    "The Ministry of Foreign Affairs of Velmor states that the so-called observers sent by Dunmark "
    "to the Orsk valley are spies working for a hostile bloc. Their report was written before they "
    "arrived and every figure in it was invented in a foreign office. Velmor has always respected "
    "the ceasefire, and the shelling of the Orsk dam was carried out by Dunmark's own militia to "
    "blame our forces. We call on all honest journalists to ignore this slanderous report and to "
    "visit the valley themselves. The ministry will publish its own evidence next week."
)
CAMPAIGN_CLAIM = "the shelling of the Orsk dam was carried out by Dunmark's own militia to blame our forces"
PARAPHRASES = [
    ("Velm Herald", 0, "Sources say Dunmark secretly moved missile launchers into the border village of Orsk."),
    ("Ostra Daily", 3, "Dunmark has covertly deployed missile launchers to Orsk, a village on the border."),
    ("Kestrel News", 7, "Missile launchers were quietly moved by Dunmark into Orsk near the border."),
    ("Harbour Times", 11, "Dunmark moved missile launchers into the border village of Orsk in secret, officials claim."),
]
BACKGROUND = [
    ("Selva Post", "The city council of Port Selva approved a new budget for schools and bus lines on Monday."),
    ("Nordhaven Wire", "Grain exports through the Tarn corridor rose by four percent in February, the port office said."),
    ("Tarn Courier", "A storm closed the mountain road to Velm for six hours before crews cleared the snow."),
    ("Velm Herald", "The national orchestra will tour five cities in the spring, its director announced."),
    ("Ostra Daily", "Farmers in the Ostra plain expect a late harvest after a cold and wet March."),
    ("Harbour Times", "Ferry prices to the islands will rise next month because fuel costs have gone up."),
]


def _doc(doc_id: str, outlet: str, hours: float, text: str, claims: list[tuple[str, list[str]]],
         title: str | None = None, narratives: list[str] | None = None, issuer: str | None = None) -> Document:
    doc = Document(id=doc_id, text=text, title=title, source=outlet,
                   published=(T0 + timedelta(hours=hours)).isoformat() + "+00:00", issuer=issuer)
    for sentence, deniers in claims:
        start = text.index(sentence)
        doc.claims.append(Claim(start, start + len(sentence), 0.9, asserted_by=issuer or outlet,
                                denied_by=deniers))
    for label in narratives or []:
        doc.narratives.append(Narrative("test", label, label, score=0.9, evidence=[Span(0, min(40, len(text)))]))
    return doc


def planted_documents() -> list[Document]:
    docs: list[Document] = []
    # 1. Republication: three outlets carry the statement within hours, one edits it; a fourth days later.
    docs.append(_doc("rep-ostra", "Ostra Daily", 0, STATEMENT, [(CAMPAIGN_CLAIM, [])],
                     title="Ministry: observers are spies", issuer="Ministry of Foreign Affairs of Velmor"))
    docs.append(_doc("rep-kestrel", "Kestrel News", 2, "VELM - " + STATEMENT, [(CAMPAIGN_CLAIM, [])],
                     title="Velmor rejects observer report", issuer="Ministry of Foreign Affairs of Velmor"))
    edited = STATEMENT.replace(" The ministry will publish its own evidence next week.", "")
    docs.append(_doc("rep-tarn", "Tarn Courier", 5, edited + " (Statement in full.)", [(CAMPAIGN_CLAIM, [])],
                     issuer="Ministry of Foreign Affairs of Velmor"))
    docs.append(_doc("rep-selva-late", "Selva Post", 80, "Three days on: " + STATEMENT, [(CAMPAIGN_CLAIM, [])],
                     issuer="Ministry of Foreign Affairs of Velmor"))
    # 2. Paraphrase: four outlets word one fabricated claim differently, within 11 hours.
    fillers = ["The report could not be confirmed independently.", "Residents described heavy trucks at night.",
               "The defence ministry did not answer questions.", "Talks between the two capitals are stalled."]
    for (outlet, hours, claim), filler in zip(PARAPHRASES, fillers, strict=True):
        docs.append(_doc(f"para-{outlet.split()[0].lower()}", outlet, 48 + hours, f"{claim} {filler}",
                         [(claim, [])], narratives=["dunmark-aggressor"]))
    # 3. A fact-check within the window refutes the claim: it must be listed as refuting, not as a member.
    check = "The claim that Dunmark moved missile launchers into the border village of Orsk is false."
    docs.append(_doc("factcheck-early", "Nordhaven Wire", 48 + 9, check + " Satellite images show an empty field.",
                     [(check, ["Nordhaven Wire"])]))
    # 3b. One whose claims layer kept only the proposition: its sentence says it is untrue.
    prop = "Dunmark moved missile launchers into the border village of Orsk"
    docs.append(_doc("factcheck-context", "Lantern Review", 48 + 10,
                     f"The story that {prop} is untrue, the village council said.", [(prop, [])]))
    # 4. A late fact-check, five days on: outside the window and refuting.
    late = "Dunmark did not move missile launchers into Orsk; the story was fabricated."
    docs.append(_doc("factcheck-late", "Selva Post", 48 + 120, late + " Our reporters visited the village.",
                     [(late, ["Selva Post"])]))
    # 5. Honest background: distinct stories, spread over days.
    for i, (outlet, text) in enumerate(BACKGROUND):
        docs.append(_doc(f"bg-{i}", outlet, 10 + 17 * i, text, [(text, [])]))
    docs.append(Document(id="undated-1", text="An undated note about the weather.", source="Tarn Courier"))
    docs.append(Document(id="nooutlet-1", text="A note with a date but no outlet.", published="2026-03-03"))
    return docs


def build_store(path: Path) -> Path:
    index = dedup.NearDuplicateIndex()
    with Store(path) as store:
        for doc in planted_documents():
            sig = dedup.signature(doc.text)
            near = index.query(sig, exclude=doc.id)
            if near:
                doc.meta["near_duplicate_of"] = near[0]
            index.add(doc.id, sig)
            if doc.id == "rep-ostra":
                start = doc.text.index("spies")
                doc.techniques.append(Technique(start, start + 5, "Name_Calling,Labeling", 0.9))
                q = doc.text.index("We call")
                doc.quotes.append(Quote("direct", Span(q, q + 40), speaker_name="Ministry of Foreign Affairs of Velmor"))
            store.save(doc)
            store.save_signature(doc.id, dedup.to_bytes(sig))
    return path
