"""The two sides of a diff: two files, two folders, or git revisions read without touching the repository.

The sides are two files, two folders, or git revisions: ``REV`` (that revision against the working tree),
``A..B`` (revision A against revision B; an empty side is HEAD), ``A...B`` (B against its merge base with A),
or ``A B``. With revisions, the paths compared are those after ``--`` (default ``seeds/``); the files of a
revision are read with ``git ls-tree`` and ``git cat-file`` into a temporary folder, never touching the
repository's working tree, index or refs.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from checks.documents import TEXT_SUFFIXES, Document, DocumentError, read_paths

DEFAULT_PATHS = ("seeds",)
WORKING_TREE = "working tree"


class DiffError(ValueError):
    """A side that cannot be read: the message names the path or the revision."""


@dataclass
class Side:
    """What one side of a diff reads: existing paths, and the name a single document takes (file vs file)."""

    label: str
    paths: list[Path] = field(default_factory=list)
    rename: str | None = None  # file vs file: name the old document as the new one, so that ids align
    given: list[str] = field(default_factory=list)  # the paths as the user named them (revisions: limits)


def has_documents(path: Path) -> bool:
    """A file, or a folder with a .txt/.md document below it (hidden folders skipped, as read_paths does)."""
    if path.is_file():
        return True
    return path.is_dir() and any(
        p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts) for p in path.rglob("*"))


def read_side(side: Side) -> tuple[list[Document], list[DocumentError]]:
    documents, errors = read_paths(side.paths)
    if side.rename is not None and len(documents) == 1:
        documents = [dataclasses.replace(documents[0], doc=side.rename)]
    return documents, errors


@contextmanager
def resolve_sides(args: Sequence[str], limit: Sequence[str] = ()) -> Iterator[tuple[Side, Side]]:
    """The two sides named by ``check diff`` arguments (relative to the working directory); temporary folders
    holding revisions are removed on exit. Raises :class:`DiffError` naming the path or revision at fault."""
    args = list(args)
    if len(args) > 2:
        raise DiffError("check diff takes OLD and NEW (files or folders) or git revisions, then -- PATHS")
    if len(args) == 2 and all(Path(a).exists() for a in args):
        if limit:
            raise DiffError(f"{args[0]} and {args[1]} are paths: -- PATHS only limits git revisions")
        yield _path_sides(*args)
        return
    if len(args) == 2 and any(Path(a).exists() for a in args):
        missing = next(a for a in args if not Path(a).exists())
        raise DiffError(f"{missing}: no such file or folder")
    if len(args) == 1 and Path(args[0]).exists() and not _is_revision(args[0]):
        raise DiffError(f"{args[0]}: give two paths to compare (OLD NEW), or a git revision")
    old_rev, new_rev = _revisions(args)
    with tempfile.TemporaryDirectory(prefix="checks-diff-") as scratch:
        yield _git_sides(old_rev, new_rev, list(limit) or list(DEFAULT_PATHS), Path(scratch))


def _path_sides(old: str, new: str) -> tuple[Side, Side]:
    old_path, new_path = Path(old), Path(new)
    if old_path.is_dir() != new_path.is_dir():
        raise DiffError(f"{old} and {new}: compare a file with a file, or a folder with a folder")
    rename = new_path.name if old_path.is_file() and old_path.suffix.lower() in TEXT_SUFFIXES else None
    return (Side(old, [old_path] if has_documents(old_path) else [], rename, [old]),
            Side(new, [new_path] if has_documents(new_path) else [], None, [new]))


def _revisions(args: list[str]) -> tuple[str, str | None]:
    """(old revision, new revision or None for the working tree)."""
    if not args:
        return "HEAD", None
    if len(args) == 2:
        return args[0], args[1]
    spec = args[0]
    if "..." in spec:
        left, right = spec.split("...", 1)
        return f"{left or 'HEAD'}...{right or 'HEAD'}", right or "HEAD"  # merge base, resolved in _git_sides
    if ".." in spec:
        left, right = spec.split("..", 1)
        return left or "HEAD", right or "HEAD"
    return spec, None


def _git_sides(old_rev: str, new_rev: str | None, limit: list[str], scratch: Path) -> tuple[Side, Side]:
    top = _toplevel()
    relative = [_inside_repository(p, top) for p in limit]
    if "..." in old_rev:
        left, right = old_rev.split("...", 1)
        left_commit, right_commit = _commit(left, top), _commit(right, top)
        base = _git(["merge-base", left_commit, right_commit], top).decode().strip()
        if not base:
            raise DiffError(f"{old_rev}: {left} and {right} have no common ancestor")
        old_commit, old_label = base, f"merge base of {left} and {right} ({base[:10]})"
    else:
        old_commit = _commit(old_rev, top)
        old_label = f"{old_rev} ({old_commit[:10]})"
    _materialise(old_commit, top, relative, scratch / "old")
    old = Side(old_label, [], None, list(limit))
    if new_rev is None:
        new = Side(WORKING_TREE, [], None, list(limit))
        new_paths = [Path(p) for p in limit]
    else:
        new_commit = _commit(new_rev, top)
        _materialise(new_commit, top, relative, scratch / "new")
        new = Side(f"{new_rev} ({new_commit[:10]})", [], None, list(limit))
        new_paths = [scratch / "new" / rel for rel in relative]
    old_paths = [scratch / "old" / rel for rel in relative]
    for given, old_path, new_path in zip(limit, old_paths, new_paths, strict=True):
        if not old_path.exists() and not new_path.exists():
            raise DiffError(f"{given}: neither in {old.label} nor in {new.label}")
        if has_documents(old_path):
            old.paths.append(old_path)
        if has_documents(new_path):
            new.paths.append(new_path)
    return old, new


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    try:
        process = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise DiffError("git: not found; comparing revisions needs git on the PATH") from None
    if process.returncode != 0:
        message = process.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DiffError(f"git {args[0]}: {message[0] if message else f'exit status {process.returncode}'}")
    return process.stdout


def _toplevel() -> Path:
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], Path.cwd()).decode().strip())
    except DiffError:
        raise DiffError(f"{Path.cwd()}: not inside a git repository, so the arguments cannot be revisions; "
                        "give two files or two folders") from None


def _is_revision(rev: str) -> bool:
    try:
        _commit(rev, Path.cwd())
    except DiffError:
        return False
    return True


def _commit(rev: str, top: Path) -> str:
    process = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"],
                             cwd=top, capture_output=True, check=False)
    if process.returncode != 0 or not rev:
        raise DiffError(f"{rev or '(empty)'}: no such git revision")
    return process.stdout.decode().strip()


def _inside_repository(path: str, top: Path) -> str:
    """``path`` (relative to the working directory) relative to the repository's top folder."""
    absolute = Path(os.path.abspath(path))
    for base in (top, top.resolve()):
        for candidate in (absolute, absolute.resolve()):
            try:
                return candidate.relative_to(base).as_posix()
            except ValueError:
                continue
    raise DiffError(f"{path}: outside the git repository {top}")


