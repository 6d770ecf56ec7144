"""Fuzzing of the data loader: mutants of the real data files must give problems, never a traceback.

Run: .venv/bin/python tests/fuzz_loader.py --count 10000 --seed 1

Each mutant is one file of campaigns/ (a plan, its original text, a person, their photo, the list
of movements or of abbreviations) changed in one to three ways that staff or an attacker could
make: bytes flipped, lines deleted, duplicated or swapped, indentation changed, YAML's special
characters inserted, the file cut short, odd Unicode inserted, a value replaced by a tricky one.
The mutant is loaded by the real loader (``thidua.dataset.load_dataset``) in a small copy of the
data folder holding the file, the files beside it and the two shared lists. It must load, or
raise DataError whose every problem is located and printable; anything else is a finding. The
test suite runs a few hundred mutants (tests/test_fuzz_loader.py); this script runs many more.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

from thidua.dataset import load_dataset
from thidua.layout import ABBREVIATIONS_FILE, MOVEMENTS_FILE
from thidua.problems import DataError
from thidua.register import load_register

DATA = Path(__file__).resolve().parent.parent / "campaigns"
SPECIAL = [
    ": ", "- ", "#", "&a ", "*a", "!!", "!!python/object/apply:os.system ['true'] ", "|", ">", "{", "}", "[",
    "]", '"', "'", "%", "@", "`", "? ", "\n---\n", "\n...\n", "\t", "\n", ",", "<<: ", "\\", "\\u", "\\x0",
    "!", "*", "&", "\r", "\r\n", "\ufeff", '"\\ud800": ',
]
VALUES = [
    "1e999", "1.0e999", "-.inf", ".nan", "9" * 5000, "0x1F", "0o17", "010", "1_000", "+12", "-0", "null", "~", "yes",
    "no", "true", "2024-13-45", "2024-02-30T25:61:61", "0000-00-00", '""', "[]", "{}", "[[[]]]", "''", "|", ">-",
    '"\\ud800"', '"\\0"', '"\\x85"', "12/12", "95,5", "1.573", "ca-nhan", "../../../../etc/passwd", "/proc/self/environ",
    "a.txt", "..", "khen-thuong", "2.147,429", "-1", "2100", "1944", "2024-01", "2024",
]
UNICODE = [
    "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u00ad", "\u0301", "\u0309", "\u200b", "\u200d",
    "\u2028", "\u2029", "\u202e", "\u3000", "\ufeff", "\ufffd", "\uffff", "\U0001f600", "\U0010ffff", "Đ", "ư̛",
    "\ud800",  # a lone surrogate: written with "surrogatepass", i.e. as bytes that are not UTF-8
]


@dataclass(frozen=True)
class Finding:
    number: int
    file: str
    mutant: bytes
    error: str


def mutate(data: bytes, rng: random.Random, binary: bool) -> bytes:
    """``data`` changed in one to three random ways (bytes only, for a photo)."""
    for _ in range(rng.randint(1, 3)):
        if binary:
            data = rng.choice((_flip, _truncate, _duplicate_bytes))(data, rng)
            continue
        step = rng.choice((_flip, _truncate, _delete_line, _duplicate_line, _swap_lines, _indent, _special, _unicode, _value))
        data = step(data, rng)
    return data


def _flip(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _duplicate_bytes(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data) + 1)
    end = min(len(data), start + rng.randint(1, 4096))
    return data[:end] + data[start:end] + data[end:]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _delete_line(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def _duplicate_line(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    at = rng.randrange(len(lines))
    lines.insert(at, lines[at])
    return b"\n".join(lines)


def _swap_lines(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return b"\n".join(lines)


def _indent(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    at = rng.randrange(len(lines))
    change = rng.choice((b" ", b"  ", b"    ", b"\t", b"-"))
    lines[at] = change + lines[at] if rng.random() < 0.5 else lines[at][rng.randint(1, 4):]
    return b"\n".join(lines)


def _insert(data: bytes, text: str, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + text.encode("utf-8", "surrogatepass") + data[at:]


def _special(data: bytes, rng: random.Random) -> bytes:
    return _insert(data, rng.choice(SPECIAL), rng)


def _unicode(data: bytes, rng: random.Random) -> bytes:
    return _insert(data, "".join(rng.choice(UNICODE) for _ in range(rng.randint(1, 3))), rng)


def _value(data: bytes, rng: random.Random) -> bytes:
    """The value after a random ``key: `` replaced by a tricky one."""
    lines = _lines(data)
    keyed = [i for i, line in enumerate(lines) if b": " in line]
    if not keyed:
        return _special(data, rng)
    at = rng.choice(keyed)
    key = lines[at][: lines[at].index(b": ") + 2]
    lines[at] = key + rng.choice(VALUES).encode("utf-8")
    return b"\n".join(lines)


class Fuzzer:
    """Small copies of the data folder, one per data file, each loadable on its own."""

    def __init__(self, work: Path):
        self.register = load_register()
        self.targets: list[tuple[Path, Path]] = []  # (small data folder, file in it to mutate)
        shared = [DATA / MOVEMENTS_FILE, DATA / ABBREVIATIONS_FILE]
        for number, yaml_file in enumerate(sorted(p for p in DATA.rglob("*.yaml") if "schema" not in p.parts)):
            root = work / str(number)
            relative = yaml_file.relative_to(DATA)
            (root / relative).parent.mkdir(parents=True)
            for path in shared:  # the movements named by plans, the abbreviations
                shutil.copy(path, root / path.name)
            for sibling in yaml_file.parent.glob(f"{yaml_file.stem}.*"):  # the plan's text, the person's photo
                shutil.copy(sibling, root / relative.parent / sibling.name)
                self.targets.append((root, root / relative.parent / sibling.name))

    def run(self, count: int, seed: int, progress: bool = False) -> list[Finding]:
        rng = random.Random(seed)
        findings = []
        for number in range(count):
            root, target = rng.choice(self.targets)
            original = target.read_bytes()
            mutant = mutate(original, rng, binary=target.suffix == ".jpg")
            target.write_bytes(mutant)
            try:
                error = self.load(root)
            finally:
                target.write_bytes(original)
            if error:
                findings.append(Finding(number, target.relative_to(root).as_posix(), mutant, error))
            if progress and (number + 1) % 1000 == 0:
                print(f"{number + 1} mutants, {len(findings)} findings", file=sys.stderr)
        return findings

    def load(self, root: Path) -> str | None:
        """None if the data loads or is refused with located, printable problems; else what went wrong."""
        try:
            load_dataset(root, include_illustrative=True, register=self.register)
        except DataError as error:
            for problem in error.problems:
                if problem.line < 1 or problem.column < 1 or not problem.message:
                    return f"problem not located: {problem!r}"
                try:
                    str(problem).encode("utf-8")
                except UnicodeEncodeError:
                    return f"problem not printable: {problem!r}"
        except Exception:  # the finding: anything but DataError
            return traceback.format_exc()
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fuzz-loader-") as work:
        findings = Fuzzer(Path(work)).run(args.count, args.seed, progress=True)
    for finding in findings[:20]:
        print(f"--- mutant {finding.number} of {finding.file}:\n{finding.error}")
    print(f"{args.count} mutants (seed {args.seed}): {len(findings)} tracebacks")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
