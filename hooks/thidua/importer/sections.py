"""The body of a plan: legal basis, preamble, theme and slogans, purposes, requirements, goals,
targets, content, period, phases, award criteria and dossier, duties, closing, movements.

Section names and order differ between plans, so parts are found by what their headings say,
never by position. Every text is kept verbatim.
"""

import re

from ..text import fold
from .marks import Marked
from .outline import Node, build_outline
from .targets import find_target_groups

_QUOTED = re.compile(r"[“\"]\**([^”\"]{8,400}?)\**[”\"]")
_THEME = re.compile(r"chủ đề[^“\"]{0,40}?:?\s*\**[“\"]\**([^”\"]{8,400}?)\**[”\"]", re.IGNORECASE)
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_DATE_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH_SLASH = re.compile(r"tháng\s+(\d{1,2})/(\d{4})")
_OCCASION = re.compile(
    r"(?P<years>\d{1,3}) năm (?P<name>[^;():]+?)\s*\((?P<first>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?P<then>\d{1,2}/\d{1,2}/\d{4})\)"
)
_NAMED_MOVEMENT = re.compile(r"phong trào(?: thi đua)?\s*[“\"]\**([^”\"]{8,200}?)\**[”\"]", re.IGNORECASE)
_BASIS_KINDS = ("Quyết định", "Nghị quyết", "Kế hoạch", "Chỉ thị", "Luật", "Nghị định", "Thông tư", "Hướng dẫn", "Công văn")


def recognize_body(paragraphs: list[str], issued: str | None, movements: dict[str, str]) -> tuple[dict, list[str]]:
    """The draft's body fields, and the headings left for a person."""
    fields: dict = {}
    closing_at = next((i for i in range(len(paragraphs) - 1, -1, -1) if "Trên đây" in paragraphs[i][:20]), None)
    if closing_at is not None:
        fields["ket_thuc"] = paragraphs[closing_at]
        paragraphs = paragraphs[:closing_at] + paragraphs[closing_at + 1:]
    root = build_outline(paragraphs)
    basis = [n for n in root.children if n.label is None and n.text.startswith("Căn cứ")]
    if basis:
        fields["can_cu"] = [_reference(n.text) for n in basis]
    opening = []
    for node in root.children:
        if node.label is not None:
            break
        if node not in basis:
            opening.append(node.text)
    if opening:
        fields["mo_dau"] = opening
    themes = [plain_quote(m.group(1)) for p in paragraphs for m in _THEME.finditer(p)]
    if themes:
        fields["chu_de"] = themes[:1]
    groups, taken = find_target_groups(root)
    left: list[Node] = []
    content, duties = [], []
    used: set[int] = set(taken)
    for node in root.walk():
        if id(node) in taken or node.label is None:
            continue
        used.add(id(node))
        heading = fold(node.text.rstrip(":;. "))
        if heading.startswith("chu de") and len(node.text) < 40:
            fields["chu_de_nguyen_van"] = _texts(node)
        elif heading.startswith("khau hieu"):
            fields["khau_hieu"] = _texts(node)
        elif re.fullmatch(r"muc dich(, yeu cau)?", heading) and node.children and "muc_dich" not in fields:
            if not any(fold(c.text).startswith("muc dich") for c in node.children):
                fields["muc_dich"] = _texts(node)
        elif heading == "yeu cau":
            fields["yeu_cau"] = _texts(node)
        elif heading.startswith("muc tieu") and not heading.startswith("muc tieu cu the"):
            goals = _inline(node) + [t for t in _texts(node, taken)]
            if goals and not any(fold(c.text).startswith("muc tieu") for c in node.children):
                fields.setdefault("muc_tieu", []).extend(goals)
        elif heading.startswith("thoi gian") and "khen thuong" in heading:
            _deadline(fields, node)
        elif heading.startswith("thoi gian"):
            _period(fields, node, issued)
        elif heading.startswith("dot thi dua"):
            fields.setdefault("dot_thi_dua", []).append(_phase(node))
        elif "tieu chuan" in heading:
            _criteria(fields, node)
        elif heading.startswith("ho so"):
            fields.setdefault("ho_so_khen_thuong", {})["thanh_phan"] = _texts(node)
        elif node.style == "roman" and "noi dung" in heading:
            content.append(_item(node, taken, heading=True))
        elif node.style == "roman" and "to chuc thuc hien" in heading:
            duties.extend(_item(child, taken) for child in node.children if id(child) not in taken)
        elif node.style == "roman":
            left.append(node)
        else:
            used.discard(id(node))
    if groups:
        fields["chi_tieu"] = groups
    unplaced = [f"{n.label} {n.text}" for n in left if not any(id(inner) in used for inner in n.walk())]
    if content:
        fields["noi_dung_thi_dua"] = content
    if duties:
        fields["to_chuc_thuc_hien"] = duties
    found = _movements(paragraphs, movements)
    if found:
        fields["phong_trao"] = found
    return fields, unplaced


def plain_quote(text: str) -> str:
    return text.strip().strip("*").strip()


def _texts(node: Node, taken: set[int] = frozenset()) -> list[str]:
    return [n.text for n in node.walk() if id(n) not in taken and n.text] or _inline(node)


def _inline(node: Node) -> list[str]:
    """Text written on the heading's own line after its colon: "1. Mục tiêu: Phát động…"."""
    head, colon, rest = node.text.partition(":")
    return [rest.strip()] if colon and rest.strip() and len(head) < 40 else []


