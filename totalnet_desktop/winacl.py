"""Owner-only files and folders on Windows (issue 20): the user's own access list.

On Windows a file's mode says little; who may read it is its access list (DACL). An owner-only file or
folder here has a *protected* DACL (nothing inherited from the folder above) that allows full control
to the current user and to SYSTEM (Windows itself: services, backup and shadow copies), and to
nobody else: not "Users", "Everyone", "Authenticated Users" nor "Administrators". Folders pass their
two entries on to what is created inside them (object- and container-inherit), so the database, its
-wal/-shm, backups and logs made later are owner-only too.

The rules (which entries to write, whether a DACL is owner-only) are plain functions, tested on every
system. Reading and writing a DACL needs pywin32's ``win32security``, a dependency on Windows only
(``pywin32; sys_platform == "win32"``); ``read``/``write``/``make_private`` run there only.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

SYSTEM_SID = "S-1-5-18"  # LocalSystem
FILE_ALL_ACCESS = 0x001F01FF
ACCESS_ALLOWED = 0  # ACCESS_ALLOWED_ACE_TYPE
ACCESS_DENIED = 1  # ACCESS_DENIED_ACE_TYPE
OBJECT_INHERIT = 0x01
CONTAINER_INHERIT = 0x02
INHERIT_ONLY = 0x08
INHERITED = 0x10
ACL_REVISION = 2


@dataclass(frozen=True)
class Ace:
    """One entry of an access list: allowed or denied, its flags, its access mask, whose (a SID)."""

    kind: int
    flags: int
    mask: int
    sid: str


def private_entries(user_sid: str, folder: bool) -> list[Ace]:
    """The whole DACL of an owner-only file or folder (written protected: nothing inherited)."""
    flags = OBJECT_INHERIT | CONTAINER_INHERIT if folder else 0
    return [Ace(ACCESS_ALLOWED, flags, FILE_ALL_ACCESS, user_sid),
            Ace(ACCESS_ALLOWED, flags, FILE_ALL_ACCESS, SYSTEM_SID)]


def is_private(entries: list[Ace] | None, user_sid: str) -> bool:
    """True when no one but the user and SYSTEM is allowed anything (deny entries take nothing away
    from that). ``None`` is a NULL DACL: everyone may do everything."""
    if entries is None:
        return False
    return all(e.sid in (user_sid, SYSTEM_SID) for e in entries if e.kind != ACCESS_DENIED)


def icacls_command(path: str | os.PathLike, user_sid: str, folder: bool) -> list[str]:
    """The same change with Windows' own tool, for a person checking or repairing a folder by hand
    (README): ``icacls PATH /inheritance:r /grant:r *SID:(OI)(CI)F *S-1-5-18:(OI)(CI)F``. Explicit
    entries for other accounts are not removed by it (``make_private`` writes the whole list)."""
    rights = "(OI)(CI)F" if folder else "F"
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"*{user_sid}:{rights}", f"*{SYSTEM_SID}:{rights}"]


# ---- Windows only --------------------------------------------------------------------------
_user_sid: list[str] = []


def available() -> bool:
    """True on Windows with pywin32 installed."""
    if os.name != "nt":
        return False
    try:
        import win32security  # noqa: F401
    except ImportError:  # pragma: no cover - Windows without the dependency (a broken install)
        return False
    return True


def current_user_sid() -> str:  # pragma: no cover - Windows only
    """The SID of the account running the app, as text (``S-1-5-21-...``)."""
    if not _user_sid:
        import win32api
        import win32security

        token = win32security.OpenProcessToken(win32api.GetCurrentProcess(), win32security.TOKEN_QUERY)
        sid = win32security.GetTokenInformation(token, win32security.TokenUser)[0]
        _user_sid.append(win32security.ConvertSidToStringSid(sid))
    return _user_sid[0]


def read(path: str | os.PathLike) -> list[Ace] | None:  # pragma: no cover - Windows only
    """The DACL of ``path`` as Ace entries (None for a NULL DACL)."""
    import win32security

    descriptor = win32security.GetNamedSecurityInfo(str(path), win32security.SE_FILE_OBJECT,
                                                    win32security.DACL_SECURITY_INFORMATION)
    dacl = descriptor.GetSecurityDescriptorDacl()
    if dacl is None:
        return None
    entries = []
    for index in range(dacl.GetAceCount()):
        ace = dacl.GetAce(index)
        (kind, flags), mask, sid = ace[0], ace[1], ace[-1]  # object entries hold two GUIDs between
        entries.append(Ace(kind, flags, mask, win32security.ConvertSidToStringSid(sid)))
    return entries


def write(path: str | os.PathLike, entries: list[Ace]) -> None:  # pragma: no cover - Windows only
    """Replace the DACL of ``path`` by ``entries``, protected from inheritance."""
    import win32security

    acl = win32security.ACL()
    for entry in entries:
        acl.AddAccessAllowedAceEx(ACL_REVISION, entry.flags, entry.mask,
                                  win32security.ConvertStringSidToSid(entry.sid))
    win32security.SetNamedSecurityInfo(
        str(path), win32security.SE_FILE_OBJECT,
        win32security.DACL_SECURITY_INFORMATION | win32security.PROTECTED_DACL_SECURITY_INFORMATION,
        None, None, acl, None)


def make_private(path: str | os.PathLike) -> bool:  # pragma: no cover - Windows only
    """Give ``path`` the owner-only DACL unless it has one; True when it changed. A file or folder
    whose list cannot be read or written (another owner, a network share) is left as it is."""
    if not available():
        return False
    try:
        user = current_user_sid()
        if is_private(read(path), user):
            return False
        write(path, private_entries(user, Path(path).is_dir()))
    except Exception as exc:  # noqa: BLE001 - pywintypes.error: access denied, unsupported file system
        logger.warning("privacy: could not make a %s owner-only (%s)",
                       "folder" if Path(path).is_dir() else "file", type(exc).__name__)
        return False
    return True
