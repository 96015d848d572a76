# SPDX-License-Identifier: GPL-2.0-or-later
"""What nrpnet's Python oracles share: paths, the data-set list, CSV reading,
number formatting, and a fixed hash seed.

Importing this module first re-executes the script with PYTHONHASHSEED=0:
NetworkX sums over sets and dicts whose order follows Python's string
hashes, and a fixed seed makes the last digits, and so the expected files,
the same on every run.
"""
import csv
import math
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
DATA = os.path.join(TESTS, "datasets")
NAN = float("nan")


def rows(path):
    """The rows of a CSV file as dicts (UTF-8, BOM allowed)."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def fmt(x):
    """A value as the expected files print it: ints and strings as they are,
    floats with full precision, nan and inf by name."""
    if isinstance(x, (str, int)):
        return str(x)
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf"
    return repr(x)


def configs():
    """The data sets of tests/datasets/datasets.tsv: (name, actors, ties,
    directed, missing) with paths relative to tests/datasets."""
    with open(os.path.join(DATA, "datasets.tsv")) as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def write_table(fname, header, table):
    """Writes tests/expected/FNAME: the comment header, then the rows."""
    with open(os.path.join(TESTS, "expected", fname), "w") as f:
        f.write(header)
        for r in table:
            f.write("\t".join(fmt(x) for x in r) + "\n")
