"""Under `mkdocs serve`, the theme's templates are compiled once, and again only when their source changes
(thidua_mkdocs.compiled)."""

from jinja2 import DictLoader, Environment

from thidua_mkdocs.compiled import CompiledTemplates


class Counted(Environment):
    compiled = 0

    def compile(self, *args, **kwargs):
        Counted.compiled += 1
        return super().compile(*args, **kwargs)


def test_a_template_is_compiled_by_the_first_build_and_again_once_changed():
    kept, sources = CompiledTemplates(), {"main.html": "{{ 20 + 6 }} trang"}

    def build() -> str:  # MkDocs makes a new environment for every build
        return Counted(loader=DictLoader(sources), autoescape=True, bytecode_cache=kept).get_template("main.html").render()

    assert [build(), build()] == ["26 trang", "26 trang"] and Counted.compiled == 1
    sources["main.html"] = "{{ 20 + 7 }} trang"
    assert [build(), build()] == ["27 trang", "27 trang"] and Counted.compiled == 2
