<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>ContactDetail</name>
        <message>
            <source>Timeline</source>
            <translation>السجل الزمني</translation>
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
        <name>ContactsView</name>
        <message>
            <source>Search contacts</source>
            <translation>البحث في جهات الاتصال</translation>
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
        <name>FollowUpsView</name>
        <message>
            <source>Filter follow-ups</source>
            <translation>تصفية المتابعات</translation>
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
            <source>Reminders are on: one notification a day at {time}. Preferences changes this.</source>
            <translation>التذكيرات مفعّلة: إشعار واحد يوميًا الساعة {time}. يمكنك تغيير ذلك من التفضيلات.</translation>
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
            <source>Check-in</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <source>Type part of a member's name, company or classification and press Enter to mark them present; a name that matches nobody adds a visitor.</source>
            <translation>اكتب جزءًا من اسم العضو أو شركته أو تصنيفه واضغط Enter لتسجيله حاضرًا؛ الاسم الذي لا يطابق أحدًا يضيف زائرًا.</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>قائمة الأعضاء</translation>
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
</TS>
