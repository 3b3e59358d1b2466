"""A labelled statement-genre set, written for spinscope (invented texts, names and places).

Each text has the shapes our users read: ministry comments answering an envoy, statements of a
defence ministry, RT-style articles that quote officials, wire reports, and neutral city and agency
reports. Per text:

* ``actors``: every actor an analyst would list, with ``names`` (any of them matches an entity's
  name or alias), the gold main role (``protagonist``, ``antagonist``, ``innocent`` or ``none``)
  and ``by``, the voice that casts it (``"issuer"`` for the author or issuing body, else the
  speaker's name as the text gives it, a sentence's attributed source included -- "..., the aid
  group said" -- a convention fixed while tuning: three tune texts were corrected to it, the test
  texts were not; ``None`` when no role).
* ``labels``: the framing labels the text gives an actor, named or not: ``key`` is the evaluative
  word that makes it a label ("regime", "so-called", "legitimate"), ``target`` the actor's name or
  ``None`` for an unnamed target, ``by`` the labeller. ``titles`` are the office titles ("Deputy
  Foreign Minister", "spokesman"): their own kind, never framing labels.

``split``: ``tune`` texts were read while writing the rules; ``test`` texts were written at the same
time, before any rule, and scored once (their first figures are in docs/quality.md; three general
fixes followed their misses: a "claimed that" clause is a report, not a pretence; a subject that is
no entity still speaks in its own voice; a strike on a military target is a fight); ``heldout`` texts
were written after that and scored once (``python -m training.roles.evaluate_statements``);
``heldout2`` to ``heldout5`` followed each later tune batch. ``heldout6`` (11 texts, 75 actors) was written
at the start of session 6, before that session's rule changes, and scored once before and once after them;
``heldout7`` (10 texts, 51 actors) after heldout6's second scoring, before the changes that followed it
(tuned on heldout6's misses and tune batches 8-12), and scored before and after them; heldout6 counts as
seen from its second scoring on (its gold gained one label then, marked where it stands). ``heldout8`` (6
texts) was written at the very end of session 6, after all its rule changes, and scored once there; one rule
was corrected after (a deed done under fire is no victimhood), so it counts as seen. ``heldout9`` (8 texts,
4 statement-genre and 4 neutral, 59 actors) was written at the start of session 7 (at a499c67, without
reading the rule code), before that session's rule changes, and scored once there (at cf0bf2b: framed 8/16 right,
6/16 with the voice; neutral without hero or villain 40/43; roles given right 8/12; labels 3/6 right, 3/7 gold
labels found); it is never tuned on: the next held-out split is ``heldout10``. The thirteenth ``tune`` batch
(s119-s123, 5 texts, 37 actors: 9 cast, 28 neutral) was written in session 7 after that scoring, on the
over-reach it showed and without reading heldout9's texts: a football and a hockey report in war words, a
defence ministry's own strikes and its interceptions of the other side's drones, a statement praising its
own forces, a chess and e-sports item. heldout9 was scored a second time at the end of that work (at
859acfc, after the rules fixed on batch 13: a game's war words, a statement's own side, the other side's
downed drones): framed 9/16 right, 7/16 with the voice; neutral 43/43; roles given right 9/9; labels 3/6
right, 3/7 gold labels found. From then on heldout9 counts as seen (its aggregate had also moved inside
``--split all`` while that work was checked for regressions, and a few of its error lines were glimpsed once
then, after the rules were written).
``heldout10`` (s124-s131: 8 texts, 4 statement-genre and 4 neutral or mixed, 65 actors, 20 cast, 9 gold labels)
and ``heldout11`` (s132-s139: 8 texts of the same mix, other shapes, 65 actors, 21 cast, 7 gold labels) were
written at the start of session 8 (committed at ff9ca04, without reading the rule code), before that session's
rule changes. heldout10 was scored once there (at ff9ca04, whose rules are 58b09af's): framed 13/20 right,
13/20 with the voice; neutral without hero or villain 45/45 (no role at all 45/45); roles given right 13/14;
labels 4/6 right, 4/9 gold labels found. Session 8's rules were then written on the other splits, on
heldout10's misses (so heldout10 counts as seen: 18/20 framed at the end of the session) and on invented probe
sentences. heldout11 was scored once at the end of that work, at dd09805: **framed 4/21 right** (3/21 with the
voice), neutral without hero or villain 44/44 (no role 44/44), roles given right 4/6 (at the default minimum
4/5), labels 1/6 right, 1/7 gold labels found (two of the five wrong labels were the scorer's: "junta" found
on the entity "Kessian" for the gold target "Kessia"; the scorer now matches a label's target by any name of
its gold actor). Its misses were read and general constructions fixed (1517dbe: a corridor opened, residents
kept from leaving, human shields, fire opened on, deaths under ruins, soldiers crossing a border); second
scoring at 1517dbe: framed 10/21, 7/21 with the voice, neutral 44/44, roles given right 10/11, labels 3/6
right (new scorer). heldout11 counts as seen from then on; the next held-out split is ``heldout12``.
"""

from __future__ import annotations

