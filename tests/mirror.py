"""Checking a rule over two articles (or two sentences) both ways round: swapping them swaps the
sides."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader import compare
from reader.facts import cross_conflicts, differences, extract_document
from reader.facts.compare_numbers import QUANTITY_LABELS
from reader.facts.negation import negation_diffs
from reader.model import Fact

Found = list[tuple[int, int, str, str]]
Rule = Callable[[Sequence[str], Sequence[str]], Found]


def both_ways(run: Rule, left: list[str], right: list[str]) -> Found:
    """``run(left, right)`` (each finding: left sentence, right sentence, left span, right span),
    after checking that ``run(right, left)`` finds the same with the sides swapped."""
    there, back = run(left, right), run(right, left)
    assert sorted((b, a, y, x) for a, b, x, y in back) == sorted(there)
    return there


def cross_of_kind(kind: str) -> Rule:
    """The rule "conflicts of ``kind`` across two whole articles" (reader.facts.cross_conflicts);
    a fact's kind ("money") is reported with its label ("amount"), as in a link."""
    label = QUANTITY_LABELS.get(kind, kind)  # type: ignore[call-overload]

    def run(left: Sequence[str], right: Sequence[str]) -> Found:
        got = cross_conflicts(extract_document(left), extract_document(right), left, right)
        return [(x, y, d.left, d.right) for x, y, d in got if d.kind == label]

    return run


def facts_of(text: str) -> list[Fact]:
    """The facts of one sentence, as a document of one sentence reads them."""
    return extract_document([text])[0]


def notes(a: str, b: str) -> list[str]:
    """The notes of the differences of sentence ``a`` against ``b``, after checking that ``b``
    against ``a`` finds the same differences with the sides swapped."""
    ab = differences(facts_of(a), facts_of(b), a, b)
    ba = differences(facts_of(b), facts_of(a), b, a)
    assert sorted((d.right, d.left) for d in ba) == sorted((d.left, d.right) for d in ab)
    return [d.note for d in ab]


def negations(a: str, b: str) -> list[tuple[str, str]]:
    """The spans of the negations of sentence ``a`` against ``b`` (reader.facts.negation), after
    checking that ``b`` against ``a`` finds the same with the sides swapped."""
    got = [(d.left, d.right) for d in negation_diffs(a, b)]
    assert [(d.right, d.left) for d in negation_diffs(b, a)] == got
    return got


def flags(left: str, right: str) -> list[tuple[str, str, str]]:
    """The conflicts ``reader.compare`` shows for two sentences (kind, left span, right span),
    after checking that the sides swapped show the same."""

    def shown(a: str, b: str) -> list[tuple[str, str, str]]:
        return [
            (x.difference.kind, x.difference.left, x.difference.right) for x in compare(a, b).disagreements()
        ]

    there = shown(left, right)
    assert sorted((k, b, a) for k, a, b in shown(right, left)) == sorted(there)
    return there
