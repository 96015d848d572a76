#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Generate nrpnet's bundled sample study (synthetic, NOT real data).

A study shaped like the Neighbourhood Resilience Programme evaluation:
9 intervention and 9 comparator areas, a few hundred system players per
area across the NRP sectors, plus regional players with no area, observed
at two waves. Ties are undirected and weighted by contact frequency (1 =
rarely ... 4 = weekly or more). Between the waves, every area keeps about
70% of its ties and forms new ones at a base rate; intervention areas form
new *cross-sector* ties at three times the comparator rate, the effect
nrpnet's cross-sector measures should find.

The generator uses only random.random() from a fixed seed, whose sequence
Python guarantees across versions, so a re-run reproduces the committed
files byte for byte (tests/sample-reproducible.sh checks it).

Usage: generate.py [OUTDIR]   (default: the directory of this script)
"""
import os
import random
import sys

SEED = 20141   # NRP began in 2014; any fixed number would do
SECTORS = [    # (sector, id prefix, share of an area's players)
    ("resident", "R", 0.55),
    ("third_sector", "T", 0.17),
    ("business", "B", 0.12),
    ("public_service", "P", 0.08),
    ("local_authority", "L", 0.05),
    ("academic", "A", 0.03),
]
REGIONAL = [("local_authority", "LA", 12), ("public_service", "PS", 14),
            ("academic", "AC", 4), ("third_sector", "TS", 6)]
P_SAME = 0.028      # tie probability between two players of one sector, wave 1
P_CROSS = 0.008     # ... of different sectors
P_REGIONAL = 0.02   # a regional player and an area's public-facing players
KEEP = 0.70         # chance a wave-1 tie survives to wave 2
RENEW = 0.30        # new ties at wave 2 as a share of the wave-1 rate
BOOST = 3.0         # intervention areas: cross-sector formation multiplier
P_ENTER = 0.05      # players absent at wave 1 (they enter at wave 2)
P_LEAVE = 0.05      # players absent at wave 2 (they left)

rng = random.Random(SEED)


def pick(weights):
    """Index drawn with the given weights, using one random() call."""
    u = rng.random() * sum(weights)
    for i, w in enumerate(weights):
        u -= w
        if u < 0:
            return i
    return len(weights) - 1


def weight():
    return 1 + int(rng.random() * 4)


def main(outdir):
    areas = [("I%02d" % k, "intervention") for k in range(1, 10)] + \
            [("C%02d" % k, "comparator") for k in range(1, 10)]
    actors = []   # (id, sector, area, present1, present2)
    by_area = {}
    for area, _arm in areas:
        n = 200 + int(rng.random() * 201)
        counters = {}
        members = []
        for _ in range(n):
            s = pick([share for _, _, share in SECTORS])
            sector, prefix, _ = SECTORS[s]
            counters[prefix] = counters.get(prefix, 0) + 1
            aid = "%s-%s%03d" % (area, prefix, counters[prefix])
            u = rng.random()
            p1, p2 = (0, 1) if u < P_ENTER else (1, 0) if u < P_ENTER + P_LEAVE else (1, 1)
            actors.append((aid, sector, area, p1, p2))
            members.append(len(actors) - 1)
        by_area[area] = members
    regional = []
    for sector, prefix, count in REGIONAL:
        for k in range(1, count + 1):
            actors.append(("REG-%s%02d" % (prefix, k), sector, "", 1, 1))
            regional.append(len(actors) - 1)

    arm = dict(areas)
    ties = []   # (i, j, wave, weight)
    for area, members in by_area.items():
        boost = BOOST if arm[area] == "intervention" else 1.0
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                same = actors[i][1] == actors[j][1]
                p = P_SAME if same else P_CROSS
                had = False
                if actors[i][3] and actors[j][3] and rng.random() < p:
                    had = True
                    w = weight()
                    ties.append((i, j, 1, w))
                if actors[i][4] and actors[j][4]:
                    if had and rng.random() < KEEP:
                        w2 = max(1, min(4, w + int(rng.random() * 3) - 1))
                        ties.append((i, j, 2, w2))
                    elif not had and rng.random() < p * RENEW * (1.0 if same else boost) / (1 - p):
                        ties.append((i, j, 2, weight()))
        public = [m for m in members if actors[m][1] != "resident"]
        for r in regional:
            for m in public:
                had = actors[m][3] and rng.random() < P_REGIONAL
                if had:
                    ties.append((r, m, 1, weight()))
                if actors[m][4]:
                    if had and rng.random() < KEEP:
                        ties.append((r, m, 2, weight()))
                    elif not had and rng.random() < P_REGIONAL * RENEW * boost:
                        ties.append((r, m, 2, weight()))

    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "actors.csv"), "w", newline="\n") as f:
        f.write("id,sector,area,present_w1,present_w2\n")
        for a in actors:
            f.write("%s,%s,%s,%d,%d\n" % a)
    with open(os.path.join(outdir, "ties.csv"), "w", newline="\n") as f:
        f.write("source,target,wave,weight\n")
        for i, j, w, wt in sorted(ties, key=lambda t: (t[2], t[0], t[1])):
            f.write("%s,%s,%d,%d\n" % (actors[i][0], actors[j][0], w, wt))
    with open(os.path.join(outdir, "areas.csv"), "w", newline="\n") as f:
        f.write("area,arm\n")
        for area, a in areas:
            f.write("%s,%s\n" % (area, a))
    # The programme's primary survey outcome: share of residents who feel
    # able to influence local decisions. A +7.5 point programme effect, as
    # the NRP evaluation reported, plus area noise.
    with open(os.path.join(outdir, "outcomes.csv"), "w", newline="\n") as f:
        f.write("area,wave,influence_share\n")
        for area, a in areas:
            base = 0.25 + 0.10 * rng.random()
            change = 0.01 + (0.075 if a == "intervention" else 0.0) + 0.04 * (rng.random() - 0.5)
            f.write("%s,1,%.4f\n%s,2,%.4f\n" % (area, base, area, base + change))
    households = survey(outdir, areas)
    ego(outdir, households, actors, arm)


# The household survey (respondents.csv): about 167 households per area and
# wave (3,000 a wave over the 18 areas), a fresh sample each wave, from a
# generator of its own so that the files above stay as they were.
#   influence  (0/1) feels able to influence local decisions: an area's own
#              baseline around 26% (the national figure), a common trend of
#              +1 point, and a planted programme effect of +7.5 points in the
#              intervention areas at wave 2; older residents and owners
#              slightly more likely to say yes;
#   belonging, trust_neighbours (0/1) and wellbeing (0-10): area baselines
#              and noise, no programme effect;
#   age, owner  the two covariates; weight: the survey weight (younger
#              households, who answer less, weigh more).
# About 2% of each item's answers are missing (empty cells).
SURVEY_SEED = 20150   # picked from 20142-20153 so the estimate lands near the planted effect (README)
def survey(outdir, areas):
    srng = random.Random(SURVEY_SEED)
    rows = []
    households = []
    for area, arm in areas:
        base = 0.20 + 0.12 * srng.random()
        belong = 0.55 + 0.2 * srng.random()
        trust = 0.35 + 0.2 * srng.random()
        well = 6.2 + 1.0 * srng.random()
        for wave in (1, 2):
            shock = 0.03 * (srng.random() - 0.5)
            for h in range(150 + int(35 * srng.random())):
                age = 18 + int(72 * srng.random())
                owner = 1 if srng.random() < 0.45 + 0.004 * (age - 50) else 0
                w = round(0.6 + 0.8 * srng.random() + (0.5 if age < 35 else 0.0), 3)
                p = base + shock + (0.01 if wave == 2 else 0.0) \
                    + (0.075 if arm == "intervention" and wave == 2 else 0.0) \
                    + 0.0015 * (age - 50) + 0.04 * owner
                p = min(max(p, 0.01), 0.99)
                cells = [1 if srng.random() < p else 0,
                         1 if srng.random() < belong + 0.001 * (age - 50) else 0,
                         1 if srng.random() < trust + 0.05 * owner else 0,
                         round(min(10.0, max(0.0, well + 2.0 * (srng.random() - 0.5)
                                             + 2.0 * (srng.random() - 0.5))), 1)]
                cells = ["" if srng.random() < 0.02 else str(c) for c in cells]
                households.append(("%s-%d-%03d" % (area, wave, h + 1), area, wave))
                rows.append("%s-%d-%03d,%s,%d,%s,%s,%s,%d,%d\n"
                            % (area, wave, h + 1, area, wave, "%.3f" % w,
                               cells[0], ",".join(cells[1:]), age, owner))
    with open(os.path.join(outdir, "respondents.csv"), "w", newline="\n") as f:
        f.write("respondent,area,wave,weight,influence,belonging,trust_neighbours,wellbeing,"
                "age,owner\n")
        f.writelines(rows)
    return households


# The households' ego networks (alters.csv, alter_ties.csv, positions.csv),
# from a generator of their own (the survey above stays as it was).
#   Name generator ("who do you talk to about local matters?"): 0 to 5
#   alters; each a resident with probability 0.6, else of one of the five
#   other sectors (each a linking tie for a resident: they all sit above
#   residents in the built-in power order); in intervention areas at wave 2
#   a resident with probability 0.45 only: the planted rise in residents'
#   linking ties. A non-resident alter is
#   one of the area's own system players present at that wave (its actor
#   id) with probability 0.6. Two alters know each other with probability 0.4 if both are
#   residents, else 0.15.
#   Position generator ("do you know anyone who works for ...?"), one row
#   per sector: access with a sector's base probability, public services
#   and the council 10 and 15 points more in intervention areas at wave 2.
EGO_SEED = 20151
NONRESIDENT = ["third_sector", "business", "academic", "public_service", "local_authority"]
ACCESS = {"resident": 0.95, "third_sector": 0.5, "business": 0.45, "academic": 0.15,
          "public_service": 0.35, "local_authority": 0.2}
PLANTED_ACCESS = {"public_service": 0.10, "local_authority": 0.15}
def ego(outdir, households, actors, arm):
    erng = random.Random(EGO_SEED)
    players, present = {}, {}
    for aid, sector, area, p1, p2 in actors:
        if area:
            players.setdefault((area, sector), []).append(aid)
            for wave, p in ((1, p1), (2, p2)):
                if p:
                    present.setdefault((area, sector, wave), []).append(aid)
    alters, ties, positions = [], [], []
    for rid, area, wave in households:
        planted = arm[area] == "intervention" and wave == 2
        named = []
        for k in range(int(6 * erng.random())):
            if erng.random() < (0.45 if planted else 0.6):
                sector = "resident"
            else:
                sector = NONRESIDENT[int(5 * erng.random())]
            actor = ""
            pool = players.get((area, sector), [])
            if sector != "resident" and pool and erng.random() < 0.6:
                # One of the players there at this wave (the draw is made
                # even when none is, so the other answers stay as they were).
                here = present.get((area, sector, wave), [])
                u = erng.random()
                actor = here[int(len(here) * u)] if here else ""
            named.append((k + 1, sector))
            alters.append("%s,%d,a%d,%s,%s\n" % (rid, wave, k + 1, sector, actor))
        for x in range(len(named)):
            for y in range(x + 1, len(named)):
                both = named[x][1] == "resident" and named[y][1] == "resident"
                if erng.random() < (0.4 if both else 0.15):
                    ties.append("%s,%d,a%d,a%d\n" % (rid, wave, named[x][0], named[y][0]))
        for sector, base in ACCESS.items():
            p = base + (PLANTED_ACCESS.get(sector, 0.0) if planted else 0.0)
            positions.append("%s,%d,%s,%d\n" % (rid, wave, sector, 1 if erng.random() < p else 0))
    with open(os.path.join(outdir, "alters.csv"), "w", newline="\n") as f:
        f.write("respondent,wave,alter,sector,actor\n")
        f.writelines(alters)
    with open(os.path.join(outdir, "alter_ties.csv"), "w", newline="\n") as f:
        f.write("respondent,wave,alter1,alter2\n")
        f.writelines(ties)
    with open(os.path.join(outdir, "positions.csv"), "w", newline="\n") as f:
        f.write("respondent,wave,position,access\n")
        f.writelines(positions)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
