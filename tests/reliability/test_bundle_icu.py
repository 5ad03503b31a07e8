"""The bundle's smaller ICU data (scripts/bundle_icu.py, used by build.spec on Linux): what stays, that the
package format round-trips, and that Qt answers the app's questions (how names sort, case, time-zone
names, Arabic and European code pages) exactly as with ICU's whole data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import bundle_icu  # a build script (scripts/ is not a package)

ICU_DATA = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
needs_icu_library = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and ICU_DATA and bundle_icu.can_trim()),
    reason="PySide6's own ICU data library and binutils (readelf, as, ld): Linux wheels only")

# What the app asks ICU through Qt: collation keys for names (i18n.install_collation, the language's
# locale), case mapping, time-zone display names, converters by name; Swedish is not kept (control).
PROBE = r"""
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone, Qt
names = ["Zoë", "zebra", "Émile", "eve", "Ahmed", "أحمد", "بشير", "آمنة", "ابراهيم", "ياسر", "Ōsaka", "ab",
         "Ab c", "a-b", "Ä", "Ölçer", "ñandú", "Nadia"]
for code in ("en_GB", "en_US", "ar_SA", "ar_AE"):
    collator = QCollator(QLocale(code))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    print(code, sorted(names, key=collator.sortKey))
    print(code, QLocale(code).toUpper("istanbul straße"), QLocale(code).toLower("İSTANBUL"))
    for zone in (b"Asia/Dubai", b"Europe/London", b"America/New_York"):
        print(code, QTimeZone(zone).displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                                                QLocale(code)))
for name in ("windows-1256", "ISO-8859-6", "windows-1252", "ISO-8859-15", "KOI8-R", "IBM437"):
    print(name, QStringDecoder(name).isValid())
print("CONTROL", sorted(["ö", "z", "o", "å", "a"], key=QCollator(QLocale("sv_SE")).sortKey))
"""


def test_kept_items_are_the_shipped_languages_and_the_shared_data():
    assert bundle_icu.kept("icudt73l/coll/ar_SA.res", 30_000)
    assert bundle_icu.kept("icudt73l/zone/en_GB.res", 5_000)
    assert bundle_icu.kept("icudt73l/root.res", 100_000)
    assert bundle_icu.kept("icudt73l/coll/ucadata.icu", 570_000)
    assert bundle_icu.kept("icudt73l/res_index.res", 9_000)  # not a language called "res"
    assert bundle_icu.kept("icudt73l/zone/tzdbNames.res", 9_000)
    assert bundle_icu.kept("icudt73l/zoneinfo64.res", 150_000)
    assert bundle_icu.kept("icudt73l/ibm-5352_P100-1998.cnv", 2_000)  # windows-1256 (Arabic)
    assert not bundle_icu.kept("icudt73l/coll/sv.res", 5_000)
    assert not bundle_icu.kept("icudt73l/zh_Hant_TW.res", 5_000)
    assert not bundle_icu.kept("icudt73l/coll/de__PHONEBOOK.res", 100)
    assert not bundle_icu.kept("icudt73l/brkitr/root.res", 5_000)
    assert not bundle_icu.kept("icudt73l/translit/en.res", 5_000)
    assert not bundle_icu.kept("icudt73l/gb18030.cnv", 230_000)
    # a language is kept by name, with every region of it
    assert bundle_icu.kept("icudt73l/curr/fr_CA.res", 5_000, ("root", "fr"))
    assert not bundle_icu.kept("icudt73l/curr/ar.res", 5_000, ("root", "fr"))


@needs_icu_library
def test_package_round_trips_and_the_trimmed_one_is_consistent(tmp_path):
    _symbol, offset, size = bundle_icu._data_symbol(ICU_DATA[0])
    with open(ICU_DATA[0], "rb") as handle:
        handle.seek(offset)
        whole = handle.read(size)
    header, items = bundle_icu.read_package(whole)
    assert bundle_icu.write_package(header, items) == whole
    assert len(items) > 3000

    chosen = bundle_icu.select(items)
    names = [name for name, _item in chosen]
    assert names == sorted(names)  # ICU finds items by binary search
    assert all(any(n.endswith(end) for n in names) for end in ("/coll/ar.res", "/zone/en_GB.res", "/root.res"))
    assert not any(n.endswith(("/coll/zh.res", "/coll/sv.res", ".dict")) for n in names)
    # a converter that only extends a dropped one goes with it (windows-936 extends ibm-1386)
    assert not any(n.endswith("/windows-936-2000.cnv") for n in names)
    small = bundle_icu.write_package(header, chosen)
    again_header, again = bundle_icu.read_package(small)
    assert again_header == header and [name for name, _item in again] == names
    assert all(item.startswith(original) for (_n, item), (_m, original) in zip(again, chosen))
    assert len(small) < len(whole) / 4


@needs_icu_library
def test_qt_answers_the_same_with_the_trimmed_data(tmp_path):
    library = bundle_icu.trimmed_library(ICU_DATA[0], tmp_path / "icu")
    assert library.name == ICU_DATA[0].name and library.stat().st_size < ICU_DATA[0].stat().st_size / 4

    def probe(preload: Path | None) -> list[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("LD_PRELOAD", None)
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)  # same soname: libicuuc binds to it instead of its neighbour
        done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env,
                              timeout=120, check=True)
        return done.stdout.splitlines()

    whole, trimmed = probe(None), probe(library)
    assert trimmed[:-1] == whole[:-1]
    assert any(line.startswith("ar_SA ['آمنة', 'ابراهيم', 'أحمد', 'بشير', 'ياسر',") for line in trimmed)
    assert all(line.endswith("True") for line in trimmed if line.startswith(("windows-", "ISO-", "KOI8", "IBM")))
    # Swedish is not in the bundle: its names sort as ICU's root does (å, ö beside a, o), which shows
    # the probe really ran on the trimmed data.
    assert whole[-1] == "CONTROL ['a', 'o', 'z', 'å', 'ö']"
    assert trimmed[-1] == "CONTROL ['a', 'å', 'o', 'ö', 'z']"
