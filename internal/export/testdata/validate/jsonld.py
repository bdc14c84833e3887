#!/usr/bin/python3
"""Expand a JSON-LD file to RDF (N-Quads on stdout) with pyld, with a
document loader that refuses every fetch: the @context must be embedded.
Exits 1 with the processor's error on stderr."""
import json
import sys

from pyld import jsonld


def no_network(url, options=None):
    raise jsonld.JsonLdError("remote context fetch attempted: " + url, "loading document failed")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    jsonld.set_document_loader(no_network)
    nq = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    sys.stdout.write(nq)


if __name__ == "__main__":
    main()
