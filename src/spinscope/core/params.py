"""Declared analyzer options: name, default, what values are allowed, and a help line.

An analyzer lists its options as :class:`Param` objects in ``params``; every option is checked when
the analyzer is built, so a bad ``--set claims.threshold=2`` fails at ``Pipeline(...)``, not on the
first document. Values arrive JSON-decoded (``--set`` and the API), or as plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_TYPE_WORDS = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}


@dataclass(frozen=True, slots=True)
class Param:
    """One analyzer option.

    ``type`` is ``int``, ``float``, ``str`` or ``bool`` (``float`` accepts integers); ``choices``
    lists the allowed values instead; ``low``/``high`` bound numbers (inclusive); ``nullable``
    allows ``None`` (JSON ``null``).

    >>> Param("threshold", None, "minimum score", type=float, low=0, high=1, nullable=True).allowed()
    'a number in [0, 1] or null'
    """

    name: str
    default: Any
    help: str
    type: type | None = None
    choices: tuple[Any, ...] = ()
    low: float | None = None
    high: float | None = None
    nullable: bool = False

    def allowed(self) -> str:
        """The allowed values in words, for error messages and ``spinscope analyzers``."""
        if self.choices:
            words = "one of " + ", ".join(_json_repr(c) for c in self.choices)
        elif self.type is None:
            words = "any JSON value"
        else:
            words = _TYPE_WORDS[self.type]
            if self.low is not None and self.high is not None:
                words += f" in [{_num(self.low)}, {_num(self.high)}]"
            elif self.low is not None:
                words += f" >= {_num(self.low)}"
            elif self.high is not None:
                words += f" <= {_num(self.high)}"
        return words + " or null" if self.nullable else words

    def check(self, value: Any) -> Any:
        """``value`` made canonical ("false" -> False for boolean options); ValueError if not allowed."""
        if value is None and self.nullable:
            return None
        value = self._from_text(value)
        if self.choices:
            # `1 == True` in Python: compare types too, so 1 is not taken for true.
            if not any(value == c and type(value) is type(c) for c in self.choices):
                raise ValueError(self.allowed())
            return value
        if self.type is None:
            return value
        if not _is_type(value, self.type):
            raise ValueError(self.allowed())
        if self.type in (int, float) and not _in_range(value, self.low, self.high):
            raise ValueError(self.allowed())
        return value

    def _from_text(self, value: Any) -> Any:
        """Booleans typed as text ("true", "False") count as booleans where booleans are allowed."""
        takes_bool = self.type is bool or any(isinstance(c, bool) for c in self.choices)
        if takes_bool and isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return value


def _is_type(value: Any, kind: type) -> bool:
    if isinstance(value, bool):  # bool is an int subclass; True is not a thread count
        return kind is bool
    if kind is float:
        return isinstance(value, int | float) and value == value  # NaN fails every range
    return isinstance(value, kind)


def _in_range(value: float, low: float | None, high: float | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _json_repr(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else repr(value)
