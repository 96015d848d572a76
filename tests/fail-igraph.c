/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fail-igraph.c: igraph functions that fail on request, for the tests of a
 * report that stands when one of its parts cannot be computed. igraph
 * cannot be made to fail on valid data at will; a definition here comes
 * before libigraph's for every library of the process (linked into
 * tests/test-report, or preloaded with LD_PRELOAD by tests/cli.sh as
 * tests/.libs/libfailigraph.so, a test-only module never installed).
 *
 * NRP_TEST_FAIL_IGRAPH names the one function to fail: leiden
 * (igraph_community_leiden) or pagerank (igraph_pagerank). It fails as
 * igraph does, returning IGRAPH_FAILURE; any other function, and every function when the variable
 * is unset, is igraph's own (dlsym RTLD_NEXT).
 *
 * The module calls no igraph function (it includes igraph.h for the types
 * only), so preloading it into the libtool wrapper's shell is harmless.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>

/* Whether the test asked @name to fail. */
static int
failing (const char *name)
{
  const char *fail = getenv ("NRP_TEST_FAIL_IGRAPH");
  return fail != NULL && strcmp (fail, name) == 0;
}

igraph_error_t
igraph_community_leiden (const igraph_t *graph, const igraph_vector_t *edge_weights,
                         const igraph_vector_t *node_weights,
                         const igraph_real_t resolution_parameter, const igraph_real_t beta,
                         const igraph_bool_t start, const igraph_integer_t n_iterations,
                         igraph_vector_int_t *membership, igraph_integer_t *nb_clusters,
                         igraph_real_t *quality)
{
  igraph_error_t (*real) (const igraph_t *, const igraph_vector_t *, const igraph_vector_t *,
                          const igraph_real_t, const igraph_real_t, const igraph_bool_t,
                          const igraph_integer_t, igraph_vector_int_t *, igraph_integer_t *,
                          igraph_real_t *);
  if (failing ("leiden"))
    return IGRAPH_FAILURE;
  *(void **) &real = dlsym (RTLD_NEXT, "igraph_community_leiden");
  return real (graph, edge_weights, node_weights, resolution_parameter, beta, start,
               n_iterations, membership, nb_clusters, quality);
}

igraph_error_t
igraph_pagerank (const igraph_t *graph, igraph_pagerank_algo_t algo, igraph_vector_t *vector,
                 igraph_real_t *value, const igraph_vs_t vids, igraph_bool_t directed,
                 igraph_real_t damping, const igraph_vector_t *weights,
                 igraph_arpack_options_t *options)
{
  igraph_error_t (*real) (const igraph_t *, igraph_pagerank_algo_t, igraph_vector_t *,
                          igraph_real_t *, const igraph_vs_t, igraph_bool_t, igraph_real_t,
                          const igraph_vector_t *, igraph_arpack_options_t *);
  if (failing ("pagerank"))
    return IGRAPH_FAILURE;
  *(void **) &real = dlsym (RTLD_NEXT, "igraph_pagerank");
  return real (graph, algo, vector, value, vids, directed, damping, weights, options);
}
