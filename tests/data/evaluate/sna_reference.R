# Reference values for stakegraph's evaluation annex, computed with R's sna.
#
# Run from this folder:  Rscript sna_reference.R
# (after `python tests/data/evaluate/make_inputs.py` from the repository root).
# Writes sna_reference.json and coleman_fall.csv / coleman_spring.csv (the
# arcs of sna's Coleman high-school friendship data, two waves over the same
# 73 boys: Coleman, J. S. (1964) Introduction to Mathematical Sociology).
# Every random step is seeded; the permutation counts are large (10,000) so
# that the reference p-values carry little Monte-Carlo error of their own.
suppressPackageStartupMessages({library(sna); library(jsonlite)})
set.seed(20261202)
reps <- 10000

arcs_matrix <- function(arcs, ids, symmetric = FALSE) {
  m <- matrix(0, length(ids), length(ids), dimnames = list(ids, ids))
  for (k in seq_len(nrow(arcs))) {
    m[arcs$source[k], arcs$target[k]] <- 1
    if (symmetric) m[arcs$target[k], arcs$source[k]] <- 1
  }
  m
}
read_arcs <- function(file) read.csv(file, colClasses = "character")

qap <- function(a, b) {
  q <- qaptest(list(a, b), gcor, g1 = 1, g2 = 2, reps = reps)
  list(correlation = gcor(a, b), pgreq = q$pgreq, pleeq = q$pleeq, reps = reps)
}

# Krackhardt and Stern's E-I index and Newman's assortativity, written here
# from their definitions (not from stakegraph), ties touching an unknown
# sector ('None') left out.
ei <- function(g, sec) {
  g <- as.sociomatrix.sna(g)
  e <- which(g[upper.tri(g)] > 0)
  i <- row(g)[upper.tri(g)][e]; j <- col(g)[upper.tri(g)][e]
  keep <- sec[i] != "None" & sec[j] != "None"
  external <- sum(sec[i][keep] != sec[j][keep]); internal <- sum(sec[i][keep] == sec[j][keep])
  (external - internal) / (external + internal)
}
assortativity <- function(g, sec) {
  g <- as.sociomatrix.sna(g)
  known <- sec != "None"
  g <- g[known, known]; s <- factor(sec[known])
  e <- matrix(0, nlevels(s), nlevels(s))
  for (i in seq_len(nrow(g))) for (j in seq_len(ncol(g))) if (g[i, j] > 0)
    e[s[i], s[j]] <- e[s[i], s[j]] + 1
  e <- e / sum(e)
  chance <- sum(rowSums(e) * colSums(e))
  (sum(diag(e)) - chance) / (1 - chance)
}
cug <- function(g, sec, FUN) {
  t <- cug.test(g, FUN, mode = "graph", cmode = "edges", reps = reps, FUN.args = list(sec = sec))
  list(observed = t$obs.stat, p_greater = t$pgteobs, p_less = t$plteobs, reps = reps,
       expected = mean(t$rep.stat))
}

out <- list(R = R.version.string, sna = as.character(packageVersion("sna")), seed = 20261202)

# QAP and reciprocity on Coleman's two waves
data(coleman)
fall <- coleman[1, , ]; spring <- coleman[2, , ]
for (wave in c("fall", "spring")) {
  m <- coleman[if (wave == "fall") 1 else 2, , ]
  w <- which(m > 0, arr.ind = TRUE)
  write.csv(data.frame(source = w[, 1], target = w[, 2])[order(w[, 1], w[, 2]), ],
            sprintf("coleman_%s.csv", wave), row.names = FALSE)
  out$reciprocity[[paste0("coleman_", wave)]] <- list(
    dyadic_nonnull = grecip(m, measure = "dyadic.nonnull"), edgewise = grecip(m, measure = "edgewise"))
}
out$qap$coleman <- qap(fall, spring)
# the first 12 boys alone: few ties, a correlation whose p-value is far from 0
out$qap$coleman_boys_1_12 <- qap(fall[1:12, 1:12], spring[1:12, 1:12])

# QAP on the example rounds, over the stakeholders in both
common <- read.csv("rounds_common.csv", colClasses = "character")$id
out$qap$rounds <- qap(arcs_matrix(read_arcs("rounds_arcs_before.csv"), common),
                      arcs_matrix(read_arcs("rounds_arcs_after.csv"), common))

# reciprocity of the directed ties, and the CUG tests of sector homophily
for (name in c("round1", "round2", "limerick")) {
  nodes <- read.csv(sprintf("%s_nodes.csv", name), colClasses = "character")
  d <- arcs_matrix(read_arcs(sprintf("%s_directed.csv", name)), nodes$id)
  out$reciprocity[[name]] <- list(dyadic_nonnull = grecip(d, measure = "dyadic.nonnull"),
                                  edgewise = grecip(d, measure = "edgewise"))
  g <- arcs_matrix(read_arcs(sprintf("%s_edges.csv", name)), nodes$id, symmetric = TRUE)
  out$cug[[name]] <- list(ei = cug(g, nodes$sector, ei),
                          assortativity = cug(g, nodes$sector, assortativity))
}
# QAP between two tie types of one real network, over the same organisations:
# Drabek et al.'s search-and-rescue organisations in Texas (the network
# package's emon data, Drabek, Tamminga, Kilijanek and Adams 1981), contact
# at least hourly ("Frequency" 1-2) against contact every few hours or less
# (3-4). Each pair's contact has one frequency, so the two sets of ties do
# not overlap and the correlation is negative: the test's lower tail.
suppressPackageStartupMessages(library(network))
data(emon)
freq <- as.sociomatrix(emon$Texas, "Frequency")
texas <- list(frequent = (freq >= 1 & freq <= 2) * 1, occasional = (freq >= 3) * 1)
for (kind in names(texas)) {
  w <- which(texas[[kind]] > 0, arr.ind = TRUE)
  write.csv(data.frame(source = w[, 1], target = w[, 2])[order(w[, 1], w[, 2]), ],
            sprintf("emon_texas_%s.csv", kind), row.names = FALSE)
}
out$qap$emon_texas <- qap(texas$frequent, texas$occasional)
out$qap$emon_texas$actors <- nrow(freq)
out$network <- as.character(packageVersion("network"))

write_json(out, "sna_reference.json", auto_unbox = TRUE, digits = 10, pretty = TRUE)
