<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Backup</name>
        <message>
            <source>TotalNet backups (*.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up TotalNet to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up {count} contacts to {file} ({size}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace your current data ({current} contacts) with the backup of {when} ({count} contacts)?

Your current data is backed up first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} Your data was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data as it was before is kept in the backups folder as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {count} contacts from the backup of {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} kB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>backed up {count} contacts to {file} ({size})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored {count} contacts from {file}; the damaged database was kept as {aside}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the previous database was saved as {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored {count} contacts from {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exported {count} contacts to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} can only be exported as CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exported {count} rows to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due this week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up queue is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} shown · {overdue} overdue, {today} today, {week} this week, {later} later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDetail</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Type a name...</source>
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
        <name>Contacts</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profession</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column} (not sortable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No channel yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(me)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(removed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>All contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met in person, not connected online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected online, never met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm, gone quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names, company, phone, e-mail, tags, notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>log a call, coffee, message or comment with the selected contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show my card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty trash...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member of any chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member of {chapter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting...</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>%Ln in the trash</numerusform>
                <numerusform>%Ln in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>No contact matches "{text}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) selected. Use Selection for bulk actions.</source>
            <translation>
                <numerusform>%Ln contact selected. Use Selection for bulk actions.</numerusform>
                <numerusform>%Ln contacts selected. Use Selection for bulk actions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a contact to see their details and history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a contact first, then Ctrl+L logs a touch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touch logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Z undoes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select two or more contacts to merge.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Merged %Ln contacts.</source>
            <translation>
                <numerusform>Merged %Ln contacts.</numerusform>
                <numerusform>Merged %Ln contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %Ln contact(s).</source>
            <translation>
                <numerusform>Restored %Ln contact.</numerusform>
                <numerusform>Restored %Ln contacts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %Ln contact(s) for good, with their whole history? This cannot be undone.</source>
            <translation>
                <numerusform>Delete %Ln contact for good, with their whole history? This cannot be undone.</numerusform>
                <numerusform>Delete %Ln contacts for good, with their whole history? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s) for good.</source>
            <translation>
                <numerusform>Deleted %Ln contact for good.</numerusform>
                <numerusform>Deleted %Ln contacts for good.</numerusform>
            </translation>
        </message>
        <message>
            <source>This contact is you now: "Show my card" uses it.</source>
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
        <name>FollowUps</name>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{day} (%n day(s) late)</source>
            <translation>
                <numerusform>{day} (%n day late)</numerusform>
                <numerusform>{day} (%n days late)</numerusform>
            </translation>
        </message>
        <message>
            <source>(snoozed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From: {origin}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link (L): {link}</source>
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
            <source>Filter (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items whose contact, company or reason contains this text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to calendar (.ics)...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a phone's or Outlook's calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The open items as a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter referral needs...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online contacts in these professions are suggested for a coffee or a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to follow up right now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items appear here by themselves: a visitor to thank, a referral to call, a contact you have not spoken to for a while, an online contact to meet face to face.&lt;br&gt;Add your own with &lt;b&gt;Ctrl+Shift+F&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{overdue}&lt;/b&gt; overdue&lt;/span&gt; · &lt;b&gt;{today}&lt;/b&gt; today · &lt;b&gt;{week}&lt;/b&gt; this week · &lt;b&gt;{later}&lt;/b&gt; later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {name}, logged as a touch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rescheduled to {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open {link}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %Ln follow-up(s) to {file}.</source>
            <translation>
                <numerusform>Exported %Ln follow-up to {file}.</numerusform>
                <numerusform>Exported %Ln follow-ups to {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export follow-ups to a calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export follow-ups as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter referral needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Professions your chapter is looking for, one per line.
Online-only contacts in these professions are suggested for a coffee or a visit.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln referral need(s) saved.</source>
            <translation>
                <numerusform>%Ln referral need saved.</numerusform>
                <numerusform>%Ln referral needs saved.</numerusform>
            </translation>
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
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;history...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;follow-up...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loaded the sample chapter {chapter}: {contacts} contacts ({members} members), {meetings} meetings, {followups} follow-ups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total networking, offline: your chapter and your online network in one place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders are on: one notification a day at {time}. Preferences changes this.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>data folder {folder}</source>
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
            <source>Other &amp;date...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;oster...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of a member's name, company or classification and press Enter to mark them present; a name that matches nobody adds a visitor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name, company or classification and press Enter to check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter: check in · Tab, then P A L M S: status, T: testimonial · Ctrl+Z: undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Showing the meeting of {date}; Other date (Alt+D) opens another day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Open a meeting for today anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the next meeting, {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>catching up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starts {time} · Late after {minutes} min grace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members &lt;b&gt;{expected}&lt;/b&gt; · Present &lt;b&gt;{present}&lt;/b&gt; · Late &lt;b&gt;{late}&lt;/b&gt; · Substitutes &lt;b&gt;{substitutes}&lt;/b&gt; · Visitors &lt;b&gt;{visitors}&lt;/b&gt; · Referrals &lt;b&gt;{referrals}&lt;/b&gt; · Thank-you &lt;b&gt;{thank_you}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is a visitor; PALMS statuses are for members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor {name} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the meeting</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Meeting closed; %Ln marked Absent.</source>
            <translation>
                <numerusform>Meeting closed; %Ln marked Absent.</numerusform>
                <numerusform>Meeting closed; %Ln marked Absent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln visitor follow-up(s) queued.</source>
            <translation>
                <numerusform>%Ln visitor follow-up queued.</numerusform>
                <numerusform>%Ln visitor follow-ups queued.</numerusform>
            </translation>
        </message>
        <message>
            <source>Flagged (3+ absences in six months): {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the meeting of {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agenda is running in its own window: Space starts, N next speaker, Esc leaves full screen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PALMS</name>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substitute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Numbers typed without a country code are read as this region's.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Re-read %Ln phone number(s) for {where}.</source>
            <translation>
                <numerusform>Re-read %Ln phone number for {where}.</numerusform>
                <numerusform>Re-read %Ln phone numbers for {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The one stored phone number reads the same for {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {count} stored phone numbers read the same for {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers typed from now on are read as {where}'s; no phone numbers are stored yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default phone region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I am</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your contact makes "Show my card".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A message in a group chat counts as keeping in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the default region stays {region}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} So {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled; {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-reading the stored phone numbers for {region}...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-reading of the phone numbers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>TotalNet cannot open your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet is too old for this database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet could not repair your data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>TotalNet cannot open your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can restore the latest good backup (from {when}, {count} contacts) or start with an empty database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no good backup to restore; you can start with an empty database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Either way the damaged file is kept, renamed with today's date beside the new one; nothing is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
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
        <name>RestoreDialog</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a backup to restore. Your current data ({count} contacts) is backed up first, so a restore can itself be undone by restoring that copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups in the data folder yet; use Other file... to pick one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other file...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add visitor "{name}"</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n absence(s) in the last six months</source>
            <translation>
                <numerusform>%n absence in the last six months</numerusform>
                <numerusform>%n absences in the last six months</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>substitute: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visit {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invited by {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n absence(s) in 6 months</source>
            <translation>
                <numerusform>%n absence in 6 months</numerusform>
                <numerusform>%n absences in 6 months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Screen</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>{action} (tabs: {tabs})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tab} tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everywhere</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts - TotalNet</source>
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
    <context>
        <name>Stage</name>
        <message>
            <source>Know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <source>Welcome to TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One place for your chapter and your online network: who you know, like and trust, and who to follow up next.&lt;br&gt;Your data stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a sample chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore with an invented chapter and its contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From LinkedIn, Google, Outlook, a phone's vCard or any spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up my chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, meeting day and members, for meeting-day check-in.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
