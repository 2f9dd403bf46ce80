"""Shared fixtures of the Python module's tests (make test-python).

The module is imported from the build tree (PYTHONPATH=build/native/python) and compared with
the CLI of the same build (build/native/newslens, or $NEWSLENS_CLI). PolNeAR's dev texts are
read from $NEWSLENS_SHARED/data/quotes/polnear/dev/text (default: ../shared beside the
checkout); the tests that need them are skipped when they are absent.
"""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = pathlib.Path(os.environ.get("NEWSLENS_CLI", ROOT / "build" / "native" / "newslens"))
SHARED = pathlib.Path(os.environ.get("NEWSLENS_SHARED", ROOT.parent / "shared"))
POLNEAR_DEV = SHARED / "data" / "quotes" / "polnear" / "dev" / "text"
SAMPLE = ROOT / "web" / "examples" / "sample-article.txt"
TEST_DATA = ROOT / "tests" / "data"


def polnear_dev_files():
    """PolNeAR's dev texts in the order of a sorted shell glob, or [] when absent."""
    if not POLNEAR_DEV.is_dir():
        return []
    return sorted(str(p) for p in POLNEAR_DEV.glob("*.txt"))


def run_cli(*args):
    """The CLI's standard output (bytes) for `args`; fails the test on a non-zero exit."""
    assert CLI.is_file(), f"{CLI} is missing: build it first (make native)"
    done = subprocess.run([str(CLI), *args], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return done.stdout


@pytest.fixture(scope="session")
def sample_bytes():
    return SAMPLE.read_bytes()
