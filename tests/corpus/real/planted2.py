#!/usr/bin/env python3
"""The second development planted set: planted errors and controls on the tuning parts of clean/ and clean2/.

The passages of clean/ and clean2/ were used to remove false alarms, never to find planted errors, so the
consistency relations were never tuned to their forms for recall. The edits are data, one JSON object a line in
edits2/*.jsonl beside this script, written as planted.py's (id, doc, find, replace, relation, why; a control has
relation null), and this script rebuilds the set from the passages:

    python tests/corpus/real/planted2.py OUTDIR

writes OUTDIR/<id>.txt and OUTDIR/manifest.jsonl exactly as planted.py does. A passage is looked up in clean/ and
clean2/; an edit of a passage that a folder's README keeps aside (under its "## Aside" heading) is refused, so
that the aside parts stay unread. Standard library only.
"""
import os
import re
import sys

from planted import check_edits, edit_batches, write_set

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ("clean", "clean2")


def aside(folder):
    """The passages a clean folder's README keeps aside: the names listed under its "## Aside" heading."""
    with open(os.path.join(HERE, folder, "README.md"), encoding="utf-8") as f:
        section = f.read().split("## Aside", 1)[1].split("\n## ", 1)[0]
    return {name + ".txt" for name in re.findall(r"\b(?:zh|en)_[a-z]+_\d+\b", section)}


def passage_path(doc, folders=FOLDERS, script="planted2.py"):
    """Where a passage of ``folders`` is; a passage one of their READMEs keeps aside is refused."""
    for folder in folders:
        path = os.path.join(HERE, folder, doc)
        if os.path.exists(path):
            if doc in aside(folder):
                sys.exit(f"{script}: {doc} is kept aside in {folder}/README.md; it must not be edited")
            return path
    sys.exit(f"{script}: {doc}: no such passage in {' or '.join(folders)}")


def applier(folders=FOLDERS, script="planted2.py"):
    """The edit function of a set whose passages are in ``folders``: (edited text, start, end of the replacement)."""
    def apply(edit):
        with open(passage_path(edit["doc"], folders, script), encoding="utf-8") as f:
            text = f.read()
        n = text.count(edit["find"])
        if n != 1:
            sys.exit(f"{script}: {edit['id']}: find {edit['find']!r} occurs {n} times in {edit['doc']}")
        start = text.index(edit["find"])
        return text[:start] + edit["replace"] + text[start + len(edit["find"]):], start, start + len(edit["replace"])
    return apply


def build(argv, edits_folder="edits2", folders=FOLDERS, script="planted2.py"):
    """Rebuild a planted set: the edits of ``edits_folder`` applied to the passages of ``folders``."""
    if len(argv) != 2:
        sys.exit(f"usage: python tests/corpus/real/{script} OUTDIR")
    edits = edit_batches(edits_folder, script)
    check_edits(edits)
    write_set(edits, applier(folders, script), argv[1])


def main(argv):
    build(argv)


if __name__ == "__main__":
    main(sys.argv)
