"""PyYAML's syntax errors in Vietnamese: the mistakes staff make, each with its message and the
place to fix it (line, column), and an English fallback kept for anything else."""

import pytest
import yaml

from thidua.yamlerrors import explain, odd_spaces


def explained(text: str):
    with pytest.raises(yaml.MarkedYAMLError) as error:
        yaml.compose(text, Loader=yaml.SafeLoader)
    return explain(error.value)


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("so_ky_hieu: Số: 29\n", 1, 15, "dấu hai chấm “:” nằm ở chỗ không được có"),
        ("a:\n  b: 1\n   c: 2\n", 3, 4, "dòng này thụt lề thừa 1 dấu cách so với “b:” ở dòng 2"),
        ("a:\n  b: 1\n c: 2\n", 3, 2, "dòng này thụt lề thiếu 1 dấu cách so với “b:” ở dòng 2"),
        ("a:\n  - 1\n - 2\n", 3, 2, "dòng này thụt lề thiếu 1 dấu cách so với “-” ở dòng 2"),
        ("a:\n\tb: 1\n", 2, 1, "có ký tự Tab"),
        ("nam: 2024\nchu_de\nb: 2\n", 2, 1, "thiếu dấu hai chấm “:” sau tên trường"),
        ('a: 1\nb: "Kế hoạch\nc: 2\n', 2, 4, "dấu ngoặc mở ở đây chưa được đóng"),
        ("a: 'Kế hoạch\n", 1, 4, "dấu ngoặc mở ở đây chưa được đóng"),
        ('a: "Kế hoạch\nb: "thi đua"\n', 1, 4, "dấu ngoặc mở ở đây chưa được đóng, nên máy đọc tiếp đến dấu ngoặc ở dòng 2"),
        ('a: "Kế hoạch "thi đua" năm"\n', 1, 15, "sau giá trị còn chữ thừa, thường vì có dấu ngoặc kép ở giữa câu"),
        ("a: @UBND\n", 1, 4, "giá trị không được bắt đầu bằng ký tự “@”"),
        ("a: `x`\n", 1, 4, "giá trị không được bắt đầu bằng ký tự “`”"),
        ("a: *x\n", 1, 4, "giá trị không được bắt đầu bằng dấu “*” hoặc “&”"),
        ('a: "C:\\d"\n', 1, 8, "trong ngoặc kép, dấu “\\” phải viết hai lần"),
        ("a: [1, 2\nb: 3\n", 2, 2, "danh sách trong ngoặc vuông [ ] viết sai"),
        ("a: {x\n", 2, 1, "nhóm trong ngoặc nhọn { } viết sai"),
        ("a: |x\n", 1, 5, "sau dấu “|” hoặc “>” phải xuống dòng"),
        ("a: 1\n---\nb: 2\n", 2, 1, "tệp chỉ được có một phần, nhưng dòng “---” ở đây mở phần thứ hai"),
    ],
)
def test_common_mistakes_are_said_in_vietnamese(text, line, column, message):
    problem = explained(text)
    assert (problem.line, problem.column, problem.message) == (line, column, message)
    assert problem.hint


def test_anything_else_keeps_pyyaml_words_after_a_vietnamese_lead():
    problem = explained("%YAML 1.1\n%YAML 1.1\n---\na: 1\n")
    assert problem.message.startswith("YAML sai cú pháp (máy báo bằng tiếng Anh: “")
    assert "dùng dấu cách, không dùng Tab" in problem.hint


@pytest.mark.parametrize(
    ("text", "line", "column", "code"),
    [
        ("van_ban:\n  so: 1\n\u00a0 ky_hieu: KH\n", 3, 1, "U+00A0"),  # indentation pasted from Word
        ("van_ban:\n  ky_hieu:\u00a0KH\n", 2, 11, "U+00A0"),  # PyYAML: "could not find expected ':'"
        ("chi_tieu:\n  - so:\u202f\"1.\"\n", 2, 8, "U+202F"),
        ("a: 1\n\u3000b: 2\n", 2, 1, "U+3000"),  # PyYAML: reads a key "\u3000b"
    ],
)
def test_look_alike_spaces_where_yaml_needs_a_plain_one(text, line, column, code):
    (problem,) = odd_spaces(text)
    assert (problem.line, problem.column) == (line, column)
    assert problem.message == f"có dấu cách đặc biệt (mã {code}) ở chỗ cần dấu cách thường"
    assert "sao chép từ Word hoặc PDF" in problem.hint


def test_look_alike_spaces_inside_text_and_a_byte_order_mark_are_fine():
    assert odd_spaces('\ufeffnguyen_van: "Số:\u00a029 KH/UBND"\nthanh_tich: Có\u00a0thành tích\n') == []
