#!/usr/bin/env bash
# The work of the composite action (action.yml): builds worklog where the action was checked out when it has no build
# yet, writes SARIF when asked, then checks the logs with GitHub annotations and the step summary.
# Inputs come as INPUT_* variables, as GitHub passes them to actions: INPUT_PATHS, INPUT_CONFIG, INPUT_MAX_WARNINGS,
# INPUT_ARGS, INPUT_SARIF, INPUT_SARIF_FILE.
set -euo pipefail

action_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"

# Used as `uses: owner/worklog@v0`, the action's folder is the repository at that tag: sources, no node_modules, no dist.
if [ ! -f "$action_dir/dist/cli.js" ]; then
  echo "Installing worklog in $action_dir" >&2
  (cd "$action_dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  [ -f "$action_dir/dist/cli.js" ] || (cd "$action_dir" && npm run --silent build >&2)
fi

worklog() { node "$action_dir/bin/worklog.js" "$@"; }

# Paths and extra arguments are split on spaces and new lines; worklog expands globs itself, so the shell must not.
# (The `${a[@]+…}` forms below are for bash before 4.4, where an empty array is an unset variable under `set -u`.)
set -f
read -r -d '' -a paths <<< "${INPUT_PATHS:-}" || true
read -r -d '' -a extra <<< "${INPUT_ARGS:-}" || true
set +f

options=()
[ -n "${INPUT_CONFIG:-}" ] && options+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_MAX_WARNINGS:-}" ] && options+=(--max-warnings "$INPUT_MAX_WARNINGS")

if [ "${INPUT_SARIF:-false}" = "true" ]; then
  sarif_file="${INPUT_SARIF_FILE:-worklog.sarif}"
  status=0
  worklog check --format sarif ${options[@]+"${options[@]}"} ${extra[@]+"${extra[@]}"} ${paths[@]+"${paths[@]}"} > "$sarif_file" || status=$?
  # 1 only says there are findings, which the check below reports; 2 is bad input, said once on stderr already.
  if [ "$status" -ge 2 ]; then exit "$status"; fi
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "sarif-file=$sarif_file" >> "$GITHUB_OUTPUT"; fi
fi

exec node "$action_dir/bin/worklog.js" check --format github ${options[@]+"${options[@]}"} ${extra[@]+"${extra[@]}"} ${paths[@]+"${paths[@]}"}
