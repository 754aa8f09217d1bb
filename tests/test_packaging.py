"""The built wheel carries the runtime resources, and the code finds them only through them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_contains_runtime_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("diplograph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"diplograph/_resources/ontologies/{p.name}"
        for p in (ROOT / "ontologies").iterdir()
        if p.suffix in (".ttl", ".jsonld")
    }
    expected |= {
        f"diplograph/_resources/gazetteers/{p.name}"
        for p in (ROOT / "data" / "gazetteers").iterdir()
    }
    expected |= {
        f"diplograph/_resources/queries/{p.name}" for p in (ROOT / "data" / "queries").glob("*.rq")
    }
    assert expected and expected <= names, sorted(expected - names)
    assert "diplograph/py.typed" in names
    assert "diplograph/templates/network.html" in names


def test_code_never_reaches_outside_the_package() -> None:
    """Resources are found through importlib.resources, and ../shared is never read."""
    for path in (ROOT / "diplograph").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "parent.parent" not in source, path
        assert "shared/reference" not in source and "../shared" not in source, path
