<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="24"/>
        <source>About rmdesk</source>
        <translation>关于 rmdesk</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="27"/>
        <source>&lt;b&gt;rmdesk {0}&lt;/b&gt;&lt;br&gt;The relationship manager&apos;s desk.&lt;br&gt;Book: {1}</source>
        <translation>&lt;b&gt;rmdesk {0}&lt;/b&gt;&lt;br&gt;客户经理的工作台。&lt;br&gt;客户资料库：{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="34"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="34"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="34"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="46"/>
        <source>Qt and PySide6 are used under the LGPL version 3; their source is at download.qt.io. Each component&apos;s licence text comes with its package.</source>
        <translation>Qt 和 PySide6 依据 LGPL 第 3 版使用，源代码见 download.qt.io。各组件的许可证全文随其软件包提供。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/about_dialog.py" line="55"/>
        <source>Third-party components:</source>
        <translation>第三方组件：</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="53"/>
        <source>District, e.g. 椒江区</source>
        <translation>区县，如 椒江区</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="55"/>
        <source>Address, e.g. 台州市椒江区市府大道1号</source>
        <translation>地址，例如 台州市椒江区市府大道1号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="65"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="68"/>
        <source>Find this address&apos;s place: with the geocoder set in Settings, else its district</source>
        <translation>查找该地址的位置：已在“设置”中配置地理编码时精确查找，否则只找到所在区县</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../rmdesk/ui/common/progress.py" line="56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="51"/>
        <source>Opening the book…</source>
        <translation>正在打开通讯录…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="70"/>
        <source>Writing the demo book…</source>
        <translation>正在生成演示通讯录…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="206"/>
        <source>Checking the passphrase…</source>
        <translation>正在核对密码…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="216"/>
        <source>Bringing the book back from its backup…</source>
        <translation>正在从备份恢复客户簿…</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="51"/>
        <location filename="../../rmdesk/ui/audit_window.py" line="184"/>
        <source>Audit trail</source>
        <translation>数据外发审计记录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="61"/>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="65"/>
        <source>Export for a review…</source>
        <translation>导出供合规检查…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="68"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="70"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>Clients</source>
        <translation>涉及客户数</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="79"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="80"/>
        <source>Sensitive fields</source>
        <translation>含敏感字段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="80"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="80"/>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="95"/>
        <source>Calendar file exported</source>
        <translation>导出日历文件</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="96"/>
        <source>Sent to a CalDAV server</source>
        <translation>同步到 CalDAV 服务器</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="97"/>
        <source>Calendar feed fetched by a phone</source>
        <translation>手机订阅拉取日历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="98"/>
        <source>Briefing PDF</source>
        <translation>拜访简报 PDF</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="99"/>
        <source>Day sheet PDF</source>
        <translation>当日行程单 PDF</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="100"/>
        <source>Chart saved as an image</source>
        <translation>图表另存为图片</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="101"/>
        <source>Briefing printed</source>
        <translation>打印拜访简报</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="102"/>
        <source>Thank-you letter printed</source>
        <translation>打印感谢信</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="103"/>
        <source>Contacts exported</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="104"/>
        <source>Gift ledger exported</source>
        <translation>导出礼品台账</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="105"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="110"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="111"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="112"/>
        <source>Religion</source>
        <translation>宗教信仰</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="113"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="130"/>
        <source>The trail does not verify: entries {0} were edited, or follow one that was deleted. Tell your compliance officer.</source>
        <translation>审计记录校验未通过：第 {0} 条被改动过，或其前一条已被删除。请告知合规负责人。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="137"/>
        <source>The whole trail verifies: no entry was edited or deleted.</source>
        <translation>审计记录全部校验通过：没有任何记录被改动或删除。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="154"/>
        <source>yes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="154"/>
        <source>NO</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="170"/>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/audit_window.py" line="172"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/audit_window.py" line="179"/>
        <source>%n entry(s) written to {0}.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 {0}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="40"/>
        <source>daily</source>
        <translation>每日自动备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="41"/>
        <source>before an import</source>
        <translation>导入前备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="42"/>
        <source>before a restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="43"/>
        <source>made by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="44"/>
        <source>before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="258"/>
        <source>Today&apos;s backup was not copied to the other drive: {0} It is tried again at the next start, or on File → Backups.</source>
        <translation>今天的备份未能复制到另一个磁盘：{0} 下次启动时会再试，也可在“文件 → 备份”中处理。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="273"/>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="292"/>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="274"/>
        <source>Replace the book with the backup of {0} ({1} contacts)? Everything entered since then is replaced; the book as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>用 {0} 的备份（{1} 位联系人）替换当前客户资料库吗？此后录入的内容都将被替换；替换前会先备份当前资料库，恢复该备份即可撤销。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="332"/>
        <source>The book is damaged</source>
        <translation>客户资料库已损坏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="333"/>
        <source>The book is damaged: SQLite reports “{0}”. Stop entering data in it.</source>
        <translation>客户资料库已损坏：SQLite 报告“{0}”。请停止在其中录入数据。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="342"/>
        <source>There is no sound backup to restore.</source>
        <translation>没有可用于恢复的完好备份。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="350"/>
        <source>Put the newest sound backup, of {0}, in its place? The damaged book is kept beside it.</source>
        <translation>用最新的完好备份（{0}）替换它吗？损坏的资料库会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/app.py" line="121"/>
        <source>The book {0} is damaged and cannot be opened. Put its newest sound backup, of {1}, in its place? The damaged file is kept beside it.</source>
        <translation>客户资料库 {0} 已损坏，无法打开。用最新的完好备份（{1}）替换它吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="118"/>
        <source>rmdesk backups (*.sqlite *.bak);;All files (*)</source>
        <translation>rmdesk 备份 (*.sqlite *.bak);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="55"/>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="234"/>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="254"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="58"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="58"/>
        <source>Why</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="58"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="67"/>
        <source>rmdesk backs the book up every day it starts, before every import and before every upgrade; it keeps the last 7 days and one a week for 4 weeks more. Backups are readable by you only.</source>
        <translation>rmdesk 每天启动时、每次导入前和每次升级前都会备份客户资料库；保留最近 7 天的备份，另外再保留 4 周、每周一份。备份文件仅您本人可读。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="73"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="75"/>
        <source>Restore this backup…</source>
        <translation>从此备份恢复…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="77"/>
        <source>Restore from a &amp;file…</source>
        <translation>从备份文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="79"/>
        <source>A backup kept elsewhere: another disk, a USB drive, another computer</source>
        <translation>存放在别处的备份：另一块硬盘、U 盘或另一台电脑</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="82"/>
        <source>Show the folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="86"/>
        <source>Another &amp;drive…</source>
        <translation>另存到其他磁盘(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="88"/>
        <source>Copy each day&apos;s backup to another disk or a USB drive as well</source>
        <translation>每天的备份同时复制一份到另一块硬盘或 U 盘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="91"/>
        <source>&amp;Stop copying</source>
        <translation>停止复制(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="129"/>
        <source>Backups are on this computer&apos;s disk only: a failed or stolen laptop takes them with it. Copy each day&apos;s backup to another drive as well.</source>
        <translation>备份只存放在本机硬盘上：电脑损坏或丢失时会一并丢失。建议每天的备份再复制一份到另一个磁盘。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="133"/>
        <source>Each day&apos;s backup is copied to {0} too; the newest there: {1}.</source>
        <translation>每天的备份同时复制到 {0}；那里最新的一份：{1}。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="137"/>
        <source>Each day&apos;s backup is copied to {0} too; none is there yet.</source>
        <translation>每天的备份同时复制到 {0}；那里还没有备份。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="142"/>
        <source>That folder is on this computer&apos;s own disk: choose a USB drive or another disk, or a failed disk takes the copies with it.</source>
        <translation>该文件夹在本机自己的硬盘上：请选择 U 盘或另一块硬盘，否则硬盘损坏时副本会一并丢失。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="147"/>
        <source>The book is not encrypted: whoever has that drive can read the copies.</source>
        <translation>客户簿未加密：拿到该磁盘的人都能读取这些副本。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="157"/>
        <source>Copy each day&apos;s backup to</source>
        <translation>每天的备份复制到</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="172"/>
        <source>Copied the day&apos;s backup to {0}.</source>
        <translation>已将当天的备份复制到 {0}。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="208"/>
        <source>Backed up to {0}.</source>
        <translation>已备份到 {0}。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="227"/>
        <source>Restore from a file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="234"/>
        <source>{0} cannot be read ({1}).</source>
        <translation>无法读取 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/backups_dialog.py" line="243"/>
        <source>The backup is in place; the book as it was is kept too.</source>
        <translation>已从备份恢复；恢复前的资料库也已保留。</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="96"/>
        <source>Search name, pinyin (zhangsan, zs), company, phone, hobbies, notes  (Ctrl+F)</source>
        <translation>搜索姓名、拼音（zhangsan、zs）、单位、电话、爱好、备注（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="126"/>
        <source>Search the whole book</source>
        <translation>在全部客户中搜索</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="174"/>
        <source>the map selection</source>
        <translation>地图选区</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="180"/>
        <source>No tie yet</source>
        <translation>尚无关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="182"/>
        <source>key clients</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="187"/>
        <source>Searching “{0}” in {1} only.</source>
        <translation>仅在“{1}”中搜索“{0}”。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="204"/>
        <source>Showing the map selection; choose a group in the tree to show all.</source>
        <translation>正在显示地图选区内的客户；在左侧分组中选择任一分组即可显示全部。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="238"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="240"/>
        <source>%n+ contacts</source>
        <translation>
            <numerusform>%n+ 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="251"/>
        <source>No contact matches “{0}”.</source>
        <translation>没有与“{0}”匹配的联系人。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="259"/>
        <source>No contact in this group.</source>
        <translation>该分组中没有联系人。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="260"/>
        <source>Your book is empty. Add your first contact with New contact (Ctrl+N).</source>
        <translation>客户簿还是空的。点击“新建联系人”（Ctrl+N）添加第一位客户。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="307"/>
        <source>Objection marked resolved.</source>
        <translation>该异议已标记为化解。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="317"/>
        <source>Notes of the visit</source>
        <translation>拜访备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="318"/>
        <source>What the visit of {0} left to remember:</source>
        <translation>{0}拜访的备注：</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="321"/>
        <source>The visit&apos;s notes are corrected.</source>
        <translation>拜访备注已更正。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="330"/>
        <source>Note of the call</source>
        <translation>通话备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="331"/>
        <source>What the call of {0} left to remember:</source>
        <translation>{0}通话的备注：</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="334"/>
        <source>The call&apos;s note is corrected.</source>
        <translation>通话备注已更正。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="355"/>
        <source>Notes not saved</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="362"/>
        <source>Withdraw the visit of {0}?</source>
        <translation>撤销{0}的拜访记录？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="364"/>
        <source>For a visit logged by mistake: for the wrong client, or one that did not take place. Its objections, gifts and next step go with it; the planned visit it closed is booked again, and the client goes back to the stage before it (unless moved since).</source>
        <translation>用于记错的拜访：记到了别的客户名下，或拜访并未进行。这条记录里的异议、礼品和下一步一并撤销；它办结的拜访计划恢复为“已约”，客户退回记录前的阶段（之后又调整过的除外）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="374"/>
        <source>The visit of {0} is withdrawn.</source>
        <translation>{0}的拜访记录已撤销。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="377"/>
        <source>The visit planned for {0} is booked again.</source>
        <translation>{0}的拜访计划已恢复为“已约”。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="382"/>
        <source>The client is back at the stage before it.</source>
        <translation>客户已退回记录前的阶段。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="390"/>
        <source>Withdraw the call of {0}?</source>
        <translation>撤销{0}的电话记录？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="391"/>
        <source>For a call logged by mistake. Its call-back goes with it.</source>
        <translation>用于记错的电话，约定的回电一并撤销。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="398"/>
        <source>The call of {0} is withdrawn.</source>
        <translation>{0}的电话记录已撤销。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="404"/>
        <source>Withdraw</source>
        <translation>撤销记录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="406"/>
        <source>&amp;Withdraw</source>
        <translation>撤销记录(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="415"/>
        <source>Follow-up marked done.</source>
        <translation>跟进事项已完成。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_page.py" line="475"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="507"/>
        <source>Moved %n contact(s) to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已将 %n 位联系人移到回收站。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/book_page.py" line="526"/>
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>已恢复 %n 位联系人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookTree</name>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="27"/>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="40"/>
        <source>No tie yet</source>
        <translation>尚无关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="42"/>
        <source>Key clients, least known first</source>
        <translation>重点客户：最不了解的在前</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="45"/>
        <source>Key clients sorted by how complete their dossier is, emptiest first</source>
        <translation>重点客户按档案完整度排列，最空的在前</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/book_tree.py" line="48"/>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="66"/>
        <source>Branch and working day</source>
        <translation>支行与工作日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="68"/>
        <source>e.g. 台州椒江支行</source>
        <translation>例如 台州椒江支行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="78"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="93"/>
        <source> km/h</source>
        <translation> 公里/小时</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="87"/>
        <source>How much longer the roads are than a straight line: 1.4 means a 10 km hop is driven as 14 km</source>
        <translation>实际道路比直线远多少：1.4 表示直线 10 公里实际要开 14 公里</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="98"/>
        <source>Optional: your bank&apos;s road-routing server, if it runs one (OSRM), e.g. http://10.0.0.5:5000</source>
        <translation>可选：本行如有道路导航服务器（OSRM）可填于此，例如 http://10.0.0.5:5000</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="103"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="104"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="105"/>
        <source>Pick on the map</source>
        <translation>在地图上选点</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="107"/>
        <source>Find the address</source>
        <translation>按地址查找</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="108"/>
        <source>With the geocoder set in Settings</source>
        <translation>使用“设置”中配置的地理编码服务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="116"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="118"/>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="119"/>
        <source>Lunch within</source>
        <translation>午休时段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="120"/>
        <source>Lunch length</source>
        <translation>午休时长</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="122"/>
        <source>Roads vs. straight line</source>
        <translation>道路绕行倍数</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="124"/>
        <source>Road-routing server</source>
        <translation>道路导航服务器</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="142"/>
        <source>No geocoder is set up: give an AMap key in Settings, or pick the place on the map.</source>
        <translation>尚未配置地理编码服务：可在“设置”中填写高德 Key，或在地图上选点。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="146"/>
        <source>The geocoder knows no such address.</source>
        <translation>地理编码服务找不到这个地址。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/branch_dialog.py" line="123"/>
        <source>Average speed</source>
        <translation>平均车速</translation>
    </message>
</context>
<context>
    <name>BriefingView</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="62"/>
        <source>Include sensitive fields (ID number, health, income, religion)</source>
        <translation>包含敏感信息（身份证号、健康、收入、宗教）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="75"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="80"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="94"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="42"/>
        <source>No client to brief on that day.</source>
        <translation>那天没有要拜访的客户。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="16"/>
        <source>Cuisines</source>
        <translation>菜系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="17"/>
        <source>Restaurants</source>
        <translation>常去的餐厅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="18"/>
        <source>Drinks</source>
        <translation>饮酒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="19"/>
        <source>Smoking</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="20"/>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="21"/>
        <source>Taboos</source>
        <translation>忌讳</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="22"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="23"/>
        <source>Business with us</source>
        <translation>在本行的业务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="24"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="25"/>
        <source>Opinion of us</source>
        <translation>对本行的看法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="26"/>
        <source>Other banks</source>
        <translation>往来的他行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="27"/>
        <source>Favoured bank</source>
        <translation>最偏好的银行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="28"/>
        <source>First business</source>
        <translation>首次业务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="29"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="30"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="31"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="32"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="33"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="34"/>
        <source>Wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="35"/>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="40"/>
        <source>Pre-visit briefing</source>
        <translation>拜访前简报</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="54"/>
        <source>Nothing known yet.</source>
        <translation>尚无了解。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="64"/>
        <source>Style and approach</source>
        <translation>沟通类型与建议做法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="67"/>
        <source>Who goes</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="70"/>
        <source>A male RM visiting a female client brings a female colleague along.</source>
        <translation>男客户经理拜访女性客户，请安排一名女同事陪同。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="88"/>
        <source>This visit</source>
        <translation>本次拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="85"/>
        <source>Bring: {0}</source>
        <translation>携带：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="90"/>
        <source>Preferences and taboos</source>
        <translation>喜好与禁忌</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="95"/>
        <source>Dates in the next 30 days</source>
        <translation>未来 30 天的重要日子</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="99"/>
        <source>{0} years with us</source>
        <translation>与本行合作 {0} 周年</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="105"/>
        <source>With us and with other banks</source>
        <translation>与本行及他行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="107"/>
        <source>Last three visits</source>
        <translation>最近三次拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="110"/>
        <source>Open objections</source>
        <translation>未化解的异议</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="117"/>
        <source>Stage history</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="129"/>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="135"/>
        <source>Sensitive fields (included this time)</source>
        <translation>敏感信息（本次选择包含）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="137"/>
        <source>Identity (masked)</source>
        <translation>身份信息（已掩码）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="142"/>
        <source>Dossier {0}% complete.</source>
        <translation>档案完整度 {0}%。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/briefing.py" line="144"/>
        <source>Empty: {0}</source>
        <translation>空缺：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="135"/>
        <source>Save the briefing</source>
        <translation>保存拜访简报</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/briefing_view.py" line="137"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../rmdesk/ui/common/buttons.py" line="18"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/buttons.py" line="21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="69"/>
        <source>Phone calendar</source>
        <translation>手机日历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="72"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="73"/>
        <source>CalDAV sync</source>
        <translation>CalDAV 同步</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="74"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="75"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="78"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="91"/>
        <source>Minimal: “拜访 王先生”, time, place</source>
        <translation>最少：“拜访 王先生”、时间、地点</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="92"/>
        <source>Standard: also purpose and materials</source>
        <translation>标准：另含目的和携带物品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="93"/>
        <source>Full: also the briefing&apos;s key facts</source>
        <translation>完整：另含简报要点</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="96"/>
        <source>No profile ever carries the ID number, health, income or religion.</source>
        <translation>任何方案都不会带出身份证号、健康、收入或宗教。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="120"/>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="121"/>
        <source>no alarm</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="122"/>
        <source>One event per file (some phone apps read only the first)</source>
        <translation>每个日程一个文件（有些手机应用只读第一个）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="123"/>
        <source>Festival greetings (春节, 中秋 …)</source>
        <translation>节日问候（春节、中秋 …）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="125"/>
        <source>Only the contacts selected in the book</source>
        <translation>只导出通讯录中选中的联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="128"/>
        <source>Key clients</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="129"/>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="130"/>
        <source>Clients tagged…</source>
        <translation>带有标签的客户…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="131"/>
        <source>Nobody</source>
        <translation>不导出</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="133"/>
        <source>Only the birthdays and anniversaries that fall between From and To.</source>
        <translation>只导出落在起止日期之间的生日和纪念日。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="136"/>
        <source>Tag, e.g. 围棋</source>
        <translation>标签，例如 围棋</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="146"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="148"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="149"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="150"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="235"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="509"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="151"/>
        <source>Alarm</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="152"/>
        <source>Birthdays and anniversaries of</source>
        <translation>导出生日、纪念日的客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="165"/>
        <source>Export the calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="167"/>
        <source>Zip of .ics files (*.zip)</source>
        <translation>.ics 文件压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="167"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="379"/>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="173"/>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="183"/>
        <source>Type the tag whose clients&apos; birthdays go along.</source>
        <translation>请输入标签，带有该标签的客户的生日将一并导出。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="204"/>
        <source>Exporting the calendar…</source>
        <translation>正在导出日历…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="210"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="212"/>
        <source>%n event(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 个日程。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="225"/>
        <source>kept in the system keyring, never in the book</source>
        <translation>保存在系统钥匙串中，不会写入通讯录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="227"/>
        <source>Delete cancelled visits from the calendar</source>
        <translation>从日历中删除已取消的拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="229"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="231"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="232"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="233"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="234"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="239"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="367"/>
        <source>Apply what is ticked</source>
        <translation>应用勾选的项目</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="243"/>
        <source>Changed on the phone (tick what to apply):</source>
        <translation>手机上的改动（勾选要应用的）：</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="270"/>
        <source>Enter the server address and the user name first.</source>
        <translation>请先填写服务器地址和用户名。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="291"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="306"/>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="401"/>
        <source>{0}: moved to {1}</source>
        <translation>{0}：改到 {1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="308"/>
        <source>{0}: cancelled on the phone</source>
        <translation>{0}：在手机上取消</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="318"/>
        <source>Conflict — {0}: here {1}, phone {2}. Ticked: take the phone&apos;s; unticked: keep this one.</source>
        <translation>冲突 — {0}：本机 {1}，手机 {2}。勾选：采用手机的；不勾选：保留本机的。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="327"/>
        <source>Synced: %n item(s) sent.</source>
        <translation>
            <numerusform>同步完成：发送了 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="329"/>
        <source>The calendar was created.</source>
        <translation>已创建日历。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="331"/>
        <source>Review what the phone changed below.</source>
        <translation>请在下方查看手机上的改动。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="362"/>
        <source>Choose an .ics file…</source>
        <translation>选择 .ics 文件…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="366"/>
        <source>Name of the client for ticked new events</source>
        <translation>勾选的新日程对应的客户姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="379"/>
        <source>Import a calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="395"/>
        <source>Problem: {0}: {1}</source>
        <translation>问题：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="403"/>
        <source>{0}: cancelled</source>
        <translation>{0}：已取消</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="409"/>
        <source>New: {0} {1}</source>
        <translation>新日程：{0} {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="417"/>
        <source>%n problem(s) in this file: nothing can be imported from it. Correct the file (or export it again) and choose it again.</source>
        <translation>
            <numerusform>此文件有 %n 处问题，无法导入任何内容。请修正文件（或重新导出）后再选择。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="425"/>
        <source>{0} change(s), {1} new event(s), {2} unchanged.</source>
        <translation>{0} 项改动，{1} 个新日程，{2} 个未变。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="461"/>
        <source>Type a name that finds exactly one client for the new events.</source>
        <translation>请输入能唯一找到一位客户的姓名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="468"/>
        <source>%n item(s) applied.</source>
        <translation>
            <numerusform>已应用 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="477"/>
        <source>Serve the calendar to phones on this network</source>
        <translation>向本网络中的手机提供日历订阅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="488"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="490"/>
        <source>New URL (the old one stops working)</source>
        <translation>新的地址（旧地址随即失效）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="492"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="501"/>
        <source>127.0.0.1 serves this computer only; choose the network address to let phones on the same Wi-Fi subscribe.</source>
        <translation>127.0.0.1 只对本机提供；选择网络地址，同一 Wi-Fi 下的手机才能订阅。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="507"/>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="508"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="511"/>
        <source>Scan with the phone&apos;s camera to subscribe</source>
        <translation>用手机相机扫码即可订阅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="514"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="516"/>
        <source>Scan</source>
        <translation>扫码订阅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="529"/>
        <source>Turn the subscription on to show its QR code.</source>
        <translation>开启订阅后显示二维码。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="537"/>
        <source>The phone must be on this computer&apos;s own Wi-Fi network ({0}).</source>
        <translation>手机须连接与本机相同的 Wi-Fi 网络（{0}）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="542"/>
        <source>127.0.0.1 is this computer only: a phone cannot reach it. Choose the network address above first.</source>
        <translation>127.0.0.1 仅限本机访问，手机无法连接。请先在上方选择局域网地址。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="582"/>
        <source>Cannot listen on {0}:{1}: {2}</source>
        <translation>无法在 {0}:{1} 上监听：{2}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="589"/>
        <source>The subscription is on.</source>
        <translation>订阅已开启。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/agenda/calendar_dialog.py" line="591"/>
        <source>The subscription is off.</source>
        <translation>订阅已关闭。</translation>
    </message>
</context>
<context>
    <name>CallListWindow</name>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="56"/>
        <source>Call list</source>
        <translation>电话营销清单</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="58"/>
        <source>Any stage</source>
        <translation>任意阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="59"/>
        <source>Any tie or bond</source>
        <translation>任意五同五缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="61"/>
        <source>Any district</source>
        <translation>任意区县</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="62"/>
        <source>Make the list</source>
        <translation>生成清单</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="80"/>
        <source>Calls a day</source>
        <translation>每日电话量</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="84"/>
        <source>Success-rate target</source>
        <translation>成功率目标</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="91"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="100"/>
        <source>Choose a line and press a key: {0}</source>
        <translation>选中一行后按键记录：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="141"/>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="180"/>
        <source>Call back at</source>
        <translation>约定回电时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/call_list_window.py" line="209"/>
        <source>Today: {0} calls (aim {1}–{2}), {3} booked, success rate {4:.0%} (target {5} %).</source>
        <translation>今日：已打 {0} 个电话（目标 {1}–{2} 个），约见成功 {3} 个，成功率 {4:.0%}（目标 {5}%）。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="51"/>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="57"/>
        <source>e.g. 300 staff, ¥200m sales</source>
        <translation>例如 员工 300 人，年销售 2 亿</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="58"/>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="75"/>
        <source>not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="61"/>
        <source>Organisation, quality and stability, staff</source>
        <translation>组织、管理质量与稳定性、员工</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="63"/>
        <source>Financial management, internal control</source>
        <translation>财务管理、内部控制</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="66"/>
        <source>Goals, purchasing, production, sales</source>
        <translation>目标、采购、生产、销售</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="78"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="80"/>
        <source>New company</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="84"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="85"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="86"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="87"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="88"/>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="89"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="90"/>
        <source>Related companies</source>
        <translation>关联企业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="91"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="92"/>
        <source>People</source>
        <translation>人际</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="96"/>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="109"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="97"/>
        <source>Cost structure</source>
        <translation>成本结构</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="98"/>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="99"/>
        <source>Depends on</source>
        <translation>依赖的行业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="100"/>
        <source>Substitutability</source>
        <translation>可替代性</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="101"/>
        <source>Life-cycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="102"/>
        <source>Competition</source>
        <translation>竞争</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="108"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="177"/>
        <source>No one linked yet (link people in their dossier).</source>
        <translation>还没有关联的人（在个人档案中关联）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/company_dialog.py" line="206"/>
        <source>A company needs a name.</source>
        <translation>企业需要一个名称。</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="62"/>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="277"/>
        <source>Complaints</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="99"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="106"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="67"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="74"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="83"/>
        <source>Type a name to choose the client</source>
        <translation>输入姓名选择客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="87"/>
        <source>The first person the client asked owns it</source>
        <translation>首问负责：客户最先找到的人负责到底</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="89"/>
        <source>What the client complains of, in their words</source>
        <translation>客户投诉的内容（照客户原话）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="103"/>
        <source>deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="108"/>
        <source>Owner</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="110"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="113"/>
        <source>Who</source>
        <translation>何人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="114"/>
        <source>What</source>
        <translation>何事</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="115"/>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="116"/>
        <source>Where</source>
        <translation>何地</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="117"/>
        <source>Why</source>
        <translation>何因</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="121"/>
        <source>Fix offered</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="122"/>
        <source>Outcome told</source>
        <translation>告知客户的结果</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="123"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="133"/>
        <source>by whom</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="142"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="181"/>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="187"/>
        <source>Past its deadline</source>
        <translation>已超过办结期限</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/complaints_window.py" line="233"/>
        <source>Choose a client from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="172"/>
        <source>Saved by someone else meanwhile</source>
        <translation>他人已先行保存</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="181"/>
        <source>Someone else saved this record after you opened it. Nothing of yours is lost yet: choose, for each field that differs, which version to keep.</source>
        <translation>您打开此记录后，他人已保存了修改。您的内容尚未丢失：请逐项选择要保留的版本。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="187"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="188"/>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="189"/>
        <source>Saved by the other</source>
        <translation>他人保存的版本</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="196"/>
        <source>{0} (changed by both)</source>
        <translation>{0}（双方均有修改）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="222"/>
        <source>&amp;Save as chosen</source>
        <translation>按所选保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="223"/>
        <source>Keep all of &amp;mine</source>
        <translation>全部保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="224"/>
        <source>&amp;Take theirs, drop mine</source>
        <translation>采用他人版本，放弃我的(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="97"/>
        <source>show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="109"/>
        <source>empty: {0}</source>
        <translation>空缺：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="112"/>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="113"/>
        <source>{0}% complete</source>
        <translation>完整度 {0}%</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="118"/>
        <source>Address as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="122"/>
        <source>Style</source>
        <translation>沟通类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="129"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="132"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="133"/>
        <source>Religion</source>
        <translation>宗教信仰</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="139"/>
        <source>Cuisines</source>
        <translation>菜系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="140"/>
        <source>Drinks</source>
        <translation>饮酒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="141"/>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="142"/>
        <source>Taboos</source>
        <translation>忌讳</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="143"/>
        <source>Other banks</source>
        <translation>往来的他行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="153"/>
        <source>{0}-{1:02d}-{2:02d}</source>
        <translation>{0}年{1}月{2}日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="154"/>
        <source>{0:02d}-{1:02d} (year unknown)</source>
        <translation>{0}月{1}日（年份不详）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="180"/>
        <source>edit notes</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="182"/>
        <source>Last visits</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="180"/>
        <source>edit note</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="192"/>
        <source>Last calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="206"/>
        <source>mark resolved</source>
        <translation>标为已化解</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="202"/>
        <source>Open objections</source>
        <translation>未化解的异议</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="180"/>
        <source>withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="213"/>
        <source>mark done</source>
        <translation>标为已办</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="216"/>
        <source>Follow-ups</source>
        <translation>待办跟进</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="229"/>
        <source>Stage history</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="244"/>
        <source>No contact selected.</source>
        <translation>未选择联系人。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="255"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="256"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="257"/>
        <source>ext. </source>
        <translation>转</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="259"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="267"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="280"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="282"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="292"/>
        <source>Friend kinds</source>
        <translation>朋友类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="293"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="295"/>
        <source>Lead source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="298"/>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="306"/>
        <source>Qualification {0}/5</source>
        <translation>资格鉴定 {0}/5</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="308"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="310"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="312"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="315"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="316"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="317"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_detail.py" line="328"/>
        <source>Key client</source>
        <translation>重点客户</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="91"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="91"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="94"/>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="95"/>
        <source>Phones and addresses</source>
        <translation>电话与地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="96"/>
        <source>Ties and bonds</source>
        <translation>五同与五缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="97"/>
        <source>Profile</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="105"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="128"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="129"/>
        <source>This contact has changes that are not saved. Discard them?</source>
        <translation>该联系人有尚未保存的修改。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="144"/>
        <source>No birthday</source>
        <translation>无生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="147"/>
        <source>year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="150"/>
        <source> month</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="153"/>
        <source> day</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="154"/>
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="188"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="190"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="191"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="192"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="194"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="195"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="196"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="197"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="198"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="201"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="213"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="222"/>
        <source>Add a phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="225"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="254"/>
        <source>Detail (optional), e.g. {0}</source>
        <translation>详情（可选），如 {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="282"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="284"/>
        <source>Not in the pipeline</source>
        <translation>未进入销售阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="285"/>
        <source>Key client</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="301"/>
        <source>Type a name to choose who introduced them</source>
        <translation>输入姓名以选择介绍人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="313"/>
        <source>Five kinds of friends</source>
        <translation>五种朋友</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="314"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="315"/>
        <source>Lead source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="316"/>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="318"/>
        <source>Qualification</source>
        <translation>资格鉴定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="320"/>
        <source>Pipeline stage</source>
        <translation>成交阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="322"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="323"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="337"/>
        <source>Score: {0}/5</source>
        <translation>得分：{0}/5</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="422"/>
        <source>Choose a contact from the list.</source>
        <translation>请从列表中选择一位联系人。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="428"/>
        <source>Fix the fields marked in red first.</source>
        <translation>请先修正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="457"/>
        <source>No geocoder is set up: only the district was found. Give an AMap key in Settings to find the exact place, or pin it on the map.</source>
        <translation>尚未配置地理编码服务：只找到了所在区县。可在“设置”中填写高德 Key 以精确查找，或在地图上标注。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="462"/>
        <source>The geocoder knows no such address.</source>
        <translation>地理编码服务找不到这个地址。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="466"/>
        <source>Found: {0} ({1}).</source>
        <translation>已找到：{0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_editor.py" line="475"/>
        <source>Finding the address…</source>
        <translation>正在查找地址…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="233"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="234"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="235"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="236"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="237"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="238"/>
        <source>Ties</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="239"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="240"/>
        <source>Qualified</source>
        <translation>资格</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="241"/>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="242"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="243"/>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="281"/>
        <source>Key client</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_table.py" line="285"/>
        <source>ext. </source>
        <translation>转</translation>
    </message>
</context>
<context>
    <name>CoordinateEdit</name>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="25"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="27"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="29"/>
        <source>GPS</source>
        <translation>GPS 坐标</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="30"/>
        <source>from Amap / Tencent Maps</source>
        <translation>取自高德/腾讯地图</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="31"/>
        <source>from Baidu Maps</source>
        <translation>取自百度地图</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/coordinates.py" line="34"/>
        <source>Coordinates copied from Amap (高德) or Tencent Maps are shifted by about 500 m, from Baidu Maps by about 1 km: say where you copied them from and rmdesk converts them. Paste “121.42,28.65” as the map gives it.</source>
        <translation>从高德或腾讯地图复制的坐标约偏 500 米，从百度地图复制的约偏 1 公里：请选明来源，rmdesk 会自动换算。可直接粘贴地图给出的“121.42,28.65”。</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="57"/>
        <source>rmdesk is locked</source>
        <translation>rmdesk 已锁定</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="32"/>
        <source>Bring: {0}</source>
        <translation>携带：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="34"/>
        <source>appointment</source>
        <translation>约见</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="36"/>
        <source>flexible</source>
        <translation>灵活</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="53"/>
        <source>Arrive</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="54"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="55"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="56"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="57"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="58"/>
        <source>Drive</source>
        <translation>车程</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="17"/>
        <source>Day sheet {0}</source>
        <translation>{0} 日程单</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="66"/>
        <source>Not planned</source>
        <translation>未排入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/documents/day_sheet.py" line="20"/>
        <source>Lunch</source>
        <translation>午休</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="94"/>
        <source>Dossier — {0}</source>
        <translation>客户档案 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="98"/>
        <source>Education and family</source>
        <translation>教育与家庭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="102"/>
        <source>Character and experience</source>
        <translation>性格与经历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="104"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="389"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="105"/>
        <source>Other and introduction</source>
        <translation>其他与介绍</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="131"/>
        <source>e.g. 王总, 李老师</source>
        <translation>例如 王总、李老师</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="133"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="138"/>
        <source>Use its birth date and sex for the contact</source>
        <translation>将其中的出生日期和性别填入客户资料</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="150"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="155"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="278"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="158"/>
        <source>Address as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="161"/>
        <source>ID-card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="167"/>
        <source>Sensitive: shown masked everywhere else and left out of exports.</source>
        <translation>敏感信息：除此处外均以掩码显示，导出时不包含。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="171"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="172"/>
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="173"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="174"/>
        <source>Blood type</source>
        <translation>血型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="175"/>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="176"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="184"/>
        <source>Schools, degrees, classmates worth knowing</source>
        <translation>学校、学位、值得结识的同学</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="186"/>
        <source>Spouse, children, parents; dates that matter</source>
        <translation>配偶、子女、父母；重要的日子</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="192"/>
        <source>Add a family event</source>
        <translation>添加家庭大事</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="193"/>
        <source>A child&apos;s exam, a wedding, a parent&apos;s birthday: Today reminds you</source>
        <translation>子女升学考试、婚礼、父母寿辰：“今日”会提醒您</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="202"/>
        <source>Wedding date</source>
        <translation>结婚日期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="203"/>
        <source>Family events</source>
        <translation>家庭大事</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="219"/>
        <source>Add a person</source>
        <translation>添加一个人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="222"/>
        <source>How they see relationships</source>
        <translation>对人际关系的看法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="223"/>
        <source>Relatives, friends, neighbours (#id links a contact)</source>
        <translation>亲属、朋友、邻居（#编号 关联通讯录中的人）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="247"/>
        <source>Add a job</source>
        <translation>添加一段经历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="251"/>
        <source>Standing in the company, proudest achievement, present and future focus</source>
        <translation>在公司中的地位、最自豪的成就、当前与未来的重心</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="275"/>
        <source>e.g. 白酒, 红酒, 不喝酒</source>
        <translation>例如 白酒、红酒、不喝酒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="277"/>
        <source>e.g. 半斤</source>
        <translation>例如 半斤</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="290"/>
        <source>e.g. 海鲜过敏</source>
        <translation>例如 海鲜过敏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="294"/>
        <source>Motto, holidays, sports, favourite topics, goals</source>
        <translation>座右铭、假期、运动、喜欢的话题、个人目标</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="296"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="297"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="329"/>
        <source>Sensitive: left out of exports.</source>
        <translation>敏感信息：导出时不包含。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="303"/>
        <source>Drinks</source>
        <translation>饮酒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="304"/>
        <source>Smoking</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="305"/>
        <source>Cuisines</source>
        <translation>菜系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="306"/>
        <source>Food allergies</source>
        <translation>食物过敏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="307"/>
        <source>Restaurants</source>
        <translation>常去的餐厅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="308"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="315"/>
        <source>What not to mention or do</source>
        <translation>不要提的话、不要做的事</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="316"/>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="351"/>
        <source>not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="323"/>
        <source>Clubs, values, strengths, books</source>
        <translation>社团、价值观、长处、读的书</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="326"/>
        <source>Their view of their life, 10-year goal, regrets, what they want to finish</source>
        <translation>对人生的看法、十年目标、遗憾、最想完成的事</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="328"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="330"/>
        <source>Taboos</source>
        <translation>忌讳</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="331"/>
        <source>Communication style</source>
        <translation>沟通类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="347"/>
        <source>Other banks they use, separated by 、 or ,</source>
        <translation>往来的其他银行，用 、 或 , 分隔</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="353"/>
        <source>Opinion of us</source>
        <translation>对本行的看法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="354"/>
        <source>Other banks</source>
        <translation>往来的他行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="355"/>
        <source>Favoured bank</source>
        <translation>最偏好的银行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="356"/>
        <source>First business with us</source>
        <translation>与本行首次业务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="357"/>
        <source>Business with us</source>
        <translation>在本行的业务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="358"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="384"/>
        <source>A new company name creates the company; its own dossier is under Planning → Companies.</source>
        <translation>输入新的企业名称即新建该企业；企业档案在“客户 → 企业”中填写。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="390"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="399"/>
        <source>Ethical concerns, openness to advice, stubbornness, management issues</source>
        <translation>道德顾虑、是否听得进建议、固执程度、管理问题</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="401"/>
        <source>not introduced</source>
        <translation>非介绍而来</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="403"/>
        <source>The introducer has been told and thanked</source>
        <translation>已向介绍人反馈并致谢</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="406"/>
        <source>Introduction</source>
        <translation>介绍状态</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="422"/>
        <source>{0}, born {1}, issued in {2}</source>
        <translation>{0}，出生于 {1}，签发地 {2}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="436"/>
        <source>Birthday and sex set from the ID number</source>
        <translation>已按身份证号填入生日和性别</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="506"/>
        <source>{0}% complete</source>
        <translation>完整度 {0}%</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="507"/>
        <source>; empty: {0}</source>
        <translation>；空缺：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="556"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_editor.py" line="557"/>
        <source>This dossier has changes that are not saved. Discard them?</source>
        <translation>这份档案有未保存的修改，要放弃吗？</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="50"/>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="230"/>
        <source>Duplicates</source>
        <translation>重复联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="58"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="59"/>
        <source>Kept contact</source>
        <translation>保留的联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="60"/>
        <source>The other</source>
        <translation>另一位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="61"/>
        <source>Take the other&apos;s</source>
        <translation>采用另一位的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="72"/>
        <source>Both contacts&apos; phones, addresses, dossier entries, visits, calls, follow-ups, gifts, products and referrals stay with the kept contact; the other goes to the trash. Undo puts both back.</source>
        <translation>两位联系人的电话、地址、档案、拜访、电话记录、待办跟进、礼品、产品和转介绍都会归到保留的联系人名下；另一位移入回收站。撤销可恢复原样。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="79"/>
        <source>Swap which one is kept</source>
        <translation>换成保留另一位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="81"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="83"/>
        <source>Undo the merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="110"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复联系人…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="119"/>
        <source>same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="120"/>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="121"/>
        <source>same name and company</source>
        <translation>姓名和单位相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="132"/>
        <source>%n pair(s) that look like one person.</source>
        <translation>
            <numerusform>有 %n 对联系人疑似同一人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="168"/>
        <source>both kept</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="178"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="178"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="178"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="179"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="179"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="180"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="180"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="181"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="181"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="182"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="182"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="208"/>
        <source>Merged into {0}; {1} is in the trash. Ctrl+Z undoes it.</source>
        <translation>已合并到 {0}；{1} 已移入回收站。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/duplicates_window.py" line="224"/>
        <source>The merge was undone: both contacts are as they were.</source>
        <translation>已撤销合并：两位联系人均已恢复原样。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="374"/>
        <source>This gift is worth {0:,.2f} yuan; the limit is {1:,.2f} a gift.</source>
        <translation>这份礼品价值 {0:,.2f} 元，单次礼品上限为 {1:,.2f} 元。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="380"/>
        <source>With it, this client&apos;s gifts in {0} come to {1:,.2f} yuan; the limit is {2:,.2f} a year.</source>
        <translation>加上这份，该客户 {0} 年所受礼品合计 {1:,.2f} 元，每年上限为 {2:,.2f} 元。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="387"/>
        <source>Expensive gifts can be bribery: record it only if your branch has approved it.</source>
        <translation>贵重礼品可能构成商业贿赂：请在支行批准后再登记。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="37"/>
        <source>The database {0} is in use by another program. Close the other program (or the other rmdesk window) and try again.</source>
        <translation>数据库 {0} 正被其他程序使用。请关闭该程序（或另一个 rmdesk 窗口）后重试。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="43"/>
        <source>rmdesk cannot write to the database {0} ({1}). Check the file and folder permissions, or choose another file.</source>
        <translation>rmdesk 无法写入数据库 {0}（{1}）。请检查文件和文件夹的权限，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="49"/>
        <source>{0} is not an rmdesk database. Choose the right file; this one was not changed.</source>
        <translation>{0} 不是 rmdesk 数据库。请选择正确的文件；该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="54"/>
        <source>The database {0} is damaged. Restore it from a backup (rmdesk keeps a copy beside it before each upgrade). The file was not changed.</source>
        <translation>数据库 {0} 已损坏。请从备份恢复（rmdesk 每次升级前都会在其旁边保留一份副本）。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="61"/>
        <source>The database {0} was written by a newer version of rmdesk. Install the newer rmdesk to open it.</source>
        <translation>数据库 {0} 由更新版本的 rmdesk 写入。请安装新版 rmdesk 后再打开。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="67"/>
        <source>The disk holding {0} is full. Free some space and try again; nothing was saved.</source>
        <translation>{0} 所在的磁盘已满。请清理空间后重试；本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="72"/>
        <source>Only a client&apos;s own RM (or the branch manager) can share it. Nothing was shared.</source>
        <translation>只有客户的归属客户经理（或支行行长）才能共享该客户。未共享任何客户。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="77"/>
        <source>The database server {0} did not prove to be the server its address names (its certificate was refused). Give your bank&apos;s root certificate as sslrootcert=PATH in the address, or ask the team&apos;s administrator.</source>
        <translation>数据库服务器 {0} 未能证明其身份（证书未通过验证）。请在地址中以 sslrootcert=路径 指定本行的根证书，或联系团队管理员。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="84"/>
        <source>Cannot reach the database server {0}. Check the address, the password and the network, then try again.</source>
        <translation>无法连接数据库服务器 {0}。请检查地址、密码和网络后重试。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="90"/>
        <source>The database {0} cannot be used: {1}</source>
        <translation>无法使用数据库 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="94"/>
        <source>That contact no longer exists; it may have been deleted.</source>
        <translation>该联系人已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="96"/>
        <source>{0} has no address with coordinates yet. Add latitude and longitude to an address (Edit contact) to see who is near.</source>
        <translation>{0} 还没有带坐标的地址。请在“编辑联系人”中为地址填写经纬度，即可查看附近的人。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="107"/>
        <source>Cannot reach the calendar server {0}. Check the address and the network, then sync again. Nothing was changed here.</source>
        <translation>无法连接日历服务器 {0}。请检查地址和网络后再同步。本地没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="112"/>
        <source>The calendar server {0} refused the user name or password. Enter them again.</source>
        <translation>日历服务器 {0} 拒绝了用户名或密码，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="116"/>
        <source>The certificate of {0} is not trusted. Check the address, or ask whoever runs the server.</source>
        <translation>{0} 的证书不受信任。请检查地址，或询问服务器管理员。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="121"/>
        <source>The calendar was deleted on {0} during the sync. Sync again to create it anew.</source>
        <translation>同步期间日历在 {0} 上被删除。再同步一次即可重新创建。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="125"/>
        <source>This system has no keyring to keep the password of {0}. Enter it for each sync.</source>
        <translation>本系统没有可保存 {0} 密码的钥匙串，每次同步时请输入密码。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="132"/>
        <source>The calendar server {0} answered with an error: {1}</source>
        <translation>日历服务器 {0} 返回错误：{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="140"/>
        <source>The geocoder cannot be reached ({0}). Check the network.</source>
        <translation>无法连接地理编码服务（{0}）。请检查网络。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="143"/>
        <source>The geocoder refused the key ({0}). Check it in Settings.</source>
        <translation>地理编码服务拒绝了该 Key（{0}）。请在“设置”中检查。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="147"/>
        <source>The geocoder&apos;s answer cannot be read ({0}).</source>
        <translation>无法读取地理编码服务的回复（{0}）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="150"/>
        <source>The server address holds a password. Enter the address without it ({0}) and the password in its own field: rmdesk keeps it in the system keyring, never in the book.</source>
        <translation>服务器地址中含有密码。请填写不含密码的地址（{0}），并在密码栏单独输入密码：rmdesk 将其保存在系统密钥环中，绝不写入客户簿。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="157"/>
        <source>This is not a calendar file rmdesk can read: {0}. Nothing was changed.</source>
        <translation>这不是 rmdesk 能读取的日历文件：{0}。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="161"/>
        <source>The file could not be written or read: {0}. Check the folder, the permissions and the free space.</source>
        <translation>文件无法读写：{0}。请检查文件夹、权限和磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="167"/>
        <source>The branch has no location yet, so the day cannot start anywhere. Set it in Planning → Branch and working day.</source>
        <translation>支行还没有位置，日程无从出发。请在“计划 → 支行与工作日”中设置。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="173"/>
        <source>The routing server {0} did not answer ({1}). Check its address in Planning → Branch and working day, or clear it to plan with straight-line distances.</source>
        <translation>路线服务器 {0} 没有响应（{1}）。请在“计划 → 支行与工作日”中检查地址，或清空它以按直线距离排程。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="179"/>
        <source>That objection no longer exists; its visit may have been deleted.</source>
        <translation>该异议已不存在，对应的拜访记录可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="185"/>
        <source>The backup {0} could not be used: {1}. Nothing was changed; check the disk space and the file, or choose another backup.</source>
        <translation>备份 {0} 无法使用：{1}。未做任何更改；请检查磁盘空间和该文件，或选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="191"/>
        <source>That follow-up no longer exists; its client may have been deleted.</source>
        <translation>该跟进事项已不存在，客户可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="195"/>
        <source>That visit or call log no longer exists; its client may have been deleted.</source>
        <translation>该拜访或通话记录已不存在，客户可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="199"/>
        <source>That visit plan no longer exists; it may have been deleted.</source>
        <translation>该拜访计划已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="201"/>
        <source>Some fields are not valid; they are marked in the form.</source>
        <translation>部分字段无效，已在表单中标出。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="204"/>
        <source>Someone else deleted this record while you had it open. Nothing was saved.</source>
        <translation>您打开此记录期间，他人已将其删除。本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="208"/>
        <source>Someone else saved this record while you had it open. Nothing was saved: compare both versions and choose what to keep.</source>
        <translation>您打开此记录期间，他人已保存了修改。本次未保存：请对比两个版本并选择要保留的内容。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/error_texts.py" line="213"/>
        <source>Something went wrong: {0}</source>
        <translation>出现错误：{0}</translation>
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
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="33"/>
        <source>Every contact in the book</source>
        <translation>资料库中的全部联系人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="35"/>
        <source>The %n contact(s) chosen in the book</source>
        <translation>
            <numerusform>在资料库中选中的 %n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="39"/>
        <source>Include the ID numbers (sensitive: only when needed)</source>
        <translation>包含身份证号（敏感信息，确有需要时才勾选）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="42"/>
        <source>vCard is what phones and CardDAV servers read; CSV and .xlsx open in Excel and WPS. The file is readable by you only.</source>
        <translation>vCard 可导入手机和 CardDAV 服务器；CSV 和 .xlsx 可用 Excel 和 WPS 打开。导出的文件仅您本人可读。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="62"/>
        <source>vCard (*.vcf);;CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>vCard 名片 (*.vcf);;CSV 表格 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/export_dialog.py" line="77"/>
        <source>%n contact(s) written to {0}.</source>
        <translation>
            <numerusform>已将 %n 位联系人导出到 {0}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyEventRow</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="170"/>
        <source>e.g. 儿子高考, 女儿出嫁, 母亲八十大寿</source>
        <translation>例如：儿子高考、女儿出嫁、母亲八十大寿</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="171"/>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="173"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FeedControl</name>
    <message>
        <location filename="../../rmdesk/ui/agenda/feed_control.py" line="85"/>
        <source>The calendar subscription cannot listen on {0}:{1}: {2}</source>
        <translation>日历订阅无法在 {0}:{1} 上监听：{2}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="42"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="43"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="44"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="45"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="46"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="47"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="48"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="49"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="50"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="51"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="52"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="53"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="54"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="56"/>
        <source>Five kinds of friends</source>
        <translation>五种朋友</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="57"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="58"/>
        <source>Lead source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="59"/>
        <source>Qualification</source>
        <translation>客户资格鉴定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="60"/>
        <source>Pipeline stage</source>
        <translation>营销阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="61"/>
        <source>Key client</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="62"/>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="63"/>
        <source>Ties and bonds</source>
        <translation>五同五缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="65"/>
        <source>Address as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="66"/>
        <source>ID-card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="67"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="68"/>
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="69"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="70"/>
        <source>Blood type</source>
        <translation>血型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="71"/>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="72"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="73"/>
        <source>Education notes</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="74"/>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="75"/>
        <source>Wedding date</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="76"/>
        <source>Family events</source>
        <translation>家庭大事</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="77"/>
        <source>People</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="78"/>
        <source>Notes on people</source>
        <translation>人际备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="79"/>
        <source>Career history</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="80"/>
        <source>Career</source>
        <translation>事业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="81"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="82"/>
        <source>Drinks</source>
        <translation>饮酒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="83"/>
        <source>How much</source>
        <translation>酒量</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="84"/>
        <source>Smoking</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="85"/>
        <source>Cuisines</source>
        <translation>喜爱菜系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="86"/>
        <source>Food allergies</source>
        <translation>食物过敏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="87"/>
        <source>Restaurants</source>
        <translation>常去餐厅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="88"/>
        <source>Life</source>
        <translation>生活</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="89"/>
        <source>Religion</source>
        <translation>宗教信仰</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="90"/>
        <source>Taboos</source>
        <translation>忌讳</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="91"/>
        <source>Communication style</source>
        <translation>沟通类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="92"/>
        <source>Character</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="93"/>
        <source>Experience</source>
        <translation>经历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="94"/>
        <source>Opinion of us</source>
        <translation>对本行的看法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="95"/>
        <source>Other banks</source>
        <translation>往来他行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="96"/>
        <source>Favoured bank</source>
        <translation>偏好银行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="97"/>
        <source>First business with us</source>
        <translation>首次业务往来</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="98"/>
        <source>Business with us</source>
        <translation>在本行业务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="99"/>
        <source>Relationship</source>
        <translation>关系程度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="100"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="101"/>
        <source>Introduction</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="102"/>
        <source>Introducer thanked</source>
        <translation>已向介绍人致谢</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="104"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="105"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="106"/>
        <source>Management</source>
        <translation>经营管理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="107"/>
        <source>Finance</source>
        <translation>财务状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="108"/>
        <source>Related companies</source>
        <translation>关联企业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="109"/>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="110"/>
        <source>Cost structure</source>
        <translation>成本结构</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="111"/>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="112"/>
        <source>Dependence on other industries</source>
        <translation>对其他行业的依赖</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="113"/>
        <source>Substitutability</source>
        <translation>可替代性</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="114"/>
        <source>Life cycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="115"/>
        <source>Competition</source>
        <translation>竞争状况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="117"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="118"/>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="119"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="120"/>
        <source>Person to see</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="121"/>
        <source>Their role</source>
        <translation>对象职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="122"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="123"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="124"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="125"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="126"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="127"/>
        <source>Materials</source>
        <translation>营销工具</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="128"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="134"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="139"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/conflict_dialog.py" line="141"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="137"/>
        <source>There is no book at {0}. Create a new, empty book there?</source>
        <translation>{0} 处没有客户簿。要在此新建一个空客户簿吗？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="141"/>
        <source>There is no book at {0}, and the folder {1} does not exist. Check the path: create the folder and a new, empty book there?</source>
        <translation>{0} 处没有客户簿，文件夹 {1} 也不存在。请核对路径：要新建该文件夹并在其中新建空客户簿吗？</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="30"/>
        <location filename="../../rmdesk/ui/first_start.py" line="33"/>
        <source>Welcome to rmdesk</source>
        <translation>欢迎使用 rmdesk</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="37"/>
        <source>rmdesk keeps your client book on this computer, readable by you only. How would you like to start?</source>
        <translation>rmdesk 将您的客户簿保存在本机，仅您本人可读。您想如何开始？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="42"/>
        <source>Explore a &amp;demo book</source>
        <translation>先看看演示客户簿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="45"/>
        <source>{0} made-up clients in 台州 with dossiers, visits and a planned day, kept apart from your own book.</source>
        <translation>{0} 位虚构的台州客户，含客户档案、拜访记录和一天的行程安排，与您自己的客户簿分开存放。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="49"/>
        <source>Start my own &amp;empty book</source>
        <translation>新建我自己的空客户簿(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="50"/>
        <source>Your book will be kept at {0}.</source>
        <translation>您的客户簿将保存在 {0}。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="51"/>
        <source>Start my book with my &amp;contacts…</source>
        <translation>用我的联系人建立资料库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="54"/>
        <source>From your phone (a vCard file) or a spreadsheet from Excel or WPS (.xlsx or CSV); you see what comes in before anything is written.</source>
        <translation>从手机（vCard 文件）或 Excel、WPS 表格（.xlsx 或 CSV）导入；写入之前可先看到将导入的内容。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="59"/>
        <source>Bring back my book from a &amp;backup…</source>
        <translation>从备份恢复我的客户簿(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="62"/>
        <source>A backup rmdesk wrote, on this computer or another (a USB drive, another disk). An encrypted one asks for its passphrase or recovery key.</source>
        <translation>rmdesk 在本机或其他电脑上写出的备份（U 盘、另一块硬盘）。已加密的备份需要输入其密码或恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/first_start.py" line="100"/>
        <source>Bring back my book from a backup</source>
        <translation>从备份恢复我的客户簿</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../rmdesk/ui/fonts.py" line="58"/>
        <source>No Chinese font is installed: Chinese names and labels will show as empty boxes. Install one ({0}) and start rmdesk again.</source>
        <translation>未安装中文字体：中文姓名和界面文字将显示为方框。请安装中文字体（{0}）后重新启动 rmdesk。</translation>
    </message>
</context>
<context>
    <name>GiftLedgerWindow</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="72"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="327"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="332"/>
        <source>Gift ledger</source>
        <translation>礼品台账</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="85"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="132"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="88"/>
        <source>Show only a client, gift or occasion</source>
        <translation>按客户、礼品或事由筛选</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="91"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="94"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="97"/>
        <source>Limits: a gift</source>
        <translation>上限：单次</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="99"/>
        <source>a client a year</source>
        <translation>每客户每年</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="106"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="142"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="107"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="140"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="108"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="143"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="109"/>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="110"/>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="147"/>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="111"/>
        <source>At a visit</source>
        <translation>拜访时赠送</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="121"/>
        <source>Type a name to choose the client</source>
        <translation>输入姓名选择客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="128"/>
        <source>e.g. 中秋月饼</source>
        <translation>例如：中秋月饼</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="134"/>
        <source>e.g. 中秋, birthday</source>
        <translation>例如：中秋、生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="136"/>
        <source>Record the gift</source>
        <translation>登记礼品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="145"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="155"/>
        <source>Delete removes the selected gift (after asking).</source>
        <translation>按 Delete 删除选中的礼品（会先确认）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="193"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="211"/>
        <source>%n gift(s), {0:,.2f} yuan in all</source>
        <translation>
            <numerusform>共 %n 份礼品，合计 {0:,.2f} 元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="236"/>
        <source>Choose a client from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="263"/>
        <source>Over the gift limits</source>
        <translation>超出礼品上限</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="264"/>
        <source>Record it all the same?</source>
        <translation>仍要登记吗？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="295"/>
        <source>Delete a gift</source>
        <translation>删除礼品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="296"/>
        <source>Remove {0} ({1}, {2:,.2f} yuan) from the ledger?</source>
        <translation>从台账中删除 {0}（{1}，{2:,.2f} 元）？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="310"/>
        <source>Export the gift ledger</source>
        <translation>导出礼品台账</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="312"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/keeping/gift_ledger_window.py" line="328"/>
        <source>%n gift(s) written to {0}.</source>
        <translation>
            <numerusform>已将 %n 份礼品写入 {0}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="66"/>
        <source>Holdings and plan — {0}</source>
        <translation>持有产品与维护计划 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="71"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="98"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="71"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="99"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="71"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="72"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="103"/>
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="72"/>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="104"/>
        <source>Maturity or due date</source>
        <translation>到期日或还款日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="82"/>
        <source>e.g. 添利宝 90天</source>
        <translation>例如：添利宝 90天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="86"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="91"/>
        <source>New product</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="93"/>
        <source>Save the product</source>
        <translation>保存产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="95"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="101"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="106"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="112"/>
        <source>What the client holds</source>
        <translation>客户持有的产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="126"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="128"/>
        <source>time and budget, e.g. a visit a quarter, 500 yuan</source>
        <translation>时间与费用，例如：每季度上门一次，预算500元</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="130"/>
        <source>what it brings, e.g. payroll for 200 staff</source>
        <translation>预期回报，例如：200人代发工资</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="132"/>
        <source>Save the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="135"/>
        <source>Direction</source>
        <translation>维护方向</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="136"/>
        <source>Be in touch every</source>
        <translation>联系频率：每</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="138"/>
        <source>Invest</source>
        <translation>投入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="139"/>
        <source>Return</source>
        <translation>回报</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="141"/>
        <source>Key-client plan (saving it makes them a key client)</source>
        <translation>重点客户维护计划（保存后即列为重点客户）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="146"/>
        <source>What to offer next</source>
        <translation>下一步可推荐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="178"/>
        <source>Nothing the selling rules suggest now.</source>
        <translation>按现有营销规则，暂无推荐。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="247"/>
        <source>Remove a product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/holdings_dialog.py" line="247"/>
        <source>Remove {0}?</source>
        <translation>删除 {0}？</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="279"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="280"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="281"/>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="282"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="283"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="284"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="285"/>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="286"/>
        <source>Anti-Fascist War Victory Day</source>
        <translation>抗战胜利纪念日</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="59"/>
        <source>Official holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="62"/>
        <source>rmdesk&apos;s holiday data does not cover this year yet. Enter the schedule as the State Council announced it: each holiday&apos;s first and last day, and the weekend days worked in lieu (调休). The dates below are where the holidays usually fall — correct them against the announcement.</source>
        <translation>rmdesk 的节假日数据尚未包含这一年。请按国务院办公厅公布的安排填写：每个假期的起止日期，以及调休上班的周末。下面的日期是往年惯例，请对照通知修改。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="74"/>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="74"/>
        <source>First day</source>
        <translation>放假起</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="74"/>
        <source>Last day</source>
        <translation>放假止</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="80"/>
        <source>Add a holiday</source>
        <translation>添加假期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="82"/>
        <source>Remove the selected</source>
        <translation>删除选中的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="85"/>
        <source>e.g. 2027-02-07, 2027-02-20</source>
        <translation>例如 2027-02-07, 2027-02-20</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="91"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="103"/>
        <source>Weekend days worked in lieu (调休)</source>
        <translation>调休上班的周末</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="159"/>
        <source>Not a date: {0} (write 2027-02-07)</source>
        <translation>不是日期：{0}（请写作 2027-02-07）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="184"/>
        <source>The holiday starting {0} has no name.</source>
        <translation>{0} 开始的假期没有名称。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="185"/>
        <source>{0} ends before it starts.</source>
        <translation>{0} 的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="186"/>
        <source>{0} is not in this year.</source>
        <translation>{0} 不在这一年。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/holidays_dialog.py" line="187"/>
        <source>{0} is a weekday: only weekend days are worked in lieu.</source>
        <translation>{0} 是工作日：调休上班只能是周末。</translation>
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
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="68"/>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="69"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="86"/>
        <source>A contact already in the book (same phone, ID number, or name and company)</source>
        <translation>资料库中已有的联系人（手机号、身份证号相同，或姓名和单位相同）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="90"/>
        <source>Skip it</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="91"/>
        <source>Add what is new to the book&apos;s contact</source>
        <translation>把新信息补充到已有联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="92"/>
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="101"/>
        <source>All or nothing: import nothing if any record is rejected</source>
        <translation>全部或全不：有任何一条无法导入时，一条也不导入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="104"/>
        <source>Import the valid records and list the rejected ones</source>
        <translation>导入有效记录，并列出无法导入的记录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="107"/>
        <source>When a record cannot be imported</source>
        <translation>遇到无法导入的记录时</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="117"/>
        <source>Dry run</source>
        <translation>试导入（不写入）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="119"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="122"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="137"/>
        <source>Which column is which (the first rows of the file below):</source>
        <translation>各列对应的字段（下方为文件的前几行）：</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="155"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="156"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="157"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="158"/>
        <source>Work phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="159"/>
        <source>Home phone</source>
        <translation>住宅电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="160"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="161"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="162"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="163"/>
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="164"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="165"/>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="166"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="167"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="168"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="176"/>
        <source>Contacts (*.vcf *.csv *.xlsx *.txt);;All files (*)</source>
        <translation>联系人文件 (*.vcf *.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="204"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} 无法导入：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="217"/>
        <source>{0}: %n vCard(s)</source>
        <translation>
            <numerusform>{0}：%n 张名片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="222"/>
        <source>{0}: %n row(s) under the header</source>
        <translation>
            <numerusform>{0}：表头下共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="273"/>
        <source>Choose which column holds the names.</source>
        <translation>请选择哪一列是姓名。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="315"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>已取消导入：未导入任何记录。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="320"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何记录。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="344"/>
        <source>no name</source>
        <translation>没有姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="345"/>
        <source>a field is not valid ({0})</source>
        <translation>有字段无效（{0}）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="347"/>
        <source>the phone {0} is in scientific notation (Excel cut its digits): left out</source>
        <translation>电话 {0} 被 Excel 改成了科学计数法（位数已丢失）：未导入该号码</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="349"/>
        <source>the phone {0} is not a number that can be dialled: left out</source>
        <translation>电话 {0} 不是可拨打的号码：未导入该号码</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="350"/>
        <source>the birthday {0} is not a date rmdesk can read: left out</source>
        <translation>生日 {0} 无法识别：未导入生日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="351"/>
        <source>the ID number {0} is not valid: left out</source>
        <translation>身份证号 {0} 无效：未导入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="352"/>
        <source>the card has no END:VCARD; it ends where the next begins</source>
        <translation>该名片缺少 END:VCARD，已在下一张名片开始处截止</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="360"/>
        <source>card {0} (line {1})</source>
        <translation>第 {0} 张名片（第 {1} 行）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="362"/>
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="362"/>
        <source>row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="377"/>
        <source>Dry run: {0} would be added, {1} updated, {2} duplicates, {3} rejected. Nothing was written.</source>
        <translation>试导入：将新增 {0} 位，更新 {1} 位，重复 {2} 位，无法导入 {3} 条。未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="381"/>
        <source>Imported: {0} added, {1} updated, {2} duplicates, {3} rejected.</source>
        <translation>导入完成：新增 {0} 位，更新 {1} 位，重复 {2} 位，无法导入 {3} 条。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="384"/>
        <source>Nothing was imported: {3} record(s) rejected and all or nothing was chosen.</source>
        <translation>未导入任何记录：有 {3} 条无法导入，且选择了“全部或全不”。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="391"/>
        <source>Rejected, {0}: {1}</source>
        <translation>无法导入，{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="397"/>
        <source>Duplicate, {0}: {1}</source>
        <translation>重复，{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/exchange/import_dialog.py" line="401"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="117"/>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="119"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="121"/>
        <source>Years, e.g. 2005–2012</source>
        <translation>年份，例如 2005–2012</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="122"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="64"/>
        <source>Five shared ties</source>
        <translation>五同</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="65"/>
        <source>Five bonds</source>
        <translation>五缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="66"/>
        <source>Classmate</source>
        <translation>同学</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="67"/>
        <source>Same hometown</source>
        <translation>同乡</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="68"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="69"/>
        <source>Shared hobby</source>
        <translation>同好</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="70"/>
        <source>Neighbour</source>
        <translation>同邻</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="71"/>
        <source>Kinship</source>
        <translation>亲缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="72"/>
        <source>Locality</source>
        <translation>地缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="73"/>
        <source>Profession</source>
        <translation>业缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="74"/>
        <source>Faith</source>
        <translation>神缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="75"/>
        <source>Shared things</source>
        <translation>物缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="76"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="77"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="78"/>
        <source>Influential</source>
        <translation>有权</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="79"/>
        <source>Wealthy</source>
        <translation>有钱</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="80"/>
        <source>Wise</source>
        <translation>有智慧</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="81"/>
        <source>Passionate</source>
        <translation>有激情</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="82"/>
        <source>Attractive</source>
        <translation>有魅力</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="83"/>
        <source>Published sources</source>
        <translation>资料法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="84"/>
        <source>Hound referrer</source>
        <translation>猎犬法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="85"/>
        <source>Cold call or visit</source>
        <translation>陌生拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="86"/>
        <source>Own network</source>
        <translation>缘故法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="87"/>
        <source>Client referral</source>
        <translation>关系法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="88"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="89"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="90"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="91"/>
        <source>Has a financial need</source>
        <translation>有金融需求</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="92"/>
        <source>Can afford to buy</source>
        <translation>有购买能力</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="93"/>
        <source>Meets good-client conditions</source>
        <translation>符合优良客户条件</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="94"/>
        <source>Has authority to decide</source>
        <translation>有购买决策权</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="95"/>
        <source>Can create value for the bank</source>
        <translation>能为本行创造价值</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="96"/>
        <source>Attention</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="97"/>
        <source>Interest</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="98"/>
        <source>Imagination</source>
        <translation>联想</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="99"/>
        <source>Desire</source>
        <translation>欲望</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="100"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="101"/>
        <source>Conviction</source>
        <translation>相信</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="102"/>
        <source>Decision</source>
        <translation>决心</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="103"/>
        <source>Satisfaction</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="104"/>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="105"/>
        <source>Junior middle school</source>
        <translation>初中</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="106"/>
        <source>Senior or vocational school</source>
        <translation>高中/中专</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="107"/>
        <source>College</source>
        <translation>大专</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="108"/>
        <source>Bachelor</source>
        <translation>本科</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="109"/>
        <source>Master</source>
        <translation>硕士</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="110"/>
        <source>Doctorate</source>
        <translation>博士</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="111"/>
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="112"/>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="113"/>
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="114"/>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="115"/>
        <source>Below ¥100k</source>
        <translation>10万以下</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="116"/>
        <source>¥100k–300k</source>
        <translation>10万–30万</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="117"/>
        <source>¥300k–500k</source>
        <translation>30万–50万</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="118"/>
        <source>¥500k–1m</source>
        <translation>50万–100万</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="119"/>
        <source>¥1m–3m</source>
        <translation>100万–300万</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="120"/>
        <source>Above ¥3m</source>
        <translation>300万以上</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="121"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="122"/>
        <source>Work</source>
        <comment>phone</comment>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="123"/>
        <source>Home</source>
        <comment>phone</comment>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="124"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="125"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="126"/>
        <source>Home</source>
        <comment>address</comment>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="127"/>
        <source>Work</source>
        <comment>address</comment>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="128"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="129"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="130"/>
        <source>Build the relationship</source>
        <translation>建立关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="131"/>
        <source>Learn needs</source>
        <translation>了解需求</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="132"/>
        <source>Gather intelligence</source>
        <translation>了解客户情况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="133"/>
        <source>Introduce a product</source>
        <translation>介绍产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="134"/>
        <source>Deepen understanding</source>
        <translation>加深了解</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="135"/>
        <source>Social / PR contact</source>
        <translation>联谊公关</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="136"/>
        <source>Close</source>
        <translation>促成交易</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="137"/>
        <source>Proposed</source>
        <translation>拟定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="138"/>
        <source>Booked</source>
        <translation>已约</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="139"/>
        <source>Done</source>
        <translation>已访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="140"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="141"/>
        <source>Formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="142"/>
        <source>Informal</source>
        <translation>非正式</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="143"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="144"/>
        <source>Private</source>
        <translation>私下</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="145"/>
        <source>Group</source>
        <translation>集体</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="146"/>
        <source>One-to-one</source>
        <translation>一对一</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="147"/>
        <source>Product brochures</source>
        <translation>产品资料</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="148"/>
        <source>Business cards</source>
        <translation>名片</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="149"/>
        <source>Calculator</source>
        <translation>计算器</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="150"/>
        <source>Gifts / promotional items</source>
        <translation>礼品/宣传品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="151"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="152"/>
        <source>Introduction letter</source>
        <translation>介绍信</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="153"/>
        <source>Experienced and steady</source>
        <translation>成熟稳健型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="154"/>
        <source>Cautious</source>
        <translation>谨慎小心型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="155"/>
        <source>Inexperienced</source>
        <translation>欠缺经验型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="156"/>
        <source>Haggler</source>
        <translation>斤斤计较型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="157"/>
        <source>Show-off</source>
        <translation>喜欢炫耀型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="158"/>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="159"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="160"/>
        <source>Neighbour</source>
        <comment>person</comment>
        <translation>邻居</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="161"/>
        <source>Non-smoker</source>
        <translation>不吸烟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="162"/>
        <source>Smokes sometimes</source>
        <translation>偶尔</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="163"/>
        <source>Smoker</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="164"/>
        <source>Sichuan</source>
        <translation>川菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="165"/>
        <source>Cantonese</source>
        <translation>粤菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="166"/>
        <source>Shandong</source>
        <translation>鲁菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="167"/>
        <source>Hunan</source>
        <translation>湘菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="168"/>
        <source>Zhejiang</source>
        <translation>浙菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="169"/>
        <source>Jiangsu</source>
        <translation>苏菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="170"/>
        <source>Fujian</source>
        <translation>闽菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="171"/>
        <source>Anhui</source>
        <translation>徽菜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="172"/>
        <source>Seafood</source>
        <translation>海鲜</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="173"/>
        <source>Western</source>
        <translation>西餐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="174"/>
        <source>Vegetarian</source>
        <translation>素食</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="175"/>
        <source>Cold</source>
        <translation>冷淡</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="176"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="177"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="178"/>
        <source>Close</source>
        <comment>relationship</comment>
        <translation>密切</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="179"/>
        <source>Introduced</source>
        <translation>已介绍</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="180"/>
        <source>Met</source>
        <translation>已见面</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="181"/>
        <source>Became a client</source>
        <translation>已成客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="182"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="183"/>
        <source>Legal person</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="184"/>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="185"/>
        <source>Finance head</source>
        <translation>财务负责人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="186"/>
        <source>Shareholder</source>
        <translation>股东</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="187"/>
        <source>Manager</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="188"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="189"/>
        <source>Introduction</source>
        <comment>life cycle</comment>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="190"/>
        <source>Growth</source>
        <translation>成长</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="191"/>
        <source>Maturity</source>
        <translation>成熟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="192"/>
        <source>Decline</source>
        <translation>衰退</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="193"/>
        <source>Time deposit</source>
        <translation>定期存款</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="194"/>
        <source>Wealth product</source>
        <translation>理财产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="195"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="196"/>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="197"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="198"/>
        <source>Credit line</source>
        <translation>授信额度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="199"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="200"/>
        <source>Debit card (ordinary)</source>
        <translation>借记卡（普卡）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="201"/>
        <source>VIP card</source>
        <translation>贵宾卡</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="202"/>
        <source>Other product</source>
        <translation>其他产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="203"/>
        <source>Take it aside at once</source>
        <translation>立即单独处理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="204"/>
        <source>Calm the client</source>
        <translation>安抚情绪</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="205"/>
        <source>Apologise</source>
        <translation>诚恳致歉</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="206"/>
        <source>Gather the facts</source>
        <translation>了解事实</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="207"/>
        <source>Propose a fix</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="208"/>
        <source>Tell the outcome and act</source>
        <translation>告知结果并落实</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="209"/>
        <source>Thank and follow up</source>
        <translation>致谢并回访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="210"/>
        <source>Deepen</source>
        <translation>深化</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="211"/>
        <source>Keep</source>
        <translation>维持</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="212"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="213"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="214"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="215"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="216"/>
        <source>Call back</source>
        <translation>约定回电</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="217"/>
        <source>Appointment booked</source>
        <translation>约见成功</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="218"/>
        <source>Green: go, close soon</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="219"/>
        <source>Yellow: hesitating, clarify</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="220"/>
        <source>Red: stop, withdraw politely</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="221"/>
        <source>Real objection</source>
        <translation>真实异议</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="222"/>
        <source>Excuse</source>
        <translation>虚假异议</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="223"/>
        <source>Hidden objection</source>
        <translation>隐藏异议</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="224"/>
        <source>The client</source>
        <translation>客户原因</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="225"/>
        <source>The RM</source>
        <translation>客户经理原因</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="226"/>
        <source>The bank or product</source>
        <translation>银行/产品原因</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="227"/>
        <source>Clear up the misunderstanding</source>
        <translation>除疑去误</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="228"/>
        <source>Yes, but</source>
        <translation>让步处理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="229"/>
        <source>Offset a weakness with a strength</source>
        <translation>以优补劣</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="230"/>
        <source>Ask the client&apos;s advice</source>
        <translation>讨教客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="231"/>
        <source>Accept softly</source>
        <translation>以柔克刚</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="232"/>
        <source>Step back, then return</source>
        <translation>以退为进</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="233"/>
        <source>Goal orientation</source>
        <translation>目标导向法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="234"/>
        <source>Either-or</source>
        <translation>二择一法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="235"/>
        <source>Trial question</source>
        <translation>投石问路法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="236"/>
        <source>Direct request</source>
        <translation>直接请求法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="237"/>
        <source>Evidence or reference client</source>
        <translation>例证法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="238"/>
        <source>Better terms</source>
        <translation>优惠诱导法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="239"/>
        <source>Deadline</source>
        <translation>限期法</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="323"/>
        <source>The keyring did not give the book&apos;s key. Enter its recovery key (File → Recovery key showed it).</source>
        <translation>钥匙串未提供客户库的密钥。请输入其恢复密钥（可在“文件 → 恢复密钥”中查看）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="328"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="330"/>
        <source>This is not your password for the team&apos;s server.</source>
        <translation>团队服务器的登录密码不正确。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="332"/>
        <source>This is not the book&apos;s passphrase.</source>
        <translation>密码不正确。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="61"/>
        <source>rmdesk — contact book</source>
        <translation>rmdesk — 通讯录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="44"/>
        <source>&amp;New contact</source>
        <translation>新建联系人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="47"/>
        <source>&amp;Edit contact</source>
        <translation>编辑联系人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="50"/>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="55"/>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="58"/>
        <source>Who is &amp;near…</source>
        <translation>附近的人(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="61"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="64"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="67"/>
        <source>Empty the trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="70"/>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="75"/>
        <source>&amp;Export contacts…</source>
        <translation>导出联系人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="80"/>
        <source>&amp;Audit trail…</source>
        <translation>数据外发审计(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="83"/>
        <source>&amp;Backups…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="86"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="203"/>
        <source>Encrypt the boo&amp;k…</source>
        <translation>加密客户库(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="89"/>
        <source>&amp;Recovery key…</source>
        <translation>恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="92"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="95"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="98"/>
        <source>My &amp;details…</source>
        <translation>我的信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="103"/>
        <source>&amp;About rmdesk</source>
        <translation>关于 rmdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="104"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="108"/>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="105"/>
        <location filename="../../rmdesk/ui/main_window.py" line="170"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="111"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="106"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="114"/>
        <source>Map and day</source>
        <translation>地图与日程</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="117"/>
        <source>&amp;Dossier…</source>
        <translation>客户档案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="120"/>
        <source>&amp;Briefing…</source>
        <translation>拜访简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="123"/>
        <source>&amp;Referrals…</source>
        <translation>介绍关系(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="126"/>
        <source>Who can &amp;introduce me…</source>
        <translation>谁能引荐(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="129"/>
        <source>&amp;Thank the introducers…</source>
        <translation>答谢介绍人(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="132"/>
        <source>&amp;Companies…</source>
        <translation>企业(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="135"/>
        <source>Phone &amp;calendar…</source>
        <translation>手机日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="138"/>
        <source>&amp;Branch and working day…</source>
        <translation>支行与工作日(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="141"/>
        <source>Add to a &amp;day&apos;s visits…</source>
        <translation>加入某天的拜访(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="146"/>
        <source>Plan a &amp;visit…</source>
        <translation>计划拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="149"/>
        <source>&amp;Suggest my day…</source>
        <translation>智能排程(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="152"/>
        <source>&amp;Log a visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="156"/>
        <source>&amp;Pipeline…</source>
        <translation>营销漏斗(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="159"/>
        <source>The n&amp;umbers…</source>
        <translation>业绩统计(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="162"/>
        <source>&amp;Gift ledger…</source>
        <translation>礼品台账(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="165"/>
        <source>&amp;Holdings and plan…</source>
        <translation>持有产品与维护计划(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="168"/>
        <source>&amp;Selling rules and reminders…</source>
        <translation>营销规则与提醒设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="171"/>
        <source>Merge duplic&amp;ates…</source>
        <translation>合并重复联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="176"/>
        <source>Share &amp;with another RM…</source>
        <translation>共享给其他客户经理(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="181"/>
        <source>Complai&amp;nts…</source>
        <translation>客户投诉(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="184"/>
        <source>Call &amp;list…</source>
        <translation>电话营销清单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="187"/>
        <source>Official &amp;holidays…</source>
        <translation>法定节假日(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="190"/>
        <source>&amp;Place on the map</source>
        <translation>在地图上定位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="201"/>
        <source>Change the &amp;passphrase…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="210"/>
        <source>Demo book · not encrypted</source>
        <translation>演示客户库 · 未加密</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="212"/>
        <source>Made-up clients: the demo book stays unencrypted.</source>
        <translation>演示客户均为虚构，演示客户库不加密。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="215"/>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="217"/>
        <source>Anyone with this file can read your clients. File → Encrypt the book protects it with a passphrase.</source>
        <translation>任何拿到此文件的人都能读取您的客户资料。可通过“文件 → 加密客户库”设置密码加以保护。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="145"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="227"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="242"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="247"/>
        <source>&amp;Clients</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="267"/>
        <source>&amp;Planning</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="278"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="283"/>
        <source>&amp;Trash</source>
        <translation>回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_menus.py" line="286"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="170"/>
        <source>Trash ({0})</source>
        <translation>回收站（{0}）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="305"/>
        <source>Add to a day&apos;s visits</source>
        <translation>加入某天的拜访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/main_window.py" line="306"/>
        <source>%n contact(s) will be visited on this day (flexible times):</source>
        <translation>
            <numerusform>%n 位联系人将在这一天拜访（时间灵活）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/open.py" line="54"/>
        <source>Briefing — {0}</source>
        <translation>拜访简报 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="103"/>
        <location filename="../../rmdesk/ui/main_menus.py" line="105"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/data_windows.py" line="38"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/data_windows.py" line="39"/>
        <source>A team&apos;s book on a server is backed up on the server, not by rmdesk.</source>
        <translation>团队服务器上的客户资料库由服务器负责备份，不由 rmdesk 备份。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="519"/>
        <source>Working…</source>
        <translation>处理中…</translation>
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
        <translation>按阶段着色</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="125"/>
        <source>Colour by tie</source>
        <translation>按关系着色</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="133"/>
        <source>Select a rectangle</source>
        <translation>框选矩形区域</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="135"/>
        <source>Select a free shape</source>
        <translation>圈选任意区域</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="146"/>
        <source>Use the AMap (高德) base map</source>
        <translation>改用高德地图底图</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="147"/>
        <source>Use no base map</source>
        <translation>不用底图</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="189"/>
        <source>No map tiles (offline mode): clients are placed by their coordinates on a plain background. Choose a tile provider in Settings to see streets.</source>
        <translation>无地图底图（离线模式）：客户按坐标显示在空白背景上。在“设置”中选择底图来源即可看到街道。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="200"/>
        <source>The map tiles did not load (no network, or the provider cannot be reached). Clients are still placed by their coordinates.</source>
        <translation>地图底图未能加载（无网络，或无法连接地图服务商）。客户仍按坐标显示在图上。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="228"/>
        <source>Open in book</source>
        <translation>在通讯录中打开</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="229"/>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="230"/>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="231"/>
        <source>Approximate: district centre</source>
        <translation>大致位置：区县中心</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="232"/>
        <source>{0} clients at this point</source>
        <translation>此处共 {0} 位客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="234"/>
        <source>No stage yet</source>
        <translation>尚无阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="235"/>
        <source>No tie yet</source>
        <translation>尚无关系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/map_view.py" line="256"/>
        <source>%n client(s) on the map</source>
        <translation>
            <numerusform>地图上有 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="282"/>
        <source>Click the map where the visit takes place. Esc stops.</source>
        <translation>在地图上点击拜访地点。按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/map_view.py" line="298"/>
        <source>Click the map or drag the pin to place the client. Esc stops.</source>
        <translation>点击地图或拖动图钉来定位客户，按 Esc 结束。</translation>
    </message>
</context>
<context>
    <name>Masker</name>
    <message>
        <location filename="../../rmdesk/ui/common/masking.py" line="22"/>
        <source>Sensitive: show</source>
        <translation>敏感信息：点击显示</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/masking.py" line="23"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/common/masking.py" line="27"/>
        <source>Show this sensitive field for a short while</source>
        <translation>暂时显示此敏感字段</translation>
    </message>
</context>
<context>
    <name>NearbyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="55"/>
        <source>Who is near {0}</source>
        <translation>{0} 附近的人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="61"/>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="68"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="69"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="70"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="71"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="72"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="73"/>
        <source>Last visited</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="86"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="89"/>
        <source>Plan visits on</source>
        <translation>安排拜访于</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="92"/>
        <source>Add the selected contacts to that day as flexible visits</source>
        <translation>把选中的联系人作为灵活拜访加入那一天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="97"/>
        <source>Within</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="115"/>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="131"/>
        <source>%n contact(s) within {0} km, nearest first.</source>
        <translation>
            <numerusform>{0} 公里内共 %n 位联系人，由近及远。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="138"/>
        <source>{0:.2f} km</source>
        <translation>{0:.2f} 公里</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/nearby_dialog.py" line="143"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>NumbersWindow</name>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="146"/>
        <source>The numbers</source>
        <translation>业绩统计</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="157"/>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="158"/>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="159"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="166"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="168"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="178"/>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="215"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="215"/>
        <source>none in this period</source>
        <translation>本期没有</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="217"/>
        <source>Calls per day</source>
        <translation>每日电话量</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="218"/>
        <source>Visits per week</source>
        <translation>每周拜访量</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="220"/>
        <source>Clients at each stage</source>
        <translation>各阶段客户数</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="222"/>
        <source>Objections by kind</source>
        <translation>异议类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="224"/>
        <source>Objections by cause</source>
        <translation>异议原因</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="227"/>
        <source>Referrals per introducer</source>
        <translation>介绍人转介绍数</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="236"/>
        <source>{0} calls, {1:.0%} booked · {2} visits · {3} objections open</source>
        <translation>电话 {0} 个，约见成功 {1:.0%} · 拜访 {2} 次 · 未化解异议 {3} 条</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="266"/>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="275"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="266"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/numbers_window.py" line="276"/>
        <source>The chart could not be written to {0} ({1}). Check the folder and the disk; nothing else was changed.</source>
        <translation>图表无法写入 {0}（{1}）。请检查文件夹和磁盘空间；其他内容均未改动。</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="147"/>
        <source>known</source>
        <translation>已知</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="54"/>
        <source>Open the encrypted book</source>
        <translation>打开加密的客户库</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="57"/>
        <source>The book {0} is encrypted. Enter its passphrase (or, for a book whose key another computer&apos;s keyring kept, its recovery key).</source>
        <translation>客户库 {0} 已加密，请输入密码（如果其密钥原先保存在另一台电脑的钥匙串中，请输入恢复密钥）。</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="66"/>
        <source>Name, or a contact&apos;s id as #123</source>
        <translation>姓名，或用 #123 指向通讯录中的联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="68"/>
        <source>e.g. 父亲, 大学室友</source>
        <translation>例如 父亲、大学室友</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="70"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="73"/>
        <source>closeness </source>
        <translation>亲密度 </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/dossier_rows.py" line="74"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="26"/>
        <source>e.g. 138 0013 8000 or 0576-88123456</source>
        <translation>如 138 0013 8000 或 0576-88123456</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/contact_rows.py" line="30"/>
        <source>ext. </source>
        <translation>转</translation>
    </message>
</context>
<context>
    <name>PipelineWindow</name>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="81"/>
        <source>Pipeline</source>
        <translation>营销漏斗</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="84"/>
        <source>All ties and bonds</source>
        <translation>全部五同五缘</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="86"/>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="87"/>
        <source>Key clients only</source>
        <translation>只看重点客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="152"/>
        <source>median {0} days</source>
        <translation>中位 {0} 天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="165"/>
        <source>… and {0} more</source>
        <translation>…… 另有 {0} 位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="172"/>
        <source>Of the clients who reached the stage on the left, the share who went on</source>
        <translation>到达左侧阶段的客户中，进入下一阶段的比例</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="179"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/pipeline_window.py" line="193"/>
        <source>Moving…</source>
        <translation>正在移动…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="95"/>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="302"/>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="310"/>
        <source>Plan the day</source>
        <translation>排定日程</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="106"/>
        <source>Show the selection in the book</source>
        <translation>在通讯录中显示选区客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="117"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="121"/>
        <source>Booked</source>
        <translation>已约</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="122"/>
        <source>Done</source>
        <translation>已访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="123"/>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="128"/>
        <source>Log the visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="130"/>
        <source>Who is near…</source>
        <translation>附近的人…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="131"/>
        <source>Clients near this visit&apos;s place, to fit in too</source>
        <translation>这次拜访地点附近的客户，可以顺路拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="133"/>
        <source>Briefings for the day…</source>
        <translation>当天的拜访简报…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="135"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="139"/>
        <source>Add the selected area&apos;s clients to this day</source>
        <translation>把选区内的客户加入这一天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="157"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="158"/>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="401"/>
        <source>no location: pin the client on the map</source>
        <translation>没有位置：请在地图上定位该客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="402"/>
        <source>outside working hours</source>
        <translation>不在工作时间内</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="403"/>
        <source>too far to go and come back within the day</source>
        <translation>太远，一天内无法往返</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="404"/>
        <source>clashes with {0}</source>
        <translation>与 {0} 的约见冲突</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="405"/>
        <source>too far from {0}&apos;s appointment to fit in between</source>
        <translation>离{0}的约见太远，中间排不进去</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="408"/>
        <source>its window is taken by the lunch break</source>
        <translation>可拜访时段被午休占用</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="409"/>
        <source>no time left in the day</source>
        <translation>当天已排满</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="198"/>
        <source>%n client(s) in the selected area</source>
        <translation>
            <numerusform>选区内有 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="215"/>
        <source>Move the pin</source>
        <translation>移动图钉</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="217"/>
        <source>Move this client&apos;s pin from {0:.5f}, {1:.5f} to {2:.5f}, {3:.5f}?</source>
        <translation>把这位客户的图钉从 {0:.5f}, {1:.5f} 移到 {2:.5f}, {3:.5f}？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="231"/>
        <source>Client placed.</source>
        <translation>客户已定位。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="253"/>
        <source>Stop planning</source>
        <translation>停止排定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="255"/>
        <source>Working out travel times…</source>
        <translation>正在计算车程…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="256"/>
        <source>Ordering the visits…</source>
        <translation>正在排定拜访顺序…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="257"/>
        <source>Checking what does not fit…</source>
        <translation>正在检查排不进的拜访…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="298"/>
        <source>Planning stopped; the day&apos;s route is as it was.</source>
        <translation>已停止排定，当天路线保持不变。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="337"/>
        <source>Select one visit in the list above first.</source>
        <translation>请先在上方列表中选中一个拜访。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="338"/>
        <source>Select visits in the list above first.</source>
        <translation>请先在上方列表中选中拜访。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="372"/>
        <source>{0}  {1}  ({2}, {3}, {4} min)</source>
        <translation>{0}  {1}（{2}，{3}，{4} 分钟）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="454"/>
        <source>Who is near</source>
        <translation>附近的人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="457"/>
        <source>{0}&apos;s visit at {1}</source>
        <translation>{1} 拜访{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="475"/>
        <source>Briefings for {0}</source>
        <translation>{0} 的拜访简报</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="523"/>
        <source>Delete visit plans</source>
        <translation>删除拜访计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="525"/>
        <source>Delete %n visit plan(s)? To keep a record, mark them cancelled instead.</source>
        <translation>
            <numerusform>删除 %n 个拜访计划？如需保留记录，请改为标记为取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="559"/>
        <source>%n visit(s) added to {0}.</source>
        <translation>
            <numerusform>已在 {0} 加入 %n 个拜访。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="581"/>
        <source>Add to the day</source>
        <translation>加入当天行程</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/plan_page.py" line="583"/>
        <source>%n client(s) have no map pin at the address the visit goes to: {0}. They will be planned at their district&apos;s centre (approximate), or left out if it is unknown. Pin them first (Planning → Place on the map) for a true route. Plan them now?</source>
        <translation>
            <numerusform>有 %n 位客户的拜访地址尚未在地图上标注：{0}。将按所在区县的中心（大致位置）安排，区县不明的不予安排。如需准确路线，请先标注（计划 → 在地图上定位）。现在就安排吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="317"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="318"/>
        <source>Not a phone number: use 11 digits for a mobile, or the area code and number for a landline.</source>
        <translation>不是有效的电话号码：手机请输入 11 位数字，固话请输入区号和号码。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="323"/>
        <source>This date does not exist.</source>
        <translation>该日期不存在。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="324"/>
        <source>A lunar date has a month from 1 to 12 and a day from 1 to 30.</source>
        <translation>农历日期的月份为 1–12，日为 1–30。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="327"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>纬度应在 -90 到 90 之间。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="328"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>经度应在 -180 到 180 之间。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="329"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>请同时填写经度和纬度，或都不填。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="330"/>
        <source>A contact cannot introduce themselves.</source>
        <translation>联系人不能介绍自己。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="331"/>
        <source>Too long.</source>
        <translation>太长了。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="332"/>
        <source>The window must end after it starts and hold the whole visit.</source>
        <translation>时段的结束必须晚于开始，并且容得下整个拜访。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="335"/>
        <source>A visit lasts from 1 minute to 8 hours.</source>
        <translation>一次拜访的时长为 1 分钟到 8 小时。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="336"/>
        <source>The next step cannot come before the visit.</source>
        <translation>下一步不能早于拜访日期。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="337"/>
        <source>Calling back cannot come before the call.</source>
        <translation>回电时间不能早于本次通话。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="338"/>
        <source>A gift&apos;s value is from 0 to 1,000,000 yuan.</source>
        <translation>礼品价值应在 0 至 1,000,000 元之间。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="341"/>
        <source>An amount is from 0 to ten billion yuan.</source>
        <translation>金额应在 0 到 100 亿元之间。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="342"/>
        <source>The maturity cannot come before the start.</source>
        <translation>到期日不能早于起始日。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="343"/>
        <source>Out of range for a number of days.</source>
        <translation>天数超出范围。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="344"/>
        <source>This cannot come before the complaint was received.</source>
        <translation>不能早于受理投诉的日期。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="347"/>
        <source>An ID-card number is 17 digits and a final digit or X (or an old card&apos;s 15 digits).</source>
        <translation>身份证号为 17 位数字加最后一位数字或 X（一代身份证为 15 位数字）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="351"/>
        <source>The last character does not match: a digit is mistyped.</source>
        <translation>校验位不符：有数字输错了。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="354"/>
        <source>The first two digits name no province: a digit is mistyped.</source>
        <translation>前两位不是有效的省份代码：可能输错了一位。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="357"/>
        <source>The birth date inside this number does not exist.</source>
        <translation>号码中的出生日期不存在。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="360"/>
        <source>That value is out of range.</source>
        <translation>这个数值超出范围。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="361"/>
        <source>This text holds an invisible control character (pasted from elsewhere?): retype it.</source>
        <translation>此处含有不可见的控制字符（可能是从别处粘贴的），请重新输入。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="22"/>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="81"/>
        <source>My details</source>
        <translation>我的信息</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="26"/>
        <source>e.g. 李明</source>
        <translation>例如 李明</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="28"/>
        <source>e.g. 台州银行椒江支行 客户经理</source>
        <translation>例如 台州银行椒江支行 客户经理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="30"/>
        <source>e.g. 139 0013 9000</source>
        <translation>例如 139 0013 9000</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="31"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="35"/>
        <source>Your name, title and phone sign the thank-you letters and SMS rmdesk drafts for you. With your gender, the visit plan and the briefing remind you to bring a female colleague when a male RM visits a female client.</source>
        <translation>rmdesk 为您起草的感谢信和短信，以您的姓名、单位职务和电话落款。填写性别后，男客户经理拜访女性客户时，访问计划和访前简报会提醒安排女同事陪同。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="45"/>
        <source>Bank, branch and post</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="46"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/profile_dialog.py" line="47"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="246"/>
        <source>Change how the book is protected</source>
        <translation>修改客户库的保护方式</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="248"/>
        <source>Encrypt the book</source>
        <translation>加密客户库</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="252"/>
        <source>An encrypted book cannot be read from a lost laptop or a copied file. Its backups are encrypted with it.</source>
        <translation>加密后，即使电脑遗失或文件被拷走，客户资料也无法读取。备份一并加密。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="257"/>
        <source>A &amp;passphrase I choose</source>
        <translation>使用我自己设定的密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="259"/>
        <source>A random &amp;key kept in this computer&apos;s keyring (opens without asking)</source>
        <translation>使用随机密钥，保存在本机系统钥匙串中（打开时无需输入）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="261"/>
        <source>&amp;No encryption</source>
        <translation>不加密(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="273"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="274"/>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="313"/>
        <source>At least {0} characters.</source>
        <translation>至少 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="315"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="42"/>
        <source>A forgotten passphrase cannot be recovered: nobody, rmdesk included, can open the book without it. Keep it somewhere safe.</source>
        <translation>密码遗忘后无法找回：没有密码，任何人（包括 rmdesk）都打不开客户库。请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="81"/>
        <source>The book&apos;s key is kept in this computer&apos;s keyring. If this computer is lost or replaced, or its keyring is reset, the recovery key below opens the book and its backups on another: type it where rmdesk asks for the passphrase. Write it down or print it, and keep it away from this computer: whoever has it can read the book.</source>
        <translation>客户库的密钥保存在本机的系统钥匙串中。如果本机丢失、更换或钥匙串被重置，可在另一台电脑上用下面的恢复密钥打开客户库及其备份：在 rmdesk 要求输入密码处输入即可。请抄写或打印下来，与本机分开妥善保管：拿到它的人就能读取客户库。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="190"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="191"/>
        <source>This book opens with its passphrase, not with a key kept in the keyring: it has no recovery key. Its passphrase is the only way in.</source>
        <translation>本客户库用密码打开，密钥不在钥匙串中，因此没有恢复密钥。密码是打开它的唯一方式。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="215"/>
        <source>Protect your book</source>
        <translation>保护您的客户库</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="225"/>
        <source>This computer&apos;s keyring cannot keep the key ({0}). Choose a passphrase instead.</source>
        <translation>本机钥匙串无法保存密钥（{0}）。请改为设置密码。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="232"/>
        <source>This passphrase does not open the book. Nothing was changed; try again.</source>
        <translation>密码不正确，客户库未作任何改动，请重试。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="329"/>
        <source>A team&apos;s PostgreSQL book is protected on its server (its roles, TLS and disk), not by rmdesk&apos;s encryption.</source>
        <translation>团队的 PostgreSQL 客户库由服务器负责保护（数据库角色、TLS 与磁盘加密），不使用 rmdesk 的加密。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="349"/>
        <source>Encrypting the book and its backups…</source>
        <translation>正在加密客户库及其备份…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="359"/>
        <source>The book could not be converted ({0}). It is as it was; close other programs using it and try again.</source>
        <translation>客户库未能转换（{0}），仍保持原样。请关闭正在使用它的其他程序后重试。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="366"/>
        <source>The book and its backups are encrypted.</source>
        <translation>客户库及其备份已加密。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="368"/>
        <source>Left as they were (damaged, or under another key): {0}</source>
        <translation>以下文件保持原样（已损坏或使用其他密钥）：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="383"/>
        <source>Share with another RM</source>
        <translation>共享给其他客户经理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="385"/>
        <source>%n client(s) will be seen and edited by this RM as well. Their sign-in name on the team&apos;s server:</source>
        <translation>该客户经理也将能查看和编辑这 %n 位客户。请输入其在团队服务器上的登录名：</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="399"/>
        <source>%n client(s) shared with {0}.</source>
        <translation>已将 %n 位客户共享给 {0}。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="105"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="115"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="119"/>
        <source>I have kept it</source>
        <translation>我已妥善保存</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/protection.py" line="140"/>
        <source>rmdesk: the recovery key of the book</source>
        <translation>rmdesk：客户库恢复密钥</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="45"/>
        <source>Referrals around {0}</source>
        <translation>{0} 的介绍关系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="49"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="49"/>
        <source>Introduction</source>
        <translation>介绍状态</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="49"/>
        <source>Brought</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="72"/>
        <source>thanked</source>
        <translation>已答谢</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="91"/>
        <source>{0} started this chain and brought {1} directly, {2} in all.</source>
        <translation>{0} 是这条介绍链的起点，直接介绍了 {1} 人，共带来 {2} 人。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="95"/>
        <source>No one was introduced through this contact yet.</source>
        <translation>还没有人经此联系人介绍。</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="47"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="48"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="53"/>
        <source>Day sheet (PDF)…</source>
        <translation>日程单 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="63"/>
        <source>Not planned</source>
        <translation>未排入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="77"/>
        <source>appointment</source>
        <translation>约见</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="77"/>
        <source>flexible</source>
        <translation>灵活</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="78"/>
        <source>{0}. {1}–{2} {3} ({4}; arrive {5}, {6} km)</source>
        <translation>{0}. {1}–{2} {3}（{4}；{5} 到达，{6} 公里）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="88"/>
        <source>late for its time</source>
        <translation>赶不上约定时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="98"/>
        <source>Lunch {0}–{1}</source>
        <translation>午休 {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="104"/>
        <source>Leave {0}, back {1}; {2} km, {3} min driving. {4}</source>
        <translation>{0} 出发，{1} 返回；行程 {2} 公里，驾车 {3} 分钟。{4}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="112"/>
        <source>This order breaks the working day or lunch.</source>
        <translation>这个顺序超出了工作时间或占用了午休。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="131"/>
        <source>A public holiday ({0}).</source>
        <translation>法定节假日（{0}）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="133"/>
        <source>A weekend day.</source>
        <translation>周末。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="135"/>
        <source>A working weekend day in lieu (调休, {0}).</source>
        <translation>调休上班日（{0}）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="140"/>
        <source>The official holidays of {0} are not known yet; only weekends count as days off. Enter them in Planning → Official holidays.</source>
        <translation>{0} 年的法定节假日尚未公布；目前只按周末休息计算。可在“计划 → 法定节假日”中录入。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="167"/>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="196"/>
        <source>Save the day sheet</source>
        <translation>保存日程单</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/route_panel.py" line="198"/>
        <source>The day sheet could not be written to {0}. Check that the folder exists, that you may write there and that the disk has room.</source>
        <translation>日程单无法写入 {0}。请检查文件夹是否存在、是否有写入权限以及磁盘是否还有空间。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="49"/>
        <source>Selling rules and reminders</source>
        <translation>营销规则与提醒设置</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="54"/>
        <source>Holds</source>
        <translation>已持有</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="54"/>
        <source>Maturing within</source>
        <translation>到期时间在</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="54"/>
        <source>Suggest</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="55"/>
        <source>Because</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="55"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="58"/>
        <source>Add a rule</source>
        <translation>新增规则</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="60"/>
        <source>Remove the rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="67"/>
        <source>Selling rules</source>
        <translation>交叉营销规则</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="78"/>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="112"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="79"/>
        <source>Greet at 圣诞 (Christmas) too</source>
        <translation>圣诞节也发问候</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="80"/>
        <source>Reminders on Today</source>
        <translation>“今日”提醒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="82"/>
        <source>Maturities and due dates show</source>
        <translation>产品到期与还款提前提醒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="83"/>
        <source>Birthdays and festivals show</source>
        <translation>生日与节日提前提醒</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="84"/>
        <source>A key client without a plan is due every</source>
        <translation>未定维护计划的重点客户联系频率：每</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="111"/>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/keeping/rules_dialog.py" line="170"/>
        <source>Each rule needs its reason: {0}</source>
        <translation>每条规则都要写明理由：{0}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="294"/>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="295"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="296"/>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="297"/>
        <source>People</source>
        <translation>人际</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="298"/>
        <source>Career</source>
        <translation>事业</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="299"/>
        <source>Life</source>
        <translation>生活</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="300"/>
        <source>Character</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="301"/>
        <source>Experience</source>
        <translation>经历</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="302"/>
        <source>Attitude to us</source>
        <translation>对本行态度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="303"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="25"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="30"/>
        <source>AMap (高德), loads in China</source>
        <translation>高德地图（国内可用）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="31"/>
        <source>OpenStreetMap (often slow or blocked in China)</source>
        <translation>OpenStreetMap（国内常较慢或无法访问）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="32"/>
        <source>No base map (offline)</source>
        <translation>不用底图（离线）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="79"/>
        <source>Optional: your AMap web-service key</source>
        <translation>可选：您的高德 Web 服务 Key</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="42"/>
        <source>With a key from AMap&apos;s open platform (Web服务), Find in an address looks the address up there. Kept in the system keyring; nothing is sent without it.</source>
        <translation>填写高德开放平台的 Web 服务 Key 后，地址旁的“查找”会向高德查询。Key 保存在系统密钥环中；未填写时不会发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="39"/>
        <source>Reading the keyring…</source>
        <translation>正在读取钥匙串…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="49"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="53"/>
        <source>rmdesk covers every window and asks for the passphrase after this long without use, and when the computer&apos;s session locks.</source>
        <translation>超过此时间无操作，或电脑锁屏时，rmdesk 遮盖所有窗口并要求输入密码。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="63"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="68"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="69"/>
        <source>Map tiles</source>
        <translation>地图底图</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="70"/>
        <source>Geocoder key</source>
        <translation>地理编码 Key</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="71"/>
        <source>Lock after</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/settings_dialog.py" line="72"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="266"/>
        <source>Be more expert than them; use evidence.</source>
        <translation>比对方更专业，用事实和数据说话。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="267"/>
        <source>Small talk and patience; build trust slowly.</source>
        <translation>多寒暄，有耐心，慢慢建立信任。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="268"/>
        <source>Plain language and proof; no pressure.</source>
        <translation>用浅白的语言，拿出证明，不施加压力。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="269"/>
        <source>Stay firm, concede little; go as two RMs.</source>
        <translation>立场坚定，小幅让步，两位客户经理一同前往。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="270"/>
        <source>Listen and praise; present the product as status.</source>
        <translation>多倾听、多赞美，把产品定位为身份的象征。</translation>
    </message>
</context>
<context>
    <name>SuggestDayDialog</name>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="59"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="233"/>
        <source>Suggest my day</source>
        <translation>智能排程</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="65"/>
        <source>Suggest again</source>
        <translation>重新推荐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="71"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="76"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="76"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="87"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="76"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="77"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="87"/>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="79"/>
        <source>Remove the suggestion</source>
        <translation>移除此推荐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="82"/>
        <source>Swap with the other chosen</source>
        <translation>与右侧所选客户替换</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="84"/>
        <source>Replace the suggestion chosen on the left with the client chosen on the right</source>
        <translation>用右侧选中的客户替换左侧选中的推荐拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="87"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="90"/>
        <source>Add to the day</source>
        <translation>加入当天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="96"/>
        <source>The proposed day</source>
        <translation>推荐的当日行程</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="106"/>
        <source>Also worth a visit</source>
        <translation>其他值得拜访的客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="115"/>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="360"/>
        <source>Book these visits</source>
        <translation>确认排入拜访计划</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="118"/>
        <source>Close without booking</source>
        <translation>关闭，不排入</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="146"/>
        <source>Points for each reason</source>
        <translation>各项理由的分值</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="161"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="164"/>
        <source>Near means within</source>
        <translation>“附近”指距离不超过</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="165"/>
        <source>A suggested visit lasts</source>
        <translation>推荐拜访时长</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="166"/>
        <source>Suggest at most</source>
        <translation>最多推荐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="171"/>
        <source>Follow-up due</source>
        <translation>待办跟进到期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="172"/>
        <source>Product maturing</source>
        <translation>产品即将到期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="173"/>
        <source>Key client not contacted in time</source>
        <translation>重点客户超期未联系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="174"/>
        <source>Complaint past its deadline</source>
        <translation>投诉超期未办结</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="175"/>
        <source>Prospect in a late stage</source>
        <translation>准客户已到后期阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="176"/>
        <source>Near one of the day&apos;s visits</source>
        <translation>靠近当天其他拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="220"/>
        <source>Looking for the visits most worth making…</source>
        <translation>正在寻找最值得拜访的客户…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="255"/>
        <source>Suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="257"/>
        <source>Appointment</source>
        <translation>已约定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="259"/>
        <source>Already planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="264"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="292"/>
        <source>Does not fit the day: {0}.</source>
        <translation>当天排不下：{0}。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="300"/>
        <source>Nothing to suggest for this day: no client has a reason to be seen that fits, or the branch has no place on the map.</source>
        <translation>当天没有可推荐的拜访：没有需要拜访且排得下的客户，或网点尚未在地图上定位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/planning/suggest_dialog.py" line="303"/>
        <source>%n suggested visit(s); back at the branch at {0}, {1:.1f} km.</source>
        <translation>
            <numerusform>推荐 %n 个拜访；{0} 回到网点，共 {1:.1f} 公里。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="108"/>
        <source>Thank the introducers</source>
        <translation>答谢介绍人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="112"/>
        <source>After meeting someone you were introduced to, tell the introducer how it went and thank them.</source>
        <translation>见过被介绍的人之后，要向介绍人反馈结果并致谢。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="122"/>
        <source>Mark thanked</source>
        <translation>标记为已答谢</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="149"/>
        <source>Thank {0} for introducing {1} ({2})</source>
        <translation>答谢 {0}：介绍了 {1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="156"/>
        <source>Nothing to do: every introducer has been thanked.</source>
        <translation>没有待办：所有介绍人都已答谢。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="56"/>
        <source>Appointments</source>
        <translation>今日拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="57"/>
        <source>Calls to make</source>
        <translation>待回电</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="58"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="59"/>
        <source>Complaints past their deadline</source>
        <translation>逾期未办结的投诉</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="60"/>
        <source>Key clients overdue for contact</source>
        <translation>重点客户超期未联系</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="61"/>
        <source>Maturities and due dates</source>
        <translation>产品到期与还款</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="62"/>
        <source>Report back and thank the introducer</source>
        <translation>向介绍人汇报并致谢</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="64"/>
        <source>Birthdays, anniversaries and festivals</source>
        <translation>生日、纪念日与节日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="103"/>
        <source>The day before (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="107"/>
        <source>The day after (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="110"/>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="121"/>
        <source>Rules and reminders…</source>
        <translation>规则与提醒…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="127"/>
        <source>Good to know</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="175"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="176"/>
        <source>Done</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="177"/>
        <source>Tomorrow</source>
        <translation>推到明天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="178"/>
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="179"/>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="180"/>
        <source>Log a call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="181"/>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="227"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="227"/>
        <source>The day {0}</source>
        <translation>{0} 当日</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="262"/>
        <source>{0} more… (Enter shows them all)</source>
        <translation>还有 {0} 项…（按回车全部显示）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="269"/>
        <source>Reading the rest of the day…</source>
        <translation>正在读取当天其余事项…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="273"/>
        <source>{0} to do, {1} overdue</source>
        <translation>待办 {0} 项，逾期 {1} 项</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="275"/>
        <source>Nothing due: a good day to call on a key client.</source>
        <translation>今日无到期事项：正好去拜访一位重点客户。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="288"/>
        <source>overdue {0:%m-%d}</source>
        <translation>逾期 {0:%m-%d}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="290"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="292"/>
        <source>tomorrow {0}</source>
        <translation>明天 {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="375"/>
        <source>Marked done.</source>
        <translation>已标为已办。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="375"/>
        <source>Marked not done.</source>
        <translation>已改回未办。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="387"/>
        <source>Put off until {0}.</source>
        <translation>已推迟到 {0}。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="400"/>
        <source>Greeting — {0}</source>
        <translation>问候 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="404"/>
        <source>Good to know: {0}</source>
        <translation>提示：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="409"/>
        <source>Add a line of your own, then copy it into your phone or WeChat.</source>
        <translation>加上一句您自己的话，再复制到手机短信或微信。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/today_page.py" line="412"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>TodayTray</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/today/tray.py" line="79"/>
        <source>rmdesk: %n to do today</source>
        <translation>
            <numerusform>rmdesk：今日待办 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/tray.py" line="101"/>
        <source>Visit at {0}</source>
        <translation>{0} 拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/tray.py" line="103"/>
        <source>Call back at {0}</source>
        <translation>{0} 回电</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/today/tray.py" line="106"/>
        <source>Unlock rmdesk to see who.</source>
        <translation>解锁 rmdesk 后查看客户。</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="30"/>
        <source>Contacts in the trash can be restored until the trash is emptied.</source>
        <translation>回收站中的联系人在清空回收站之前都可以恢复。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="38"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="40"/>
        <source>Empty the trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/trash_page.py" line="75"/>
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>已恢复 %n 位联系人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/book/trash_page.py" line="85"/>
        <source>Empty the trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/trash_page.py" line="87"/>
        <source>Delete %n contact(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除回收站中的 %n 位联系人？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/book/trash_page.py" line="97"/>
        <source>Deleted %n contact(s) for good.</source>
        <translation>
            <numerusform>已永久删除 %n 位联系人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="104"/>
        <location filename="../../rmdesk/ui/lock.py" line="107"/>
        <source>rmdesk is locked</source>
        <translation>rmdesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="110"/>
        <source>Enter the book&apos;s passphrase to show your clients again.</source>
        <translation>请输入客户库密码以重新显示客户信息。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="112"/>
        <source>Unlock with this computer&apos;s keyring to show your clients again.</source>
        <translation>请通过本机钥匙串解锁以重新显示客户信息。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="114"/>
        <source>Enter your password for the team&apos;s server to show your clients again.</source>
        <translation>请输入团队服务器的登录密码以重新显示客户信息。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="117"/>
        <source>This book has no passphrase, so anyone at this computer can unlock it. File → Encrypt the book makes the lock ask for one.</source>
        <translation>此客户库未设密码，任何使用本机的人都能解锁。通过“文件 → 加密客户库”设置密码后，解锁时将要求输入密码。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="122"/>
        <source>Unlock to show your clients again. Lock your computer&apos;s session when you leave it: the team&apos;s book opens without a passphrase here.</source>
        <translation>解锁后重新显示客户信息。离开电脑时请锁定系统会话：团队客户库在本机打开时不需要密码。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="130"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="130"/>
        <source>Server password</source>
        <translation>服务器登录密码</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="137"/>
        <source>Unlock with the &amp;keyring</source>
        <translation>用钥匙串解锁(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="137"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/lock.py" line="140"/>
        <source>&amp;Quit rmdesk</source>
        <translation>退出 rmdesk(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="80"/>
        <source>Visit plan — {0}</source>
        <translation>拜访计划 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="82"/>
        <source>Edit visit plan — {0}</source>
        <translation>编辑拜访计划 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="86"/>
        <source>Purpose and time</source>
        <translation>目的与时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="87"/>
        <source>Person, place, mode</source>
        <translation>对象、地点、方式</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="88"/>
        <source>Strategy and materials</source>
        <translation>策略与营销工具</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="106"/>
        <source>What to talk about, what to achieve</source>
        <translation>谈什么，要达成什么</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="112"/>
        <source>Fixed appointment</source>
        <translation>固定约见</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="120"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="123"/>
        <source>Latest end</source>
        <translation>最晚结束</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="128"/>
        <source>Offer two times (二择一)</source>
        <translation>给出两个时间（二择一）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="130"/>
        <source>The two times on this day that fit your plan with the least extra driving</source>
        <translation>当天最顺路、不打乱已有安排的两个时间</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="144"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="145"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="146"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="147"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="151"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="155"/>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="163"/>
        <source>Who you will see, if not the client</source>
        <translation>要见的人（如果不是客户本人）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="165"/>
        <source>e.g. 财务总监</source>
        <translation>例如 财务总监</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="166"/>
        <source>At the client&apos;s address</source>
        <translation>在客户地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="170"/>
        <source>the first address</source>
        <translation>第一个地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="174"/>
        <source>e.g. 椒江万达 星巴克</source>
        <translation>例如 椒江万达 星巴克</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="177"/>
        <source>Pick on the map</source>
        <translation>在地图上选点</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="178"/>
        <source>This window steps aside while you click the map.</source>
        <translation>点选地图时本窗口会暂时隐藏。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="194"/>
        <source>Person to see</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="195"/>
        <source>Their role</source>
        <translation>对方职务</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="201"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="205"/>
        <source>Formality</source>
        <translation>正式程度</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="206"/>
        <source>Setting</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="207"/>
        <source>Audience</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="210"/>
        <source>A male RM visiting a female client brings a female colleague along.</source>
        <translation>男客户经理拜访女性客户，请安排一名女同事陪同。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="230"/>
        <source>no location</source>
        <translation>无位置</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="232"/>
        <source>no pin: district centre</source>
        <translation>未标注：按区县中心</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="235"/>
        <source>the client has no address</source>
        <translation>客户没有地址</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="245"/>
        <source>Greeting, approach, conversation, leave-taking</source>
        <translation>寒暄、切入、交谈、告辞</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="257"/>
        <source>Another thing to bring</source>
        <translation>其他要带的东西</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="258"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="266"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="267"/>
        <source>Materials</source>
        <translation>营销工具</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="286"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="286"/>
        <source>Earliest start</source>
        <translation>最早开始</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="302"/>
        <source>Not in a planned route yet (Map and day → Plan the day).</source>
        <translation>尚未排入路线（地图与日程 → 排定日程）。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="303"/>
        <source>Stop {0}: arrive {1}, leave {2}</source>
        <translation>第 {0} 站：{1} 到达，{2} 离开</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="410"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="411"/>
        <source>This visit plan has changes that are not saved. Discard them?</source>
        <translation>这个拜访计划有未保存的修改，要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="422"/>
        <source>Looking for two times…</source>
        <translation>正在寻找两个时间…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="436"/>
        <source>+{0} km driving</source>
        <translation>多开 {0} 公里</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="438"/>
        <source>No longer fits that day: {0}</source>
        <translation>当天将排不下：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="448"/>
        <source>Offer both: “{0} or {1}, which suits you better?” Click the one chosen.</source>
        <translation>两个都说出来：“{0} 还是 {1}，您哪个时间方便？”点击客户选定的那个。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="455"/>
        <source>The day is full: a proposed visit would move to another day.</source>
        <translation>当天已满：有一个拟定的拜访需要改到别的日子。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="458"/>
        <source>Only one time fits this day.</source>
        <translation>当天只有一个时间合适。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/planning/visit_editor.py" line="461"/>
        <source>No time on this day fits the visits already planned. Try another day.</source>
        <translation>当天没有能与已有安排相容的时间，请换一天。</translation>
    </message>
</context>
<context>
    <name>VisitLogDialog</name>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="87"/>
        <source>Log a visit — {0}</source>
        <translation>记录拜访 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="90"/>
        <source>How it went</source>
        <translation>拜访情况</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="91"/>
        <source>Objections</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="92"/>
        <source>Next step and gifts</source>
        <translation>下一步与礼品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="93"/>
        <source>Thank-you note…</source>
        <translation>感谢信…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="112"/>
        <source>Who you met, e.g. 王总 and the finance manager</source>
        <translation>见到了谁，如王总和财务经理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="113"/>
        <source>Met</source>
        <translation>会见人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="116"/>
        <source>Not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="117"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="118"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="122"/>
        <source>Purpose reached</source>
        <translation>达成拜访目的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="123"/>
        <source>Not noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="126"/>
        <source>Signal</source>
        <translation>客户信号</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="129"/>
        <source>What you saw</source>
        <translation>观察到的表现</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="131"/>
        <source>Withdraw politely: come back in {0} weeks</source>
        <translation>礼貌撤退：{0} 周后再访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="135"/>
        <source>None tried</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="137"/>
        <source>Closing method tried</source>
        <translation>尝试的成交方法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="139"/>
        <source>Products discussed</source>
        <translation>洽谈的产品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="140"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="142"/>
        <source>Client&apos;s stage now</source>
        <translation>客户当前阶段</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="152"/>
        <source>Asks about details, prices or terms</source>
        <translation>询问细节、价格或条款</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="153"/>
        <source>Leans in, nods, takes notes</source>
        <translation>身体前倾、点头、做记录</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="154"/>
        <source>Talks about when and how to start</source>
        <translation>谈到何时、如何开始办理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="157"/>
        <source>Hesitates, compares with other banks</source>
        <translation>犹豫不决，与他行比较</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="158"/>
        <source>Goes quiet, asks the same thing again</source>
        <translation>沉默，反复问同一个问题</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="159"/>
        <source>Says they need to think or ask someone</source>
        <translation>说要考虑一下或问问别人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="162"/>
        <source>Arms crossed, leans back</source>
        <translation>双臂交叉，身体后仰</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="163"/>
        <source>Keeps looking at the phone or the clock</source>
        <translation>频繁看手机或看表</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="164"/>
        <source>Says plainly they are not interested</source>
        <translation>直接表示没有兴趣</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="200"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="201"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="202"/>
        <source>The client&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="203"/>
        <source>How you met it</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="204"/>
        <source>Resolved</source>
        <translation>已化解</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="214"/>
        <source>Add an objection</source>
        <translation>添加异议</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="216"/>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="271"/>
        <source>Remove the selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="234"/>
        <source>Not yet</source>
        <translation>尚未处理</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="253"/>
        <source>e.g. bring the product brochure</source>
        <translation>如：送产品说明书</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="255"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="261"/>
        <source>By</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="264"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="264"/>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="269"/>
        <source>Add a gift</source>
        <translation>添加礼品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="278"/>
        <source>Gifts given</source>
        <translation>赠送礼品</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="283"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="382"/>
        <source>Over the gift limits</source>
        <translation>超出礼品上限</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="383"/>
        <source>Log the visit with these gifts?</source>
        <translation>仍按这些礼品记录本次拜访吗？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="409"/>
        <source>Discard this log?</source>
        <translation>放弃这条记录？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="410"/>
        <source>This visit log is not saved. Discard it?</source>
        <translation>这条拜访记录尚未保存，确定放弃吗？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="419"/>
        <source>Visit again after a polite withdrawal</source>
        <translation>礼貌撤退后再次拜访</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="434"/>
        <source>Thank-you note — {0}</source>
        <translation>感谢信 — {0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="437"/>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="440"/>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="447"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="437"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="443"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="449"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="454"/>
        <source>rmdesk sends nothing: copy the text into your phone or mail.</source>
        <translation>rmdesk 不会自动发送任何内容：请将文字复制到手机或邮件中。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="456"/>
        <source>To sign it with your name and phone, fill in File → My details.</source>
        <translation>如需在落款中署上您的姓名和电话，请先填写“文件 → 我的信息”。</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/activity/visit_log_dialog.py" line="509"/>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
</context>
<context>
    <name>VisitLogText</name>
    <message>
        <location filename="../../rmdesk/labels.py" line="418"/>
        <source>met {0}</source>
        <translation>见到{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="421"/>
        <source>purpose reached</source>
        <translation>达成拜访目的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="423"/>
        <source>purpose not reached</source>
        <translation>未达成拜访目的</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="426"/>
        <source>stage: {0}</source>
        <translation>阶段：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="428"/>
        <source>products: {0}</source>
        <translation>产品：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="431"/>
        <source>next: {0}</source>
        <translation>下一步：{0}</translation>
    </message>
    <message>
        <location filename="../../rmdesk/labels.py" line="437"/>
        <source>logged without notes</source>
        <translation>已记录，无备注</translation>
    </message>
</context>
<context>
    <name>WaysInDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="180"/>
        <source>Who can introduce me to {0}?</source>
        <translation>谁能把我引荐给 {0}？</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="199"/>
        <source>introduced them</source>
        <translation>是其介绍人</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="200"/>
        <source>knows them</source>
        <translation>与其相识</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="201"/>
        <source>works at the same company</source>
        <translation>在同一单位</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="202"/>
        <source>shares a tie</source>
        <translation>同一圈子</translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="203"/>
        <source>same kind of tie</source>
        <translation>同类关系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="211"/>
        <source>%n way(s) in, closest first.</source>
        <translation>
            <numerusform>%n 条门路，按亲疏排列。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dossier/referral_views.py" line="213"/>
        <source>No one in the book shares a tie, a company or a friend with them yet.</source>
        <translation>通讯录里还没有人与其同缘、同单位或有共同朋友。</translation>
    </message>
</context>
</TS>
