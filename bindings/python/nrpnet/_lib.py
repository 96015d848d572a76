# SPDX-License-Identifier: GPL-2.0-or-later
"""The C library as ctypes sees it: finding it, and one table of prototypes.

PROTOTYPES is the only place a C signature is written down on the Python
side; tests/python/test_nrpnet.py checks it against the symbols libnrpnet
exports and the declarations of include/nrpnet/*.h.
"""

import ctypes
import ctypes.util
import os

c_char_p = ctypes.c_char_p
c_void_p = ctypes.c_void_p
c_uint = ctypes.c_uint
c_int = ctypes.c_int
c_uint64 = ctypes.c_uint64
c_double = ctypes.c_double
c_size_t = ctypes.c_size_t
gboolean = ctypes.c_int


class GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", ctypes.c_int), ("message", c_char_p)]


GErrorP = ctypes.POINTER(GError)
GErrorPP = ctypes.POINTER(GErrorP)
UIntP = ctypes.POINTER(c_uint)
UInt64P = ctypes.POINTER(c_uint64)
DoubleP = ctypes.POINTER(c_double)
ProgressFunc = ctypes.CFUNCTYPE(None, c_double, c_void_p)

# name: (return type, [argument types]). Opaque handles are c_void_p; a
# returned string the caller must g_free() is c_void_p too, so that ctypes
# does not copy it and lose the pointer.
PROTOTYPES = {
    # common.h
    "nrp_version": (c_char_p, []),
    "nrp_version_number": (c_uint, []),
    "nrp_error_quark": (ctypes.c_uint32, []),
    "nrp_error_get_file": (c_char_p, [GErrorP]),
    "nrp_error_get_line": (c_uint, [GErrorP]),
    "nrp_error_get_column": (c_uint, [GErrorP]),
    # network.h
    "nrp_load_options_new": (c_void_p, []),
    "nrp_load_options_free": (None, [c_void_p]),
    "nrp_load_options_set_directed": (None, [c_void_p, gboolean]),
    "nrp_load_options_set_sector_column": (None, [c_void_p, c_char_p]),
    "nrp_load_options_set_sectors_file": (None, [c_void_p, c_char_p, gboolean]),
    "nrp_load_options_set_missing_file": (None, [c_void_p, c_char_p]),
    "nrp_load_options_set_presence_prefix": (None, [c_void_p, c_char_p]),
    "nrp_load_options_set_merge_duplicates": (None, [c_void_p, gboolean]),
    "nrp_network_load": (c_void_p, [c_char_p, c_char_p, c_void_p, GErrorPP]),
    "nrp_network_load_sample": (c_void_p, [GErrorPP]),
    "nrp_network_free": (None, [c_void_p]),
    "nrp_network_new_area": (c_void_p, [c_void_p, c_char_p, gboolean, GErrorPP]),
    "nrp_network_is_directed": (gboolean, [c_void_p]),
    "nrp_network_get_n_actors": (c_uint, [c_void_p]),
    "nrp_network_get_n_warnings": (c_uint, [c_void_p]),
    "nrp_network_get_warning": (c_char_p, [c_void_p, c_uint]),
    "nrp_network_get_presence_column": (c_char_p, [c_void_p, c_uint]),
    "nrp_network_get_n_waves": (c_uint, [c_void_p]),
    "nrp_network_get_n_merged": (c_uint, [c_void_p]),
    "nrp_network_get_n_sectors": (c_uint, [c_void_p]),
    "nrp_network_get_actor_id": (c_char_p, [c_void_p, c_uint]),
    "nrp_network_get_actor_sector": (c_uint, [c_void_p, c_uint]),
    "nrp_network_get_actor_area": (c_char_p, [c_void_p, c_uint]),
    "nrp_network_get_actor_present": (gboolean, [c_void_p, c_uint, c_uint]),
    "nrp_network_get_sector_name": (c_char_p, [c_void_p, c_uint]),
    "nrp_import_matrices": (c_void_p, [ctypes.POINTER(c_char_p), c_uint, ctypes.c_int, GErrorPP]),
    "nrp_import_nominations": (c_void_p, [ctypes.POINTER(c_char_p), c_uint, c_char_p,
                                          ctypes.POINTER(c_char_p), GErrorPP]),
    "nrp_import_free": (None, [c_void_p]),
    "nrp_import_is_directed": (gboolean, [c_void_p]),
    "nrp_import_get_n_actors": (c_uint, [c_void_p]),
    "nrp_import_get_n_ties": (c_uint, [c_void_p, c_uint]),
    "nrp_import_get_n_notes": (c_uint, [c_void_p]),
    "nrp_import_get_note": (c_char_p, [c_void_p, c_uint]),
    "nrp_import_write_ties": (gboolean, [c_void_p, c_char_p, GErrorPP]),
    "nrp_network_find_actor": (ctypes.c_int, [c_void_p, c_char_p]),
    "nrp_network_get_n_attributes": (c_uint, [c_void_p]),
    "nrp_network_get_attribute_name": (c_char_p, [c_void_p, c_uint]),
    "nrp_network_get_actor_attribute": (c_char_p, [c_void_p, c_uint, c_char_p]),
    "nrp_network_get_sector_label": (c_char_p, [c_void_p, c_uint]),
    "nrp_network_get_sector_power": (gboolean, [c_void_p, c_uint, ctypes.POINTER(ctypes.c_int)]),
    "nrp_network_get_n_ties": (c_uint, [c_void_p, c_uint]),
    "nrp_network_get_tie": (gboolean, [c_void_p, c_uint, c_uint, UIntP, UIntP, DoubleP,
                                       ctypes.POINTER(c_char_p)]),
    # export.h
    "nrp_network_write_graphml": (gboolean, [c_void_p, c_char_p, GErrorPP]),
    # render.h
    "nrp_render_waves": (gboolean, [c_void_p, c_void_p, c_char_p, c_int, c_uint64, GErrorPP]),
    "nrp_render_mixing": (gboolean, [c_void_p, c_void_p, c_uint, c_uint, c_char_p, c_int,
                                     GErrorPP]),
    "nrp_change_compute": (c_void_p, [c_void_p, c_uint, c_uint, GErrorPP]),
    "nrp_mixing_compute": (c_void_p, [c_void_p, c_uint, c_uint64, GErrorPP]),
    "nrp_mixing_free": (None, [c_void_p]),
    "nrp_render_wave": (gboolean, [c_void_p, c_uint, c_char_p, c_int, c_uint64, GErrorPP]),
    "nrp_render_study": (gboolean, [c_void_p, c_char_p, c_int, GErrorPP]),
    # summary.h, report.h
    "nrp_summary_compute": (c_void_p, [c_void_p, GErrorPP]),
    "nrp_summary_free": (None, [c_void_p]),
    "nrp_summary_add_sampled_betweenness": (gboolean, [c_void_p, c_void_p, c_double, c_double,
                                                       c_uint64, c_uint, GErrorPP]),
    "nrp_summary_to_json": (c_void_p, [c_void_p, c_void_p, gboolean]),
    "nrp_report_options_new": (c_void_p, []),
    "nrp_report_options_free": (None, [c_void_p]),
    "nrp_report_options_set_permutations": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_report_options_get_permutations": (c_uint, [c_void_p]),
    "nrp_report_options_set_seed": (None, [c_void_p, c_uint64]),
    "nrp_report_options_get_seed": (c_uint64, [c_void_p]),
    "nrp_report_options_set_weighted": (None, [c_void_p, gboolean]),
    "nrp_report_options_get_weighted": (gboolean, [c_void_p]),
    "nrp_report_options_set_threads": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_report_options_get_threads": (c_uint, [c_void_p]),
    "nrp_report_options_set_betweenness_sample": (gboolean, [c_void_p, c_double, c_double,
                                                             GErrorPP]),
    "nrp_report_options_get_betweenness_sample": (c_double, [c_void_p, DoubleP]),
    "nrp_report_options_set_top": (None, [c_void_p, c_uint]),
    "nrp_report_options_get_top": (c_uint, [c_void_p]),
    "nrp_report_compute": (c_void_p, [c_void_p, c_void_p, GErrorPP]),
    "nrp_report_free": (None, [c_void_p]),
    "nrp_report_to_json": (c_void_p, [c_void_p, c_void_p, gboolean]),
    "nrp_report_write_csv": (gboolean, [c_void_p, c_void_p, c_char_p, c_int, GErrorPP]),
    "nrp_report_publication_new": (c_void_p, [c_void_p, c_void_p, c_uint, GErrorPP]),
    "nrp_change_publication_new": (c_void_p, [c_void_p, c_uint, c_void_p, c_uint, GErrorPP]),
    "nrp_study_publication_new": (c_void_p, [c_void_p, c_uint, GErrorPP]),
    "nrp_publication_free": (None, [c_void_p]),
    "nrp_publication_to_json": (c_void_p, [c_void_p, gboolean]),
    "nrp_publication_write_csv": (gboolean, [c_void_p, c_char_p, c_int, GErrorPP]),
    "nrp_report_get_n_warnings": (c_uint, [c_void_p]),
    "nrp_report_get_warning": (c_char_p, [c_void_p, c_uint]),
    # measures.h
    "nrp_measure_count": (c_uint, []),
    "nrp_measure_name": (c_char_p, [c_uint]),
    "nrp_measure_description": (c_char_p, [c_uint]),
    "nrp_measure_is_costly": (gboolean, [c_uint]),
    "nrp_measure_depends_on_sectors": (gboolean, [c_uint]),
    "nrp_measure_parse_list": (c_void_p, [c_char_p, UIntP, GErrorPP]),
    "nrp_measures_compute": (gboolean, [c_void_p, UIntP, c_uint, DoubleP, GErrorPP]),
    # change.h
    "nrp_change_options_new": (c_void_p, []),
    "nrp_change_options_free": (None, [c_void_p]),
    "nrp_change_options_set_measures": (None, [c_void_p, UIntP, c_uint]),
    "nrp_change_options_set_bootstrap": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_change_options_get_bootstrap": (c_uint, [c_void_p]),
    "nrp_change_options_set_permutations": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_change_options_get_permutations": (c_uint, [c_void_p]),
    "nrp_change_options_set_seed": (None, [c_void_p, c_uint64]),
    "nrp_change_options_get_seed": (c_uint64, [c_void_p]),
    "nrp_change_options_set_confidence": (gboolean, [c_void_p, c_double, GErrorPP]),
    "nrp_change_options_get_confidence": (c_double, [c_void_p]),
    "nrp_change_options_set_weighted": (None, [c_void_p, gboolean]),
    "nrp_change_options_get_weighted": (gboolean, [c_void_p]),
    "nrp_change_options_set_threads": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_change_options_get_threads": (c_uint, [c_void_p]),
    "nrp_change_options_set_top": (None, [c_void_p, c_uint]),
    "nrp_change_options_get_top": (c_uint, [c_void_p]),
    "nrp_change_options_set_shard": (gboolean, [c_void_p, c_uint, c_uint, GErrorPP]),
    "nrp_change_options_add_shard": (gboolean, [c_void_p, c_char_p, ctypes.c_ssize_t, c_char_p,
                                                GErrorPP]),
    "nrp_change_shard_to_json": (c_void_p, [ctypes.POINTER(c_void_p), c_uint, GErrorPP]),
    "nrp_change_compute_full": (c_void_p, [c_void_p, c_uint, c_uint, c_void_p, GErrorPP]),
    "nrp_change_free": (None, [c_void_p]),
    "nrp_change_to_json": (c_void_p, [c_void_p, ctypes.POINTER(c_void_p), c_uint, gboolean]),
    "nrp_change_write_csv": (gboolean, [c_void_p, ctypes.POINTER(c_void_p), c_uint, c_char_p,
                                        c_int, GErrorPP]),
    # study.h
    "nrp_study_design_load": (c_void_p, [c_char_p, c_char_p, GErrorPP]),
    "nrp_study_design_load_sample": (c_void_p, [GErrorPP]),
    "nrp_study_design_free": (None, [c_void_p]),
    "nrp_study_options_new": (c_void_p, []),
    "nrp_study_options_free": (None, [c_void_p]),
    "nrp_study_options_set_measures": (None, [c_void_p, c_char_p]),
    "nrp_study_options_set_waves": (gboolean, [c_void_p, c_uint, c_uint, GErrorPP]),
    "nrp_study_options_get_waves": (None, [c_void_p, UIntP, UIntP]),
    "nrp_study_options_set_with_regional": (None, [c_void_p, gboolean]),
    "nrp_study_options_get_with_regional": (gboolean, [c_void_p]),
    "nrp_study_options_set_max_exact": (None, [c_void_p, c_uint64]),
    "nrp_study_options_get_max_exact": (c_uint64, [c_void_p]),
    "nrp_study_options_set_draws": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_study_options_get_draws": (c_uint, [c_void_p]),
    "nrp_study_options_set_seed": (None, [c_void_p, c_uint64]),
    "nrp_study_options_set_threads": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_study_options_set_shard": (gboolean, [c_void_p, c_uint, c_uint, GErrorPP]),
    "nrp_study_options_add_shard": (gboolean, [c_void_p, c_char_p, ctypes.c_ssize_t, c_char_p,
                                               GErrorPP]),
    "nrp_study_shard_to_json": (c_void_p, [c_void_p, GErrorPP]),
    "nrp_study_options_get_threads": (c_uint, [c_void_p]),
    "nrp_study_options_get_seed": (c_uint64, [c_void_p]),
    "nrp_study_options_set_confidence": (gboolean, [c_void_p, c_double, GErrorPP]),
    "nrp_study_options_get_confidence": (c_double, [c_void_p]),
    "nrp_study_compute": (c_void_p, [c_void_p, c_void_p, c_void_p, GErrorPP]),
    "nrp_study_free": (None, [c_void_p]),
    "nrp_study_to_json": (c_void_p, [c_void_p, gboolean]),
    "nrp_survey_load": (c_void_p, [c_char_p, c_char_p, c_char_p, GErrorPP]),
    "nrp_survey_load_sample": (c_void_p, [GErrorPP]),
    "nrp_survey_get_n_warnings": (c_uint, [c_void_p]),
    "nrp_survey_get_warning": (c_char_p, [c_void_p, c_uint]),
    "nrp_survey_load_ego": (gboolean, [c_void_p, c_char_p, c_char_p, c_char_p, c_char_p,
                                       GErrorPP]),
    "nrp_survey_set_sectors": (gboolean, [c_void_p, c_char_p, gboolean, GErrorPP]),
    "nrp_network_new_with_residents": (c_void_p, [c_void_p, c_void_p, GErrorPP]),
    "nrp_survey_free": (None, [c_void_p]),
    "nrp_key_generate": (gboolean, [c_char_p, GErrorPP]),
    "nrp_key_load": (c_void_p, [c_char_p, GErrorPP]),
    "nrp_pseudonym": (c_void_p, [c_void_p, c_char_p]),
    "nrp_network_new_pseudonymised": (c_void_p, [c_void_p, c_void_p, ctypes.POINTER(c_char_p),
                                                 GErrorPP]),
    "nrp_survey_pseudonymise": (gboolean, [c_void_p, c_void_p, GErrorPP]),
    "nrp_survey_result_set_suppress_below": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_survey_options_new": (c_void_p, []),
    "nrp_survey_options_free": (None, [c_void_p]),
    "nrp_survey_options_set_outcomes": (None, [c_void_p, c_char_p]),
    "nrp_survey_options_set_covariates": (None, [c_void_p, c_char_p]),
    "nrp_survey_options_set_waves": (gboolean, [c_void_p, c_uint, c_uint, GErrorPP]),
    "nrp_survey_options_set_max_enumerate": (gboolean, [c_void_p, c_uint64, GErrorPP]),
    "nrp_survey_options_get_max_enumerate": (c_uint64, [c_void_p]),
    "nrp_survey_options_set_draws": (gboolean, [c_void_p, c_uint, GErrorPP]),
    "nrp_survey_options_get_draws": (c_uint, [c_void_p]),
    "nrp_survey_options_set_max_exact": (gboolean, [c_void_p, c_uint64, GErrorPP]),
    "nrp_survey_options_get_max_exact": (c_uint64, [c_void_p]),
    "nrp_survey_options_set_seed": (None, [c_void_p, c_uint64]),
    "nrp_survey_options_get_seed": (c_uint64, [c_void_p]),
    "nrp_survey_options_set_confidence": (gboolean, [c_void_p, c_double, GErrorPP]),
    "nrp_survey_options_get_confidence": (c_double, [c_void_p]),
    "nrp_survey_compute": (c_void_p, [c_void_p, c_void_p, GErrorPP]),
    "nrp_survey_result_free": (None, [c_void_p]),
    "nrp_survey_result_to_json": (c_void_p, [c_void_p, c_void_p, gboolean]),
    "nrp_survey_result_write_csv": (gboolean, [c_void_p, c_void_p, c_char_p, c_int, GErrorPP]),
    "nrp_render_survey": (gboolean, [c_void_p, c_void_p, c_char_p, c_int, GErrorPP]),
    "nrp_study_design_add_survey": (gboolean, [c_void_p, c_void_p, GErrorPP]),
    "nrp_report_add_resident_reach": (gboolean, [c_void_p, c_void_p, c_void_p, GErrorPP]),
    "nrp_study_write_csv": (gboolean, [c_void_p, c_char_p, c_int, GErrorPP]),
    "nrp_did_randomisation": (c_double, [DoubleP, UIntP, c_uint, c_double, c_uint64, c_uint,
                                         c_uint64, DoubleP, UInt64P]),
}

