# SPDX-License-Identifier: GPL-2.0-or-later
# Oracle for the survey's CR2 (lib/study/survey.c): writes
# tests/expected/survey_cr2_r.tsv. Run from the top of the source tree:
#
#   Rscript tests/oracle/survey_cr2.R
#
# - clubSandwich::vcovCR(type = "CR2") and coef_test(test = "Satterthwaite")
#   on the model scaled by sqrt(weight), with one dummy per area (lm without
#   weights: its working model is the identity, as nrpnet's);
# - sandwich::vcovCL(type = "HC2") with its defaults (its G/(G-1) included)
#   on the same scaled model
#   with the area effects partialled out (weighted demeaning within areas):
#   on the model with the dummies it returns NaN, raising the zero
#   eigenvalue of I - H_gg to -1/2. Its standard error must equal CR2's.
suppressMessages({ library(clubSandwich); library(sandwich) })

cases <- list(
  list("small", "tests/fixtures/survey/respondents.csv", "tests/fixtures/survey/areas.csv", "y", c("x")),
  list("small", "tests/fixtures/survey/respondents.csv", "tests/fixtures/survey/areas.csv", "y", character(0)),
  list("small", "tests/fixtures/survey/respondents.csv", "tests/fixtures/survey/areas.csv", "b", c("x")),
  list("sample", "data/sample/respondents.csv", "data/sample/areas.csv", "influence", c("age", "owner")),
  list("sample", "data/sample/respondents.csv", "data/sample/areas.csv", "wellbeing", character(0)))

lines <- c("# Computed by tests/oracle/survey_cr2.R; do not edit.",
           "# case\toutcome\tcovariates\tquantity\tvalue\tsource")
for (cs in cases) {
  df <- read.csv(cs[[2]])
  arms <- read.csv(cs[[3]])
  df$arm <- arms$arm[match(df$area, arms$area)]
  pre <- min(df$wave); post <- max(df$wave)
  df <- df[df$wave %in% c(pre, post), ]
  df <- df[complete.cases(df[, c(cs[[4]], cs[[5]]), drop = FALSE]), ]
  df$post <- as.numeric(df$wave == post)
  df$D <- as.numeric(df$arm == "intervention" & df$wave == post)
  w <- if ("weight" %in% names(df)) df$weight else rep(1, nrow(df))
  sw <- sqrt(w)
  A <- model.matrix(~ 0 + factor(area), df)
  X <- cbind(A, post = df$post, D = df$D, as.matrix(df[, cs[[5]], drop = FALSE])) * sw
  y <- df[[cs[[4]]]] * sw
  fit <- lm(y ~ 0 + X)
  ct <- coef_test(fit, vcov = vcovCR(fit, cluster = df$area, type = "CR2"),
                  test = "Satterthwaite")
  r <- ct[rownames(ct) == "XD", ]
  # The area effects partialled out: weighted demeaning, then scaling.
  Z <- cbind(post = df$post, D = df$D, as.matrix(df[, cs[[5]], drop = FALSE]))
  dm <- function(v) v - ave(v * w, df$area, FUN = sum) / ave(w, df$area, FUN = sum)
  Zt <- apply(Z, 2, dm) * sw
  yt <- dm(df[[cs[[4]]]]) * sw
  fp <- lm(yt ~ 0 + Zt)
  hc2 <- sqrt(vcovCL(fp, cluster = df$area, type = "HC2")["ZtD", "ZtD"])
  key <- paste(cs[[1]], cs[[4]], if (length(cs[[5]])) paste(cs[[5]], collapse = ",") else "-",
               sep = "\t")
  lines <- c(lines,
             sprintf("%s\tcr2_se\t%.17g\tclubSandwich vcovCR CR2", key, r$SE),
             sprintf("%s\tcr2_df\t%.17g\tclubSandwich coef_test Satterthwaite", key, r$df_Satt),
             sprintf("%s\tcr2_p\t%.17g\tclubSandwich coef_test Satterthwaite", key, r$p_Satt),
             sprintf("%s\tcr2_se\t%.17g\tsandwich vcovCL HC2 partialled", key, hc2))
}
writeLines(lines, "tests/expected/survey_cr2_r.tsv")
