"""Shared set-up of the fundmatch notebooks: data folder, a CJK font for Chinese labels, compact figures."""
import os
import pathlib
import textwrap

import matplotlib.pyplot as plt
from matplotlib import font_manager

# the runner (run.sh) exports into notebooks/data; FM_NOTEBOOK_DATA points elsewhere
DATA = pathlib.Path(os.environ.get("FM_NOTEBOOK_DATA", pathlib.Path(__file__).resolve().parent / "data"))
FIGURES = pathlib.Path(__file__).resolve().parent / "figures"

# Debian: fonts-wqy-microhei, fonts-wqy-zenhei or fonts-noto-cjk
CJK_FONTS = ["WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans CJK JP",
             "Source Han Sans SC", "SimHei", "Microsoft YaHei", "PingFang SC"]


def setup():
    """Chooses a CJK font when one is installed (else says so once) and sets compact figure defaults."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    found = [f for f in CJK_FONTS if f in installed]
    if found:
        plt.rcParams["font.sans-serif"] = found + list(plt.rcParams["font.sans-serif"])
        plt.rcParams["font.family"] = "sans-serif"
    else:
        print("No CJK font found (apt-get install fonts-wqy-microhei): Chinese labels will show as boxes.")
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["figure.dpi"] = 72
    plt.rcParams["savefig.dpi"] = 100
    plt.rcParams["font.size"] = 10
    plt.rcParams["axes.spines.top"] = False
    plt.rcParams["axes.spines.right"] = False
    return found[0] if found else None


def short(title, width=22):
    """A document or area title cut to fit an axis label."""
    t = str(title) if title == title else ""
    return t if len(t) <= width else t[: width - 1] + "…"


def wrap(text, width=30):
    return "\n".join(textwrap.wrap(str(text), width))


def missing(what, how):
    """Says clearly that a section has no data, and how to produce it (never draws made-up data)."""
    print(f"NOT SHOWN: {what} is missing.\nTo produce it: {how}")
