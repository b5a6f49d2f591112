"""The relation views (dossier, timeline, partners, indicator records) read the same from SQLite and
from PostgreSQL: they are built from one ingest of our hand-written pair articles in each."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import bilat
from bilat import api
from bilat.report.render import to_json

PAIRS = Path(__file__).resolve().parents[1] / "data" / "relations"


def test_relation_views_on_each_store(store_url: str) -> None:
    assert bilat.ingest([str(PAIRS)], db=store_url).ok
    dossier = api.dossier("IND", "JPN", store_url, generated=dt.date(2026, 1, 1))
    body = json.loads(to_json(dossier))
    assert body["events"] >= 5
    assert [a["subject"] for a in body["agreements"]] == ["semiconductor supply chains"]
    assert body["trade"]["points"] == [
        {"period": "2020", "value": 18e9, "series": "trade"},
        {"period": "2024", "value": 22.8e9, "series": "trade"},
    ]
    assert [p.code for p in api.partners("EGY", store_url)] == ["ETH"]
    dates = [entry.date for entry in api.timeline("IND", "JPN", store_url)]
    assert dates == sorted(dates, key=lambda d: d or "~")
    assert {r["item"] for r in api.listed_items(store_url, ("JPN", "IND"))} == {
        "machinery",
        "electronic components",
        "steel",
    }
