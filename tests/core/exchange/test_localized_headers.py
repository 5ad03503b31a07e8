"""Issue 12: German, French, Spanish and Arabic exports of Google/Outlook keep the contact's name."""

from __future__ import annotations

import pytest

from totalnet_desktop.core.exchange.formats import guess_field


@pytest.mark.parametrize(("header", "field"), [
    ("Vorname", "first_name"), ("Nachname", "last_name"), ("Firma", "company"),
    ("E-Mail-Adresse", "email"), ("Prénom", "first_name"), ("Nom", "last_name"),
    ("Société", "company"), ("Nombre", "first_name"), ("Apellidos", "last_name"),
    ("Empresa", "company"), ("الاسم الأول", "first_name"), ("اسم العائلة", "last_name"),
    ("الشركة", "company"), ("Adresse e-mail", "email"), ("Teléfono móvil", "phone"),
    ("البريد الإلكتروني", "email"),
])
def test_localized_headers_are_recognised(header, field):
    assert guess_field(header) == field
