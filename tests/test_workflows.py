"""The GitHub workflows are valid, pinned, and grant no more than they need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
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
    assert workflow["permissions"] == {"contents": "read"}
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


DEPLOY_RIGHTS = {"pages": "write", "id-token": "write"}
# actions/deploy-pages waits for the deployment up to its `timeout` input, 600000 ms by default.
DEPLOY_PAGES_TIMEOUT_MINUTES = 600000 / 60000


def needs(job: dict) -> list[str]:
    value = job.get("needs", [])
    return [value] if isinstance(value, str) else value


def upstream(workflow: dict, name: str) -> set[str]:
    """Every job that must succeed before job `name` runs."""
    found: set[str] = set()
    todo = [name]
    while todo:
        for before in needs(workflow["jobs"][todo.pop()]):
            if before not in found:
                found.add(before)
                todo.append(before)
    return found


def test_only_the_deploy_job_may_publish():
    workflow = load(DEPLOY)
    jobs = workflow["jobs"]
    assert jobs["deploy"]["permissions"] == DEPLOY_RIGHTS
    for name, job in jobs.items():
        if name != "deploy":
            granted = job.get("permissions", workflow["permissions"])
            assert "write" not in granted.values(), f"{name} can write: {granted}"
            assert not {s.get("uses", "").split("@")[0] for s in job.get("steps", [])} & {"actions/deploy-pages"}, name


def test_deploy_job_outlives_deploy_pages():
    deploy = load(DEPLOY)["jobs"]["deploy"]
    step = next(s for s in deploy["steps"] if s.get("uses", "").startswith("actions/deploy-pages@"))
    assert "timeout" not in step.get("with", {}), "the margin below is computed from deploy-pages' default"
    assert deploy["timeout-minutes"] > DEPLOY_PAGES_TIMEOUT_MINUTES


def test_tests_gate_the_deploy():
    workflow = load(DEPLOY)
    builders = [name for name, job in workflow["jobs"].items() if "mkdocs build" in str(job.get("steps"))]
    testers = [
        name for name, job in workflow["jobs"].items()
        if any(step.get("run", "").strip() in {".ci/run", "make test"} for step in job.get("steps", []))
    ]
    assert builders and testers
    for builder in builders:
        assert set(testers) <= upstream(workflow, builder), f"{builder} runs before the tests pass"
    assert set(builders) <= upstream(workflow, "deploy")
    assert (ROOT / ".ci/run").read_text(encoding="utf-8").strip().endswith("\nmake test")


def test_deployed_links_point_at_the_repository_the_workflow_runs_in(monkeypatch):
    """The build step's SITE_URL and REPO_URL, with GitHub's context filled in, are what MkDocs uses."""
    from mkdocs.config import load_config

    build = next(s for s in steps(load(DEPLOY)) if "mkdocs build" in s.get("run", ""))
    context = {
        "github.server_url": "https://github.com",
        "github.repository": "so-noi-vu/thidua-ha-tinh",
        "steps.pages.outputs.base_url": "https://so-noi-vu.github.io/thidua-ha-tinh",
    }
    for name, value in build["env"].items():
        filled = re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", lambda found: context[found.group(1)], value)
        monkeypatch.setenv(name, filled)
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config["repo_url"] == "https://github.com/so-noi-vu/thidua-ha-tinh"
    assert config["site_url"] == "https://so-noi-vu.github.io/thidua-ha-tinh/"


def test_python_packages_are_installed_only_from_the_hash_checked_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^LOCK := requirements\.txt$", makefile, re.M)
    recipe = re.search(r"^\$\(VENV\)/\.installed: (.*)\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe and "$(LOCK)" in recipe.group(1).split(), "the venv is redone when the lock changes"
    installs = [line for line in recipe.group(2).splitlines() if "pip install" in line]
    assert len(installs) == 2
    assert "--require-hashes -r $(LOCK)" in installs[0]
    assert "--no-deps" in installs[1] and "--no-build-isolation" in installs[1], "nothing outside the lock"
    for path in WORKFLOWS.glob("*.y*ml"):
        workflow = load(path)
        runs = "\n".join(step.get("run", "") for step in steps(workflow))
        assert "pip install" not in runs, f"{path.name} installs around the lock"
        assert re.search(r"make (setup|venv|test)|\.ci/run", runs), path.name
        for step in steps(workflow):
            if step.get("uses", "").startswith("actions/setup-python@"):
                assert step["with"]["cache-dependency-path"] == "requirements.txt", path.name


def test_lock_pins_every_package_with_hashes():
    """Every requirement of pyproject.toml, and every requirement of those, transitively, is pinned and hashed."""
    import tomllib
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    text = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    entries = re.findall(r"^([A-Za-z0-9._-]+)==(\S+)((?: \\\n\s+--hash=sha256:[0-9a-f]{64})+)", text, re.M)
    requirement_lines = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert len(entries) == len(requirement_lines), "every line of the lock is `name==version` with hashes"
    pinned = {canonicalize_name(name): version for name, version, _ in entries}

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = [Requirement(r) for r in project["project"]["dependencies"]]
    wanted += [Requirement(r) for r in project["project"]["optional-dependencies"]["test"]]
    wanted += [Requirement(r) for r in project["build-system"]["requires"]]
    seen: set[str] = set()
    while wanted:
        requirement = wanted.pop()
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement} is not in requirements.txt"
        assert requirement.specifier.contains(pinned[name], prereleases=True), f"{requirement} vs {pinned[name]}"
        if name in seen:
            continue
        seen.add(name)
        for extra in requirement.extras or {""}:
            for needed in map(Requirement, metadata.requires(name) or []):
                if needed.marker is None or needed.marker.evaluate({"extra": extra}):
                    wanted.append(needed)


def test_dependabot_updates_action_pins_and_the_lock():
    config = load(ROOT / ".github" / "dependabot.yml")
    assert config["version"] == 2
    ecosystems = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(ecosystems) >= {"github-actions", "pip"}
    for update in ecosystems.values():
        assert update["directory"] == "/" and update["schedule"]["interval"]
    header = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("#    pip-compile ") and "--generate-hashes" in line for line in header), (
        "Dependabot recognizes a pip-compile lock by its header and re-runs the command written there"
    )
