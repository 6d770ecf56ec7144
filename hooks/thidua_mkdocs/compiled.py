"""The theme's templates compiled once while `mkdocs serve` runs, not once per build.

MkDocs makes a new Jinja environment for every build, and the templates of Material (and of
overrides/) would be compiled again on every save: half a second of a rebuild at province size. The
compiled code is kept in memory by template and a checksum of its source (Jinja's bytecode
cache): a template that changed is compiled again. Every build's environment is set up alike (the
same theme, the same hooks), so code compiled by one build is the code the next would compile.
"""

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class CompiledTemplates(BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # dropped by Jinja when the source's checksum differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
