# SPDX-License-Identifier: GPL-2.0-or-later
"""nrpnet: social-connectivity network analysis for place-based public health.

Python bindings to libnrpnet through ctypes (no compiled extension, no
third-party dependency).

    import nrpnet
    with nrpnet.load("actors.csv", "ties.csv", presence_prefix="present_w") as net:
        report = net.report(permutations=999, seed=1)      # as `nrpnet report --format json`
        change = net.compare(1, 2, bootstrap=1000)           # as `nrpnet compare --format json`
        study = net.study("areas.csv", "outcomes.csv")       # as `nrpnet study --format json`

Results are plain dicts and lists with the JSON report's names (NaN is
None), with their tables as flat pandas DataFrames (report.actors,
report.sectors, change.table...); `nrpnet.Error` (with .file, .line,
.column) is raised for anything the input can cause.

A Network is a container of actors (len(net), iteration over ids,
net["I01-B001"]) and converts: net.to_networkx(wave), net.to_igraph(wave),
net.to_pandas("actors"|"ties"), nrpnet.from_networkx(G, sector="club"),
nrpnet.from_pandas(actors_df, ties_df). The library is found from $NRPNET_LIBRARY, the
installed location, the build tree, or the system's library path.
"""

import builtins
import ctypes
import json
import os
import re
import threading
import warnings as _warnings

from . import _lib
from ._lib import lib, glib

__all__ = ["Error", "OutOfMemory", "Network", "Result", "load", "load_sample", "measures", "version",
           "from_pandas", "from_networkx", "import_matrices", "import_wide",
           "keygen", "pseudonym",
           "did_randomisation", "survey"]

_U32 = 2 ** 32 - 1
_U64 = 2 ** 64 - 1


class Error(Exception):
    """An error the input or the arguments caused, as libnrpnet reports it.

    Attributes: message, code (an NrpErrorCode number), file, line and column
    (None, 0 and 0 when the error is not about a place in a file).
    """

    def __init__(self, message, code=0, file=None, line=0, column=0):
        super().__init__(message)
        self.message = message
        self.code = code
        self.file = file
        self.line = line
        self.column = column


class OutOfMemory(Error, MemoryError):
    """An allocation the input sized could not be made (NRP_ERROR_NO_MEMORY):
    both an nrpnet.Error and a MemoryError."""


_NRP_ERROR_NO_MEMORY = 15


# The library's hints name the program's options; from Python, the
# arguments that do the same.
_PYTHON_WORDS = (
    ("use the merge-duplicates option", "pass merge_duplicates=True"),
    ("--sector-column NAME", "sector_column=NAME"),
    ("--sectors FILE", "sectors=FILE"),
    ("the closed option", "sectors_closed=True"),
    ("--position-registry FILE", "position_registry=FILE"),
    ("--with-regional", "with_regional"),
    ("the directed option", "directed=True"),
)


def _python_words(message):
    for cli, py in _PYTHON_WORDS:
        message = message.replace(cli, py)
    return re.sub(r"nrpnet (compare|study) --shard", r"Network.\1(shard=...)", message)


def _raise(err):
    """Turns a set GError into nrpnet.Error, freeing it."""
    e = err.contents
    message = (_python_words(e.message.decode("utf-8", "replace")) if e.message
               else "unknown error")
    f = lib.nrp_error_get_file(err)
    kind = OutOfMemory if e.code == _NRP_ERROR_NO_MEMORY else Error
    exc = kind(message, e.code, f.decode("utf-8", "replace") if f else None,
               lib.nrp_error_get_line(err), lib.nrp_error_get_column(err))
    glib.g_error_free(err)
    raise exc


def _call(func, *args):
    """Calls @func with a GError** last; raises Error when it fails (with an
    error, or returning NULL or FALSE without one, which the library does
    only on a programming error the checks here should have caught)."""
    err = _lib.GErrorP()
    result = func(*args, ctypes.byref(err))
    if err:
        _raise(err)
    if not result and getattr(func, "restype", _lib.gboolean) in (ctypes.c_void_p, _lib.gboolean):
        raise Error("nrpnet: %s failed without saying why" % getattr(func, "__name__", "a call"))
    return result


_NRP_ERROR_ARGUMENT = 14


def _set_option(setter, opt, value, what):
    """Calls a range-checked option setter; the library's range error
    becomes a ValueError naming the Python argument."""
    try:
        _call(setter, opt, value)
    except Error as e:
        if e.code == _NRP_ERROR_ARGUMENT:
            raise ValueError("%s: %s" % (what, e.message)) from None
        raise


def _csv_flags(bom):
    """NRP_CSV_BOM (1) when @bom: a byte order mark for Excel."""
    return 1 if _bool(bom, "csv_bom") else 0


def _default(value, getter, opt):
    """@value, or the library's default when it is None (the defaults are
    written once, in the library)."""
    return getter(opt) if value is None else value


def _take_string(ptr):
    """The text of a returned char * the caller owns, g_free()d."""
    if not ptr:
        raise MemoryError("nrpnet: the library returned no text")
    try:
        return ctypes.string_at(ptr).decode("utf-8")
    finally:
        glib.g_free(ptr)


def _path(value, what):
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if isinstance(value, bytes):
        value = os.fsdecode(value)
    if not isinstance(value, str):
        raise TypeError("%s must be a path (str or os.PathLike), not %s"
                        % (what, type(value).__name__))
    if "\0" in value:
        raise ValueError("%s contains a NUL character" % what)
    return os.fsencode(value)


def _text(value, what):
    if not isinstance(value, str):
        raise TypeError("%s must be a str, not %s" % (what, type(value).__name__))
    if "\0" in value:
        raise ValueError("%s contains a NUL character" % what)
    return value.encode("utf-8")


def _uint(value, what, low=0, high=_U32):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be an int, not %s" % (what, type(value).__name__))
    if not low <= value <= high:
        raise ValueError("%s must be between %d and %d, not %d" % (what, low, high, value))
    return value


def _bool(value, what):
    if not isinstance(value, bool):
        raise TypeError("%s must be True or False, not %r" % (what, value))
    return 1 if value else 0


def _level(value, what="confidence"):
    """A number strictly between 0 and 1 (a confidence level, epsilon...)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("%s must be a number, not %s" % (what, type(value).__name__))
    if not 0 < value < 1:
        raise ValueError("%s must be between 0 and 1, not %r" % (what, value))
    return float(value)


def _waves(waves):
    """(pre, post) from a pair, or (0, 0), the library's default, for None."""
    if waves is None:
        return 0, 0
    if not isinstance(waves, (tuple, list)) or len(waves) != 2:
        raise TypeError("waves must be a pair (pre, post)")
    return _uint(waves[0], "pre wave", 1), _uint(waves[1], "post wave", 1)


def _image_format(path):
    """0 (SVG) or 1 (PNG) from a file name's extension."""
    name = os.fspath(path) if isinstance(path, (str, bytes, os.PathLike)) else None
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if name is None:
        raise TypeError("a picture's path must be a str or os.PathLike")
    ext = os.path.splitext(name)[1].lower()
    if ext not in (".svg", ".png"):
        raise ValueError("a picture's file name ends in .svg or .png, not %r" % (ext,))
    return 0 if ext == ".svg" else 1


def _measure_list(names):
    """A list of measure names as the C library takes it (comma-separated)."""
    if names is None:
        return None
    if isinstance(names, str):
        names = [names]
    names = list(names)
    for n in names:
        if not isinstance(n, str):
            raise TypeError("measure names must be str, not %s" % type(n).__name__)
        if "," in n or "\0" in n:
            raise ValueError("bad measure name %r" % n)
    if not names:
        raise ValueError("no measure given")
    return ",".join(names)


def _flat(d, prefix=""):
    """A row of scalars from a nested dict: {"a": {"b": 1}} is {"a_b": 1};
    lists (the per-item tables, which have tables of their own) are left out."""
    row = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            row.update(_flat(v, key + "_"))
        elif not isinstance(v, list):
            row[key] = v
    return row


