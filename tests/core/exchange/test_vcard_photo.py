"""A vCard with a big photo: the photo's value is skipped as the file is read, so memory stays a small
multiple of the file (it was 150 times the photo), and everything around the photo is still read."""

from __future__ import annotations

import base64
import os
import tracemalloc

from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.exchange.vcard_read import read_vcard_file
from totalnet_desktop.core.store.models import Contact


def big_photo_card(size: int, version: str = "3.0") -> str:
    """Two cards; the first carries a photo of about ``size`` bytes of base64 with a note after it."""
    photo = base64.b64encode(os.urandom(size * 3 // 4)).decode()
    if version == "2.1":  # 2.1 style: unfolded base64 lines, ended by a blank line
        value = "\r\n".join(photo[i:i + 76] for i in range(0, len(photo), 76)) + "\r\n"
        prop = f"PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n{value}"
    else:
        prop = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    return (f"BEGIN:VCARD\r\nVERSION:{version}\r\nN:Haddad;Layla;;;\r\nFN:Layla Haddad\r\n"
            f"EMAIL:layla@cedar.ae\r\n{prop}\r\nNOTE:Met at the print expo\r\nitem1.LOGO;VALUE=uri:http://x.test/a.png\r\n"
            "TITLE:Owner\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Khan;Omar;;;\r\nFN:Omar Khan\r\nEND:VCARD\r\n")


def test_fields_around_a_photo_are_read_in_both_styles(tmp_path):
    for version in ("3.0", "2.1"):
        path = tmp_path / f"photo-{version}.vcf"
        path.write_text(big_photo_card(50_000, version), encoding="utf-8", newline="")
        _, drafts = read_vcard_file(path)
        first, second = list(drafts)
        assert (first.first_name, first.notes, first.job_title, first.problem) == (
            "Layla", "Met at the print expo", "Owner", ""), version
        assert second.first_name == "Omar" and len(first.cells[0]) < 1000


def test_a_10_mb_photo_imports_within_three_times_the_file_size(db, tmp_path):
    path = tmp_path / "photo.vcf"
    path.write_text(big_photo_card(10_000_000), encoding="utf-8", newline="")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        summary = importer.execute(importer.open_import(path), importer.ImportOptions())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.imported == 2
    assert peak < 3 * size, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
    assert Contact.get(Contact.first_name == "Layla").notes == "Met at the print expo"


# ---- vCard 2.1 quoted-printable text -------------------------------------------------------------
QP_CARDS = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Haddad;Layla;;;\r\nFN:Layla Haddad\r\n"
            "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Met at Expo, introduced by Omar=0D=0A=\r\n"
            "second line; with a comma, too\r\nORG;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9, Ltd;Sales\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Khan;Omar;;;\r\n"
            "NOTE;ENCODING=QUOTED-PRINTABLE:bad =ZZ escape and caf=C3=A9 and cut=C3\r\nEND:VCARD\r\n")


def test_vcard_21_quoted_printable_text_keeps_commas_and_survives_bad_escapes(tmp_path):
    path = tmp_path / "qp.vcf"
    path.write_text(QP_CARDS, encoding="utf-8", newline="")
    layla, omar = list(read_vcard_file(path)[1])
    assert layla.notes == "Met at Expo, introduced by Omar\nsecond line; with a comma, too"
    assert layla.company == "Café, Ltd" and layla.warnings == []
    assert (omar.first_name, omar.problem) == ("Omar", "")
    assert omar.notes == "bad =ZZ escape and café and cut\ufffd"
    assert omar.warnings == ["NOTE: a damaged quoted-printable value was read with the bad bytes replaced"]
