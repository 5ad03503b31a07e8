"""A smaller ICU data library for the Linux bundle (build.spec calls ``trimmed_library``).

PySide6's Linux wheels carry ICU's whole data (``libicudata.so.NN``, 32 MB, a third of the bundle's Qt)
for every language ICU knows. Qt Core calls ICU for five things only: collation (QCollator: how names
sort), locale-aware upper/lower case, time-zone display names, the calendar those names need, and
converters for legacy text encodings (QStringDecoder with a name Qt does not handle itself). It never
calls ICU's break iterators (Qt breaks text with its own tables) or transliterators.

So the bundle keeps, from ICU's data package:
- every file that is not per language (normalisation, names, likely subtags, plural rules, time-zone
  rules, metazones, the collation root ``ucadata.icu``, the converter aliases), and
- the per-language files of ``root``, English and Arabic (the shipped languages, every region of them:
  ``en_GB``, ``ar_SA``, ``ar_AE`` ...) in every tree (locales, collation, zones, currencies, languages,
  regions, units, number spell-out),
and leaves out the other languages' files, the break-iterator dictionaries (Chinese/Japanese, Thai, Lao,
Khmer, Burmese word lists) and rules, the transliterators, and the converters over 64 KB (the Chinese, Japanese,
Korean and Taiwanese multi-byte tables; the single-byte ones, Arabic and European code pages among
them, stay). A language that is not kept falls back to ``root`` as ICU does for any unknown language.

The package format is ICU's "common data" (``ucmndata.h``): a data header, then a table of contents
(count, then per item the offset of its name and of its data, both from the table's start; names
sorted, ICU looks them up by binary search), the names, then the items, each 16-byte aligned. The new
package is assembled into a shared library exporting the same symbol (``icudtNN_dat``) with binutils'
``as`` and ``ld``, the tools of the same package as the ``readelf`` and ``strip`` the spec already uses.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("root", "en", "ar")
# Trees whose ``.res`` files are one per language (``coll/ar.res``, ``zone/en_GB.res``).
LANGUAGE_TREES = {"", "coll", "zone", "curr", "lang", "region", "unit", "rbnf"}
# Data for ICU services Qt never calls (break iterators with their dictionaries, transliterators).
UNUSED_TREES = {"brkitr", "translit"}
LARGEST_CONVERTER = 64_000
LANGUAGE_FILE = re.compile(r"[a-z]{2,3}(_[A-Z0-9_][A-Za-z0-9_]*|_)?")  # ar, en_GB, zh_Hant, de__PHONEBOOK, not res_index


def kept(name: str, size: int, languages: tuple[str, ...] = KEEP_LANGUAGES) -> bool:
    """Whether the item ``name`` ("icudt73l/coll/ar.res") of ``size`` bytes stays in the package."""
    parts = name.split("/")[1:]
    tree, base = "/".join(parts[:-1]), parts[-1]
    stem, _, ext = base.rpartition(".")
    if tree in UNUSED_TREES:
        return False
    if ext == "cnv":
        return size <= LARGEST_CONVERTER
    if ext == "res" and tree in LANGUAGE_TREES and LANGUAGE_FILE.fullmatch(stem):
        return stem.split("_")[0] in languages
    return True


def select(items: list[tuple[str, bytes]], languages: tuple[str, ...] = KEEP_LANGUAGES) -> list[tuple[str, bytes]]:
    """The items that stay. A small converter that only extends a large one (it names its base table,
    e.g. windows-936 names ibm-1386) goes with its base."""
    chosen = [(name, item) for name, item in items if kept(name, len(item), languages)]
    names = {name for name, _item in chosen}
    gone = [name.rsplit("/", 1)[-1][:-4].encode("ascii") for name, _item in items
            if name.endswith(".cnv") and name not in names]
    return [(name, item) for name, item in chosen
            if not (name.endswith(".cnv") and any(base in item for base in gone))]


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, item) pairs of an ICU common-data package (little-endian)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    # magic bytes, then UDataInfo: little-endian (isBigEndian 0 at byte 8), format "CmnD" at bytes 12-15
    if data[2:4] != b"\xda\x27" or data[8] != 0 or data[12:16] != b"CmnD":
        raise ValueError("not a little-endian ICU common-data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + offset for _name, offset in entries] + [len(data)]
    items = []
    for i, (name_offset, _offset) in enumerate(entries):
        at = header_size + name_offset
        name = data[at:data.index(b"\0", at)].decode("ascii")
        items.append((name, data[starts[i]:starts[i + 1]]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items`` (kept in the given, sorted order) behind ``header``."""
    header_size = len(header)
    names = b"".join(name.encode("ascii") + b"\0" for name, _item in items)
    table = 4 + 8 * len(items)
    position = header_size + table + len(names)
    position += -position % 16
    name_at, data_at, body = table, [], []
    for _name, item in items:
        data_at.append(position - header_size)
        body.append(item + b"\xaa" * (-len(item) % 16))
        position += len(body[-1])
    out = [header, struct.pack("<I", len(items))]
    for (name, _item), offset in zip(items, data_at):
        out.append(struct.pack("<II", name_at, offset))
        name_at += len(name) + 1
    out.append(names)
    out.append(b"\xaa" * (-(header_size + table + len(names)) % 16))  # ICU pads with 0xaa
    out.extend(body)
    return b"".join(out)


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the data exported by ``libicudata.so.NN``."""
    symbols = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True,
                             check=True).stdout
    found = re.search(r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)",
                      symbols)
    if found is None:
        raise ValueError(f"{library} exports no ICU data symbol")
    address, size, section = int(found.group(1), 16), int(found.group(2), 0), int(found.group(3))
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True,
                              check=True).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if row is None:
        raise ValueError(f"{library}: no section {section}")
    return found.group(4), address - int(row.group(1), 16) + int(row.group(2), 16), size


def can_trim() -> bool:
    return all(shutil.which(tool) for tool in ("readelf", "as", "ld"))


def trimmed_library(library: Path, workdir: Path, languages: tuple[str, ...] = KEEP_LANGUAGES) -> Path:
    """Write ``workdir/<library's name>``: the same library with only the data the app uses."""
    symbol, offset, size = _data_symbol(library)
    with open(library, "rb") as handle:
        handle.seek(offset)
        header, items = read_package(handle.read(size))
    small = write_package(header, select(items, languages))
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "icudata.dat").write_bytes(small)
    (workdir / "icudata.s").write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
        f'\t.incbin "icudata.dat"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=workdir, check=True)
    target = workdir / library.name
    subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(target), "icudata.o"], cwd=workdir,
                   check=True)
    return target
