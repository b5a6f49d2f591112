"""Texts that state no event between actors: a weather report, a statistics release, a sports result,
a market summary and a space mission. They name states, capitals, weekdays, figures and verbs that
patterns know in other senses ("beat", "fell", "hit", "lead", "land"); bilat must code no event from them.

Every text is ours, in wire style, with its publication date.
"""

from __future__ import annotations

import pytest

from bilat.pipeline import Reader

TEXTS = [
    pytest.param(
        "MANILA, Oct. 2 (Wire) -- Heavy rain is expected across northern Luzon on Thursday as a tropical "
        "depression moves west at 15 km per hour, the state weather bureau said. Temperatures in Manila "
        "will range from 24 to 31 degrees Celsius. The storm is forecast to weaken over the South China "
        "Sea by Saturday, and coastal areas of Vietnam may see strong winds early next week.",
        "2025-10-02",
        id="weather-report",
    ),
    pytest.param(
        "OTTAWA, Feb. 14 (Wire) -- Canada's consumer prices rose 2.4 percent in January from a year "
        "earlier, Statistics Canada said on Tuesday, after a 1.9 percent rise in December. Gasoline "
        "prices climbed 4.1 percent, while food prices were up 2.2 percent. The unemployment rate held at"
        " 6.6 percent, and exports to the United States grew for a third straight month.",
        "2025-02-14",
        id="statistics-release",
    ),
    pytest.param(
        "BUENOS AIRES, June 9 (Wire) -- Argentina beat Brazil 2-1 in a World Cup qualifier on Tuesday, "
        "with both goals coming in the second half. Brazil pulled one back through a header in stoppage "
        "time. Argentina lead the South American table with 25 points, four ahead of Uruguay, who drew "
        "0-0 with Paraguay in Montevideo.",
        "2025-06-09",
        id="sports-result",
    ),
    pytest.param(
        "TOKYO, Aug. 5 (Wire) -- Japanese shares fell sharply on Monday as the yen strengthened against "
        "the dollar, with the Nikkei index closing down 3.2 percent. Exporters led the decline. In Seoul "
        "the KOSPI lost 2.1 percent, while Chinese stocks ended slightly higher. Oil prices eased and "
        "gold hit a record high.",
        "2025-08-05",
        id="market-summary",
    ),
    pytest.param(
        "NEW DELHI, Aug. 23 (Wire) -- India's lunar lander touched down near the Moon's south pole on "
        "Wednesday, the Indian Space Research Organisation said, making India the fourth country to land "
        "a spacecraft on the Moon. The rover will study the lunar soil for two weeks.",
        "2023-08-23",
        id="space-mission",
    ),
    pytest.param(
        "NAIROBI, March 5 (Wire) -- Delegates of the East African Community, at their meeting held on 3 "
        "March in Arusha, reviewed the bloc's budget for the coming year and elected a new secretary. The "
        "next meeting will be held in June.",
        "2025-03-05",
        id="a-meeting-held-in-march",
    ),
    pytest.param(
        "Honduras will keep its border checks in place until Guatemala sends more troops to the border.",
        "2025-03-05",
        id="an-act-a-promise-waits-on",
    ),
    pytest.param(
        "PARIS, July 14 (Wire) -- Meteo-France said the heat would reach France on Thursday and spread to "
        "Italy and the Balkans over the weekend, hitting Germany and Poland.",
        "2026-07-14",
        id="a-heatwave-hitting-states",
    ),
]


@pytest.mark.parametrize(("text", "date"), TEXTS)
def test_text_without_an_event_codes_none(reader: Reader, text: str, date: str) -> None:
    events = reader.read(text, date=date).events
    assert not events, [f"{e.source.code} {e.plover_type} {e.target.code} ({e.trigger})" for e in events]
