"""Replace a file only once its new content is complete: write a temporary file, then rename it.

An export killed halfway used to leave a truncated file where a complete one had been; now the old
file stays until the new one is whole (``os.replace`` is atomic on POSIX and Windows). Every file
spinscope rewrites (exports, codebooks it promotes to, the CLI's output files) goes through here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_text(path: str | Path, newline: str | None = None) -> Iterator[TextIO]:
    """An open UTF-8 text file that becomes ``path`` when the block ends without an exception.

    The temporary file sits in the same folder (a rename across file systems is not atomic) under a
    hidden name; on an exception it is removed and ``path`` is untouched.
    """
    # A link is followed, so its target is the file replaced and the link stays (as `sed -i
    # --follow-symlinks` does); renaming over the link would turn it into a file.
    target = Path(os.path.realpath(path))
    folder = target.parent
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600): a replaced file keeps its permissions, a new one gets
        # those a new file would.
        mode = target.stat().st_mode & 0o7777 if target.is_file() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
