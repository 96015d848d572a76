# SPDX-License-Identifier: GPL-2.0-or-later
"""The Python bindings (bindings/python/nrpnet), run by tests/python.sh.

- the prototype table against the symbols libnrpnet exports and against
  the declarations in include/nrpnet/*.h (argument counts, void returns);
- report(), compare() and study() give the same documents as the program's
  --format json (the program's numbers are checked by the C suites);
- every bad-input class of tests/fixtures/cases.tsv raises nrpnet.Error with
  the file, line and column the C suite expects;
- wrong types, out-of-range values, NUL characters and closed handles raise
  exceptions; several threads at once give the same results as one.
"""

import json
import logging
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import unittest
import warnings

import nrpnet
from nrpnet import _lib

TOP_SRC = os.environ["NRP_TOP_SRCDIR"]
TOP_BUILD = os.environ["NRP_TOP_BUILDDIR"]
PROGRAM = os.path.join(TOP_BUILD, "nrpnet")
DATA = os.path.join(TOP_SRC, "tests", "datasets")
FIXTURES = os.path.join(TOP_SRC, "tests", "fixtures")
SAMPLE = os.path.join(TOP_SRC, "data", "sample")


def program_json(*args):
    out = subprocess.run([PROGRAM, *args, "--format", "json"], check=True,
                         stdout=subprocess.PIPE).stdout
    return json.loads(out)


def s50(**kw):
    return nrpnet.load(os.path.join(DATA, "glasgow_s50", "actors.csv"),
                       os.path.join(DATA, "glasgow_s50", "ties.csv"),
                       directed=True, sector_column="group", **kw)


def write_files(d, actors, ties):
    """actors.csv and ties.csv in directory d, with these texts: their paths."""
    paths = (os.path.join(d, "actors.csv"), os.path.join(d, "ties.csv"))
    for path, text in zip(paths, (actors, ties)):
        with open(path, "w") as f:
            f.write(text)
    return paths


S50_ARGS = ["-a", os.path.join(DATA, "glasgow_s50", "actors.csv"),
            "-t", os.path.join(DATA, "glasgow_s50", "ties.csv"), "--directed",
            "--sector-column", "group"]


class Prototypes(unittest.TestCase):
    def exported(self):
        path = os.environ["NRPNET_LIBRARY"]
        out = subprocess.run(["nm", "-D", "--defined-only", path], check=True,
                             stdout=subprocess.PIPE, text=True).stdout
        # Names carry their version node (nrp_x@@NRPNET_0.1, lib/libnrpnet.map).
        return {line.split()[-1].split("@")[0] for line in out.splitlines()
                if line.split() and line.split()[-1].startswith("nrp_")}

    def declared(self):
        """name -> (returns void, argument count) from the public headers."""
        decls = {}
        inc = os.path.join(TOP_SRC, "include", "nrpnet")
        for f in sorted(os.listdir(inc)):
            if not f.endswith(".h"):
                continue
            with open(os.path.join(inc, f)) as fh:
                text = fh.read()
            for m in re.finditer(r"NRP_API\s+([^;]*?)\b(nrp_\w+)\s*\(([^;]*?)\)\s*(?:G_GNUC\w*\s*(?:\([^)]*\))?\s*)*;",
                                 text, re.S):
                ret, name, args = m.group(1).strip(), m.group(2), m.group(3).strip()
                n = 0 if args in ("void", "") else args.count(",") + 1
                decls[name] = (ret == "void", n)
        return decls

    def test_every_prototype_is_exported_and_declared_alike(self):
        exported, declared = self.exported(), self.declared()
        self.assertGreater(len(exported), 150)
        for name, (res, args) in _lib.PROTOTYPES.items():
            self.assertIn(name, exported, name)
            self.assertIn(name, declared, name)
            void, n = declared[name]
            self.assertEqual(len(args), n, name)
            self.assertEqual(res is None, void, name)

    def test_every_export_is_bound_or_listed(self):
        exported = self.exported()
        self.assertEqual(set(), exported - set(_lib.PROTOTYPES) - _lib.NOT_BOUND)
        self.assertEqual(set(), _lib.NOT_BOUND - exported)
        self.assertEqual(set(), _lib.NOT_BOUND & set(_lib.PROTOTYPES))


