"""Who may do what on a shared (PostGIS) database, declared once: the profiles, what each
may do to each kind of table, and the refusals with their French, Arabic and English
messages.

From these declarations :mod:`amuddu_plugin.core.store.postgis.rights` derives the server's
roles, grants, row-level security policies and the trigger that words a refusal; the
README's table of profiles is checked against them. The server enforces all of it, so
psql or any other program gets the same answers as QGIS. This module imports nothing from
QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import ALERT_ACKNOWLEDGEMENT, META, SERVICE_POINT, SNAPSHOT, SNAPSHOT_POINT, TABLES, Label, Role

EDITOR, REVIEWER, ADMIN, READER = "editor", "reviewer", "admin", "reader"
PROFILES: tuple[str, ...] = (EDITOR, REVIEWER, ADMIN, READER)

#: The tables the institutions' work is in (row-level security applies to them).
SERVICE_TABLES = ("service_point", "service")
#: Columns a reviewer may change on a service point: publishing or sending back, with a note.
REVIEW_COLUMNS = ("publication_state", "notes", "last_verified_on", "last_verified_by",
                  "updated_at", "updated_by")
assert set(REVIEW_COLUMNS) <= set(SERVICE_POINT.field_names)
#: What the public reader reads beside the published rows: the vocabularies, the reference
#: layers and the metadata (the schema version); never the committee's bookkeeping (import
#: history, acknowledged alerts, snapshots).
READER_TABLES: tuple[str, ...] = tuple(
    t.name for t in TABLES if t.role in (Role.VOCABULARY, Role.REFERENCE) or t is META)
#: The committee's monitoring records, written by ``amuddu:snapshot`` and
#: ``amuddu:acknowledge_alert``, and what their writers may do there beside reading: add a
#: snapshot and its points; replace an alert's acknowledgement (marking it again deletes the
#: earlier one, then inserts the new one).
COMMITTEE_TABLES: dict[str, tuple[str, ...]] = {
    SNAPSHOT.name: ("INSERT",), SNAPSHOT_POINT.name: ("INSERT",),
    ALERT_ACKNOWLEDGEMENT.name: ("INSERT", "DELETE"),
}


@dataclass(frozen=True)
class Profile:
    code: str
    label: Label
    #: What the profile may do, in a sentence (the README's table).
    may: Label
    #: Privileges on the service tables and on the others (vocabularies, reference layers).
    service_privileges: tuple[str, ...]
    other_privileges: tuple[str, ...]
    needs_institution: bool = False


PROFILE_DECLARATIONS: tuple[Profile, ...] = (
    Profile(EDITOR, Label("Éditeur d'une institution", "محرر مؤسسة", "Institution editor"), Label(
        "lit tout ; ajoute et modifie les points de service de son institution et leurs "
        "services, les soumet pour relecture sans jamais les publier ni les changer "
        "d'institution ; ne supprime jamais (fermer est un état)",
        "يطلع على كل شيء؛ يضيف ويعدل نقاط خدمة مؤسسته وخدماتها ويقدمها للمراجعة دون نشرها "
        "أو نقلها إلى مؤسسة أخرى؛ لا يحذف أبدا (الإغلاق وضعية)",
        "reads everything; adds and changes the service points of their institution and "
        "their services, submits them for review but never publishes them or moves them to "
        "another institution; never deletes (closing is a status)"),
        ("SELECT", "INSERT", "UPDATE"), ("SELECT",), needs_institution=True),
    Profile(REVIEWER, Label("Relecteur (comité)", "مراجع (اللجنة)", "Reviewer (committee)"), Label(
        "lit tout ; publie un point (soumis) ou le renvoie en brouillon avec une remarque "
        "dans ses notes ; prend les instantanés du suivi et marque les alertes comme connues",
        "يطلع على كل شيء؛ ينشر نقطة (مقدمة) أو يعيدها إلى المسودة مع ملاحظة في ملاحظاتها؛ "
        "يلتقط لقطات التتبع ويسجل التنبيهات كمعروفة",
        "reads everything; publishes a (submitted) point or sends it back to draft with a "
        "note in its notes; takes the monitoring snapshots and marks alerts as known"),
        ("SELECT",), ("SELECT",)),
    Profile(ADMIN, Label("Administrateur", "مسؤول", "Administrator"), Label(
        "tout, y compris les vocabulaires, les couches de référence et les accès",
        "كل شيء، بما في ذلك المعاجم والطبقات المرجعية والولوج",
        "everything, including vocabularies, reference layers and access"),
        ("SELECT", "INSERT", "UPDATE", "DELETE"), ("SELECT", "INSERT", "UPDATE", "DELETE")),
    Profile(READER, Label("Lecteur (carte publique)", "قارئ (الخريطة العمومية)",
                          "Reader (public map)"), Label(
        "ne voit que les points publiés (le compte qui exporte la carte web)",
        "لا يرى إلا النقاط المنشورة (الحساب الذي يصدر الخريطة)",
        "sees published points only (the account that exports the web map)"),
        ("SELECT",), ("SELECT",)),
)
PROFILES_BY_CODE: dict[str, Profile] = {p.code: p for p in PROFILE_DECLARATIONS}
#: The profiles that write :data:`COMMITTEE_TABLES` (editors and the reader only read them,
#: the reader not even that).
COMMITTEE_WRITERS: tuple[str, ...] = (REVIEWER, ADMIN)
assert tuple(PROFILES_BY_CODE) == PROFILES


def profile(code: str) -> Profile:
    try:
        return PROFILES_BY_CODE[code]
    except KeyError:
        raise KeyError(f"no profile {code!r}") from None


# --------------------------------------------------------------------------------------------
# Refusals: what the server says, keyed so that the plugin says it in the user's language
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Refusal:
    key: str
    message: Label


OTHER_INSTITUTION, MOVE_INSTITUTION, PUBLISH, DELETE, NO_ACCESS, CONFLICT, SEND_BACK = (
    "other_institution", "move_institution", "publish", "delete", "no_access", "conflict", "send_back")
#: The publication state a point is sent back to, and the column that says why.
SENT_BACK_STATE, SEND_BACK_NOTE = "draft", "notes"
assert SEND_BACK_NOTE in REVIEW_COLUMNS

REFUSALS: tuple[Refusal, ...] = (
    Refusal(OTHER_INSTITUTION, Label(
        "Ce point appartient à une autre institution ({detail}) : vous ne pouvez modifier que "
        "ceux de la vôtre.",
        "هذه النقطة تابعة لمؤسسة أخرى ({detail}): لا يمكنك تعديل إلا نقاط مؤسستك.",
        "This point belongs to another institution ({detail}): you may only change those of "
        "your own.")),
    Refusal(MOVE_INSTITUTION, Label(
        "Un point ne peut pas passer à une autre institution ({detail}) : demandez-le à un "
        "administrateur.",
        "لا يمكن نقل نقطة إلى مؤسسة أخرى ({detail}): اطلب ذلك من المسؤول.",
        "A point cannot move to another institution ({detail}): ask an administrator.")),
    Refusal(PUBLISH, Label(
        "Seul le comité (relecteur) publie un point : soumettez-le pour relecture.",
        "اللجنة (المراجع) وحدها تنشر النقاط: قدمها للمراجعة.",
        "Only the committee (a reviewer) publishes a point: submit it for review.")),
    Refusal(DELETE, Label(
        "Seul un administrateur supprime : pour retirer un point, mettez son état à « fermé ».",
        "المسؤول وحده يحذف: لسحب نقطة، اجعل وضعيتها « مغلقة ».",
        "Only an administrator deletes: to withdraw a point, set its status to closed.")),
    Refusal(NO_ACCESS, Label(
        "Votre compte n'a pas le droit de faire cette modification ({detail}).",
        "ليس لحسابك الحق في هذا التعديل ({detail}).",
        "Your account may not make this change ({detail}).")),
    Refusal(CONFLICT, Label(
        "Ce point a été modifié entre-temps par {detail} : rechargez-le, puis refaites votre "
        "modification.",
        "تم تعديل هذه النقطة في الأثناء من طرف {detail}: أعد تحميلها ثم أعد تعديلك.",
        "This point was changed meanwhile by {detail}: reload it, then make your change again.")),
    Refusal(SEND_BACK, Label(
        "Pour renvoyer un point en brouillon, écrivez pourquoi dans ses notes : l'institution "
        "les lira.",
        "لإعادة نقطة إلى المسودة، اكتب السبب في ملاحظاتها: ستطلع عليها المؤسسة.",
        "To send a point back to draft, write why in its notes: the institution will read "
        "them.")),
)
REFUSALS_BY_KEY: dict[str, Refusal] = {r.key: r for r in REFUSALS}
#: How a refusal travels in the server's message: "amuddu-rights:<key>:<detail>".
REFUSAL_PREFIX = "amuddu-rights"

#: Two analysts editing one point: a QGIS form on a server database writes, into
#: ``updated_by``, the login followed by this mark and the ``updated_at`` it loaded (in
#: milliseconds since 1970); the server refuses the save when the point changed since
#: (:data:`CONFLICT`), then stamps ``updated_at``/``updated_by`` itself.
EDIT_BASE_MARK = "|amuddu-base="