class Result(dict):
    """A result: the JSON document as a dict (the JSON report's names; NaN and
    undefined values are None), with its tables as pandas DataFrames.

    Every table has flat columns (a nested value such as an actor's
    brokerage becomes brokerage_coordinator, brokerage_itinerant...):

    - report: waves (default), actors, sectors
    - compare: measures (default), actors, table (the tie change table)
    - study: did (default), areas

    as result.to_pandas("actors") or the property result.actors.
    """

    def to_pandas(self, table: "str | None" = None):
        """A pandas DataFrame of one table of the result (see the class's
        help for the tables); ValueError names the tables there are."""
        try:
            import pandas
        except ImportError as e:
            raise ImportError("to_pandas() needs pandas (Debian: python3-pandas)") from e
        rows = self._rows(table)
        return pandas.DataFrame(rows)

    def _tables(self):
        if "waves" in self:
            return ("waves", "actors", "sectors")
        if "change" in self:
            return ("measures", "actors", "table")
        if "study" in self:
            return ("did", "areas")
        return ()

    def _rows(self, table):
        tables = self._tables()
        if table is None and tables:
            table = tables[0]
        if table not in tables:
            raise ValueError("no table %r in this result: it has %s"
                             % (table, ", ".join(tables) or "none"))
        if "waves" in self:
            if table == "waves":
                return [_flat(w) for w in self["waves"]]
            if table == "actors":
                return [dict(wave=w["wave"], **_flat(a)) for w in self["waves"]
                        for a in w.get("actors", [])]
            # sectors: the network's sectors, then each wave's measures by sector
            info = {x["sector"]: x for x in self.get("sectors", [])}
            rows = []
            for w in self["waves"]:
                by = {}
                for part in ("sector_ei", "sector_centrality"):
                    for x in w.get(part) or []:
                        by.setdefault(x["sector"], {}).update(_flat(x))
                for name, x in info.items():
                    r = {"wave": w["wave"], "sector": name, "label": x.get("label"),
                         "power": x.get("power"), "actors": x.get("actors")}
                    r.update({k: v for k, v in by.get(name, {}).items() if k != "sector"})
                    rows.append(r)
            return rows
        if "change" in self:
            if table == "measures":
                return [dict(from_wave=c["from_wave"], to_wave=c["to_wave"], **m)
                        for c in self["change"] for m in c.get("measures", [])]
            if table == "actors":
                return [dict(from_wave=c["from_wave"], to_wave=c["to_wave"], **_flat(a))
                        for c in self["change"] for a in c.get("actors", [])]
            rows = []
            for c in self["change"]:
                for ties, src in (("all", c), ("cross_sector", c.get("cross_sector") or {})):
                    rows.append(dict(from_wave=c["from_wave"], to_wave=c["to_wave"], ties=ties,
                                     **{k: src.get(k) for k in
                                        ("n00", "n01", "n10", "n11", "hamming", "jaccard")}))
            return rows
        if table == "did":
            return [_flat(d) for d in self["study"]["did"]]
        return [dict(area=a["area"], arm=a["arm"], measure=m, **_flat(v))
                for a in self["study"]["areas"] for m, v in a["measures"].items()]

    waves = property(lambda self: self.to_pandas("waves"),
                     doc="The report's whole-network measures, a row per wave (DataFrame).")
    actors = property(lambda self: self.to_pandas("actors"),
                      doc="A row per actor (and wave, or pair of waves) (DataFrame).")
    sectors = property(lambda self: self.to_pandas("sectors"),
                       doc="The report's measures by sector, a row per wave and sector (DataFrame).")
    measures = property(lambda self: self.to_pandas("measures"),
                        doc="Each measure's change with its interval (DataFrame).")
    table = property(lambda self: self.to_pandas("table"),
                     doc="The tie change table (n00, n01, n10, n11, Hamming, Jaccard), "
                         "for all ties and cross-sector ones (DataFrame).")
    did = property(lambda self: self.to_pandas("did"),
                   doc="The study's difference in differences, a row per measure (DataFrame).")
    areas = property(lambda self: self.to_pandas("areas"),
                     doc="Each area's measures before and after, a row per area and measure "
                         "(DataFrame).")


def _shard(value):
    """shard: None, or (i, n) with 1 <= i <= n (the library bounds n)."""
    if value is None:
        return None
    try:
        i, n = value
    except (TypeError, ValueError):
        raise TypeError("shard must be a pair (i, n), as in shard=(2, 3)") from None
    i, n = _uint(i, "shard index"), _uint(n, "shard count")
    if not 1 <= i <= n:
        raise ValueError("shard (%d, %d): i must be 1 to n" % (i, n))
    return i, n


def _merge_texts(value, method="compare"):
    """merge: None, or the shards' JSON strings (not file names)."""
    if value is None:
        return None
    if isinstance(value, (str, bytes)):
        raise TypeError("merge takes a list of shard JSON strings, not one string")
    texts = list(value)
    if not texts:
        raise ValueError("merge needs the shards: a list of the JSON strings "
                         "%s(shard=...) returned" % method)
    for t in texts:
        if not isinstance(t, str):
            raise TypeError("merge takes the JSON strings %s(shard=...) returned, not %s"
                            % (method, type(t).__name__))
    return texts


def _set_shards(opt, shard, merge, set_shard, add_shard):
    """The shard (i, n) of a split, or the shards' texts to merge, into opt."""
    if shard is not None:
        _set_option(lambda o, v, e: set_shard(o, v[0], v[1], e), opt, shard, "shard")
    for k, text in enumerate(merge or []):
        data = text.encode("utf-8")
        _call(add_shard, opt, data, len(data), ("merge[%d]" % k).encode("utf-8"))


def _suppress_below(value):
    """suppress_below: 0 (none) or 2 and more (the library bounds it above)."""
    below = _uint(value, "suppress_below")
    if below == 1:
        raise ValueError("suppress_below must be 0 (none) or 2 or more")
    return below


def _publication(pub, csv, csv_bom):
    """Publication tables (suppress_below): their JSON, and CSV files in csv;
    frees them."""
    try:
        if csv is not None:
            _call(lib.nrp_publication_write_csv, pub, csv, _csv_flags(csv_bom))
        return _result(_take_string(lib.nrp_publication_to_json(pub, 0)))
    finally:
        lib.nrp_publication_free(pub)


def _result(text):
    return Result(json.loads(text))


class _Handle:
    """A C object with an owner: close() frees it once; a lock serialises use."""

    _free = None

    def __init__(self, ptr):
        self._ptr = ptr
        self._lock = threading.RLock()

    def _get(self):
        if not self._ptr:
            raise ValueError("%s is closed" % type(self).__name__)
        return self._ptr

    def close(self):
        """Frees the C object; the handle can no longer be used. Idempotent."""
        with self._lock:
            if self._ptr:
                type(self)._free(self._ptr)
                self._ptr = None

    def __enter__(self):
        self._get()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    @property
    def closed(self):
        return not self._ptr


