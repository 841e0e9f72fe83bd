#!/usr/bin/env bash
# A base image for the container image WITHOUT a registry: Debian bookworm (minbase) with Debian's OpenJDK 17 JRE,
# made by debootstrap from Debian's mirror, packed as a `docker save` archive that Jib reads with
#   mvn -B -DskipTests package -pl pfe-web -am -Pimage -Dpfe.image.base=tar://$PWD/var/image-base.tar
# Where a registry is reachable, the default base (eclipse-temurin:17-jre) is simpler. Needs root (debootstrap).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOTFS=var/image-rootfs
OUT="$(pwd)/var/image-base.tar"
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
if [[ ! -x "$ROOTFS/usr/lib/jvm/java-17-openjdk-amd64/bin/java" ]]; then
    rm -rf "$ROOTFS"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$ROOTFS" \
        "${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
fi
# the user the image runs as, and a smaller layer (apt's caches and the docs are of no use in the image)
grep -q '^pfe:' "$ROOTFS/etc/passwd" || echo 'pfe:x:65532:65532:PFE Operations:/nonexistent:/usr/sbin/nologin' >> "$ROOTFS/etc/passwd"
grep -q '^pfe:' "$ROOTFS/etc/group" || echo 'pfe:x:65532:' >> "$ROOTFS/etc/group"
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/*
python3 - "$ROOTFS" "$OUT" <<'PY'
import hashlib, io, json, os, sys, tarfile, tempfile
rootfs, out = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
layer = os.path.join(work, "layer.tar")
with tarfile.open(layer, "w", format=tarfile.PAX_FORMAT) as t:
    for name in sorted(os.listdir(rootfs)):
        if name in ("proc", "sys", "dev"):
            info = tarfile.TarInfo(name); info.type = tarfile.DIRTYPE; info.mode = 0o755; t.addfile(info); continue
        t.add(os.path.join(rootfs, name), arcname=name)
digest = hashlib.sha256(open(layer, "rb").read()).hexdigest()
config = {"architecture": "amd64", "os": "linux",
          "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                             "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"]},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
          "history": [{"created_by": "debootstrap bookworm minbase + openjdk-17-jre-headless (deploy/base-image.sh)"}]}
config_bytes = json.dumps(config).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = [{"Config": config_name, "RepoTags": ["pfe-base:bookworm-jre17"], "Layers": [digest + "/layer.tar"]}]
with tarfile.open(out, "w") as t:
    for name, data in ((config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
        info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
    t.add(layer, arcname=digest + "/layer.tar")
os.remove(layer)
print(f"[image] base image archive {out} ({os.path.getsize(out) // 1048576} MiB), layer sha256:{digest[:12]}")
PY
