# Sourced by the scripts that compare this build with an earlier commit's (tools/bench-ner/
# compare.sh, tools/bench/cold-compare-previous.sh): `previous_tree REV DIR` checks REV out
# into a git worktree at DIR (under build/, git-ignored), replacing any left there, and removes it
# when the calling script exits, whether it succeeds or fails.
previous_tree() {
  previous_tree_dir=$2
  rm -rf "$previous_tree_dir"
  git worktree prune
  git worktree add --detach "$previous_tree_dir" "$1" >/dev/null
  trap 'rm -rf "$previous_tree_dir"; git worktree prune' EXIT
}
