#!/usr/bin/env bash
# Supervision for scripts/run.sh (sourced, not run). Uses $run, the folder of process ids.

note() { echo "$(date -u +%H:%M:%S) $*"; }

any_alive() { for pid in "$@"; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }

# supervise NAME LOG COMMAND...: runs COMMAND in the background of a subshell (output appended to LOG, process id in
# $run/NAME.pid) and starts it again whenever it dies, after a back-off of 1 s that doubles up to 30 s and starts
# over once the command has run for a minute. SIGTERM is passed on to the command, which gets 10 s to leave (a Silo
# leaves the cluster, a Web node closes its connections) before SIGKILL; then the supervisor ends.
supervise() {
  local name=$1 log=$2; shift 2
  local delay=1 started status
  child=""; sleeper=""
  trap 'end_child; exit 0' TERM
  while [ ! -e "$run/stopping" ]; do
    started=$SECONDS
    "$@" >>"$log" 2>&1 &
    child=$!
    echo "$child" >"$run/$name.pid"
    # (The braces keep bash from printing its own "Killed" line for the job.)
    status=0; { wait "$child"; } 2>/dev/null || status=$?
    [ -e "$run/stopping" ] && break
    if (( SECONDS - started >= 60 )); then delay=1; fi
    note "$name (pid $child) exited with code $status; starting it again in $delay s" | tee -a "$log"
    # A Ctrl+C reaches every process of the terminal at once: the back-off gives run.sh time to say it is stopping.
    sleep "$delay" & sleeper=$!
    wait "$sleeper" || true
    delay=$(( delay * 2 > 30 ? 30 : delay * 2 ))
  done
}

end_child() {
  if [ -n "$sleeper" ]; then kill "$sleeper" 2>/dev/null || true; fi
  [ -n "$child" ] || return 0
  kill "$child" 2>/dev/null || return 0
  for _ in $(seq 1 40); do kill -0 "$child" 2>/dev/null || return 0; sleep 0.25; done
  kill -9 "$child" 2>/dev/null || true
}

# stop_supervised PREFIX SUPERVISOR_PIDS...: ends the supervisors together (each stops its command first), and
# kills what is left by process id if one of them does not end in 15 s.
stop_supervised() {
  local prefix=$1; shift
  [ $# -gt 0 ] || return 0
  kill "$@" 2>/dev/null || true
  for _ in $(seq 1 60); do any_alive "$@" || return 0; sleep 0.25; done
  kill -9 "$@" 2>/dev/null || true
  for file in "$run/$prefix"*.pid; do
    [ -e "$file" ] && kill -9 "$(cat "$file")" 2>/dev/null || true
  done
}
