"""newslens.analyze and friends against the CLI, on good and bad input."""

import json
import subprocess

import pytest

import newslens
from conftest import CLI, SAMPLE, TEST_DATA, polnear_dev_files, run_cli


def test_analyze_json_is_the_clis_json(sample_bytes):
    expected = run_cli("analyze", "--format", "json", str(SAMPLE))
    assert (newslens.analyze_json(sample_bytes) + "\n").encode("utf-8") == expected
    # A str gives the same bytes as its UTF-8 encoding.
    text = sample_bytes.decode("utf-8")
    assert (newslens.analyze_json(text) + "\n").encode("utf-8") == expected


def test_analyze_is_the_clis_json_parsed(sample_bytes):
    expected = json.loads(run_cli("analyze", "--format", "json", str(SAMPLE)))
    analysis = newslens.analyze(sample_bytes.decode("utf-8"))
    assert analysis == expected
    assert analysis["schema"] == newslens.SCHEMA
    assert newslens.analyze_file(SAMPLE) == expected


def test_sample_quotes_and_speakers(sample_bytes):
    analysis = newslens.analyze(sample_bytes)
    quote = next(q for q in analysis["quotes"] if q["text"].startswith("This is the deal"))
    assert quote["kind"] == "direct"
    assert quote["speaker"]["name"] == "Elena Ruiz"
    assert quote["cue"]["text"] == "told"
    parts = [sample_bytes[s["start"]:s["end"]].decode("utf-8") for s in quote["spans"]]
    assert parts == ["This is the deal our riders have been waiting for,",
                     "Nobody won everything, but everybody won something.",
                     "We listened to the drivers. We listened to the families who depend on them."]
    assert " ".join(parts) == quote["text"]
    people = {e["name"] for e in analysis["entities"] if e["type"] == "PER"}
    assert {"Elena Ruiz", "David Okafor", "Maya Chen"} <= people


def test_jsonl_line_with_file_is_the_clis(sample_bytes):
    expected = run_cli("analyze", "--format", "jsonl", str(SAMPLE))
    line = newslens.analyze_json(sample_bytes, indent=-1, file=str(SAMPLE))
    assert (line + "\n").encode("utf-8") == expected


@pytest.mark.parametrize("name, options, flags", [
    ("unicode.txt", {"form": "nfkc"}, ["--form", "nfkc"]),
    ("article.html", {"markup": "text"}, ["--plain"]),
    ("article.html", {"markup": "html"}, ["--html"]),
    ("article.html", {}, []),
    ("crlf-bom.txt", {}, []),
])
def test_options_mirror_the_clis(name, options, flags):
    path = TEST_DATA / name
    expected = run_cli("analyze", "--format", "json", *flags, str(path))
    assert (newslens.analyze_json(path.read_bytes(), **options) + "\n").encode() == expected


def test_codepoint_offsets_index_the_str():
    text = ("Zoë Baker, the café’s owner, said on Monday: “Prices rose 3.5 % to €20 🎉.” "
            "Baker added that Köln’s mayor, Anna Schmidt, “agreed with us”.")
    data = text.encode("utf-8")
    analysis = newslens.analyze(text)
    converted = newslens.to_codepoint_offsets(analysis, text)
    assert analysis["entities"] and analysis["quotes"]
    checked = 0
    for entity, entity_cp in zip(analysis["entities"], converted["entities"]):
        for mention, mention_cp in zip(entity["mentions"], entity_cp["mentions"]):
            assert data[mention["start"]:mention["end"]].decode() == mention["text"]
            assert text[mention_cp["start"]:mention_cp["end"]] == mention["text"]
            checked += 1
    for quote, quote_cp in zip(analysis["quotes"], converted["quotes"]):
        parts = [text[s["start"]:s["end"]] for s in quote_cp["spans"]]
        assert " ".join(parts) == quote["text"]
        checked += 1
    assert checked >= 4
    # Byte offsets past a multi-byte character differ from code-point ones; the input's size
    # ("bytes") is left as it is.
    assert converted["document"]["sentences"][-1]["end"] == len(text)
    assert analysis["document"]["sentences"][-1]["end"] == len(data)
    assert converted["document"]["input"]["bytes"] == len(data)