TEXTS: list[dict] = [
    {
        "id": "s01-rt-article-denial",
        "split": "tune",
        "issuer": None,
        "text": (
            "Ostland's Deputy Foreign Minister Pavel Dorin has dismissed claims that Ostlandic aircraft struck a "
            "hospital in Varna province as a smear campaign.\n\n"
            "\"These accusations are fabricated from start to finish,\" Dorin told the Nordia news agency on "
            "Tuesday. He said the so-called \"monitors\" behind the report had never set foot in the province.\n\n"
            "The Ostlandic Aerospace Forces have carried out more than 300 sorties against terrorist positions "
            "this month, Defence Ministry spokesman Igor Velt said. According to Velt, Ostlandic planes destroyed "
            "ammunition depots used by the militants of the Black Banner Front, who have been shelling residential "
            "areas of Varna for weeks.\n\n"
            "The United Nations has called on all sides to allow humanitarian access to the province."
        ),
        "actors": [
            {"names": ["Pavel Dorin", "Dorin"], "role": "none", "by": None},
            # First written "none"; on reading the rules' output, "Ostlandic planes destroyed ammunition
            # depots used by the militants" does cast them, in Velt's voice (a tune text: corrected).
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "Igor Velt"},
            {"names": ["Nordia"], "role": "none", "by": None},
            {"names": ["Igor Velt", "Velt"], "role": "none", "by": None},
            {"names": ["Defence Ministry"], "role": "none", "by": None},
            {"names": ["Ostlandic Aerospace Forces", "Aerospace Forces"], "role": "protagonist", "by": "Igor Velt"},
            {"names": ["Black Banner Front"], "role": "antagonist", "by": "Igor Velt"},
            {"names": ["Varna"], "role": "none", "by": None},
            {"names": ["United Nations", "UN"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": None, "by": "Pavel Dorin"},
            {"key": "militants", "target": "Black Banner Front", "by": "Igor Velt"},
        ],
        "titles": ["Deputy Foreign Minister", "spokesman"],
    },
    {
        "id": "s02-ministry-comment-envoy",
        "split": "tune",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by Foreign Ministry Spokeswoman Irina Volkova on the statement of Norland's Special Envoy "
            "James Brandt\n\n"
            "We have noted yet another statement by Norland's Special Envoy James Brandt, who accused Ostland of "
            "blocking aid convoys to Marvania and called the Harlan regime \"a criminal gang\". We reject these "
            "unsubstantiated accusations.\n\n"
            "We are not going to let such statements go unanswered. It is the legitimate government in Damar that "
            "is fighting terrorists on its own soil, while the legitimate Damar government's ill-wishers arm the "
            "militants of the Black Banner Front.\n\n"
            "The Marvanian Army has liberated dozens of villages in recent weeks and returned thousands of "
            "displaced families to their homes. The UN Security Council should support these efforts instead of "
            "repeating unfounded claims."
        ),
        "actors": [
            {"names": ["Irina Volkova", "Volkova"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["James Brandt", "Brandt"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland"], "role": "antagonist", "by": "James Brandt"},
            {"names": ["Marvania"], "role": "none", "by": None},
            {"names": ["Harlan"], "role": "antagonist", "by": "James Brandt"},
            {"names": ["Damar"], "role": "protagonist", "by": "issuer"},
            {"names": ["Black Banner Front"], "role": "antagonist", "by": "issuer"},
            {"names": ["Marvanian Army", "Marvanian"], "role": "protagonist", "by": "issuer"},
            {"names": ["UN Security Council", "UN"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "regime", "target": "Harlan", "by": "James Brandt"},
            {"key": "criminal", "target": "Harlan", "by": "James Brandt"},
            {"key": "legitimate", "target": "Damar", "by": "issuer"},
            {"key": "ill-wishers", "target": None, "by": "issuer"},
            {"key": "militants", "target": "Black Banner Front", "by": "issuer"},
            # added with the unnamed-target labels (a tune text): "fighting terrorists on its own soil"
            {"key": "terrorists", "target": None, "by": "issuer"},
        ],
        "titles": ["Spokeswoman", "Special Envoy"],
    },
    {
        "id": "s03-city-budget",
        "split": "tune",
        "issuer": None,
        "text": (
            "Valmora city council approves new budget\n\n"
            "The Valmora city council on Monday approved a budget of 42 million for next year, the council's press "
            "office said. Council member Anna Petek, who chairs the finance committee, said the funds would go to "
            "road repairs and two new schools.\n\n"
            "The regional statistics office expects the city's population to grow by 2 percent. Local broadcaster "
            "Radio Valmora reported that the vote passed 14 to 3."
        ),
        "actors": [
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Anna Petek", "Petek"], "role": "none", "by": None},
            {"names": ["Radio Valmora"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Council member"],
    },
    {
        "id": "s04-wire-market-attack",
        "split": "tune",
        "issuer": None,
        "text": (
            "Gunmen kill 12 in attack on Tarsk market\n\n"
            "TARSK, March 3 (Nordwire) - Gunmen from the Black Banner Front killed at least 12 civilians in an "
            "attack on a market in the northern town of Tarsk on Sunday, local officials said. The group claimed "
            "responsibility in a statement.\n\n"
            "Governor Elias Moro condemned the attack as \"cowardly and barbaric\" and said the victims included "
            "three children. The Red Crescent sent ambulances and doctors to the town, and its volunteers treated "
            "dozens of wounded, the aid group said."
        ),
        "actors": [
            {"names": ["Tarsk", "TARSK"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Black Banner Front"], "role": "antagonist", "by": "local officials"},
            {"names": ["Elias Moro", "Moro"], "role": "none", "by": None},
            {"names": ["Red Crescent"], "role": "protagonist", "by": "Red Crescent"},
        ],
        "labels": [],
        "titles": ["Governor"],
    },
    {
        "id": "s05-defence-statement",
        "split": "tune",
        "issuer": "Ministry of Defence of Ostland",
        "text": (
            "Statement by the Ministry of Defence of Ostland\n\n"
            "On 14 May, units of the Ostlandic Armed Forces repelled an attack by Kessian formations near the "
            "village of Lorn. The so-called volunteer battalions of Kessia once again shelled residential areas of "
            "Lorn, wounding four civilians, among them a teenage girl. Ostlandic military medics evacuated the "
            "wounded to a hospital in Brask.\n\n"
            "Ministry spokesman Oleg Sarin said that the Kessian command bears full responsibility for the crimes "
            "of its fighters. The Ostlandic side calls on the OSCE monitors to record these violations."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Ostland", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Ostlandic Armed Forces", "Armed Forces"], "role": "protagonist", "by": "issuer"},
            {"names": ["Kessia", "Kessian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["Brask"], "role": "none", "by": None},
            {"names": ["Oleg Sarin", "Sarin"], "role": "none", "by": None},
            {"names": ["OSCE"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": "Kessia", "by": "issuer"},
        ],
        "titles": ["spokesman"],
    },
    {
        "id": "s06-rt-envoy-slams",
        "split": "tune",
        "issuer": None,
        "text": (
            "Ostland's envoy slams Western 'hysteria' over Marvania\n\n"
            "Ostland's Permanent Representative to the UN, Viktor Lenz, on Thursday rejected accusations that "
            "Ostlandic troops had used banned weapons in Marvania, calling them 'a cynical propaganda stunt'.\n\n"
            "Speaking to Ostvision, Lenz said the so-called White Shields, a group that claims to rescue "
            "civilians, had staged the videos with the help of foreign intelligence services. 'These "
            "pseudo-rescuers are part of the terrorist infrastructure,' he said.\n\n"
            "Meanwhile the Marvanian Red Crescent said its teams had delivered food to 4,000 families in the "
            "besieged town of Harim."
        ),
        "actors": [
            {"names": ["Ostland", "Ostlandic"], "role": "none", "by": None},
            {"names": ["UN"], "role": "none", "by": None},
            {"names": ["Viktor Lenz", "Lenz"], "role": "none", "by": None},
            {"names": ["Marvania"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["White Shields"], "role": "antagonist", "by": "Viktor Lenz"},
            {"names": ["Marvanian Red Crescent", "Red Crescent"], "role": "protagonist",
             "by": "Marvanian Red Crescent"},
            {"names": ["Harim"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "hysteria", "target": None, "by": "issuer"},
            {"key": "so-called", "target": "White Shields", "by": "Viktor Lenz"},
            {"key": "pseudo-rescuers", "target": None, "by": "Viktor Lenz"},
        ],
        "titles": ["Permanent Representative"],
    },
    # ---- test: written with the tune texts, before any rule; only scored ----
    {
        "id": "s07-ministry-comment-allegations",
        "split": "test",
        "issuer": "Foreign Ministry of Ostland",
        "text": (
            "Comment by the Information and Press Department of the Foreign Ministry of Ostland\n\n"
            "The Ostlandic Foreign Ministry has taken note of a statement by Kessian Foreign Minister Daria Holm, "
            "who claimed that Ostland is preparing an offensive on the town of Vesk. These allegations are absurd. "
            "We regret that Daria Holm continues to spread fabrications instead of engaging in dialogue.\n\n"
            "Meanwhile, the Kessian regime's punitive battalions continue to shell Vesk, where hundreds of "
            "civilians have been killed since January. We call on the International Committee of the Red Cross "
            "to visit the town."
        ),
        "actors": [
            {"names": ["Information and Press Department"], "role": "none", "by": None},
            {"names": ["Foreign Ministry of Ostland", "Ostlandic Foreign Ministry", "Foreign Ministry"],
             "role": "none", "by": None},
            {"names": ["Daria Holm", "Holm"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland"], "role": "antagonist", "by": "Daria Holm"},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "issuer"},
            {"names": ["Vesk"], "role": "none", "by": None},
            {"names": ["International Committee of the Red Cross", "Red Cross"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "regime", "target": "Kessian", "by": "issuer"},
            {"key": "punitive", "target": None, "by": "issuer"},
        ],
        "titles": ["Foreign Minister"],
    },
    {
        "id": "s08-port-terminal",
        "split": "test",
        "issuer": None,
        "text": (
            "Port of Selin to reopen grain terminal\n\n"
            "The port authority of Selin said on Wednesday it would reopen its grain terminal next month after "
            "repairs. Harbour master Tomas Rek told the Baltic Trade Journal that the first ships were expected on "
            "June 2.\n\n"
            "The Ministry of Transport approved the repair plan in March, a ministry spokeswoman said. Exporters "
            "from Valmora and Tarsk have booked most of the capacity, according to the Selin Chamber of Commerce."
        ),
        "actors": [
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Tomas Rek", "Rek"], "role": "none", "by": None},
            {"names": ["Baltic Trade Journal"], "role": "none", "by": None},
            {"names": ["Ministry of Transport"], "role": "none", "by": None},
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Tarsk"], "role": "none", "by": None},
            {"names": ["Selin Chamber of Commerce"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Harbour master", "spokeswoman"],
    },
    {
        "id": "s09-rt-strikes-depots",
        "split": "test",
        "issuer": None,
        "text": (
            "Ostlandic jets strike terrorist depots in Idra, says Defence Ministry\n\n"
            "Ostlandic Aerospace Forces aircraft destroyed three weapons depots of the Black Banner Front near Idra "
            "overnight, Defence Ministry spokesman Igor Velt said on Friday. 'The militants used these depots to "
            "supply the gangs shelling the residential areas of Idra,' Velt told reporters.\n\n"
            "Deputy Foreign Minister Pavel Dorin told the news agency Nordia Novosti that Ostland would keep its air "
            "group in Marvania for as long as needed. The United Nations said it could not verify the reports."
        ),
        "actors": [
            {"names": ["Ostlandic Aerospace Forces", "Aerospace Forces"], "role": "protagonist", "by": "Igor Velt"},
            {"names": ["Black Banner Front"], "role": "antagonist", "by": "Igor Velt"},
            {"names": ["Idra"], "role": "none", "by": None},
            {"names": ["Defence Ministry"], "role": "none", "by": None},
            {"names": ["Igor Velt", "Velt"], "role": "none", "by": None},
            {"names": ["Pavel Dorin", "Dorin"], "role": "none", "by": None},
            {"names": ["Nordia Novosti"], "role": "none", "by": None},
            {"names": ["Ostland", "Ostlandic"], "role": "none", "by": None},
            {"names": ["Marvania"], "role": "none", "by": None},
            {"names": ["United Nations"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "militants", "target": None, "by": "Igor Velt"},
            {"key": "gangs", "target": None, "by": "Igor Velt"},
        ],
        "titles": ["spokesman", "Deputy Foreign Minister"],
    },
    {
        "id": "s10-wire-envoy-accuses",
        "split": "test",
        "issuer": None,
        "text": (
            "Norland envoy accuses Ostland over Marvania strikes\n\n"
            "Norland's special envoy for Marvania, James Brandt, accused Ostland on Monday of bombing hospitals in "
            "Idra and called the Harlan government \"a murderous regime\". Brandt said the Norland government would "
            "seek new sanctions at the UN Security Council.\n\n"
            "Ostland's Foreign Ministry rejected the accusations as baseless. Doctors Without Borders said two of "
            "its clinics in Idra had been damaged and a nurse had been killed."
        ),
        "actors": [
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["James Brandt", "Brandt"], "role": "none", "by": None},
            {"names": ["Ostland"], "role": "antagonist", "by": "James Brandt"},
            {"names": ["Marvania"], "role": "none", "by": None},
            {"names": ["Idra"], "role": "none", "by": None},
            {"names": ["Harlan"], "role": "antagonist", "by": "James Brandt"},
            {"names": ["UN Security Council"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Doctors Without Borders"], "role": "innocent", "by": "issuer"},
        ],
        "labels": [
            {"key": "murderous", "target": "Harlan", "by": "James Brandt"},
            {"key": "regime", "target": "Harlan", "by": "James Brandt"},
        ],
        "titles": ["special envoy"],
    },
    {
        "id": "s11-floods-valley",
        "split": "test",
        "issuer": None,
        "text": (
            "Floods hit Lorn valley\n\n"
            "Heavy rain flooded parts of the Lorn valley on Saturday, forcing about 300 residents from their homes, "
            "the regional emergency service said. Volunteers from the Lorn Rescue Society worked through the night "
            "to evacuate elderly residents, and Mayor Katrin Weil thanked them for their courage.\n\n"
            "The national weather office warned of more rain on Sunday. Nordwire could not reach the operator of "
            "the Lorn dam for comment."
        ),
        "actors": [
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["Lorn Rescue Society"], "role": "protagonist", "by": "issuer"},
            {"names": ["Katrin Weil", "Weil"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Mayor"],
    },
    {
        "id": "s12-ministry-condemns-shelling",
        "split": "test",
        "issuer": "Ministry of Foreign Affairs of Kessia",
        "text": (
            "Statement by the Ministry of Foreign Affairs of Kessia\n\n"
            "The Ministry of Foreign Affairs of Kessia strongly condemns the shelling of the village of Marn by "
            "Ostlandic forces on 3 April, which killed seven members of the Dovan family. The criminal Ostlandic "
            "leadership must be held to account.\n\n"
            "We express our gratitude to the International Committee of the Red Cross, whose staff evacuated the "
            "survivors, and to Oskar Brin, the brave mayor of Marn, who stayed with his people. The Kessian "
            "delegation at the OSCE will raise the attack on Thursday."
        ),
        "actors": [
            {"names": ["Ministry of Foreign Affairs of Kessia", "Ministry of Foreign Affairs"], "role": "none",
             "by": None},
            {"names": ["Marn"], "role": "none", "by": None},
            {"names": ["Ostlandic"], "role": "antagonist", "by": "issuer"},
            {"names": ["Dovan"], "role": "innocent", "by": "issuer"},
            {"names": ["International Committee of the Red Cross", "Red Cross"], "role": "protagonist",
             "by": "issuer"},
            {"names": ["Oskar Brin", "Brin"], "role": "protagonist", "by": "issuer"},
            {"names": ["Kessian", "Kessia"], "role": "none", "by": None},
            {"names": ["OSCE"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "criminal", "target": "Ostlandic", "by": "issuer"},
            {"key": "brave", "target": "Oskar Brin", "by": "issuer"},
        ],
        "titles": ["mayor"],
    },
    # ---- heldout: written after the rules had been tuned on the tune texts and after the test texts
    # had been scored once (their misses led to three fixes); scored once, never tuned on ----
    {
        "id": "s13-ministry-comment-sanctions",
        "split": "heldout",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by Foreign Ministry Spokesman Anton Kirov on the new sanctions of the Varesian Union\n\n"
            "The Varesian Union has once again imposed sanctions on our country, and its Commissioner Lise Marek "
            "accused Ostland of starving the people of Marvania. We categorically reject these baseless "
            "accusations.\n\n"
            "It is the Varesian Union's illegal blockade that has left hospitals in Marvania without medicine. "
            "Meanwhile, Ostlandic engineers have rebuilt the water station in Tallin and delivered 200 tonnes of "
            "flour to the city, as confirmed by the World Food Agency."
        ),
        "actors": [
            {"names": ["Anton Kirov", "Kirov"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Varesian Union", "Varesian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Lise Marek", "Marek"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "issuer"},
            {"names": ["Marvania"], "role": "none", "by": None},
            {"names": ["Tallin"], "role": "none", "by": None},
            {"names": ["World Food Agency"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "illegal", "target": None, "by": "issuer"},
        ],
        "titles": ["Spokesman", "Commissioner"],
    },
    {
        "id": "s14-rt-article-drone",
        "split": "heldout",
        "issuer": None,
        "text": (
            "Kessian drone hits school bus near Brask, Ostlandic officials say\n\n"
            "A drone launched by Kessian forces struck a school bus near the town of Brask on Wednesday, killing "
            "the driver and injuring six children, regional governor Marta Lind told the Ostvision channel.\n\n"
            "'The Kessian junta is waging war on children,' Lind said, adding that rescue teams of the Ostlandic "
            "Emergencies Ministry had pulled the wounded from the wreckage. Kessia has not commented on the report."
        ),
        "actors": [
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "Marta Lind"},
            {"names": ["Brask"], "role": "none", "by": None},
            {"names": ["Marta Lind", "Lind"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Ostlandic Emergencies Ministry", "Emergencies Ministry"], "role": "protagonist",
             "by": "Marta Lind"},
        ],
        "labels": [
            {"key": "junta", "target": "Kessian", "by": "Marta Lind"},
        ],
        "titles": ["governor"],
    },
    {
        "id": "s15-wire-talks",
        "split": "heldout",
        "issuer": None,
        "text": (
            "Talks on prisoner exchange resume in Selin\n\n"
            "SELIN, June 9 (Nordwire) - Delegations of Ostland and Kessia resumed talks on a prisoner exchange in "
            "Selin on Monday, the Selin foreign ministry said. Mediator Hanna Vogt, a former judge, said both "
            "sides had agreed on a list of 40 names. The International Committee of the Red Cross will supervise "
            "the exchange, a spokesman for the organisation told Nordwire."
        ),
        "actors": [
            {"names": ["Selin", "SELIN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Ostland"], "role": "none", "by": None},
            {"names": ["Kessia"], "role": "none", "by": None},
            {"names": ["Hanna Vogt", "Vogt"], "role": "none", "by": None},
            {"names": ["International Committee of the Red Cross", "Red Cross"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Mediator", "spokesman"],
    },
    {
        "id": "s16-defence-statement-militants",
        "split": "heldout",
        "issuer": "Ministry of Defence",
        "text": (
            "Statement by the Ministry of Defence\n\n"
            "Over the past day, Marvanian government troops, supported by the Ostlandic Air Force, repelled an "
            "attack by militants of the Northern Legion near Idra. The so-called Northern Legion, a gang of "
            "foreign mercenaries, has been shelling the Idra suburbs for a week, killing eleven civilians.\n\n"
            "Ostlandic military police escorted a convoy of the Marvanian Red Crescent carrying medicine to Idra. "
            "The monitors of the Joint Commission recorded 14 ceasefire violations."
        ),
        "actors": [
            {"names": ["Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Marvanian"], "role": "protagonist", "by": "issuer"},
            {"names": ["Ostlandic Air Force", "Ostlandic", "Air Force"], "role": "protagonist", "by": "issuer"},
            {"names": ["Northern Legion"], "role": "antagonist", "by": "issuer"},
            {"names": ["Idra"], "role": "none", "by": None},
            {"names": ["Marvanian Red Crescent", "Red Crescent"], "role": "none", "by": None},
            {"names": ["Joint Commission"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "militants", "target": "Northern Legion", "by": "issuer"},
            {"key": "so-called", "target": "Northern Legion", "by": "issuer"},
            {"key": "mercenaries", "target": "Northern Legion", "by": "issuer"},
        ],
        "titles": [],
    },
    # ---- tune (second batch): written after the heldout texts were scored, to widen the rules ----
    {
        "id": "s17-emergencies-ministry",
        "split": "tune",
        "issuer": None,
        "text": (
            "Rescuers pull survivors from collapsed building in Dorsk\n\n"
            "Teams of the Ostlandic Emergencies Ministry pulled eleven survivors from the rubble of a residential "
            "building in Dorsk that was hit by a Kessian missile on Tuesday, the ministry said. Doctors at the "
            "Dorsk city hospital treated forty injured residents.\n\n"
            "Sappers of the Ostlandic Army escorted a convoy carrying bread and fuel to the town, the Ostvision "
            "channel reported. Governor Pavel Lind said the Kessian command had chosen the building deliberately."
        ),
        "actors": [
            {"names": ["Ostlandic Emergencies Ministry", "Emergencies Ministry"], "role": "protagonist",
             "by": "Ostlandic Emergencies Ministry"},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "Ostlandic Emergencies Ministry"},
            {"names": ["Ostlandic Army", "Ostlandic"], "role": "protagonist", "by": "Ostvision"},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Pavel Lind", "Lind"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Governor"],
    },
    {
        "id": "s18-court-report",
        "split": "tune",
        "issuer": None,
        "text": (
            "Court adjourns port contract case\n\n"
            "A court in Valmora on Thursday adjourned the case of former port director Ivo Sarkis until "
            "September, the court's press service said. Prosecutors accuse Sarkis of taking bribes from the "
            "Baltic Freight company; Sarkis denies the charges. His lawyer, Mira Holt, told the Valmora Herald "
            "that the evidence had been obtained illegally."
        ),
        "actors": [
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Ivo Sarkis", "Sarkis"], "role": "antagonist", "by": "Prosecutors"},
            {"names": ["Baltic Freight"], "role": "none", "by": None},
            {"names": ["Mira Holt", "Holt"], "role": "none", "by": None},
            {"names": ["Valmora Herald"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["port director", "lawyer"],
    },
    {
        "id": "s19-ministry-statement-humanitarian",
        "split": "tune",
        "issuer": "Ministry of Foreign Affairs of Ostland",
        "text": (
            "Statement by the Ministry of Foreign Affairs of Ostland on the humanitarian situation in Marvania\n\n"
            "Ostland has sent a further 300 tonnes of flour and medicines to Marvania. Ostlandic doctors are "
            "working in the hospitals of Tallin alongside their Marvanian colleagues.\n\n"
            "At the same time, the Norland-led coalition continues to bomb bridges and power stations, leaving "
            "millions of Marvanians without electricity. We call on the coalition's sponsors in Norland to stop "
            "this barbaric campaign. The World Health Agency has confirmed outbreaks of cholera in three provinces."
        ),
        "actors": [
            {"names": ["Ministry of Foreign Affairs of Ostland", "Ministry of Foreign Affairs"], "role": "none",
             "by": None},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "issuer"},
            {"names": ["Marvania", "Marvanian", "Marvanians"], "role": "innocent", "by": "issuer"},
            {"names": ["Tallin"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["World Health Agency"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s20-sports-economy",
        "split": "tune",
        "issuer": None,
        "text": (
            "Valmora beats Tarsk in cup final\n\n"
            "FC Valmora beat Tarsk United 2-1 in the national cup final on Sunday, with striker Leo Brandt scoring "
            "twice. Coach Anna Mills praised her players for their discipline. The national football federation "
            "said 40,000 fans attended the match.\n\n"
            "Separately, the central bank of Norland kept its key interest rate at 4 percent, citing slowing "
            "inflation, the Nordwire agency reported."
        ),
        "actors": [
            {"names": ["FC Valmora", "Valmora"], "role": "none", "by": None},
            {"names": ["Tarsk United", "Tarsk"], "role": "none", "by": None},
            {"names": ["Leo Brandt", "Brandt"], "role": "none", "by": None},
            {"names": ["Anna Mills", "Mills"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["striker", "Coach"],
    },
    # ---- heldout2: written after the second tune batch, scored once, never tuned on ----
    {
        "id": "s21-ministry-comment-journalists",
        "split": "heldout2",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by the Foreign Ministry on the detention of Ostlandic journalists in Kessia\n\n"
            "On 2 March, Kessian security services detained two correspondents of the Ostvision channel, Ilya "
            "Tarov and Vera Sokol, in the city of Lemberg. We demand their immediate release.\n\n"
            "Kessian Interior Minister Oleg Dunai claimed that the journalists had been spying for Ostland. "
            "These accusations are absurd. The so-called investigation is yet another act of intimidation by "
            "the Kessian authorities. We thank the Association of Free Press for its solidarity."
        ),
        "actors": [
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Ilya Tarov", "Tarov"], "role": "innocent", "by": "issuer"},
            {"names": ["Vera Sokol", "Sokol"], "role": "innocent", "by": "issuer"},
            {"names": ["Lemberg"], "role": "none", "by": None},
            {"names": ["Oleg Dunai", "Dunai"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "none", "by": None},
            {"names": ["Association of Free Press"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [
            {"key": "so-called", "target": None, "by": "issuer"},
        ],
        "titles": ["Interior Minister", "correspondents"],
    },
    {
        "id": "s22-wire-ceasefire",
        "split": "heldout2",
        "issuer": None,
        "text": (
            "Ceasefire broken near Harim, both sides say\n\n"
            "HARIM, Oct 4 (Nordwire) - Fighting resumed near Harim on Friday, a day after a ceasefire took effect. "
            "The Marvanian army said rebels of the Free Harim Brigade had attacked its checkpoints, while the "
            "brigade's commander, Sami Haddad, said government troops had shelled two villages. Neither account "
            "could be verified. The Joint Commission said its monitors would visit the area."
        ),
        "actors": [
            {"names": ["Harim", "HARIM"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Marvanian"], "role": "antagonist", "by": "Sami Haddad"},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "Marvanian army"},
            {"names": ["Sami Haddad", "Haddad"], "role": "none", "by": None},
            {"names": ["Joint Commission"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["commander"],
    },
    {
        "id": "s23-rt-article-sanctions",
        "split": "heldout2",
        "issuer": None,
        "text": (
            "Norland's sanctions hurt its own farmers, Ostlandic minister says\n\n"
            "Ostlandic Agriculture Minister Petra Volk said on Tuesday that the sanctions imposed by Norland had "
            "cost Norland's own farmers billions. 'Brussels bureaucrats and their puppets in Norland are "
            "destroying their own agriculture,' Volk told the Ostvision channel. Ostland, she added, had "
            "supplied grain to 30 countries in Africa this year. The Norland Farmers Union has protested against "
            "the sanctions."
        ),
        "actors": [
            {"names": ["Norland"], "role": "antagonist", "by": "Petra Volk"},
            {"names": ["Petra Volk", "Volk"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "Petra Volk"},
            {"names": ["Africa"], "role": "none", "by": None},
            {"names": ["Norland Farmers Union"], "role": "none", "by": None},
            {"names": ["Brussels"], "role": "antagonist", "by": "Petra Volk"},
        ],
        "labels": [
            {"key": "puppets", "target": "Norland", "by": "Petra Volk"},
            {"key": "bureaucrats", "target": "Brussels", "by": "Petra Volk"},
        ],
        "titles": ["Agriculture Minister"],
    },
    {
        "id": "s24-agency-report-election",
        "split": "heldout2",
        "issuer": None,
        "text": (
            "Turnout at 61 percent in Valmora regional vote\n\n"
            "Turnout in the Valmora regional election reached 61 percent, the regional electoral commission said "
            "on Sunday. Observers from the Council of Regions reported no major violations. Incumbent governor "
            "Tomas Berg of the Unity Party led with 48 percent of the vote, ahead of Lena Ivers of the Green "
            "List, the Valmora Times reported."
        ),
        "actors": [
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Council of Regions"], "role": "none", "by": None},
            {"names": ["Tomas Berg", "Berg"], "role": "none", "by": None},
            {"names": ["Unity Party"], "role": "none", "by": None},
            {"names": ["Lena Ivers", "Ivers"], "role": "none", "by": None},
            {"names": ["Green List"], "role": "none", "by": None},
            {"names": ["Valmora Times"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["governor"],
    },
    # ---- tune (third batch): written after heldout2 was scored, to widen the rules again ----
    {
        "id": "s25-ministry-comment-activists",
        "split": "tune",
        "issuer": "Foreign Ministry of Ostland",
        "text": (
            "Comment by the Foreign Ministry of Ostland on the arrest of Ostlandic activists in Kessia\n\n"
            "Kessian police arrested three members of the Ostlandic Cultural Society in Lemberg on Friday. We "
            "demand their immediate release and an end to the persecution of Ostlandic speakers by the Kessian "
            "authorities.\n\n"
            "The Kessian regime and its puppets in the Lemberg city council are trying to silence everyone who "
            "disagrees. We are grateful to the Council of Regions for its principled position."
        ),
        "actors": [
            {"names": ["Foreign Ministry of Ostland", "Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostlandic Cultural Society"], "role": "innocent", "by": "issuer"},
            {"names": ["Lemberg"], "role": "none", "by": None},
            {"names": ["Council of Regions"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [
            {"key": "regime", "target": "Kessian", "by": "issuer"},
            {"key": "puppets", "target": "Lemberg", "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s26-wire-checkpoints",
        "split": "tune",
        "issuer": None,
        "text": (
            "Clashes near Tarsk leave five dead\n\n"
            "TARSK, May 2 (Nordwire) - Fighters of the Eastern Front attacked army checkpoints near Tarsk overnight, "
            "killing five soldiers, the Marvanian Defence Ministry said. The Eastern Front said in a statement that "
            "the army had shelled its positions first. Nordwire could not verify either account."
        ),
        "actors": [
            {"names": ["Tarsk", "TARSK"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Eastern Front"], "role": "antagonist", "by": "Marvanian Defence Ministry"},
            {"names": ["Marvanian Defence Ministry", "Defence Ministry"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s27-rt-sanctions-farmers",
        "split": "tune",
        "issuer": None,
        "text": (
            "Sanctions by Varesian Union hit its own farmers, says Ostlandic envoy\n\n"
            "The sanctions imposed by the Varesian Union have hurt thousands of Varesian farmers, Ostland's envoy "
            "to the union, Marek Holub, told the Ostvision channel on Monday. 'The so-called sanctions policy of "
            "Brussels bureaucrats is destroying the livelihoods of ordinary people,' Holub said. He added that "
            "Ostland had shipped fertiliser to farmers in Africa at cost."
        ),
        "actors": [
            {"names": ["Varesian Union", "Varesian"], "role": "antagonist", "by": "Marek Holub"},
            {"names": ["Ostland", "Ostlandic"], "role": "none", "by": None},
            {"names": ["Marek Holub", "Holub"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Brussels"], "role": "antagonist", "by": "Marek Holub"},
            {"names": ["Africa"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "bureaucrats", "target": "Brussels", "by": "Marek Holub"},
            {"key": "so-called", "target": None, "by": "Marek Holub"},
        ],
        "titles": ["envoy"],
    },
    {
        "id": "s28-health-campaign",
        "split": "tune",
        "issuer": None,
        "text": (
            "Health ministry starts measles vaccination drive\n\n"
            "The Valmora health ministry on Monday began a measles vaccination campaign for 200,000 children, "
            "ministry spokeswoman Irena Kos said. The campaign is funded by the Northern Health Fund and will run "
            "until June. Researchers at Selin University said measles cases had doubled last year."
        ),
        "actors": [
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Irena Kos", "Kos"], "role": "none", "by": None},
            {"names": ["Northern Health Fund"], "role": "none", "by": None},
            {"names": ["Selin University"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["spokeswoman"],
    },
    # ---- heldout3: written after the third tune batch, scored once, never tuned on ----
    {
        "id": "s29-ministry-statement-convoy",
        "split": "heldout3",
        "issuer": "Ministry of Foreign Affairs of Marvania",
        "text": (
            "Statement by the Ministry of Foreign Affairs of Marvania\n\n"
            "Yesterday a humanitarian convoy of the Marvanian Red Crescent was fired upon near Sarn by gunmen of the "
            "Free Harim Brigade. Two drivers were killed and four volunteers wounded.\n\n"
            "We hold the brigade and its foreign sponsors fully responsible for this crime. We thank the United "
            "Nations Children's Fund, whose staff helped evacuate the wounded, and the people of Sarn, who gave "
            "them shelter."
        ),
        "actors": [
            {"names": ["Ministry of Foreign Affairs of Marvania", "Ministry of Foreign Affairs"], "role": "none",
             "by": None},
            {"names": ["Marvanian Red Crescent", "Red Crescent"], "role": "innocent", "by": "issuer"},
            {"names": ["Sarn"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "issuer"},
            {"names": ["United Nations Children's Fund", "United Nations"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s30-rt-article-provocation",
        "split": "heldout3",
        "issuer": None,
        "text": (
            "Kessian saboteurs plotted attack on Ostlandic power plant, security service says\n\n"
            "Ostland's Federal Security Service said on Thursday it had detained two Kessian saboteurs who were "
            "preparing an attack on the Dorsk power plant. 'The Kessian special services are waging a terrorist "
            "war against our citizens,' service spokesman Anton Gray told the Nordia news agency. The plant's "
            "operator, Dorsk Energy, said electricity supplies were not affected."
        ),
        "actors": [
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "Anton Gray"},
            {"names": ["Federal Security Service"], "role": "protagonist", "by": "Federal Security Service"},
            {"names": ["Ostland", "Ostlandic"], "role": "none", "by": None},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Anton Gray", "Gray"], "role": "none", "by": None},
            {"names": ["Nordia"], "role": "none", "by": None},
            {"names": ["Dorsk Energy"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "saboteurs", "target": "Kessian", "by": "issuer"},
        ],
        "titles": ["spokesman"],
    },
    {
        "id": "s31-wire-flood-aid",
        "split": "heldout3",
        "issuer": None,
        "text": (
            "Aid reaches flooded villages in Lorn valley\n\n"
            "LORN, April 11 (Nordwire) - Trucks of the World Food Agency delivered rice and drinking water to six "
            "flooded villages in the Lorn valley on Tuesday, the agency said. The regional governor, Katrin Weil, "
            "said roads to two villages were still closed. The Valmora weather service forecast more rain."
        ),
        "actors": [
            {"names": ["Lorn", "LORN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["World Food Agency"], "role": "protagonist", "by": "World Food Agency"},
            {"names": ["Katrin Weil", "Weil"], "role": "none", "by": None},
            {"names": ["Valmora"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["governor"],
    },
    {
        "id": "s32-ministry-comment-envoy-criticism",
        "split": "heldout3",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by Foreign Ministry Spokeswoman Irina Volkova on remarks by Norland's Ambassador Paul Grant\n\n"
            "Norland's Ambassador Paul Grant has again accused the Ostlandic government of persecuting journalists. "
            "Such groundless claims are nothing new. It is Norland that has closed the offices of Ostvision and "
            "expelled its correspondents.\n\n"
            "We note that the International Press Institute has also criticised the closure."
        ),
        "actors": [
            {"names": ["Irina Volkova", "Volkova"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Paul Grant", "Grant"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostlandic", "Ostland"], "role": "antagonist", "by": "Paul Grant"},
            {"names": ["Ostvision"], "role": "innocent", "by": "issuer"},
            {"names": ["International Press Institute"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Spokeswoman", "Ambassador"],
    },
    # ---- tune (fourth batch): written after heldout3 was scored ----
    {
        "id": "s33-statement-ambush",
        "split": "tune",
        "issuer": "Ministry of Internal Affairs",
        "text": (
            "Statement by the Ministry of Internal Affairs\n\n"
            "On Sunday a police patrol of the Valmora district was fired upon by members of the Red Hand group "
            "near the village of Kesh. One officer was killed. We hold the Red Hand and its leader Anton Varga "
            "responsible for this crime.\n\n"
            "It is the Red Hand that has terrorised the farmers of Kesh for months. Police later detained three "
            "suspects. We thank the residents of Kesh, who helped the police find them."
        ),
        "actors": [
            {"names": ["Ministry of Internal Affairs"], "role": "none", "by": None},
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Red Hand"], "role": "antagonist", "by": "issuer"},
            {"names": ["Kesh"], "role": "none", "by": None},
            {"names": ["Anton Varga", "Varga"], "role": "antagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": ["leader"],
    },
    {
        "id": "s34-rt-security-service",
        "split": "tune",
        "issuer": None,
        "text": (
            "Security service foils plot against Dorsk dam\n\n"
            "Ostland's Federal Security Service said on Monday that it had detained four saboteurs working for "
            "Kessian military intelligence who had planned to blow up the Dorsk dam. The Kessian Defence Ministry "
            "denied any involvement. Ostvision showed footage of the arrests."
        ),
        "actors": [
            {"names": ["Ostland"], "role": "none", "by": None},
            {"names": ["Federal Security Service"], "role": "protagonist", "by": "Federal Security Service"},
            {"names": ["Kessian"], "role": "antagonist", "by": "Federal Security Service"},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Kessian Defence Ministry", "Defence Ministry"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "saboteurs", "target": None, "by": "Federal Security Service"},
        ],
        "titles": [],
    },
    # ---- heldout4: written after the fourth tune batch, scored once, never tuned on ----
    {
        "id": "s35-ministry-comment-biolabs",
        "split": "heldout4",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by Foreign Ministry Spokesman Pavel Orlov on the report of the Varesian Council\n\n"
            "The Varesian Council has published yet another report accusing Ostland of violating the ceasefire "
            "in Marvania. We firmly reject these fabrications.\n\n"
            "It was the Marvanian rebels, armed and trained by Varesian instructors, who shelled the town of Idra "
            "last week, killing eight civilians. Ostlandic military doctors treated the wounded in Idra."
        ),
        "actors": [
            {"names": ["Pavel Orlov", "Orlov"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Varesian Council", "Varesian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "issuer"},
            {"names": ["Marvania", "Marvanian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Idra"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Spokesman"],
    },
    {
        "id": "s36-wire-hostages",
        "split": "heldout4",
        "issuer": None,
        "text": (
            "Kidnapped aid workers freed in Sarn\n\n"
            "SARN, Aug 3 (Nordwire) - Three aid workers of the Helping Hands charity kidnapped last month by the "
            "Black Banner Front were freed on Saturday after talks mediated by the elders of Sarn, the charity "
            "said. The charity's director, Maria Lund, thanked the Red Crescent for its help."
        ),
        "actors": [
            {"names": ["Sarn", "SARN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Helping Hands"], "role": "innocent", "by": "issuer"},
            {"names": ["Black Banner Front"], "role": "antagonist", "by": "issuer"},
            {"names": ["Maria Lund", "Lund"], "role": "none", "by": None},
            {"names": ["Red Crescent"], "role": "protagonist", "by": "Maria Lund"},
        ],
        "labels": [],
        "titles": ["director"],
    },
    {
        "id": "s37-rt-article-neonazis",
        "split": "heldout4",
        "issuer": None,
        "text": (
            "Kessian neo-Nazi battalion shells hospital in Lorn, local authorities say\n\n"
            "Fighters of the Kessian Wolf Battalion shelled the central hospital of Lorn on Tuesday, wounding "
            "eleven patients, the head of the Lorn administration, Igor Sems, told the Nordia agency. 'These "
            "thugs have no mercy for anyone,' Sems said. Ostlandic rescuers evacuated the patients to Brask."
        ),
        "actors": [
            {"names": ["Kessian Wolf Battalion", "Wolf Battalion", "Kessian"], "role": "antagonist",
             "by": "Igor Sems"},
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["Igor Sems", "Sems"], "role": "none", "by": None},
            {"names": ["Nordia"], "role": "none", "by": None},
            {"names": ["Ostlandic", "Ostland"], "role": "protagonist", "by": "Igor Sems"},
            {"names": ["Brask"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "neo-nazi", "target": "Kessian Wolf Battalion", "by": "issuer"},
            {"key": "thugs", "target": None, "by": "Igor Sems"},
        ],
        "titles": ["head"],
    },
    {
        "id": "s38-neutral-trade-fair",
        "split": "heldout4",
        "issuer": None,
        "text": (
            "Trade fair opens in Selin\n\n"
            "The annual Selin trade fair opened on Thursday with 400 exhibitors from 20 countries, the Selin "
            "Chamber of Commerce said. Economy Minister Lara Voss toured the stands of Norland and Valmora firms. "
            "The Baltic Trade Journal said attendance was expected to reach 50,000."
        ),
        "actors": [
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Selin Chamber of Commerce"], "role": "none", "by": None},
            {"names": ["Lara Voss", "Voss"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Baltic Trade Journal"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Economy Minister"],
    },
    # ---- heldout5: written after heldout4 was scored and the last rule change, scored once ----
    {
        "id": "s39-ministry-statement-drones",
        "split": "heldout5",
        "issuer": "Ministry of Defence of Valmora",
        "text": (
            "Statement by the Ministry of Defence of Valmora\n\n"
            "Last night Tarskian drones attacked a fuel depot and a school in the Valmora border district, "
            "injuring two teachers. Valmoran air defence units shot down nine drones. We warn the Tarskian "
            "leadership that such reckless provocations will not go unanswered.\n\n"
            "Volunteers of the Valmora Civil Guard helped firefighters put out the blaze."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Valmora", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Tarskian", "Tarsk"], "role": "antagonist", "by": "issuer"},
            {"names": ["Valmora", "Valmoran"], "role": "protagonist", "by": "issuer"},
            {"names": ["Valmora Civil Guard", "Civil Guard"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s40-wire-aid-blocked",
        "split": "heldout5",
        "issuer": None,
        "text": (
            "UN says aid convoy blocked at Harim crossing\n\n"
            "GENEVA, Nov 2 (Nordwire) - Forces of the Harim Defence Council blocked a United Nations food convoy at "
            "the Harim crossing for the third day, leaving 20,000 people without supplies, a UN spokeswoman, "
            "Elena Ruiz, said on Monday. The council said the trucks needed new permits."
        ),
        "actors": [
            {"names": ["GENEVA", "Geneva"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Harim Defence Council"], "role": "antagonist", "by": "Elena Ruiz"},
            {"names": ["United Nations", "UN"], "role": "none", "by": None},
            {"names": ["Harim"], "role": "none", "by": None},
            {"names": ["Elena Ruiz", "Ruiz"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["spokeswoman"],
    },
    {
        "id": "s41-rt-article-sponsors",
        "split": "heldout5",
        "issuer": None,
        "text": (
            "Norland arming 'death squads' in Kessia, Ostlandic diplomat says\n\n"
            "Norland is supplying weapons to the so-called Kessian Volunteer Corps, which has murdered dozens of "
            "civilians in the east, Ostland's envoy to the OSCE, Oleg Marin, said on Wednesday. 'The Norland "
            "government bears full responsibility for these crimes,' Marin told Ostvision."
        ),
        "actors": [
            {"names": ["Norland"], "role": "antagonist", "by": "Oleg Marin"},
            {"names": ["Kessia"], "role": "none", "by": None},
            {"names": ["Kessian Volunteer Corps", "Volunteer Corps"], "role": "antagonist", "by": "Oleg Marin"},
            {"names": ["Ostland", "Ostlandic"], "role": "none", "by": None},
            {"names": ["OSCE"], "role": "none", "by": None},
            {"names": ["Oleg Marin", "Marin"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "death squads", "target": None, "by": "issuer"},
            {"key": "so-called", "target": "Kessian Volunteer Corps", "by": "Oleg Marin"},
        ],
        "titles": ["envoy"],
    },
    {
        "id": "s42-neutral-university",
        "split": "heldout5",
        "issuer": None,
        "text": (
            "University opens new medical faculty\n\n"
            "Selin University opened a medical faculty on Monday with 300 students, rector Anna Berg said. The "
            "faculty was built with a grant from the Northern Health Fund and will train doctors for hospitals in "
            "Lorn and Brask, the Lorn Herald reported."
        ),
        "actors": [
            {"names": ["Selin University"], "role": "none", "by": None},
            {"names": ["Anna Berg", "Berg"], "role": "none", "by": None},
            {"names": ["Northern Health Fund"], "role": "none", "by": None},
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["Brask"], "role": "none", "by": None},
            {"names": ["Lorn Herald"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["rector"],
    },
    # ---- tune (fifth batch): written in session 6 after heldout6's first scoring, to widen the rules
    # on the old splits' misses (never on heldout6's) ----
    {
        "id": "s54-ministry-comment-counteraccusation",
        "split": "tune",
        "issuer": "Ministry of Foreign Affairs of Kessia",
        "text": (
            "Comment by the Ministry of Foreign Affairs of Kessia on the remarks of the Norland Defence Secretary\n\n"
            "Norland Defence Secretary Mark Ellison has once again blamed Kessia for the escalation in the Harim "
            "region. We categorically reject these accusations. It is Norland that continues to pour weapons into "
            "the region and to train the militants of the Harim Defence Council, who have been terrorising the "
            "local population for years.\n\n"
            "We highly appreciate the work of the Kessian Red Cross, whose volunteers have evacuated more than "
            "3,000 civilians from the Harim region since June."
        ),
        "actors": [
            {"names": ["Ministry of Foreign Affairs of Kessia", "Ministry of Foreign Affairs"], "role": "none",
             "by": None},
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Mark Ellison", "Ellison"], "role": "antagonist", "by": "issuer"},
            {"names": ["Kessia"], "role": "antagonist", "by": "Mark Ellison"},
            {"names": ["Harim"], "role": "none", "by": None},
            {"names": ["Harim Defence Council"], "role": "antagonist", "by": "issuer"},
            {"names": ["Kessian Red Cross", "Red Cross"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [
            {"key": "militants", "target": "Harim Defence Council", "by": "issuer"},
        ],
        "titles": ["Defence Secretary"],
    },
    {
        "id": "s55-rt-article-capital",
        "split": "tune",
        "issuer": None,
        "text": (
            "Arvel regime shelled Tessa bakery, local officials say\n\n"
            "Troops loyal to the Arvel regime shelled a bakery in the town of Tessa on Sunday morning, killing "
            "five people who were queuing for bread, the town's mayor, Olga Ren, told the Ostvision channel. "
            "'Arvel is waging a war against its own people,' Ren said.\n\n"
            "Volunteers of the Tessa Rescue Corps pulled three survivors from the ruins. The Marvanian government, "
            "which is based in Arvel, has not commented."
        ),
        "actors": [
            {"names": ["Arvel"], "role": "antagonist", "by": "Olga Ren"},
            {"names": ["Tessa"], "role": "none", "by": None},
            {"names": ["Olga Ren", "Ren"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Tessa Rescue Corps", "Rescue Corps"], "role": "protagonist", "by": "issuer"},
            {"names": ["Marvanian", "Marvania"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "regime", "target": "Arvel", "by": "issuer"},
        ],
        "titles": ["mayor"],
    },
    {
        "id": "s56-wire-police-arrests",
        "split": "tune",
        "issuer": None,
        "text": (
            "Police arrest three in Valmora bank robbery\n\n"
            "VALMORA, Oct 8 (Nordwire) - Police in Valmora arrested three men suspected of robbing a branch of "
            "the Northern Savings Bank last week, a police spokesman said on Thursday. The bank said no customers "
            "had been hurt. A lawyer for one of the suspects, Petra Lang, said her client was innocent."
        ),
        "actors": [
            {"names": ["Valmora", "VALMORA"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Northern Savings Bank"], "role": "none", "by": None},
            {"names": ["Petra Lang", "Lang"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["spokesman", "lawyer"],
    },
    {
        "id": "s57-op-ed-sanctions",
        "split": "tune",
        "issuer": None,
        "text": (
            "Opinion: Who pays for the blockade of Sarn\n\n"
            "By Lena Dorn\n\n"
            "The Varesian Union's blockade of Sarn has now lasted nine months. Its sanctions have emptied the "
            "pharmacies of Sarn and left children without vaccines. Brussels calls this pressure; the mothers of "
            "Sarn call it cruelty.\n\n"
            "Only the Sarn Medical Association has kept the clinics running, with doctors who work for free. They "
            "are the heroes of this winter."
        ),
        "actors": [
            {"names": ["Lena Dorn", "Dorn"], "role": "none", "by": None},
            {"names": ["Varesian Union", "Varesian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Sarn"], "role": "none", "by": None},
            {"names": ["Brussels"], "role": "antagonist", "by": "issuer"},
            {"names": ["Sarn Medical Association"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [
            {"key": "heroes", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s58-agency-report-displaced",
        "split": "tune",
        "issuer": None,
        "text": (
            "Aid agency says 40,000 displaced by fighting in Lorn\n\n"
            "About 40,000 people have fled fighting between the Kessian army and the Lorn People's Militia "
            "in the past week, the Norland Refugee Council said on Tuesday. Two of the council's staff were "
            "injured when their car was hit by shrapnel near Brask, spokeswoman Ines Varro said. The World Food "
            "Agency said it was distributing bread in three camps."
        ),
        "actors": [
            {"names": ["Kessian", "Kessia"], "role": "none", "by": None},
            {"names": ["Lorn People's Militia", "People's Militia"], "role": "none", "by": None},
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["Norland Refugee Council", "Refugee Council"], "role": "innocent",
             "by": "Ines Varro"},
            {"names": ["Brask"], "role": "none", "by": None},
            {"names": ["Ines Varro", "Varro"], "role": "none", "by": None},
            {"names": ["World Food Agency"], "role": "protagonist", "by": "World Food Agency"},
        ],
        "labels": [],
        "titles": ["spokeswoman"],
    },
    {
        "id": "s59-ministry-statement-denial",
        "split": "tune",
        "issuer": "Ministry of Defence of Ostland",
        "text": (
            "Statement by the Ministry of Defence of Ostland\n\n"
            "Reports by the Kessian General Staff that Ostlandic units struck a residential block in Dorsk are "
            "false. Ostlandic forces do not strike civilian targets. The block was destroyed by a Kessian "
            "air-defence missile that fell after a failed launch, as footage published by local residents shows.\n\n"
            "Ostlandic military doctors have treated 14 residents of Dorsk injured in the blast."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Ostland", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Kessian General Staff", "General Staff"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostlandic", "Ostland"], "role": "protagonist", "by": "issuer"},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Kessian"], "role": "antagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    # ---- tune (sixth batch): session 6, after the fifth; shapes the set lacked (a neutral monitoring
    # report, a foiled attack, an expert accusing a bloc, an election dispute, sanctions, a verdict) ----
    {
        "id": "s60-monitors-report-neutral",
        "split": "tune",
        "issuer": None,
        "text": (
            "Monitors record 230 ceasefire violations in a week\n\n"
            "The Joint Monitoring Mission recorded 230 ceasefire violations along the Harim line last week, "
            "up from 180 the week before, its chief monitor, Anders Holt, said on Friday. Most of the "
            "violations were small-arms fire near the villages of Ulm and Tarn. Both the Marvanian army and the "
            "Free Harim Brigade said they were observing the truce. The mission's next report is due in two weeks."
        ),
        "actors": [
            {"names": ["Joint Monitoring Mission"], "role": "none", "by": None},
            {"names": ["Harim"], "role": "none", "by": None},
            {"names": ["Anders Holt", "Holt"], "role": "none", "by": None},
            {"names": ["Ulm"], "role": "none", "by": None},
            {"names": ["Tarn"], "role": "none", "by": None},
            {"names": ["Marvanian"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["chief monitor"],
    },
    {
        "id": "s61-interior-statement-foiled",
        "split": "tune",
        "issuer": "Ministry of Internal Affairs of Valmora",
        "text": (
            "Statement by the Ministry of Internal Affairs of Valmora\n\n"
            "Officers of the Valmora State Police have prevented a terrorist attack on the central railway "
            "station. Two members of the banned Black Dawn movement were detained while planting an explosive "
            "device. The organisers of the attack are hiding in Tarsk.\n\n"
            "We express our gratitude to the station staff, who alerted the police, and to railway employee "
            "Ivan Dal, who evacuated the waiting hall."
        ),
        "actors": [
            {"names": ["Ministry of Internal Affairs of Valmora", "Ministry of Internal Affairs"], "role": "none",
             "by": None},
            {"names": ["Valmora State Police", "State Police"], "role": "protagonist", "by": "issuer"},
            {"names": ["Black Dawn"], "role": "antagonist", "by": "issuer"},
            {"names": ["Tarsk"], "role": "none", "by": None},
            {"names": ["Ivan Dal", "Dal"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [
            {"key": "terrorist", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s62-rt-expert-provocations",
        "split": "tune",
        "issuer": None,
        "text": (
            "Western bloc staging provocations on Ostland's border, expert warns\n\n"
            "The Northern Alliance is deliberately provoking Ostland by holding exercises a few kilometres from "
            "its border, military analyst Sergei Kaur told the Nordia agency. 'These are not exercises, they are "
            "rehearsals of an attack,' Kaur said. He added that the alliance had deployed 40,000 troops to the "
            "region since spring. The alliance's press office said the drills were defensive."
        ),
        "actors": [
            {"names": ["Northern Alliance", "Alliance"], "role": "antagonist", "by": "Sergei Kaur"},
            {"names": ["Ostland"], "role": "none", "by": None},
            {"names": ["Sergei Kaur", "Kaur"], "role": "none", "by": None},
            {"names": ["Nordia"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["military analyst"],
    },
    {
        "id": "s63-wire-election-dispute",
        "split": "tune",
        "issuer": None,
        "text": (
            "Opposition alleges fraud in Tarsk vote\n\n"
            "TARSK, Nov 4 (Nordwire) - The opposition Civic Front accused the ruling Unity Party on Monday of "
            "stuffing ballot boxes in Sunday's parliamentary election. The Central Election Commission rejected "
            "the allegations and said the vote had been fair. International observers from the Council of "
            "Regions said they had seen isolated irregularities."
        ),
        "actors": [
            {"names": ["Tarsk", "TARSK"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Civic Front"], "role": "none", "by": None},
            {"names": ["Unity Party"], "role": "antagonist", "by": "Civic Front"},
            {"names": ["Central Election Commission"], "role": "none", "by": None},
            {"names": ["Council of Regions"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s64-ministry-comment-unilateral-sanctions",
        "split": "tune",
        "issuer": "Foreign Ministry of Ostland",
        "text": (
            "Comment by the Foreign Ministry of Ostland on new sanctions against Marvania\n\n"
            "The Varesian Union has adopted yet another package of illegal unilateral sanctions against Marvania. "
            "These measures hit ordinary Marvanians first of all: the sick, the elderly and children.\n\n"
            "We welcome the principled position of Tarsk, which has refused to join the sanctions and continues "
            "to supply medicines to Marvanian hospitals."
        ),
        "actors": [
            {"names": ["Foreign Ministry of Ostland", "Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Varesian Union", "Varesian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Marvania", "Marvanians", "Marvanian"], "role": "innocent", "by": "issuer"},
            {"names": ["Tarsk"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [
            {"key": "illegal", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s65-court-verdict",
        "split": "tune",
        "issuer": None,
        "text": (
            "Former minister jailed for bribery\n\n"
            "A court in Selin on Tuesday sentenced former transport minister Karl Weiss to six years in prison "
            "for taking bribes from construction firms, the court's press service said. Prosecutors said Weiss had "
            "received 2 million in exchange for road contracts. His lawyer, Eva Sten, said they would appeal."
        ),
        "actors": [
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Karl Weiss", "Weiss"], "role": "antagonist", "by": "Prosecutors"},
            {"names": ["Eva Sten", "Sten"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["transport minister", "lawyer"],
    },
    # ---- tune (seventh batch): session 6, neutral reports full of harm words (an accident, a storm, a
    # market slump, a strike at a plant, a derby, a fire): nobody is cast ----
    {
        "id": "s66-neutral-bus-crash",
        "split": "tune",
        "issuer": None,
        "text": (
            "Three killed as truck hits bus near Ferra\n\n"
            "FERRA, Jan 9 (Nordwire) - A truck of the Baltic Lines haulage company hit a passenger bus on the "
            "Ferra ring road on Monday, killing three passengers and injuring eleven, the regional police said. "
            "The truck driver was detained. Baltic Lines said it was cooperating with investigators."
        ),
        "actors": [
            {"names": ["Ferra", "FERRA"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Baltic Lines"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s67-neutral-storm",
        "split": "tune",
        "issuer": None,
        "text": (
            "Storm cuts power to 40,000 homes in Valmora\n\n"
            "A storm with winds of up to 120 km/h damaged power lines across the Valmora region overnight, "
            "leaving 40,000 homes without electricity, the grid operator Valmora Energy said on Tuesday. Crews of "
            "the company restored power to half of them by noon. The national weather service warned of more "
            "storms on Thursday."
        ),
        "actors": [
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Valmora Energy"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s68-neutral-markets",
        "split": "tune",
        "issuer": None,
        "text": (
            "Selin shares slump as rate fears hit banks\n\n"
            "Shares in Selin fell for a third day on Wednesday as fears of higher interest rates hit bank stocks, "
            "with the Northern Savings Bank losing 4 percent. Analysts at Baltic Capital said the central bank "
            "of Norland was likely to raise rates in March. The Selin Stock Exchange index closed 1.8 percent lower."
        ),
        "actors": [
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Northern Savings Bank"], "role": "none", "by": None},
            {"names": ["Baltic Capital"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Selin Stock Exchange"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s69-neutral-plant-strike",
        "split": "tune",
        "issuer": None,
        "text": (
            "Workers strike at Dorsk steel plant\n\n"
            "About 2,000 workers of the Dorsk Steel Works walked out on Thursday to demand higher pay, the Metal "
            "Workers Union said. The company's management said the strike had stopped two of the plant's three "
            "furnaces. Talks between the union and the management are due to resume on Monday, mediator Hanna "
            "Vogt said."
        ),
        "actors": [
            {"names": ["Dorsk Steel Works", "Dorsk"], "role": "none", "by": None},
            {"names": ["Metal Workers Union"], "role": "none", "by": None},
            {"names": ["Hanna Vogt", "Vogt"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["mediator"],
    },
    {
        "id": "s70-neutral-derby",
        "split": "tune",
        "issuer": None,
        "text": (
            "Tarsk United crush Valmora in derby\n\n"
            "Tarsk United destroyed FC Valmora 4-0 on Saturday, with striker Omar Ben scoring a hat-trick. "
            "Valmora coach Lukas Maier said his team had been beaten by a better side. The league fined both "
            "clubs after fans threw flares onto the pitch."
        ),
        "actors": [
            {"names": ["Tarsk United", "Tarsk"], "role": "none", "by": None},
            {"names": ["FC Valmora", "Valmora"], "role": "none", "by": None},
            {"names": ["Omar Ben", "Ben"], "role": "none", "by": None},
            {"names": ["Lukas Maier", "Maier"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["striker", "coach"],
    },
    {
        "id": "s71-neutral-fire",
        "split": "tune",
        "issuer": None,
        "text": (
            "Fire destroys warehouse in Brask port\n\n"
            "A fire destroyed a grain warehouse of the Brask Port Company on Sunday night, the city's fire "
            "service said. Firefighters rescued two night guards from the building. Nobody was injured. The "
            "company said the cause of the fire was not yet known."
        ),
        "actors": [
            {"names": ["Brask"], "role": "none", "by": None},
            {"names": ["Brask Port Company"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    # ---- tune (eighth batch): session 6, after heldout7 was written; more shapes of the genre ----
    {
        "id": "s82-ministry-comment-partners",
        "split": "tune",
        "issuer": "Ministry of Foreign Affairs of Marvania",
        "text": (
            "Comment by the Ministry of Foreign Affairs of Marvania\n\n"
            "We are grateful to our Tarskian partners, who have sent three field hospitals and 40 doctors to the "
            "flooded provinces. At the same time, the so-called humanitarian mission of the Varesian Union has "
            "not delivered a single kilogram of aid; its officials have spent the money on their own offices "
            "in Selin.\n\n"
            "According to the Marvanian Red Crescent, 12,000 people remain without drinking water."
        ),
        "actors": [
            {"names": ["Ministry of Foreign Affairs of Marvania", "Ministry of Foreign Affairs"], "role": "none",
             "by": None},
            {"names": ["Tarskian", "Tarsk"], "role": "protagonist", "by": "issuer"},
            {"names": ["Varesian Union", "Varesian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Marvanian Red Crescent", "Red Crescent"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s83-wire-according-to",
        "split": "tune",
        "issuer": None,
        "text": (
            "Strike on Idra power plant cuts electricity\n\n"
            "IDRA, Feb 3 (Nordwire) - An air strike damaged the main power plant of Idra on Sunday, cutting "
            "electricity to 200,000 people. According to the regional governor, Pavel Marek, the strike was carried "
            "out by Norland-led coalition aircraft. The coalition said it had targeted a weapons store of the "
            "Black Banner Front next to the plant."
        ),
        "actors": [
            {"names": ["Idra", "IDRA"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Pavel Marek", "Marek"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "antagonist", "by": "Pavel Marek"},
            {"names": ["Black Banner Front"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["governor"],
    },
    {
        "id": "s84-rt-article-years-of-shelling",
        "split": "tune",
        "issuer": None,
        "text": (
            "Residents of Lorn mark 1,000 days under fire\n\n"
            "For 1,000 days the Kessian army has been shelling the city of Lorn, destroying homes, schools and "
            "hospitals, the head of the city administration, Irina Gol, told Ostvision on Saturday. 'Our "
            "children have grown up in basements,' she said. Gol thanked the Ostlandic government for rebuilding "
            "the city's water supply."
        ),
        "actors": [
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "Irina Gol"},
            {"names": ["Irina Gol", "Gol"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Ostlandic", "Ostland"], "role": "protagonist", "by": "Irina Gol"},
        ],
        "labels": [],
        "titles": ["head"],
    },
    {
        "id": "s85-interior-statement-foreign-agents",
        "split": "tune",
        "issuer": "Ministry of Justice of Ostland",
        "text": (
            "Statement by the Ministry of Justice of Ostland\n\n"
            "The Ministry of Justice has added the Free Word Foundation to the register of foreign agents. The "
            "foundation received more than 3 million from Norland's State Department and used the money to spread "
            "false information about the Ostlandic army. Its director, Olga Braun, fled abroad in March."
        ),
        "actors": [
            {"names": ["Ministry of Justice of Ostland", "Ministry of Justice"], "role": "none", "by": None},
            {"names": ["Free Word Foundation"], "role": "antagonist", "by": "issuer"},
            {"names": ["Norland", "State Department"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostlandic", "Ostland"], "role": "none", "by": None},
            {"names": ["Olga Braun", "Braun"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["director"],
    },
    {
        "id": "s86-neutral-science",
        "split": "tune",
        "issuer": None,
        "text": (
            "Selin researchers map ancient shipwrecks\n\n"
            "Divers from the Selin Maritime Museum have mapped 14 shipwrecks off the coast of Vorn, some of them "
            "2,000 years old, the museum said on Wednesday. The project was funded by the Northern Heritage Trust. "
            "Archaeologist Mira Solberg said storms had destroyed parts of two wrecks."
        ),
        "actors": [
            {"names": ["Selin Maritime Museum", "Maritime Museum"], "role": "none", "by": None},
            {"names": ["Vorn"], "role": "none", "by": None},
            {"names": ["Northern Heritage Trust"], "role": "none", "by": None},
            {"names": ["Mira Solberg", "Solberg"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Archaeologist"],
    },
    {
        "id": "s87-ministry-statement-hostages",
        "split": "tune",
        "issuer": "Ministry of Foreign Affairs of Tarsk",
        "text": (
            "Statement by the Ministry of Foreign Affairs of Tarsk\n\n"
            "Thanks to the mediation of the Emirate of Qadir, eleven Tarskian sailors held hostage by pirates off "
            "the coast of Sarn for five months have been released. We express our deep appreciation to the "
            "government of Qadir and to the crew's employer, Baltic Lines, for their efforts."
        ),
        "actors": [
            {"names": ["Ministry of Foreign Affairs of Tarsk", "Ministry of Foreign Affairs"], "role": "none",
             "by": None},
            {"names": ["Qadir", "Emirate of Qadir"], "role": "protagonist", "by": "issuer"},
            {"names": ["Tarskian"], "role": "innocent", "by": "issuer"},
            {"names": ["Sarn"], "role": "none", "by": None},
            {"names": ["Baltic Lines"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    # ---- tune (ninth batch): session 6; violations, meddling, sheltering the other side, sabotage,
    # disinformation, and a neutral state visit ----
    {
        "id": "s88-defence-statement-ceasefire",
        "split": "tune",
        "issuer": "Ministry of Defence of Marvania",
        "text": (
            "Statement by the Ministry of Defence of Marvania\n\n"
            "Over the past 24 hours the Free Harim Brigade violated the ceasefire 37 times, firing mortars at "
            "positions of the Marvanian Army near Ulm. Our units did not return fire. The Joint Commission has "
            "been informed."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Marvania", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "issuer"},
            {"names": ["Marvanian Army", "Marvanian"], "role": "none", "by": None},
            {"names": ["Ulm"], "role": "none", "by": None},
            {"names": ["Joint Commission"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s89-ministry-comment-interference",
        "split": "tune",
        "issuer": "Foreign Ministry of Tarsk",
        "text": (
            "Comment by the Foreign Ministry of Tarsk\n\n"
            "The Norland embassy continues to interfere in the internal affairs of our country. Its diplomats "
            "met leaders of the unregistered Dawn movement, which calls for the violent overthrow of the "
            "government. We have summoned the Norland ambassador, Claire Vance, to protest."
        ),
        "actors": [
            {"names": ["Foreign Ministry of Tarsk", "Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Dawn"], "role": "none", "by": None},
            {"names": ["Claire Vance", "Vance"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["ambassador"],
    },
    {
        "id": "s90-rt-article-harbouring",
        "split": "tune",
        "issuer": None,
        "text": (
            "Kessia shelters militants who attacked Ostlandic border post, FSB-style service says\n\n"
            "Kessia is sheltering the militants of the Grey Wolves group who attacked an Ostlandic border post "
            "last week, killing two guards, Ostland's Border Service said on Tuesday. The service said the "
            "attackers had crossed back into Kessia. The Kessian Interior Ministry did not respond."
        ),
        "actors": [
            {"names": ["Kessia"], "role": "antagonist", "by": "Border Service"},
            {"names": ["Grey Wolves"], "role": "antagonist", "by": "Border Service"},
            {"names": ["Ostlandic", "Ostland"], "role": "none", "by": None},
            {"names": ["Border Service"], "role": "none", "by": None},
            {"names": ["Kessian Interior Ministry", "Interior Ministry"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "militants", "target": "Grey Wolves", "by": "Border Service"},
            # the headline's "shelters militants who attacked" (added on reading the output: a tune text)
            {"key": "militants", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s91-wire-talks-collapse",
        "split": "tune",
        "issuer": None,
        "text": (
            "Harim talks collapse as sides trade blame\n\n"
            "GENEVA, June 2 (Nordwire) - Peace talks on Harim collapsed on Friday. Marvanian negotiator Omar Said "
            "said the Free Harim Brigade had sabotaged the talks by walking out. The brigade's spokesman said "
            "the government had never wanted peace. UN envoy Lars Dahl said he would try again next month."
        ),
        "actors": [
            {"names": ["Harim"], "role": "none", "by": None},
            {"names": ["GENEVA", "Geneva"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Marvanian"], "role": "none", "by": None},
            {"names": ["Omar Said"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "Omar Said"},
            {"names": ["UN"], "role": "none", "by": None},
            {"names": ["Lars Dahl", "Dahl"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["negotiator", "spokesman", "envoy"],
    },
    {
        "id": "s92-ministry-comment-disinformation",
        "split": "tune",
        "issuer": "Foreign Ministry of Ostland",
        "text": (
            "Comment by the Foreign Ministry of Ostland\n\n"
            "Western media, led by the Norland broadcaster NBN, are waging a disinformation campaign against our "
            "country. NBN has again aired staged footage of so-called victims in Lorn. We call on the Council of "
            "Regions to assess these materials."
        ),
        "actors": [
            {"names": ["Foreign Ministry of Ostland", "Foreign Ministry"], "role": "none", "by": None},
            {"names": ["NBN"], "role": "antagonist", "by": "issuer"},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["Council of Regions"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s93-neutral-state-visit",
        "split": "tune",
        "issuer": None,
        "text": (
            "Tarsk president visits Valmora\n\n"
            "Tarsk President Elena Voss arrived in Valmora on Monday for a two-day state visit, the presidential "
            "press service said. Voss and Valmora's prime minister, Jan Holm, are expected to sign agreements on "
            "energy and rail transport. Business leaders from both countries will attend a forum on Tuesday."
        ),
        "actors": [
            {"names": ["Tarsk"], "role": "none", "by": None},
            {"names": ["Elena Voss", "Voss"], "role": "none", "by": None},
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Jan Holm", "Holm"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["President", "prime minister"],
    },
    # ---- tune (tenth batch): session 6; arming a regime, calls to stop aggression, condemnation,
    # pledged aid, a brokered truce, and a neutral festival ----
    {
        "id": "s94-rt-article-weapons-regime",
        "split": "tune",
        "issuer": None,
        "text": (
            "Norland to send more missiles to Harlan regime\n\n"
            "Norland will send another 200 missiles to the Harlan regime, the Norland defence ministry announced "
            "on Thursday. Ostlandic Deputy Foreign Minister Pavel Dorin said the deliveries would only prolong the "
            "suffering of ordinary people. 'We call on Norland to stop fuelling this war,' Dorin told Ostvision."
        ),
        "actors": [
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Harlan"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostlandic", "Ostland"], "role": "none", "by": None},
            {"names": ["Pavel Dorin", "Dorin"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "regime", "target": "Harlan", "by": "issuer"},
        ],
        "titles": ["Deputy Foreign Minister"],
    },
    {
        "id": "s95-ministry-statement-call-to-stop",
        "split": "tune",
        "issuer": "Ministry of Foreign Affairs of Kessia",
        "text": (
            "Statement by the Ministry of Foreign Affairs of Kessia\n\n"
            "Kessia strongly condemns Ostland for the shelling of residential districts of Brask on 12 March. We "
            "call on the Ostlandic leadership to end its aggression immediately. Kessia has pledged 5 million in "
            "emergency aid to the families affected."
        ),
        "actors": [
            {"names": ["Ministry of Foreign Affairs of Kessia", "Ministry of Foreign Affairs"], "role": "none",
             "by": None},
            {"names": ["Kessia"], "role": "protagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "antagonist", "by": "issuer"},
            {"names": ["Brask"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s96-wire-truce-brokered",
        "split": "tune",
        "issuer": None,
        "text": (
            "Qadir brokers local truce in Harim\n\n"
            "HARIM, Sept 9 (Nordwire) - The Emirate of Qadir has brokered a three-day truce between the Marvanian "
            "army and the Free Harim Brigade to allow the evacuation of civilians, Qadir's foreign ministry said. "
            "The International Committee of the Red Cross will run the evacuation."
        ),
        "actors": [
            # by the attributed source ("..., Qadir's foreign ministry said"), as the set's convention says
            {"names": ["Emirate of Qadir", "Qadir"], "role": "protagonist", "by": "Qadir's foreign ministry"},
            {"names": ["Harim", "HARIM"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Marvanian"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "none", "by": None},
            {"names": ["International Committee of the Red Cross", "Red Cross"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s97-neutral-festival",
        "split": "tune",
        "issuer": None,
        "text": (
            "Film festival opens in Tarsk\n\n"
            "The 20th Tarsk Film Festival opened on Friday with a new drama by director Ines Kolar, the "
            "organisers said. Films from 35 countries, including Norland, Kessia and Ostland, will compete for "
            "the Golden Crane. The festival is sponsored by the Tarsk city council and the Baltic Bank."
        ),
        "actors": [
            {"names": ["Tarsk Film Festival", "Tarsk"], "role": "none", "by": None},
            {"names": ["Ines Kolar", "Kolar"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Kessia"], "role": "none", "by": None},
            {"names": ["Ostland"], "role": "none", "by": None},
            {"names": ["Baltic Bank"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["director"],
    },
    # ---- tune (eleventh batch): session 6; refused access, obstructed monitors, victims named among the
    # dead, and a neutral bank report ----
    {
        "id": "s98-wire-access-refused",
        "split": "tune",
        "issuer": None,
        "text": (
            "Aid agencies say access to Sarn refused\n\n"
            "SARN, Dec 1 (Nordwire) - The Sarn Defence Council has refused to let a World Food Agency convoy "
            "enter the besieged district for a second week, the agency said on Monday. Its spokeswoman, Amal "
            "Nour, said 30,000 people were running out of food. The council did not comment."
        ),
        "actors": [
            {"names": ["Sarn", "SARN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Sarn Defence Council", "Defence Council"], "role": "antagonist", "by": "World Food Agency"},
            {"names": ["World Food Agency"], "role": "none", "by": None},
            {"names": ["Amal Nour", "Nour"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["spokeswoman"],
    },
    {
        "id": "s99-ministry-comment-monitors",
        "split": "tune",
        "issuer": "Foreign Ministry of Valmora",
        "text": (
            "Comment by the Foreign Ministry of Valmora\n\n"
            "The Tarskian authorities continue to obstruct the work of the OSCE monitors on the border. Last week "
            "Tarskian border guards turned back a monitoring team at the Ulm crossing. We thank the OSCE mission "
            "for its patience and professionalism."
        ),
        "actors": [
            {"names": ["Foreign Ministry of Valmora", "Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Tarskian", "Tarsk"], "role": "antagonist", "by": "issuer"},
            {"names": ["OSCE"], "role": "protagonist", "by": "issuer"},
            {"names": ["Ulm"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s100-rt-article-among-victims",
        "split": "tune",
        "issuer": None,
        "text": (
            "Kessian strike on Dorsk bus station kills seven\n\n"
            "A Kessian missile hit the bus station in Dorsk on Friday, killing seven people, the city's mayor, "
            "Anna Rusk, said. Local schoolteacher Maria Petrova and her two sons were among the victims, Rusk told "
            "the Nordia agency."
        ),
        "actors": [
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "Anna Rusk"},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Anna Rusk", "Rusk"], "role": "none", "by": None},
            {"names": ["Maria Petrova", "Petrova"], "role": "innocent", "by": "Anna Rusk"},
            {"names": ["Nordia"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["mayor"],
    },
    {
        "id": "s101-neutral-central-bank",
        "split": "tune",
        "issuer": None,
        "text": (
            "Valmora central bank holds rates\n\n"
            "The central bank of Valmora kept its key rate at 5 percent on Thursday, citing slowing inflation. "
            "Governor Petr Lind said the bank could cut rates in the spring if prices kept falling. Economists at "
            "Baltic Capital had expected the decision."
        ),
        "actors": [
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Petr Lind", "Lind"], "role": "none", "by": None},
            {"names": ["Baltic Capital"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Governor"],
    },
    # ---- tune (twelfth batch): session 6; coming under fire, falling victim, a terrorist act, aid handed over ----
    {
        "id": "s102-wire-under-fire",
        "split": "tune",
        "issuer": None,
        "text": (
            "Red Crescent convoy comes under fire near Tarn\n\n"
            "TARN, March 8 (Nordwire) - A convoy of the Marvanian Red Crescent came under fire from positions of "
            "the Free Harim Brigade near Tarn on Saturday, the aid group said. One driver was wounded. The brigade "
            "denied involvement."
        ),
        "actors": [
            {"names": ["Marvanian Red Crescent", "Red Crescent"], "role": "innocent", "by": "Marvanian Red Crescent"},
            {"names": ["Tarn", "TARN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "Marvanian Red Crescent"},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s103-security-statement-terrorist-act",
        "split": "tune",
        "issuer": "State Security Committee of Ostland",
        "text": (
            "Statement by the State Security Committee of Ostland\n\n"
            "A terrorist act carried out by agents of the Kessian special services has been prevented in Dorsk. "
            "Journalist Oleg Tarn, who was to be the target of the attack, has been placed under protection. We "
            "thank the residents of Dorsk who reported the suspicious car."
        ),
        "actors": [
            {"names": ["State Security Committee of Ostland", "State Security Committee"], "role": "none",
             "by": None},
            {"names": ["Kessian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Oleg Tarn", "Tarn"], "role": "innocent", "by": "issuer"},
        ],
        "labels": [],
        "titles": ["Journalist"],
    },
    {
        "id": "s104-rt-article-aid-handed-over",
        "split": "tune",
        "issuer": None,
        "text": (
            "Ostlandic troops hand over aid to Harim residents\n\n"
            "Servicemen of the Ostlandic Reconciliation Centre handed over 12 tonnes of food and medicine to "
            "residents of Harim on Sunday, the centre's head, Major General Ivan Borin, said. Many residents fell "
            "victim to the Free Harim Brigade's shelling, he added."
        ),
        "actors": [
            {"names": ["Ostlandic Reconciliation Centre", "Reconciliation Centre", "Ostlandic"],
             "role": "protagonist", "by": "Ivan Borin"},
            {"names": ["Harim"], "role": "none", "by": None},
            {"names": ["Ivan Borin", "Borin"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "Ivan Borin"},
        ],
        "labels": [],
        "titles": ["head", "Major General"],
    },
    # ---- tune (thirteenth batch): session 7 (roles2), after heldout9's first scoring, written without
    # reading heldout9's texts: sport and games told in war words (they cast nobody), a defence ministry's
    # own strikes and its interceptions of the other side's drones, a statement praising its own forces ----
    {
        "id": "s119-match-report-war-words",
        "split": "tune",
        "issuer": None,
        "text": (
            "Valmora Rovers crush Dorna Athletic 4-1\n\n"
            "Valmora Rovers stormed the Dorna Athletic defence from the first whistle on Sunday and won 4-1 at "
            "the Rovers Arena. Forward Nico Brand fired two goals past goalkeeper Erik Holm, and midfielder Sami "
            "Rask killed the game off after the break.\n\n"
            "\"We attacked them relentlessly and they had no answer,\" Rovers coach Anton Weiss said. \"Our "
            "defenders fought like soldiers.\"\n\n"
            "Dorna Athletic coach Lars Mott admitted his side had been destroyed in midfield. \"They bombarded "
            "our box and we collapsed,\" he said. The defeat leaves Dorna Athletic fourth in the league."
        ),
        "actors": [
            {"names": ["Valmora Rovers", "Rovers"], "role": "none", "by": None},
            {"names": ["Dorna Athletic", "Dorna"], "role": "none", "by": None},
            {"names": ["Rovers Arena"], "role": "none", "by": None},
            {"names": ["Nico Brand", "Brand"], "role": "none", "by": None},
            {"names": ["Erik Holm", "Holm"], "role": "none", "by": None},
            {"names": ["Sami Rask", "Rask"], "role": "none", "by": None},
            {"names": ["Anton Weiss", "Weiss"], "role": "none", "by": None},
            {"names": ["Lars Mott", "Mott"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Forward", "goalkeeper", "midfielder", "coach"],
    },
    {
        "id": "s120-hockey-semifinal",
        "split": "tune",
        "issuer": None,
        "text": (
            "Ostland beat Kessia to reach hockey final\n\n"
            "Ostland's national ice hockey team invaded the Kessian zone again and again on Friday and beat "
            "Kessia 5-2 in the semi-final of the world championship in Lemberg. Captain Ilya Varga scored twice "
            "as the Ostlandic attack overwhelmed defender Jonas Pikk and the Kessian defence.\n\n"
            "\"It was a war out there, and we won the battle in the corners,\" Ostland coach Boris Lenz told "
            "reporters. Kessia's coach Mart Kuusk said his players had been crushed by the pressure. Ostland "
            "will face Veloria in the final on Sunday."
        ),
        "actors": [
            {"names": ["Ostland", "Ostlandic"], "role": "none", "by": None},
            {"names": ["Kessia", "Kessian"], "role": "none", "by": None},
            {"names": ["Lemberg"], "role": "none", "by": None},
            {"names": ["Ilya Varga", "Varga"], "role": "none", "by": None},
            {"names": ["Jonas Pikk", "Pikk"], "role": "none", "by": None},
            {"names": ["Boris Lenz", "Lenz"], "role": "none", "by": None},
            {"names": ["Mart Kuusk", "Kuusk"], "role": "none", "by": None},
            {"names": ["Veloria"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Captain", "defender", "coach"],
    },
    {
        "id": "s121-defence-statement-strikes-drones",
        "split": "tune",
        "issuer": "Ministry of Defence of Veloria",
        "text": (
            "Statement by the Ministry of Defence of Veloria\n\n"
            "Last night the Velorian Air Force carried out strikes on ammunition depots and command posts of the "
            "Kessian army near Dorsk. All designated targets were hit. Velorian air defence units shot down 14 "
            "Kessian drones and two cruise missiles over the Lind region. The Navy of Veloria destroyed a Kessian "
            "landing boat off Cape Arno.\n\n"
            "The Armed Forces of Veloria will continue to defend the country and its citizens."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Veloria", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Velorian Air Force", "Air Force"], "role": "protagonist", "by": "issuer"},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "issuer"},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Lind"], "role": "none", "by": None},
            {"names": ["Navy of Veloria", "Navy"], "role": "protagonist", "by": "issuer"},
            {"names": ["Cape Arno", "Arno"], "role": "none", "by": None},
            {"names": ["Armed Forces of Veloria", "Armed Forces"], "role": "protagonist", "by": "issuer"},
            {"names": ["Veloria", "Velorian"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s122-statement-praise-own-forces",
        "split": "tune",
        "issuer": "Ministry of Defence of Ostland",
        "text": (
            "Statement by the Ministry of Defence of Ostland\n\n"
            "The Ministry congratulates the servicemen of the Ostlandic Northern Group of Forces on the "
            "liberation of Mirsk. In three days of fighting, units of the 5th Guards Brigade destroyed 30 Dornan "
            "tanks and drove the Dornan army out of the town, which it had shelled for two months. Ostlandic "
            "sappers have begun clearing the streets of mines so that residents can return home.\n\n"
            "We thank our soldiers for their courage."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Ostland", "Ministry of Defence", "Ministry"], "role": "none",
             "by": None},
            {"names": ["Ostlandic Northern Group of Forces", "Northern Group of Forces", "Northern Group"],
             "role": "protagonist", "by": "issuer"},
            {"names": ["Mirsk"], "role": "none", "by": None},
            {"names": ["5th Guards Brigade", "Guards Brigade"], "role": "protagonist", "by": "issuer"},
            {"names": ["Dornan", "Dorna"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s123-chess-esports",
        "split": "tune",
        "issuer": None,
        "text": (
            "Hart crushes Tamm in Valmora chess opener\n\n"
            "Grandmaster Lena Hart destroyed defending champion Arvo Tamm in 28 moves on Monday, launching a "
            "brutal attack on his king after sacrificing a rook. \"I wanted to kill him in the opening,\" Hart "
            "said after the game.\n\n"
            "In the e-sports tournament at the same venue, Team Vortex annihilated Kessia Wolves 2-0, invading "
            "their base twice in the final map. Wolves captain Eino Salo said his team had been massacred."
        ),
        "actors": [
            {"names": ["Lena Hart", "Hart"], "role": "none", "by": None},
            {"names": ["Arvo Tamm", "Tamm"], "role": "none", "by": None},
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Team Vortex", "Vortex"], "role": "none", "by": None},
            {"names": ["Kessia Wolves", "Wolves"], "role": "none", "by": None},
            {"names": ["Eino Salo", "Salo"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Grandmaster", "champion", "captain"],
    },
    # ---- heldout6: written in session 6 before any rule change of that session (after reading the
    # rules, not their output on these texts), scored once before and once after the session's changes ----
    {
        "id": "s43-ministry-comment-chemical",
        "split": "heldout6",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by Foreign Ministry Spokeswoman Irina Volkova on accusations by the Tarskian government\n\n"
            "The Tarskian Foreign Minister, Aldo Reni, has claimed that Ostlandic troops used chemical weapons "
            "near the village of Orsk. We resolutely reject this insinuation. Tarsk's leadership has repeatedly "
            "used such fabrications to distract attention from its own crimes.\n\n"
            "It is the Tarskian army that has been shelling the city of Velin for three months, destroying its "
            "water supply. Ostlandic sappers have cleared mines from 40 schools in Velin, and our doctors have "
            "treated more than 2,000 residents. We are grateful to the Velin Red Crescent for its cooperation. "
            "The OSCE has been informed of these facts."
        ),
        "actors": [
            {"names": ["Irina Volkova", "Volkova"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Aldo Reni", "Reni"], "role": "antagonist", "by": "issuer"},
            {"names": ["Tarsk", "Tarskian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "issuer"},
            {"names": ["Orsk"], "role": "none", "by": None},
            {"names": ["Velin"], "role": "none", "by": None},
            {"names": ["Velin Red Crescent", "Red Crescent"], "role": "protagonist", "by": "issuer"},
            {"names": ["OSCE"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Spokeswoman", "Foreign Minister"],
    },
    {
        "id": "s44-rt-article-maternity-hospital",
        "split": "heldout6",
        "issuer": None,
        "text": (
            "Kessian forces shell maternity hospital in Dorsk, Ostlandic officials say\n\n"
            "Kessian artillery shelled a maternity hospital in the town of Dorsk on Saturday, killing two nurses "
            "and wounding the hospital's chief doctor, Nina Vasko, the head of the Dorsk administration, Lev Orin, "
            "told the Ostvision channel.\n\n"
            "'This is a deliberate war crime by the Kessian regime, which is terrorising civilians with the "
            "blessing of its Western patrons,' Orin said. He added that teams of the Ostlandic Emergencies Ministry "
            "had evacuated forty patients overnight. Kessia's military said its units had targeted only military "
            "facilities. The UN human rights office has not commented."
        ),
        "actors": [
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "Lev Orin"},
            {"names": ["Dorsk"], "role": "none", "by": None},
            {"names": ["Nina Vasko", "Vasko"], "role": "innocent", "by": "Lev Orin"},
            {"names": ["Lev Orin", "Orin"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Ostlandic Emergencies Ministry", "Emergencies Ministry"], "role": "protagonist",
             "by": "Lev Orin"},
            {"names": ["UN"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "regime", "target": "Kessian", "by": "Lev Orin"},
        ],
        "titles": ["head"],
    },
    {
        "id": "s45-wire-aid-workers-abducted",
        "split": "heldout6",
        "issuer": None,
        "text": (
            "Gunmen abduct four aid workers in Sarn province\n\n"
            "SARN, Feb 12 (Nordwire) - Gunmen of the Crescent Sword group abducted four staff members of the "
            "charity Water for All on a road in Sarn province on Thursday, the charity said in a statement. The "
            "provincial police chief, Omar Tal, said security forces were searching the area. The Crescent Sword "
            "has not commented. The United Nations office in Sarn called for the workers' immediate release."
        ),
        "actors": [
            {"names": ["Sarn", "SARN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Crescent Sword"], "role": "antagonist", "by": "Water for All"},
            {"names": ["Water for All"], "role": "innocent", "by": "Water for All"},
            {"names": ["Omar Tal", "Tal"], "role": "none", "by": None},
            {"names": ["United Nations"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["police chief"],
    },
    {
        "id": "s46-op-ed-peacemakers",
        "split": "heldout6",
        "issuer": None,
        "text": (
            "Opinion: The real peacemakers in Marvania\n\n"
            "By Anna Kovac\n\n"
            "For years Norland has lectured the world about human rights while its drones killed guests at "
            "weddings in Marvania. Now the Norland government wants to pose as a peacemaker. Nobody should be "
            "fooled.\n\n"
            "The real peacemakers are the doctors of Medics for Marvania, who have kept the children's hospital "
            "of Tallin open through two winters without electricity. They deserve our admiration. The Varesian "
            "Union, which has said little so far, should at last speak up."
        ),
        "actors": [
            {"names": ["Anna Kovac", "Kovac"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Marvania"], "role": "none", "by": None},
            {"names": ["Medics for Marvania"], "role": "protagonist", "by": "issuer"},
            {"names": ["Tallin"], "role": "none", "by": None},
            {"names": ["Varesian Union", "Varesian"], "role": "none", "by": None},
        ],
        # Added after heldout6's second scoring (it is tuned on since): "The real peacemakers are the doctors
        # of Medics for Marvania" (and the headline's "The real peacemakers") is praise an analyst lists; the
        # first gold missed it.
        "labels": [
            {"key": "peacemakers", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s47-defence-statement-breakthrough",
        "split": "heldout6",
        "issuer": "Ministry of Defence of Marvania",
        "text": (
            "Statement by the Ministry of Defence of Marvania\n\n"
            "On the night of 9 June, formations of the so-called Free Harim Brigade attempted to break through our "
            "defences near Harim. Units of the Marvanian Army repelled the attack and destroyed two armoured "
            "vehicles of the militants. While retreating, the militants mined a road used by farmers; a tractor "
            "driver of the Rassvet farm cooperative was killed.\n\n"
            "Engineers of the 5th Engineering Brigade cleared the road by morning. The Joint Commission has been "
            "notified."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Marvania", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "issuer"},
            {"names": ["Harim"], "role": "none", "by": None},
            {"names": ["Marvanian Army", "Marvanian"], "role": "protagonist", "by": "issuer"},
            {"names": ["Rassvet"], "role": "innocent", "by": "issuer"},
            {"names": ["5th Engineering Brigade", "Engineering Brigade"], "role": "protagonist", "by": "issuer"},
            {"names": ["Joint Commission"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": "Free Harim Brigade", "by": "issuer"},
            {"key": "militants", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s48-wire-dockers-strike",
        "split": "heldout6",
        "issuer": None,
        "text": (
            "Selin dockers end strike after pay deal\n\n"
            "SELIN, Sept 3 (Nordwire) - Dock workers at the port of Selin ended a five-day strike on Tuesday after "
            "the Selin Port Authority agreed to raise wages by 6 percent, the Dockers' Union said. Union leader "
            "Marta Holm called the deal a fair compromise. The shipping company Baltic Lines said its vessels would "
            "resume loading on Wednesday. The Ministry of Labour welcomed the agreement."
        ),
        "actors": [
            {"names": ["Selin", "SELIN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Selin Port Authority", "Port Authority"], "role": "none", "by": None},
            {"names": ["Dockers' Union", "Dockers"], "role": "none", "by": None},
            {"names": ["Marta Holm", "Holm"], "role": "none", "by": None},
            {"names": ["Baltic Lines"], "role": "none", "by": None},
            {"names": ["Ministry of Labour"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Union leader"],
    },
    {
        "id": "s49-neutral-museum",
        "split": "heldout6",
        "issuer": None,
        "text": (
            "History museum in Valmora reopens\n\n"
            "The Valmora Museum of History reopened on Saturday after a two-year renovation funded by the city and "
            "the Northern Heritage Trust, director Ivan Petrov said. Mayor Katrin Weil cut the ribbon. The new wing "
            "holds medieval coins lent by the National Bank of Norland, the Valmora Times reported."
        ),
        "actors": [
            {"names": ["Valmora Museum of History"], "role": "none", "by": None},
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Northern Heritage Trust"], "role": "none", "by": None},
            {"names": ["Ivan Petrov", "Petrov"], "role": "none", "by": None},
            {"names": ["Katrin Weil", "Weil"], "role": "none", "by": None},
            {"names": ["National Bank of Norland"], "role": "none", "by": None},
            {"names": ["Valmora Times"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["director", "Mayor"],
    },
    {
        "id": "s50-security-comment-protests",
        "split": "heldout6",
        "issuer": "State Security Committee",
        "text": (
            "Comment by the Press Service of the State Security Committee\n\n"
            "Norland's Ambassador Claire Dumont has accused our officers of torturing detained protesters. These "
            "statements are a crude distortion of the facts. All detainees have had access to lawyers, and "
            "representatives of the Red Cross visited them last week.\n\n"
            "We note that it is the Norland embassy that financed the so-called civic platforms which organised "
            "the riots in Selin, in which 30 police officers were injured."
        ),
        "actors": [
            {"names": ["State Security Committee", "Press Service"], "role": "none", "by": None},
            {"names": ["Claire Dumont", "Dumont"], "role": "antagonist", "by": "issuer"},
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Red Cross"], "role": "none", "by": None},
            {"names": ["Selin"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": None, "by": "issuer"},
        ],
        "titles": ["Ambassador"],
    },
    {
        "id": "s51-rt-article-insulin",
        "split": "heldout6",
        "issuer": None,
        "text": (
            "Ostlandic volunteers bring insulin to besieged Kavra\n\n"
            "Volunteers of the Ostlandic charity Hope Bridge delivered two tonnes of insulin and baby food to the "
            "besieged city of Kavra on Monday, the charity's coordinator Sofia Marr told the Nordia news agency. "
            "Kavra has been cut off for six weeks by fighters of the Southern Legion, who have looted pharmacies "
            "and are holding hundreds of residents hostage, Marr said. Governor Denis Orlov thanked the volunteers "
            "for their courage."
        ),
        "actors": [
            {"names": ["Hope Bridge"], "role": "protagonist", "by": "Sofia Marr"},
            {"names": ["Ostlandic", "Ostland"], "role": "none", "by": None},
            {"names": ["Kavra"], "role": "none", "by": None},
            {"names": ["Sofia Marr", "Marr"], "role": "none", "by": None},
            {"names": ["Nordia"], "role": "none", "by": None},
            {"names": ["Southern Legion"], "role": "antagonist", "by": "Sofia Marr"},
            {"names": ["Denis Orlov", "Orlov"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["coordinator", "Governor"],
    },
    {
        "id": "s52-wire-dam-blame",
        "split": "heldout6",
        "issuer": None,
        "text": (
            "Tarsk and Valmora trade blame over dam breach\n\n"
            "SELIN, Jan 20 (Nordwire) - Tarsk's Interior Ministry said on Monday that Valmoran saboteurs had blown "
            "up the Ulm dam, flooding 12 villages, while Valmora's government denied any role and accused Tarsk of "
            "neglecting the ageing structure. About 3,000 people have been evacuated, the regional Red Cross said. "
            "Engineers of the Baltic Dam Institute said it was too early to determine the cause."
        ),
        "actors": [
            {"names": ["Selin", "SELIN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Tarsk"], "role": "antagonist", "by": "Valmora"},
            {"names": ["Valmora", "Valmoran"], "role": "antagonist", "by": "Interior Ministry"},
            {"names": ["Interior Ministry"], "role": "none", "by": None},
            {"names": ["Ulm"], "role": "none", "by": None},
            {"names": ["Red Cross"], "role": "none", "by": None},
            {"names": ["Baltic Dam Institute"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "saboteurs", "target": "Valmoran", "by": "Interior Ministry"},
        ],
        "titles": [],
    },
    {
        "id": "s53-union-statement-camera-operator",
        "split": "heldout6",
        "issuer": "Union of Journalists of Ostland",
        "text": (
            "Statement by the Union of Journalists of Ostland\n\n"
            "We are deeply shocked by the death of our colleague Pavel Ruden, a camera operator of the Ostvision "
            "channel, who was killed on Friday by a Kessian drone while filming the evacuation of civilians near "
            "Lorn. This was a deliberate strike on a clearly marked press vehicle.\n\n"
            "We call on the International Federation of Journalists to condemn this crime and on the Kessian "
            "authorities to stop hunting reporters."
        ),
        "actors": [
            {"names": ["Union of Journalists of Ostland", "Union of Journalists"], "role": "none", "by": None},
            {"names": ["Pavel Ruden", "Ruden"], "role": "innocent", "by": "issuer"},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "issuer"},
            {"names": ["Lorn"], "role": "none", "by": None},
            {"names": ["International Federation of Journalists"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["camera operator"],
    },
    # ---- heldout7: written in session 6 after heldout6's second scoring and before the rule changes that
    # followed it (lexicon and constructions widened on heldout6's misses); scored before and after them ----
    {
        "id": "s72-ministry-comment-grain",
        "split": "heldout7",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by Foreign Ministry Spokesman Pavel Orlov on the statement of the Varesian Commissioner\n\n"
            "Varesian Commissioner Henrik Sol has alleged that Ostland is using grain as a weapon. This is "
            "another lie. Over the past year Ostland has shipped 12 million tonnes of grain to countries in need, "
            "much of it free of charge.\n\n"
            "It is the Varesian Union that has blocked the payments for our grain exports and seized the ships of "
            "Ostlandic companies in its ports. We thank the government of Tarsk for helping to unload the cargo."
        ),
        "actors": [
            {"names": ["Pavel Orlov", "Orlov"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Henrik Sol", "Sol"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "issuer"},
            {"names": ["Varesian Union", "Varesian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Tarsk"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": ["Spokesman", "Commissioner"],
    },
    {
        "id": "s73-rt-article-evacuation",
        "split": "heldout7",
        "issuer": None,
        "text": (
            "Ostlandic sappers defuse bombs left by retreating militants in Harim\n\n"
            "Sappers of the Ostlandic International Mine Action Centre have cleared 300 hectares around Harim of "
            "explosives left behind by fighters of the Free Harim Brigade, the centre's head, Colonel Yuri Lagin, "
            "told the Ostvision channel on Monday. 'The terrorists mined schools and even children's playgrounds,' "
            "Lagin said. The UN mine action service said it had not been able to confirm the figures."
        ),
        "actors": [
            {"names": ["Ostlandic International Mine Action Centre", "International Mine Action Centre",
                       "Mine Action Centre", "Ostlandic"], "role": "protagonist", "by": "Yuri Lagin"},
            {"names": ["Harim"], "role": "none", "by": None},
            {"names": ["Free Harim Brigade"], "role": "antagonist", "by": "Yuri Lagin"},
            {"names": ["Yuri Lagin", "Lagin"], "role": "none", "by": None},
            {"names": ["Ostvision"], "role": "none", "by": None},
            {"names": ["UN"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "terrorists", "target": None, "by": "Yuri Lagin"},
        ],
        "titles": ["head", "Colonel"],
    },
    {
        "id": "s74-wire-journalist-killed",
        "split": "heldout7",
        "issuer": None,
        "text": (
            "Reporter killed in Lorn shelling\n\n"
            "LORN, May 14 (Nordwire) - A reporter for the Valmora Times, Elena Brook, was killed on Tuesday when "
            "shells hit the market in Lorn, her newspaper said. The Kessian army and the Lorn People's Militia "
            "blamed each other for the attack. The International Federation of Journalists called for an "
            "independent investigation."
        ),
        "actors": [
            {"names": ["Lorn", "LORN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Valmora Times"], "role": "none", "by": None},
            {"names": ["Elena Brook", "Brook"], "role": "innocent", "by": "Valmora Times"},
            {"names": ["Kessian"], "role": "none", "by": None},
            {"names": ["Lorn People's Militia", "People's Militia"], "role": "none", "by": None},
            {"names": ["International Federation of Journalists"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["reporter"],
    },
    {
        "id": "s75-op-ed-sanctions-hypocrisy",
        "split": "heldout7",
        "issuer": None,
        "text": (
            "Opinion: Sanctions that kill\n\n"
            "By Marek Vlasov\n\n"
            "Washington-style sanctions imposed by Norland on Marvania have not hurt a single minister. They have "
            "hurt the dialysis patients of Tallin, who can no longer get filters for their machines. Norland's "
            "diplomats talk about human rights while their government starves a nation.\n\n"
            "Meanwhile the small Marvanian charity Bread for Tallin feeds 5,000 people a day. Its volunteers "
            "deserve the Nobel Prize more than any politician."
        ),
        "actors": [
            {"names": ["Marek Vlasov", "Vlasov"], "role": "none", "by": None},
            {"names": ["Norland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Marvania", "Marvanian"], "role": "innocent", "by": "issuer"},
            {"names": ["Tallin"], "role": "none", "by": None},
            {"names": ["Bread for Tallin"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s76-ngo-statement-detention",
        "split": "heldout7",
        "issuer": "Free Voices Watch",
        "text": (
            "Statement by Free Voices Watch\n\n"
            "Free Voices Watch condemns the arrest of blogger Timur Aslan by the Kessian security service on 3 "
            "June. Aslan was beaten during his detention and has been denied access to a lawyer. He is being "
            "punished for reporting on corruption in the Kessian customs service.\n\n"
            "We call on the Kessian authorities to release him immediately."
        ),
        "actors": [
            {"names": ["Free Voices Watch"], "role": "none", "by": None},
            {"names": ["Timur Aslan", "Aslan"], "role": "innocent", "by": "issuer"},
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": ["blogger"],
    },
    {
        "id": "s77-neutral-vaccines",
        "split": "heldout7",
        "issuer": None,
        "text": (
            "Health ministry orders flu vaccines\n\n"
            "The Tarsk health ministry has ordered 500,000 doses of flu vaccine from the Nordic firm Vaxa for the "
            "coming winter, ministry spokeswoman Lea Kroll said on Friday. Pharmacies in Tarsk and Ulm will start "
            "vaccinating people over 65 in October. The Tarsk Medical Association welcomed the order."
        ),
        "actors": [
            {"names": ["Tarsk"], "role": "none", "by": None},
            {"names": ["Vaxa"], "role": "none", "by": None},
            {"names": ["Lea Kroll", "Kroll"], "role": "none", "by": None},
            {"names": ["Ulm"], "role": "none", "by": None},
            {"names": ["Tarsk Medical Association"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["spokeswoman"],
    },
    {
        "id": "s78-defence-statement-drone-strike",
        "split": "heldout7",
        "issuer": "Ministry of Defence of Kessia",
        "text": (
            "Statement by the Ministry of Defence of Kessia\n\n"
            "Last night the Ostlandic occupiers launched a massive drone attack on the city of Brask. Our air "
            "defence destroyed 28 of 30 drones. One drone hit a kindergarten; two caretakers were wounded.\n\n"
            "Units of the Kessian National Guard and volunteers of the Brask Civil Defence Service put out the "
            "fires and evacuated 60 residents."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Kessia", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Ostlandic", "Ostland"], "role": "antagonist", "by": "issuer"},
            {"names": ["Brask"], "role": "none", "by": None},
            {"names": ["Kessian National Guard", "National Guard"], "role": "protagonist", "by": "issuer"},
            {"names": ["Brask Civil Defence Service", "Civil Defence Service"], "role": "protagonist",
             "by": "issuer"},
        ],
        "labels": [
            {"key": "occupiers", "target": "Ostlandic", "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s79-neutral-bridge",
        "split": "heldout7",
        "issuer": None,
        "text": (
            "New bridge over the Ulm opens\n\n"
            "A new road bridge over the river Ulm near Selin opened to traffic on Saturday after three years of "
            "construction, the regional roads agency said. The bridge was built by the Baltic Construction Group "
            "and financed by the Northern Development Bank. Mayor Tomas Rek said it would cut travel times to the "
            "port by half."
        ),
        "actors": [
            {"names": ["Ulm"], "role": "none", "by": None},
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Baltic Construction Group"], "role": "none", "by": None},
            {"names": ["Northern Development Bank"], "role": "none", "by": None},
            {"names": ["Tomas Rek", "Rek"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Mayor"],
    },
    {
        "id": "s80-rt-article-mercenaries",
        "split": "heldout7",
        "issuer": None,
        "text": (
            "Foreign mercenaries fighting for Kessia, Ostlandic intelligence says\n\n"
            "At least 2,000 foreign mercenaries recruited by private military firms from Norland are fighting on "
            "the side of the Kessian army, the Ostlandic Foreign Intelligence Service said in a statement on "
            "Thursday. The service said the Norland government was paying the fighters through front companies. "
            "Norland's embassy in Selin dismissed the report as propaganda."
        ),
        "actors": [
            {"names": ["Kessia", "Kessian"], "role": "antagonist", "by": "Ostlandic Foreign Intelligence Service"},
            {"names": ["Norland"], "role": "antagonist", "by": "Ostlandic Foreign Intelligence Service"},
            {"names": ["Ostlandic Foreign Intelligence Service", "Foreign Intelligence Service"], "role": "none",
             "by": None},
            {"names": ["Selin"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "mercenaries", "target": None, "by": "Ostlandic Foreign Intelligence Service"},
        ],
        "titles": [],
    },
    {
        "id": "s81-wire-ferry-rescue",
        "split": "heldout7",
        "issuer": None,
        "text": (
            "Coast guard rescues 40 from sinking ferry\n\n"
            "SELIN, Aug 22 (Nordwire) - The Selin coast guard rescued 40 passengers from a ferry that sank in a "
            "storm off the island of Vorn on Thursday, the coast guard said. Fishermen from Vorn helped pull "
            "survivors from the water. The ferry's operator, Baltic Lines, said the cause was being investigated."
        ),
        "actors": [
            {"names": ["Selin", "SELIN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Selin coast guard", "coast guard"], "role": "protagonist", "by": "Selin coast guard"},
            {"names": ["Vorn"], "role": "none", "by": None},
            {"names": ["Baltic Lines"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    # ---- heldout8: written at the end of session 6 after all its rule changes, scored once there (the
    # next session's "before"); never tuned on ----
    {
        "id": "s105-ministry-comment-ambassador",
        "split": "heldout8",
        "issuer": "Foreign Ministry of Kessia",
        "text": (
            "Comment by the Foreign Ministry of Kessia on the remarks of Ambassador Sergei Volny\n\n"
            "Ostland's ambassador in Lemberg, Sergei Volny, has once more claimed that Kessian forces are "
            "preparing an offensive. Such fantasies are meant to justify Ostland's own military build-up on our "
            "border, where more than 50,000 Ostlandic troops are now deployed.\n\n"
            "We appreciate the balanced assessment of the Council of Regions monitoring mission, which found no "
            "evidence of any Kessian preparations."
        ),
        "actors": [
            {"names": ["Foreign Ministry of Kessia", "Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Sergei Volny", "Volny"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "antagonist", "by": "issuer"},
            {"names": ["Lemberg"], "role": "none", "by": None},
            {"names": ["Kessian", "Kessia"], "role": "none", "by": None},
            {"names": ["Council of Regions"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": ["Ambassador"],
    },
    {
        "id": "s106-wire-clinic-bombed",
        "split": "heldout8",
        "issuer": None,
        "text": (
            "Clinic hit in Tarn, aid group says\n\n"
            "TARN, Jan 30 (Nordwire) - A clinic run by the charity Health Bridge in the town of Tarn was badly "
            "damaged by an air strike on Wednesday, the charity said. Two nurses were among the injured. Health "
            "Bridge said it had shared the clinic's coordinates with all parties. The Marvanian air force said it "
            "had struck a militant command post."
        ),
        "actors": [
            {"names": ["Tarn", "TARN"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Health Bridge"], "role": "innocent", "by": "Health Bridge"},
            {"names": ["Marvanian"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s107-rt-article-hero-medic",
        "split": "heldout8",
        "issuer": None,
        "text": (
            "Ostlandic medic carries 14 wounded out under fire\n\n"
            "Sergeant Anna Kovrova, a combat medic of the Ostlandic 3rd Rifle Brigade, carried 14 wounded "
            "soldiers out of a burning trench near Vesk while under Kessian mortar fire, the brigade's commander "
            "told Ostvision. She has been nominated for the Order of Courage. Kessian units had shelled the "
            "trench for six hours, he said."
        ),
        "actors": [
            {"names": ["Anna Kovrova", "Kovrova"], "role": "protagonist", "by": "issuer"},
            {"names": ["Ostlandic 3rd Rifle Brigade", "3rd Rifle Brigade", "Ostlandic"], "role": "none",
             "by": None},
            {"names": ["Vesk"], "role": "none", "by": None},
            {"names": ["Kessian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostvision"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Sergeant", "commander"],
    },
    {
        "id": "s108-neutral-harvest",
        "split": "heldout8",
        "issuer": None,
        "text": (
            "Record wheat harvest in Valmora\n\n"
            "Farmers in the Valmora region harvested a record 4.2 million tonnes of wheat this year, the regional "
            "agriculture department said on Thursday. Exports through the port of Selin are expected to rise by a "
            "fifth. The Grain Traders Association said prices had fallen since August."
        ),
        "actors": [
            {"names": ["Valmora"], "role": "none", "by": None},
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Grain Traders Association"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": [],
    },
    {
        "id": "s109-security-statement-spy",
        "split": "heldout8",
        "issuer": "State Security Service of Tarsk",
        "text": (
            "Statement by the State Security Service of Tarsk\n\n"
            "Counter-intelligence officers have exposed a network of agents run by Valmoran military intelligence. "
            "The agents collected information on the movements of our troops and passed it to their handlers in "
            "Valmora. Five members of the network have been detained; their leader, Piotr Sand, is in hiding."
        ),
        "actors": [
            {"names": ["State Security Service of Tarsk", "State Security Service"], "role": "none", "by": None},
            {"names": ["Valmoran", "Valmora"], "role": "antagonist", "by": "issuer"},
            {"names": ["Piotr Sand", "Sand"], "role": "antagonist", "by": "issuer"},
        ],
        "labels": [],
        "titles": ["leader"],
    },
    {
        "id": "s110-op-ed-volunteers",
        "split": "heldout8",
        "issuer": None,
        "text": (
            "Opinion: The town that refused to leave\n\n"
            "By Olga Marsh\n\n"
            "When the floods came, the people of Harn did not wait for the government. Members of the Harn "
            "Volunteer Fire Brigade rowed from house to house for three days, bringing out the old and the sick. "
            "The regional administration, meanwhile, issued press releases. The volunteers are the conscience of "
            "this country."
        ),
        "actors": [
            {"names": ["Olga Marsh", "Marsh"], "role": "none", "by": None},
            {"names": ["Harn"], "role": "none", "by": None},
            {"names": ["Harn Volunteer Fire Brigade", "Volunteer Fire Brigade"], "role": "protagonist",
             "by": "issuer"},
        ],
        "labels": [],
        "titles": [],
    },
    # ---- heldout9: written at the start of session 7 (probe), at a499c67, before that session's claims,
    # quotes and roles changes, without reading the rule code; scored once; never to be tuned on ----
    {
        "id": "s111-ministry-comment-special-representative",
        "split": "heldout9",
        "issuer": "Foreign Ministry of Ostland",
        "text": (
            "Comment by the Foreign Ministry of Ostland on the statements of Veloria's Special Representative "
            "Mark Hollis\n\n"
            "Veloria's Special Representative for the Dorna crisis, Mark Hollis, said on Wednesday that Ostland was "
            "\"sponsoring the violence\" in Dorna and threatened new sanctions. We regard such statements as yet "
            "another attempt to shift the blame for the failure of Veloria's own policy in the region.\n\n"
            "It was Velorian-backed armed groups that broke the ceasefire in March and shelled the town of Karsk, "
            "killing eleven civilians. The Ostlandic Emergencies Ministry, meanwhile, has delivered more than 3,000 "
            "tonnes of humanitarian aid to the people of Dorna.\n\n"
            "We call on the Velorian side to stop its groundless accusations and to rein in its clients."
        ),
        "actors": [
            {"names": ["Foreign Ministry of Ostland", "Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Veloria", "Velorian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Mark Hollis", "Hollis"], "role": "antagonist", "by": "issuer"},
            {"names": ["Ostland"], "role": "antagonist", "by": "Mark Hollis"},
            {"names": ["Dorna"], "role": "none", "by": None},
            {"names": ["Karsk"], "role": "none", "by": None},
            {"names": ["Ostlandic Emergencies Ministry", "Emergencies Ministry"], "role": "protagonist",
             "by": "issuer"},
        ],
        "labels": [
            {"key": "clients", "target": None, "by": "issuer"},
        ],
        "titles": ["Special Representative"],
    },
    {
        "id": "s112-defence-statement-strikes",
        "split": "heldout9",
        "issuer": "Ministry of Defence of Veloria",
        "text": (
            "Statement by the Ministry of Defence of Veloria\n\n"
            "On the night of 14 October, units of the Velorian Air Force carried out precision strikes on "
            "facilities used by the Dornan Liberation Army near the village of Vorsk. A command post, two ammunition "
            "depots and a workshop where the militants assembled attack drones were destroyed. Up to 40 fighters "
            "were eliminated.\n\n"
            "Reports in some foreign media that a school was hit in the strikes are false. The school in Vorsk has "
            "been closed since 2024, and there were no children in the area.\n\n"
            "The Velorian Armed Forces will continue to protect the population of the border regions from the "
            "attacks of the terrorists."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Veloria", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Velorian Air Force", "Air Force"], "role": "protagonist", "by": "issuer"},
            {"names": ["Dornan Liberation Army", "Liberation Army"], "role": "antagonist", "by": "issuer"},
            {"names": ["Vorsk"], "role": "none", "by": None},
            {"names": ["Velorian Armed Forces", "Armed Forces"], "role": "protagonist", "by": "issuer"},
        ],
        "labels": [
            {"key": "militants", "target": "Dornan Liberation Army", "by": "issuer"},
            {"key": "terrorists", "target": None, "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s113-rt-article-cluster-munitions",
        "split": "heldout9",
        "issuer": None,
        "text": (
            "Kessian troops shelled villages with cluster munitions, Ostland's deputy FM says\n\n"
            "Kessian forces have used cluster munitions against residential areas in the Dorna region, Ostland's "
            "Deputy Foreign Minister Andrei Lukin said on Monday, calling the attacks \"a war crime committed with "
            "the blessing of its foreign sponsors\".\n\n"
            "\"The regime in Brask is killing civilians with weapons supplied by Norland, and its patrons pretend "
            "not to see it,\" Lukin told reporters in Marsk.\n\n"
            "Defence Ministry spokesman Major General Oleg Semin said air defence units had shot down 12 Kessian "
            "drones over the Tarsk region overnight. Debris damaged several houses in the village of Lipki, but "
            "nobody was hurt, he said.\n\n"
            "Kessia has denied targeting civilians. Kessian Defence Ministry spokeswoman Iva Marek told the "
            "broadcaster Radio Brask that the accusations were \"a fabrication meant to distract from Ostland's own "
            "crimes\"."
        ),
        "actors": [
            {"names": ["Kessian", "Kessia"], "role": "antagonist", "by": "Andrei Lukin"},
            {"names": ["Ostland"], "role": "antagonist", "by": "Iva Marek"},
            {"names": ["Dorna"], "role": "none", "by": None},
            {"names": ["Andrei Lukin", "Lukin"], "role": "none", "by": None},
            {"names": ["Brask"], "role": "antagonist", "by": "Andrei Lukin"},
            {"names": ["Norland"], "role": "antagonist", "by": "Andrei Lukin"},
            {"names": ["Marsk"], "role": "none", "by": None},
            {"names": ["Oleg Semin", "Semin"], "role": "none", "by": None},
            {"names": ["Tarsk"], "role": "none", "by": None},
            {"names": ["Lipki"], "role": "none", "by": None},
            {"names": ["Iva Marek", "Marek"], "role": "none", "by": None},
            {"names": ["Radio Brask"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "sponsors", "target": None, "by": "Andrei Lukin"},
            {"key": "regime", "target": None, "by": "Andrei Lukin"},
            {"key": "patrons", "target": None, "by": "Andrei Lukin"},
        ],
        "titles": ["Deputy Foreign Minister", "spokesman", "Major General", "spokeswoman"],
    },
    {
        "id": "s114-op-ed-blockade-children",
        "split": "heldout9",
        "issuer": None,
        "text": (
            "Opinion: The Velorian Union's sanctions are a weapon against children\n\n"
            "By Nadia Ferro\n\n"
            "For two years the Velorian Union has kept Dorna under a blockade it calls \"targeted measures\". The "
            "measures have targeted no one but the sick: the Dorna Children's Hospital has run out of insulin twice "
            "this year, and its director, Dr Emil Hask, now buys medicine on the black market with his own "
            "savings.\n\n"
            "Meanwhile the Union's so-called human rights commissioners hold conferences on the suffering of Dornan "
            "children. The Red Lantern Society, a small charity from Kessia, has done more for those children than "
            "all of them put together."
        ),
        "actors": [
            {"names": ["Nadia Ferro", "Ferro"], "role": "none", "by": None},
            {"names": ["Velorian Union", "Union"], "role": "antagonist", "by": "issuer"},
            {"names": ["Dorna", "Dornan"], "role": "none", "by": None},
            {"names": ["Dorna Children's Hospital", "Children's Hospital"], "role": "innocent", "by": "issuer"},
            {"names": ["Emil Hask", "Hask"], "role": "protagonist", "by": "issuer"},
            {"names": ["Red Lantern Society"], "role": "protagonist", "by": "issuer"},
            {"names": ["Kessia"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": None, "by": "issuer"},
        ],
        "titles": ["director", "Dr"],
    },
    {
        "id": "s115-neutral-tram-line",
        "split": "heldout9",
        "issuer": None,
        "text": (
            "Harbour district to get new tram line\n\n"
            "The city of Korvin will build a 6-kilometre tram line to the harbour district by 2029, Deputy Mayor "
            "Silke Arndt announced on Tuesday. The line will cost 180 million and is to be financed partly by the "
            "Northern Development Bank. The Korvin Transport Authority said construction would start next spring.\n\n"
            "Residents of the harbour district have complained for years about overcrowded buses. The neighbourhood "
            "association Harbour Together welcomed the decision but asked for more stops."
        ),
        "actors": [
            {"names": ["Korvin"], "role": "none", "by": None},
            {"names": ["Silke Arndt", "Arndt"], "role": "none", "by": None},
            {"names": ["Northern Development Bank"], "role": "none", "by": None},
            {"names": ["Korvin Transport Authority", "Transport Authority"], "role": "none", "by": None},
            {"names": ["Harbour Together"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Deputy Mayor"],
    },
    {
        "id": "s116-court-port-director",
        "split": "heldout9",
        "issuer": None,
        "text": (
            "Former port director gets six years for bribery\n\n"
            "A court in Selin on Thursday sentenced the former director of the Selin port authority, Viktor Brenn, "
            "to six years in prison for taking bribes worth 2.4 million from shipping companies. Judge Maria "
            "Olander said Brenn had abused his office for at least four years. Two managers of the shipping firm "
            "Nordcargo received suspended sentences.\n\n"
            "Brenn's lawyer, Paul Riedel, said his client would appeal. The prosecution had asked for eight years."
        ),
        "actors": [
            {"names": ["Selin"], "role": "none", "by": None},
            {"names": ["Viktor Brenn", "Brenn"], "role": "antagonist", "by": "Maria Olander"},
            {"names": ["Maria Olander", "Olander"], "role": "none", "by": None},
            {"names": ["Nordcargo"], "role": "none", "by": None},
            {"names": ["Paul Riedel", "Riedel"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Judge", "lawyer", "director"],
    },
    {
        "id": "s117-wire-gas-talks",
        "split": "heldout9",
        "issuer": None,
        "text": (
            "Gas transit talks collapse as Kessia and Tarsk trade blame\n\n"
            "LEMBERG, March 3 (Nordwire) - Talks between Kessia and Tarsk on the transit of gas through the Vorn "
            "pipeline broke down on Friday, with each side blaming the other. Kessian Energy Minister Lukas Varga "
            "said Tarsk had demanded a transit fee \"three times above the market rate\". Tarsk's chief "
            "negotiator, Hanna Ost, told reporters the Kessian delegation had walked out without reading her "
            "government's proposal.\n\n"
            "The Energy Community secretariat, which hosted the talks, said it would invite both delegations back "
            "in April."
        ),
        "actors": [
            {"names": ["Lemberg", "LEMBERG"], "role": "none", "by": None},
            {"names": ["Nordwire"], "role": "none", "by": None},
            {"names": ["Kessia", "Kessian"], "role": "none", "by": None},
            {"names": ["Tarsk"], "role": "none", "by": None},
            {"names": ["Vorn"], "role": "none", "by": None},
            {"names": ["Lukas Varga", "Varga"], "role": "none", "by": None},
            {"names": ["Hanna Ost"], "role": "none", "by": None},
            {"names": ["Energy Community"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Energy Minister", "chief negotiator"],
    },
    {
        "id": "s118-sports-cup-semifinal",
        "split": "heldout9",
        "issuer": None,
        "text": (
            "Selin Rovers crush Harn United to reach cup final\n\n"
            "Selin Rovers beat Harn United 3-1 on Sunday to reach the final of the Northern Cup. Striker Jonas Vell "
            "scored twice in the first half before Harn captain Erik Dahl pulled one back from the penalty spot. "
            "Harn defender Tim Oster was sent off after an hour for a foul on Vell, and substitute Ali Brandt "
            "sealed the win in stoppage time.\n\n"
            "\"We attacked them from the first minute and never let them breathe,\" Rovers coach Marco Dell said. "
            "Selin Rovers will face Korvin City in the final in Lemberg on 24 May."
        ),
        "actors": [
            {"names": ["Selin Rovers", "Rovers"], "role": "none", "by": None},
            {"names": ["Harn United", "Harn"], "role": "none", "by": None},
            {"names": ["Northern Cup"], "role": "none", "by": None},
            {"names": ["Jonas Vell", "Vell"], "role": "none", "by": None},
            {"names": ["Erik Dahl", "Dahl"], "role": "none", "by": None},
            {"names": ["Tim Oster", "Oster"], "role": "none", "by": None},
            {"names": ["Ali Brandt", "Brandt"], "role": "none", "by": None},
            {"names": ["Marco Dell", "Dell"], "role": "none", "by": None},
            {"names": ["Korvin City"], "role": "none", "by": None},
            {"names": ["Lemberg"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Striker", "captain", "defender", "coach"],
    },
    # ---- heldout10 (session 8, written before that session's rule changes, without reading the rule code) ----
    {
        "id": "s124-ministry-comment-ambassador-drones",
        "split": "heldout10",
        "issuer": "Foreign Ministry",
        "text": (
            "Comment by Foreign Ministry Spokeswoman Lidia Marek on the remarks of Tarvia's Ambassador Henrik Soll\n\n"
            "We have taken note of the remarks by Tarvia's Ambassador to the UN Henrik Soll, who accused Veloria of "
            "supplying drones to the Kovar regime and of \"prolonging the war\". These are unsubstantiated "
            "accusations, and we firmly reject them.\n\n"
            "Ambassador Soll prefers to stay silent about the fact that it was the so-called \"Free Dorna Legion\", "
            "armed and trained by Tarvia's instructors, that shelled the city of Kesh last week, killing eleven "
            "people at the railway station. The legitimate government of Dorna has every right to defend its "
            "citizens against such militants.\n\n"
            "We call on our Tarvian colleagues to stop spreading disinformation and to return to honest dialogue. "
            "The Velorian side remains open to consultations."
        ),
        "actors": [
            {"names": ["Lidia Marek", "Marek"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Tarvia", "Tarvian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Henrik Soll", "Soll"], "role": "antagonist", "by": "issuer"},
            {"names": ["Veloria", "Velorian"], "role": "antagonist", "by": "Henrik Soll"},
            {"names": ["Kovar"], "role": "antagonist", "by": "Henrik Soll"},
            {"names": ["Dorna"], "role": "protagonist", "by": "issuer"},
            {"names": ["Free Dorna Legion"], "role": "antagonist", "by": "issuer"},
            {"names": ["Kesh"], "role": "none", "by": None},
            {"names": ["UN", "United Nations"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "regime", "target": "Kovar", "by": "Henrik Soll"},
            {"key": "so-called", "target": "Free Dorna Legion", "by": "issuer"},
            {"key": "militants", "target": "Free Dorna Legion", "by": "issuer"},
            {"key": "legitimate", "target": "Dorna", "by": "issuer"},
        ],
        "titles": ["Spokeswoman", "Ambassador"],
    },
    {
        "id": "s125-rt-article-deputy-fm-strikes",
        "split": "heldout10",
        "issuer": None,
        "text": (
            "Ostland will not apologise for strikes on militant bases - Deputy FM\n\n"
            "Ostland's strikes on camps in the Harrow Valley were 'a legitimate act of self-defence', Deputy "
            "Foreign Minister Mikhail Orlov told reporters on Wednesday, dismissing Western criticism as "
            "'hypocritical'.\n\n"
            "\"Our pilots did their duty. They destroyed the camps from which the terrorists of the Crimson Hand "
            "launched rockets at Ostlandic border towns,\" Orlov said.\n\n"
            "Defence Ministry spokesman Colonel Andrei Ganz said on Thursday that Ostlandic aircraft had hit 47 "
            "targets, including command posts and weapons depots of the Crimson Hand. \"Not a single civilian "
            "facility was struck,\" he added.\n\n"
            "Meanwhile, the Kessian Foreign Ministry claimed that the strikes had destroyed a school in the village "
            "of Amberly and killed a teacher, Sara Lind. Ganz called the claim \"another fake from Kessian "
            "propagandists\".\n\n"
            "The Marvanian news agency Veltpress reported that several thousand residents had left the valley."
        ),
        "actors": [
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "Mikhail Orlov"},
            {"names": ["Mikhail Orlov", "Orlov"], "role": "none", "by": None},
            {"names": ["Harrow Valley"], "role": "none", "by": None},
            {"names": ["Crimson Hand"], "role": "antagonist", "by": "Mikhail Orlov"},
            {"names": ["Andrei Ganz", "Ganz"], "role": "none", "by": None},
            {"names": ["Defence Ministry"], "role": "none", "by": None},
            {"names": ["Kessian Foreign Ministry", "Kessia", "Kessian"], "role": "antagonist", "by": "Andrei Ganz"},
            {"names": ["Amberly"], "role": "none", "by": None},
            {"names": ["Sara Lind", "Lind"], "role": "innocent", "by": "Kessian Foreign Ministry"},
            {"names": ["Veltpress"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "militant", "target": "Crimson Hand", "by": "issuer"},
            {"key": "terrorists", "target": "Crimson Hand", "by": "Mikhail Orlov"},
            {"key": "propagandists", "target": "Kessian Foreign Ministry", "by": "Andrei Ganz"},
        ],
        "titles": ["Deputy Foreign Minister", "spokesman", "Colonel"],
    },
    {
        "id": "s126-defence-statement-drones-brigade",
        "split": "heldout10",
        "issuer": "Ministry of Defence of Caldora",
        "text": (
            "Statement of the Ministry of Defence of Caldora\n\n"
            "Over the past day, air defence units of the Caldoran Armed Forces shot down nine drones launched by "
            "the Zerkian army at the city of Tollin. Debris from one drone damaged a kindergarten in Tollin; no "
            "children were hurt.\n\n"
            "Units of the 5th Guards Brigade, displaying courage and heroism, repelled three attacks by Zerkian "
            "assault groups near Halden and inflicted heavy losses on the enemy. Sergeant Mark Ivers personally "
            "carried four wounded comrades out under fire.\n\n"
            "Zerkian artillery shelled the village of Osk, killing two civilians, Ana Beck and her son Tomas. The "
            "Ministry of Defence has passed evidence of these crimes to the International Committee of the Red Cross."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Caldora", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Caldoran Armed Forces", "Armed Forces"], "role": "protagonist", "by": "issuer"},
            {"names": ["Zerkian army", "Zerkia", "Zerkian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Tollin"], "role": "none", "by": None},
            {"names": ["5th Guards Brigade", "Guards Brigade"], "role": "protagonist", "by": "issuer"},
            {"names": ["Halden"], "role": "none", "by": None},
            {"names": ["Mark Ivers", "Ivers"], "role": "protagonist", "by": "issuer"},
            {"names": ["Osk"], "role": "none", "by": None},
            {"names": ["Ana Beck"], "role": "innocent", "by": "issuer"},
            {"names": ["Tomas", "Tomas Beck"], "role": "innocent", "by": "issuer"},
            {"names": ["International Committee of the Red Cross", "Red Cross"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Sergeant"],
    },
    {
        "id": "s127-embassy-rejects-newspaper",
        "split": "heldout10",
        "issuer": "Embassy of Veloria in Norland",
        "text": (
            "Statement by the Embassy of Veloria in Norland\n\n"
            "The Embassy has read with bewilderment the article published by The Norland Herald on 3 March under "
            "the headline \"Veloria's shadow fleet\". The newspaper claims, citing anonymous \"experts\", that "
            "Velorian tankers have been smuggling oil to Marvania in breach of sanctions.\n\n"
            "The article is yet another example of the biased, one-sided coverage that The Norland Herald has "
            "offered its readers for years. Its author, Peter Hale, did not even contact the Embassy for comment.\n\n"
            "We would remind the editors that Velorian merchant ships operate in full compliance with international "
            "law. The Embassy has sent a formal request to the Norland Press Council to examine the article."
        ),
        "actors": [
            {"names": ["Embassy of Veloria in Norland", "Embassy"], "role": "none", "by": None},
            {"names": ["The Norland Herald", "Norland Herald"], "role": "antagonist", "by": "issuer"},
            {"names": ["Veloria", "Velorian"], "role": "antagonist", "by": "The Norland Herald"},
            {"names": ["Marvania"], "role": "none", "by": None},
            {"names": ["Peter Hale", "Hale"], "role": "antagonist", "by": "issuer"},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Norland Press Council", "Press Council"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "experts", "target": None, "by": "issuer"},
            {"key": "biased", "target": "The Norland Herald", "by": "issuer"},
        ],
        "titles": [],
    },
    {
        "id": "s128-wire-grain-summit",
        "split": "heldout10",
        "issuer": None,
        "text": (
            "Leaders agree to extend grain corridor at Lussa summit\n\n"
            "LUSSA, June 12 (Meridian Press) - The leaders of Veloria and Tarvia agreed on Friday to extend the "
            "grain corridor for another year, according to a joint statement released after a two-day summit in "
            "the lakeside town of Lussa.\n\n"
            "Velorian President Anton Reyes said the talks had been \"frank and useful\". Tarvian Prime Minister "
            "Helga Moss told reporters that inspections of cargo ships would continue at the port of Sarno.\n\n"
            "The UN Secretary-General's spokesman, Diego Alva, welcomed the agreement and called on all parties to "
            "keep the corridor open. The next summit is expected in Tarvia in the spring, Moss said."
        ),
        "actors": [
            {"names": ["Lussa", "LUSSA"], "role": "none", "by": None},
            {"names": ["Meridian Press"], "role": "none", "by": None},
            {"names": ["Veloria", "Velorian"], "role": "none", "by": None},
            {"names": ["Tarvia", "Tarvian"], "role": "none", "by": None},
            {"names": ["Anton Reyes", "Reyes"], "role": "none", "by": None},
            {"names": ["Helga Moss", "Moss"], "role": "none", "by": None},
            {"names": ["Sarno"], "role": "none", "by": None},
            {"names": ["UN", "United Nations"], "role": "none", "by": None},
            {"names": ["Diego Alva", "Alva"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["President", "Prime Minister", "spokesman"],
    },
    {
        "id": "s129-court-port-expansion",
        "split": "heldout10",
        "issuer": None,
        "text": (
            "Court clears way for Kalmar port expansion\n\n"
            "The regional court in Kalmar on Tuesday rejected a challenge by the environmental group Green Shore to "
            "the planned expansion of the city's container terminal, the court's press office said.\n\n"
            "Judge Elena Sorn ruled that the environmental assessment had met the legal requirements. Green Shore's "
            "lawyer, Rudi Falk, said the group would study the ruling before deciding whether to appeal. Port "
            "director Ingrid Vahl said construction could begin in the autumn and would create about 400 jobs.\n\n"
            "The Kalmar Daily reported that the expansion is expected to cost 120 million."
        ),
        "actors": [
            {"names": ["Kalmar"], "role": "none", "by": None},
            {"names": ["Green Shore"], "role": "none", "by": None},
            {"names": ["Elena Sorn", "Sorn"], "role": "none", "by": None},
            {"names": ["Rudi Falk", "Falk"], "role": "none", "by": None},
            {"names": ["Ingrid Vahl", "Vahl"], "role": "none", "by": None},
            {"names": ["Kalmar Daily"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Judge", "Port director"],
    },
    {
        "id": "s130-weather-snowstorm",
        "split": "heldout10",
        "issuer": None,
        "text": (
            "Storm brings heavy snow to northern Norland\n\n"
            "Heavy snow and winds of up to 90 km/h closed roads across northern Norland on Sunday, the national "
            "weather service Metnor said. Trains from Hallby were cancelled, rail operator NorRail said on its "
            "website.\n\n"
            "\"We expect the snow to ease by Tuesday morning,\" Metnor forecaster Lena Brandt told the broadcaster "
            "NTV. Hallby's mayor, Ole Sand, asked residents to stay at home and said schools would remain closed on "
            "Monday."
        ),
        "actors": [
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Metnor"], "role": "none", "by": None},
            {"names": ["Hallby"], "role": "none", "by": None},
            {"names": ["NorRail"], "role": "none", "by": None},
            {"names": ["Lena Brandt", "Brandt"], "role": "none", "by": None},
            {"names": ["NTV"], "role": "none", "by": None},
            {"names": ["Ole Sand", "Sand"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["forecaster", "mayor"],
    },
    {
        "id": "s131-council-bridge-contractor",
        "split": "heldout10",
        "issuer": None,
        "text": (
            "Council member blames contractor for bridge delays\n\n"
            "Work on the new Rivna bridge in Dorvik will be finished eight months late, the city council said on "
            "Thursday. Council member Sven Olt accused the contractor, Baltex Construction, of \"hiding problems "
            "for months\" and wasting public money.\n\n"
            "Baltex said in a statement that the delays were caused by a shortage of steel and that it had kept the "
            "council informed. Mayor Karin Holm said the city would seek compensation under the contract. Local "
            "newspaper Dorvik Post said the bridge had so far cost 18 million."
        ),
        "actors": [
            {"names": ["Dorvik"], "role": "none", "by": None},
            {"names": ["Sven Olt", "Olt"], "role": "none", "by": None},
            {"names": ["Baltex Construction", "Baltex"], "role": "antagonist", "by": "Sven Olt"},
            {"names": ["Karin Holm", "Holm"], "role": "none", "by": None},
            {"names": ["Dorvik Post"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Council member", "Mayor"],
    },
    # ---- heldout11 (session 8, written with heldout10, before any rule change; scored only by the lead) ----
    {
        "id": "s132-ministry-answer-border-provocation",
        "split": "heldout11",
        "issuer": "Foreign Ministry",
        "text": (
            "Answer of Foreign Ministry Spokesman Arkady Senn to a media question\n\n"
            "Question: How would you comment on the statement by Kessian Foreign Minister Laura Vint, who said that "
            "Belmark was \"preparing a provocation\" on the border?\n\n"
            "Answer: We have seen Ms Vint's remarks. Instead of spreading fantasies about Belmark, the Kessian "
            "authorities should explain why their so-called \"territorial defence\" units have been shelling the "
            "border town of Mirn for a month. On Saturday a shell hit the Mirn maternity hospital, wounding two "
            "nurses, Olga Ferr and Nina Kost.\n\n"
            "The Kessian junta has long since turned its own people into hostages of its reckless policy. We are "
            "grateful to the Belmark border guards, who protect the residents of Mirn at the risk of their lives. "
            "We have passed information about these attacks to the OSCE mission."
        ),
        "actors": [
            {"names": ["Arkady Senn", "Senn"], "role": "none", "by": None},
            {"names": ["Foreign Ministry"], "role": "none", "by": None},
            {"names": ["Laura Vint", "Vint"], "role": "antagonist", "by": "issuer"},
            {"names": ["Belmark"], "role": "antagonist", "by": "Laura Vint"},
            {"names": ["Kessia", "Kessian"], "role": "antagonist", "by": "issuer"},
            {"names": ["territorial defence"], "role": "antagonist", "by": "issuer"},
            {"names": ["Mirn"], "role": "none", "by": None},
            {"names": ["Olga Ferr", "Ferr"], "role": "innocent", "by": "issuer"},
            {"names": ["Nina Kost", "Kost"], "role": "innocent", "by": "issuer"},
            {"names": ["Belmark border guards", "border guards"], "role": "protagonist", "by": "issuer"},
            {"names": ["OSCE"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "so-called", "target": "territorial defence", "by": "issuer"},
            {"key": "junta", "target": "Kessia", "by": "issuer"},
        ],
        "titles": ["Spokesman", "Foreign Minister"],
    },
    {
        "id": "s133-rt-article-corridor-shields",
        "split": "heldout11",
        "issuer": None,
        "text": (
            "Velorian army opens humanitarian corridor in Talmar as militants use civilians as shields - MoD\n\n"
            "The Velorian army has opened a humanitarian corridor out of the besieged city of Talmar, allowing more "
            "than 2,000 civilians to leave on Monday, Defence Ministry spokesman Major General Ivo Krall said.\n\n"
            "According to Krall, fighters of the Sable Battalion have set up firing positions in schools and "
            "apartment blocks and are preventing residents from leaving. \"The nationalists are using the people "
            "of Talmar as a human shield,\" he said.\n\n"
            "Earlier, the Norland-based group Watch International accused Velorian troops of shelling the corridor. "
            "Deputy Foreign Minister Yana Dobrev dismissed the report as \"a crude fake ordered by Veloria's "
            "ill-wishers\".\n\n"
            "Local resident Pavel Grig, who left the city with his family, told the Velt news agency that the buses "
            "had arrived on time."
        ),
        "actors": [
            {"names": ["Velorian army", "Velorian troops", "Veloria", "Velorian"], "role": "protagonist",
             "by": "Ivo Krall"},
            {"names": ["Talmar"], "role": "none", "by": None},
            {"names": ["Ivo Krall", "Krall"], "role": "none", "by": None},
            {"names": ["Defence Ministry", "MoD"], "role": "none", "by": None},
            {"names": ["Sable Battalion"], "role": "antagonist", "by": "Ivo Krall"},
            {"names": ["Norland"], "role": "none", "by": None},
            {"names": ["Watch International"], "role": "antagonist", "by": "Yana Dobrev"},
            {"names": ["Yana Dobrev", "Dobrev"], "role": "none", "by": None},
            {"names": ["Pavel Grig", "Grig"], "role": "none", "by": None},
            {"names": ["Velt"], "role": "none", "by": None},
        ],
        "labels": [
            {"key": "militants", "target": "Sable Battalion", "by": "issuer"},
            {"key": "nationalists", "target": "Sable Battalion", "by": "Ivo Krall"},
            {"key": "ill-wishers", "target": None, "by": "Yana Dobrev"},
        ],
        "titles": ["spokesman", "Major General", "Deputy Foreign Minister"],
    },
    {
        "id": "s134-op-ed-peacekeepers-valley",
        "split": "heldout11",
        "issuer": "Ostland Today",
        "text": (
            "Opinion | Who really wants peace in the Dovra Valley\n\n"
            "By Nikolai Brun, Ostland Today\n\n"
            "For three years Ostlandic peacekeepers have stood between the warring sides in the Dovra Valley. They "
            "have rebuilt bridges, cleared mines and delivered bread to villages that no one else would reach.\n\n"
            "Yet the so-called \"independent\" media of Tarvia see none of this. Instead they repeat every word of "
            "the Sarovian regime, whose president, Edmund Graal, has never hidden his wish to take the valley by "
            "force. Last winter his artillery levelled the village of Pelm, and the Pelm schoolteacher Irma Voss "
            "died under the ruins of her school.\n\n"
            "Ostland does not need anyone's gratitude. But the truth about the Dovra Valley deserves to be told."
        ),
        "actors": [
            {"names": ["Nikolai Brun", "Brun"], "role": "none", "by": None},
            {"names": ["Ostland Today"], "role": "none", "by": None},
            {"names": ["Ostlandic peacekeepers", "peacekeepers"], "role": "protagonist", "by": "issuer"},
            {"names": ["Ostland", "Ostlandic"], "role": "protagonist", "by": "issuer"},
            {"names": ["Dovra Valley"], "role": "none", "by": None},
            {"names": ["Tarvia"], "role": "antagonist", "by": "issuer"},
            {"names": ["Sarovia", "Sarovian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Edmund Graal", "Graal"], "role": "antagonist", "by": "issuer"},
            {"names": ["Pelm"], "role": "none", "by": None},
            {"names": ["Irma Voss", "Voss"], "role": "innocent", "by": "issuer"},
        ],
        "labels": [
            {"key": "so-called", "target": None, "by": "issuer"},
            {"key": "regime", "target": "Sarovia", "by": "issuer"},
        ],
        "titles": ["president"],
    },
    {
        "id": "s135-defence-statement-market-denial",
        "split": "heldout11",
        "issuer": "Ministry of Defence of Dorna",
        "text": (
            "Statement of the Ministry of Defence of Dorna\n\n"
            "Reports by several foreign media that a Dornan missile struck the central market in Vessel on "
            "9 October are not true. The market was hit by a missile of the Kessian air defence, launched from the "
            "outskirts of the city without regard for its own residents, ministry spokesman Colonel Rolf Danz "
            "said.\n\n"
            "Dornan high-precision weapons struck only military targets: a fuel depot and a radar station of the "
            "Kessian armed forces near Vessel. All our aircraft returned safely to their bases.\n\n"
            "The Ministry of Defence expresses its condolences to the families of those killed at the market, "
            "among them the vendor Marta Ulm, and calls on the International Committee of the Red Cross to take "
            "part in an independent investigation."
        ),
        "actors": [
            {"names": ["Ministry of Defence of Dorna", "Ministry of Defence"], "role": "none", "by": None},
            {"names": ["Dorna", "Dornan"], "role": "protagonist", "by": "issuer"},
            {"names": ["Vessel"], "role": "none", "by": None},
            {"names": ["Kessian armed forces", "Kessia", "Kessian"], "role": "antagonist", "by": "issuer"},
            {"names": ["Rolf Danz", "Danz"], "role": "none", "by": None},
            {"names": ["Marta Ulm", "Ulm"], "role": "innocent", "by": "issuer"},
            {"names": ["International Committee of the Red Cross", "Red Cross"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["spokesman", "Colonel"],
    },
    {
        "id": "s136-business-carmaker-jobs",
        "split": "heldout11",
        "issuer": None,
        "text": (
            "Tarvian carmaker Velmo to cut 1,200 jobs\n\n"
            "Velmo, Tarvia's largest carmaker, will cut 1,200 jobs at its plant in Brenn over the next two years as "
            "demand for petrol cars falls, the company said in a statement on Wednesday.\n\n"
            "Chief executive Greta Kline said the company would invest 300 million in electric models. The "
            "metalworkers' union IG Stahl said it would seek talks with management. Analyst Tomas Reiter told the "
            "Finpress news agency that the cuts had been expected. Velmo shares rose 2 percent."
        ),
        "actors": [
            {"names": ["Velmo"], "role": "none", "by": None},
            {"names": ["Tarvia", "Tarvian"], "role": "none", "by": None},
            {"names": ["Brenn"], "role": "none", "by": None},
            {"names": ["Greta Kline", "Kline"], "role": "none", "by": None},
            {"names": ["IG Stahl"], "role": "none", "by": None},
            {"names": ["Tomas Reiter", "Reiter"], "role": "none", "by": None},
            {"names": ["Finpress"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["Chief executive", "Analyst"],
    },
    {
        "id": "s137-football-derby-rout",
        "split": "heldout11",
        "issuer": None,
        "text": (
            "Dorvik Rovers crush Harbor City in derby\n\n"
            "Dorvik Rovers destroyed Harbor City 4-0 on Saturday, with striker Leo Amsel scoring twice as the home "
            "side's attack tore through a tired defence. Harbor City coach Piet Vogel said his team had "
            "\"surrendered without a fight\" in the second half.\n\n"
            "Rovers captain Jan Ek told the broadcaster Sport 1 that the win was dedicated to the fans. The league's "
            "disciplinary committee will review a red card shown to Harbor City defender Kai Marr, the league said."
        ),
        "actors": [
            {"names": ["Dorvik Rovers", "Rovers"], "role": "none", "by": None},
            {"names": ["Harbor City"], "role": "none", "by": None},
            {"names": ["Leo Amsel", "Amsel"], "role": "none", "by": None},
            {"names": ["Piet Vogel", "Vogel"], "role": "none", "by": None},
            {"names": ["Jan Ek"], "role": "none", "by": None},
            {"names": ["Sport 1"], "role": "none", "by": None},
            {"names": ["Kai Marr", "Marr"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["striker", "coach", "captain", "defender"],
    },
    {
        "id": "s138-wire-un-border-clash",
        "split": "heldout11",
        "issuer": None,
        "text": (
            "UN urges restraint after Kessia-Belmark border clash\n\n"
            "GENEVA, May 4 (Meridian Press) - The United Nations called on Kessia and Belmark on Thursday to show "
            "restraint after a clash on their shared border left three soldiers dead, a UN spokeswoman said.\n\n"
            "Kessia's defence ministry said Belmark troops had opened fire first on a Kessian patrol near the "
            "village of Ardo. Belmark's foreign ministry rejected that account and said Kessian soldiers had "
            "crossed the border.\n\n"
            "The spokeswoman, Mira Solano, said UN observers were on their way to the area. Residents of Ardo told "
            "reporters they had heard gunfire for about an hour."
        ),
        "actors": [
            {"names": ["United Nations", "UN"], "role": "none", "by": None},
            {"names": ["Kessia", "Kessian"], "role": "antagonist", "by": "Belmark's foreign ministry"},
            {"names": ["Belmark"], "role": "antagonist", "by": "Kessia's defence ministry"},
            {"names": ["Geneva", "GENEVA"], "role": "none", "by": None},
            {"names": ["Meridian Press"], "role": "none", "by": None},
            {"names": ["Ardo"], "role": "none", "by": None},
            {"names": ["Mira Solano", "Solano"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["spokeswoman"],
    },
    {
        "id": "s139-port-strike-ends",
        "split": "heldout11",
        "issuer": None,
        "text": (
            "Sarno port reopens after dockworkers end strike\n\n"
            "Cargo handling resumed at the port of Sarno on Monday after dockworkers ended a five-day strike, the "
            "port operator Sarno Terminals said. The dockers' union, led by Hanna Lutz, said it had won a 6 percent "
            "pay rise.\n\n"
            "City council member Erik Dahl said the strike had cost local businesses about 3 million. The Coast Guard "
            "reported no incidents in the harbour. Shipping data provider SeaTrack said 14 vessels were still "
            "waiting to dock."
        ),
        "actors": [
            {"names": ["Sarno"], "role": "none", "by": None},
            {"names": ["Sarno Terminals"], "role": "none", "by": None},
            {"names": ["Hanna Lutz", "Lutz"], "role": "none", "by": None},
            {"names": ["Erik Dahl", "Dahl"], "role": "none", "by": None},
            {"names": ["Coast Guard"], "role": "none", "by": None},
            {"names": ["SeaTrack"], "role": "none", "by": None},
        ],
        "labels": [],
        "titles": ["council member"],
    },
]
