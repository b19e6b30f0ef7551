"""PLOVER 2.0 categories: quad class, modes, intensity scores and CAMEO roots.

Source of the facts: the PLOVER codebook, draft 2.0 (Open Event Data Alliance, CC BY-SA 4.0),
chapter "Event Categories" (quad category and modes of each category) and its table
"PLOVER conflict--cooperation scores" (intensity per category and per mode). Where the table
gives no score for a mode we use the category's score. The table prints ACCUSE as +3, which
contradicts every ACCUSE mode (-2 .. -3.5) and the verbal-conflict quad; we read it as -3.
CAMEO roots are those of the CAMEO 1.1b3 codebook (Gerner, Schrodt et al.).
"""

from __future__ import annotations

from dataclasses import dataclass

VERBAL_COOPERATION = 1
MATERIAL_COOPERATION = 2
VERBAL_CONFLICT = 3
MATERIAL_CONFLICT = 4

MODALITIES: tuple[str, ...] = ("asserted", "future", "hypothetical", "conditional")


@dataclass(frozen=True)
class Category:
    """One PLOVER category: its quad class, score, CAMEO root and the modes it allows."""

    name: str
    quad_code: int
    intensity: float
    cameo_root: str
    modes: tuple[str, ...]


CATEGORIES: dict[str, Category] = {
    c.name: c
    for c in (
        Category("AGREE", VERBAL_COOPERATION, 2.5, "03", ()),
        Category("CONSULT", VERBAL_COOPERATION, 2.5, "04",
                 ("visit", "third-party", "multilateral", "phone")),
        Category("SUPPORT", VERBAL_COOPERATION, 5.0, "05", ()),
        Category("CONCEDE", VERBAL_COOPERATION, 4.5, "08", ()),
        Category("COOPERATE", MATERIAL_COOPERATION, 9.5, "06", ()),
        Category("AID", MATERIAL_COOPERATION, 10.0, "07", ()),
        Category("RETREAT", MATERIAL_COOPERATION, 6.5, "08",
                 ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
        Category("REQUEST", VERBAL_CONFLICT, 0.0, "10", ("assist", "change", "yield", "meet")),
        Category("ACCUSE", VERBAL_CONFLICT, -3.0, "11", ("disapprove", "investigate", "allege")),
        Category("REJECT", VERBAL_CONFLICT, -2.0, "12", ("assist", "change", "yield", "meet")),
        Category("THREATEN", VERBAL_CONFLICT, -3.5, "13",
                 ("restrict", "arrest", "relations", "expel", "territory", "violence")),
        Category("PROTEST", MATERIAL_CONFLICT, -5.0, "14",
                 ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
        Category("SANCTION", MATERIAL_CONFLICT, -6.0, "16",
                 ("convict", "expel", "withdraw", "discontinue")),
        Category("MOBILIZE", MATERIAL_CONFLICT, -5.5, "15", ("troops", "weapons", "police", "militia")),
        Category("COERCE", MATERIAL_CONFLICT, -7.0, "17",
                 ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                  "withhold", "misinformation", "cyber")),
        Category("ASSAULT", MATERIAL_CONFLICT, -9.0, "18",
                 ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                  "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                  "crowd-control", "unconventional")),
    )
}

# Scores the codebook's table gives to single modes (category scores are in CATEGORIES).
MODE_INTENSITY: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0, ("CONSULT", "third-party"): 1.0,
    ("CONSULT", "multilateral"): 4.0, ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0, ("REQUEST", "yield"): -1.0,
    ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0, ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2.0, ("REJECT", "yield"): -2.0,
    ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0, ("THREATEN", "arrest"): -3.5, ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4.0, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0, ("PROTEST", "riot"): -7.0, ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5, ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0, ("COERCE", "restrict"): -7.0, ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7.0,
    ("COERCE", "deport"): -7.0, ("COERCE", "withhold"): -7.0, ("COERCE", "misinformation"): -6.5,
    ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0, ("ASSAULT", "firearms"): -9.0, ("ASSAULT", "explosives"): -9.0,
    ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}

# Modes whose codebook definition adds the context of the same name.
MODE_CONTEXTS: dict[tuple[str, str], str] = {
    ("COERCE", "cyber"): "cyber",
    ("COERCE", "misinformation"): "misinformation",
    ("ASSAULT", "unconventional"): "cbrn",
}

CONTEXTS: frozenset[str] = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
})

# Cooperative actions announced for the future are coded AGREE (codebook, AGREE: "Cooperative
# actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in future tense ... AGREE");
# announced retreats are CONCEDE (codebook, RETREAT and CONCEDE ambiguities).
FUTURE_RECODE: dict[str, str] = {
    "CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
    "RETREAT": "CONCEDE",
}

# The mode a REQUEST / REJECT takes from the category of what is asked for or refused.
ASKED_MODE: dict[str, str] = {
    "CONSULT": "meet", "AGREE": "assist", "SUPPORT": "assist", "COOPERATE": "assist",
    "AID": "assist", "CONCEDE": "yield", "RETREAT": "yield",
}

# The mode a THREATEN takes from the category of what is threatened.
THREAT_MODE: dict[str, str] = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict", "SANCTION": "relations",
    "PROTEST": "restrict",
}

# A threatened sanction by its own mode: tariffs, embargoes and bans restrict goods (as the
# codebook's THREATEN `restrict` says); recalling envoys or quitting a body cuts relations.
SANCTION_THREAT_MODE: dict[str, str] = {
    "discontinue": "restrict", "withdraw": "relations", "expel": "expel",
}

# The mode of a threat from the verb of its content when that verb codes no event of its own
# ("threatened to halt exports": restrict). Our reading of the codebook's THREATEN modes.
THREAT_VERBS: dict[str, str] = {
    "halt": "restrict", "stop": "restrict", "cut": "restrict", "ban": "restrict", "block": "restrict",
    "close": "restrict", "restrict": "restrict", "limit": "restrict", "boycott": "restrict",
    "retaliate": "violence", "respond": "violence", "crush": "violence", "destroy": "violence",
    "annihilate": "violence", "punish": "violence", "invade": "territory", "annex": "territory",
    "seize": "territory", "occupy": "territory", "retake": "territory",
    "recapture": "territory", "reconquer": "territory", "expel": "expel", "arrest": "arrest",
    "recall": "relations", "sever": "relations", "downgrade": "relations", "quit": "relations",
    "leave": "relations", "withdraw": "relations", "end": "relations", "freeze": "relations",
}


def category(name: str) -> Category:
    """The category record; KeyError names an unknown category (a lexicon typo)."""
    return CATEGORIES[name]


def intensity(event: str, mode: str | None) -> float:
    """Score of the mode when the codebook gives one, else of the category."""
    if mode is not None and (event, mode) in MODE_INTENSITY:
        return MODE_INTENSITY[(event, mode)]
    return CATEGORIES[event].intensity


def quad_code(event: str) -> int:
    return CATEGORIES[event].quad_code


def is_valid_mode(event: str, mode: str | None) -> bool:
    return mode is None or mode in CATEGORIES[event].modes


def mode_contexts(event: str, mode: str | None) -> tuple[str, ...]:
    """Contexts a mode implies by definition (cyber, misinformation, cbrn)."""
    if mode is None:
        return ()
    implied = MODE_CONTEXTS.get((event, mode))
    return (implied,) if implied else ()
