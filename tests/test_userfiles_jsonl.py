"""One JSON Lines reader: blank lines skipped, every bad line named by file and line."""

from __future__ import annotations

import pytest

from auditkit.errors import InputError
from auditkit.userfiles import json_lines


def test_rows_come_with_their_line_numbers_and_blank_lines_are_skipped():
    assert list(json_lines(['{"a": 1}\n', "\n", '{"b": 2}\n'], "f.jsonl")) == [(1, {"a": 1}), (3, {"b": 2})]


def test_a_line_that_is_not_json_names_file_line_column_and_the_expected_form():
    with pytest.raises(InputError) as caught:
        list(json_lines(['{"a": 1}', "{oops"], "f.jsonl", expected="{prompt, response}"))
    assert str(caught.value) == ("f.jsonl:2: invalid JSON (Expecting property name enclosed in double quotes at "
                                 "column 2); expected {prompt, response}")


def test_objects_only_unless_asked_otherwise():
    with pytest.raises(InputError, match=r"^f.jsonl:1: expected a JSON object per line$"):
        list(json_lines(["[1, 2]"], "f.jsonl"))
    assert list(json_lines(["[1, 2]"], "f.jsonl", objects=False)) == [(1, [1, 2])]
