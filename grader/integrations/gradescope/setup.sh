#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image (an Ubuntu base image), from the
# extracted autograder zip in /autograder/source. It installs what the grader needs:
#   - a JDK 17 (the grader compiles submissions with the JDK's compiler, in-process, at --release 17);
#   - bubblewrap, which `--sandbox auto` uses when the container lets it create namespaces (it falls back to
#     per-slot user ids with prlimit/setpriv from util-linux as root, else to no sandbox, and says which ran);
#   - python3, whose ctypes sets the Landlock rules that, without bubblewrap, keep student code from reading the
#     grader's files (/autograder/source) and writing outside its own folder.
# Then it checks that the packaged grader starts, so that a broken upload fails here, at upload time, and not
# on every student's submission.
set -euo pipefail

source_dir="${AUTOGRADER_ROOT:-/autograder}/source"

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends openjdk-17-jdk-headless util-linux
# Optional: most Docker hosts forbid the namespaces bubblewrap needs, and auto then falls back by itself.
apt-get install -y --no-install-recommends bubblewrap || echo "setup.sh: bubblewrap is not available; --sandbox auto will do without"
apt-get install -y --no-install-recommends python3 || echo "setup.sh: python3 is not available; without bubblewrap, student code will not be confined to its own files"

# Gradescope copies run_autograder to /autograder/run_autograder; make sure both copies are executable even
# if the zip's permission bits were not kept on extraction.
chmod 755 "$source_dir/run_autograder"
if [ -f "${AUTOGRADER_ROOT:-/autograder}/run_autograder" ]; then
  chmod 755 "${AUTOGRADER_ROOT:-/autograder}/run_autograder"
fi

java -version
if ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then
  echo "setup.sh: the grader needs Java 17 or newer; 'java' on the PATH is older" >&2
  exit 1
fi
java -cp "$source_dir/grader/grader.jar:$source_dir/grader/lib/*" grader.cli.GradeCommand --help >/dev/null
echo "setup.sh: the grader is installed in $source_dir/grader"
