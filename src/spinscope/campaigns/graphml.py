"""The outlet network as GraphML, for Gephi, Cytoscape or ``networkx.read_graphml``.

Nodes are outlets (attributes: documents, community, campaigns as a comma-separated list); edges
are undirected, weighted by the number of stories two outlets co-published, with one count per
signal. Written with the standard library so no graph package is needed at run time.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from spinscope.campaigns.options import SIGNALS
from spinscope.campaigns.records import Detection

_KEYS = [
    ("documents", "node", "int"), ("community", "node", "int"), ("campaigns", "node", "string"),
    ("weight", "edge", "int"),
    *((f"signal_{name}", "edge", "int") for name in SIGNALS),
]


def to_graphml(result: Detection) -> str:
    """GraphML text of the detection's outlet network."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name, scope, kind in _KEYS:
        lines.append(f'  <key id="{name}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>')
    lines.append('  <graph id="outlets" edgedefault="undirected">')
    for outlet, node in result.nodes.items():
        lines.append(f"    <node id={quoteattr(outlet)}>")
        lines.append(f'      <data key="documents">{int(node["documents"])}</data>')
        if node["community"] is not None:
            lines.append(f'      <data key="community">{int(node["community"])}</data>')
        lines.append(f'      <data key="campaigns">{escape(",".join(node["campaigns"]))}</data>')
        lines.append("    </node>")
    for (a, b), edge in result.edges.items():
        lines.append(f"    <edge source={quoteattr(a)} target={quoteattr(b)}>")
        lines.append(f'      <data key="weight">{int(edge["weight"])}</data>')
        for name, label in SIGNALS.items():
            if edge["signals"].get(label):
                lines.append(f'      <data key="signal_{name}">{int(edge["signals"][label])}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"
