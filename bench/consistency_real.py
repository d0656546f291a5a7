r"""The checks across claims on real text: planted errors, wording-only controls, and the clean passages.

The planted set is rebuilt from the passages by the corpus's own script (tests/corpus/real/planted.py, or
holdout/planted.py), so that nothing is hand-copied. For each edit the edited passage and its original are read
and their relations compared:

- a planted error is found when the edited passage flags a relation of the planted type, involving the edited
  figure (for an edit of words only, 高于 → 低于, a relation of the figures either side of them), that the
  original does not flag;
- a control is falsely flagged when the edited passage flags any relation the original does not;
- a clean passage "has a critical finding" when one of its relations fails a critical expectation of the shipped
  consistency suite, validated with Great Expectations as `check run` does (percent_vs_pp and grim are warnings, and
  so are a restatement or a share whose figures are far apart: README, "Consistency"), or when one of its
  figures fails a critical expectation of the shipped claims suite (a share above 100%, say): a user's CI fails on
  either.

    python -m bench.consistency_real            # the development set
    python -m bench.consistency_real --holdout  # the held-out set (measure once, do not tune on it)
    python -m bench.consistency_real --docs '_5\d\d|_6\d\d'   # only the passages whose names match
    python -m bench.consistency_real --clean    # the clean folder: criticals of the tuning part, counts of the aside
    python -m bench.consistency_real --clean --show   # ... and the aside part's findings too (measure once, at the end)
    python -m bench.consistency_real --clean2   # the second clean folder (tests/corpus/real/clean2), the same report
    python -m bench.consistency_real --clean3   # the third clean folder (tests/corpus/real/clean3), the same report
    python -m bench.consistency_real --clean clean2   # the same: --clean takes a folder under tests/corpus/real
    python -m bench.consistency_real --planted2   # the second planted set (planted2.py: edits2/ on clean, clean2)
    python -m bench.consistency_real --planted3   # the third planted set (planted3.py: edits3/ on clean4)
    python -m bench.consistency_real --clean4     # the fourth clean folder (no aside: the whole folder is the measure)
    python -m bench.consistency_real --planted4   # the fourth planted set (planted4.py: edits4/ on clean5)
    python -m bench.consistency_real --clean5     # the fifth clean folder (no aside: the whole folder is the measure)
    python -m bench.consistency_real --planted5   # the fifth planted set (planted5.py: edits5/ on clean6)
    python -m bench.consistency_real --clean6     # the sixth clean folder (no aside: the whole folder is the measure)
    python -m bench.consistency_real --planted6   # the sixth planted set (planted6.py: edits6/ on clean7)
    python -m bench.consistency_real --clean7     # the seventh clean folder (no aside: the whole folder is the measure)
    python -m bench.consistency_real --planted7   # the seventh planted set (planted7.py: edits7/ on clean8)
    python -m bench.consistency_real --clean8     # the eighth clean folder (no aside: the whole folder is the measure)
    python -m bench.consistency_real --planted8   # the eighth planted set (planted8.py: edits8/ on clean9)
    python -m bench.consistency_real --clean9     # the ninth clean folder (no aside: the whole folder is the measure)
    python -m bench.consistency_real --planted9   # the ninth planted set (planted9.py: edits9/ on clean10)
    python -m bench.consistency_real --clean10    # the tenth clean folder (no aside: the whole folder is the measure)
    python -m bench.consistency_real --planted10  # the tenth planted set (planted10.py: edits10/ on clean11)
    python -m bench.consistency_real --clean11    # the eleventh clean folder (no aside: the whole folder is measured)
    python -m bench.consistency_real --planted11  # the eleventh planted set (planted11.py: edits11/ on clean12)
    python -m bench.consistency_real --clean12    # the twelfth clean folder (no aside: the whole folder is measured)
    python -m bench.consistency_real --planted12  # the twelfth planted set (planted12.py: edits12/ on clean13)
    python -m bench.consistency_real --clean13    # the thirteenth clean folder (no aside: the whole folder is measured)
    python -m bench.consistency_real --planted13  # the thirteenth planted set (planted13.py: edits13/ on clean14)
    python -m bench.consistency_real --clean14    # the fourteenth clean folder (no aside: the whole folder is measured)
    python -m bench.consistency_real --planted14  # the fourteenth planted set (planted14.py: edits14/ on clean15)
    python -m bench.consistency_real --clean15    # the fifteenth clean folder (no aside: the whole folder is measured)
    python -m bench.consistency_real --planted15  # the fifteenth planted set (planted15.py: edits15/ on clean16)
    python -m bench.consistency_real --clean16    # the sixteenth clean folder (no aside: the whole folder is measured)
    python -m bench.consistency_real --planted16  # the sixteenth planted set (planted16.py: edits16/ on clean17)
    python -m bench.consistency_real --clean17    # the seventeenth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted17  # the seventeenth planted set (planted17.py: edits17/ on clean18)
    python -m bench.consistency_real --clean18    # the eighteenth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted18  # the eighteenth planted set (planted18.py: edits18/ on clean19)
    python -m bench.consistency_real --clean19    # the nineteenth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted19  # the nineteenth planted set (planted19.py: edits19/ on clean20)
    python -m bench.consistency_real --clean20    # the twentieth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted20  # the twentieth planted set (planted20.py: edits20/ on clean21)
    python -m bench.consistency_real --clean21    # the twenty-first clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted21  # the twenty-first planted set (planted21.py: edits21/ on clean22)
    python -m bench.consistency_real --clean22    # the twenty-second clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted22  # the twenty-second planted set (planted22.py: edits22/ on clean23)
    python -m bench.consistency_real --clean23    # the twenty-third clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted23  # the twenty-third planted set (planted23.py: edits23/ on clean24)
    python -m bench.consistency_real --clean24    # the twenty-fourth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted24  # the twenty-fourth planted set (planted24.py: edits24/ on clean25)
    python -m bench.consistency_real --clean25    # the twenty-fifth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted25  # the twenty-fifth planted set (planted25.py: edits25/ on clean26)
    python -m bench.consistency_real --clean26    # the twenty-sixth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted26  # the twenty-sixth planted set (planted26.py: edits26/ on clean27)
    python -m bench.consistency_real --clean27    # the twenty-seventh clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted27  # the twenty-seventh planted set (planted27.py: edits27/ on clean28)
    python -m bench.consistency_real --clean28    # the twenty-eighth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted28  # the twenty-eighth planted set (planted28.py: edits28/ on clean29)
    python -m bench.consistency_real --clean29    # the twenty-ninth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted29  # the twenty-ninth planted set (planted29.py: edits29/ on clean30)
    python -m bench.consistency_real --clean30    # the thirtieth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted30  # the thirtieth planted set (planted30.py: edits30/ on clean31)
    python -m bench.consistency_real --clean31    # the thirty-first clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted31  # the thirty-first planted set (planted31.py: edits31/ on clean32)
    python -m bench.consistency_real --clean32    # the thirty-second clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted32  # the thirty-second planted set (planted32.py: edits32/ on clean33)
    python -m bench.consistency_real --clean33    # the thirty-third clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted33  # the thirty-third planted set (planted33.py: edits33/ on clean34)
    python -m bench.consistency_real --clean34    # the thirty-fourth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted34  # the thirty-fourth planted set (planted34.py: edits34/ on clean35)
    python -m bench.consistency_real --clean35    # the thirty-fifth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted35  # the thirty-fifth planted set (planted35.py: edits35/ on clean36)
    python -m bench.consistency_real --clean36    # the thirty-sixth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted36  # the thirty-sixth planted set (planted36.py: edits36/ on clean37)
    python -m bench.consistency_real --clean37    # the thirty-seventh clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted37  # the thirty-seventh planted set (planted37.py: edits37/ on clean38)
    python -m bench.consistency_real --clean38    # the thirty-eighth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted38  # the thirty-eighth planted set (planted38.py: edits38/ on clean39)
    python -m bench.consistency_real --clean39    # the thirty-ninth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted39  # the thirty-ninth planted set (planted39.py: edits39/ on clean40)
    python -m bench.consistency_real --clean40    # the fortieth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted40  # the fortieth planted set (planted40.py: edits40/ on clean41)
    python -m bench.consistency_real --clean41    # the forty-first clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted41  # the forty-first planted set (planted41.py: edits41/ on clean42)
    python -m bench.consistency_real --clean42    # the forty-second clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted42  # the forty-second planted set (planted42.py: edits42/ on clean43)
    python -m bench.consistency_real --clean43    # the forty-third clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted43  # the forty-third planted set (planted43.py: edits43/ on clean44)
    python -m bench.consistency_real --clean44    # the forty-fourth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted44  # the forty-fourth planted set (planted44.py: edits44/ on clean45)
    python -m bench.consistency_real --clean45    # the forty-fifth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted45  # the forty-fifth planted set (planted45.py: edits45/ on clean46)
    python -m bench.consistency_real --clean46    # the forty-sixth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted46  # the forty-sixth planted set (planted46.py: edits46/ on clean47)
    python -m bench.consistency_real --clean47    # the forty-seventh clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted47  # the forty-seventh planted set (planted47.py: edits47/ on clean48)
    python -m bench.consistency_real --clean48    # the forty-eighth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted48  # the forty-eighth planted set (planted48.py: edits48/ on clean49)
    python -m bench.consistency_real --clean49    # the forty-ninth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted49  # the forty-ninth planted set (planted49.py: edits49/ on clean50)
    python -m bench.consistency_real --clean50    # the fiftieth clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted50  # the fiftieth planted set (planted50.py: edits50/ on clean51)
    python -m bench.consistency_real --clean51    # the fifty-first clean folder (no aside: all of it is measured)
    python -m bench.consistency_real --planted51  # the fifty-first planted set (planted51.py: edits51/ on clean52)
    python -m bench.consistency_real --clean52    # the fifty-second clean folder (no aside: all of it is measured)

The clean folders (tests/corpus/real/clean, clean2, clean3) hold published passages with no planted errors and no gold
labels; each one's README names the passages kept aside, whose findings are not read while rules are tuned.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from checks.claims import claims_table
from checks.documents import Document, read_paths
from checks.relations import RELATIONS, relations_table
from checks.validate import load_suites, validate

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "corpus" / "real"
CLEAN = REAL / "clean"
RANK = {"info": 0, "warning": 1, "critical": 2}


@dataclass
class RealScore:
    planted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    found_critical: Counter[str] = field(default_factory=Counter)  # found with a critical finding (failing the gate)
    # caught by a finding of any relation that names the edited figure: a collector's label for a planted error (a
    # direction in words against two levels: rank_vs_values or growth_vs_levels?) is not what a user's gate asks
    caught: Counter[str] = field(default_factory=Counter)
    caught_critical: Counter[str] = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    controls: int = 0
    controls_flagged: list[str] = field(default_factory=list)
    passages: int = 0
    critical: list[str] = field(default_factory=list)  # clean passages' critical findings

    @property
    def recall(self) -> float:
        total = sum(self.planted.values())
        return sum(self.found.values()) / total if total else 1.0

    def to_dict(self) -> dict[str, object]:
        return {"recall": round(self.recall, 3), "planted": dict(self.planted), "found": dict(self.found),
                "found_critical": dict(self.found_critical), "caught": dict(self.caught),
                "caught_critical": dict(self.caught_critical),
                "controls": self.controls, "controls_flagged": self.controls_flagged, "passages": self.passages,
                "critical": self.critical, "missed": self.missed}


def relations_of(document: Document, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The relations of one passage; ``table``, its claims, when already read."""
    table = claims_table([document]) if table is None else table
    return relations_table(table, {document.doc: document.text})