def _item(node: Node, taken: set[int], heading: bool = False) -> dict:
    item: dict = {}
    if node.label and not heading and not node.is_bullet:
        item["so"] = node.label
    if heading:
        item["tieu_de"] = f"{node.label} {node.text}"
    elif node.children and len(node.text) < 160 and not node.is_bullet:
        item["tieu_de"] = node.text
    text = [] if "tieu_de" in item else [node.text]
    points, children = [], []
    for child in node.children:
        if id(child) in taken:
            continue
        if child.label is None:
            text.append(child.text)
        elif child.is_bullet:
            points.append(child.text if not child.children else "\n".join([child.text, *child.paragraphs()]))
        else:
            children.append(_item(child, taken))
    if text:
        item["noi_dung"] = "\n\n".join(text)
    if points:
        item["gach_dau_dong"] = points
    if children:
        item["muc_con"] = children
    if not item:
        item["noi_dung"] = node.text
    return item


def _date(text: str) -> str | None:
    match = _DATE_WORDS.search(text) or _DATE_SLASH.search(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    month = _MONTH_SLASH.search(text)
    return f"{int(month.group(2)):04d}-{int(month.group(1)):02d}" if month else None


def _dates(text: str) -> list[str]:
    found = []
    for match in re.finditer(r"tháng\s+\d{1,2}/\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}", text):
        found.append(_date(match.group()))
    return found


def _period(fields: dict, node: Node, issued: str | None) -> None:
    text = " ".join(_texts(node))
    if not text:
        return
    period: dict = {"nguyen_van": text}
    dates = _dates(text)
    if re.search(r"(ban hành|phát động)", text) and issued:
        period["tu_ngay"] = Marked(issued, "ngày bắt đầu lấy theo ngày ban hành văn bản")
    if dates:
        period["den_ngay"] = dates[-1]
    fields["thoi_gian"] = period


def _deadline(fields: dict, node: Node) -> None:
    text = " ".join(_texts(node))
    dossier = fields.setdefault("ho_so_khen_thuong", {})
    dossier["han_nop_nguyen_van"] = text
    dates = _dates(text)
    if dates:
        dossier["han_nop"] = dates[-1]


def _phase(node: Node) -> dict:
    name, _, rest = node.text.partition(":")
    phase: dict = {"so": node.label, "ten": name.strip()}
    dates = _dates(name)
    if dates:
        phase["tu_ngay"] = dates[0]
        phase["den_ngay"] = dates[-1]
    texts = [rest.strip()] if rest.strip() else []
    texts += [n.text for n in node.walk()]
    if texts:
        phase["noi_dung"] = "\n\n".join(texts)
    occasions = [_occasion(match) for text in [node.text, *texts] for match in _OCCASION.finditer(text)]
    if occasions:
        phase["ngay_ky_niem"] = list({o["nguyen_van"]: o for o in occasions}.values())
    return phase


def _occasion(match: re.Match) -> dict:
    """ "70 năm Ngày chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)": name, first date, this year's."""
    return {
        "nguyen_van": match.group().strip(),
        "ten": match.group("name").strip(),
        "ngay_goc": _date(match.group("first")),
        "ngay": _date(match.group("then")),
    }


def _criteria(fields: dict, node: Node) -> None:
    criteria: dict = {"tieu_de": f"{node.label} {node.text}"}
    for child in node.children:
        heading = fold(child.text)
        if heading.startswith("tap the"):
            criteria["tap_the"] = [n.text for n in child.walk()]
        elif heading.startswith("ca nhan"):
            criteria["ca_nhan"] = [n.text for n in child.walk()]
    if len(criteria) > 1:
        fields["tieu_chuan_khen_thuong"] = criteria


def _reference(text: str) -> dict:
    ref: dict = {}
    kind = next((k for k in _BASIS_KINDS if text.startswith(f"Căn cứ {k}")), None)
    if kind:
        ref["loai"] = kind
    date = _date(text)
    if date:
        ref["ngay"] = date
    ref["nguyen_van"] = text
    return ref


def new_movements(paragraphs: list[str], movements: dict[str, str]) -> list[str]:
    """Names written as “phong trào “…”” that match no movement of phong-trao.yaml: proposals."""
    known = [_key(name) for name in movements.values()]
    found: dict[str, str] = {}
    for paragraph in paragraphs:
        for match in _NAMED_MOVEMENT.finditer(paragraph):
            written = plain_quote(match.group(1))
            if not any(name and name in _key(written) for name in known):
                found.setdefault(_key(written), written)
    return list(found.values())


def _movements(paragraphs: list[str], movements: dict[str, str]) -> list[dict]:
    """Quoted names of movements listed in phong-trao.yaml, first mention of each."""
    keys = {movement_id: _key(name) for movement_id, name in movements.items()}
    found: dict[str, dict] = {}
    for paragraph in paragraphs:
        for match in _QUOTED.finditer(paragraph):
            written = plain_quote(match.group(1))
            key = _key(written)
            for movement_id, name_key in keys.items():
                if movement_id in found or not name_key:
                    continue
                if key == name_key:
                    found[movement_id] = {"ma": movement_id, "ten_trong_van_ban": written}
                elif name_key in key:
                    found[movement_id] = {
                        "ma": Marked(movement_id, "tên trong văn bản dài hơn tên phong trào: kiểm tra có đúng phong trào này"),
                        "ten_trong_van_ban": written,
                    }
    return list(found.values())


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text)).split())
