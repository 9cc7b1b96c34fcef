#!/usr/bin/env python3
"""Checks WCAG AA contrast (>= 4.5:1) of the text colours in web/styles/main.css, light and
dark: terminal text, prompt, stderr and the 16 ANSI colours on the terminal background, and
the UI text colours on their panels. Prints every ratio; exits 1 if one is below 4.5."""
import re, sys, pathlib

css = (pathlib.Path(__file__).resolve().parent.parent / "web/styles/main.css").read_text()
root, dark = css.split("@media (prefers-color-scheme: dark)", 1)

def variables(block):
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))

light = variables(root.split("}", 1)[0])
darkv = {**light, **variables(dark.split("}\n}", 1)[0])}

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
failed = False
for name, theme in (("light", light), ("dark", darkv)):
    for fg, bg in pairs:
        value = ratio(theme[fg], theme[bg])
        mark = "ok " if value >= 4.5 else "LOW"
        failed |= value < 4.5
        print(f"{mark} {name:5} {fg:>12} on {bg:<9} {value:5.2f}:1")
sys.exit(1 if failed else 0)
