"""newslens.dask on a LocalCluster of two worker processes against the CLI's JSON Lines."""

import io
import json
import time

import pytest

from conftest import SAMPLE, polnear_dev_files, run_cli

distributed = pytest.importorskip("dask.distributed")
import newslens.dask  # noqa: E402 -- after the skip: it imports dask.distributed


@pytest.fixture(scope="module")
def client():
    # Processes, as on a real cluster: the workers import newslens themselves.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


POLNEAR = polnear_dev_files()


@pytest.mark.skipif(not POLNEAR, reason="PolNeAR dev texts not found (../shared)")
def test_polnear_dev_is_the_clis_jsonl(client):
    expected = run_cli("analyze", "--format", "jsonl", *POLNEAR).decode("utf-8").splitlines()
    out = io.StringIO()
    started = time.monotonic()
    failed = newslens.dask.write_jsonl(POLNEAR, out, client, batch_size=4)
    elapsed = time.monotonic() - started
    lines = out.getvalue().splitlines()
    assert failed == 0
    assert len(lines) == len(expected) == len(POLNEAR)
    for line, cli_line in zip(lines, expected):
        assert line == cli_line
    print(f"\n{len(lines)} documents on 2 workers in {elapsed:.1f} s, equal to the CLI's")


def test_failed_documents_keep_their_place(client, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(SAMPLE.read_bytes())
    binary = tmp_path / "binary.bin"
    binary.write_bytes(b"\x00\x01\x02\x03" * 1000)
    missing = tmp_path / "missing.txt"
    paths = [str(good), str(binary), str(missing), str(good)]
    out = io.StringIO()
    assert newslens.dask.write_jsonl(paths, out, client, batch_size=3) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 4
    good_line = run_cli("analyze", "--format", "jsonl", str(good)).decode("utf-8").rstrip("\n")
    assert lines[0] == good_line and lines[3] == good_line
    refused = json.loads(lines[1])
    assert refused["file"] == str(binary)
    assert refused["error"]["code"] == "not_text" and refused["error"]["offset"] == 0
    unreadable = json.loads(lines[2])
    assert unreadable == {"file": str(missing), "error": {
        "code": "unreadable", "message": "No such file or directory", "offset": None}}


def test_a_folder_is_its_files_by_name(client, tmp_path):
    for name, text in [("b.txt", "“Yes,” Ann Lee said."), ("a.txt", "Bob Hart said no."),
                       (".hidden", "skipped")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    lines = list(newslens.dask.analyze_files([str(tmp_path)], client))
    files = [json.loads(line)["file"] for line in lines]
    assert files == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    expected = run_cli("analyze", "--format", "jsonl", *files).decode("utf-8").splitlines()
    assert lines == expected
