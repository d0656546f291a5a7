#!/usr/bin/env python3
"""The fiftieth planted set: planted errors and controls on clean51/, passages no rule was ever tuned on.

The passages of clean51/ were collected after every other folder and the edits were chosen by reading them, before
any tool was run on them, so this set measures recall on text the relations have never seen. The edits are data,
one JSON object a line in edits50/*.jsonl beside this script, written as planted.py's (id, doc, find, replace,
relation, why; a control has relation null), and this script rebuilds the set from the passages:

    python tests/corpus/real/planted50.py OUTDIR

writes OUTDIR/<id>.txt and OUTDIR/manifest.jsonl exactly as planted.py does. A passage is looked up in clean51/; an
edit of a passage that the folder's README keeps aside (under its "## Aside" heading) is refused. Standard library
only.
"""
import sys

from planted2 import build

FOLDERS = ("clean51",)


def main(argv):
    build(argv, "edits50", FOLDERS, "planted50.py")


if __name__ == "__main__":
    main(sys.argv)
