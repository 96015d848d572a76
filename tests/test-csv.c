/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-csv.c: the strict CSV record reader, on inputs written in the test.
 * Each expected record, line and column is read off the input by hand.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "io/csv.h"
#include "cu-main.h"
#include "core/nrp-private.h"

/* Reads all records of @input; returns them as "a|b|c" lines joined by "\n",
 * with "@LINE" after each record giving its start line. Sets *err on a fault. */
static char *
read_all (const char *input, gsize len, GError **err)
{
  NrpCsvReader r;
  GString *out = g_string_new (NULL);
  nrp_csv_reader_init (&r, "t.csv", input, len);
  while (nrp_csv_reader_next (&r, err))
    {
      for (guint i = 0; i < nrp_csv_n_fields (&r); i++)
        g_string_append_printf (out, "%s%s", i ? "|" : "", nrp_csv_field (&r, i));
      g_string_append_printf (out, "@%u\n", r.record_line);
    }
  nrp_csv_reader_clear (&r);
  return g_string_free (out, FALSE);
}

static char *
read_str (const char *input, GError **err)
{
  return read_all (input, strlen (input), err);
}

static void
expect_ok (const char *input, const char *expected)
{
  GError *err = NULL;
  g_autofree char *got = read_str (input, &err);
  CU_ASSERT_PTR_NULL (err);
  if (err != NULL)
    {
      fprintf (stderr, "\nunexpected error: %s\n", err->message);
      g_error_free (err);
    }
  CU_ASSERT_STRING_EQUAL (got, expected);
}

static void
expect_error (const char *input, gsize len, NrpErrorCode code, guint line, guint column)
{
  GError *err = NULL;
  g_autofree char *got = read_all (input, len, &err);
  CU_ASSERT_PTR_NOT_NULL_FATAL (err);
  CU_ASSERT_EQUAL (err->domain, NRP_ERROR);
  CU_ASSERT_EQUAL (err->code, (int) code);
  CU_ASSERT_EQUAL (nrp_error_get_line (err), line);
  CU_ASSERT_EQUAL (nrp_error_get_column (err), column);
  CU_ASSERT_STRING_EQUAL (nrp_error_get_file (err), "t.csv");
  if (nrp_error_get_line (err) != line || nrp_error_get_column (err) != column)
    fprintf (stderr, "\n%s\n", err->message);
  g_error_free (err);
}

static void
test_plain_records_and_trimming (void)
{
  expect_ok ("a,b,c\n1, 2 ,\t3\n", "a|b|c@1\n1|2|3@2\n");
}

static void
test_no_final_newline (void)
{
  expect_ok ("a,b\n1,2", "a|b@1\n1|2@2\n");
}

static void
test_bom_and_crlf_are_accepted (void)
{
  expect_ok ("\xEF\xBB\xBF" "id,sector\r\nx,y\r\n", "id|sector@1\nx|y@2\n");
}

static void
test_empty_lines_are_skipped_and_counted (void)
{
  /* Lines: 1 header, 2 empty, 3 row, 4 empty (CRLF), 5 row. */
  expect_ok ("a,b\n\n1,2\r\n\r\n3,4\n\n", "a|b@1\n1|2@3\n3|4@5\n");
}

static void
test_empty_fields (void)
{
  expect_ok ("a,b,c\n,,\n", "a|b|c@1\n||@2\n");
}

static void
test_quoted_comma_quote_and_newline (void)
{
  /* The quoted field spans lines 2-3; the next record starts on line 4. */
  expect_ok ("a,b\n\"x, \"\"y\"\"\nz\",2\nq,3\n", "a|b@1\nx, \"y\"\nz|2@2\nq|3@4\n");
}

static void
test_quoted_field_keeps_spaces (void)
{
  expect_ok ("a\n\" padded \"\n", "a@1\n padded @2\n");
}

