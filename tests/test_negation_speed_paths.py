"""The negation rules' fast paths read exactly what their plain paths read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.facts import negation_tokens
from reader.textnorm import fold

# words and marks of news text: ASCII, curly quotes and dashes (which fold in place) and
# letters that do not (accents, a dotted capital I, a combining accent)
_WORDS = st.sampled_from(
    [
        "The",
        "minister",
        "did",
        "not",
        "attend",
        "didn’t",
        "İzmir",
        "Calderón",
        "cafe\u0301",
        "“",
        "”",
        "—",
        ",",
        "US",
        "can't",
    ]
)


def _plain_tokens(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    found = [(m, f) for m in negation_tokens._TOKEN.finditer(text) if (f := fold(m.group()))]
    return [(m.start(), m.end(), f) for m, f in found], [m.group() for m, _ in found]


@given(st.lists(_WORDS, max_size=12).map(" ".join))
def test_tokens_fold_as_each_word_folds(text: str) -> None:
    assert negation_tokens.read_tokens.__wrapped__(text) == _plain_tokens(text)


def test_a_text_with_only_typographic_marks_takes_the_fast_path_with_the_same_tokens() -> None:
    text = "“The council didn’t approve the plan — not yet,” she said."
    toks, raw = negation_tokens.read_tokens.__wrapped__(text)
    assert [w for _, _, w in toks][:5] == ["“", "the", "council", "didn't", "approve"]
    assert raw[3] == "didn’t" and (toks, raw) == _plain_tokens(text)
