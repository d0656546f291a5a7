#!/usr/bin/env python3
"""The fifty-first planted set: planted errors and controls on clean52/, passages no rule was ever tuned on.

The passages of clean52/ were collected after every other folder and the edits were chosen by reading them, before
any tool was run on them, so this set measures recall on text the relations have never seen. The edits are data,
one JSON object a line in edits51/*.jsonl beside this script, written as planted.py's (id, doc, find, replace,
relation, why; a control has relation null), and this script rebuilds the set from the passages:

    python tests/corpus/real/planted51.py OUTDIR

writes OUTDIR/<id>.txt and OUTDIR/manifest.jsonl exactly as planted.py does. A passage is looked up in clean52/; an
edit of a passage that the folder's README keeps aside (under its "## Aside" heading) is refused. Standard library
only.
"""
import sys

from planted2 import build

FOLDERS = ("clean52",)


def main(argv):
    build(argv, "edits51", FOLDERS, "planted51.py")


if __name__ == "__main__":
    main(sys.argv)