class Network(_Handle):
    """A typed network at one or more waves (made by load() or load_sample())."""

    _free = staticmethod(lib.nrp_network_free)

    @property
    def directed(self) -> bool:
        with self._lock:
            return bool(lib.nrp_network_is_directed(self._get()))

    @property
    def n_actors(self) -> int:
        with self._lock:
            return lib.nrp_network_get_n_actors(self._get())

    @property
    def n_waves(self) -> int:
        with self._lock:
            return lib.nrp_network_get_n_waves(self._get())

    _key_path = None

    def pseudonymised(self, key: "str | os.PathLike",
                      keep_columns: "list | None" = None) -> "Network":
        """A new Network whose actor ids are their pseudonyms under the key in
        the file key (nrpnet.keygen()), without actors.csv's extra columns but
        keep_columns (a list of names): every result made from it carries no
        input id. Its report(survey=...) pseudonymises the survey with the
        same key, so the join holds."""
        cols = _name_list(keep_columns, "keep_columns") if keep_columns is not None else None
        names = cols.decode("utf-8").split(",") if cols else []
        keep = (ctypes.c_char_p * (len(names) + 1))(*[n.encode("utf-8") for n in names], None)
        with _Key(key) as k, self._lock:
            net = Network(_call(lib.nrp_network_new_pseudonymised, self._get(), k, keep))
        net._key_path = _path(key, "key")
        return net

    @property
    def warnings(self) -> list:
        """What the data's reader should know that is no error: each sector
        without a power level (its ties count as bridging, never linking)."""
        with self._lock:
            p = self._get()
            return [lib.nrp_network_get_warning(p, k).decode("utf-8")
                    for k in range(lib.nrp_network_get_n_warnings(p))]

    @property
    def presence_columns(self) -> "list | None":
        """The actors.csv columns presence was read from, one per wave, or
        None when presence was not read (everyone present at every wave)."""
        with self._lock:
            p = self._get()
            cols = []
            while True:
                c = lib.nrp_network_get_presence_column(p, len(cols) + 1)
                if c is None:
                    return cols or None
                cols.append(c.decode("utf-8"))

    @property
    def sectors(self) -> list:
        """The sector names, in the network's order."""
        with self._lock:
            p = self._get()
            return [lib.nrp_network_get_sector_name(p, k).decode("utf-8")
                    for k in range(lib.nrp_network_get_n_sectors(p))]

    def actors(self) -> list:
        """Every actor: a list of dicts with id, sector, area and present (per wave)."""
        with self._lock:
            p = self._get()
            sectors = self.sectors
            out = []
            for i in range(lib.nrp_network_get_n_actors(p)):
                area = lib.nrp_network_get_actor_area(p, i)
                out.append({
                    "id": lib.nrp_network_get_actor_id(p, i).decode("utf-8"),
                    "sector": sectors[lib.nrp_network_get_actor_sector(p, i)],
                    "area": area.decode("utf-8") if area is not None else None,
                    "present": [bool(lib.nrp_network_get_actor_present(p, i, w))
                                for w in range(1, lib.nrp_network_get_n_waves(p) + 1)],
                })
            return out

    # ---- The network as a Python container of actors -------------------
    def __repr__(self) -> str:
        if self.closed:
            return "<nrpnet.Network (closed)>"
        with self._lock:
            p = self._get()
            nw = lib.nrp_network_get_n_waves(p)
            ties = ", ".join(str(lib.nrp_network_get_n_ties(p, w)) for w in range(1, nw + 1))
            ns = lib.nrp_network_get_n_sectors(p)
            return "<nrpnet.Network: %d actors in %d sector%s, %d wave%s, %s ties (%s)>" % (
                lib.nrp_network_get_n_actors(p), ns, "" if ns == 1 else "s", nw,
                "" if nw == 1 else "s", "directed" if lib.nrp_network_is_directed(p)
                else "undirected", ties)

    def __len__(self) -> int:
        """The number of actors (present at any wave)."""
        return self.n_actors

    def __iter__(self):
        """The actors' ids, in actors.csv order."""
        with self._lock:
            p = self._get()
            ids = [lib.nrp_network_get_actor_id(p, i).decode("utf-8")
                   for i in range(lib.nrp_network_get_n_actors(p))]
        return iter(ids)

    def __contains__(self, id) -> bool:
        if not isinstance(id, str) or "\0" in id:
            return False
        with self._lock:
            return lib.nrp_network_find_actor(self._get(), id.encode("utf-8")) >= 0

    def __getitem__(self, id: str) -> dict:
        """The actor with this id: a dict of id, sector, sector_label, area
        (None for a regional player), present (a bool per wave) and
        attributes (actors.csv's other columns). KeyError if there is none."""
        if not isinstance(id, str):
            raise TypeError("actor ids are str, not %s" % type(id).__name__)
        with self._lock:
            p = self._get()
            i = lib.nrp_network_find_actor(p, _text(id, "id"))
            if i < 0:
                raise KeyError(id)
            return self._actor(p, i)

    def _actor(self, p, i):
        sector = lib.nrp_network_get_actor_sector(p, i)
        area = lib.nrp_network_get_actor_area(p, i)
        # the presence columns are the presence, not attributes
        presence = set()
        for w in range(1, lib.nrp_network_get_n_waves(p) + 1):
            c = lib.nrp_network_get_presence_column(p, w)
            if c is not None:
                presence.add(c)
        names = [n for n in (lib.nrp_network_get_attribute_name(p, k)
                             for k in range(lib.nrp_network_get_n_attributes(p)))
                 if n not in presence]
        return {
            "id": lib.nrp_network_get_actor_id(p, i).decode("utf-8"),
            "sector": lib.nrp_network_get_sector_name(p, sector).decode("utf-8"),
            "sector_label": lib.nrp_network_get_sector_label(p, sector).decode("utf-8"),
            "area": area.decode("utf-8") if area is not None else None,
            "present": [bool(lib.nrp_network_get_actor_present(p, i, w))
                        for w in range(1, lib.nrp_network_get_n_waves(p) + 1)],
            "attributes": {n.decode("utf-8"): lib.nrp_network_get_actor_attribute(p, i, n)
                           .decode("utf-8") for n in names},
        }

    def ties(self, wave: "int | None" = None) -> list:
        """The ties of one wave (or of every wave, None): a list of dicts
        with source, target (ids), wave, weight and type (None when the
        data have no type), sorted by source, target and type in actors.csv
        order; undirected ties have the earlier actor as source."""
        with self._lock:
            p = self._get()
            nw = lib.nrp_network_get_n_waves(p)
            waves = range(1, nw + 1) if wave is None else [_uint(wave, "wave", 1, nw)]
            ids = [lib.nrp_network_get_actor_id(p, i).decode("utf-8")
                   for i in range(lib.nrp_network_get_n_actors(p))]
            src, tgt, wt, ty = _lib.c_uint(), _lib.c_uint(), ctypes.c_double(), ctypes.c_char_p()
            out = []
            for w in waves:
                for k in range(lib.nrp_network_get_n_ties(p, w)):
                    lib.nrp_network_get_tie(p, w, k, ctypes.byref(src), ctypes.byref(tgt),
                                            ctypes.byref(wt), ctypes.byref(ty))
                    out.append({"source": ids[src.value], "target": ids[tgt.value], "wave": w,
                                "weight": wt.value,
                                "type": ty.value.decode("utf-8") if ty.value is not None else None})
            return out

    def _wave_graph(self, wave, present_only):
        """(nodes as actor dicts, edges as (source, target, weight, types))
        of one wave; a pair tied by several relation types is one edge, its
        weight the sum, its types listed."""
        with self._lock:
            p = self._get()
            nw = lib.nrp_network_get_n_waves(p)
            w = _uint(wave, "wave", 1, nw)
            present_only = _bool(present_only, "present_only")
            nodes = [self._actor(p, i) for i in range(lib.nrp_network_get_n_actors(p))
                     if not present_only or lib.nrp_network_get_actor_present(p, i, w)]
        edges = {}
        for t in self.ties(w):
            e = edges.setdefault((t["source"], t["target"]), [0.0, []])
            e[0] += t["weight"]
            if t["type"] is not None:
                e[1].append(t["type"])
        return nodes, [(a, b, x[0], x[1]) for (a, b), x in edges.items()]

    @staticmethod
    def _node_attrs(a):
        attrs = {"sector": a["sector"], "sector_label": a["sector_label"]}
        if a["area"] is not None:
            attrs["area"] = a["area"]
        attrs.update(a["attributes"])
        return attrs

    def to_networkx(self, wave: int = 1, present_only: bool = True):
        """One wave as a NetworkX Graph (DiGraph when directed): a node per
        actor present at the wave (every actor with present_only=False),
        keyed by id, with sector, sector_label, area (regional players have
        none) and actors.csv's other columns; an edge per tied pair, with
        weight (summed over relation types) and, when the data have types,
        types (their list). Needs NetworkX (Debian: python3-networkx)."""
        try:
            import networkx as nx
        except ImportError as e:
            raise ImportError("to_networkx() needs NetworkX (Debian: python3-networkx)") from e
        nodes, edges = self._wave_graph(wave, present_only)
        g = nx.DiGraph() if self.directed else nx.Graph()
        g.graph.update(wave=wave, directed=self.directed)
        for a in nodes:
            g.add_node(a["id"], **self._node_attrs(a))
        for a, b, weight, types in edges:
            if types:
                g.add_edge(a, b, weight=weight, types=types)
            else:
                g.add_edge(a, b, weight=weight)
        return g

    def to_igraph(self, wave: int = 1, present_only: bool = True):
        """One wave as a python-igraph Graph: vertex attributes name (the
        id), sector, sector_label, area (None for regional players) and
        actors.csv's other columns; edge attribute weight (summed over
        relation types). Needs python-igraph (Debian: python3-igraph)."""
        try:
            import igraph
        except ImportError as e:
            raise ImportError("to_igraph() needs python-igraph (Debian: python3-igraph)") from e
        nodes, edges = self._wave_graph(wave, present_only)
        index = {a["id"]: k for k, a in enumerate(nodes)}
        g = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b, _, _ in edges],
                         directed=self.directed)
        g.vs["name"] = [a["id"] for a in nodes]
        for key in ("sector", "sector_label", "area"):
            g.vs[key] = [a[key] for a in nodes]
        for key in (nodes[0]["attributes"] if nodes else {}):
            g.vs[key] = [a["attributes"][key] for a in nodes]
        g.es["weight"] = [w for _, _, w, _ in edges]
        return g

    def to_pandas(self, table: str = "actors"):
        """The network's own tables as pandas DataFrames: "actors" (id,
        sector, sector_label, area, present_w1, present_w2... and the other
        columns) or "ties" (source, target, wave, weight, type)."""
        try:
            import pandas
        except ImportError as e:
            raise ImportError("to_pandas() needs pandas (Debian: python3-pandas)") from e
        if table == "ties":
            return pandas.DataFrame(self.ties(), columns=["source", "target", "wave", "weight",
                                                          "type"])
        if table != "actors":
            raise ValueError("a network's tables are 'actors' and 'ties', not %r" % (table,))
        rows = []
        for a in (self[i] for i in self):
            r = {k: a[k] for k in ("id", "sector", "sector_label", "area")}
            r.update({"present_w%d" % (w + 1): x for w, x in enumerate(a["present"])})
            r.update(a["attributes"])
            rows.append(r)
        return pandas.DataFrame(rows)

    def area(self, name: str, with_regional: bool = False) -> "Network":
        """The network of one area's actors (and the regional ones, if asked)."""
        name = _text(name, "area")
        with_regional = _bool(with_regional, "with_regional")
        with self._lock:
            return Network(_call(lib.nrp_network_new_area, self._get(), name, with_regional))

    def write_graphml(self, path: "str | os.PathLike") -> None:
        """Writes the network as GraphML (as `nrpnet export`)."""
        path = _path(path, "path")
        with self._lock:
            _call(lib.nrp_network_write_graphml, self._get(), path)

    def _picture(self, path, from_wave, to_wave):
        kind = _image_format(path)
        p = self._get()
        if to_wave is None:
            to_wave = lib.nrp_network_get_n_waves(p)
        return p, kind, _uint(from_wave, "from_wave"), _uint(to_wave, "to_wave")

    def render_waves(self, path, from_wave=1, to_wave=None, seed=1):
        """Draws the two waves side by side (as `nrpnet render`); the file's
        extension, .svg or .png, chooses the format. The same wave twice (or
        data with one wave) draws that wave alone."""
        with self._lock:
            p, kind, a, b = self._picture(path, from_wave, to_wave)
            seed = _uint(seed, "seed", high=_U64)
            if a == b:
                _call(lib.nrp_render_wave, p, a, _path(path, "path"), kind, seed)
                return
            c = _call(lib.nrp_change_compute, p, a, b)
            try:
                _call(lib.nrp_render_waves, p, c, _path(path, "path"), kind, seed)
            finally:
                lib.nrp_change_free(c)

    def render_mixing(self, path, from_wave=1, to_wave=None):
        """Draws the mixing heatmaps of two waves and their difference."""
        with self._lock:
            p, kind, a, b = self._picture(path, from_wave, to_wave)
            m = _call(lib.nrp_mixing_compute, p, 0, 1)
            try:
                _call(lib.nrp_render_mixing, p, m, a, b, _path(path, "path"), kind)
            finally:
                lib.nrp_mixing_free(m)

    def summary(self, betweenness_epsilon: "float | None" = None, betweenness_delta: float = 0.1,
                seed: int = 1, threads: int = 0) -> "Result":
        """The per-wave summary, as `nrpnet summary --format json`.

        betweenness_epsilon=E adds each actor's betweenness estimated from
        sampled shortest paths ("betweenness_estimate"; each wave's
        "betweenness_sample" states the guarantee: with probability
        1 - betweenness_delta every estimate is within E n(n-1) of the
        exact one), as `nrpnet summary --betweenness-epsilon E`: for
        networks too big for report()'s exact betweenness."""
        if betweenness_epsilon is not None:
            eps = _level(betweenness_epsilon, "betweenness_epsilon")
            dlt = _level(betweenness_delta, "betweenness_delta")
            sd = _uint(seed, "seed", high=_U64)
            th = _uint(threads, "threads")
        with self._lock:
            p = self._get()
            s = _call(lib.nrp_summary_compute, p)
            try:
                if betweenness_epsilon is not None:
                    _set_option(lambda o, v, e: lib.nrp_summary_add_sampled_betweenness(
                        o, p, v[0], v[1], v[2], v[3], e), s, (eps, dlt, sd, th), "threads")
                return _result(_take_string(lib.nrp_summary_to_json(s, p, 0)))
            finally:
                lib.nrp_summary_free(s)

    def report(self, permutations=None, seed=None, weighted=None, threads=None, top=None,
               csv_dir=None, csv_bom=False, survey=None, areas=None, alters=None,
               with_residents=False, suppress_below=0, betweenness_epsilon=None,
               betweenness_delta=0.1) -> "Result":
        """Every measure, as `nrpnet report --format json`; with csv_dir, also
        writes the report's CSV tables there. suppress_below=K (K >= 2;
        10 is ONS's threshold) gives instead the tables for publication, as
        `nrpnet report --suppress-below K --format json`: actors by sector,
        ties by class, the mixing matrices and the whole-network measures,
        each count of 1 to K-1 and each cell that sums would give back as
        {"suppressed": True}, per-actor tables left out (and csv_dir gets
        publication_*.csv). An argument left None takes
        the library's default (999 permutations, seed 1, unweighted, one
        thread per processor, the top 5). survey, areas, alters: the paths
        of a household survey's respondents.csv, areas.csv and alters.csv
        (survey=True alone for the bundled sample's): each system player
        gets its resident_reach, the weighted number of respondents who
        named it; with_residents=True also adds the respondents as actors
        (their own sector, default resident, and area) tied to the players
        they named, so every measure includes residents' links (ties among
        respondents were not asked and count as absent: a RuntimeWarning
        says so). A part that cannot be computed is
        null in the result, named in its "warnings" and in a RuntimeWarning.
        betweenness_epsilon=E estimates betweenness from sampled shortest
        paths, as `nrpnet report --betweenness-epsilon E`: with probability
        1 - betweenness_delta every actor's estimate is within E n(n-1) of
        the exact one (each wave's "betweenness_sample" states it);
        closeness stays exact, cross-sector betweenness and betweenness
        centralization are null (unweighted only)."""
        opt = lib.nrp_report_options_new()
        try:
            permutations = _default(permutations, lib.nrp_report_options_get_permutations, opt)
            seed = _default(seed, lib.nrp_report_options_get_seed, opt)
            weighted = _default(weighted, lambda o: bool(lib.nrp_report_options_get_weighted(o)),
                                opt)
            threads = _default(threads, lib.nrp_report_options_get_threads, opt)
            top = _default(top, lib.nrp_report_options_get_top, opt)
            _set_option(lib.nrp_report_options_set_permutations, opt,
                        _uint(permutations, "permutations"), "permutations")
            lib.nrp_report_options_set_seed(opt, _uint(seed, "seed", high=_U64))
            lib.nrp_report_options_set_weighted(opt, _bool(weighted, "weighted"))
            _set_option(lib.nrp_report_options_set_threads, opt, _uint(threads, "threads"),
                        "threads")
            lib.nrp_report_options_set_top(opt, _uint(top, "top"))
            if betweenness_epsilon is not None:
                if _bool(weighted, "weighted"):
                    raise ValueError("betweenness_epsilon samples unweighted paths: "
                                     "leave out weighted=True, or the sampling")
                _call(lib.nrp_report_options_set_betweenness_sample, opt,
                      _level(betweenness_epsilon, "betweenness_epsilon"),
                      _level(betweenness_delta, "betweenness_delta"))
            csv = _path(csv_dir, "csv_dir") if csv_dir is not None else None
            below = _suppress_below(suppress_below)
            if survey is True and (areas is not None or alters is not None):
                raise ValueError("survey=True is the bundled sample's survey: no areas, alters")
            if survey not in (None, True) and (areas is None or alters is None):
                raise ValueError("survey needs areas and alters (paths)")
            if _bool(with_residents, "with_residents") and survey is None:
                raise ValueError("with_residents needs survey (the respondents to add)")
            join = None if survey is None else (
                True if survey is True else (_path(survey, "survey"), _path(areas, "areas"),
                                             _path(alters, "alters")))
            with self._lock:
                sv = joined = r = None
                try:
                    net = self._get()
                    if join is not None:
                        sv = (_call(lib.nrp_survey_load_sample) if join is True
                              else _call(lib.nrp_survey_load, join[0], join[1], None))
                        if join is not True:
                            _call(lib.nrp_survey_load_ego, sv, join[2], None, None, None)
                        if self._key_path is not None:
                            with _Key(self._key_path) as k:
                                _call(lib.nrp_survey_pseudonymise, sv, k)
                    if with_residents:
                        joined = net = _call(lib.nrp_network_new_with_residents, net, sv)
                        for k in range(lib.nrp_network_get_n_warnings(self._get()),
                                       lib.nrp_network_get_n_warnings(joined)):
                            _warnings.warn("nrpnet: " + lib.nrp_network_get_warning(joined, k)
                                           .decode("utf-8"), RuntimeWarning, stacklevel=2)
                    r = _call(lib.nrp_report_compute, net, opt)
                    if sv is not None:
                        _call(lib.nrp_report_add_resident_reach, r, net, sv)
                    # A part igraph could not compute is null in the result;
                    # say so as Python says such things.
                    for k in range(lib.nrp_report_get_n_warnings(r)):
                        _warnings.warn("nrpnet: " + lib.nrp_report_get_warning(r, k)
                                       .decode("utf-8"), RuntimeWarning, stacklevel=2)
                    if below > 0:
                        return _publication(_call(lib.nrp_report_publication_new, r, net, below),
                                            csv, csv_bom)
                    if csv is not None:
                        _call(lib.nrp_report_write_csv, r, net, csv, _csv_flags(csv_bom))
                    return _result(_take_string(lib.nrp_report_to_json(r, net, 0)))
                finally:
                    if r:
                        lib.nrp_report_free(r)
                    if joined:
                        lib.nrp_network_free(joined)
                    if sv:
                        lib.nrp_survey_free(sv)
        finally:
            lib.nrp_report_options_free(opt)

    def compare(self, from_wave=None, to_wave=None, measures=None, bootstrap=None,
                permutations=None, seed=None, confidence=None, weighted=None, threads=None,
                top=None, csv_dir=None, csv_bom=False, suppress_below=0, shard=None,
                merge=None) -> "Result | str":
        """How the network changed, as `nrpnet compare --format json`: waves
        from_wave and to_wave, or (both None) every pair of consecutive
        waves; measures: names (default: all but the costly ones; "all").
        An argument left None takes the library's default (1000 bootstrap
        replicates, 999 permutations, seed 1, 95% intervals, unweighted, one
        thread per processor, the top 5). suppress_below=K (K >= 2) gives
        instead the counts for publication, as `nrpnet compare
        --suppress-below K --format json`: actor turnover, the tie change
        table and the change by sector pair, small and recoverable counts
        {"suppressed": True}; no bootstrap is run.

        shard=(i, n) computes only shard i of n of the bootstrap and the
        permutations and returns their rows as a JSON string (as `nrpnet
        compare --shard i/n`); merge=[shard strings] computes none and takes
        them from the n shards instead, giving exactly the result of one
        call without shard (as `nrpnet compare --merge`). Shards and merge
        need the same network and options (threads aside).
        nrpnet.distributed.compare() runs the shards on a Dask cluster."""
        if (from_wave is None) != (to_wave is None):
            raise ValueError("give both from_wave and to_wave, or neither")
        shard = _shard(shard)
        merge = _merge_texts(merge)
        if shard is not None and (merge is not None or suppress_below or csv_dir is not None):
            raise ValueError("shard= returns the shard's rows: it does not go with merge=, "
                             "suppress_below or csv_dir")
        if merge is not None and suppress_below:
            raise ValueError("suppress_below runs no bootstrap: nothing to merge")
        opt = lib.nrp_change_options_new()
        changes = []
        try:
            bootstrap = _default(bootstrap, lib.nrp_change_options_get_bootstrap, opt)
            permutations = _default(permutations, lib.nrp_change_options_get_permutations, opt)
            seed = _default(seed, lib.nrp_change_options_get_seed, opt)
            confidence = _default(confidence, lib.nrp_change_options_get_confidence, opt)
            weighted = _default(weighted, lambda o: bool(lib.nrp_change_options_get_weighted(o)),
                                opt)
            threads = _default(threads, lib.nrp_change_options_get_threads, opt)
            top = _default(top, lib.nrp_change_options_get_top, opt)
            _set_option(lib.nrp_change_options_set_bootstrap, opt, _uint(bootstrap, "bootstrap"),
                        "bootstrap")
            _set_option(lib.nrp_change_options_set_permutations, opt,
                        _uint(permutations, "permutations"), "permutations")
            lib.nrp_change_options_set_seed(opt, _uint(seed, "seed", high=_U64))
            _set_option(lib.nrp_change_options_set_confidence, opt, _level(confidence),
                        "confidence")
            lib.nrp_change_options_set_weighted(opt, _bool(weighted, "weighted"))
            _set_option(lib.nrp_change_options_set_threads, opt, _uint(threads, "threads"),
                        "threads")
            lib.nrp_change_options_set_top(opt, _uint(top, "top"))
            names = _measure_list(measures)
            if names is not None:
                n = _lib.c_uint()
                ids = _call(lib.nrp_measure_parse_list, names.encode("utf-8"), ctypes.byref(n))
                try:
                    lib.nrp_change_options_set_measures(opt, ctypes.cast(ids, _lib.UIntP), n.value)
                finally:
                    glib.g_free(ids)
            csv = _path(csv_dir, "csv_dir") if csv_dir is not None else None
            below = _suppress_below(suppress_below)
            _set_shards(opt, shard, merge, lib.nrp_change_options_set_shard,
                        lib.nrp_change_options_add_shard)
            with self._lock:
                p = self._get()
                if from_wave is None:
                    pairs = [(w, w + 1) for w in range(1, lib.nrp_network_get_n_waves(p))]
                else:
                    pairs = [(_uint(from_wave, "from_wave"), _uint(to_wave, "to_wave"))]
                for a, b in pairs:
                    changes.append(_call(lib.nrp_change_compute, p, a, b) if below > 0
                                   else _call(lib.nrp_change_compute_full, p, a, b, opt))
                arr = (ctypes.c_void_p * max(len(changes), 1))(*changes)
                if shard is not None:
                    return _take_string(_call(lib.nrp_change_shard_to_json, arr, len(changes)))
                if below > 0:
                    return _publication(_call(lib.nrp_change_publication_new, arr, len(changes),
                                              p, below), csv, csv_bom)
                if csv is not None:
                    _call(lib.nrp_change_write_csv, p, arr, len(changes), csv, _csv_flags(csv_bom))
                return _result(_take_string(lib.nrp_change_to_json(p, arr, len(changes), 0)))
        finally:
            for c in changes:
                lib.nrp_change_free(c)
            lib.nrp_change_options_free(opt)

    def study(self, areas=None, outcomes=None, measures=None, waves=None, with_regional=None,
              max_exact=None, draws=None, seed=None, confidence=None, sample=False,
              csv_dir=None, picture=None, csv_bom=False, survey=None, suppress_below=0,
              threads=None, shard=None, merge=None) -> "Result | str":
        """Intervention against comparator areas, as `nrpnet study --format
        json`. areas, outcomes: paths of areas.csv and outcomes.csv (or
        sample=True for the bundled sample's); waves: (pre, post); picture:
        a .svg or .png file to draw the study into; survey: the path of a
        household survey's respondents.csv on the same areas (True with
        sample=True for the bundled one), whose items' weighted area means
        join the outcomes. An argument left None
        takes the library's default (the first and last waves, no regional
        actors, exact up to 1000000 assignments, else 100000 draws, seed 1,
        95% intervals, the areas in parallel on one thread per processor:
        threads changes the count, never the result). suppress_below=K (K >= 2) gives instead the tables
        for publication, as `nrpnet study --suppress-below K --format json`:
        an area of fewer than K actors has its count and measures
        {"suppressed": True}, and a measure's DiD is hidden with any area's
        change of it (csv_dir gets publication_*.csv). shard=(i, n)
        measures only shard i of n of the areas and returns its JSON string
        (as `nrpnet study --shard i/n`); merge=[shard strings] measures none
        and takes the areas' values from the n shards instead, giving exactly
        the result of one call without shard (as `nrpnet study --merge`)."""
        below = _suppress_below(suppress_below)
        shard = _shard(shard)
        merge = _merge_texts(merge, "study")
        if shard is not None and (merge is not None or below or csv_dir is not None
                                  or picture is not None):
            raise ValueError("shard= returns the shard's areas: it does not go with merge=, "
                             "suppress_below, csv_dir or picture")
        if sample and (areas is not None or outcomes is not None):
            raise ValueError("sample=True brings its own areas and outcomes")
        if not sample and areas is None:
            raise ValueError("areas (the path of areas.csv) is required, or sample=True")
        pre, post = _waves(waves)
        names = _measure_list(measures)
        csv = _path(csv_dir, "csv_dir") if csv_dir is not None else None
        pic = (_path(picture, "picture"), _image_format(picture)) if picture is not None else None
        a = _path(areas, "areas") if areas is not None else None
        o = _path(outcomes, "outcomes") if outcomes is not None else None
        if sample and survey not in (None, True):
            raise ValueError("with sample=True, survey=True is the bundled survey")
        if not sample and survey is True:
            raise ValueError("survey=True needs sample=True; else give the survey's path")
        sv_path = _path(survey, "survey") if survey not in (None, True) else None
        opt = lib.nrp_study_options_new()
        design = None
        try:
            with_regional = _default(
                with_regional, lambda o: bool(lib.nrp_study_options_get_with_regional(o)), opt)
            max_exact = _default(max_exact, lib.nrp_study_options_get_max_exact, opt)
            draws = _default(draws, lib.nrp_study_options_get_draws, opt)
            seed = _default(seed, lib.nrp_study_options_get_seed, opt)
            confidence = _default(confidence, lib.nrp_study_options_get_confidence, opt)
            threads = _default(threads, lib.nrp_study_options_get_threads, opt)
            _set_option(lib.nrp_study_options_set_threads, opt, _uint(threads, "threads"),
                        "threads")
            _set_shards(opt, shard, merge, lib.nrp_study_options_set_shard,
                        lib.nrp_study_options_add_shard)
            lib.nrp_study_options_set_measures(opt, names.encode("utf-8") if names else None)
            _set_option(lambda o, w, e: lib.nrp_study_options_set_waves(o, w[0], w[1], e), opt,
                        (pre, post), "waves")
            lib.nrp_study_options_set_with_regional(opt, _bool(with_regional, "with_regional"))
            lib.nrp_study_options_set_max_exact(opt, _uint(max_exact, "max_exact", high=_U64))
            _set_option(lib.nrp_study_options_set_draws, opt, _uint(draws, "draws"), "draws")
            lib.nrp_study_options_set_seed(opt, _uint(seed, "seed", high=_U64))
            _set_option(lib.nrp_study_options_set_confidence, opt, _level(confidence),
                        "confidence")
            design = (_call(lib.nrp_study_design_load_sample) if sample
                      else _call(lib.nrp_study_design_load, a, o))
            if survey is not None:
                sv = (_call(lib.nrp_survey_load_sample) if sample
                      else _call(lib.nrp_survey_load, sv_path, a, None))
                try:
                    _call(lib.nrp_study_design_add_survey, design, sv)
                finally:
                    lib.nrp_survey_free(sv)
            with self._lock:
                st = _call(lib.nrp_study_compute, self._get(), design, opt)
                try:
                    if shard is not None:
                        return _take_string(_call(lib.nrp_study_shard_to_json, st))
                    if below > 0:
                        return _publication(_call(lib.nrp_study_publication_new, st, below), csv,
                                            csv_bom)
                    if csv is not None:
                        _call(lib.nrp_study_write_csv, st, csv, _csv_flags(csv_bom))
                    if pic is not None:
                        _call(lib.nrp_render_study, st, pic[0], pic[1])
                    return _result(_take_string(lib.nrp_study_to_json(st, 0)))
                finally:
                    lib.nrp_study_free(st)
        finally:
            if design:
                lib.nrp_study_design_free(design)
            lib.nrp_study_options_free(opt)

    def measures(self, names: "str | list") -> dict:
        """Named whole-network measures at every wave: {name: [value per wave]}."""
        joined = _measure_list(names)
        n = _lib.c_uint()
        ids = _call(lib.nrp_measure_parse_list, joined.encode("utf-8"), ctypes.byref(n))
        try:
            with self._lock:
                p = self._get()
                nw = lib.nrp_network_get_n_waves(p)
                values = (ctypes.c_double * max(nw * n.value, 1))()
                _call(lib.nrp_measures_compute, p, ctypes.cast(ids, _lib.UIntP), n.value, values)
        finally:
            glib.g_free(ids)
        order = joined.split(",")
        if order == ["all"]:
            order = [m["name"] for m in measures()]
        return {name.strip(): [None if v != v else v
                               for v in values[k::n.value][:nw]]
                for k, name in enumerate(order)}


