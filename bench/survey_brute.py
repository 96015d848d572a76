#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""bench/survey_brute.py: the brute force nrpnet's wild bootstrap avoids,
on the sample survey: statsmodels' WLS with cluster-robust errors once, and
numpy refitting the model for SAMPLE sign vectors, timed and scaled to all
2^18 (refitting each takes the same time). Prints one line."""
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "oracle"))
import survey_oracle as so  # noqa: E402

SAMPLE = 512


def main():
    import statsmodels.api as sm
    covs = ["age", "owner"]
    df, w, order = so.model("data/sample/respondents.csv", "data/sample/areas.csv",
                            "influence", covs)
    import pandas as pd
    arms = pd.read_csv(os.path.join(so.TOP, "data/sample/areas.csv"))
    treated = [a == "intervention" for a in arms.arm]
    X, G = so.design(df, covs, treated)
    y = df["influence"].to_numpy(float)
    g = df.g.to_numpy()
    t0 = time.perf_counter()
    sm.WLS(y, X, weights=w).fit(cov_type="cluster", cov_kwds={"groups": g}, use_t=True)
    t_sm = time.perf_counter() - t0
    Xr = np.delete(X, G + 1, axis=1)
    sw = np.sqrt(w)
    br, *_ = np.linalg.lstsq(Xr * sw[:, None], y * sw, rcond=None)
    fitted = Xr @ br
    u = y - fitted
    rng = np.random.default_rng(1)
    t0 = time.perf_counter()
    for _ in range(SAMPLE):
        s = rng.choice((-1.0, 1.0), size=G)[g]
        so.cr1_t(X, fitted + s * u, w, g, G, G + 1)
    per = (time.perf_counter() - t0) / SAMPLE
    print("statsmodels_s=%.4f brute_per_draw_s=%.6f brute_2e18_s=%.1f"
          % (t_sm, per, per * 2 ** 18))


if __name__ == "__main__":
    main()