# Exported functions the bindings do not call, and why (the test requires
# every exported symbol to be in PROTOTYPES or here).
NOT_BOUND = {
    # Per-item accessors: the JSON documents carry the same values whole.
    "nrp_network_get_sector_size",
    "nrp_network_get_n_missing", "nrp_network_is_dyad_missing", "nrp_sample_get_file",
    "nrp_summary_get_n_waves", "nrp_summary_get_wave", "nrp_summary_get_degrees",
    "nrp_report_get_summary", "nrp_report_get_mixing",
    "nrp_report_get_centrality", "nrp_report_get_brokerage", "nrp_report_get_structure",
    "nrp_report_get_betweenness_sample",
    "nrp_report_get_communities", "nrp_report_get_resident_reach",
    "nrp_survey_result_get_suppress_below", "nrp_survey_result_is_cell_suppressed",
    "nrp_survey_result_is_did_suppressed",
    "nrp_publication_get_suppress_below", "nrp_publication_get_n_tables",
    "nrp_publication_get_table_name", "nrp_publication_get_table_title",
    "nrp_publication_get_n_rows", "nrp_publication_get_n_columns",
    "nrp_publication_get_row_label", "nrp_publication_get_column_label",
    "nrp_publication_get_cell", "nrp_publication_get_left_out",
    "nrp_survey_get_n_respondents", "nrp_survey_get_n_items", "nrp_survey_get_item",
    "nrp_survey_is_weighted", "nrp_survey_result_get_n_outcomes", "nrp_survey_result_get_did",
    "nrp_survey_result_get_n_area_waves", "nrp_survey_result_get_area_wave",
    "nrp_survey_result_get_mean", "nrp_survey_result_get_pre_wave",
    "nrp_survey_result_get_post_wave", "nrp_survey_result_get_confidence",
    "nrp_survey_result_get_n_covariates", "nrp_survey_result_get_covariate",
    "nrp_survey_get_respondent", "nrp_survey_get_wave", "nrp_survey_get_value",

    "nrp_mixing_get_n_waves", "nrp_mixing_get_n_sectors",
    "nrp_mixing_get_wave", "nrp_mixing_get_counts", "nrp_mixing_get_densities",
    "nrp_mixing_get_sector_ei", "nrp_mixing_get_actor_ei", "nrp_mixing_get_blau",
    "nrp_mixing_get_iqv", "nrp_mixing_get_sector_reach", "nrp_network_get_tie_class",
    "nrp_centrality_compute", "nrp_centrality_free", "nrp_centrality_is_weighted",
    "nrp_centrality_get_wave", "nrp_centrality_get", "nrp_centrality_get_sector_summary",
    "nrp_centrality_get_top", "nrp_centrality_measure_name",
    "nrp_brokerage_compute", "nrp_brokerage_free", "nrp_brokerage_get_network",
    "nrp_brokerage_get_actors", "nrp_broker_role_name",
    "nrp_structure_compute", "nrp_structure_free", "nrp_structure_get_holes",
    "nrp_structure_get_n_bridges", "nrp_structure_get_bridge", "nrp_structure_get_articulation",
    "nrp_structure_get_n_local_bridges",
    "nrp_structure_get_n_articulation", "nrp_structure_get_mean_holes", "nrp_structure_get_local_bridge", "nrp_holes_measure_name",
    "nrp_communities_compute", "nrp_communities_free", "nrp_communities_get_count",
    "nrp_communities_get_modularity", "nrp_communities_get_nmi", "nrp_communities_get_membership",
    "nrp_community_method_name",
    "nrp_change_get_summary", "nrp_change_get_matrix",
    "nrp_change_kind_name", "nrp_change_get_n_measures", "nrp_change_get_measure",
    "nrp_change_get_bootstrap", "nrp_change_get_confidence", "nrp_change_get_actor_values",
    "nrp_change_get_top_gainers", "nrp_actor_measure_name",
    "nrp_measure_source", "nrp_measure_find", "nrp_measure_is_count",
    "nrp_study_get_n_areas", "nrp_study_get_area", "nrp_study_get_arm", "nrp_study_get_area_actors",
    "nrp_arm_name", "nrp_study_get_pre_wave", "nrp_study_get_post_wave", "nrp_study_get_n_waves",
    "nrp_study_is_directed", "nrp_study_get_with_regional", "nrp_study_get_n_unlisted",
    "nrp_study_get_unlisted", "nrp_study_get_n_measures", "nrp_study_get_measure_name",
    "nrp_study_is_outcome", "nrp_study_get_value", "nrp_study_get_did",
    "nrp_study_get_confidence",
    # Python writes its own files; the library's writers use it inside.
    "nrp_file_write",
    # Callbacks from C into Python would run while the interpreter may be
    # finalising; the bindings do not offer progress reporting.
    "nrp_change_options_set_progress", "nrp_change_options_get_shard",
    "nrp_study_options_get_shard",
    "nrp_betweenness_sample", "nrp_betweenness_sample_size",
    "nrp_summary_get_sampled_betweenness", "nrp_study_options_set_progress",
    "nrp_report_options_set_progress",
}


