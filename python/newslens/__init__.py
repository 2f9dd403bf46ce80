"""newslens: who said what about whom in a news article.

    import newslens

    analysis = newslens.analyze("“We will win,” the mayor said on Tuesday.")
    for quote in analysis["quotes"]:
        print(quote["text"], "--", quote["speaker"] and quote["speaker"]["name"])

The result is the `newslens/1` contract (CONTRACT.md) as Python objects (dicts, lists, str,
int, float, None): the same JSON the CLI prints, `newslens analyze --format json FILE`, parsed.

Offsets. Every "start"/"end" is a UTF-8 byte offset into the input, as in the CLI: for str input
into `text.encode("utf-8")`, for bytes input into the bytes themselves (which may be UTF-8,
UTF-16 with a BOM, Windows-1252 or HTML; the core sniffs, as the CLI does). To index the str
instead, convert once with `to_codepoint_offsets(analysis, text)`, after which
`text[start:end]` is the span.

Errors. Input that is not text (binary data) or too large raises NewslensError, whose `code`
is the contract's error code ("not_text", "too_large", "invalid_option") and whose `offset` is
the byte offset of the problem (or None). Invalid UTF-8 is not an error: it is repaired (each
bad sequence becomes U+FFFD in the analysed text) and the offsets still count the input's own
bytes. A str is encoded with errors="surrogateescape", so a str read with that error handler
(open(..., errors="surrogateescape"), os.fsdecode) is analysed as the bytes it came from.

Options mirror the CLI's: markup="auto" (the default: HTML is recognised), "text" (--plain) or
"html" (--html); form="nfc" (the default) or "nfkc" (--form nfkc).

Calls are independent and release the GIL while the engine runs, so threads analyse in
parallel. For many documents on a cluster, see newslens.dask.
"""

import json
import os

from . import _core

__all__ = [
    "NewslensError",
    "SCHEMA",
    "analyze",
    "analyze_file",
    "analyze_json",
    "to_codepoint_offsets",
]

__version__ = _core.version()

# The schema name every analysis carries ("schema" member).
SCHEMA = "newslens/1"


class NewslensError(Exception):
    """The engine refused an input or an option.

    Attributes:
      code:    the contract's error code: "not_text" (binary data), "too_large",
               "invalid_option" (a markup or form value the engine does not know)
      message: one English line naming the problem, without the file name
      offset:  byte offset into the input of the first problem, or None
      file:    the path, when the input came from analyze_file; else None
    """

    def __init__(self, code, message, offset=None, file=None):
        self.code = code
        self.message = message
        self.offset = offset
        self.file = file
        where = f"{file}: " if file is not None else ""
        super().__init__(f"{where}{message} [{code}]")


def _input_bytes(text):
    """str -> its UTF-8 encoding; bytes-like -> bytes; anything else -> TypeError."""
    if isinstance(text, str):
        return text.encode("utf-8", "surrogateescape")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"newslens: expected str or bytes, not {type(text).__name__}")


def _run(data, markup, form, indent, file, error_file=None):
    result, error = _core.analyze(data, markup, form, indent, file)
    if error is not None:
        code, message, offset = error
        raise NewslensError(code, message, offset, error_file)
    return result


def analyze_json(text, *, markup="auto", form="nfc", indent=2, file=None):
    """The analysis of `text` (str or bytes) as the contract's JSON text.

    With the defaults these are exactly the bytes (once encoded as UTF-8) that
    `newslens analyze --format json` prints for the same input, less the CLI's final newline.
    indent=-1 gives one line; with file="name" too, the line `--format jsonl` prints for a file
    given as "name". Raises NewslensError (see the module's help) and TypeError.
    """
    return _run(_input_bytes(text), markup, form, indent, file)


def analyze(text, *, markup="auto", form="nfc"):
    """The analysis of `text` (str or bytes) as a dict, offsets in UTF-8 bytes of the input.

    Raises NewslensError for input that is not text or too large, or an unknown option value;
    TypeError for input that is neither str nor bytes.
    """
    return json.loads(_run(_input_bytes(text), markup, form, -1, None))


def analyze_file(path, *, markup="auto", form="nfc"):
    """The analysis of the file at `path` (read as bytes, like the CLI) as a dict.

    Offsets are byte offsets into the file. Raises OSError when the file cannot be read, and
    NewslensError (with .file set to `path`) when the engine refuses it.
    """
    with open(path, "rb") as f:
        data = f.read()
    return json.loads(_run(data, markup, form, -1, None, error_file=os.fspath(path)))


def _offset_members(node, found):
    """Appends every "start"/"end" int found anywhere in `node` to `found`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("start", "end") and isinstance(value, int):
                found.append(value)
            else:
                _offset_members(value, found)
    elif isinstance(node, list):
        for item in node:
            _offset_members(item, found)


def _converted(node, table):
    if isinstance(node, dict):
        return {
            key: (table[value] if key in ("start", "end") and isinstance(value, int)
                  else _converted(value, table))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_converted(item, table) for item in node]
    return node


def to_codepoint_offsets(analysis, text):
    """A copy of `analysis` whose "start"/"end" offsets index the str instead of its bytes.

    `text` is what was analysed. For a str, the result's offsets index it: text[start:end]. For
    UTF-8 bytes, they index data.decode("utf-8", "surrogateescape"), where each invalid byte is
    one character. Other encodings (UTF-16, Windows-1252) have no such str: decode them
    yourself and analyse the str. Raises ValueError for an offset beyond the text, or for bytes
    the engine did not read as UTF-8.
    """
    encoding = analysis.get("document", {}).get("input", {}).get("encoding", "utf-8")
    if encoding != "utf-8":
        raise ValueError(f"newslens: the input was read as {encoding}, not UTF-8: analyse the "
                         "decoded str to get code-point offsets")
    data = _input_bytes(text)
    offsets = []
    _offset_members(analysis, offsets)
    # One pass over the text: the characters between consecutive offsets, counted by decoding
    # those bytes (offsets fall on code-point boundaries of the input, CONTRACT.md).
    table = {}
    previous_byte = 0
    count = 0
    for offset in sorted(set(offsets)):
        if offset > len(data):
            raise ValueError(f"newslens: offset {offset} is beyond the input "
                             f"({len(data)} bytes): is this the text that was analysed?")
        count += len(data[previous_byte:offset].decode("utf-8", "surrogateescape"))
        table[offset] = count
        previous_byte = offset
    return _converted(analysis, table)
