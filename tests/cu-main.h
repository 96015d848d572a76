/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cu-main.h: the shared main() of the CUnit suites.
 *
 * A suite file defines `static const NrpTest tests[]` (name, function) and
 * `#define SUITE_NAME "..."`, then includes this file. The exit status is 0
 * when every assertion passed and 1 otherwise (never the failure count:
 * 77 would mean "skipped" to automake).
 */
#ifndef NRP_CU_MAIN_H
#define NRP_CU_MAIN_H

#include <stdlib.h>
#include <CUnit/Basic.h>
#include <glib.h>
#include <glib/gstdio.h>

typedef struct {
  const char *name;
  void (*func) (void);
} NrpTest;

/* The directory of the test fixtures: $NRP_TOP_SRCDIR/tests, else the build-time path. */
static inline char *
nrp_test_path (const char *rel)
{
  const char *top = g_getenv ("NRP_TOP_SRCDIR");
  if (top != NULL)
    return g_build_filename (top, "tests", rel, NULL);
  return g_build_filename (NRP_TEST_DIR, rel, NULL);
}

/* Equality of doubles within a relative tolerance (or both NaN). */
#define NRP_ASSERT_CLOSE(actual, expected, rel)                                   \
  CU_ASSERT (((actual) != (actual) && (expected) != (expected))                 \
             || fabs ((actual) - (expected))                                    \
                  <= (rel) * fmax (1.0, fmax (fabs (actual), fabs (expected))))

static int
nrp_run_suite (const char *suite_name, const NrpTest *tests, size_t n)
{
  CU_pSuite suite;
  unsigned failed;

  if (CU_initialize_registry () != CUE_SUCCESS)
    return 1;
  suite = CU_add_suite (suite_name, NULL, NULL);
  for (size_t i = 0; i < n; i++)
    CU_add_test (suite, tests[i].name, tests[i].func);
  CU_basic_set_mode (CU_BRM_VERBOSE);
  CU_basic_run_tests ();
  failed = CU_get_number_of_failures () + CU_get_number_of_tests_failed ();
  failed += CU_get_number_of_failure_records () > 0;
  CU_cleanup_registry ();
  return failed ? 1 : 0;
}

#define NRP_TEST_MAIN(suite_name, tests)                                          \
  int main (void)                                                               \
  {                                                                             \
    /* Criticals from g_return_if_fail are test failures, not noise. */          \
    g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);         \
    return nrp_run_suite (suite_name, tests, G_N_ELEMENTS (tests));             \
  }

#endif /* NRP_CU_MAIN_H */
