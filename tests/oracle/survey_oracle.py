#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Oracle for the survey's difference in differences (lib/study/survey.c):
writes tests/expected/survey.tsv. Run from the top of the source tree:

    /usr/bin/python3 tests/oracle/survey_oracle.py

Independent of nrpnet's algebra:
  - estimate, CR1 standard error, p-value and interval: statsmodels' WLS on
    the model with one dummy per area, cov_type="cluster" by area, use_t
    (t with G-1 degrees of freedom and G/(G-1) (N-1)/(N-K));
  - the wild cluster restricted bootstrap's p (small fixture only): every
    one of the 2^G Rademacher sign vectors, the null beta = 0 imposed, each
    bootstrap sample refitted by least squares with numpy and its CR1 t
    computed from the sandwich written out here;
  - randomisation p-values (coefficient and CR1 t as statistics): every
    assignment of the areas to the arms, D rebuilt and the model refitted.
CR2 comes from R (tests/oracle/survey_cr2.R).
"""
import itertools
import math
import os
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
TOP = os.path.dirname(TESTS)

# (case, respondents.csv, areas.csv, outcome, covariates, brute-force wild?)
CASES = [
    ("small", "tests/fixtures/survey/respondents.csv", "tests/fixtures/survey/areas.csv",
     "y", ["x"], True),
    ("small", "tests/fixtures/survey/respondents.csv", "tests/fixtures/survey/areas.csv",
     "y", [], True),
    ("small", "tests/fixtures/survey/respondents.csv", "tests/fixtures/survey/areas.csv",
     "b", ["x"], True),
    ("sample", "data/sample/respondents.csv", "data/sample/areas.csv",
     "influence", ["age", "owner"], False),
    ("sample", "data/sample/respondents.csv", "data/sample/areas.csv",
     "wellbeing", [], False),
]
TIE = 1e-10   # as nrpnet: ties within this share of the observed statistic count


def model(path, areas_path, outcome, covs):
    df = pd.read_csv(os.path.join(TOP, path))
    arms = pd.read_csv(os.path.join(TOP, areas_path))
    df = df.merge(arms, on="area")
    pre, post = df.wave.min(), df.wave.max()
    df = df[df.wave.isin([pre, post])]
    df = df.dropna(subset=[outcome] + covs).reset_index(drop=True)
    order = list(arms.area)
    df["g"] = [order.index(a) for a in df.area]
    df["post"] = (df.wave == post).astype(float)
    w = df["weight"].to_numpy(float) if "weight" in df else np.ones(len(df))
    return df, w, order


def design(df, covs, treated):
    G = df.g.max() + 1
    dummies = np.zeros((len(df), G))
    dummies[np.arange(len(df)), df.g.to_numpy()] = 1
    d = np.array([1.0 if treated[g] and p else 0.0 for g, p in zip(df.g, df.post)])
    cols = [dummies, df.post.to_numpy()[:, None], d[:, None]]
    cols += [df[c].to_numpy(float)[:, None] for c in covs]
    return np.hstack(cols), G  # D is column G + 1


def cr1_t(X, y, w, g, G, col):
    """beta[col] and its CR1 t, by least squares on the sqrt(w)-scaled model."""
    sw = np.sqrt(w)
    Xs, ys = X * sw[:, None], y * sw
    beta, *_ = np.linalg.lstsq(Xs, ys, rcond=None)
    e = ys - Xs @ beta
    bread = np.linalg.inv(Xs.T @ Xs)
    # Per-area score sums: one row of S per area.
    S = np.zeros((G, X.shape[1]))
    np.add.at(S, g, Xs * e[:, None])
    meat = S.T @ S
    n, k = X.shape
    v = G / (G - 1) * (n - 1) / (n - k) * bread @ meat @ bread
    return beta[col], beta[col] / math.sqrt(v[col, col]), beta


def main():
    out = ["# Computed by tests/oracle/survey_oracle.py; do not edit.",
           "# case\toutcome\tcovariates\tquantity\tvalue\tsource"]
    for case, path, areas_path, outcome, covs, brute in CASES:
        df, w, order = model(path, areas_path, outcome, covs)
        arms = pd.read_csv(os.path.join(TOP, areas_path))
        treated = [a == "intervention" for a in arms.arm]
        X, G = design(df, covs, treated)
        y = df[outcome].to_numpy(float)
        g = df.g.to_numpy()
        col = G + 1
        fit = sm.WLS(y, X, weights=w).fit(cov_type="cluster", cov_kwds={"groups": g},
                                          use_t=True)
        ci = fit.conf_int(alpha=0.05)[col]
        key = "%s\t%s\t%s" % (case, outcome, ",".join(covs) or "-")
        for q, v in (("estimate", fit.params[col]), ("cr1_se", fit.bse[col]),
                     ("cr1_p", fit.pvalues[col]), ("cr1_ci_low", ci[0]),
                     ("cr1_ci_high", ci[1]), ("n", len(df))):
            out.append("%s\t%s\t%r\tstatsmodels WLS cluster" % (key, q, float(v)))

        b_obs, t_obs, _ = cr1_t(X, y, w, g, G, col)
        if brute:
            # Wild restricted bootstrap: the null imposed (D dropped).
            Xr = np.delete(X, col, axis=1)
            sw = np.sqrt(w)
            br, *_ = np.linalg.lstsq(Xr * sw[:, None], y * sw, rcond=None)
            fitted = Xr @ br
            u = y - fitted
            count = 0
            for signs in itertools.product((1.0, -1.0), repeat=G):
                s = np.array(signs)[g]
                _, t, _ = cr1_t(X, fitted + s * u, w, g, G, col)
                count += abs(t) >= abs(t_obs) * (1 - TIE)
            out.append("%s\twild_p\t%r\tnumpy: all 2^%d sign vectors refitted"
                       % (key, count / 2 ** G, G))
        # Randomisation: every assignment, D rebuilt, refitted.
        n1 = sum(treated)
        cb = ct = total = 0
        for chosen in itertools.combinations(range(G), n1):
            tr = [a in chosen for a in range(G)]
            Xa, _ = design(df, covs, tr)
            b, t, _ = cr1_t(Xa, y, w, g, G, col)
            cb += abs(b) >= abs(b_obs) * (1 - TIE)
            ct += abs(t) >= abs(t_obs) * (1 - TIE)
            total += 1
        out.append("%s\trand_p\t%r\tnumpy: all %d assignments refitted" % (key, cb / total, total))
        out.append("%s\trand_p_t\t%r\tnumpy: all %d assignments refitted" % (key, ct / total, total))
        print("survey_oracle: %s %s done" % (case, outcome), file=sys.stderr)
    with open(os.path.join(TESTS, "expected", "survey.tsv"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
