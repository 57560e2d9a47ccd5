"""The profiles of :mod:`amuddu_plugin.definitions.access` as the server enforces them:
one group role per profile and schema, grants, row-level security on the service tables,
a trigger that words each refusal, and the history of every change.

- Roles: ``amuddu_<hash>_<profile>`` (NOLOGIN), the hash naming the database and schema, so
  two Amuddu schemas of one server never share a role. A login gets one profile with
  :func:`grant_sql` (an editor also an institution, kept in ``amuddu_access``).
- Row-level security on ``service_point`` and ``service``: editors, reviewers and admins
  read everything, the reader only the public rows (:data:`~...definitions.formats.PUBLIC_FILTER`);
  an editor writes only the rows of their institution; the table's owner (who created the
  schema) is an administrator.
- The rights trigger refuses, before row-level security would, with a message the plugin
  translates (``amuddu-rights:<key>:<detail>``): another institution's point, a point moved
  to another institution, a point published by an editor (who submits it for review), a
  point a reviewer sends back to draft without saying why in its notes.
- ``amuddu_history``: who changed what and when, with the old and new rows (JSON), written
  by a trigger for every insert, update and delete of the service tables, whatever the client.
"""

from __future__ import annotations

import hashlib

from ....definitions import access as A
from ....definitions.formats import PUBLIC_FILTER, PUBLISHED
from ....definitions.model import TABLES
from ..schema import literal, quote

ACCESS_TABLE = "amuddu_access"
HISTORY_TABLE = "amuddu_history"


def role_name(dbname: str, schema: str, profile: str) -> str:
    digest = hashlib.sha1(f"{dbname}.{schema}".encode()).hexdigest()[:10]
    return f"amuddu_{digest}_{profile}"


def _q(schema: str, name: str) -> str:
    return f"{quote(schema)}.{quote(name)}"



def _raise(key: str, detail: str = "''") -> str:
    return (f"RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', "
            f"MESSAGE = '{A.REFUSAL_PREFIX}:{key}:' || coalesce({detail}, '')")


def _roles(roles: dict[str, str]) -> list[str]:
    return [f"DO $r$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {literal(r)}) THEN "
            f"CREATE ROLE {quote(r)} NOLOGIN; END IF; END $r$" for r in roles.values()]


def _tables_ddl(schema: str) -> list[str]:
    profiles = ", ".join(literal(p) for p in A.PROFILES)
    return [
        f"CREATE TABLE {_q(schema, ACCESS_TABLE)} (login text PRIMARY KEY, profile text NOT NULL "
        f"CHECK (profile IN ({profiles})), institution text REFERENCES {_q(schema, 'institution')} "
        f"(code) ON UPDATE CASCADE, CHECK (profile <> {literal(A.EDITOR)} OR institution IS NOT NULL))",
        f"CREATE TABLE {_q(schema, HISTORY_TABLE)} (id bigserial PRIMARY KEY, "
        "changed_at timestamptz NOT NULL DEFAULT now(), login text NOT NULL DEFAULT session_user, "
        "table_name text NOT NULL, operation text NOT NULL, row_uuid uuid, old_row jsonb, new_row jsonb)",
        f"CREATE INDEX ON {_q(schema, HISTORY_TABLE)} (row_uuid)",
        # The rows' JSON compressed by lz4 (faster than the default pglz), where the server has it.
        f"DO $c$ BEGIN ALTER TABLE {_q(schema, HISTORY_TABLE)} ALTER COLUMN old_row SET COMPRESSION lz4, "
        "ALTER COLUMN new_row SET COMPRESSION lz4; EXCEPTION WHEN feature_not_supported OR "
        "invalid_parameter_value THEN NULL; END $c$",
        # The institution of the session's login (an editor's), read by the policies.
        f"CREATE FUNCTION {_q(schema, 'amuddu_institution')}() RETURNS text LANGUAGE sql STABLE "
        f"SECURITY DEFINER SET search_path = {quote(schema)} AS "
        f"$f$ SELECT institution FROM {ACCESS_TABLE} WHERE login = session_user $f$",
    ]