def load(actors: "str | os.PathLike", ties: "str | os.PathLike", directed: bool = False,
         sector_column: str = "sector", sectors: "str | os.PathLike | None" = None,
         sectors_closed: bool = False, missing: "str | os.PathLike | None" = None,
         presence_prefix: "str | None" = None, merge_duplicates: bool = False) -> "Network":
    """Loads a network from actors.csv and ties.csv (all or nothing; the
    README's input format). Raises nrpnet.Error naming file, line and column.

    sectors_closed: a sector not in sectors (or, without it, not in the
    built-in NRP taxonomy) is an error. presence_prefix: None reads the
    present_w1, present_w2... (else present_1...) columns when actors.csv has
    them; "" reads no presence; another prefix names the columns."""
    a = _path(actors, "actors")
    t = _path(ties, "ties")
    opt = lib.nrp_load_options_new()
    try:
        lib.nrp_load_options_set_directed(opt, _bool(directed, "directed"))
        lib.nrp_load_options_set_sector_column(opt, _text(sector_column, "sector_column"))
        lib.nrp_load_options_set_sectors_file(
            opt, _path(sectors, "sectors") if sectors is not None else None,
            _bool(sectors_closed, "sectors_closed"))
        if missing is not None:
            lib.nrp_load_options_set_missing_file(opt, _path(missing, "missing"))
        if presence_prefix is not None:
            lib.nrp_load_options_set_presence_prefix(opt, _text(presence_prefix,
                                                                "presence_prefix"))
        lib.nrp_load_options_set_merge_duplicates(opt, _bool(merge_duplicates,
                                                             "merge_duplicates"))
        return Network(_call(lib.nrp_network_load, a, t, opt))
    finally:
        lib.nrp_load_options_free(opt)




