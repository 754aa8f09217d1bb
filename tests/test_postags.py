"""The look-up tagger agrees with the model's own attribute ruler, token for token."""

from __future__ import annotations

import json

import spacy
from conftest import ROOT
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from diplograph.extract.pipeline import MODEL
from diplograph.extract.postags import rules_from_patterns


def test_coarse_tags_match_the_models_ruler_on_project_articles() -> None:
    nlp = spacy.load(MODEL, exclude=["lemmatizer", "ner"])
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    rules = rules_from_patterns(ruler.patterns)
    lines = (ROOT / "data" / "eval" / "project-articles.jsonl").read_text("utf-8")
    texts = [json.loads(line)["text"] for line in lines.splitlines()]
    # Whitespace tokens, "there is", "that"/WDT, auxiliaries and "but"/advmod all occur.
    texts.append("There is no doubt that\n\n it was done, but   he did not know. Nobody came.")
    compared = 0
    with nlp.select_pipes(disable=["attribute_ruler"]):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        theirs, ours = ruler(doc.copy()), rules(doc.copy())
        for a, b in zip(theirs, ours, strict=True):
            assert (a.pos_, a.tag_, a.dep_) == (b.pos_, b.tag_, b.dep_), (a.text, a.i)
            compared += 1
    assert compared > 8_000


def test_the_extraction_pipeline_uses_the_look_up_tagger(nlp: Language) -> None:
    assert "attribute_ruler" not in nlp.pipe_names
    assert "diplograph_pos" in nlp.pipe_names
    doc = nlp("Prime Minister Kakar met the ambassadors of Oman and Iraq.")
    assert [t.pos_ for t in doc][:4] == ["PROPN", "PROPN", "PROPN", "VERB"]
