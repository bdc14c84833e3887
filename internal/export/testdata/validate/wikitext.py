#!/usr/bin/python3
"""Validate franchisekg wikitext pages with mwparserfromhell.

usage: wikitext.py FILE FORM SPEC_JSON
  FORM: snippets | pagefromfile | json
  SPEC_JSON: {"film": {"template": "Infobox film", "params": [...]},
              "character": {...}, "reflist": "Reflist"}
Checks per page: every template and <ref> closed (no stray '{{', '}}',
'<ref' in text), each ref name defined once, every <ref name=... /> refers
to a defined name and every defined name is used, the infobox has every
parameter of the spec, and the reflist template is present. Prints
{"pages": N, "refs": M, "templates": T} as JSON; exits 1 with one line per
problem on stderr.
"""
import json
import re
import sys

import mwparserfromhell


def pages(text, form):
    if form == "json":
        for line in text.splitlines():
            if line.strip():
                p = json.loads(line)
                yield p["title"], p["wikitext"]
    elif form == "pagefromfile":
        for m in re.finditer(r"\{\{-start-\}\}\n'''(.*?)'''\n(.*?)\{\{-stop-\}\}", text, re.S):
            yield m.group(1), m.group(2)
        if text.count("{{-start-}}") != text.count("{{-stop-}}"):
            yield None, "unbalanced {{-start-}}/{{-stop-}}"
    else:
        parts = re.split(r"^<!-- franchisekg page [^\n]*-->\n", text, flags=re.M)
        heads = re.findall(r"^<!-- franchisekg page ([^\n]*)-->\n", text, flags=re.M)
        for head, body in zip(heads, parts[1:]):
            yield head.strip(), body


def check(title, body, spec, problems, stats):
    if title is None:
        problems.append(body)
        return
    code = mwparserfromhell.parse(body)
    for node in code.filter_text(recursive=True):
        v = str(node)
        for bad in ("{{", "}}", "<ref", "</ref"):
            if bad in v:
                problems.append(f"{title}: unclosed or stray {bad!r} in {v[:60]!r}")
    defined, used = {}, set()
    for tag in code.filter_tags(recursive=True):
        if str(tag.tag).strip().lower() != "ref":
            continue
        stats["refs"] += 1
        name = str(tag.get("name").value).strip() if tag.has("name") else None
        if tag.self_closing:
            if name is None:
                problems.append(f"{title}: <ref /> without a name")
            else:
                used.add(name)
            continue
        if tag.closing_tag is None or str(tag.closing_tag).strip().lower() != "ref":
            problems.append(f"{title}: <ref> not closed")
        if name is not None:
            if name in defined:
                problems.append(f"{title}: ref name {name!r} defined twice")
            defined[name] = True
            used.add(name)
        if not tag.contents.filter_templates():
            problems.append(f"{title}: ref {name!r} has no citation template")
    for name in used:
        if name not in defined:
            problems.append(f"{title}: <ref name={name!r} /> refers to no definition")
    templates = code.filter_templates(recursive=True)
    stats["templates"] += len(templates)
    names = [str(t.name).strip() for t in templates]
    kind = None
    for k in ("film", "character"):
        if spec[k]["template"] in names:
            kind = k
    if kind is None:
        problems.append(f"{title}: no infobox ({spec['film']['template']!r} or {spec['character']['template']!r})")
        return
    box = next(t for t in templates if str(t.name).strip() == spec[kind]["template"])
    for p in spec[kind]["params"]:
        if not box.has(p):
            problems.append(f"{title}: infobox parameter {p!r} missing")
    if defined and spec["reflist"] not in names:
        problems.append(f"{title}: refs but no {{{{{spec['reflist']}}}}}")


def main():
    path, form, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    problems, stats = [], {"pages": 0, "refs": 0, "templates": 0}
    for title, body in pages(text, form):
        stats["pages"] += 1
        check(title, body, spec, problems, stats)
    if stats["pages"] == 0:
        problems.append("no pages found")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
