#!/usr/bin/env python3
"""The third planted set: planted errors and controls on clean4/, passages no rule was ever tuned on.

The passages of clean4/ were collected after every other folder and the edits were chosen by reading them, before
any tool was run on them, so this set measures recall on text the relations have never seen. The edits are data,
one JSON object a line in edits3/*.jsonl beside this script, written as planted.py's (id, doc, find, replace,
relation, why; a control has relation null), and this script rebuilds the set from the passages:

    python tests/corpus/real/planted3.py OUTDIR

writes OUTDIR/<id>.txt and OUTDIR/manifest.jsonl exactly as planted.py does. A passage is looked up in clean4/; an
edit of a passage that the folder's README keeps aside (under its "## Aside" heading) is refused. Standard library
only.
"""
import os
import sys

from planted import check_edits, edit_batches, write_set
from planted2 import aside

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ("clean4",)


def passage_path(doc):
    for folder in FOLDERS:
        path = os.path.join(HERE, folder, doc)
        if os.path.exists(path):
            if doc in aside(folder):
                sys.exit(f"planted3.py: {doc} is kept aside in {folder}/README.md; it must not be edited")
            return path
    sys.exit(f"planted3.py: {doc}: no such passage in {' or '.join(FOLDERS)}")


def apply(edit):
    with open(passage_path(edit["doc"]), encoding="utf-8") as f:
        text = f.read()
    n = text.count(edit["find"])
    if n != 1:
        sys.exit(f"planted3.py: {edit['id']}: find {edit['find']!r} occurs {n} times in {edit['doc']}")
    start = text.index(edit["find"])
    return text[:start] + edit["replace"] + text[start + len(edit["find"]):], start, start + len(edit["replace"])


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: python tests/corpus/real/planted3.py OUTDIR")
    edits = edit_batches("edits3", "planted3.py")
    check_edits(edits)
    write_set(edits, apply, argv[1])


if __name__ == "__main__":
    main(sys.argv)
