# SPDX-License-Identifier: GPL-2.0-or-later
"""A comparison's bootstrap and permutations on a Dask cluster.

    from dask.distributed import Client, LocalCluster
    import nrpnet.distributed

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, \\
         Client(cluster) as client:
        result = nrpnet.distributed.compare(client, "actors.csv", "ties.csv",
                                            bootstrap=10000, seed=7)

Each task loads the network from the files (so every worker must be able to
read them: one machine, or a shared file system) and computes one shard of
the replicates (Network.compare(shard=(i, n))); the shards come back as
text and are merged here (Network.compare(merge=...)). Replicate r's
random stream depends only on (seed, r), so the result is exactly the one
Network.compare() gives in one process, whatever the cluster.

Needs Dask's distributed scheduler (Debian: python3-distributed); nothing
else in nrpnet imports it.
"""

import nrpnet

__all__ = ["compare"]


def _shard(actors, ties, load_options, options, index, count):
    """One task: load, compute shard index of count, return its JSON."""
    with nrpnet.load(actors, ties, **load_options) as net:
        return net.compare(shard=(index, count), **options)


def compare(client, actors, ties, shards=None, load_options=None, **options):
    """nrpnet.load(actors, ties, **load_options).compare(**options), its
    replicates split into shards tasks on the Dask client (default: one per
    worker thread of the cluster, at least 1).

    options are Network.compare()'s (bootstrap, permutations, seed,
    measures, from_wave and to_wave, confidence, top, weighted, threads);
    threads is each task's (default 1, the cluster being the parallel part).
    Returns what Network.compare() returns; raises nrpnet.Error as it does,
    from a task or from the merge."""
    for bad in ("shard", "merge", "suppress_below", "csv_dir", "csv_bom"):
        if bad in options:
            raise TypeError("nrpnet.distributed.compare() does not take %s=" % bad)
    load_options = dict(load_options or {})
    if shards is None:
        workers = client.scheduler_info().get("workers", {})
        shards = max(1, sum(w.get("nthreads", 1) for w in workers.values()))
    if isinstance(shards, bool) or not isinstance(shards, int) or shards < 1:
        raise ValueError("shards must be a whole number, 1 or more")
    task_options = dict(options)
    task_options.setdefault("threads", 1)
    futures = client.map(_shard, [actors] * shards, [ties] * shards,
                         [load_options] * shards, [task_options] * shards,
                         range(1, shards + 1), [shards] * shards, pure=False)
    texts = client.gather(futures)
    with nrpnet.load(actors, ties, **load_options) as net:
        return net.compare(merge=texts, **options)