def _candidates():
    env = os.environ.get("NRPNET_LIBRARY")
    if env:
        yield env
        return
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        from . import _libdir  # written by make install
        yield os.path.join(_libdir.LIBDIR, "libnrpnet.so.0")
    except ImportError:
        pass
    # The build tree: bindings/python/nrpnet -> top/.libs
    top = os.path.dirname(os.path.dirname(os.path.dirname(here)))
    yield os.path.join(top, ".libs", "libnrpnet.so.0")
    found = ctypes.util.find_library("nrpnet")
    if found:
        yield found


def _load():
    tried = []
    for path in _candidates():
        if os.path.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    raise ImportError("nrpnet: cannot find libnrpnet (set NRPNET_LIBRARY to its path); tried: "
                      + ", ".join(tried))


# The library version these bindings were written for. Before 1.0 a minor
# release may change the C API, so a library of another major or minor
# version is refused rather than called with wrong prototypes
# (tests/python/test_nrpnet.py checks this against the library's version).
VERSION = "0.1.0"


def _check_version(library, path=None):
    """Raises ImportError unless @library is VERSION's major.minor."""
    want = tuple(int(x) for x in VERSION.split("."))
    try:
        number = library.nrp_version_number
    except AttributeError:
        raise ImportError("nrpnet: %s is not libnrpnet %s (it has no nrp_version_number); "
                          "set NRPNET_LIBRARY to the right library"
                          % (path or "the library found", VERSION)) from None
    number.restype = c_uint
    number.argtypes = []
    got = number()
    have = (got // 10000, got // 100 % 100, got % 100)
    if have[:2] != want[:2]:
        raise ImportError("nrpnet: the Python package is for libnrpnet %d.%d, but %s is "
                          "version %d.%d.%d; install the matching library or set "
                          "NRPNET_LIBRARY to it"
                          % (want[0], want[1], path or "the library found", *have))


lib = _load()
_check_version(lib, getattr(lib, "_name", None))
glib = ctypes.CDLL(ctypes.util.find_library("glib-2.0") or "libglib-2.0.so.0")
glib.g_free.restype = None
glib.g_free.argtypes = [c_void_p]
glib.g_error_free.restype = None
glib.g_error_free.argtypes = [GErrorP]
glib.g_bytes_unref.restype = None
glib.g_bytes_unref.argtypes = [c_void_p]

for _name, (_res, _args) in PROTOTYPES.items():
    _f = getattr(lib, _name)
    _f.restype = _res
    _f.argtypes = _args