def _cell(value):
    """A value as a CSV cell: None and NaN empty, True/False 1/0, floats exact."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    try:  # NumPy scalars
        import numbers
        if isinstance(value, numbers.Integral):
            return str(int(value))
        if isinstance(value, numbers.Real):
            v = float(value)
            return "" if v != v else repr(v)
    except ImportError:
        pass
    return str(value)


def _write_table(path, header, rows):
    """Writes a CSV table; returns the line each data row starts on (a cell
    with line breaks spans lines), to turn the loader's lines back into rows."""
    import csv
    starts = []
    line = 1
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for k, row in enumerate([header] + rows):
            cells = [_cell(c) for c in row]
            if k > 0:
                starts.append(line)
            w.writerow(cells)
            line += 1 + sum(c.count("\n") for c in cells)
    return starts


def _load_tables(tables, load_options):
    """Loads a network from in-memory tables: {"actors": (what, header, rows,
    labels), "ties": (...)} with what the table's name in errors and labels
    each row's name; an error names the table, row and column, not the
    temporary files the tables pass through."""
    import bisect
    import tempfile
    with tempfile.TemporaryDirectory(prefix="nrpnet-") as tmp:
        written = {}
        for name, (what, header, rows, labels) in tables.items():
            path = os.path.join(tmp, name + ".csv")
            written[path] = (what, header, _write_table(path, header, rows), labels)
        try:
            return load(os.path.join(tmp, "actors.csv"), os.path.join(tmp, "ties.csv"),
                        **load_options)
        except Error as e:
            if e.file not in written:
                raise
            what, header, starts, labels = written[e.file]
            text = e.message
            prefix = "%s:%d:%d: " % (e.file, e.line, e.column)
            if text.startswith(prefix):
                text = text[len(prefix):]
            elif text.startswith("%s:%d: " % (e.file, e.line)):
                text = text[len("%s:%d: " % (e.file, e.line)):]
            where = what
            row = 0
            if e.line >= 2 and starts:
                row = bisect.bisect_right(starts, e.line)
                where += " row %s" % (labels[row - 1],)
            if 1 <= e.column <= len(header):
                where += ", column %r" % (str(header[e.column - 1]),)
            elif e.line == 1:
                where += "'s columns"
            # "first at line 2" in a duplicate's message: that row's name
            def first_row(m):
                k = bisect.bisect_right(starts, int(m.group(1)))
                return "(first at row %s)" % (labels[k - 1],) if k >= 1 else m.group(0)
            text = re.sub(r"\(first at line (\d+)\)", first_row, text)
            raise Error("%s: %s" % (where, text), e.code, what, row, e.column) from None


