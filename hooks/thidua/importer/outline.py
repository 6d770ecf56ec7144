"""The numbered outline of a plan's body: "I." holds "1.", which holds "1.1.", "a)", "-", "+"…

Administrative documents number their parts in this fixed order (Decree 30/2020/NĐ-CP); a label
closes every open part of its own rank or below and opens a part inside the nearest higher one.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from .lines import LABEL, is_labelled



@dataclass
class Node:
    label: str | None  # as printed: "I.", "2.1.", "a)", "-", "+"; None for a plain paragraph
    text: str  # the paragraph without its label
    style: str | None = None
    children: list["Node"] = field(default_factory=list)

    @property
    def is_bullet(self) -> bool:
        return self.label in ("-", "+")

    def walk(self) -> Iterator["Node"]:
        for child in self.children:
            yield child
            yield from child.walk()

    def paragraphs(self) -> list[str]:
        """Every paragraph below, as printed (with labels), in order."""
        return [node.text if node.label is None else f"{node.label} {node.text}" for node in self.walk()]


def split_label(paragraph: str) -> tuple[str | None, str | None, str]:
    """(label as printed, style, text): "2.1. Kinh tế." -> ("2.1.", "number-2", "Kinh tế.")."""
    match = LABEL.match(paragraph)
    if not match or not is_labelled(paragraph):
        return None, None, paragraph.strip()
    text = paragraph[match.end():].strip()
    if match.group("roman"):
        return match.group("roman") + ".", "roman", text
    if match.group("number"):
        number = match.group("number")
        closing = paragraph[match.start("number") + len(number)]
        return number + closing, f"number-{number.count('.') + 1}{closing}", text
    if match.group("letter"):
        closing = paragraph[match.end("letter")]
        return match.group("letter") + closing, f"letter{closing}", text
    bullets = match.group("bullet").split()
    last = "".join(bullets)[-1]
    label = "+" if last == "+" else "-"
    return label, f"bullet{label}", text


def build_outline(paragraphs: list[str]) -> Node:
    root = Node(None, "")
    stack = [root]
    for paragraph in paragraphs:
        label, style, text = split_label(paragraph)
        node = Node(label, text, style)
        if style is None:
            stack[-1].children.append(node)
            continue
        while len(stack) > 1 and _rank(stack[-1].style) >= _rank(style):
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
    return root


def _rank(style: str) -> int:
    """roman 0, "1." 1, "1.1." 2, "1.1.1." 3, letters 5, "-" 6, "+" 7."""
    if style == "roman":
        return 0
    if style.startswith("number-"):
        return int(style[len("number-")])
    if style.startswith("letter"):
        return 5
    return 6 if style == "bullet-" else 7
