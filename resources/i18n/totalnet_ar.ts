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
        <name>Agenda</name>
        <message>
            <source>Open networking</source>
            <translation>تعارف مفتوح</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>الترحيب</translation>
        </message>
        <message>
            <source>Education moment</source>
            <translation>فقرة تعليمية</translation>
        </message>
        <message>
            <source>Member 60-second presentations</source>
            <translation>عروض الأعضاء في 60 ثانية</translation>
        </message>
        <message>
            <source>Visitor introductions</source>
            <translation>تعريف الزوار بأنفسهم</translation>
        </message>
        <message>
            <source>Feature presentation</source>
            <translation>العرض الرئيسي</translation>
        </message>
        <message>
            <source>Referral round</source>
            <translation>جولة الإحالات</translation>
        </message>
        <message>
            <source>Testimonials</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>الختام</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Roster order</source>
            <translation>ترتيب القائمة</translation>
        </message>
        <message>
            <source>From where last week ended</source>
            <translation>من حيث انتهى الأسبوع الماضي</translation>
        </message>
        <message>
            <source>By classification</source>
            <translation>حسب التصنيف</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>{where}: "{text}" is not a time; write minutes:seconds like 1:30.</source>
            <translation>{where}: "{text}" ليس وقتًا؛ اكتب الدقائق:الثواني مثل 1:30.</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>الفقرة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Time (min:sec)</source>
            <translation>الوقت (دقيقة:ثانية)</translation>
        </message>
        <message>
            <source>Per speaker</source>
            <translation>لكل متحدث</translation>
        </message>
        <message>
            <source>The chapter's agenda</source>
            <translation>جدول أعمال الفرع</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>إ&amp;ضافة</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>ن&amp;قل لأعلى</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;نقل لأسفل</translation>
        </message>
        <message>
            <source>Standard agenda</source>
            <translation>جدول الأعمال القياسي</translation>
        </message>
        <message>
            <source>&amp;Save agenda</source>
            <translation>&amp;حفظ جدول الأعمال</translation>
        </message>
        <message>
            <source>Order of the 60-second presentations</source>
            <translation>ترتيب عروض الستين ثانية</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>الصوت</translation>
        </message>
        <message>
            <source>A soft chime at 10 seconds left and when the time is up</source>
            <translation>رنين هادئ عند بقاء 10 ثوانٍ وعند انتهاء الوقت</translation>
        </message>
        <message>
            <source>S&amp;tart the agenda</source>
            <translation>&amp;ابدأ جدول الأعمال</translation>
        </message>
        <message>
            <source>Full screen, on the projector when one is attached</source>
            <translation>ملء الشاشة، على جهاز العرض إن كان موصولًا</translation>
        </message>
        <message>
            <source>60-second presentations:</source>
            <translation>عروض الستين ثانية:</translation>
        </message>
        <message>
            <source>Keys in the agenda window: Space start/pause · N next speaker · B back · S skip · Esc leave full screen. With a projector attached the timer goes there and this screen keeps the check-in roster.</source>
            <translation>مفاتيح نافذة جدول الأعمال: المسافة بدء/إيقاف مؤقت · N المتحدث التالي · B رجوع · S تخطٍّ · Esc الخروج من ملء الشاشة. مع جهاز عرض موصول يظهر المؤقت عليه وتبقى قائمة الحضور على هذه الشاشة.</translation>
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation>أعدّ فرعك أولًا في «يوم الاجتماع».</translation>
        </message>
        <message>
            <source>Kind of segment {n}</source>
            <translation>نوع الفقرة {n}</translation>
        </message>
        <message>
            <source>Segment {n}</source>
            <translation>الفقرة {n}</translation>
        </message>
        <message>
            <source>New segment</source>
            <translation>فقرة جديدة</translation>
        </message>
        <message>
            <source>The standard agenda; Save agenda keeps it for the chapter.</source>
            <translation>جدول الأعمال القياسي؛ «حفظ جدول الأعمال» يحفظه للفرع.</translation>
        </message>
        <message numerus="yes">
            <source>Agenda saved for the chapter (%Ln minute(s) plus the 60-second round).</source>
            <translation>
                <numerusform>حُفظ جدول أعمال الفرع (أقل من دقيقة إضافةً إلى جولة الستين ثانية).</numerusform>
                <numerusform>حُفظ جدول أعمال الفرع (دقيقة واحدة إضافةً إلى جولة الستين ثانية).</numerusform>
                <numerusform>حُفظ جدول أعمال الفرع (دقيقتان إضافةً إلى جولة الستين ثانية).</numerusform>
                <numerusform>حُفظ جدول أعمال الفرع (%Ln دقائق إضافةً إلى جولة الستين ثانية).</numerusform>
                <numerusform>حُفظ جدول أعمال الفرع (%Ln دقيقة إضافةً إلى جولة الستين ثانية).</numerusform>
                <numerusform>حُفظ جدول أعمال الفرع (%Ln دقيقة إضافةً إلى جولة الستين ثانية).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The agenda of the meeting of {date} is running: %Ln speaker(s) in the 60-second round (members checked in, then visitors).</source>
            <translation>
                <numerusform>جدول أعمال اجتماع {date} قيد التشغيل: لا متحدثين في جولة الستين ثانية (الأعضاء الحاضرون ثم الزوار).</numerusform>
                <numerusform>جدول أعمال اجتماع {date} قيد التشغيل: متحدث واحد في جولة الستين ثانية (الأعضاء الحاضرون ثم الزوار).</numerusform>
                <numerusform>جدول أعمال اجتماع {date} قيد التشغيل: متحدثان في جولة الستين ثانية (الأعضاء الحاضرون ثم الزوار).</numerusform>
                <numerusform>جدول أعمال اجتماع {date} قيد التشغيل: %Ln متحدثين في جولة الستين ثانية (الأعضاء الحاضرون ثم الزوار).</numerusform>
                <numerusform>جدول أعمال اجتماع {date} قيد التشغيل: %Ln متحدثًا في جولة الستين ثانية (الأعضاء الحاضرون ثم الزوار).</numerusform>
                <numerusform>جدول أعمال اجتماع {date} قيد التشغيل: %Ln متحدث في جولة الستين ثانية (الأعضاء الحاضرون ثم الزوار).</numerusform>
            </translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>تُخطّي</translation>
        </message>
        <message>
            <source>Who spoke on {date}</source>
            <translation>من تحدّث في {date}</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln turn(s), {over} over time)</source>
            <translation>
                <numerusform>(لا أدوار، {over} تجاوز الوقت)</numerusform>
                <numerusform>(دور واحد، {over} تجاوز الوقت)</numerusform>
                <numerusform>(دوران، {over} تجاوز الوقت)</numerusform>
                <numerusform>(%Ln أدوار، {over} تجاوز الوقت)</numerusform>
                <numerusform>(%Ln دورًا، {over} تجاوز الوقت)</numerusform>
                <numerusform>(%Ln دور، {over} تجاوز الوقت)</numerusform>
            </translation>
        </message>
        <message>
            <source>Who spoke is recorded when the agenda window closes, and shows here.</source>
            <translation>يُسجَّل من تحدّث عند إغلاق نافذة جدول الأعمال، ويظهر هنا.</translation>
        </message>
    </context>
    <context>
        <name>AgendaWindow</name>
        <message>
            <source>Agenda - {title} - TotalNet</source>
            <translation>جدول الأعمال - {title} - TotalNet</translation>
        </message>
        <message>
            <source>Agenda - TotalNet</source>
            <translation>جدول الأعمال - TotalNet</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>الصوت</translation>
        </message>
        <message>
            <source>Space start/pause · N next · B back · S skip · Esc leave full screen</source>
            <translation>المسافة بدء/إيقاف مؤقت · N التالي · B رجوع · S تخطٍّ · Esc الخروج من ملء الشاشة</translation>
        </message>
        <message>
            <source>End of the agenda</source>
            <translation>نهاية جدول الأعمال</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>شكرًا لكم!</translation>
        </message>
        <message>
            <source>Esc closes; who spoke is recorded for the report.</source>
            <translation>Esc يغلق النافذة؛ ويُسجَّل من تحدّث للتقرير.</translation>
        </message>
        <message>
            <source>segment {n} of {count}</source>
            <translation>الفقرة {n} من {count}</translation>
        </message>
        <message>
            <source>{position} · paused</source>
            <translation>{position} · متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>{name}  (visitor)</source>
            <translation>{name}  (زائر)</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>التالي: {name}</translation>
        </message>
        <message>
            <source>Next: end of the agenda</source>
            <translation>التالي: نهاية جدول الأعمال</translation>
        </message>
        <message>
            <source>{chapter}, {date}</source>
            <translation>{chapter}، {date}</translation>
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
        <name>Backups</name>
        <message>
            <source>Daily backup</source>
            <translation>نسخة احتياطية يومية</translation>
        </message>
        <message>
            <source>Backed up by you</source>
            <translation>نسخة احتياطية صنعتها بنفسك</translation>
        </message>
        <message>
            <source>Before {event}</source>
            <translation>قبل {event}</translation>
        </message>
        <message>
            <source>Before migration v{version}</source>
            <translation>قبل ترقية قاعدة البيانات إلى الإصدار {version}</translation>
        </message>
        <message>
            <source>import</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>الاستعادة</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>تحميل الفرع التجريبي</translation>
        </message>
        <message>
            <source>encrypt</source>
            <translation>التشفير</translation>
        </message>
        <message>
            <source>decrypt</source>
            <translation>إلغاء التشفير</translation>
        </message>
        <message>
            <source>forget</source>
            <translation>النسيان</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>الدمج</translation>
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
            <source>back up the database (to FILE or the backups folder)</source>
            <translation>انسخ قاعدة البيانات احتياطيًا (إلى FILE أو مجلد النسخ الاحتياطية)</translation>
        </message>
        <message>
            <source>a file or a folder (e.g. a USB stick); default: backups/</source>
            <translation>ملف أو مجلد (مثل ذاكرة USB)؛ الافتراضي: backups/</translation>
        </message>
        <message>
            <source>replace FILE even when it exists and is not a TotalNet backup</source>
            <translation>استبدل FILE حتى لو كان موجودًا وليس نسخة احتياطية من TotalNet</translation>
        </message>
        <message>
            <source>restore the database from a backup file</source>
            <translation>استعد قاعدة البيانات من ملف نسخة احتياطية</translation>
        </message>
        <message>
            <source>the backup to restore (a .sqlite3 file TotalNet wrote)</source>
            <translation>النسخة الاحتياطية المراد استعادتها (ملف ‎.sqlite3 كتبه TotalNet)</translation>
        </message>
        <message>
            <source>backed up {count} contacts to {file} ({size})</source>
            <translation>نُسخت {count} جهة اتصال احتياطيًا إلى {file} ({size})</translation>
        </message>
        <message>
            <source>exported {contacts} contacts ({total} rows) from {server} to {target}</source>
            <translation>صُدّرت {contacts} جهة اتصال ({total} صفًّا) من {server} إلى {target}</translation>
        </message>
        <message>
            <source>restored {contacts} contacts from {source} to {server}</source>
            <translation>استُعيدت {contacts} جهة اتصال من {source} إلى {server}</translation>
        </message>
        <message>
            <source>the restore</source>
            <translation>الاستعادة</translation>
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
            <source>import contacts from a CSV or vCard file</source>
            <translation>استورد جهات الاتصال من ملف CSV أو vCard</translation>
        </message>
        <message>
            <source>the CSV (.csv) or vCard (.vcf) file to read</source>
            <translation>ملف CSV ‏(‎.csv) أو vCard ‏(‎.vcf) المراد قراءته</translation>
        </message>
        <message>
            <source>the file's layout (default: recognised from its columns)</source>
            <translation>تخطيط الملف (الافتراضي: يُتعرَّف عليه من أعمدته)</translation>
        </message>
        <message>
            <source>add the imported people to this chapter's roster</source>
            <translation>أضف الأشخاص المستوردين إلى قائمة أعضاء هذا الفرع</translation>
        </message>
        <message>
            <source>create the --chapter when there is none of that name</source>
            <translation>أنشئ ‎--chapter إن لم يوجد فرع بهذا الاسم</translation>
        </message>
        <message>
            <source>what to do with a row matching an existing contact (default: merge)</source>
            <translation>ما العمل بصف يطابق جهة اتصال موجودة (الافتراضي: دمج)</translation>
        </message>
        <message>
            <source>print what would happen; change nothing</source>
            <translation>اطبع ما سيحدث دون تغيير أي شيء</translation>
        </message>
        <message>
            <source>keep the values of columns that map to no field in the notes, as "Column: value" lines</source>
            <translation>احتفظ بقيم الأعمدة التي لا تقابل أي حقل في الملاحظات، في أسطر "العمود: القيمة"</translation>
        </message>
        <message>
            <source>export contacts, attendance, referrals, PALMS or follow-ups</source>
            <translation>صدّر جهات الاتصال أو الحضور أو الإحالات أو PALMS أو المتابعات</translation>
        </message>
        <message>
            <source>the file to write (it is replaced only once complete)</source>
            <translation>الملف المراد كتابته (لا يُستبدل إلا بعد اكتماله)</translation>
        </message>
        <message>
            <source>file format (default: csv)</source>
            <translation>صيغة الملف (الافتراضي: csv)</translation>
        </message>
        <message>
            <source>which table to export (default: contacts)</source>
            <translation>الجدول المراد تصديره (الافتراضي: جهات الاتصال)</translation>
        </message>
        <message>
            <source>add a BOM so Excel reads UTF-8</source>
            <translation>أضف BOM ليقرأ Excel ترميز UTF-8</translation>
        </message>
        <message>
            <source>vCard version (default: 3.0)</source>
            <translation>إصدار vCard (الافتراضي: 3.0)</translation>
        </message>
        <message>
            <source>attendance/referrals/palms: the meeting on this date (default: the last closed one)</source>
            <translation>attendance/referrals/palms: اجتماع هذا التاريخ (الافتراضي: آخر اجتماع مغلق)</translation>
        </message>
        <message>
            <source>attendance/referrals/palms: from this day (inclusive)</source>
            <translation>attendance/referrals/palms: من هذا اليوم (ضمنًا)</translation>
        </message>
        <message>
            <source>attendance/referrals/palms: up to this day (inclusive)</source>
            <translation>attendance/referrals/palms: حتى هذا اليوم (ضمنًا)</translation>
        </message>
        <message>
            <source>totalnet: the import was interrupted; nothing was written.</source>
            <translation>totalnet: قوطع الاستيراد؛ لم يُكتب شيء.</translation>
        </message>
        <message numerus="yes">
            <source>{column} (%n row(s))</source>
            <translation>
                <numerusform>{column} (لا صفوف)</numerusform>
                <numerusform>{column} (صف واحد)</numerusform>
                <numerusform>{column} (صفان)</numerusform>
                <numerusform>{column} (%n صفوف)</numerusform>
                <numerusform>{column} (%n صفًا)</numerusform>
                <numerusform>{column} (%n صف)</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in the notes as "Column: value" lines: {columns}.</source>
            <translation>حُفظت في الملاحظات كسطور "العمود: القيمة": {columns}.</translation>
        </message>
        <message>
            <source>Columns not imported: {columns}; add --keep-unmapped to keep their values in the notes.</source>
            <translation>أعمدة لم تُستورد: {columns}؛ أضف ‎--keep-unmapped‎ لحفظ قيمها في الملاحظات.</translation>
        </message>
        <message numerus="yes">
            <source>The header row came again on %n line(s) ({lines}); skipped, not a contact.</source>
            <translation>
                <numerusform>تكرر صف العناوين في لا أسطر ({lines})؛ تم تخطيه، فهو ليس جهة اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في سطر واحد ({lines})؛ تم تخطيه، فهو ليس جهة اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في سطرين ({lines})؛ تم تخطيهما، فهما ليسا جهتي اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في %n أسطر ({lines})؛ تم تخطيها، فهي ليست جهات اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في %n سطرًا ({lines})؛ تم تخطيها، فهي ليست جهات اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في %n سطر ({lines})؛ تم تخطيها، فهي ليست جهات اتصال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n possible duplicate(s) (imported as new people; merge them in the app if they are the same person):</source>
            <translation>
                <numerusform>لا تكرارات محتملة</numerusform>
                <numerusform>تكرار محتمل واحد (استُورد كشخص جديد؛ ادمجه في التطبيق إن كان الشخص نفسه):</numerusform>
                <numerusform>تكراران محتملان (استُوردا كشخصين جديدين؛ ادمجهما في التطبيق إن كانا الشخص نفسه):</numerusform>
                <numerusform>%n تكرارات محتملة (استُوردت كأشخاص جدد؛ ادمجها في التطبيق إن كانت للشخص نفسه):</numerusform>
                <numerusform>%n تكرارًا محتملًا (استُوردت كأشخاص جدد؛ ادمجها في التطبيق إن كانت للشخص نفسه):</numerusform>
                <numerusform>%n تكرار محتمل (استُوردت كأشخاص جدد؛ ادمجها في التطبيق إن كانت للشخص نفسه):</numerusform>
            </translation>
        </message>
        <message>
            <source>row {line}: {name} {reason}</source>
            <translation>الصف {line}: {name} {reason}</translation>
        </message>
        <message>
            <source>... and {count} more</source>
            <translation>... و{count} غيرها</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <source>There is no chapter called "{wanted}" (known chapters: {names}); check the name, or add --new-chapter to create it.</source>
            <translation>لا يوجد فرع باسم «{wanted}» (الفروع المعروفة: {names})؛ تحقق من الاسم أو أضف ‎--new-chapter لإنشائه.</translation>
        </message>
        <message>
            <source>exported {count} contacts to {file}</source>
            <translation>صُدّرت {count} جهة اتصال إلى {file}</translation>
        </message>
        <message>
            <source>{what} can only be exported as CSV.</source>
            <translation>لا يمكن تصدير {what} إلا بصيغة CSV.</translation>
        </message>
        <message>
            <source>exported {count} rows to {file}</source>
            <translation>صُدّر {count} صفًّا إلى {file}</translation>
        </message>
        <message>
            <source>{option} "{text}" is not a date; write it like 2026-11-25.</source>
            <translation>{option} «{text}» ليس تاريخًا؛ اكتبه هكذا: 2026-11-25.</translation>
        </message>
        <message>
            <source>Choose either --meeting or --from/--to, not both.</source>
            <translation>اختر ‎--meeting أو ‎--from/--to، لا كليهما.</translation>
        </message>
        <message>
            <source>--meeting, --from and --to apply to attendance, referrals and palms, not {what}.</source>
            <translation>‎--meeting و‎--from و‎--to تنطبق على attendance وreferrals وpalms، لا على {what}.</translation>
        </message>
        <message>
            <source>print the follow-up queue as a table</source>
            <translation>اطبع قائمة المتابعات جدولًا</translation>
        </message>
        <message>
            <source>show the queue as on this day</source>
            <translation>اعرض القائمة كما هي في هذا اليوم</translation>
        </message>
        <message>
            <source>do not create new items before printing</source>
            <translation>لا تُنشئ بنودًا جديدة قبل الطباعة</translation>
        </message>
        <message>
            <source>'{text}' is not a date like 2026-03-11</source>
            <translation>«{text}» ليس تاريخًا مثل 2026-03-11</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الاستحقاق</translation>
        </message>
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
            <source>From</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>(snoozed)</source>
            <translation>(مؤجَّلة)</translation>
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
            <translation>المعروض {shown} · متأخرة {overdue}، اليوم {today}، هذا الأسبوع {week}، لاحقًا {later}</translation>
        </message>
        <message>
            <source>forget a person completely (contact, history, search, undo, logs)</source>
            <translation>انسَ شخصًا تمامًا (جهة الاتصال والسجل والبحث والتراجع والسجلات)</translation>
        </message>
        <message>
            <source>contact id, or a name, e-mail or phone that finds exactly one contact</source>
            <translation>رقم جهة الاتصال، أو اسم أو بريد أو هاتف يجد جهة اتصال واحدة بالضبط</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>لا تطلب التأكيد</translation>
        </message>
        <message>
            <source>also rewrite every backup that holds them, without them</source>
            <translation>أعد كتابة كل نسخة احتياطية تحويه أيضًا، من دونه</translation>
        </message>
        <message>
            <source>write everything held about one person to a folder</source>
            <translation>اكتب كل ما هو محفوظ عن شخص واحد في مجلد</translation>
        </message>
        <message>
            <source>a new or empty folder</source>
            <translation>مجلد جديد أو فارغ</translation>
        </message>
        <message>
            <source>protect the database and its backups with a passphrase</source>
            <translation>احمِ قاعدة البيانات ونسخها الاحتياطية بعبارة مرور</translation>
        </message>
        <message>
            <source>read the new passphrase from FILE (default: $TOTALNET_NEW_PASSPHRASE or ask)</source>
            <translation>اقرأ عبارة المرور الجديدة من FILE (الافتراضي: ‎$TOTALNET_NEW_PASSPHRASE أو السؤال)</translation>
        </message>
        <message>
            <source>keep the passphrase in the system keyring</source>
            <translation>احفظ عبارة المرور في حلقة مفاتيح النظام</translation>
        </message>
        <message>
            <source>remove the passphrase: a plain SQLite file again</source>
            <translation>أزل عبارة المرور: ملف SQLite عادي من جديد</translation>
        </message>
        <message>
            <source>There is no contact with id {text}.</source>
            <translation>لا توجد جهة اتصال برقم {text}.</translation>
        </message>
        <message>
            <source>No contact matches "{text}".</source>
            <translation>لا توجد جهة اتصال تطابق «{text}».</translation>
        </message>
        <message>
            <source>"{text}" matches {count} contacts ({shown}); give the id of the one you mean.</source>
            <translation>«{text}» يطابق {count} جهات اتصال ({shown})؛ أعطِ رقم التي تقصدها.</translation>
        </message>
        <message>
            <source>"{text}" matches more than 10 contacts ({shown}); give the id of the one you mean.</source>
            <translation>«{text}» يطابق أكثر من 10 جهات اتصال ({shown})؛ أعطِ رقم التي تقصدها.</translation>
        </message>
        <message>
            <source>forget asks for confirmation; add --yes to run it from a script.</source>
            <translation>يطلب forget التأكيد؛ أضف ‎--yes لتشغيله من نص برمجي.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>this contact</source>
            <translation>جهة الاتصال هذه</translation>
        </message>
        <message>
            <source>Forget {name} (id {id}) for good? This cannot be undone. Type {yes}: </source>
            <translation>أتريد نسيان {name} (المعرّف {id}) نهائيًا؟ لا يمكن التراجع عن ذلك. اكتب {yes}: </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>لم يتغيّر شيء.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) made before still hold them:</source>
            <translation>
                <numerusform>لا توجد نسخ احتياطية سابقة تحتفظ بهم:</numerusform>
                <numerusform>نسخة احتياطية واحدة سابقة لا تزال تحتفظ بهم:</numerusform>
                <numerusform>نسختان احتياطيتان سابقتان لا تزالان تحتفظان بهم:</numerusform>
                <numerusform>%n نسخ احتياطية سابقة لا تزال تحتفظ بهم:</numerusform>
                <numerusform>%n نسخة احتياطية سابقة لا تزال تحتفظ بهم:</numerusform>
                <numerusform>%n نسخة احتياطية سابقة لا تزال تحتفظ بهم:</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}  {label}, {created}</source>
            <translation>{name}  {label}، {created}</translation>
        </message>
        <message>
            <source>Run again with --rewrite-backups to rewrite each without them.</source>
            <translation>شغّله مجددًا مع ‎--rewrite-backups لإعادة كتابة كلٍّ منها من دونه.</translation>
        </message>
        <message numerus="yes">
            <source>Rewrote %n backup(s) without them.</source>
            <translation>
                <numerusform>لم تُعَد كتابة أي نسخة احتياطية.</numerusform>
                <numerusform>أُعيدت كتابة نسخة احتياطية واحدة من دونه.</numerusform>
                <numerusform>أُعيدت كتابة نسختين احتياطيتين من دونه.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخ احتياطية من دونه.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخة احتياطية من دونه.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخة احتياطية من دونه.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the new passphrase with --new-passphrase-file FILE or {ENV_NEW_PASSPHRASE}.</source>
            <translation>أعطِ عبارة المرور الجديدة عبر ‎--new-passphrase-file FILE أو {ENV_NEW_PASSPHRASE}.</translation>
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered: without it the data cannot be read by anyone, you included.</source>
            <translation>لا يمكن استرداد عبارة مرور منسية: من دونها لا يستطيع أحد قراءة البيانات، وأنت منهم.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>عبارة المرور الجديدة: </translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>عبارة المرور نفسها مرة أخرى: </translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>عبارتا المرور مختلفتان؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The passphrase file {name} cannot be read: {error}.</source>
            <translation>تتعذّر قراءة ملف عبارة المرور {name}: {error}.</translation>
        </message>
        <message>
            <source>The passphrase file {name} is empty.</source>
            <translation>ملف عبارة المرور {name} فارغ.</translation>
        </message>
        <message>
            <source>encrypting</source>
            <translation>التشفير</translation>
        </message>
        <message>
            <source>The passphrase is kept in the system keyring.</source>
            <translation>عبارة المرور محفوظة في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>No system keyring is available; the passphrase was not kept.</source>
            <translation>لا تتوفر سلسلة مفاتيح للنظام؛ لم تُحفظ عبارة المرور.</translation>
        </message>
        <message>
            <source>decrypting</source>
            <translation>فك التشفير</translation>
        </message>
        <message>
            <source>TotalNet's window is open on this data folder (process {pid}), so {action} would change the database under it; quit the window (File &gt; Quit) and run the command again.</source>
            <translation>نافذة TotalNet مفتوحة على مجلد البيانات هذا (العملية {pid})، لذا فإن {action} سيغيّر قاعدة البيانات من تحتها؛ أغلق النافذة (ملف &gt; إنهاء) ثم شغّل الأمر مرة أخرى.</translation>
        </message>
        <message>
            <source>TotalNet Desktop: total networking, offline. With no command, opens the app.</source>
            <translation>TotalNet Desktop: تواصل شامل، دون اتصال بالإنترنت. بلا أمر يفتح التطبيق.</translation>
        </message>
        <message>
            <source>a shared chapter database, postgresql://user@host/chapter (default: $TOTALNET_DATABASE, else the SQLite file in the data folder)</source>
            <translation>قاعدة بيانات مشتركة للفرع، postgresql://user@host/chapter (الافتراضي: ‎$TOTALNET_DATABASE، وإلا ملف SQLite في مجلد البيانات)</translation>
        </message>
        <message>
            <source>run the command on the TotalNet file or backup FILE, read-only: reading commands work, writing commands are refused, FILE is never changed</source>
            <translation>تشغيل الأمر على ملف TotalNet أو النسخة الاحتياطية FILE للقراءة فقط: تعمل أوامر القراءة، وتُرفض أوامر الكتابة، ولا يتغير FILE أبدًا</translation>
        </message>
        <message>
            <source>data folder (default: $TOTALNET_DATA_DIR or the user data folder)</source>
            <translation>مجلد البيانات (الافتراضي: ‎$TOTALNET_DATA_DIR أو مجلد بيانات المستخدم)</translation>
        </message>
        <message>
            <source>language of the app and its messages, e.g. ar or en (default: the system's)</source>
            <translation>لغة التطبيق ورسائله، مثل ar أو en (الافتراضي: لغة النظام)</translation>
        </message>
        <message>
            <source>read the passphrase of a protected database from FILE (default: $TOTALNET_PASSPHRASE)</source>
            <translation>اقرأ عبارة مرور قاعدة البيانات المحمية من FILE (الافتراضي: ‎$TOTALNET_PASSPHRASE)</translation>
        </message>
        <message>
            <source>give --copy or --database, not both</source>
            <translation>استخدم ‎--copy أو ‎--database، لا كليهما</translation>
        </message>
        <message>
            <source>--copy needs a command; the app opens a copy with File &gt; Open a copy read-only...</source>
            <translation>يحتاج ‎--copy إلى أمر؛ يفتح التطبيق نسخة من ملف &gt; فتح نسخة للقراءة فقط...</translation>
        </message>
        <message>
            <source>totalnet: interrupted; nothing more was written.</source>
            <translation>totalnet: تمت المقاطعة؛ لم يُكتب شيء آخر.</translation>
        </message>
        <message>
            <source>{count} {colour}</source>
            <translation>{count} {colour}</translation>
        </message>
        <message>
            <source>each member's traffic-light score, total and colour</source>
            <translation>درجة إشارة المرور لكل عضو ومجموعها ولونها</translation>
        </message>
        <message>
            <source>UK 2012 (default), Power of One, or the chapter's own</source>
            <translation>UK 2012 (الافتراضي) أو Power of One أو نظام الفرع الخاص</translation>
        </message>
        <message>
            <source>first day (default: the last six completed calendar months)</source>
            <translation>اليوم الأول (الافتراضي: آخر ستة أشهر تقويمية مكتملة)</translation>
        </message>
        <message>
            <source>last day (default: today with --from)</source>
            <translation>اليوم الأخير (الافتراضي: اليوم مع ‎--from)</translation>
        </message>
        <message>
            <source>write a CSV file instead of printing</source>
            <translation>اكتب ملف CSV بدلًا من الطباعة</translation>
        </message>
        <message>
            <source>The {what} date "{text}" is not a date; write it like 2026-06-01.</source>
            <translation>تاريخ {what} «{text}» ليس تاريخًا؛ اكتبه هكذا: 2026-06-01.</translation>
        </message>
        <message>
            <source>--to needs --from (the period's first day).</source>
            <translation>يحتاج ‎--to إلى ‎--from (اليوم الأول من الفترة).</translation>
        </message>
        <message>
            <source>The period ends ({last}) before it starts ({first}).</source>
            <translation>تنتهي الفترة ({last}) قبل أن تبدأ ({first}).</translation>
        </message>
        <message>
            <source>There is no chapter yet (or several and none is yours): set one up in the app first.</source>
            <translation>لا يوجد فرع بعد (أو توجد عدة فروع وليس أيٌّ منها فرعك): أعِدّ فرعًا في التطبيق أولًا.</translation>
        </message>
        <message>
            <source>wrote {csv}: {count} members, {name}, {start} to {end}</source>
            <translation>كُتب {csv}: {count} عضوًا، {name}، من {start} إلى {end}</translation>
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
            <source>{area} points</source>
            <translation>نقاط {area}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>{chapter_name}: {name}, {start} to {end}, {held} meetings</source>
            <translation>{chapter_name}: {name}، من {start} إلى {end}، {held} اجتماعات</translation>
        </message>
        <message>
            <source>copy every table between two TotalNet databases (SQLite files or postgresql:// servers)</source>
            <translation>انسخ كل الجداول بين قاعدتي بيانات TotalNet (ملفات SQLite أو خوادم postgresql://)</translation>
        </message>
        <message>
            <source>an SQLite file or postgresql://user@host/chapter</source>
            <translation>ملف SQLite أو postgresql://user@host/chapter</translation>
        </message>
        <message>
            <source>delete what TO holds first (it must otherwise be empty)</source>
            <translation>احذف محتوى TO أولًا (وإلا يجب أن يكون فارغًا)</translation>
        </message>
        <message>
            <source>publish a meeting recorded offline in a TotalNet file to this database (the chapter server)</source>
            <translation>انشر اجتماعًا سُجِّل دون اتصال في ملف TotalNet إلى قاعدة البيانات هذه (خادم الفرع)</translation>
        </message>
        <message>
            <source>the TotalNet file the meeting was recorded in</source>
            <translation>ملف TotalNet الذي سُجِّل فيه الاجتماع</translation>
        </message>
        <message>
            <source>the meeting's date (default: the file's latest meeting)</source>
            <translation>تاريخ الاجتماع (الافتراضي: أحدث اجتماع في الملف)</translation>
        </message>
        <message>
            <source>the chapter, when the file holds several</source>
            <translation>الفرع، إن كان في الملف أكثر من فرع</translation>
        </message>
        <message>
            <source>say what would be published, and publish nothing</source>
            <translation>اذكر ما سيُنشر، ولا تنشر شيئًا</translation>
        </message>
        <message>
            <source>fill the database with a sample chapter and contacts</source>
            <translation>املأ قاعدة البيانات بفرع وجهات اتصال تجريبية</translation>
        </message>
        <message>
            <source>add the sample even when the database has data</source>
            <translation>أضف العينة حتى لو كانت في قاعدة البيانات بيانات</translation>
        </message>
        <message>
            <source>(your data was backed up first to {file})</source>
            <translation>(نُسخت بياناتك احتياطيًا أولًا إلى {file})</translation>
        </message>
        <message>
            <source>read LinkedIn, WhatsApp, calendar and mail history into the timeline</source>
            <translation>اقرأ سجل لينكدإن وواتساب والتقويم والبريد إلى الخط الزمني</translation>
        </message>
        <message>
            <source>a file, a folder or the ZIP the service delivers</source>
            <translation>ملف أو مجلد أو ملف ZIP الذي تسلّمه الخدمة</translation>
        </message>
        <message>
            <source>who you are in these files (your name, number, address or profile); remembered</source>
            <translation>من أنت في هذه الملفات (اسمك أو رقمك أو عنوانك أو ملفك الشخصي)؛ يُحفَظ</translation>
        </message>
        <message>
            <source>for chats whose dates cannot tell: day first or month first; remembered</source>
            <translation>للمحادثات التي لا تكشف تواريخها: اليوم أولًا أو الشهر أولًا؛ يُحفَظ</translation>
        </message>
        <message>
            <source>keep (or, with --no-keep-text, do not keep) the first line of each conversation-day and each event's title; remembered, as the Import history dialog's tick</source>
            <translation>احتفظ (أو، مع --no-keep-text، لا تحتفظ) بالسطر الأول من كل يوم محادثة وبعنوان كل حدث؛ يُحفظ الاختيار، مثل خانة نافذة استيراد السجل</translation>
        </message>
        <message>
            <source>list the imports that can be undone</source>
            <translation>اعرض عمليات الاستيراد التي يمكن التراجع عنها</translation>
        </message>
        <message>
            <source>undo one import (its id from --list)</source>
            <translation>تراجع عن عملية استيراد (رقمها من ‎--list)</translation>
        </message>
        <message>
            <source>remove everything imported from one source</source>
            <translation>أزل كل ما استُورد من مصدر واحد</translation>
        </message>
        <message>
            <source>list the people waiting for review</source>
            <translation>اعرض الأشخاص الذين ينتظرون المراجعة</translation>
        </message>
        <message>
            <source>{id}	{imported_at}	{source}	{touches} touches, {pending} waiting	{file_name}</source>
            <translation>{id}	{imported_at}	{source}	{touches} تواصلًا، {pending} بالانتظار	{file_name}</translation>
        </message>
        <message>
            <source>removed {count} touches</source>
            <translation>أُزيل {count} تواصلًا</translation>
        </message>
        <message>
            <source>totalnet: name at least one file, folder or ZIP to import.</source>
            <translation>totalnet: سمِّ ملفًا أو مجلدًا أو ملف ZIP واحدًا على الأقل للاستيراد.</translation>
        </message>
        <message>
            <source>Run again with --me YOUR-NAME.</source>
            <translation>شغّله مجددًا مع ‎--me اسمك.</translation>
        </message>
        <message>
            <source>Run again with --date-order dmy or --date-order mdy.</source>
            <translation>شغّله مجددًا مع ‎--date-order dmy أو ‎--date-order mdy.</translation>
        </message>
        <message>
            <source>totalnet: {error}{hint}</source>
            <translation>totalnet: {error}{hint}</translation>
        </message>
        <message>
            <source>{file}, line {line}: skipped, {reason}</source>
            <translation>{file}، السطر {line}: تُخطّي، {reason}</translation>
        </message>
        <message>
            <source>{file}: {count} more bad lines skipped</source>
            <translation>{file}: تُخطّي {count} سطرًا تالفًا آخر</translation>
        </message>
        <message>
            <source>print every Insights figure as text</source>
            <translation>اطبع كل أرقام الرؤى نصًّا</translation>
        </message>
        <message>
            <source>12m (default), year, lastyear, 5y, all, or FROM..TO as YYYY-MM-DD..YYYY-MM-DD</source>
            <translation>12m (الافتراضي) أو year أو lastyear أو 5y أو all أو FROM..TO بالشكل YYYY-MM-DD..YYYY-MM-DD</translation>
        </message>
        <message>
            <source>--period "{text}" is not a period; use 12m, year, lastyear, 5y, all or FROM..TO like 2026-01-01..2026-06-30 (the end not before the start).</source>
            <translation>‎--period «{text}» ليست فترة؛ استخدم 12m أو year أو lastyear أو 5y أو all أو FROM..TO مثل 2026-01-01..2026-06-30 (النهاية ليست قبل البداية).</translation>
        </message>
        <message>
            <source>Period: {label}, {start} to {end}</source>
            <translation>الفترة: {label}، من {start} إلى {end}</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>مخصصة</translation>
        </message>
        <message>
            <source>Me: {me}; chapter: {chapter}</source>
            <translation>أنا: {me}؛ الفرع: {chapter}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(غير محدد)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>{ratio}x</source>
            <translation>{ratio}×</translation>
        </message>
        <message>
            <source>Closed from chapter referrals: {money}</source>
            <translation>المُنجَز من إحالات الفرع: {money}</translation>
        </message>
        <message>
            <source>Fee for this period: {money}</source>
            <translation>رسوم هذه الفترة: {money}</translation>
        </message>
        <message>
            <source>Return: {ratio}</source>
            <translation>العائد: {ratio}</translation>
        </message>
        <message>
            <source>Paid back on: {day}</source>
            <translation>استُردّت في: {day}</translation>
        </message>
        <message>
            <source>Still to pay back: {money}</source>
            <translation>المتبقي للاسترداد: {money}</translation>
        </message>
        <message>
            <source>Business you passed (closed by others): {money}</source>
            <translation>أعمال مرّرتها (أنجزها آخرون): {money}</translation>
        </message>
        <message>
            <source>Thank-yous in another currency (not summed): {count}</source>
            <translation>شكر بعملة أخرى (غير مجموع): {count}</translation>
        </message>
        <message>
            <source>Return on membership</source>
            <translation>العائد على العضوية</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <source>Given inside / outside: {inside} / {outside}</source>
            <translation>المقدَّمة داخلية / خارجية: {inside} / {outside}</translation>
        </message>
        <message>
            <source>Received inside / outside: {inside} / {outside}</source>
            <translation>المستلَمة داخلية / خارجية: {inside} / {outside}</translation>
        </message>
        <message>
            <source>Received from {source}: {count}</source>
            <translation>المستلَمة من {source}: {count}</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Meetings: {count}, {first} to {last}</source>
            <translation>الاجتماعات: {count}، من {first} إلى {last}</translation>
        </message>
        <message>
            <source>Absences in the last six months: {count} of {limit}</source>
            <translation>الغيابات في الأشهر الستة الأخيرة: {count} من {limit}</translation>
        </message>
        <message>
            <source>Chapter turnout: {percent}</source>
            <translation>نسبة حضور الفرع: {percent}</translation>
        </message>
        <message>
            <source>Total networking (people in touch)</source>
            <translation>التواصل الشامل (أشخاص على تواصل)</translation>
        </message>
        <message>
            <source>Both online and in person: {count}</source>
            <translation>عبر الإنترنت ووجهًا لوجه: {count}</translation>
        </message>
        <message>
            <source>Only in person: {count}</source>
            <translation>وجهًا لوجه فقط: {count}</translation>
        </message>
        <message>
            <source>Only online: {count}</source>
            <translation>عبر الإنترنت فقط: {count}</translation>
        </message>
        <message>
            <source>Share reached both ways: {percent}</source>
            <translation>نسبة من وصلتهم بالطريقتين: {percent}</translation>
        </message>
        <message>
            <source>Know, like, trust</source>
            <translation>المعرفة والإعجاب والثقة</translation>
        </message>
        <message>
            <source>{stage}: {contacts} (added {added}, in touch {in_touch}, quiet {quiet})</source>
            <translation>{stage}: {contacts} (أُضيف {added}، على تواصل {in_touch}، هادئ {quiet})</translation>
        </message>
        <message>
            <source>Moved up / down: {up} / {down}</source>
            <translation>صعودًا / نزولًا: {up} / {down}</translation>
        </message>
        <message>
            <source>Follow-through</source>
            <translation>المتابعة حتى النهاية</translation>
        </message>
        <message>
            <source>Done on time: {count}</source>
            <translation>أُنجزت في الموعد: {count}</translation>
        </message>
        <message>
            <source>Done late: {count}</source>
            <translation>أُنجزت متأخرة: {count}</translation>
        </message>
        <message>
            <source>Dismissed: {count}</source>
            <translation>متجاهَلة: {count}</translation>
        </message>
        <message>
            <source>Overdue: {count}</source>
            <translation>متأخرة: {count}</translation>
        </message>
        <message>
            <source>Pending: {count}</source>
            <translation>معلّقة: {count}</translation>
        </message>
        <message>
            <source>On time: {percent}</source>
            <translation>في الموعد: {percent}</translation>
        </message>
        <message>
            <source>Top relationships</source>
            <translation>أهم العلاقات</translation>
        </message>
        <message>
            <source>{name}: referrals {to_me} to me, {from_me} from me; business they sent {sent}, I sent {i_sent}</source>
            <translation>{name}: إحالات {to_me} إليّ و{from_me} منّي؛ أعمال أرسلها {sent}، وأرسلتُ {i_sent}</translation>
        </message>
        <message>
            <source>print a report to PDF</source>
            <translation>اطبع تقريرًا إلى PDF</translation>
        </message>
        <message>
            <source>the weekly chapter (PALMS) report of a meeting</source>
            <translation>تقرير الفرع الأسبوعي (PALMS) لاجتماع</translation>
        </message>
        <message>
            <source>the meeting's date (default: the latest)</source>
            <translation>تاريخ الاجتماع (الافتراضي: الأحدث)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>ملف PDF المراد كتابته</translation>
        </message>
        <message>
            <source>There is no meeting on {day}.</source>
            <translation>لا يوجد اجتماع في {day}.</translation>
        </message>
        <message>
            <source>There is no meeting yet.</source>
            <translation>لا يوجد اجتماع بعد.</translation>
        </message>
        <message>
            <source>wrote {pdf}: {chapter_name}, meeting of {date:%Y-%m-%d}, {members} members</source>
            <translation>كُتب {pdf}: {chapter_name}، اجتماع {date:%Y-%m-%d}، {members} عضوًا</translation>
        </message>
        <message>
            <source>search contacts, one a line (exit 1 when none match)</source>
            <translation>ابحث في جهات الاتصال، واحدة في كل سطر (رمز الخروج 1 إن لم يطابق شيء)</translation>
        </message>
        <message>
            <source>what you would type in the Contacts search box</source>
            <translation>ما تكتبه في مربع البحث في جهات الاتصال</translation>
        </message>
        <message>
            <source>Type something to search for, e.g. totalnet search Layla.</source>
            <translation>اكتب شيئًا للبحث عنه، مثل totalnet search Layla.</translation>
        </message>
        <message>
            <source>{name} | {company} | {emails} | {phones}</source>
            <translation>{name} | {company} | {emails} | {phones}</translation>
        </message>
        <message>
            <source>show or choose who you are (on a chapter server: for your login)</source>
            <translation>اعرض من أنت أو اختره (على خادم الفرع: لتسجيل دخولك)</translation>
        </message>
        <message>
            <source>yourself on the chapter's roster: a name (or part of it) or a contact id</source>
            <translation>أنت في قائمة أعضاء الفرع: اسم (أو جزء منه) أو رقم جهة الاتصال</translation>
        </message>
        <message>
            <source>you are not on the roster: make your own card with this name (private to your login)</source>
            <translation>لست في قائمة الأعضاء: أنشئ بطاقتك بهذا الاسم (خاصة بتسجيل دخولك)</translation>
        </message>
        <message>
            <source>your company, with --new</source>
            <translation>شركتك، مع ‎--new</translation>
        </message>
        <message>
            <source>list the members you can choose from</source>
            <translation>اعرض الأعضاء الذين يمكنك الاختيار منهم</translation>
        </message>
        <message>
            <source>You have not said who you are yet: totalnet me NAME.</source>
            <translation>لم تحدد من أنت بعد: totalnet me الاسم.</translation>
        </message>
        <message>
            <source>Login {login} has not said who they are yet: totalnet me NAME, or totalnet me --new "Your Name" when you are not on the roster.</source>
            <translation>لم يحدد تسجيل الدخول {login} من هو بعد: totalnet me الاسم، أو totalnet me --new "اسمك" إن لم تكن في قائمة الأعضاء.</translation>
        </message>
        <message>
            <source>You are {name} (contact {id}).</source>
            <translation>أنت {name} (جهة الاتصال {id}).</translation>
        </message>
        <message>
            <source>You are {name} (contact {id}) on login {login}.</source>
            <translation>أنت {name} (جهة الاتصال {id}) في تسجيل الدخول {login}.</translation>
        </message>
        <message>
            <source>totalnet: nobody on the roster is called "{text}"; see totalnet me --roster, or make your own card with totalnet me --new "Your Name".</source>
            <translation>totalnet: لا أحد في قائمة الأعضاء اسمه "{text}"؛ راجع totalnet me --roster، أو أنشئ بطاقتك بالأمر totalnet me --new "اسمك".</translation>
        </message>
        <message>
            <source>totalnet: several members match "{text}"; give more of the name or the id:</source>
            <translation>totalnet: أكثر من عضو يطابق "{text}"؛ اكتب جزءًا أطول من الاسم أو الرقم:</translation>
        </message>
        <message>
            <source>already 'me' for the login {login}</source>
            <translation>«أنا» بالفعل لتسجيل الدخول {login}</translation>
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
            <source>LinkedIn</source>
            <translation>لينكدإن</translation>
        </message>
        <message>
            <source>X</source>
            <translation>إكس</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>فيسبوك</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>إنستغرام</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>ChannelChip</name>
        <message>
            <source>Met</source>
            <translation>لقاء</translation>
        </message>
        <message>
            <source>Tel</source>
            <translation>هاتف</translation>
        </message>
    </context>
    <context>
        <name>Chapter</name>
        <message>
            <source>The start time "{text}" is not a time; write it like 07:00.</source>
            <translation>وقت البدء «{text}» ليس وقتًا؛ اكتبه هكذا: 07:00.</translation>
        </message>
        <message>
            <source>The chapter needs a name.</source>
            <translation>يحتاج الفرع إلى اسم.</translation>
        </message>
        <message>
            <source>The meeting weekday must be Monday to Sunday.</source>
            <translation>يجب أن يكون يوم الاجتماع من الاثنين إلى الأحد.</translation>
        </message>
        <message>
            <source>The grace period must be between 0 and 180 minutes.</source>
            <translation>يجب أن تكون مهلة التأخير بين 0 و180 دقيقة.</translation>
        </message>
        <message>
            <source>The chapter #{chapter_id} does not exist.</source>
            <translation>الفرع رقم {chapter_id} غير موجود.</translation>
        </message>
        <message>
            <source>A chapter named "{name}" already exists.</source>
            <translation>يوجد بالفعل فرع باسم «{name}».</translation>
        </message>
        <message>
            <source>The role "{role}" is not one of: {items}.</source>
            <translation>الدور «{role}» ليس واحدًا من: {items}.</translation>
        </message>
        <message>
            <source>The renewal date cannot be before the joining date.</source>
            <translation>لا يمكن أن يسبق تاريخ التجديد تاريخ الانضمام.</translation>
        </message>
        <message>
            <source>The leaving date cannot be before the joining date.</source>
            <translation>لا يمكن أن يسبق تاريخ المغادرة تاريخ الانضمام.</translation>
        </message>
        <message>
            <source>{name} is already on the roster.</source>
            <translation>{name} موجود بالفعل في قائمة الأعضاء.</translation>
        </message>
        <message>
            <source>The roster entry #{membership_id} does not exist.</source>
            <translation>قيد قائمة الأعضاء رقم {membership_id} غير موجود.</translation>
        </message>
        <message>
            <source>Unknown roster field(s): {items}.</source>
            <translation>حقول غير معروفة في قائمة الأعضاء: {items}.</translation>
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
            <translation>الأع&amp;ضاء</translation>
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
            <source>Layla Haddad, Printer, Haddad Print
Omar Khan, Lawyer</source>
            <translation>ليلى حداد، طباعة، مطبعة حداد
عمر خان، محامٍ</translation>
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
        <name>ChapterView</name>
        <message>
            <source>Chapter tools</source>
            <translation>أدوات الفرع</translation>
        </message>
        <message>
            <source>Traffic &amp;lights</source>
            <translation>إ&amp;شارات المرور</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>جدو&amp;ل الأعمال</translation>
        </message>
        <message>
            <source>Feature r&amp;ota</source>
            <translation>مناو&amp;بة العروض</translation>
        </message>
        <message>
            <source>V&amp;isitors</source>
            <translation>الز&amp;وار</translation>
        </message>
        <message>
            <source>Power tea&amp;ms</source>
            <translation>&amp;فرق القوة</translation>
        </message>
        <message>
            <source>Sheet for BNI &amp;Connect</source>
            <translation>ورق&amp;ة BNI Connect</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Encrypted when the server offers it</source>
            <translation>مشفّر عندما يتيح الخادم ذلك</translation>
        </message>
        <message>
            <source>Always encrypted</source>
            <translation>مشفّر دائمًا</translation>
        </message>
        <message>
            <source>Always encrypted, server certificate checked</source>
            <translation>مشفّر دائمًا، مع التحقق من شهادة الخادم</translation>
        </message>
        <message>
            <source>Always encrypted, certificate authority checked</source>
            <translation>مشفّر دائمًا، مع التحقق من جهة إصدار الشهادة</translation>
        </message>
        <message>
            <source>Not encrypted (local network only)</source>
            <translation>غير مشفّر (للشبكة المحلية فقط)</translation>
        </message>
        <message>
            <source>Connect to a chapter server</source>
            <translation>الاتصال بخادم الفرع</translation>
        </message>
        <message>
            <source>Share one chapter with your leadership team: TotalNet keeps the chapter on a PostgreSQL server. Your chapter's administrator gives you these details.</source>
            <translation>شارك فرعًا واحدًا مع فريق القيادة: يحفظ TotalNet بيانات الفرع على خادم PostgreSQL. يعطيك مسؤول الفرع هذه التفاصيل.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>الخادم</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>المنفذ</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>قاعدة البيانات</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <source>Leave empty to use the saved one or ~/.pgpass</source>
            <translation>اتركها فارغة لاستخدام المحفوظة أو ملف ‎~/.pgpass</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>التشفير</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>ال&amp;خادم:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>ال&amp;منفذ:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;قاعدة البيانات:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;اسم المستخدم:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;كلمة المرور:</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>الت&amp;شفير:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in this computer's keyring</source>
            <translation>تذكّ&amp;ر كلمة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
        </message>
        <message>
            <source>Remember the password in this computer's keyring</source>
            <translation>تذكّر كلمة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
        </message>
        <message>
            <source>This computer has no keyring: the password is kept for this session only. To skip typing it, the server's administrator can set up a ~/.pgpass file.</source>
            <translation>لا توجد سلسلة مفاتيح على هذا الحاسوب: تُحفظ كلمة المرور لهذه الجلسة فقط. لتجنّب كتابتها كل مرة، يستطيع مسؤول الخادم إعداد ملف ‎~/.pgpass.</translation>
        </message>
        <message>
            <source>&amp;Check the server</source>
            <translation>&amp;فحص الخادم</translation>
        </message>
        <message>
            <source>Check the server</source>
            <translation>فحص الخادم</translation>
        </message>
        <message>
            <source>What the server answered</source>
            <translation>ردّ الخادم</translation>
        </message>
        <message>
            <source>Cop&amp;y my personal file up first (contacts, meetings, follow-ups)</source>
            <translation>ا&amp;نسخ ملفي الشخصي إلى الخادم أولًا (جهات الاتصال، الاجتماعات، المتابعات)</translation>
        </message>
        <message>
            <source>Copy my personal file up first</source>
            <translation>انسخ ملفي الشخصي إلى الخادم أولًا</translation>
        </message>
        <message>
            <source>Co&amp;nnect</source>
            <translation>ا&amp;تصال</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Fill in the server, the database and the user name.</source>
            <translation>املأ الخادم وقاعدة البيانات واسم المستخدم.</translation>
        </message>
        <message>
            <source>The server runs PostgreSQL {version}; TotalNet needs PostgreSQL 13 or newer.</source>
            <translation>يعمل الخادم بالإصدار {version} من PostgreSQL؛ يحتاج TotalNet إلى PostgreSQL 13 أو أحدث.</translation>
        </message>
        <message>
            <source>The database {label} was written by a newer TotalNet (schema version {schema}): update this app first.</source>
            <translation>كُتبت قاعدة البيانات {label} بإصدار أحدث من TotalNet (إصدار المخطط {schema}): حدّث هذا التطبيق أولًا.</translation>
        </message>
        <message>
            <source>Create the tables and co&amp;nnect</source>
            <translation>أنشئ الجداول و&amp;اتصل</translation>
        </message>
        <message>
            <source>PostgreSQL {version} answered. The database {label} has no TotalNet tables yet: Connect creates them.</source>
            <translation>أجاب PostgreSQL {version}. لا تحتوي قاعدة البيانات {label} على جداول TotalNet بعد: زر الاتصال ينشئها.</translation>
        </message>
        <message>
            <source>Upgrade and co&amp;nnect</source>
            <translation>رقِّ و&amp;اتصل</translation>
        </message>
        <message>
            <source>PostgreSQL {version} answered. The database {label} holds an older TotalNet's tables (version {old}): Connect upgrades them to version {new}; every desk then needs this TotalNet or newer.</source>
            <translation>أجاب PostgreSQL {version}. تحتوي قاعدة البيانات {label} على جداول من إصدار أقدم من TotalNet (الإصدار {old}): زر الاتصال يرقّيها إلى الإصدار {new}، وبعدها يحتاج كل مكتب إلى هذا الإصدار من TotalNet أو أحدث.</translation>
        </message>
        <message>
            <source>PostgreSQL {version} answered. The chapter database {label} is ready.</source>
            <translation>أجاب PostgreSQL {version}. قاعدة بيانات الفرع {label} جاهزة.</translation>
        </message>
        <message>
            <source>The keyring did not take the password: it is kept for this session only.</source>
            <translation>لم تقبل سلسلة المفاتيح كلمة المرور: ستُحفظ لهذه الجلسة فقط.</translation>
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
            <source>This contact's details cannot be read while the chapter server is away; the list stays as it was.</source>
            <translation>لا يمكن قراءة تفاصيل جهة الاتصال هذه ما دام خادم الفرع غير متاح؛ تبقى القائمة كما كانت.</translation>
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
        <message>
            <source>Link to a contact - TotalNet</source>
            <translation>ربط بجهة اتصال - TotalNet</translation>
        </message>
        <message>
            <source>Type a name, company, number or e-mail</source>
            <translation>اكتب اسمًا أو شركة أو رقمًا أو بريدًا إلكترونيًا</translation>
        </message>
        <message>
            <source>Find a contact</source>
            <translation>ابحث عن جهة اتصال</translation>
        </message>
        <message>
            <source>Contacts found</source>
            <translation>جهات الاتصال التي وُجدت</translation>
        </message>
        <message>
            <source>Which contact is &lt;b&gt;{person}&lt;/b&gt;?</source>
            <translation>أي جهة اتصال هي &lt;b&gt;{person}&lt;/b&gt;؟</translation>
        </message>
        <message>
            <source>{name}  ({detail})</source>
            <translation>{name}  ({detail})</translation>
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
            <source>No contacts yet</source>
            <translation>لا توجد جهات اتصال بعد</translation>
        </message>
        <message>
            <source>Import contacts...</source>
            <translation>استيراد جهات الاتصال...</translation>
        </message>
        <message>
            <source>From LinkedIn, Google, Outlook, a phone's vCard or a spreadsheet.</source>
            <translation>من LinkedIn أو Google أو Outlook أو بطاقة vCard من هاتف أو جدول بيانات.</translation>
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
            <source>Add a contact</source>
            <translation>إضافة جهة اتصال</translation>
        </message>
        <message>
            <source>Type one in (Ctrl+N).</source>
            <translation>اكتب واحدة بنفسك (Ctrl+N).</translation>
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
        <message>
            <source>Log a touch with the selected contact</source>
            <translation>تسجيل تواصل مع جهة الاتصال المحدَّدة</translation>
        </message>
        <message>
            <source>Move to the trash</source>
            <translation>نقل إلى سلة المحذوفات</translation>
        </message>
        <message>
            <source>Edit the selected contact</source>
            <translation>تعديل جهة الاتصال المحدَّدة</translation>
        </message>
        <message numerus="yes">
            <source>%n found on screen; full search when the server is back</source>
            <translation>
                <numerusform>وُجد على الشاشة: %n؛ البحث الكامل عند عودة الخادم</numerusform>
                <numerusform>وُجد على الشاشة: %n؛ البحث الكامل عند عودة الخادم</numerusform>
                <numerusform>وُجد على الشاشة: %n؛ البحث الكامل عند عودة الخادم</numerusform>
                <numerusform>وُجد على الشاشة: %n؛ البحث الكامل عند عودة الخادم</numerusform>
                <numerusform>وُجد على الشاشة: %n؛ البحث الكامل عند عودة الخادم</numerusform>
                <numerusform>وُجد على الشاشة: %n؛ البحث الكامل عند عودة الخادم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Copy</name>
        <message>
            <source>copied {total} rows in {tables} tables from {source} to {target} in {seconds:.1f} s</source>
            <translation>نُسخ {total} صفًّا في {tables} جدولًا من {source} إلى {target} في {seconds:.1f} ث</translation>
        </message>
    </context>
    <context>
        <name>CopyBanner</name>
        <message>
            <source>Read-only copy</source>
            <translation>نسخة للقراءة فقط</translation>
        </message>
        <message>
            <source>Retry the &amp;server</source>
            <translation>إعادة المحاولة مع ال&amp;خادم</translation>
        </message>
        <message>
            <source>Use my &amp;personal file</source>
            <translation>استخدام ملفي ال&amp;شخصي</translation>
        </message>
        <message>
            <source>Read-only copy from {time}; changes are not possible.</source>
            <translation>نسخة للقراءة فقط من {time}؛ لا يمكن إجراء تغييرات.</translation>
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
        <name>Demo</name>
        <message>
            <source>Added the sample chapter {chapter}: {contacts} contacts ({members} members, {visitors} visitors), {meetings} meetings, {referrals} referrals, {thank_yous} thank-yous, {one_to_ones} one-to-ones, {ceus} CEUs, {interactions} interactions, {followups} follow-ups.</source>
            <translation>أُضيف الفرع التجريبي {chapter} — جهات الاتصال: {contacts} (الأعضاء: {members}، الزوار: {visitors})؛ الاجتماعات: {meetings}؛ الإحالات: {referrals}؛ رسائل الشكر: {thank_yous}؛ اللقاءات الفردية: {one_to_ones}؛ وحدات CEU: {ceus}؛ التواصلات: {interactions}؛ المتابعات: {followups}.</translation>
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
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Merge: fill empty fields, add new e-mails, phones and profiles, take a newer company and job title; names and filled fields are kept</source>
            <translation>دمج: املأ الحقول الفارغة، وأضف رسائل البريد والهواتف والملفات الشخصية الجديدة، وخذ الشركة والمسمى الوظيفي الأحدث؛ وتبقى الأسماء والحقول المملوءة كما هي</translation>
        </message>
        <message>
            <source>Skip: leave the existing contact as it is</source>
            <translation>تخطٍّ: اترك جهة الاتصال الموجودة كما هي</translation>
        </message>
        <message>
            <source>Add: import as a separate contact anyway</source>
            <translation>إضافة: استورده جهةَ اتصال منفصلة على أي حال</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>التكرارات</translation>
        </message>
        <message>
            <source>Checking the rows against your contacts...</source>
            <translation>جارٍ مطابقة الصفوف مع جهات اتصالك...</translation>
        </message>
        <message>
            <source>&lt;b&gt;When a row matches a contact&lt;/b&gt; (the same e-mail or profile):</source>
            <translation>&lt;b&gt;عندما يطابق صفٌّ جهةَ اتصال&lt;/b&gt; (البريد نفسه أو الملف الشخصي نفسه):</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>الاسم في الملف</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>تكرار محتمل</translation>
        </message>
        <message>
            <source>Same person: merge</source>
            <translation>الشخص نفسه: دمج</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>التكرارات المحتملة</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; row(s) read: {new} new, {matches} match a contact (same e-mail or profile), {repeats} repeat an earlier row of the file, {possible}, {rejected} rejected (nothing to identify a person).</source>
            <translation>
                <numerusform>لم يُقرأ أي صف: {new} جديد، {matches} يطابق جهة اتصال (البريد أو الملف الشخصي نفسه)، {repeats} يكرر صفًا سابقًا في الملف، {possible}، {rejected} مرفوض (لا شيء يعرّف بالشخص).</numerusform>
                <numerusform>قُرئ صف واحد: {new} جديد، {matches} يطابق جهة اتصال (البريد أو الملف الشخصي نفسه)، {repeats} يكرر صفًا سابقًا في الملف، {possible}، {rejected} مرفوض (لا شيء يعرّف بالشخص).</numerusform>
                <numerusform>قُرئ صفان: {new} جديد، {matches} يطابق جهة اتصال (البريد أو الملف الشخصي نفسه)، {repeats} يكرر صفًا سابقًا في الملف، {possible}، {rejected} مرفوض (لا شيء يعرّف بالشخص).</numerusform>
                <numerusform>قُرئت &lt;b&gt;%Ln&lt;/b&gt; صفوف: {new} جديد، {matches} يطابق جهة اتصال (البريد أو الملف الشخصي نفسه)، {repeats} يكرر صفًا سابقًا في الملف، {possible}، {rejected} مرفوض (لا شيء يعرّف بالشخص).</numerusform>
                <numerusform>قُرئ &lt;b&gt;%Ln&lt;/b&gt; صفًا: {new} جديد، {matches} يطابق جهة اتصال (البريد أو الملف الشخصي نفسه)، {repeats} يكرر صفًا سابقًا في الملف، {possible}، {rejected} مرفوض (لا شيء يعرّف بالشخص).</numerusform>
                <numerusform>قُرئ &lt;b&gt;%Ln&lt;/b&gt; صف: {new} جديد، {matches} يطابق جهة اتصال (البريد أو الملف الشخصي نفسه)، {repeats} يكرر صفًا سابقًا في الملف، {possible}، {rejected} مرفوض (لا شيء يعرّف بالشخص).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; possible duplicate(s)</source>
            <translation>
                <numerusform>&lt;b&gt;لا&lt;/b&gt; تكرارات محتملة</numerusform>
                <numerusform>&lt;b&gt;تكرار&lt;/b&gt; محتمل واحد</numerusform>
                <numerusform>&lt;b&gt;تكراران&lt;/b&gt; محتملان</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; تكرارات محتملة</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; تكرارًا محتملًا</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; تكرار محتمل</numerusform>
            </translation>
        </message>
        <message>
            <source>Possible duplicates share a phone number or a name with someone. They are imported as new people unless you tick them (colleagues share switchboard numbers; two people share a name).</source>
            <translation>التكرارات المحتملة تشترك في رقم هاتف أو اسم مع شخص آخر. تُستورد أشخاصًا جددًا ما لم تضع عليها علامة (قد يتشارك الزملاء رقم المقسم، وقد يتشارك شخصان الاسم نفسه).</translation>
        </message>
        <message>
            <source>No possible duplicates.</source>
            <translation>لا تكرارات محتملة.</translation>
        </message>
        <message>
            <source>{file}: {line}</source>
            <translation>{file}: {line}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The agenda needs at least one segment.</source>
            <translation>يحتاج جدول الأعمال إلى فقرة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Segment {n}: "{kind}" is not a kind of segment.</source>
            <translation>الفقرة {n}: «{kind}» ليس نوعًا من الفقرات.</translation>
        </message>
        <message>
            <source>Segment {n} needs a title.</source>
            <translation>الفقرة {n} تحتاج إلى عنوان.</translation>
        </message>
        <message>
            <source>Segment {n} ({title}): the time must be 1 second to 4 hours.</source>
            <translation>الفقرة {n} ({title}): يجب أن يكون الوقت بين ثانية واحدة و4 ساعات.</translation>
        </message>
        <message>
            <source>The speaking order is one of {items}, not "{order}".</source>
            <translation>ترتيب الكلام واحد من {items}، وليس «{order}».</translation>
        </message>
        <message>
            <source>The {what} must be a number; {EXAMPLE}.</source>
            <translation>يجب أن يكون {what} رقمًا؛ {EXAMPLE}.</translation>
        </message>
        <message>
            <source>The {what} cannot be negative ({shown}).</source>
            <translation>لا يمكن أن يكون {what} سالبًا ({shown}).</translation>
        </message>
        <message>
            <source>The {what} {shown} is too large.</source>
            <translation>{what} {shown} كبير جدًا.</translation>
        </message>
        <message>
            <source>Enter the {what}; {EXAMPLE}.</source>
            <translation>أدخل {what}؛ {EXAMPLE}.</translation>
        </message>
        <message>
            <source>The {what} "{value}" is not a number; {EXAMPLE}.</source>
            <translation>{what} «{value}» ليس رقمًا؛ {EXAMPLE}.</translation>
        </message>
        <message>
            <source>The {what} cannot be negative ({value}).</source>
            <translation>لا يمكن أن يكون {what} سالبًا ({value}).</translation>
        </message>
        <message>
            <source>Close the meeting of {date:%d %b %Y} first: BNI Connect takes the week once PALMS is complete.</source>
            <translation>أغلق اجتماع {date:%d %b %Y} أولًا: يستقبل BNI Connect الأسبوع بعد اكتمال PALMS.</translation>
        </message>
        <message>
            <source>The dates away end ({end:%d %b %Y}) before they start ({start:%d %b %Y}).</source>
            <translation>تنتهي تواريخ الغياب ({end:%d %b %Y}) قبل أن تبدأ ({start:%d %b %Y}).</translation>
        </message>
        <message>
            <source>Plan the rota for 1 to 104 weeks.</source>
            <translation>خطّط جدول المناوبة لمدة من 1 إلى 104 أسابيع.</translation>
        </message>
        <message>
            <source>The chapter #{chapter_id} does not exist.</source>
            <translation>الفرع رقم {chapter_id} غير موجود.</translation>
        </message>
        <message>
            <source>The first fee cannot be removed; change its amount instead.</source>
            <translation>لا يمكن إزالة الرسم الأول؛ غيّر مبلغه بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>حالة غير متوقعة</translation>
        </message>
        <message>
            <source>The {what} (contact #{contact_id}) does not exist.</source>
            <translation>{what} (جهة الاتصال رقم {contact_id}) غير موجود.</translation>
        </message>
        <message>
            <source>A name is needed to add a person.</source>
            <translation>يلزم اسم لإضافة شخص.</translation>
        </message>
        <message>
            <source>The e-mail address "{email}" does not look right (name@example.com).</source>
            <translation>عنوان البريد «{email}» لا يبدو صحيحًا (name@example.com).</translation>
        </message>
        <message>
            <source>The phone number "{phone}" is too short.</source>
            <translation>رقم الهاتف «{phone}» قصير جدًا.</translation>
        </message>
        <message>
            <source>A power team needs a name.</source>
            <translation>يحتاج فريق القوة إلى اسم.</translation>
        </message>
        <message>
            <source>The chapter already has a power team named "{name}".</source>
            <translation>لدى الفرع بالفعل فريق قوة باسم «{name}».</translation>
        </message>
        <message>
            <source>There is no meeting on {meeting:%Y-%m-%d}.</source>
            <translation>لا يوجد اجتماع في {meeting:%Y-%m-%d}.</translation>
        </message>
        <message>
            <source>The period ends ({end:%Y-%m-%d}) before it starts ({start:%Y-%m-%d}).</source>
            <translation>تنتهي الفترة ({end:%Y-%m-%d}) قبل أن تبدأ ({start:%Y-%m-%d}).</translation>
        </message>
        <message>
            <source>{where} must be a number, not {value}.</source>
            <translation>يجب أن يكون {where} رقمًا، وليس {value}.</translation>
        </message>
        <message>
            <source>{where} must be a number like 0.5 or a fraction like "12/52", not {value!r}.</source>
            <translation>يجب أن يكون {where} رقمًا مثل 0.5 أو كسرًا مثل "12/52"، وليس {value!r}.</translation>
        </message>
        <message>
            <source>{here} must be a table ([[area]]).</source>
            <translation>يجب أن يكون {here} جدولًا ([[area]]).</translation>
        </message>
        <message>
            <source>{here} has an unknown measure {measure!r}; use one of {items}.</source>
            <translation>في {here} مقياس غير معروف {measure!r}؛ استخدم واحدًا من {items}.</translation>
        </message>
        <message>
            <source>{here}: linear needs points and target, e.g. {{ points = 20, target = 1 }}.</source>
            <translation>{here}: يحتاج linear إلى points وtarget، مثل {{ points = 20, target = 1 }}.</translation>
        </message>
        <message>
            <source>{here}: the target must be more than 0.</source>
            <translation>{here}: يجب أن يكون الهدف أكبر من 0.</translation>
        </message>
        <message>
            <source>{here}: band {m} needs points and either below or upto.</source>
            <translation>{here}: الشريحة {m} تحتاج إلى points وإما below أو upto.</translation>
        </message>
        <message>
            <source>{here} needs bands (or linear).</source>
            <translation>{here} يحتاج إلى شرائح (أو linear).</translation>
        </message>
        <message>
            <source>{where} is not valid TOML: {exc}.</source>
            <translation>{where} ليس TOML صالحًا: {exc}.</translation>
        </message>
        <message>
            <source>{where} needs a name (name = "...").</source>
            <translation>{where} يحتاج إلى اسم (name = "...").</translation>
        </message>
        <message>
            <source>{where} needs at least one [[area]].</source>
            <translation>{where} يحتاج إلى [[area]] واحد على الأقل.</translation>
        </message>
        <message>
            <source>{where}: two areas share a key; each needs its own.</source>
            <translation>{where}: مجالان يشتركان في مفتاح؛ لكلٍّ منهما مفتاحه.</translation>
        </message>
        <message>
            <source>{where}: colours are green, amber and red, not {items}.</source>
            <translation>{where}: الألوان هي الأخضر والكهرماني والأحمر، وليس {items}.</translation>
        </message>
        <message>
            <source>{where}: the cut-offs must go down from green to amber to red.</source>
            <translation>{where}: يجب أن تتناقص الحدود من الأخضر إلى الكهرماني إلى الأحمر.</translation>
        </message>
        <message>
            <source>The {a_what} and the {b_what} must be two different people.</source>
            <translation>يجب أن يكون {a_what} و{b_what} شخصين مختلفين.</translation>
        </message>
        <message>
            <source>A referral is inside or outside, not "{kind}".</source>
            <translation>الإحالة داخلية أو خارجية، وليست «{kind}».</translation>
        </message>
        <message>
            <source>Hotness is 1 to 5, not {hotness}.</source>
            <translation>الحرارة من 1 إلى 5، وليست {hotness}.</translation>
        </message>
        <message>
            <source>A referral's status is one of {items}.</source>
            <translation>حالة الإحالة واحدة من {items}.</translation>
        </message>
        <message>
            <source>An outside referral needs the prospect: pick a contact or type a name.</source>
            <translation>تحتاج الإحالة الخارجية إلى العميل المحتمل: اختر جهة اتصال أو اكتب اسمًا.</translation>
        </message>
        <message>
            <source>The referral #{referral_id} does not exist.</source>
            <translation>الإحالة رقم {referral_id} غير موجودة.</translation>
        </message>
        <message>
            <source>The thank-you amount must be more than 0.</source>
            <translation>يجب أن يكون مبلغ الشكر أكبر من 0.</translation>
        </message>
        <message>
            <source>Business is new or repeat, not "{business}".</source>
            <translation>العمل جديد أو متكرر، وليس «{business}».</translation>
        </message>
        <message>
            <source>A thank-you is inside or outside, not "{kind}".</source>
            <translation>الشكر داخلي أو خارجي، وليس «{kind}».</translation>
        </message>
        <message>
            <source>A one-to-one is recorded once it happened; {day:%d %b %Y} is in the future.</source>
            <translation>يُسجَّل اللقاء الفردي بعد حدوثه؛ {day:%d %b %Y} في المستقبل.</translation>
        </message>
        <message>
            <source>CEU credits must be a number like 1 or 0.5, not "{credits}".</source>
            <translation>يجب أن تكون وحدات CEU رقمًا مثل 1 أو 0.5، وليس «{credits}».</translation>
        </message>
        <message>
            <source>CEU credits must be more than 0 (and at most 100).</source>
            <translation>يجب أن تكون وحدات CEU أكبر من 0 (وحتى 100 على الأكثر).</translation>
        </message>
        <message>
            <source>A testimonial is about another member, not about oneself.</source>
            <translation>الشهادة تكون عن عضو آخر، لا عن النفس.</translation>
        </message>
        <message>
            <source>There is no traffic-light scheme "{name}"; the schemes are: {items}.</source>
            <translation>لا يوجد نظام إشارات مرور «{name}»؛ الأنظمة هي: {items}.</translation>
        </message>
        <message>
            <source>The period ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y}).</source>
            <translation>تنتهي الفترة ({end:%d %b %Y}) قبل أن تبدأ ({start:%d %b %Y}).</translation>
        </message>
        <message>
            <source>A visitor's stage is one of {items}, not "{stage}".</source>
            <translation>مرحلة الزائر واحدة من {items}، وليست «{stage}».</translation>
        </message>
        <message>
            <source>Use Join to make the visitor a member (it needs the joining date).</source>
            <translation>استخدم «انضمام» لجعل الزائر عضوًا (يحتاج إلى تاريخ الانضمام).</translation>
        </message>
        <message>
            <source>A visitor needs a name: type it in the check-in box.</source>
            <translation>يحتاج الزائر إلى اسم: اكتبه في مربع تسجيل الحضور.</translation>
        </message>
        <message>
            <source>{full_name} is a member of {chapter_name}: check them in from the roster instead.</source>
            <translation>{full_name} عضو في {chapter_name}: سجّل حضوره من قائمة الأعضاء بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>{name} is not a visitor at this meeting.</source>
            <translation>{name} ليس زائرًا في هذا الاجتماع.</translation>
        </message>
        <message>
            <source>There is no contact with id {contact_id}.</source>
            <translation>لا توجد جهة اتصال بالرقم {contact_id}.</translation>
        </message>
        <message>
            <source>You cannot forget yourself; choose another contact as you first.</source>
            <translation>لا يمكنك نسيان نفسك؛ اختر جهة اتصال أخرى تمثّلك أولًا.</translation>
        </message>
        <message>
            <source>Forgetting was cancelled; nothing was changed.</source>
            <translation>أُلغي النسيان؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>"{channel}" is not a channel; use one of: {items}.</source>
            <translation>«{channel}» ليست قناة؛ استخدم واحدة من: {items}.</translation>
        </message>
        <message>
            <source>Contact {contact_id} does not exist.</source>
            <translation>جهة الاتصال {contact_id} غير موجودة.</translation>
        </message>
        <message>
            <source>Select two or more contacts to merge.</source>
            <translation>حدّد جهتي اتصال أو أكثر لدمجها.</translation>
        </message>
        <message>
            <source>A merge needs two or more contacts, one of them the survivor.</source>
            <translation>يحتاج الدمج إلى جهتي اتصال أو أكثر، إحداها هي الباقية.</translation>
        </message>
        <message>
            <source>One of the contacts to merge no longer exists; refresh and try again.</source>
            <translation>إحدى جهات الاتصال المراد دمجها لم تعد موجودة؛ حدّث وحاول مجددًا.</translation>
        </message>
        <message>
            <source>"{region}" is not a phone region TotalNet knows (use a two-letter code such as GB).</source>
            <translation>«{region}» ليست منطقة هاتف يعرفها TotalNet (استخدم رمزًا من حرفين مثل GB).</translation>
        </message>
        <message>
            <source>Re-reading the phone numbers was cancelled; nothing was changed.</source>
            <translation>أُلغيت إعادة قراءة أرقام الهواتف؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>A contact needs a name, an e-mail, a phone or a profile; all of them are empty.</source>
            <translation>تحتاج جهة الاتصال إلى اسم أو بريد أو هاتف أو ملف شخصي؛ كلها فارغة.</translation>
        </message>
        <message>
            <source>Stage "{stage}" is not one of {items}.</source>
            <translation>المرحلة «{stage}» ليست واحدة من {items}.</translation>
        </message>
        <message>
            <source>Channel "{met_channel}" is not a known channel.</source>
            <translation>القناة «{met_channel}» ليست قناة معروفة.</translation>
        </message>
        <message>
            <source>Keep-in-touch cadence must be between 1 and 3650 days.</source>
            <translation>يجب أن تكون وتيرة التواصل بين 1 و3650 يومًا.</translation>
        </message>
        <message>
            <source>"{kind}" is not a kind of contact point ({items}).</source>
            <translation>«{kind}» ليس نوعًا من وسائل الاتصال ({items}).</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>يحتاج الوسم إلى اسم.</translation>
        </message>
        <message>
            <source>Contact {id} does not exist any more.</source>
            <translation>جهة الاتصال {id} لم تعد موجودة.</translation>
        </message>
        <message>
            <source>Only an existing contact can be updated; this one has no id yet.</source>
            <translation>لا يمكن تحديث إلا جهة اتصال موجودة؛ هذه ليس لها رقم بعد.</translation>
        </message>
        <message>
            <source>{name} is already 'me' for the login {login}; ask your chapter's leadership if that is wrong.</source>
            <translation>{name} هو «أنا» بالفعل لتسجيل الدخول {login}؛ اسأل قيادة فرعك إذا كان ذلك خطأ.</translation>
        </message>
        <message>
            <source>{name} is already 'me' for another login; ask your chapter's leadership if that is wrong.</source>
            <translation>{name} هو «أنا» بالفعل لتسجيل دخول آخر؛ اسأل قيادة فرعك إذا كان ذلك خطأ.</translation>
        </message>
        <message>
            <source>The file {path} disappeared while it was being read.</source>
            <translation>اختفى الملف {path} أثناء قراءته.</translation>
        </message>
        <message>
            <source>The file {path} changed while it was being read; import it again once it is saved.</source>
            <translation>تغيّر الملف {path} أثناء قراءته؛ استورده مجددًا بعد حفظه.</translation>
        </message>
        <message>
            <source>The file {path} has a cell longer than {value} MB in row {start} (or a quote that is never closed there).</source>
            <translation>في الملف {path} خلية أطول من {value} ميغابايت في الصف {start} (أو علامة اقتباس لا تُغلق هناك).</translation>
        </message>
        <message>
            <source>The file {path} cannot be read from row {start} (most likely a quote that is never closed there).</source>
            <translation>تتعذّر قراءة الملف {path} من الصف {start} (على الأرجح علامة اقتباس لا تُغلق هناك).</translation>
        </message>
        <message>
            <source>The file {path} has a quote that is never closed in row {start}, column {column} ({name}); fix that cell and import again.</source>
            <translation>في الملف {path} علامة اقتباس لا تُغلق في الصف {start}، العمود {column} ({name})؛ أصلح تلك الخلية واستورد مجددًا.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>الملف {path} غير موجود.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} مجلد وليس ملفًا.</translation>
        </message>
        <message>
            <source>The file {path} cannot be opened: {value}.</source>
            <translation>يتعذّر فتح الملف {path}: {value}.</translation>
        </message>
        <message>
            <source>The file {path} is empty.</source>
            <translation>الملف {path} فارغ.</translation>
        </message>
        <message>
            <source>The file {path} is not a text CSV file:{what}.</source>
            <translation>الملف {path} ليس ملف CSV نصيًا:{what}.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read near row {start}: {exc}.</source>
            <translation>تتعذّر قراءة الملف {path} قرب الصف {start}: {exc}.</translation>
        </message>
        <message>
            <source>unknown duplicate policy {policy!r}</source>
            <translation>سياسة تكرار غير معروفة {policy!r}</translation>
        </message>
        <message>
            <source>{file}, line 1: this is not an iCalendar file (it should start with BEGIN:VCALENDAR); nothing was imported from it.</source>
            <translation>{file}، السطر 1: هذا ليس ملف iCalendar (يجب أن يبدأ بـ BEGIN:VCALENDAR)؛ لم يُستورد منه شيء.</translation>
        </message>
        <message>
            <source>{file}, line {bad}: this line is not iCalendar; nothing was imported from this file.</source>
            <translation>{file}، السطر {bad}: هذا السطر ليس iCalendar؛ لم يُستورد شيء من هذا الملف.</translation>
        </message>
        <message>
            <source>{file}: this calendar cannot be read; nothing was imported from it.</source>
            <translation>{file}: تتعذّر قراءة هذا التقويم؛ لم يُستورد منه شيء.</translation>
        </message>
        <message>
            <source>{file}: which of these addresses are yours? {items}.</source>
            <translation>{file}: أيٌّ من هذه العناوين لك؟ {items}.</translation>
        </message>
        <message>
            <source>{file}, line 1: this LinkedIn file has no {value} column; nothing was imported from it.</source>
            <translation>{file}، السطر 1: ملف لينكدإن هذا ليس فيه عمود {value}؛ لم يُستورد منه شيء.</translation>
        </message>
        <message>
            <source>{file}: which of these people are you? {items}.</source>
            <translation>{file}: أيٌّ من هؤلاء الأشخاص أنت؟ {items}.</translation>
        </message>
        <message>
            <source>{file}, line 1: messages.csv has no {value} column; nothing was imported from it.</source>
            <translation>{file}، السطر 1: ليس في messages.csv عمود {value}؛ لم يُستورد منه شيء.</translation>
        </message>
        <message>
            <source>{file}, line {number}: this is not a mail archive (.mbox messages start with a "From " line); nothing was imported from it.</source>
            <translation>{file}، السطر {number}: هذا ليس أرشيف بريد (تبدأ رسائل ‎.mbox بسطر "From ")؛ لم يُستورد منه شيء.</translation>
        </message>
        <message>
            <source>This person is no longer in the review list.</source>
            <translation>لم يعد هذا الشخص في قائمة المراجعة.</translation>
        </message>
        <message>
            <source>This person has no name, number or address to make a contact from.</source>
            <translation>ليس لهذا الشخص اسم أو رقم أو عنوان لإنشاء جهة اتصال منه.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>أُلغي الاستيراد؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>{display} is damaged inside its ZIP archive (it may have been cut short); nothing was imported from it.</source>
            <translation>{display} تالف داخل أرشيف ZIP (ربما اقتُطع)؛ لم يُستورد منه شيء.</translation>
        </message>
        <message>
            <source>{path} is not a complete ZIP archive (it may have been cut short); nothing was imported from it.</source>
            <translation>{path} ليس أرشيف ZIP كاملًا (ربما اقتُطع)؛ لم يُستورد منه شيء.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} غير موجود.</translation>
        </message>
        <message>
            <source>{display}, line {bad_utf8_line}: the text is not UTF-8 (export it again from the app); nothing was imported from this file.</source>
            <translation>{display}، السطر {bad_utf8_line}: النص ليس UTF-8 (صدّره مجددًا من التطبيق)؛ لم يُستورد شيء من هذا الملف.</translation>
        </message>
        <message>
            <source>{display}, line {line}: the text is not UTF-8 (export it again from the app); nothing was imported from this file.</source>
            <translation>{display}، السطر {line}: النص ليس UTF-8 (صدّره مجددًا من التطبيق)؛ لم يُستورد شيء من هذا الملف.</translation>
        </message>
        <message>
            <source>{file}: every day in this chat is 12 or less, so it cannot tell whether dates are day first or month first; say which.</source>
            <translation>{file}: كل الأيام في هذه المحادثة 12 أو أقل، فلا يمكن معرفة إن كان اليوم أولًا أم الشهر؛ حدّد أيهما.</translation>
        </message>
        <message>
            <source>{file}: which of these senders are you? {items}.</source>
            <translation>{file}: أيٌّ من هؤلاء المرسلين أنت؟ {items}.</translation>
        </message>
        <message>
            <source>{file}, line {number}: this is not a line of a WhatsApp chat export (it should start with a date and time); nothing was imported from this file.</source>
            <translation>{file}، السطر {number}: هذا ليس سطرًا من محادثة واتساب مصدَّرة (يجب أن يبدأ بتاريخ ووقت)؛ لم يُستورد شيء من هذا الملف.</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>أعطِ المطابقة اسمًا.</translation>
        </message>
        <message>
            <source>There is no saved mapping called {name!r}.</source>
            <translation>لا توجد مطابقة محفوظة باسم {name!r}.</translation>
        </message>
        <message>
            <source>Choose which contact is you before exporting your card.</source>
            <translation>اختر جهة الاتصال التي تمثّلك قبل تصدير بطاقتك.</translation>
        </message>
        <message>
            <source>The import of {name} stopped: its helper process ended unexpectedly (exit code {exitcode}). Nothing was changed.</source>
            <translation>توقّف استيراد {name}: انتهت العملية المساعدة بشكل غير متوقع (رمز الخروج {exitcode}). لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The import of {name} stopped on an unexpected error ({last}); nothing was changed.</source>
            <translation>توقّف استيراد {name} بسبب خطأ غير متوقع ({last})؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>{folder} is not an empty folder; choose a new or empty folder.</source>
            <translation>{folder} ليس مجلدًا فارغًا؛ اختر مجلدًا جديدًا أو فارغًا.</translation>
        </message>
        <message>
            <source>The file {path} is not a vCard file (it looks like a binary file).</source>
            <translation>الملف {path} ليس ملف vCard (يبدو ملفًا ثنائيًا).</translation>
        </message>
        <message>
            <source>The file {path} holds no vCard (no BEGIN:VCARD line).</source>
            <translation>الملف {path} لا يحوي بطاقة vCard (لا سطر BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>vCard version {version!r} is not supported (3.0 or 4.0).</source>
            <translation>إصدار vCard ‏{version!r} غير مدعوم (3.0 أو 4.0).</translation>
        </message>
        <message>
            <source>The Insights figures could not be read from the database: {exc}.</source>
            <translation>تعذّرت قراءة أرقام الرؤى من قاعدة البيانات: {exc}.</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>تنتهي الفترة ({end}) قبل أن تبدأ ({start}).</translation>
        </message>
        <message>
            <source>Unknown period {name!r}; choose one of {items}.</source>
            <translation>فترة غير معروفة {name!r}؛ اختر واحدة من {items}.</translation>
        </message>
        <message>
            <source>There is no database at {db_path} to back up yet.</source>
            <translation>لا توجد قاعدة بيانات في {db_path} لنسخها احتياطيًا بعد.</translation>
        </message>
        <message>
            <source>{target} already exists and is not a TotalNet backup; choose another file (or use --overwrite to replace it).</source>
            <translation>{target} موجود بالفعل وليس نسخة احتياطية من TotalNet؛ اختر ملفًا آخر (أو استخدم ‎--overwrite لاستبداله).</translation>
        </message>
        <message>
            <source>The backup {source} is protected with a passphrase and your database is not; protect your database with the same passphrase first (Edit &gt; Preferences, or totalnet encrypt), then restore.</source>
            <translation>النسخة الاحتياطية {source} محمية بعبارة مرور وقاعدة بياناتك غير محمية؛ احمِ قاعدة بياناتك بعبارة المرور نفسها أولًا (تحرير &gt; التفضيلات، أو totalnet encrypt)، ثم استعد.</translation>
        </message>
        <message>
            <source>The backup {source} is not protected and your database is; remove the protection first (Edit &gt; Preferences, or totalnet decrypt), restore, then protect it again.</source>
            <translation>النسخة الاحتياطية {source} غير محمية وقاعدة بياناتك محمية؛ أزل الحماية أولًا (تحرير &gt; التفضيلات، أو totalnet decrypt)، ثم استعد، ثم احمِها من جديد.</translation>
        </message>
        <message>
            <source>The backup file {path} does not exist.</source>
            <translation>ملف النسخة الاحتياطية {path} غير موجود.</translation>
        </message>
        <message>
            <source>The file {path} is not a TotalNet backup (it is not an SQLite file).</source>
            <translation>الملف {path} ليس نسخة احتياطية من TotalNet (ليس ملف SQLite).</translation>
        </message>
        <message>
            <source>The backup {path} is protected with another passphrase than your database's; it cannot be restored into it.</source>
            <translation>النسخة الاحتياطية {path} محمية بعبارة مرور غير عبارة قاعدة بياناتك؛ لا يمكن استعادتها فيها.</translation>
        </message>
        <message>
            <source>The backup file {path} cannot be read: {exc}.</source>
            <translation>تتعذّر قراءة ملف النسخة الاحتياطية {path}: {exc}.</translation>
        </message>
        <message>
            <source>The backup file {path} is damaged ({status}).</source>
            <translation>ملف النسخة الاحتياطية {path} تالف ({status}).</translation>
        </message>
        <message>
            <source>The file {path} is an SQLite file but not a TotalNet database.</source>
            <translation>الملف {path} ملف SQLite لكنه ليس قاعدة بيانات TotalNet.</translation>
        </message>
        <message>
            <source>The backup {path} was written by a newer TotalNet (schema version {schema_version}); this TotalNet reads up to version {CURRENT_VERSION}.</source>
            <translation>كُتبت النسخة الاحتياطية {path} بإصدار أحدث من TotalNet (إصدار المخطط {schema_version})؛ هذا الإصدار يقرأ حتى الإصدار {CURRENT_VERSION}.</translation>
        </message>
        <message>
            <source>unable to open database file {path}</source>
            <translation>تعذّر فتح ملف قاعدة البيانات {path}</translation>
        </message>
        <message>
            <source>Encryption needs the optional encryption extra, which is not installed; install it with {INSTALL_HINT} and try again.</source>
            <translation>يحتاج التشفير إلى إضافة التشفير الاختيارية، وهي غير مثبّتة؛ ثبّتها بـ {INSTALL_HINT} وحاول مجددًا.</translation>
        </message>
        <message>
            <source>The database {path} is protected with a passphrase; enter it to open.</source>
            <translation>قاعدة البيانات {path} محمية بعبارة مرور؛ أدخلها لفتحها.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged: its first 16 bytes, which its key is made with, are destroyed (your passphrase is right).</source>
            <translation>ملف قاعدة البيانات {path} تالف: أول 16 بايت منه، التي يُصنع بها مفتاحه، قد أُتلفت (عبارة المرور التي أدخلتها صحيحة).</translation>
        </message>
        <message>
            <source>The database file {path} is damaged ({failed} of {pages} pages fail their integrity check).</source>
            <translation>ملف قاعدة البيانات {path} تالف ({failed} من {pages} صفحة لا تجتاز فحص السلامة).</translation>
        </message>
        <message>
            <source>That passphrase does not open {path}.</source>
            <translation>عبارة المرور هذه لا تفتح {path}.</translation>
        </message>
        <message>
            <source>The converted copy of {source} did not check out ({status}); nothing changed.</source>
            <translation>لم تجتز النسخة المحوَّلة من {source} الفحص ({status})؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Converting {source} was cancelled; nothing changed.</source>
            <translation>أُلغي تحويل {source}؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>That passphrase does not open {source}.</source>
            <translation>عبارة المرور هذه لا تفتح {source}.</translation>
        </message>
        <message>
            <source>Converting {source} failed: {exc}; nothing changed.</source>
            <translation>فشل تحويل {source}: {exc}؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Another program has {source} open (another TotalNet, a script or a database tool), and could change it during the conversion; close it and try again. Nothing was changed.</source>
            <translation>برنامج آخر يفتح {source} (نسخة أخرى من TotalNet أو برنامج نصي أو أداة قواعد بيانات)، وقد يغيّره أثناء التحويل؛ أغلقه ثم حاول مرة أخرى. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>{target} has changes not yet written ({name}); close TotalNet everywhere and try again.</source>
            <translation>في {target} تغييرات لم تُكتب بعد ({name})؛ أغلق TotalNet في كل مكان وحاول مجددًا.</translation>
        </message>
        <message>
            <source>There is no TotalNet database at {path}.</source>
            <translation>لا توجد قاعدة بيانات TotalNet في {path}.</translation>
        </message>
        <message>
            <source>{path} was written by an older TotalNet: open it once in this version (it is brought up to date), then publish.</source>
            <translation>كتب الملف {path} إصدارٌ أقدم من TotalNet: افتحه مرة في هذا الإصدار (فيُحدَّث)، ثم انشر.</translation>
        </message>
        <message>
            <source>{path} was written by a newer TotalNet: publish it from that version.</source>
            <translation>كتب الملف {path} إصدارٌ أحدث من TotalNet: انشر منه من ذلك الإصدار.</translation>
        </message>
        <message>
            <source>{path} is not a TotalNet database that can be read (a file protected with a passphrase: decrypt a copy first).</source>
            <translation>الملف {path} ليس قاعدة بيانات TotalNet يمكن قراءتها (إن كان محميًا بعبارة مرور: فكّ تشفير نسخة منه أولًا).</translation>
        </message>
        <message>
            <source>The file has no meeting on {day}.</source>
            <translation>لا يوجد في الملف اجتماع بتاريخ {day}.</translation>
        </message>
        <message>
            <source>The file has no meeting to publish.</source>
            <translation>لا يوجد في الملف اجتماع لنشره.</translation>
        </message>
        <message>
            <source>The file holds meetings of several chapters on that day: say which chapter.</source>
            <translation>في الملف اجتماعات لعدة فروع في ذلك اليوم: حدّد الفرع.</translation>
        </message>
        <message>
            <source>There is no chapter called {chapter} here: the meeting was not published.</source>
            <translation>لا يوجد هنا فرع باسم {chapter}: لم يُنشر الاجتماع.</translation>
        </message>
        <message>
            <source>The database {path} is protected with a passphrase, and copy-database reads and writes plain files only; remove the protection first (totalnet decrypt), copy, then protect it again.</source>
            <translation>قاعدة البيانات {path} محمية بعبارة مرور، والأمر copy-database يقرأ الملفات غير المحمية ويكتبها فقط؛ أزل الحماية أولًا (totalnet decrypt)، ثم انسخ، ثم احمِها من جديد.</translation>
        </message>
        <message>
            <source>The database {label} cannot be opened: {value}.</source>
            <translation>يتعذّر فتح قاعدة البيانات {label}: {value}.</translation>
        </message>
        <message>
            <source>The source and the target are the same database.</source>
            <translation>المصدر والهدف قاعدة البيانات نفسها.</translation>
        </message>
        <message>
            <source>{label} is not a TotalNet database (it has no TotalNet tables).</source>
            <translation>{label} ليست قاعدة بيانات TotalNet (ليس فيها جداول TotalNet).</translation>
        </message>
        <message>
            <source>{label} was written by a newer TotalNet (schema version {version}).</source>
            <translation>كُتبت {label} بإصدار أحدث من TotalNet (إصدار المخطط {version}).</translation>
        </message>
        <message>
            <source>{label} has an older schema (version {version}): open it once with this TotalNet to upgrade it, then copy.</source>
            <translation>مخطط {label} أقدم (الإصدار {version}): افتحها مرة بهذا الإصدار من TotalNet لترقيتها، ثم انسخ.</translation>
        </message>
        <message>
            <source>{label} already holds data: copy into an empty database, or add --replace to delete what it holds first.</source>
            <translation>{label} تحوي بيانات بالفعل: انسخ إلى قاعدة بيانات فارغة، أو أضف ‎--replace لحذف محتواها أولًا.</translation>
        </message>
        <message>
            <source>The copy of table {table} holds {got} rows instead of {value}; nothing was written to {label}.</source>
            <translation>نسخة الجدول {table} فيها {got} صفًّا بدلًا من {value}؛ لم يُكتب شيء إلى {label}.</translation>
        </message>
        <message>
            <source>The target has no table {table}.</source>
            <translation>لا يوجد في الهدف جدول {table}.</translation>
        </message>
        <message>
            <source>{target} already exists; choose a new file name for the export.</source>
            <translation>{target} موجود بالفعل؛ اختر اسم ملف جديدًا للتصدير.</translation>
        </message>
        <message>
            <source>The database {path} is protected with a passphrase, and this TotalNet cannot open protected files: install the encryption extra ({INSTALL_HINT}).</source>
            <translation>قاعدة البيانات {path} محمية بعبارة مرور، وهذا الإصدار من TotalNet لا يفتح الملفات المحمية: ثبّت إضافة التشفير ({INSTALL_HINT}).</translation>
        </message>
        <message>
            <source>The database {path} is protected with a passphrase; enter it to open (or set TOTALNET_PASSPHRASE).</source>
            <translation>قاعدة البيانات {path} محمية بعبارة مرور؛ أدخلها لفتحها (أو اضبط TOTALNET_PASSPHRASE).</translation>
        </message>
        <message>
            <source>Cannot read the database file {path}: {value}.</source>
            <translation>تتعذّر قراءة ملف قاعدة البيانات {path}: {value}.</translation>
        </message>
        <message>
            <source>The file {path} is not a TotalNet database (it is not an SQLite file).</source>
            <translation>الملف {path} ليس قاعدة بيانات TotalNet (ليس ملف SQLite).</translation>
        </message>
        <message>
            <source>The database file {path} cannot be opened: {exc}.</source>
            <translation>يتعذّر فتح ملف قاعدة البيانات {path}: {exc}.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer TotalNet (schema version {version}); this TotalNet reads up to version {CURRENT_VERSION}. Please update the app.</source>
            <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من TotalNet (إصدار المخطط {version})؛ هذا الإصدار يقرأ حتى الإصدار {CURRENT_VERSION}. يُرجى تحديث التطبيق.</translation>
        </message>
        <message>
            <source>The chapter server {server} cannot be reached ({why}): retry, or open your last local snapshot read-only.</source>
            <translation>تعذّر الوصول إلى خادم الفرع {server} ({why}): أعد المحاولة، أو افتح آخر نسخة محلية للقراءة فقط.</translation>
        </message>
        <message>
            <source>Connecting to a chapter server needs the PostgreSQL driver: pip install 'totalnet-desktop[postgres]'.</source>
            <translation>يحتاج الاتصال بخادم الفرع إلى مشغّل PostgreSQL: pip install 'totalnet-desktop[postgres]'.</translation>
        </message>
        <message>
            <source>The chapter server {value} runs PostgreSQL {value2}; TotalNet needs PostgreSQL 13 or newer.</source>
            <translation>خادم الفرع {value} يعمل بـ PostgreSQL {value2}؛ يحتاج TotalNet إلى PostgreSQL 13 أو أحدث.</translation>
        </message>
        <message>
            <source>The database {value} was written by a newer TotalNet (schema version {version}); this TotalNet reads up to version {CURRENT_VERSION}. Please update the app.</source>
            <translation>كُتبت قاعدة البيانات {value} بإصدار أحدث من TotalNet (إصدار المخطط {version})؛ هذا الإصدار يقرأ حتى الإصدار {CURRENT_VERSION}. يُرجى تحديث التطبيق.</translation>
        </message>
        <message>
            <source>The chapter server {value} holds an older TotalNet schema (version {version}) and {login} can only read it: a leadership login upgrades it by connecting once.</source>
            <translation>يحمل خادم الفرع {value} مخطط TotalNet أقدم (الإصدار {version})، ولا يستطيع {login} إلا قراءته: يرقّيه حساب من القيادة بالاتصال مرة واحدة.</translation>
        </message>
        <message>
            <source>The chapter server {value} has no TotalNet tables yet and {login} can only read: a leadership login must connect first to create them.</source>
            <translation>لا توجد جداول TotalNet بعد في خادم الفرع {value}، و{login} يستطيع القراءة فقط: يجب أن يتصل حساب من القيادة أولًا لإنشائها.</translation>
        </message>
        <message>
            <source>The database {value} cannot be opened: {exc}.</source>
            <translation>يتعذّر فتح قاعدة البيانات {value}: {exc}.</translation>
        </message>
        <message>
            <source>The copy {path} does not exist.</source>
            <translation>النسخة {path} غير موجودة.</translation>
        </message>
        <message>
            <source>The copy {path} is protected with a passphrase; restore it (File &gt; Restore from backup) to open it.</source>
            <translation>النسخة {path} محمية بعبارة مرور؛ استعدها (ملف &gt; الاستعادة من نسخة احتياطية) لفتحها.</translation>
        </message>
        <message>
            <source>The copy {path} was written by a newer TotalNet (schema version {version}); this TotalNet reads up to version {CURRENT_VERSION}. Please update the app.</source>
            <translation>كُتبت النسخة {path} بإصدار أحدث من TotalNet (إصدار المخطط {version})؛ هذا الإصدار يقرأ حتى الإصدار {CURRENT_VERSION}. يُرجى تحديث التطبيق.</translation>
        </message>
        <message>
            <source>The file {path} is not a TotalNet database.</source>
            <translation>الملف {path} ليس قاعدة بيانات TotalNet.</translation>
        </message>
        <message>
            <source>The copy {path} was written by an older TotalNet (schema version {version}); restore it (File &gt; Restore from backup) to upgrade and open it.</source>
            <translation>كُتبت النسخة {path} بإصدار أقدم من TotalNet (إصدار المخطط {version})؛ استعدها (ملف &gt; الاستعادة من نسخة احتياطية) لترقيتها وفتحها.</translation>
        </message>
        <message>
            <source>'{value}' is not a database address: use postgresql://user@host/chapter.</source>
            <translation>'{value}' ليس عنوان قاعدة بيانات: استخدم postgresql://user@host/chapter.</translation>
        </message>
        <message numerus="yes">
            <source>The database and %n backup(s) are protected with your passphrase.</source>
            <translation>
                <numerusform>قاعدة البيانات محمية الآن بعبارة المرور، ولا نسخ احتياطية معها.</numerusform>
                <numerusform>قاعدة البيانات ونسخة احتياطية واحدة محمية الآن بعبارة المرور.</numerusform>
                <numerusform>قاعدة البيانات ونسختان احتياطيتان محمية الآن بعبارة المرور.</numerusform>
                <numerusform>قاعدة البيانات و%n نسخ احتياطية محمية الآن بعبارة المرور.</numerusform>
                <numerusform>قاعدة البيانات و%n نسخة احتياطية محمية الآن بعبارة المرور.</numerusform>
                <numerusform>قاعدة البيانات و%n نسخة احتياطية محمية الآن بعبارة المرور.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database and %n backup(s) are no longer protected (plain SQLite).</source>
            <translation>
                <numerusform>لم تعد قاعدة البيانات محمية (SQLite عادي)، ولا نسخ احتياطية معها.</numerusform>
                <numerusform>لم تعد قاعدة البيانات ونسخة احتياطية واحدة محمية (SQLite عادي).</numerusform>
                <numerusform>لم تعد قاعدة البيانات ونسختان احتياطيتان محمية (SQLite عادي).</numerusform>
                <numerusform>لم تعد قاعدة البيانات و%n نسخ احتياطية محمية (SQLite عادي).</numerusform>
                <numerusform>لم تعد قاعدة البيانات و%n نسخة احتياطية محمية (SQLite عادي).</numerusform>
                <numerusform>لم تعد قاعدة البيانات و%n نسخة احتياطية محمية (SQLite عادي).</numerusform>
            </translation>
        </message>
        <message>
            <source>The database is already protected with that passphrase.</source>
            <translation>قاعدة البيانات محمية بعبارة المرور هذه أصلًا.</translation>
        </message>
        <message>
            <source>The database is not protected; there is no protection to remove.</source>
            <translation>قاعدة البيانات غير محمية؛ لا توجد حماية لإزالتها.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {MIN_LENGTH} characters.</source>
            <translation>اختر عبارة مرور من {MIN_LENGTH} أحرف على الأقل.</translation>
        </message>
        <message>
            <source>Cancelled before the conversion; nothing changed.</source>
            <translation>أُلغي قبل التحويل؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>{backup_file} is TotalNet's own database; choose a backup file.</source>
            <translation>{backup_file} هو قاعدة بيانات TotalNet نفسها؛ اختر ملف نسخة احتياطية.</translation>
        </message>
        <message>
            <source>cannot store {name} in an undo entry</source>
            <translation>لا يمكن حفظ {name} في قيد تراجع</translation>
        </message>
        <message>
            <source>{target} is TotalNet's own database; choose another file.</source>
            <translation>{target} هو قاعدة بيانات TotalNet نفسها؛ اختر ملفًا آخر.</translation>
        </message>
        <message>
            <source>{target} is part of TotalNet's own database (its {part} file); choose another file.</source>
            <translation>{target} جزء من قاعدة بيانات TotalNet نفسها (ملف {part} الخاص بها)؛ اختر ملفًا آخر.</translation>
        </message>
        <message>
            <source>{target} is a folder; choose a file name.</source>
            <translation>{target} مجلد؛ اختر اسم ملف.</translation>
        </message>
        <message>
            <source>{target} cannot be written: the folder {folder} does not exist.</source>
            <translation>تتعذّر الكتابة إلى {target}: المجلد {folder} غير موجود.</translation>
        </message>
        <message>
            <source>The chapter server does not let {login} change this: members write their own contacts, notes, follow-ups and the slips they gave; the chapter's data is leadership's.</source>
            <translation>لا يسمح خادم الفرع لـ {login} بتغيير هذا: يكتب الأعضاء جهات اتصالهم وملاحظاتهم ومتابعاتهم والقسائم التي قدّموها؛ أما بيانات الفرع فهي من شأن القيادة.</translation>
        </message>
        <message>
            <source>The chapter server {label} cannot be reached; nothing of this change was saved. TotalNet reconnects as soon as it is back.</source>
            <translation>تعذّر الوصول إلى خادم الفرع {label}؛ لم يُحفظ شيء من هذا التغيير. سيعيد TotalNet الاتصال فور عودته.</translation>
        </message>
        <message>
            <source>TotalNet cannot reach the chapter server {label}: {reason}.</source>
            <translation>تعذّر على TotalNet الوصول إلى خادم الفرع {label}: {reason}.</translation>
        </message>
        <message>
            <source>The database {label} cannot be read: {reason}.</source>
            <translation>تعذّرت قراءة قاعدة البيانات {label}: {reason}.</translation>
        </message>
        <message>
            <source>This login can read only: {login}</source>
            <translation>هذا الحساب للقراءة فقط: {login}</translation>
        </message>
        <message>
            <source>Type your name to make your card.</source>
            <translation>اكتب اسمك لإنشاء بطاقتك.</translation>
        </message>
        <message>
            <source>it does not answer (it may be stopped, or the address or the network may be wrong)</source>
            <translation>لا يستجيب (ربما هو متوقف، أو العنوان أو الشبكة غير صحيحين)</translation>
        </message>
        <message>
            <source>it asks {login} for a password</source>
            <translation>يطلب كلمة مرور {login}</translation>
        </message>
        <message>
            <source>it did not accept the password of {login}</source>
            <translation>لم يقبل كلمة مرور {login}</translation>
        </message>
        <message>
            <source>it does not let {login} log in</source>
            <translation>لا يسمح لـ {login} بالدخول</translation>
        </message>
        <message>
            <source>it turned {login} away: usually the password is wrong, or it knows no login {login} or no database {database}</source>
            <translation>رفض دخول {login}: في الغالب كلمة المرور خاطئة، أو لا يعرف اسم الدخول {login} أو قاعدة البيانات {database}</translation>
        </message>
        <message>
            <source>it turned {login} away: usually it knows no login {login} or no database {database}, or its rules do not let {login} in from this computer</source>
            <translation>رفض دخول {login}: في الغالب لا يعرف اسم الدخول {login} أو قاعدة البيانات {database}، أو لا تسمح قواعده لـ {login} بالدخول من هذا الحاسوب</translation>
        </message>
        <message>
            <source>it has no database called {database}</source>
            <translation>لا توجد عليه قاعدة بيانات باسم {database}</translation>
        </message>
        <message>
            <source>it is not taking connections to {database} just now</source>
            <translation>لا يقبل الاتصال بـ {database} في الوقت الحالي</translation>
        </message>
        <message>
            <source>it is starting up or shutting down</source>
            <translation>قيد التشغيل أو الإيقاف</translation>
        </message>
        <message>
            <source>it has no free connection for {login} just now; try again in a moment</source>
            <translation>لا يوجد اتصال متاح لـ {login} الآن؛ أعد المحاولة بعد قليل</translation>
        </message>
        <message>
            <source>it does not let {login} do this</source>
            <translation>لا يسمح لـ {login} بهذا</translation>
        </message>
        <message>
            <source>another desk changed the same data at the same moment; try again</source>
            <translation>غيّر مكتب آخر البيانات نفسها في اللحظة نفسها؛ أعد المحاولة</translation>
        </message>
        <message>
            <source>another desk is holding the same data; try again in a moment</source>
            <translation>مكتب آخر يستخدم البيانات نفسها؛ أعد المحاولة بعد قليل</translation>
        </message>
        <message>
            <source>its disk is full; its administrator needs to free space</source>
            <translation>قرصه ممتلئ؛ على مسؤوله أن يحرر مساحة</translation>
        </message>
        <message>
            <source>the request took too long and was stopped</source>
            <translation>استغرق الطلب وقتًا طويلًا فأُوقف</translation>
        </message>
        <message>
            <source>it accepts no changes just now (it is read-only)</source>
            <translation>لا يقبل أي تغيير الآن (للقراءة فقط)</translation>
        </message>
        <message>
            <source>the encrypted connection could not be set up (the encryption setting does not match the server's)</source>
            <translation>تعذّر إنشاء الاتصال المشفّر (إعداد التشفير لا يطابق إعداد الخادم)</translation>
        </message>
        <message>
            <source>it answered with an error (code {code})</source>
            <translation>ردّ بخطأ (الرمز {code})</translation>
        </message>
        <message>
            <source>The chapter server {server} refused this change: {why}. Nothing of it was saved.</source>
            <translation>رفض خادم الفرع {server} هذا التغيير: {why}. لم يُحفظ منه شيء.</translation>
        </message>
        <message>
            <source>The database already has contacts or a chapter, so the sample chapter was not added (use 'totalnet demo --force' to add it anyway).</source>
            <translation>في قاعدة البيانات جهات اتصال أو فرع بالفعل، لذا لم يُضَف الفرع التجريبي (استخدم 'totalnet demo --force' لإضافته على أي حال).</translation>
        </message>
        <message>
            <source>The PDF could not be written completely to {path} (the disk may be full); nothing was changed there.</source>
            <translation>تعذّرت كتابة ملف PDF كاملًا في {path} (قد يكون القرص ممتلئًا)؛ لم يتغيّر شيء هناك.</translation>
        </message>
        <message>
            <source>The PDF could not be written to {path}.</source>
            <translation>تعذّرت كتابة ملف PDF في {path}.</translation>
        </message>
        <message>
            <source>There is no database at {path} yet.</source>
            <translation>لا توجد قاعدة بيانات في {path} بعد.</translation>
        </message>
        <message>
            <source>The database {path} is protected with a passphrase.</source>
            <translation>قاعدة البيانات {path} محمية بعبارة مرور.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be opened ({why}).</source>
            <translation>تعذّر فتح ملف قاعدة البيانات {path} ({why}).</translation>
        </message>
        <message>
            <source>The database file {path} is damaged ({why}).</source>
            <translation>ملف قاعدة البيانات {path} تالف ({why}).</translation>
        </message>
        <message>
            <source>The database {path} is sound.</source>
            <translation>قاعدة البيانات {path} سليمة.</translation>
        </message>
        <message>
            <source>The damaged database {path} could not be moved aside: {reason}.</source>
            <translation>تعذّر نقل قاعدة البيانات التالفة {path} جانبًا: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>LinkedIn Connections</source>
            <translation>جهات اتصال LinkedIn</translation>
        </message>
        <message>
            <source>Google Contacts</source>
            <translation>جهات اتصال Google</translation>
        </message>
        <message>
            <source>Outlook</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <source>vCard</source>
            <translation>vCard</translation>
        </message>
        <message>
            <source>Chapter roster</source>
            <translation>قائمة أعضاء الفرع</translation>
        </message>
        <message>
            <source>TotalNet export</source>
            <translation>ملف مُصدَّر من TotalNet</translation>
        </message>
        <message>
            <source>Spreadsheet (columns guessed)</source>
            <translation>جدول بيانات (الأعمدة مُخمَّنة)</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>فاصلة</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>فاصلة منقوطة</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>جدولة (Tab)</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>خط عمودي</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(تجاهل)</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>الاسم الأوسط</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Full name (split)</source>
            <translation>الاسم الكامل (يُقسَّم)</translation>
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
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
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
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>X (Twitter)</source>
            <translation>X (تويتر)</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
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
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>How we met</source>
            <translation>كيف التقينا</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Connected on (date)</source>
            <translation>تاريخ التواصل (تاريخ)</translation>
        </message>
        <message>
            <source>Chapter role</source>
            <translation>الدور في الفرع</translation>
        </message>
        <message>
            <source>Next follow-up (date)</source>
            <translation>المتابعة التالية (تاريخ)</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>E-mail 2</source>
            <translation>البريد الإلكتروني 2</translation>
        </message>
        <message>
            <source>Phone 2</source>
            <translation>الهاتف 2</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>المتابعة التالية</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Wrote {files} files to {folder}: their card, {timeline} timeline entries and {records} chapter records.</source>
            <translation>كُتب {files} ملفات في {folder}: بطاقته، و{timeline} إدخالًا في الخط الزمني، و{records} سجلًّا في الفرع.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <source>PALMS report (weekly chapter report)</source>
            <translation>تقرير PALMS (التقرير الأسبوعي للفرع)</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>CSV (UTF-8)</source>
            <translation>CSV (UTF-8)</translation>
        </message>
        <message>
            <source>CSV for Excel (UTF-8 with BOM)</source>
            <translation>CSV لبرنامج Excel (UTF-8 مع BOM)</translation>
        </message>
        <message>
            <source>vCard 3.0</source>
            <translation>vCard 3.0</translation>
        </message>
        <message>
            <source>vCard 4.0</source>
            <translation>vCard 4.0</translation>
        </message>
        <message>
            <source>Export - TotalNet</source>
            <translation>تصدير - TotalNet</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Which contacts</source>
            <translation>أي جهات اتصال</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>كل جهات الاتصال</translation>
        </message>
        <message>
            <source>The current filter ({count})</source>
            <translation>عامل التصفية الحالي ({count})</translation>
        </message>
        <message>
            <source>The selection ({count})</source>
            <translation>المحدد ({count})</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>الأعمدة</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>All columns</source>
            <translation>كل الأعمدة</translation>
        </message>
        <message>
            <source>No columns</source>
            <translation>بلا أعمدة</translation>
        </message>
        <message>
            <source>Exports are not encrypted, even though your database is: other programs must read them.</source>
            <translation>الملفات المُصدَّرة غير مشفرة، مع أن قاعدة بياناتك مشفرة: يجب أن تقرأها برامج أخرى.</translation>
        </message>
        <message>
            <source>Cells a spreadsheet would run as a formula get a leading ' (TotalNet reads its own export back exactly).</source>
            <translation>الخلايا التي قد ينفذها جدول البيانات كصيغة تبدأ بعلامة ' (ويقرأ TotalNet ما صدّره كما هو تمامًا).</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>&amp;تصدير...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Which meetings</source>
            <translation>أي اجتماعات</translation>
        </message>
        <message>
            <source>The last closed meeting</source>
            <translation>آخر اجتماع مغلق</translation>
        </message>
        <message>
            <source>The meeting of</source>
            <translation>اجتماع يوم</translation>
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
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>*{suffix};;All files (*)</source>
            <translation>*{suffix};;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Choose at least one column.</source>
            <translation>اختر عمودًا واحدًا على الأقل.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <source>Exporting to {path}...</source>
            <translation>جارٍ التصدير إلى {path}...</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to {path}.</source>
            <translation>
                <numerusform>لم تُصدَّر أي جهة اتصال إلى {path}.</numerusform>
                <numerusform>صُدِّرت جهة اتصال واحدة إلى {path}.</numerusform>
                <numerusform>صُدِّرت جهتا اتصال إلى {path}.</numerusform>
                <numerusform>صُدِّرت %Ln جهات اتصال إلى {path}.</numerusform>
                <numerusform>صُدِّرت %Ln جهة اتصال إلى {path}.</numerusform>
                <numerusform>صُدِّرت %Ln جهة اتصال إلى {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln row(s) to {path}.</source>
            <translation>
                <numerusform>لم يُصدَّر أي صف إلى {path}.</numerusform>
                <numerusform>صُدِّر صف واحد إلى {path}.</numerusform>
                <numerusform>صُدِّر صفان إلى {path}.</numerusform>
                <numerusform>صُدِّرت %Ln صفوف إلى {path}.</numerusform>
                <numerusform>صُدِّر %Ln صفًا إلى {path}.</numerusform>
                <numerusform>صُدِّر %Ln صف إلى {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export stopped.</source>
            <translation>توقف التصدير.</translation>
        </message>
        <message>
            <source>Exporting... {done} of {total} written.</source>
            <translation>جارٍ التصدير... كُتب {done} من {total}.</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
            <translation>جهات الاتصال (*.csv *.txt *.vcf *.vcard);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Files and format</source>
            <translation>الملفات والصيغة</translation>
        </message>
        <message>
            <source>Pick one or more files: a LinkedIn Connections.csv, a Google or Outlook export, a phone's .vcf, a chapter roster or any spreadsheet saved as CSV. The format is recognised; change it if it is wrong.</source>
            <translation>اختر ملفًا أو أكثر: ملف Connections.csv من LinkedIn، أو ملفًا مُصدَّرًا من Google أو Outlook، أو ملف ‎.vcf‎ من الهاتف، أو قائمة أعضاء فرع، أو أي جدول بيانات محفوظ بصيغة CSV. تُعرف الصيغة تلقائيًا؛ غيّرها إن كانت خاطئة.</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>الملفات المراد استيرادها</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>الترميز</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>الفاصل</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>صف العناوين</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>&amp;Add files...</source>
            <translation>إ&amp;ضافة ملفات...</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>استيراد جهات الاتصال</translation>
        </message>
        <message>
            <source>Format of {file}</source>
            <translation>صيغة {file}</translation>
        </message>
        <message numerus="yes">
            <source>{line} (after %Ln note line(s))</source>
            <translation>
                <numerusform>{line}</numerusform>
                <numerusform>{line} (بعد سطر ملاحظة واحد)</numerusform>
                <numerusform>{line} (بعد سطري ملاحظات)</numerusform>
                <numerusform>{line} (بعد %Ln أسطر ملاحظات)</numerusform>
                <numerusform>{line} (بعد %Ln سطرًا من الملاحظات)</numerusform>
                <numerusform>{line} (بعد %Ln سطر ملاحظات)</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} ك.ب</translation>
        </message>
    </context>
    <context>
        <name>Follow-up origin</name>
        <message>
            <source>Added by you</source>
            <translation>أضفتها أنت</translation>
        </message>
        <message>
            <source>Visited the chapter</source>
            <translation>زار الفرع</translation>
        </message>
        <message>
            <source>Referral passed to you</source>
            <translation>إحالة مُرِّرت إليك</translation>
        </message>
        <message>
            <source>Referral you gave</source>
            <translation>إحالة قدّمتها</translation>
        </message>
        <message>
            <source>Thank-you received</source>
            <translation>شكر مُستلَم</translation>
        </message>
        <message>
            <source>Keep-in-touch cadence</source>
            <translation>وتيرة التواصل</translation>
        </message>
        <message>
            <source>Online only: meet in person</source>
            <translation>عبر الإنترنت فقط: التقِ به وجهًا لوجه</translation>
        </message>
        <message>
            <source>Not on LinkedIn yet</source>
            <translation>ليس على لينكدإن بعد</translation>
        </message>
        <message>
            <source>One-to-one rotation</source>
            <translation>دورة اللقاءات الفردية</translation>
        </message>
        <message>
            <source>The chapter's most wanted</source>
            <translation>أكثر ما يحتاجه الفرع</translation>
        </message>
        <message>
            <source>Visitor follow-up</source>
            <translation>متابعة زائر</translation>
        </message>
    </context>
    <context>
        <name>Follow-up reason</name>
        <message>
            <source>Thank {name} for visiting and invite them back</source>
            <translation>اشكر {name} على الزيارة وادعُه للعودة</translation>
        </message>
        <message>
            <source>Contact {prospect} (from {giver})</source>
            <translation>تواصل مع {prospect} (من {giver})</translation>
        </message>
        <message>
            <source>Contact {name} about the referral they passed you</source>
            <translation>تواصل مع {name} بشأن الإحالة التي مرّرها إليك</translation>
        </message>
        <message>
            <source>Ask {name} how it went with {prospect}</source>
            <translation>اسأل {name} كيف سار الأمر مع {prospect}</translation>
        </message>
        <message>
            <source>Ask {name} how it went with the referral</source>
            <translation>اسأل {name} كيف سارت الإحالة</translation>
        </message>
        <message>
            <source>Thank {name} for the {currency} {amount} closed-business thank-you</source>
            <translation>اشكر {name} على شكر الأعمال المنجزة بمبلغ {currency} {amount}</translation>
        </message>
        <message>
            <source>Keep in touch with {name}: last contact {last} (every {days} days)</source>
            <translation>ابقَ على تواصل مع {name}: آخر تواصل {last} (كل {days} يومًا)</translation>
        </message>
        <message>
            <source>Invite {name} for a coffee or to visit the chapter</source>
            <translation>ادعُ {name} إلى قهوة أو لزيارة الفرع</translation>
        </message>
        <message>
            <source>Connect with {name} on LinkedIn</source>
            <translation>تواصل مع {name} على لينكدإن</translation>
        </message>
        <message>
            <source>Book a one-to-one with {name} (no one-to-one yet)</source>
            <translation>احجز لقاءً فرديًا مع {name} (لا لقاء فرديًا بعد)</translation>
        </message>
        <message>
            <source>Book a one-to-one with {name} (last one {last})</source>
            <translation>احجز لقاءً فرديًا مع {name} (آخر لقاء {last})</translation>
        </message>
        <message>
            <source>Invite {name} back to the chapter</source>
            <translation>ادعُ {name} للعودة إلى الفرع</translation>
        </message>
        <message>
            <source>Talk to {name} about applying to join</source>
            <translation>تحدّث مع {name} عن التقدّم للانضمام</translation>
        </message>
        <message>
            <source>Follow up (imported)</source>
            <translation>متابعة (مستوردة)</translation>
        </message>
        <message>
            <source>Visitor on {day:%d %b}: thank {name} for coming and ask how we can help</source>
            <translation>زائر في {day:%d %b}: اشكر {name} على الحضور واسأله كيف يمكننا المساعدة</translation>
        </message>
        <message>
            <source>Referral from {name} (hotness {hotness}/5): make contact</source>
            <translation>إحالة من {name} (الحرارة {hotness}/5): تواصل معه</translation>
        </message>
        <message>
            <source>You have only met {name} online: invite them for a coffee or to visit the chapter</source>
            <translation>التقيت {name} عبر الإنترنت فقط: ادعُه إلى قهوة أو لزيارة الفرع</translation>
        </message>
        <message>
            <source>Keep in touch: it has been a while since your last conversation</source>
            <translation>ابقَ على تواصل: مضى وقت منذ آخر محادثة بينكما</translation>
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
            <source>Unknown due filter {due!r}: use one of {items}.</source>
            <translation>مرشّح الاستحقاق {due!r} غير معروف: استخدم واحدًا من {items}.</translation>
        </message>
        <message>
            <source>Follow-up {item_id} is no longer in the queue.</source>
            <translation>المتابعة {item_id} لم تعد في القائمة.</translation>
        </message>
        <message>
            <source>Unknown channel {channel!r}: use one of {items}.</source>
            <translation>القناة {channel!r} غير معروفة: استخدم واحدة من {items}.</translation>
        </message>
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
            <source>The new due date {due!r} is not a date.</source>
            <translation>تاريخ الاستحقاق الجديد {due!r} ليس تاريخًا.</translation>
        </message>
        <message>
            <source>Choose the contact to follow up.</source>
            <translation>اختر جهة الاتصال التي ستتابعها.</translation>
        </message>
        <message>
            <source>Choose the due date of the follow-up.</source>
            <translation>اختر تاريخ استحقاق المتابعة.</translation>
        </message>
        <message>
            <source>Say what to follow up (the reason is empty).</source>
            <translation>اكتب ما ستتابعه (السبب فارغ).</translation>
        </message>
        <message>
            <source>Unknown channel {channel!r}.</source>
            <translation>القناة {channel!r} غير معروفة.</translation>
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
        <name>Forget</name>
        <message>
            <source>Forget this person</source>
            <translation>انسَ هذا الشخص</translation>
        </message>
        <message>
            <source>Forgetting {name}: their records, the mentions of them in other records, the search index and the log lines...</source>
            <translation>جارٍ نسيان {name}: سجلاته، وذكره في السجلات الأخرى، وفهرس البحث وسطور السجل...</translation>
        </message>
        <message>
            <source>Forgetting was cancelled; nothing was changed.</source>
            <translation>أُلغي النسيان؛ لم يتغير شيء.</translation>
        </message>
        <message numerus="yes">
            <source>Rewrote %n backup(s) without them.</source>
            <translation>
                <numerusform>لم تُعَد كتابة أي نسخة احتياطية.</numerusform>
                <numerusform>أُعيدت كتابة نسخة احتياطية واحدة من دونه.</numerusform>
                <numerusform>أُعيدت كتابة نسختين احتياطيتين من دونه.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخ احتياطية من دونه.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخة احتياطية من دونه.</numerusform>
                <numerusform>أُعيدت كتابة %n نسخة احتياطية من دونه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rewriting %n backup(s) without them...</source>
            <translation>
                <numerusform>لا نسخ احتياطية لإعادة كتابتها...</numerusform>
                <numerusform>جارٍ إعادة كتابة نسخة احتياطية واحدة بدونه...</numerusform>
                <numerusform>جارٍ إعادة كتابة نسختين احتياطيتين بدونه...</numerusform>
                <numerusform>جارٍ إعادة كتابة %n نسخ احتياطية بدونه...</numerusform>
                <numerusform>جارٍ إعادة كتابة %n نسخة احتياطية بدونه...</numerusform>
                <numerusform>جارٍ إعادة كتابة %n نسخة احتياطية بدونه...</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups that still hold them</source>
            <translation>نسخ احتياطية ما زالت تحتويه</translation>
        </message>
        <message>
            <source>Removed person</source>
            <translation>شخص محذوف</translation>
        </message>
        <message>
            <source>removed person</source>
            <translation>شخص محذوف</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>لا جهات اتصال</numerusform>
                <numerusform>جهة اتصال واحدة</numerusform>
                <numerusform>جهتا اتصال</numerusform>
                <numerusform>%n جهات اتصال</numerusform>
                <numerusform>%n جهة اتصال</numerusform>
                <numerusform>%n جهة اتصال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phones, e-mails and profiles</source>
            <translation>
                <numerusform>لا هواتف ولا عناوين بريد ولا حسابات</numerusform>
                <numerusform>هاتفًا أو بريدًا أو حسابًا واحدًا</numerusform>
                <numerusform>اثنين من الهواتف والبريد والحسابات</numerusform>
                <numerusform>%n من الهواتف والبريد والحسابات</numerusform>
                <numerusform>%n من الهواتف والبريد والحسابات</numerusform>
                <numerusform>%n من الهواتف والبريد والحسابات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s)</source>
            <translation>
                <numerusform>لا وسوم</numerusform>
                <numerusform>وسمًا واحدًا</numerusform>
                <numerusform>وسمين</numerusform>
                <numerusform>%n وسوم</numerusform>
                <numerusform>%n وسمًا</numerusform>
                <numerusform>%n وسم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>لا تواصلات</numerusform>
                <numerusform>تواصلًا واحدًا</numerusform>
                <numerusform>تواصلين</numerusform>
                <numerusform>%n تواصلات</numerusform>
                <numerusform>%n تواصلًا</numerusform>
                <numerusform>%n تواصل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>لا متابعات</numerusform>
                <numerusform>متابعة واحدة</numerusform>
                <numerusform>متابعتين</numerusform>
                <numerusform>%n متابعات</numerusform>
                <numerusform>%n متابعة</numerusform>
                <numerusform>%n متابعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage change(s)</source>
            <translation>
                <numerusform>لا تغييرات مرحلة</numerusform>
                <numerusform>تغيير مرحلة واحدًا</numerusform>
                <numerusform>تغييرَي مرحلة</numerusform>
                <numerusform>%n تغييرات مرحلة</numerusform>
                <numerusform>%n تغييرًا للمرحلة</numerusform>
                <numerusform>%n تغيير مرحلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n undo entries</source>
            <translation>
                <numerusform>لا خطوات تراجع</numerusform>
                <numerusform>خطوة تراجع واحدة</numerusform>
                <numerusform>خطوتَي تراجع</numerusform>
                <numerusform>%n خطوات تراجع</numerusform>
                <numerusform>%n خطوة تراجع</numerusform>
                <numerusform>%n خطوة تراجع</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message numerus="yes">
            <source>; anonymised %n chapter record(s) as "{name}"</source>
            <translation>
                <numerusform>؛ ولم يُجهَّل أي سجل للفرع</numerusform>
                <numerusform>؛ وجُهِّل سجل واحد للفرع باسم "{name}"</numerusform>
                <numerusform>؛ وجُهِّل سجلان للفرع باسم "{name}"</numerusform>
                <numerusform>؛ وجُهِّلت %n سجلات للفرع باسم "{name}"</numerusform>
                <numerusform>؛ وجُهِّل %n سجلًا للفرع باسم "{name}"</numerusform>
                <numerusform>؛ وجُهِّل %n سجل للفرع باسم "{name}"</numerusform>
            </translation>
        </message>
        <message>
            <source>; no chapter records named them</source>
            <translation>؛ ولم يذكره أي سجل للفرع</translation>
        </message>
        <message numerus="yes">
            <source>; mentions of them (name, e-mail, phone) were taken out of %n other record(s)</source>
            <translation>
                <numerusform>؛ ولم تُحذف أي إشارة إليه من سجلات أخرى</numerusform>
                <numerusform>؛ وحُذفت الإشارات إليه (الاسم والبريد والهاتف) من سجل آخر واحد</numerusform>
                <numerusform>؛ وحُذفت الإشارات إليه (الاسم والبريد والهاتف) من سجلين آخرين</numerusform>
                <numerusform>؛ وحُذفت الإشارات إليه (الاسم والبريد والهاتف) من %n سجلات أخرى</numerusform>
                <numerusform>؛ وحُذفت الإشارات إليه (الاسم والبريد والهاتف) من %n سجلًا آخر</numerusform>
                <numerusform>؛ وحُذفت الإشارات إليه (الاسم والبريد والهاتف) من %n سجل آخر</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed {removed}{tail}{mentions}.</source>
            <translation>حُذف: {removed}{tail}{mentions}.</translation>
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
        <name>History</name>
        <message numerus="yes">
            <source>Read %n file(s)</source>
            <translation>
                <numerusform>لم يُقرأ أي ملف</numerusform>
                <numerusform>قُرئ ملف واحد</numerusform>
                <numerusform>قُرئ ملفان</numerusform>
                <numerusform>قُرئت %n ملفات</numerusform>
                <numerusform>قُرئ %n ملفًا</numerusform>
                <numerusform>قُرئ %n ملف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new touch(es) with contacts</source>
            <translation>
                <numerusform>لا تواصلات جديدة مع جهات الاتصال</numerusform>
                <numerusform>تواصل جديد واحد مع جهات الاتصال</numerusform>
                <numerusform>تواصلان جديدان مع جهات الاتصال</numerusform>
                <numerusform>%n تواصلات جديدة مع جهات الاتصال</numerusform>
                <numerusform>%n تواصلًا جديدًا مع جهات الاتصال</numerusform>
                <numerusform>%n تواصل جديد مع جهات الاتصال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n touch(es) waiting for review ({people})</source>
            <translation>
                <numerusform>لا تواصلات بانتظار المراجعة ({people})</numerusform>
                <numerusform>تواصل واحد بانتظار المراجعة ({people})</numerusform>
                <numerusform>تواصلان بانتظار المراجعة ({people})</numerusform>
                <numerusform>%n تواصلات بانتظار المراجعة ({people})</numerusform>
                <numerusform>%n تواصلًا بانتظار المراجعة ({people})</numerusform>
                <numerusform>%n تواصل بانتظار المراجعة ({people})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>لا أحد</numerusform>
                <numerusform>شخص واحد</numerusform>
                <numerusform>شخصان</numerusform>
                <numerusform>%n أشخاص</numerusform>
                <numerusform>%n شخصًا</numerusform>
                <numerusform>%n شخص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad line(s) skipped</source>
            <translation>
                <numerusform>لم يُتخطَّ أي سطر تالف</numerusform>
                <numerusform>تُخطِّي سطر تالف واحد</numerusform>
                <numerusform>تُخطِّي سطران تالفان</numerusform>
                <numerusform>تُخطِّيت %n أسطر تالفة</numerusform>
                <numerusform>تُخطِّي %n سطرًا تالفًا</numerusform>
                <numerusform>تُخطِّي %n سطر تالف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) not read</source>
            <translation>
                <numerusform>لا ملفات لم تُقرأ</numerusform>
                <numerusform>ملف واحد لم يُقرأ</numerusform>
                <numerusform>ملفان لم يُقرآ</numerusform>
                <numerusform>%n ملفات لم تُقرأ</numerusform>
                <numerusform>%n ملفًا لم يُقرأ</numerusform>
                <numerusform>%n ملف لم يُقرأ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n earlier day(s) with more messages</source>
            <translation>
                <numerusform>لا أيام سابقة بها رسائل أكثر</numerusform>
                <numerusform>يوم سابق واحد به رسائل أكثر</numerusform>
                <numerusform>يومان سابقان بهما رسائل أكثر</numerusform>
                <numerusform>%n أيام سابقة بها رسائل أكثر</numerusform>
                <numerusform>%n يومًا سابقًا بها رسائل أكثر</numerusform>
                <numerusform>%n يوم سابق بها رسائل أكثر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) closed</source>
            <translation>
                <numerusform>لم تُغلق أي متابعة</numerusform>
                <numerusform>أُغلقت متابعة واحدة</numerusform>
                <numerusform>أُغلقت متابعتان</numerusform>
                <numerusform>أُغلقت %n متابعات</numerusform>
                <numerusform>أُغلقت %n متابعةً</numerusform>
                <numerusform>أُغلقت %n متابعة</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is not a history file TotalNet reads (a LinkedIn archive, a WhatsApp chat export, an .ics calendar or an .mbox mail archive).</source>
            <translation>{file} ليس ملف سجل يقرؤه TotalNet (أرشيف LinkedIn، أو محادثة WhatsApp مصدَّرة، أو تقويم ‎.ics، أو أرشيف بريد ‎.mbox).</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Reads your LinkedIn data archive, WhatsApp chat exports (.txt or .zip), calendar files (.ics) and mail archives (.mbox): a file, a folder or the ZIP the service gave you. Only who, when and which channel are stored, one touch per conversation per day; nothing leaves this computer.</source>
            <translation>يقرأ أرشيف بياناتك من LinkedIn، والمحادثات المُصدَّرة من WhatsApp ‏(‎.txt‎ أو ‎.zip‎)، وملفات التقويم (‎.ics‎)، وأرشيفات البريد (‎.mbox‎): ملفًا أو مجلدًا أو ملف ZIP الذي أعطتك إياه الخدمة. لا يُحفظ إلا من ومتى وعبر أي قناة، لمسة واحدة لكل محادثة في اليوم؛ ولا يغادر شيء هذا الحاسوب.</translation>
        </message>
        <message>
            <source>History files (*.zip *.txt *.csv *.ics *.mbox);;All files (*)</source>
            <translation>ملفات السجل (*.zip *.txt *.csv *.ics *.mbox);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>التقويم</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>day first (31/12/2023)</source>
            <translation>اليوم أولًا (31/12/2023)</translation>
        </message>
        <message>
            <source>month first (12/31/2023)</source>
            <translation>الشهر أولًا (12/31/2023)</translation>
        </message>
        <message>
            <source>year first</source>
            <translation>السنة أولًا</translation>
        </message>
        <message>
            <source>Import history - TotalNet</source>
            <translation>استيراد السجل - TotalNet</translation>
        </message>
        <message>
            <source>No files chosen.</source>
            <translation>لم تُختر أي ملفات.</translation>
        </message>
        <message>
            <source>Add &amp;files...</source>
            <translation>إضافة &amp;ملفات...</translation>
        </message>
        <message>
            <source>Add f&amp;older...</source>
            <translation>إضافة م&amp;جلد...</translation>
        </message>
        <message>
            <source>&amp;Keep the first line of each conversation-day (off: who, when and channel only)</source>
            <translation>ا&amp;حتفظ بالسطر الأول من محادثة كل يوم (عند الإيقاف: من ومتى والقناة فقط)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>إلغاء الاستيراد</translation>
        </message>
        <message>
            <source>What was read appears here.</source>
            <translation>يظهر هنا ما قُرئ.</translation>
        </message>
        <message>
            <source>What was read</source>
            <translation>ما قُرئ</translation>
        </message>
        <message>
            <source>Choose history files</source>
            <translation>اختر ملفات السجل</translation>
        </message>
        <message>
            <source>Choose a folder of history files</source>
            <translation>اختر مجلدًا لملفات السجل</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>{file}, line {line}: skipped, {reason}</source>
            <translation>{file}، السطر {line}: تُخطّي، {reason}</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>ترتيب التاريخ</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>من أنت؟</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>a repeat of the header row; skipped</source>
            <translation>تكرار لصف العناوين؛ تُخطّي</translation>
        </message>
        <message>
            <source>unterminated quote in column {column} ({name})</source>
            <translation>علامة اقتباس غير مغلقة في العمود {column} ({name})</translation>
        </message>
        <message>
            <source>holds NUL bytes (damaged data)</source>
            <translation>يحتوي على بايتات NUL (بيانات تالفة)</translation>
        </message>
        <message>
            <source>same e-mail or profile</source>
            <translation>البريد أو الملف الشخصي نفسه</translation>
        </message>
        <message>
            <source>identical to an earlier entry</source>
            <translation>مطابق لإدخال سابق</translation>
        </message>
        <message>
            <source>chosen by you</source>
            <translation>اخترته أنت</translation>
        </message>
        <message>
            <source>shares a phone number with {other}</source>
            <translation>يشترك في رقم هاتف مع {other}</translation>
        </message>
        <message>
            <source>has the same name as {other}</source>
            <translation>له الاسم نفسه مثل {other}</translation>
        </message>
        <message>
            <source>added although {reason}</source>
            <translation>أُضيف رغم أنه {reason}</translation>
        </message>
        <message>
            <source>{reason} as row {row}</source>
            <translation>{reason} مثل الصف {row}</translation>
        </message>
        <message>
            <source>{name} (row {row})</source>
            <translation>{name} (الصف {row})</translation>
        </message>
        <message>
            <source>no name, e-mail, phone or profile</source>
            <translation>لا اسم ولا بريد ولا هاتف ولا ملف شخصي</translation>
        </message>
        <message>
            <source>imported {imported}, merged {merged}, skipped {skipped}, rejected {rejected}</source>
            <translation>استُورد {imported}، دُمج {merged}، تُخطّي {skipped}، رُفض {rejected}</translation>
        </message>
        <message>
            <source>would import {imported}, merge {merged}, skip {skipped}, reject {rejected}</source>
            <translation>سيُستورد {imported}، ويُدمج {merged}، ويُتخطّى {skipped}، ويُرفض {rejected}</translation>
        </message>
        <message>
            <source>this card cannot be read ({error})</source>
            <translation>تتعذّر قراءة هذه البطاقة ({error})</translation>
        </message>
        <message>
            <source>Imported {file} {day}</source>
            <translation>استيراد {file} {day}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>1-2  Files and format</source>
            <translation>1-2  الملفات والصيغة</translation>
        </message>
        <message>
            <source>3  Columns</source>
            <translation>3  الأعمدة</translation>
        </message>
        <message>
            <source>4  Duplicates</source>
            <translation>4  التكرارات</translation>
        </message>
        <message>
            <source>5  Options</source>
            <translation>5  الخيارات</translation>
        </message>
        <message>
            <source>6  Import</source>
            <translation>6  الاستيراد</translation>
        </message>
        <message>
            <source>7  Summary</source>
            <translation>7  الملخص</translation>
        </message>
        <message>
            <source>Import contacts - TotalNet</source>
            <translation>استيراد جهات الاتصال - TotalNet</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>ال&amp;سابق</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>ال&amp;تالي</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>اس&amp;تيراد</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Cancelling... nothing will be changed.</source>
            <translation>جارٍ الإلغاء... لن يتغير شيء.</translation>
        </message>
        <message>
            <source>Importing... Cancel leaves your data exactly as it was.</source>
            <translation>جارٍ الاستيراد... «إلغاء» يترك بياناتك كما كانت تمامًا.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>حفظ الصفوف المرفوضة</translation>
        </message>
        <message>
            <source>CSV (*.csv);;vCard (*.vcf);;All files (*)</source>
            <translation>CSV (*.csv);;vCard (*.vcf);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Rejected rows saved to {paths}.</source>
            <translation>حُفظت الصفوف المرفوضة في {paths}.</translation>
        </message>
    </context>
    <context>
        <name>ImportJob</name>
        <message>
            <source>import</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <source>duplicate check</source>
            <translation>فحص التكرار</translation>
        </message>
        <message>
            <source>export</source>
            <translation>التصدير</translation>
        </message>
        <message>
            <source>history import</source>
            <translation>استيراد السجل</translation>
        </message>
        <message>
            <source>The {job} stopped on an unexpected error ({error}); nothing was changed.</source>
            <translation>توقف {job} بسبب خطأ غير متوقع ({error})؛ لم يتغير شيء.</translation>
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
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>{column} (%n row(s))</source>
            <translation>
                <numerusform>{column} (لا صفوف)</numerusform>
                <numerusform>{column} (صف واحد)</numerusform>
                <numerusform>{column} (صفان)</numerusform>
                <numerusform>{column} (%n صفوف)</numerusform>
                <numerusform>{column} (%n صفًا)</numerusform>
                <numerusform>{column} (%n صف)</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: {columns}.</source>
            <translation>أعمدة لم تُستورد: {columns}.</translation>
        </message>
        <message>
            <source>Kept in the notes as “Column: value” lines: {columns}.</source>
            <translation>حُفظت في الملاحظات كسطور «العمود: القيمة»: {columns}.</translation>
        </message>
        <message numerus="yes">
            <source>The header row came again on %n line(s); skipped, not a contact.</source>
            <translation>
                <numerusform>تكرر صف العناوين في لا أسطر؛ تم تخطيه، فهو ليس جهة اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في سطر واحد؛ تم تخطيه، فهو ليس جهة اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في سطرين؛ تم تخطيهما، فهما ليسا جهتي اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في %n أسطر؛ تم تخطيها، فهي ليست جهات اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في %n سطرًا؛ تم تخطيها، فهي ليست جهات اتصال.</numerusform>
                <numerusform>تكرر صف العناوين في %n سطر؛ تم تخطيها، فهي ليست جهات اتصال.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightCard</name>
        <message>
            <source>Save as PNG…</source>
            <translation>حفظ كصورة PNG…</translation>
        </message>
        <message>
            <source>Save the {title} chart as a picture</source>
            <translation>حفظ مخطط «{title}» كصورة</translation>
        </message>
    </context>
    <context>
        <name>InsightCharts</name>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>ر{quarter} {year}</translation>
        </message>
        <message>
            <source>P</source>
            <translation>ح</translation>
        </message>
        <message>
            <source>A</source>
            <translation>غ</translation>
        </message>
        <message>
            <source>L</source>
            <translation>م</translation>
        </message>
        <message>
            <source>M</source>
            <translation>ط</translation>
        </message>
        <message>
            <source>S</source>
            <translation>ب</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>المُغلق</translation>
        </message>
        <message>
            <source>Running total</source>
            <translation>المجموع التراكمي</translation>
        </message>
        <message>
            <source>Fee for the period</source>
            <translation>رسوم الفترة</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>المُقدَّمة</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>المُستلَمة</translation>
        </message>
        <message>
            <source>{source} ({count})</source>
            <translation>{source} ({count})</translation>
        </message>
        <message>
            <source>No referrals received in this period</source>
            <translation>لم تُستلم أي إحالات في هذه الفترة</translation>
        </message>
        <message>
            <source>Absences in the last six months</source>
            <translation>الغيابات في الأشهر الستة الأخيرة</translation>
        </message>
        <message>
            <source>At the limit</source>
            <translation>عند الحد</translation>
        </message>
        <message>
            <source>Limit: {limit}</source>
            <translation>الحد: {limit}</translation>
        </message>
        <message>
            <source>Your PALMS at each meeting, {span}</source>
            <translation>حالتك في PALMS في كل اجتماع، {span}</translation>
        </message>
        <message>
            <source>No absences in the last six months</source>
            <translation>لا غيابات في الأشهر الستة الأخيرة</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>كلاهما</translation>
        </message>
        <message>
            <source>Only in person</source>
            <translation>حضوريًا فقط</translation>
        </message>
        <message>
            <source>Only online</source>
            <translation>عبر الإنترنت فقط</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>في الموعد</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>مُستبعَدة</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>فات موعدها</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>لم يحن موعدها</translation>
        </message>
        <message>
            <source>Gave you</source>
            <translation>أعطوك</translation>
        </message>
        <message>
            <source>You gave</source>
            <translation>أعطيتهم</translation>
        </message>
    </context>
    <context>
        <name>InsightNumbers</name>
        <message>
            <source>In person</source>
            <translation>حضوريًا</translation>
        </message>
        <message>
            <source>One-to-one</source>
            <translation>لقاء فردي</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>مكالمة فيديو</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Chapter members</source>
            <translation>أعضاء الفرع</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>الزوار</translation>
        </message>
        <message>
            <source>Online contacts</source>
            <translation>جهات اتصال عبر الإنترنت</translation>
        </message>
        <message>
            <source>Other contacts</source>
            <translation>جهات اتصال أخرى</translation>
        </message>
        <message>
            <source>Business you closed</source>
            <translation>الأعمال التي أغلقتها</translation>
        </message>
        <message>
            <source>Fee for this period</source>
            <translation>رسوم هذه الفترة</translation>
        </message>
        <message>
            <source>Return on the fee</source>
            <translation>العائد على الرسوم</translation>
        </message>
        <message>
            <source>{ratio}×</source>
            <translation>{ratio}×</translation>
        </message>
        <message>
            <source>Business you passed</source>
            <translation>الأعمال التي مرّرتها</translation>
        </message>
        <message>
            <source>No annual fee is recorded for {chapter}: add it to see the payback.</source>
            <translation>لا رسوم سنوية مسجلة لـ {chapter}: أضفها لترى متى تُسترد.</translation>
        </message>
        <message>
            <source>Paid back on {date}.</source>
            <translation>استُردّت في {date}.</translation>
        </message>
        <message>
            <source>{amount} to go ({share} of the fee paid back).</source>
            <translation>يتبقى {amount} (استُرد {share} من الرسوم).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln thank-you(s) in another currency than {currency} are not added in.</source>
            <translation>
                <numerusform>لا شكر بعملة غير {currency}.</numerusform>
                <numerusform>شكر واحد بعملة غير {currency} غير محسوب.</numerusform>
                <numerusform>شكران بعملة غير {currency} غير محسوبين.</numerusform>
                <numerusform>%Ln شكرات بعملة غير {currency} غير محسوبة.</numerusform>
                <numerusform>%Ln شكرًا بعملة غير {currency} غير محسوبة.</numerusform>
                <numerusform>%Ln شكر بعملة غير {currency} غير محسوبة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted: thank-yous you wrote to chapter members for business you closed from their referrals.</source>
            <translation>المحسوب: رسائل الشكر التي كتبتها لأعضاء الفرع عن أعمال أغلقتها من إحالاتهم.</translation>
        </message>
        <message>
            <source>inside / outside</source>
            <translation>داخل / خارج</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>المُقدَّمة</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>المُستلَمة</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>مُستلَمة من</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجّل</translation>
        </message>
        <message>
            <source>Chapter turnout</source>
            <translation>حضور الفرع</translation>
        </message>
        <message>
            <source>{used} used in the last six months.</source>
            <translation>استُخدم {used} في الأشهر الستة الأخيرة.</translation>
        </message>
        <message numerus="yes">
            <source>{current} of %Ln absence(s)</source>
            <translation>
                <numerusform>{current} من لا غيابات</numerusform>
                <numerusform>{current} من غياب واحد</numerusform>
                <numerusform>{current} من غيابين</numerusform>
                <numerusform>{current} من %Ln غيابات</numerusform>
                <numerusform>{current} من %Ln غيابًا</numerusform>
                <numerusform>{current} من %Ln غياب</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s), {span}</source>
            <translation>
                <numerusform>لا اجتماعات، {span}</numerusform>
                <numerusform>اجتماع واحد، {span}</numerusform>
                <numerusform>اجتماعان، {span}</numerusform>
                <numerusform>%Ln اجتماعات، {span}</numerusform>
                <numerusform>%Ln اجتماعًا، {span}</numerusform>
                <numerusform>%Ln اجتماع، {span}</numerusform>
            </translation>
        </message>
        <message>
            <source>Medical and substitutes do not count as absences.</source>
            <translation>الإجازات المرضية والبدلاء لا تُحسب غيابًا.</translation>
        </message>
        <message>
            <source>All touches</source>
            <translation>كل اللمسات</translation>
        </message>
        <message>
            <source>Touches in this period</source>
            <translation>اللمسات في هذه الفترة</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more: Contacts, Show “Warm, gone quiet”.</source>
            <translation>
                <numerusform>ولا آخرين.</numerusform>
                <numerusform>وواحد آخر: جهات الاتصال، عرض «دافئ، صار هادئًا».</numerusform>
                <numerusform>واثنان آخران: جهات الاتصال، عرض «دافئ، صار هادئًا».</numerusform>
                <numerusform>و%Ln آخرون: جهات الاتصال، عرض «دافئ، صار هادئًا».</numerusform>
                <numerusform>و%Ln آخرين: جهات الاتصال، عرض «دافئ، صار هادئًا».</numerusform>
                <numerusform>و%Ln آخر: جهات الاتصال، عرض «دافئ، صار هادئًا».</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Gone quiet&lt;/b&gt; (touches, last)</source>
            <translation>&lt;b&gt;صاروا هادئين&lt;/b&gt; (اللمسات، الأخيرة)</translation>
        </message>
        <message>
            <source>Nobody you talked to often has gone quiet.</source>
            <translation>لم يصبح أحد ممن تتحدث إليهم كثيرًا هادئًا.</translation>
        </message>
        <message>
            <source>Both online and in person</source>
            <translation>عبر الإنترنت وحضوريًا معًا</translation>
        </message>
        <message>
            <source>Only in person</source>
            <translation>حضوريًا فقط</translation>
        </message>
        <message>
            <source>Only online</source>
            <translation>عبر الإنترنت فقط</translation>
        </message>
        <message>
            <source>Share reached both ways</source>
            <translation>نسبة من وصلتهم بالطريقتين</translation>
        </message>
        <message>
            <source>People reached in this period</source>
            <translation>الأشخاص الذين وصلتهم في هذه الفترة</translation>
        </message>
        <message>
            <source>The chart shows the people reached so far, month by month. Total networking grows the green: meet online contacts in person, connect online with the people you meet. Phone, messaging and e-mail count as neither.</source>
            <translation>يُظهر المخطط الأشخاص الذين وصلتهم حتى الآن، شهرًا بشهر. التشبيك الكامل يُنمّي الأخضر: قابل جهات اتصالك عبر الإنترنت حضوريًا، وتواصل عبر الإنترنت مع من تقابلهم. الهاتف والرسائل والبريد لا تُحسب لأيٍّ منهما.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>أُضيف</translation>
        </message>
        <message>
            <source>Moved up</source>
            <translation>ارتقى</translation>
        </message>
        <message>
            <source>In touch</source>
            <translation>على تواصل</translation>
        </message>
        <message>
            <source>Quiet</source>
            <translation>هادئ</translation>
        </message>
        <message>
            <source>No stage changes in this period.</source>
            <translation>لا تغييرات في المراحل في هذه الفترة.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln up</source>
            <translation>
                <numerusform>لا ارتقاء</numerusform>
                <numerusform>ارتقاء واحد</numerusform>
                <numerusform>ارتقاءان</numerusform>
                <numerusform>%Ln ارتقاءات</numerusform>
                <numerusform>%Ln ارتقاءً</numerusform>
                <numerusform>%Ln ارتقاء</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln down</source>
            <translation>
                <numerusform>لا تراجع</numerusform>
                <numerusform>تراجع واحد</numerusform>
                <numerusform>تراجعان</numerusform>
                <numerusform>%Ln تراجعات</numerusform>
                <numerusform>%Ln تراجعًا</numerusform>
                <numerusform>%Ln تراجع</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage changes: {up}, {down}</source>
            <translation>تغييرات المراحل: {up}، {down}</translation>
        </message>
        <message>
            <source>Moved up: changes in this period that brought someone up into the stage (a new contact's first stage counts as added, not moved). Quiet: no contact within the stage's keep-in-touch cadence.</source>
            <translation>ارتقى: تغييرات في هذه الفترة رفعت شخصًا إلى المرحلة (المرحلة الأولى لجهة اتصال جديدة تُحسب إضافةً لا ارتقاءً). هادئ: لا تواصل ضمن وتيرة التواصل الخاصة بالمرحلة.</translation>
        </message>
        <message>
            <source>Done on time</source>
            <translation>أُنجزت في الموعد</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>أُنجزت متأخرة</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>مُستبعَدة</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>فات موعدها</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>لم يحن موعدها</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>في الموعد</translation>
        </message>
        <message>
            <source>Follow-ups due in this period</source>
            <translation>المتابعات المستحقة في هذه الفترة</translation>
        </message>
        <message>
            <source>Other network</source>
            <translation>شبكة أخرى</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <source>Gave you</source>
            <translation>أعطوك</translation>
        </message>
        <message>
            <source>You gave</source>
            <translation>أعطيتهم</translation>
        </message>
        <message>
            <source>TYFCB ({currency})</source>
            <translation>TYFCB ({currency})</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>القنوات</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>الفرع</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>{channels} · on {networks}</source>
            <translation>{channels} · على {networks}</translation>
        </message>
        <message>
            <source>Referrals they gave you and you gave them. TYFCB: business you closed from them / they closed from you. Channels: how you were in touch in the period; 'on': the social networks where you have their profile.</source>
            <translation>الإحالات التي أعطوك إياها والتي أعطيتهم. TYFCB: أعمال أغلقتها منهم / أغلقوها منك. القنوات: كيف تواصلتم في الفترة؛ «على»: الشبكات الاجتماعية التي لديك فيها ملفهم الشخصي.</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source>{start} - {end}</source>
            <translation>{start} - {end}</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>هذا العام</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>العام الماضي</translation>
        </message>
        <message>
            <source>Last 5 years</source>
            <translation>آخر 5 سنوات</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>كل الأوقات</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Last 12 months</source>
            <translation>آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>هذه السنة</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>السنة الماضية</translation>
        </message>
        <message>
            <source>Last 5 years</source>
            <translation>آخر 5 سنوات</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>كل الأوقات</translation>
        </message>
        <message>
            <source>Custom dates</source>
            <translation>تواريخ مخصصة</translation>
        </message>
        <message>
            <source>Tell TotalNet which contact is you to see this: open your own contact in Contacts and press &lt;b&gt;This is me&lt;/b&gt;.</source>
            <translation>أخبر TotalNet أي جهة اتصال هي أنت لترى هذا: افتح جهة اتصالك في «جهات الاتصال» واضغط &lt;b&gt;هذا أنا&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Set up your chapter on Meeting day (with its annual fee) to see this.</source>
            <translation>أعدّ فرعك في «يوم الاجتماع» (مع رسومه السنوية) لترى هذا.</translation>
        </message>
        <message>
            <source>Return on membership</source>
            <translation>العائد من العضوية</translation>
        </message>
        <message>
            <source>Business you closed from chapter referrals, against the annual fee</source>
            <translation>الأعمال التي أغلقتها من إحالات الفرع، مقارنةً بالرسوم السنوية</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <source>Given and received month by month; where received referrals came from</source>
            <translation>المُقدَّمة والمُستلَمة شهرًا بشهر؛ ومن أين جاءت الإحالات المُستلَمة</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Your last 26 weeks, with the three-absences-in-six-months line</source>
            <translation>آخر 26 أسبوعًا لك، مع خط الغيابات الثلاثة في ستة أشهر</translation>
        </message>
        <message>
            <source>Channel balance</source>
            <translation>توازن القنوات</translation>
        </message>
        <message>
            <source>People reached only online, only in person, or both, growing through the period</source>
            <translation>من وصلتهم عبر الإنترنت فقط أو حضوريًا فقط أو بالطريقتين، متزايدين خلال الفترة</translation>
        </message>
        <message>
            <source>Trust funnel</source>
            <translation>قمع الثقة</translation>
        </message>
        <message>
            <source>Contacts per stage: Know, Like, Trust, Partner, and who moved between them</source>
            <translation>جهات الاتصال في كل مرحلة: معرفة، إعجاب، ثقة، شراكة، ومن انتقل بينها</translation>
        </message>
        <message>
            <source>Follow-through</source>
            <translation>الالتزام بالمتابعة</translation>
        </message>
        <message>
            <source>Follow-ups due in the period: done on time, late, dismissed</source>
            <translation>المتابعات المستحقة في الفترة: في الموعد، متأخرة، مُستبعَدة</translation>
        </message>
        <message>
            <source>Top relationships</source>
            <translation>أهم العلاقات</translation>
        </message>
        <message>
            <source>Who gave you and received from you the most</source>
            <translation>من أعطاك وأخذ منك أكثر</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <source>Touches per month on each channel, and people you talked to often who have gone quiet</source>
            <translation>اللمسات شهريًا على كل قناة، ومن كنت تحادثهم كثيرًا وصاروا هادئين</translation>
        </message>
        <message>
            <source>{start} - {end}</source>
            <translation>{start} - {end}</translation>
        </message>
        <message>
            <source>No thank-you for closed business from {chapter} in this period yet.&lt;br&gt;When a chapter referral turns into business, record your TYFCB on Meeting day: it counts against the {fee} fee here.</source>
            <translation>لا شكر على أعمال مُغلقة من {chapter} في هذه الفترة بعد.&lt;br&gt;عندما تتحول إحالة من الفرع إلى عمل، سجّل TYFCB في «يوم الاجتماع»: تُحسب هنا مقابل رسوم {fee}.</translation>
        </message>
        <message>
            <source>No referrals given or received in this period.&lt;br&gt;Referral slips recorded on Meeting day appear here, month by month.</source>
            <translation>لا إحالات مُقدَّمة أو مُستلَمة في هذه الفترة.&lt;br&gt;تظهر هنا قسائم الإحالة المسجلة في «يوم الاجتماع»، شهرًا بشهر.</translation>
        </message>
        <message>
            <source>No meetings of {chapter} between {start} and {end}.&lt;br&gt;Meetings you run on Meeting day appear here with your PALMS.</source>
            <translation>لا اجتماعات لـ {chapter} بين {start} و{end}.&lt;br&gt;تظهر هنا الاجتماعات التي تديرها في «يوم الاجتماع» مع حالتك في PALMS.</translation>
        </message>
        <message>
            <source>Nobody reached in person or online in this period yet.&lt;br&gt;Log a meeting, one-to-one or LinkedIn message on a contact to see your balance.</source>
            <translation>لم تصل إلى أحد حضوريًا أو عبر الإنترنت في هذه الفترة بعد.&lt;br&gt;سجّل لقاءً أو لقاءً فرديًا أو رسالة LinkedIn على جهة اتصال لترى توازنك.</translation>
        </message>
        <message>
            <source>No contacts yet.&lt;br&gt;Import your LinkedIn connections or add the people you meet (Ctrl+N).</source>
            <translation>لا جهات اتصال بعد.&lt;br&gt;استورد جهات اتصالك من LinkedIn أو أضف من تقابلهم (Ctrl+N).</translation>
        </message>
        <message>
            <source>No follow-ups were due in this period.&lt;br&gt;Add one with Ctrl+Shift+F on any contact.</source>
            <translation>لم تستحق أي متابعات في هذه الفترة.&lt;br&gt;أضف واحدة بـ Ctrl+Shift+F على أي جهة اتصال.</translation>
        </message>
        <message>
            <source>No referrals or thank-yous exchanged in this period yet.</source>
            <translation>لم تُتبادل إحالات أو رسائل شكر في هذه الفترة بعد.</translation>
        </message>
        <message>
            <source>No conversations in this period yet.&lt;br&gt;Import your WhatsApp chats, LinkedIn archive, calendar or mail with File &gt; Import history... to see every touch here.</source>
            <translation>لا محادثات في هذه الفترة بعد.&lt;br&gt;استورد محادثات WhatsApp أو أرشيف LinkedIn أو التقويم أو البريد من «ملف &gt; استيراد السجل...» لترى كل لمسة هنا.</translation>
        </message>
        <message>
            <source>The PDF could not be written completely to {path}.</source>
            <translation>تعذرت كتابة ملف PDF كاملًا في {path}.</translation>
        </message>
        <message>
            <source>Cannot write {path}.</source>
            <translation>تتعذر الكتابة في {path}.</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>الإحصاءات</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>الفترة:</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
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
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Print to PDF…</source>
            <translation>طباعة إلى PDF…</translation>
        </message>
        <message>
            <source>Save {title} as PNG</source>
            <translation>حفظ «{title}» كصورة PNG</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>صورة PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved {title} to {path}.</source>
            <translation>حُفظ «{title}» في {path}.</translation>
        </message>
        <message>
            <source>Could not save {path}: check the folder exists and can be written.</source>
            <translation>تعذر حفظ {path}: تحقق من أن المجلد موجود وقابل للكتابة.</translation>
        </message>
        <message>
            <source>Print Insights to PDF</source>
            <translation>طباعة الإحصاءات إلى PDF</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ملف PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Printed Insights to {path}.</source>
            <translation>طُبعت الإحصاءات في {path}.</translation>
        </message>
        <message>
            <source>Could not write {path}: check the folder exists and can be written.</source>
            <translation>تعذرت الكتابة في {path}: تحقق من أن المجلد موجود وقابل للكتابة.</translation>
        </message>
        <message>
            <source>TotalNet Insights · {subtitle}</source>
            <translation>إحصاءات TotalNet · {subtitle}</translation>
        </message>
    </context>
    <context>
        <name>LightsTab</name>
        <message>
            <source>Last six completed months</source>
            <translation>آخر ستة أشهر مكتملة</translation>
        </message>
        <message>
            <source>Six months to the end of this month</source>
            <translation>ستة أشهر حتى نهاية هذا الشهر</translation>
        </message>
        <message>
            <source>Last 26 weeks</source>
            <translation>آخر 26 أسبوعًا</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>فترة مخصصة</translation>
        </message>
        <message>
            <source>green</source>
            <translation>أخضر</translation>
        </message>
        <message>
            <source>amber</source>
            <translation>كهرماني</translation>
        </message>
        <message>
            <source>red</source>
            <translation>أحمر</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>رمادي</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Referrals per member per week</source>
            <translation>الإحالات لكل عضو أسبوعيًا</translation>
        </message>
        <message>
            <source>Visitors per week</source>
            <translation>الزوار أسبوعيًا</translation>
        </message>
        <message>
            <source>Visitor → member</source>
            <translation>زائر ← عضو</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>الاحتفاظ بالأعضاء</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>المخطط</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
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
            <source>&amp;Print to PDF...</source>
            <translation>&amp;طباعة إلى PDF...</translation>
        </message>
        <message>
            <source>E&amp;xport CSV...</source>
            <translation>ت&amp;صدير CSV...</translation>
        </message>
        <message>
            <source>Edit &amp;scheme...</source>
            <translation>تعديل الم&amp;خطط...</translation>
        </message>
        <message>
            <source>Traffic lights</source>
            <translation>إشارات المرور</translation>
        </message>
        <message>
            <source>{name} (chapter's own)</source>
            <translation>{name} (نسخة الفرع)</translation>
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation>أعدّ فرعك أولًا في «يوم الاجتماع».</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>ماذا لو</translation>
        </message>
        <message>
            <source>{area}: up to {points} points</source>
            <translation>{area}: حتى {points} نقطة</translation>
        </message>
        <message>
            <source>{area}: {measure}</source>
            <translation>{area}: {measure}</translation>
        </message>
        <message>
            <source>{count} {colour}</source>
            <translation>{count} {colour}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s) held</source>
            <translation>
                <numerusform>لم يُعقد أي اجتماع</numerusform>
                <numerusform>عُقد اجتماع واحد</numerusform>
                <numerusform>عُقد اجتماعان</numerusform>
                <numerusform>عُقدت %Ln اجتماعات</numerusform>
                <numerusform>عُقد %Ln اجتماعًا</numerusform>
                <numerusform>عُقد %Ln اجتماع</numerusform>
            </translation>
        </message>
        <message>
            <source>{held}, {remaining}</source>
            <translation>{held}، {remaining}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln to come</source>
            <translation>
                <numerusform>لا شيء قادم</numerusform>
                <numerusform>واحد قادم</numerusform>
                <numerusform>اثنان قادمان</numerusform>
                <numerusform>%Ln قادمة</numerusform>
                <numerusform>%Ln قادمًا</numerusform>
                <numerusform>%Ln قادم</numerusform>
            </translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} إلى {end}</translation>
        </message>
        <message>
            <source>{scheme}: {period}, {held}</source>
            <translation>{scheme}: {period}، {held}</translation>
        </message>
        <message>
            <source>hover a cell for its measure</source>
            <translation>مرّر المؤشر فوق خلية لترى قياسها</translation>
        </message>
        <message>
            <source>Chapter health</source>
            <translation>صحة الفرع</translation>
        </message>
        <message>
            <source>{rate} ({joined} of {visitors})</source>
            <translation>{rate} ({joined} من {visitors})</translation>
        </message>
        <message numerus="yes">
            <source>, %Ln day(s) to join</source>
            <translation>
                <numerusform>، أقل من يوم للانضمام</numerusform>
                <numerusform>، يوم واحد للانضمام</numerusform>
                <numerusform>، يومان للانضمام</numerusform>
                <numerusform>، %Ln أيام للانضمام</numerusform>
                <numerusform>، %Ln يومًا للانضمام</numerusform>
                <numerusform>، %Ln يوم للانضمام</numerusform>
            </translation>
        </message>
        <message>
            <source>Print traffic lights to PDF</source>
            <translation>طباعة إشارات المرور إلى PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>حُفظ {path}.</translation>
        </message>
        <message>
            <source>Export traffic lights</source>
            <translation>تصدير إشارات المرور</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}، {rest}</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} و{last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list (LinkedIn, X, E-mail)</comment>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>TotalNet is locked</source>
            <translation>TotalNet مقفل</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <source>That is not the passphrase.</source>
            <translation>هذه ليست عبارة المرور.</translation>
        </message>
    </context>
    <context>
        <name>Locker</name>
        <message>
            <source>Protect your data with a passphrase first (Edit &gt; Preferences) to lock TotalNet.</source>
            <translation>احمِ بياناتك بعبارة مرور أولًا (تحرير &gt; التفضيلات) لتتمكن من قفل TotalNet.</translation>
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
            <source>Connect to a &amp;chapter server...</source>
            <translation>الاتصال ب&amp;خادم الفرع...</translation>
        </message>
        <message>
            <source>Use my &amp;personal file</source>
            <translation>استخدم ملفي ال&amp;شخصي</translation>
        </message>
        <message>
            <source>P&amp;ublish a meeting from a file...</source>
            <translation>ا&amp;نشر اجتماعًا من ملف...</translation>
        </message>
        <message>
            <source>&amp;Open a copy read-only...</source>
            <translation>&amp;فتح نسخة للقراءة فقط...</translation>
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
            <source>&amp;Lock</source>
            <translation>&amp;قفل</translation>
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
            <source>Reminders are on, but this desktop has no system tray: TotalNet cannot show its icon or notifications here. The Follow-ups screen still counts what is due.</source>
            <translation>التذكيرات مفعّلة، لكن سطح المكتب هذا لا يحتوي على شريط مهام للأيقونات: لا يستطيع TotalNet إظهار أيقونته أو إشعاراته هنا. شاشة المتابعات ما زالت تعدّ ما هو مستحق.</translation>
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
        <name>MappingPage</name>
        <message>
            <source>Columns</source>
            <translation>الأعمدة</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>العمود في الملف</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>القيم الأولى</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>يذهب إلى</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>أعمدة الملف</translation>
        </message>
        <message>
            <source>Saved mappings</source>
            <translation>المطابقات المحفوظة</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message>
            <source>Name for this mapping</source>
            <translation>اسم لهذه المطابقة</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>حفظ المطابقة</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>معاينة الصفوف الأولى</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>الملف:</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>المطابقات المحفوظة:</translation>
        </message>
        <message>
            <source>{file}  ({format})</source>
            <translation>{file}  ({format})</translation>
        </message>
        <message>
            <source>Names, organisation, e-mails, phones, web sites, social profiles, address city, categories, note</source>
            <translation>الأسماء، المؤسسة، رسائل البريد، الهواتف، المواقع، الملفات الاجتماعية، مدينة العنوان، الفئات، الملاحظة</translation>
        </message>
        <message>
            <source>mapped automatically</source>
            <translation>مطابقة تلقائية</translation>
        </message>
        <message>
            <source>(column {n})</source>
            <translation>(العمود {n})</translation>
        </message>
        <message>
            <source>Field for {column}</source>
            <translation>الحقل لـ {column}</translation>
        </message>
        <message>
            <source>Mapping saved as “{name}”.</source>
            <translation>حُفظت المطابقة باسم «{name}».</translation>
        </message>
        <message>
            <source>Applied the mapping “{name}”.</source>
            <translation>طُبّقت المطابقة «{name}».</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln row(s) as they will be stored: {rejected} rejected (red), {flagged} with a warning or a possible duplicate (yellow).</source>
            <translation>
                <numerusform>لا صفوف لعرضها كما ستُحفظ: {rejected} مرفوض (أحمر)، {flagged} مع تحذير أو تكرار محتمل (أصفر).</numerusform>
                <numerusform>الصف الأول كما سيُحفظ: {rejected} مرفوض (أحمر)، {flagged} مع تحذير أو تكرار محتمل (أصفر).</numerusform>
                <numerusform>أول صفين كما سيُحفظان: {rejected} مرفوض (أحمر)، {flagged} مع تحذير أو تكرار محتمل (أصفر).</numerusform>
                <numerusform>أول %Ln صفوف كما ستُحفظ: {rejected} مرفوض (أحمر)، {flagged} مع تحذير أو تكرار محتمل (أصفر).</numerusform>
                <numerusform>أول %Ln صفًا كما ستُحفظ: {rejected} مرفوض (أحمر)، {flagged} مع تحذير أو تكرار محتمل (أصفر).</numerusform>
                <numerusform>أول %Ln صف كما ستُحفظ: {rejected} مرفوض (أحمر)، {flagged} مع تحذير أو تكرار محتمل (أصفر).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking them against your %Ln contact(s)...</source>
            <translation>
                <numerusform>جارٍ مطابقتها مع جهات اتصالك...</numerusform>
                <numerusform>جارٍ مطابقتها مع جهة اتصالك الوحيدة...</numerusform>
                <numerusform>جارٍ مطابقتها مع جهتي اتصالك...</numerusform>
                <numerusform>جارٍ مطابقتها مع جهات اتصالك الـ %Ln...</numerusform>
                <numerusform>جارٍ مطابقتها مع جهات اتصالك الـ %Ln...</numerusform>
                <numerusform>جارٍ مطابقتها مع جهات اتصالك الـ %Ln...</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Meeting</name>
        <message>
            <source>The meeting #{id} does not exist.</source>
            <translation>الاجتماع رقم {id} غير موجود.</translation>
        </message>
        <message>
            <source>{day:%A %d %B %Y} is in the future; confirm to open a meeting on that date.</source>
            <translation>{day:%A %d %B %Y} تاريخ في المستقبل؛ أكِّد لفتح اجتماع في ذلك التاريخ.</translation>
        </message>
        <message>
            <source>Set up your chapter first.</source>
            <translation>أعِدّ فرعك أولًا.</translation>
        </message>
        <message>
            <source>{chapter} meets on {weekday}s.</source>
            <translation>يجتمع {chapter} يوم {weekday}.</translation>
        </message>
        <message>
            <source>{name} is already checked in at {time}.</source>
            <translation>سجّل {name} حضوره بالفعل الساعة {time}.</translation>
        </message>
        <message>
            <source>{name} is already marked {status}.</source>
            <translation>{name} مسجَّل بالفعل: {status}.</translation>
        </message>
        <message>
            <source>{name}: {status} at {time}.</source>
            <translation>{name}: {status} الساعة {time}.</translation>
        </message>
        <message>
            <source>"{status}" is not a PALMS status ({known}).</source>
            <translation>«{status}» ليست حالة PALMS ({known}).</translation>
        </message>
        <message>
            <source>{name} is a visitor; PALMS statuses are for members.</source>
            <translation>{name} زائر؛ حالات PALMS للأعضاء فقط.</translation>
        </message>
        <message>
            <source>Who substituted for {name}? Pick or type the substitute.</source>
            <translation>من حضر بديلًا عن {name}؟ اختر البديل أو اكتب اسمه.</translation>
        </message>
        <message>
            <source>{name} cannot substitute for themselves.</source>
            <translation>لا يمكن أن يكون {name} بديلًا عن نفسه.</translation>
        </message>
        <message>
            <source>{name} is already {status}.</source>
            <translation>{name} بالفعل: {status}.</translation>
        </message>
        <message>
            <source>{name}: {status} (substitute: {substitute}).</source>
            <translation>{name}: {status} (البديل: {substitute}).</translation>
        </message>
        <message>
            <source>{name}: {status}.</source>
            <translation>{name}: {status}.</translation>
        </message>
        <message>
            <source>Type the substitute's name.</source>
            <translation>اكتب اسم البديل.</translation>
        </message>
        <message>
            <source>Testimonial by {giver} recorded.</source>
            <translation>سُجِّلت شهادة {giver}.</translation>
        </message>
        <message>
            <source>Testimonial by {giver} about {about} recorded.</source>
            <translation>سُجِّلت شهادة {giver} عن {about}.</translation>
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
        <name>MeetingReport</name>
        <message>
            <source>P present · A absent · L late · M medical · S substitute · RGI/RGO referrals given inside/outside · RRI/RRO referrals received · V visitors invited (first visits) · 1-2-1 one-to-ones · TYFCB thank-you for closed business, credited to the member who reported it · CEU education credits · T testimonials given</source>
            <translation>P حاضر · A غائب · L متأخر · M عذر طبي · S بديل · RGI/RGO إحالات مقدَّمة داخلية/خارجية · RRI/RRO إحالات مستلَمة · V زوار مدعوّون (الزيارات الأولى) · 1-2-1 لقاءات فردية · TYFCB شكر على أعمال منجزة، يُحتسب للعضو الذي أبلغ عنه · CEU وحدات تعليمية · T شهادات مقدَّمة</translation>
        </message>
        <message>
            <source>meeting of {day}</source>
            <translation>اجتماع {day}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
        <message>
            <source>TYFCB ({currency})</source>
            <translation>TYFCB ‏({currency})</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا أحد</translation>
        </message>
        <message>
            <source>none in this period</source>
            <translation>لا اجتماعات في هذه الفترة</translation>
        </message>
        <message>
            <source>slips dated {start} to {end}</source>
            <translation>قسائم مؤرخة من {start} إلى {end}</translation>
        </message>
        <message>
            <source>Printed {day} by TotalNet.</source>
            <translation>طُبع في {day} بواسطة TotalNet.</translation>
        </message>
        <message>
            <source>{chapter}: chapter report</source>
            <translation>{chapter}: تقرير الفرع</translation>
        </message>
        <message>
            <source>meetings: {dates}</source>
            <translation>الاجتماعات: {dates}</translation>
        </message>
        <message>
            <source>Visitors:</source>
            <translation>الزوار:</translation>
        </message>
        <message>
            <source>Substitutes:</source>
            <translation>البدلاء:</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>لا أحد</translation>
        </message>
        <message numerus="yes">
            <source>%n turn(s) recorded by the agenda; over time: {names}.</source>
            <translation>
                <numerusform>لم يُسجَّل أي دور في جدول الأعمال؛ تجاوز الوقت: {names}.</numerusform>
                <numerusform>دور واحد سجّله جدول الأعمال؛ تجاوز الوقت: {names}.</numerusform>
                <numerusform>دوران سجّلهما جدول الأعمال؛ تجاوز الوقت: {names}.</numerusform>
                <numerusform>%n أدوار سجّلها جدول الأعمال؛ تجاوز الوقت: {names}.</numerusform>
                <numerusform>%n دورًا سجّلها جدول الأعمال؛ تجاوز الوقت: {names}.</numerusform>
                <numerusform>%n دور سجّلها جدول الأعمال؛ تجاوز الوقت: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Who spoke:</source>
            <translation>من تحدّث:</translation>
        </message>
        <message>
            <source>{substitute} for {member}</source>
            <translation>{substitute} بدلًا من {member}</translation>
        </message>
        <message>
            <source>{substitute} for {member}, {day:%-d %b}</source>
            <translation>{substitute} بدلًا من {member}، {day:%-d %b}</translation>
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
            <translation>تاريخ آ&amp;خر...</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>السج&amp;ل</translation>
        </message>
        <message>
            <source>Re&amp;port</source>
            <translation>الت&amp;قرير</translation>
        </message>
        <message>
            <source>R&amp;oster...</source>
            <translation>قائمة الأع&amp;ضاء...</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>&amp;جدول الأعمال</translation>
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
            <source>Referral slip</source>
            <translation>قسيمة إحالة</translation>
        </message>
        <message>
            <source>Thank-you slip (TYFCB)</source>
            <translation>قسيمة شكر (TYFCB)</translation>
        </message>
        <message>
            <source>One-to-one slip</source>
            <translation>قسيمة لقاء فردي</translation>
        </message>
        <message>
            <source>CEU slip</source>
            <translation>قسيمة CEU</translation>
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
            <translation>{reason} يُعرض اجتماع {date}؛ «تاريخ آخر» (Alt+خ) يفتح يومًا آخر.</translation>
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
            <source>(you)</source>
            <translation>(أنت)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) with no status will be marked Absent:</source>
            <translation>
                <numerusform>لا أحد بلا حالة:</numerusform>
                <numerusform>عضو واحد بلا حالة وسيُسجَّل غائبًا:</numerusform>
                <numerusform>عضوان بلا حالة وسيُسجَّلان غائبَين:</numerusform>
                <numerusform>%Ln أعضاء بلا حالة وسيُسجَّلون غائبين:</numerusform>
                <numerusform>%Ln عضوًا بلا حالة وسيُسجَّلون غائبين:</numerusform>
                <numerusform>%Ln عضو بلا حالة وسيُسجَّلون غائبين:</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the meeting?</source>
            <translation>هل تريد إغلاق الاجتماع؟</translation>
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
        <name>OptionsPage</name>
        <message>
            <source>Options</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <source>no tag</source>
            <translation>بلا وسم</translation>
        </message>
        <message>
            <source>as in the file</source>
            <translation>كما في الملف</translation>
        </message>
        <message>
            <source>none (type a name to create a chapter)</source>
            <translation>لا شيء (اكتب اسمًا لإنشاء فرع)</translation>
        </message>
        <message>
            <source>Record LinkedIn's “Connected On” date as an online interaction</source>
            <translation>سجّل تاريخ «Connected On» من LinkedIn كتفاعل عبر الإنترنت</translation>
        </message>
        <message>
            <source>The tag lets you find (and undo by hand) this batch later. A backup copy of your data is made before anything is written.</source>
            <translation>يتيح لك الوسم العثور على هذه الدفعة لاحقًا (والتراجع عنها يدويًا). تُؤخذ نسخة احتياطية من بياناتك قبل كتابة أي شيء.</translation>
        </message>
        <message>
            <source>&amp;Tag every imported contact:</source>
            <translation>&amp;وسم كل جهة اتصال مستوردة:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>ال&amp;مصدر:</translation>
        </message>
        <message>
            <source>Add to the &amp;roster of chapter:</source>
            <translation>إضافة إلى &amp;قائمة أعضاء الفرع:</translation>
        </message>
        <message>
            <source>&amp;Keep the values of the columns below in each contact's notes (as “Column: value” lines)</source>
            <translation>اح&amp;فظ قيم الأعمدة أدناه في ملاحظات كل جهة اتصال (كسطور «العمود: القيمة»)</translation>
        </message>
        <message>
            <source>Columns that go to no field: {columns}.</source>
            <translation>أعمدة لا تذهب إلى أي حقل: {columns}.</translation>
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
        <name>PassphrasePrompt</name>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>{error} No tries left.</source>
            <translation>{error} لم تبقَ محاولات.</translation>
        </message>
        <message numerus="yes">
            <source>{error} (%Ln try/tries left.)</source>
            <translation>
                <numerusform>{error} (لم تبقَ محاولات.)</numerusform>
                <numerusform>{error} (بقيت محاولة واحدة.)</numerusform>
                <numerusform>{error} (بقيت محاولتان.)</numerusform>
                <numerusform>{error} (بقيت %Ln محاولات.)</numerusform>
                <numerusform>{error} (بقيت %Ln محاولة.)</numerusform>
                <numerusform>{error} (بقيت %Ln محاولة.)</numerusform>
            </translation>
        </message>
        <message>
            <source>TotalNet is protected</source>
            <translation>TotalNet محمي</translation>
        </message>
        <message>
            <source>Your TotalNet data ({folder}) is protected with a passphrase. Enter it to open.</source>
            <translation>بيانات TotalNet الخاصة بك ({folder}) محمية بعبارة مرور. أدخلها لفتحها.</translation>
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
            <source>Privacy</source>
            <translation>الخصوصية</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>idle minutes</source>
            <translation>دقائق خمول</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>القفل بعد</translation>
        </message>
        <message>
            <source>Not during a meeting while Meeting day is in front (check-in stays open)</source>
            <translation>ليس أثناء اجتماع ويوم الاجتماع في الواجهة (يبقى تسجيل الحضور مفتوحًا)</translation>
        </message>
        <message>
            <source>Protected with a passphrase: the database and its backups are encrypted.</source>
            <translation>محمي بعبارة مرور: قاعدة البيانات ونسخها الاحتياطية مشفرة.</translation>
        </message>
        <message>
            <source>Not protected: anyone who gets this computer's disk can read the database.</source>
            <translation>غير محمي: يستطيع أي شخص يصل إلى قرص هذا الحاسوب قراءة قاعدة البيانات.</translation>
        </message>
        <message>
            <source>Change or remove...</source>
            <translation>تغيير أو إزالة...</translation>
        </message>
        <message>
            <source>Protect with a passphrase...</source>
            <translation>الحماية بعبارة مرور...</translation>
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
        <name>ProgressPage</name>
        <message>
            <source>Import</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <source>Importing... Cancel leaves your data exactly as it was.</source>
            <translation>جارٍ الاستيراد... «إلغاء» يترك بياناتك كما كانت تمامًا.</translation>
        </message>
    </context>
    <context>
        <name>ProtectDialog</name>
        <message>
            <source>A forgotten passphrase cannot be recovered: without it nobody can read this data, you included. Write it down somewhere safe.</source>
            <translation>لا يمكن استعادة عبارة مرور منسية: بدونها لا يستطيع أحد قراءة هذه البيانات، وأنت منهم. دوّنها في مكان آمن.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Protect with a passphrase</source>
            <translation>الحماية بعبارة مرور</translation>
        </message>
        <message>
            <source>Your data is protected with a passphrase. Choose a new one, or remove the protection.</source>
            <translation>بياناتك محمية بعبارة مرور. اختر عبارة جديدة، أو أزل الحماية.</translation>
        </message>
        <message>
            <source>The database and every backup will be encrypted (SQLCipher, AES-256). The app asks for the passphrase at start. CSV and vCard exports stay plain so that other programs can read them.</source>
            <translation>ستُشفَّر قاعدة البيانات وكل نسخة احتياطية (SQLCipher، AES-256). يطلب التطبيق عبارة المرور عند البدء. تبقى ملفات التصدير CSV وvCard غير مشفرة لتتمكن البرامج الأخرى من قراءتها.</translation>
        </message>
        <message>
            <source>Keep the passphrase in the system keyring (no question at start)</source>
            <translation>احفظ عبارة المرور في سلسلة مفاتيح النظام (بلا سؤال عند البدء)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>مرة أخرى</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Protect</source>
            <translation>حماية</translation>
        </message>
        <message>
            <source>Remove protection</source>
            <translation>إزالة الحماية</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور مختلفتان.</translation>
        </message>
        <message>
            <source>Remove the protection</source>
            <translation>إزالة الحماية</translation>
        </message>
        <message>
            <source>Encrypting the database and its backups... Cancel leaves them as they were.</source>
            <translation>جارٍ تشفير قاعدة البيانات ونسخها الاحتياطية... الإلغاء يتركها كما كانت.</translation>
        </message>
        <message>
            <source>Decrypting the database and its backups... Cancel leaves them as they were.</source>
            <translation>جارٍ فك تشفير قاعدة البيانات ونسخها الاحتياطية... الإلغاء يتركها كما كانت.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>أُلغي؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>حافظة المفاتيح</translation>
        </message>
        <message>
            <source>No system keyring is available; the passphrase was not kept and will be asked at start.</source>
            <translation>لا تتوفر حافظة مفاتيح في النظام؛ لم تُحفظ عبارة المرور وستُطلب عند البدء.</translation>
        </message>
    </context>
    <context>
        <name>Publish</name>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>لا إحالات</numerusform>
                <numerusform>إحالة واحدة</numerusform>
                <numerusform>إحالتان</numerusform>
                <numerusform>%n إحالات</numerusform>
                <numerusform>%n إحالة</numerusform>
                <numerusform>%n إحالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thank-you(s)</source>
            <translation>
                <numerusform>لا شكر</numerusform>
                <numerusform>شكر واحد</numerusform>
                <numerusform>شكران</numerusform>
                <numerusform>%n شكر</numerusform>
                <numerusform>%n شكرًا</numerusform>
                <numerusform>%n شكر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n one-to-one(s)</source>
            <translation>
                <numerusform>لا لقاءات فردية</numerusform>
                <numerusform>لقاء فردي واحد</numerusform>
                <numerusform>لقاءان فرديان</numerusform>
                <numerusform>%n لقاءات فردية</numerusform>
                <numerusform>%n لقاءً فرديًا</numerusform>
                <numerusform>%n لقاء فردي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CEU(s)</source>
            <translation>
                <numerusform>لا ساعات تعليم</numerusform>
                <numerusform>ساعة تعليم واحدة</numerusform>
                <numerusform>ساعتا تعليم</numerusform>
                <numerusform>%n ساعات تعليم</numerusform>
                <numerusform>%n ساعة تعليم</numerusform>
                <numerusform>%n ساعة تعليم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n testimonial(s)</source>
            <translation>
                <numerusform>لا شهادات</numerusform>
                <numerusform>شهادة واحدة</numerusform>
                <numerusform>شهادتان</numerusform>
                <numerusform>%n شهادات</numerusform>
                <numerusform>%n شهادة</numerusform>
                <numerusform>%n شهادة</numerusform>
            </translation>
        </message>
        <message>
            <source>The referral from {first} to {second}</source>
            <translation>الإحالة من {first} إلى {second}</translation>
        </message>
        <message>
            <source>The thank-you from {first} to {second}</source>
            <translation>الشكر من {first} إلى {second}</translation>
        </message>
        <message>
            <source>The one-to-one of {first} and {second}</source>
            <translation>اللقاء الفردي بين {first} و{second}</translation>
        </message>
        <message>
            <source>The CEU of {first}</source>
            <translation>ساعة التعليم لـ {first}</translation>
        </message>
        <message>
            <source>The testimonial by {first}</source>
            <translation>الشهادة التي قدّمها {first}</translation>
        </message>
        <message numerus="yes">
            <source>%n attendance row(s)</source>
            <translation>
                <numerusform>لا سجلات حضور</numerusform>
                <numerusform>سجل حضور واحد</numerusform>
                <numerusform>سجلا حضور</numerusform>
                <numerusform>%n سجلات حضور</numerusform>
                <numerusform>%n سجل حضور</numerusform>
                <numerusform>%n سجل حضور</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visitor(s)</source>
            <translation>
                <numerusform>لا زوار</numerusform>
                <numerusform>زائر واحد</numerusform>
                <numerusform>زائران</numerusform>
                <numerusform>%n زوار</numerusform>
                <numerusform>%n زائرًا</numerusform>
                <numerusform>%n زائر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>لا جهات اتصال جديدة</numerusform>
                <numerusform>جهة اتصال جديدة واحدة</numerusform>
                <numerusform>جهتا اتصال جديدتان</numerusform>
                <numerusform>%n جهات اتصال جديدة</numerusform>
                <numerusform>%n جهة اتصال جديدة</numerusform>
                <numerusform>%n جهة اتصال جديدة</numerusform>
            </translation>
        </message>
        <message>
            <source>Published the meeting of {day} ({chapter}): {parts}.</source>
            <translation>نُشر اجتماع {day} ({chapter}): {parts}.</translation>
        </message>
        <message>
            <source>Publishing the meeting of {day} ({chapter}) adds {parts}.</source>
            <translation>نشر اجتماع {day} ({chapter}) يضيف {parts}.</translation>
        </message>
        <message>
            <source>Nothing new to publish for the meeting of {day} ({chapter}): it is all there already.</source>
            <translation>لا جديد لنشره من اجتماع {day} ({chapter}): كل شيء موجود هنا.</translation>
        </message>
        <message numerus="yes">
            <source>Already there and left as they are: %n row(s).</source>
            <translation>
                <numerusform>موجود هنا ويبقى كما هو: لا سجلات.</numerusform>
                <numerusform>موجود هنا ويبقى كما هو: سجل واحد.</numerusform>
                <numerusform>موجود هنا ويبقى كما هو: سجلان.</numerusform>
                <numerusform>موجود هنا ويبقى كما هو: %n سجلات.</numerusform>
                <numerusform>موجود هنا ويبقى كما هو: %n سجلًا.</numerusform>
                <numerusform>موجود هنا ويبقى كما هو: %n سجل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Differences with what is here, where the record here is kept: %n (listed below).</source>
            <translation>
                <numerusform>الاختلافات مع ما هنا، ويُحتفظ بسجل هنا: لا شيء.</numerusform>
                <numerusform>الاختلافات مع ما هنا، ويُحتفظ بسجل هنا: واحد (مذكور أدناه).</numerusform>
                <numerusform>الاختلافات مع ما هنا، ويُحتفظ بسجل هنا: اثنان (مذكوران أدناه).</numerusform>
                <numerusform>الاختلافات مع ما هنا، ويُحتفظ بسجل هنا: %n (مذكورة أدناه).</numerusform>
                <numerusform>الاختلافات مع ما هنا، ويُحتفظ بسجل هنا: %n (مذكورة أدناه).</numerusform>
                <numerusform>الاختلافات مع ما هنا، ويُحتفظ بسجل هنا: %n (مذكورة أدناه).</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} {second}</source>
            <translation>{first} {second}</translation>
        </message>
        <message>
            <source>{name}: {mine} in the file, {theirs} here; kept {theirs}.</source>
            <translation>{name}: {mine} في الملف، و{theirs} هنا؛ بقي {theirs}.</translation>
        </message>
        <message>
            <source>{slip} was changed here since it was published; kept as it is here.</source>
            <translation>{slip} عُدِّلت هنا بعد نشرها؛ بقيت كما هي هنا.</translation>
        </message>
        <message>
            <source>{slip} is already recorded here (at another desk); not added twice.</source>
            <translation>{slip} مسجّلة هنا من قبل (من مكتب آخر)؛ لم تُضف مرتين.</translation>
        </message>
        <message>
            <source>{name} is a member in the file but not on the roster of {chapter} here; their rows were not published.</source>
            <translation>{name} عضو في الملف لكنه ليس في قائمة أعضاء {chapter} هنا؛ لم تُنشر سجلاته.</translation>
        </message>
        <message>
            <source>Two or more contacts here are called {name}; their rows were not published (merge them, then publish again).</source>
            <translation>هنا أكثر من جهة اتصال باسم {name}؛ لم تُنشر سجلاتها (ادمجها، ثم انشر مرة أخرى).</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Publish a meeting from a file</source>
            <translation>نشر اجتماع من ملف</translation>
        </message>
        <message>
            <source>A meeting recorded without internet (on a laptop at the venue, in your personal file) goes into this database: attendance, visitors, slips and testimonials. Publishing twice adds nothing twice, and what another desk recorded differently is kept and listed.</source>
            <translation>ينتقل اجتماع سُجِّل دون إنترنت (على حاسوب محمول في مكان الاجتماع، في ملفك الشخصي) إلى قاعدة البيانات هذه: الحضور والزوار والقسائم والشهادات. النشر مرتين لا يضيف شيئًا مرتين، وما سجّله مكتب آخر بشكل مختلف يبقى ويُذكر.</translation>
        </message>
        <message>
            <source>The file the meeting was recorded in</source>
            <translation>الملف الذي سُجِّل فيه الاجتماع</translation>
        </message>
        <message>
            <source>C&amp;hoose...</source>
            <translation>ا&amp;ختر...</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>اختر الملف</translation>
        </message>
        <message>
            <source>The meeting to publish</source>
            <translation>الاجتماع المراد نشره</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;الملف:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>الا&amp;جتماع:</translation>
        </message>
        <message>
            <source>What publishing adds</source>
            <translation>ما يضيفه النشر</translation>
        </message>
        <message>
            <source>Differences kept as they are here</source>
            <translation>اختلافات تبقى كما هي هنا</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;نشر</translation>
        </message>
        <message>
            <source>TotalNet databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>قواعد بيانات TotalNet (*.sqlite3 *.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Choose the file the meeting was recorded in.</source>
            <translation>اختر الملف الذي سُجِّل فيه الاجتماع.</translation>
        </message>
        <message>
            <source>That file holds no meeting yet.</source>
            <translation>لا يحتوي ذلك الملف على أي اجتماع بعد.</translation>
        </message>
        <message>
            <source>{day}, {chapter} ({rows} rows)</source>
            <translation>{day}، {chapter} ({rows} سجل)</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyGate</name>
        <message>
            <source>The chapter server {name} cannot be reached: changes are refused until it is back.</source>
            <translation>تعذّر الوصول إلى خادم الفرع {name}: التغييرات مرفوضة حتى يعود.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>TotalNet cannot open your data</source>
            <translation>لا يستطيع TotalNet فتح بياناتك</translation>
        </message>
        <message>
            <source>TotalNet cannot open that copy</source>
            <translation>لا يستطيع TotalNet فتح تلك النسخة</translation>
        </message>
        <message>
            <source>TotalNet is too old for this database</source>
            <translation>إصدار TotalNet أقدم من قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>The chapter server cannot be reached</source>
            <translation>تعذّر الوصول إلى خادم الفرع</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Open the last copy read-only</source>
            <translation>فتح آخر نسخة للقراءة فقط</translation>
        </message>
        <message>
            <source>Use my personal file</source>
            <translation>استخدم ملفي الشخصي</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>TotalNet could not repair your data</source>
            <translation>لم يتمكن TotalNet من إصلاح بياناتك</translation>
        </message>
        <message>
            <source>The chapter server was not opened</source>
            <translation>لم يُفتح خادم الفرع</translation>
        </message>
        <message>
            <source>Without the password of {login}, TotalNet cannot open the chapter server {server}. You can use your personal file for now; the next start asks again.</source>
            <translation>من دون كلمة مرور {login} لا يستطيع TotalNet فتح خادم الفرع {server}. يمكنك استخدام ملفك الشخصي الآن؛ وسيُطلب منك ذلك مرة أخرى عند التشغيل التالي.</translation>
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
        <name>Referral</name>
        <message>
            <source>New</source>
            <translation>جديدة</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد المتابعة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>No sale</source>
            <translation>بلا بيع</translation>
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
            <translation>المس&amp;تلم</translation>
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
            <translation>الحرا&amp;رة 1-5</translation>
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
            <source>%Ln follow-up(s) due today</source>
            <translation>
                <numerusform>لا متابعات مستحقة اليوم</numerusform>
                <numerusform>متابعة واحدة مستحقة اليوم</numerusform>
                <numerusform>متابعتان مستحقتان اليوم</numerusform>
                <numerusform>%Ln متابعات مستحقة اليوم</numerusform>
                <numerusform>%Ln متابعة مستحقة اليوم</numerusform>
                <numerusform>%Ln متابعة مستحقة اليوم</numerusform>
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
        <name>ReviewPanel</name>
        <message>
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <source>From</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Touches</source>
            <translation>اللمسات</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>الأخيرة</translation>
        </message>
        <message>
            <source>People to review</source>
            <translation>أشخاص للمراجعة</translation>
        </message>
        <message>
            <source>&amp;Link to contact...</source>
            <translation>&amp;ربط بجهة اتصال...</translation>
        </message>
        <message>
            <source>&amp;Create contact</source>
            <translation>إ&amp;نشاء جهة اتصال</translation>
        </message>
        <message>
            <source>I&amp;gnore</source>
            <translation>تجا&amp;هل</translation>
        </message>
        <message>
            <source>&lt;b&gt;People to review&lt;/b&gt; ({count}): they matched no contact. Link each to a contact, create one, or ignore them (remembered).</source>
            <translation>&lt;b&gt;أشخاص للمراجعة&lt;/b&gt; ({count}): لم يطابقوا أي جهة اتصال. اربط كلًّا منهم بجهة اتصال، أو أنشئ واحدة، أو تجاهلهم (يُحفظ ذلك).</translation>
        </message>
        <message>
            <source>&lt;b&gt;People to review&lt;/b&gt;: nobody is waiting.</source>
            <translation>&lt;b&gt;أشخاص للمراجعة&lt;/b&gt;: لا أحد في الانتظار.</translation>
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
            <source>Enter adds them and queues a thank-you follow-up</source>
            <translation>Enter يضيفه ويجدول متابعة شكر</translation>
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
        <name>RotaTab</name>
        <message>
            <source>weeks</source>
            <translation>أسابيع</translation>
        </message>
        <message>
            <source>Number of weeks</source>
            <translation>عدد الأسابيع</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;خطّط</translation>
        </message>
        <message>
            <source>&amp;Keep this rota</source>
            <translation>ا&amp;حتفظ بهذه المناوبة</translation>
        </message>
        <message>
            <source>Print to P&amp;DF...</source>
            <translation>طباعة إلى P&amp;DF...</translation>
        </message>
        <message>
            <source>E&amp;xport CSV...</source>
            <translation>ت&amp;صدير CSV...</translation>
        </message>
        <message>
            <source>Feature presentations for the next</source>
            <translation>العروض الرئيسية للفترة القادمة:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <source>Last presented</source>
            <translation>آخر عرض</translation>
        </message>
        <message>
            <source>Feature presentation rota</source>
            <translation>مناوبة العروض الرئيسية</translation>
        </message>
        <message>
            <source>Member away</source>
            <translation>العضو الغائب</translation>
        </message>
        <message>
            <source>Away from</source>
            <translation>غائب من</translation>
        </message>
        <message>
            <source>Away to</source>
            <translation>غائب حتى</translation>
        </message>
        <message>
            <source>Add dates &amp;away</source>
            <translation>إضافة أيام ال&amp;غياب</translation>
        </message>
        <message>
            <source>Away:</source>
            <translation>الغياب:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>من</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feature presentation(s) planned from today.</source>
            <translation>
                <numerusform>لا عروض رئيسية مخطط لها من اليوم.</numerusform>
                <numerusform>عرض رئيسي واحد مخطط له من اليوم.</numerusform>
                <numerusform>عرضان رئيسيان مخطط لهما من اليوم.</numerusform>
                <numerusform>%Ln عروض رئيسية مخطط لها من اليوم.</numerusform>
                <numerusform>%Ln عرضًا رئيسيًا مخططًا له من اليوم.</numerusform>
                <numerusform>%Ln عرض رئيسي مخطط له من اليوم.</numerusform>
            </translation>
        </message>
        <message>
            <source>No rota kept yet: Plan, then Keep this rota.</source>
            <translation>لم تُحفظ أي مناوبة بعد: «خطّط» ثم «احتفظ بهذه المناوبة».</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Planned (least recent first, dates away skipped); Keep this rota to save it.</source>
            <translation>خُطّطت (الأقدم عرضًا أولًا، مع تخطي أيام الغياب)؛ «احتفظ بهذه المناوبة» لحفظها.</translation>
        </message>
        <message numerus="yes">
            <source>Rota kept: %Ln week(s) from {date}.</source>
            <translation>
                <numerusform>حُفظت المناوبة: لا أسابيع من {date}.</numerusform>
                <numerusform>حُفظت المناوبة: أسبوع واحد من {date}.</numerusform>
                <numerusform>حُفظت المناوبة: أسبوعان من {date}.</numerusform>
                <numerusform>حُفظت المناوبة: %Ln أسابيع من {date}.</numerusform>
                <numerusform>حُفظت المناوبة: %Ln أسبوعًا من {date}.</numerusform>
                <numerusform>حُفظت المناوبة: %Ln أسبوع من {date}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is away {start} to {end}; Plan again to skip those dates.</source>
            <translation>{name} غائب من {start} إلى {end}؛ «خطّط» مجددًا لتخطي هذه الأيام.</translation>
        </message>
        <message>
            <source>Export the rota</source>
            <translation>تصدير المناوبة</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>حُفظ {path}.</translation>
        </message>
        <message>
            <source>Feature presentations</source>
            <translation>العروض الرئيسية</translation>
        </message>
        <message>
            <source>Print the rota to PDF</source>
            <translation>طباعة المناوبة إلى PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Scheme</name>
        <message>
            <source>Absenteeism</source>
            <translation>الغياب</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>CEUs</source>
            <translation>وحدات التعليم (CEU)</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>الالتزام بالموعد</translation>
        </message>
        <message>
            <source>One-to-ones</source>
            <translation>اللقاءات الفردية</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <source>TYFCB</source>
            <translation>TYFCB</translation>
        </message>
        <message>
            <source>Testimonials</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>الزوار</translation>
        </message>
    </context>
    <context>
        <name>SchemeDialog</name>
        <message>
            <source>Traffic-light scheme: {name}</source>
            <translation>مخطط إشارات المرور: {name}</translation>
        </message>
        <message>
            <source>points × min({one}, measure / target)</source>
            <translation>النقاط × أصغر القيمتين: {one} و(القياس / الهدف)</translation>
        </message>
        <message>
            <source>A band gives its points when the measure is {below} a value (or {upto} it, inclusive); {linear} gives {formula}.</source>
            <translation>تمنح الشريحة نقاطها عندما يكون القياس {below} (أقل من) قيمة ما (أو {upto}: حتى القيمة ضمنًا)؛ و{linear} (خطي) يمنح {formula}.</translation>
        </message>
        <message>
            <source>This is the chapter's own copy.</source>
            <translation>هذه نسخة الفرع الخاصة.</translation>
        </message>
        <message>
            <source>Saving keeps an edited copy for this chapter; the shipped scheme stays as it is.</source>
            <translation>الحفظ يُبقي نسخة معدّلة لهذا الفرع؛ ويبقى المخطط المرفق كما هو.</translation>
        </message>
        <message>
            <source>Change the name to keep both.</source>
            <translation>غيّر الاسم للاحتفاظ بالاثنين.</translation>
        </message>
        <message>
            <source>The scheme's text</source>
            <translation>نص المخطط</translation>
        </message>
        <message>
            <source>&amp;Delete the chapter's copy</source>
            <translation>&amp;حذف نسخة الفرع</translation>
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
        <name>Search</name>
        <message>
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message>
            <source>Chapter server not reachable</source>
            <translation>خادم الفرع غير متاح</translation>
        </message>
        <message>
            <source>&amp;Retry now</source>
            <translation>&amp;كرّر المحاولة الآن</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>كرّر المحاولة الآن</translation>
        </message>
        <message>
            <source>Use my &amp;personal file</source>
            <translation>استخدم ملفي ال&amp;شخصي</translation>
        </message>
        <message>
            <source>Use my personal file</source>
            <translation>استخدم ملفي الشخصي</translation>
        </message>
        <message>
            <source>Open the last &amp;copy read-only</source>
            <translation>فتح آخر &amp;نسخة للقراءة فقط</translation>
        </message>
        <message>
            <source>Open the last copy read-only</source>
            <translation>فتح آخر نسخة للقراءة فقط</translation>
        </message>
    </context>
    <context>
        <name>ServerLink</name>
        <message>
            <source>Database in use</source>
            <translation>قاعدة البيانات المستخدمة</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>للقراءة فقط</translation>
        </message>
        <message>
            <source>Read-only copy: {name}</source>
            <translation>نسخة للقراءة فقط: {name}</translation>
        </message>
        <message>
            <source>Personal file: {name}</source>
            <translation>الملف الشخصي: {name}</translation>
        </message>
        <message>
            <source>Chapter server: {name}, read-only</source>
            <translation>خادم الفرع: {name}، للقراءة فقط</translation>
        </message>
        <message>
            <source>Chapter server {name}: not reachable, read-only</source>
            <translation>خادم الفرع {name}: غير متاح، للقراءة فقط</translation>
        </message>
        <message>
            <source>Chapter server: {name}</source>
            <translation>خادم الفرع: {name}</translation>
        </message>
        <message>
            <source>The personal file was not copied</source>
            <translation>لم يُنسخ الملف الشخصي</translation>
        </message>
        <message>
            <source>Copied {rows} rows of your personal file to {label}.</source>
            <translation>نُسخ {rows} صفًا من ملفك الشخصي إلى {label}.</translation>
        </message>
        <message>
            <source>TotalNet cannot open that database</source>
            <translation>تعذّر على TotalNet فتح قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>There is no local copy of this chapter server yet.</source>
            <translation>لا توجد نسخة محلية من خادم الفرع هذا بعد.</translation>
        </message>
        <message>
            <source>Open a copy read-only</source>
            <translation>فتح نسخة للقراءة فقط</translation>
        </message>
        <message>
            <source>TotalNet files (*.sqlite3 *.db);;All files (*)</source>
            <translation>ملفات TotalNet (*.sqlite3 *.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>TotalNet cannot open that copy</source>
            <translation>لا يستطيع TotalNet فتح تلك النسخة</translation>
        </message>
        <message>
            <source>The chapter server is back: the screens show its latest data.</source>
            <translation>عاد خادم الفرع: تعرض الشاشات أحدث بياناته.</translation>
        </message>
        <message>
            <source>This computer has no copy of it yet.</source>
            <translation>لا توجد على هذا الحاسوب نسخة منه بعد.</translation>
        </message>
        <message>
            <source>This computer's last copy is from {time} today.</source>
            <translation>آخر نسخة على هذا الحاسوب من الساعة {time} اليوم.</translation>
        </message>
        <message>
            <source>This computer's last copy is from {time} yesterday.</source>
            <translation>آخر نسخة على هذا الحاسوب من الساعة {time} أمس.</translation>
        </message>
        <message>
            <source>This computer's last copy is from {date}, {time}.</source>
            <translation>آخر نسخة على هذا الحاسوب من {date}، الساعة {time}.</translation>
        </message>
        <message>
            <source>The chapter server {name} cannot be reached. You can still scroll, select and copy what is on screen, but changes are refused until it is back; TotalNet tries again every few seconds.</source>
            <translation>تعذّر الوصول إلى خادم الفرع {name}. ما زال بإمكانك التمرير والتحديد ونسخ ما على الشاشة، لكن التغييرات مرفوضة حتى يعود؛ يعيد TotalNet المحاولة كل بضع ثوانٍ.</translation>
        </message>
        <message>
            <source>Why: {why}.</source>
            <translation>السبب: {why}.</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>Chapter server password</source>
            <translation>كلمة مرور خادم الفرع</translation>
        </message>
        <message>
            <source>The chapter server {server} asks for the password of {login}.</source>
            <translation>يطلب خادم الفرع {server} كلمة مرور {login}.</translation>
        </message>
        <message>
            <source>Password of {login}</source>
            <translation>كلمة مرور {login}</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>تذكّرها في سلسلة مفاتيح النظام</translation>
        </message>
        <message>
            <source>This computer has no safe keyring: the password is kept until TotalNet closes. A ~/.pgpass file gives it at every start.</source>
            <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح آمنة: تُحفظ كلمة المرور حتى يُغلق TotalNet. ويقدّمها ملف ⁦~/.pgpass⁩ عند كل تشغيل.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>ا&amp;تصال</translation>
        </message>
    </context>
    <context>
        <name>SheetTab</name>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>إحالة</translation>
        </message>
        <message>
            <source>TYFCB</source>
            <translation>TYFCB</translation>
        </message>
        <message>
            <source>One-to-one</source>
            <translation>لقاء فردي</translation>
        </message>
        <message>
            <source>CEU</source>
            <translation>CEU</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>زائر</translation>
        </message>
        <message>
            <source>Testimonial</source>
            <translation>شهادة</translation>
        </message>
        <message>
            <source>no status</source>
            <translation>بلا حالة</translation>
        </message>
        <message>
            <source>{kind}, prospect {name}</source>
            <translation>{kind}، العميل المحتمل {name}</translation>
        </message>
        <message>
            <source>{business}, {kind}</source>
            <translation>{business}، {kind}</translation>
        </message>
        <message>
            <source>{date:%d %b}</source>
            <translation>{date:%d %b}</translation>
        </message>
        <message numerus="yes">
            <source>%n credit(s)</source>
            <translation>
                <numerusform>لا وحدات</numerusform>
                <numerusform>وحدة واحدة</numerusform>
                <numerusform>وحدتان</numerusform>
                <numerusform>%n وحدات</numerusform>
                <numerusform>%n وحدة</numerusform>
                <numerusform>%n وحدة</numerusform>
            </translation>
        </message>
        <message>
            <source>{credits} credits</source>
            <translation>{credits} وحدة</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>القسم</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>الطرف الآخر</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Closed meeting</source>
            <translation>اجتماع مغلق</translation>
        </message>
        <message>
            <source>Print to P&amp;DF...</source>
            <translation>طباعة إلى P&amp;DF...</translation>
        </message>
        <message>
            <source>E&amp;xport CSV...</source>
            <translation>ت&amp;صدير CSV...</translation>
        </message>
        <message>
            <source>Sheet for BNI Connect</source>
            <translation>ورقة BNI Connect</translation>
        </message>
        <message>
            <source>Close a meeting on Meeting day; its sheet shows here.</source>
            <translation>أغلق اجتماعًا في «يوم الاجتماع» لتظهر ورقته هنا.</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %Ln line(s) entered in BNI Connect (tick each line as you key it in).</source>
            <translation>
                <numerusform>{done} من لا أسطر أُدخلت في BNI Connect (ضع علامة على كل سطر عند إدخاله).</numerusform>
                <numerusform>{done} من سطر واحد أُدخل في BNI Connect (ضع علامة على كل سطر عند إدخاله).</numerusform>
                <numerusform>{done} من سطرين أُدخلت في BNI Connect (ضع علامة على كل سطر عند إدخاله).</numerusform>
                <numerusform>{done} من %Ln أسطر أُدخلت في BNI Connect (ضع علامة على كل سطر عند إدخاله).</numerusform>
                <numerusform>{done} من %Ln سطرًا أُدخلت في BNI Connect (ضع علامة على كل سطر عند إدخاله).</numerusform>
                <numerusform>{done} من %Ln سطر أُدخلت في BNI Connect (ضع علامة على كل سطر عند إدخاله).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sheet</source>
            <translation>تصدير الورقة</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>حُفظ {path}.</translation>
        </message>
        <message>
            <source>{chapter}: sheet for BNI Connect, meeting of {date}</source>
            <translation>{chapter}: ورقة BNI Connect، اجتماع {date}</translation>
        </message>
        <message>
            <source>Amounts in {currency}.</source>
            <translation>المبالغ بعملة {currency}.</translation>
        </message>
        <message>
            <source>Print the sheet to PDF</source>
            <translation>طباعة الورقة إلى PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sheet for BNI Connect {date}</source>
            <translation>ورقة BNI Connect {date}</translation>
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
        <message>
            <source>{menu} menu</source>
            <translation>قائمة {menu}</translation>
        </message>
        <message>
            <source>From the search box into the list</source>
            <translation>من خانة البحث إلى القائمة</translation>
        </message>
        <message>
            <source>In the list: edit the selected contact</source>
            <translation>في القائمة: تعديل جهة الاتصال المحدَّدة</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>Done (asks how you reached them)</source>
            <translation>تم (يسأل كيف تواصلت معه)</translation>
        </message>
        <message>
            <source>Snooze: then T tomorrow, 3 in three days, N next week, P pick a date</source>
            <translation>تأجيل: ثم T غدًا، 3 بعد ثلاثة أيام، N الأسبوع القادم، P اختيار تاريخ</translation>
        </message>
        <message>
            <source>Reschedule to a date</source>
            <translation>إعادة الجدولة إلى تاريخ</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Open the contact</source>
            <translation>فتح جهة الاتصال</translation>
        </message>
        <message>
            <source>Open the item's link (a profile or a search)</source>
            <translation>فتح رابط العنصر (ملف شخصي أو بحث)</translation>
        </message>
        <message>
            <source>From the filter into the list</source>
            <translation>من عامل التصفية إلى القائمة</translation>
        </message>
        <message>
            <source>Check in the highlighted member, or add the visitor typed</source>
            <translation>تسجيل حضور العضو المحدَّد، أو إضافة الزائر المكتوب</translation>
        </message>
        <message>
            <source>Move the highlight while typing</source>
            <translation>تحريك التحديد أثناء الكتابة</translation>
        </message>
        <message>
            <source>To the list, on the first member not yet checked in</source>
            <translation>إلى القائمة، على أول عضو لم يُسجَّل حضوره بعد</translation>
        </message>
        <message>
            <source>In the list: Present, Absent, Late, Medical, Substitute</source>
            <translation>في القائمة: حاضر، غائب، متأخر، عذر طبي، بديل</translation>
        </message>
        <message>
            <source>In the list: a testimonial by the selected member</source>
            <translation>في القائمة: شهادة من العضو المحدَّد</translation>
        </message>
        <message>
            <source>In the agenda window: start/pause, next speaker, back, skip, leave full screen</source>
            <translation>في نافذة جدول الأعمال: بدء/إيقاف مؤقت، المتحدث التالي، رجوع، تخطٍّ، الخروج من ملء الشاشة</translation>
        </message>
        <message>
            <source>In the list: the first / last row</source>
            <translation>في القائمة: الصف الأول / الأخير</translation>
        </message>
        <message>
            <source>In the list: check in a member, or a visitor's details</source>
            <translation>في القائمة: تسجيل حضور عضو، أو تفاصيل زائر</translation>
        </message>
        <message>
            <source>Back to the check-in box (in the visitor form: skip it)</source>
            <translation>العودة إلى خانة تسجيل الحضور (في نموذج الزائر: تخطَّه)</translation>
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
        <name>SingleInstance</name>
        <message>
            <source>TotalNet cannot start</source>
            <translation>تعذّر تشغيل TotalNet</translation>
        </message>
        <message>
            <source>TotalNet is not answering</source>
            <translation>TotalNet لا يستجيب</translation>
        </message>
        <message>
            <source>TotalNet is already open on the data folder {folder} but did not answer within {seconds} seconds. Start anyway, or quit and wait for it?</source>
            <translation>TotalNet مفتوح بالفعل على مجلد البيانات {folder} لكنه لم يستجب خلال {seconds} ثوانٍ. هل تريد البدء على أي حال، أم الإنهاء والانتظار حتى يستجيب؟</translation>
        </message>
        <message>
            <source>Start anyway</source>
            <translation>ابدأ على أي حال</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>The file {path} belongs to another user, so TotalNet will not use it to find a running window. Remove it (or ask your administrator), then start TotalNet again.</source>
            <translation>الملف {path} يخص مستخدمًا آخر، لذلك لن يستخدمه TotalNet للعثور على نافذة مفتوحة. احذفه (أو اطلب ذلك من مسؤول النظام)، ثم شغّل TotalNet من جديد.</translation>
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
        <name>Slips</name>
        <message>
            <source>{giver} → {receiver} ({kind}), {day:%-d %b}</source>
            <translation>{giver} ← {receiver} ({kind})، {day:%-d %b}</translation>
        </message>
        <message>
            <source>{giver} → {receiver}: {prospect} ({kind}), {day:%-d %b}</source>
            <translation>{giver} ← {receiver}: {prospect} ({kind})، {day:%-d %b}</translation>
        </message>
        <message>
            <source>Referral from {giver} to {receiver} recorded.</source>
            <translation>سُجّلت إحالة من {giver} إلى {receiver}.</translation>
        </message>
        <message>
            <source>Referral from {giver} to {receiver} recorded. Follow-up: contact {target} by {day:%a %d %b}.</source>
            <translation>سُجّلت إحالة من {giver} إلى {receiver}. المتابعة: تواصل مع {target} قبل {day:%a %d %b}.</translation>
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}.</source>
            <translation>شكر من {giver} إلى {receiver}: {amount}.</translation>
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}. The referral is closed.</source>
            <translation>شكر من {giver} إلى {receiver}: {amount}. أُغلقت الإحالة.</translation>
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}. The referral is closed and its follow-up done.</source>
            <translation>شكر من {giver} إلى {receiver}: {amount}. أُغلقت الإحالة وتمت متابعتها.</translation>
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}. The referral is closed and its follow-ups done.</source>
            <translation>شكر من {giver} إلى {receiver}: {amount}. أُغلقت الإحالة وتمت متابعاتها.</translation>
        </message>
        <message>
            <source>One-to-one of {first} and {second} recorded.</source>
            <translation>سُجّل لقاء فردي بين {first} و{second}.</translation>
        </message>
        <message>
            <source>{credits} CEU for {name} recorded.</source>
            <translation>سُجّلت {credits} وحدة تعليم (CEU) لـ{name}.</translation>
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
        <name>Sparkline</name>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
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
        <name>SummaryPage</name>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>المحتوى</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>الصفوف المرفوضة</translation>
        </message>
        <message>
            <source>&amp;Save the rejected rows...</source>
            <translation>&amp;حفظ الصفوف المرفوضة...</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>التحذيرات</translation>
        </message>
        <message>
            <source>Imported {imported}, merged {merged}, skipped {skipped}, rejected {rejected}</source>
            <translation>استُورد {imported}، دُمج {merged}، تُخطّي {skipped}، رُفض {rejected}</translation>
        </message>
        <message>
            <source>Rejected rows hold no name, e-mail, phone or profile (or could not be read). Save them, fix them and import that file again.</source>
            <translation>الصفوف المرفوضة لا تحوي اسمًا ولا بريدًا ولا هاتفًا ولا ملفًا شخصيًا (أو تعذرت قراءتها). احفظها وصحّحها ثم استورد ذلك الملف مجددًا.</translation>
        </message>
        <message>
            <source>No row was rejected.</source>
            <translation>لم يُرفض أي صف.</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>لا تحذيرات.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s); those rows were imported as typed (the first {listed} are listed):</source>
            <translation>
                <numerusform>لا تحذيرات؛ استُوردت تلك الصفوف كما كُتبت (أول {listed} مدرجة):</numerusform>
                <numerusform>تحذير واحد؛ استُورد ذلك الصف كما كُتب (أول {listed} مدرجة):</numerusform>
                <numerusform>تحذيران؛ استُوردت تلك الصفوف كما كُتبت (أول {listed} مدرجة):</numerusform>
                <numerusform>%Ln تحذيرات؛ استُوردت تلك الصفوف كما كُتبت (أول {listed} مدرجة):</numerusform>
                <numerusform>%Ln تحذيرًا؛ استُوردت تلك الصفوف كما كُتبت (أول {listed} مدرجة):</numerusform>
                <numerusform>%Ln تحذير؛ استُوردت تلك الصفوف كما كُتبت (أول {listed} مدرجة):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s); those rows were imported as typed:</source>
            <translation>
                <numerusform>لا تحذيرات؛ استُوردت تلك الصفوف كما كُتبت:</numerusform>
                <numerusform>تحذير واحد؛ استُورد ذلك الصف كما كُتب:</numerusform>
                <numerusform>تحذيران؛ استُوردت تلك الصفوف كما كُتبت:</numerusform>
                <numerusform>%Ln تحذيرات؛ استُوردت تلك الصفوف كما كُتبت:</numerusform>
                <numerusform>%Ln تحذيرًا؛ استُوردت تلك الصفوف كما كُتبت:</numerusform>
                <numerusform>%Ln تحذير؛ استُوردت تلك الصفوف كما كُتبت:</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}, row {line}: {warning}</source>
            <translation>{file}، الصف {line}: {warning}</translation>
        </message>
        <message>
            <source>A backup of your data from before the import is in {path}.</source>
            <translation>نسخة احتياطية من بياناتك قبل الاستيراد موجودة في {path}.</translation>
        </message>
    </context>
    <context>
        <name>TeamsTab</name>
        <message>
            <source>Power teams</source>
            <translation>فرق القوة</translation>
        </message>
        <message>
            <source>team name</source>
            <translation>اسم الفريق</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>classifications, separated by commas</source>
            <translation>التصنيفات، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Classifications</source>
            <translation>التصنيفات</translation>
        </message>
        <message>
            <source>Members of the team</source>
            <translation>أعضاء الفريق</translation>
        </message>
        <message>
            <source>&amp;Save team</source>
            <translation>&amp;حفظ الفريق</translation>
        </message>
        <message>
            <source>&amp;New team</source>
            <translation>فريق ج&amp;ديد</translation>
        </message>
        <message>
            <source>&amp;Delete team</source>
            <translation>ح&amp;ذف الفريق</translation>
        </message>
        <message>
            <source>Load sta&amp;rter teams</source>
            <translation>تحم&amp;يل الفرق المبدئية</translation>
        </message>
        <message>
            <source>Members (tick to put them in the team)</source>
            <translation>الأعضاء (ضع علامة لإدخالهم في الفريق)</translation>
        </message>
        <message>
            <source>&amp;Queue invitations for the most wanted</source>
            <translation>&amp;جدولة دعوات للأكثر طلبًا</translation>
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation>أعدّ فرعك أولًا في «يوم الاجتماع».</translation>
        </message>
        <message>
            <source>{team}: {members}</source>
            <translation>{team}: {members}</translation>
        </message>
        <message numerus="yes">
            <source>{line}  (%Ln missing)</source>
            <translation>
                <numerusform>{line}</numerusform>
                <numerusform>{line}  (ينقصه تصنيف واحد)</numerusform>
                <numerusform>{line}  (ينقصه تصنيفان)</numerusform>
                <numerusform>{line}  (تنقصه %Ln تصنيفات)</numerusform>
                <numerusform>{line}  (ينقصه %Ln تصنيفًا)</numerusform>
                <numerusform>{line}  (ينقصه %Ln تصنيف)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>ولا غيرها</numerusform>
                <numerusform>وواحد آخر</numerusform>
                <numerusform>واثنان آخران</numerusform>
                <numerusform>و%Ln أخرى</numerusform>
                <numerusform>و%Ln أخرى</numerusform>
                <numerusform>و%Ln أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>No referrals inside a team since {month}.</source>
            <translation>لا إحالات داخل أي فريق منذ {month}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Most wanted&lt;/b&gt; ({count}): classifications in your teams no member holds</source>
            <translation>&lt;b&gt;الأكثر طلبًا&lt;/b&gt; ({count}): تصنيفات في فرقك لا يشغلها أي عضو</translation>
        </message>
        <message>
            <source>Referrals inside each team, by month</source>
            <translation>الإحالات داخل كل فريق، حسب الشهر</translation>
        </message>
        <message>
            <source>Power team "{name}" saved.</source>
            <translation>حُفظ فريق القوة «{name}».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln starter team(s) added.</source>
            <translation>
                <numerusform>لم يُضف أي فريق مبدئي.</numerusform>
                <numerusform>أُضيف فريق مبدئي واحد.</numerusform>
                <numerusform>أُضيف فريقان مبدئيان.</numerusform>
                <numerusform>أُضيفت %Ln فرق مبدئية.</numerusform>
                <numerusform>أُضيف %Ln فريقًا مبدئيًا.</numerusform>
                <numerusform>أُضيف %Ln فريق مبدئي.</numerusform>
            </translation>
        </message>
        <message>
            <source>The starter teams are all here.</source>
            <translation>الفرق المبدئية كلها موجودة.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitation follow-up(s) queued (online-only contacts first).</source>
            <translation>
                <numerusform>لم تُجدول أي متابعة دعوة.</numerusform>
                <numerusform>جُدولت متابعة دعوة واحدة (جهات الاتصال عبر الإنترنت فقط أولًا).</numerusform>
                <numerusform>جُدولت متابعتا دعوة (جهات الاتصال عبر الإنترنت فقط أولًا).</numerusform>
                <numerusform>جُدولت %Ln متابعات دعوة (جهات الاتصال عبر الإنترنت فقط أولًا).</numerusform>
                <numerusform>جُدولت %Ln متابعة دعوة (جهات الاتصال عبر الإنترنت فقط أولًا).</numerusform>
                <numerusform>جُدولت %Ln متابعة دعوة (جهات الاتصال عبر الإنترنت فقط أولًا).</numerusform>
            </translation>
        </message>
        <message>
            <source>No new contacts in the most-wanted professions.</source>
            <translation>لا جهات اتصال جديدة في المهن الأكثر طلبًا.</translation>
        </message>
    </context>
    <context>
        <name>Territory</name>
        <message>
            <source>Ascension Island</source>
            <translation>جزيرة أسنشن</translation>
        </message>
        <message>
            <source>Andorra</source>
            <translation>أندورا</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation>الإمارات العربيّة المتحدّة</translation>
        </message>
        <message>
            <source>Afghanistan</source>
            <translation>أفغانستان</translation>
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation>أنتيغوا و باربودا</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <translation>أنغويلا</translation>
        </message>
        <message>
            <source>Albania</source>
            <translation>ألبانيا</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>أرمينيا</translation>
        </message>
        <message>
            <source>Angola</source>
            <translation>أنغولا</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>الأرجنتين</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <translation>صاموا الأمريكيّة</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>النّمسا</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>أستراليا</translation>
        </message>
        <message>
            <source>Aruba</source>
            <translation>أروبا</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <translation>جزر آلاند</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>أذربيجان</translation>
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation>البوسنة و الهرسك</translation>
        </message>
        <message>
            <source>Barbados</source>
            <translation>بربادوس</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>بنغلادش</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>بلجيكا</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>بوركينا فاصو</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>بلغاريا</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <translation>البحرين</translation>
        </message>
        <message>
            <source>Burundi</source>
            <translation>بوروندي</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>بنين</translation>
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation>سان بارتليمي</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <translation>برمودا</translation>
        </message>
        <message>
            <source>Brunei</source>
            <translation>بروناي دار السّلام</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>جمهورية بوليفيا</translation>
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation>بونير وسانت يوستاتيوس وسابا</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>البرازيل</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <translation>جزر البهاما</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>بوتان</translation>
        </message>
        <message>
            <source>Botswana</source>
            <translation>بوتسوانا</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>روسيا البيضاء</translation>
        </message>
        <message>
            <source>Belize</source>
            <translation>بيليز</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>كندا</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <translation>جزر الكوكوس</translation>
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation>الكونغو، جمهوريّة الكونغو الدّيموقراطيّة</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <translation>جمهورية إفريقيّا الوسطى</translation>
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation>الكونغو</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>سويسرا</translation>
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation>ساحل العاج</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <translation>جزر كوك</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>تشيلي</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>الكاميرون</translation>
        </message>
        <message>
            <source>China</source>
            <translation>الصّين</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>كولومبيا</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>كوستاريكا</translation>
        </message>
        <message>
            <source>Cuba</source>
            <translation>كوبا</translation>
        </message>
        <message>
            <source>Cape Verde</source>
            <translation>الرأس الأخضر</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <translation>جزر كوراكاو</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <translation>جزر الكريسماس</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <translation>قبرص</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>التشيك</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>ألمانيا</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <translation>جيبوتي</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>الدّنمارك</translation>
        </message>
        <message>
            <source>Dominica</source>
            <translation>دومينيكا</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>جمهوريّة الدّومينيكان</translation>
        </message>
        <message>
            <source>Algeria</source>
            <translation>الجزائر</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>الإكوادور</translation>
        </message>
        <message>
            <source>Estonia</source>
            <translation>إستونيا</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>مصر</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <translation>الصّحراء الغربيّة</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <translation>إريتريا</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>إسبانيا</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>إثيوبيا</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>فنلندا</translation>
        </message>
        <message>
            <source>Fiji</source>
            <translation>فيجي</translation>
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation>جزر فولكلاند (مالفيناس)</translation>
        </message>
        <message>
            <source>Micronesia</source>
            <translation>ميكرونيزيا، ولايات ميكرونيزيا الموحّدة</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation>جزر الفارو</translation>
        </message>
        <message>
            <source>France</source>
            <translation>فرنسا</translation>
        </message>
        <message>
            <source>Gabon</source>
            <translation>الغابون</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>المملكة المتّحدة</translation>
        </message>
        <message>
            <source>Grenada</source>
            <translation>غرينادا</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>جورجيا</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <translation>غيانا الفرنسيّة</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <translation>جزيرة جويرزني</translation>
        </message>
        <message>
            <source>Ghana</source>
            <translation>غانا</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <translation>جبل طارق</translation>
        </message>
        <message>
            <source>Greenland</source>
            <translation>غرينلاند</translation>
        </message>
        <message>
            <source>Gambia</source>
            <translation>غامبيا</translation>
        </message>
        <message>
            <source>Guinea</source>
            <translation>غينيا</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation>جوادالوبّي</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation>غينيا الاستوائيّة</translation>
        </message>
        <message>
            <source>Greece</source>
            <translation>اليونان</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <translation>غواتيمالا</translation>
        </message>
        <message>
            <source>Guam</source>
            <translation>جوام</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <translation>غينيا بيساو</translation>
        </message>
        <message>
            <source>Guyana</source>
            <translation>غويانا</translation>
        </message>
        <message>
            <source>Hong Kong SAR China</source>
            <translation>هونغ كونغ</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>هندوراس</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>كرواتيا</translation>
        </message>
        <message>
            <source>Haiti</source>
            <translation>هايتي</translation>
        </message>
        <message>
            <source>Hungary</source>
            <translation>المجر (هنغاريا)</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>إندونيسيا</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>أيرلندا</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>إسرائيل</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <translation>آيزل أف مان</translation>
        </message>
        <message>
            <source>India</source>
            <translation>الهند</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation>مقاطعة المحيط الهندي البريطانيّة</translation>
        </message>
        <message>
            <source>Iraq</source>
            <translation>العراق</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>إيران، الجمهوريّة الإسلاميّة الإيرانيّة</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>آيسلندا</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>إيطاليا</translation>
        </message>
        <message>
            <source>Jersey</source>
            <translation>جيرسي</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <translation>جامايكا</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>الأردن</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>اليابان</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>كينيا</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>قيرغزستان</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>كمبوديا</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <translation>كيريباتي</translation>
        </message>
        <message>
            <source>Comoros</source>
            <translation>جزر القمر</translation>
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation>سانت كيتس و نيفس</translation>
        </message>
        <message>
            <source>North Korea</source>
            <translation>كوريا، جمهورية كوريا الشّعبيّة الدّيموقراطيّة</translation>
        </message>
        <message>
            <source>South Korea</source>
            <translation>كوريا، جمهوريّة كوريا</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <translation>الكويت</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation>جزر الكيمان</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>كازاخستان</translation>
        </message>
        <message>
            <source>Laos</source>
            <translation>جمهوريّة لاو الدّيموقراطيّة الشّعبيّة</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <translation>لبنان</translation>
        </message>
        <message>
            <source>St. Lucia</source>
            <translation>سانت لوسيا</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <translation>ليشتنشتاين</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>سريلانكا</translation>
        </message>
        <message>
            <source>Liberia</source>
            <translation>ليبيريا</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <translation>ليسوتو</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <translation>لثوانيا</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>لوكسمبورغ</translation>
        </message>
        <message>
            <source>Latvia</source>
            <translation>لاتفيا</translation>
        </message>
        <message>
            <source>Libya</source>
            <translation>ليبيا</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>المغرب</translation>
        </message>
        <message>
            <source>Monaco</source>
            <translation>موناكو</translation>
        </message>
        <message>
            <source>Moldova</source>
            <translation>جمهورية مولدوفا</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>المنتنيغرو</translation>
        </message>
        <message>
            <source>St. Martin</source>
            <translation>سانت مارتين (القطاع الفرنسي)</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>مدغشقر</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation>جزر المارشال</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>مقدونيا الشمالية</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>مالي</translation>
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation>ميانمار</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>منغوليا</translation>
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation>مكّاو</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation>جزر ماريانا الشّماليّة</translation>
        </message>
        <message>
            <source>Martinique</source>
            <translation>مارتينيك</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>موريتانيا</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <translation>مونتسيرات</translation>
        </message>
        <message>
            <source>Malta</source>
            <translation>مالطة</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <translation>موريشيوس</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>جزر المالديف</translation>
        </message>
        <message>
            <source>Malawi</source>
            <translation>ملاوي</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>المكسيك</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <translation>ماليزيا</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>موزمبيق</translation>
        </message>
        <message>
            <source>Namibia</source>
            <translation>ناميبيا</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <translation>نيو قلدونيا</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>النّيجر</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation>جزيرة نورفولك</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <translation>نيجيريا</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <translation>نيكاراجوا</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>هولندا</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>النّرويج</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>نيبال</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>ناورو</translation>
        </message>
        <message>
            <source>Niue</source>
            <translation>نيوي</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>نيوزيلاندا</translation>
        </message>
        <message>
            <source>Oman</source>
            <translation>عمان</translation>
        </message>
        <message>
            <source>Panama</source>
            <translation>بنما</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>البيرو</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <translation>بولينيسيا الفرنسيّة</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation>بابوا غينيا الجديدة</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>الفلبّين</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>باكستان</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>بولندا</translation>
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation>سانت بيير و ميكيلون</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation>بورتوريكو</translation>
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation>دولة فلسطين</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>البرتغال</translation>
        </message>
        <message>
            <source>Palau</source>
            <translation>بالاو</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>الباراغواي</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>قطر</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>ريونيون</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>رومانيا</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>صربية</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>الاتّحاد الرّوسي</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <translation>رواندا</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation>السّعوديّة</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation>جزر سولومن</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <translation>السّيشل</translation>
        </message>
        <message>
            <source>Sudan</source>
            <translation>السّودان</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>السّويد</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>سنغافورة</translation>
        </message>
        <message>
            <source>St. Helena</source>
            <translation>ساينت هيلينا، تريستان دا كونا</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>سلوفينيا</translation>
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation>سفالبارد و جان ماين</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <translation>سلوفاكيا</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation>سيراليون</translation>
        </message>
        <message>
            <source>San Marino</source>
            <translation>سان مارينو</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>السّنغال</translation>
        </message>
        <message>
            <source>Somalia</source>
            <translation>الصّومال</translation>
        </message>
        <message>
            <source>Suriname</source>
            <translation>سورينام</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <translation>جنوب السّودان</translation>
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation>ساو تومي و برنسبي</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>السّلفادور</translation>
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation>سانت مارتن (الجزء الهولندي)</translation>
        </message>
        <message>
            <source>Syria</source>
            <translation>الجمهوريّة العربيّة السّوريّة</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <translation>إسواتيني</translation>
        </message>
        <message>
            <source>Tristan da Cunha</source>
            <translation>تريستان دا كونا</translation>
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation>جزر التّرك و الكايكوس</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>تشاد</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>توغو</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>تايلاند</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>طاجيكستان</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <translation>جزر توكيلو</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation>تيمور-ليستي</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>تركمانستان</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>تونس</translation>
        </message>
        <message>
            <source>Tonga</source>
            <translation>تونغا</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <translation>تركيا</translation>
        </message>
        <message>
            <source>Trinidad &amp; Tobago</source>
            <translation>ترينيداد و توباغو</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <translation>توفالو</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>تايوان، محافظة صينيّة</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <translation>تنزانيا، جمهوريّة تنزانيا المتّحدة</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>أوكرانيا</translation>
        </message>
        <message>
            <source>Uganda</source>
            <translation>أوغندا</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>الولايات المتّحدة</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>الأوروغواي</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>أوزبكستان</translation>
        </message>
        <message>
            <source>Vatican City</source>
            <translation>المقعد المقدّس (ولاية مدينة الفاتيكان)</translation>
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation>سانت فنسنت و جزر الغرينادين</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <translation>جمهورية فنزويلا البوليفارية</translation>
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation>فيرجن، جزر فيرجن البريطانيّة</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation>فيرجن، جزر فيرجن الأميركيّة</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>الفييتنام</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <translation>فانواتو</translation>
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation>واليس و فوتونا</translation>
        </message>
        <message>
            <source>Samoa</source>
            <translation>صاموا</translation>
        </message>
        <message>
            <source>Kosovo</source>
            <translation>كوسوفو</translation>
        </message>
        <message>
            <source>Yemen</source>
            <translation>اليمن</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <translation>مايوت</translation>
        </message>
        <message>
            <source>South Africa</source>
            <translation>جنوب إفريقيا</translation>
        </message>
        <message>
            <source>Zambia</source>
            <translation>زامبيا</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <translation>زمبابوي</translation>
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
            <translation>إلى (الم&amp;شكور)</translation>
        </message>
        <message>
            <source>&amp;Amount ({currency})</source>
            <translation>الم&amp;بلغ ({currency})</translation>
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
        <name>Timeline</name>
        <message>
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <source>from you</source>
            <translation>منك</translation>
        </message>
        <message>
            <source>to you</source>
            <translation>إليك</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>في الاتجاهين</translation>
        </message>
        <message>
            <source>inside</source>
            <translation>داخلية</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>خارجية</translation>
        </message>
        <message>
            <source>new</source>
            <translation>جديد</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>متكرر</translation>
        </message>
        <message>
            <source>{channel} ({kind})</source>
            <translation>{channel} ({kind})</translation>
        </message>
        <message>
            <source>{channel} group</source>
            <translation>مجموعة {channel}</translation>
        </message>
        <message>
            <source>{channel} {kind}</source>
            <translation>{channel}: {kind}</translation>
        </message>
        <message>
            <source>{label} (calendar)</source>
            <translation>{label} (التقويم)</translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n message(s), {direction}</source>
            <translation>
                <numerusform>{label}: لا رسائل، {direction}</numerusform>
                <numerusform>{label}: رسالة واحدة، {direction}</numerusform>
                <numerusform>{label}: رسالتان، {direction}</numerusform>
                <numerusform>{label}: %n رسائل، {direction}</numerusform>
                <numerusform>{label}: %n رسالة، {direction}</numerusform>
                <numerusform>{label}: %n رسالة، {direction}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n message(s)</source>
            <translation>
                <numerusform>{label}: لا رسائل</numerusform>
                <numerusform>{label}: رسالة واحدة</numerusform>
                <numerusform>{label}: رسالتان</numerusform>
                <numerusform>{label}: %n رسائل</numerusform>
                <numerusform>{label}: %n رسالة</numerusform>
                <numerusform>{label}: %n رسالة</numerusform>
            </translation>
        </message>
        <message>
            <source>{label}: {direction}</source>
            <translation>{label}: {direction}</translation>
        </message>
        <message>
            <source>Gave a referral to {name} (hotness {hotness}/5, {status}, {kind})</source>
            <translation>قدّم إحالة إلى {name} (الحرارة {hotness}/5، {status}، {kind})</translation>
        </message>
        <message>
            <source>Received a referral from {name} (hotness {hotness}/5, {status}, {kind})</source>
            <translation>تلقّى إحالة من {name} (الحرارة {hotness}/5، {status}، {kind})</translation>
        </message>
        <message>
            <source>Referred by {giver} to {receiver}</source>
            <translation>أحاله {giver} إلى {receiver}</translation>
        </message>
        <message>
            <source>Thanked {name} for {amount} ({business} business)</source>
            <translation>شكر {name} على {amount} (عمل {business})</translation>
        </message>
        <message>
            <source>Thanked by {name} for {amount} ({business} business)</source>
            <translation>شكره {name} على {amount} (عمل {business})</translation>
        </message>
        <message>
            <source>One-to-one with {name}</source>
            <translation>لقاء فردي مع {name}</translation>
        </message>
        <message>
            <source>One-to-one with {name} at {place}</source>
            <translation>لقاء فردي مع {name} في {place}</translation>
        </message>
        <message>
            <source>Chapter meeting: {status}</source>
            <translation>اجتماع الفرع: {status}</translation>
        </message>
        <message numerus="yes">
            <source>CEU: %n credit(s)</source>
            <translation>
                <numerusform>CEU: لا وحدات</numerusform>
                <numerusform>CEU: وحدة واحدة</numerusform>
                <numerusform>CEU: وحدتان</numerusform>
                <numerusform>CEU: %n وحدات</numerusform>
                <numerusform>CEU: %n وحدة</numerusform>
                <numerusform>CEU: %n وحدة</numerusform>
            </translation>
        </message>
        <message>
            <source>CEU: {credits} credits</source>
            <translation>CEU: {credits} وحدة</translation>
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
        <message>
            <source>invitation</source>
            <translation>دعوة</translation>
        </message>
        <message>
            <source>recommendation</source>
            <translation>توصية</translation>
        </message>
        <message>
            <source>endorsement</source>
            <translation>تأييد</translation>
        </message>
    </context>
    <context>
        <name>TrafficLightsReport</name>
        <message>
            <source>green</source>
            <translation>أخضر</translation>
        </message>
        <message>
            <source>amber</source>
            <translation>كهرماني</translation>
        </message>
        <message>
            <source>red</source>
            <translation>أحمر</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>رمادي</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>ماذا لو</translation>
        </message>
        <message>
            <source>{chapter}: traffic lights ({scheme})</source>
            <translation>{chapter}: إشارات المرور ({scheme})</translation>
        </message>
        <message>
            <source>{start} to {end} · {held} meetings held · {counts}</source>
            <translation>من {start} إلى {end} · {held} اجتماعًا عُقد · {counts}</translation>
        </message>
        <message>
            <source>Points per area, with the measure under them. Colours: {cutoffs}, grey below. Per week: divided by the meetings held. Printed {day} by TotalNet.</source>
            <translation>النقاط لكل مجال، مع المقياس تحتها. الألوان: {cutoffs}، والرمادي دون ذلك. في الأسبوع: مقسومًا على الاجتماعات المعقودة. طُبع في {day} بواسطة TotalNet.</translation>
        </message>
        <message>
            <source>{chapter}: traffic lights</source>
            <translation>{chapter}: إشارات المرور</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>testimonial</source>
            <translation>الشهادة</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>الإحالة</translation>
        </message>
        <message>
            <source>thank-you</source>
            <translation>الشكر</translation>
        </message>
        <message>
            <source>one-to-one</source>
            <translation>اللقاء الفردي</translation>
        </message>
        <message>
            <source>CEU</source>
            <translation>وحدة CEU</translation>
        </message>
        <message>
            <source>check-in of {name}</source>
            <translation>تسجيل حضور {name}</translation>
        </message>
        <message>
            <source>{status} for {name}</source>
            <translation>{status} لـ{name}</translation>
        </message>
        <message>
            <source>closing the meeting of {day:%d %b}</source>
            <translation>إغلاق اجتماع {day:%d %b}</translation>
        </message>
        <message>
            <source>visitor {name}</source>
            <translation>الزائر {name}</translation>
        </message>
        <message>
            <source>details of visitor {name}</source>
            <translation>تفاصيل الزائر {name}</translation>
        </message>
        <message>
            <source>; kept {names}, who has other records since</source>
            <translation>؛ وأُبقي على {names}، إذ لديه سجلات أخرى منذ ذلك الحين</translation>
        </message>
        <message>
            <source>; kept {names}, who have other records since</source>
            <translation>؛ وأُبقي على {names}، إذ لديهم سجلات أخرى منذ ذلك الحين</translation>
        </message>
        <message>
            <source>; kept the {things}, changed since</source>
            <translation>؛ وأُبقي على {things}، لتغيّرها منذ ذلك الحين</translation>
        </message>
        <message>
            <source>Undone: {label}{kept}{changed}.</source>
            <translation>تم التراجع: {label}{kept}{changed}.</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} و{last}</translation>
        </message>
        <message>
            <source>import history (1 file)</source>
            <translation>استيراد السجل (ملف واحد)</translation>
        </message>
        <message>
            <source>import history ({count} files)</source>
            <translation>استيراد السجل ({count} ملفات)</translation>
        </message>
        <message>
            <source>add {name}</source>
            <translation>إضافة {name}</translation>
        </message>
        <message>
            <source>add contact</source>
            <translation>إضافة جهة اتصال</translation>
        </message>
        <message>
            <source>edit {name}</source>
            <translation>تعديل {name}</translation>
        </message>
        <message>
            <source>edit contact</source>
            <translation>تعديل جهة اتصال</translation>
        </message>
        <message>
            <source>tag {count} contacts "{tag}"</source>
            <translation>وسم {count} جهات اتصال بـ«{tag}»</translation>
        </message>
        <message>
            <source>untag {count} contacts "{tag}"</source>
            <translation>إزالة الوسم «{tag}» عن {count} جهات اتصال</translation>
        </message>
        <message>
            <source>delete 1 contact</source>
            <translation>حذف جهة اتصال واحدة</translation>
        </message>
        <message>
            <source>delete {count} contacts</source>
            <translation>حذف {count} جهات اتصال</translation>
        </message>
        <message>
            <source>restore {count} contacts</source>
            <translation>استعادة {count} جهات اتصال</translation>
        </message>
        <message>
            <source>merge {count} contacts into {name}</source>
            <translation>دمج {count} جهات اتصال في {name}</translation>
        </message>
        <message>
            <source>log {channel} with {name}</source>
            <translation>تسجيل {channel} مع {name}</translation>
        </message>
        <message>
            <source>; {note}</source>
            <translation>؛ {note}</translation>
        </message>
        <message>
            <source>{label}{note}</source>
            <translation>{label}{note}</translation>
        </message>
        <message>
            <source>Done: {name}</source>
            <translation>تمّت: {name}</translation>
        </message>
        <message>
            <source>Snooze until {day:%d %b}</source>
            <translation>تأجيل حتى {day:%d %b}</translation>
        </message>
        <message>
            <source>Reschedule to {day:%d %b}</source>
            <translation>إعادة الجدولة إلى {day:%d %b}</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Dismiss {count} follow-ups</source>
            <translation>تجاهل {count} متابعات</translation>
        </message>
        <message>
            <source>Add follow-up for {name}</source>
            <translation>إضافة متابعة لـ{name}</translation>
        </message>
        <message>
            <source>nothing came back: the trash was emptied since, so that contact no longer exists</source>
            <translation>لم يُستعد شيء: أُفرغت سلة المحذوفات منذ ذلك الحين، فلم تعد جهة الاتصال تلك موجودة</translation>
        </message>
        <message numerus="yes">
            <source>nothing came back: the trash was emptied since, so those %n contacts no longer exist</source>
            <translation>
                <numerusform>لم يُستعد شيء: أُفرغت سلة المحذوفات منذ ذلك الحين</numerusform>
                <numerusform>لم يُستعد شيء: أُفرغت سلة المحذوفات منذ ذلك الحين، فلم تعد جهة الاتصال تلك موجودة</numerusform>
                <numerusform>لم يُستعد شيء: أُفرغت سلة المحذوفات منذ ذلك الحين، فلم تعد جهتا الاتصال موجودتين</numerusform>
                <numerusform>لم يُستعد شيء: أُفرغت سلة المحذوفات منذ ذلك الحين، فلم تعد جهات الاتصال الـ%n موجودة</numerusform>
                <numerusform>لم يُستعد شيء: أُفرغت سلة المحذوفات منذ ذلك الحين، فلم تعد جهات الاتصال الـ%n موجودة</numerusform>
                <numerusform>لم يُستعد شيء: أُفرغت سلة المحذوفات منذ ذلك الحين، فلم تعد جهات الاتصال الـ%n موجودة</numerusform>
            </translation>
        </message>
        <message>
            <source>1 of them no longer exists (the trash was emptied since)</source>
            <translation>واحدة منها لم تعد موجودة (أُفرغت سلة المحذوفات منذ ذلك الحين)</translation>
        </message>
        <message numerus="yes">
            <source>%n of them no longer exist (the trash was emptied since)</source>
            <translation>
                <numerusform>لا شيء منها مفقود</numerusform>
                <numerusform>واحدة منها لم تعد موجودة (أُفرغت سلة المحذوفات منذ ذلك الحين)</numerusform>
                <numerusform>اثنتان منها لم تعودا موجودتين (أُفرغت سلة المحذوفات منذ ذلك الحين)</numerusform>
                <numerusform>%n منها لم تعد موجودة (أُفرغت سلة المحذوفات منذ ذلك الحين)</numerusform>
                <numerusform>%n منها لم تعد موجودة (أُفرغت سلة المحذوفات منذ ذلك الحين)</numerusform>
                <numerusform>%n منها لم تعد موجودة (أُفرغت سلة المحذوفات منذ ذلك الحين)</numerusform>
            </translation>
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
        <name>Visitors</name>
        <message>
            <source>first</source>
            <translation>الأولى</translation>
        </message>
        <message>
            <source>second</source>
            <translation>الثانية</translation>
        </message>
        <message>
            <source>third</source>
            <translation>الثالثة</translation>
        </message>
        <message>
            <source>{n}th</source>
            <translation>رقم {n}</translation>
        </message>
        <message>
            <source>Visitor {name} added; follow-up queued for {day:%a %d %b}.</source>
            <translation>أُضيف الزائر {name}؛ جُدولت متابعته ليوم {day:%a %d %b}.</translation>
        </message>
        <message>
            <source>Visitor {name} added ({ordinal} visit); follow-up queued for {day:%a %d %b}.</source>
            <translation>أُضيف الزائر {name} (الزيارة {ordinal})؛ جُدولت متابعته ليوم {day:%a %d %b}.</translation>
        </message>
    </context>
    <context>
        <name>VisitorsTab</name>
        <message>
            <source>visited</source>
            <translation>زار</translation>
        </message>
        <message>
            <source>visited twice</source>
            <translation>زار مرتين</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>قدّم طلبًا</translation>
        </message>
        <message>
            <source>joined</source>
            <translation>انضم</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>اعتذر</translation>
        </message>
        <message>
            <source>Visited</source>
            <translation>زار</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>قدّم طلبًا</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>اعتذر</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>الزائر</translation>
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
            <source>Invited by</source>
            <translation>بدعوة من</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>أول زيارة</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>الزيارات</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>الزوار</translation>
        </message>
        <message>
            <source>Set &amp;stage</source>
            <translation>تعيين الم&amp;رحلة</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>انضم في</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <source>&amp;Join as member</source>
            <translation>&amp;ضمّه عضوًا</translation>
        </message>
        <message>
            <source>&amp;Queue follow-ups</source>
            <translation>&amp;جدولة المتابعات</translation>
        </message>
        <message>
            <source>Invitation back 7 days after one visit; application talk after the second visit</source>
            <translation>دعوة للعودة بعد 7 أيام من زيارة واحدة؛ وحديث عن طلب الانضمام بعد الزيارة الثانية</translation>
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation>أعدّ فرعك أولًا في «يوم الاجتماع».</translation>
        </message>
        <message>
            <source>{stage} {date}</source>
            <translation>{stage} {date}</translation>
        </message>
        <message numerus="yes">
            <source>, median %Ln day(s) from first visit to joining</source>
            <translation>
                <numerusform>، الوسيط أقل من يوم من أول زيارة حتى الانضمام</numerusform>
                <numerusform>، الوسيط يوم واحد من أول زيارة حتى الانضمام</numerusform>
                <numerusform>، الوسيط يومان من أول زيارة حتى الانضمام</numerusform>
                <numerusform>، الوسيط %Ln أيام من أول زيارة حتى الانضمام</numerusform>
                <numerusform>، الوسيط %Ln يومًا من أول زيارة حتى الانضمام</numerusform>
                <numerusform>، الوسيط %Ln يوم من أول زيارة حتى الانضمام</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{joined} of %Ln visitor(s) joined</source>
            <translation>
                <numerusform>{joined} من لا زوار انضموا</numerusform>
                <numerusform>{joined} من زائر واحد انضم</numerusform>
                <numerusform>{joined} من زائرَين انضموا</numerusform>
                <numerusform>{joined} من %Ln زوار انضموا</numerusform>
                <numerusform>{joined} من %Ln زائرًا انضموا</numerusform>
                <numerusform>{joined} من %Ln زائر انضموا</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Conversion&lt;/b&gt; since {month}: {rate} ({joined}{days})</source>
            <translation>&lt;b&gt;التحويل&lt;/b&gt; منذ {month}: {rate} ({joined}{days})</translation>
        </message>
        <message>
            <source>{count} {stage}</source>
            <translation>{count} {stage}</translation>
        </message>
        <message>
            <source>Select a visitor first.</source>
            <translation>اختر زائرًا أولًا.</translation>
        </message>
        <message>
            <source>{name}: {stage}.</source>
            <translation>{name}: {stage}.</translation>
        </message>
        <message>
            <source>{name} joined the chapter on {date}.</source>
            <translation>انضم {name} إلى الفرع في {date}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln follow-up(s) queued.</source>
            <translation>
                <numerusform>لم تُجدول أي متابعة.</numerusform>
                <numerusform>جُدولت متابعة واحدة.</numerusform>
                <numerusform>جُدولت متابعتان.</numerusform>
                <numerusform>جُدولت %Ln متابعات.</numerusform>
                <numerusform>جُدولت %Ln متابعة.</numerusform>
                <numerusform>جُدولت %Ln متابعة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new to queue.</source>
            <translation>لا جديد للجدولة.</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>الاثنين</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>الثلاثاء</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>الأربعاء</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>الخميس</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>الجمعة</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>السبت</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>الأحد</translation>
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
    <context>
        <name>WhatIf</name>
        <message numerus="yes">
            <source>%n more referral(s)</source>
            <translation>
                <numerusform>لا إحالات إضافية</numerusform>
                <numerusform>إحالة إضافية واحدة</numerusform>
                <numerusform>إحالتان إضافيتان</numerusform>
                <numerusform>%n إحالات إضافية</numerusform>
                <numerusform>%n إحالة إضافية</numerusform>
                <numerusform>%n إحالة إضافية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more visitor(s)</source>
            <translation>
                <numerusform>لا زوار إضافيين</numerusform>
                <numerusform>زائر إضافي واحد</numerusform>
                <numerusform>زائران إضافيان</numerusform>
                <numerusform>%n زوار إضافيين</numerusform>
                <numerusform>%n زائرًا إضافيًا</numerusform>
                <numerusform>%n زائر إضافي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more testimonial(s)</source>
            <translation>
                <numerusform>لا شهادات إضافية</numerusform>
                <numerusform>شهادة إضافية واحدة</numerusform>
                <numerusform>شهادتان إضافيتان</numerusform>
                <numerusform>%n شهادات إضافية</numerusform>
                <numerusform>%n شهادة إضافية</numerusform>
                <numerusform>%n شهادة إضافية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more one-to-one(s)</source>
            <translation>
                <numerusform>لا لقاءات فردية إضافية</numerusform>
                <numerusform>لقاء فردي إضافي واحد</numerusform>
                <numerusform>لقاءان فرديان إضافيان</numerusform>
                <numerusform>%n لقاءات فردية إضافية</numerusform>
                <numerusform>%n لقاءً فرديًا إضافيًا</numerusform>
                <numerusform>%n لقاء فردي إضافي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more CEU(s)</source>
            <translation>
                <numerusform>لا وحدات CEU إضافية</numerusform>
                <numerusform>وحدة CEU إضافية واحدة</numerusform>
                <numerusform>وحدتا CEU إضافيتان</numerusform>
                <numerusform>%n وحدات CEU إضافية</numerusform>
                <numerusform>%n وحدة CEU إضافية</numerusform>
                <numerusform>%n وحدة CEU إضافية</numerusform>
            </translation>
        </message>
        <message>
            <source>{colour}: the top colour</source>
            <translation>{colour}: أعلى لون</translation>
        </message>
        <message>
            <source>{colour} is out of reach this period</source>
            <translation>{colour} بعيد المنال في هذه الفترة</translation>
        </message>
        <message>
            <source>{amount} more TYFCB</source>
            <translation>{amount} إضافية في TYFCB</translation>
        </message>
        <message numerus="yes">
            <source>attending the %n meeting(s) left</source>
            <translation>
                <numerusform>دون اجتماعات متبقية</numerusform>
                <numerusform>حضور الاجتماع المتبقي</numerusform>
                <numerusform>حضور الاجتماعين المتبقيين</numerusform>
                <numerusform>حضور الاجتماعات الـ%n المتبقية</numerusform>
                <numerusform>حضور الاجتماعات الـ%n المتبقية</numerusform>
                <numerusform>حضور الاجتماعات الـ%n المتبقية</numerusform>
            </translation>
        </message>
        <message>
            <source>{colour} already</source>
            <translation>{colour} بالفعل</translation>
        </message>
        <message>
            <source>{actions} → {colour}</source>
            <translation>{actions} ← {colour}</translation>
        </message>
    </context>
    <context>
        <name>WhoAmIDialog</name>
        <message>
            <source>Who are you?</source>
            <translation>من أنت؟</translation>
        </message>
        <message>
            <source>You are connected to {server} as &lt;b&gt;{login}&lt;/b&gt;. Choose yourself on the chapter's roster: your follow-ups, Insights and undo then answer for you. TotalNet remembers it for this login; you can change it later in Preferences.</source>
            <translation>أنت متصل بـ {server} باسم &lt;b&gt;{login}&lt;/b&gt;. اختر نفسك من قائمة أعضاء الفرع: عندها تصبح المتابعات والرؤى والتراجع خاصة بك. يتذكر TotalNet اختيارك لتسجيل الدخول هذا، ويمكنك تغييره لاحقًا من التفضيلات.</translation>
        </message>
        <message>
            <source>the chapter server</source>
            <translation>خادم الفرع</translation>
        </message>
        <message>
            <source>Type your name</source>
            <translation>اكتب اسمك</translation>
        </message>
        <message>
            <source>This is me</source>
            <translation>هذا أنا</translation>
        </message>
        <message>
            <source>I'm not on the roster...</source>
            <translation>لست في قائمة الأعضاء...</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ليس الآن</translation>
        </message>
        <message>
            <source>{name} — {classification}</source>
            <translation>{name} — {classification}</translation>
        </message>
        <message>
            <source>Nobody on the roster matches "{text}". If you are not a member, make your own card: I'm not on the roster...</source>
            <translation>لا أحد في قائمة الأعضاء يطابق "{text}". إن لم تكن عضوًا فأنشئ بطاقتك: لست في قائمة الأعضاء...</translation>
        </message>
        <message>
            <source>Every member on the roster is already 'me' for another login. If you are not a member, make your own card: I'm not on the roster...</source>
            <translation>كل عضو في قائمة الأعضاء هو «أنا» بالفعل لتسجيل دخول آخر. إن لم تكن عضوًا فأنشئ بطاقتك: لست في قائمة الأعضاء...</translation>
        </message>
        <message>
            <source>The chapter has no roster yet: make your own card.</source>
            <translation>لا توجد قائمة أعضاء للفصل بعد: أنشئ بطاقتك.</translation>
        </message>
        <message>
            <source>Your card is private to your login until the chapter knows you (as a member, a visitor or a referral).</source>
            <translation>بطاقتك خاصة بتسجيل دخولك حتى يعرفك الفرع (عضوًا أو زائرًا أو في إحالة).</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>الشركة</translation>
        </message>
        <message>
            <source>Make my card</source>
            <translation>أنشئ بطاقتي</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
    </context>
    <context>
        <name>WorkDialog</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancelling... nothing will be changed.</source>
            <translation>جارٍ الإلغاء... لن يتغير شيء.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>الاستخدام: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>الوسائط الموضعية</translation>
        </message>
        <message>
            <source>options</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>اعرض رسالة المساعدة هذه واخرج</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>اعرض رقم إصدار البرنامج واخرج</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: خطأ: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>الوسيط %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>الوسائط التالية مطلوبة: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>خيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>وسائط غير معروفة: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>يُتوقَّع وسيط واحد</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>يُتوقَّع وسيط واحد على الأقل</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>يُتوقَّع وسيط واحد على الأكثر</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>غير مسموح مع الوسيط %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>أحد الوسائط %s مطلوب</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>خيار ملتبس: %(option)s قد يطابق %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>تم تجاهل الوسيط الصريح %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>تعذّر فتح '%(filename)s': %(error)s</translation>
        </message>
    </context>
</TS>
