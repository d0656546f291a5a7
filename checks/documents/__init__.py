"""Documents: the first stage. Takes paths (files, folders, JSONL corpora, ``-`` for standard input); gives
decoded :class:`Document`s and, for what cannot be read, :class:`DocumentError`s naming the file (and line)."""

from checks.documents.decode import UndecodableError, decode
from checks.documents.model import Document, DocumentError
from checks.documents.read import CORPUS_SUFFIX, TEXT_SUFFIXES, read_paths

__all__ = ["CORPUS_SUFFIX", "TEXT_SUFFIXES", "Document", "DocumentError", "UndecodableError", "decode", "read_paths"]
