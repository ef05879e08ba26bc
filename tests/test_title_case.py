"""The one Title Case test (reader.textnorm.title_case) and the three bars its callers set."""

from __future__ import annotations

from reader.align.evidence import _title_case as aligner_title_case
from reader.clean import _title_case as cleaner_title_case
from reader.facts.capitals import title_cased as facts_title_case
from reader.textnorm import title_case


def test_the_share_of_capitalised_words_is_a_bar() -> None:
    words = ["Palin", "Appointee", "Under", "federal"]
    assert title_case(words, 0.75)
    assert not title_case(words, 0.8)
    assert not title_case([], 0.0)  # no words: no title case, whatever the bar


def test_small_words_do_not_count_but_the_line_needs_enough_words() -> None:
    small = frozenset({"in", "of"})
    assert title_case(["Suspect", "Arrested", "in", "Florida"], 1.0, small=small)
    assert not title_case(["Suspect", "arrested", "in", "Florida"], 1.0, small=small)
    assert not title_case(["Two", "Words"], 1.0, least=3)
    assert not title_case(["Mayor", "of", "in"], 1.0, least=3, small=small, least_big=2)


def test_each_caller_keeps_its_own_bar() -> None:
    # the cleaner: 80% of the words of four letters or more, at least three of them
    assert cleaner_title_case("Palin Appointee Under Federal indictment.")
    assert not cleaner_title_case("Palin Appointee Under federal indictment.")
    assert not cleaner_title_case("Now You Are Here")  # one word of four letters or more
    # the aligner: the share its settings give, one word is enough
    assert aligner_title_case("Earthquake", 0.6)
    assert not aligner_title_case("Earthquake strikes city", 0.6)
    # the fact layer: every word but the small ones, capitals included
    assert facts_title_case("Chick-fil-A Draws Huge Crowds")
    assert facts_title_case("FOR IMMEDIATE RELEASE")
    assert not facts_title_case("Chick-fil-A draws Huge Crowds")


def test_the_early_answer_of_the_fact_layer_agrees_with_the_whole_rule() -> None:
    # a lower-case word that is not a small one decides at once; the rule read in full agrees
    from reader.facts import capitals as d

    for text in [
        "Deputy's Alleged Killer Held",
        "Sheriff’ s Deputy Shot and Killed",
        "The sheriff’ s deputy was shot and killed",
        "FOR IMMEDIATE RELEASE",
        "Chick-fil-A Draws Huge Crowds",
        "Trump vs the Press",
        "a",
        "",
        "Élan Vital Returns to the Stage",
        "élan vital returns",
    ]:
        words = [w for w in d._WORD.findall(text) if w != "s"]
        whole = title_case(words, 1.0, least=3, small=d._HEADLINE_SMALL, least_big=2)
        assert d.title_cased(text) == whole, text
