#!/usr/bin/env python3
"""Helps keep translations/custos_es.ts complete.

  scripts/ts_tool.py export TS OUT.json [--contexts A,B]   unfinished messages as JSON
  scripts/ts_tool.py apply  TS IN.json                      fill translations from JSON
  scripts/ts_tool.py stats  TS                              counts per context

JSON: a list of {"context", "source", "comment", "numerus", "translation"}; for numerus
messages "translation" is a list of plural forms (Spanish: [singular, plural]).
Run `cmake --build build/default --target custos_lupdate` first to pick up new strings.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def key(context, msg):
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def export(ts, out, contexts=None):
    root = ET.parse(ts).getroot()
    items = []
    for context, msg in messages(root):
        tr = msg.find("translation")
        if contexts and context not in contexts:
            continue
        if tr is not None and tr.get("type") not in ("unfinished",):
            continue
        items.append({"context": context, "source": msg.findtext("source"), "comment": msg.findtext("comment") or "",
                      "numerus": msg.get("numerus") == "yes", "translation": [] if msg.get("numerus") == "yes" else ""})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    print(f"{len(items)} unfinished messages written to {out}")


def apply(ts, infile):
    with open(infile, encoding="utf-8") as f:
        items = json.load(f)
    table = {(i["context"], i["source"], i.get("comment", "")): i["translation"] for i in items}
    tree = ET.parse(ts)
    filled = 0
    for context, msg in messages(tree.getroot()):
        k = key(context, msg)
        if k not in table or not table[k]:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        value = table[k]
        if msg.get("numerus") == "yes":
            tr.text = None
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        tr.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with open(ts, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{filled} translations applied to {ts}")


def stats(ts):
    root = ET.parse(ts).getroot()
    counts = {}
    for context, msg in messages(root):
        tr = msg.find("translation")
        done = tr is not None and tr.get("type") != "unfinished"
        c = counts.setdefault(context, [0, 0])
        c[0 if done else 1] += 1
    for context, (done, todo) in sorted(counts.items()):
        print(f"{context:45} {done:4} done {todo:4} to do")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    cmd = sys.argv[1]
    if cmd == "export":
        ctxs = None
        if len(sys.argv) > 5 and sys.argv[4] == "--contexts":
            ctxs = set(sys.argv[5].split(","))
        export(sys.argv[2], sys.argv[3], ctxs)
    elif cmd == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif cmd == "stats":
        stats(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
