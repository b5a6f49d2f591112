"""A user's pattern file is checked on load: each broken entry is one clear error naming the file and the
pattern, and a valid entry adds to or overrides the package's patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.errors import ConfigError
from bilat.events.patterns import PatternSet

GOOD = '[[pattern]]\nid = "consult.dine"\nlemmas = ["dine with"]\nplover = "CONSULT"\ncameo = "040"\n'


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        pytest.param('colour = "red"\n', "unknown field", id="unknown-field"),
        pytest.param('mode = "riot"\n', "is not a mode of CONSULT", id="mode-of-another-type"),
        pytest.param("strength = 1.5\n", "strength must be", id="strength-above-one"),
        pytest.param('refused = "040"\n', "not a CAMEO code of REJECT", id="refusal-code-not-a-rejection"),
        pytest.param('refused = "1299"\n', "not a CAMEO code of REJECT", id="refusal-code-unknown"),
        pytest.param('target = ["beside"]\n', "unknown target role", id="unknown-role"),
    ],
)
def test_a_broken_pattern_is_one_error_naming_it(tmp_path: Path, extra: str, reason: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(GOOD + extra, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        PatternSet.load([path])
    assert str(path) in str(caught.value)
    assert "consult.dine" in str(caught.value)
    assert reason in str(caught.value)


def test_a_valid_refusal_code_loads(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(GOOD + 'refused = "125"\n', encoding="utf-8")
    [dine] = [p for p in PatternSet.load([path]).patterns if p.id == "consult.dine"]
    assert dine.refused == "125"
