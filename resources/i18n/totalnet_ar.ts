<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AddFollowUpDialog</name>
        <message>
            <source>Add follow-up</source>
            <translation>إضافة متابعة</translation>
        </message>
        <message>
            <source>Type a name or company...</source>
            <translation>اكتب اسمًا أو شركة...</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Matching contacts</source>
            <translation>جهات الاتصال المطابقة</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <source>e.g. Send Layla the brochure about office printing</source>
            <translation>مثال: أرسل إلى ليلى كتيّب الطباعة المكتبية</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Any channel</source>
            <translation>أي قناة</translation>
        </message>
        <message>
            <source>Suggested channel</source>
            <translation>القناة المقترحة</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>TotalNet backups (*.sqlite3);;All files (*)</source>
            <translation>نسخ TotalNet الاحتياطية (*.sqlite3);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Back up TotalNet to</source>
            <translation>نسخ TotalNet احتياطيًا إلى</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>Backup done</source>
            <translation>تم النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>Backed up {count} contacts to {file} ({size}).</source>
            <translation>نُسخت {count} جهة اتصال احتياطيًا إلى {file} ({size}).</translation>
        </message>
        <message>
            <source>Backed up to {file}</source>
            <translation>نُسخ احتياطيًا إلى {file}</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Replace your current data ({current} contacts) with the backup of {when} ({count} contacts)?

Your current data is backed up first.</source>
            <translation>هل تريد استبدال بياناتك الحالية ({current} جهة اتصال) بالنسخة الاحتياطية من {when} ({count} جهة اتصال)؟

