"""``totalnet --lang ar COMMAND`` speaks Arabic: argparse's help and errors, every command's lines, and the
texts core builds (summaries, follow-up reasons, errors), through the one catalogue."""

from __future__ import annotations

import pytest

from totalnet_desktop import i18n
from totalnet_desktop.cli import main

ARABIC = range(0x0600, 0x0700)


def arabic_letters(text: str) -> int:
    return sum(1 for c in text if ord(c) in ARABIC)


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.install("en")


def test_help_and_argparse_words_in_arabic(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "ar", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("الاستخدام: totalnet")
    assert "استورد جهات الاتصال من ملف CSV أو vCard" in out  # the import command's help
    with pytest.raises(SystemExit):
        main(["--lang", "ar", "export", "x.csv", "--what", "nope"])
    err = capsys.readouterr().err
    assert "خطأ" in err and "خيار غير صالح" in err


def test_commands_print_arabic_with_core_texts_translated(data_dir, capsys):
    assert main(["--lang", "ar", "demo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("أُضيف الفرع التجريبي") and "جهات الاتصال: " in out and "الاجتماعات: " in out
    assert main(["--lang", "ar", "followups", "--today", "2026-11-26"]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    assert header.split()[:2] == ["متى", "الاستحقاق"]
    assert "Keep in touch" not in out and "Visitor on" not in out  # reasons core wrote in English
    assert arabic_letters(out) > len(out) // 10
    assert main(["--lang", "ar", "insights"]) == 0
    assert "العائد على العضوية" in capsys.readouterr().out
    assert main(["--lang", "ar", "search", " "]) == 2
    assert capsys.readouterr().err.startswith("totalnet: اكتب شيئًا للبحث عنه")


def test_core_error_sentence_in_arabic(data_dir, capsys):
    assert main(["--lang", "ar", "report", "meeting", "--date", "2020-01-01", "--pdf", "x.pdf"]) == 2
    assert "لا يوجد فرع بعد" in capsys.readouterr().err
    assert main(["--lang", "en", "report", "meeting", "--date", "2020-01-01", "--pdf", "x.pdf"]) == 2
    assert "There is no chapter yet" in capsys.readouterr().err


class _Terminal:
    """A keyboard at a terminal: what the member types, one line."""

    def __init__(self, typed: str):
        self.typed = typed

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        return self.typed + "\n"


def test_forget_asks_in_arabic_and_understands_the_arabic_yes(data_dir, capsys, monkeypatch):
    from totalnet_desktop.core.store.models import Contact

    assert main(["demo"]) == 0
    capsys.readouterr()
    cid = Contact.create(first_name="Rami", last_name="Saad").id
    monkeypatch.setattr("sys.stdin", _Terminal("لا"))
    assert main(["--lang", "ar", "forget", str(cid)]) == 1  # anything but yes changes nothing
    out = capsys.readouterr().out
    assert "اكتب نعم" in out and "Type" not in out
    assert Contact.get_or_none(Contact.id == cid) is not None
    monkeypatch.setattr("sys.stdin", _Terminal("نعم"))
    assert main(["--lang", "ar", "forget", str(cid)]) == 0
    out = capsys.readouterr().out
    assert "حُذف: جهة اتصال واحدة" in out
    assert Contact.get_or_none(Contact.id == cid) is None


def test_search_lines_and_traffic_lights_in_arabic(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["--lang", "ar", "traffic-lights"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("الاسم الأول") and "نقاط الغياب" in lines[1] and "Points" not in lines[1]
    assert "أحمر" in lines[-1] and "red" not in lines[-1]
    i18n.install("en")
    assert main(["traffic-lights"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("grey")


def test_a_refused_demo_is_explained_in_arabic(capsys):
    """A message core raises (the sample refused on a database with data) reaches stderr in Arabic."""
    assert main(["--lang", "ar", "demo"]) == 0
    capsys.readouterr()
    assert main(["--lang", "ar", "demo"]) == 2
    err = capsys.readouterr().err
    assert "totalnet demo --force" in err and "قاعدة البيانات" in err and "already" not in err
