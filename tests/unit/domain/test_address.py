"""desktop.domain.address: the client refuses what the server would, naming the same field, before a
request is queued; the stored form and the written forms of a Macao address."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.address import (
    AddressInput,
    ChildInput,
    ErrorCode,
    FieldError,
    address_text,
    check_address,
    check_departments,
    check_registration,
    format_address,
    preferred_form,
    registration_payload,
    same_address,
)
from server.ops.address_check import check_registration as server_check
from server.ops.kinds import OpRefused

HOME = AddressInput(
    district="macau",
    street_zh="高士德大馬路",
    street_pt="Avenida de Horta e Costa",
    number="25",
    building_zh="示範大廈",
    building_pt="Edifício Demonstração",
    floor="8",
    flat="B",
)
DEPARTMENTS = ["DSI", "DSF", "IH"]


def fields(errors: list[FieldError]) -> list[tuple[str, ErrorCode]]:
    return [(e.field, e.code) for e in errors]


def test_a_complete_address_passes_and_is_sent_trimmed_without_empty_parts() -> None:
    address = AddressInput(
        district="taipa", street_zh="  哥英布拉街 ", street_pt="", number=" 225 ", floor="3"
    )
    assert check_address(address) == []
    assert address.to_payload() == {
        "district": "taipa",
        "street": {"zh": "哥英布拉街"},
        "number": "225",
        "floor": "3",
    }
    assert list(HOME.to_payload()) == ["district", "street", "number", "building", "floor", "flat"]
    assert AddressInput.from_payload(HOME.to_payload()) == HOME


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (AddressInput(street_zh="街", number="1"), [("address.district", ErrorCode.MISSING)]),
        (AddressInput(district="hengqin", street_zh="街", number="1"),
         [("address.district", ErrorCode.UNKNOWN_DISTRICT)]),
        (AddressInput(district="macau", street_zh="  ", number="1"), [("address.street", ErrorCode.MISSING)]),
        (AddressInput(district="macau", street_pt="R" * 121, number="1"),
         [("address.street.pt", ErrorCode.TOO_LONG)]),
        (AddressInput(district="macau", street_zh="街\n二樓", number="1"),
         [("address.street.zh", ErrorCode.CONTROL)]),
        (AddressInput(district="macau", street_zh="街"), [("address.number", ErrorCode.NUMBER_OR_BUILDING)]),
        (AddressInput(district="macau", street_zh="街", number="1" * 21),
         [("address.number", ErrorCode.TOO_LONG)]),
        (AddressInput(district="macau", street_zh="街", number="1", floor="F" * 11),
         [("address.floor", ErrorCode.TOO_LONG)]),
        (AddressInput(district="macau", street_zh="街", number="1", flat="A" * 11),
         [("address.flat", ErrorCode.TOO_LONG)]),
        (AddressInput(), [("address.district", ErrorCode.MISSING), ("address.street", ErrorCode.MISSING),
                          ("address.number", ErrorCode.NUMBER_OR_BUILDING)]),
    ],
)  # fmt: skip
def test_an_incomplete_or_too_long_address_names_the_field(
    address: AddressInput, expected: list[tuple[str, ErrorCode]]
) -> None:
    assert fields(check_address(address)) == expected


def test_limits_count_characters_after_trimming() -> None:
    at_limit = AddressInput(district="coloane", street_zh="街" * 120, building_pt=" " + "E" * 120 + " ")
    assert check_address(at_limit) == []
    error = check_address(AddressInput(district="coloane", street_zh="街" * 121, number="1"))[0]
    assert error.limit == 120 and error.part == "street" and error.child is None


def test_a_building_alone_is_enough() -> None:
    assert (
        check_address(AddressInput(district="cotai", street_pt="Estrada do Istmo", building_zh="某大廈"))
        == []
    )


def test_departments_one_to_twenty_three_distinct_and_known() -> None:
    known = {f"D{n}" for n in range(30)}
    assert fields(check_departments([])) == [("departments", ErrorCode.TOO_FEW)]
    assert fields(check_departments([f"D{n}" for n in range(24)])) == [("departments", ErrorCode.TOO_MANY)]
    assert fields(check_departments(["D1", "D1"])) == [("departments", ErrorCode.DUPLICATE)]
    assert fields(check_departments(["D1", "XX"], known)) == [("departments", ErrorCode.UNKNOWN_DEPARTMENT)]
    assert check_departments([f"D{n}" for n in range(23)], known) == []


def test_children_need_a_name_and_a_valid_address_of_their_own_if_any() -> None:
    children = [
        ChildInput("陳小明"),
        ChildInput("  "),
        ChildInput("x" * 101),
        ChildInput("陳小華", AddressInput(district="taipa", number="3")),
    ]
    errors = check_registration(HOME, DEPARTMENTS, children)
    assert fields(errors) == [
        ("children[1].name", ErrorCode.MISSING),
        ("children[2].name", ErrorCode.TOO_LONG),
        ("children[3].address.street", ErrorCode.MISSING),
    ]
    assert [e.child for e in errors] == [1, 2, 3]
    eleven = [ChildInput(f"child {n}") for n in range(11)]
    assert fields(check_registration(HOME, DEPARTMENTS, eleven)) == [("children", ErrorCode.TOO_MANY)]


def test_the_payload_is_what_the_server_stores() -> None:
    children = [
        ChildInput(" 陳小明 "),
        ChildInput("陳小華", AddressInput(district="taipa", street_zh="街", number="3")),
    ]
    payload = registration_payload(HOME, DEPARTMENTS, children, "change")
    parsed = server_check(payload)
    assert parsed.address == payload["address"]
    assert parsed.children == payload["children"]
    assert payload["children"][0] == {"name": "陳小明", "address": None}
    with pytest.raises(ValueError):
        registration_payload(HOME, DEPARTMENTS, [], "move")


#: Parts around the limits (10, 20, 120), with spaces to trim and control characters to refuse.
_PART = st.one_of(
    st.just(""),
    st.text(alphabet="街路 AaÇ\t\n", max_size=4),
    st.sampled_from(["a" * 10, "a" * 11, "1" * 20, "1" * 21, " " + "b" * 10 + " ", "R" * 120, "R" * 121]),
)


@settings(max_examples=300, deadline=None)
@given(
    district=st.sampled_from(["", "macau", "taipa", "cotai", "hengqin"]),
    parts=st.lists(_PART, min_size=7, max_size=7),
    child_name=st.sampled_from([None, "", " ", "陳小明", "n" * 100, "n" * 101, "a\tb"]),
)
def test_the_client_refuses_exactly_what_the_server_refuses(
    district: str, parts: list[str], child_name: str | None
) -> None:
    names = ["street_zh", "street_pt", "number", "building_zh", "building_pt", "floor", "flat"]
    address = AddressInput(district, **dict(zip(names, parts, strict=True)))
    children = [] if child_name is None else [ChildInput(child_name)]
    errors = check_registration(address, DEPARTMENTS, children)
    payload: dict[str, Any] = {
        "address": _as_sent(address),
        "departments": DEPARTMENTS,
        "children": [{"name": c.name, "address": None} for c in children],
        "kind": "register",
    }
    try:
        parsed = server_check(payload)
    except OpRefused as refusal:
        assert errors, f"the server refused {refusal.extra} but the client let it through"
        field = refusal.extra.get("field")
        if field is not None:  # invalid-address names the field; the client names it too
            assert field in {e.field for e in errors}
        else:  # a child's name is invalid-payload on the server
            assert any(e.field.startswith("children") for e in errors)
    else:
        assert errors == [], f"the client refused {fields(errors)} but the server takes it"
        assert parsed.address == address.to_payload()


def _as_sent(address: AddressInput) -> dict[str, Any]:
    """What a naive client would send: every part as typed (the server trims and drops empties)."""
    out: dict[str, Any] = {"district": address.district}
    out["street"] = {"zh": address.street_zh, "pt": address.street_pt}
    building = {lang: v for lang, v in (("zh", address.building_zh), ("pt", address.building_pt)) if v}
    if building:
        out["building"] = building
    for name in ("number", "floor", "flat"):
        if getattr(address, name):
            out[name] = getattr(address, name)
    return out


def test_an_address_reads_the_macao_way_in_chinese_and_in_portuguese() -> None:
    home = HOME.to_payload()
    assert format_address(home, "zh") == "澳門半島高士德大馬路25號示範大廈8樓B"
    assert format_address(home, "pt") == (
        "Avenida de Horta e Costa, n.º 25, Edifício Demonstração, 8.º B, Península de Macau"
    )
    chinese_only = AddressInput(
        district="taipa", street_zh="哥英布拉街", number="225", floor="R/C"
    ).to_payload()
    # An address typed in Chinese only reads the Chinese way in every interface language.
    assert preferred_form("pt", chinese_only) == "zh"
    assert address_text(chinese_only, "en") == "氹仔哥英布拉街225號R/C"
    assert preferred_form("zh-Hant", home) == "zh" and preferred_form("en", home) == "pt"
    assert address_text(None, "pt") == ""
    assert same_address(home, dict(home)) and not same_address(home, chinese_only)
