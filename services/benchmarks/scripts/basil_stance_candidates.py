#!/usr/bin/env python3
"""Candidate claim/evidence sentence pairs from BASIL for hand-labelling stance.

For every event (triplet-uuid) of a BASIL folder and every ordered pair of its outlets
(A = claim article, B = evidence article), takes the sentences of A that look check-worthy
(at least 8 words, not a question, not a headline, not a quote fragment, and containing a
number, a date or a capitalised name) and prints the sentences of B most similar to each: the
top 2 by TF-IDF cosine over lowercase word tokens (idf over all sentences of the folder), kept
when the cosine is at least MIN_COSINE. Only offsets are printed, never article text.
Deterministic: no randomness; files and sentences are visited in sorted order, ties broken by
position. The hand labels in src/main/resources/basil-stance-labels.tsv were chosen from this list.
An article is named by its uuid; the two basil-dev articles whose uuid field reads "empty"
are named by their file name without ".json" (triplet-uuid_N) instead.

Run:  python3 basil_stance_candidates.py /path/to/basil-dev > candidates.tsv
      (the folder holds articles/*.json; offsets are 0-based into body-paragraphs)
Output columns (TSV with a header): claim_uuid, claim_paragraph, claim_sentence,
evidence_uuid, evidence_paragraph, evidence_sentence, cosine.
"""
import glob
import json
import os
import re
import sys
from collections import defaultdict

import numpy as np

MIN_COSINE = 0.2
TOP_K = 2
STOPWORDS = set("""a an and are as at be been but by for from had has have he her his i in is it its
of on or that the their they this to was were which who will with would not said says say""".split())
MONTHS = ("january february march april may june july august september october november december "
          "monday tuesday wednesday thursday friday saturday sunday").split()
NUMBER_WORDS = set("one two three four five six seven eight nine ten dozen hundred thousand million billion"
                   .split())
QUOTES = "\"“”‘’'"


def tokens(sentence):
    return [t for t in re.findall(r"[a-z0-9]+", sentence.lower()) if t not in STOPWORDS]


def unbalanced_quote(sentence):
    if sentence.count('"') % 2:
        return True
    opened = 0
    for c in sentence:
        if c == "“":
            opened += 1
        elif c == "”":
            if not opened:
                return True
            opened -= 1
    return opened > 0


def check_worthy(sentence):
    words = sentence.split()
    if len(words) < 8 or sentence.rstrip(QUOTES + " ").endswith("?"):
        return False
    # a quote fragment: it closes a quote opened in an earlier sentence, opens one it does not
    # close, or is a quotation with fewer than 3 words outside it; a photo credit is no claim either
    if unbalanced_quote(sentence) or "Credit" in sentence:
        return False
    if sum(w[:1].isupper() for w in words) > 0.7 * len(words):  # a headline in title case
        return False
    if sentence[0] in QUOTES:
        closing = max(sentence.rfind(q) for q in "\"”")
        if closing <= 0 or len(sentence[closing + 1:].split()) < 3:
            return False
    lower = [w.strip(".,;:()" + QUOTES).lower() for w in words]
    has_number = bool(re.search(r"\d", sentence)) or any(w in NUMBER_WORDS for w in lower)
    has_date = any(w in MONTHS for w in lower)
    has_name = any(w[:1].isupper() and w not in ("I", "I'm", "I’m")
                   for w in (w.strip("(" + QUOTES) for w in words[1:]))
    return has_number or has_date or has_name


def article_id(article, path):
    uuid = article.get("uuid", "empty")
    return os.path.basename(path)[:-len(".json")] if uuid == "empty" else uuid


def main(folder):
    articles = []
    for path in sorted(glob.glob(os.path.join(folder, "articles", "*.json"))):
        with open(path, encoding="utf-8") as f:
            article = json.load(f)
        article["uuid"] = article_id(article, path)
        articles.append(article)
    sentences = [(a["uuid"], p, s, text) for a in articles
                 for p, para in enumerate(a["body-paragraphs"]) for s, text in enumerate(para)]
    vocabulary = {}
    for _, _, _, text in sentences:
        for t in tokens(text):
            vocabulary.setdefault(t, len(vocabulary))
    counts = np.zeros((len(sentences), len(vocabulary)))
    for i, (_, _, _, text) in enumerate(sentences):
        for t in tokens(text):
            counts[i, vocabulary[t]] += 1
    idf = np.log((1 + len(sentences)) / (1 + (counts > 0).sum(axis=0))) + 1
    vectors = counts * idf
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1, norms)

    rows_of = defaultdict(list)
    for i, (uuid, _, _, _) in enumerate(sentences):
        rows_of[uuid].append(i)
    events = defaultdict(list)
    for a in articles:
        events[a["triplet-uuid"]].append(a)

    print("\t".join(["claim_uuid", "claim_paragraph", "claim_sentence",
                     "evidence_uuid", "evidence_paragraph", "evidence_sentence", "cosine"]))
    for event in sorted(events):
        outlets = sorted(events[event], key=lambda a: a["source"].lower())
        for claim_article in outlets:
            for evidence_article in outlets:
                if claim_article["source"].lower() == evidence_article["source"].lower():
                    continue
                evidence_rows = np.array(rows_of[evidence_article["uuid"]])
                for i in rows_of[claim_article["uuid"]]:
                    if not check_worthy(sentences[i][3]):
                        continue
                    cosines = vectors[evidence_rows] @ vectors[i]
                    order = np.argsort(-cosines, kind="stable")[:TOP_K]
                    for j in order:
                        if cosines[j] < MIN_COSINE:
                            break
                        e = sentences[evidence_rows[j]]
                        print("\t".join(map(str, sentences[i][:3] + e[:3])) + f"\t{cosines[j]:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
