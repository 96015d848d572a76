/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-parallel.c: core/parallel.c, the items-over-threads runner under
 * the bootstrap, the permutations and the study's areas. What it must do
 * is counted here: every item once, each thread's scratch freed once, the
 * progress heard in order, and a failing item's error whatever the threads.
 */
#include "config.h"

#include <string.h>

#include "core/parallel.h"
#include "core/nrp-private.h"
#include "cu-main.h"

typedef struct {
  gint runs[200];            /* how often each item ran (atomic) */
  guint fail_a, fail_b;      /* items that fail (G_MAXUINT: none) */
  gint scratches;            /* scratches made minus freed (atomic) */
  guint ticks, last_tick;
  gboolean ticks_in_order;
} Count;

static Count *freeing;       /* the Count a scratch belongs to */

static gboolean
item (gpointer data, guint i, gpointer *scratch, GError **error)
{
  Count *c = data;
  g_atomic_int_inc (&c->runs[i]);
  if (*scratch == NULL)
    {
      *scratch = g_new0 (guint, 1);
      g_atomic_int_inc (&c->scratches);
    }
  (*(guint *) *scratch)++;
  if (i == c->fail_a || i == c->fail_b)
    {
      g_set_error (error, NRP_ERROR, NRP_ERROR_VALUE, "item %u failed", i);
      return FALSE;
    }
  return TRUE;
}

static void
scratch_free (gpointer p)
{
  g_atomic_int_add (&freeing->scratches, -1);
  g_free (p);
}

static void
tick (gpointer data, guint finished)
{
  Count *c = data;
  c->ticks++;
  if (finished < c->last_tick)
    c->ticks_in_order = FALSE;
  c->last_tick = finished;
}

/* Counts from zero, no item failing. */
static void
reset (Count *c)
{
  memset (c, 0, sizeof *c);
  c->fail_a = c->fail_b = G_MAXUINT;
  c->ticks_in_order = TRUE;
  freeing = c;
}

static void
test_every_item_once (void)
{
  static const guint threads[] = { 1, 2, 3, 8, 500 };
  Count c;
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      GError *error = NULL;
      reset (&c);
      CU_ASSERT_TRUE (nrp_parallel_for (5, 105, threads[t], item, scratch_free, tick, &c, &error));
      CU_ASSERT_PTR_NULL (error);
      for (guint i = 0; i < G_N_ELEMENTS (c.runs); i++)
        CU_ASSERT_EQUAL (c.runs[i], i >= 5 && i < 105 ? 1 : 0);
      /* every scratch made was freed, once */
      CU_ASSERT_EQUAL (c.scratches, 0);
      /* the caller's thread hears of each item it finishes, in order (with
       * many threads it may finish none) */
      CU_ASSERT_TRUE (c.ticks <= 100);
      CU_ASSERT_TRUE (c.ticks_in_order);
      CU_ASSERT_TRUE (c.last_tick <= 100);
      if (threads[t] == 1)
        {
          CU_ASSERT_EQUAL (c.ticks, 100);
          CU_ASSERT_EQUAL (c.last_tick, 100);
        }
    }
}

static void
test_no_items (void)
{
  Count c;
  reset (&c);
  CU_ASSERT_TRUE (nrp_parallel_for (7, 7, 3, item, scratch_free, tick, &c, NULL));
  CU_ASSERT_EQUAL (c.ticks, 0);
  for (guint i = 0; i < G_N_ELEMENTS (c.runs); i++)
    CU_ASSERT_EQUAL (c.runs[i], 0);
}

static void
test_failing_item (void)
{
  Count c;
  /* One failing item: its error at any thread count, nothing leaked. */
  for (guint threads = 1; threads <= 4; threads++)
    {
      GError *error = NULL;
      reset (&c);
      c.fail_a = 61;
      CU_ASSERT_FALSE (nrp_parallel_for (0, 150, threads, item, scratch_free, NULL, &c, &error));
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      CU_ASSERT_STRING_EQUAL (error->message, "item 61 failed");
      CU_ASSERT_EQUAL (c.scratches, 0);
      /* items are claimed in order, so all before it were started, and no
       * item was started twice */
      for (guint i = 0; i < 61; i++)
        CU_ASSERT_EQUAL (c.runs[i], 1);
      for (guint i = 0; i < 150; i++)
        CU_ASSERT_TRUE (c.runs[i] <= 1);
      g_clear_error (&error);
    }
  /* Two failing items, one thread: the first stops the run, so the second
   * never starts and the first's error is kept. */
  {
    GError *error = NULL;
    reset (&c);
    c.fail_a = 90;
    c.fail_b = 30;
    CU_ASSERT_FALSE (nrp_parallel_for (0, 150, 1, item, scratch_free, NULL, &c, &error));
    CU_ASSERT_PTR_NOT_NULL_FATAL (error);
    CU_ASSERT_STRING_EQUAL (error->message, "item 30 failed");
    CU_ASSERT_EQUAL (c.runs[31], 0);
    CU_ASSERT_EQUAL (c.runs[90], 0);
    g_clear_error (&error);
  }
}

static const NrpTest tests[] = {
  { "every item runs once, scratch freed, progress in order", test_every_item_once },
  { "no items", test_no_items },
  { "a failing item's error at any thread count", test_failing_item },
};

NRP_TEST_MAIN ("parallel", tests)
