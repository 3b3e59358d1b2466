"""Model files ship inside the spinscope package; a missing one is an install problem, said loudly."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spinscope.errors import ConfigError


class MissingModelError(ConfigError):
    """A bundled model file is not where the package puts it (a partial or damaged install)."""


def require_files(owner: str, paths: Iterable[Path]) -> None:
    """Raise :class:`MissingModelError` naming every missing file of ``owner`` and how to get it back."""
    missing = [str(p) for p in paths if not Path(p).is_file()]
    if missing:
        raise MissingModelError(
            f"{owner}: model file(s) missing: {', '.join(missing)}. The models ship inside the spinscope "
            "package: reinstall it (pip install --force-reinstall spinscope), or from a checkout fetch "
            "the model files (git lfs pull) and reinstall."
        )
