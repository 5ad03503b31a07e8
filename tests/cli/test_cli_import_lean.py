"""``totalnet import`` loads what an import needs and not the other commands' libraries."""

import subprocess
import sys

from totalnet_desktop.cli import cmd_followups
from totalnet_desktop.core.followups import queue

# Loaded by other commands (or by a vCard, a phone number or a file that is not UTF-8), never by a
# CSV import of LinkedIn rows without phones.
NOT_NEEDED = ("vobject", "charset_normalizer", "phonenumbers", "totalnet_desktop.core.chapter.traffic_lights",
              "totalnet_desktop.core.chapter.reports", "totalnet_desktop.core.contacts.search",
              "totalnet_desktop.core.followups.rules", "totalnet_desktop.core.store.copy",
              "totalnet_desktop.core.store.restore", "PySide6.QtGui", "PySide6.QtWidgets")


def test_a_csv_import_loads_none_of_the_other_commands_libraries(tmp_path):
    source = tmp_path / "Connections.csv"
    source.write_text("Notes:\nexported\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                      "Layla,Haddad,https://www.linkedin.com/in/layla,l@example.com,Acme,CEO,07 Mar 2024\n",
                      encoding="utf-8")
    code = (
        "import sys\n"
        "from totalnet_desktop.cli import main\n"
        f"status = main(['--data-dir', {str(tmp_path / 'data')!r}, 'import', {str(source)!r}])\n"
        f"loaded = [m for m in {NOT_NEEDED!r} if m in sys.modules]\n"
        "print('loaded:', loaded); sys.exit(status or (3 if loaded else 0))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "imported 1, merged 0" in result.stdout


def test_the_followups_command_offers_the_queue_s_due_filters():
    assert cmd_followups.DUE_FILTERS == queue.DUE_FILTERS
