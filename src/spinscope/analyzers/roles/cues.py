"""Where a text casts an actor, in whose voice, and with which sentence as evidence.

A :class:`Cue` is one place that casts one actor: harm it does ("Gunmen from the Front *killed* 12
civilians") or suffers ("*killed* seven members of the Dovan family"), help or a fight against the
other side ("*evacuated* the wounded", "*destroyed* depots of the militants"), praise ("our
*gratitude* to the Red Cross"), an accusation ("Brandt *accused* Ostland"), deceit ("*spread
fabrications*"), a framing label aimed at it ("the Harlan *regime*"), or a rejection by the issuer
of what it said ("We *reject* these unsubstantiated accusations"). The voice is the speaker of the
quote holding the cue, the subject of an accusing or praising verb, else the author or issuer
(``None``). A cue inside a clause the text rejects ("dismissed *claims that Ostlandic aircraft
struck a hospital*") casts nobody. Places take no harm role (a shelled village is a place, not a
victim actor). Anything else -- being named, speaking, being a source -- is no cue: the analyzer
abstains.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spinscope.analyzers.entities.labels import GROUP_NOUNS
from spinscope.analyzers.roles.lexicon import (
    ABSTRACT_OBJECTS,
    ACCUSE_VERBS,
    ADOPT_VERBS,
    AGENT_OF_NOUNS,
    AGGRESSION_VERBS,
    AID_NOUNS,
    ALLOW_VERBS,
    ARMS_NOUNS,
    BROKER_VERBS,
    CIVIL_GROUPS,
    CLAIM_NOUNS,
    CLEAR_VERBS,
    CLEARED_THINGS,
    CONVICT_VERBS,
    CORRUPT_VERBS,
    COVER_VERBS,
    CRIME_WORDS,
    DEATH_CAUSES,
    DECEIT_OBJECTS,
    DECEIT_VERBS,
    DENY_VERBS,
    EVENT_VERBS,
    FALSE_WORDS,
    FEATS,
    FIGHTING_VERBS,
    FLEE_VERBS,
    GAME_POSITIONS,
    GIVING_VERBS,
    GO_ON_VERBS,
    HARBOUR_VERBS,
    HARM_NOUNS,
    HARM_VERBS,
    HELP_VERBS,
    HELPED_PEOPLE,
    HURT_ADJECTIVES,
    KEPT_GOING,
    LAW_VERBS,
    LEMMA_FIXES,
    MARKET_WARS,
    MEDDLE_VERBS,
    MILITARY_TARGETS,
    MILITARY_VOICE,
    MONEY_WORDS,
    MOVING_VERBS,
    NOT_OWNER_HARM,
    OBSTRUCT_VERBS,
    OWN_HARM_NOUNS,
    OWNED_NOUNS,
    PATRON_VERBS,
    PEACE_DEALS,
    PEACE_THINGS,
    PLACE_INSTITUTIONS,
    PLACE_PEOPLE,
    PLANT_VERBS,
    PRAISE_NOUNS,
    PRAISE_VERBS,
    PRETENCE_VERBS,
    PREVENT_VERBS,
    REFUSE_VERBS,
    REPORT_VERBS,
    REQUEST_VERBS,
    SABOTAGE_VERBS,
    SETTLEMENT_THINGS,
    SHOW_VERBS,
    SPY_NOUNS,
    STIR_VERBS,
    STIRRED,
    URGE_VERBS,
    VICTIM_NOUNS,
    VIOLATE_VERBS,
    WAR_NAMES,
    WAR_WORDS,
    WEAPON_NOUNS,
)
from spinscope.analyzers.roles.mentions import same_nation
from spinscope.analyzers.roles.phrases import (
    RELATIVE,
    SELF,
    STANDS_FOR,
    armed_harm,
    asked_to_stop_harm,
    called_false,
    cleft_focus,
    cleft_verbs,
    condemned_detention,
    condemned_measure,
    contrasted,
    convicted_for,
    deprives,
    fell_victim,
    fires_on,
    harm_noun,
    has_aid,
    held_hostage,
    intended,
    judged_by_subject,
    judged_deed,
    label_fine,
    negated,
    on_suspicion,
    phrase_chain,
    praised_stance,
    recipients,
    rejects,
    relative_subject,
    reports_game,
    responsible_for_harm,
    scoreline,
    so_called,
    speaks_next,
    suspect,
    targeted,
    under_fire,
    villain,
)
from spinscope.analyzers.roles.strikes import (
    MILITARY_THINGS,
    military,
    military_objects,
    striker,
    struck_owner,
)
from spinscope.core.document import Document
from spinscope.core.spans import SpanIndex

PEOPLE_TYPES = {"PERSON", "NORP"}
MILITARY_UNITS = frozenset("army armies forces troops units positions soldiers servicemen".split())
# What a ministry or office is "of" besides its country ("Ministry of Defence", "Ministry of Foreign Affairs").
OFFICE_WORDS = frozenset("""
Defence Defense Affairs Interior Justice Health Economy Finance Security Situations Staff Forces Information
Culture Education Agriculture Energy Transport Labour Labor Commerce Trade State Emergencies
""".split())
# A state's own bodies (with its country's name: "Velorian Air Force", "Navy of Veloria"), not a movement
# named after the country ("Ostlandic Liberation Army", "Free Ostland Front").
STATE_WORDS = frozenset("""
Force Forces Army Navy Fleet Guard Guards Ministry Government Police Command Staff Service Services Military
Defence Defense Troops Brigade Group Division Regiment Corps Units Aerospace Border
""".split())
NOT_STATE_WORDS = frozenset("Liberation Front Free Rebel Rebels Resistance Revolutionary Insurgent Popular".split())
NEIGHBOURS = frozenset("neighbours neighbors neighbour neighbor country countries nation nations region".split())
QUOTED_PRONOUNS = ("its", "their", "it", "they", "we", "our")

@dataclass(slots=True)
class Cue:
    """One place that casts an actor: a main role (SemEval-2025 names, lower case), in a voice."""

    main: str  # protagonist | antagonist | innocent
    fine: str | None  # a fine role the cue itself names, else None (the head chooses)
    voice: str | None  # the speaker casting it; None: the author or issuer
    kind: str  # label, harm, victim, help, fight, praise, accused, deceit, rejected
    weight: float
    mention: tuple[int, int]
    evidence: tuple[int, int]  # the sentence
    in_title: bool = False  # in the headline: the body's voice wins a tie ("..., officials say" sums it up)


class Casting:
    """Cues of one analysed document. ``parsed`` is its spaCy parse; quotes, issuer and entities
    come from the earlier analyzers (a layer that did not run gives no cues of its kind)."""

    def __init__(self, doc: Document, parsed) -> None:
        self.doc, self.parsed = doc, parsed
        self.sent_bounds = [(s.start, s.end) for s in doc.sentences]
        first_line = doc.text.find("\n")  # a headline: a first line with a blank line after it
        self._title_end = first_line if first_line >= 0 and doc.text.startswith("\n", first_line + 1) else -1
        self.token_entity: dict[int, int] = {}
        for n, ent in enumerate(doc.entities):
            for m in ent.mentions:
                span = parsed.char_span(m.start, m.end, alignment_mode="expand")
                for t in span or ():
                    self.token_entity.setdefault(t.i, n)
        self.speakers = {id(q): self._speaker(q) for q in doc.quotes}
        # (content start, end, speaker, the quote) of the quotes with a speaker, in text order
        self.quotes = sorted(
            ((q.content.start, q.content.end, self.speakers[id(q)], q) for q in doc.quotes if self.speakers[id(q)]),
            key=lambda r: (r[0], r[1]),
        )
        self.by_name = {}
        for n, ent in enumerate(doc.entities):
            for name in (ent.name, *ent.aliases):
                self.by_name.setdefault(name, n)
        self.issuer = doc.issuer or None
        # A game's report: its attacks, defenders and destroyed sides are the game's (no harm, fight or
        # victim cue, no player's position as a label).
        self.game = reports_game(doc.text)
        self.own_side = self._own_side()
        # The nations the text names (places and peoples), and those of them not the issuer's own side.
        self.nations = frozenset(e.name for e in doc.entities if e.type in ("GPE", "NORP"))
        self.other_nations = self.nations - self.own_side
        self._rejections: list[tuple[str, Cue]] | None = None  # computed once (issuer_rejections)
        self._denied_claims: SpanIndex | None = None  # computed once (_denied_claim)
        # "Doctors Without Borders said two of *its* clinics...": a pronoun in a speaker's own quote
        # is that speaker (only possessives and "we": "it"/"they" often point elsewhere).
        self.pronouns: dict[str, list[tuple[int, int]]] = {}
        for q in doc.quotes:
            if not self.speakers[id(q)] or self.speakers[id(q)] not in self.by_name:
                continue
            speaker = doc.entities[self.by_name[self.speakers[id(q)]]]
            name = speaker.name
            # (not "their": "the lies spread by Western capitals and their obedient media" are the capitals')
            own = ("our", "we") if speaker.type == "PERSON" else ("its", "our", "we")
            content = parsed.char_span(q.content.start, q.content.end, alignment_mode="contract")
            for t in content or ():
                if t.lower_ in own and t.pos_ == "PRON":
                    self.pronouns.setdefault(name, []).append((t.idx, t.idx + len(t)))

    def _own_side(self) -> frozenset[str]:
        """Names of the issuer's own side in its statement: the issuer, and every actor named after the
        issuer's country ("Ministry of Defence of Veloria": Veloria, the Velorian Air Force, the Navy of
        Veloria). A statement never casts them as villains in its own voice."""
        self.country: set[str] = set()
        if not self.issuer:
            return frozenset()
        places = [e for e in self.doc.entities if e.type in ("GPE", "NORP")]
        # "Embassy of Veloria in Norland": Norland is the host, not the issuer's side
        words = [w for w in self.issuer.split(" in ")[0].replace("'s", " ").split() if w[:1].isupper()]
        country = {w for w in words for e in places for n in (e.name, *e.aliases)
                   if " " not in n and (n == w or same_nation(n, w))}
        last = self.issuer.rsplit(" of ", 1)[1].split() if " of " in self.issuer else []
        if len(last) == 1 and last[0][:1].isupper() and last[0] not in OFFICE_WORDS:
            country.add(last[0])  # "Ministry of Defence of Ostland", where no entity is named "Ostland"
        self.country = country

        def of_country(word: str) -> bool:
            return any(word == c or same_nation(word, c) for c in country)

        def state_body(names) -> bool:
            words = {w for n in names for w in n.split()}
            return bool(words & STATE_WORDS) and not words & NOT_STATE_WORDS

        own = set()
        for ent in self.doc.entities:
            names = (ent.name, *ent.aliases)
            # the country itself, and its state's bodies: not "the Ostlandic Liberation Front" in Ostland's own
            # statement
            if any(self.normal_voice(n) is None for n in names) or any(
                    of_country(n) for n in names if ent.type in ("GPE", "NORP")) or state_body(names) and any(
                    of_country(w) for n in names for w in n.split()):
                own.update(names)
                continue
            if not state_body(names):
                continue
            for m in ent.mentions:  # "the Navy of Veloria", where the name found is "Navy"
                span = self.parsed.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span) and any(
                        p.dep_ == "prep" and p.lower_ == "of" and any(of_country(o.text) for o in p.children)
                        for p in span.root.children):
                    own.update(names)
                    break
        return frozenset(own)

    def _strikes_other_side(self, verb, own_name: str | None) -> bool:
        """In a statement with a country, the issuer's own voice: "units of the 5th Guards Brigade destroyed
        30 Dornan tanks" strikes the other side's arms or forces, which the statement reports as its fight
        (an actor named after another nation is that nation's, and left as it was)."""
        if not self.country or own_name is None or verb.lemma_ not in FIGHTING_VERBS | {"shoot"}:
            return False
        if self._of_other_nation(own_name.split()):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]

        def theirs(o) -> bool:
            owners = {self.doc.entities[self.token_entity[t.i]].name for t in o.subtree if t.i in self.token_entity}
            return bool(owners) and not owners & self.own_side and (
                o.lower_ in WEAPON_NOUNS | MILITARY_TARGETS or any(t.lower_ in MILITARY_UNITS for t in o.subtree))

        return bool(objects) and all(theirs(o) for o in objects)

    def _striking_side(self, strike, voice: str | None, own_name: str | None) -> bool:
        """Whether ``voice`` speaks for the side that strikes: the issuer of a statement whose own side
        strikes, or a quoted speaker of an army ("Defence Ministry spokesman Igor Velt")."""
        if voice is not None:
            return self._military_voice(voice) and self._speaks_for_striker(strike)
        if not self.country or own_name in self.own_side:
            return False
        who = striker(strike)
        if who is None or who.lower_ in SELF:
            return True  # "were destroyed", "we struck": the statement's own side
        names = {self.doc.entities[self.token_entity[t.i]].name for t in who.subtree if t.i in self.token_entity}
        if names & self.own_side:
            return True
        # "units of the 5th Guards Brigade destroyed": the statement's own unless named after another nation
        return own_name not in names and not self._of_other_nation(t.text for t in who.subtree)

    def _of_other_nation(self, words) -> bool:
        """A word is, or is the adjective of, a nation other than the statement's own side."""
        return any(w == o or same_nation(w, o) for w in words for o in self.other_nations)

    def _speaks_for_striker(self, strike) -> bool:
        """Whether the quote holding ``strike`` is not of the other side: "Lusovia's Defence Ministry said
        Sarkandi drones had struck a fuel depot" reports the enemy's strike, not its own fight. False only
        where both the speaker's nation and the striker's are named, and differ."""
        entry = self._innermost(strike.idx)
        quote = entry[3] if entry else None
        if quote is None or quote.speaker is None:
            return True
        who = striker(strike)
        if who is None:
            return True
        spoken = self.parsed.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand") or ()
        speaker_side = self._nations(spoken)
        striker_side = self._nations(who.subtree)
        return not (speaker_side and striker_side and not any(
            a == b or same_nation(a, b) for a in speaker_side for b in striker_side))

    def _nations(self, tokens) -> set[str]:
        """The nations named in ``tokens``: a place or people entity, or a word of one's name."""
        out = set()
        for t in tokens:
            n = self.token_entity.get(t.i)
            if n is None:
                continue
            name = self.doc.entities[n].name
            # "Sarkandi drones" where NER typed the adjective ORG: a nation's word all the same
            if name in self.nations or " " not in name and any(same_nation(name, p) for p in self.nations):
                out.add(name)
        return out

    def _military_voice(self, voice: str) -> bool:
        n = self.by_name.get(voice)
        words = voice if n is None else " ".join(
            [voice, *[lab["label"] for lab in self.doc.entities[n].labels if lab.get("kind") == "title"]])
        return bool(set(words.lower().split()) & MILITARY_VOICE)

    def _speaker(self, q) -> str | None:
        """The quote's speaker; where the quotes layer named the owner in "Ostland's Federal Security
        Service said", the body that speaks (the head of the speaker's words) instead."""
        if not q.speaker_name or q.speaker is None:
            return q.speaker_name
        span = self.parsed.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
        if span is None or not len(span):
            return q.speaker_name
        head = self.token_entity.get(span.root.i)
        owner = [t for t in span if t.dep_ == "poss" and t.head.i == span.root.i and t.i in self.token_entity]
        if head is not None and owner and self.doc.entities[self.token_entity[owner[0].i]].name == q.speaker_name \
                and self.doc.entities[head].name != q.speaker_name:
            return self.doc.entities[head].name
        return q.speaker_name

    # ---- voices ---------------------------------------------------------------------------
    def voice_at(self, pos: int) -> str | None:
        """The speaker of the innermost quote holding ``pos``; None outside quotes (the author)."""
        best = self._innermost(pos)
        return self.normal_voice(best[2]) if best else None

    def _innermost(self, pos: int) -> tuple | None:
        """The innermost quote with a speaker holding ``pos``, as its ``self.quotes`` entry."""
        best = None
        for entry in self.quotes:
            start, end = entry[0], entry[1]
            if start > pos:
                break
            if pos < end and (best is None or end - start < best[1] - best[0]):
                best = entry
        return best

    def normal_voice(self, voice: str | None) -> str | None:
        """The issuer speaking through a part of its name ("Ministry of Foreign Affairs" in a
        statement by the "Ministry of Foreign Affairs of Kessia") is the author's voice: None."""
        if not voice or not self.issuer:
            return voice
        a, b = voice.lower(), self.issuer.split(" in ")[0].lower()  # not the host of "Embassy of X in Y"
        return None if a in b or b in a else voice

    def subject_voice(self, verb, fallback_pos: int) -> str | None:
        """Who does ``verb``: an entity subject, "who" of a relative clause, "we" (the issuer); for a
        clause someone asks for ("demanded that the Council condemn Kessia"), the one who asks."""
        if verb.dep_ == "ccomp" and verb.head.lemma_ in REQUEST_VERBS and verb.head.i != verb.i:
            return self.subject_voice(verb.head, fallback_pos)
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.text.isupper() and len(child.text) > 2 and child.i + 1 < len(child.doc) \
                    and child.doc[child.i + 1].text == ",":
                continue  # "KORSK, March 14 - Sarkand has accused ...": a dateline, not the subject
            # "Norland's special envoy for Marvania, James Brandt": the named person, wherever the
            # parse hung the apposition inside the subject
            named = [t for t in child.subtree if t.dep_ in ("appos", "conj") and t.head.i != child.i
                     and self._entity_type(t) == "PERSON"]
            for tok in (child, *[c for c in child.children if c.dep_ == "appos"], *named):
                if tok.lower_ in SELF:
                    return None
                if tok.lower_ in RELATIVE and verb.dep_ == "relcl":
                    tok = verb.head
                n = self.token_entity.get(tok.i)
                if n is not None:
                    return self.normal_voice(self.doc.entities[n].name)
            owners = [t for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.i in self.token_entity]
            if child.pos_ == "NOUN" and child.lower_ in STANDS_FOR and owners:
                # "The so-called volunteers of the Civil Shield group have accused X": the group's voice
                return self.normal_voice(self.doc.entities[self.token_entity[owners[0].i]].name)
            if child.pos_ in ("NOUN", "PROPN"):  # "Norland envoy accuses X": the envoy's voice, not the author's
                words = [t for t in child.subtree if t.i <= child.i and t.dep_ in ("compound", "poss", "amod")
                         or t.i == child.i]
                # "The Ministry congratulates" in the Ministry's own statement: the issuer's voice
                return self.normal_voice(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))
        return self.voice_at(fallback_pos)

    def _entity_type(self, tok) -> str | None:
        n = self.token_entity.get(tok.i)
        return self.doc.entities[n].type if n is not None else None

    # ---- where a cue stands -----------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        for start, end in self.sent_bounds:
            if start <= pos < end:
                return start, end
        line_start = self.doc.text.rfind("\n", 0, pos) + 1
        line_end = self.doc.text.find("\n", pos)
        return line_start, len(self.doc.text) if line_end < 0 else line_end

    def in_title(self, pos: int) -> bool:
        """Whether ``pos`` is in the headline: a first line with a blank line after it."""
        return 0 <= pos < self._title_end

    def rejected(self, tok) -> bool:
        """Whether ``tok`` stands in a clause the text rejects: "dismissed claims that X struck",
        "rejected accusations that X used", "a group that claims to rescue"."""
        child = tok
        for anc in tok.ancestors:
            # "claims to rescue" (a pretence), not "claimed that X is preparing" (a report in a voice)
            if anc.lemma_ in PRETENCE_VERBS and child.dep_ == "xcomp":
                return True
            if anc.lemma_ == "deny" and child.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and child.i > anc.i and \
                    child.pos_ in ("VERB", "AUX") and child.lemma_ not in REPORT_VERBS:
                # "Ostland has denied blocking grain shipments": the deed is denied, not done (what comes
                # after "denied"; "Prosecutors accuse X of P; X denies it" may hang "accuse" on "denies")
                return True
            if anc.lemma_ == "doubt" and child.dep_ == "ccomp":
                return True  # "I doubt that the Russians ever considered arresting Nixon": not done
            child = anc
            if anc.lower_ in CLAIM_NOUNS and (anc.head.lemma_ in DENY_VERBS or called_false(anc)):
                return True  # "rejected claims that X struck", "Reports that X struck ... are false"
        return self._denied_claim(tok.idx)

    def _denied_claim(self, pos: int) -> bool:
        """``pos`` is in the author's words (no quote) inside a claim the claims layer gives to someone
        else and has denied: "rejects the accusations made by Minister Reiner that *Tarsk is behind the
        attack*" (the parse hangs the clause on the name, so no claim noun governs it)."""
        if self.voice_at(pos) is not None:
            return False
        if self._denied_claims is None:  # once per document, not a scan of claims and quotes per cue
            self._denied_claims = SpanIndex()
            for c in self.doc.claims:
                # Only a claim no quote of its asserter reports: where one does ("X accused Y of P"),
                # the voice is known.
                if c.denied_by and c.asserted_by and c.asserted_by != self.doc.source \
                        and self.normal_voice(c.asserted_by) is not None \
                        and not any(q.content.start < c.end and c.start < q.content.end
                                    and q.speaker_name == c.asserted_by for q in self.doc.quotes):
                    self._denied_claims.add(c.start, c.end)
        return bool(self._denied_claims.at(pos))

    # ---- cues -------------------------------------------------------------------------------
    def mention_cues(self, start: int, end: int, is_place: bool, own_name: str | None = None,
                     etype: str | None = None) -> list[Cue]:
        """Every cue at the mention ``[start, end)`` (its own syntax: labels come separately);
        ``etype`` is the actor's entity type when known."""
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        return self._cues_of(span.root, (start, end), is_place, own_name, etype)

    def _cues_of(self, root, mention, is_place: bool, own_name: str | None, etype: str | None) -> list[Cue]:
        chain = phrase_chain(root)
        if is_place and len(chain) > 1 and (root.dep_ == "pobj" and root.head.lower_ == "from"
                                            or chain[-1].lower_ in PLACE_INSTITUTIONS):
            # "a small charity from Kessia", "the Halden clinic": their deeds are not the place's
            chain = [root]
        if etype in ("NORP", "GPE") and len(chain) > 1 and chain[1].lower_ in CIVIL_GROUPS \
                and root.dep_ in ("amod", "compound"):
            return []  # "the small Marvanian charity ... feeds 5,000 people": the charity's, not Marvania's
        head = chain[-1]
        if is_place and head.lower_ in PLACE_PEOPLE:
            return []  # "the people of Sarn, who gave them shelter": its people are cast, not the town
        func = head
        # "to the Red Cross ... and to Oskar Brin": the first conjunct's role; "Marvania's president,
        # Oren Kask, ordered": the role of the noun it stands beside.
        while func.dep_ in ("conj", "appos") and func.head.pos_ in ("NOUN", "PROPN"):
            func = func.head
        if func is not head and func.dep_ == "pobj":
            # "Volunteers of the charity Hope Bridge delivered": the noun it stands beside has its own chain
            func = phrase_chain(func)[-1]
        found: list[tuple[str, str | None, str, object, str | None]] = []  # main, fine, kind, token, voice
        verb = func.head
        dep = func.dep_
        if dep == "npadvmod" and func.pos_ == "PROPN" and _after_object(func):
            dep = "dobj"  # "detained two correspondents of the channel, Ilya Tarov and ...": the parse's adverb
        # "blocked a United Nations convoy": what is blocked or besieged is the convoy's cargo's
        # recipients' loss, not harm to its owner (a convoy fired upon is).
        owned = len(chain) > 1 and head.lower_ in OWNED_NOUNS
        harms = not is_place and not (owned and verb.lemma_ in NOT_OWNER_HARM)
        # "shot down 14 Kessian drones", "Kessian missiles were intercepted": the weapons are hit, not
        # their owner (who is no victim for it)
        harms = harms and not (len(chain) > 1 and head.lower_ in WEAPON_NOUNS)
        if dep == "nsubj" and verb.lower_ == "responsible" and verb.head.lemma_ == "hold" \
                and responsible_for_harm(verb.head):
            # "We hold the minister responsible for this crime", parsed as a small clause
            found.append(("antagonist", None, "accused", verb.head, "subject"))
        elif dep == "nsubj":
            found.extend(self._agent(verb))
            for x in () if verb.lemma_ in REQUEST_VERBS | REFUSE_VERBS else verb.children:
            # "urged all sides to protect": theirs; "are not refusing to treat refugees": no treatment told
                # "worked through the night to evacuate", "ordered the shelling, killing dozens";
                # "stole millions, bribed officials and lied" (verbs sharing the subject)
                if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB" or (
                        x.dep_ == "conj" and x.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in x.children)):
                    found.extend(self._agent(x))
                    for c in x.children:
                        if c.dep_ == "conj" and c.pos_ == "VERB":
                            found.extend(self._agent(c))
        elif dep in ("nsubjpass", "dobj") and verb.lemma_ in LAW_VERBS and on_suspicion(verb):
            pass  # "Police arrested X on suspicion of taking bribes": a suspect, neither victim nor villain yet
        elif dep in ("nsubjpass", "dobj") and verb.lemma_ in LAW_VERBS | CONVICT_VERBS and (
                convicted_for(verb) or self._own_deeds(verb)):
            # "were detained while planting an explosive device", "sentenced X ... for taking bribes":
            # held for what they did
            found.extend(self._own_deeds(verb) or [("antagonist", None, "convicted", verb, None)])
        elif dep == "nsubjpass" and (verb.lemma_ in HARM_VERBS or fires_on(verb)) and harms:
            # "journalists were detained", "a convoy of the Red Crescent was fired upon"
            found.append(("innocent", "Victim", "victim", verb, None))
        elif dep == "nsubjpass" and verb.lemma_ in PRAISE_VERBS:  # "was praised for saving lives"
            found.append(("protagonist", "Virtuous", "praise", verb, None))
        elif dep in ("dobj", "pobj") and asked_to_stop_harm(func):
            # "We call on the Ostlandic leadership to end its aggression", "urged X to stop the shelling"
            found.append(("antagonist", None, "accused", asked_to_stop_harm(func), "subject"))
        elif dep == "dobj":
            if verb.lemma_ in ACCUSE_VERBS:
                found.append(("antagonist", None, "accused", verb, "subject"))
            elif verb.lemma_ in PRAISE_VERBS:
                found.append(("protagonist", "Virtuous", "praise", verb, "subject"))
            elif verb.lemma_ == "congratulate" and any(
                    p.lower_ == "on" and any(o.lower_ in FEATS for o in p.children) for p in verb.children):
                # "congratulates the servicemen of X on the liberation of Mirsk" (not "on his election")
                found.append(("protagonist", "Guardian", "praise", verb, "subject"))
            elif verb.lemma_ == "hold" and responsible_for_harm(verb, any_object=True):  # "hold X responsible"
                found.append(("antagonist", None, "accused", verb, "subject"))
            elif (verb.lemma_ in HARM_VERBS and verb.lemma_ not in FIGHTING_VERBS or deprives(verb)) and harms:
                found.append(("innocent", "Victim", "victim", verb, None))
            elif verb.lemma_ == "force" and harms and any(x.dep_ == "xcomp" and x.lemma_ in FLEE_VERBS
                                                         for x in verb.children):
                found.append(("innocent", "Victim", "victim", verb, None))  # "forced the Dovan family to flee"
            elif verb.lemma_ in FIGHTING_VERBS and harms and len(chain) == 1 and etype in PEOPLE_TYPES \
                    and not villain(func):
                # "These measures hit ordinary Marvanians": people struck, not the other side's positions
                found.append(("innocent", "Victim", "victim", verb, None))
        elif dep == "pobj":
            prep = func.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP":  # "to the government ... and to X"
                prep = prep.head
            noun = prep.head
            word = prep.lower_
            if word == "by" and (harm_noun(noun) or (noun.lemma_ in HARM_VERBS and noun.tag_ == "VBN")
                                 or fires_on(noun) or condemned_detention(noun)):
                found.append(("antagonist", None, "harm", noun, None))
            elif word == "by" and noun.tag_ == "VBN" and noun.lemma_ in SHOW_VERBS and any(
                    t.lower_ in DECEIT_OBJECTS for t in (noun.head, *noun.children)):
                found.append(("antagonist", "Deceiver", "deceit", noun, None))  # "the lies spread by X"
            elif word == "by" and noun.lemma_ == "campaign" and any(c.lower_ in DECEIT_OBJECTS for c in noun.children):
                found.append(("antagonist", "Deceiver", "deceit", noun, None))  # "smear campaigns by the West"
            elif word == "by" and noun.tag_ == "VBN" and noun.dep_ == "acl" and noun.head.dep_ == "nsubj":
                # "the sanctions imposed by X have hurt thousands": what X imposed does the harm
                found.extend(self._agent(noun.head.head))
            elif word == "of" and noun.lower_ in AGENT_OF_NOUNS:  # "the crimes of the regime"
                found.append(("antagonist", None, "harm", noun, None))
            elif word == "of" and praised_stance(noun):
                # "We appreciate the balanced assessment of the Council", "welcome the principled position of X"
                found.append(("protagonist", "Virtuous", "praise", noun.head, "subject"))
            elif word == "of" and condemned_detention(noun) and not is_place:
                found.append(("innocent", "Victim", "victim", noun, None))  # "condemns the arrest of blogger X"
            elif word in ("on", "against", "of") and noun.lower_ in HARM_NOUNS and not is_place and (
                    head.lower_ in GROUP_NOUNS or etype in PEOPLE_TYPES):
                # "the persecution of Ostlandic speakers", "the killing of Ivan Petrov" -- not "the
                # shelling of Port Arvel", whatever type NER gave the town
                found.append(("innocent", "Victim", "victim", noun, None))
            elif word == "to" and (noun.lemma_ in PRAISE_NOUNS or noun.lower_ in PRAISE_NOUNS or (
                    noun.pos_ == "VERB" and any(o.dep_ == "dobj" and o.lemma_ in PRAISE_NOUNS for o in noun.children))):
                # "our gratitude to X", "Thanks to the mediation of X", "express our appreciation to X"
                found.append(("protagonist", "Virtuous", "praise", noun, None))
            elif word == "from" and noun.lemma_ in ("receive", "get", "take", "accept") and any(
                    o.lower_ in MONEY_WORDS for o in noun.children if o.dep_ == "dobj") and any(
                    x[0] == "antagonist" for x in self._agent_and_conjuncts(noun)):
                # "The foundation received 3 million from X and used the money to spread false information"
                found.append(("antagonist", "Instigator", "patron", noun, None))
            elif word == "from" and under_fire(noun):
                found.append(("antagonist", None, "harm", noun, None))  # "came under fire from X"
            elif word == "of" and noun.lower_ in MILITARY_TARGETS and noun.dep_ == "pobj" \
                    and noun.head.lower_ == "from" and under_fire(noun.head.head):
                found.append(("antagonist", None, "harm", noun, None))  # "under fire from positions of X"
            elif word == "by" and noun.tag_ == "VBN" and noun.lemma_ in EVENT_VERBS and (any(
                    c.dep_ == "nsubjpass" and harm_noun(c) for c in noun.children) or (
                    noun.dep_ == "acl" and harm_noun(noun.head))):
                # "the strike was carried out by X", "a terrorist act carried out by agents of X"
                found.append(("antagonist", None, "harm", noun, None))  # "the strike was carried out by X"
            elif word == "by" and noun.tag_ == "VBN" and noun.lemma_ in GIVING_VERBS | {"sell"} \
                    and noun.head.lemma_ in ARMS_NOUNS and armed_harm(noun.head):
                # "killing civilians with weapons supplied by Norland": the supplier of the harm's arms
                found.append(("antagonist", "Instigator", "patron", noun, None))
            elif word == "from" and (recruiter := _recruiter(noun)) is not None and any(
                    villain(n) for n in _participle_owner(recruiter)):
                # "mercenaries recruited by private military firms from Norland": the firms' country
                found.append(("antagonist", "Instigator", "patron", recruiter, None))
            elif word == "by" and noun.lemma_ in ("run", "direct", "handle", "control") and noun.tag_ == "VBN" and any(
                    o.lower_ in SPY_NOUNS or villain(o) for o in _participle_owner(noun)):
                # "a network of agents run by Valmoran military intelligence": their handler
                found.append(("antagonist", "Instigator", "patron", noun, None))
            elif word in ("for", "by") and noun.lemma_ in PATRON_VERBS and any(
                    villain(n) for n in _participle_owner(noun)):
                # "saboteurs working for Kessian military intelligence", "terrorists paid by X": whoever
                # the other side's men serve
                found.append(("antagonist", "Instigator", "patron", noun, None))
        elif dep == "attr" and verb.lemma_ == "be" and (pol := judged_by_subject(verb)):
            # "The real peacemakers are the doctors of Medics for Marvania": the subject's word labels it
            found.append(("protagonist" if pol == "positive" else "antagonist", None, "label", verb, None))
            if cleft_focus(func):
                for v in cleft_verbs(func):
                    found.extend(self._agent_and_conjuncts(v))
        elif cleft_focus(func) and not (head is func and contrasted(func)):
            # "It is Norland that has closed ... and expelled ..."; not Ostland in "It is not Ostland but Norland who"
            for v in cleft_verbs(func):
                found.extend(self._agent_and_conjuncts(v))
        clauses = [c for noun in chain for c in noun.children]
        if etype == "PERSON":  # "Pavel Ruden, a camera operator of the channel, who was killed": "who" is the person
            around = [t for a in (func, *[c for c in root.children if c.dep_ == "appos"]) for t in a.subtree]
            clauses += [t for t in dict.fromkeys(around) if t.dep_ == "relcl" and t.i > root.i
                        and any(c.lower_ == "who" for c in t.children) and t not in clauses]
        for child in clauses:
            # (on any noun of the phrase: "fighters of the Southern Legion, who have looted pharmacies")
            if child.dep_ == "relcl" and harms and targeted(child):
                found.append(("innocent", "Victim", "victim", child, None))  # "who was to be the target of"
            elif child.dep_ == "relcl" and relative_subject(child) and not (
                    is_place and any(c.lower_ == "who" for c in child.children)):
                # "the government in Damar that is fighting"; not "the residents of Kesh, who helped"
                found.extend(self._agent_and_conjuncts(child))
            elif child.dep_ == "relcl" and harms and (child.lemma_ in HARM_VERBS or fires_on(child)) and any(
                    c.dep_ == "nsubjpass" and c.lower_ in RELATIVE for c in child.children):
                found.append(("innocent", "Victim", "victim", child, None))  # "Pavel Ruden, who was killed by"
            elif child.dep_ == "acl" and child.pos_ == "VERB" and any(c.dep_ == "dobj" for c in child.children):
                found.extend(self._agent(child))  # "Gunmen from the Front killed 12 civilians"
        for noun in chain[1:]:
            if so_called(noun):  # "the so-called mission of the Union"
                found.append(("antagonist", "Deceiver", "label", noun, None))
        if (struck := struck_owner(root)) is not None and military(struck[1]):
            # "destroyed depots of the Front", "shot down 14 Kessian drones": the enemy, in the striker's voice
            found.append(("antagonist", None, "struck", struck[0], "struck"))
        if dep == "nsubj" and verb.lemma_ == "be" and harms and any(
                p.lower_ == "among" and any(o.lower_ in VICTIM_NOUNS for o in p.children) for p in verb.children):
            found.append(("innocent", "Victim", "victim", verb, None))  # "Maria Petrova ... were among the victims"
        if dep == "nsubj" and harms and (under_fire(verb) or targeted(verb) or fell_victim(verb)):
            # "A convoy of the Red Crescent came under fire", "was to be the target of the attack",
            # "fell victim to the shelling"
            found.append(("innocent", "Victim", "victim", verb, None))
        if dep == "nsubj" and verb.lemma_ == "die" and harms and any(
                p.dep_ == "prep" and p.lower_ in ("under", "in", "from", "during") and any(
                    t.lower_ in DEATH_CAUSES or harm_noun(t) for t in p.subtree) for p in verb.children):
            found.append(("innocent", "Victim", "victim", verb, None))  # "died under the ruins of her school"
        if dep == "nsubj" and held_hostage(verb) and harms:
            # "eleven Tarskian sailors held hostage by pirates ... have been released" (a participle the
            # parse took for the verb)
            found.append(("innocent", "Victim", "victim", verb, None))
        # The deed noun right over the possessive too ("the Brigade's shelling"), but not a war's name:
        # "Russia's invasion of Ukraine" in background news names an event more than it casts.
        owned_deeds = list(zip(chain, chain[1:], strict=False)) + [
            (t, t.head) for t in chain if t.dep_ == "poss" and t.head.lower_ not in WAR_NAMES]
        for below, noun in dict.fromkeys(owned_deeds):
            if below.dep_ == "poss" and praised_stance(noun):  # "We welcome Tarsk's principled position"
                found.append(("protagonist", "Virtuous", "praise", noun.head, "subject"))
            elif below.dep_ == "poss" and (pol := judged_deed(noun)):
                # "Ostland's strikes ... were 'a legitimate act of self-defence'": the deed judged is the doer's
                found.append(("protagonist" if pol == "positive" else "antagonist", None, "label", noun.head, None))
            elif below.dep_ == "poss" and noun.lower_ in OWN_HARM_NOUNS:
                # "The Varesian Union's blockade of Sarn has lasted nine months": its own deed
                found.append(("antagonist", None, "harm", noun, None))
        for noun in chain if not is_place else ():
            # "civilians killed by", "workers of the charity kidnapped by" (the parse may hang the
            # participle on any noun of the phrase)
            for child in noun.children:
                if child.dep_ == "acl" and child.pos_ == "VERB" and (held_hostage(child) or (
                        child.lemma_ in HARM_VERBS and child.tag_ == "VBN" and not any(
                            c.dep_ == "dobj" for c in child.children))):
                    found.append(("innocent", "Victim", "victim", child, None))
        cues = []
        for main, fine, kind, tok, voice_rule in found:
            if self.rejected(tok) or negated(tok) or scoreline(tok):
                continue  # "Ostlandic forces do not strike civilian targets", "destroyed FC Valmora 4-0": nobody
            if kind == "accused" and intended(tok):
                continue  # "They want to provoke us and then blame Ostland": a blame planned, not made
            if kind == "victim" and dep == "dobj" and speaks_next(root):
                continue  # "..., killing five people, the town's mayor, Olga Ren, told": the speaker
            if voice_rule == "subject":
                voice = self.subject_voice(tok, mention[0])
            else:
                voice = self.voice_at(tok.idx)
            if voice_rule == "struck" and not self._striking_side(tok, voice, own_name):
                continue  # a strike on the other side's war in a neutral voice casts nobody
            if main == "antagonist" and kind == "harm" and voice is not None and self._military_voice(voice) \
                    and military_objects(tok) and self._speaks_for_striker(tok):
                # "Ostlandic aircraft destroyed three weapons depots of the Front, spokesman Velt said", "the
                # ministry said its forces had targeted a military convoy": the army's own voice reports its
                # fight (not "attacked its checkpoints": its own are struck)
                main, fine, kind = "protagonist", "Guardian", "fight"
            if main == "antagonist" and own_name is not None and voice == own_name:
                voice = None  # nobody casts itself as a villain: a misread quote boundary
            if self.game and kind in ("harm", "fight", "victim"):
                continue  # "We attacked them", "stormed the defence", "destroyed Tamm in 28 moves": a game
            if main == "antagonist" and voice is None and own_name in self.own_side:
                # A statement's own side in its own voice: its strikes are its fight, not villainy
                # ("the Velorian Air Force carried out strikes" in Veloria's defence ministry statement).
                if kind != "harm":
                    continue
                main, fine, kind = "protagonist", "Guardian", "fight"
            elif main == "antagonist" and voice is None and kind == "harm" and self._strikes_other_side(tok, own_name):
                main, fine, kind = "protagonist", "Guardian", "fight"
            cues.append(Cue(main, fine, voice, kind, 1.0, mention, self.sentence(tok.idx), self.in_title(tok.idx)))
        return cues

    def _villainous(self, tok) -> bool:
        """The other side by what the text says of it: "the *so-called* civic platforms, which organised
        the riots", "the Corps, which has murdered dozens of civilians"."""
        if so_called(tok):
            return True
        return any(c.dep_ == "relcl" and relative_subject(c) and any(x[0] == "antagonist" for x in self._agent(c))
                   for c in tok.children)

    def _actor_like(self, tok) -> bool:
        """A named actor or people: "Ostland", "its neighbours", "civilians"."""
        return tok.i in self.token_entity or tok.lower_ in GROUP_NOUNS | HELPED_PEOPLE | NEIGHBOURS

    def _own_deeds(self, verb) -> list[tuple]:
        """What a passive verb's subject was doing: "were detained *while planting* an explosive device"."""
        out = []
        for c in verb.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                out.extend(x for x in self._agent(c) if x[0] == "antagonist")
        return out

    def _agent_and_conjuncts(self, verb) -> list[tuple]:
        """Cues of a clause's verb and of the verbs sharing its subject ("that has closed the offices
        and expelled its correspondents")."""
        out = self._agent(verb)
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                out.extend(self._agent(c))
        return out

    def _agent(self, verb) -> list[tuple]:
        """Cues for the subject of ``verb`` (main, fine, kind, token, voice rule)."""
        lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if verb.dep_ == "relcl" and any(o.lower_ in ("that", "which") for o in objects):
            # "a smear campaign that Norland has been waging": the relative's antecedent is the object
            objects = [o for o in objects if o.lower_ not in ("that", "which")] + [verb.head]
        # "strikes on X", "carried out sorties against X": the target hangs on the verb or its object.
        against = [p for holder in (verb, *objects) for prep in holder.children
                   if prep.dep_ == "prep" and prep.lower_ in ("against", "on")
                   for p in prep.children if p.dep_ == "pobj"]
        if lemma in LAW_VERBS and (any(suspect(o) for o in objects) or on_suspicion(verb)):
            # "Police arrested three men suspected of robbing a bank", "detained two citizens suspected of
            # planning a sabotage attack": law enforcement, no cast (before the villain words of the suspicion)
            return []
        if (lemma in FIGHTING_VERBS or lemma in HARM_VERBS) and objects and all(villain(o) for o in objects) or (
                lemma in FIGHTING_VERBS and any(villain(o) for o in against)):
            # "destroyed depots of the militants", "detained four saboteurs": a fight against villains
            return [("protagonist", "Guardian", "fight", verb, None)]
        if fires_on(verb):
            return [("antagonist", None, "harm", verb, None)]
        if against and any(villain(o) for o in against):  # "carried out sorties against terrorist positions"
            return [("protagonist", "Guardian", "fight", verb, None)]
        if lemma in CLEAR_VERBS and any(t.lemma_ in CLEARED_THINGS for o in objects for t in o.subtree):
            # "cleared mines from 40 schools", "cleared the road", "defused the bombs": making safe
            return [("protagonist", "Guardian", "help", verb, None)]
        if lemma == "keep" and objects and any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.lower_ in KEPT_GOING
                                              for c in [*verb.children, *[t for o in objects for t in o.children]]):
            return [("protagonist", "Guardian", "help", verb, None)]  # "kept the hospital open"
        if lemma in ("deserve", "earn", "merit") and any(o.lemma_ in PRAISE_NOUNS for o in objects):
            return [("protagonist", "Virtuous", "praise", verb, None)]  # "deserve our admiration"
        if lemma in OBSTRUCT_VERBS and objects or lemma in REFUSE_VERBS and any(
                x.dep_ == "xcomp" and x.lemma_ in ALLOW_VERBS and any(
                    has_aid(t) or t.lower_ == "access" for t in x.subtree) for x in verb.children):
            # "continue to obstruct the work of the monitors", "refused to let a food convoy enter"
            return [("antagonist", None, "harm", verb, None)]
        if lemma in BROKER_VERBS and any(o.lemma_ in PEACE_DEALS for o in objects):
            return [("protagonist", "Peacemaker", "help", verb, None)]  # "has brokered a three-day truce"
        if lemma in PREVENT_VERBS | {"stop", "keep"} and any(o.lower_ in HELPED_PEOPLE | PLACE_PEOPLE for o in objects) \
                and any(p.lower_ == "from" and any(c.lemma_ in FLEE_VERBS | {"escape", "evacuate"} for c in p.children)
                        for p in verb.children):
            return [("antagonist", None, "harm", verb, None)]  # "are preventing residents from leaving"
        if lemma == "use" and any(p.lower_ == "as" and any(t.lower_ in ("shield", "shields") for t in p.subtree)
                                  for p in verb.children):
            return [("antagonist", None, "harm", verb, None)]  # "are using the people of Talmar as a human shield"
        if lemma == "open" and any(o.lower_ == "corridor" or o.lemma_ == "corridor" for o in objects):
            return [("protagonist", "Guardian", "help", verb, None)]  # "has opened a humanitarian corridor"
        if lemma == "cross" and any(o.lower_ in ("border", "frontier") for o in objects) and any(
                c.dep_ == "nsubj" and c.lower_ in MILITARY_THINGS for c in verb.children):
            # "Kessian soldiers had crossed the border" (not refugees crossing it)
            return [("antagonist", None, "harm", verb, None)]
        if lemma in PREVENT_VERBS and any(harm_noun(o) for o in objects):
            # "prevented a terrorist attack", "foiled a plot": stopping harm protects
            return [("protagonist", "Guardian", "fight", verb, None)]
        if lemma in ("keep", "hold", "put", "place") and any(
                p.lower_ == "under" and any(o.lemma_ in ("blockade", "siege", "occupation") for o in p.children)
                for p in verb.children if p.dep_ == "prep"):
            return [("antagonist", None, "harm", verb, None)]  # "has kept Dorna under a blockade"
        if lemma == "force" and objects and any(x.dep_ == "xcomp" and x.lemma_ in FLEE_VERBS for x in verb.children):
            return [("antagonist", None, "harm", verb, None)]  # "forced thousands of families to flee"
        if lemma == "be" and any(p.lower_ == "behind" and any(harm_noun(o) for o in p.children)
                                 for p in verb.children if p.dep_ == "prep"):
            return [("antagonist", None, "harm", verb, None)]  # "Norland is behind the attacks"
        if lemma in AGGRESSION_VERBS and any(self._actor_like(o) for o in objects):
            # "is deliberately provoking Ostland", "threatened its neighbours" -- not "threatens nukes"
            return [("antagonist", None, "harm", verb, None)]
        if lemma in PLANT_VERBS and any(t.lemma_ in ARMS_NOUNS for o in objects for t in o.subtree):
            return [("antagonist", None, "harm", verb, None)]  # "planting an explosive device"
        if lemma in ADOPT_VERBS and any(condemned_measure(o) for o in objects):
            # "adopted yet another package of illegal unilateral sanctions": a deed the text condemns
            return [("antagonist", None, "harm", verb, None)]
        if lemma in HARM_VERBS and objects and lemma not in FIGHTING_VERBS | {"block"}:
            return [("antagonist", None, "harm", verb, None)]
        if lemma in ("strike", "hit", "target", "destroy", "bomb") and objects:
            return [("antagonist", None, "harm", verb, None)]
        if lemma == "block" and any(o.lemma_ in AID_NOUNS or has_aid(o) for o in objects):
            return [("antagonist", None, "harm", verb, None)]
        if deprives(verb):  # "leaving millions without electricity"
            return [("antagonist", None, "harm", verb, None)]
        if lemma in STIR_VERBS and any(o.lower_ in STIRRED for o in objects) or (
                lemma in EVENT_VERBS and any(o.lower_ in HARM_NOUNS or o.lemma_ in HARM_NOUNS for o in objects)):
            return [("antagonist", None, "harm", verb, None)]
        if lemma in EVENT_VERBS and any(o.lemma_ == "war" and not any(
                c.dep_ in ("compound", "amod") and c.lower_ in MARKET_WARS for c in o.children) for o in objects):
            # "is waging a war against its own people"; against terrorists it is their fight
            if any(villain(p) for p in against):
                return [("protagonist", "Guardian", "fight", verb, None)]
            return [("antagonist", None, "harm", verb, None)]
        if lemma in VIOLATE_VERBS and any(o.lemma_ in PEACE_THINGS or o.lower_ in PEACE_THINGS for o in objects) or (
                lemma in SABOTAGE_VERBS and any(o.lower_ in SETTLEMENT_THINGS for o in objects)) or (
                lemma in MEDDLE_VERBS and any(p.lower_ == "in" and any(t.lower_ == "affairs" for t in p.subtree)
                                              for p in verb.children)):
            # "violated the ceasefire", "sabotaged the talks", "interfere in the internal affairs of our country"
            return [("antagonist", None, "harm", verb, None)]
        if lemma in PATRON_VERBS - {"work", "fight", "send", "direct", "spy"} and any(
                harm_noun(o) or o.lower_ in CRIME_WORDS for o in objects):
            return [("antagonist", "Instigator", "patron", verb, None)]  # "sponsoring the violence", "funds terrorism"
        if lemma in PATRON_VERBS | HARBOUR_VERBS and any(
                not harm_noun(o) and (villain(o) or self._villainous(o)) for o in objects):
            # also "is sheltering the militants who attacked", "protects the gangs": helping the other side
            # "to train the militants of the Council", "arms the gangs": the other side's sponsor
            return [("antagonist", "Instigator", "patron", verb, None)]
        if lemma in HELP_VERBS and not any(o.lower_ in ABSTRACT_OBJECTS for o in objects):
            # "defended the plan" argues for it; "defended the town" protects it
            return [("protagonist", "Guardian", "help", verb, None)]
        if lemma == "do" and any(o.lower_ in ("more", "much", "everything") for o in objects) and any(
                p.lower_ == "for" and any(t.lower_ in HELPED_PEOPLE for t in p.subtree) for p in verb.children):
            return [("protagonist", "Guardian", "help", verb, None)]  # "has done more for those children than"
        if lemma in MOVING_VERBS and any(o.lower_ in HELPED_PEOPLE or any(
                a.dep_ == "amod" and a.lower_ in HURT_ADJECTIVES for a in o.children) for o in objects):
            # "evacuated the wounded", "carried four wounded comrades out under fire"
            return [("protagonist", "Guardian", "help", verb, None)]
        if lemma in GIVING_VERBS and any(o.lemma_ in AID_NOUNS or has_aid(o) for o in objects):
            return [("protagonist", "Guardian", "help", verb, None)]
        if lemma in GIVING_VERBS | {"pour", "sell"} and any(o.lemma_ in ARMS_NOUNS for o in objects) and any(
                villain(p) for p in recipients(verb)):
            return [("antagonist", "Instigator", "patron", verb, None)]  # "supplying weapons to the gangs"
        if lemma in GIVING_VERBS | {"sell", "arm"} and any(
                o.lemma_ in ARMS_NOUNS and armed_harm(o) for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"):
            # "continue to supply Kessia with long-range missiles, which the Kessian military uses to strike
            # civilian targets": the supplier of arms used on civilians
            return [("antagonist", "Instigator", "patron", verb, None)]
        if lemma in URGE_VERBS and any(
                x.dep_ == "xcomp" and x.lemma_ in GO_ON_VERBS and any(o.lemma_ in WAR_WORDS for o in x.children)
                for x in verb.children):
            # "Velorian officials openly encourage the Kessian regime to continue the war"
            return [("antagonist", "Instigator", "patron", verb, None)]
        if lemma in COVER_VERBS and any(harm_noun(o) or o.lower_ in CRIME_WORDS for o in objects) or (
                lemma == "turn" and any(o.lower_ == "eye" for o in objects) and any(
                    p.lower_ == "to" and any(harm_noun(t) or t.lower_ in CRIME_WORDS for t in p.children)
                    for p in verb.children)):
            # "hushed up the massacre", "whitewash the crimes", "turning a blind eye to the crimes of X"
            return [("antagonist", "Deceiver", "deceit", verb, None)]
        if lemma in CORRUPT_VERBS:
            return [("antagonist", "Corrupt", "corrupt", verb, None)]
        if lemma in DECEIT_VERBS or (lemma in SHOW_VERBS and any(
                o.lower_ in DECEIT_OBJECTS or any(c.lower_ in FALSE_WORDS for c in o.children) for o in objects)) or (
                lemma in EVENT_VERBS and any(o.lemma_ == "campaign" and any(c.lower_ in DECEIT_OBJECTS for c in o.children)
                                             for o in objects)):
            # "spread fabrications", "aired staged footage", "waging a disinformation campaign"
            return [("antagonist", "Deceiver", "deceit", verb, None)]
        if lemma in ("bear", "be") and responsible_for_harm(verb, any_object=True):
            return [("antagonist", None, "harm", verb, None)]
        for x in () if lemma in REQUEST_VERBS | REFUSE_VERBS else verb.children:  # "continues to spread fabrications"
            if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX") and x is not verb:
                return self._agent_and_conjuncts(x)  # "continues to pour weapons ... and to train"
        return []

    def label_cues(self, entity_labels: Sequence[dict], mention_spans: Sequence[tuple[int, int]]) -> list[Cue]:
        """Cues from the framing labels the entities analyzer found on an actor."""
        out = []
        for lab in entity_labels:
            if lab.get("kind", "label") != "label" or not lab.get("polarity"):
                continue
            main = "antagonist" if lab["polarity"] == "negative" else "protagonist"
            tok = self.parsed.char_span(lab["start"], lab["end"], alignment_mode="expand")
            if tok is not None and len(tok) and self.rejected(tok.root):
                continue
            if self.game and tok is not None and any(t.lower_ in GAME_POSITIONS for t in tok):
                continue  # "Harn defender Tim Oster": a player's position in a game's report
            voice = self.normal_voice(lab.get("by")) if lab.get("by") not in (self.doc.source,) else None
            near = min(mention_spans, key=lambda m: abs(m[0] - lab["start"])) if mention_spans else (
                lab["start"], lab["end"])
            out.append(Cue(main, label_fine(lab["label"]), voice, "label", float(lab.get("score", 0.9)),
                           near, self.sentence(lab["start"])))
        return out

    def issuer_rejections(self) -> list[tuple[str, Cue]]:
        """(entity name, cue) for each speaker whose words the issuer rejects in its own voice:
        "He has accused ... We reject these unsubstantiated accusations." Only in an issuer's
        statement; the speaker is the latest quoted one before the rejecting sentence (or the
        claims layer's asserter of what the issuer denies)."""
        if not self.issuer:
            return []
        if self._rejections is not None:
            return self._rejections
        out = []
        for sent in self.parsed.sents:
            if self.voice_at(sent.start_char) is not None or not rejects(sent):
                continue
            target = self._claim_author(sent) or self._latest_speaker(sent.start_char)
            if target is not None:
                bounds = self.sentence(sent.start_char)
                out.append((target, Cue("antagonist", "Deceiver", None, "rejected", 0.8, bounds, bounds)))
        for claim in self.doc.claims:
            if any(self.normal_voice(d) is None for d in claim.denied_by) and claim.asserted_by:
                name = claim.asserted_by
                if name in self.by_name and self.normal_voice(name) is not None:
                    bounds = self.sentence(claim.start)
                    out.append((self.doc.entities[self.by_name[name]].name,
                                Cue("antagonist", "Deceiver", None, "rejected", 0.8, bounds, bounds)))
        self._rejections = out
        return out

    def _claim_author(self, sent) -> str | None:
        """Whose words a rejecting sentence names: "*Reports by the Kessian General Staff* that ... are
        false", "*Norland's* allegations are absurd"."""
        for t in sent:
            if t.lower_ not in CLAIM_NOUNS:
                continue
            holders = [c for c in t.children if c.dep_ == "poss"]
            holders += [p for prep in t.children if prep.dep_ == "prep" and prep.lower_ in ("by", "of", "from")
                        for p in prep.children if p.dep_ == "pobj"]
            for h in holders:
                n = self.token_entity.get(h.i)
                if n is not None and self.normal_voice(self.doc.entities[n].name) is not None:
                    return self.doc.entities[n].name
        return None

    def _latest_speaker(self, before: int) -> str | None:
        for start, _end, speaker, _q in reversed(self.quotes):
            if start < before and speaker in self.by_name and self.normal_voice(speaker) is not None:
                return self.doc.entities[self.by_name[speaker]].name
        return None


def _after_object(tok) -> bool:
    """A name right after its verb's object and a comma: the object's apposition, whatever the parse
    calls it ("detained two correspondents of the channel, Ilya Tarov and Vera Sokol")."""
    first = min(t.i for t in tok.subtree)
    doc = tok.doc
    return first > 0 and doc[first - 1].text == "," and any(
        c.dep_ == "dobj" and c.i < first for c in tok.head.children)


def _recruiter(noun):
    """The patron participle "firms from X" hangs on: "recruited by private military firms from X" (or,
    as the parse may have it, "recruited [by firms] from X"); else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.lemma_ in PATRON_VERBS:
        return noun.head.head
    if noun.lemma_ in PATRON_VERBS and noun.tag_ == "VBN" and any(c.lower_ == "by" for c in noun.children):
        return noun
    return None


def _participle_owner(verb) -> list:
    """Whom a participle describes: its noun ("saboteurs *working* for X"), or, where the parse hung
    it on the clause's verb, the object just before it ("detained four saboteurs working for X")."""
    if verb.dep_ in ("acl", "relcl"):
        return [verb.head]
    if verb.dep_ == "advcl":
        return [c for c in verb.head.children if c.dep_ == "dobj" and c.i == verb.i - 1]
    return []
