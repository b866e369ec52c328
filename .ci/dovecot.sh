#!/usr/bin/env bash
# A private Dovecot IMAP server for the e-mail connector's integration tests.
#
#   .ci/dovecot.sh <dir>        install dovecot-imapd if missing, write a config into <dir>,
#                               start it on 127.0.0.1:${DOVECOT_PORT:-1143}, wait until it
#                               answers, print <dir>
#   .ci/dovecot.sh stop <dir>   stop the instance started in <dir>
#
# One user: support@example.test / secret (plain-text login, no TLS: loopback only).
# No systemd: `dovecot -c <dir>/dovecot.conf` runs as a plain daemon. Settings from
# docs ENV-NOTES "Dovecot for e-mail tests" (Dovecot 2.3, Debian 12).
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
die() { echo "dovecot.sh: $*" >&2; exit 1; }

port=${DOVECOT_PORT:-1143}

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

stop_instance() {
  local dir=$1 pidfile="$1/run/master.pid"
  [ -f "$pidfile" ] || { echo "dovecot.sh: no instance running in $dir" >&2; return 0; }
  local pid
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  die "dovecot (pid $pid) did not stop"
}

if [ "${1:-}" = stop ]; then
  [ -n "${2:-}" ] || die "usage: $0 stop <dir>"
  stop_instance "$2"
  exit 0
fi

dir=${1:-}
[ -n "$dir" ] || die "usage: $0 <dir> | $0 stop <dir>"

dovecot_bin=$(command -v dovecot || true)
[ -n "$dovecot_bin" ] || [ ! -x /usr/sbin/dovecot ] || dovecot_bin=/usr/sbin/dovecot
if [ -z "$dovecot_bin" ]; then
  echo "== apt-get install dovecot-imapd" >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq dovecot-imapd >&2
  dovecot_bin=$(command -v dovecot || echo /usr/sbin/dovecot)
  [ -x "$dovecot_bin" ] || die "dovecot-imapd installed but no dovecot binary found"
fi

port_answers && die "127.0.0.1:$port is already in use (set DOVECOT_PORT to another port)"

mkdir -p "$dir/mail"
dir=$(cd "$dir" && pwd)
# Dovecot's unprivileged processes must reach the mail and the password file.
chmod 755 "$dir"

if [ "$(id -u)" = 0 ]; then
  # Root: the usual split, mail stored as the dovecot user.
  mail_user=dovecot login_user=dovenull internal_user=dovecot
  id dovenull >/dev/null 2>&1 || login_user=nobody
else
  # Not root: Dovecot cannot switch users, so everything runs as us.
  mail_user=$(id -un) login_user=$(id -un) internal_user=$(id -un)
fi
mail_group=$(id -gn "$mail_user")

printf 'support@example.test:{PLAIN}secret\n' >"$dir/passwd"
chmod 644 "$dir/passwd"

cat >"$dir/dovecot.conf" <<EOF
# Written by .ci/dovecot.sh for tests; loopback only, no TLS.
instance_name = inbox-test-$port
protocols = imap
listen = 127.0.0.1
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests log in with wrong passwords on purpose: no failure delay for them.
auth_failure_delay = 0
mail_location = maildir:$dir/mail/%u
# IDLE notices new mail within a second even where inotify is unavailable.
mailbox_idle_check_interval = 1 secs
first_valid_uid = 1
default_login_user = $login_user
default_internal_user = $internal_user
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
}
userdb {
  driver = static
  args = uid=$mail_user gid=$mail_group home=$dir/mail/%u
}
EOF

chown -R "$mail_user:$mail_group" "$dir/mail"

# The daemon must not keep our stdout/stderr open: callers wait for them to close.
if ! "$dovecot_bin" -c "$dir/dovecot.conf" </dev/null >"$dir/startup.log" 2>&1; then
  cat "$dir/startup.log" "$dir/dovecot.log" >&2 2>/dev/null || true
  die "dovecot failed to start"
fi

for _ in $(seq 1 100); do
  if port_answers; then
    echo "$dir"
    exit 0
  fi
  sleep 0.1
done
cat "$dir/dovecot.log" >&2 2>/dev/null || true
stop_instance "$dir" || true
die "dovecot did not answer on 127.0.0.1:$port within 10 s"
