# SPDX-License-Identifier: GPL-2.0-or-later
"""A comparison's bootstrap and permutations, or a study's areas, on a Dask
cluster.

    from dask.distributed import Client, LocalCluster
    import nrpnet.distributed

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, \\
         Client(cluster) as client:
        result = nrpnet.distributed.compare(client, "actors.csv", "ties.csv",
                                            bootstrap=10000, seed=7)
        study = nrpnet.distributed.study(client, "actors.csv", "ties.csv",
                                         "areas.csv", "outcomes.csv")

Each task loads the network from the files (so every worker must be able to
read them: one machine, or a shared file system) and computes one shard: of
the replicates (Network.compare(shard=(i, n))) or of the areas
(Network.study(shard=(i, n))); the shards come back as text and are merged
here (merge=...). Replicate r's random stream depends only on (seed, r),
and an area's measures only on the network and the area, so the result is
exactly the one the method gives in one process, whatever the cluster.

Needs Dask's distributed scheduler (Debian: python3-distributed); nothing
else in nrpnet imports it.
"""

import nrpnet

__all__ = ["compare", "study"]


def _shard(actors, ties, load_options, method, args, options, index, count):
    """One task: load, compute shard index of count, return its JSON."""
    with nrpnet.load(actors, ties, **load_options) as net:
        return getattr(net, method)(*args, shard=(index, count), **options)


def _run(client, method, actors, ties, args, shards, load_options, options, refused):
    """Network.method(*args, **options), split into shards tasks and merged."""
    for bad in refused:
        if bad in options:
            raise TypeError("nrpnet.distributed.%s() does not take %s=" % (method, bad))
    load_options = dict(load_options or {})
    if shards is None:
        workers = client.scheduler_info().get("workers", {})
        shards = max(1, sum(w.get("nthreads", 1) for w in workers.values()))
    if isinstance(shards, bool) or not isinstance(shards, int) or shards < 1:
        raise ValueError("shards must be a whole number, 1 or more")
    task_options = dict(options)
    task_options.setdefault("threads", 1)
    futures = client.map(_shard, [actors] * shards, [ties] * shards,
                         [load_options] * shards, [method] * shards, [args] * shards,
                         [task_options] * shards, range(1, shards + 1), [shards] * shards,
                         pure=False)
    texts = client.gather(futures)
    with nrpnet.load(actors, ties, **load_options) as net:
        return getattr(net, method)(*args, merge=texts, **options)


def compare(client, actors, ties, shards=None, load_options=None, **options):
    """nrpnet.load(actors, ties, **load_options).compare(**options), its
    replicates split into shards tasks on the Dask client (default: one per
    worker thread of the cluster, at least 1).

    options are Network.compare()'s (bootstrap, permutations, seed,
    measures, from_wave and to_wave, confidence, top, weighted, threads);
    threads is each task's (default 1, the cluster being the parallel part).
    Returns what Network.compare() returns; raises nrpnet.Error as it does,
    from a task or from the merge."""
    return _run(client, "compare", actors, ties, (), shards, load_options, options,
                ("shard", "merge", "suppress_below", "csv_dir", "csv_bom"))


def study(client, actors, ties, areas, outcomes=None, shards=None, load_options=None,
          **options):
    """nrpnet.load(actors, ties, **load_options).study(areas, outcomes,
    **options), its areas split into shards tasks on the Dask client
    (default: one per worker thread of the cluster, at least 1).

    options are Network.study()'s (measures, waves, with_regional,
    max_exact, draws, seed, confidence, threads); threads is each task's
    (default 1). Each task measures its share of the areas; the merge here
    adds the outcomes and computes the DiD. Returns what Network.study()
    returns; raises nrpnet.Error as it does, from a task or from the merge."""
    return _run(client, "study", actors, ties, (areas, outcomes), shards, load_options, options,
                ("shard", "merge", "suppress_below", "csv_dir", "csv_bom", "picture", "sample",
                 "survey"))
