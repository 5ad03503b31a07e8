from totalnet_desktop.cli import main
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db
from totalnet_desktop.core.store.records import ContactRecord, PointRecord


def test_search_prints_one_line_per_contact_and_exit_codes(session, data_dir, capsys):
    contacts.create(ContactRecord(id=None, first_name="Zoë", last_name="Dubois", company="Atelier",
                                  points=(PointRecord("email", "zoe@atelier.fr"), PointRecord("phone", "03-5555-0107"))))
    contacts.create(ContactRecord(id=None, first_name="Omar", last_name="Khan"))
    db.close_database()
    assert main(["--data-dir", str(data_dir), "search", "zoe"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Zoë Dubois | Atelier | zoe@atelier.fr | 03-5555-0107"]
    assert main(["--data-dir", str(data_dir), "search", "5550107"]) == 0
    assert "Zoë Dubois" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "search", "nobody-here"]) == 1
    assert capsys.readouterr().out == ""
    assert main(["--data-dir", str(data_dir), "search", '"NEAR( -*']) == 1
