"""The loader never fails with a traceback: a bounded fuzz run on mutants of the real data files
(the long run, 10,000 mutants and more, is `python tests/fuzz_loader.py`; see docs/hieu-nang.md)."""

import random

from fuzz_loader import Fuzzer, mutate

COUNT = 400  # with a fixed seed: the same mutants on every run


def test_mutants_of_the_data_files_load_or_give_located_problems(tmp_path):
    findings = Fuzzer(tmp_path).run(COUNT, seed=20261202)
    assert not findings, "\n".join(f"{f.file} (mutant {f.number}):\n{f.error}" for f in findings[:3])


def test_the_fuzzer_finds_a_traceback(tmp_path, monkeypatch):
    """A loader that raises anything but DataError is reported, with the file and the error."""
    fuzzer = Fuzzer(tmp_path)

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("fuzz_loader.load_dataset", broken)
    findings = fuzzer.run(3, seed=1)
    assert len(findings) == 3
    assert "RecursionError" in findings[0].error


def test_mutants_differ_from_the_file_and_repeat_with_the_seed():
    original = b"ten: Nguy\xe1\xbb\x85n V\xc4\x83n An\nloai: ca-nhan\nnam: 2024\n"
    assert mutate(original, random.Random(7), binary=False) == mutate(original, random.Random(7), binary=False)
    assert sum(mutate(original, random.Random(n), binary=False) != original for n in range(50)) >= 45
