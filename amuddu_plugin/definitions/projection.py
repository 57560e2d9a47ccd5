"""The projection Amuddu's maps are drawn in: the desktop project ("Open database…") and
the printed regional maps. Pure Python (no QGIS): the WKT2 text QGIS reads with
``QgsCoordinateReferenceSystem.fromWkt``.

Why a Lambert conformal conic: Morocco spans 21° to 36° N; Web Mercator (EPSG:3857)
enlarges its north by about 12 % more than its south, and plain latitude/longitude
(EPSG:4326) draws it stretched north-south by 1/cos(30°) ≈ 1.15. A conformal conic with
standard parallels at 24° and 34° N keeps shapes and keeps the scale within about 1 %
over the whole country, from Tanger to Lagouira, in metres (scale bar and measure tools
work). Merchich / Nord Maroc (EPSG:26191) covers only the north.
"""

from __future__ import annotations

#: Lambert conformal conic for the whole of Morocco (standard parallels 24° and 34° N):
#: distances on the scale bar hold within 1 % over any one region, unlike Web Mercator.
MOROCCO_LCC_WKT = (
    'PROJCRS["Maroc - Lambert conique conforme (Amuddu)",'
    'BASEGEOGCRS["WGS 84",DATUM["World Geodetic System 1984",'
    'ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]]],'
    'PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],'
    'CONVERSION["Lambert Conic Conformal (2SP)",'
    'METHOD["Lambert Conic Conformal (2SP)",ID["EPSG",9802]],'
    'PARAMETER["Latitude of false origin",29,ANGLEUNIT["degree",0.0174532925199433]],'
    'PARAMETER["Longitude of false origin",-9,ANGLEUNIT["degree",0.0174532925199433]],'
    'PARAMETER["Latitude of 1st standard parallel",34,ANGLEUNIT["degree",0.0174532925199433]],'
    'PARAMETER["Latitude of 2nd standard parallel",24,ANGLEUNIT["degree",0.0174532925199433]],'
    'PARAMETER["Easting at false origin",0,LENGTHUNIT["metre",1]],'
    'PARAMETER["Northing at false origin",0,LENGTHUNIT["metre",1]]],'
    'CS[Cartesian,2],AXIS["easting",east,ORDER[1],LENGTHUNIT["metre",1]],'
    'AXIS["northing",north,ORDER[2],LENGTHUNIT["metre",1]]]'
)

#: The name QGIS shows for it (the first words of the WKT).
MOROCCO_LCC_NAME = "Maroc - Lambert conique conforme (Amuddu)"
