# SPDX-License-Identifier: GPL-2.0-or-later
"""Build-tree shim: `python3 -c "import nrpnet"` from the top of the tree
loads the package in bindings/python/nrpnet (which finds libnrpnet in .libs).
Not installed: `make install` puts the package itself where python3 looks."""
import importlib.util as _util
import os as _os
import sys as _sys

_init = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "bindings", "python", "nrpnet",
                      "__init__.py")
_spec = _util.spec_from_file_location("nrpnet", _init,
                                      submodule_search_locations=[_os.path.dirname(_init)])
_module = _util.module_from_spec(_spec)
_sys.modules["nrpnet"] = _module
_spec.loader.exec_module(_module)