def _materialise(commit: str, top: Path, paths: list[str], destination: Path) -> None:
    """Write the files under ``paths`` at ``commit`` into ``destination`` (read-only use of the repository)."""
    destination.mkdir(parents=True, exist_ok=True)
    listing = _git(["ls-tree", "-r", "-z", "--full-tree", commit, "--", *paths], top)
    entries = []
    for item in listing.split(b"\0"):
        if not item:
            continue
        meta, _tab, name = item.partition(b"\t")
        mode, kind, oid = meta.split()
        if kind == b"blob" and mode != b"120000":  # files, not submodules or symbolic links
            entries.append((oid.decode(), os.fsdecode(name)))
    if not entries:
        return
    output = _git(["cat-file", "--batch"], top, stdin="".join(f"{oid}\n" for oid, _ in entries).encode())
    position = 0
    for _oid, name in entries:
        header_end = output.index(b"\n", position)
        size = int(output[position:header_end].split()[2])
        content = output[header_end + 1:header_end + 1 + size]
        position = header_end + 1 + size + 1  # the content is followed by a newline
        target = _inside(destination, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def _inside(destination: Path, name: str) -> Path:
    """Where a revision's file goes: under ``destination`` only. A crafted tree may hold ``..`` or absolute entries
    (git fetch does not refuse them by default); they are refused, not followed."""
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or any(part in ("..", ".", "") for part in parts) or "\\" in name:
        raise DiffError(f"a revision holds the path {name!r}, which would leave the temporary folder; refused")
    target = (destination / name).resolve()
    if not target.is_relative_to(destination.resolve()):
        raise DiffError(f"a revision holds the path {name!r}, which would leave the temporary folder; refused")
    return target


# --- output -------------------------------------------------------------------------------------------------------
