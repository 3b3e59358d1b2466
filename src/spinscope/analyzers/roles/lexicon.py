"""Words that cast an actor: harm done by it or to it, help and praise, accusation and deceit.

Lemmas (spaCy's, lower case). Kept short and news-specific: a word missing here means an actor is
left without a role (the analyzer abstains), never that it gets a wrong one.
"""

from __future__ import annotations

HARM_VERBS = frozenset("""
kill shell bomb attack massacre murder torture terrorise terrorize loot abduct kidnap execute wound injure
occupy invade besiege starve block blockade burn rape persecute oppress shoot storm raid displace expel damage
slaughter maim assassinate behead bombard strike target destroy hit arrest detain imprison jail intimidate harass
deport hurt abuse silence
""".split())
# Striking or destroying is harm only when what is hit is not the other side's ("destroyed depots of the
# militants", "strikes on terrorist positions" cast the striker as a defender in its own voice).
FIGHTING_VERBS = frozenset("strike target destroy hit fight combat eliminate neutralise neutralize defeat".split())
HARM_NOUNS = frozenset("""
shelling bombing bombardment attack attacks strike strikes airstrike airstrikes offensive massacre killing killings
murder aggression invasion occupation atrocity atrocities crime crimes raid raids assault blockade siege torture
abduction abductions genocide persecution intimidation repression detention arrests harassment crackdown violence
provocation provocations
""".split())
# What an actor does to others: "the sanctions of X hurt farmers", "X's policy is destroying..." are X's.
ACTION_NOUNS = frozenset("""
policy policies sanctions sanction actions action decision decisions campaign war blockade strikes
strike airstrike airstrikes shelling bombing bombardment
""".split())
# What belongs to an actor beyond its people (GROUP_NOUNS): harm to "a convoy of the Red Crescent", "two of
# its clinics", "its correspondents" is harm to it; "trucks of the agency delivered", "Kessian security
# services detained" are its deeds.
OWNED_NOUNS = frozenset("""
services service intelligence convoy convoys truck trucks vehicle vehicles ambulance ambulances clinic clinics
hospital hospitals correspondent correspondents journalist journalists reporter reporters
employee employees colleague colleagues activist activists crews ship ships boats officers officer driver drivers
farmer farmers teacher teachers cooperative embassy partners partner mission missions mediation efforts effort
sailors sailor emirate kingdom republic principality capitals media tankers tanker vessels
nationalists radicals neo-nazis nazis punishers snipers peacekeepers defence defense
""".split())
# A place's own institutions act for themselves: "the Halden clinic treated 214 patients" is no deed of Halden.
PLACE_INSTITUTIONS = frozenset("""
clinic clinics hospital hospitals school schools university college museum theatre theater church mosque library
club port airport
""".split())
# Harm to a place or a load rather than to whoever owns it: "blocked a United Nations convoy".
NOT_OWNER_HARM = frozenset("block blockade besiege occupy starve".split())
# "two of its clinics", "some of the workers": a part of what the actor has.
QUANTITY_WORDS = frozenset("one two three four five six seven eight nine ten some several many most all dozens".split())
# "the people of Sarn" thanked or harmed is the town's people, not the town cast as an actor.
PLACE_PEOPLE = frozenset("people residents inhabitants population citizens locals villagers townspeople".split())
# "an act of aggression by X": the act is the harm.
ACT_NOUNS = frozenset("act acts".split())
# Verbs that report what someone said: "the service said it had detained": "it" is the service.
REPORT_VERBS = frozenset("say tell announce report state add confirm claim explain write".split())
# "X's blockade", "X's aggression": X does it (not "X's killing", which may be done to X).
OWN_HARM_NOUNS = frozenset("""
blockade siege shelling bombing bombardment attack attacks strike strikes airstrike airstrikes offensive aggression
invasion occupation atrocity atrocities crime crimes raid raids assault crackdown repression provocation provocations
""".split())
# Nouns that name a war as an event ("Russia's invasion of Ukraine", "the offensive"): read over a
# possessive only through a chain (see cues), not on their own.
WAR_NAMES = frozenset("invasion occupation offensive war".split())
# "the crimes of X", "the aggression of X": X did it (a "shelling of X" was done to X).
AGENT_OF_NOUNS = frozenset("crime crimes atrocity atrocities aggression".split())
# "carried out an attack", "preparing an offensive", "committed crimes": the subject does the event.
EVENT_VERBS = frozenset("carry launch prepare plan conduct stage commit perpetrate unleash wage mount order".split())
# "organised the riots", "incited unrest" -- not "organised crime", a kind of crime
STIR_VERBS = frozenset("organise organize incite instigate provoke escalate stoke fuel inflame".split())
STIRRED = frozenset("""
riot riots unrest coup pogrom pogroms attack attacks provocation provocations massacre violence tensions tension
conflict hostilities hatred
""".split())
CORRUPT_VERBS = frozenset("steal embezzle bribe extort launder plunder smuggle".split())
HELP_VERBS = frozenset("""
rescue evacuate save liberate protect defend repel help feed shelter rebuild restore free assist heal treat
""".split())
# These help only with aid as their object ("sent ambulances", "delivered food").
# "defended the government's plan" argues for it: helping a plan is no rescue.
ABSTRACT_OBJECTS = frozenset("""
plan plans decision decisions policy policies position positions record view views proposal proposals budget law
laws bill reform reforms strategy approach choice statement statements interests
""".split())
GIVING_VERBS = frozenset("""
send deliver supply provide donate bring distribute escort ship airlift pledge allocate grant hand
""".split())
AID_NOUNS = frozenset("""
aid food medicine medicines ambulances ambulance doctors supplies water help assistance convoy convoys shelter
tents blankets vaccines relief flour bread grain fuel generators humanitarian cargo
""".split())
# "pulled eleven survivors from the rubble", "carried the wounded to safety": moving people in danger helps them.
MOVING_VERBS = frozenset("pull carry take move bring escort transport lead drag dig host accommodate house".split())
HELPED_PEOPLE = frozenset("""
wounded injured survivors survivor civilians residents children families refugees hostages victims people
sick elderly old disabled
""".split())
# What an actor strikes with: "hit by a Kessian missile" is Kessia's doing.
WEAPON_NOUNS = frozenset("""
missile missiles drone drones rocket rockets shell shells bomb bombs artillery mortar mortars jets warplanes
aircraft planes helicopter helicopters tank tanks gunboat sniper snipers
""".split())
PRAISE_VERBS = frozenset("praise thank commend salute honour honor applaud hail".split())
PRAISE_NOUNS = frozenset("""
gratitude thanks appreciation tribute grateful thankful indebted admiration respect praise recognition honour honor
""".split())
ACCUSE_VERBS = frozenset("accuse blame charge denounce condemn".split())
DECEIT_VERBS = frozenset("fabricate falsify distort lie".split())
DECEIT_OBJECTS = frozenset("""
fabrications lies disinformation fakes fake propaganda falsehoods myths videos video footage smear slander
""".split())
DENY_VERBS = frozenset("reject deny dismiss refute rebuff".split())
CLAIM_NOUNS = frozenset("""
claim claims accusation accusations allegation allegations report reports statement statements remark remarks
assertion assertions insinuation insinuations fabrication fabrications
""".split())
BASELESS = frozenset("""
absurd baseless groundless unfounded false ridiculous unsubstantiated fabricated untrue slanderous
""".split())
# Who the other side is: a target like these makes a strike a fight against villains.
VILLAIN_WORDS = frozenset("""
terrorist terrorists militant militants gang gangs extremist extremists jihadist jihadists bandits mercenaries
insurgents saboteur saboteurs spies spy infiltrators smugglers sabotage
""".split())
MILITARY_TARGETS = frozenset("""
depot depots positions position bases base hideout hideouts stronghold strongholds launcher launchers
fortifications bunker bunkers checkpoint checkpoints warehouses arsenal arsenals
""".split())
# Helping the other side's men: "is sheltering the militants", "protects the gangs" (not "repelled" them).
HARBOUR_VERBS = frozenset("shelter protect help assist feed harbour harbor hide".split())
# Lemmas the tagger gets wrong in this genre ("staged footage" -> "stag").
LEMMA_FIXES = {"staged": "stage", "waging": "wage", "waged": "wage"}
# What a sponsor pays: "received more than 3 million from X".
MONEY_WORDS = frozenset("money funds funding million millions billion billions grants payments cash".split())
# "saboteurs working for X", "mercenaries paid by X": X is whom the other side's men serve.
PATRON_VERBS = frozenset("work spy fight pay hire recruit train arm fund finance sponsor send direct".split())
# What arms a side: "supplying weapons to the so-called Corps", "pour weapons into the region".
ARMS_NOUNS = frozenset("weapon arm ammunition missile rocket shell drone tank munition explosive".split())
# Arrests of suspects are law enforcement, not harm: "arrested three men suspected of robbing a bank".
LAW_VERBS = frozenset("arrest detain jail imprison charge".split())
SUSPECT_WORDS = frozenset("suspect suspects suspected robber robbers thief thieves burglar burglars".split())
# Stopping harm protects: "prevented a terrorist attack", "foiled a plot to blow up the dam".
PREVENT_VERBS = frozenset("prevent foil thwart avert stop".split())
# Hostile acts whose object is not thereby a victim: "is provoking Ostland", "threatened its neighbours".
AGGRESSION_VERBS = frozenset("provoke threaten".split())
PLANT_VERBS = frozenset("plant place detonate set".split())
# "adopted a package of illegal sanctions": what an actor brings in (the measure's adjective condemns it).
ADOPT_VERBS = frozenset("adopt impose introduce extend approve enact".split())
MEASURE_NOUNS = frozenset("sanctions sanction measures measure restrictions embargo blockade package law laws".split())
# A court's verdict for a crime casts the convicted: "sentenced X to six years for taking bribes".
CONVICT_VERBS = frozenset("sentence convict fine".split())
CRIME_WORDS = frozenset("""
bribe bribes bribery corruption fraud theft embezzlement murder murders killing killings terrorism crime crimes robbery
extortion treason espionage spying smuggling trafficking
""".split())
# Making a place safe or usable: "cleared mines from 40 schools", "cleared the road" (after it was mined).
CLEAR_VERBS = frozenset("clear demine".split())
CLEARED_THINGS = frozenset("mine minefield road rubble debris".split())
# "kept the hospital open", "keep the clinics running": keeping a service going helps.
KEPT_GOING = frozenset("open running working going alive warm".split())
# What someone is held responsible for: the harm nouns, and what harm leaves ("the deaths of civilians").
BLAMED_FOR = HARM_NOUNS | frozenset("death deaths casualties suffering escalation tragedy bloodshed".split())
# "forced thousands of families to flee": driving people out.
FLEE_VERBS = frozenset("flee leave abandon".split())
# "false information", "fake news": what is spread is deceit.
FALSE_WORDS = frozenset("false fake falsified fabricated misleading invented staged doctored".split())
# "violated the ceasefire 37 times", "breached the truce": breaking what holds the peace.
VIOLATE_VERBS = frozenset("violate breach break".split())
PEACE_THINGS = frozenset("""
ceasefire truce agreement agreements accord accords law sovereignty airspace border borders armistice deal
""".split())
# "sabotaged the talks", "torpedoed the agreement": wrecking a settlement.
SABOTAGE_VERBS = frozenset("sabotage undermine derail torpedo wreck disrupt".split())
SETTLEMENT_THINGS = frozenset("talks negotiations agreement deal peace process ceasefire truce settlement".split())
# "interfere in the internal affairs of our country".
MEDDLE_VERBS = frozenset("interfere meddle".split())
# "aired staged footage": what is shown is the deceit.
SHOW_VERBS = frozenset("air broadcast show publish circulate spread stage post".split())
# "brokered a three-day truce", "mediated the prisoner exchange": making peace.
BROKER_VERBS = frozenset("broker mediate negotiate secure".split())
PEACE_DEALS = frozenset("truce ceasefire deal agreement exchange accord peace release".split())
# "call on X to end its aggression": the harm asked to stop is X's.
STOP_VERBS = frozenset("stop end cease halt".split())
# "continue to obstruct the work of the monitors": getting in the way of help or of scrutiny.
OBSTRUCT_VERBS = frozenset("obstruct hamper hinder impede".split())
# "refused to let a convoy enter": keeping aid out.
REFUSE_VERBS = frozenset("refuse decline".split())
ALLOW_VERBS = frozenset("let allow permit admit".split())
# "were among the victims": named among the harmed.
VICTIM_NOUNS = frozenset("victims victim dead killed wounded injured casualties hostages".split())
# Verbs that report a pretence: "a group that claims to rescue civilians" is no rescuer.
PRETENCE_VERBS = frozenset("claim pretend purport allege".split())
# "urged all sides to protect civilians": the protecting is asked of others, not done by the subject.
REQUEST_VERBS = frozenset("urge ask call demand appeal request want encourage invite press order".split())
# Prepositions that put a name in a place role ("in Damar", "near Idra").
PLACE_PREPS = frozenset("in near at into across around outside inside throughout".split())
PLACE_NOUNS = frozenset("""
town village city province region district valley port area areas capital country territory settlement
""".split())