def _grants(schema: str, roles: dict[str, str]) -> list[str]:
    out = [f"GRANT USAGE ON SCHEMA {quote(schema)} TO {', '.join(quote(r) for r in roles.values())}",
           f"GRANT SELECT ON public.layer_styles TO {', '.join(quote(r) for r in roles.values())}"]
    others = [t.name for t in TABLES if t.name not in A.SERVICE_TABLES]
    for p in A.PROFILE_DECLARATIONS:
        role = quote(roles[p.code])
        service = ", ".join(_q(schema, t) for t in A.SERVICE_TABLES)
        out.append(f"GRANT {', '.join(p.service_privileges)} ON {service} TO {role}")
        readable = [t for t in others if p.code != A.READER or t in A.READER_TABLES]
        out.append(f"GRANT {', '.join(p.other_privileges)} ON "
                   f"{', '.join(_q(schema, t) for t in readable)} TO {role}")
        if p.code != A.READER:
            out.append(f"GRANT SELECT ON {_q(schema, HISTORY_TABLE)}, {_q(schema, ACCESS_TABLE)} TO {role}")
    columns = ", ".join(quote(c) for c in A.REVIEW_COLUMNS)
    out.append(f"GRANT UPDATE ({columns}) ON {_q(schema, 'service_point')} TO {quote(roles[A.REVIEWER])}")
    for code in (A.EDITOR, A.ADMIN):
        out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {quote(roles[code])}")
        out.append(f"GRANT SELECT, INSERT ON {_q(schema, 'import_run')}, {_q(schema, 'change_log')} "
                   f"TO {quote(roles[code])}")
    out.append(f"GRANT ALL ON {_q(schema, ACCESS_TABLE)} TO {quote(roles[A.ADMIN])}")
    return out + committee_grants(schema, roles)


def committee_grants(schema: str, roles: dict[str, str]) -> list[str]:
    """What :data:`~...definitions.access.COMMITTEE_WRITERS` may write in the committee's
    monitoring tables (:data:`~...definitions.access.COMMITTEE_TABLES`).

    Part of every new schema (:func:`_grants`) and applied again each time a profile is
    given (:func:`grant_sql`): a server database made before these grants gets them from
    its administrator's next ``amuddu:grant_access``, with no schema migration (GRANT is
    idempotent, and the tables themselves did not change, so ``SCHEMA_VERSION`` stays)."""
    writers = ", ".join(quote(roles[p]) for p in A.COMMITTEE_WRITERS)
    return [f"GRANT {', '.join(privileges)} ON {_q(schema, name)} TO {writers}"
            for name, privileges in A.COMMITTEE_TABLES.items()]


def _policies(schema: str, roles: dict[str, str]) -> list[str]:
    editor, reviewer, admin, reader = (quote(roles[p]) for p in (A.EDITOR, A.REVIEWER, A.ADMIN, A.READER))
    mine = f"{_q(schema, 'amuddu_institution')}()"
    point_of = (f"EXISTS (SELECT 1 FROM {_q(schema, 'service_point')} p "
                "WHERE p.uuid = service_point_uuid AND {cond})")
    public = PUBLIC_FILTER.replace('"publication_state"', 'p."publication_state"').replace(
        '"operating_status"', 'p."operating_status"')
    out = [f"ALTER TABLE {_q(schema, t)} ENABLE ROW LEVEL SECURITY" for t in A.SERVICE_TABLES]
    sp, sv = _q(schema, "service_point"), _q(schema, "service")
    out += [
        f"CREATE POLICY read_all ON {sp} FOR SELECT TO {editor}, {reviewer}, {admin} USING (true)",
        f"CREATE POLICY read_public ON {sp} FOR SELECT TO {reader} USING ({PUBLIC_FILTER})",
        f"CREATE POLICY editor_insert ON {sp} FOR INSERT TO {editor} WITH CHECK (institution = {mine})",
        f"CREATE POLICY editor_update ON {sp} FOR UPDATE TO {editor} USING (true) "
        f"WITH CHECK (institution = {mine})",
        f"CREATE POLICY reviewer_update ON {sp} FOR UPDATE TO {reviewer} USING (true) WITH CHECK (true)",
        f"CREATE POLICY admin_all ON {sp} FOR ALL TO {admin} USING (true) WITH CHECK (true)",
        f"CREATE POLICY read_all ON {sv} FOR SELECT TO {editor}, {reviewer}, {admin} USING (true)",
        f"CREATE POLICY read_public ON {sv} FOR SELECT TO {reader} USING ({point_of.format(cond=public)})",
        f"CREATE POLICY editor_insert ON {sv} FOR INSERT TO {editor} "
        f"WITH CHECK ({point_of.format(cond=f'p.institution = {mine}')})",
        f"CREATE POLICY editor_update ON {sv} FOR UPDATE TO {editor} USING (true) "
        f"WITH CHECK ({point_of.format(cond=f'p.institution = {mine}')})",
        f"CREATE POLICY admin_all ON {sv} FOR ALL TO {admin} USING (true) WITH CHECK (true)",
    ]
    return out