def from_pandas(actors, ties, directed: bool = False, sector_column: str = "sector",
                sectors=None, sectors_closed: bool = False, presence_prefix=None,
                merge_duplicates: bool = False) -> Network:
    """A network from two pandas DataFrames with the columns of actors.csv
    and ties.csv (README, "Input format"): actors has id, the sector column,
    optional area, present_w1, present_w2... and any others; ties has
    source, target, wave, optional weight and type. The index is not a
    column. Read exactly as the files are, all or nothing: an error names
    the DataFrame, the row (by its index label) and the column, as in
    "ties row 7, column 'target': unknown actor 'c' (...)". Empty cells
    and NaN are empty; the other options are load()'s."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError("from_pandas() needs pandas (Debian: python3-pandas)") from e
    tables = {}
    for name, df in (("actors", actors), ("ties", ties)):
        if not isinstance(df, pandas.DataFrame):
            raise TypeError("%s must be a pandas DataFrame, not %s" % (name, type(df).__name__))
        header = [str(c) for c in df.columns]
        tables[name] = (name, header, df.astype(object).values.tolist(), list(df.index))
    return _load_tables(tables, dict(directed=directed, sector_column=sector_column,
                                     sectors=sectors, sectors_closed=sectors_closed,
                                     presence_prefix=presence_prefix,
                                     merge_duplicates=merge_duplicates))


def from_networkx(graphs, sector="sector", area: "str | None" = "area",
                  weight: "str | None" = "weight", type: "str | None" = None,
                  sectors=None, sectors_closed: bool = False,
                  merge_duplicates: bool = False) -> Network:
    """A network from NetworkX graphs: one graph (wave 1), or a list of
    graphs (waves 1, 2...), or a dict {wave: graph} with waves 1..k.

    Actors are the nodes of any wave, their ids str(node); with more than
    one wave, an actor is present at the waves whose graph has its node.
    sector: the node attribute holding the sector (a node may carry it at
    one wave only), or a dict or a function from node to sector. area: the
    node attribute of the area (a node without one is a regional player),
    or None. The other node attributes (str, numbers, bools) become
    actors.csv's other columns. weight: the edge attribute of the tie
    weight (1 when an edge has none), or None; type: the edge attribute of
    the relation type, or None. A DiGraph gives directed ties; a
    MultiGraph's parallel edges are ties of their own (of different types,
    or merge_duplicates=True keeps one). Errors name the node or edge."""
    try:
        import networkx as nx
    except ImportError as e:
        raise ImportError("from_networkx() needs NetworkX (Debian: python3-networkx)") from e
    if isinstance(graphs, nx.Graph):
        graphs = {1: graphs}
    elif isinstance(graphs, (list, tuple)):
        graphs = {k + 1: g for k, g in enumerate(graphs)}
    elif not isinstance(graphs, dict):
        raise TypeError("graphs must be a NetworkX graph, a list of them or a dict {wave: graph}")
    if sorted(graphs) != list(range(1, len(graphs) + 1)):
        raise ValueError("the waves of graphs must be 1, 2, ... %d, not %r"
                         % (len(graphs), sorted(graphs)))
    if not graphs:
        raise ValueError("no graph given")
    for w, g in graphs.items():
        if not isinstance(g, nx.Graph):
            raise TypeError("the graph of wave %d is a %s, not a NetworkX graph"
                            % (w, builtins.type(g).__name__))
    directed = {g.is_directed() for g in graphs.values()}
    if len(directed) > 1:
        raise ValueError("some graphs are directed and some not: all waves must be alike")
    directed = directed.pop()
    if callable(sector) and not isinstance(sector, str):
        sector_of = sector
    elif isinstance(sector, dict):
        sector_of = sector.get
    elif isinstance(sector, str):
        sector_of = None
    else:
        raise TypeError("sector must be a node attribute's name, a dict or a function")

    ids, info = {}, {}
    extra = []
    for w in sorted(graphs):
        for node, data in graphs[w].nodes(data=True):
            key = str(node)
            if key in ids and ids[key] != node:
                raise ValueError("nodes %r and %r have the same id %r as text"
                                 % (ids[key], node, key))
            ids[key] = node
            a = info.setdefault(key, {"waves": set()})
            a["waves"].add(w)
            for k, v in data.items():
                if k == area or (sector_of is None and k == sector):
                    continue
                if isinstance(v, (str, int, float, bool)) or v is None:
                    if k not in extra:
                        extra.append(k)
                    a.setdefault(k, v)
            if sector_of is None and data.get(sector) is not None:
                if "sector" in a and a["sector"] != str(data[sector]):
                    raise ValueError("node %r has sector %r at one wave and %r at another"
                                     % (node, a["sector"], str(data[sector])))
                a["sector"] = str(data[sector])
            if area is not None and data.get(area) is not None:
                a["area"] = str(data[area])
    reserved = {"id", "sector", "area"}
    extra = [k for k in extra if str(k).lower() not in reserved
             and not str(k).lower().startswith("present_")]
    waves = sorted(graphs)
    header = ["id", "sector", "area"] + (["present_w%d" % w for w in waves] if len(waves) > 1
                                        else []) + [str(k) for k in extra]
    rows, labels = [], []
    for key, node in ids.items():
        a = info[key]
        sec = sector_of(node) if sector_of is not None else a.get("sector")
        if sec is None:
            raise ValueError("node %r has no sector (%s)" % (
                node, "its attribute %r" % sector if sector_of is None else "sector gave None"))
        row = [key, str(sec), a.get("area")]
        if len(waves) > 1:
            row += [w in a["waves"] for w in waves]
        row += [a.get(k) for k in extra]
        rows.append(row)
        labels.append("(node %r)" % (node,))
    tie_header = ["source", "target", "wave", "weight"] + (["type"] if type is not None else [])
    tie_rows, tie_labels = [], []
    for w in waves:
        for u, v, data in graphs[w].edges(data=True):
            x = data.get(weight, 1) if weight is not None else 1
            row = [str(u), str(v), w, x]
            if type is not None:
                row.append(data.get(type))
            tie_rows.append(row)
            tie_labels.append("(edge %r-%r at wave %d)" % (u, v, w))
    return _load_tables({"actors": ("actors", header, rows, labels),
                         "ties": ("ties", tie_header, tie_rows, tie_labels)},
                        dict(directed=directed, sectors=sectors, sectors_closed=sectors_closed,
                             merge_duplicates=merge_duplicates))


def import_matrices(matrices, ties, directed: "bool | None" = None) -> dict:
    """Adjacency matrices (a path, or a list of paths: one a wave, the first
    wave first) read as `nrpnet import` reads them, written to the ties.csv
    at path ties. directed: None decides from the matrices (symmetric:
    undirected), True or False says. Returns {"directed", "actors",
    "ties" (per wave), "notes"}: the notes say each file's separator, the
    direction and why, and the actors some waves lack."""
    arr, n = _wave_files(matrices, "matrices")
    out = _path(ties, "ties")
    if directed is not None:
        _bool(directed, "directed")
    mode = 0 if directed is None else (2 if directed else 1)
    return _imported(_call(lib.nrp_import_matrices, arr, n, mode), out, n)


def _wave_files(files, what):
    """A path, or a list of paths (one a wave), as a C array and its length."""
    if isinstance(files, (str, bytes, os.PathLike)):
        files = [files]
    paths = [_path(f, what) for f in files]
    return (ctypes.c_char_p * max(len(paths), 1))(*paths), len(paths)


def _imported(imp, out, n_waves):
    """Writes the ties of an NrpImport to out and frees it; its figures."""
    try:
        _call(lib.nrp_import_write_ties, imp, out)
        return {"directed": bool(lib.nrp_import_is_directed(imp)),
                "actors": lib.nrp_import_get_n_actors(imp),
                "ties": [lib.nrp_import_get_n_ties(imp, w) for w in range(1, n_waves + 1)],
                "notes": [_python_words(lib.nrp_import_get_note(imp, k).decode("utf-8"))
                          for k in range(lib.nrp_import_get_n_notes(imp))]}
    finally:
        lib.nrp_import_free(imp)


def import_wide(exports, ties, id_column: "str | None" = None,
                contacts: "list[str] | None" = None) -> dict:
    """Wide survey exports (a path, or a list of paths: one a wave, the
    first wave first; a row per respondent, a column per named contact)
    read as `nrpnet import --wide` reads them, written to the ties.csv at
    path ties: each name a directed tie from the respondent. id_column: the
    respondents' ids' column (None: the first); contacts: the contacts'
    columns, names or patterns such as "friend*" (None: every other column).
    Returns {"directed", "actors", "ties" (per wave), "notes"}: the notes
    say each file's separator, the columns read and not read, and the
    contacts who never responded."""
    arr, n = _wave_files(exports, "exports")
    out = _path(ties, "ties")
    col = None if id_column is None else _text(id_column, "id_column")
    pats = None
    if contacts is not None:
        if isinstance(contacts, (str, bytes)):
            contacts = [contacts]
        enc = [_text(c, "contacts") for c in contacts]
        if not enc:
            raise ValueError("nrpnet: contacts is empty: give column names or patterns, "
                             "or None for every column but the ids")
        pats = (ctypes.c_char_p * (len(enc) + 1))(*enc, None)
    return _imported(_call(lib.nrp_import_nominations, arr, n, col, pats), out, n)


def keygen(path):
    """Writes a new random key for pseudonyms to path (which must not exist),
    readable by its owner only: as `nrpnet keygen --output path`."""
    _call(lib.nrp_key_generate, _path(path, "path"))


class _Key:
    """A key file's key (GBytes), for a with block."""

    def __init__(self, path):
        self._bytes = _call(lib.nrp_key_load, _path(path, "key"))

    def __enter__(self):
        return self._bytes

    def __exit__(self, *exc):
        glib.g_bytes_unref(self._bytes)
        return False


