#!/usr/bin/env python3
"""Writes core/data/html-entities.txt from the HTML standard's named character references.

Python's standard library carries the WHATWG table (html.entities.html5). We keep the names that
end in ';' and stand for a single code point below U+2B00: the references found in news pages.
    python3 tools/data/make-html-entities.py > core/data/html-entities.txt
"""
import html.entities

HEADER = """\
# HTML named character references that stand for one code point below U+2B00.
# Source: the WHATWG HTML Living Standard's table of named character references
# (https://html.spec.whatwg.org/multipage/named-characters.html), as exposed by Python's
# html.entities.html5; regenerate with tools/data/make-html-entities.py.
# Columns: name (without & and ;), code point in hex."""


def main():
    print(HEADER)
    for name, value in sorted(html.entities.html5.items()):
        if name.endswith(";") and len(value) == 1 and ord(value) < 0x2B00:
            print(f"{name[:-1]}\t{ord(value):04X}")


if __name__ == "__main__":
    main()