static void
test_field_line_after_quoted_newline (void)
{
  /* Field 2 of the record that starts on line 2 begins on line 4. */
  GError *err = NULL;
  NrpCsvReader r;
  const char *in = "a,b\n\"x\n\ny\",z\n";
  nrp_csv_reader_init (&r, "t.csv", in, strlen (in));
  CU_ASSERT_TRUE (nrp_csv_reader_next (&r, &err));
  CU_ASSERT_TRUE (nrp_csv_reader_next (&r, &err));
  CU_ASSERT_EQUAL (r.record_line, 2);
  CU_ASSERT_EQUAL (nrp_csv_field_line (&r, 0), 2);
  CU_ASSERT_EQUAL (nrp_csv_field_line (&r, 1), 4);
  CU_ASSERT_FALSE (nrp_csv_reader_next (&r, &err));
  CU_ASSERT_PTR_NULL (err);
  nrp_csv_reader_clear (&r);
}

static void
test_unterminated_quote_reported_where_it_opened (void)
{
  /* The quote opens on line 3, field 2, and runs to the end of input. */
  const char *in = "a,b\n1,2\n3,\"open\n4,5\n6,7\n";
  expect_error (in, strlen (in), NRP_ERROR_SYNTAX, 3, 2);
}

static void
test_text_after_closing_quote (void)
{
  const char *in = "a,b\n\"x\"y,2\n";
  expect_error (in, strlen (in), NRP_ERROR_SYNTAX, 2, 1);
}

static void
test_quote_inside_unquoted_field (void)
{
  const char *in = "a,b\n1,ab\"c\n";
  expect_error (in, strlen (in), NRP_ERROR_SYNTAX, 2, 2);
}

static void
test_bare_carriage_return (void)
{
  const char *in = "a,b\r1,2\n";
  expect_error (in, strlen (in), NRP_ERROR_SYNTAX, 1, 2);
}

static void
test_invalid_utf8 (void)
{
  const char *in = "a,b\n1,caf\xE9\n";
  expect_error (in, strlen (in), NRP_ERROR_ENCODING, 2, 2);
}

static void
test_nul_byte (void)
{
  const char in[] = "a,b\n1,x\0y\n";
  expect_error (in, sizeof in - 1, NRP_ERROR_ENCODING, 2, 2);
}

static void
test_absurdly_long_line (void)
{
  gsize n = NRP_MAX_RECORD_BYTES + 100;
  char *in = g_malloc (n + 8);
  memcpy (in, "a,b\n1,", 6);
  memset (in + 6, 'x', n);
  in[6 + n] = '\n';
  expect_error (in, n + 7, NRP_ERROR_TOO_LONG, 2, 2);
  /* All blanks: trimmed to nothing, still too long. */
  memset (in + 6, ' ', n);
  expect_error (in, n + 7, NRP_ERROR_TOO_LONG, 2, 2);
  /* In a quoted field. */
  in[6] = '"';
  memset (in + 7, 'y', n - 2);
  in[5 + n] = '"';
  expect_error (in, n + 7, NRP_ERROR_TOO_LONG, 2, 2);
  g_free (in);
}

static void
test_empty_input_has_no_record (void)
{
  GError *err = NULL;
  g_autofree char *got = read_str ("", &err);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_STRING_EQUAL (got, "");
  g_autofree char *bom = read_str ("\xEF\xBB\xBF\n\n", &err);
  CU_ASSERT_PTR_NULL (err);
  CU_ASSERT_STRING_EQUAL (bom, "");
}

/*
 * Numbers as the outputs write them (core/format.c): the shortest of 15, 16
 * or 17 significant digits that reads back to the same double. The expected
 * strings are what Python's repr() prints for the same doubles (its shortest
 * round-trip form), with "5" for 5.0 (%g drops the point) and no -0.
 */
static void
test_number_format (void)
{
  static const struct {
    double v;
    const char *want;
  } cases[] = {
    { 0.2, "0.2" },                                 /* g_ascii_dtostr: 0.20000000000000001 */
    { 0.1 + 0.2, "0.30000000000000004" },           /* needs all 17 digits */
    { 2.0 / 3.0, "0.6666666666666666" },            /* 16 digits */
    { 5.0, "5" },
    { -0.0, "0" },
    { -1.25, "-1.25" },
    { 1e-5, "1e-05" },
    { 123456789012345678.0, "1.2345678901234568e+17" },
    { 0.42057761732851984, "0.42057761732851984" },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      char buf[NRP_DOUBLE_BUF_SIZE];
      const char *got = nrp_format_double (buf, cases[k].v);
      CU_ASSERT_STRING_EQUAL (got, cases[k].want);
      CU_ASSERT_EQUAL (g_ascii_strtod (got, NULL), cases[k].v == 0 ? 0 : cases[k].v);
    }
}

