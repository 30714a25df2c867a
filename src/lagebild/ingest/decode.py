"""Turning bytes into text without ever crashing.

UTF-8 (with or without byte-order mark) is tried first, then UTF-16 when a
byte-order mark says so, then Windows-1252, which German and English text
saved by older Windows software uses, and finally Latin-1, which maps every
byte and so always succeeds.
"""

from __future__ import annotations

import codecs

from lagebild.errors import Code, InputError

# Share of control characters above which a file is binary, not text.
_BINARY_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")


def looks_binary(data: bytes) -> bool:
    """Tells whether ``data`` is binary (NUL bytes or many control characters)."""
    sample = data[:65536]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and chr(b) not in _ALLOWED_CONTROLS)
    return bool(sample) and controls / len(sample) > _BINARY_CONTROL_SHARE


def decode_bytes(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decodes ``data`` to text.

    Args:
        data: The raw bytes.
        path: Named in the error when the data is binary.

    Returns:
        The text and the name of the encoding that was used.

    Raises:
        InputError: When the data is binary.
    """
    if looks_binary(data):
        raise InputError(Code.BINARY, "binary file, not text", path=path)
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