class SameAsTheProgram(unittest.TestCase):
    def test_version(self):
        self.assertRegex(nrpnet.version(), r"^\d+\.\d+\.\d+$")
        # The bindings know which library they were written for.
        self.assertEqual(_lib.VERSION, nrpnet.version())
        out = subprocess.run([PROGRAM, "--version"], check=True, stdout=subprocess.PIPE,
                             text=True).stdout
        self.assertEqual(out.strip(), "nrpnet " + _lib.VERSION)

    def test_other_library_version_refused(self):
        """A libnrpnet of another minor version is refused at import, with
        a message naming both versions (a stand-in library built here)."""
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "fake.c")
            so = os.path.join(d, "libfake.so")
            with open(src, "w") as f:
                f.write("unsigned nrp_version_number (void) { return 900; }\n")
            subprocess.run(["cc", "-shared", "-fPIC", "-o", so, src], check=True)
            env = dict(os.environ, NRPNET_LIBRARY=so)
            r = subprocess.run([sys.executable, "-c", "import nrpnet"], env=env,
                               stderr=subprocess.PIPE, text=True)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn("ImportError", r.stderr)
            self.assertIn("is version 0.9.0", r.stderr)
            self.assertIn("for libnrpnet 0.1", r.stderr)

    def test_summary_and_report(self):
        with s50() as net:
            self.assertEqual(net.summary(), program_json("summary", *S50_ARGS))
            self.assertEqual(net.report(permutations=99, seed=3, weighted=True, top=3),
                             program_json("report", *S50_ARGS, "--permutations", "99",
                                          "--seed", "3", "--weighted", "--top", "3"))
            # Defaults are the library's alone: Python's None and the
            # program's absent option give the same document.
            self.assertEqual(net.report(), program_json("report", *S50_ARGS))
            # Tables for publication: the program's document, and the same
            # suppression as its own (Glasgow's s50 has 50 pupils in 3 groups:
            # below 20, the smallest groups are hidden).
            pub = net.report(permutations=0, suppress_below=20)
            self.assertEqual(pub, program_json("report", *S50_ARGS, "--permutations", "0",
                                               "--suppress-below", "20"))
            self.assertEqual(pub["suppress_below"], 20)
            self.assertIn("top_actors", pub["left_out"])
            shown = [v for t in pub["tables"] if t["name"] != "network" for r in t["rows"]
                     for v in r["values"] if isinstance(v, int)]
            self.assertFalse([v for v in shown if 0 < v < 20])
            with self.assertRaises(ValueError):
                net.report(suppress_below=1)
            pub = net.compare(suppress_below=20)
            self.assertEqual(pub, program_json("compare", *S50_ARGS, "--suppress-below", "20"))
            self.assertEqual([t["name"] for t in pub["tables"]][:2],
                             ["turnover_1_2", "tie_change_1_2"])
            with self.assertRaises(ValueError):
                net.compare(suppress_below=1)

    def test_compare(self):
        with s50() as net:
            got = net.compare(measures=["density", "ei_index", "assortativity"], bootstrap=50,
                              permutations=49, seed=5)
            want = program_json("compare", *S50_ARGS, "--measures",
                                "density,ei_index,assortativity", "--bootstrap", "50",
                                "--permutations", "49", "--seed", "5")
            self.assertEqual(got, want)
            self.assertEqual(len(got["change"]), 2)
            self.assertEqual(net.compare(measures=["density"]),
                             program_json("compare", *S50_ARGS, "--measures", "density"))
            one = net.compare(1, 3, bootstrap=0, permutations=0)
            self.assertEqual(one["change"][0]["to_wave"], 3)
            self.assertIsNone(one["change"][0]["measures"][0]["ci_low"])

    def test_sampled_betweenness(self):
        # As the program's summary --betweenness-epsilon; the estimates
        # within the stated bound of report()'s exact betweenness.
        with s50() as net:
            got = net.summary(betweenness_epsilon=0.02, seed=3)
            self.assertEqual(got, program_json("summary", *S50_ARGS, "--betweenness-epsilon",
                                               "0.02", "--seed", "3"))
            exact = net.report(permutations=0)
            for w, x in zip(got["waves"], exact["waves"]):
                info = w["betweenness_sample"]
                n = w["actors_present"]
                self.assertAlmostEqual(info["max_error"], 0.02 * n * (n - 1))
                self.assertGreater(info["samples"], 0)
                want = {a["id"]: a["betweenness"] for a in x["actors"]}
                for a in w["actors"]:
                    self.assertLessEqual(abs(a["betweenness_estimate"] - want[a["id"]]),
                                         info["max_error"])
            self.assertNotIn("betweenness_sample", net.summary()["waves"][0])
            with self.assertRaisesRegex(ValueError, "betweenness_epsilon must be between"):
                net.summary(betweenness_epsilon=1.5)
            with self.assertRaisesRegex(ValueError, "threads"):
                net.summary(betweenness_epsilon=0.1, threads=5000)

    def test_compare_shards(self):
        # Shards of the replicates merged give one call's result, as the
        # program's --shard/--merge do (their bytes: tests/threads.sh).
        opts = dict(measures=["density", "ei_index"], bootstrap=31, permutations=29, seed=4)
        with s50() as net:
            one = net.compare(**opts)
            parts = [net.compare(shard=(i, 3), threads=i, **opts) for i in (1, 2, 3)]
            self.assertTrue(all(isinstance(p, str) for p in parts))
            self.assertEqual(json.loads(parts[1])["shard"], {"index": 2, "count": 3})
            self.assertEqual(net.compare(merge=parts[::-1], **opts), one)
            self.assertEqual(net.compare(merge=[net.compare(shard=(1, 1), **opts)], **opts), one)
            with self.assertRaisesRegex(nrpnet.Error, "shard 3 of 3 is missing"):
                net.compare(merge=parts[:2], **opts)
            with self.assertRaisesRegex(nrpnet.Error, "merge\\[0\\]: made with seed 4"):
                net.compare(merge=parts, **dict(opts, seed=5))
            with self.assertRaisesRegex(ValueError, "i must be 1 to n"):
                net.compare(shard=(4, 3))
            with self.assertRaisesRegex(TypeError, "pair"):
                net.compare(shard=3)
            with self.assertRaisesRegex(TypeError, "list of shard JSON strings"):
                net.compare(merge=parts[0])
            with self.assertRaisesRegex(ValueError, "does not go with merge"):
                net.compare(shard=(1, 2), merge=parts)

    def test_distributed_local_cluster(self):
        # Dask (Debian's python3-distributed): a LocalCluster of 2 worker
        # processes runs 3 shards; the merge is one process's result.
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            self.fail("Dask's distributed is not installed (Debian: python3-distributed); "
                      "tools/dev.sh installs it")
        import nrpnet.distributed
        actors = os.path.join(DATA, "glasgow_s50", "actors.csv")
        ties = os.path.join(DATA, "glasgow_s50", "ties.csv")
        load = dict(directed=True, sector_column="group")
        opts = dict(measures=["density", "ei_index", "assortativity"], bootstrap=40,
                    permutations=39, seed=8)
        with s50() as net:
            one = net.compare(**opts)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=logging.CRITICAL) as cluster, \
                    Client(cluster) as client:
                got = nrpnet.distributed.compare(client, actors, ties, shards=3,
                                                 load_options=load, **opts)
                self.assertEqual(got, one)
                # The default: one shard per worker thread.
                self.assertEqual(nrpnet.distributed.compare(client, actors, ties,
                                                            load_options=load, **opts), one)
                # A task's error comes back as the nrpnet.Error it raised.
                logging.getLogger("distributed").setLevel(logging.CRITICAL)
                with self.assertRaisesRegex(nrpnet.Error, "actors.csv:1:1: missing or misspelt "
                                                          "column 'source'"):
                    nrpnet.distributed.compare(client, actors, actors, load_options=load,
                                               **opts)
                with self.assertRaisesRegex(TypeError, "shard="):
                    nrpnet.distributed.compare(client, actors, ties, shard=(1, 2))
                # A study's areas as tasks: the sample study from its files, 4
                # shards on 2 workers, is the study of one process.
                sa, st = os.path.join(SAMPLE, "actors.csv"), os.path.join(SAMPLE, "ties.csv")
                areas = os.path.join(SAMPLE, "areas.csv")
                outcomes = os.path.join(SAMPLE, "outcomes.csv")
                with nrpnet.load(sa, st) as sample:
                    want = sample.study(areas, outcomes, measures=["ei_index", "influence_share"])
                self.assertEqual(nrpnet.distributed.study(client, sa, st, areas, outcomes,
                                                          shards=4,
                                                          measures=["ei_index",
                                                                    "influence_share"]),
                                 want)
                with self.assertRaisesRegex(TypeError, "merge="):
                    nrpnet.distributed.study(client, sa, st, areas, merge=[])

    def test_report_sampled_betweenness(self):
        # As `nrpnet report --betweenness-epsilon 0.01`, the same JSON; each
        # estimate within the stated bound of the exact report's betweenness.
        with nrpnet.load_sample() as net, warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            got = net.report(betweenness_epsilon=0.01, permutations=0)
            self.assertEqual(got, program_json("report", "--sample", "--permutations", "0",
                                               "--betweenness-epsilon", "0.01"))
            exact = net.report(permutations=0)
            for ws, we in zip(got["waves"], exact["waves"]):
                bound = ws["betweenness_sample"]["max_error"]
                self.assertAlmostEqual(bound, 0.01 * ws["actors_present"]
                                       * (ws["actors_present"] - 1) / 2, places=6)
                for a, b in zip(ws["actors"], we["actors"]):
                    if b["betweenness"] is None:
                        continue
                    self.assertLessEqual(abs(a["betweenness"] - b["betweenness"]), bound)
                    self.assertEqual(a["closeness"], b["closeness"])
                    self.assertIsNone(a["cross_sector_betweenness"])
                self.assertIsNone(ws["centralization"]["betweenness"])
            with self.assertRaisesRegex(ValueError, "unweighted"):
                net.report(betweenness_epsilon=0.01, weighted=True)
            with self.assertRaises(ValueError):
                net.report(betweenness_epsilon=2)

    def test_study_and_area(self):
        with nrpnet.load_sample() as net:
            got = net.study(sample=True)
            self.assertEqual(got, program_json("study", "--sample"))
            # The areas run in parallel; the thread count changes nothing.
            self.assertEqual(net.study(sample=True, threads=1), got)
            self.assertEqual(net.study(sample=True, threads=3), got)
            # Split into 3 shards of areas, merged in any order: the same study.
            shards = [net.study(sample=True, shard=(i, 3), threads=i) for i in (1, 2, 3)]
            self.assertEqual([json.loads(t)["areas_first"] for t in shards], [0, 6, 12])
            self.assertEqual(net.study(sample=True, merge=shards[::-1]), got)
            with self.assertRaises(nrpnet.Error) as cm:
                net.study(sample=True, merge=shards[:2])
            self.assertIn("shard 3 of 3 is missing", str(cm.exception))
            with self.assertRaises(nrpnet.Error) as cm:
                net.study(sample=True, with_regional=True, merge=shards)
            self.assertIn("other data", str(cm.exception))
            with self.assertRaises(ValueError):
                net.study(sample=True, shard=(1, 3), merge=shards)
            # For publication, below 250: the sample's areas of fewer than 250
            # actors (I01 242, I06 200, C01 220) are hidden, and with them
            # every DiD; the others are as the full study gives them.
            pub = net.study(sample=True, suppress_below=250)
            self.assertEqual(pub, program_json("study", "--sample", "--suppress-below", "250"))
            areas = {r["row"]: r["values"] for r in pub["tables"][0]["rows"]}
            full = {a["area"]: a for a in got["study"]["areas"]}
            S = {"suppressed": True}
            for label, values in areas.items():
                a = full[label.split()[0]]
                if a["actors"] < 250:
                    self.assertTrue(all(v == S for v in values), label)
                else:
                    self.assertEqual(values[0], a["actors"])
                    self.assertEqual(values[1:4], [a["measures"]["share_cross_sector"][k]
                                                   for k in ("pre", "post", "change")])
            self.assertEqual(sorted(k.split()[0] for k, v in areas.items() if v[0] == S),
                             ["C01", "I01", "I06"])
            self.assertTrue(all(v == S for r in pub["tables"][1]["rows"] for v in r["values"]))
            with self.assertRaises(ValueError):
                net.study(sample=True, suppress_below=1)
            files = net.study(os.path.join(SAMPLE, "areas.csv"), os.path.join(SAMPLE, "outcomes.csv"),
                              measures=["ei_index", "influence_share"], waves=(1, 2))
            did = {d["measure"]: d for d in files["study"]["did"]}
            self.assertEqual(did["ei_index"], {d["measure"]: d for d in got["study"]["did"]}["ei_index"])
            self.assertEqual(did["influence_share"]["assignments"], 48620)
            joined = net.report(permutations=0, top=0, survey=True)
            self.assertEqual(joined, program_json("report", "--sample", "--survey", "sample",
                                                  "--permutations", "0", "--top", "0", "-q"))
            self.assertIn("resident_reach", joined["waves"][1]["actors"][0])
            with self.assertRaises(ValueError):
                net.report(survey=True, areas="areas.csv")
            with self.assertWarnsRegex(RuntimeWarning, "6008 respondents joined as actors"):
                residents = net.report(permutations=0, top=0, survey=True, with_residents=True)
            self.assertEqual(residents, program_json("report", "--sample", "--survey", "sample",
                                                     "--with-residents", "--permutations", "0",
                                                     "--top", "0", "-q"))
            self.assertEqual(residents["waves"][0]["actors"][-1]["resident_reach"], None)
            self.assertEqual(net.n_actors, 5594)          # the sample itself is unchanged
            with self.assertRaises(ValueError):
                net.report(with_residents=True)
            both = net.study(sample=True, survey=True, measures=["ei_index", "influence"])
            self.assertEqual(both, program_json("study", "--sample", "--survey", "sample",
                                                "--measures", "ei_index,influence"))
            self.assertEqual([d["measure"] for d in both["study"]["did"]], ["ei_index", "influence"])
            with self.assertRaises(ValueError):
                net.study(sample=True, survey="x.csv")
            with net.area("I01") as i01:
                self.assertEqual(i01.n_actors, 242)
                self.assertEqual(i01.report(permutations=0),
                                 program_json("report", "--sample", "--area", "I01",
                                              "--permutations", "0"))
            with net.area("I01", with_regional=True) as i01r:
                self.assertEqual(i01r.n_actors, 242 + 36)

    def test_survey(self):
        # The same document as the program's; the numbers are test-survey's.
        got = nrpnet.survey(sample=True, max_enumerate=2 ** 10, draws=999)
        self.assertEqual(got, program_json("survey", "--sample", "--max-enumerate", "1024",
                                           "--draws", "999"))
        did = {d["outcome"]: d for d in got["survey"]["did"]}
        self.assertEqual(got["survey"]["covariates"], ["age", "owner"])
        self.assertEqual(set(did), {"influence", "belonging", "trust_neighbours", "wellbeing"})
        self.assertEqual(did["influence"]["wild_bootstrap"]["weights"], "webb")
        self.assertEqual(did["influence"]["wild_bootstrap"]["draws"], 999)
        self.assertEqual(did["influence"]["randomisation"]["assignments"], 48620)
        small = os.path.join(FIXTURES, "survey")
        one = nrpnet.survey(os.path.join(small, "respondents.csv"), os.path.join(small, "areas.csv"),
                            outcomes=["y"], covariates="x", waves=(1, 2))
        self.assertEqual([d["outcome"] for d in one["survey"]["did"]], ["y"])
        self.assertTrue(one["survey"]["did"][0]["wild_bootstrap"]["exact"])
        self.assertEqual(one["survey"]["did"][0]["wild_bootstrap"]["draws"], 256)
        with self.assertRaises(ValueError):
            nrpnet.survey(sample=True, max_enumerate=2 ** 30)
        with self.assertRaises(ValueError):
            nrpnet.survey(sample=True, outcomes=["a,b"])
        with self.assertRaises(ValueError):
            nrpnet.survey(respondents=os.path.join(small, "respondents.csv"))
        with tempfile.TemporaryDirectory() as d:
            nrpnet.survey(sample=True, outcomes=["influence"], max_enumerate=16, draws=99,
                          max_exact=10, picture=os.path.join(d, "s.svg"))
            with open(os.path.join(d, "s.svg"), encoding="utf-8") as f:
                self.assertIn("influence (percentage points): +7.5 points", f.read())
        with self.assertRaises(ValueError):
            nrpnet.survey(sample=True, picture="s.gif")
        ego = os.path.join(FIXTURES, "ego")
        with self.assertWarnsRegex(RuntimeWarning, "sector 'church' is not in the built-in"):
            got = nrpnet.survey(os.path.join(ego, "respondents.csv"),
                                os.path.join(ego, "areas.csv"),
                                outcomes=["ego_has_linking", "pg_extensity"], max_enumerate=16,
                                alters=os.path.join(ego, "alters.csv"),
                                alter_ties=os.path.join(ego, "alter_ties.csv"),
                                positions=os.path.join(ego, "positions.csv"),
                                position_registry=os.path.join(ego, "registry.csv"))
        rm = got["survey"]["respondents_measures"]
        self.assertEqual(len(rm), 24)
        self.assertIsNone(rm[0]["ego_size"])              # r00 did not answer
        self.assertEqual(rm[1]["ego_size"], 0)            # r01 named no one
        self.assertIsNone(rm[1]["ego_blau"])
        self.assertEqual(rm[2]["ego_constraint"], 1.0)    # one alter: constraint 1
        # A sectors file that gives church a power level: no warning, and a
        # closed one without church refuses its first alter (alters.csv's
        # line and column).
        with tempfile.TemporaryDirectory() as d:
            six = ("resident,0\nthird_sector,1\nbusiness,1\nacademic,1\npublic_service,2\n"
                   "local_authority,2\n")
            with open(os.path.join(d, "open.csv"), "w", encoding="utf-8") as f:
                f.write("sector,power\n" + six + "church,1\n")
            with open(os.path.join(d, "closed.csv"), "w", encoding="utf-8") as f:
                f.write("sector,power\n" + six)
            args = (os.path.join(ego, "respondents.csv"), os.path.join(ego, "areas.csv"))
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                nrpnet.survey(*args, outcomes=["ego_linking"], max_enumerate=16,
                              alters=os.path.join(ego, "alters.csv"),
                              sectors=os.path.join(d, "open.csv"))
            with self.assertRaises(nrpnet.Error) as cm:
                nrpnet.survey(*args, outcomes=["ego_linking"], max_enumerate=16,
                              alters=os.path.join(ego, "alters.csv"),
                              sectors=os.path.join(d, "closed.csv"), sectors_closed=True)
            self.assertIn("the alter's sector 'church' is not in", str(cm.exception))
            with self.assertRaises(ValueError):
                nrpnet.survey(sample=True, sectors=os.path.join(d, "open.csv"))
        # Every sample cell has fewer than 200 respondents (150 to 184).
        hidden = nrpnet.survey(sample=True, outcomes=["influence"], max_enumerate=16,
                               max_exact=10, draws=19, suppress_below=200)["survey"]
        self.assertTrue(all(c["n"] == {"suppressed": True} for c in hidden["area_waves"]))
        self.assertEqual(hidden["suppress_below"], 200)
        with self.assertRaises(ValueError):
            nrpnet.survey(sample=True, suppress_below=1)
        with self.assertRaises(ValueError):
            nrpnet.survey(sample=True, alters="a.csv")
        with self.assertRaises(nrpnet.Error) as cm:
            nrpnet.survey(sample=True, outcomes=["nope"])
        self.assertIn("the outcome 'nope' is not a column", str(cm.exception))

    def test_pseudonyms(self):
        # The pseudonym is Python's own HMAC-SHA256 of the id under the key.
        import hashlib
        import hmac
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "k.key")
            nrpnet.keygen(path)
            with self.assertRaises(nrpnet.Error):
                nrpnet.keygen(path)
            with open(path, encoding="ascii") as f:
                key = bytes.fromhex(f.read().strip())
            want = "p-" + hmac.new(key, b"I01-B001", hashlib.sha256).hexdigest()[:16]
            self.assertEqual(nrpnet.pseudonym(path, "I01-B001"), want)
            with nrpnet.load_sample() as net, net.pseudonymised(path) as p:
                self.assertEqual(p.actors()[0]["id"], want)
                self.assertEqual(p.n_actors, net.n_actors)
                got = p.report(permutations=0, top=0, survey=True)
                self.assertNotIn('"I01-B001"', json.dumps(got))
                self.assertEqual(got, program_json("report", "--sample", "--survey", "sample",
                                                   "--pseudonymise", path, "--permutations", "0",
                                                   "--top", "0", "-q"))
                s = nrpnet.survey(sample=True, outcomes=["ego_size"], max_enumerate=16,
                                  max_exact=10, draws=19, pseudonymise=path)
                self.assertTrue(s["survey"]["respondents_measures"][0]["respondent"]
                                .startswith("p-"))
            with s50() as g:
                with self.assertRaises(nrpnet.Error):
                    g.pseudonymised(path, keep_columns=["no_such_column"])

    def test_model_accessors(self):
        with s50() as net:
            self.assertTrue(net.directed)
            self.assertEqual(net.n_actors, 50)
            self.assertEqual(net.n_waves, 3)
            actors = net.actors()
            self.assertEqual(len(actors), 50)
            self.assertEqual(actors[0]["present"], [True, True, True])
            self.assertIn(actors[0]["sector"], net.sectors)
            self.assertIsNone(actors[0]["area"])

    def test_measures(self):
        names = [m["name"] for m in nrpnet.measures()]
        self.assertIn("ei_index", names)
        self.assertIn("centralization.betweenness", names)
        self.assertTrue({m["name"]: m for m in nrpnet.measures()}["centralization.betweenness"]["costly"])
        with s50() as net:
            got = net.measures(["density", "ei_index", "mutual_dyads"])
            waves = net.summary()["waves"]
            for k, w in enumerate(waves):
                self.assertAlmostEqual(got["density"][k], w["density"], places=15)
                self.assertAlmostEqual(got["ei_index"][k], w["ei_index"], places=15)
                self.assertEqual(got["mutual_dyads"][k], w["mutual_dyads"])
            everything = net.measures("all")
            self.assertEqual(len(everything), len(names))

    def test_csv_tables(self):
        with tempfile.TemporaryDirectory() as d, s50() as net:
            net.report(permutations=0, csv_dir=os.path.join(d, "r"))
            net.compare(bootstrap=10, permutations=0, csv_dir=os.path.join(d, "c"))
            with nrpnet.load_sample() as sample:
                sample.study(sample=True, csv_dir=os.path.join(d, "s"))
                sample.study(sample=True, csv_dir=os.path.join(d, "sb"), csv_bom=True)
            for f in ("r/waves.csv", "r/actors.csv", "c/change.csv", "c/change_measures.csv",
                      "c/change_actors.csv", "s/study_did.csv", "s/study_areas.csv"):
                with open(os.path.join(d, f), "rb") as fh:
                    self.assertFalse(fh.read().startswith(b"\xef\xbb\xbf"), f)
            for f in ("sb/study_did.csv", "sb/study_areas.csv"):
                with open(os.path.join(d, f), "rb") as fh:
                    self.assertTrue(fh.read().startswith(b"\xef\xbb\xbf"), f)

    def test_pictures(self):
        with tempfile.TemporaryDirectory() as d, nrpnet.load_sample() as net:
            with net.area("I02") as i02:
                i02.render_waves(os.path.join(d, "w.svg"))
                i02.render_waves(os.path.join(d, "one.svg"), 2, 2)
                with open(os.path.join(d, "one.svg")) as f:
                    self.assertIn("<title>Wave 2 alone</title>", f.read())
                i02.render_mixing(os.path.join(d, "m.png"), 1, 2)
                with self.assertRaises(ValueError):
                    i02.render_waves(os.path.join(d, "w.gif"))
                with self.assertRaises(nrpnet.Error):
                    i02.render_waves(os.path.join(d, "w.png"), 1, 5)
                with self.assertRaises(nrpnet.Error) as cm:
                    i02.render_mixing(os.path.join(d, "no", "m.png"))
                self.assertEqual(cm.exception.code, 1)  # NRP_ERROR_IO
            net.study(sample=True, measures=["ei_index"], picture=os.path.join(d, "s.svg"))
            with open(os.path.join(d, "w.svg")) as f:
                self.assertIn("<title>Waves 1 and 2", f.read())
            with open(os.path.join(d, "m.png"), "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
            with open(os.path.join(d, "s.svg")) as f:
                self.assertIn("ei_index: DiD", f.read())

    def test_did_randomisation(self):
        # The hand study of tests/test-study.c: changes 1/2, 1/2, 0, 1/3.
        est, p, n = nrpnet.did_randomisation([0.5, 0.5, 0, 1 / 3],
                                             ["intervention", "intervention", "comparator",
                                              "comparator"])
        self.assertAlmostEqual(est, 1 / 3, places=14)
        self.assertAlmostEqual(p, 2 / 6, places=14)
        self.assertEqual(n, 6)
        est, p, n = nrpnet.did_randomisation([1.0], ["intervention"])
        self.assertIsNone(est)
        self.assertIsNone(p)
        with self.assertRaises(ValueError):
            nrpnet.did_randomisation([1.0, 2.0], ["intervention", "control"])
        with self.assertRaises(ValueError):
            nrpnet.did_randomisation([float("nan"), 2.0], ["intervention", "comparator"])

    def test_to_pandas(self):
        with s50() as net:
            report = net.report(permutations=0)
            change = net.compare(bootstrap=5, permutations=0)
        rows = report._rows("actors")
        self.assertEqual(len(rows), sum(len(w["actors"]) for w in report["waves"]))
        self.assertEqual(rows[0]["wave"], 1)
        self.assertEqual(len(report._rows(None)), 3)
        self.assertEqual(change._rows("actors")[0]["degree_delta"],
                         change["change"][0]["actors"][0]["degree"]["delta"])
        with self.assertRaises(ValueError):
            report._rows("nonsense")
        try:
            import pandas  # noqa: F401
        except ImportError:
            with self.assertRaisesRegex(ImportError, "python3-pandas"):
                report.to_pandas()
        else:
            self.assertEqual(len(report.to_pandas("waves")), 3)


class GraphML(unittest.TestCase):
    """The export read back with NetworkX and compared with the CSV files."""

    def read_csv(self, path):
        import csv
        with open(path, newline="", encoding="utf-8-sig") as f:
            return list(csv.DictReader(f))

    def test_directed_waves_read_back(self):
        import networkx as nx
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "s50.graphml")
            subprocess.run([PROGRAM, "export", *S50_ARGS, "--output", out], check=True)
            g = nx.read_graphml(out)
            self.assertTrue(g.is_directed())
            actors = self.read_csv(os.path.join(DATA, "glasgow_s50", "actors.csv"))
            self.assertEqual(sorted(g.nodes), sorted(a["id"] for a in actors))
            for a in actors:
                self.assertEqual(g.nodes[a["id"]]["sector"], a["group"])
                self.assertTrue(g.nodes[a["id"]]["present_w3"])
            ties = {}
            for t in self.read_csv(os.path.join(DATA, "glasgow_s50", "ties.csv")):
                ties.setdefault((t["source"], t["target"]), set()).add(int(t["wave"]))
            self.assertEqual(set(g.edges), set(ties))
            for (u, v), waves in ties.items():
                e = g.edges[u, v]
                self.assertEqual(e["waves"], ",".join(str(w) for w in sorted(waves)))
                for w in (1, 2, 3):
                    self.assertEqual(e["tie_w%d" % w], w in waves)
                    self.assertEqual(e["weight_w%d" % w], 1.0 if w in waves else 0.0)
            # The Python binding writes the same file.
            again = os.path.join(d, "again.graphml")
            with s50() as net:
                net.write_graphml(again)
            with open(out, "rb") as f1, open(again, "rb") as f2:
                self.assertEqual(f1.read(), f2.read())

    def test_sample_areas_weights_and_presence(self):
        import networkx as nx
        with tempfile.TemporaryDirectory() as d, nrpnet.load_sample() as net:
            with net.area("C02") as c02:
                out = os.path.join(d, "c02.graphml")
                c02.write_graphml(out)
            g = nx.read_graphml(out)
            self.assertFalse(g.is_directed())
            actors = {a["id"]: a for a in self.read_csv(os.path.join(SAMPLE, "actors.csv"))
                      if a["area"] == "C02"}
            self.assertEqual(set(g.nodes), set(actors))
            for i, a in actors.items():
                self.assertEqual(g.nodes[i]["area"], "C02")
                self.assertEqual(g.nodes[i]["present_w1"], a["present_w1"] == "1")
                self.assertEqual(g.nodes[i]["present_w2"], a["present_w2"] == "1")
            weight = {}
            for t in self.read_csv(os.path.join(SAMPLE, "ties.csv")):
                if t["source"] in actors and t["target"] in actors:
                    weight[frozenset((t["source"], t["target"])), int(t["wave"])] = float(t["weight"])
            self.assertEqual({frozenset(e) for e in g.edges}, {k for k, _ in weight})
            for u, v, e in g.edges(data=True):
                for w in (1, 2):
                    self.assertEqual(e["weight_w%d" % w], weight.get((frozenset((u, v)), w), 0.0))

    def test_text_is_escaped_and_control_characters_refused(self):
        import networkx as nx
        with tempfile.TemporaryDirectory() as d:
            a = os.path.join(d, "actors.csv")
            t = os.path.join(d, "ties.csv")
            with open(a, "w") as f:
                f.write('id,sector,note\n"<a&b>",resident,"x ""quoted"" \'y\'"\n'
                        '"line\nbreak",business,\n=1+1,business,--\n')
            with open(t, "w") as f:
                f.write('source,target,wave\n"<a&b>","line\nbreak",1\n=1+1,"<a&b>",2\n')
            out = os.path.join(d, "x.graphml")
            with nrpnet.load(a, t) as net:
                net.write_graphml(out)
            g = nx.read_graphml(out)
            self.assertEqual(set(g.nodes), {"<a&b>", "line\nbreak", "=1+1"})
            self.assertEqual(g.nodes["<a&b>"]["note"], "x \"quoted\" 'y'")
            self.assertTrue(g.has_edge("<a&b>", "line\nbreak"))
            with open(a, "w") as f:
                f.write("id,sector\nbad\x01id,resident\nok,business\n")
            with open(t, "w") as f:
                f.write("source,target,wave\nok,bad\x01id,1\n")
            with nrpnet.load(a, t) as net:
                with self.assertRaises(nrpnet.Error) as cm:
                    net.write_graphml(out + "2")
            self.assertIn("U+0001", str(cm.exception))
            self.assertFalse(os.path.exists(out + "2"))


