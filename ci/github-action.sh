#!/usr/bin/env bash
# The GitHub Action's step (action.yml): lint, annotate, write SARIF, fail on errors.
# Runs in the content repository; the action's own checkout is $GITHUB_ACTION_PATH.
set -uo pipefail
set -f # the files input holds globs for newslint, not for the shell

# The content repository's own newslint (its version and config) when its install put it there,
# else the action's: a node_modules a commit brought (tracked, or git not answering) may hold any
# program of the committer's.
if [ -x node_modules/.bin/newslint ] && [ -z "$(git ls-files -- node_modules 2>&1 | head -n 1)" ]; then
  newslint=(node_modules/.bin/newslint)
else
  program="$GITHUB_ACTION_PATH/dist/src/bin/newslint.js"
  if [ ! -f "$program" ]; then
    # Only newslint's own build runs: no install script of a dependency, in a job that may hold secrets.
    { npm ci --prefix "$GITHUB_ACTION_PATH" --ignore-scripts --no-audit --no-fund &&
      npm run build --prefix "$GITHUB_ACTION_PATH"; } >&2 || exit 2
  fi
  newslint=(node "$program")
fi

since="${NEWSLINT_CHANGED_SINCE:-}"
if [ -z "$since" ] && [ -n "${NEWSLINT_BASE_REF:-}" ]; then
  since="origin/$NEWSLINT_BASE_REF"
  # actions/checkout fetches one commit by default; the base branch is needed to compare with.
  git rev-parse --verify --quiet "$since^{commit}" >/dev/null ||
    git fetch --no-tags --quiet origin "+refs/heads/$NEWSLINT_BASE_REF:refs/remotes/origin/$NEWSLINT_BASE_REF" >&2
fi
changed=()
[ -n "$since" ] && changed=(--changed-since "$since")

read -r -d '' -a files <<<"${NEWSLINT_FILES:-.}"
format="${NEWSLINT_FORMAT:-github}"
sarif="${NEWSLINT_SARIF:-newslint.sarif}"

"${newslint[@]}" --format "$format" "${changed[@]}" "${files[@]}"
status=$?
# The same findings for code scanning; its exit code is the first run's.
"${newslint[@]}" --format sarif "${changed[@]}" "${files[@]}" >"$sarif"
[ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
exit "$status"