def pseudonym(key, id):
    """The pseudonym of id under the key in the file key ("p-" and 16
    hexadecimal digits of its HMAC-SHA256): to find a known actor in output
    made with --pseudonymise."""
    with _Key(key) as k:
        return _take_string(lib.nrp_pseudonym(k, _text(id, "id")))


def load_sample() -> "Network":
    """The bundled synthetic sample study (18 areas, 2 waves)."""
    return Network(_call(lib.nrp_network_load_sample))


def measures() -> list:
    """The whole-network measures: a list of {name, description, sectoral, costly}."""
    return [{"name": lib.nrp_measure_name(k).decode("utf-8"),
             "description": lib.nrp_measure_description(k).decode("utf-8"),
             "sectoral": bool(lib.nrp_measure_depends_on_sectors(k)),
             "costly": bool(lib.nrp_measure_is_costly(k))}
            for k in range(lib.nrp_measure_count())]


def did_randomisation(changes, arms, shift=0.0, max_exact=1000000, draws=100000, seed=1):
    """The study's randomisation test on changes from elsewhere.

    changes: each area's change; arms: "intervention" or "comparator" for
    each. Returns (estimate, p_value, assignments)."""
    changes = [float(x) for x in changes]
    arms = list(arms)
    if len(changes) != len(arms):
        raise ValueError("changes and arms differ in length")
    if len(changes) > _U32:
        raise ValueError("too many areas")
    codes = []
    for a in arms:
        if a not in ("intervention", "comparator"):
            raise ValueError("an arm is 'intervention' or 'comparator', not %r" % (a,))
        codes.append(0 if a == "intervention" else 1)
    if any(x != x or x in (float("inf"), float("-inf")) for x in changes):
        raise ValueError("changes must be finite numbers")
    n = len(changes)
    x = (ctypes.c_double * max(n, 1))(*changes)
    c = (ctypes.c_uint * max(n, 1))(*codes)
    est = ctypes.c_double()
    assignments = ctypes.c_uint64()
    p = lib.nrp_did_randomisation(x, c, n, float(shift), _uint(max_exact, "max_exact", high=_U64),
                                  _uint(draws, "draws", 1, 10 ** 9),
                                  _uint(seed, "seed", high=_U64), ctypes.byref(est),
                                  ctypes.byref(assignments))
    nan = lambda v: None if v != v else v
    return nan(est.value), nan(p), assignments.value


