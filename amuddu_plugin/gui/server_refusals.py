"""A server's refusal, as the analyst should read it: when QGIS reports that edits to a
layer of a shared database could not be saved, its message holds the server's words
(``amuddu-rights:other_institution:OFPPT``, a format's ``[phone]``…); this adds, right
above it, the declared sentence in the interface language (which rule, which value)."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis
from qgis.PyQt.QtCore import QTimer

from ..core.store.postgis.database import rights_message
from ..core.store.triggers import refusal
from ..toolbelt.i18n import tr, ui_language

CTX = "ServerRefusals"


def sentences(text: str, language: str) -> list[str]:
    """The declared sentences of the refusals found in ``text`` (one per line of it)."""
    out: list[str] = []
    for line in text.splitlines():
        sentence = rights_message(line, language) or refusal(line, language)
        if sentence and sentence not in out:
            out.append(sentence)
    return out


class RefusalTranslator:
    """Watches the message bar while the plugin is loaded."""

    def __init__(self, iface: Any) -> None:
        self.bar = iface.messageBar()
        self.bar.widgetAdded.connect(self._added)
        self.shown: list[str] = []

    def _added(self, _widget: Any) -> None:
        item = self.bar.currentItem()  # (the signal gives the item as a plain QWidget)
        if item is None:
            return
        text = f"{item.title()} {item.text()}"
        found = sentences(text, ui_language())
        if found and not any(s in text for s in found):  # not one of ours
            self.shown = found
            # after QGIS's own item is in place, so that the sentence is the one on top
            QTimer.singleShot(0, lambda: self.bar.pushMessage(tr(CTX, "Not saved"), " ".join(found),
                                                              Qgis.Warning, 0))

    def close(self) -> None:
        try:
            self.bar.widgetAdded.disconnect(self._added)
        except (TypeError, RuntimeError):  # already gone with the main window
            pass