class Errors(unittest.TestCase):
    def test_every_bad_input_class(self):
        n = 0
        with open(os.path.join(FIXTURES, "cases.tsv")) as fh:
            lines = fh.readlines()
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            name, actors, ties, flags, code, file, lineno, column, secret = \
                line.rstrip("\n").split("\t")
            kw = {}
            for flag in ([] if flags == "-" else flags.split(" ")):
                key, _, value = flag.lstrip("-").partition("=")
                key = key.replace("-", "_")
                if key in ("sectors", "missing"):
                    value = os.path.join(FIXTURES, value)
                kw[key] = value if value else True
            with self.subTest(name=name):
                with self.assertRaises(nrpnet.Error) as cm:
                    nrpnet.load(os.path.join(FIXTURES, actors), os.path.join(FIXTURES, ties), **kw)
                e = cm.exception
                self.assertEqual(e.file, os.path.join(FIXTURES, file))
                self.assertEqual((e.line, e.column), (int(lineno), int(column)))
                self.assertGreater(e.code, 0)
                self.assertIn("%s:%s:%s:" % (e.file, lineno, column), str(e))
                if secret != "-":
                    self.assertNotIn(secret, str(e))
            n += 1
        self.assertGreater(n, 40)

    def test_missing_file(self):
        with self.assertRaises(nrpnet.Error) as cm:
            nrpnet.load("/nonexistent/actors.csv", "/nonexistent/ties.csv")
        self.assertEqual(cm.exception.code, 1)  # NRP_ERROR_IO
        self.assertEqual(cm.exception.file, "/nonexistent/actors.csv")

    def test_study_errors(self):
        with tempfile.TemporaryDirectory() as d, nrpnet.load_sample() as net:
            bad = os.path.join(d, "areas.csv")
            with open(bad, "w") as f:
                f.write("area,arm\nI01,intervention\nC01,control\n")
            with self.assertRaises(nrpnet.Error) as cm:
                net.study(bad)
            self.assertEqual((cm.exception.file, cm.exception.line, cm.exception.column),
                             (bad, 3, 2))
            with self.assertRaises(nrpnet.Error):
                net.study(sample=True, measures=["nonsense"])
            for bad_threads in (5000, -1):
                with self.assertRaises(ValueError):
                    net.study(sample=True, threads=bad_threads)
            with self.assertRaises(ValueError):
                net.study()
            with self.assertRaises(ValueError):
                net.study(bad, sample=True)
            with self.assertRaises(nrpnet.Error):
                net.compare(1, 5)
            with self.assertRaises(nrpnet.Error):
                net.area("no such area")

    def test_warnings_and_presence(self):
        with tempfile.TemporaryDirectory() as d:
            a, t = write_files(d, "id,sector,present_w1,present_w2\na,council,1,1\nb,resident,1,0\n",
                               "source,target,wave\na,b,1\n")
            with nrpnet.load(a, t) as net:
                self.assertEqual(len(net.warnings), 1)
                self.assertIn("sector 'council'", net.warnings[0])
                self.assertEqual(net.presence_columns, ["present_w1", "present_w2"])
                self.assertEqual(net.summary()["warnings"], net.warnings)
            with nrpnet.load(a, t, presence_prefix="") as net:
                self.assertIsNone(net.presence_columns)
            with self.assertRaises(nrpnet.Error) as e:
                nrpnet.load(a, t, sectors_closed=True)
            self.assertEqual((e.exception.line, e.exception.column), (2, 2))

    def test_wrong_types_and_values(self):
        with self.assertRaises(TypeError):
            nrpnet.load(123, "ties.csv")
        with self.assertRaises(TypeError):
            nrpnet.load("a.csv", "t.csv", directed="yes")
        with self.assertRaises(ValueError):
            nrpnet.load("a\0.csv", "t.csv")
        with s50() as net:
            for kw in ({"permutations": -1}, {"permutations": 2 ** 40}, {"seed": 2 ** 64},
                       {"threads": 5000}, {"top": -2}):
                with self.assertRaises(ValueError, msg=kw):
                    net.report(**kw)
            for kw in ({"permutations": "9"}, {"weighted": 1}, {"seed": 1.5}, {"top": "5"}):
                with self.assertRaises(TypeError, msg=kw):
                    net.report(**kw)
            # The library's range check, in Python's words.
            with self.assertRaisesRegex(ValueError, "^permutations: .*0 to 10000000"):
                net.report(permutations=10 ** 7 + 1)
            with self.assertRaises(ValueError):
                net.compare(confidence=1.0)
            with self.assertRaises(ValueError):
                net.compare(from_wave=1)
            with self.assertRaises(ValueError):
                net.compare(bootstrap=10 ** 9)
            with self.assertRaises(TypeError):
                net.compare(measures=[1, 2])
            with self.assertRaises(nrpnet.Error):
                net.compare(measures=["density", "bogus"])
            with self.assertRaises(ValueError):
                net.measures([])
            with self.assertRaises(ValueError):
                net.area("I0\0")
            with self.assertRaises(TypeError):
                net.study(sample=True, waves=3)

    def test_closed_handles(self):
        net = s50()
        net.close()
        net.close()  # idempotent
        self.assertTrue(net.closed)
        for call in (lambda: net.report(), lambda: net.summary(), lambda: net.n_actors,
                     lambda: net.compare(), lambda: net.area("x"), lambda: net.actors(),
                     lambda: net.measures(["density"])):
            with self.assertRaises(ValueError):
                call()
        with s50() as other:
            pass
        self.assertTrue(other.closed)
        with self.assertRaises(ValueError):
            with other:
                pass


