"""The table of opposite words a rewrite puts one for another ("approved" / "rejected", "rose" /
"fell"), each word with its common forms: data read by :mod:`reader.facts.opposites` and the
rules of figures' directions (:data:`UP`, :data:`DOWN`).  General English, no article's words."""

from __future__ import annotations

# pairs of opposites, each word with its forms (the base first); "more than" / "fewer than" and
# "above" / "below" a figure are the figures' rule (reader.facts.compare_numbers)
PAIRS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("approve", "approves", "approved", "approving"), ("reject", "rejects", "rejected", "rejecting")),
    (("accept", "accepts", "accepted", "accepting"), ("reject", "rejects", "rejected", "rejecting")),
    (("ratify", "ratifies", "ratified", "ratifying"), ("reject", "rejects", "rejected", "rejecting")),
    # a motion, an amendment, a resolution: "was adopted by 78 votes to 52" / "was rejected by ..."
    (("adopt", "adopts", "adopted", "adopting"), ("reject", "rejects", "rejected", "rejecting")),
    (("accept", "accepts", "accepted", "accepting"), ("decline", "declines", "declined", "declining")),
    (("win", "wins", "won", "winning"), ("lose", "loses", "lost", "losing")),
    (("break", "breaks", "broke", "broken"), ("equal", "equals", "equalled", "equaled")),  # a record
    (("reduce", "reduces", "reduced", "reducing"), ("increase", "increases", "increased", "increasing")),
    (("reduction", "reductions"), ("increase", "increases")),  # "a 23 percent reduction" / "increase"
    (("raise", "raises", "raised", "raising"), ("lower", "lowers", "lowered", "lowering")),
    (("pass", "passes", "passed"), ("fail", "fails", "failed")),
    (("allow", "allows", "allowed", "allowing"), ("ban", "bans", "banned", "banning")),
    (("allow", "allows", "allowed", "allowing"), ("forbid", "forbids", "forbade", "forbidden")),
    (
        ("lift", "lifts", "lifted", "lifting"),
        ("impose", "imposes", "imposed", "imposing", "reimpose", "reimposes", "reimposed", "reimposing"),
    ),
    (("meet", "meets", "met"), ("miss", "misses", "missed")),  # a goal, a target, a deadline
    (("confirm", "confirms", "confirmed", "confirming"), ("exclude", "excludes", "excluded", "excluding")),
    (("open", "opens", "opened", "opening"), ("close", "closes", "closed", "closing")),
    (("acquit", "acquits", "acquitted"), ("convict", "convicts", "convicted")),
    (("uphold", "upholds", "upheld", "upholding"), ("overturn", "overturns", "overturned", "overturning")),
    # an appeal, a claim, a right: "the court upheld the appeal" / "rejected the appeal"
    (("uphold", "upholds", "upheld", "upholding"), ("reject", "rejects", "rejected", "rejecting")),
    (("uphold", "upholds", "upheld", "upholding"), ("reverse", "reverses", "reversed", "reversing")),
    (("uphold", "upholds", "upheld", "upholding"), ("vacate", "vacates", "vacated", "vacating")),
    # a complaint, a claim: "the board dismissed a complaint" / "upheld the complaint"
    (("uphold", "upholds", "upheld", "upholding"), ("dismiss", "dismisses", "dismissed", "dismissing")),
    (("affirm", "affirms", "affirmed", "affirming"), ("overturn", "overturns", "overturned", "overturning")),
    (("affirm", "affirms", "affirmed", "affirming"), ("reverse", "reverses", "reversed", "reversing")),
    (("support", "supports", "supported", "supporting"), ("oppose", "opposes", "opposed", "opposing")),
    (("confirm", "confirms", "confirmed", "confirming"), ("deny", "denies", "denied", "denying")),
    (("include", "includes", "included", "including"), ("exclude", "excludes", "excluded", "excluding")),
    (("agree", "agrees", "agreed"), ("disagree", "disagrees", "disagreed")),
    (("refuse", "refuses", "refused", "refusing"), ("agree", "agrees", "agreed", "agreeing")),
    (("deny", "denies", "denied", "denying"), ("admit", "admits", "admitted", "admitting")),
    (("deny", "denies", "denied", "denying"), ("concede", "concedes", "conceded", "conceding")),
    (("support", "backing"), ("opposition",)),  # the nouns: "voiced support for" / "voiced opposition to"
    (
        ("deny", "denies", "denied", "denying"),
        ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    ),
    (
        ("dispute", "disputes", "disputed", "disputing"),
        ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    ),
    (("dispute", "disputes", "disputed", "disputing"), ("accept", "accepts", "accepted", "accepting")),
    (("contest", "contests", "contested", "contesting"), ("accept", "accepts", "accepted", "accepting")),
    (("early",), ("late",)),  # "two months early" / "two months late" (the parts of a day: day_part_diffs)
    (("contest", "contests", "contested", "contesting"), ("admit", "admits", "admitted", "admitting")),
    (
        ("praise", "praises", "praised", "praising"),
        ("criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised"),
    ),
    (("praise", "praises", "praised", "praising"), ("condemn", "condemns", "condemned", "condemning")),
    (("praise", "praises", "praised", "praising"), ("criticise", "criticised", "criticize", "criticized")),
    (
        ("welcome", "welcomes", "welcomed", "welcoming"),
        ("criticise", "criticised", "criticize", "criticized"),
    ),
    (("enable", "enables", "enabled", "enabling"), ("disable", "disables", "disabled", "disabling")),
    (("activate", "activates", "activated"), ("deactivate", "deactivates", "deactivated")),
    (("welcome", "welcomes", "welcomed", "welcoming"), ("condemn", "condemns", "condemned", "condemning")),
    (("welcome", "welcomes", "welcomed", "welcoming"), ("oppose", "opposes", "opposed", "opposing")),
    (("welcome", "welcomes", "welcomed", "welcoming"), ("reject", "rejects", "rejected", "rejecting")),
    (("welcome", "welcomes", "welcomed", "welcoming"), ("rebuff", "rebuffs", "rebuffed", "rebuffing")),
    (("accept", "accepts", "accepted", "accepting"), ("rebuff", "rebuffs", "rebuffed", "rebuffing")),
    (("embrace", "embraces", "embraced", "embracing"), ("reject", "rejects", "rejected", "rejecting")),
    (("endorse", "endorses", "endorsed", "endorsing"), ("reject", "rejects", "rejected", "rejecting")),
    (("endorse", "endorses", "endorsed", "endorsing"), ("oppose", "opposes", "opposed", "opposing")),
    (("succeed", "succeeds", "succeeded", "succeeding"), ("fail", "fails", "failed", "failing")),
    (("gain", "gains", "gained", "gaining"), ("lose", "loses", "lost", "losing")),
    (("strengthen", "strengthens", "strengthened"), ("weaken", "weakens", "weakened")),
    (("hire", "hires", "hired", "hiring"), ("fire", "fires", "fired", "firing")),
    (("buy", "buys", "bought", "buying"), ("sell", "sells", "sold", "selling")),
    (("survive", "survives", "survived", "surviving"), ("die", "dies", "died", "dying")),
    (("alive",), ("dead",)),
    (("able",), ("unable",)),
    # an act achieved or not: "crews had managed to stop the fire" / "had been unable to stop it"
    (("managed",), ("unable", "failed")),
    (("likely",), ("unlikely",)),
    (("possible",), ("impossible",)),
    (("victory",), ("defeat",)),
    (("guilty",), ("innocent",)),
    (("legal",), ("illegal",)),
    (("higher",), ("lower",)),
    (("high",), ("low",)),
    (("younger", "youngest"), ("older", "oldest")),
    (("before",), ("after",)),
    (("majority",), ("minority",)),
    (("agree", "agrees", "agreed", "agreeing"), ("decline", "declines", "declined", "declining")),
    (("back", "backs", "backed", "backing"), ("reject", "rejects", "rejected", "rejecting")),
    (("back", "backs", "backed", "backing"), ("oppose", "opposes", "opposed", "opposing")),
    (("widen", "widens", "widened", "widening"), ("narrow", "narrows", "narrowed", "narrowing")),
    (("beat", "beats"), ("miss", "misses", "missed", "missing")),  # a forecast ("beat estimates")
    (("raise", "raises", "raised", "raising"), ("cut", "cuts", "cutting")),  # a forecast, a rate
    (("profit", "profits"), ("loss", "losses")),
    (("surplus", "surpluses"), ("deficit", "deficits")),
    (("import", "imports"), ("export", "exports")),  # trade's two ways: "Imports of ... dropped" / "Exports"
    (("highest",), ("lowest",)),
    (("smallest",), ("biggest", "largest")),  # "among the smallest losers" / "the biggest losers"
    (("most",), ("least",)),  # "the most punctual" / "the least punctual" (read only so: opposite_context)
    (("most",), ("fewest",)),  # "the fewest since August" / "the most since August" (ut193)
    (("critical", "serious"), ("stable",)),  # a patient's condition
    (("better",), ("worse",)),
    (("larger", "bigger", "greater"), ("smaller",)),  # "a decline larger than last year's" / "smaller"
    (("longer",), ("shorter",)),
    (("thicker",), ("thinner",)),  # "the panel is thicker than any other" / "thinner"
    (("heavier",), ("lighter",)),  # "nine pounds heavier than the champion" / "nine pounds lighter"
    (("double", "doubles", "doubled", "doubling"), ("halve", "halves", "halved", "halving")),
    (("wider",), ("narrower",)),
    (("deeper",), ("shallower",)),
    (("faster", "quicker"), ("slower",)),
    (("faster", "quicker"), ("longer",)),  # of a time taken: "two hours faster than in 2019" / "longer"
    (("warmer", "hotter"), ("cooler", "colder")),
    (
        ("cheap", "cheaper", "cheapest"),
        ("expensive", "dearer", "costlier"),
    ),  # "15% cheaper" / "more expensive"
    (("ahead",), ("behind",)),  # "9 percent ahead of its rival" / "9% behind"; "ahead of schedule"
    (("home",), ("away",)),  # a game's ground: "a 3-0 home defeat" / "a 3-0 defeat away at"
    (("up",), ("down",)),  # "shares were up 3 percent" / "down 3 percent"
    (("hawkish",), ("dovish",)),
    (("bullish",), ("bearish",)),
    (("little",), ("much",)),
    (("few",), ("many",)),
    (("good",), ("bad",)),
    (("positive",), ("negative",)),
    (("optimistic",), ("pessimistic",)),
    (("disturbing",), ("reassuring",)),
    (("strong", "stronger"), ("weak", "weaker")),
    (("safe", "safer"), ("dangerous", "unsafe")),
    (("easy", "easier"), ("difficult", "hard", "harder")),
    (("true",), ("false", "untrue")),
    (("full",), ("empty",)),
    (
        ("favor", "favors", "favored", "favoring", "favour", "favours", "favoured", "favouring"),
        ("oppose", "opposes", "opposed", "opposing"),
    ),
    (("rarely", "seldom"), ("frequently", "often", "regularly", "routinely")),
    (("always",), ("never",)),
    # sides and bearings ("a left ankle sprain" / "a right ankle sprain", "north of the city")
    (("left",), ("right",)),
    (("north", "northern"), ("south", "southern")),
    (("east", "eastern"), ("west", "western")),
    # a bound turned round ("less than $5 billion" / "more than $5 billion"): the figures'
    # rule leaves sums alone (a sum is mostly a threshold), a sentence kept whole does not
    (("less", "fewer"), ("more",)),
    # ... and written without "than" ("paid under $5 million" / "paid over $5 million", "below
    # the industry average" / "above"): as a word put for its opposite in a sentence otherwise
    # kept, never the many other senses of "over" ("over the weekend"), which stay as they are
    (("under",), ("over",)),
    (("below",), ("above",)),
    # ... a verb of passing a figure against a bound below it ("unemployment exceeds 20 percent" /
    # "is below 20%")
    (("exceed", "exceeds", "exceeded", "exceeding"), ("below", "under")),
    # a stand taken turned round: "which voted against the 2021 law" / "which backed the 2021 law"
    (("against",), ("back", "backs", "backed", "backing", "support", "supports", "supported")),
    (("against",), ("favour", "favor")),  # "would vote against the offer" / "would vote in favour"
    (("dispute", "disputes", "disputed", "disputing"), ("back", "backs", "backed", "backing")),
    (("improve", "improves", "improved", "improving"), ("worsen", "worsens", "worsened", "worsening")),
    (("improve", "improves", "improved", "improving"), ("deteriorate", "deteriorates", "deteriorated")),
    # a decision turned round: a regulator's, a governor's, a chamber's, a court's
    (("approve", "approves", "approved", "approving"), ("block", "blocks", "blocked", "blocking")),
    # a regulator's or a chamber's clearance ("the regulator cleared the merger" / "blocked it")
    (("clear", "clears", "cleared", "clearing"), ("block", "blocks", "blocked", "blocking")),
    (("clear", "clears", "cleared", "clearing"), ("reject", "rejects", "rejected", "rejecting")),
    (("allow", "allows", "allowed", "allowing"), ("block", "blocks", "blocked", "blocking")),
    (("approve", "approves", "approved", "approving"), ("deny", "denies", "denied", "denying")),
    (("approve", "approves", "approved", "approving"), ("veto", "vetoes", "vetoed", "vetoing")),
    (("sign", "signs", "signed", "signing"), ("veto", "vetoes", "vetoed", "vetoing")),
    (("pass", "passes", "passed"), ("reject", "rejects", "rejected", "rejecting")),
    (("grant", "grants", "granted", "granting"), ("deny", "denies", "denied", "denying")),
    (("grant", "grants", "granted", "granting"), ("refuse", "refuses", "refused", "refusing")),
    (("permit", "permits", "permitted", "permitting"), ("ban", "bans", "banned", "banning")),
    (("permit", "permits", "permitted", "permitting"), ("forbid", "forbids", "forbade", "forbidden")),
    (("permit", "permits", "permitted", "permitting"), ("prohibit", "prohibits", "prohibited")),
    (("allow", "allows", "allowed", "allowing"), ("prohibit", "prohibits", "prohibited", "prohibiting")),
    # an activity started or stopped: a strike, a plant's output, a market
    (("begin", "begins", "began", "begun", "start", "starts", "started"), ("end", "ends", "ended")),
    (("resume", "resumes", "resumed", "resuming"), ("halt", "halts", "halted", "halting")),
    # ... an activity stopped or kept up ("would stop selling" / "would keep selling", ut321)
    (("stop", "stops", "stopped", "stopping"), ("keep", "keeps", "kept", "keeping")),
    (("stop", "stops", "stopped", "stopping"), ("continue", "continues", "continued", "continuing")),
    # ... a thing held on to or lost ("kept its seat" / "lost its seat")
    (("keep", "keeps", "kept", "keeping"), ("lose", "loses", "lost", "losing")),
    (("resume", "resumes", "resumed", "resuming"), ("suspend", "suspends", "suspended", "suspending")),
    (("reopen", "reopens", "reopened", "reopening"), ("close", "closes", "closed", "closing")),
    (("enter", "enters", "entered", "entering"), ("exit", "exits", "exited", "exiting")),
    (("join", "joins", "joined", "joining"), ("leave", "leaves", "left", "leaving")),
    # a rating, a rule, a pace, a count of jobs, a budget
    (("upgrade", "upgrades", "upgraded", "upgrading"), ("downgrade", "downgrades", "downgraded")),
    (("tighten", "tightens", "tightened", "tightening"), ("ease", "eases", "eased", "easing")),
    (
        ("tighten", "tightens", "tightened", "tightening"),
        ("loosen", "loosens", "loosened", "relax", "relaxed"),
    ),
    (("accelerate", "accelerates", "accelerated", "accelerating"), ("slow", "slows", "slowed", "slowing")),
    (("add", "adds", "added", "adding"), ("cut", "cuts", "cutting", "shed", "sheds", "shedding")),
    # a level that went up by itself against one cut ("fees have risen" / "fees have been cut"),
    # and one that went down against one raised
    (("rise", "rises", "rose", "risen", "rising"), ("cut", "cuts", "cutting")),
    (("fall", "falls", "fell", "fallen", "falling"), ("raise", "raises", "raised", "raising")),
    (("increase", "increases", "increased", "increasing"), ("cut", "cuts", "cutting")),
    (("boost", "boosts", "boosted", "boosting"), ("cut", "cuts", "cutting")),
    (("hike", "hikes", "hiked"), ("cut", "cuts", "cutting")),
    (("overestimate", "overestimated"), ("underestimate", "underestimated")),
    (("outperform", "outperformed"), ("underperform", "underperformed")),
    (("gain", "gains"), ("loss", "losses")),
    (("inflow", "inflows"), ("outflow", "outflows")),
    (("arrival", "arrivals"), ("departure", "departures")),
    (("inbound",), ("outbound",)),
    (("maximum",), ("minimum",)),
    (("temporary",), ("permanent",)),
    (("mandatory", "compulsory"), ("voluntary", "optional")),
    (("success", "successful"), ("failure", "unsuccessful")),
    # the two sides of one deal or one case, one put for the other
    (("buyer", "buyers"), ("seller", "sellers")),
    (("lender", "lenders"), ("borrower", "borrowers")),
    (("winner", "winners"), ("loser", "losers")),
    (("landlord", "landlords"), ("tenant", "tenants")),
    (("employer", "employers"), ("employee", "employees")),
    (("inside", "indoor", "indoors"), ("outside", "outdoor", "outdoors")),
    # a word and its negative form, the prefix of which no look-up of the table would find
    *(
        ((w,), (f"{pre}{w}",))
        for pre, words in (
            (
                "un",
                """vaccinated armed insured employed paid changed popular profitable available certain
                clear known prepared aware willing fair stable sustainable acceptable official
                identified expected lawful constitutional successful""",
            ),
            ("in", "effective accurate complete adequate sufficient consistent appropriate direct formal"),
            ("ir", "regular relevant responsible reversible"),
        )
        for w in words.split()
    ),
)
# a figure's direction: any verb of going up against any of going down ("decreased from 94
# percent" / "rose from 94 percent", "shrank" / "grew")
UP = (
    ("rise", "rises", "rose", "risen", "rising"),
    ("increase", "increases", "increased", "increasing"),
    ("grow", "grows", "grew", "grown", "growing"),
    ("climb", "climbs", "climbed", "climbing"),
    ("expand", "expands", "expanded", "expanding"),
    ("jump", "jumps", "jumped", "jumping"),
    ("surge", "surges", "surged", "surging"),
    ("soar", "soars", "soared", "soaring"),
    ("advance", "advances", "advanced", "advancing"),
    ("gain", "gains", "gained", "gaining"),
    ("rally", "rallies", "rallied", "rallying"),
    # a currency's or a price's move ("The krona has strengthened about 9%" / "has weakened by
    # about 9%", ut283)
    ("strengthen", "strengthens", "strengthened", "strengthening"),
)
DOWN = (
    ("fall", "falls", "fell", "fallen", "falling"),
    ("decrease", "decreases", "decreased", "decreasing"),
    ("decline", "declines", "declined"),
    ("drop", "drops", "dropped", "dropping"),
    ("shrink", "shrinks", "shrank", "shrunk", "shrinking"),
    ("contract", "contracted", "contracting"),
    ("slide", "slides", "slid", "sliding"),
    ("ease", "eases", "eased", "easing"),
    ("tumble", "tumbles", "tumbled", "tumbling"),
    ("plunge", "plunges", "plunged", "plunging"),
    ("sink", "sinks", "sank", "sinking"),
    ("slump", "slumps", "slumped", "slumping"),
    ("dip", "dips", "dipped", "dipping"),
    ("slip", "slips", "slipped", "slipping"),
    ("retreat", "retreats", "retreated", "retreating"),
    ("weaken", "weakens", "weakened", "weakening"),
)
# every form of every verb of moving either way ("rose", "fell", "climbing"), for a pattern of them
MOVE_WORDS = tuple(w for forms in UP + DOWN for w in forms)
# ... and each way's as a set, for the question which way a verb goes ("rose": up)
UP_WORDS = frozenset(w for forms in UP for w in forms)
DOWN_WORDS = frozenset(w for forms in DOWN for w in forms)
