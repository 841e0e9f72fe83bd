# Sourced by bin/backup and bin/restore: the libpq connection of the database named like the application's
# (PFE_DB_URL=jdbc:postgresql://host:port/database, PFE_DB_USER, PFE_DB_PASSWORD or PFE_DB_PASSWORD_FILE). The
# password goes to a password file readable by this user alone, removed on exit: never on a command line.

pfe_database_connection() {
    local url="${PFE_DB_URL:?PFE_DB_URL is required (jdbc:postgresql://host:port/database)}"
    local rest="${url#jdbc:postgresql://}"
    rest="${rest%%\?*}"
    local hostport="${rest%%/*}"
    export PGDATABASE="${rest#*/}"
    export PGHOST="${hostport%%:*}"
    if [[ "$hostport" == *:* ]]; then export PGPORT="${hostport##*:}"; else export PGPORT=5432; fi
    export PGUSER="${PFE_DB_USER:-pfe}"
    local password="${PFE_DB_PASSWORD:-}"
    if [[ -n "${PFE_DB_PASSWORD_FILE:-}" ]]; then password="$(<"$PFE_DB_PASSWORD_FILE")"; fi
    PFE_PGPASS="$(mktemp)"
    chmod 600 "$PFE_PGPASS"
    # host:port:database:user:password, with : and \ escaped
    local escaped="${password//\\/\\\\}"
    escaped="${escaped//:/\\:}"
    echo "*:*:*:*:$escaped" > "$PFE_PGPASS"
    export PGPASSFILE="$PFE_PGPASS"
    unset PGPASSWORD
    trap 'rm -f "$PFE_PGPASS"' EXIT
}

# Client programs of the server's major version (pg_dump refuses a newer server): PFE_PG_BIN, else Debian's.
pfe_pg_bin() {
    if [[ -n "${PFE_PG_BIN:-}" ]]; then echo "$PFE_PG_BIN"; return; fi
    local major
    major="$(psql -XAtc 'show server_version_num' 2>/dev/null | cut -c1-2)"
    if [[ -n "$major" && -x "/usr/lib/postgresql/$major/bin/pg_dump" ]]; then
        echo "/usr/lib/postgresql/$major/bin"
    else
        dirname "$(command -v pg_dump)"
    fi
}

# One line per table of the application's schema: "table rows", in name order.
pfe_row_counts() {
    "$1/psql" -XAt -v ON_ERROR_STOP=1 <<'SQL'
select format('select %L || '' '' || count(*) from %I.%I', table_name, table_schema, table_name)
  from information_schema.tables
 where table_schema = 'public' and table_type = 'BASE TABLE'
 order by table_name \gexec
SQL
}
