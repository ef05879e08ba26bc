"""Facts: typed values in sentences, and the decision of what is a discrepancy.

Two accounts of one event are compared by the facts they state, not by their wording:
"Dec. 10, 2012" and "10 December 2012" are one date, "30 days" and "a 30-day period" one
duration, "NSA" and "National Security Agency" one name.  We extract numbers, money,
percentages, durations, ages, ordinals, times, dates, years, days, names and quotes with
a normalised value and their exact span, so that a discrepancy can point at the smallest
conflicting words ("13 months" / "30-day period") and an equivalent wording is never
reported.

Design choices, and why:

* Everything is precompiled regular expressions, small tables and cheap pre-checks
  (``"%" in text``, one digit search): the layer also runs over 62,000 Bible verses, so the
  cost of a sentence without numbers must stay at a few microseconds.  No model is needed.
* Quantities compare as *intervals*, not points: "less than four months" is [0, 4 months],
  "about 70 million" is +-20 %, "70 million" covers the rounding of "70.3 million".  Two
  facts agree when their intervals meet, which makes the decision symmetric and keeps
  equivalent or merely vaguer wordings from ever being reported.
* A conflict needs the *same slot* on both sides: numbers must count the same thing
  (a shared noun or verb: "killed 12 people" / "killed 15 people"), money the same
  currency, dates and durations are paired only when each side has one left unexplained.
  A fact only one side states is a unique detail, never a conflict.
* Names are compared word by word for near spellings ("Rifkin"/"Rivkin"), after folding
  accents and removing word forms ("Mexico"/"Mexican").  :func:`extract_document` notes for
  each name word the near spellings used elsewhere in the same article, so two different
  people with similar names (both spellings on both sides) are never reported.

What a fact carries beyond its value is in typed fields of :class:`reader.model.Fact`
(``bound``, ``resolution``, ``context``, ``year_inferred``, ``alternatives``,
``speaker``...), each documented where it is declared.

Where things are (each module says more in its docstring):

=====================  ==============================================================
``tables``             how facts are written: number words, qualifiers, units, patterns
``namewords``          what a name is made of: tokens, titles, the person, initials
``values``, ``spans``  typed access to ``Fact.value``; the spans scanners have taken
``extract_numbers``    finding numbers, money, percentages, ordinals
``extract_temporal``   finding dates, days, times, durations, ages
``extract_names``      finding names
``extract_quotes``     finding quotes and their speakers
``sentence``           :func:`extract`: one sentence, pre-checks and scanner order
``document``           :func:`extract_document`: years, speakers, spellings in context
``keys``               :func:`keys`: fact tokens for the aligner
``compare_numbers``    when quantities conflict (intervals, slots, equal hedges), vote tallies
``bounds_turned``      a claimed count above a figure on one side, below it on the other
``compare_temporal``   when dates, years, times, weekdays conflict (of one event only)
``relative_spans``     "next week" / "next month" of one event
``compare_names``      when a name is spelled two ways (:func:`name_variants`); not a
                       romanisation (:func:`reader.spelling.transliteration`)
``surname_particles``  a surname's particles written apart or joined ("Del Giudice" / "DelGiudice")
``compare_quotes``     when the same words have different speakers, or one quotation
                       is worded two ways
``discrepancies``      :func:`differences`, :func:`unique_details` for one link; running
                       totals vs one occasion; days, durations, years of one act only
``negation``           a sentence and its negation (what is no denial, and why)
``negation_rewrite``   a rewrite that only adds or drops a negation, every other word the same
``negation_kept``      a negation that denies nothing: a plea against a verdict, a degree ("not old enough")
``court_outcomes``     a verdict or a plea told both ways, of one charge, in a rewrite
``conversions``        a sum converted beside another: "30,000 yen ($200)" / "30,000 yen ($2,000)"
``twin_values``        the one value of a kind in a sentence told twice ("on 8 December" / "on 18 December")
``labelled_numbers``   a number named by the word before it: "Category 4" / "Category 3"
``ranges``             two ranges of one thing that do not meet: "10 to 12 days" / "7 to 9 days"
``choice_turned``      the thing chosen and the one passed over, turned round in words
``chosen_figures``     the figure chosen and the one passed over, swapped ("6,000 instead of 4,500")
``figure_parts``       a count told by the rest of a whole both sides state ("15 short of the 54")
``part_sums``          one part of a whole told two ways, or parts that no longer add up to it
``reported_speakers``  reported speech given to another person ("Carvalho said ..." / "Ferreira said ...")
``pronoun_speakers``   a quote given to "he" and to a person the article names only far off
``figure_moves``       one figure told going up on one side and down on the other
``qualifier_words``    the words just before a figure that bound or hedge it, and those that only look so
``hedges``             the words that bound or hedge a figure; a bound told with another unit or scale
``move_ends``          the end or base of one move told two ways ("from 41 to 29" / "from 41 to 26")
``language_words``     a word of the language, not a name ("Partly" / "Party")
``contractions``       a contraction printed apart ("didn’ t"), read joined, spans as written
``gate``               which conflicts to show: evidence both values measure one thing
``one_statement``      a negation's act, denied and stated, one verb of one object and one subject
``gate_holders``       whose figure it is and of what: holder, part, rate, noun counted
``gate_weak``          a weak passage: two facts of one story side by side (days, ordinals, people)
``appositions``        an age in apposition ("Smith, 54,"), and whose age an age is
``scale_slip``         one figure with two scale words ("$5 million" / "$5 billion")
``pairing``            :func:`cross_conflicts`: facts of two whole articles about one thing
``pairing_items``      what one fact is about (its slot), for pairing it across the articles
``pairing_agree``      whether two facts about one thing can both be true of it
``pairing_counts``     one thing counted under two names: a crowd, "engines" / "appliances"
``pairing_claims``     a claim one article states as done and the other denies
``pairing_weapons``    the kind of weapon of an attack, told two ways
``pairing_party``      the party of a politician, told two ways ("(R-CT)" / "D-Conn.")
``pairing_family``     a parent's count of children, told two ways ("mother of 13" / "her 12")
``pairing_terms``      one person's prison term, suspension or ban, told two ways
``pairing_stats``      one player's statistic of a game, told two ways ("scored 14 points" / "had 12")
``pairing_sums``       a sum of money of one named thing, told two ways ("the $732 billion bill")
``pairing_kin``        which of two relatives is the elder, told two ways ("older sister" / "younger")
``pairing_titles``     two people's offices traded across the articles (CEO and chairman swapped)
=====================  ==============================================================

Shared word lists are in :mod:`reader.lang`; folding and the near-spelling rule in
:mod:`reader.textnorm`.
"""

from __future__ import annotations

from reader.facts.compare_names import name_variants, one_bearer, slip_of
from reader.facts.compare_quotes import shown_once
from reader.facts.discrepancies import differences, unique_details
from reader.facts.document import extract_document
from reader.facts.gate import credible
from reader.facts.keys import keys
from reader.facts.namewords import name_tokens, same_name
from reader.facts.pairing import cross_conflicts
from reader.facts.sentence import extract
from reader.lang import MONTHS, WEEKDAYS
from reader.textnorm import fold

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "credible",
    "cross_conflicts",
    "differences",
    "extract",
    "extract_document",
    "fold",
    "keys",
    "name_tokens",
    "name_variants",
    "one_bearer",
    "same_name",
    "shown_once",
    "slip_of",
    "unique_details",
]