# Words only a game's report uses (sport, chess, e-sports): such a report tells its contests in war words
# ("We attacked them", "stormed the defence", "destroyed Tamm in 28 moves") that cast nobody. Words that
# war news uses too ("match", "team", "final", "goal", "forward", "defender", "player") are not here.
# PLAY_WORDS tell the play itself or who plays it; a stadium, a league or football alone are places and
# bodies a war report may name ("shelled the stadium where the football club played its league matches").
PLAY_WORDS = frozenset("""
semi-final semi-finals semifinal semifinals quarter-final quarter-finals quarterfinal quarterfinals playoff
playoffs play-off play-offs coach coaches striker strikers midfielder midfielders goalkeeper goalkeepers referee
referees whistle grandmaster grandmasters scored scorer equaliser equalizer penalties puck checkmate half-time
kick-off qualifier qualifiers hat-trick offside goalless wicket touchdown quarterback
""".split())
GAME_WORDS = PLAY_WORDS | frozenset("""
league leagues tournament tournaments championship championships stadium hockey football soccer chess e-sports
esports basketball volleyball tennis rugby cricket handball olympics
""".split())
# A player's place in a game: no framing label in a game's report ("Harn defender Tim Oster").
GAME_POSITIONS = frozenset("""
defender defenders attacker attackers striker strikers forward forwards guard guards winger wingers keeper
keepers goalkeeper goalkeepers captain captains midfielder midfielders
""".split())