/* The header's separator: the most frequent outside quotes; ties go to
 * comma, then semicolon; none: comma. Counted by hand. */
static void
test_detect_delimiter (void)
{
  static const struct {
    const char *input;
    char want;
    guint count;
  } cases[] = {
    { "id,sector,area\na;b,c,d\n", ',', 2 },          /* only the header counts */
    { "id;sector;note, with a comma\n", ';', 2 },
    { "id\tsector\tarea\tx\n", '\t', 3 },
    { "\"a;b;c\",d\n", ',', 1 },                        /* quoted semicolons do not count */
    { "\xEF\xBB\xBF\n\nid;sector\n", ';', 1 },            /* after a BOM and empty lines */
    { "a,b;c\n", ',', 1 },                               /* a tie goes to comma */
    { "a;b\tc\n", ';', 1 },                             /* then to semicolon */
    { "single\n", ',', 0 },
    { "", ',', 0 },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      guint count = 99;
      CU_ASSERT_EQUAL (nrp_csv_detect_delimiter (cases[k].input, strlen (cases[k].input), &count),
                       cases[k].want);
      CU_ASSERT_EQUAL (count, cases[k].count);
    }
}

/* With another separator, commas are text and quoting works the same. */
static void
test_other_delimiter (void)
{
  const char *input = "a;\"b;c\";d,e\n x ;;\"q\"\"\"\n";
  NrpCsvReader r;
  GError *err = NULL;
  nrp_csv_reader_init (&r, "t.csv", input, strlen (input));
  r.delim = ';';
  CU_ASSERT_TRUE_FATAL (nrp_csv_reader_next (&r, &err));
  CU_ASSERT_EQUAL (nrp_csv_n_fields (&r), 3);
  CU_ASSERT_STRING_EQUAL (nrp_csv_field (&r, 1), "b;c");
  CU_ASSERT_STRING_EQUAL (nrp_csv_field (&r, 2), "d,e");
  CU_ASSERT_TRUE_FATAL (nrp_csv_reader_next (&r, &err));
  CU_ASSERT_STRING_EQUAL (nrp_csv_field (&r, 0), "x");
  CU_ASSERT_STRING_EQUAL (nrp_csv_field (&r, 1), "");
  CU_ASSERT_STRING_EQUAL (nrp_csv_field (&r, 2), "q\"");
  CU_ASSERT_FALSE (nrp_csv_reader_next (&r, &err));
  CU_ASSERT_PTR_NULL (err);
  nrp_csv_reader_clear (&r);
}

static const NrpTest tests[] = {
  { "the header's separator found", test_detect_delimiter },
  { "semicolon-separated records", test_other_delimiter },
  { "numbers in their shortest exact form", test_number_format },
  { "plain records, unquoted fields trimmed", test_plain_records_and_trimming },
  { "last record without a newline", test_no_final_newline },
  { "BOM and CRLF accepted", test_bom_and_crlf_are_accepted },
  { "empty lines skipped, line numbers physical", test_empty_lines_are_skipped_and_counted },
  { "empty fields", test_empty_fields },
  { "quoted comma, doubled quote and newline", test_quoted_comma_quote_and_newline },
  { "quoted field keeps its spaces", test_quoted_field_keeps_spaces },
  { "field line after a quoted newline", test_field_line_after_quoted_newline },
  { "unterminated quote reported where it opened", test_unterminated_quote_reported_where_it_opened },
  { "text after a closing quote", test_text_after_closing_quote },
  { "quote inside an unquoted field", test_quote_inside_unquoted_field },
  { "bare carriage return", test_bare_carriage_return },
  { "invalid UTF-8", test_invalid_utf8 },
  { "NUL byte", test_nul_byte },
  { "absurdly long line", test_absurdly_long_line },
  { "empty input has no record", test_empty_input_has_no_record },
};

NRP_TEST_MAIN ("csv", tests)