def judged(frames: list[pd.DataFrame], claims: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """The rows of each relations table that the shipped consistency suite flags, with a column ``severity``: the
    highest of the expectations that flag the row. All tables are validated with Great Expectations in one run, as
    `check run` would validate them, so that the bench scores what a user's gate decides. ``claims``, the passages'
    claims tables, which the findings name."""
    suites = [suite for suite in load_suites(ROOT / "expectations") if suite.table == "relations"]
    keyed = [frame.assign(relation_id=[f"{index}:{rid}" for rid in frame["relation_id"]])
             for index, frame in enumerate(frames)]
    severity: dict[str, str] = {}
    if keyed and suites:
        validation = validate({"relations": pd.concat(keyed, ignore_index=True),
                               "claims": pd.concat(claims, ignore_index=True)}, suites)
        for outcome in validation.outcomes:
            for rid in outcome.claim_ids:
                if RANK[outcome.spec.severity] > RANK.get(severity.get(rid, ""), -1):
                    severity[rid] = outcome.spec.severity
    out = []
    for frame, keyed_frame in zip(frames, keyed, strict=True):
        severities = [severity.get(rid) for rid in keyed_frame["relation_id"]]
        out.append(frame.assign(severity=severities)[[s is not None for s in severities]])
    return out


def flagged(document: Document, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The relations of one passage that the shipped suite flags, with their severity."""
    table = claims_table([document]) if table is None else table
    return judged([relations_of(document, table)], [table])[0]


def figure_criticals(tables: list[pd.DataFrame]) -> dict[str, list[str]]:
    """Per passage, the critical findings of the shipped claims suite over the passages' claims ``tables``, each as
    "claims: message" (a figure that is impossible on its own, such as a share of 140%), validated with Great
    Expectations as `check run` does."""
    suites = [suite for suite in load_suites(ROOT / "expectations") if suite.table == "claims"]
    found: dict[str, list[str]] = defaultdict(list)
    if not tables:
        return found
    for finding in validate({"claims": pd.concat(tables, ignore_index=True)}, suites).findings:
        if finding.severity == "critical":
            found[finding.doc].append(f"{finding.suite}: {finding.message}")
    return found


def _signature(rows: pd.DataFrame) -> set[tuple[str, str]]:
    return {(str(r.relation), str(r.texts)) for r in rows.itertuples()}


def measure(folder: Path = REAL, docs: str = "", script: str = "planted.py",
            sources: tuple[Path, ...] = ()) -> RealScore:
    """Score the planted set that ``script`` of ``folder`` builds; ``docs`` (a regular expression) keeps only the
    passages it matches. The passages are those of ``folder``/zh and /en, or, given ``sources`` (folders), only
    the ones the manifest names, read file by file (so that a folder's other passages stay unread)."""
    score = RealScore()
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([sys.executable, str(folder / script), scratch], check=True, capture_output=True)
        manifest = [json.loads(line) for line in (Path(scratch) / "manifest.jsonl").read_text("utf-8").splitlines()]
        if sources:
            named = sorted({entry["doc"] for entry in manifest if re.search(docs, entry["doc"])})
            files = [source / doc for doc in named for source in sources if (source / doc).exists()]
            passages = {d.doc: d for d in read_paths(files)[0]}
        else:
            passages = {d.doc: d for lang in ("zh", "en") for d in read_paths([folder / lang])[0]
                        if re.search(docs, d.doc)}
        tables = {doc: claims_table([document]) for doc, document in passages.items()}  # each passage read once
        names = sorted(passages)
        originals = dict(zip(names, judged([relations_of(passages[doc], tables[doc]) for doc in names],
                                              [tables[doc] for doc in names]), strict=True))
        figures = figure_criticals(list(tables.values()))
        for doc, rows in sorted(originals.items()):
            score.passages += 1
            for row in rows.itertuples():
                if row.severity == "critical":
                    score.critical.append(f"{doc}: {row.relation}: {row.arithmetic}")
            score.critical.extend(f"{doc}: {line}" for line in figures.get(doc, ()))
        entries = [entry for entry in manifest if entry["doc"] in passages]
        texts = [(Path(scratch) / f"{entry['id']}.txt").read_text("utf-8") for entry in entries]
        edited_claims = [claims_table([Document(entry["doc"], text, entry["id"])])
                         for entry, text in zip(entries, texts, strict=True)]
        edited_flags = judged([relations_of(Document(entry["doc"], text, entry["id"]), claims)
                               for entry, text, claims in zip(entries, texts, edited_claims, strict=True)],
                              edited_claims)
        for entry, text, claims, edited in zip(entries, texts, edited_claims, edited_flags, strict=True):
            known = _signature(originals[entry["doc"]])
            new = edited[~edited.apply(lambda r, known=known: (str(r.relation), str(r.texts)) in known, axis=1)] \
                if len(edited) else edited
            if entry["control"]:
                score.controls += 1
                for row in new.itertuples():
                    score.controls_flagged.append(f"{entry['id']}: {row.relation}: {row.arithmetic}")
                continue
            relation = entry["relation"]
            score.planted[relation] += 1
            named = [row for row in new.itertuples() if _involves(row, entry, text, claims)]
            hits = [row.severity for row in named if row.relation == relation]
            if named:
                score.caught[relation] += 1
                score.caught_critical[relation] += any(row.severity == "critical" for row in named)
            if hits:
                score.found[relation] += 1
                score.found_critical[relation] += "critical" in hits
            else:
                score.missed.append(f"{entry['id']} ({relation}): {entry['why']}")
    return score


def _involves(row: object, entry: dict, text: str, claims: pd.DataFrame | None = None) -> bool:
    """Whether a flagged relation names the edited figure: one of its claims' spans in the edited passage overlaps
    the characters the edit changed (``claims``, the edited passage's claims table). Spans, not texts: a claim read
    with its noun ("39个工业大类行业中,39个") is longer than the replacement, and an unchanged figure beside the edited
    one has digits inside the replacement's. By text only when the claims are not given."""
    if claims is not None and len(claims):
        return _spans_changed(row, entry, claims, text)
    replaced = text[entry["start"]:entry["end"]]
    return any(part and (part in replaced or replaced in part or _overlap(part, replaced))
               for part in str(row.texts).split(" | "))


def changed_span(entry: dict) -> tuple[int, int]:
    """The characters of the edited passage that the edit changed: the replacement less what it shares with the
    found text at either end (so an unchanged figure beside the edited one is not counted)."""
    find, replace = str(entry.get("find", "")), str(entry.get("replace", ""))
    prefix = 0
    while prefix < min(len(find), len(replace)) and find[prefix] == replace[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(find), len(replace)) - prefix and find[-1 - suffix] == replace[-1 - suffix]:
        suffix += 1
    start, end = entry["start"] + prefix, entry["end"] - suffix
    return (start, end) if end > start else (entry["start"], entry["end"])  # a pure deletion: the whole place


def _spans_changed(row: object, entry: dict, claims: pd.DataFrame, text: str = "") -> bool:
    """Whether the relation's figures overlap the changed characters; for an edit of words only (高于 → 低于, up
    → down), whether the changed words stand between two of its figures, which the relation reads them with."""
    start, end = changed_span(entry)
    ids = set(str(row.claim_ids).split())
    named = claims[claims["claim_id"].isin(ids)]
    if ((named["start"] < end) & (named["end"] > start)).any():
        return True
    # (a figure in words, 三成 or two-thirds, is a claim's span like any figure: credited above)
    return bool(text and len(named) >= 2 and not any(ch.isdigit() for ch in text[start:end])
                and named["end"].min() <= start and end <= named["start"].max())


def _overlap(a: str, b: str) -> bool:
    digits = "".join(ch for ch in a if ch.isdigit())
    return len(digits) >= 1 and digits in "".join(ch for ch in b if ch.isdigit())


def report(score: RealScore, title: str) -> None:
    print(f"== {title}")
    total = sum(score.planted.values())
    print(f"planted errors: {total}, found {sum(score.found.values())}, recall {score.recall:.3f} "
          f"(found with a critical finding: {sum(score.found_critical.values())})")
    print(f"caught by a finding of any relation that names the edited figure: {sum(score.caught.values())} "
          f"({sum(score.caught_critical.values())} critical)")
    for relation in [*RELATIONS, *sorted(set(score.planted) - set(RELATIONS))]:
        if score.planted[relation]:
            warned = score.found[relation] - score.found_critical[relation]
            print(f"  {relation:<18} {score.found[relation]}/{score.planted[relation]}"
                  f"{f' ({warned} as a warning only)' if warned else ''}")
    print(f"controls falsely flagged: {len(score.controls_flagged)}/{score.controls}")
    print(f"clean passages: {score.passages}, critical findings on them: {len(score.critical)}")
    for line in score.controls_flagged:
        print(f"  control flagged: {line}")
    for line in score.critical:
        print(f"  critical: {line}")
    for line in score.missed:
        print(f"  missed: {line}")


def aside_names(folder: Path = CLEAN) -> set[str]:
    """The passages the clean folder's README keeps aside: the names listed under its "## Aside" heading."""
    section = (folder / "README.md").read_text("utf-8").split("## Aside", 1)[1].split("\n## ", 1)[0]
    return {f"{name}.txt" for name in re.findall(r"\b(?:zh|en)_[a-z]+_\d+\b", section)}


def clean_findings(folder: Path = CLEAN) -> dict[str, list[tuple[str, str]]]:
    """Every passage of the clean folder with its flagged relations, as (severity, "relation: arithmetic")."""
    found: dict[str, list[tuple[str, str]]] = {}
    # The README and notes are read too
    documents = [d for d in read_paths([folder])[0] if re.fullmatch(r"(?:zh|en)_[a-z]+_\d+\.txt", d.doc)]
    tables = [claims_table([document]) for document in documents]  # each passage read once
    figures = figure_criticals(tables)
    judgements = judged([relations_of(document, table) for document, table in zip(documents, tables, strict=True)],
                        tables)
    for document, rows in zip(documents, judgements, strict=True):
        found[document.doc] = [(str(row.severity), f"{row.relation}: {row.arithmetic}") for row in rows.itertuples()]
        found[document.doc] += [("critical", line) for line in figures.get(document.doc, ())]
    return found


def report_clean(found: dict[str, list[tuple[str, str]]], aside: set[str], show: bool, folder: Path = CLEAN) -> None:
    """Counts for both parts; the findings themselves for the tuning part (and for the aside with ``show``)."""
    print(f"== {folder.relative_to(ROOT)} (clean published passages)")
    for part, names in (("tuning", sorted(set(found) - aside)), ("aside", sorted(set(found) & aside))):
        critical = [(doc, line) for doc in names for severity, line in found[doc] if severity == "critical"]
        warnings = [(doc, line) for doc in names for severity, line in found[doc] if severity == "warning"]
        print(f"{part}: {len(names)} passages, critical findings {len(critical)} "
              f"(on {len({doc for doc, _ in critical})} passages), warnings {len(warnings)}")
        if part == "tuning" or show:
            for doc, line in critical:
                print(f"  critical: {doc}: {line}")
            for doc, line in warnings:
                print(f"  warning: {doc}: {line}")


# The later planted sets: each script's edits on the passages they were written for (planted2: edits2/ on the tuning
# parts of clean/ and clean2/; from planted3 on, edits<N> on a clean folder no rule was tuned on when it was written).
PLANTED_SETS = {
    "planted2": (CLEAN, REAL / "clean2"),
    **{f"planted{n}": (REAL / f"clean{n + 1}",) for n in range(3, 52)},
}


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    numbered = [arg[2:] for arg in argv if re.fullmatch(r"--clean\d+", arg)]  # --clean2, --clean3: that folder
    if "--clean" in argv or numbered:
        folder = REAL / numbered[0] if numbered else CLEAN
        at = argv.index("--clean") + 1 if "--clean" in argv else len(argv)
        if at < len(argv) and not argv[at].startswith("--"):  # --clean FOLDER (a folder under tests/corpus/real)
            folder = REAL / argv[at]
        report_clean(clean_findings(folder), aside_names(folder), "--show" in argv, folder)
        return 0
    docs = argv[argv.index("--docs") + 1] if "--docs" in argv else ""
    for name, passages in PLANTED_SETS.items():
        if f"--{name}" in argv:
            title = f"tests/corpus/real/{name}.py (planted errors and controls){' ' + docs if docs else ''}"
            report(measure(REAL, docs, f"{name}.py", passages), title)
            return 0
    holdout = "--holdout" in argv
    folder = REAL / "holdout" if holdout else REAL
    title = f"{folder.relative_to(ROOT)} (planted errors and controls){' ' + docs if docs else ''}"
    report(measure(folder, docs), title)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
