"""The GitHub workflows are valid, pinned, and grant no more than they need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

WORKFLOWS = Path(__file__).resolve().parent.parent / ".github" / "workflows"
CHECKS = WORKFLOWS / "checks.yml"
DEPLOY = WORKFLOWS / "deploy.yml"
PAGES_ACTIONS = {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"}
# `uses: actions/NAME@<40 hex> # vX.Y.Z` — official action, full commit SHA, version comment.
PINNED_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s+actions/[\w.-]+@[0-9a-f]{40}\s+#\s+v\d+(?:\.\d+){0,2}\s*$")


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a YAML mapping"
    return data


def triggers(workflow: dict) -> dict:
    # YAML 1.1 (PyYAML) reads the bare key `on` as the boolean True.
    on = workflow.get("on", workflow.get(True))
    return {on: None} if isinstance(on, str) else dict(on)


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def actions(workflow: dict) -> list[str]:
    return [step["uses"] for step in steps(workflow) if "uses" in step]


@pytest.mark.parametrize("path", [CHECKS, DEPLOY], ids=lambda p: p.name)
def test_workflow_is_valid_yaml_with_jobs(path):
    workflow = load(path)
    assert workflow["jobs"], f"{path.name} has no jobs"
    assert triggers(workflow)


@pytest.mark.parametrize("path", sorted(WORKFLOWS.glob("*.y*ml")), ids=lambda p: p.name)
def test_every_action_is_official_and_pinned_by_sha(path):
    workflow = load(path)
    for uses in actions(workflow):
        assert re.fullmatch(r"actions/[\w.-]+@[0-9a-f]{40}", uses), f"{path.name}: {uses}"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
    assert len(lines) == len(actions(workflow))
    for line in lines:
        assert PINNED_LINE.match(line), f"{path.name}: needs `actions/…@<sha> # vX.Y.Z`: {line.strip()}"


def test_same_action_same_sha_everywhere():
    seen: dict[str, str] = {}
    for path in (CHECKS, DEPLOY):
        for uses in actions(load(path)):
            name, sha = uses.split("@")
            assert seen.setdefault(name, sha) == sha, f"{name} pinned to two SHAs"


def test_no_workflow_runs_untrusted_code_with_secrets():
    for path in WORKFLOWS.glob("*.y*ml"):
        assert "pull_request_target" not in triggers(load(path)), path.name


def test_checks_runs_on_pull_requests_with_read_only_token():
    workflow = load(CHECKS)
    on = triggers(workflow)
    assert "pull_request" in on
    assert "main" in on["push"]["branches-ignore"]
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in workflow["jobs"].items():
        assert job.get("permissions", {"contents": "read"}) == {"contents": "read"}, name


def test_checks_has_no_deploy_steps():
    workflow = load(CHECKS)
    used = {uses.split("@")[0] for uses in actions(workflow)}
    assert not used & PAGES_ACTIONS
    for name, job in workflow["jobs"].items():
        assert "environment" not in job, name
    runs = "\n".join(step.get("run", "") for step in steps(workflow))
    assert "thidua validate --format github campaigns/" in runs
    assert "mkdocs build --strict" in runs
    assert "make test" in runs


def test_deploy_permissions_concurrency_and_pages_actions():
    workflow = load(DEPLOY)
    on = triggers(workflow)
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    assert "pull_request" not in on
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert {uses.split("@")[0] for uses in actions(workflow)} >= PAGES_ACTIONS | {"actions/checkout"}

    deploy = workflow["jobs"]["deploy"]
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}
    assert any(step.get("id") == "deployment" for step in deploy["steps"])

    checkout = next(s for s in steps(workflow) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0, "pages show last-updated dates from git history"
    runs = "\n".join(step.get("run", "") for step in steps(workflow))
    assert "mkdocs build --strict" in runs


def test_validation_step_annotates_the_broken_file_and_line(tmp_path):
    """Run the pull-request workflow's validation step, as written, on a broken copy of the data."""
    import os
    import shutil
    import subprocess

    root = WORKFLOWS.parent.parent
    step = next(s for s in load(CHECKS)["jobs"]["checks"]["steps"] if s.get("name") == "Validate campaign data")
    shutil.copytree(root / "campaigns", tmp_path / "campaigns")
    plan = tmp_path / "campaigns/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
    lines = plan.read_text(encoding="utf-8").splitlines()
    broken = next(i for i, line in enumerate(lines) if line.startswith("nam: "))
    lines[broken] = "nam: hai nghìn"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = dict(os.environ, PATH=f"{root / '.venv/bin'}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run(step["run"], shell=True, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert (
        f"::error file=campaigns/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml,"
        f"line={broken + 1},col=1::“nam” cần một số nguyên, không phải “hai nghìn”"
    ) in result.stdout