تُنسخ بياناتك الحالية احتياطيًا أولًا.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>فشلت الاستعادة</translation>
        </message>
        <message>
            <source>{error} Your data was not changed.</source>
            <translation>{error} لم تتغير بياناتك.</translation>
        </message>
        <message>
            <source>Your data as it was before is kept in the backups folder as {name}.</source>
            <translation>بياناتك كما كانت من قبل محفوظة في مجلد النسخ الاحتياطية باسم {name}.</translation>
        </message>
        <message>
            <source>Restore done</source>
            <translation>تمت الاستعادة</translation>
        </message>
        <message>
            <source>Restored {count} contacts from the backup of {when}.</source>
            <translation>استُعيدت {count} جهة اتصال من النسخة الاحتياطية من {when}.</translation>
        </message>
        <message>
            <source>{size} GB</source>
            <translation>{size} غيغابايت</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} ميغابايت</translation>
        </message>
        <message>
            <source>{size} kB</source>
            <translation>{size} كيلوبايت</translation>
        </message>
    </context>
    <context>
        <name>BackupRewriteDialog</name>
        <message>
            <source>Backups that still hold them</source>
            <translation>نسخ احتياطية ما زالت تحتوي عليه</translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) made before still hold this person. Rewrite the checked ones without them (each stays a good backup of everything else):</source>
            <translation>
                <numerusform>لا توجد نسخ احتياطية سابقة تحتوي على هذا الشخص. أعد كتابة المحددة منها بدونه (تبقى كل نسخة صالحة لكل ما عداه):</numerusform>
                <numerusform>نسخة احتياطية واحدة سابقة ما زالت تحتوي على هذا الشخص. أعد كتابة المحددة منها بدونه (تبقى كل نسخة صالحة لكل ما عداه):</numerusform>
                <numerusform>نسختان احتياطيتان سابقتان ما زالتا تحتويان على هذا الشخص. أعد كتابة المحددة منها بدونه (تبقى كل نسخة صالحة لكل ما عداه):</numerusform>
                <numerusform>%Ln نسخ احتياطية سابقة ما زالت تحتوي على هذا الشخص. أعد كتابة المحددة منها بدونه (تبقى كل نسخة صالحة لكل ما عداه):</numerusform>
                <numerusform>%Ln نسخة احتياطية سابقة ما زالت تحتوي على هذا الشخص. أعد كتابة المحددة منها بدونه (تبقى كل نسخة صالحة لكل ما عداه):</numerusform>
                <numerusform>%Ln نسخة احتياطية سابقة ما زالت تحتوي على هذا الشخص. أعد كتابة المحددة منها بدونه (تبقى كل نسخة صالحة لكل ما عداه):</numerusform>
            </translation>
        </message>
        <message>
            <source>Rewrite checked backups</source>
            <translation>أعد كتابة النسخ المحددة</translation>
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation>اتركها كما هي</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <source>Add tag</source>
            <translation>إضافة وسم</translation>
        </message>
        <message numerus="yes">
            <source>Tag for %Ln contact(s):</source>
            <translation>
                <numerusform>وسم لـ أي جهة اتصال:</numerusform>
                <numerusform>وسم لـ جهة اتصال واحدة:</numerusform>
                <numerusform>وسم لـ جهتَي اتصال:</numerusform>
                <numerusform>وسم لـ %Ln جهات اتصال:</numerusform>
                <numerusform>وسم لـ %Ln جهة اتصال:</numerusform>
                <numerusform>وسم لـ %Ln جهة اتصال:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tagged %Ln contact(s) "{tag}".</source>
            <translation>
                <numerusform>أُضيف الوسم "{tag}" إلى أي جهة اتصال.</numerusform>
                <numerusform>أُضيف الوسم "{tag}" إلى جهة اتصال واحدة.</numerusform>
                <numerusform>أُضيف الوسم "{tag}" إلى جهتَي اتصال.</numerusform>
                <numerusform>أُضيف الوسم "{tag}" إلى %Ln جهات اتصال.</numerusform>
                <numerusform>أُضيف الوسم "{tag}" إلى %Ln جهة اتصال.</numerusform>
                <numerusform>أُضيف الوسم "{tag}" إلى %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove tag</source>
            <translation>إزالة وسم</translation>
        </message>
        <message numerus="yes">
            <source>Remove from %Ln contact(s):</source>
            <translation>
                <numerusform>إزالة من أي جهة اتصال:</numerusform>
                <numerusform>إزالة من جهة اتصال واحدة:</numerusform>
                <numerusform>إزالة من جهتَي اتصال:</numerusform>
                <numerusform>إزالة من %Ln جهات اتصال:</numerusform>
                <numerusform>إزالة من %Ln جهة اتصال:</numerusform>
                <numerusform>إزالة من %Ln جهة اتصال:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed "{tag}" from %Ln contact(s).</source>
            <translation>
                <numerusform>أُزيل الوسم "{tag}" من أي جهة اتصال.</numerusform>
                <numerusform>أُزيل الوسم "{tag}" من جهة اتصال واحدة.</numerusform>
                <numerusform>أُزيل الوسم "{tag}" من جهتَي اتصال.</numerusform>
                <numerusform>أُزيل الوسم "{tag}" من %Ln جهات اتصال.</numerusform>
                <numerusform>أُزيل الوسم "{tag}" من %Ln جهة اتصال.</numerusform>
                <numerusform>أُزيل الوسم "{tag}" من %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln contact(s) to {stage}.</source>
            <translation>
                <numerusform>نُقلت لا جهات اتصال إلى مرحلة {stage}.</numerusform>
                <numerusform>نُقلت جهة اتصال واحدة إلى مرحلة {stage}.</numerusform>
                <numerusform>نُقلت جهتا اتصال إلى مرحلة {stage}.</numerusform>
                <numerusform>نُقلت %Ln جهات اتصال إلى مرحلة {stage}.</numerusform>
                <numerusform>نُقلت %Ln جهة اتصال إلى مرحلة {stage}.</numerusform>
                <numerusform>نُقلت %Ln جهة اتصال إلى مرحلة {stage}.</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Set cadence</source>
            <translation>تحديد وتيرة التواصل</translation>
        </message>
        <message>
            <source>Keep in touch every N days (0: stage default: {defaults}):</source>
            <translation>التواصل كل N يومًا (0: الافتراضي للمرحلة: {defaults}):</translation>
        </message>
        <message numerus="yes">
            <source>Set the cadence of %Ln contact(s).</source>
            <translation>
                <numerusform>حُدّدت وتيرة التواصل لـ أي جهة اتصال.</numerusform>
                <numerusform>حُدّدت وتيرة التواصل لـ جهة اتصال واحدة.</numerusform>
                <numerusform>حُدّدت وتيرة التواصل لـ جهتَي اتصال.</numerusform>
                <numerusform>حُدّدت وتيرة التواصل لـ %Ln جهات اتصال.</numerusform>
                <numerusform>حُدّدت وتيرة التواصل لـ %Ln جهة اتصال.</numerusform>
                <numerusform>حُدّدت وتيرة التواصل لـ %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln contact(s) to the trash.</source>
            <translation>
                <numerusform>نُقلت لا جهات اتصال إلى سلة المهملات.</numerusform>
                <numerusform>نُقلت جهة اتصال واحدة إلى سلة المهملات.</numerusform>
                <numerusform>نُقلت جهتا اتصال إلى سلة المهملات.</numerusform>
                <numerusform>نُقلت %Ln جهات اتصال إلى سلة المهملات.</numerusform>
                <numerusform>نُقلت %Ln جهة اتصال إلى سلة المهملات.</numerusform>
                <numerusform>نُقلت %Ln جهة اتصال إلى سلة المهملات.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add tag...</source>
            <translation>إضافة وسم...</translation>
        </message>
        <message>
            <source>Remove tag...</source>
            <translation>إزالة وسم...</translation>
        </message>
        <message>
            <source>Set stage</source>
            <translation>تحديد المرحلة</translation>
        </message>
        <message>
            <source>Set keep-in-touch cadence...</source>
            <translation>تحديد وتيرة التواصل...</translation>
        </message>
        <message>
            <source>Merge...</source>
            <translation>دمج...</translation>
        </message>
        <message>
            <source>Export selection...</source>
            <translation>تصدير المحدد...</translation>
        </message>
        <message>
            <source>Delete (move to trash)</source>
            <translation>حذف (نقل إلى سلة المهملات)</translation>
        </message>
        <message>
            <source>Export everything about this person...</source>
            <translation>تصدير كل ما يخص هذا الشخص...</translation>
        </message>
        <message>
            <source>Forget this person...</source>
            <translation>نسيان هذا الشخص...</translation>
        </message>
    </context>
    <context>
        <name>CEUDialog</name>
        <message>
            <source>podcast, training, book...</source>
            <translation>بودكاست، تدريب، كتاب...</translation>
        </message>
        <message>
            <source>&amp;Member</source>
            <translation>ال&amp;عضو</translation>
        </message>
        <message>
            <source>&amp;Credits</source>
            <translation>ال&amp;ساعات المعتمدة</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;ملاحظة</translation>
        </message>
        <message>
            <source>member</source>
            <translation>العضو</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>backed up {count} contacts to {file} ({size})</source>
            <translation>نُسخت {count} جهة اتصال احتياطيًا إلى {file} ({size})</translation>
        </message>
        <message>
            <source>restored {count} contacts from {file}; the damaged database was kept as {aside}</source>
            <translation>استُعيدت {count} جهة اتصال من {file}؛ وحُفظت قاعدة البيانات التالفة باسم {aside}</translation>
        </message>
        <message>
            <source>; the previous database was saved as {file}</source>
            <translation>؛ وحُفظت قاعدة البيانات السابقة باسم {file}</translation>
        </message>
        <message>
            <source>restored {count} contacts from {file}</source>
            <translation>استُعيدت {count} جهة اتصال من {file}</translation>
        </message>
        <message>
            <source>exported {count} contacts to {file}</source>
            <translation>صُدِّرت {count} جهة اتصال إلى {file}</translation>
        </message>
        <message>
            <source>{what} can only be exported as CSV.</source>
            <translation>لا يمكن تصدير {what} إلا بصيغة CSV.</translation>
        </message>
        <message>
            <source>exported {count} rows to {file}</source>
            <translation>صُدِّر {count} صفًا إلى {file}</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>لا شيء متأخر.</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>لا شيء مستحق اليوم.</translation>
        </message>
        <message>
            <source>Nothing due this week.</source>
            <translation>لا شيء مستحق هذا الأسبوع.</translation>
        </message>
        <message>
            <source>The follow-up queue is empty.</source>
            <translation>قائمة المتابعات فارغة.</translation>
        </message>
        <message>
            <source>{shown} shown · {overdue} overdue, {today} today, {week} this week, {later} later</source>
            <translation>المعروض {shown} · {overdue} متأخرة، {today} اليوم، {week} هذا الأسبوع، {later} لاحقًا</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>In person</source>
            <translation>وجهًا لوجه</translation>
        </message>
        <message>
            <source>One-to-one</source>
            <translation>لقاء فردي</translation>
        </message>
        <message>
            <source>Online meeting</source>
            <translation>اجتماع عبر الإنترنت</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>WhatsApp / messaging</source>
            <translation>واتساب / المراسلة</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>ChapterSetupForm</name>
        <message>
            <source>Member line {number} has no name: "{line}".</source>
            <translation>سطر العضو {number} بلا اسم: "{line}".</translation>
        </message>
        <message>
            <source>Chapter &amp;name</source>
            <translation>&amp;اسم الفرع</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>ال&amp;مدينة</translation>
        </message>
        <message>
            <source>Meeting &amp;day</source>
            <translation>&amp;يوم الاجتماع</translation>
        </message>
        <message>
            <source>&amp;Start time</source>
            <translation>وقت ال&amp;بدء</translation>
        </message>
        <message>
            <source>&amp;Grace before Late</source>
            <translation>م&amp;هلة قبل التأخر</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>م&amp;كان الاجتماع</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>ال&amp;عملة</translation>
        </message>
        <message>
            <source>Annual &amp;fee</source>
            <translation>الرسوم ال&amp;سنوية</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>الأ&amp;عضاء</translation>
        </message>
        <message>
            <source>e.g. Dubai Achievers</source>
            <translation>مثال: Dubai Achievers</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>دقائق</translation>
        </message>
        <message>
            <source>e.g. 1,500</source>
            <translation>مثال: 1,500</translation>
        </message>
        <message>
            <source>One member a line: Name, Classification, Company</source>
            <translation>عضو في كل سطر: الاسم، التصنيف، الشركة</translation>
        </message>
        <message>
            <source>Create chapter</source>
            <translation>إنشاء الفرع</translation>
        </message>
        <message>
            <source>Set up your chapter</source>
            <translation>إعداد فرعك</translation>
        </message>
        <message>
            <source>Meeting day</source>
            <translation>يوم الاجتماع</translation>
        </message>
        <message>
            <source>Tell TotalNet about your chapter to check members in, welcome visitors and record slips. You can add more members later.</source>
            <translation>عرّف TotalNet بفرعك لتسجيل حضور الأعضاء واستقبال الزوار وتسجيل القسائم. يمكنك إضافة أعضاء آخرين لاحقًا.</translation>
        </message>
        <message>
            <source>Or pick your chapter</source>
            <translation>أو اختر فرعك</translation>
        </message>
        <message>
            <source>Your chapter</source>
            <translation>فرعك</translation>
        </message>
        <message>
            <source>This is my chapter</source>
            <translation>هذا فرعي</translation>
        </message>
    </context>
    <context>
        <name>ContactDetail</name>
        <message>
            <source>Profile</source>
            <translation>الملف الشخصي</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Chat on WhatsApp</source>
            <translation>محادثة على واتساب</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <source>Edit...</source>
            <translation>تعديل...</translation>
        </message>
        <message>
            <source>Log touch (Ctrl+L)</source>
            <translation>تسجيل تواصل (Ctrl+L)</translation>
        </message>
        <message>
            <source>This is me</source>
            <translation>هذا أنا</translation>
        </message>
        <message>
            <source>Use this contact for "Show my card"</source>
            <translation>استخدم جهة الاتصال هذه لـ "عرض بطاقتي"</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>السجل الزمني</translation>
        </message>
        <message>
            <source>Select a contact to see their details and history.</source>
            <translation>اختر جهة اتصال لعرض تفاصيلها وسجلها.</translation>
        </message>
        <message>
            <source>(me)</source>
            <translation>(أنا)</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(في سلة المهملات)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>المهنة</translation>
        </message>
        <message numerus="yes">
            <source>keep in touch every %Ln day(s)</source>
            <translation>
                <numerusform>التواصل كل يوم</numerusform>
                <numerusform>التواصل كل يوم</numerusform>
                <numerusform>التواصل كل يومين</numerusform>
                <numerusform>التواصل كل %Ln أيام</numerusform>
                <numerusform>التواصل كل %Ln يومًا</numerusform>
                <numerusform>التواصل كل %Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>introduced by {name}</source>
            <translation>بتعريف من {name}</translation>
        </message>
        <message>
            <source>How we met</source>
            <translation>كيف تعارفنا</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Nothing logged yet. Ctrl+L logs a touch (a call, a coffee, a comment).</source>
            <translation>لم يُسجَّل شيء بعد. Ctrl+L يسجل تواصلًا (مكالمة، قهوة، تعليق).</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Profession / classification</source>
            <translation>المهنة / التصنيف</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>تعديل جهة الاتصال</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>جهة اتصال جديدة</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>days</source>
            <translation>يومًا</translation>
        </message>
        <message>
            <source>Keep in touch every</source>
            <translation>التواصل كل</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>comma separated, e.g. printing, golf</source>
            <translation>مفصولة بفواصل، مثل: طباعة، غولف</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Met on</source>
            <translation>تعارفنا في</translation>
        </message>
        <message>
            <source>where: a chapter meeting, an expo, LinkedIn...</source>
            <translation>أين: اجتماع الفرع، معرض، LinkedIn...</translation>
        </message>
        <message>
            <source>(channel)</source>
            <translation>(القناة)</translation>
        </message>
        <message>
            <source>introduced by (type a name)</source>
            <translation>بتعريف من (اكتب اسمًا)</translation>
        </message>
        <message>
            <source>Notes: what they do, who they want to meet, family, interests...</source>
            <translation>ملاحظات: ماذا يعمل، من يريد أن يقابل، العائلة، الاهتمامات...</translation>
        </message>
        <message>
            <source>This is me (used for "Show my card")</source>
            <translation>هذا أنا (يُستخدم لـ "عرض بطاقتي")</translation>
        </message>
        <message>
            <source>How we met</source>
            <translation>كيف تعارفنا</translation>
        </message>
        <message>
            <source>Met on date</source>
            <translation>تاريخ التعارف</translation>
        </message>
        <message>
            <source>Where we met</source>
            <translation>أين تعارفنا</translation>
        </message>
        <message>
            <source>Channel we met on</source>
            <translation>قناة التعارف</translation>
        </message>
        <message>
            <source>Introduced by</source>
            <translation>بتعريف من</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message numerus="yes">
            <source>{stage} default (%Ln day(s))</source>
            <translation>
                <numerusform>الافتراضي لـ {stage} (بلا أيام)</numerusform>
                <numerusform>الافتراضي لـ {stage} (يوم واحد)</numerusform>
                <numerusform>الافتراضي لـ {stage} (يومان)</numerusform>
                <numerusform>الافتراضي لـ {stage} (%Ln أيام)</numerusform>
                <numerusform>الافتراضي لـ {stage} (%Ln يومًا)</numerusform>
                <numerusform>الافتراضي لـ {stage} (%Ln يوم)</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>احتفظ بنسختي</translation>
        </message>
        <message>
            <source>This may be someone you already have.</source>
            <translation>قد يكون هذا شخصًا موجودًا لديك.</translation>
        </message>
        <message>
            <source>Save anyway, open the existing contact, or save and merge the two.</source>
            <translation>احفظ على أي حال، أو افتح جهة الاتصال الموجودة، أو احفظ وادمج الاثنتين.</translation>
        </message>
        <message>
            <source>{who}: {reason}</source>
            <translation>{who}: {reason}</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>فتحها</translation>
        </message>
        <message>
            <source>Save and merge...</source>
            <translation>حفظ ودمج...</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>فتح {name}</translation>
        </message>
        <message>
            <source>Save and merge with {name}</source>
            <translation>حفظ ودمج مع {name}</translation>
        </message>
        <message>
            <source>&amp;Save anyway</source>
            <translation>&amp;حفظ على أي حال</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>تجاهل التغييرات</translation>
        </message>
        <message>
            <source>Discard the changes to this contact?</source>
            <translation>تجاهل التغييرات على جهة الاتصال هذه؟</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Type a name...</source>
            <translation>اكتب اسمًا...</translation>
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>القنوات</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>آخر تواصل</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>المتابعة التالية</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>وجهًا لوجه</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>{column} (not sortable)</source>
            <translation>{column} (لا يمكن الترتيب حسبه)</translation>
        </message>
        <message>
            <source>No channel yet</source>
            <translation>لا قناة بعد</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <source>(me)</source>
            <translation>(أنا)</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(محذوف)</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>All contacts</source>
            <translation>كل جهات الاتصال</translation>
        </message>
        <message>
            <source>Met in person, not connected online</source>
            <translation>التقيتهم وجهًا لوجه، دون اتصال عبر الإنترنت</translation>
        </message>
        <message>
            <source>Connected online, never met</source>
            <translation>متصلون عبر الإنترنت، لم تلتقهم قط</translation>
        </message>
        <message>
            <source>Warm, gone quiet</source>
            <translation>دافئ، انقطع التواصل</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>سلة المحذوفات</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>البحث في جهات الاتصال</translation>
        </message>
        <message>
            <source>Search names, company, phone, e-mail, tags, notes</source>
            <translation>ابحث في الأسماء والشركات والهواتف والبريد والوسوم والملاحظات</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>أي وسم</translation>
        </message>
        <message>
            <source>Any stage</source>
            <translation>أي مرحلة</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>أي مصدر</translation>
        </message>
        <message>
            <source>Any chapter</source>
            <translation>أي فرع</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>الفرع</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>جهة اتصال جديدة</translation>
        </message>
        <message>
            <source>Log touch</source>
            <translation>تسجيل تواصل</translation>
        </message>
        <message>
            <source>log a call, coffee, message or comment with the selected contact</source>
            <translation>سجّل مكالمة أو قهوة أو رسالة أو تعليقًا مع جهة الاتصال المحددة</translation>
        </message>
        <message>
            <source>Merge...</source>
            <translation>دمج...</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>التحديد</translation>
        </message>
        <message>
            <source>Show my card</source>
            <translation>عرض بطاقتي</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>Empty trash...</source>
            <translation>إفراغ السلة...</translation>
        </message>
        <message>
            <source>Member of any chapter</source>
            <translation>عضو في أي فرع</translation>
        </message>
        <message>
            <source>Member of {chapter}</source>
            <translation>عضو في {chapter}</translation>
        </message>
        <message>
            <source>Counting...</source>
            <translation>جارٍ العد...</translation>
        </message>
        <message numerus="yes">
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>السلة فارغة</numerusform>
                <numerusform>جهة اتصال واحدة في السلة</numerusform>
                <numerusform>جهتا اتصال في السلة</numerusform>
                <numerusform>%Ln جهات اتصال في السلة</numerusform>
                <numerusform>%Ln جهة اتصال في السلة</numerusform>
                <numerusform>%Ln جهة اتصال في السلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>لا جهات اتصال</numerusform>
                <numerusform>جهة اتصال واحدة</numerusform>
                <numerusform>جهتا اتصال</numerusform>
                <numerusform>%Ln جهات اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message>
            <source>No contact matches "{text}"</source>
            <translation>لا توجد جهة اتصال تطابق «{text}»</translation>
        </message>
        <message>
            <source>Undone: {what}.</source>
            <translation>تم التراجع: {what}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) selected. Use Selection for bulk actions.</source>
            <translation>
                <numerusform>لم تُحدَّد أي جهة اتصال.</numerusform>
                <numerusform>حُدِّدت جهة اتصال واحدة. استخدم «التحديد» للإجراءات الجماعية.</numerusform>
                <numerusform>حُدِّدت جهتا اتصال. استخدم «التحديد» للإجراءات الجماعية.</numerusform>
                <numerusform>حُدِّدت %Ln جهات اتصال. استخدم «التحديد» للإجراءات الجماعية.</numerusform>
                <numerusform>حُدِّدت %Ln جهة اتصال. استخدم «التحديد» للإجراءات الجماعية.</numerusform>
                <numerusform>حُدِّدت %Ln جهة اتصال. استخدم «التحديد» للإجراءات الجماعية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a contact to see their details and history.</source>
            <translation>اختر جهة اتصال لرؤية تفاصيلها وسجلها.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>تم الحفظ.</translation>
        </message>
        <message>
            <source>Select a contact first, then Ctrl+L logs a touch.</source>
            <translation>اختر جهة اتصال أولًا، ثم يسجّل Ctrl+L التواصل.</translation>
        </message>
        <message>
            <source>Touch logged.</source>
            <translation>سُجِّل التواصل.</translation>
        </message>
        <message>
            <source>Ctrl+Z undoes</source>
            <translation>Ctrl+Z للتراجع</translation>
        </message>
        <message>
            <source>Select two or more contacts to merge.</source>
            <translation>اختر جهتي اتصال أو أكثر للدمج.</translation>
        </message>
        <message numerus="yes">
            <source>Merged %Ln contacts.</source>
            <translation>
                <numerusform>لم يُدمج شيء.</numerusform>
                <numerusform>دُمجت جهة اتصال واحدة.</numerusform>
                <numerusform>دُمجت جهتا اتصال.</numerusform>
                <numerusform>دُمجت %Ln جهات اتصال.</numerusform>
                <numerusform>دُمجت %Ln جهة اتصال.</numerusform>
                <numerusform>دُمجت %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %Ln contact(s).</source>
            <translation>
                <numerusform>لم تُستعد أي جهة اتصال.</numerusform>
                <numerusform>استُعيدت جهة اتصال واحدة.</numerusform>
                <numerusform>استُعيدت جهتا اتصال.</numerusform>
                <numerusform>استُعيدت %Ln جهات اتصال.</numerusform>
                <numerusform>استُعيدت %Ln جهة اتصال.</numerusform>
                <numerusform>استُعيدت %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>إفراغ السلة</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contact(s) for good, with their whole history? This cannot be undone.</source>
            <translation>
                <numerusform>لا شيء لحذفه.</numerusform>
                <numerusform>هل تريد حذف جهة اتصال واحدة نهائيًا مع كامل سجلها؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>هل تريد حذف جهتي اتصال نهائيًا مع كامل سجلهما؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>هل تريد حذف %Ln جهات اتصال نهائيًا مع كامل سجلها؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>هل تريد حذف %Ln جهة اتصال نهائيًا مع كامل سجلها؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>هل تريد حذف %Ln جهة اتصال نهائيًا مع كامل سجلها؟ لا يمكن التراجع عن ذلك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s) for good.</source>
            <translation>
                <numerusform>لم يُحذف شيء.</numerusform>
                <numerusform>حُذفت جهة اتصال واحدة نهائيًا.</numerusform>
                <numerusform>حُذفت جهتا اتصال نهائيًا.</numerusform>
                <numerusform>حُذفت %Ln جهات اتصال نهائيًا.</numerusform>
                <numerusform>حُذفت %Ln جهة اتصال نهائيًا.</numerusform>
                <numerusform>حُذفت %Ln جهة اتصال نهائيًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>This contact is you now: "Show my card" uses it.</source>
            <translation>جهة الاتصال هذه أنت الآن: يستخدمها «عرض بطاقتي».</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>TotalNet - unexpected error</source>
            <translation>TotalNet - خطأ غير متوقع</translation>
        </message>
        <message>
            <source>Something went wrong. Your data is safe: every change was saved when you made it.
