#!/usr/bin/env python3
"""Fills unfinished messages of translations/*.ts from the glossary in translations/glossary.json.

Run after `cmake --build build --target sbgui_lupdate`; Qt Linguist remains the tool for real
translation work. A glossary value that is a list gives the plural forms of a %n message. A message that the glossary lacks stays unfinished (English at run time).
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
glossary = json.loads((root / "translations" / "glossary.json").read_text(encoding="utf-8"))
missing = 0
for ts in sorted((root / "translations").glob("switchboard_*.ts")):
    lang = ts.stem.split("_", 1)[1]
    table = glossary.get(lang, {})
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in table:
            value = table[src]
            if isinstance(value, list):  # plural forms, in the language's numerus order
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished":
            missing += 1
            print(f"{ts.name}: no translation for {src!r}", file=sys.stderr)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                   '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    ts.write_text(text, encoding="utf-8")
sys.exit(0)
