#!/usr/bin/env python3
"""Lists and fills the desk's unfinished translations (see translations/README.md).

  translations/ts-tool.py pending              what is left to translate, per language
  translations/ts-tool.py export > todo.json   the same as JSON to fill in
  translations/ts-tool.py apply todo.json      writes the filled-in translations, marked finished

The JSON maps language → context → English source → translation; a string with a count (%n)
takes a list with one text per plural form (Arabic 6, Chinese 1, the others 2: singular, plural).
Run the update_translations target first so new strings of the sources are in the .ts files.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLURAL_FORMS = {"ar": 6, "zh_CN": 1}


def ts_files():
    return sorted(HERE.glob("jack_*.ts"))


def language_of(path):
    return path.stem[len("jack_"):]


def unfinished(path):
    """(context, source, numerus) of every entry not yet translated."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            texts = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            if kind == "unfinished" or not any(t.strip() for t in texts):
                yield name, message.findtext("source"), message.get("numerus") == "yes"


def pending():
    total = 0
    for path in ts_files():
        entries = list(unfinished(path))
        total += len(entries)
        print(f"{path.name}: {len(entries)} unfinished")
        for context, source, numerus in entries:
            print(f"  [{context}] {source!r}" + ("  (plural)" if numerus else ""))
    return 1 if total else 0


def export():
    todo = {}
    for path in ts_files():
        language = language_of(path)
        forms = PLURAL_FORMS.get(language, 2)
        for context, source, numerus in unfinished(path):
            todo.setdefault(language, {}).setdefault(context, {})[source] = \
                [""] * forms if numerus else ""
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def apply(json_path):
    todo = json.loads(Path(json_path).read_text(encoding="utf-8"))
    for path in ts_files():
        language = language_of(path)
        wanted = todo.get(language, {})
        if not wanted:
            continue
        tree = ET.parse(path)
        done = 0
        for context in tree.getroot().iter("context"):
            texts = wanted.get(context.findtext("name"), {})
            for message in context.iter("message"):
                text = texts.get(message.findtext("source"))
                if not text:
                    continue
                translation = message.find("translation")
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    forms = text if isinstance(text, list) else [text]
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text[0] if isinstance(text, list) else text
                translation.attrib.pop("type", None)
                done += 1
        write(tree, path)
        print(f"{path.name}: {done} translations written")
    return 0


def write(tree, path):
    # Written the way lupdate writes, so the next update_translations changes nothing.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


if __name__ == "__main__":
    commands = {"pending": pending, "export": export}
    if len(sys.argv) == 3 and sys.argv[1] == "apply":
        sys.exit(apply(sys.argv[2]))
    if len(sys.argv) == 2 and sys.argv[1] in commands:
        sys.exit(commands[sys.argv[1]]())
    print(__doc__, file=sys.stderr)
    sys.exit(2)
