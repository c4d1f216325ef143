<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="24"/>
        <source>About rmdesk</source>
        <translation>About rmdesk</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="27"/>
        <source>&lt;b&gt;rmdesk {0}&lt;/b&gt;&lt;br&gt;The relationship manager&apos;s desk.&lt;br&gt;Book: {1}</source>
        <translation>&lt;b&gt;rmdesk {0}&lt;/b&gt;&lt;br&gt;The relationship manager&apos;s desk.&lt;br&gt;Book: {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="34"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="34"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="34"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="46"/>
        <source>Qt and PySide6 are used under the LGPL version 3; their source is at download.qt.io. Each component&apos;s licence text comes with its package.</source>
        <translation>Qt and PySide6 are used under the LGPL version 3; their source is at download.qt.io. Each component&apos;s licence text comes with its package.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="55"/>
        <source>Third-party components:</source>
        <translation>Third-party components:</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="53"/>
        <source>District, e.g. 椒江区</source>
        <translation>District, e.g. 椒江区</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="55"/>
        <source>Address, e.g. 台州市椒江区市府大道1号</source>
        <translation>Address, e.g. 台州市椒江区市府大道1号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="65"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="68"/>
        <source>Find this address&apos;s place: with the geocoder set in Settings, else its district</source>
        <translation>Find this address&apos;s place: with the geocoder set in Settings, else its district</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../rmdesk/ui/common/progress.py" line="56"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="51"/>
        <source>Opening the book…</source>
        <translation>Opening the book…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="70"/>
        <source>Writing the demo book…</source>
        <translation>Writing the demo book…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="206"/>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="216"/>
        <source>Bringing the book back from its backup…</source>
        <translation>Bringing the book back from its backup…</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="51"/>
        <location filename="../../rmdesk/ui/audit_window.py" line="184"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="61"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="65"/>
        <source>Export for a review…</source>
        <translation>Export for a review…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="68"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="70"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="80"/>
        <source>Sensitive fields</source>
        <translation>Sensitive fields</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="80"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="80"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="95"/>
        <source>Calendar file exported</source>
        <translation>Calendar file exported</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="96"/>
        <source>Sent to a CalDAV server</source>
        <translation>Sent to a CalDAV server</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="97"/>
        <source>Calendar feed fetched by a phone</source>
        <translation>Calendar feed fetched by a phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="98"/>
        <source>Briefing PDF</source>
        <translation>Briefing PDF</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="99"/>
        <source>Day sheet PDF</source>
        <translation>Day sheet PDF</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="100"/>
        <source>Chart saved as an image</source>
        <translation>Chart saved as an image</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="101"/>
        <source>Briefing printed</source>
        <translation>Briefing printed</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="102"/>
        <source>Thank-you letter printed</source>
        <translation>Thank-you letter printed</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="103"/>
        <source>Contacts exported</source>
        <translation>Contacts exported</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="104"/>
        <source>Gift ledger exported</source>
        <translation>Gift ledger exported</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="105"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="110"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="111"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="112"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="113"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="130"/>
        <source>The trail does not verify: entries {0} were edited, or follow one that was deleted. Tell your compliance officer.</source>
        <translation>The trail does not verify: entries {0} were edited, or follow one that was deleted. Tell your compliance officer.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="137"/>
        <source>The whole trail verifies: no entry was edited or deleted.</source>
        <translation>The whole trail verifies: no entry was edited or deleted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="154"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="154"/>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="170"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="172"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/audit_window.py" line="179"/>
        <source>%n entry(s) written to {0}.</source>
        <translation>
            <numerusform>%n entry written to {0}.</numerusform>
            <numerusform>%n entrys written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="40"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="41"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="42"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="43"/>
        <source>made by you</source>
        <translation>made by you</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="44"/>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="258"/>
        <source>Today&apos;s backup was not copied to the other drive: {0} It is tried again at the next start, or on File → Backups.</source>
        <translation>Today&apos;s backup was not copied to the other drive: {0} It is tried again at the next start, or on File → Backups.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="273"/>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="292"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="274"/>
        <source>Replace the book with the backup of {0} ({1} contacts)? Everything entered since then is replaced; the book as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Replace the book with the backup of {0} ({1} contacts)? Everything entered since then is replaced; the book as it is now is backed up first, so this can be undone by restoring that backup.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="332"/>
        <source>The book is damaged</source>
        <translation>The book is damaged</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="333"/>
        <source>The book is damaged: SQLite reports “{0}”. Stop entering data in it.</source>
        <translation>The book is damaged: SQLite reports “{0}”. Stop entering data in it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="342"/>
        <source>There is no sound backup to restore.</source>
        <translation>There is no sound backup to restore.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="350"/>
        <source>Put the newest sound backup, of {0}, in its place? The damaged book is kept beside it.</source>
        <translation>Put the newest sound backup, of {0}, in its place? The damaged book is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="121"/>
        <source>The book {0} is damaged and cannot be opened. Put its newest sound backup, of {1}, in its place? The damaged file is kept beside it.</source>
        <translation>The book {0} is damaged and cannot be opened. Put its newest sound backup, of {1}, in its place? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="118"/>
        <source>rmdesk backups (*.sqlite *.bak);;All files (*)</source>
        <translation>rmdesk backups (*.sqlite *.bak);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="55"/>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="234"/>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="254"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="58"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="58"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="58"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="67"/>
        <source>rmdesk backs the book up every day it starts, before every import and before every upgrade; it keeps the last 7 days and one a week for 4 weeks more. Backups are readable by you only.</source>
        <translation>rmdesk backs the book up every day it starts, before every import and before every upgrade; it keeps the last 7 days and one a week for 4 weeks more. Backups are readable by you only.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="73"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="75"/>
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="77"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="79"/>
        <source>A backup kept elsewhere: another disk, a USB drive, another computer</source>
        <translation>A backup kept elsewhere: another disk, a USB drive, another computer</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="82"/>
        <source>Show the folder</source>
        <translation>Show the folder</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="86"/>
        <source>Another &amp;drive…</source>
        <translation>Another &amp;drive…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="88"/>
        <source>Copy each day&apos;s backup to another disk or a USB drive as well</source>
        <translation>Copy each day&apos;s backup to another disk or a USB drive as well</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="91"/>
        <source>&amp;Stop copying</source>
        <translation>&amp;Stop copying</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="129"/>
        <source>Backups are on this computer&apos;s disk only: a failed or stolen laptop takes them with it. Copy each day&apos;s backup to another drive as well.</source>
        <translation>Backups are on this computer&apos;s disk only: a failed or stolen laptop takes them with it. Copy each day&apos;s backup to another drive as well.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="133"/>
        <source>Each day&apos;s backup is copied to {0} too; the newest there: {1}.</source>
        <translation>Each day&apos;s backup is copied to {0} too; the newest there: {1}.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="137"/>
        <source>Each day&apos;s backup is copied to {0} too; none is there yet.</source>
        <translation>Each day&apos;s backup is copied to {0} too; none is there yet.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="142"/>
        <source>That folder is on this computer&apos;s own disk: choose a USB drive or another disk, or a failed disk takes the copies with it.</source>
        <translation>That folder is on this computer&apos;s own disk: choose a USB drive or another disk, or a failed disk takes the copies with it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="147"/>
        <source>The book is not encrypted: whoever has that drive can read the copies.</source>
        <translation>The book is not encrypted: whoever has that drive can read the copies.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="157"/>
        <source>Copy each day&apos;s backup to</source>
        <translation>Copy each day&apos;s backup to</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="172"/>
        <source>Copied the day&apos;s backup to {0}.</source>
        <translation>Copied the day&apos;s backup to {0}.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="208"/>
        <source>Backed up to {0}.</source>
        <translation>Backed up to {0}.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="227"/>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="234"/>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} cannot be read ({1}).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="243"/>
        <source>The backup is in place; the book as it was is kept too.</source>
        <translation>The backup is in place; the book as it was is kept too.</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="96"/>
        <source>Search name, pinyin (zhangsan, zs), company, phone, hobbies, notes  (Ctrl+F)</source>
        <translation>Search name, pinyin (zhangsan, zs), company, phone, hobbies, notes  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="126"/>
        <source>Search the whole book</source>
        <translation>Search the whole book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="174"/>
        <source>the map selection</source>
        <translation>the map selection</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="180"/>
        <source>No tie yet</source>
        <translation>No tie yet</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="182"/>
        <source>key clients</source>
        <translation>key clients</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="187"/>
        <source>Searching “{0}” in {1} only.</source>
        <translation>Searching “{0}” in {1} only.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="204"/>
        <source>Showing the map selection; choose a group in the tree to show all.</source>
        <translation>Showing the map selection; choose a group in the tree to show all.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="238"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="240"/>
        <source>%n+ contacts</source>
        <translation>
            <numerusform>%n+ contacts</numerusform>
            <numerusform>%n+ contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="251"/>
        <source>No contact matches “{0}”.</source>
        <translation>No contact matches “{0}”.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="259"/>
        <source>No contact in this group.</source>
        <translation>No contact in this group.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="260"/>
        <source>Your book is empty. Add your first contact with New contact (Ctrl+N).</source>
        <translation>Your book is empty. Add your first contact with New contact (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="307"/>
        <source>Objection marked resolved.</source>
        <translation>Objection marked resolved.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="317"/>
        <source>Notes of the visit</source>
        <translation>Notes of the visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="318"/>
        <source>What the visit of {0} left to remember:</source>
        <translation>What the visit of {0} left to remember:</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="321"/>
        <source>The visit&apos;s notes are corrected.</source>
        <translation>The visit&apos;s notes are corrected.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="330"/>
        <source>Note of the call</source>
        <translation>Note of the call</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="331"/>
        <source>What the call of {0} left to remember:</source>
        <translation>What the call of {0} left to remember:</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="334"/>
        <source>The call&apos;s note is corrected.</source>
        <translation>The call&apos;s note is corrected.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="355"/>
        <source>Notes not saved</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="362"/>
        <source>Withdraw the visit of {0}?</source>
        <translation>Withdraw the visit of {0}?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="364"/>
        <source>For a visit logged by mistake: for the wrong client, or one that did not take place. Its objections, gifts and next step go with it; the planned visit it closed is booked again, and the client goes back to the stage before it (unless moved since).</source>
        <translation>For a visit logged by mistake: for the wrong client, or one that did not take place. Its objections, gifts and next step go with it; the planned visit it closed is booked again, and the client goes back to the stage before it (unless moved since).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="374"/>
        <source>The visit of {0} is withdrawn.</source>
        <translation>The visit of {0} is withdrawn.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="377"/>
        <source>The visit planned for {0} is booked again.</source>
        <translation>The visit planned for {0} is booked again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="382"/>
        <source>The client is back at the stage before it.</source>
        <translation>The client is back at the stage before it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="390"/>
        <source>Withdraw the call of {0}?</source>
        <translation>Withdraw the call of {0}?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="391"/>
        <source>For a call logged by mistake. Its call-back goes with it.</source>
        <translation>For a call logged by mistake. Its call-back goes with it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="398"/>
        <source>The call of {0} is withdrawn.</source>
        <translation>The call of {0} is withdrawn.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="404"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="406"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="415"/>
        <source>Follow-up marked done.</source>
        <translation>Follow-up marked done.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="475"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="507"/>
        <source>Moved %n contact(s) to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Moved %n contact to the trash. Undo with Ctrl+Z.</numerusform>
            <numerusform>Moved %n contacts to the trash. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="526"/>
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Restored %n contact.</numerusform>
            <numerusform>Restored %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookTree</name>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="27"/>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="40"/>
        <source>No tie yet</source>
        <translation>No tie yet</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="42"/>
        <source>Key clients, least known first</source>
        <translation>Key clients, least known first</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="45"/>
        <source>Key clients sorted by how complete their dossier is, emptiest first</source>
        <translation>Key clients sorted by how complete their dossier is, emptiest first</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="48"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="66"/>
        <source>Branch and working day</source>
        <translation>Branch and working day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="68"/>
        <source>e.g. 台州椒江支行</source>
        <translation>e.g. 台州椒江支行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="78"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="93"/>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="87"/>
        <source>How much longer the roads are than a straight line: 1.4 means a 10 km hop is driven as 14 km</source>
        <translation>How much longer the roads are than a straight line: 1.4 means a 10 km hop is driven as 14 km</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="98"/>
        <source>Optional: your bank&apos;s road-routing server, if it runs one (OSRM), e.g. http://10.0.0.5:5000</source>
        <translation>Optional: your bank&apos;s road-routing server, if it runs one (OSRM), e.g. http://10.0.0.5:5000</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="104"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="105"/>
        <source>Pick on the map</source>
        <translation>Pick on the map</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="107"/>
        <source>Find the address</source>
        <translation>Find the address</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="108"/>
        <source>With the geocoder set in Settings</source>
        <translation>With the geocoder set in Settings</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="116"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="118"/>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="119"/>
        <source>Lunch within</source>
        <translation>Lunch within</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="120"/>
        <source>Lunch length</source>
        <translation>Lunch length</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="122"/>
        <source>Roads vs. straight line</source>
        <translation>Roads vs. straight line</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="124"/>
        <source>Road-routing server</source>
        <translation>Road-routing server</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="142"/>
        <source>No geocoder is set up: give an AMap key in Settings, or pick the place on the map.</source>
        <translation>No geocoder is set up: give an AMap key in Settings, or pick the place on the map.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="146"/>
        <source>The geocoder knows no such address.</source>
        <translation>The geocoder knows no such address.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="123"/>
        <source>Average speed</source>
        <translation>Average speed</translation>
    </message>
</context>
<context>
    <name>BriefingView</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="62"/>
        <source>Include sensitive fields (ID number, health, income, religion)</source>
        <translation>Include sensitive fields (ID number, health, income, religion)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="75"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="80"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="94"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="42"/>
        <source>No client to brief on that day.</source>
        <translation>No client to brief on that day.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="16"/>
        <source>Cuisines</source>
        <translation>Cuisines</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="17"/>
        <source>Restaurants</source>
        <translation>Restaurants</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="18"/>
        <source>Drinks</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="19"/>
        <source>Smoking</source>
        <translation>Smoking</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="20"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="21"/>
        <source>Taboos</source>
        <translation>Taboos</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="22"/>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="23"/>
        <source>Business with us</source>
        <translation>Business with us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="24"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="25"/>
        <source>Opinion of us</source>
        <translation>Opinion of us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="26"/>
        <source>Other banks</source>
        <translation>Other banks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="27"/>
        <source>Favoured bank</source>
        <translation>Favoured bank</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="28"/>
        <source>First business</source>
        <translation>First business</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="29"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="30"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="31"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="32"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="33"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="34"/>
        <source>Wedding anniversary</source>
        <translation>Wedding anniversary</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="35"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="40"/>
        <source>Pre-visit briefing</source>
        <translation>Pre-visit briefing</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="54"/>
        <source>Nothing known yet.</source>
        <translation>Nothing known yet.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="64"/>
        <source>Style and approach</source>
        <translation>Style and approach</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="67"/>
        <source>Who goes</source>
        <translation>Who goes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="70"/>
        <source>A male RM visiting a female client brings a female colleague along.</source>
        <translation>A male RM visiting a female client brings a female colleague along.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="88"/>
        <source>This visit</source>
        <translation>This visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="85"/>
        <source>Bring: {0}</source>
        <translation>Bring: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="90"/>
        <source>Preferences and taboos</source>
        <translation>Preferences and taboos</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="95"/>
        <source>Dates in the next 30 days</source>
        <translation>Dates in the next 30 days</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="99"/>
        <source>{0} years with us</source>
        <translation>{0} years with us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="105"/>
        <source>With us and with other banks</source>
        <translation>With us and with other banks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="107"/>
        <source>Last three visits</source>
        <translation>Last three visits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="110"/>
        <source>Open objections</source>
        <translation>Open objections</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="117"/>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="129"/>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="135"/>
        <source>Sensitive fields (included this time)</source>
        <translation>Sensitive fields (included this time)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="137"/>
        <source>Identity (masked)</source>
        <translation>Identity (masked)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="142"/>
        <source>Dossier {0}% complete.</source>
        <translation>Dossier {0}% complete.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="144"/>
        <source>Empty: {0}</source>
        <translation>Empty: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="135"/>
        <source>Save the briefing</source>
        <translation>Save the briefing</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="137"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../rmdesk/ui/common/buttons.py" line="18"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/buttons.py" line="21"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="69"/>
        <source>Phone calendar</source>
        <translation>Phone calendar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="72"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="73"/>
        <source>CalDAV sync</source>
        <translation>CalDAV sync</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="74"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="75"/>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="78"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="91"/>
        <source>Minimal: “拜访 王先生”, time, place</source>
        <translation>Minimal: “拜访 王先生”, time, place</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="92"/>
        <source>Standard: also purpose and materials</source>
        <translation>Standard: also purpose and materials</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="93"/>
        <source>Full: also the briefing&apos;s key facts</source>
        <translation>Full: also the briefing&apos;s key facts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="96"/>
        <source>No profile ever carries the ID number, health, income or religion.</source>
        <translation>No profile ever carries the ID number, health, income or religion.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="120"/>
        <source> min before</source>
        <translation> min before</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="121"/>
        <source>no alarm</source>
        <translation>no alarm</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="122"/>
        <source>One event per file (some phone apps read only the first)</source>
        <translation>One event per file (some phone apps read only the first)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="123"/>
        <source>Festival greetings (春节, 中秋 …)</source>
        <translation>Festival greetings (春节, 中秋 …)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="125"/>
        <source>Only the contacts selected in the book</source>
        <translation>Only the contacts selected in the book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="128"/>
        <source>Key clients</source>
        <translation>Key clients</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="129"/>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="130"/>
        <source>Clients tagged…</source>
        <translation>Clients tagged…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="131"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="133"/>
        <source>Only the birthdays and anniversaries that fall between From and To.</source>
        <translation>Only the birthdays and anniversaries that fall between From and To.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="136"/>
        <source>Tag, e.g. 围棋</source>
        <translation>Tag, e.g. 围棋</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="146"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="148"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="149"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="150"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="235"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="509"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="151"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="152"/>
        <source>Birthdays and anniversaries of</source>
        <translation>Birthdays and anniversaries of</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="165"/>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="167"/>
        <source>Zip of .ics files (*.zip)</source>
        <translation>Zip of .ics files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="167"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="379"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="173"/>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="183"/>
        <source>Type the tag whose clients&apos; birthdays go along.</source>
        <translation>Type the tag whose clients&apos; birthdays go along.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="204"/>
        <source>Exporting the calendar…</source>
        <translation>Exporting the calendar…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="210"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="212"/>
        <source>%n event(s) exported.</source>
        <translation>
            <numerusform>%n event exported.</numerusform>
            <numerusform>%n events exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="225"/>
        <source>kept in the system keyring, never in the book</source>
        <translation>kept in the system keyring, never in the book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="227"/>
        <source>Delete cancelled visits from the calendar</source>
        <translation>Delete cancelled visits from the calendar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="229"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="231"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="232"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="233"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="234"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="239"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="367"/>
        <source>Apply what is ticked</source>
        <translation>Apply what is ticked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="243"/>
        <source>Changed on the phone (tick what to apply):</source>
        <translation>Changed on the phone (tick what to apply):</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="270"/>
        <source>Enter the server address and the user name first.</source>
        <translation>Enter the server address and the user name first.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="291"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="306"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="401"/>
        <source>{0}: moved to {1}</source>
        <translation>{0}: moved to {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="308"/>
        <source>{0}: cancelled on the phone</source>
        <translation>{0}: cancelled on the phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="318"/>
        <source>Conflict — {0}: here {1}, phone {2}. Ticked: take the phone&apos;s; unticked: keep this one.</source>
        <translation>Conflict — {0}: here {1}, phone {2}. Ticked: take the phone&apos;s; unticked: keep this one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="327"/>
        <source>Synced: %n item(s) sent.</source>
        <translation>
            <numerusform>Synced: %n item sent.</numerusform>
            <numerusform>Synced: %n items sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="329"/>
        <source>The calendar was created.</source>
        <translation>The calendar was created.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="331"/>
        <source>Review what the phone changed below.</source>
        <translation>Review what the phone changed below.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="362"/>
        <source>Choose an .ics file…</source>
        <translation>Choose an .ics file…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="366"/>
        <source>Name of the client for ticked new events</source>
        <translation>Name of the client for ticked new events</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="379"/>
        <source>Import a calendar</source>
        <translation>Import a calendar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="395"/>
        <source>Problem: {0}: {1}</source>
        <translation>Problem: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="403"/>
        <source>{0}: cancelled</source>
        <translation>{0}: cancelled</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="409"/>
        <source>New: {0} {1}</source>
        <translation>New: {0} {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="417"/>
        <source>%n problem(s) in this file: nothing can be imported from it. Correct the file (or export it again) and choose it again.</source>
        <translation>
            <numerusform>%n problem in this file: nothing can be imported from it. Correct the file (or export it again) and choose it again.</numerusform>
            <numerusform>%n problems in this file: nothing can be imported from it. Correct the file (or export it again) and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="425"/>
        <source>{0} change(s), {1} new event(s), {2} unchanged.</source>
        <translation>{0} change(s), {1} new event(s), {2} unchanged.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="461"/>
        <source>Type a name that finds exactly one client for the new events.</source>
        <translation>Type a name that finds exactly one client for the new events.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="468"/>
        <source>%n item(s) applied.</source>
        <translation>
            <numerusform>%n item applied.</numerusform>
            <numerusform>%n items applied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="477"/>
        <source>Serve the calendar to phones on this network</source>
        <translation>Serve the calendar to phones on this network</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="488"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="490"/>
        <source>New URL (the old one stops working)</source>
        <translation>New URL (the old one stops working)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="492"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="501"/>
        <source>127.0.0.1 serves this computer only; choose the network address to let phones on the same Wi-Fi subscribe.</source>
        <translation>127.0.0.1 serves this computer only; choose the network address to let phones on the same Wi-Fi subscribe.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="507"/>
        <source>Listen on</source>
        <translation>Listen on</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="508"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="511"/>
        <source>Scan with the phone&apos;s camera to subscribe</source>
        <translation>Scan with the phone&apos;s camera to subscribe</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="514"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="516"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="529"/>
        <source>Turn the subscription on to show its QR code.</source>
        <translation>Turn the subscription on to show its QR code.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="537"/>
        <source>The phone must be on this computer&apos;s own Wi-Fi network ({0}).</source>
        <translation>The phone must be on this computer&apos;s own Wi-Fi network ({0}).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="542"/>
        <source>127.0.0.1 is this computer only: a phone cannot reach it. Choose the network address above first.</source>
        <translation>127.0.0.1 is this computer only: a phone cannot reach it. Choose the network address above first.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="582"/>
        <source>Cannot listen on {0}:{1}: {2}</source>
        <translation>Cannot listen on {0}:{1}: {2}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="589"/>
        <source>The subscription is on.</source>
        <translation>The subscription is on.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="591"/>
        <source>The subscription is off.</source>
        <translation>The subscription is off.</translation>
    </message>
</context>
<context>
    <name>CallListWindow</name>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="56"/>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="58"/>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="59"/>
        <source>Any tie or bond</source>
        <translation>Any tie or bond</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="61"/>
        <source>Any district</source>
        <translation>Any district</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="62"/>
        <source>Make the list</source>
        <translation>Make the list</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="80"/>
        <source>Calls a day</source>
        <translation>Calls a day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="84"/>
        <source>Success-rate target</source>
        <translation>Success-rate target</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="100"/>
        <source>Choose a line and press a key: {0}</source>
        <translation>Choose a line and press a key: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="141"/>
        <source>no phone</source>
        <translation>no phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="180"/>
        <source>Call back at</source>
        <translation>Call back at</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="209"/>
        <source>Today: {0} calls (aim {1}–{2}), {3} booked, success rate {4:.0%} (target {5} %).</source>
        <translation>Today: {0} calls (aim {1}–{2}), {3} booked, success rate {4:.0%} (target {5} %).</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="51"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="57"/>
        <source>e.g. 300 staff, ¥200m sales</source>
        <translation>e.g. 300 staff, ¥200m sales</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="58"/>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="75"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="61"/>
        <source>Organisation, quality and stability, staff</source>
        <translation>Organisation, quality and stability, staff</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="63"/>
        <source>Financial management, internal control</source>
        <translation>Financial management, internal control</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="66"/>
        <source>Goals, purchasing, production, sales</source>
        <translation>Goals, purchasing, production, sales</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="78"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="80"/>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="85"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="86"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="87"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="88"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="89"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="90"/>
        <source>Related companies</source>
        <translation>Related companies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="91"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="92"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="96"/>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="109"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="97"/>
        <source>Cost structure</source>
        <translation>Cost structure</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="98"/>
        <source>Profitability</source>
        <translation>Profitability</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="99"/>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="100"/>
        <source>Substitutability</source>
        <translation>Substitutability</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="101"/>
        <source>Life-cycle stage</source>
        <translation>Life-cycle stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="102"/>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="108"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="177"/>
        <source>No one linked yet (link people in their dossier).</source>
        <translation>No one linked yet (link people in their dossier).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="206"/>
        <source>A company needs a name.</source>
        <translation>A company needs a name.</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="62"/>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="277"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="99"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="106"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="74"/>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="83"/>
        <source>Type a name to choose the client</source>
        <translation>Type a name to choose the client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="87"/>
        <source>The first person the client asked owns it</source>
        <translation>The first person the client asked owns it</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="89"/>
        <source>What the client complains of, in their words</source>
        <translation>What the client complains of, in their words</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="103"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="108"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="110"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="113"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="114"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="115"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="116"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="117"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="121"/>
        <source>Fix offered</source>
        <translation>Fix offered</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="122"/>
        <source>Outcome told</source>
        <translation>Outcome told</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="123"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="133"/>
        <source>by whom</source>
        <translation>by whom</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="142"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="181"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="187"/>
        <source>Past its deadline</source>
        <translation>Past its deadline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="233"/>
        <source>Choose a client from the list.</source>
        <translation>Choose a client from the list.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="172"/>
        <source>Saved by someone else meanwhile</source>
        <translation>Saved by someone else meanwhile</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="181"/>
        <source>Someone else saved this record after you opened it. Nothing of yours is lost yet: choose, for each field that differs, which version to keep.</source>
        <translation>Someone else saved this record after you opened it. Nothing of yours is lost yet: choose, for each field that differs, which version to keep.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="187"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="188"/>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="189"/>
        <source>Saved by the other</source>
        <translation>Saved by the other</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="196"/>
        <source>{0} (changed by both)</source>
        <translation>{0} (changed by both)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="222"/>
        <source>&amp;Save as chosen</source>
        <translation>&amp;Save as chosen</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="223"/>
        <source>Keep all of &amp;mine</source>
        <translation>Keep all of &amp;mine</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="224"/>
        <source>&amp;Take theirs, drop mine</source>
        <translation>&amp;Take theirs, drop mine</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="97"/>
        <source>show</source>
        <translation>show</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="109"/>
        <source>empty: {0}</source>
        <translation>empty: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="112"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="113"/>
        <source>{0}% complete</source>
        <translation>{0}% complete</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="118"/>
        <source>Address as</source>
        <translation>Address as</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="122"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="129"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="132"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="133"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="139"/>
        <source>Cuisines</source>
        <translation>Cuisines</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="140"/>
        <source>Drinks</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="141"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="142"/>
        <source>Taboos</source>
        <translation>Taboos</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="143"/>
        <source>Other banks</source>
        <translation>Other banks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="153"/>
        <source>{0}-{1:02d}-{2:02d}</source>
        <translation>{0}-{1:02d}-{2:02d}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="154"/>
        <source>{0:02d}-{1:02d} (year unknown)</source>
        <translation>{0:02d}-{1:02d} (year unknown)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="180"/>
        <source>edit notes</source>
        <translation>edit notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="182"/>
        <source>Last visits</source>
        <translation>Last visits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="180"/>
        <source>edit note</source>
        <translation>edit note</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="192"/>
        <source>Last calls</source>
        <translation>Last calls</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="206"/>
        <source>mark resolved</source>
        <translation>mark resolved</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="202"/>
        <source>Open objections</source>
        <translation>Open objections</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="180"/>
        <source>withdraw</source>
        <translation>withdraw</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="213"/>
        <source>mark done</source>
        <translation>mark done</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="216"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="229"/>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="244"/>
        <source>No contact selected.</source>
        <translation>No contact selected.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="255"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="256"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="257"/>
        <source>ext. </source>
        <translation>ext. </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="259"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="267"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="280"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="282"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="292"/>
        <source>Friend kinds</source>
        <translation>Friend kinds</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="293"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="295"/>
        <source>Lead source</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="298"/>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="306"/>
        <source>Qualification {0}/5</source>
        <translation>Qualification {0}/5</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="308"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="310"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="312"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="315"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="316"/>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="317"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="328"/>
        <source>Key client</source>
        <translation>Key client</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="91"/>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="91"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="94"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="95"/>
        <source>Phones and addresses</source>
        <translation>Phones and addresses</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="96"/>
        <source>Ties and bonds</source>
        <translation>Ties and bonds</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="97"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="105"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="106"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="128"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="129"/>
        <source>This contact has changes that are not saved. Discard them?</source>
        <translation>This contact has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="144"/>
        <source>No birthday</source>
        <translation>No birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="147"/>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="150"/>
        <source> month</source>
        <translation> month</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="153"/>
        <source> day</source>
        <translation> day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="154"/>
        <source>leap month</source>
        <translation>leap month</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="188"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="190"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="191"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="192"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="194"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="195"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="196"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="197"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="198"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="201"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="213"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="222"/>
        <source>Add a phone</source>
        <translation>Add a phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="225"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="254"/>
        <source>Detail (optional), e.g. {0}</source>
        <translation>Detail (optional), e.g. {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="282"/>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="284"/>
        <source>Not in the pipeline</source>
        <translation>Not in the pipeline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="285"/>
        <source>Key client</source>
        <translation>Key client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="301"/>
        <source>Type a name to choose who introduced them</source>
        <translation>Type a name to choose who introduced them</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="313"/>
        <source>Five kinds of friends</source>
        <translation>Five kinds of friends</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="314"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="315"/>
        <source>Lead source</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="316"/>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="318"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="320"/>
        <source>Pipeline stage</source>
        <translation>Pipeline stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="322"/>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="323"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="337"/>
        <source>Score: {0}/5</source>
        <translation>Score: {0}/5</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="422"/>
        <source>Choose a contact from the list.</source>
        <translation>Choose a contact from the list.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="428"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Fix the fields marked in red first.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="457"/>
        <source>No geocoder is set up: only the district was found. Give an AMap key in Settings to find the exact place, or pin it on the map.</source>
        <translation>No geocoder is set up: only the district was found. Give an AMap key in Settings to find the exact place, or pin it on the map.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="462"/>
        <source>The geocoder knows no such address.</source>
        <translation>The geocoder knows no such address.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="466"/>
        <source>Found: {0} ({1}).</source>
        <translation>Found: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="475"/>
        <source>Finding the address…</source>
        <translation>Finding the address…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="233"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="234"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="235"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="236"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="237"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="238"/>
        <source>Ties</source>
        <translation>Ties</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="239"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="240"/>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="241"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="242"/>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="243"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="281"/>
        <source>Key client</source>
        <translation>Key client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="285"/>
        <source>ext. </source>
        <translation>ext. </translation>
    </message>
</context>
<context>
    <name>CoordinateEdit</name>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="25"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="27"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="29"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="30"/>
        <source>from Amap / Tencent Maps</source>
        <translation>from Amap / Tencent Maps</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="31"/>
        <source>from Baidu Maps</source>
        <translation>from Baidu Maps</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="34"/>
        <source>Coordinates copied from Amap (高德) or Tencent Maps are shifted by about 500 m, from Baidu Maps by about 1 km: say where you copied them from and rmdesk converts them. Paste “121.42,28.65” as the map gives it.</source>
        <translation>Coordinates copied from Amap (高德) or Tencent Maps are shifted by about 500 m, from Baidu Maps by about 1 km: say where you copied them from and rmdesk converts them. Paste “121.42,28.65” as the map gives it.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="57"/>
        <source>rmdesk is locked</source>
        <translation>rmdesk is locked</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="32"/>
        <source>Bring: {0}</source>
        <translation>Bring: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="34"/>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="36"/>
        <source>flexible</source>
        <translation>flexible</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="53"/>
        <source>Arrive</source>
        <translation>Arrive</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="54"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="55"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="56"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="57"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="58"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="17"/>
        <source>Day sheet {0}</source>
        <translation>Day sheet {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="66"/>
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="20"/>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="94"/>
        <source>Dossier — {0}</source>
        <translation>Dossier — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="98"/>
        <source>Education and family</source>
        <translation>Education and family</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="102"/>
        <source>Character and experience</source>
        <translation>Character and experience</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="104"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="389"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="105"/>
        <source>Other and introduction</source>
        <translation>Other and introduction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="131"/>
        <source>e.g. 王总, 李老师</source>
        <translation>e.g. 王总, 李老师</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="133"/>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="138"/>
        <source>Use its birth date and sex for the contact</source>
        <translation>Use its birth date and sex for the contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="150"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="155"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="278"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="158"/>
        <source>Address as</source>
        <translation>Address as</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="161"/>
        <source>ID-card number</source>
        <translation>ID-card number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="167"/>
        <source>Sensitive: shown masked everywhere else and left out of exports.</source>
        <translation>Sensitive: shown masked everywhere else and left out of exports.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="171"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="172"/>
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="173"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="174"/>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="175"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="176"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="184"/>
        <source>Schools, degrees, classmates worth knowing</source>
        <translation>Schools, degrees, classmates worth knowing</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="186"/>
        <source>Spouse, children, parents; dates that matter</source>
        <translation>Spouse, children, parents; dates that matter</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="192"/>
        <source>Add a family event</source>
        <translation>Add a family event</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="193"/>
        <source>A child&apos;s exam, a wedding, a parent&apos;s birthday: Today reminds you</source>
        <translation>A child&apos;s exam, a wedding, a parent&apos;s birthday: Today reminds you</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="202"/>
        <source>Wedding date</source>
        <translation>Wedding date</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="203"/>
        <source>Family events</source>
        <translation>Family events</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="219"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="222"/>
        <source>How they see relationships</source>
        <translation>How they see relationships</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="223"/>
        <source>Relatives, friends, neighbours (#id links a contact)</source>
        <translation>Relatives, friends, neighbours (#id links a contact)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="247"/>
        <source>Add a job</source>
        <translation>Add a job</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="251"/>
        <source>Standing in the company, proudest achievement, present and future focus</source>
        <translation>Standing in the company, proudest achievement, present and future focus</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="275"/>
        <source>e.g. 白酒, 红酒, 不喝酒</source>
        <translation>e.g. 白酒, 红酒, 不喝酒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="277"/>
        <source>e.g. 半斤</source>
        <translation>e.g. 半斤</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="290"/>
        <source>e.g. 海鲜过敏</source>
        <translation>e.g. 海鲜过敏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="294"/>
        <source>Motto, holidays, sports, favourite topics, goals</source>
        <translation>Motto, holidays, sports, favourite topics, goals</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="296"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="297"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="329"/>
        <source>Sensitive: left out of exports.</source>
        <translation>Sensitive: left out of exports.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="303"/>
        <source>Drinks</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="304"/>
        <source>Smoking</source>
        <translation>Smoking</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="305"/>
        <source>Cuisines</source>
        <translation>Cuisines</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="306"/>
        <source>Food allergies</source>
        <translation>Food allergies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="307"/>
        <source>Restaurants</source>
        <translation>Restaurants</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="308"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="315"/>
        <source>What not to mention or do</source>
        <translation>What not to mention or do</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="316"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="351"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="323"/>
        <source>Clubs, values, strengths, books</source>
        <translation>Clubs, values, strengths, books</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="326"/>
        <source>Their view of their life, 10-year goal, regrets, what they want to finish</source>
        <translation>Their view of their life, 10-year goal, regrets, what they want to finish</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="328"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="330"/>
        <source>Taboos</source>
        <translation>Taboos</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="331"/>
        <source>Communication style</source>
        <translation>Communication style</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="347"/>
        <source>Other banks they use, separated by 、 or ,</source>
        <translation>Other banks they use, separated by 、 or ,</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="353"/>
        <source>Opinion of us</source>
        <translation>Opinion of us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="354"/>
        <source>Other banks</source>
        <translation>Other banks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="355"/>
        <source>Favoured bank</source>
        <translation>Favoured bank</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="356"/>
        <source>First business with us</source>
        <translation>First business with us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="357"/>
        <source>Business with us</source>
        <translation>Business with us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="358"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="384"/>
        <source>A new company name creates the company; its own dossier is under Planning → Companies.</source>
        <translation>A new company name creates the company; its own dossier is under Planning → Companies.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="390"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="399"/>
        <source>Ethical concerns, openness to advice, stubbornness, management issues</source>
        <translation>Ethical concerns, openness to advice, stubbornness, management issues</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="401"/>
        <source>not introduced</source>
        <translation>not introduced</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="403"/>
        <source>The introducer has been told and thanked</source>
        <translation>The introducer has been told and thanked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="406"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="422"/>
        <source>{0}, born {1}, issued in {2}</source>
        <translation>{0}, born {1}, issued in {2}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="436"/>
        <source>Birthday and sex set from the ID number</source>
        <translation>Birthday and sex set from the ID number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="506"/>
        <source>{0}% complete</source>
        <translation>{0}% complete</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="507"/>
        <source>; empty: {0}</source>
        <translation>; empty: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="556"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="557"/>
        <source>This dossier has changes that are not saved. Discard them?</source>
        <translation>This dossier has changes that are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="50"/>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="230"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="58"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="59"/>
        <source>Kept contact</source>
        <translation>Kept contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="60"/>
        <source>The other</source>
        <translation>The other</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="61"/>
        <source>Take the other&apos;s</source>
        <translation>Take the other&apos;s</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="72"/>
        <source>Both contacts&apos; phones, addresses, dossier entries, visits, calls, follow-ups, gifts, products and referrals stay with the kept contact; the other goes to the trash. Undo puts both back.</source>
        <translation>Both contacts&apos; phones, addresses, dossier entries, visits, calls, follow-ups, gifts, products and referrals stay with the kept contact; the other goes to the trash. Undo puts both back.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="79"/>
        <source>Swap which one is kept</source>
        <translation>Swap which one is kept</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="81"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="83"/>
        <source>Undo the merge</source>
        <translation>Undo the merge</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="110"/>
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="119"/>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="120"/>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="121"/>
        <source>same name and company</source>
        <translation>same name and company</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="132"/>
        <source>%n pair(s) that look like one person.</source>
        <translation>
            <numerusform>%n pair that look like one person.</numerusform>
            <numerusform>%n pairs that look like one person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="168"/>
        <source>both kept</source>
        <translation>both kept</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="178"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="178"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="178"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="179"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="179"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="180"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="180"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="181"/>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="181"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="182"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="182"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="208"/>
        <source>Merged into {0}; {1} is in the trash. Ctrl+Z undoes it.</source>
        <translation>Merged into {0}; {1} is in the trash. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="224"/>
        <source>The merge was undone: both contacts are as they were.</source>
        <translation>The merge was undone: both contacts are as they were.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="374"/>
        <source>This gift is worth {0:,.2f} yuan; the limit is {1:,.2f} a gift.</source>
        <translation>This gift is worth {0:,.2f} yuan; the limit is {1:,.2f} a gift.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="380"/>
        <source>With it, this client&apos;s gifts in {0} come to {1:,.2f} yuan; the limit is {2:,.2f} a year.</source>
        <translation>With it, this client&apos;s gifts in {0} come to {1:,.2f} yuan; the limit is {2:,.2f} a year.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="387"/>
        <source>Expensive gifts can be bribery: record it only if your branch has approved it.</source>
        <translation>Expensive gifts can be bribery: record it only if your branch has approved it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="37"/>
        <source>The database {0} is in use by another program. Close the other program (or the other rmdesk window) and try again.</source>
        <translation>The database {0} is in use by another program. Close the other program (or the other rmdesk window) and try again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="43"/>
        <source>rmdesk cannot write to the database {0} ({1}). Check the file and folder permissions, or choose another file.</source>
        <translation>rmdesk cannot write to the database {0} ({1}). Check the file and folder permissions, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="49"/>
        <source>{0} is not an rmdesk database. Choose the right file; this one was not changed.</source>
        <translation>{0} is not an rmdesk database. Choose the right file; this one was not changed.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="54"/>
        <source>The database {0} is damaged. Restore it from a backup (rmdesk keeps a copy beside it before each upgrade). The file was not changed.</source>
        <translation>The database {0} is damaged. Restore it from a backup (rmdesk keeps a copy beside it before each upgrade). The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="61"/>
        <source>The database {0} was written by a newer version of rmdesk. Install the newer rmdesk to open it.</source>
        <translation>The database {0} was written by a newer version of rmdesk. Install the newer rmdesk to open it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="67"/>
        <source>The disk holding {0} is full. Free some space and try again; nothing was saved.</source>
        <translation>The disk holding {0} is full. Free some space and try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="72"/>
        <source>Only a client&apos;s own RM (or the branch manager) can share it. Nothing was shared.</source>
        <translation>Only a client&apos;s own RM (or the branch manager) can share it. Nothing was shared.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="77"/>
        <source>The database server {0} did not prove to be the server its address names (its certificate was refused). Give your bank&apos;s root certificate as sslrootcert=PATH in the address, or ask the team&apos;s administrator.</source>
        <translation>The database server {0} did not prove to be the server its address names (its certificate was refused). Give your bank&apos;s root certificate as sslrootcert=PATH in the address, or ask the team&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="84"/>
        <source>Cannot reach the database server {0}. Check the address, the password and the network, then try again.</source>
        <translation>Cannot reach the database server {0}. Check the address, the password and the network, then try again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="90"/>
        <source>The database {0} cannot be used: {1}</source>
        <translation>The database {0} cannot be used: {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="94"/>
        <source>That contact no longer exists; it may have been deleted.</source>
        <translation>That contact no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="96"/>
        <source>{0} has no address with coordinates yet. Add latitude and longitude to an address (Edit contact) to see who is near.</source>
        <translation>{0} has no address with coordinates yet. Add latitude and longitude to an address (Edit contact) to see who is near.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="107"/>
        <source>Cannot reach the calendar server {0}. Check the address and the network, then sync again. Nothing was changed here.</source>
        <translation>Cannot reach the calendar server {0}. Check the address and the network, then sync again. Nothing was changed here.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="112"/>
        <source>The calendar server {0} refused the user name or password. Enter them again.</source>
        <translation>The calendar server {0} refused the user name or password. Enter them again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="116"/>
        <source>The certificate of {0} is not trusted. Check the address, or ask whoever runs the server.</source>
        <translation>The certificate of {0} is not trusted. Check the address, or ask whoever runs the server.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="121"/>
        <source>The calendar was deleted on {0} during the sync. Sync again to create it anew.</source>
        <translation>The calendar was deleted on {0} during the sync. Sync again to create it anew.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="125"/>
        <source>This system has no keyring to keep the password of {0}. Enter it for each sync.</source>
        <translation>This system has no keyring to keep the password of {0}. Enter it for each sync.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="132"/>
        <source>The calendar server {0} answered with an error: {1}</source>
        <translation>The calendar server {0} answered with an error: {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="140"/>
        <source>The geocoder cannot be reached ({0}). Check the network.</source>
        <translation>The geocoder cannot be reached ({0}). Check the network.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="143"/>
        <source>The geocoder refused the key ({0}). Check it in Settings.</source>
        <translation>The geocoder refused the key ({0}). Check it in Settings.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="147"/>
        <source>The geocoder&apos;s answer cannot be read ({0}).</source>
        <translation>The geocoder&apos;s answer cannot be read ({0}).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="150"/>
        <source>The server address holds a password. Enter the address without it ({0}) and the password in its own field: rmdesk keeps it in the system keyring, never in the book.</source>
        <translation>The server address holds a password. Enter the address without it ({0}) and the password in its own field: rmdesk keeps it in the system keyring, never in the book.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="157"/>
        <source>This is not a calendar file rmdesk can read: {0}. Nothing was changed.</source>
        <translation>This is not a calendar file rmdesk can read: {0}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="161"/>
        <source>The file could not be written or read: {0}. Check the folder, the permissions and the free space.</source>
        <translation>The file could not be written or read: {0}. Check the folder, the permissions and the free space.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="167"/>
        <source>The branch has no location yet, so the day cannot start anywhere. Set it in Planning → Branch and working day.</source>
        <translation>The branch has no location yet, so the day cannot start anywhere. Set it in Planning → Branch and working day.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="173"/>
        <source>The routing server {0} did not answer ({1}). Check its address in Planning → Branch and working day, or clear it to plan with straight-line distances.</source>
        <translation>The routing server {0} did not answer ({1}). Check its address in Planning → Branch and working day, or clear it to plan with straight-line distances.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="179"/>
        <source>That objection no longer exists; its visit may have been deleted.</source>
        <translation>That objection no longer exists; its visit may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="185"/>
        <source>The backup {0} could not be used: {1}. Nothing was changed; check the disk space and the file, or choose another backup.</source>
        <translation>The backup {0} could not be used: {1}. Nothing was changed; check the disk space and the file, or choose another backup.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="191"/>
        <source>That follow-up no longer exists; its client may have been deleted.</source>
        <translation>That follow-up no longer exists; its client may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="195"/>
        <source>That visit or call log no longer exists; its client may have been deleted.</source>
        <translation>That visit or call log no longer exists; its client may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="199"/>
        <source>That visit plan no longer exists; it may have been deleted.</source>
        <translation>That visit plan no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="201"/>
        <source>Some fields are not valid; they are marked in the form.</source>
        <translation>Some fields are not valid; they are marked in the form.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="204"/>
        <source>Someone else deleted this record while you had it open. Nothing was saved.</source>
        <translation>Someone else deleted this record while you had it open. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="208"/>
        <source>Someone else saved this record while you had it open. Nothing was saved: compare both versions and choose what to keep.</source>
        <translation>Someone else saved this record while you had it open. Nothing was saved: compare both versions and choose what to keep.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="213"/>
        <source>Something went wrong: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="32"/>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="60"/>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="76"/>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="82"/>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="33"/>
        <source>Every contact in the book</source>
        <translation>Every contact in the book</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="35"/>
        <source>The %n contact(s) chosen in the book</source>
        <translation>
            <numerusform>The %n contact chosen in the book</numerusform>
            <numerusform>The %n contacts chosen in the book</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="39"/>
        <source>Include the ID numbers (sensitive: only when needed)</source>
        <translation>Include the ID numbers (sensitive: only when needed)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="42"/>
        <source>vCard is what phones and CardDAV servers read; CSV and .xlsx open in Excel and WPS. The file is readable by you only.</source>
        <translation>vCard is what phones and CardDAV servers read; CSV and .xlsx open in Excel and WPS. The file is readable by you only.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="62"/>
        <source>vCard (*.vcf);;CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>vCard (*.vcf);;CSV for Excel (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="77"/>
        <source>%n contact(s) written to {0}.</source>
        <translation>
            <numerusform>%n contact written to {0}.</numerusform>
            <numerusform>%n contacts written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyEventRow</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="170"/>
        <source>e.g. 儿子高考, 女儿出嫁, 母亲八十大寿</source>
        <translation>e.g. 儿子高考, 女儿出嫁, 母亲八十大寿</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="171"/>
        <source>every year</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="173"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>FeedControl</name>
    <message>
        <location filename="../../rmdesk/ui/agenda/feed_control.py" line="85"/>
        <source>The calendar subscription cannot listen on {0}:{1}: {2}</source>
        <translation>The calendar subscription cannot listen on {0}:{1}: {2}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="43"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="44"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="45"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="46"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="47"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="48"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="49"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="50"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="51"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="52"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="53"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="54"/>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="56"/>
        <source>Five kinds of friends</source>
        <translation>Five kinds of friends</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="57"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="58"/>
        <source>Lead source</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="59"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="60"/>
        <source>Pipeline stage</source>
        <translation>Pipeline stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="61"/>
        <source>Key client</source>
        <translation>Key client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="62"/>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="63"/>
        <source>Ties and bonds</source>
        <translation>Ties and bonds</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="65"/>
        <source>Address as</source>
        <translation>Address as</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="66"/>
        <source>ID-card number</source>
        <translation>ID-card number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="67"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="68"/>
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="69"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="70"/>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="71"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="72"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="73"/>
        <source>Education notes</source>
        <translation>Education notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="74"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="75"/>
        <source>Wedding date</source>
        <translation>Wedding date</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="76"/>
        <source>Family events</source>
        <translation>Family events</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="77"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="78"/>
        <source>Notes on people</source>
        <translation>Notes on people</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="79"/>
        <source>Career history</source>
        <translation>Career history</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="80"/>
        <source>Career</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="81"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="82"/>
        <source>Drinks</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="83"/>
        <source>How much</source>
        <translation>How much</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="84"/>
        <source>Smoking</source>
        <translation>Smoking</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="85"/>
        <source>Cuisines</source>
        <translation>Cuisines</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="86"/>
        <source>Food allergies</source>
        <translation>Food allergies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="87"/>
        <source>Restaurants</source>
        <translation>Restaurants</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="88"/>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="89"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="90"/>
        <source>Taboos</source>
        <translation>Taboos</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="91"/>
        <source>Communication style</source>
        <translation>Communication style</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="92"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="93"/>
        <source>Experience</source>
        <translation>Experience</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="94"/>
        <source>Opinion of us</source>
        <translation>Opinion of us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="95"/>
        <source>Other banks</source>
        <translation>Other banks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="96"/>
        <source>Favoured bank</source>
        <translation>Favoured bank</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="97"/>
        <source>First business with us</source>
        <translation>First business with us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="98"/>
        <source>Business with us</source>
        <translation>Business with us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="99"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="100"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="101"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="102"/>
        <source>Introducer thanked</source>
        <translation>Introducer thanked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="104"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="105"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="106"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="107"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="108"/>
        <source>Related companies</source>
        <translation>Related companies</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="109"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="110"/>
        <source>Cost structure</source>
        <translation>Cost structure</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="111"/>
        <source>Profitability</source>
        <translation>Profitability</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="112"/>
        <source>Dependence on other industries</source>
        <translation>Dependence on other industries</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="113"/>
        <source>Substitutability</source>
        <translation>Substitutability</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="114"/>
        <source>Life cycle</source>
        <translation>Life cycle</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="115"/>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="117"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="118"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="119"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="120"/>
        <source>Person to see</source>
        <translation>Person to see</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="121"/>
        <source>Their role</source>
        <translation>Their role</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="122"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="123"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="124"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="125"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="126"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="127"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="134"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="139"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="141"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="137"/>
        <source>There is no book at {0}. Create a new, empty book there?</source>
        <translation>There is no book at {0}. Create a new, empty book there?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="141"/>
        <source>There is no book at {0}, and the folder {1} does not exist. Check the path: create the folder and a new, empty book there?</source>
        <translation>There is no book at {0}, and the folder {1} does not exist. Check the path: create the folder and a new, empty book there?</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="30"/>
        <location filename="../../rmdesk/ui/first_start.py" line="33"/>
        <source>Welcome to rmdesk</source>
        <translation>Welcome to rmdesk</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="37"/>
        <source>rmdesk keeps your client book on this computer, readable by you only. How would you like to start?</source>
        <translation>rmdesk keeps your client book on this computer, readable by you only. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="42"/>
        <source>Explore a &amp;demo book</source>
        <translation>Explore a &amp;demo book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="45"/>
        <source>{0} made-up clients in 台州 with dossiers, visits and a planned day, kept apart from your own book.</source>
        <translation>{0} made-up clients in 台州 with dossiers, visits and a planned day, kept apart from your own book.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="49"/>
        <source>Start my own &amp;empty book</source>
        <translation>Start my own &amp;empty book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="50"/>
        <source>Your book will be kept at {0}.</source>
        <translation>Your book will be kept at {0}.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="51"/>
        <source>Start my book with my &amp;contacts…</source>
        <translation>Start my book with my &amp;contacts…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="54"/>
        <source>From your phone (a vCard file) or a spreadsheet from Excel or WPS (.xlsx or CSV); you see what comes in before anything is written.</source>
        <translation>From your phone (a vCard file) or a spreadsheet from Excel or WPS (.xlsx or CSV); you see what comes in before anything is written.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="59"/>
        <source>Bring back my book from a &amp;backup…</source>
        <translation>Bring back my book from a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="62"/>
        <source>A backup rmdesk wrote, on this computer or another (a USB drive, another disk). An encrypted one asks for its passphrase or recovery key.</source>
        <translation>A backup rmdesk wrote, on this computer or another (a USB drive, another disk). An encrypted one asks for its passphrase or recovery key.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="100"/>
        <source>Bring back my book from a backup</source>
        <translation>Bring back my book from a backup</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../rmdesk/ui/fonts.py" line="58"/>
        <source>No Chinese font is installed: Chinese names and labels will show as empty boxes. Install one ({0}) and start rmdesk again.</source>
        <translation>No Chinese font is installed: Chinese names and labels will show as empty boxes. Install one ({0}) and start rmdesk again.</translation>
    </message>
</context>
<context>
    <name>GiftLedgerWindow</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="72"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="327"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="332"/>
        <source>Gift ledger</source>
        <translation>Gift ledger</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="85"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="132"/>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="88"/>
        <source>Show only a client, gift or occasion</source>
        <translation>Show only a client, gift or occasion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="91"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="94"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="97"/>
        <source>Limits: a gift</source>
        <translation>Limits: a gift</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="99"/>
        <source>a client a year</source>
        <translation>a client a year</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="106"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="142"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="107"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="140"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="108"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="143"/>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="109"/>
        <source>Value (yuan)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="110"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="147"/>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="111"/>
        <source>At a visit</source>
        <translation>At a visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="121"/>
        <source>Type a name to choose the client</source>
        <translation>Type a name to choose the client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="128"/>
        <source>e.g. 中秋月饼</source>
        <translation>e.g. 中秋月饼</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="134"/>
        <source>e.g. 中秋, birthday</source>
        <translation>e.g. 中秋, birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="136"/>
        <source>Record the gift</source>
        <translation>Record the gift</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="145"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="155"/>
        <source>Delete removes the selected gift (after asking).</source>
        <translation>Delete removes the selected gift (after asking).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="193"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="211"/>
        <source>%n gift(s), {0:,.2f} yuan in all</source>
        <translation>
            <numerusform>%n gift, {0:,.2f} yuan in all</numerusform>
            <numerusform>%n gifts, {0:,.2f} yuan in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="236"/>
        <source>Choose a client from the list.</source>
        <translation>Choose a client from the list.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="263"/>
        <source>Over the gift limits</source>
        <translation>Over the gift limits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="264"/>
        <source>Record it all the same?</source>
        <translation>Record it all the same?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="295"/>
        <source>Delete a gift</source>
        <translation>Delete a gift</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="296"/>
        <source>Remove {0} ({1}, {2:,.2f} yuan) from the ledger?</source>
        <translation>Remove {0} ({1}, {2:,.2f} yuan) from the ledger?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="310"/>
        <source>Export the gift ledger</source>
        <translation>Export the gift ledger</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="312"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="328"/>
        <source>%n gift(s) written to {0}.</source>
        <translation>
            <numerusform>%n gift written to {0}.</numerusform>
            <numerusform>%n gifts written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="66"/>
        <source>Holdings and plan — {0}</source>
        <translation>Holdings and plan — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="71"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="98"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="71"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="99"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="71"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="72"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="103"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="72"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="104"/>
        <source>Maturity or due date</source>
        <translation>Maturity or due date</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="82"/>
        <source>e.g. 添利宝 90天</source>
        <translation>e.g. 添利宝 90天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="86"/>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="91"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="93"/>
        <source>Save the product</source>
        <translation>Save the product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="95"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="101"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="106"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="112"/>
        <source>What the client holds</source>
        <translation>What the client holds</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="126"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="128"/>
        <source>time and budget, e.g. a visit a quarter, 500 yuan</source>
        <translation>time and budget, e.g. a visit a quarter, 500 yuan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="130"/>
        <source>what it brings, e.g. payroll for 200 staff</source>
        <translation>what it brings, e.g. payroll for 200 staff</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="132"/>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="135"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="136"/>
        <source>Be in touch every</source>
        <translation>Be in touch every</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="138"/>
        <source>Invest</source>
        <translation>Invest</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="139"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="141"/>
        <source>Key-client plan (saving it makes them a key client)</source>
        <translation>Key-client plan (saving it makes them a key client)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="146"/>
        <source>What to offer next</source>
        <translation>What to offer next</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="178"/>
        <source>Nothing the selling rules suggest now.</source>
        <translation>Nothing the selling rules suggest now.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="247"/>
        <source>Remove a product</source>
        <translation>Remove a product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="247"/>
        <source>Remove {0}?</source>
        <translation>Remove {0}?</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="279"/>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="280"/>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="281"/>
        <source>Tomb-sweeping Day</source>
        <translation>Tomb-sweeping Day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="282"/>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="283"/>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="284"/>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="285"/>
        <source>Mid-autumn Festival</source>
        <translation>Mid-autumn Festival</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="286"/>
        <source>Anti-Fascist War Victory Day</source>
        <translation>Anti-Fascist War Victory Day</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="59"/>
        <source>Official holidays</source>
        <translation>Official holidays</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="62"/>
        <source>rmdesk&apos;s holiday data does not cover this year yet. Enter the schedule as the State Council announced it: each holiday&apos;s first and last day, and the weekend days worked in lieu (调休). The dates below are where the holidays usually fall — correct them against the announcement.</source>
        <translation>rmdesk&apos;s holiday data does not cover this year yet. Enter the schedule as the State Council announced it: each holiday&apos;s first and last day, and the weekend days worked in lieu (调休). The dates below are where the holidays usually fall — correct them against the announcement.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="74"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="74"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="74"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="80"/>
        <source>Add a holiday</source>
        <translation>Add a holiday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="82"/>
        <source>Remove the selected</source>
        <translation>Remove the selected</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="85"/>
        <source>e.g. 2027-02-07, 2027-02-20</source>
        <translation>e.g. 2027-02-07, 2027-02-20</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="91"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="103"/>
        <source>Weekend days worked in lieu (调休)</source>
        <translation>Weekend days worked in lieu (调休)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="159"/>
        <source>Not a date: {0} (write 2027-02-07)</source>
        <translation>Not a date: {0} (write 2027-02-07)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="184"/>
        <source>The holiday starting {0} has no name.</source>
        <translation>The holiday starting {0} has no name.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="185"/>
        <source>{0} ends before it starts.</source>
        <translation>{0} ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="186"/>
        <source>{0} is not in this year.</source>
        <translation>{0} is not in this year.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="187"/>
        <source>{0} is a weekday: only weekend days are worked in lieu.</source>
        <translation>{0} is a weekday: only weekend days are worked in lieu.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="65"/>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="174"/>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="195"/>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="319"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="68"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="69"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="86"/>
        <source>A contact already in the book (same phone, ID number, or name and company)</source>
        <translation>A contact already in the book (same phone, ID number, or name and company)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="90"/>
        <source>Skip it</source>
        <translation>Skip it</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="91"/>
        <source>Add what is new to the book&apos;s contact</source>
        <translation>Add what is new to the book&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="92"/>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="101"/>
        <source>All or nothing: import nothing if any record is rejected</source>
        <translation>All or nothing: import nothing if any record is rejected</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="104"/>
        <source>Import the valid records and list the rejected ones</source>
        <translation>Import the valid records and list the rejected ones</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="107"/>
        <source>When a record cannot be imported</source>
        <translation>When a record cannot be imported</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="117"/>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="119"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="122"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="125"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="137"/>
        <source>Which column is which (the first rows of the file below):</source>
        <translation>Which column is which (the first rows of the file below):</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="155"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="156"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="157"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="158"/>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="159"/>
        <source>Home phone</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="160"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="161"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="162"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="163"/>
        <source>Work address</source>
        <translation>Work address</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="164"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="165"/>
        <source>Lunar birthday</source>
        <translation>Lunar birthday</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="166"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="167"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="168"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="176"/>
        <source>Contacts (*.vcf *.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Contacts (*.vcf *.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="204"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} cannot be imported: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="217"/>
        <source>{0}: %n vCard(s)</source>
        <translation>
            <numerusform>{0}: %n vCard</numerusform>
            <numerusform>{0}: %n vCards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="222"/>
        <source>{0}: %n row(s) under the header</source>
        <translation>
            <numerusform>{0}: %n row under the header</numerusform>
            <numerusform>{0}: %n rows under the header</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="273"/>
        <source>Choose which column holds the names.</source>
        <translation>Choose which column holds the names.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="315"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="320"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="344"/>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="345"/>
        <source>a field is not valid ({0})</source>
        <translation>a field is not valid ({0})</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="347"/>
        <source>the phone {0} is in scientific notation (Excel cut its digits): left out</source>
        <translation>the phone {0} is in scientific notation (Excel cut its digits): left out</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="349"/>
        <source>the phone {0} is not a number that can be dialled: left out</source>
        <translation>the phone {0} is not a number that can be dialled: left out</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="350"/>
        <source>the birthday {0} is not a date rmdesk can read: left out</source>
        <translation>the birthday {0} is not a date rmdesk can read: left out</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="351"/>
        <source>the ID number {0} is not valid: left out</source>
        <translation>the ID number {0} is not valid: left out</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="352"/>
        <source>the card has no END:VCARD; it ends where the next begins</source>
        <translation>the card has no END:VCARD; it ends where the next begins</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="360"/>
        <source>card {0} (line {1})</source>
        <translation>card {0} (line {1})</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="362"/>
        <source>line {0}</source>
        <translation>line {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="362"/>
        <source>row {0}</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="377"/>
        <source>Dry run: {0} would be added, {1} updated, {2} duplicates, {3} rejected. Nothing was written.</source>
        <translation>Dry run: {0} would be added, {1} updated, {2} duplicates, {3} rejected. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="381"/>
        <source>Imported: {0} added, {1} updated, {2} duplicates, {3} rejected.</source>
        <translation>Imported: {0} added, {1} updated, {2} duplicates, {3} rejected.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="384"/>
        <source>Nothing was imported: {3} record(s) rejected and all or nothing was chosen.</source>
        <translation>Nothing was imported: {3} record(s) rejected and all or nothing was chosen.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="391"/>
        <source>Rejected, {0}: {1}</source>
        <translation>Rejected, {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="397"/>
        <source>Duplicate, {0}: {1}</source>
        <translation>Duplicate, {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="401"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="117"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="119"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="121"/>
        <source>Years, e.g. 2005–2012</source>
        <translation>Years, e.g. 2005–2012</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="122"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="64"/>
        <source>Five shared ties</source>
        <translation>Five shared ties</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="65"/>
        <source>Five bonds</source>
        <translation>Five bonds</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="66"/>
        <source>Classmate</source>
        <translation>Classmate</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="67"/>
        <source>Same hometown</source>
        <translation>Same hometown</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="68"/>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="69"/>
        <source>Shared hobby</source>
        <translation>Shared hobby</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="70"/>
        <source>Neighbour</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="71"/>
        <source>Kinship</source>
        <translation>Kinship</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="72"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="73"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="74"/>
        <source>Faith</source>
        <translation>Faith</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="75"/>
        <source>Shared things</source>
        <translation>Shared things</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="76"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="77"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="78"/>
        <source>Influential</source>
        <translation>Influential</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="79"/>
        <source>Wealthy</source>
        <translation>Wealthy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="80"/>
        <source>Wise</source>
        <translation>Wise</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="81"/>
        <source>Passionate</source>
        <translation>Passionate</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="82"/>
        <source>Attractive</source>
        <translation>Attractive</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="83"/>
        <source>Published sources</source>
        <translation>Published sources</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="84"/>
        <source>Hound referrer</source>
        <translation>Hound referrer</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="85"/>
        <source>Cold call or visit</source>
        <translation>Cold call or visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="86"/>
        <source>Own network</source>
        <translation>Own network</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="87"/>
        <source>Client referral</source>
        <translation>Client referral</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="88"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="89"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="90"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="91"/>
        <source>Has a financial need</source>
        <translation>Has a financial need</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="92"/>
        <source>Can afford to buy</source>
        <translation>Can afford to buy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="93"/>
        <source>Meets good-client conditions</source>
        <translation>Meets good-client conditions</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="94"/>
        <source>Has authority to decide</source>
        <translation>Has authority to decide</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="95"/>
        <source>Can create value for the bank</source>
        <translation>Can create value for the bank</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="96"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="97"/>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="98"/>
        <source>Imagination</source>
        <translation>Imagination</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="99"/>
        <source>Desire</source>
        <translation>Desire</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="100"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="101"/>
        <source>Conviction</source>
        <translation>Conviction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="102"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="103"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="104"/>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="105"/>
        <source>Junior middle school</source>
        <translation>Junior middle school</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="106"/>
        <source>Senior or vocational school</source>
        <translation>Senior or vocational school</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="107"/>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="108"/>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="109"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="110"/>
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="111"/>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="112"/>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="113"/>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="114"/>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="115"/>
        <source>Below ¥100k</source>
        <translation>Below ¥100k</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="116"/>
        <source>¥100k–300k</source>
        <translation>¥100k–300k</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="117"/>
        <source>¥300k–500k</source>
        <translation>¥300k–500k</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="118"/>
        <source>¥500k–1m</source>
        <translation>¥500k–1m</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="119"/>
        <source>¥1m–3m</source>
        <translation>¥1m–3m</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="120"/>
        <source>Above ¥3m</source>
        <translation>Above ¥3m</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="121"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="122"/>
        <source>Work</source>
        <comment>phone</comment>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="123"/>
        <source>Home</source>
        <comment>phone</comment>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="124"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="125"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="126"/>
        <source>Home</source>
        <comment>address</comment>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="127"/>
        <source>Work</source>
        <comment>address</comment>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="128"/>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="129"/>
        <source>Lunar</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="130"/>
        <source>Build the relationship</source>
        <translation>Build the relationship</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="131"/>
        <source>Learn needs</source>
        <translation>Learn needs</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="132"/>
        <source>Gather intelligence</source>
        <translation>Gather intelligence</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="133"/>
        <source>Introduce a product</source>
        <translation>Introduce a product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="134"/>
        <source>Deepen understanding</source>
        <translation>Deepen understanding</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="135"/>
        <source>Social / PR contact</source>
        <translation>Social / PR contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="136"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="137"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="138"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="139"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="140"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="141"/>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="142"/>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="143"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="144"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="145"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="146"/>
        <source>One-to-one</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="147"/>
        <source>Product brochures</source>
        <translation>Product brochures</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="148"/>
        <source>Business cards</source>
        <translation>Business cards</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="149"/>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="150"/>
        <source>Gifts / promotional items</source>
        <translation>Gifts / promotional items</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="151"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="152"/>
        <source>Introduction letter</source>
        <translation>Introduction letter</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="153"/>
        <source>Experienced and steady</source>
        <translation>Experienced and steady</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="154"/>
        <source>Cautious</source>
        <translation>Cautious</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="155"/>
        <source>Inexperienced</source>
        <translation>Inexperienced</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="156"/>
        <source>Haggler</source>
        <translation>Haggler</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="157"/>
        <source>Show-off</source>
        <translation>Show-off</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="158"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="159"/>
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="160"/>
        <source>Neighbour</source>
        <comment>person</comment>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="161"/>
        <source>Non-smoker</source>
        <translation>Non-smoker</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="162"/>
        <source>Smokes sometimes</source>
        <translation>Smokes sometimes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="163"/>
        <source>Smoker</source>
        <translation>Smoker</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="164"/>
        <source>Sichuan</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="165"/>
        <source>Cantonese</source>
        <translation>Cantonese</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="166"/>
        <source>Shandong</source>
        <translation>Shandong</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="167"/>
        <source>Hunan</source>
        <translation>Hunan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="168"/>
        <source>Zhejiang</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="169"/>
        <source>Jiangsu</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="170"/>
        <source>Fujian</source>
        <translation>Fujian</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="171"/>
        <source>Anhui</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="172"/>
        <source>Seafood</source>
        <translation>Seafood</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="173"/>
        <source>Western</source>
        <translation>Western</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="174"/>
        <source>Vegetarian</source>
        <translation>Vegetarian</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="175"/>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="176"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="177"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="178"/>
        <source>Close</source>
        <comment>relationship</comment>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="179"/>
        <source>Introduced</source>
        <translation>Introduced</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="180"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="181"/>
        <source>Became a client</source>
        <translation>Became a client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="182"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="183"/>
        <source>Legal person</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="184"/>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="185"/>
        <source>Finance head</source>
        <translation>Finance head</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="186"/>
        <source>Shareholder</source>
        <translation>Shareholder</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="187"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="188"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="189"/>
        <source>Introduction</source>
        <comment>life cycle</comment>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="190"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="191"/>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="192"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="193"/>
        <source>Time deposit</source>
        <translation>Time deposit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="194"/>
        <source>Wealth product</source>
        <translation>Wealth product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="195"/>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="196"/>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="197"/>
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="198"/>
        <source>Credit line</source>
        <translation>Credit line</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="199"/>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="200"/>
        <source>Debit card (ordinary)</source>
        <translation>Debit card (ordinary)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="201"/>
        <source>VIP card</source>
        <translation>VIP card</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="202"/>
        <source>Other product</source>
        <translation>Other product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="203"/>
        <source>Take it aside at once</source>
        <translation>Take it aside at once</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="204"/>
        <source>Calm the client</source>
        <translation>Calm the client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="205"/>
        <source>Apologise</source>
        <translation>Apologise</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="206"/>
        <source>Gather the facts</source>
        <translation>Gather the facts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="207"/>
        <source>Propose a fix</source>
        <translation>Propose a fix</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="208"/>
        <source>Tell the outcome and act</source>
        <translation>Tell the outcome and act</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="209"/>
        <source>Thank and follow up</source>
        <translation>Thank and follow up</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="210"/>
        <source>Deepen</source>
        <translation>Deepen</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="211"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="212"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="213"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="214"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="215"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="216"/>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="217"/>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="218"/>
        <source>Green: go, close soon</source>
        <translation>Green: go, close soon</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="219"/>
        <source>Yellow: hesitating, clarify</source>
        <translation>Yellow: hesitating, clarify</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="220"/>
        <source>Red: stop, withdraw politely</source>
        <translation>Red: stop, withdraw politely</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="221"/>
        <source>Real objection</source>
        <translation>Real objection</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="222"/>
        <source>Excuse</source>
        <translation>Excuse</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="223"/>
        <source>Hidden objection</source>
        <translation>Hidden objection</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="224"/>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="225"/>
        <source>The RM</source>
        <translation>The RM</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="226"/>
        <source>The bank or product</source>
        <translation>The bank or product</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="227"/>
        <source>Clear up the misunderstanding</source>
        <translation>Clear up the misunderstanding</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="228"/>
        <source>Yes, but</source>
        <translation>Yes, but</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="229"/>
        <source>Offset a weakness with a strength</source>
        <translation>Offset a weakness with a strength</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="230"/>
        <source>Ask the client&apos;s advice</source>
        <translation>Ask the client&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="231"/>
        <source>Accept softly</source>
        <translation>Accept softly</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="232"/>
        <source>Step back, then return</source>
        <translation>Step back, then return</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="233"/>
        <source>Goal orientation</source>
        <translation>Goal orientation</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="234"/>
        <source>Either-or</source>
        <translation>Either-or</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="235"/>
        <source>Trial question</source>
        <translation>Trial question</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="236"/>
        <source>Direct request</source>
        <translation>Direct request</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="237"/>
        <source>Evidence or reference client</source>
        <translation>Evidence or reference client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="238"/>
        <source>Better terms</source>
        <translation>Better terms</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="239"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="323"/>
        <source>The keyring did not give the book&apos;s key. Enter its recovery key (File → Recovery key showed it).</source>
        <translation>The keyring did not give the book&apos;s key. Enter its recovery key (File → Recovery key showed it).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="328"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="330"/>
        <source>This is not your password for the team&apos;s server.</source>
        <translation>This is not your password for the team&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="332"/>
        <source>This is not the book&apos;s passphrase.</source>
        <translation>This is not the book&apos;s passphrase.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="61"/>
        <source>rmdesk — contact book</source>
        <translation>rmdesk — contact book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="44"/>
        <source>&amp;New contact</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="47"/>
        <source>&amp;Edit contact</source>
        <translation>&amp;Edit contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="50"/>
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="55"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="58"/>
        <source>Who is &amp;near…</source>
        <translation>Who is &amp;near…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="61"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="64"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="67"/>
        <source>Empty the trash…</source>
        <translation>Empty the trash…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="70"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="75"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Export contacts…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="80"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="83"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="86"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="203"/>
        <source>Encrypt the boo&amp;k…</source>
        <translation>Encrypt the boo&amp;k…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="89"/>
        <source>&amp;Recovery key…</source>
        <translation>&amp;Recovery key…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="92"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="95"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="98"/>
        <source>My &amp;details…</source>
        <translation>My &amp;details…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="103"/>
        <source>&amp;About rmdesk</source>
        <translation>&amp;About rmdesk</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="104"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="108"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="105"/>
        <location filename="../../rmdesk/ui/main_window.py" line="170"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="111"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="106"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="114"/>
        <source>Map and day</source>
        <translation>Map and day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="117"/>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="120"/>
        <source>&amp;Briefing…</source>
        <translation>&amp;Briefing…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="123"/>
        <source>&amp;Referrals…</source>
        <translation>&amp;Referrals…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="126"/>
        <source>Who can &amp;introduce me…</source>
        <translation>Who can &amp;introduce me…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="129"/>
        <source>&amp;Thank the introducers…</source>
        <translation>&amp;Thank the introducers…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="132"/>
        <source>&amp;Companies…</source>
        <translation>&amp;Companies…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="135"/>
        <source>Phone &amp;calendar…</source>
        <translation>Phone &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="138"/>
        <source>&amp;Branch and working day…</source>
        <translation>&amp;Branch and working day…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="141"/>
        <source>Add to a &amp;day&apos;s visits…</source>
        <translation>Add to a &amp;day&apos;s visits…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="146"/>
        <source>Plan a &amp;visit…</source>
        <translation>Plan a &amp;visit…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="149"/>
        <source>&amp;Suggest my day…</source>
        <translation>&amp;Suggest my day…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="152"/>
        <source>&amp;Log a visit…</source>
        <translation>&amp;Log a visit…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="156"/>
        <source>&amp;Pipeline…</source>
        <translation>&amp;Pipeline…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="159"/>
        <source>The n&amp;umbers…</source>
        <translation>The n&amp;umbers…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="162"/>
        <source>&amp;Gift ledger…</source>
        <translation>&amp;Gift ledger…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="165"/>
        <source>&amp;Holdings and plan…</source>
        <translation>&amp;Holdings and plan…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="168"/>
        <source>&amp;Selling rules and reminders…</source>
        <translation>&amp;Selling rules and reminders…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="171"/>
        <source>Merge duplic&amp;ates…</source>
        <translation>Merge duplic&amp;ates…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="176"/>
        <source>Share &amp;with another RM…</source>
        <translation>Share &amp;with another RM…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="181"/>
        <source>Complai&amp;nts…</source>
        <translation>Complai&amp;nts…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="184"/>
        <source>Call &amp;list…</source>
        <translation>Call &amp;list…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="187"/>
        <source>Official &amp;holidays…</source>
        <translation>Official &amp;holidays…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="190"/>
        <source>&amp;Place on the map</source>
        <translation>&amp;Place on the map</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="201"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="210"/>
        <source>Demo book · not encrypted</source>
        <translation>Demo book · not encrypted</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="212"/>
        <source>Made-up clients: the demo book stays unencrypted.</source>
        <translation>Made-up clients: the demo book stays unencrypted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="215"/>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="217"/>
        <source>Anyone with this file can read your clients. File → Encrypt the book protects it with a passphrase.</source>
        <translation>Anyone with this file can read your clients. File → Encrypt the book protects it with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="145"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="227"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="242"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="247"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="267"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="278"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="283"/>
        <source>&amp;Trash</source>
        <translation>&amp;Trash</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="286"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="170"/>
        <source>Trash ({0})</source>
        <translation>Trash ({0})</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="305"/>
        <source>Add to a day&apos;s visits</source>
        <translation>Add to a day&apos;s visits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/main_window.py" line="306"/>
        <source>%n contact(s) will be visited on this day (flexible times):</source>
        <translation>
            <numerusform>%n contact will be visited on this day (flexible times):</numerusform>
            <numerusform>%n contacts will be visited on this day (flexible times):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/open.py" line="54"/>
        <source>Briefing — {0}</source>
        <translation>Briefing — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="103"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="105"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/data_windows.py" line="38"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/data_windows.py" line="39"/>
        <source>A team&apos;s book on a server is backed up on the server, not by rmdesk.</source>
        <translation>A team&apos;s book on a server is backed up on the server, not by rmdesk.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="519"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="526"/>
        <source>rmdesk</source>
        <translation>rmdesk</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="124"/>
        <source>Colour by stage</source>
        <translation>Colour by stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="125"/>
        <source>Colour by tie</source>
        <translation>Colour by tie</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="133"/>
        <source>Select a rectangle</source>
        <translation>Select a rectangle</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="135"/>
        <source>Select a free shape</source>
        <translation>Select a free shape</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="146"/>
        <source>Use the AMap (高德) base map</source>
        <translation>Use the AMap (高德) base map</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="147"/>
        <source>Use no base map</source>
        <translation>Use no base map</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="189"/>
        <source>No map tiles (offline mode): clients are placed by their coordinates on a plain background. Choose a tile provider in Settings to see streets.</source>
        <translation>No map tiles (offline mode): clients are placed by their coordinates on a plain background. Choose a tile provider in Settings to see streets.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="200"/>
        <source>The map tiles did not load (no network, or the provider cannot be reached). Clients are still placed by their coordinates.</source>
        <translation>The map tiles did not load (no network, or the provider cannot be reached). Clients are still placed by their coordinates.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="228"/>
        <source>Open in book</source>
        <translation>Open in book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="229"/>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="230"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="231"/>
        <source>Approximate: district centre</source>
        <translation>Approximate: district centre</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="232"/>
        <source>{0} clients at this point</source>
        <translation>{0} clients at this point</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="234"/>
        <source>No stage yet</source>
        <translation>No stage yet</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="235"/>
        <source>No tie yet</source>
        <translation>No tie yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/map_view.py" line="256"/>
        <source>%n client(s) on the map</source>
        <translation>
            <numerusform>%n client on the map</numerusform>
            <numerusform>%n clients on the map</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="282"/>
        <source>Click the map where the visit takes place. Esc stops.</source>
        <translation>Click the map where the visit takes place. Esc stops.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="298"/>
        <source>Click the map or drag the pin to place the client. Esc stops.</source>
        <translation>Click the map or drag the pin to place the client. Esc stops.</translation>
    </message>
</context>
<context>
    <name>Masker</name>
    <message>
        <location filename="../../rmdesk/ui/common/masking.py" line="22"/>
        <source>Sensitive: show</source>
        <translation>Sensitive: show</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/masking.py" line="23"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/masking.py" line="27"/>
        <source>Show this sensitive field for a short while</source>
        <translation>Show this sensitive field for a short while</translation>
    </message>
</context>
<context>
    <name>NearbyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="55"/>
        <source>Who is near {0}</source>
        <translation>Who is near {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="61"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="68"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="69"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="70"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="71"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="72"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="73"/>
        <source>Last visited</source>
        <translation>Last visited</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="86"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="89"/>
        <source>Plan visits on</source>
        <translation>Plan visits on</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="92"/>
        <source>Add the selected contacts to that day as flexible visits</source>
        <translation>Add the selected contacts to that day as flexible visits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="97"/>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="115"/>
        <source>Looking…</source>
        <translation>Looking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="131"/>
        <source>%n contact(s) within {0} km, nearest first.</source>
        <translation>
            <numerusform>%n contact within {0} km.</numerusform>
            <numerusform>%n contacts within {0} km, nearest first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="138"/>
        <source>{0:.2f} km</source>
        <translation>{0:.2f} km</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="143"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>NumbersWindow</name>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="146"/>
        <source>The numbers</source>
        <translation>The numbers</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="157"/>
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="158"/>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="159"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="166"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="168"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="178"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="215"/>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="215"/>
        <source>none in this period</source>
        <translation>none in this period</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="217"/>
        <source>Calls per day</source>
        <translation>Calls per day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="218"/>
        <source>Visits per week</source>
        <translation>Visits per week</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="220"/>
        <source>Clients at each stage</source>
        <translation>Clients at each stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="222"/>
        <source>Objections by kind</source>
        <translation>Objections by kind</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="224"/>
        <source>Objections by cause</source>
        <translation>Objections by cause</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="227"/>
        <source>Referrals per introducer</source>
        <translation>Referrals per introducer</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="236"/>
        <source>{0} calls, {1:.0%} booked · {2} visits · {3} objections open</source>
        <translation>{0} calls, {1:.0%} booked · {2} visits · {3} objections open</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="266"/>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="275"/>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="266"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="276"/>
        <source>The chart could not be written to {0} ({1}). Check the folder and the disk; nothing else was changed.</source>
        <translation>The chart could not be written to {0} ({1}). Check the folder and the disk; nothing else was changed.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="147"/>
        <source>known</source>
        <translation>known</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="54"/>
        <source>Open the encrypted book</source>
        <translation>Open the encrypted book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="57"/>
        <source>The book {0} is encrypted. Enter its passphrase (or, for a book whose key another computer&apos;s keyring kept, its recovery key).</source>
        <translation>The book {0} is encrypted. Enter its passphrase (or, for a book whose key another computer&apos;s keyring kept, its recovery key).</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="66"/>
        <source>Name, or a contact&apos;s id as #123</source>
        <translation>Name, or a contact&apos;s id as #123</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="68"/>
        <source>e.g. 父亲, 大学室友</source>
        <translation>e.g. 父亲, 大学室友</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="70"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="73"/>
        <source>closeness </source>
        <translation>closeness </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="74"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="26"/>
        <source>e.g. 138 0013 8000 or 0576-88123456</source>
        <translation>e.g. 138 0013 8000 or 0576-88123456</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="30"/>
        <source>ext. </source>
        <translation>ext. </translation>
    </message>
</context>
<context>
    <name>PipelineWindow</name>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="81"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="84"/>
        <source>All ties and bonds</source>
        <translation>All ties and bonds</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="86"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="87"/>
        <source>Key clients only</source>
        <translation>Key clients only</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="152"/>
        <source>median {0} days</source>
        <translation>median {0} days</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="165"/>
        <source>… and {0} more</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="172"/>
        <source>Of the clients who reached the stage on the left, the share who went on</source>
        <translation>Of the clients who reached the stage on the left, the share who went on</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="179"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="193"/>
        <source>Moving…</source>
        <translation>Moving…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="95"/>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="302"/>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="310"/>
        <source>Plan the day</source>
        <translation>Plan the day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="106"/>
        <source>Show the selection in the book</source>
        <translation>Show the selection in the book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="117"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="121"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="122"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="123"/>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="128"/>
        <source>Log the visit…</source>
        <translation>Log the visit…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="130"/>
        <source>Who is near…</source>
        <translation>Who is near…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="131"/>
        <source>Clients near this visit&apos;s place, to fit in too</source>
        <translation>Clients near this visit&apos;s place, to fit in too</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="133"/>
        <source>Briefings for the day…</source>
        <translation>Briefings for the day…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="135"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="139"/>
        <source>Add the selected area&apos;s clients to this day</source>
        <translation>Add the selected area&apos;s clients to this day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="157"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="158"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="401"/>
        <source>no location: pin the client on the map</source>
        <translation>no location: pin the client on the map</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="402"/>
        <source>outside working hours</source>
        <translation>outside working hours</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="403"/>
        <source>too far to go and come back within the day</source>
        <translation>too far to go and come back within the day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="404"/>
        <source>clashes with {0}</source>
        <translation>clashes with {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="405"/>
        <source>too far from {0}&apos;s appointment to fit in between</source>
        <translation>too far from {0}&apos;s appointment to fit in between</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="408"/>
        <source>its window is taken by the lunch break</source>
        <translation>its window is taken by the lunch break</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="409"/>
        <source>no time left in the day</source>
        <translation>no time left in the day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="198"/>
        <source>%n client(s) in the selected area</source>
        <translation>
            <numerusform>%n client in the selected area</numerusform>
            <numerusform>%n clients in the selected area</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="215"/>
        <source>Move the pin</source>
        <translation>Move the pin</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="217"/>
        <source>Move this client&apos;s pin from {0:.5f}, {1:.5f} to {2:.5f}, {3:.5f}?</source>
        <translation>Move this client&apos;s pin from {0:.5f}, {1:.5f} to {2:.5f}, {3:.5f}?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="231"/>
        <source>Client placed.</source>
        <translation>Client placed.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="253"/>
        <source>Stop planning</source>
        <translation>Stop planning</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="255"/>
        <source>Working out travel times…</source>
        <translation>Working out travel times…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="256"/>
        <source>Ordering the visits…</source>
        <translation>Ordering the visits…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="257"/>
        <source>Checking what does not fit…</source>
        <translation>Checking what does not fit…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="298"/>
        <source>Planning stopped; the day&apos;s route is as it was.</source>
        <translation>Planning stopped; the day&apos;s route is as it was.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="337"/>
        <source>Select one visit in the list above first.</source>
        <translation>Select one visit in the list above first.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="338"/>
        <source>Select visits in the list above first.</source>
        <translation>Select visits in the list above first.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="372"/>
        <source>{0}  {1}  ({2}, {3}, {4} min)</source>
        <translation>{0}  {1}  ({2}, {3}, {4} min)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="454"/>
        <source>Who is near</source>
        <translation>Who is near</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="457"/>
        <source>{0}&apos;s visit at {1}</source>
        <translation>{0}&apos;s visit at {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="475"/>
        <source>Briefings for {0}</source>
        <translation>Briefings for {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="523"/>
        <source>Delete visit plans</source>
        <translation>Delete visit plans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="525"/>
        <source>Delete %n visit plan(s)? To keep a record, mark them cancelled instead.</source>
        <translation>
            <numerusform>Delete %n visit plan? To keep a record, mark them cancelled instead.</numerusform>
            <numerusform>Delete %n visit plans? To keep a record, mark them cancelled instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="559"/>
        <source>%n visit(s) added to {0}.</source>
        <translation>
            <numerusform>%n visit added to {0}.</numerusform>
            <numerusform>%n visits added to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="581"/>
        <source>Add to the day</source>
        <translation>Add to the day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="583"/>
        <source>%n client(s) have no map pin at the address the visit goes to: {0}. They will be planned at their district&apos;s centre (approximate), or left out if it is unknown. Pin them first (Planning → Place on the map) for a true route. Plan them now?</source>
        <translation>
            <numerusform>%n client have no map pin at the address the visit goes to: {0}. They will be planned at their district&apos;s centre (approximate), or left out if it is unknown. Pin them first (Planning → Place on the map) for a true route. Plan them now?</numerusform>
            <numerusform>%n clients have no map pin at the address the visit goes to: {0}. They will be planned at their district&apos;s centre (approximate), or left out if it is unknown. Pin them first (Planning → Place on the map) for a true route. Plan them now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="317"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="318"/>
        <source>Not a phone number: use 11 digits for a mobile, or the area code and number for a landline.</source>
        <translation>Not a phone number: use 11 digits for a mobile, or the area code and number for a landline.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="323"/>
        <source>This date does not exist.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="324"/>
        <source>A lunar date has a month from 1 to 12 and a day from 1 to 30.</source>
        <translation>A lunar date has a month from 1 to 12 and a day from 1 to 30.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="327"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>Latitude is between -90 and 90.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="328"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>Longitude is between -180 and 180.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="329"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="330"/>
        <source>A contact cannot introduce themselves.</source>
        <translation>A contact cannot introduce themselves.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="331"/>
        <source>Too long.</source>
        <translation>Too long.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="332"/>
        <source>The window must end after it starts and hold the whole visit.</source>
        <translation>The window must end after it starts and hold the whole visit.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="335"/>
        <source>A visit lasts from 1 minute to 8 hours.</source>
        <translation>A visit lasts from 1 minute to 8 hours.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="336"/>
        <source>The next step cannot come before the visit.</source>
        <translation>The next step cannot come before the visit.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="337"/>
        <source>Calling back cannot come before the call.</source>
        <translation>Calling back cannot come before the call.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="338"/>
        <source>A gift&apos;s value is from 0 to 1,000,000 yuan.</source>
        <translation>A gift&apos;s value is from 0 to 1,000,000 yuan.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="341"/>
        <source>An amount is from 0 to ten billion yuan.</source>
        <translation>An amount is from 0 to ten billion yuan.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="342"/>
        <source>The maturity cannot come before the start.</source>
        <translation>The maturity cannot come before the start.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="343"/>
        <source>Out of range for a number of days.</source>
        <translation>Out of range for a number of days.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="344"/>
        <source>This cannot come before the complaint was received.</source>
        <translation>This cannot come before the complaint was received.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="347"/>
        <source>An ID-card number is 17 digits and a final digit or X (or an old card&apos;s 15 digits).</source>
        <translation>An ID-card number is 17 digits and a final digit or X (or an old card&apos;s 15 digits).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="351"/>
        <source>The last character does not match: a digit is mistyped.</source>
        <translation>The last character does not match: a digit is mistyped.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="354"/>
        <source>The first two digits name no province: a digit is mistyped.</source>
        <translation>The first two digits name no province: a digit is mistyped.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="357"/>
        <source>The birth date inside this number does not exist.</source>
        <translation>The birth date inside this number does not exist.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="360"/>
        <source>That value is out of range.</source>
        <translation>That value is out of range.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="361"/>
        <source>This text holds an invisible control character (pasted from elsewhere?): retype it.</source>
        <translation>This text holds an invisible control character (pasted from elsewhere?): retype it.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="22"/>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="81"/>
        <source>My details</source>
        <translation>My details</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="26"/>
        <source>e.g. 李明</source>
        <translation>e.g. 李明</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="28"/>
        <source>e.g. 台州银行椒江支行 客户经理</source>
        <translation>e.g. 台州银行椒江支行 客户经理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="30"/>
        <source>e.g. 139 0013 9000</source>
        <translation>e.g. 139 0013 9000</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="31"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="35"/>
        <source>Your name, title and phone sign the thank-you letters and SMS rmdesk drafts for you. With your gender, the visit plan and the briefing remind you to bring a female colleague when a male RM visits a female client.</source>
        <translation>Your name, title and phone sign the thank-you letters and SMS rmdesk drafts for you. With your gender, the visit plan and the briefing remind you to bring a female colleague when a male RM visits a female client.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="45"/>
        <source>Bank, branch and post</source>
        <translation>Bank, branch and post</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="46"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="47"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="246"/>
        <source>Change how the book is protected</source>
        <translation>Change how the book is protected</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="248"/>
        <source>Encrypt the book</source>
        <translation>Encrypt the book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="252"/>
        <source>An encrypted book cannot be read from a lost laptop or a copied file. Its backups are encrypted with it.</source>
        <translation>An encrypted book cannot be read from a lost laptop or a copied file. Its backups are encrypted with it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="257"/>
        <source>A &amp;passphrase I choose</source>
        <translation>A &amp;passphrase I choose</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="259"/>
        <source>A random &amp;key kept in this computer&apos;s keyring (opens without asking)</source>
        <translation>A random &amp;key kept in this computer&apos;s keyring (opens without asking)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="261"/>
        <source>&amp;No encryption</source>
        <translation>&amp;No encryption</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="273"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="274"/>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="313"/>
        <source>At least {0} characters.</source>
        <translation>At least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="315"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="42"/>
        <source>A forgotten passphrase cannot be recovered: nobody, rmdesk included, can open the book without it. Keep it somewhere safe.</source>
        <translation>A forgotten passphrase cannot be recovered: nobody, rmdesk included, can open the book without it. Keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="81"/>
        <source>The book&apos;s key is kept in this computer&apos;s keyring. If this computer is lost or replaced, or its keyring is reset, the recovery key below opens the book and its backups on another: type it where rmdesk asks for the passphrase. Write it down or print it, and keep it away from this computer: whoever has it can read the book.</source>
        <translation>The book&apos;s key is kept in this computer&apos;s keyring. If this computer is lost or replaced, or its keyring is reset, the recovery key below opens the book and its backups on another: type it where rmdesk asks for the passphrase. Write it down or print it, and keep it away from this computer: whoever has it can read the book.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="190"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="191"/>
        <source>This book opens with its passphrase, not with a key kept in the keyring: it has no recovery key. Its passphrase is the only way in.</source>
        <translation>This book opens with its passphrase, not with a key kept in the keyring: it has no recovery key. Its passphrase is the only way in.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="215"/>
        <source>Protect your book</source>
        <translation>Protect your book</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="225"/>
        <source>This computer&apos;s keyring cannot keep the key ({0}). Choose a passphrase instead.</source>
        <translation>This computer&apos;s keyring cannot keep the key ({0}). Choose a passphrase instead.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="232"/>
        <source>This passphrase does not open the book. Nothing was changed; try again.</source>
        <translation>This passphrase does not open the book. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="329"/>
        <source>A team&apos;s PostgreSQL book is protected on its server (its roles, TLS and disk), not by rmdesk&apos;s encryption.</source>
        <translation>A team&apos;s PostgreSQL book is protected on its server (its roles, TLS and disk), not by rmdesk&apos;s encryption.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="349"/>
        <source>Encrypting the book and its backups…</source>
        <translation>Encrypting the book and its backups…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="359"/>
        <source>The book could not be converted ({0}). It is as it was; close other programs using it and try again.</source>
        <translation>The book could not be converted ({0}). It is as it was; close other programs using it and try again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="366"/>
        <source>The book and its backups are encrypted.</source>
        <translation>The book and its backups are encrypted.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="368"/>
        <source>Left as they were (damaged, or under another key): {0}</source>
        <translation>Left as they were (damaged, or under another key): {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="383"/>
        <source>Share with another RM</source>
        <translation>Share with another RM</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="385"/>
        <source>%n client(s) will be seen and edited by this RM as well. Their sign-in name on the team&apos;s server:</source>
        <translation>%n client(s) will be seen and edited by this RM as well. Their sign-in name on the team&apos;s server:</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="399"/>
        <source>%n client(s) shared with {0}.</source>
        <translation>%n client(s) shared with {0}.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="105"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="115"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="119"/>
        <source>I have kept it</source>
        <translation>I have kept it</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="140"/>
        <source>rmdesk: the recovery key of the book</source>
        <translation>rmdesk: the recovery key of the book</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="45"/>
        <source>Referrals around {0}</source>
        <translation>Referrals around {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="49"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="49"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="49"/>
        <source>Brought</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="72"/>
        <source>thanked</source>
        <translation>thanked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="91"/>
        <source>{0} started this chain and brought {1} directly, {2} in all.</source>
        <translation>{0} started this chain and brought {1} directly, {2} in all.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="95"/>
        <source>No one was introduced through this contact yet.</source>
        <translation>No one was introduced through this contact yet.</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="47"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="48"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="53"/>
        <source>Day sheet (PDF)…</source>
        <translation>Day sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="63"/>
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="77"/>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="77"/>
        <source>flexible</source>
        <translation>flexible</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="78"/>
        <source>{0}. {1}–{2} {3} ({4}; arrive {5}, {6} km)</source>
        <translation>{0}. {1}–{2} {3} ({4}; arrive {5}, {6} km)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="88"/>
        <source>late for its time</source>
        <translation>late for its time</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="98"/>
        <source>Lunch {0}–{1}</source>
        <translation>Lunch {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="104"/>
        <source>Leave {0}, back {1}; {2} km, {3} min driving. {4}</source>
        <translation>Leave {0}, back {1}; {2} km, {3} min driving. {4}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="112"/>
        <source>This order breaks the working day or lunch.</source>
        <translation>This order breaks the working day or lunch.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="131"/>
        <source>A public holiday ({0}).</source>
        <translation>A public holiday ({0}).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="133"/>
        <source>A weekend day.</source>
        <translation>A weekend day.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="135"/>
        <source>A working weekend day in lieu (调休, {0}).</source>
        <translation>A working weekend day in lieu (调休, {0}).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="140"/>
        <source>The official holidays of {0} are not known yet; only weekends count as days off. Enter them in Planning → Official holidays.</source>
        <translation>The official holidays of {0} are not known yet; only weekends count as days off. Enter them in Planning → Official holidays.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="167"/>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="196"/>
        <source>Save the day sheet</source>
        <translation>Save the day sheet</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="198"/>
        <source>The day sheet could not be written to {0}. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation>The day sheet could not be written to {0}. Check that the folder exists, that you may write there and that the disk has room.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="49"/>
        <source>Selling rules and reminders</source>
        <translation>Selling rules and reminders</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="54"/>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="54"/>
        <source>Maturing within</source>
        <translation>Maturing within</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="54"/>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="55"/>
        <source>Because</source>
        <translation>Because</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="55"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="58"/>
        <source>Add a rule</source>
        <translation>Add a rule</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="60"/>
        <source>Remove the rule</source>
        <translation>Remove the rule</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="67"/>
        <source>Selling rules</source>
        <translation>Selling rules</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="78"/>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="112"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="79"/>
        <source>Greet at 圣诞 (Christmas) too</source>
        <translation>Greet at 圣诞 (Christmas) too</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="80"/>
        <source>Reminders on Today</source>
        <translation>Reminders on Today</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="82"/>
        <source>Maturities and due dates show</source>
        <translation>Maturities and due dates show</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="83"/>
        <source>Birthdays and festivals show</source>
        <translation>Birthdays and festivals show</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="84"/>
        <source>A key client without a plan is due every</source>
        <translation>A key client without a plan is due every</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="111"/>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="170"/>
        <source>Each rule needs its reason: {0}</source>
        <translation>Each rule needs its reason: {0}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="294"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="295"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="296"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="297"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="298"/>
        <source>Career</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="299"/>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="300"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="301"/>
        <source>Experience</source>
        <translation>Experience</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="302"/>
        <source>Attitude to us</source>
        <translation>Attitude to us</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="303"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="25"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="30"/>
        <source>AMap (高德), loads in China</source>
        <translation>AMap (高德), loads in China</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="31"/>
        <source>OpenStreetMap (often slow or blocked in China)</source>
        <translation>OpenStreetMap (often slow or blocked in China)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="32"/>
        <source>No base map (offline)</source>
        <translation>No base map (offline)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="79"/>
        <source>Optional: your AMap web-service key</source>
        <translation>Optional: your AMap web-service key</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="42"/>
        <source>With a key from AMap&apos;s open platform (Web服务), Find in an address looks the address up there. Kept in the system keyring; nothing is sent without it.</source>
        <translation>With a key from AMap&apos;s open platform (Web服务), Find in an address looks the address up there. Kept in the system keyring; nothing is sent without it.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="39"/>
        <source>Reading the keyring…</source>
        <translation>Reading the keyring…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="49"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="53"/>
        <source>rmdesk covers every window and asks for the passphrase after this long without use, and when the computer&apos;s session locks.</source>
        <translation>rmdesk covers every window and asks for the passphrase after this long without use, and when the computer&apos;s session locks.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="63"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="68"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="69"/>
        <source>Map tiles</source>
        <translation>Map tiles</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="70"/>
        <source>Geocoder key</source>
        <translation>Geocoder key</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="71"/>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="72"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="266"/>
        <source>Be more expert than them; use evidence.</source>
        <translation>Be more expert than them; use evidence.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="267"/>
        <source>Small talk and patience; build trust slowly.</source>
        <translation>Small talk and patience; build trust slowly.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="268"/>
        <source>Plain language and proof; no pressure.</source>
        <translation>Plain language and proof; no pressure.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="269"/>
        <source>Stay firm, concede little; go as two RMs.</source>
        <translation>Stay firm, concede little; go as two RMs.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="270"/>
        <source>Listen and praise; present the product as status.</source>
        <translation>Listen and praise; present the product as status.</translation>
    </message>
</context>
<context>
    <name>SuggestDayDialog</name>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="59"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="233"/>
        <source>Suggest my day</source>
        <translation>Suggest my day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="65"/>
        <source>Suggest again</source>
        <translation>Suggest again</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="71"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="76"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="76"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="87"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="76"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="77"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="87"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="79"/>
        <source>Remove the suggestion</source>
        <translation>Remove the suggestion</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="82"/>
        <source>Swap with the other chosen</source>
        <translation>Swap with the other chosen</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="84"/>
        <source>Replace the suggestion chosen on the left with the client chosen on the right</source>
        <translation>Replace the suggestion chosen on the left with the client chosen on the right</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="87"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="90"/>
        <source>Add to the day</source>
        <translation>Add to the day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="96"/>
        <source>The proposed day</source>
        <translation>The proposed day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="106"/>
        <source>Also worth a visit</source>
        <translation>Also worth a visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="115"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="360"/>
        <source>Book these visits</source>
        <translation>Book these visits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="118"/>
        <source>Close without booking</source>
        <translation>Close without booking</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="146"/>
        <source>Points for each reason</source>
        <translation>Points for each reason</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="161"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="164"/>
        <source>Near means within</source>
        <translation>Near means within</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="165"/>
        <source>A suggested visit lasts</source>
        <translation>A suggested visit lasts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="166"/>
        <source>Suggest at most</source>
        <translation>Suggest at most</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="171"/>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="172"/>
        <source>Product maturing</source>
        <translation>Product maturing</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="173"/>
        <source>Key client not contacted in time</source>
        <translation>Key client not contacted in time</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="174"/>
        <source>Complaint past its deadline</source>
        <translation>Complaint past its deadline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="175"/>
        <source>Prospect in a late stage</source>
        <translation>Prospect in a late stage</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="176"/>
        <source>Near one of the day&apos;s visits</source>
        <translation>Near one of the day&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="220"/>
        <source>Looking for the visits most worth making…</source>
        <translation>Looking for the visits most worth making…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="255"/>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="257"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="259"/>
        <source>Already planned</source>
        <translation>Already planned</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="264"/>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="292"/>
        <source>Does not fit the day: {0}.</source>
        <translation>Does not fit the day: {0}.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="300"/>
        <source>Nothing to suggest for this day: no client has a reason to be seen that fits, or the branch has no place on the map.</source>
        <translation>Nothing to suggest for this day: no client has a reason to be seen that fits, or the branch has no place on the map.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="303"/>
        <source>%n suggested visit(s); back at the branch at {0}, {1:.1f} km.</source>
        <translation>
            <numerusform>%n suggested visit; back at the branch at {0}, {1:.1f} km.</numerusform>
            <numerusform>%n suggested visits; back at the branch at {0}, {1:.1f} km.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="108"/>
        <source>Thank the introducers</source>
        <translation>Thank the introducers</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="112"/>
        <source>After meeting someone you were introduced to, tell the introducer how it went and thank them.</source>
        <translation>After meeting someone you were introduced to, tell the introducer how it went and thank them.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="122"/>
        <source>Mark thanked</source>
        <translation>Mark thanked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="125"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="149"/>
        <source>Thank {0} for introducing {1} ({2})</source>
        <translation>Thank {0} for introducing {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="156"/>
        <source>Nothing to do: every introducer has been thanked.</source>
        <translation>Nothing to do: every introducer has been thanked.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="56"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="57"/>
        <source>Calls to make</source>
        <translation>Calls to make</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="58"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="59"/>
        <source>Complaints past their deadline</source>
        <translation>Complaints past their deadline</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="60"/>
        <source>Key clients overdue for contact</source>
        <translation>Key clients overdue for contact</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="61"/>
        <source>Maturities and due dates</source>
        <translation>Maturities and due dates</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="62"/>
        <source>Report back and thank the introducer</source>
        <translation>Report back and thank the introducer</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="64"/>
        <source>Birthdays, anniversaries and festivals</source>
        <translation>Birthdays, anniversaries and festivals</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="103"/>
        <source>The day before (Alt+Left)</source>
        <translation>The day before (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="107"/>
        <source>The day after (Alt+Right)</source>
        <translation>The day after (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="110"/>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="121"/>
        <source>Rules and reminders…</source>
        <translation>Rules and reminders…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="175"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="176"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="177"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="178"/>
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="179"/>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="180"/>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="181"/>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="227"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="227"/>
        <source>The day {0}</source>
        <translation>The day {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="262"/>
        <source>{0} more… (Enter shows them all)</source>
        <translation>{0} more… (Enter shows them all)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="269"/>
        <source>Reading the rest of the day…</source>
        <translation>Reading the rest of the day…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="273"/>
        <source>{0} to do, {1} overdue</source>
        <translation>{0} to do, {1} overdue</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="275"/>
        <source>Nothing due: a good day to call on a key client.</source>
        <translation>Nothing due: a good day to call on a key client.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="288"/>
        <source>overdue {0:%m-%d}</source>
        <translation>overdue {0:%m-%d}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="290"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="292"/>
        <source>tomorrow {0}</source>
        <translation>tomorrow {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="375"/>
        <source>Marked done.</source>
        <translation>Marked done.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="375"/>
        <source>Marked not done.</source>
        <translation>Marked not done.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="387"/>
        <source>Put off until {0}.</source>
        <translation>Put off until {0}.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="400"/>
        <source>Greeting — {0}</source>
        <translation>Greeting — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="404"/>
        <source>Good to know: {0}</source>
        <translation>Good to know: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="409"/>
        <source>Add a line of your own, then copy it into your phone or WeChat.</source>
        <translation>Add a line of your own, then copy it into your phone or WeChat.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="412"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>TodayTray</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/today/tray.py" line="79"/>
        <source>rmdesk: %n to do today</source>
        <translation>
            <numerusform>rmdesk: %n to do today</numerusform>
            <numerusform>rmdesk: %n to do today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/tray.py" line="101"/>
        <source>Visit at {0}</source>
        <translation>Visit at {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/tray.py" line="103"/>
        <source>Call back at {0}</source>
        <translation>Call back at {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/tray.py" line="106"/>
        <source>Unlock rmdesk to see who.</source>
        <translation>Unlock rmdesk to see who.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="30"/>
        <source>Contacts in the trash can be restored until the trash is emptied.</source>
        <translation>Contacts in the trash can be restored until the trash is emptied.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="38"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="40"/>
        <source>Empty the trash…</source>
        <translation>Empty the trash…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/trash_page.py" line="75"/>
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Restored %n contact.</numerusform>
            <numerusform>Restored %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="85"/>
        <source>Empty the trash</source>
        <translation>Empty the trash</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/trash_page.py" line="87"/>
        <source>Delete %n contact(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/trash_page.py" line="97"/>
        <source>Deleted %n contact(s) for good.</source>
        <translation>
            <numerusform>Deleted %n contact for good.</numerusform>
            <numerusform>Deleted %n contacts for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="104"/>
        <location filename="../../rmdesk/ui/lock.py" line="107"/>
        <source>rmdesk is locked</source>
        <translation>rmdesk is locked</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="110"/>
        <source>Enter the book&apos;s passphrase to show your clients again.</source>
        <translation>Enter the book&apos;s passphrase to show your clients again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="112"/>
        <source>Unlock with this computer&apos;s keyring to show your clients again.</source>
        <translation>Unlock with this computer&apos;s keyring to show your clients again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="114"/>
        <source>Enter your password for the team&apos;s server to show your clients again.</source>
        <translation>Enter your password for the team&apos;s server to show your clients again.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="117"/>
        <source>This book has no passphrase, so anyone at this computer can unlock it. File → Encrypt the book makes the lock ask for one.</source>
        <translation>This book has no passphrase, so anyone at this computer can unlock it. File → Encrypt the book makes the lock ask for one.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="122"/>
        <source>Unlock to show your clients again. Lock your computer&apos;s session when you leave it: the team&apos;s book opens without a passphrase here.</source>
        <translation>Unlock to show your clients again. Lock your computer&apos;s session when you leave it: the team&apos;s book opens without a passphrase here.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="130"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="130"/>
        <source>Server password</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="137"/>
        <source>Unlock with the &amp;keyring</source>
        <translation>Unlock with the &amp;keyring</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="137"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="140"/>
        <source>&amp;Quit rmdesk</source>
        <translation>&amp;Quit rmdesk</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="80"/>
        <source>Visit plan — {0}</source>
        <translation>Visit plan — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="82"/>
        <source>Edit visit plan — {0}</source>
        <translation>Edit visit plan — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="86"/>
        <source>Purpose and time</source>
        <translation>Purpose and time</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="87"/>
        <source>Person, place, mode</source>
        <translation>Person, place, mode</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="88"/>
        <source>Strategy and materials</source>
        <translation>Strategy and materials</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="106"/>
        <source>What to talk about, what to achieve</source>
        <translation>What to talk about, what to achieve</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="112"/>
        <source>Fixed appointment</source>
        <translation>Fixed appointment</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="120"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="123"/>
        <source>Latest end</source>
        <translation>Latest end</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="128"/>
        <source>Offer two times (二择一)</source>
        <translation>Offer two times (二择一)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="130"/>
        <source>The two times on this day that fit your plan with the least extra driving</source>
        <translation>The two times on this day that fit your plan with the least extra driving</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="145"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="146"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="147"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="151"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="155"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="163"/>
        <source>Who you will see, if not the client</source>
        <translation>Who you will see, if not the client</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="165"/>
        <source>e.g. 财务总监</source>
        <translation>e.g. 财务总监</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="166"/>
        <source>At the client&apos;s address</source>
        <translation>At the client&apos;s address</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="170"/>
        <source>the first address</source>
        <translation>the first address</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="174"/>
        <source>e.g. 椒江万达 星巴克</source>
        <translation>e.g. 椒江万达 星巴克</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="177"/>
        <source>Pick on the map</source>
        <translation>Pick on the map</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="178"/>
        <source>This window steps aside while you click the map.</source>
        <translation>This window steps aside while you click the map.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="194"/>
        <source>Person to see</source>
        <translation>Person to see</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="195"/>
        <source>Their role</source>
        <translation>Their role</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="201"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="205"/>
        <source>Formality</source>
        <translation>Formality</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="206"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="207"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="210"/>
        <source>A male RM visiting a female client brings a female colleague along.</source>
        <translation>A male RM visiting a female client brings a female colleague along.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="230"/>
        <source>no location</source>
        <translation>no location</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="232"/>
        <source>no pin: district centre</source>
        <translation>no pin: district centre</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="235"/>
        <source>the client has no address</source>
        <translation>the client has no address</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="245"/>
        <source>Greeting, approach, conversation, leave-taking</source>
        <translation>Greeting, approach, conversation, leave-taking</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="257"/>
        <source>Another thing to bring</source>
        <translation>Another thing to bring</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="258"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="266"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="267"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="286"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="286"/>
        <source>Earliest start</source>
        <translation>Earliest start</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="302"/>
        <source>Not in a planned route yet (Map and day → Plan the day).</source>
        <translation>Not in a planned route yet (Map and day → Plan the day).</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="303"/>
        <source>Stop {0}: arrive {1}, leave {2}</source>
        <translation>Stop {0}: arrive {1}, leave {2}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="410"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="411"/>
        <source>This visit plan has changes that are not saved. Discard them?</source>
        <translation>This visit plan has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="422"/>
        <source>Looking for two times…</source>
        <translation>Looking for two times…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="436"/>
        <source>+{0} km driving</source>
        <translation>+{0} km driving</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="438"/>
        <source>No longer fits that day: {0}</source>
        <translation>No longer fits that day: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="448"/>
        <source>Offer both: “{0} or {1}, which suits you better?” Click the one chosen.</source>
        <translation>Offer both: “{0} or {1}, which suits you better?” Click the one chosen.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="455"/>
        <source>The day is full: a proposed visit would move to another day.</source>
        <translation>The day is full: a proposed visit would move to another day.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="458"/>
        <source>Only one time fits this day.</source>
        <translation>Only one time fits this day.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="461"/>
        <source>No time on this day fits the visits already planned. Try another day.</source>
        <translation>No time on this day fits the visits already planned. Try another day.</translation>
    </message>
</context>
<context>
    <name>VisitLogDialog</name>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="87"/>
        <source>Log a visit — {0}</source>
        <translation>Log a visit — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="90"/>
        <source>How it went</source>
        <translation>How it went</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="91"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="92"/>
        <source>Next step and gifts</source>
        <translation>Next step and gifts</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="93"/>
        <source>Thank-you note…</source>
        <translation>Thank-you note…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="110"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="112"/>
        <source>Who you met, e.g. 王总 and the finance manager</source>
        <translation>Who you met, e.g. 王总 and the finance manager</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="113"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="116"/>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="117"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="118"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="122"/>
        <source>Purpose reached</source>
        <translation>Purpose reached</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="123"/>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="126"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="129"/>
        <source>What you saw</source>
        <translation>What you saw</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="131"/>
        <source>Withdraw politely: come back in {0} weeks</source>
        <translation>Withdraw politely: come back in {0} weeks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="135"/>
        <source>None tried</source>
        <translation>None tried</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="137"/>
        <source>Closing method tried</source>
        <translation>Closing method tried</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="139"/>
        <source>Products discussed</source>
        <translation>Products discussed</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="140"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="142"/>
        <source>Client&apos;s stage now</source>
        <translation>Client&apos;s stage now</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="152"/>
        <source>Asks about details, prices or terms</source>
        <translation>Asks about details, prices or terms</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="153"/>
        <source>Leans in, nods, takes notes</source>
        <translation>Leans in, nods, takes notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="154"/>
        <source>Talks about when and how to start</source>
        <translation>Talks about when and how to start</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="157"/>
        <source>Hesitates, compares with other banks</source>
        <translation>Hesitates, compares with other banks</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="158"/>
        <source>Goes quiet, asks the same thing again</source>
        <translation>Goes quiet, asks the same thing again</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="159"/>
        <source>Says they need to think or ask someone</source>
        <translation>Says they need to think or ask someone</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="162"/>
        <source>Arms crossed, leans back</source>
        <translation>Arms crossed, leans back</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="163"/>
        <source>Keeps looking at the phone or the clock</source>
        <translation>Keeps looking at the phone or the clock</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="164"/>
        <source>Says plainly they are not interested</source>
        <translation>Says plainly they are not interested</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="200"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="201"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="202"/>
        <source>The client&apos;s words</source>
        <translation>The client&apos;s words</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="203"/>
        <source>How you met it</source>
        <translation>How you met it</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="204"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="214"/>
        <source>Add an objection</source>
        <translation>Add an objection</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="216"/>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="271"/>
        <source>Remove the selected</source>
        <translation>Remove the selected</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="234"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="253"/>
        <source>e.g. bring the product brochure</source>
        <translation>e.g. bring the product brochure</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="255"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="261"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="264"/>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="264"/>
        <source>Value (yuan)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="269"/>
        <source>Add a gift</source>
        <translation>Add a gift</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="278"/>
        <source>Gifts given</source>
        <translation>Gifts given</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="283"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="382"/>
        <source>Over the gift limits</source>
        <translation>Over the gift limits</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="383"/>
        <source>Log the visit with these gifts?</source>
        <translation>Log the visit with these gifts?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="409"/>
        <source>Discard this log?</source>
        <translation>Discard this log?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="410"/>
        <source>This visit log is not saved. Discard it?</source>
        <translation>This visit log is not saved. Discard it?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="419"/>
        <source>Visit again after a polite withdrawal</source>
        <translation>Visit again after a polite withdrawal</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="434"/>
        <source>Thank-you note — {0}</source>
        <translation>Thank-you note — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="437"/>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="440"/>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="447"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="437"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="443"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="449"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="454"/>
        <source>rmdesk sends nothing: copy the text into your phone or mail.</source>
        <translation>rmdesk sends nothing: copy the text into your phone or mail.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="456"/>
        <source>To sign it with your name and phone, fill in File → My details.</source>
        <translation>To sign it with your name and phone, fill in File → My details.</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="509"/>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
</context>
<context>
    <name>VisitLogText</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="418"/>
        <source>met {0}</source>
        <translation>met {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="421"/>
        <source>purpose reached</source>
        <translation>purpose reached</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="423"/>
        <source>purpose not reached</source>
        <translation>purpose not reached</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="426"/>
        <source>stage: {0}</source>
        <translation>stage: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="428"/>
        <source>products: {0}</source>
        <translation>products: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="431"/>
        <source>next: {0}</source>
        <translation>next: {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="437"/>
        <source>logged without notes</source>
        <translation>logged without notes</translation>
    </message>
</context>
<context>
    <name>WaysInDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="180"/>
        <source>Who can introduce me to {0}?</source>
        <translation>Who can introduce me to {0}?</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="199"/>
        <source>introduced them</source>
        <translation>introduced them</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="200"/>
        <source>knows them</source>
        <translation>knows them</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="201"/>
        <source>works at the same company</source>
        <translation>works at the same company</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="202"/>
        <source>shares a tie</source>
        <translation>shares a tie</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="203"/>
        <source>same kind of tie</source>
        <translation>same kind of tie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="211"/>
        <source>%n way(s) in, closest first.</source>
        <translation>
            <numerusform>%n way in, closest first.</numerusform>
            <numerusform>%n ways in, closest first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="213"/>
        <source>No one in the book shares a tie, a company or a friend with them yet.</source>
        <translation>No one in the book shares a tie, a company or a friend with them yet.</translation>
    </message>
</context>
</TS>