class Threads(unittest.TestCase):
    def test_many_threads(self):
        with s50() as shared:
            want = shared.report(permutations=49)
        results, errors = [], []

        def work(own):
            try:
                if own:
                    with s50() as net:
                        results.append(net.report(permutations=49))
                else:
                    results.append(shared_net.report(permutations=49))
                with self.assertRaises(nrpnet.Error):
                    nrpnet.load("/nonexistent/a.csv", "/nonexistent/t.csv")
            except Exception as e:  # noqa: BLE001
                errors.append(e)

        shared_net = s50()
        threads = [threading.Thread(target=work, args=(k % 2 == 0,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        shared_net.close()
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 8)
        for r in results:
            self.assertEqual(r, want)

    def test_close_while_others_wait(self):
        net = s50()
        outcome = []

        def use():
            try:
                net.report(permutations=9)
                outcome.append("ran")
            except ValueError:
                outcome.append("closed")

        threads = [threading.Thread(target=use) for _ in range(4)]
        for t in threads:
            t.start()
        net.close()
        for t in threads:
            t.join()
        self.assertEqual(len(outcome), 4)
        self.assertTrue(set(outcome) <= {"ran", "closed"})


if __name__ == "__main__":
    unittest.main(verbosity=2)


def read_rows(path):
    import csv
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


class Ecosystem(unittest.TestCase):
    """The network as a Python container, to and from NetworkX, python-igraph
    and pandas, and flat result tables. The reference values are the CSV
    files read with Python's csv module, and NetworkX's and python-igraph's
    own betweenness on the graphs handed over."""

    def test_container(self):
        actors = read_rows(os.path.join(SAMPLE, "actors.csv"))
        with nrpnet.load_sample() as net:
            self.assertEqual(len(net), len(actors))
            self.assertEqual(list(net), [a["id"] for a in actors])
            a = actors[10]
            self.assertIn(a["id"], net)
            self.assertNotIn("no such id", net)
            self.assertNotIn(5, net)
            got = net[a["id"]]
            self.assertEqual(got["sector"], a["sector"])
            self.assertEqual(got["area"], a["area"] or None)
            self.assertEqual(got["present"], [a["present_w1"] == "1", a["present_w2"] == "1"])
            self.assertEqual(got["attributes"], {})
            with self.assertRaises(KeyError):
                net["no such id"]
            with self.assertRaises(TypeError):
                net[3]
            ties = read_rows(os.path.join(SAMPLE, "ties.csv"))
            counts = [sum(t["wave"] == str(w) for t in ties) for w in (1, 2)]
            self.assertEqual(repr(net), "<nrpnet.Network: %d actors in 6 sectors, 2 waves, "
                             "undirected ties (%d, %d)>" % (len(actors), *counts))
            self.assertEqual(len(net.ties()), len(ties))
            self.assertEqual(len(net.ties(2)), counts[1])
        net.close()
        self.assertEqual(repr(net), "<nrpnet.Network (closed)>")

    def test_to_networkx_and_to_igraph(self):
        import networkx as nx
        import igraph
        actors = {a["id"]: a for a in read_rows(os.path.join(DATA, "glasgow_s50", "actors.csv"))}
        ties = read_rows(os.path.join(DATA, "glasgow_s50", "ties.csv"))
        with s50() as net:
            report = net.report(permutations=0)
            for w in (1, 2, 3):
                g = net.to_networkx(w)
                self.assertIsInstance(g, nx.DiGraph)
                self.assertEqual(set(g.nodes), set(actors))
                self.assertEqual(set(g.edges), {(t["source"], t["target"]) for t in ties
                                                if t["wave"] == str(w)})
                for i, a in actors.items():
                    self.assertEqual(g.nodes[i]["sector"], a["group"])
                h = net.to_igraph(w)
                self.assertTrue(h.is_directed())
                self.assertEqual({(h.vs[e.source]["name"], h.vs[e.target]["name"]) for e in h.es},
                                 set(g.edges))
                # betweenness: NetworkX's and igraph's own, on the graphs handed over
                bn = nx.betweenness_centrality(g, normalized=False)
                bi = dict(zip(h.vs["name"], h.betweenness(directed=True)))
                mine = {a["id"]: a["betweenness"] for a in report["waves"][w - 1]["actors"]}
                for i in actors:
                    self.assertAlmostEqual(mine[i], bn[i], delta=1e-9 * max(1, bn[i]))
                    self.assertAlmostEqual(mine[i], bi[i], delta=1e-9 * max(1, bi[i]))

    def test_from_networkx_round_trip(self):
        import networkx as nx
        g = nx.karate_club_graph()
        with nrpnet.from_networkx(g, sector="club", weight=None) as net:
            self.assertEqual(len(net), 34)
            self.assertEqual(net["0"]["sector"], "Mr. Hi")
            self.assertEqual(net.sectors, sorted({d["club"] for _, d in g.nodes(data=True)},
                                                 key=lambda s: [d["club"] for _, d in
                                                                sorted(g.nodes(data=True))].index(s)))
            back = net.to_networkx(1)
            self.assertEqual({frozenset(map(int, e)) for e in back.edges},
                             {frozenset(e) for e in g.edges})
            report = net.report(permutations=0)
            bn = nx.betweenness_centrality(g, normalized=False)
            for a in report["waves"][0]["actors"]:
                self.assertAlmostEqual(a["betweenness"], bn[int(a["id"])], places=9)
        # weights: the edge attribute, and ties summed back per pair
        with nrpnet.from_networkx(g, sector="club") as net:
            back = net.to_networkx(1)
            for u, v, d in g.edges(data=True):
                self.assertEqual(back.edges[str(u), str(v)]["weight"], d["weight"])

    def test_from_networkx_waves_and_errors(self):
        import networkx as nx
        g1 = nx.Graph([(1, 2), (2, 3), (3, 4)])
        g2 = nx.Graph([(1, 2), (2, 5), (1, 3)])
        for g in (g1, g2):
            nx.set_node_attributes(g, "resident", "sector")
        g2.nodes[5]["sector"] = "business"
        with nrpnet.from_networkx([g1, g2]) as net:
            self.assertEqual(net.n_waves, 2)
            self.assertEqual(net["4"]["present"], [True, False])
            self.assertEqual(net["5"]["present"], [False, True])
            change = net.compare(bootstrap=0, permutations=0)
            # by hand, among the actors present at both waves (1, 2 and 3):
            # formed 1-3, dissolved 2-3, kept 1-2 (3-4 and 2-5 have an end
            # present at one wave only)
            table = change.table
            row = table[table.ties == "all"].iloc[0]
            self.assertEqual((row.n01, row.n10, row.n11), (1, 1, 1))
        g3 = nx.Graph([(1, 2)])
        g3.nodes[1]["sector"] = "resident"
        with self.assertRaisesRegex(ValueError, "node 2 has no sector"):
            nrpnet.from_networkx(g3)
        with self.assertRaisesRegex(ValueError, "same id"):
            nrpnet.from_networkx(nx.Graph([(1, "1")]), sector=lambda n: "resident")
        with self.assertRaisesRegex(ValueError, "waves of graphs"):
            nrpnet.from_networkx({2: g1})
        with self.assertRaisesRegex(ValueError, "directed"):
            nrpnet.from_networkx([g1, nx.DiGraph(g1)])
        bad = nx.Graph([(1, 2)], )
        nx.set_node_attributes(bad, "resident", "sector")
        bad.edges[1, 2]["weight"] = -1
        with self.assertRaises(nrpnet.Error) as cm:
            nrpnet.from_networkx(bad)
        self.assertTrue(str(cm.exception).startswith("ties row (edge 1-2 at wave 1), column 'weight': "),
                        str(cm.exception))
        self.assertEqual(cm.exception.file, "ties")

    def test_from_pandas(self):
        import pandas as pd
        a = os.path.join(SAMPLE, "actors.csv")
        t = os.path.join(SAMPLE, "ties.csv")
        actors = pd.read_csv(a, dtype=str, keep_default_na=False)
        ties = pd.read_csv(t)   # numbers as numbers: waves int, weights float
        with nrpnet.from_pandas(actors, ties) as mine, nrpnet.load(a, t) as files:
            self.assertEqual(mine.summary(), files.summary())
            self.assertEqual(mine.presence_columns, ["present_w1", "present_w2"])
            self.assertEqual(mine.to_pandas("ties").to_dict("list"),
                             files.to_pandas("ties").to_dict("list"))
            back = files.to_pandas("actors")
            self.assertEqual(list(back["id"]), list(actors["id"]))
            self.assertEqual(list(back["present_w2"]), list(actors["present_w2"] == "1"))
        acts = pd.DataFrame({"id": ["a", "b"], "sector": ["resident", "business"]})
        bad = pd.DataFrame({"source": ["a", "a"], "target": ["b", "c"], "wave": [1, 1]},
                           index=[10, 11])
        with self.assertRaises(nrpnet.Error) as cm:
            nrpnet.from_pandas(acts, bad)
        self.assertEqual(str(cm.exception), "ties row 11, column 'target': unknown actor 'c' "
                         "(the target is not an id in the actors file)")
        self.assertEqual((cm.exception.file, cm.exception.line, cm.exception.column),
                         ("ties", 2, 2))
        twice = pd.DataFrame({"source": ["a", "b"], "target": ["b", "a"], "wave": [1, 1]},
                             index=["x", "y"])
        with self.assertRaises(nrpnet.Error) as cm:
            nrpnet.from_pandas(acts, twice)
        self.assertIn("(first at row x)", str(cm.exception))
        self.assertIn("pass merge_duplicates=True", str(cm.exception))
        with nrpnet.from_pandas(acts, twice, merge_duplicates=True) as net:
            self.assertEqual(len(net.ties()), 1)
        with self.assertRaises(TypeError):
            nrpnet.from_pandas({"id": ["a"]}, twice)

    def test_load_errors_in_python_words(self):
        with tempfile.TemporaryDirectory() as d:
            a, t = write_files(d, "id,sector\na,resident\nb,business\n",
                               "source,target,wave\na,b,1\na,b,1\n")
            with self.assertRaises(nrpnet.Error) as cm:
                nrpnet.load(a, t)
            self.assertIn("pass merge_duplicates=True", str(cm.exception))
            self.assertNotIn("merge-duplicates", str(cm.exception))
            self.assertEqual((cm.exception.line, cm.exception.column), (3, 1))
        # every call's errors, not the loader's only
        with nrpnet.load_sample() as net:
            with self.assertRaises(nrpnet.Error) as cm:
                net.compare(merge=['{"a": 1}'])
        self.assertEqual(str(cm.exception),
                         'merge[0]: not a shard of Network.compare(shard=...) (no "nrpnet_shard")')

    def test_flat_tables(self):
        with s50() as net:
            report = net.report(permutations=0)
            change = net.compare(bootstrap=5, permutations=0)
        for df in (report.waves, report.actors, report.sectors, change.measures, change.actors,
                   change.table):
            for col in df.columns:
                self.assertFalse(df[col].map(lambda x: isinstance(x, (dict, list))).any(), col)
        actors = report.actors
        first = report["waves"][0]["actors"][0]
        row = actors[(actors.wave == 1) & (actors.id == first["id"])].iloc[0]
        self.assertEqual(row["brokerage_liaison"], first["brokerage"]["liaison"])
        sectors = report.sectors
        self.assertEqual(len(sectors), 3 * len(report["sectors"]))
        for w in report["waves"]:
            for x in w["sector_ei"]:
                got = sectors[(sectors.wave == w["wave"]) & (sectors.sector == x["sector"])]
                self.assertEqual(got.iloc[0]["ei_index"], x["ei_index"])
        table = change.table
        c = change["change"][0]
        got = table[(table.from_wave == c["from_wave"]) & (table.ties == "cross_sector")].iloc[0]
        self.assertEqual(got["n01"], c["cross_sector"]["n01"])
        self.assertEqual(len(report.waves), 3)
        with self.assertRaisesRegex(ValueError, "waves, actors, sectors"):
            report.to_pandas("did")


class Import(unittest.TestCase):
    """import_matrices() against the program's nrpnet import."""

    def test_same_as_the_program(self):
        with tempfile.TemporaryDirectory() as d:
            m1 = os.path.join(d, "w1.csv")
            m2 = os.path.join(d, "w2.csv")
            with open(m1, "w") as f:
                f.write(";A;B;C\nA;0;1;0\nB;1;0;2,5\nC;0;2,5;0\n")
            with open(m2, "w") as f:
                f.write(",A,B\nA,0,1\nB,0,0\n")
            got = nrpnet.import_matrices([m1, m2], os.path.join(d, "py.csv"))
            run = subprocess.run([PROGRAM, "import", "-m", m1, "-m", m2, "-o",
                                  os.path.join(d, "cli.csv")], check=True,
                                 stderr=subprocess.PIPE, text=True)
            with open(os.path.join(d, "py.csv")) as a, open(os.path.join(d, "cli.csv")) as b:
                self.assertEqual(a.read(), b.read())
            for note in got["notes"]:
                self.assertIn("nrpnet import: " + note, run.stderr)
            # by hand: wave 2's A -> B has no mirror, so directed; C is not in wave 2
            self.assertTrue(got["directed"])
            self.assertEqual(got["actors"], 3)
            self.assertEqual(got["ties"], [4, 1])
            with self.assertRaises(nrpnet.Error) as cm:
                nrpnet.import_matrices(m2, os.path.join(d, "x.csv"), directed=False)
            self.assertEqual((cm.exception.line, cm.exception.column), (2, 3))
            with self.assertRaises(TypeError):
                nrpnet.import_matrices(m1, os.path.join(d, "x.csv"), directed="yes")

    def test_wide_same_as_the_program(self):
        with tempfile.TemporaryDirectory() as d:
            s1 = os.path.join(d, "s1.csv")
            with open(s1, "w") as f:
                f.write("id\tnote\tfriend1\tfriend2\nA\tx\tB\tC\nB\ty\tA\t\n")
            got = nrpnet.import_wide(s1, os.path.join(d, "py.csv"), id_column="ID",
                                     contacts=["friend*"])
            run = subprocess.run([PROGRAM, "import", "--wide", s1, "--id-column", "ID",
                                  "--contacts", "friend*", "-o", os.path.join(d, "cli.csv")],
                                 check=True, stderr=subprocess.PIPE, text=True)
            with open(os.path.join(d, "py.csv")) as a, open(os.path.join(d, "cli.csv")) as b:
                text = a.read()
                self.assertEqual(text, b.read())
            # by hand: A names B and C, B names A; C never responded
            self.assertEqual(text, "source,target,wave,weight\nA,B,1,1\nA,C,1,1\nB,A,1,1\n")
            self.assertTrue(got["directed"])
            self.assertEqual((got["actors"], got["ties"]), (3, [3]))
            self.assertTrue(any("read as tab-separated" in n for n in got["notes"]))
            self.assertTrue(any("directed=True" in n for n in got["notes"]), got["notes"])
            with self.assertRaises(nrpnet.Error) as cm:
                nrpnet.import_wide(s1, os.path.join(d, "x.csv"), id_column="who")
            self.assertEqual((cm.exception.line, cm.exception.column), (1, 1))
            with self.assertRaises(ValueError):
                nrpnet.import_wide(s1, os.path.join(d, "x.csv"), contacts=[])
            with self.assertRaises(TypeError):
                nrpnet.import_wide(s1, os.path.join(d, "x.csv"), id_column=3)
