<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ContactDetail</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Search contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>TotalNet - unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong. Your data is safe: every change was saved when you made it.
To report it, copy the details below (they hold no names, e-mails or numbers from your contacts) and paste them into your message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatePickDialog</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopPreferences</name>
        <message>
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Western (1,234)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arabic-Indic (١٬٢٣٤)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me of the follow-ups due each day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing the window keeps TotalNet in the tray</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digits in Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily notification at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language applies the next time TotalNet starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <source>Files to import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Filter follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders are on: one notification a day at {time}. Preferences changes this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingDateDialog</name>
        <message>
            <source>Meeting date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of a member's name, company or classification and press Enter to mark them present; a name that matches nobody adds a visitor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderQuestion</name>
        <message>
            <source>TotalNet can remind you of the follow-ups due each day, even when its window is closed (a tray icon and one notification a day). You can change this in Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn on reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No, thanks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders question</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>No follow-ups due today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due today</source>
            <translation>
                <numerusform>%n follow-up due today</numerusform>
                <numerusform>%n follow-ups due today</numerusform>
            </translation>
        </message>
        <message>
            <source>Open TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet follow-ups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
