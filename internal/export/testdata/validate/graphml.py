#!/usr/bin/python3
"""Read a GraphML file with networkx (as Gephi/Cytoscape users would) and
print what it holds as JSON: node and edge counts, per-type counts, and the
attribute names seen on nodes and edges. Exits 1 when networkx cannot read
it."""
import json
import sys
from collections import Counter

import networkx as nx


def main():
    g = nx.read_graphml(sys.argv[1])
    node_attrs, edge_attrs = set(), set()
    types = Counter()
    for _, d in g.nodes(data=True):
        node_attrs.update(d)
        types[d.get("type", "")] += 1
    etypes = Counter()
    for _, _, d in g.edges(data=True):
        edge_attrs.update(d)
        etypes[d.get("type", "")] += 1
    print(json.dumps({
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "nodeTypes": dict(sorted(types.items())),
        "edgeTypes": dict(sorted(etypes.items())),
        "nodeAttrs": sorted(node_attrs),
        "edgeAttrs": sorted(edge_attrs),
    }, sort_keys=True))


if __name__ == "__main__":
    main()
