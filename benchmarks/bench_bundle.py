"""Bundle size: ``pyinstaller build.spec`` against a trivial PySide6 QMainWindow one-folder bundle
built in the same run, unpacked and as a zip (the download). Full run only (a few minutes).

    python -m benchmarks.run bundle
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from benchmarks import run as bench_run

ROOT = Path(__file__).resolve().parent.parent
TRIVIAL = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("trivial")
window.show()
sys.exit(app.exec())
"""


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def zip_bytes(folder: Path, target: Path) -> int:
    """The folder zipped as ``zip -r -y`` does: PyInstaller's symbolic links stay links (a zip that
    follows them stores the 32 MB ICU data and the Qt libraries twice)."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            name = str(path.relative_to(folder.parent))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.external_attr = 0o120777 << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    return target.stat().st_size


def build(args: list[str], work: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(work / "dist"), "--workpath", str(work / "build"), *args],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pyinstaller {' '.join(args)} failed: {done.stderr[-2000:]}")
    return time.perf_counter() - start


def run(report) -> None:
    if bench_run.QUICK:
        print("   (skipped with --quick: two PyInstaller builds take minutes)", flush=True)
        return
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        tmp = Path(tmp)
        trivial = tmp / "trivial.py"
        trivial.write_text(TRIVIAL, encoding="utf-8")
        app_time = build([str(ROOT / "build.spec")], tmp / "app")
        bare_time = build(["--onedir", "--windowed", "--specpath", str(tmp), str(trivial)], tmp / "bare")
        app_dir, bare_dir = tmp / "app" / "dist" / "TotalNet", tmp / "bare" / "dist" / "trivial"
        app_size, bare_size = folder_bytes(app_dir), folder_bytes(bare_dir)
        app_zip, bare_zip = zip_bytes(app_dir, tmp / "app.zip"), zip_bytes(bare_dir, tmp / "bare.zip")
        mb = 1e6
        print(f"{'bundle unpacked (MB, not ms)':<58} {app_size / mb:10.1f} MB   floor {bare_size / mb:9.1f} MB"
              f"   x{app_size / bare_size:6.2f}   floor: trivial PySide6 QMainWindow one-folder bundle, same run",
              flush=True)
        print(f"{'bundle zip, the download (MB)':<58} {app_zip / mb:10.1f} MB   floor {bare_zip / mb:9.1f} MB"
              f"   x{app_zip / bare_zip:6.2f}", flush=True)
        biggest = sorted(((p.stat().st_size, p.relative_to(app_dir)) for p in app_dir.rglob("*")
                          if p.is_file() and not p.is_symlink()), reverse=True)[:8]
        print("   largest files: " + ", ".join(f"{path} {size / mb:.1f}" for size, path in biggest), flush=True)
        report("bundle build time (pyinstaller build.spec)", app_time, bare_time, "floor: the trivial bundle")
        if os.environ.get("BENCH_KEEP_BUNDLE"):
            shutil.copytree(app_dir, os.environ["BENCH_KEEP_BUNDLE"], symlinks=True, dirs_exist_ok=True)
