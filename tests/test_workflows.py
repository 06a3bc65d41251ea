"""The GitHub side: workflows audited by zizmor, every file valid against its schema, actions pinned.

zizmor and check-jsonschema are pinned in requirements-dev.txt and run from the current
interpreter's bin directory, so the tests use the project's .venv. Both run offline:
zizmor with --offline, check-jsonschema with its built-in (vendored) schemas only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
ISSUE_FORMS = sorted(p for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
BIN = Path(sys.executable).parent

# `uses: owner/repo[/path]@<40 hex> # v1.2.3`, nothing else on the line.
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d+(?:\.\d+)*\s*$")


def tool(name: str) -> str:
    path = BIN / name
    if not path.is_file():
        pytest.fail(f"{name} is not installed beside {sys.executable}: pip install -r requirements-dev.txt")
    return str(path)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_the_expected_files_exist():
    names = {p.relative_to(GITHUB).as_posix() for p in GITHUB.rglob("*") if p.is_file()}
    assert {
        "workflows/ci.yml",
        "workflows/deploy.yml",
        "dependabot.yml",
        "pull_request_template.md",
        "ISSUE_TEMPLATE/propose-a-question.yml",
        "ISSUE_TEMPLATE/bug-report.yml",
        "ISSUE_TEMPLATE/config.yml",
    } <= names


def test_zizmor_finds_nothing():
    # Default collection under .github/: the workflows and dependabot.yml. --no-config keeps
    # the result independent of any zizmor.yml; ignore comments in the files would still count,
    # and there are none.
    result = run(tool("zizmor"), "--offline", "--no-config", "--format=json", "--no-progress", ".github")
    assert result.returncode == 0, result.stdout + result.stderr
    findings = json.loads(result.stdout)
    assert findings == [], [(f["ident"], f["desc"]) for f in findings]
    for workflow in WORKFLOWS:  # it really looked at every file
        assert f"completed .github/workflows/{workflow.name}" in result.stderr.replace("\\", "/"), result.stderr


def builtin_schemas() -> set[str]:
    help_text = run(tool("check-jsonschema"), "--help").stdout
    return set(re.findall(r"\b((?:vendor|custom)\.[\w-]+)", help_text))


CHECKS = [
    ("vendor.github-workflows", WORKFLOWS),
    ("custom.github-workflows-require-timeout", WORKFLOWS),
    ("vendor.dependabot", [GITHUB / "dependabot.yml"]),
    ("vendor.github-issue-forms", ISSUE_FORMS),
    ("vendor.github-issue-config", [GITHUB / "ISSUE_TEMPLATE" / "config.yml"]),
]


@pytest.mark.parametrize(("schema", "files"), CHECKS, ids=[schema for schema, _ in CHECKS])
def test_valid_against_the_builtin_schema(schema, files):
    assert files and all(f.is_file() for f in files)
    if schema not in builtin_schemas():
        if schema in ("vendor.github-workflows", "vendor.dependabot"):
            pytest.fail(f"check-jsonschema has no builtin schema {schema}")
        pytest.skip(f"this check-jsonschema has no builtin schema {schema}")
    result = run(tool("check-jsonschema"), "--builtin-schema", schema, *map(str, files))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    step: []\n")
    result = run(tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(broken))
    assert result.returncode == 1


def uses_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(-\s+)?uses:", line)]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_tag(workflow):
    lines = uses_lines(workflow)
    assert lines
    assert [line for line in lines if not PINNED.match(line)] == []


def test_one_commit_per_action():
    # Two workflows that pin one action to different commits are half-updated.
    pins: dict[str, set[str]] = {}
    for workflow in WORKFLOWS:
        for line in uses_lines(workflow):
            action, rest = line.split("uses:")[1].strip().split("@", 1)
            pins.setdefault(action, set()).add(rest)
    assert {action: refs for action, refs in pins.items() if len(refs) > 1} == {}


def test_the_pin_pattern_refuses_tags_and_short_hashes():
    assert PINNED.match("      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1")
    for line in [
        "      - uses: actions/checkout@v7",
        "      - uses: actions/checkout@3d3c42e # v7.0.1",
        "      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1",
        "      - uses: actions/checkout@main # v7.0.1",
    ]:
        assert not PINNED.match(line), line


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_ci_runs_the_readme_test_command_on_the_oldest_and_newest_python():
    ci = load(GITHUB / "workflows" / "ci.yml")
    job = ci["jobs"]["test"]
    assert job["strategy"]["matrix"]["python-version"] == ["3.11", "3.14"]
    assert job["env"]["CI"] == "true"
    assert any(step.get("run", "").strip() == "make test" for step in job["steps"])
    assert ci["permissions"] == {"contents": "read"}


def test_deploy_grants_pages_rights_to_the_deploy_job_only():
    deploy = load(GITHUB / "workflows" / "deploy.yml")
    assert deploy["permissions"] == {}
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "write" not in deploy["jobs"]["build"]["permissions"].values()
    assert any(step.get("run", "").strip() == "make build" for step in deploy["jobs"]["build"]["steps"])


def form_field(form: dict, field_id: str) -> dict:
    return next(item for item in form["body"] if item.get("id") == field_id)


def test_the_question_form_offers_the_choices_of_the_data_contract():
    form = load(GITHUB / "ISSUE_TEMPLATE" / "propose-a-question.yml")
    question = json.loads((ROOT / "schema" / "questions.schema.json").read_text(encoding="utf-8"))["$defs"]["Question"]
    props = question["properties"]
    assert form_field(form, "category")["attributes"]["options"] == [c["id"] for c in load(ROOT / "data" / "categories.yml")]
    guide = load(ROOT / "data" / "guide.yml")  # the guide declares its kinds and roles
    assert form_field(form, "kind")["attributes"]["options"] == [k["id"] for k in guide["kinds"]]
    assert form_field(form, "difficulty")["attributes"]["options"] == props["difficulty"]["enum"]
    roles = [option["label"] for option in form_field(form, "roles")["attributes"]["options"]]
    assert roles == [r["id"] for r in guide["roles"]]
    ids = {item.get("id") for item in form["body"]}
    assert set(question["required"]) - {"id"} <= ids  # every required field is asked for


def test_blank_issues_are_off():
    assert load(GITHUB / "ISSUE_TEMPLATE" / "config.yml") == {"blank_issues_enabled": False}
