#!/usr/bin/env bash
# The GitHub Action's step (action.yml): lint, annotate, write SARIF, fail on errors.
# Runs in the content repository; the action's own checkout is $GITHUB_ACTION_PATH.
set -uo pipefail
set -f # the files input holds globs for newslint, not for the shell

# The action's own newslint, at the ref the workflow names: never one the content repository
# installed, since a commit chooses that (a tarball or an alias in its lockfile, a program it put
# under node_modules). Its config and articles are still the repository's: data, not commands.
program="$GITHUB_ACTION_PATH/dist/src/bin/newslint.js"
if [ ! -f "$program" ]; then
  # Only newslint's own build runs: no install script of a dependency, in a job that may hold secrets.
  { npm ci --prefix "$GITHUB_ACTION_PATH" --ignore-scripts --no-audit --no-fund &&
    npm run build --prefix "$GITHUB_ACTION_PATH"; } >&2 || exit 2
fi
newslint=(node "$program")

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

# The report goes where the workflow says, never through a link a commit put there: in the
# repository its folder must be the repository's, and a link in its place is removed, not followed.
folder=$(cd -P -- "$(dirname -- "$sarif")" 2>/dev/null && pwd) || folder=
if [[ "$sarif" != /* && "$folder/" != "$(pwd -P)/"* ]]; then
  echo "newslint: the SARIF file $sarif would be written outside the repository (a link on its way): not written" >&2
  exit 2
fi
rm -f -- "$sarif"

# "--": the files input holds file names, even one that opens with a dash.
"${newslint[@]}" --format "$format" "${changed[@]}" -- "${files[@]}"
status=$?
# The same findings for code scanning; its exit code is the first run's.
"${newslint[@]}" --format sarif "${changed[@]}" -- "${files[@]}" >"$sarif"
[ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
exit "$status"