def test_codepoint_offsets_refuse_another_text():
    analysis = newslens.analyze("“It works,” she said. " * 4)
    with pytest.raises(ValueError, match="beyond the input"):
        newslens.to_codepoint_offsets(analysis, "short")


def test_invalid_utf8_is_repaired_with_offsets_intact():
    good = "Mayor Elena Ruiz said: “We listened to the drivers.” Ruiz smiled.".encode()
    # A stray continuation byte, a truncated sequence, a Latin-1 byte inside a word.
    bad = b"\x80\xc3 " + good.replace(b"smiled", b"sm\xe9iled")
    analysis = newslens.analyze(bad)
    assert analysis["document"]["input"]["repaired"] >= 1
    assert analysis["document"]["input"]["bytes"] == len(bad)
    quote = next(q for q in analysis["quotes"] if q["text"] == "We listened to the drivers.")
    (span,) = quote["spans"]
    assert bad[span["start"]:span["end"]] == b"We listened to the drivers."
    names = [m for e in analysis["entities"] for m in e["mentions"] if m["text"] == "Ruiz"]
    assert names and all(bad[m["start"]:m["end"]] == b"Ruiz" for m in names)
    # The same through a str that carries the bad bytes as surrogate escapes.
    text = bad.decode("utf-8", "surrogateescape")
    assert newslens.analyze(text) == analysis
    converted = newslens.to_codepoint_offsets(analysis, text)
    (span_cp,) = next(q for q in converted["quotes"] if q["id"] == quote["id"])["spans"]
    assert text[span_cp["start"]:span_cp["end"]] == "We listened to the drivers."


def test_binary_is_rejected_with_code_and_offset(tmp_path):
    data = b"PK\x03\x04" + bytes(range(256)) * 8
    with pytest.raises(newslens.NewslensError) as caught:
        newslens.analyze(data)
    error = caught.value
    assert error.code == "not_text"
    assert isinstance(error.offset, int) and 0 <= error.offset < len(data)
    assert error.file is None
    assert error.message and error.message in str(error) and "not_text" in str(error)
    path = tmp_path / "archive.zip"
    path.write_bytes(data)
    with pytest.raises(newslens.NewslensError) as from_file:
        newslens.analyze_file(path)
    assert from_file.value.code == "not_text"
    assert from_file.value.file == str(path)
    assert str(from_file.value).startswith(f"{path}: ")
    # The CLI names the same problem.
    done = subprocess.run([str(CLI), "analyze", str(path)], capture_output=True)
    assert done.returncode == 1
    assert done.stderr.decode() == f"newslens: {path}: {error.message}\n"


def test_bad_options_and_types():
    with pytest.raises(newslens.NewslensError) as caught:
        newslens.analyze("text", markup="xml")
    assert caught.value.code == "invalid_option" and caught.value.offset is None
    assert "'xml'" in caught.value.message
    with pytest.raises(newslens.NewslensError, match="nfd"):
        newslens.analyze("text", form="nfd")
    with pytest.raises(TypeError):
        newslens.analyze(42)
    with pytest.raises(FileNotFoundError):
        newslens.analyze_file("/nonexistent/newslens/article.txt")


def test_empty_input():
    analysis = newslens.analyze("")
    assert analysis["quotes"] == [] and analysis["document"]["input"]["bytes"] == 0


POLNEAR = polnear_dev_files()


@pytest.mark.skipif(not POLNEAR, reason="PolNeAR dev texts not found (../shared)")
@pytest.mark.parametrize("path", POLNEAR, ids=lambda p: p.rsplit("/", 1)[-1])
def test_polnear_dev_is_the_clis_json(path):
    expected = run_cli("analyze", "--format", "json", path)
    with open(path, "rb") as f:
        assert (newslens.analyze_json(f.read()) + "\n").encode("utf-8") == expected
