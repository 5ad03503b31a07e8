"""vCard reading and writing; writing lives in ``vcard_write`` and is re-exported here."""

from totalnet_desktop.core.exchange.vcard_write import contact_to_vcard, contacts_to_vcard  # noqa: F401
