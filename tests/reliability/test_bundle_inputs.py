"""What the bundle is built from: the launcher script (the frozen executable's entry point), the icons
generated from the one SVG, and the version the spec reads. The build itself runs in .ci/run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImageReader

from totalnet_desktop import __version__, paths

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "resources" / "launcher.py"


def run_launcher(*args, data_dir=None):
    env = {k: v for k, v in os.environ.items() if k != "TOTALNET_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    extra = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run([sys.executable, str(LAUNCHER), *extra, *args], capture_output=True, text=True,
                          env=env, timeout=60, check=False)


def test_launcher_version_and_macos_process_serial_number_ignored():
    result = run_launcher("--version", "-psn_0_12345")
    assert result.returncode == 0 and result.stdout.strip() == f"TotalNet {__version__}"


def test_launcher_smoke_start_opens_the_window_and_exits_0(tmp_path):
    result = run_launcher("--smoke-test", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"TotalNet {__version__} smoke test: main window shown"
    assert (tmp_path / "data" / "totalnet.sqlite3").stat().st_size > 0


def test_launcher_smoke_start_on_the_sample_chapter_builds_every_screen(tmp_path):
    assert run_launcher("demo", data_dir=tmp_path / "data").returncode == 0
    result = run_launcher("--smoke-test", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"TotalNet {__version__} smoke test: main window shown"


def test_the_spec_ships_the_modules_the_app_imports_by_name():
    """The screens and undo handlers are imported by name (importlib), which PyInstaller's scan cannot
    follow; the spec must name the whole package as hidden imports."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'hiddenimports=collect_submodules("totalnet_desktop")' in spec


def test_icons_generated_from_the_svg_are_complete(qapp):
    icons = paths.resources_dir() / "icons"
    ico = QImageReader(str(icons / "totalnet.ico"))
    assert ico.canRead() and ico.imageCount() == 7
    sizes = []
    for _ in range(ico.imageCount()):
        sizes.append(ico.read().width())
        ico.jumpToNextImage()
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    icns = QImageReader(str(icons / "totalnet.icns"))
    assert icns.canRead() and icns.imageCount() >= 8
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = QImageReader(str(icons / f"totalnet-{size}.png"))
        assert png.size().width() == size


def test_spec_reads_the_package_version_and_ships_resources_without_build_scripts():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    pattern = re.search(r"r'(\^__version__[^']+)'", spec).group(1)
    init = (ROOT / "totalnet_desktop" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(pattern, init, re.MULTILINE).group(1) == __version__
    assert 'BUILD_ONLY = {"make_icons.py", "launcher.py"}' in spec
    assert "console=False" in spec and "BUNDLE(" in spec and "VSVersionInfo" in spec


def test_spec_ships_the_compiled_catalogues_and_qt_strings_where_i18n_looks(qapp, tmp_path, monkeypatch):
    """build.spec compiles the .ts files, ships every .qm of resources/i18n (not the .ts), and copies
    qtbase_<code>.qm for every shipped language to resources/i18n/qt, the folder i18n.py reads in a
    bundle: laid out that way here (Qt's own folder hidden), Arabic gets the app's and Qt's strings."""
    import shutil

    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    from totalnet_desktop import i18n

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"i18n.py"), "compile"]' in spec and 'item.suffix != ".ts"' in spec
    shipped = re.search(r"^LANGUAGES = (\(.*?\))", spec, re.MULTILINE).group(1)
    scripts = (ROOT / "scripts" / "i18n.py").read_text(encoding="utf-8")
    assert {"en", *eval(shipped)} == set(eval(re.search(r"^LANGUAGES = (\(.*?\))", scripts, re.MULTILINE).group(1)))
    assert 'str(Path("resources") / "i18n" / "qt")' in spec
    # The bundle's layout: resources/i18n/*.qm and resources/i18n/qt/qtbase_ar.qm, nothing else.
    bundle = tmp_path / "resources"
    (bundle / "i18n" / "qt").mkdir(parents=True)
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        shutil.copy(qm, bundle / "i18n")
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in eval(shipped):
        shutil.copy(qt_dir / f"qtbase_{code}.qm", bundle / "i18n" / "qt")
    monkeypatch.setattr(paths, "resources_dir", lambda: bundle)
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path / "no-qt-translations"))
    try:
        i18n.install("ar")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # qtbase_ar from the bundle
        assert QCoreApplication.translate("Screen", "Contacts") == "جهات الاتصال"  # ours from the bundle
    finally:
        monkeypatch.undo()
        i18n.install("en")