def _rights_trigger(schema: str, roles: dict[str, str]) -> list[str]:
    """Worded refusals for editors and reviewers (row-level security is the backstop)."""
    editor, reviewer, admin = (literal(roles[p]) for p in (A.EDITOR, A.REVIEWER, A.ADMIN))
    mine = f"{_q(schema, 'amuddu_institution')}()"
    note = quote(A.SEND_BACK_NOTE)
    review = f"""
  IF TG_OP = 'UPDATE' AND NEW.publication_state = {literal(A.SENT_BACK_STATE)}
      AND OLD.publication_state IS DISTINCT FROM {literal(A.SENT_BACK_STATE)}
      AND (coalesce(btrim(NEW.{note}), '') = '' OR NEW.{note} IS NOT DISTINCT FROM OLD.{note}) THEN
    {_raise(A.SEND_BACK)};
  END IF;"""
    point = f"""
  IF TG_OP = 'UPDATE' AND OLD.institution IS DISTINCT FROM mine THEN
    {_raise(A.OTHER_INSTITUTION, 'OLD.institution')};
  END IF;
  IF NEW.institution IS DISTINCT FROM mine THEN
    IF TG_OP = 'UPDATE' THEN {_raise(A.MOVE_INSTITUTION, 'NEW.institution')};
    ELSE {_raise(A.OTHER_INSTITUTION, 'NEW.institution')}; END IF;
  END IF;
  IF NEW.publication_state = {literal(PUBLISHED)} AND (TG_OP = 'INSERT'
      OR OLD.publication_state IS DISTINCT FROM {literal(PUBLISHED)}) THEN
    {_raise(A.PUBLISH)};
  END IF;"""
    service = f"""
  SELECT institution INTO owner FROM {_q(schema, 'service_point')} WHERE uuid = NEW.service_point_uuid;
  IF owner IS DISTINCT FROM mine THEN {_raise(A.OTHER_INSTITUTION, 'owner')}; END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT institution INTO owner FROM {_q(schema, 'service_point')} WHERE uuid = OLD.service_point_uuid;
    IF owner IS DISTINCT FROM mine THEN {_raise(A.OTHER_INSTITUTION, 'owner')}; END IF;
  END IF;"""
    out = []
    for table, body, reviewing in (("service_point", point, review), ("service", service, "")):
        name = _q(schema, f"amuddu_rights_{table}")
        out.append(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
            "DECLARE mine text; owner text;\nBEGIN\n"
            f"  IF pg_has_role(current_user, {admin}, 'MEMBER') THEN RETURN NEW; END IF;\n"
            f"  IF pg_has_role(current_user, {reviewer}, 'MEMBER') THEN{reviewing}\n    RETURN NEW;\n"
            "  END IF;\n"
            f"  IF NOT pg_has_role(current_user, {editor}, 'MEMBER') THEN RETURN NEW; END IF;\n"
            f"  mine := {mine};{body}\n  RETURN NEW;\nEND\n$f$")
        out.append(f"CREATE TRIGGER amuddu_rights BEFORE INSERT OR UPDATE ON {_q(schema, table)} "
                   f"FOR EACH ROW EXECUTE FUNCTION {name}()")
    return out


#: The columns of the trigger's table as ``to_jsonb`` of its row would give them, a geometry as
#: ``ST_AsGeoJSON(g, 15, 2)::jsonb``: the same JSON (all digits, the short "EPSG:" crs) as
#: PostGIS's geometry-to-json cast, which ``to_jsonb(row)`` calls and which costs ten times more.
_HISTORY_COLUMNS = (
    "SELECT string_agg(CASE WHEN t.typname = 'geometry' "
    "THEN format('ST_AsGeoJSON(%1$I, 15, 2)::jsonb AS %1$I', a.attname) ELSE quote_ident(a.attname) END, "
    "', ' ORDER BY a.attnum) FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
    "WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped")


