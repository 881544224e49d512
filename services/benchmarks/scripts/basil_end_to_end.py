#!/usr/bin/env python3
"""BASIL's articles through the running pipeline (`make run`), and the verdicts they got.

  push DATA [INGEST]   posts every article of DATA/articles/*.json to ingest (default http://localhost:8081), oldest
                       first, as its outlet (nyt -> nytimes.com, fox -> foxnews.com, hpo -> huffingtonpost.com) with
                       its publication day at noon UTC
  report [QUERY] [LABEL ...]
                       counts the verdicts of those outlets' claims per label (default http://localhost:8080) and
                       prints every claim of the labels named (default CONTRADICTED and DISPUTED) with its
                       explanation and evidence, for reading

The article text is third-party: it goes to the local pipeline only, and the report prints to the terminal.
"""
import glob
import json
import os
import sys
import urllib.parse
import urllib.request

OUTLETS = {"nyt": "nytimes.com", "fox": "foxnews.com", "hpo": "huffingtonpost.com"}
LABELS = ["VERIFIED_BY_REFERENCE", "CORROBORATED", "SINGLE_SOURCE", "CONTRADICTED", "DISPUTED",
          "INSUFFICIENT_EVIDENCE", "PENDING"]


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def push(data, ingest):
    articles = [json.load(open(path)) for path in sorted(glob.glob(os.path.join(data, "articles", "*.json")))]
    articles.sort(key=lambda article: (article["date"], article["triplet-uuid"], article["source"]))
    for article in articles:
        body = "\n\n".join(" ".join(sentence.strip() for sentence in paragraph)
                           for paragraph in article["body-paragraphs"])
        submission = {"url": article["url"], "title": article["title"].strip(), "body": body,
                      "outlet": OUTLETS[article["source"].lower()], "publishedAt": article["date"] + "T12:00:00Z"}
        request = urllib.request.Request(ingest + "/articles", data=json.dumps(submission).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            print(article["source"].lower(), article["date"], json.load(response)["id"])


def claims(query, label, outlet):
    found, page = [], 0
    while True:
        params = urllib.parse.urlencode({"label": label, "outlet": outlet, "size": 100, "page": page})
        answer = get(f"{query}/claims?{params}")
        found += answer["claims"]
        page += 1
        if page * 100 >= answer["total"]:
            return answer["total"], found


def report(query, shown):
    totals = {label: 0 for label in LABELS}
    flagged = []
    for outlet in OUTLETS.values():
        for label in LABELS:
            total, found = claims(query, label, outlet)
            totals[label] += total
            if label in shown:
                flagged += found
    all_claims = sum(totals.values())
    print(f"{all_claims} claims of {', '.join(OUTLETS.values())}")
    for label, count in totals.items():
        print(f"  {label:22} {count:5}  {100 * count / max(all_claims, 1):5.1f}%")
    for claim in flagged:
        article = get(f"{query}/articles/{claim['articleId']}/report")
        detail = next(c for c in article["claims"] if c["id"] == claim["claimId"])
        print(f"\n{detail['verdict']['label']}  {claim['outlet']}  {claim['claimId']}\n  claim: {detail['text']}"
              f"\n  why:   {detail['verdict']['explanation']}")
        for item in detail["evidence"]:
            print(f"  - {item['stance']} ({item.get('basis')}, {item.get('reason')}) {item['outlet']}: {item['snippet']}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "push":
        push(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "http://localhost:8081")
    elif len(sys.argv) >= 2 and sys.argv[1] == "report":
        report(sys.argv[2] if len(sys.argv) > 2 else "http://localhost:8080",
               sys.argv[3:] or ["CONTRADICTED", "DISPUTED"])
    else:
        sys.exit(__doc__)