To report it, copy the details below (they hold no names, e-mails or numbers from your contacts) and paste them into your message.</source>
            <translation>حدث خطأ ما. بياناتك في أمان: حُفظ كل تغيير لحظة إجرائه.
للإبلاغ عنه، انسخ التفاصيل أدناه (لا تحتوي على أسماء أو عناوين بريد أو أرقام من جهات اتصالك) والصقها في رسالتك.</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>تفاصيل الخطأ</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>نسخ التفاصيل</translation>
        </message>
        <message>
            <source>Open the log folder</source>
            <translation>فتح مجلد السجلات</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>تم النسخ</translation>
        </message>
    </context>
    <context>
        <name>DatePickDialog</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
    </context>
    <context>
        <name>DesktopPreferences</name>
        <message>
            <source>This computer</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>كما في النظام ({language})</translation>
        </message>
        <message>
            <source>Western (1,234)</source>
            <translation>غربية (1,234)</translation>
        </message>
        <message>
            <source>Arabic-Indic (١٬٢٣٤)</source>
            <translation>هندية عربية (١٬٢٣٤)</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>كما في النظام</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>Remind me of the follow-ups due each day</source>
            <translation>ذكّرني بالمتابعات المستحقة كل يوم</translation>
        </message>
        <message>
            <source>Closing the window keeps TotalNet in the tray</source>
            <translation>إغلاق النافذة يُبقي TotalNet في شريط المهام</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Digits in Arabic</source>
            <translation>الأرقام بالعربية</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>الألوان</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>التذكيرات</translation>
        </message>
        <message>
            <source>Daily notification at</source>
            <translation>الإشعار اليومي الساعة</translation>
        </message>
        <message>
            <source>The new language applies the next time TotalNet starts.</source>
            <translation>تُطبَّق اللغة الجديدة عند تشغيل TotalNet في المرة القادمة.</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <source>Files to import</source>
            <translation>الملفات المراد استيرادها</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDoneDialog</name>
        <message>
            <source>Follow-up done</source>
            <translation>تمت المتابعة</translation>
        </message>
        <message>
            <source>How did you reach them?</source>
            <translation>كيف تواصلت معه؟</translation>
        </message>
        <message>
            <source>Optional: what you talked about</source>
            <translation>اختياري: عمّ تحدثتما</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Logged as a touch on the contact's timeline; it resets their keep-in-touch cadence.</source>
            <translation>يُسجَّل تواصلًا في سجل جهة الاتصال، ويعيد ضبط وتيرة التواصل معها.</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>تعليم كمنجزة</translation>
        </message>
    </context>
    <context>
        <name>FollowUps</name>
        <message>
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الاستحقاق</translation>
        </message>
        <message>
            <source>From</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>هذا الأسبوع</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>لاحقًا</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>غدًا</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>أمس</translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day(s) late)</source>
            <translation>
                <numerusform>{day}</numerusform>
                <numerusform>{day} (متأخرة يومًا واحدًا)</numerusform>
                <numerusform>{day} (متأخرة يومين)</numerusform>
                <numerusform>{day} (متأخرة %n أيام)</numerusform>
                <numerusform>{day} (متأخرة %n يومًا)</numerusform>
                <numerusform>{day} (متأخرة %n يوم)</numerusform>
            </translation>
        </message>
        <message>
            <source>(snoozed)</source>
            <translation>(مؤجلة)</translation>
        </message>
        <message>
            <source>Due {day}</source>
            <translation>تستحق {day}</translation>
        </message>
        <message>
            <source>From: {origin}</source>
            <translation>المصدر: {origin}</translation>
        </message>
        <message>
            <source>Link (L): {link}</source>
            <translation>الرابط (L): {link}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Filter follow-ups</source>
            <translation>تصفية المتابعات</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>تصفية (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show only items whose contact, company or reason contains this text</source>
            <translation>إظهار العناصر التي تحتوي جهة اتصالها أو شركتها أو سببها على هذا النص فقط</translation>
        </message>
        <message>
            <source>Add follow-up...</source>
            <translation>إضافة متابعة...</translation>
        </message>
        <message>
            <source>Export to calendar (.ics)...</source>
            <translation>تصدير إلى التقويم (.ics)...</translation>
        </message>
        <message>
            <source>For a phone's or Outlook's calendar</source>
            <translation>لتقويم الهاتف أو Outlook</translation>
        </message>
        <message>
            <source>Export CSV...</source>
            <translation>تصدير CSV...</translation>
        </message>
        <message>
            <source>The open items as a spreadsheet</source>
            <translation>العناصر المفتوحة كجدول بيانات</translation>
        </message>
        <message>
            <source>Chapter referral needs...</source>
            <translation>احتياجات الإحالة للفرع...</translation>
        </message>
        <message>
            <source>Online contacts in these professions are suggested for a coffee or a visit</source>
            <translation>يُقترح لقاء جهات الاتصال عبر الإنترنت في هذه المهن على قهوة أو دعوتهم لزيارة</translation>
        </message>
        <message>
            <source>Nothing to follow up right now</source>
            <translation>لا شيء للمتابعة الآن</translation>
        </message>
        <message>
            <source>Items appear here by themselves: a visitor to thank, a referral to call, a contact you have not spoken to for a while, an online contact to meet face to face.&lt;br&gt;Add your own with &lt;b&gt;Ctrl+Shift+F&lt;/b&gt;.</source>
            <translation>تظهر العناصر هنا من تلقاء نفسها: زائر لشكره، إحالة للاتصال بها، جهة اتصال لم تحدّثها منذ مدة، جهة اتصال عبر الإنترنت للقائها وجهًا لوجه.&lt;br&gt;أضف عناصرك الخاصة بـ &lt;b&gt;Ctrl+Shift+F&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>تأجيل</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>إعادة جدولة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>فتح جهة الاتصال</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>فتح الرابط</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undone: {what}.</source>
            <translation>تم التراجع: {what}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{overdue}&lt;/b&gt; overdue&lt;/span&gt; · &lt;b&gt;{today}&lt;/b&gt; today · &lt;b&gt;{week}&lt;/b&gt; this week · &lt;b&gt;{later}&lt;/b&gt; later</source>
            <translation>&lt;b&gt;{overdue}&lt;/b&gt; متأخرة&lt;/span&gt; · &lt;b&gt;{today}&lt;/b&gt; اليوم · &lt;b&gt;{week}&lt;/b&gt; هذا الأسبوع · &lt;b&gt;{later}&lt;/b&gt; لاحقًا</translation>
        </message>
        <message>
            <source>Done: {name}, logged as a touch.</source>
            <translation>تم: {name}، وسُجِّل كتواصل.</translation>
        </message>
        <message>
            <source>Snoozed until {day}.</source>
            <translation>أُجِّلت حتى {day}.</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>تاريخ الاستحقاق الجديد</translation>
        </message>
        <message>
            <source>Rescheduled to {day}.</source>
            <translation>أُعيدت جدولتها إلى {day}.</translation>
        </message>
        <message>
            <source>Dismissed: {what}</source>
            <translation>تم التجاهل: {what}</translation>
        </message>
        <message>
            <source>Could not open {link}</source>
            <translation>تعذّر فتح {link}</translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>تصدير المتابعات</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln follow-up(s) to {file}.</source>
            <translation>
                <numerusform>لم تُصدَّر أي متابعة إلى {file}.</numerusform>
                <numerusform>صُدِّرت متابعة واحدة إلى {file}.</numerusform>
                <numerusform>صُدِّرت متابعتان إلى {file}.</numerusform>
                <numerusform>صُدِّرت %Ln متابعات إلى {file}.</numerusform>
                <numerusform>صُدِّرت %Ln متابعة إلى {file}.</numerusform>
                <numerusform>صُدِّرت %Ln متابعة إلى {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export follow-ups to a calendar file</source>
            <translation>تصدير المتابعات إلى ملف تقويم</translation>
        </message>
        <message>
            <source>Export follow-ups as CSV</source>
            <translation>تصدير المتابعات بصيغة CSV</translation>
        </message>
        <message>
            <source>Chapter referral needs</source>
            <translation>احتياجات الإحالة للفرع</translation>
        </message>
        <message>
            <source>Professions your chapter is looking for, one per line.
Online-only contacts in these professions are suggested for a coffee or a visit.</source>
            <translation>المهن التي يبحث عنها فرعك، مهنة في كل سطر.
يُقترح لقاء جهات الاتصال عبر الإنترنت فقط في هذه المهن على قهوة أو دعوتهم لزيارة.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln referral need(s) saved.</source>
            <translation>
                <numerusform>لم يُحفظ أي احتياج إحالة.</numerusform>
                <numerusform>حُفظ احتياج إحالة واحد.</numerusform>
                <numerusform>حُفظ احتياجا إحالة.</numerusform>
                <numerusform>حُفظت %Ln احتياجات إحالة.</numerusform>
                <numerusform>حُفظ %Ln احتياجًا للإحالة.</numerusform>
                <numerusform>حُفظ %Ln احتياج إحالة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>المتابعات</translation>
        </message>
    </context>
    <context>
        <name>ForgetPerson</name>
        <message>
            <source>Select one contact first.</source>
            <translation>اختر جهة اتصال واحدة أولًا.</translation>
        </message>
        <message>
            <source>this contact</source>
            <translation>جهة الاتصال هذه</translation>
        </message>
        <message>
            <source>Forget this person</source>
            <translation>نسيان هذا الشخص</translation>
        </message>
        <message>
            <source>Forget {name} for good?</source>
            <translation>نسيان {name} نهائيًا؟</translation>
        </message>
        <message>
            <source>Their contact, phones, e-mails, tags, interactions, follow-ups, search entries, undo steps and log lines are removed permanently. Chapter records others rely on (referrals, attendance, thank-yous) keep their numbers, with the person shown as "removed person". This cannot be undone.</source>
            <translation>تُحذف نهائيًا جهة اتصاله وهواتفه وعناوين بريده ووسومه وتواصلاته ومتابعاته ومدخلات البحث وخطوات التراجع وأسطر السجل. سجلات الفرع التي يعتمد عليها الآخرون (الإحالات، الحضور، الشكر) تحتفظ بأرقامها، ويظهر الشخص فيها باسم "شخص محذوف". لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>نسيان</translation>
        </message>
        <message>
            <source>Export everything about this person to a new folder</source>
            <translation>تصدير كل ما يخص هذا الشخص إلى مجلد جديد</translation>
        </message>
        <message>
            <source>{name} - TotalNet data</source>
            <translation>{name} - بيانات TotalNet</translation>
        </message>
        <message>
            <source>Export everything about this person</source>
            <translation>تصدير كل ما يخص هذا الشخص</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطٍّ</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>المشكلات</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>الهواتف</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>الملفات الشخصية</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Checking...</source>
            <translation>جارٍ التحقق...</translation>
        </message>
        <message>
            <source>possible duplicate: {reason}</source>
            <translation>تكرار محتمل: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LogTouchDialog</name>
        <message>
            <source>contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Log a touch with {name}</source>
            <translation>تسجيل تواصل مع {name}</translation>
        </message>
        <message>
            <source>What happened? (optional; Enter saves)</source>
            <translation>ماذا حدث؟ (اختياري؛ Enter للحفظ)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>تسجيل</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Screens</source>
            <translation>الشاشات</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Import...</source>
            <translation>&amp;استيراد...</translation>
        </message>
        <message>
            <source>Import &amp;history...</source>
            <translation>استيراد ال&amp;سجل...</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>ت&amp;صدير...</translation>
        </message>
        <message>
            <source>&amp;Back up now...</source>
            <translation>&amp;نسخ احتياطي الآن...</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>است&amp;عادة من نسخة احتياطية...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>جهة اتصال &amp;جديدة</translation>
        </message>
        <message>
            <source>Add &amp;follow-up...</source>
            <translation>إضافة &amp;متابعة...</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>التف&amp;ضيلات...</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;About TotalNet</source>
            <translation>&amp;حول TotalNet</translation>
        </message>
        <message>
            <source>Loaded the sample chapter {chapter}: {contacts} contacts ({members} members), {meetings} meetings, {followups} follow-ups.</source>
            <translation>حُمّل الفرع التجريبي {chapter}: {contacts} جهة اتصال ({members} عضوًا)، {meetings} اجتماعًا، {followups} متابعة.</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>لا شيء للتراجع عنه.</translation>
        </message>
        <message>
            <source>About TotalNet</source>
            <translation>حول TotalNet</translation>
        </message>
        <message>
            <source>Total networking, offline: your chapter and your online network in one place.</source>
            <translation>التواصل الشامل دون اتصال: فرعك وشبكتك على الإنترنت في مكان واحد.</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>مجلد البيانات: {folder}</translation>
        </message>
        <message>
            <source>Reminders are on: one notification a day at {time}. Preferences changes this.</source>
            <translation>التذكيرات مفعّلة: إشعار واحد يوميًا الساعة {time}. يمكنك تغيير ذلك من التفضيلات.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>لا جهات اتصال</numerusform>
                <numerusform>جهة اتصال واحدة</numerusform>
                <numerusform>جهتا اتصال</numerusform>
                <numerusform>%Ln جهات اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message>
            <source>data folder {folder}</source>
            <translation>مجلد البيانات {folder}</translation>
        </message>
    </context>
    <context>
        <name>MeetingDateDialog</name>
        <message>
            <source>Open the meeting of another date</source>
            <translation>فتح اجتماع بتاريخ آخر</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>تاريخ الاجتماع</translation>
        </message>
        <message>
            <source>Pick the meeting's date (a past date to catch up; a future date asks first).</source>
            <translation>اختر تاريخ الاجتماع (تاريخ سابق للاستدراك؛ التاريخ المستقبلي يسأل أولًا).</translation>
        </message>
    </context>
    <context>
        <name>MeetingHistory</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>الزوار</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation>شكر (TYFCB)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>الاجتماعات</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>نسبة الحضور</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>إحالات مُقدَّمة</translation>
        </message>
        <message>
            <source>Referrals received</source>
            <translation>إحالات مُستلَمة</translation>
        </message>
        <message>
            <source>One-to-ones</source>
            <translation>اللقاءات الفردية</translation>
        </message>
        <message>
            <source>open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>مغلق</translation>
        </message>
    </context>
    <context>
        <name>MeetingHistoryDialog</name>
        <message>
            <source>History of {chapter}</source>
            <translation>سجل {chapter}</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>الاجتماعات</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>ال&amp;اجتماعات</translation>
        </message>
        <message>
            <source>M&amp;embers</source>
            <translation>الأ&amp;عضاء</translation>
        </message>
    </context>
    <context>
        <name>MeetingReportDialog</name>
        <message>
            <source>Chapter report</source>
            <translation>تقرير الفرع</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>معاينة التقرير</translation>
        </message>
        <message>
            <source>&amp;Save PDF...</source>
            <translation>&amp;حفظ PDF...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;طباعة...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;من</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>إ&amp;لى</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>حفظ التقرير بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <source>Other &amp;date...</source>
            <translation>تاريخ &amp;آخر...</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>ال&amp;سجل</translation>
        </message>
        <message>
            <source>Re&amp;port</source>
            <translation>الت&amp;قرير</translation>
        </message>
        <message>
            <source>R&amp;oster...</source>
            <translation>قائمة الأ&amp;عضاء...</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>جدول الأ&amp;عمال</translation>
        </message>
        <message>
            <source>&amp;Close meeting</source>
            <translation>إ&amp;غلاق الاجتماع</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <source>Type part of a member's name, company or classification and press Enter to mark them present; a name that matches nobody adds a visitor.</source>
            <translation>اكتب جزءًا من اسم العضو أو شركته أو تصنيفه واضغط Enter لتسجيله حاضرًا؛ الاسم الذي لا يطابق أحدًا يضيف زائرًا.</translation>
        </message>
        <message>
            <source>Type a name, company or classification and press Enter to check in</source>
            <translation>اكتب اسمًا أو شركة أو تصنيفًا واضغط Enter لتسجيل الحضور</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>قائمة الأعضاء</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>إحالة</translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation>شكر (TYFCB)</translation>
        </message>
        <message>
            <source>One-to-one</source>
            <translation>لقاء فردي</translation>
        </message>
        <message>
            <source>Enter: check in · Tab, then P A L M S: status, T: testimonial · Ctrl+Z: undo</source>
            <translation>Enter: تسجيل الحضور · Tab ثم P A L M S: الحالة، T: شهادة · Ctrl+Z: تراجع</translation>
        </message>
        <message>
            <source>{reason} Showing the meeting of {date}; Other date (Alt+D) opens another day.</source>
            <translation>{reason} يُعرض اجتماع {date}؛ «تاريخ آخر» (Alt+D) يفتح يومًا آخر.</translation>
        </message>
        <message>
            <source>Meeting day</source>
            <translation>يوم الاجتماع</translation>
        </message>
        <message>
            <source>{reason} Open a meeting for today anyway?</source>
            <translation>{reason} هل تفتح اجتماعًا لليوم على أي حال؟</translation>
        </message>
        <message>
            <source>Showing the next meeting, {date}.</source>
            <translation>يُعرض الاجتماع القادم، {date}.</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>catching up</source>
            <translation>استدراك</translation>
        </message>
        <message>
            <source>ahead</source>
            <translation>قادم</translation>
        </message>
        <message>
            <source>{state}, {when}</source>
            <translation>{state}، {when}</translation>
        </message>
        <message>
            <source>starts {time} · Late after {minutes} min grace</source>
            <translation>يبدأ {time} · متأخر بعد مهلة {minutes} دقيقة</translation>
        </message>
        <message>
            <source>Members &lt;b&gt;{expected}&lt;/b&gt; · Present &lt;b&gt;{present}&lt;/b&gt; · Late &lt;b&gt;{late}&lt;/b&gt; · Substitutes &lt;b&gt;{substitutes}&lt;/b&gt; · Visitors &lt;b&gt;{visitors}&lt;/b&gt; · Referrals &lt;b&gt;{referrals}&lt;/b&gt; · Thank-you &lt;b&gt;{thank_you}&lt;/b&gt;</source>
            <translation>الأعضاء &lt;b&gt;{expected}&lt;/b&gt; · الحاضرون &lt;b&gt;{present}&lt;/b&gt; · المتأخرون &lt;b&gt;{late}&lt;/b&gt; · البدلاء &lt;b&gt;{substitutes}&lt;/b&gt; · الزوار &lt;b&gt;{visitors}&lt;/b&gt; · الإحالات &lt;b&gt;{referrals}&lt;/b&gt; · الشكر (TYFCB) &lt;b&gt;{thank_you}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>لا شيء للتراجع عنه.</translation>
        </message>
        <message>
            <source>{name} is a visitor; PALMS statuses are for members.</source>
            <translation>{name} زائر؛ حالات PALMS للأعضاء فقط.</translation>
        </message>
        <message>
            <source>Visitor {name} updated.</source>
            <translation>حُدِّث الزائر {name}.</translation>
        </message>
        <message>
            <source>This meeting is already closed.</source>
            <translation>هذا الاجتماع مغلق بالفعل.</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>إغلاق الاجتماع</translation>
        </message>
        <message numerus="yes">
            <source>Meeting closed; %Ln marked Absent.</source>
            <translation>
                <numerusform>أُغلق الاجتماع؛ لم يُسجَّل أحد غائبًا.</numerusform>
                <numerusform>أُغلق الاجتماع؛ سُجِّل عضو واحد غائبًا.</numerusform>
                <numerusform>أُغلق الاجتماع؛ سُجِّل عضوان غائبين.</numerusform>
                <numerusform>أُغلق الاجتماع؛ سُجِّل %Ln أعضاء غائبين.</numerusform>
                <numerusform>أُغلق الاجتماع؛ سُجِّل %Ln عضوًا غائبًا.</numerusform>
                <numerusform>أُغلق الاجتماع؛ سُجِّل %Ln عضو غائبًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln visitor follow-up(s) queued.</source>
            <translation>
                <numerusform>لم تُضف متابعات للزوار.</numerusform>
                <numerusform>أُضيفت متابعة واحدة لزائر.</numerusform>
                <numerusform>أُضيفت متابعتان للزوار.</numerusform>
                <numerusform>أُضيفت %Ln متابعات للزوار.</numerusform>
                <numerusform>أُضيفت %Ln متابعة للزوار.</numerusform>
                <numerusform>أُضيفت %Ln متابعة للزوار.</numerusform>
            </translation>
        </message>
        <message>
            <source>Flagged (3+ absences in six months): {names}.</source>
            <translation>تنبيه (3 غيابات أو أكثر في ستة أشهر): {names}.</translation>
        </message>
        <message>
            <source>A meeting in the future</source>
            <translation>اجتماع في المستقبل</translation>
        </message>
        <message>
            <source>Showing the meeting of {day}.</source>
            <translation>عرض اجتماع {day}.</translation>
        </message>
        <message>
            <source>The agenda is running in its own window: Space starts, N next speaker, Esc leaves full screen.</source>
            <translation>جدول الأعمال يعمل في نافذته الخاصة: Space للبدء، N للمتحدث التالي، Esc للخروج من ملء الشاشة.</translation>
        </message>
    </context>
    <context>
        <name>MemberCombo</name>
        <message>
            <source>type a member's name</source>
            <translation>اكتب اسم عضو</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Cadence (days)</source>
            <translation>وتيرة التواصل (أيام)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Met on</source>
            <translation>تاريخ التعارف</translation>
        </message>
        <message>
            <source>Met where</source>
            <translation>مكان التعارف</translation>
        </message>
        <message>
            <source>Met via</source>
            <translation>قناة التعارف</translation>
        </message>
        <message>
            <source>Introduced by</source>
            <translation>بتعريف من</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} و{last}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>%Ln one-to-one(s)</source>
            <translation>
                <numerusform>لا لقاءات فردية</numerusform>
                <numerusform>لقاء فردي واحد</numerusform>
                <numerusform>لقاءان فرديان</numerusform>
                <numerusform>%Ln لقاءات فردية</numerusform>
                <numerusform>%Ln لقاءً فرديًا</numerusform>
                <numerusform>%Ln لقاء فردي</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} between these records will be removed: both ends would be the same person.</source>
            <translation>ستُحذف {items} بين هذه السجلات: سيكون الطرفان الشخص نفسه.</translation>
        </message>
        <message numerus="yes">
            <source>The prospect of %Ln referral(s) will be cleared: it would be the giver or receiver.</source>
            <translation>
                <numerusform>لن يُمسح العميل المحتمل لأي إحالة.</numerusform>
                <numerusform>سيُمسح العميل المحتمل لإحالة واحدة: سيكون هو المُحيل أو المستلم.</numerusform>
                <numerusform>سيُمسح العميل المحتمل لإحالتين: سيكون هو المُحيل أو المستلم.</numerusform>
                <numerusform>سيُمسح العميل المحتمل لـ %Ln إحالات: سيكون هو المُحيل أو المستلم.</numerusform>
                <numerusform>سيُمسح العميل المحتمل لـ %Ln إحالة: سيكون هو المُحيل أو المستلم.</numerusform>
                <numerusform>سيُمسح العميل المحتمل لـ %Ln إحالة: سيكون هو المُحيل أو المستلم.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The substitute at %Ln meeting(s) will be cleared: the member would have stood in for themselves.</source>
            <translation>
                <numerusform>لن يُمسح البديل في أي اجتماع.</numerusform>
                <numerusform>سيُمسح البديل في اجتماع واحد: كان العضو سينوب عن نفسه.</numerusform>
                <numerusform>سيُمسح البديل في اجتماعين: كان العضو سينوب عن نفسه.</numerusform>
                <numerusform>سيُمسح البديل في %Ln اجتماعات: كان العضو سينوب عن نفسه.</numerusform>
                <numerusform>سيُمسح البديل في %Ln اجتماعًا: كان العضو سينوب عن نفسه.</numerusform>
                <numerusform>سيُمسح البديل في %Ln اجتماع: كان العضو سينوب عن نفسه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Who invited the visitor at %Ln meeting(s) will be cleared: the visitor would have invited themselves.</source>
            <translation>
                <numerusform>لن يُمسح صاحب دعوة الزائر في أي اجتماع.</numerusform>
                <numerusform>سيُمسح صاحب دعوة الزائر في اجتماع واحد: كان الزائر سيدعو نفسه.</numerusform>
                <numerusform>سيُمسح صاحب دعوة الزائر في اجتماعين: كان الزائر سيدعو نفسه.</numerusform>
                <numerusform>سيُمسح صاحب دعوة الزائر في %Ln اجتماعات: كان الزائر سيدعو نفسه.</numerusform>
                <numerusform>سيُمسح صاحب دعوة الزائر في %Ln اجتماعًا: كان الزائر سيدعو نفسه.</numerusform>
                <numerusform>سيُمسح صاحب دعوة الزائر في %Ln اجتماع: كان الزائر سيدعو نفسه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merge %Ln contact(s)</source>
            <translation>
                <numerusform>دمج أي جهة اتصال</numerusform>
                <numerusform>دمج جهة اتصال واحدة</numerusform>
                <numerusform>دمج جهتَي اتصال</numerusform>
                <numerusform>دمج %Ln جهات اتصال</numerusform>
                <numerusform>دمج %Ln جهة اتصال</numerusform>
                <numerusform>دمج %Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message>
            <source>(one of these: none)</source>
            <translation>(إحداها: لا أحد)</translation>
        </message>
        <message>
            <source>Keep as</source>
            <translation>الاحتفاظ باسم</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <source>Keep {field}: {value}</source>
            <translation>الاحتفاظ بـ {field}: {value}</translation>
        </message>
        <message>
            <source>Default: all notes kept, one after another.</source>
            <translation>الافتراضي: الاحتفاظ بكل الملاحظات، واحدة تلو الأخرى.</translation>
        </message>
        <message>
            <source>Phones, e-mails, profiles</source>
            <translation>الهواتف، البريد، الملفات الشخصية</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message numerus="yes">
            <source>%Ln interaction(s)</source>
            <translation>
                <numerusform>لا تواصلات</numerusform>
                <numerusform>تواصل واحد</numerusform>
                <numerusform>تواصلان</numerusform>
                <numerusform>%Ln تواصلات</numerusform>
                <numerusform>%Ln تواصلًا</numerusform>
                <numerusform>%Ln تواصل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln referral(s)</source>
            <translation>
                <numerusform>لا إحالات</numerusform>
                <numerusform>إحالة واحدة</numerusform>
                <numerusform>إحالتان</numerusform>
                <numerusform>%Ln إحالات</numerusform>
                <numerusform>%Ln إحالة</numerusform>
                <numerusform>%Ln إحالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln thank-you(s)</source>
            <translation>
                <numerusform>لا شكر</numerusform>
                <numerusform>شكر واحد</numerusform>
                <numerusform>شكران</numerusform>
                <numerusform>%Ln شكر</numerusform>
                <numerusform>%Ln شكرًا</numerusform>
                <numerusform>%Ln شكر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>لا اجتماعات</numerusform>
                <numerusform>اجتماع واحد</numerusform>
                <numerusform>اجتماعان</numerusform>
                <numerusform>%Ln اجتماعات</numerusform>
                <numerusform>%Ln اجتماعًا</numerusform>
                <numerusform>%Ln اجتماع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln follow-up(s)</source>
            <translation>
                <numerusform>لا متابعات</numerusform>
                <numerusform>متابعة واحدة</numerusform>
                <numerusform>متابعتان</numerusform>
                <numerusform>%Ln متابعات</numerusform>
                <numerusform>%Ln متابعة</numerusform>
                <numerusform>%Ln متابعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>لا وسوم</numerusform>
                <numerusform>وسم واحد</numerusform>
                <numerusform>وسمان</numerusform>
                <numerusform>%Ln وسوم</numerusform>
                <numerusform>%Ln وسمًا</numerusform>
                <numerusform>%Ln وسم</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything else is kept: every phone, e-mail, profile, tag, interaction, referral, thank-you, meeting attended and follow-up moves to the contact you keep. Ctrl+Z undoes the merge, removals included.</source>
            <translation>يُحتفظ بكل ما عدا ذلك: كل هاتف وبريد وملف شخصي ووسم وتواصل وإحالة وشكر واجتماع حضره ومتابعة ينتقل إلى جهة الاتصال التي تحتفظ بها. Ctrl+Z يتراجع عن الدمج، بما في ذلك ما حُذف.</translation>
        </message>
        <message>
            <source>Everything is kept: every phone, e-mail, profile, tag, interaction, referral, thank-you, meeting attended and follow-up moves to the contact you keep. Ctrl+Z undoes the merge.</source>
            <translation>يُحتفظ بكل شيء: كل هاتف وبريد وملف شخصي ووسم وتواصل وإحالة وشكر واجتماع حضره ومتابعة ينتقل إلى جهة الاتصال التي تحتفظ بها. Ctrl+Z يتراجع عن الدمج.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
    </context>
    <context>
        <name>MyCardDialog</name>
        <message>
            <source>My card</source>
            <translation>بطاقتي</translation>
        </message>
        <message>
            <source>QR code of my card</source>
            <translation>رمز QR لبطاقتي</translation>
        </message>
        <message>
            <source>Let the other person scan this with their phone camera to save your details.</source>
            <translation>دع الشخص الآخر يمسح هذا الرمز بكاميرا هاتفه ليحفظ بياناتك.</translation>
        </message>
        <message>
            <source>Which contact is you? Your card is made from it.</source>
            <translation>أي جهة اتصال هي أنت؟ تُنشأ بطاقتك منها.</translation>
        </message>
        <message>
            <source>type your name</source>
            <translation>اكتب اسمك</translation>
        </message>
        <message>
            <source>Which contact is you?</source>
            <translation>أي جهة اتصال هي أنت؟</translation>
        </message>
        <message>
            <source>This is me</source>
            <translation>هذا أنا</translation>
        </message>
        <message>
            <source>Create my contact...</source>
            <translation>إنشاء جهة اتصالي...</translation>
        </message>
        <message>
            <source>Export my .vcf...</source>
            <translation>تصدير ملف ⁦.vcf⁩ الخاص بي...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Export my card</source>
            <translation>تصدير بطاقتي</translation>
        </message>
        <message>
            <source>vCard (*.vcf)</source>
            <translation>vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>تعذرت كتابة {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>OneToOneDialog</name>
        <message>
            <source>&amp;Member</source>
            <translation>ال&amp;عضو</translation>
        </message>
        <message>
            <source>&amp;With</source>
            <translation>&amp;مع</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>ال&amp;تاريخ</translation>
        </message>
        <message>
            <source>&amp;Where</source>
            <translation>أ&amp;ين</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>م&amp;لاحظات</translation>
        </message>
        <message>
            <source>first member</source>
            <translation>العضو الأول</translation>
        </message>
        <message>
            <source>second member</source>
            <translation>العضو الثاني</translation>
        </message>
    </context>
    <context>
        <name>PALMS</name>
        <message>
            <source>Present</source>
            <translation>حاضر</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>غائب</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>عذر طبي</translation>
        </message>
        <message>
            <source>Substitute</source>
            <translation>بديل</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>زائر</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>name (existing contact or new)</source>
            <translation>الاسم (جهة اتصال موجودة أو جديدة)</translation>
        </message>
    </context>
    <context>
        <name>Point</name>
        <message>
            <source>Mobile</source>
            <translation>الجوال</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>العمل</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>المنزل</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>Points</name>
        <message>
            <source>e.g. 050 555 0107 or +44 20 7946 0958</source>
            <translation>مثال: ⁦050 555 0107⁩ أو ⁦+44 20 7946 0958⁩</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>profile URL or @handle</source>
            <translation>رابط الملف الشخصي أو معرّف يبدأ بـ ⁦@⁩</translation>
        </message>
        <message>
            <source>www.example.com</source>
            <translation>www.example.com</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>الهواتف</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Social profiles</source>
            <translation>حسابات التواصل الاجتماعي</translation>
        </message>
        <message>
            <source>Websites</source>
            <translation>المواقع الإلكترونية</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>إضافة هاتف</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>إضافة بريد</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>إضافة حساب</translation>
        </message>
        <message>
            <source>Add website</source>
            <translation>إضافة موقع</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Phone label</source>
            <translation>تسمية الهاتف</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>رقم الهاتف</translation>
        </message>
        <message>
            <source>E-mail label</source>
            <translation>تسمية البريد</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>عنوان البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <source>Profile link or handle</source>
            <translation>رابط الحساب أو المعرّف</translation>
        </message>
        <message>
            <source>Website label</source>
            <translation>تسمية الموقع</translation>
        </message>
        <message>
            <source>Website address</source>
            <translation>عنوان الموقع</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Numbers typed without a country code are read as this region's.</source>
            <translation>تُقرأ الأرقام المكتوبة دون رمز الدولة على أنها من هذه المنطقة.</translation>
        </message>
        <message numerus="yes">
            <source>Re-read %Ln phone number(s) for {where}.</source>
            <translation>
                <numerusform>لم يُعَد قراءة أي رقم هاتف لـ {where}.</numerusform>
                <numerusform>أُعيدت قراءة رقم هاتف واحد لـ {where}.</numerusform>
                <numerusform>أُعيدت قراءة رقمَي هاتف لـ {where}.</numerusform>
                <numerusform>أُعيدت قراءة %Ln أرقام هواتف لـ {where}.</numerusform>
                <numerusform>أُعيدت قراءة %Ln رقم هاتف لـ {where}.</numerusform>
                <numerusform>أُعيدت قراءة %Ln رقم هاتف لـ {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The one stored phone number reads the same for {where}.</source>
            <translation>رقم الهاتف المخزَّن الوحيد يُقرأ بالطريقة نفسها لـ {where}.</translation>
        </message>
        <message>
            <source>The {count} stored phone numbers read the same for {where}.</source>
            <translation>أرقام الهواتف المخزَّنة ({count}) تُقرأ بالطريقة نفسها لـ {where}.</translation>
        </message>
        <message>
            <source>Numbers typed from now on are read as {where}'s; no phone numbers are stored yet.</source>
            <translation>تُقرأ الأرقام المكتوبة من الآن على أنها من {where}؛ لا توجد أرقام هواتف مخزَّنة بعد.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>type your name</source>
            <translation>اكتب اسمك</translation>
        </message>
        <message>
            <source>Default phone region</source>
            <translation>منطقة الهاتف الافتراضية</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>أنا</translation>
        </message>
        <message>
            <source>Your contact makes "Show my card".</source>
            <translation>جهة اتصالك تُنشئ «عرض بطاقتي».</translation>
        </message>
        <message>
            <source>A message in a group chat counts as keeping in touch</source>
            <translation>رسالة في محادثة جماعية تُحسب تواصلاً</translation>
        </message>
        <message>
            <source>Imported history</source>
            <translation>السجل المستورد</translation>
        </message>
        <message>
            <source>the default region stays {region}.</source>
            <translation>تبقى المنطقة الافتراضية {region}.</translation>
        </message>
        <message>
            <source>{error} So {what}</source>
            <translation>{error} لذلك {what}</translation>
        </message>
        <message>
            <source>Cancelled; {what}</source>
            <translation>أُلغي؛ {what}</translation>
        </message>
        <message>
            <source>Re-reading the stored phone numbers for {region}...</source>
            <translation>جارٍ إعادة قراءة أرقام الهواتف المخزَّنة لـ {region}...</translation>
        </message>
        <message>
            <source>re-reading of the phone numbers</source>
            <translation>إعادة قراءة أرقام الهواتف</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>TotalNet cannot open your data</source>
            <translation>لا يستطيع TotalNet فتح بياناتك</translation>
        </message>
        <message>
            <source>TotalNet is too old for this database</source>
            <translation>إصدار TotalNet أقدم من قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>TotalNet could not repair your data</source>
            <translation>لم يتمكن TotalNet من إصلاح بياناتك</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>TotalNet cannot open your data</source>
            <translation>لا يستطيع TotalNet فتح بياناتك</translation>
        </message>
        <message>
            <source>You can restore the latest good backup (from {when}, {count} contacts) or start with an empty database.</source>
            <translation>يمكنك استعادة آخر نسخة احتياطية سليمة (من {when}، {count} جهة اتصال) أو البدء بقاعدة بيانات فارغة.</translation>
        </message>
        <message>
            <source>There is no good backup to restore; you can start with an empty database.</source>
            <translation>لا توجد نسخة احتياطية سليمة للاستعادة؛ يمكنك البدء بقاعدة بيانات فارغة.</translation>
        </message>
        <message>
            <source>Either way the damaged file is kept, renamed with today's date beside the new one; nothing is deleted.</source>
            <translation>في الحالتين يُحتفظ بالملف التالف بجانب الملف الجديد بعد إعادة تسميته بتاريخ اليوم؛ لا يُحذف شيء.</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>استعادة آخر نسخة احتياطية</translation>
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation>البدء بقاعدة بيانات فارغة</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>the prospect: an existing contact or a new name</source>
            <translation>العميل المحتمل: جهة اتصال موجودة أو اسم جديد</translation>
        </message>
        <message>
            <source>for a new prospect</source>
            <translation>لعميل محتمل جديد</translation>
        </message>
        <message>
            <source>&amp;Giver</source>
            <translation>ال&amp;مُحيل</translation>
        </message>
        <message>
            <source>&amp;Receiver</source>
            <translation>ال&amp;مستلم</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <source>&amp;Prospect</source>
            <translation>العميل الم&amp;حتمل</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>ال&amp;هاتف</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>ال&amp;بريد الإلكتروني</translation>
        </message>
        <message>
            <source>Hot&amp;ness 1-5</source>
            <translation>ال&amp;حرارة 1-5</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>م&amp;لاحظات</translation>
        </message>
        <message>
            <source>giver</source>
            <translation>المُحيل</translation>
        </message>
        <message>
            <source>receiver</source>
            <translation>المستلم</translation>
        </message>
    </context>
    <context>
        <name>ReminderQuestion</name>
        <message>
            <source>TotalNet can remind you of the follow-ups due each day, even when its window is closed (a tray icon and one notification a day). You can change this in Preferences.</source>
            <translation>يمكن لـ TotalNet تذكيرك بالمتابعات المستحقة كل يوم، حتى عندما تكون نافذته مغلقة (أيقونة في شريط المهام وإشعار واحد يوميًا). يمكنك تغيير ذلك من التفضيلات.</translation>
        </message>
        <message>
            <source>Turn on reminders</source>
            <translation>تفعيل التذكيرات</translation>
        </message>
        <message>
            <source>No, thanks</source>
            <translation>لا، شكرًا</translation>
        </message>
        <message>
            <source>Reminders question</source>
            <translation>سؤال التذكيرات</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>No follow-ups due today</source>
            <translation>لا متابعات مستحقة اليوم</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due today</source>
            <translation>
                <numerusform>لا متابعات مستحقة اليوم</numerusform>
                <numerusform>متابعة واحدة مستحقة اليوم</numerusform>
                <numerusform>متابعتان مستحقتان اليوم</numerusform>
                <numerusform>%n متابعات مستحقة اليوم</numerusform>
                <numerusform>%n متابعة مستحقة اليوم</numerusform>
                <numerusform>%n متابعة مستحقة اليوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Open TotalNet</source>
            <translation>فتح TotalNet</translation>
        </message>
        <message>
            <source>Today's follow-ups</source>
            <translation>متابعات اليوم</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>TotalNet follow-ups</source>
            <translation>متابعات TotalNet</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Choose a backup to restore. Your current data ({count} contacts) is backed up first, so a restore can itself be undone by restoring that copy.</source>
            <translation>اختر نسخة احتياطية لاستعادتها. تُنسخ بياناتك الحالية ({count} جهة اتصال) احتياطيًا أولًا، فيمكن التراجع عن الاستعادة نفسها باستعادة تلك النسخة.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>There are no backups in the data folder yet; use Other file... to pick one.</source>
            <translation>لا توجد نسخ احتياطية في مجلد البيانات بعد؛ استخدم «ملف آخر...» لاختيار واحدة.</translation>
        </message>
        <message>
            <source>Other file...</source>
            <translation>ملف آخر...</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>غير مقروء</translation>
        </message>
        <message>
            <source>Restore from file</source>
            <translation>الاستعادة من ملف</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>President</source>
            <translation>الرئيس</translation>
        </message>
        <message>
            <source>Vice President</source>
            <translation>نائب الرئيس</translation>
        </message>
        <message>
            <source>Secretary/Treasurer</source>
            <translation>أمين السر / أمين الصندوق</translation>
        </message>
        <message>
            <source>Visitor Host</source>
            <translation>مضيف الزوار</translation>
        </message>
        <message>
            <source>Education Coordinator</source>
            <translation>منسق التعليم</translation>
        </message>
        <message>
            <source>Growth Coordinator</source>
            <translation>منسق النمو</translation>
        </message>
        <message>
            <source>Mentor Coordinator</source>
            <translation>منسق الإرشاد</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>عضو</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>وقت الحضور</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Add visitor "{name}"</source>
            <translation>إضافة الزائر «{name}»</translation>
        </message>
        <message numerus="yes">
            <source>%n absence(s) in the last six months</source>
            <translation>
                <numerusform>لا غياب في الأشهر الستة الأخيرة</numerusform>
                <numerusform>غياب واحد في الأشهر الستة الأخيرة</numerusform>
                <numerusform>غيابان في الأشهر الستة الأخيرة</numerusform>
                <numerusform>%n غيابات في الأشهر الستة الأخيرة</numerusform>
                <numerusform>%n غيابًا في الأشهر الستة الأخيرة</numerusform>
                <numerusform>%n غياب في الأشهر الستة الأخيرة</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation>لم يسجّل حضوره</translation>
        </message>
        <message>
            <source>substitute: {name}</source>
            <translation>البديل: {name}</translation>
        </message>
        <message>
            <source>visit {number}</source>
            <translation>الزيارة {number}</translation>
        </message>
        <message>
            <source>first visit</source>
            <translation>الزيارة الأولى</translation>
        </message>
        <message>
            <source>invited by {name}</source>
            <translation>بدعوة من {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n absence(s) in 6 months</source>
            <translation>
                <numerusform>لا غياب في 6 أشهر</numerusform>
                <numerusform>غياب واحد في 6 أشهر</numerusform>
                <numerusform>غيابان في 6 أشهر</numerusform>
                <numerusform>%n غيابات في 6 أشهر</numerusform>
                <numerusform>%n غيابًا في 6 أشهر</numerusform>
                <numerusform>%n غياب في 6 أشهر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>الانضمام</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>المغادرة</translation>
        </message>
        <message>
            <source>Renewal due</source>
            <translation>موعد التجديد</translation>
        </message>
        <message>
            <source>"{text}" in {column} is not a date; write it like 2026-11-25.</source>
            <translation>"{text}" في {column} ليس تاريخًا؛ اكتبه هكذا 2026-11-25.</translation>
        </message>
        <message>
            <source>{chapter}: settings and roster</source>
            <translation>{chapter}: الإعدادات وقائمة الأعضاء</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>دقائق</translation>
        </message>
        <message>
            <source>Chapter &amp;name</source>
            <translation>&amp;اسم الفرع</translation>
        </message>
        <message>
            <source>Meeting &amp;day</source>
            <translation>&amp;يوم الاجتماع</translation>
        </message>
        <message>
            <source>&amp;Start time</source>
            <translation>وقت ال&amp;بدء</translation>
        </message>
        <message>
            <source>&amp;Grace before Late</source>
            <translation>م&amp;هلة قبل التأخر</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>م&amp;كان الاجتماع</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>ال&amp;مدينة</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>ال&amp;عملة</translation>
        </message>
        <message>
            <source>Annual &amp;fee</source>
            <translation>الرسوم ال&amp;سنوية</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>الفرع</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>قائمة الأعضاء</translation>
        </message>
        <message>
            <source>name of the new member (existing contact or new)</source>
            <translation>اسم العضو الجديد (جهة اتصال موجودة أو جديدة)</translation>
        </message>
        <message>
            <source>Name of the new member</source>
            <translation>اسم العضو الجديد</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <source>Classification of the new member</source>
            <translation>تصنيف العضو الجديد</translation>
        </message>
        <message>
            <source>Role of the new member</source>
            <translation>دور العضو الجديد</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>إ&amp;ضافة عضو</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>إ&amp;زالة المحدد</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Double-click a cell to change classification, role or a date (like 2026-11-25; empty: unknown). Left: the last day of membership; the return on membership charges the fee only between Joined and Left.</source>
            <translation>انقر نقرًا مزدوجًا على خلية لتغيير التصنيف أو الدور أو تاريخ (مثل 2026-11-25؛ فارغ: غير معروف). المغادرة: آخر يوم في العضوية؛ يحتسب العائد على العضوية الرسوم بين الانضمام والمغادرة فقط.</translation>
        </message>
        <message>
            <source>new fee</source>
            <translation>الرسوم الجديدة</translation>
        </message>
        <message>
            <source>New annual fee</source>
            <translation>الرسوم السنوية الجديدة</translation>
        </message>
        <message>
            <source>New fee from</source>
            <translation>الرسوم الجديدة اعتبارًا من</translation>
        </message>
        <message>
            <source>Set f&amp;ee</source>
            <translation>تحديد ال&amp;رسوم</translation>
        </message>
        <message>
            <source>from</source>
            <translation>اعتبارًا من</translation>
        </message>
        <message>
            <source>{amount} from {day}</source>
            <translation>{amount} اعتبارًا من {day}</translation>
        </message>
        <message>
            <source>Fee: {history}</source>
            <translation>الرسوم: {history}</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>إزالة عضو</translation>
        </message>
        <message>
            <source>Take {name} off the roster as of today? The contact, past attendance and membership dates stay.</source>
            <translation>إزالة {name} من قائمة الأعضاء اعتبارًا من اليوم؟ تبقى جهة الاتصال والحضور السابق وتواريخ العضوية.</translation>
        </message>
    </context>
    <context>
        <name>Screen</name>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>الإحصاءات</translation>
        </message>
        <message>
            <source>Meeting day</source>
            <translation>يوم الاجتماع</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>الفرع</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts - TotalNet</source>
            <translation>اختصارات لوحة المفاتيح - TotalNet</translation>
        </message>
    </context>
    <context>
        <name>SlipDialog</name>
        <message>
            <source>1: details shared</source>
            <translation>1: تمت مشاركة البيانات</translation>
        </message>
        <message>
            <source>2: prospect expects the call</source>
            <translation>2: العميل المحتمل ينتظر الاتصال</translation>
        </message>
        <message>
            <source>3: warm, knows about you</source>
            <translation>3: مهتم، ويعرف عنك</translation>
        </message>
        <message>
            <source>4: keen to talk</source>
            <translation>4: متحمس للحديث</translation>
        </message>
        <message>
            <source>5: introduced in person</source>
            <translation>5: تعارف وجهًا لوجه</translation>
        </message>
        <message>
            <source>Outside (a third person)</source>
            <translation>خارجية (شخص ثالث)</translation>
        </message>
        <message>
            <source>Inside (the giver does business with the receiver)</source>
            <translation>داخلية (المُحيل يتعامل مع المستلم)</translation>
        </message>
        <message>
            <source>Pick the {what} from the roster (type part of the name).</source>
            <translation>اختر {what} من قائمة الأعضاء (اكتب جزءًا من الاسم).</translation>
        </message>
        <message>
            <source>Referral slip</source>
            <translation>قسيمة إحالة</translation>
        </message>
        <message>
            <source>Thank-you for closed business</source>
            <translation>شكر على صفقة منجزة</translation>
        </message>
        <message>
            <source>One-to-one</source>
            <translation>لقاء فردي</translation>
        </message>
        <message>
            <source>CEU (chapter education)</source>
            <translation>CEU (التعليم في الفرع)</translation>
        </message>
        <message>
            <source>Who substituted?</source>
            <translation>من حضر بديلًا؟</translation>
        </message>
        <message>
            <source>Visitor details</source>
            <translation>بيانات الزائر</translation>
        </message>
        <message>
            <source>Testimonial</source>
            <translation>شهادة</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Tomorrow</source>
            <translation>غدًا</translation>
        </message>
        <message>
            <source>In 3 days</source>
            <translation>بعد 3 أيام</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>الأسبوع القادم</translation>
        </message>
        <message>
            <source>Snooze until</source>
            <translation>تأجيل حتى</translation>
        </message>
        <message>
            <source>Snooze until:</source>
            <translation>تأجيل حتى:</translation>
        </message>
        <message>
            <source>Pick a date...</source>
            <translation>اختيار تاريخ...</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
    </context>
    <context>
        <name>Source</name>
        <message>
            <source>Visitor</source>
            <translation>زائر</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>فعالية</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>إحالة</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>يدوي</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>الفرع</translation>
        </message>
        <message>
            <source>Substitute</source>
            <translation>بديل</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>تعريف</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Know</source>
            <translation>معرفة</translation>
        </message>
        <message>
            <source>Like</source>
            <translation>إعجاب</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>ثقة</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>شراكة</translation>
        </message>
    </context>
    <context>
        <name>SubstituteDialog</name>
        <message>
            <source>Who came in place of {name}?</source>
            <translation>من حضر بدلًا من {name}؟</translation>
        </message>
        <message>
            <source>the substitute: an existing contact or a new name</source>
            <translation>البديل: جهة اتصال موجودة أو اسم جديد</translation>
        </message>
        <message>
            <source>for a new contact</source>
            <translation>لجهة اتصال جديدة</translation>
        </message>
        <message>
            <source>&amp;Substitute</source>
            <translation>ال&amp;بديل</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>ال&amp;هاتف</translation>
        </message>
        <message>
            <source>Type the substitute's name.</source>
            <translation>اكتب اسم البديل.</translation>
        </message>
    </context>
    <context>
        <name>TestimonialDialog</name>
        <message>
            <source>the member it is about (optional)</source>
            <translation>العضو الذي تخصه (اختياري)</translation>
        </message>
        <message>
            <source>what they said, in a few words</source>
            <translation>ما قاله، في كلمات قليلة</translation>
        </message>
        <message>
            <source>&amp;Given by</source>
            <translation>&amp;قدّمها</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;عن</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;ملاحظة</translation>
        </message>
        <message>
            <source>member who gave the testimonial</source>
            <translation>العضو الذي قدّم الشهادة</translation>
        </message>
    </context>
    <context>
        <name>ThankYouDialog</name>
        <message>
            <source>e.g. 1,500 or {currency} 1500.50</source>
            <translation>مثال: 1,500 أو {currency} 1500.50</translation>
        </message>
        <message>
            <source>New business</source>
            <translation>عمل جديد</translation>
        </message>
        <message>
            <source>Repeat business</source>
            <translation>عمل متكرر</translation>
        </message>
        <message>
            <source>&amp;From (thanks)</source>
            <translation>&amp;من (الشاكر)</translation>
        </message>
        <message>
            <source>&amp;To (thanked)</source>
            <translation>إ&amp;لى (المشكور)</translation>
        </message>
        <message>
            <source>&amp;Amount ({currency})</source>
            <translation>ال&amp;مبلغ ({currency})</translation>
        </message>
        <message>
            <source>&amp;Business</source>
            <translation>ال&amp;عمل</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <source>&amp;Closes referral</source>
            <translation>ي&amp;غلق إحالة</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>م&amp;لاحظات</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>member giving thanks</source>
            <translation>العضو الشاكر</translation>
        </message>
        <message>
            <source>member thanked</source>
            <translation>العضو المشكور</translation>
        </message>
    </context>
    <context>
        <name>Touch</name>
        <message>
            <source>call</source>
            <translation>مكالمة</translation>
        </message>
        <message>
            <source>message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <source>coffee</source>
            <translation>قهوة</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>تواصلنا</translation>
        </message>
        <message>
            <source>introduction</source>
            <translation>تعريف</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>بريد إلكتروني</translation>
        </message>
    </context>
    <context>
        <name>VisitorDialog</name>
        <message>
            <source>&amp;Invited by</source>
            <translation>&amp;دعاه</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>ال&amp;شركة</translation>
        </message>
        <message>
            <source>&amp;Profession</source>
            <translation>ال&amp;مهنة</translation>
        </message>
        <message>
            <source>Pick who invited the visitor from the roster, or leave it empty.</source>
            <translation>اختر من دعا الزائر من قائمة الأعضاء، أو اتركه فارغًا.</translation>
        </message>
    </context>
    <context>
        <name>VisitorStrip</name>
        <message>
            <source>company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>profession</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Visitor's {field}</source>
            <translation>{field} للزائر</translation>
        </message>
        <message>
            <source>invited by (member)</source>
            <translation>دعاه (عضو)</translation>
        </message>
        <message>
            <source>Invited by</source>
            <translation>دعاه</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation>تخطٍّ (Esc)</translation>
        </message>
        <message>
            <source>{name}: details if you have them (all optional) · Enter saves · Esc skips</source>
            <translation>{name}: البيانات إن توفرت (كلها اختيارية) · Enter للحفظ · Esc للتخطي</translation>
        </message>
        <message>
            <source>Pick who invited the visitor from the roster, or leave it empty.</source>
            <translation>اختر من دعا الزائر من قائمة الأعضاء، أو اتركه فارغًا.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <source>Welcome to TotalNet</source>
            <translation>مرحبًا بك في TotalNet</translation>
        </message>
        <message>
            <source>One place for your chapter and your online network: who you know, like and trust, and who to follow up next.&lt;br&gt;Your data stays on this computer.</source>
            <translation>مكان واحد لفرعك ولشبكتك على الإنترنت: من تعرفه وتحبه وتثق به، ومن تتابعه بعد ذلك.&lt;br&gt;تبقى بياناتك على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Load a sample chapter</source>
            <translation>تحميل فرع تجريبي</translation>
        </message>
        <message>
            <source>Explore with an invented chapter and its contacts.</source>
            <translation>استكشف التطبيق بفرع متخيَّل وجهات اتصاله.</translation>
        </message>
        <message>
            <source>Import contacts...</source>
            <translation>استيراد جهات الاتصال...</translation>
        </message>
        <message>
            <source>From LinkedIn, Google, Outlook, a phone's vCard or any spreadsheet.</source>
            <translation>من LinkedIn أو Google أو Outlook أو بطاقة vCard من الهاتف أو أي جدول بيانات.</translation>
        </message>
        <message>
            <source>Set up my chapter</source>
            <translation>إعداد فرعي</translation>
        </message>
        <message>
            <source>Name, meeting day and members, for meeting-day check-in.</source>
            <translation>الاسم ويوم الاجتماع والأعضاء، لتسجيل الحضور يوم الاجتماع.</translation>
        </message>
    </context>
</TS>
