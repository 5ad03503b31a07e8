"""Errors the core raises; each message is one plain sentence a user can act on."""


class TotalNetError(Exception):
    """Base of every error the app explains to the user."""


class DataFolderError(TotalNetError):
    """The data folder cannot be created or written."""


class DatabaseOpenError(TotalNetError):
    """The database file cannot be opened (not SQLite, damaged, unreadable)."""


class NotSQLiteError(DatabaseOpenError):
    """The file exists but is not an SQLite database."""


class ServerUnreachableError(DatabaseOpenError):
    """The chapter's PostgreSQL server cannot be reached (down, wrong address, no network)."""


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer version of the app."""


class ValidationError(TotalNetError):
    """User input that cannot be saved as it is."""


class ServerLostError(ValidationError):
    """The chapter server went away during a read or a save: nothing of this action was written.

    A ValidationError so that every dialog that shows why a save was refused shows this sentence in
    place and keeps what the user typed."""


class NotAllowedError(ValidationError):
    """The chapter server refused a write to this login (its role may not change that data)."""


class ImportReadError(TotalNetError):
    """A file that cannot be read at all (exit status 2 on the command line)."""


class Cancelled(TotalNetError):
    """The user cancelled a long job (an import or an export); nothing was changed."""


class EditConflictError(ValidationError):
    """Someone else saved the record after it was opened here; ``theirs`` is what they saved."""

    def __init__(self, message: str, theirs=None) -> None:
        super().__init__(message)
        self.theirs = theirs
class PassphraseError(TotalNetError):
    """The database is protected with a passphrase and none (or a wrong one) was given."""


class PassphraseNeededError(PassphraseError):
    """A protected database opened without its passphrase."""


class WrongPassphraseError(PassphraseError):
    """The passphrase given does not open the database."""


class EncryptionUnavailableError(TotalNetError):
    """A protected database, or an encryption command, without the optional ``[encryption]`` extra."""


class DamagedProtectedError(DatabaseOpenError):
    """A protected database whose passphrase is right (most pages open with it) but whose pages are damaged."""
