"""People of the table named in sentences: leaders of every region resolve to their state, and a known
person is coded with the office held in the year of the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat.model import Reading


def _code_of(reading: Reading, name: str) -> str | None:
    return next((m.code for m in reading.mentions if m.text.endswith(name)), None)


@pytest.mark.parametrize(
    ("sentence", "date", "name", "code"),
    [
        pytest.param("Prime Minister Anwar Ibrahim received the Thai envoy in Putrajaya on Monday.",
                     "2025-02-03", "Anwar Ibrahim", "MYS.HOG", id="malaysia"),
        pytest.param("President Mohamed Muizzu flew to New Delhi for a state visit.",
                     "2024-10-06", "Mohamed Muizzu", "MDV.HOS", id="maldives-titled-abroad"),
        pytest.param("Lawrence Wong told reporters that trade talks would resume.",
                     "2025-01-10", "Lawrence Wong", "SGP.HOG", id="singapore"),
        pytest.param("Sitiveni Rabuka hosted the Pacific Islands Forum leaders in Suva.",
                     "2024-08-20", "Sitiveni Rabuka", "FJI.HOG", id="fiji"),
        pytest.param("Jeremiah Manele said his government would review the security pact.",
                     "2024-06-11", "Jeremiah Manele", "SLB.HOG", id="solomon-islands"),
        pytest.param("James Marape welcomed the Australian defence minister to Port Moresby.",
                     "2025-03-01", "James Marape", "PNG.HOG", id="papua-new-guinea"),
        pytest.param("Albin Kurti rejected the proposal from Belgrade.",
                     "2024-09-09", "Albin Kurti", "XKX.HOG", id="kosovo"),
        pytest.param("Bassirou Diomaye Faye asked France to close its bases.",
                     "2024-11-28", "Bassirou Diomaye Faye", "SEN.HOS", id="senegal"),
        pytest.param("Yamandú Orsi met Lula in Brasilia.",
                     "2025-03-10", "Yamandú Orsi", "URY.HOS", id="uruguay"),
        pytest.param("José Raúl Mulino said the canal would stay Panamanian.",
                     "2025-02-02", "José Raúl Mulino", "PAN.HOS", id="panama"),
        pytest.param("Vice-President Moody Awori denied any role in the contracts.",
                     "2005-05-10", "Moody Awori", "KEN.GOV", id="vice-president-of-the-archives"),
        pytest.param("Rebels demanded talks with President Juvenal Habyarimana.",
                     "1993-01-15", "Juvenal Habyarimana", "RWA.HOS", id="president-of-the-archives"),
        pytest.param("Pope Leo XIV appealed for a ceasefire in Sudan.",
                     "2025-06-01", "Pope Leo XIV", "VAT.HOS", id="holy-see"),
    ],
)  # fmt: skip
def test_leaders_resolve_to_their_state_and_office(
    read_dated: Callable[[str, str], Reading], sentence: str, date: str, name: str, code: str
) -> None:
    assert _code_of(read_dated(sentence, date), name) == code


@pytest.mark.parametrize(
    ("sentence", "date", "name", "code"),
    [
        pytest.param("Michelle Bachelet criticised the crackdown in Caracas.", "2020-07-02",
                     "Michelle Bachelet", "UN.OHCHR", id="an-igo-office-that-year"),
        pytest.param("Michelle Bachelet visited Buenos Aires.", "2016-05-02",
                     "Michelle Bachelet", "CHL.HOS", id="a-state-office-another-year"),
        pytest.param("Mohammed bin Salman toured the Yemeni border.", "2018-03-03",
                     "Mohammed bin Salman", "SAU.MIL", id="defence-minister-before-he-led-the-government"),
        pytest.param("Denys Shmyhal signed the order in Kyiv.", "2023-05-05",
                     "Denys Shmyhal", "UKR.HOG", id="prime-minister-then"),
        pytest.param("Denys Shmyhal signed the order in Kyiv.", "2025-09-05",
                     "Denys Shmyhal", "UKR.MIL", id="defence-minister-now"),
        pytest.param("Former President Mahathir Mohamad criticised the government.", "2024-04-04",
                     "Mahathir Mohamad", "MYS.HOG", id="out-of-office-keeps-the-best-known"),
    ],
)  # fmt: skip
def test_a_known_person_is_coded_with_the_office_held_in_the_year_of_the_text(
    read_dated: Callable[[str, str], Reading], sentence: str, date: str, name: str, code: str
) -> None:
    assert _code_of(read_dated(sentence, date), name) == code
