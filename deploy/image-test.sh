#!/usr/bin/env bash
# Builds the container image with no registry and no container engine, then runs it and waits for /health/ready:
# the base from deploy/base-image.sh (Debian + OpenJDK 17 JRE by debootstrap), Jib's OCI archive, its layers
# unpacked in order into a root file system, the image's entry point started in it by chroot as the image's user
# (65532) in its own mount and PID namespaces (the network is the host's: the database of bin/cluster on
# 127.0.0.1:55490 must run, e.g. `bin/cluster start 1`). Needs root. Not in bin/test (a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$ROOT/var/image-test"
PORT=18195
[[ -f var/image-base.tar ]] || deploy/base-image.sh
if [[ "${1:-}" != "--no-build" ]]; then
    mvn -B -ntp -q -DskipTests package -pl pfe-web -am -Pimage -Dpfe.image.base="tar://$ROOT/var/image-base.tar"
fi
rm -rf "$WORK" && mkdir -p "$WORK/rootfs"
python3 - pfe-web/target/jib-image.tar "$WORK/rootfs" "$WORK/config.json" <<'PY'
import io, json, sys, tarfile
image, rootfs, config_out = sys.argv[1:]
with tarfile.open(image) as archive:
    blob = lambda digest: archive.extractfile("blobs/" + digest.replace(":", "/")).read()
    index = json.loads(archive.extractfile("index.json").read())
    manifest = json.loads(blob(index["manifests"][0]["digest"]))
    config = json.loads(blob(manifest["config"]["digest"]))
    open(config_out, "w").write(json.dumps(config))
    for layer in manifest["layers"]:
        with tarfile.open(fileobj=io.BytesIO(blob(layer["digest"]))) as t:
            t.extractall(rootfs)
    c = config["config"]
    print(f"[image] {len(manifest['layers'])} layers; user {c.get('User')}, entry point {c.get('Entrypoint')}, ports {list(c.get('ExposedPorts', {}))}")
PY
mkdir -p "$WORK/rootfs/tmp" && chmod 1777 "$WORK/rootfs/tmp"
# what a container engine provides: name resolution of the host's name (Payara Micro resolves it at start)
cp /etc/resolv.conf "$WORK/rootfs/etc/resolv.conf"
{ cat /etc/hosts; echo "127.0.1.1 $(hostname)"; } > "$WORK/rootfs/etc/hosts"
entry="$(python3 -c "import json; print(' '.join(json.load(open('$WORK/config.json'))['config']['Entrypoint']))")"
user="$(python3 -c "import json; print(json.load(open('$WORK/config.json'))['config']['User'])")"
mapfile -t image_env < <(python3 -c "import json; print('\n'.join(json.load(open('$WORK/config.json'))['config']['Env']))")
db_password="$(<var/cluster/secrets/db-password)"
mkdir -p "$WORK/rootfs/run/secrets" && printf '%s' "$db_password" > "$WORK/rootfs/run/secrets/db-password"
chown "$user" "$WORK/rootfs/run/secrets/db-password" && chmod 400 "$WORK/rootfs/run/secrets/db-password"

env -i "${image_env[@]}" PFE_DB_URL=jdbc:postgresql://127.0.0.1:55490/pfe PFE_DB_USER=pfe \
    PFE_DB_PASSWORD_FILE=/run/secrets/db-password PFE_PORT=$PORT PFE_CLUSTER=false PFE_HEAP_PERCENT=5 HOSTNAME=image-test \
    unshare --mount --pid --fork sh -c "mount -t proc proc '$WORK/rootfs/proc' && exec chroot --userspec=$user:$user '$WORK/rootfs' $entry" \
    > "$WORK/instance.log" 2>&1 &
pid=$!
stop_container() {
    # SIGTERM to the container's process (as an engine's stop does): Payara Micro finishes requests in flight
    local inner
    inner="$(pgrep -P "$pid" || true)"
    [[ -n "$inner" ]] && kill -TERM $inner 2>/dev/null
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    [[ -n "$inner" ]] && kill -9 $inner 2>/dev/null
    kill -9 "$pid" 2>/dev/null || true
}
trap stop_container EXIT
started=$SECONDS
until [[ "$(curl -s -o /dev/null -w '%{http_code}' -m 3 "http://127.0.0.1:$PORT/health/ready")" == "200" ]]; do
    kill -0 $pid 2>/dev/null || { echo "[image] FAILED: the container stopped"; tail -30 "$WORK/instance.log"; exit 1; }
    ((SECONDS - started < 600)) || { echo "[image] FAILED: not ready in 600 s"; tail -30 "$WORK/instance.log"; exit 1; }
    sleep 2
done
echo "[image] the image answers /health/ready after $((SECONDS - started)) s: $(curl -s -m 5 "http://127.0.0.1:$PORT/health/ready")"
inner="$(pgrep -P "$pid" || true)"
[[ -n "$inner" ]] && echo "[image] the container's process: $(ps -o user=,rss= -p "$inner" | awk '{printf "user %s, resident %d MiB", $1, $2 / 1024}')"
echo "[image] PASSED"
