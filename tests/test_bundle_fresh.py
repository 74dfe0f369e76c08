"""The committed bundles in widgets/static/built are what the sources in js/ build to.

The book and Jupyter use the committed files, so building the book needs no
Node; this test is what keeps them honest. It runs js/build.mjs (esbuild, pinned
in package-lock.json) into a temporary directory and compares byte for byte.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from widgets.definitions import load_all

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "widgets" / "static" / "built"
BUNDLES = ["mvh-views.js", "mvh-views.nn.js", "mvh-widgets.js", "mvh-widgets.nn.js", "widget.js"]
HOW = "Node.js is needed to check the JS bundles: install it (Debian: apt-get install nodejs npm), then run `make js`."


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    node = shutil.which("node")
    if node is None:
        pytest.fail(HOW)
    if not (ROOT / "node_modules" / "esbuild").is_dir():
        pytest.fail("esbuild is not installed: run `make js` (npm ci) first.")
    out = tmp_path_factory.mktemp("built")
    result = subprocess.run(
        [node, str(ROOT / "js" / "build.mjs"), str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"js/build.mjs failed:\n{result.stdout}\n{result.stderr}"
    return out


@pytest.mark.parametrize("name", BUNDLES)
def test_committed_bundle_is_what_the_sources_build_to(fresh: Path, name: str) -> None:
    committed = (DIST / name).read_bytes()
    built = (fresh / name).read_bytes()
    assert committed == built, f"widgets/static/built/{name} is out of date: run `make js` and commit the result."


def test_nothing_else_is_in_dist() -> None:
    assert sorted(p.name for p in DIST.iterdir()) == BUNDLES


def test_node_tests_read_the_instruments_as_python_does() -> None:
    """tests/js reads the YAML with the `yaml` package (YAML 1.1, as PyYAML); both must see the same data."""
    node = shutil.which("node")
    if node is None:
        pytest.fail(HOW)
    script = (
        'import("./tests/js/helpers.mjs").then((m) => process.stdout.write(JSON.stringify('
        "Object.fromEntries(m.instrumentIds().map((id) => [id, m.instrument(id)])))))"
    )
    result = subprocess.run(
        [node, "--input-type=module", "-e", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == load_all()