def _history(schema: str) -> list[str]:
    """One statement-level trigger per operation and table, reading the statement's transition
    tables: a 50,000-row import is recorded by three INSERT … SELECT, not 50,000 trigger calls
    (PostgreSQL allows transition tables on single-event triggers only). The rows are recorded
    whole, as ``to_jsonb(row)`` gives them (:data:`_HISTORY_COLUMNS`: the columns are read from
    the catalog, so a column added later is recorded too)."""
    out = []
    old, new = "(SELECT %1$s FROM amuddu_old) o", "(SELECT %1$s FROM amuddu_new) n"
    selects = {
        "insert": f"SELECT $1, 'insert', n.uuid, NULL::jsonb, to_jsonb(n) FROM {new}",
        "update": f"SELECT $1, 'update', n.uuid, to_jsonb(o), to_jsonb(n) FROM {old} "
                  f"JOIN {new} ON n.fid = o.fid",
        "delete": f"SELECT $1, 'delete', o.uuid, to_jsonb(o), NULL::jsonb FROM {old}",
    }
    tables = {"insert": "NEW TABLE AS amuddu_new",
              "update": "OLD TABLE AS amuddu_old NEW TABLE AS amuddu_new",
              "delete": "OLD TABLE AS amuddu_old"}
    for operation, select in selects.items():
        name = _q(schema, f"amuddu_record_{operation}")
        insert = f"INSERT INTO {HISTORY_TABLE} (table_name, operation, row_uuid, old_row, new_row) {select}"
        out.append(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            f"SET search_path = {quote(schema)}, public AS $f$\n"
            "DECLARE columns text;\nBEGIN\n"
            f"  {_HISTORY_COLUMNS} INTO columns;\n"
            f"  EXECUTE format({literal(insert)}, columns) USING TG_TABLE_NAME::text;\n"
            "  RETURN NULL;\nEND\n$f$")
        out += [f"CREATE TRIGGER amuddu_history_{operation} AFTER {operation.upper()} ON {_q(schema, t)} "
                f"REFERENCING {tables[operation]} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
                for t in A.SERVICE_TABLES]
    return out


def _stamps(schema: str) -> list[str]:
    """The server stamps who changed a point and when; a form's save that started from an
    older version than the stored one is refused (:data:`~...definitions.access.CONFLICT`)."""
    name = _q(schema, "amuddu_stamp")
    mark = literal(A.EDIT_BASE_MARK)
    stamp = "date_trunc('milliseconds', clock_timestamp())"
    who = ("coalesce(OLD.updated_by, '?') || ', ' || "
           "to_char(OLD.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'")
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
        "DECLARE base text;\nBEGIN\n"
        f"  IF TG_OP = 'UPDATE' AND strpos(coalesce(NEW.updated_by, ''), {mark}) > 0 THEN\n"
        f"    base := split_part(NEW.updated_by, {mark}, 2);\n"
        "    IF OLD.updated_at IS NOT NULL AND base IS DISTINCT FROM "
        "(floor(extract(epoch FROM OLD.updated_at) * 1000))::bigint::text THEN\n"
        f"      {_raise(A.CONFLICT, who)};\n"
        "    END IF;\n  END IF;\n"
        f"  NEW.updated_at := {stamp};\n  NEW.updated_by := session_user;\n  RETURN NEW;\nEND\n$f$",
        f"CREATE TRIGGER amuddu_stamp BEFORE INSERT OR UPDATE ON {_q(schema, 'service_point')} "
        f"FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def rights_ddl(schema: str, dbname: str) -> list[str]:
    """Every statement of the profiles, policies, refusals and history of ``schema``."""
    roles = {p: role_name(dbname, schema, p) for p in A.PROFILES}
    return (_roles(roles) + _tables_ddl(schema) + _grants(schema, roles) + _policies(schema, roles)
            + _rights_trigger(schema, roles) + _stamps(schema) + _history(schema))


def grant_sql(schema: str, dbname: str, login: str, profile: str, institution: str | None) -> list[str]:
    """Give ``login`` one profile (taking back the others of this schema)."""
    roles = {p: role_name(dbname, schema, p) for p in A.PROFILES}
    out = [f"REVOKE {quote(r)} FROM {quote(login)}" for p, r in roles.items() if p != profile]
    out.append(f"GRANT {quote(roles[profile])} TO {quote(login)}")
    out += committee_grants(schema, roles)
    out.append(f"INSERT INTO {_q(schema, ACCESS_TABLE)} (login, profile, institution) VALUES "
               f"({literal(login)}, {literal(profile)}, {literal(institution) if institution else 'NULL'}) "
               "ON CONFLICT (login) DO UPDATE SET profile = excluded.profile, "
               "institution = excluded.institution")
    return out


def revoke_sql(schema: str, dbname: str, login: str) -> list[str]:
    roles = [role_name(dbname, schema, p) for p in A.PROFILES]
    return ([f"REVOKE {quote(r)} FROM {quote(login)}" for r in roles]
            + [f"DELETE FROM {_q(schema, ACCESS_TABLE)} WHERE login = {literal(login)}"])
