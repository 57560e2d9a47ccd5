"""Amuddu: public services open to migrants in Morocco (CP3), as a QGIS plugin."""


def classFactory(iface):  # noqa: N802 - QGIS's name
    from .plugin import AmudduPlugin

    return AmudduPlugin(iface)
