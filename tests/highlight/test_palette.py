"""The technique palette tells every technique apart, with colour-vision deficiencies too (issue 22)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from spinscope.analyzers.techniques.taxonomy import PTC_HUES, PTC_STRIPED, PTC_TECHNIQUES, technique_style
from spinscope.highlight import css, technique_class

# Machado et al. (2009) simulation matrices at full severity, on linear RGB.
SIMULATIONS = {
    "normal": np.eye(3),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
MIN_DELTA_E = 7.5  # CIE76 between the plain tints: clearly apart side by side


def _lab(hex_color: str, sim: np.ndarray) -> np.ndarray:
    rgb = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    lin = np.clip(sim @ lin, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ lin
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_every_technique_has_its_own_style():
    styles = {technique_style(t) for t in PTC_TECHNIQUES}
    assert len(styles) == len(PTC_TECHNIQUES) == 14
    # A hue is used at most twice: once plain, once striped.
    for hue in set(PTC_HUES.values()):
        users = [t for t, h in PTC_HUES.items() if h == hue]
        assert len(users) <= 2 and sum(t in PTC_STRIPED for t in users) == len(users) - 1


@pytest.mark.parametrize("name", list(SIMULATIONS))
def test_plain_tints_stay_apart_under_colour_vision_deficiencies(name):
    tints = {technique_style(t)[0] for t in PTC_TECHNIQUES}
    labs = [_lab(c, SIMULATIONS[name]) for c in tints]
    closest = min(float(np.linalg.norm(a - b)) for a, b in itertools.combinations(labs, 2))
    assert closest >= MIN_DELTA_E, f"{name}: two technique colours are {closest:.1f} apart"


@pytest.mark.parametrize(("a", "b"), [
    ("Loaded_Language", "Name_Calling,Labeling"),
    ("Repetition", "Causal_Oversimplification"),
])
def test_techniques_easily_confused_differ_in_hue(a, b):
    assert PTC_HUES[a] != PTC_HUES[b]


def test_the_stylesheet_draws_the_stripes():
    style = css()
    for t in PTC_TECHNIQUES:
        rule = next(line for line in style.splitlines() if line.startswith(f"mark.{technique_class(t)},"))
        assert ("repeating-linear-gradient" in rule) == (t in PTC_STRIPED), rule
