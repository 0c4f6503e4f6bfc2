"""A spaCy component that starts a sentence after every line break.

Flattened news pages put headlines, captions, bullets and paragraphs on lines of their own,
often without a full stop; the statistical parser would glue them into one long "sentence".
Runs before the parser, which keeps the boundaries it is given. Costs one pass over the tokens.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

NAME = "dragoman_lines"


@Language.component(NAME)
def split_lines(doc: Any) -> Any:
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = False
    return doc


# abbreviated honorifics and ranks the tokenizer would split at the full stop ("Hon. X" ends no sentence)
ABBREVIATIONS = ("Hon.", "Amb.", "Lt.", "Col.", "Capt.", "Maj.", "Sgt.", "Cmdr.", "Brig.", "Engr.", "Rt.", "Supt.",
                 "Insp.", "Cdr.", "Pres.")


def add_line_breaks(nlp: Any) -> None:
    """Insert the component before the parser (or first) unless it is there already; teach the tokenizer
    the abbreviated honorifics."""
    if NAME in nlp.pipe_names:
        return
    from spacy.symbols import ORTH

    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    else:
        nlp.add_pipe(NAME, first=True)
