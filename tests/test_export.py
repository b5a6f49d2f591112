"""PLOVER's convention for planned acts, applied to event records on the way out."""

from __future__ import annotations

import pytest

from bilat.export import future_as_agree, plover_convention_type


@pytest.mark.parametrize(
    ("plover_type", "status", "converted"),
    [
        ("CONSULT", "planned", "AGREE"),
        ("SUPPORT", "planned", "AGREE"),
        ("COOPERATE", "planned", "AGREE"),
        ("AID", "planned", "AGREE"),
        ("CONSULT", "occurred", "CONSULT"),
        ("AID", "ongoing", "AID"),
        ("THREATEN", "planned", "THREATEN"),
        ("ASSAULT", "hypothetical", "ASSAULT"),
    ],
)
def test_plover_convention_type(plover_type: str, status: str, converted: str) -> None:
    assert plover_convention_type(plover_type, status) == converted


def test_a_converted_record_keeps_what_bilat_coded() -> None:
    record = {"plover_type": "CONSULT", "plover_mode": "visit", "status": "planned", "cameo_code": "042"}
    out = future_as_agree(record)
    assert out == {
        "plover_type": "AGREE",
        "plover_mode": None,
        "status": "planned",
        "cameo_code": "042",
        "coded_plover_type": "CONSULT",
        "coded_plover_mode": "visit",
    }
    assert record["plover_type"] == "CONSULT"  # the input is left alone


def test_other_records_are_unchanged() -> None:
    record = {"plover_type": "ACCUSE", "plover_mode": None, "status": "occurred"}
    assert future_as_agree(record) == record
