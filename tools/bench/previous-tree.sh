# Sourced by the scripts that compare this build with an earlier commit's (tools/bench-ner/
# compare.sh, tools/bench/cold-compare-previous.sh): `previous_tree REV DIR` checks REV out
# into a git worktree at DIR (a folder under build/, git-ignored), replacing any left there, and
# removes that worktree alone when the calling script exits, whether it succeeds, fails or is
# interrupted.
previous_tree() {
  case $2 in
    build/?*) ;;
    *) echo "previous-tree.sh: $2 is not a folder under build/" >&2; exit 2 ;;
  esac
  previous_tree_dir=$2
  remove_previous_tree
  git worktree add --detach "$previous_tree_dir" "$1" >/dev/null
  trap remove_previous_tree EXIT
  trap 'exit 130' INT TERM HUP
}

remove_previous_tree() {
  git worktree remove --force "$previous_tree_dir" 2>/dev/null || rm -rf "$previous_tree_dir"
}
