<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <name>ContactDetail</name>
        <message>
            <source>Timeline</source>
            <translation>السجل الزمني</translation>
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
            <source>Meeting date</source>
            <translation>تاريخ الاجتماع</translation>
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
        <name>Shortcuts</name>
        <message>
            <source>{action} (tabs: {tabs})</source>
            <translation>{action} (علامات التبويب: {tabs})</translation>
        </message>
        <message>
            <source>{tab} tab</source>
            <translation>علامة التبويب {tab}</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>في كل مكان</translation>
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
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze until</source>
            <translation>تأجيل حتى</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
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