# ---- words of session 8's constructions (issue 22) ----
# A speaker on an army's side: its strikes and its enemies are cast in this voice ("Defence Ministry spokesman").
MILITARY_VOICE = frozenset("defence defense military army forces staff command commander general".split())
# Groups of a nation's people that act on their own: a nation's adjective on them does not pass their
# deeds to its state ("the Marvanian charity", "Ostlandic volunteers"), unlike its troops or government.
CIVIL_GROUPS = frozenset("""
charity charities organisation organisations organization organizations foundation society ngo journalists
reporters activists students
""".split())
COVER_VERBS = frozenset("hush cover conceal whitewash downplay".split())
# "launched an aggressive price war": competition, not a war.
MARKET_WARS = frozenset("price trade tariff currency bidding ratings culture turf talent subsidy tax".split())
URGE_VERBS = frozenset("encourage push urge incite egg spur".split())
GO_ON_VERBS = frozenset("continue wage escalate prolong keep resume".split())
WAR_WORDS = frozenset("war fighting hostilities conflict bloodshed aggression".split())
DEATH_CAUSES = frozenset("ruins rubble wounds injuries shelling bombing fire blast explosion strike attack".split())
FEATS = frozenset("liberation victory victories heroism courage bravery rescue".split())
SPY_NOUNS = frozenset("agents agent network networks cell cells ring spies spy".split())
HURT_ADJECTIVES = frozenset("wounded injured sick stranded trapped".split())
# "sentenced for embezzling city funds": a crime told as a verb.
CRIME_VERBS = frozenset("embezzle steal bribe extort launder defraud murder kill smuggle rape torture spy".split())
CIVILIAN_WORDS = frozenset("civilian civilians residential homes houses schools hospitals children people".split())
INTEND_VERBS = frozenset("want plan intend seek try aim hope prepare wish".split())
WELCOME_VERBS = frozenset("appreciate welcome value commend praise salute".split())
GOOD_STANCE = frozenset("""
balanced principled constructive responsible objective impartial honest sober pragmatic courageous wise
consistent even-handed fair
""".split())
SUSPICION_NOUNS = frozenset("suspicion charges charge allegations accusations".split())
HELD_PEOPLE = frozenset("""
prisoners detainees hostages journalists journalist activists activist blogger bloggers reporters workers
""".split())
# What a statement condemns being done to someone: "condemns the arrest of blogger Timur Aslan".
CONDEMN_VERBS = frozenset("condemn denounce deplore protest decry".split())
DETENTION_NOUNS = frozenset("arrest arrests detention imprisonment jailing persecution abduction kidnapping".split())
RUN_VERBS = frozenset("run operate own manage".split())
