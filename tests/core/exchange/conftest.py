"""Fixtures for the import/export tests: real files written by the tests."""

from __future__ import annotations

import pytest
from exchange_samples import LINKEDIN_HEADER, LINKEDIN_NOTES, csv_text


@pytest.fixture
def write_file(tmp_path):
    """write_file(name, text_or_bytes, encoding='utf-8') -> path."""

    def write(name: str, content, encoding: str = "utf-8"):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return write


@pytest.fixture
def linkedin_file(write_file):
    rows = [
        LINKEDIN_HEADER,
        ["Layla", "Al Mansouri", "https://www.linkedin.com/in/layla-almansouri", "", "Acme", "CEO", "07 Mar 2024"],
        ["Omar", "Haddad", "https://www.linkedin.com/in/omar-haddad", "omar@example.com", "Big, Co", "CTO",
         "01 Jan 2023"],
        ["Zoë", "Ñúñez 🎉", "https://www.linkedin.com/in/zoe", "", "", "", "15 Feb 2022"],
    ]
    return write_file("Connections.csv", LINKEDIN_NOTES + csv_text(rows))
