<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddFollowUpDialog</name>
        <message>
            <source>Add follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name or company...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Send Layla the brochure about office printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested channel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>Open networking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member 60-second presentations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor introductions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feature presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From where last week ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By classification</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>{where}: "{text}" is not a time; write minutes:seconds like 1:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (min:sec)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter's agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order of the 60-second presentations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A soft chime at 10 seconds left and when the time is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tart the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen, on the projector when one is attached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>60-second presentations:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys in the agenda window: Space start/pause · N next speaker · B back · S skip · Esc leave full screen. With a projector attached the timer goes there and this screen keeps the check-in roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of segment {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The standard agenda; Save agenda keeps it for the chapter.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Agenda saved for the chapter (%Ln minute(s) plus the 60-second round).</source>
            <translation>
                <numerusform>Agenda saved for the chapter (%Ln minute plus the 60-second round).</numerusform>
                <numerusform>Agenda saved for the chapter (%Ln minutes plus the 60-second round).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The agenda of the meeting of {date} is running: %Ln speaker(s) in the 60-second round (members checked in, then visitors).</source>
            <translation>
                <numerusform>The agenda of the meeting of {date} is running: %Ln speaker in the 60-second round (members checked in, then visitors).</numerusform>
                <numerusform>The agenda of the meeting of {date} is running: %Ln speakers in the 60-second round (members checked in, then visitors).</numerusform>
            </translation>
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who spoke on {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(%Ln turn(s), {over} over time)</source>
            <translation>
                <numerusform>(%Ln turn, {over} over time)</numerusform>
                <numerusform>(%Ln turns, {over} over time)</numerusform>
            </translation>
        </message>
        <message>
            <source>Who spoke is recorded when the agenda window closes, and shows here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaWindow</name>
        <message>
            <source>Agenda - {title} - TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda - TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space start/pause · N next · B back · S skip · Esc leave full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End of the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc closes; who spoke is recorded for the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>segment {n} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{position} · paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  (visitor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: end of the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter}, {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
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
        <name>BackupRewriteDialog</name>
        <message>
            <source>Backups that still hold them</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) made before still hold this person. Rewrite the checked ones without them (each stays a good backup of everything else):</source>
            <translation>
                <numerusform>%Ln backup made before still holds this person. Rewrite the checked ones without them (each stays a good backup of everything else):</numerusform>
                <numerusform>%Ln backups made before still hold this person. Rewrite the checked ones without them (each stays a good backup of everything else):</numerusform>
            </translation>
        </message>
        <message>
            <source>Rewrite checked backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before {event}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before migration v{version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>encrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merge</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <source>Add tag</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Tag for %Ln contact(s):</source>
            <translation>
                <numerusform>Tag for %Ln contact:</numerusform>
                <numerusform>Tag for %Ln contacts:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tagged %Ln contact(s) "{tag}".</source>
            <translation>
                <numerusform>Tagged %Ln contact "{tag}".</numerusform>
                <numerusform>Tagged %Ln contacts "{tag}".</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove tag</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Remove from %Ln contact(s):</source>
            <translation>
                <numerusform>Remove from %Ln contact:</numerusform>
                <numerusform>Remove from %Ln contacts:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed "{tag}" from %Ln contact(s).</source>
            <translation>
                <numerusform>Removed "{tag}" from %Ln contact.</numerusform>
                <numerusform>Removed "{tag}" from %Ln contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln contact(s) to {stage}.</source>
            <translation>
                <numerusform>Moved %Ln contact to {stage}.</numerusform>
                <numerusform>Moved %Ln contacts to {stage}.</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch every N days (0: stage default: {defaults}):</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Set the cadence of %Ln contact(s).</source>
            <translation>
                <numerusform>Set the cadence of %Ln contact.</numerusform>
                <numerusform>Set the cadence of %Ln contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln contact(s) to the trash.</source>
            <translation>
                <numerusform>Moved %Ln contact to the trash.</numerusform>
                <numerusform>Moved %Ln contacts to the trash.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add tag...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove tag...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set keep-in-touch cadence...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export selection...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete (move to trash)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export everything about this person...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget this person...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CEUDialog</name>
        <message>
            <source>podcast, training, book...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>back up the database (to FILE or the backups folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file or a folder (e.g. a USB stick); default: backups/</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace FILE even when it exists and is not a TotalNet backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restore the database from a backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup to restore (a .sqlite3 file TotalNet wrote)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backed up {count} contacts to {file} ({size})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exported {contacts} contacts ({total} rows) from {server} to {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored {contacts} contacts from {source} to {server}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the restore</source>
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
            <source>import contacts from a CSV or vCard file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the CSV (.csv) or vCard (.vcf) file to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file's layout (default: recognised from its columns)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add the imported people to this chapter's roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create the --chapter when there is none of that name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what to do with a row matching an existing contact (default: merge)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print what would happen; change nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep the values of columns that map to no field in the notes, as "Column: value" lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export contacts, attendance, referrals, PALMS or follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file to write (it is replaced only once complete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file format (default: csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>which table to export (default: contacts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add a BOM so Excel reads UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard version (default: 3.0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attendance/referrals/palms: the meeting on this date (default: the last closed one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attendance/referrals/palms: from this day (inclusive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attendance/referrals/palms: up to this day (inclusive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>totalnet: the import was interrupted; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{column} (%n row(s))</source>
            <translation>
                <numerusform>{column} (%n row)</numerusform>
                <numerusform>{column} (%n rows)</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in the notes as "Column: value" lines: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns not imported: {columns}; add --keep-unmapped to keep their values in the notes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The header row came again on %n line(s) ({lines}); skipped, not a contact.</source>
            <translation>
                <numerusform>The header row came again on %n line ({lines}); skipped, not a contact.</numerusform>
                <numerusform>The header row came again on %n lines ({lines}); skipped, not a contact.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n possible duplicate(s) (imported as new people; merge them in the app if they are the same person):</source>
            <translation>
                <numerusform>%n possible duplicate (imported as new people; merge them in the app if they are the same person):</numerusform>
                <numerusform>%n possible duplicates (imported as new people; merge them in the app if they are the same person):</numerusform>
            </translation>
        </message>
        <message>
            <source>row {line}: {name} {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>... and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no chapter called "{wanted}" (known chapters: {names}); check the name, or add --new-chapter to create it.</source>
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
            <source>{option} "{text}" is not a date; write it like 2026-11-25.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose either --meeting or --from/--to, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--meeting, --from and --to apply to attendance, referrals and palms, not {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print the follow-up queue as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show the queue as on this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>do not create new items before printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a date like 2026-03-11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
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
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(snoozed)</source>
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
        <message>
            <source>forget a person completely (contact, history, search, undo, logs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact id, or a name, e-mail or phone that finds exactly one contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>also rewrite every backup that holds them, without them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write everything held about one person to a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a new or empty folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>protect the database and its backups with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the new passphrase from FILE (default: $TOTALNET_NEW_PASSPHRASE or ask)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep the passphrase in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove the passphrase: a plain SQLite file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no contact with id {text}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact matches "{text}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{text}" matches {count} contacts ({shown}); give the id of the one you mean.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{text}" matches more than 10 contacts ({shown}); give the id of the one you mean.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forget asks for confirmation; add --yes to run it from a script.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget {name} (id {id}) for good? This cannot be undone. Type {yes}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n backup(s) made before still hold them:</source>
            <translation>
                <numerusform>%n backup made before still holds them:</numerusform>
                <numerusform>%n backups made before still hold them:</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}  {label}, {created}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run again with --rewrite-backups to rewrite each without them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Rewrote %n backup(s) without them.</source>
            <translation>
                <numerusform>Rewrote %n backup without them.</numerusform>
                <numerusform>Rewrote %n backups without them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the new passphrase with --new-passphrase-file FILE or {ENV_NEW_PASSPHRASE}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered: without it the data cannot be read by anyone, you included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase file {name} cannot be read: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase file {name} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>encrypting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase is kept in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keyring is available; the passphrase was not kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decrypting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet's window is open on this data folder (process {pid}), so {action} would change the database under it; quit the window (File &gt; Quit) and run the command again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet Desktop: total networking, offline. With no command, opens the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a shared chapter database, postgresql://user@host/chapter (default: $TOTALNET_DATABASE, else the SQLite file in the data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run the command on the TotalNet file or backup FILE, read-only: reading commands work, writing commands are refused, FILE is never changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>data folder (default: $TOTALNET_DATA_DIR or the user data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language of the app and its messages, e.g. ar or en (default: the system's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the passphrase of a protected database from FILE (default: $TOTALNET_PASSPHRASE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give --copy or --database, not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--copy needs a command; the app opens a copy with File &gt; Open a copy read-only...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>totalnet: interrupted; nothing more was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} {colour}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each member's traffic-light score, total and colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UK 2012 (default), Power of One, or the chapter's own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first day (default: the last six completed calendar months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last day (default: today with --from)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a CSV file instead of printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} date "{text}" is not a date; write it like 2026-06-01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--to needs --from (the period's first day).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends ({last}) before it starts ({first}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no chapter yet (or several and none is yours): set one up in the app first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote {csv}: {count} members, {name}, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter_name}: {name}, {start} to {end}, {held} meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>copy every table between two TotalNet databases (SQLite files or postgresql:// servers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an SQLite file or postgresql://user@host/chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete what TO holds first (it must otherwise be empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>publish a meeting recorded offline in a TotalNet file to this database (the chapter server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the TotalNet file the meeting was recorded in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the meeting's date (default: the file's latest meeting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the chapter, when the file holds several</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>say what would be published, and publish nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fill the database with a sample chapter and contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add the sample even when the database has data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(your data was backed up first to {file})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read LinkedIn, WhatsApp, calendar and mail history into the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file, a folder or the ZIP the service delivers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who you are in these files (your name, number, address or profile); remembered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for chats whose dates cannot tell: day first or month first; remembered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep (or, with --no-keep-text, do not keep) the first line of each conversation-day and each event's title; remembered, as the Import history dialog's tick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the imports that can be undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo one import (its id from --list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove everything imported from one source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the people waiting for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{id}	{imported_at}	{source}	{touches} touches, {pending} waiting	{file_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed {count} touches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>totalnet: name at least one file, folder or ZIP to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run again with --me YOUR-NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run again with --date-order dmy or --date-order mdy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>totalnet: {error}{hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line {line}: skipped, {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {count} more bad lines skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print every Insights figure as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12m (default), year, lastyear, 5y, all, or FROM..TO as YYYY-MM-DD..YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--period "{text}" is not a period; use 12m, year, lastyear, 5y, all or FROM..TO like 2026-01-01..2026-06-30 (the end not before the start).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period: {label}, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Me: {me}; chapter: {chapter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ratio}x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed from chapter referrals: {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee for this period: {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return: {ratio}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid back on: {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still to pay back: {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business you passed (closed by others): {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-yous in another currency (not summed): {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return on membership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given inside / outside: {inside} / {outside}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received inside / outside: {inside} / {outside}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received from {source}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings: {count}, {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absences in the last six months: {count} of {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter turnout: {percent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total networking (people in touch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both online and in person: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only in person: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only online: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share reached both ways: {percent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Know, like, trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage}: {contacts} (added {added}, in touch {in_touch}, quiet {quiet})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved up / down: {up} / {down}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on time: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done late: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On time: {percent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: referrals {to_me} to me, {from_me} from me; business they sent {sent}, I sent {i_sent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print a report to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the weekly chapter (PALMS) report of a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the meeting's date (default: the latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no meeting on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no meeting yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote {pdf}: {chapter_name}, meeting of {date:%Y-%m-%d}, {members} members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>search contacts, one a line (exit 1 when none match)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what you would type in the Contacts search box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type something to search for, e.g. totalnet search Layla.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} | {company} | {emails} | {phones}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show or choose who you are (on a chapter server: for your login)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yourself on the chapter's roster: a name (or part of it) or a contact id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you are not on the roster: make your own card with this name (private to your login)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your company, with --new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the members you can choose from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not said who you are yet: totalnet me NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Login {login} has not said who they are yet: totalnet me NAME, or totalnet me --new "Your Name" when you are not on the roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are {name} (contact {id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are {name} (contact {id}) on login {login}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>totalnet: nobody on the roster is called "{text}"; see totalnet me --roster, or make your own card with totalnet me --new "Your Name".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>totalnet: several members match "{text}"; give more of the name or the id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already 'me' for the login {login}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WhatsApp / messaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelChip</name>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Chapter</name>
        <message>
            <source>The start time "{text}" is not a time; write it like 07:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting weekday must be Monday to Sunday.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grace period must be between 0 and 180 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter #{chapter_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A chapter named "{name}" already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role "{role}" is not one of: {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The renewal date cannot be before the joining date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leaving date cannot be before the joining date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already on the roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The roster entry #{membership_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown roster field(s): {items}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChapterSetupForm</name>
        <message>
            <source>Member line {number} has no name: "{line}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting &amp;day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Grace before Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual &amp;fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Dubai Achievers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 1,500</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One member a line: Name, Classification, Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layla Haddad, Printer, Haddad Print
Omar Khan, Lawyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell TotalNet about your chapter to check members in, welcome visitors and record slips. You can add more members later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or pick your chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is my chapter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChapterView</name>
        <message>
            <source>Chapter tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traffic &amp;lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feature r&amp;ota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V&amp;isitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power tea&amp;ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet for BNI &amp;Connect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Encrypted when the server offers it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always encrypted, server certificate checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always encrypted, certificate authority checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not encrypted (local network only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to a chapter server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share one chapter with your leadership team: TotalNet keeps the chapter on a PostgreSQL server. Your chapter's administrator gives you these details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave empty to use the saved one or ~/.pgpass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remember the password in this computer's keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember the password in this computer's keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no keyring: the password is kept for this session only. To skip typing it, the server's administrator can set up a ~/.pgpass file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the server answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cop&amp;y my personal file up first (contacts, meetings, follow-ups)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy my personal file up first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;nnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the server, the database and the user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server runs PostgreSQL {version}; TotalNet needs PostgreSQL 13 or newer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {label} was written by a newer TotalNet (schema version {schema}): update this app first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the tables and co&amp;nnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PostgreSQL {version} answered. The database {label} has no TotalNet tables yet: Connect creates them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrade and co&amp;nnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PostgreSQL {version} answered. The database {label} holds an older TotalNet's tables (version {old}): Connect upgrades them to version {new}; every desk then needs this TotalNet or newer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PostgreSQL {version} answered. The chapter database {label} is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring did not take the password: it is kept for this session only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDetail</name>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat on WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log touch (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this contact for "Show my card"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a contact to see their details and history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This contact's details cannot be read while the chapter server is away; the list stays as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(me)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(in the trash)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profession</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>keep in touch every %Ln day(s)</source>
            <translation>
                <numerusform>keep in touch every %Ln day</numerusform>
                <numerusform>keep in touch every %Ln days</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>introduced by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing logged yet. Ctrl+L logs a touch (a call, a coffee, a comment).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profession / classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma separated, e.g. printing, golf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where: a chapter meeting, an expo, LinkedIn...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(channel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>introduced by (type a name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes: what they do, who they want to meet, family, interests...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is me (used for "Show my card")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met on date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel we met on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduced by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{stage} default (%Ln day(s))</source>
            <translation>
                <numerusform>{stage} default (%Ln day)</numerusform>
                <numerusform>{stage} default (%Ln days)</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This may be someone you already have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save anyway, open the existing contact, or save and merge the two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and merge...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and merge with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the changes to this contact?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Type a name...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to a contact - TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name, company, number or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which contact is &lt;b&gt;{person}&lt;/b&gt;?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  ({detail})</source>
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
            <source>No contacts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From LinkedIn, Google, Outlook, a phone's vCard or a spreadsheet.</source>
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
            <source>Add a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type one in (Ctrl+N).</source>
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
        <message>
            <source>Log a touch with the selected contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected contact</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n found on screen; full search when the server is back</source>
            <translation>
                <numerusform>%n found on screen; full search when the server is back</numerusform>
                <numerusform>%n found on screen; full search when the server is back</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Copy</name>
        <message>
            <source>copied {total} rows in {tables} tables from {source} to {target} in {seconds:.1f} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyBanner</name>
        <message>
            <source>Read-only copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry the &amp;server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use my &amp;personal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only copy from {time}; changes are not possible.</source>
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
        <name>Demo</name>
        <message>
            <source>Added the sample chapter {chapter}: {contacts} contacts ({members} members, {visitors} visitors), {meetings} meetings, {referrals} referrals, {thank_yous} thank-yous, {one_to_ones} one-to-ones, {ceus} CEUs, {interactions} interactions, {followups} follow-ups.</source>
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
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Merge: fill empty fields, add new e-mails, phones and profiles, take a newer company and job title; names and filled fields are kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: leave the existing contact as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add: import as a separate contact anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the rows against your contacts...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;When a row matches a contact&lt;/b&gt; (the same e-mail or profile):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same person: merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; row(s) read: {new} new, {matches} match a contact (same e-mail or profile), {repeats} repeat an earlier row of the file, {possible}, {rejected} rejected (nothing to identify a person).</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; row read: {new} new, {matches} match a contact (same e-mail or profile), {repeats} repeat an earlier row of the file, {possible}, {rejected} rejected (nothing to identify a person).</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rows read: {new} new, {matches} match a contact (same e-mail or profile), {repeats} repeat an earlier row of the file, {possible}, {rejected} rejected (nothing to identify a person).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; possible duplicate(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; possible duplicate</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; possible duplicates</numerusform>
            </translation>
        </message>
        <message>
            <source>Possible duplicates share a phone number or a name with someone. They are imported as new people unless you tick them (colleagues share switchboard numbers; two people share a name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No possible duplicates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {line}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The agenda needs at least one segment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment {n}: "{kind}" is not a kind of segment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment {n} needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment {n} ({title}): the time must be 1 second to 4 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The speaking order is one of {items}, not "{order}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must be a number; {EXAMPLE}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} cannot be negative ({shown}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} {shown} is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the {what}; {EXAMPLE}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} "{value}" is not a number; {EXAMPLE}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} cannot be negative ({value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the meeting of {date:%d %b %Y} first: BNI Connect takes the week once PALMS is complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dates away end ({end:%d %b %Y}) before they start ({start:%d %b %Y}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the rota for 1 to 104 weeks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter #{chapter_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first fee cannot be removed; change its amount instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} (contact #{contact_id}) does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name is needed to add a person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The e-mail address "{email}" does not look right (name@example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The phone number "{phone}" is too short.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A power team needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter already has a power team named "{name}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no meeting on {meeting:%Y-%m-%d}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends ({end:%Y-%m-%d}) before it starts ({start:%Y-%m-%d}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} must be a number, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} must be a number like 0.5 or a fraction like "12/52", not {value!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{here} must be a table ([[area]]).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{here} has an unknown measure {measure!r}; use one of {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{here}: linear needs points and target, e.g. {{ points = 20, target = 1 }}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{here}: the target must be more than 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{here}: band {m} needs points and either below or upto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{here} needs bands (or linear).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} is not valid TOML: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} needs a name (name = "...").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} needs at least one [[area]].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: two areas share a key; each needs its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: colours are green, amber and red, not {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: the cut-offs must go down from green to amber to red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {a_what} and the {b_what} must be two different people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral is inside or outside, not "{kind}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hotness is 1 to 5, not {hotness}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral's status is one of {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An outside referral needs the prospect: pick a contact or type a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The referral #{referral_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The thank-you amount must be more than 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business is new or repeat, not "{business}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A thank-you is inside or outside, not "{kind}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A one-to-one is recorded once it happened; {day:%d %b %Y} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CEU credits must be a number like 1 or 0.5, not "{credits}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CEU credits must be more than 0 (and at most 100).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A testimonial is about another member, not about oneself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no traffic-light scheme "{name}"; the schemes are: {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A visitor's stage is one of {items}, not "{stage}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use Join to make the visitor a member (it needs the joining date).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A visitor needs a name: type it in the check-in box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{full_name} is a member of {chapter_name}: check them in from the roster instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a visitor at this meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no contact with id {contact_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot forget yourself; choose another contact as you first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgetting was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{channel}" is not a channel; use one of: {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact {contact_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select two or more contacts to merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A merge needs two or more contacts, one of them the survivor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One of the contacts to merge no longer exists; refresh and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{region}" is not a phone region TotalNet knows (use a two-letter code such as GB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-reading the phone numbers was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact needs a name, an e-mail, a phone or a profile; all of them are empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage "{stage}" is not one of {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel "{met_channel}" is not a known channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep-in-touch cadence must be between 1 and 3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{kind}" is not a kind of contact point ({items}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact {id} does not exist any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an existing contact can be updated; this one has no id yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already 'me' for the login {login}; ask your chapter's leadership if that is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already 'me' for another login; ask your chapter's leadership if that is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} disappeared while it was being read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} changed while it was being read; import it again once it is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} has a cell longer than {value} MB in row {start} (or a quote that is never closed there).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} cannot be read from row {start} (most likely a quote that is never closed there).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} has a quote that is never closed in row {start}, column {column} ({name}); fix that cell and import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} cannot be opened: {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is not a text CSV file:{what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} cannot be read near row {start}: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown duplicate policy {policy!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line 1: this is not an iCalendar file (it should start with BEGIN:VCALENDAR); nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line {bad}: this line is not iCalendar; nothing was imported from this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: this calendar cannot be read; nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: which of these addresses are yours? {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line 1: this LinkedIn file has no {value} column; nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: which of these people are you? {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line 1: messages.csv has no {value} column; nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line {number}: this is not a mail archive (.mbox messages start with a "From " line); nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person is no longer in the review list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person has no name, number or address to make a contact from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{display} is damaged inside its ZIP archive (it may have been cut short); nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a complete ZIP archive (it may have been cut short); nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{display}, line {bad_utf8_line}: the text is not UTF-8 (export it again from the app); nothing was imported from this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{display}, line {line}: the text is not UTF-8 (export it again from the app); nothing was imported from this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: every day in this chat is 12 or less, so it cannot tell whether dates are day first or month first; say which.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: which of these senders are you? {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line {number}: this is not a line of a WhatsApp chat export (it should start with a date and time); nothing was imported from this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no saved mapping called {name!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose which contact is you before exporting your card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import of {name} stopped: its helper process ended unexpectedly (exit code {exitcode}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import of {name} stopped on an unexpected error ({last}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} is not an empty folder; choose a new or empty folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is not a vCard file (it looks like a binary file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} holds no vCard (no BEGIN:VCARD line).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard version {version!r} is not supported (3.0 or 4.0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Insights figures could not be read from the database: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown period {name!r}; choose one of {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no database at {db_path} to back up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} already exists and is not a TotalNet backup; choose another file (or use --overwrite to replace it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {source} is protected with a passphrase and your database is not; protect your database with the same passphrase first (Edit &gt; Preferences, or totalnet encrypt), then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {source} is not protected and your database is; remove the protection first (Edit &gt; Preferences, or totalnet decrypt), restore, then protect it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup file {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is not a TotalNet backup (it is not an SQLite file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {path} is protected with another passphrase than your database's; it cannot be restored into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup file {path} cannot be read: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup file {path} is damaged ({status}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is an SQLite file but not a TotalNet database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {path} was written by a newer TotalNet (schema version {schema_version}); this TotalNet reads up to version {CURRENT_VERSION}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unable to open database file {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption needs the optional encryption extra, which is not installed; install it with {INSTALL_HINT} and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} is protected with a passphrase; enter it to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file {path} is damaged: its first 16 bytes, which its key is made with, are destroyed (your passphrase is right).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file {path} is damaged ({failed} of {pages} pages fail their integrity check).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The converted copy of {source} did not check out ({status}); nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Converting {source} was cancelled; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open {source}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Converting {source} failed: {exc}; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program has {source} open (another TotalNet, a script or a database tool), and could change it during the conversion; close it and try again. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} has changes not yet written ({name}); close TotalNet everywhere and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no TotalNet database at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was written by an older TotalNet: open it once in this version (it is brought up to date), then publish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was written by a newer TotalNet: publish it from that version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a TotalNet database that can be read (a file protected with a passphrase: decrypt a copy first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no meeting on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no meeting to publish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds meetings of several chapters on that day: say which chapter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no chapter called {chapter} here: the meeting was not published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} is protected with a passphrase, and copy-database reads and writes plain files only; remove the protection first (totalnet decrypt), copy, then protect it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {label} cannot be opened: {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The source and the target are the same database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is not a TotalNet database (it has no TotalNet tables).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} was written by a newer TotalNet (schema version {version}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} has an older schema (version {version}): open it once with this TotalNet to upgrade it, then copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} already holds data: copy into an empty database, or add --replace to delete what it holds first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy of table {table} holds {got} rows instead of {value}; nothing was written to {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The target has no table {table}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} already exists; choose a new file name for the export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} is protected with a passphrase, and this TotalNet cannot open protected files: install the encryption extra ({INSTALL_HINT}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} is protected with a passphrase; enter it to open (or set TOTALNET_PASSPHRASE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the database file {path}: {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is not a TotalNet database (it is not an SQLite file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file {path} cannot be opened: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} was written by a newer TotalNet (schema version {version}); this TotalNet reads up to version {CURRENT_VERSION}. Please update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {server} cannot be reached ({why}): retry, or open your last local snapshot read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to a chapter server needs the PostgreSQL driver: pip install 'totalnet-desktop[postgres]'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {value} runs PostgreSQL {value2}; TotalNet needs PostgreSQL 13 or newer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {value} was written by a newer TotalNet (schema version {version}); this TotalNet reads up to version {CURRENT_VERSION}. Please update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {value} holds an older TotalNet schema (version {version}) and {login} can only read it: a leadership login upgrades it by connecting once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {value} has no TotalNet tables yet and {login} can only read: a leadership login must connect first to create them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {value} cannot be opened: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy {path} is protected with a passphrase; restore it (File &gt; Restore from backup) to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy {path} was written by a newer TotalNet (schema version {version}); this TotalNet reads up to version {CURRENT_VERSION}. Please update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is not a TotalNet database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy {path} was written by an older TotalNet (schema version {version}); restore it (File &gt; Restore from backup) to upgrade and open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a database address: use postgresql://user@host/chapter.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The database and %n backup(s) are protected with your passphrase.</source>
            <translation>
                <numerusform>The database and %n backup are protected with your passphrase.</numerusform>
                <numerusform>The database and %n backups are protected with your passphrase.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database and %n backup(s) are no longer protected (plain SQLite).</source>
            <translation>
                <numerusform>The database and %n backup are no longer protected (plain SQLite).</numerusform>
                <numerusform>The database and %n backups are no longer protected (plain SQLite).</numerusform>
            </translation>
        </message>
        <message>
            <source>The database is already protected with that passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is not protected; there is no protection to remove.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a passphrase of at least {MIN_LENGTH} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled before the conversion; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{backup_file} is TotalNet's own database; choose a backup file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot store {name} in an undo entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} is TotalNet's own database; choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} is part of TotalNet's own database (its {part} file); choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} is a folder; choose a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} cannot be written: the folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server does not let {login} change this: members write their own contacts, notes, follow-ups and the slips they gave; the chapter's data is leadership's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {label} cannot be reached; nothing of this change was saved. TotalNet reconnects as soon as it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet cannot reach the chapter server {label}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {label} cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This login can read only: {login}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your name to make your card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it does not answer (it may be stopped, or the address or the network may be wrong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it asks {login} for a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it did not accept the password of {login}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it does not let {login} log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it turned {login} away: usually the password is wrong, or it knows no login {login} or no database {database}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it turned {login} away: usually it knows no login {login} or no database {database}, or its rules do not let {login} in from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no database called {database}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not taking connections to {database} just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is starting up or shutting down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no free connection for {login} just now; try again in a moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it does not let {login} do this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another desk changed the same data at the same moment; try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another desk is holding the same data; try again in a moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its disk is full; its administrator needs to free space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the request took too long and was stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it accepts no changes just now (it is read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the encrypted connection could not be set up (the encryption setting does not match the server's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it answered with an error (code {code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {server} refused this change: {why}. Nothing of it was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database already has contacts or a chapter, so the sample chapter was not added (use 'totalnet demo --force' to add it anyway).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be written completely to {path} (the disk may be full); nothing was changed there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be written to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no database at {path} yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} is protected with a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file {path} cannot be opened ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file {path} is damaged ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} is sound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The damaged database {path} could not be moved aside: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>LinkedIn Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet (columns guessed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ignore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name (split)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profession / classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X (Twitter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
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
            <source>How we met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected on (date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up (date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profession</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Wrote {files} files to {folder}: their card, {timeline} timeline entries and {records} chapter records.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PALMS report (weekly chapter report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (UTF-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV for Excel (UTF-8 with BOM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard 3.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard 4.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export - TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current filter ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selection ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exports are not encrypted, even though your database is: other programs must read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells a spreadsheet would run as a formula get a leading ' (TotalNet reads its own export back exactly).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last closed meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*{suffix};;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to {path}...</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to {path}.</source>
            <translation>
                <numerusform>Exported %Ln contact to {path}.</numerusform>
                <numerusform>Exported %Ln contacts to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln row(s) to {path}.</source>
            <translation>
                <numerusform>Exported %Ln row to {path}.</numerusform>
                <numerusform>Exported %Ln rows to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting... {done} of {total} written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files and format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick one or more files: a LinkedIn Connections.csv, a Google or Outlook export, a phone's .vcf, a chapter roster or any spreadsheet saved as CSV. The format is recognised; change it if it is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add files...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format of {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{line} (after %Ln note line(s))</source>
            <translation>
                <numerusform>{line} (after %Ln note line)</numerusform>
                <numerusform>{line} (after %Ln note lines)</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Follow-up origin</name>
        <message>
            <source>Added by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visited the chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral passed to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral you gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep-in-touch cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online only: meet in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on LinkedIn yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one rotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter's most wanted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor follow-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Follow-up reason</name>
        <message>
            <source>Thank {name} for visiting and invite them back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact {prospect} (from {giver})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact {name} about the referral they passed you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask {name} how it went with {prospect}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask {name} how it went with the referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank {name} for the {currency} {amount} closed-business thank-you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch with {name}: last contact {last} (every {days} days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite {name} for a coffee or to visit the chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect with {name} on LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book a one-to-one with {name} (no one-to-one yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book a one-to-one with {name} (last one {last})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite {name} back to the chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talk to {name} about applying to join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up (imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor on {day:%d %b}: thank {name} for coming and ask how we can help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral from {name} (hotness {hotness}/5): make contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have only met {name} online: invite them for a coffee or to visit the chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch: it has been a while since your last conversation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpDoneDialog</name>
        <message>
            <source>Follow-up done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you reach them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: what you talked about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged as a touch on the contact's timeline; it resets their keep-in-touch cadence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done</source>
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
            <source>Unknown due filter {due!r}: use one of {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up {item_id} is no longer in the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown channel {channel!r}: use one of {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 3 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new due date {due!r} is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the contact to follow up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the due date of the follow-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what to follow up (the reason is empty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown channel {channel!r}.</source>
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
        <name>Forget</name>
        <message>
            <source>Forget this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgetting {name}: their records, the mentions of them in other records, the search index and the log lines...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgetting was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Rewrote %n backup(s) without them.</source>
            <translation>
                <numerusform>Rewrote %n backup without them.</numerusform>
                <numerusform>Rewrote %n backups without them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rewriting %n backup(s) without them...</source>
            <translation>
                <numerusform>Rewriting %n backup without them...</numerusform>
                <numerusform>Rewriting %n backups without them...</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups that still hold them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed person</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phones, e-mails and profiles</source>
            <translation>
                <numerusform>%n phone, e-mail or profile</numerusform>
                <numerusform>%n phones, e-mails and profiles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s)</source>
            <translation>
                <numerusform>%n tag</numerusform>
                <numerusform>%n tags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interaction</numerusform>
                <numerusform>%n interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage change(s)</source>
            <translation>
                <numerusform>%n stage change</numerusform>
                <numerusform>%n stage changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n undo entries</source>
            <translation>
                <numerusform>%n undo entry</numerusform>
                <numerusform>%n undo entries</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>; anonymised %n chapter record(s) as "{name}"</source>
            <translation>
                <numerusform>; anonymised %n chapter record as "{name}"</numerusform>
                <numerusform>; anonymised %n chapter records as "{name}"</numerusform>
            </translation>
        </message>
        <message>
            <source>; no chapter records named them</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>; mentions of them (name, e-mail, phone) were taken out of %n other record(s)</source>
            <translation>
                <numerusform>; mentions of them (name, e-mail, phone) were taken out of %n other record</numerusform>
                <numerusform>; mentions of them (name, e-mail, phone) were taken out of %n other records</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed {removed}{tail}{mentions}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ForgetPerson</name>
        <message>
            <source>Select one contact first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget {name} for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their contact, phones, e-mails, tags, interactions, follow-ups, search entries, undo steps and log lines are removed permanently. Chapter records others rely on (referrals, attendance, thank-yous) keep their numbers, with the person shown as "removed person". This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export everything about this person to a new folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} - TotalNet data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export everything about this person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <source>Read %n file(s)</source>
            <translation>
                <numerusform>Read %n file</numerusform>
                <numerusform>Read %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new touch(es) with contacts</source>
            <translation>
                <numerusform>%n new touch with contacts</numerusform>
                <numerusform>%n new touches with contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n touch(es) waiting for review ({people})</source>
            <translation>
                <numerusform>%n touch waiting for review ({people})</numerusform>
                <numerusform>%n touches waiting for review ({people})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n persons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad line(s) skipped</source>
            <translation>
                <numerusform>%n bad line skipped</numerusform>
                <numerusform>%n bad lines skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) not read</source>
            <translation>
                <numerusform>%n file not read</numerusform>
                <numerusform>%n files not read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n earlier day(s) with more messages</source>
            <translation>
                <numerusform>%n earlier day with more messages</numerusform>
                <numerusform>%n earlier days with more messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) closed</source>
            <translation>
                <numerusform>%n follow-up closed</numerusform>
                <numerusform>%n follow-ups closed</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is not a history file TotalNet reads (a LinkedIn archive, a WhatsApp chat export, an .ics calendar or an .mbox mail archive).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Reads your LinkedIn data archive, WhatsApp chat exports (.txt or .zip), calendar files (.ics) and mail archives (.mbox): a file, a folder or the ZIP the service gave you. Only who, when and which channel are stored, one touch per conversation per day; nothing leaves this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History files (*.zip *.txt *.csv *.ics *.mbox);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day first (31/12/2023)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>month first (12/31/2023)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>year first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import history - TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No files chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;files...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add f&amp;older...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep the first line of each conversation-day (off: who, when and channel only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was read appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose history files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder of history files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line {line}: skipped, {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who are you?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>a repeat of the header row; skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unterminated quote in column {column} ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds NUL bytes (damaged data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same e-mail or profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>identical to an earlier entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chosen by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shares a phone number with {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has the same name as {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added although {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} as row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (row {row})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no name, e-mail, phone or profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported {imported}, merged {merged}, skipped {skipped}, rejected {rejected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would import {imported}, merge {merged}, skip {skipped}, reject {rejected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this card cannot be read ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {file} {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>1-2  Files and format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3  Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4  Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5  Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6  Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7  Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts - TotalNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling... nothing will be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing... Cancel leaves your data exactly as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv);;vCard (*.vcf);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected rows saved to {paths}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportJob</name>
        <message>
            <source>import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>duplicate check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>history import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {job} stopped on an unexpected error ({error}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>possible duplicate: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>{column} (%n row(s))</source>
            <translation>
                <numerusform>{column} (%n row)</numerusform>
                <numerusform>{column} (%n rows)</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept in the notes as “Column: value” lines: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The header row came again on %n line(s); skipped, not a contact.</source>
            <translation>
                <numerusform>The header row came again on %n line; skipped, not a contact.</numerusform>
                <numerusform>The header row came again on %n lines; skipped, not a contact.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightCard</name>
        <message>
            <source>Save as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the {title} chart as a picture</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightCharts</name>
        <message>
            <source>Q{quarter} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee for the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referrals received in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absences in the last six months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit: {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your PALMS at each meeting, {span}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No absences in the last six months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You gave</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightNumbers</name>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business you closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee for this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return on the fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ratio}×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business you passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No annual fee is recorded for {chapter}: add it to see the payback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid back on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} to go ({share} of the fee paid back).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln thank-you(s) in another currency than {currency} are not added in.</source>
            <translation>
                <numerusform>%Ln thank-you in another currency than {currency} is not added in.</numerusform>
                <numerusform>%Ln thank-yous in another currency than {currency} are not added in.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted: thank-yous you wrote to chapter members for business you closed from their referrals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inside / outside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter turnout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{used} used in the last six months.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{current} of %Ln absence(s)</source>
            <translation>
                <numerusform>{current} of %Ln absence</numerusform>
                <numerusform>{current} of %Ln absences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s), {span}</source>
            <translation>
                <numerusform>%Ln meeting, {span}</numerusform>
                <numerusform>%Ln meetings, {span}</numerusform>
            </translation>
        </message>
        <message>
            <source>Medical and substitutes do not count as absences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All touches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touches in this period</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %Ln more: Contacts, Show “Warm, gone quiet”.</source>
            <translation>
                <numerusform>and %Ln more: Contacts, Show “Warm, gone quiet”.</numerusform>
                <numerusform>and %Ln more: Contacts, Show “Warm, gone quiet”.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Gone quiet&lt;/b&gt; (touches, last)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody you talked to often has gone quiet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both online and in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share reached both ways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart shows the people reached so far, month by month. Total networking grows the green: meet online contacts in person, connect online with the people you meet. Phone, messaging and e-mail count as neither.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage changes in this period.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln up</source>
            <translation>
                <numerusform>%Ln up</numerusform>
                <numerusform>%Ln up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln down</source>
            <translation>
                <numerusform>%Ln down</numerusform>
                <numerusform>%Ln down</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage changes: {up}, {down}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved up: changes in this period that brought someone up into the stage (a new contact's first stage counts as added, not moved). Quiet: no contact within the stage's keep-in-touch cadence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TYFCB ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channels} · on {networks}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals they gave you and you gave them. TYFCB: business you closed from them / they closed from you. Channels: how you were in touch in the period; 'on': the social networks where you have their profile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source>{start} - {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell TotalNet which contact is you to see this: open your own contact in Contacts and press &lt;b&gt;This is me&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your chapter on Meeting day (with its annual fee) to see this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return on membership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business you closed from chapter referrals, against the annual fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given and received month by month; where received referrals came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last 26 weeks, with the three-absences-in-six-months line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached only online, only in person, or both, growing through the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts per stage: Know, Like, Trust, Partner, and who moved between them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due in the period: done on time, late, dismissed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who gave you and received from you the most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touches per month on each channel, and people you talked to often who have gone quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} - {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No thank-you for closed business from {chapter} in this period yet.&lt;br&gt;When a chapter referral turns into business, record your TYFCB on Meeting day: it counts against the {fee} fee here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referrals given or received in this period.&lt;br&gt;Referral slips recorded on Meeting day appear here, month by month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meetings of {chapter} between {start} and {end}.&lt;br&gt;Meetings you run on Meeting day appear here with your PALMS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody reached in person or online in this period yet.&lt;br&gt;Log a meeting, one-to-one or LinkedIn message on a contact to see your balance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts yet.&lt;br&gt;Import your LinkedIn connections or add the people you meet (Ctrl+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-ups were due in this period.&lt;br&gt;Add one with Ctrl+Shift+F on any contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referrals or thank-yous exchanged in this period yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conversations in this period yet.&lt;br&gt;Import your WhatsApp chats, LinkedIn archive, calendar or mail with File &gt; Import history... to see every touch here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be written completely to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print to PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save {title} as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {title} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {path}: check the folder exists and can be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Insights to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed Insights to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}: check the folder exists and can be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet Insights · {subtitle}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LightsTab</name>
        <message>
            <source>Last six completed months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Six months to the end of this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 26 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>grey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals per member per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor → member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print to PDF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport CSV...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit &amp;scheme...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traffic lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (chapter's own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area}: up to {points} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area}: {measure}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} {colour}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s) held</source>
            <translation>
                <numerusform>%Ln meeting held</numerusform>
                <numerusform>%Ln meetings held</numerusform>
            </translation>
        </message>
        <message>
            <source>{held}, {remaining}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln to come</source>
            <translation>
                <numerusform>%Ln to come</numerusform>
                <numerusform>%Ln to come</numerusform>
            </translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scheme}: {period}, {held}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hover a cell for its measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rate} ({joined} of {visitors})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>, %Ln day(s) to join</source>
            <translation>
                <numerusform>, %Ln day to join</numerusform>
                <numerusform>, %Ln days to join</numerusform>
            </translation>
        </message>
        <message>
            <source>Print traffic lights to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export traffic lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>{first}, {rest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list (LinkedIn, X, E-mail)</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>TotalNet is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not the passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Locker</name>
        <message>
            <source>Protect your data with a passphrase first (Edit &gt; Preferences) to lock TotalNet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogTouchDialog</name>
        <message>
            <source>contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a touch with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened? (optional; Enter saves)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log</source>
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
            <source>Connect to a &amp;chapter server...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use my &amp;personal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ublish a meeting from a file...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open a copy read-only...</source>
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
            <source>&amp;Lock</source>
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
            <source>Reminders are on, but this desktop has no system tray: TotalNet cannot show its icon or notifications here. The Follow-ups screen still counts what is due.</source>
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
        <name>MappingPage</name>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goes to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved mappings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name for this mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}  ({format})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names, organisation, e-mails, phones, web sites, social profiles, address city, categories, note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mapped automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(column {n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field for {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mapping saved as “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied the mapping “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The first %Ln row(s) as they will be stored: {rejected} rejected (red), {flagged} with a warning or a possible duplicate (yellow).</source>
            <translation>
                <numerusform>The first %Ln row as they will be stored: {rejected} rejected (red), {flagged} with a warning or a possible duplicate (yellow).</numerusform>
                <numerusform>The first %Ln rows as they will be stored: {rejected} rejected (red), {flagged} with a warning or a possible duplicate (yellow).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking them against your %Ln contact(s)...</source>
            <translation>
                <numerusform>Checking them against your %Ln contact...</numerusform>
                <numerusform>Checking them against your %Ln contacts...</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Meeting</name>
        <message>
            <source>The meeting #{id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day:%A %d %B %Y} is in the future; confirm to open a meeting on that date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your chapter first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter} meets on {weekday}s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already checked in at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already marked {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {status} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{status}" is not a PALMS status ({known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is a visitor; PALMS statuses are for members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who substituted for {name}? Pick or type the substitute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot substitute for themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {status} (substitute: {substitute}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the substitute's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial by {giver} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial by {giver} about {about} recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingDateDialog</name>
        <message>
            <source>Open the meeting of another date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick the meeting's date (a past date to catch up; a future date asks first).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingHistory</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingHistoryDialog</name>
        <message>
            <source>History of {chapter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>M&amp;embers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingReport</name>
        <message>
            <source>P present · A absent · L late · M medical · S substitute · RGI/RGO referrals given inside/outside · RRI/RRO referrals received · V visitors invited (first visits) · 1-2-1 one-to-ones · TYFCB thank-you for closed business, credited to the member who reported it · CEU education credits · T testimonials given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meeting of {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TYFCB ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slips dated {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed {day} by TotalNet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter}: chapter report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meetings: {dates}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substitutes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n turn(s) recorded by the agenda; over time: {names}.</source>
            <translation>
                <numerusform>%n turn recorded by the agenda; over time: {names}.</numerusform>
                <numerusform>%n turns recorded by the agenda; over time: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Who spoke:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{substitute} for {member}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{substitute} for {member}, {day:%-d %b}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingReportDialog</name>
        <message>
            <source>Chapter report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save PDF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
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
            <source>Referral slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you slip (TYFCB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CEU slip</source>
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
            <source>(you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln member(s) with no status will be marked Absent:</source>
            <translation>
                <numerusform>%Ln member with no status will be marked Absent:</numerusform>
                <numerusform>%Ln members with no status will be marked Absent:</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the meeting?</source>
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
        <name>MemberCombo</name>
        <message>
            <source>type a member's name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profession</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadence (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met via</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduced by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln referral(s)</source>
            <translation>
                <numerusform>%Ln referral</numerusform>
                <numerusform>%Ln referrals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln thank-you(s)</source>
            <translation>
                <numerusform>%Ln thank-you</numerusform>
                <numerusform>%Ln thank-yous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln one-to-one(s)</source>
            <translation>
                <numerusform>%Ln one-to-one</numerusform>
                <numerusform>%Ln one-to-ones</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} between these records will be removed: both ends would be the same person.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The prospect of %Ln referral(s) will be cleared: it would be the giver or receiver.</source>
            <translation>
                <numerusform>The prospect of %Ln referral will be cleared: it would be the giver or receiver.</numerusform>
                <numerusform>The prospect of %Ln referrals will be cleared: it would be the giver or receiver.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The substitute at %Ln meeting(s) will be cleared: the member would have stood in for themselves.</source>
            <translation>
                <numerusform>The substitute at %Ln meeting will be cleared: the member would have stood in for themselves.</numerusform>
                <numerusform>The substitute at %Ln meetings will be cleared: the member would have stood in for themselves.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Who invited the visitor at %Ln meeting(s) will be cleared: the visitor would have invited themselves.</source>
            <translation>
                <numerusform>Who invited the visitor at %Ln meeting will be cleared: the visitor would have invited themselves.</numerusform>
                <numerusform>Who invited the visitor at %Ln meetings will be cleared: the visitor would have invited themselves.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merge %Ln contact(s)</source>
            <translation>
                <numerusform>Merge %Ln contact</numerusform>
                <numerusform>Merge %Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>(one of these: none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep {field}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default: all notes kept, one after another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones, e-mails, profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln interaction(s)</source>
            <translation>
                <numerusform>%Ln interaction</numerusform>
                <numerusform>%Ln interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln meeting</numerusform>
                <numerusform>%Ln meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln follow-up(s)</source>
            <translation>
                <numerusform>%Ln follow-up</numerusform>
                <numerusform>%Ln follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>%Ln tag</numerusform>
                <numerusform>%Ln tags</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything else is kept: every phone, e-mail, profile, tag, interaction, referral, thank-you, meeting attended and follow-up moves to the contact you keep. Ctrl+Z undoes the merge, removals included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything is kept: every phone, e-mail, profile, tag, interaction, referral, thank-you, meeting attended and follow-up moves to the contact you keep. Ctrl+Z undoes the merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyCardDialog</name>
        <message>
            <source>My card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QR code of my card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the other person scan this with their phone camera to save your details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which contact is you? Your card is made from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which contact is you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create my contact...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export my .vcf...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export my card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OneToOneDialog</name>
        <message>
            <source>&amp;Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second member</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none (type a name to create a chapter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record LinkedIn's “Connected On” date as an online interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag lets you find (and undo by hand) this batch later. A backup copy of your data is made before anything is written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag every imported contact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to the &amp;roster of chapter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep the values of the columns below in each contact's notes (as “Column: value” lines)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns that go to no field: {columns}.</source>
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
        <name>PassphrasePrompt</name>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} No tries left.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{error} (%Ln try/tries left.)</source>
            <translation>
                <numerusform>{error} (%Ln try left.)</numerusform>
                <numerusform>{error} (%Ln tries left.)</numerusform>
            </translation>
        </message>
        <message>
            <source>TotalNet is protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your TotalNet data ({folder}) is protected with a passphrase. Enter it to open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>name (existing contact or new)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Point</name>
        <message>
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Points</name>
        <message>
            <source>e.g. 050 555 0107 or +44 20 7946 0958</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profile URL or @handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>www.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Websites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile link or handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
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
            <source>Privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>idle minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not during a meeting while Meeting day is in front (check-in stays open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protected with a passphrase: the database and its backups are encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not protected: anyone who gets this computer's disk can read the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change or remove...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect with a passphrase...</source>
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
        <name>ProgressPage</name>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing... Cancel leaves your data exactly as it was.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProtectDialog</name>
        <message>
            <source>A forgotten passphrase cannot be recovered: without it nobody can read this data, you included. Write it down somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data is protected with a passphrase. Choose a new one, or remove the protection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database and every backup will be encrypted (SQLCipher, AES-256). The app asks for the passphrase at start. CSV and vCard exports stay plain so that other programs can read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the passphrase in the system keyring (no question at start)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypting the database and its backups... Cancel leaves them as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decrypting the database and its backups... Cancel leaves them as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keyring is available; the passphrase was not kept and will be asked at start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Publish</name>
        <message numerus="yes">
            <source>%n referral(s)</source>
            <translation>
                <numerusform>%n referral</numerusform>
                <numerusform>%n referrals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thank-you(s)</source>
            <translation>
                <numerusform>%n thank-you</numerusform>
                <numerusform>%n thank-yous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n one-to-one(s)</source>
            <translation>
                <numerusform>%n one-to-one</numerusform>
                <numerusform>%n one-to-ones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CEU(s)</source>
            <translation>
                <numerusform>%n CEU</numerusform>
                <numerusform>%n CEUs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n testimonial(s)</source>
            <translation>
                <numerusform>%n testimonial</numerusform>
                <numerusform>%n testimonials</numerusform>
            </translation>
        </message>
        <message>
            <source>The referral from {first} to {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The thank-you from {first} to {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The one-to-one of {first} and {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CEU of {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The testimonial by {first}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n attendance row(s)</source>
            <translation>
                <numerusform>%n attendance row</numerusform>
                <numerusform>%n attendance rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visitor(s)</source>
            <translation>
                <numerusform>%n visitor</numerusform>
                <numerusform>%n visitors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n new contact</numerusform>
                <numerusform>%n new contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Published the meeting of {day} ({chapter}): {parts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing the meeting of {day} ({chapter}) adds {parts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new to publish for the meeting of {day} ({chapter}): it is all there already.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Already there and left as they are: %n row(s).</source>
            <translation>
                <numerusform>Already there and left as they are: %n row.</numerusform>
                <numerusform>Already there and left as they are: %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Differences with what is here, where the record here is kept: %n (listed below).</source>
            <translation>
                <numerusform>Differences with what is here, where the record here is kept: %n (listed below).</numerusform>
                <numerusform>Differences with what is here, where the record here is kept: %n (listed below).</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {mine} in the file, {theirs} here; kept {theirs}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{slip} was changed here since it was published; kept as it is here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{slip} is already recorded here (at another desk); not added twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is a member in the file but not on the roster of {chapter} here; their rows were not published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two or more contacts here are called {name}; their rows were not published (merge them, then publish again).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Publish a meeting from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting recorded without internet (on a laptop at the venue, in your personal file) goes into this database: attendance, visitors, slips and testimonials. Publishing twice adds nothing twice, and what another desk recorded differently is kept and listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file the meeting was recorded in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting to publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What publishing adds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differences kept as they are here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet databases (*.sqlite3 *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file the meeting was recorded in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file holds no meeting yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}, {chapter} ({rows} rows)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadOnlyGate</name>
        <message>
            <source>The chapter server {name} cannot be reached: changes are refused until it is back.</source>
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
            <source>TotalNet cannot open that copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet is too old for this database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server cannot be reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the last copy read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use my personal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet could not repair your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server was not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without the password of {login}, TotalNet cannot open the chapter server {server}. You can use your personal file for now; the next start asks again.</source>
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
        <name>Referral</name>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sale</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>the prospect: an existing contact or a new name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for a new prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Giver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Receiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hot&amp;ness 1-5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>giver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>receiver</source>
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
            <source>%Ln follow-up(s) due today</source>
            <translation>
                <numerusform>%Ln follow-up due today</numerusform>
                <numerusform>%Ln follow-ups due today</numerusform>
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
        <name>ReviewPanel</name>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Link to contact...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;gnore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;People to review&lt;/b&gt; ({count}): they matched no contact. Link each to a contact, create one, or ignore them (remembered).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;People to review&lt;/b&gt;: nobody is waiting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>President</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vice President</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secretary/Treasurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor Host</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
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
            <source>Enter adds them and queues a thank-you follow-up</source>
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
        <name>RosterDialog</name>
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
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{text}" in {column} is not a date; write it like 2026-11-25.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter}: settings and roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting &amp;day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Grace before Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual &amp;fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name of the new member (existing contact or new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classification of the new member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role of the new member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a cell to change classification, role or a date (like 2026-11-25; empty: unknown). Left: the last day of membership; the return on membership charges the fee only between Joined and Left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New annual fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New fee from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set f&amp;ee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} from {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee: {history}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take {name} off the roster as of today? The contact, past attendance and membership dates stay.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RotaTab</name>
        <message>
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep this rota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print to P&amp;DF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport CSV...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feature presentations for the next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last presented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feature presentation rota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Away from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Away to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add dates &amp;away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Away:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln feature presentation(s) planned from today.</source>
            <translation>
                <numerusform>%Ln feature presentation planned from today.</numerusform>
                <numerusform>%Ln feature presentations planned from today.</numerusform>
            </translation>
        </message>
        <message>
            <source>No rota kept yet: Plan, then Keep this rota.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned (least recent first, dates away skipped); Keep this rota to save it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Rota kept: %Ln week(s) from {date}.</source>
            <translation>
                <numerusform>Rota kept: %Ln week from {date}.</numerusform>
                <numerusform>Rota kept: %Ln weeks from {date}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is away {start} to {end}; Plan again to skip those dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the rota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feature presentations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the rota to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Scheme</name>
        <message>
            <source>Absenteeism</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CEUs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TYFCB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SchemeDialog</name>
        <message>
            <source>Traffic-light scheme: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>points × min({one}, measure / target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A band gives its points when the measure is {below} a value (or {upto} it, inclusive); {linear} gives {formula}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the chapter's own copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving keeps an edited copy for this chapter; the shipped scheme stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name to keep both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scheme's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete the chapter's copy</source>
            <translation type="unfinished" />
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
        <name>Search</name>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message>
            <source>Chapter server not reachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retry now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use my &amp;personal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use my personal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the last &amp;copy read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the last copy read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerLink</name>
        <message>
            <source>Database in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only copy: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal file: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter server: {name}, read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter server {name}: not reachable, read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter server: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The personal file was not copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {rows} rows of your personal file to {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet cannot open that database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no local copy of this chapter server yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a copy read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet files (*.sqlite3 *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet cannot open that copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server is back: the screens show its latest data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no copy of it yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's last copy is from {time} today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's last copy is from {time} yesterday.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's last copy is from {date}, {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {name} cannot be reached. You can still scroll, select and copy what is on screen, but changes are refused until it is back; TotalNet tries again every few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why: {why}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>Chapter server password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter server {server} asks for the password of {login}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password of {login}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no safe keyring: the password is kept until TotalNet closes. A ~/.pgpass file gives it at every start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SheetTab</name>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TYFCB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CEU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}, prospect {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{business}, {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date:%d %b}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n credit(s)</source>
            <translation>
                <numerusform>%n credit</numerusform>
                <numerusform>%n credits</numerusform>
            </translation>
        </message>
        <message>
            <source>{credits} credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print to P&amp;DF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport CSV...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet for BNI Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close a meeting on Meeting day; its sheet shows here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{done} of %Ln line(s) entered in BNI Connect (tick each line as you key it in).</source>
            <translation>
                <numerusform>{done} of %Ln line entered in BNI Connect (tick each line as you key it in).</numerusform>
                <numerusform>{done} of %Ln lines entered in BNI Connect (tick each line as you key it in).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter}: sheet for BNI Connect, meeting of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the sheet to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet for BNI Connect {date}</source>
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
        <message>
            <source>{menu} menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the search box into the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the list: edit the selected contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done (asks how you reached them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze: then T tomorrow, 3 in three days, N next week, P pick a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule to a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the item's link (a profile or a search)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the filter into the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in the highlighted member, or add the visitor typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the highlight while typing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To the list, on the first member not yet checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the list: Present, Absent, Late, Medical, Substitute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the list: a testimonial by the selected member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the agenda window: start/pause, next speaker, back, skip, leave full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the list: the first / last row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the list: check in a member, or a visitor's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the check-in box (in the visitor form: skip it)</source>
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
        <name>SingleInstance</name>
        <message>
            <source>TotalNet cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet is not answering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TotalNet is already open on the data folder {folder} but did not answer within {seconds} seconds. Start anyway, or quit and wait for it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} belongs to another user, so TotalNet will not use it to find a running window. Remove it (or ask your administrator), then start TotalNet again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlipDialog</name>
        <message>
            <source>1: details shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2: prospect expects the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3: warm, knows about you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4: keen to talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5: introduced in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside (a third person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inside (the giver does business with the receiver)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick the {what} from the roster (type part of the name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you for closed business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CEU (chapter education)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who substituted?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Slips</name>
        <message>
            <source>{giver} → {receiver} ({kind}), {day:%-d %b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{giver} → {receiver}: {prospect} ({kind}), {day:%-d %b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral from {giver} to {receiver} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral from {giver} to {receiver} recorded. Follow-up: contact {target} by {day:%a %d %b}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}. The referral is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}. The referral is closed and its follow-up done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank-you from {giver} to {receiver}: {amount}. The referral is closed and its follow-ups done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one of {first} and {second} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{credits} CEU for {name} recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 3 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a date...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Source</name>
        <message>
            <source>Visitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substitute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduction</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sparkline</name>
        <message>
            <source>{label}: {value}</source>
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
        <name>SubstituteDialog</name>
        <message>
            <source>Who came in place of {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the substitute: an existing contact or a new name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for a new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Substitute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the substitute's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save the rejected rows...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {imported}, merged {merged}, skipped {skipped}, rejected {rejected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected rows hold no name, e-mail, phone or profile (or could not be read). Save them, fix them and import that file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No row was rejected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warnings.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln warning(s); those rows were imported as typed (the first {listed} are listed):</source>
            <translation>
                <numerusform>%Ln warning; those rows were imported as typed (the first {listed} are listed):</numerusform>
                <numerusform>%Ln warnings; those rows were imported as typed (the first {listed} are listed):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s); those rows were imported as typed:</source>
            <translation>
                <numerusform>%Ln warning; those rows were imported as typed:</numerusform>
                <numerusform>%Ln warnings; those rows were imported as typed:</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}, row {line}: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup of your data from before the import is in {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamsTab</name>
        <message>
            <source>Power teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>classifications, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members of the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load sta&amp;rter teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members (tick to put them in the team)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Queue invitations for the most wanted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{team}: {members}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{line}  (%Ln missing)</source>
            <translation>
                <numerusform>{line}  (%Ln missing)</numerusform>
                <numerusform>{line}  (%Ln missing)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>and %Ln more</numerusform>
                <numerusform>and %Ln more</numerusform>
            </translation>
        </message>
        <message>
            <source>No referrals inside a team since {month}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Most wanted&lt;/b&gt; ({count}): classifications in your teams no member holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals inside each team, by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power team "{name}" saved.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln starter team(s) added.</source>
            <translation>
                <numerusform>%Ln starter team added.</numerusform>
                <numerusform>%Ln starter teams added.</numerusform>
            </translation>
        </message>
        <message>
            <source>The starter teams are all here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln invitation follow-up(s) queued (online-only contacts first).</source>
            <translation>
                <numerusform>%Ln invitation follow-up queued (online-only contacts first).</numerusform>
                <numerusform>%Ln invitation follow-ups queued (online-only contacts first).</numerusform>
            </translation>
        </message>
        <message>
            <source>No new contacts in the most-wanted professions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Territory</name>
        <message>
            <source>Ascension Island</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andorra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afghanistan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anguilla</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Albania</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Armenia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Angola</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Argentina</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>American Samoa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Austria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Australia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aruba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åland Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barbados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bangladesh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Belgium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bulgaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bahrain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burundi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Benin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bermuda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brunei</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bolivia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brazil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bahamas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bhutan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Botswana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Belarus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Belize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central African Republic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switzerland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cook Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cameroon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>China</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colombia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costa Rica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cuba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cape Verde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curaçao</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Christmas Island</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cyprus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Czechia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Germany</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Djibouti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Denmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dominica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Algeria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ecuador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estonia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Egypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Western Sahara</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eritrea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ethiopia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiji</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Micronesia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>France</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gabon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>United Kingdom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grenada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Georgia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French Guiana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guernsey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ghana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gibraltar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greenland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gambia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guinea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greece</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guatemala</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guyana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hong Kong SAR China</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Honduras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Croatia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Haiti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hungary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indonesia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ireland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Israel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Isle of Man</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>India</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iraq</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iceland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jersey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jamaica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jordan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kenya</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambodia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kiribati</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comoros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>North Korea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>South Korea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kuwait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lebanon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St. Lucia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liechtenstein</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liberia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesotho</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lithuania</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Luxembourg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latvia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Libya</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morocco</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monaco</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moldova</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Montenegro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St. Martin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Madagascar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>North Macedonia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mali</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mongolia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Martinique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mauritania</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Montserrat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mauritius</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maldives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malawi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mexico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malaysia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mozambique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Namibia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Caledonia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Niger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nigeria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nicaragua</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Netherlands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nepal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nauru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Niue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Zealand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oman</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Panama</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French Polynesia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Philippines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pakistan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portugal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Palau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paraguay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qatar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Réunion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Romania</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serbia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rwanda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seychelles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sudan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sweden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Singapore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St. Helena</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slovenia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slovakia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>San Marino</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Senegal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Somalia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suriname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>South Sudan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El Salvador</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eswatini</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tristan da Cunha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Togo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thailand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tajikistan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokelau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tunisia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Türkiye</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trinidad &amp; Tobago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuvalu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taiwan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanzania</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ukraine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uganda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>United States</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uruguay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vatican City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venezuela</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vietnam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vanuatu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samoa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kosovo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yemen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mayotte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>South Africa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zambia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zimbabwe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TestimonialDialog</name>
        <message>
            <source>the member it is about (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what they said, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Given by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member who gave the testimonial</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThankYouDialog</name>
        <message>
            <source>e.g. 1,500 or {currency} 1500.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From (thanks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To (thanked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amount ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Closes referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member giving thanks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>member thanked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both ways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} (calendar)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{label}: %n message(s), {direction}</source>
            <translation>
                <numerusform>{label}: %n message, {direction}</numerusform>
                <numerusform>{label}: %n messages, {direction}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n message(s)</source>
            <translation>
                <numerusform>{label}: %n message</numerusform>
                <numerusform>{label}: %n messages</numerusform>
            </translation>
        </message>
        <message>
            <source>{label}: {direction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave a referral to {name} (hotness {hotness}/5, {status}, {kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received a referral from {name} (hotness {hotness}/5, {status}, {kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by {giver} to {receiver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thanked {name} for {amount} ({business} business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thanked by {name} for {amount} ({business} business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-to-one with {name} at {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chapter meeting: {status}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>CEU: %n credit(s)</source>
            <translation>
                <numerusform>CEU: %n credit</numerusform>
                <numerusform>CEU: %n credits</numerusform>
            </translation>
        </message>
        <message>
            <source>CEU: {credits} credits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Touch</name>
        <message>
            <source>call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>coffee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>endorsement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrafficLightsReport</name>
        <message>
            <source>green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>grey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter}: traffic lights ({scheme})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} to {end} · {held} meetings held · {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points per area, with the measure under them. Colours: {cutoffs}, grey below. Per week: divided by the meetings held. Printed {day} by TotalNet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{chapter}: traffic lights</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>testimonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thank-you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one-to-one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CEU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check-in of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closing the meeting of {day:%d %b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visitor {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>details of visitor {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; kept {names}, who has other records since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; kept {names}, who have other records since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; kept the {things}, changed since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: {label}{kept}{changed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import history (1 file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import history ({count} files)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {count} contacts "{tag}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>untag {count} contacts "{tag}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete 1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete {count} contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restore {count} contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merge {count} contacts into {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>log {channel} with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}{note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until {day:%d %b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule to {day:%d %b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss {count} follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing came back: the trash was emptied since, so that contact no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>nothing came back: the trash was emptied since, so those %n contacts no longer exist</source>
            <translation>
                <numerusform>nothing came back: the trash was emptied since, so that %n contact no longer exists</numerusform>
                <numerusform>nothing came back: the trash was emptied since, so those %n contacts no longer exist</numerusform>
            </translation>
        </message>
        <message>
            <source>1 of them no longer exists (the trash was emptied since)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of them no longer exist (the trash was emptied since)</source>
            <translation>
                <numerusform>%n of them no longer exists (the trash was emptied since)</numerusform>
                <numerusform>%n of them no longer exist (the trash was emptied since)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VisitorDialog</name>
        <message>
            <source>&amp;Invited by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profession</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick who invited the visitor from the roster, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitorStrip</name>
        <message>
            <source>company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profession</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor's {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invited by (member)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invited by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: details if you have them (all optional) · Enter saves · Esc skips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick who invited the visitor from the roster, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Visitors</name>
        <message>
            <source>first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>third</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}th</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor {name} added; follow-up queued for {day:%a %d %b}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor {name} added ({ordinal} visit); follow-up queued for {day:%a %d %b}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitorsTab</name>
        <message>
            <source>visited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visited twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor</source>
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
            <source>Invited by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set &amp;stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join as member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Queue follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invitation back 7 days after one visit; application talk after the second visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your chapter on Meeting day first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>, median %Ln day(s) from first visit to joining</source>
            <translation>
                <numerusform>, median %Ln day from first visit to joining</numerusform>
                <numerusform>, median %Ln days from first visit to joining</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{joined} of %Ln visitor(s) joined</source>
            <translation>
                <numerusform>{joined} of %Ln visitors joined</numerusform>
                <numerusform>{joined} of %Ln visitors joined</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Conversion&lt;/b&gt; since {month}: {rate} ({joined}{days})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a visitor first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {stage}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} joined the chapter on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln follow-up(s) queued.</source>
            <translation>
                <numerusform>%Ln follow-up queued.</numerusform>
                <numerusform>%Ln follow-ups queued.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new to queue.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sunday</source>
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
    <context>
        <name>WhatIf</name>
        <message numerus="yes">
            <source>%n more referral(s)</source>
            <translation>
                <numerusform>%n more referral</numerusform>
                <numerusform>%n more referrals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more visitor(s)</source>
            <translation>
                <numerusform>%n more visitor</numerusform>
                <numerusform>%n more visitors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more testimonial(s)</source>
            <translation>
                <numerusform>%n more testimonial</numerusform>
                <numerusform>%n more testimonials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more one-to-one(s)</source>
            <translation>
                <numerusform>%n more one-to-one</numerusform>
                <numerusform>%n more one-to-ones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more CEU(s)</source>
            <translation>
                <numerusform>%n more CEU</numerusform>
                <numerusform>%n more CEUs</numerusform>
            </translation>
        </message>
        <message>
            <source>{colour}: the top colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{colour} is out of reach this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} more TYFCB</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>attending the %n meeting(s) left</source>
            <translation>
                <numerusform>attending the %n meeting left</numerusform>
                <numerusform>attending the %n meetings left</numerusform>
            </translation>
        </message>
        <message>
            <source>{colour} already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actions} → {colour}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhoAmIDialog</name>
        <message>
            <source>Who are you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are connected to {server} as &lt;b&gt;{login}&lt;/b&gt;. Choose yourself on the chapter's roster: your follow-ups, Insights and undo then answer for you. TotalNet remembers it for this login; you can change it later in Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the chapter server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I'm not on the roster...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {classification}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody on the roster matches "{text}". If you are not a member, make your own card: I'm not on the roster...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every member on the roster is already 'me' for another login. If you are not a member, make your own card: I'm not on the roster...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chapter has no roster yet: make your own card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your card is private to your login until the chapter knows you (as a member, a visitor or a referral).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make my card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling... nothing will be changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>positional arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
