"""Files that hold client data are private to the user who wrote them.

Everything rmdesk writes that holds client data (the book, its backups, calendar
exports, zips, PDFs, the data folder) goes through here: files are created 0600 and
folders 0700 on Linux and macOS. On Windows the modes mean little; there the data lives
in the user's own profile folder, which other users cannot read.

Writes are atomic: the bytes go to a private temporary file beside the target, which
then replaces it, so a full disk or a crash leaves any earlier file whole.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> Path:
    """Create `folder` (and its missing parents) readable by the user only.

    An existing folder keeps the mode its owner gave it, except rmdesk's own data
    folder (see `tighten`)."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for made in reversed(missing):
        made.mkdir(mode=FOLDER_MODE, exist_ok=True)
        tighten(made)
    if not folder.is_dir():  # a file stands where a folder should be
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(current))
    return folder


def tighten(path: Path) -> None:
    """Make a file 0600 or a folder 0700 (a no-op where modes do not apply)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        os.chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A private temporary file beside `path` to write; on success it replaces `path`
    (0600), on any failure it is removed and `path` is left as it was."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    tighten(path)


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path`, atomically, readable by the user only."""
    with replacing(path) as temporary, open(temporary, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return path
