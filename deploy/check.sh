#!/usr/bin/env bash
# Checks the sample deployment without a container engine: the HAProxy configuration with HAProxy itself
# (`haproxy -c`, names resolved at run time), and compose.yaml for what this project requires of it: well-formed
# YAML, an image for every service, the application's secrets as files only (no password in an environment
# value), a health check and a restart policy on every service, a memory limit on the instances.
set -euo pipefail
cd "$(dirname "$0")"
command -v haproxy >/dev/null || [[ -x /usr/sbin/haproxy ]] || apt-get install -y -q haproxy >/dev/null
/usr/sbin/haproxy -c -f haproxy.cfg >/dev/null && echo "[deploy] haproxy.cfg valid"
python3 - <<'PY'
import re, sys
try:
    import yaml
except ImportError:
    sys.exit("[deploy] python3-yaml is needed (apt-get install python3-yaml)")
doc = yaml.safe_load(open("compose.yaml"))
problems = []
services = doc.get("services", {})
if not services:
    problems.append("no services")
for name, service in services.items():
    if not service.get("image"):
        problems.append(f"{name}: no image")
    if "healthcheck" not in service:
        problems.append(f"{name}: no health check")
    if service.get("restart") != "unless-stopped":
        problems.append(f"{name}: no restart policy")
    for key, value in (service.get("environment") or {}).items():
        if re.search(r"PASSWORD|SECRET", key) and not key.endswith("_FILE"):
            problems.append(f"{name}: {key} given as a value, not a file")
    if name.startswith("pfe-"):
        if not service.get("mem_limit"):
            problems.append(f"{name}: no memory limit (the heap is a share of it)")
        env = service["environment"]
        if not env.get("PFE_CLUSTER_MEMBERS"):
            problems.append(f"{name}: no data grid members")
for secret in (doc.get("secrets") or {}).values():
    if "file" not in secret:
        problems.append("a secret not from a file")
if problems:
    print("\n".join("[deploy] " + p for p in problems)); sys.exit(1)
print(f"[deploy] compose.yaml: {len(services)} services checked")
PY