def _name_list(value, what):
    """A list of column names (or one comma-separated string) as the
    library's comma-separated list, or None."""
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    names = []
    for v in value:
        if not isinstance(v, str):
            raise TypeError("%s must be column names, not %s" % (what, type(v).__name__))
        if "," in v or "\0" in v:
            raise ValueError("%s: a column name cannot hold a comma" % what)
        names.append(v)
    return ",".join(names).encode("utf-8")


def survey(respondents=None, areas=None, outcomes=None, covariates=None, weight_column=None,
           waves=None, max_enumerate=None, draws=None, max_exact=None, seed=None,
           confidence=None, sample=False, csv_dir=None, csv_bom=False, picture=None,
           alters=None, alter_ties=None, positions=None, position_registry=None,
           sectors=None, sectors_closed=False, pseudonymise=None,
           suppress_below=0) -> "Result":
    """The household survey's difference in differences, as `nrpnet survey
    --format json`: respondents, areas: paths of respondents.csv and
    areas.csv (or sample=True for the bundled sample's, whose covariates are
    then age and owner unless given); outcomes, covariates: lists of item
    names; waves: (pre, post); picture: a .svg or .png file to draw each
    area's change and the DiD by each method into; alters, alter_ties,
    positions, position_registry: the ego-network files, whose measures
    (ego_size, ego_has_linking, pg_extensity ...) become items to name in
    outcomes (the sample has its own); sectors: a sectors.csv (sector, label,
    power) replacing the built-in taxonomy for those measures, and
    sectors_closed=True to refuse a sector outside it; pseudonymise: a key
    file, every respondent id in the result its pseudonym; suppress_below: K
    for publication (each area-wave cell of fewer than K respondents, and
    one more where a wave's total would give it back, is
    {"suppressed": True}; no per-respondent measures). An argument left None takes the library's
    default (every item but the covariates, no covariate, the first and last
    waves, every sign vector up to 2^20 else 99999 Webb draws, every
    assignment up to 1000000, seed 1, 95% intervals)."""
    ego = [alters, alter_ties, positions, position_registry]
    if sample and (respondents is not None or areas is not None or weight_column is not None
                   or any(p is not None for p in ego) or sectors is not None
                   or sectors_closed):
        raise ValueError("sample=True brings its own respondents, areas, weights, sectors and "
                         "ego-network answers")
    closed = _bool(sectors_closed, "sectors_closed")
    sec = _path(sectors, "sectors") if sectors is not None else None
    ego = [_path(p, what) if p is not None else None
           for p, what in zip(ego, ("alters", "alter_ties", "positions", "position_registry"))]
    if not sample and (respondents is None or areas is None):
        raise ValueError("respondents and areas (paths) are required, or sample=True")
    pre, post = _waves(waves)
    if sample and covariates is None:
        covariates = ["age", "owner"]
    out_list = _name_list(outcomes, "outcomes")
    cov_list = _name_list(covariates, "covariates")
    if weight_column is not None and not isinstance(weight_column, str):
        raise TypeError("weight_column must be a str")
    csv = _path(csv_dir, "csv_dir") if csv_dir is not None else None
    pic = (_path(picture, "picture"), _image_format(picture)) if picture is not None else None
    r = _path(respondents, "respondents") if respondents is not None else None
    a = _path(areas, "areas") if areas is not None else None
    opt = lib.nrp_survey_options_new()
    sv = res = None
    try:
        max_enumerate = _default(max_enumerate, lib.nrp_survey_options_get_max_enumerate, opt)
        draws = _default(draws, lib.nrp_survey_options_get_draws, opt)
        max_exact = _default(max_exact, lib.nrp_survey_options_get_max_exact, opt)
        seed = _default(seed, lib.nrp_survey_options_get_seed, opt)
        confidence = _default(confidence, lib.nrp_survey_options_get_confidence, opt)
        lib.nrp_survey_options_set_outcomes(opt, out_list)
        lib.nrp_survey_options_set_covariates(opt, cov_list)
        _set_option(lambda o, w, e: lib.nrp_survey_options_set_waves(o, w[0], w[1], e), opt,
                    (pre, post), "waves")
        _set_option(lib.nrp_survey_options_set_max_enumerate, opt,
                    _uint(max_enumerate, "max_enumerate", high=_U64), "max_enumerate")
        _set_option(lib.nrp_survey_options_set_draws, opt, _uint(draws, "draws"), "draws")
        _set_option(lib.nrp_survey_options_set_max_exact, opt,
                    _uint(max_exact, "max_exact", high=_U64), "max_exact")
        lib.nrp_survey_options_set_seed(opt, _uint(seed, "seed", high=_U64))
        _set_option(lib.nrp_survey_options_set_confidence, opt, _level(confidence),
                    "confidence")
        sv = (_call(lib.nrp_survey_load_sample) if sample
              else _call(lib.nrp_survey_load, r, a,
                         weight_column.encode("utf-8") if weight_column is not None else None))
        if sec is not None or closed:
            _call(lib.nrp_survey_set_sectors, sv, sec, closed)
        if any(p is not None for p in ego):
            _call(lib.nrp_survey_load_ego, sv, *ego)
        if pseudonymise is not None:
            with _Key(pseudonymise) as key:
                _call(lib.nrp_survey_pseudonymise, sv, key)
        for k in range(lib.nrp_survey_get_n_warnings(sv)):
            _warnings.warn("nrpnet: " + lib.nrp_survey_get_warning(sv, k).decode("utf-8"),
                           RuntimeWarning, stacklevel=2)
        res = _call(lib.nrp_survey_compute, sv, opt)
        _set_option(lib.nrp_survey_result_set_suppress_below, res,
                    _uint(suppress_below, "suppress_below"), "suppress_below")
        if csv is not None:
            _call(lib.nrp_survey_result_write_csv, res, sv, csv, _csv_flags(csv_bom))
        if pic is not None:
            _call(lib.nrp_render_survey, res, sv, pic[0], pic[1])
        return _result(_take_string(lib.nrp_survey_result_to_json(res, sv, 0)))
    finally:
        if res:
            lib.nrp_survey_result_free(res)
        if sv:
            lib.nrp_survey_free(sv)
        lib.nrp_survey_options_free(opt)


def version() -> str:
    """The library's version string."""
    return lib.nrp_version().decode("utf-8")
