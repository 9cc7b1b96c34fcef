#!/usr/bin/env python3
"""Checks WCAG AA contrast (>= 4.5:1) of the text colours in web/styles/main.css, light and
dark: terminal text, prompt, stderr and the 16 ANSI colours on the terminal background, and
the UI text colours on their panels; and those of web/styles/cluster_view.css (stage and
namespace colours on pod cards, plain and selected, ✓/✗ colours on panels). Prints every
ratio; exits 1 if one is below 4.5."""
import re, sys, pathlib

styles = pathlib.Path(__file__).resolve().parent.parent / "web/styles"

def variables(block):
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))

light, darkv = {}, {}
for sheet in ("main.css", "cluster_view.css"):
    root, dark = (styles / sheet).read_text().split("@media (prefers-color-scheme: dark)", 1)
    light.update(variables(root.split("}", 1)[0]))
    darkv.update(variables(dark.split("}\n}", 1)[0]))
darkv = {**light, **darkv}

def mix(a, b, share):
    """CSS color-mix(in srgb, a share, b)."""
    channels = [round(int(a[i:i + 2], 16) * share + int(b[i:i + 2], 16) * (1 - share)) for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02x}" for c in channels)

for theme in (light, darkv):
    theme["selected-card"] = mix(theme["accent"], theme["bg"], 0.12)

def lum(hex_):
    def ch(c):
        c = int(c, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (ch(hex_[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

def ratio(a, b):
    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

pairs = [("term-fg", "term-bg"), ("term-prompt", "term-bg"), ("term-err", "term-bg"),
         ("term-notice", "term-bg"), ("fg", "panel"), ("muted", "panel"), ("fg", "bg"),
         ("muted", "bg"), ("accent-fg", "accent"), ("warn-fg", "warn-bg"), ("term-bg", "term-fg")]
pairs += [(f"c{i}", "term-bg") for i in range(16)]
# The cluster picture: pod cards lie on --bg (left out by a selector: --panel; selected: tinted).
stages = ["unscheduled", "starting", "running", "problem", "completed", "terminating"]
card_text = [f"stage-{s}" for s in stages] + [f"ns-{i}" for i in range(8)] + ["fg", "muted", "cv-fail"]
pairs += [(fg, bg) for fg in card_text for bg in ("bg", "panel", "selected-card")]
pairs += [("cv-ok", "panel"), ("cv-fail", "panel"), ("cv-ok", "bg"), ("panel", "stage-terminating")]
failed = False
for name, theme in (("light", light), ("dark", darkv)):
    for fg, bg in pairs:
        value = ratio(theme[fg], theme[bg])
        mark = "ok " if value >= 4.5 else "LOW"
        failed |= value < 4.5
        print(f"{mark} {name:5} {fg:>12} on {bg:<9} {value:5.2f}:1")
sys.exit(1 if failed else 0)
