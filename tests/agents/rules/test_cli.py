"""`radar rules check` and `radar rules test`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from alerts.model import Alert
from radar.cmd_rules import rules_app

ROOT = Path(__file__).resolve().parents[3]
DEFAULTS = ROOT / "agents" / "rules" / "default_rules.yaml"
runner = CliRunner()


def test_check_lists_the_rules() -> None:
    result = runner.invoke(rules_app, ["check", str(DEFAULTS)])
    assert result.exit_code == 0, result.output
    assert "3 rule(s), 1 inhibition rule(s), grace 2d" in result.output
    assert "coordinated_multi_province: cardinality, key perpetrator, window 1d, critical" in result.output


def test_check_names_each_bad_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "rules:\n  - name: x\n    type: threshold\n    killed: many\n    colour: red\n", encoding="utf-8"
    )
    result = runner.invoke(rules_app, ["check", str(bad)])
    assert result.exit_code == 1
    assert "rules[0](x).killed:" in result.output and "rules[0](x).colour:" in result.output


def test_test_prints_alerts_as_json(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: everything\n    type: any\n", encoding="utf-8")
    result = runner.invoke(rules_app, ["test", str(rules), "--data", str(ROOT / "seeds"), "--json"])
    assert result.exit_code == 0, result.output
    alerts = [
        Alert.model_validate(json.loads(line)) for line in result.output.splitlines() if line.startswith("{")
    ]
    assert alerts and {a.rule for a in alerts} == {"everything"}
    assert len({a.fingerprint for a in alerts}) == len({i for a in alerts for i in a.incident_ids})


def test_test_with_a_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(rules_app, ["test", str(DEFAULTS), "--data", str(tmp_path / "nope")])
    assert result.exit_code == 2
